"""Read a corpus from any mix of directories, .md/.txt files and .jsonl/.jsonl.gz files.

Every input either becomes a Document or an InputError naming the file (and line); nothing stops the run,
and nothing is ever written back.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from factcheck.corpus.frontmatter import check_fields, normalise_date, split_front_matter
from factcheck.errors import CorpusError
from factcheck.models import Document, InputError

TEXT_SUFFIXES = (".md", ".txt", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith("."):
                p = Path(dirpath) / f
                if _kind(p):
                    yield p


def read_text_file(path: Path, shown: str) -> Document:
    data = path.read_bytes()
    if b"\x00" in data:
        raise CorpusError("binary file (contains NUL bytes), not text", shown)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CorpusError(f"not UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded", shown, line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    meta, body, body_line = split_front_matter(text, shown)
    fields = check_fields(meta, shown)
    if not body.strip():
        raise CorpusError("empty text", shown)
    return Document(
        id=fields["id"] or path.stem,
        text=body,
        source=fields["source"],
        published=fields["published"],
        title=fields["title"],
        url=fields["url"],
        path=shown,
        line=body_line,
        sha256=sha256(body),
        meta=fields["meta"],
    )


def _record_to_document(rec: object, shown: str, line: int) -> Document:
    if not isinstance(rec, dict):
        raise CorpusError("a line must hold a JSON object", shown, line)
    text = rec.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        raise CorpusError("empty text", shown, line)
    if not isinstance(text, str):
        raise CorpusError("'text' must be a string", shown, line)
    rid = rec.get("id")
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        raise CorpusError("missing 'id'", shown, line)
    for key in ("source", "title", "url"):
        if rec.get(key) is not None and not isinstance(rec.get(key), str):
            raise CorpusError(f"'{key}' must be a string or null", shown, line)
    return Document(
        id=str(rid),
        text=text,
        source=rec.get("source"),
        published=normalise_date(rec.get("published"), shown, line),
        title=rec.get("title"),
        url=rec.get("url"),
        path=shown,
        line=line,
        sha256=sha256(text),
    )


def read_jsonl(path: Path, shown: str) -> Iterator[Document | InputError]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    try:
                        rec = json.loads(raw.decode("utf-8"))
                    except UnicodeDecodeError:
                        raise CorpusError("line is not UTF-8", shown, n) from None
                    except json.JSONDecodeError as exc:
                        raise CorpusError(f"invalid JSON: {exc.msg} (column {exc.colno})", shown, n) from None
                    yield _record_to_document(rec, shown, n)
                except CorpusError as exc:
                    yield InputError(exc.where, exc.message)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(shown, f"cannot read: {exc}")


def iter_inputs(paths: Iterable[str | os.PathLike], cache: FileCache | None = None) -> Iterator[Document | InputError]:
    """Documents and errors, in a stable order, duplicates of an id reported as errors. With a cache (the
    ledger), a file it has seen unchanged is not read again: the cache gives back what it held."""
    seen: dict[str, str] = {}
    for item in _iter_raw(paths, cache):
        if isinstance(item, Document):
            where = f"{item.path}:{item.line}" if item.path and item.path.endswith(JSONL_SUFFIXES) else item.path
            if item.id in seen:
                yield InputError(where or item.id, f"duplicate id {item.id!r} (first read from {seen[item.id]}); skipped")
                continue
            seen[item.id] = where or item.id
        yield item


class FileCache(Protocol):
    """What a file held when it was last read, by its path as shown and its size and modification time."""

    def replay(self, shown: str, stat: os.stat_result) -> list[Document | InputError] | None:
        """The file's items in order if the file is unchanged since they were recorded, else None."""

    def record(self, shown: str, stat: os.stat_result, items: list[Document | InputError]) -> None:
        """The items a file just read gave."""


def input_files(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, str] | InputError]:
    """Every file the paths name (directories walked), as (path, the path as shown), or an error for a path
    that does not exist."""
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            files = list(_walk(p))
        elif p.exists():
            files = [p]
        else:
            yield InputError(str(arg), "no such file or directory")
            continue
        for f in files:
            yield f, str(f)


def read_file(f: Path, shown: str) -> Iterator[Document | InputError]:
    """One file's documents and errors, in order."""
    kind = _kind(f)
    if kind is None:
        yield InputError(shown, "unsupported file type (expected .md, .txt, .jsonl or .jsonl.gz)")
    elif kind == "jsonl":
        yield from read_jsonl(f, shown)
    else:
        try:
            yield read_text_file(f, shown)
        except CorpusError as exc:
            yield InputError(exc.where, exc.message)
        except OSError as exc:
            yield InputError(shown, f"cannot read: {exc.strerror or exc}")


def _iter_raw(paths: Iterable[str | os.PathLike], cache: FileCache | None) -> Iterator[Document | InputError]:
    for entry in input_files(paths):
        if isinstance(entry, InputError):
            yield entry
            continue
        f, shown = entry
        if cache is None:
            yield from read_file(f, shown)
            continue
        try:
            stat = f.stat()
        except OSError:
            yield from read_file(f, shown)  # it says why it cannot be read
            continue
        items = cache.replay(shown, stat)
        if items is None:
            items = list(read_file(f, shown))
            cache.record(shown, stat, items)
        yield from items


def count_records(paths: Iterable[str | os.PathLike]) -> int:
    """How many inputs iter_inputs will yield, near enough for a progress bar: one per text file, one per
    non-blank JSON line (a file that cannot be read counts one)."""
    total = 0
    for entry in input_files(paths):
        if isinstance(entry, InputError):
            total += 1
            continue
        f, _ = entry
        if _kind(f) != "jsonl":
            total += 1
            continue
        opener = gzip.open if f.name.lower().endswith(".gz") else open
        try:
            with opener(f, "rb") as fh:
                total += sum(1 for raw in fh if raw.strip())
        except (OSError, EOFError, zlib.error):
            total += 1
    return total


