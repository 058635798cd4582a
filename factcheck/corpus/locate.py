"""Where a claim sits in the file it was read from: line and column (1-based, in Unicode code points), for
reports that point into the corpus (SARIF regions, editors' "file:line:col").

A Markdown or text article's offsets index its body, which starts at the beginning of line `Document.line`.
A JSON Lines article's offsets index the decoded "text" string of line `Document.line`; the column is the
position in that raw line, escapes (\\n, \\u0627, \\") counted as written."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from json.decoder import scanstring
from pathlib import Path

from factcheck.models import Document


@dataclass(frozen=True)
class Region:
    start_line: int
    start_column: int
    end_line: int
    end_column: int  # one past the last character, as SARIF's endColumn


def _line_col(text: str, offset: int, first_line: int) -> tuple[int, int]:
    line = first_line + text.count("\n", 0, offset)
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def text_region(body: str, start: int, end: int, first_line: int = 1) -> Region:
    """The region of body[start:end] when the body starts at column 1 of first_line."""
    return Region(*_line_col(body, start, first_line), *_line_col(body, end, first_line))


def _skip_ws(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t\r\n":
        i += 1
    return i


def string_value_start(raw: str, key: str = "text") -> int | None:
    """Index in a raw JSON object line of the opening quote of the top-level string value under key, or None
    (not an object, no such key, not a string)."""
    decoder = json.JSONDecoder()
    i = _skip_ws(raw, 0)
    if not raw.startswith("{", i):
        return None
    i = _skip_ws(raw, i + 1)
    found = None
    while i < len(raw) and raw[i] == '"':
        name, i = scanstring(raw, i + 1)
        i = _skip_ws(raw, i)
        if not raw.startswith(":", i):
            return None
        i = _skip_ws(raw, i + 1)
        if name == key:  # the last duplicate wins, as in json.loads
            found = i if raw.startswith('"', i) else None
        try:
            _, i = decoder.raw_decode(raw, i)
        except json.JSONDecodeError:
            return None
        i = _skip_ws(raw, i)
        if not raw.startswith(",", i):
            break
        i = _skip_ws(raw, i + 1)
    return found


def raw_offsets(raw: str, quote: int, wanted: list[int]) -> dict[int, int]:
    """Decoded string offsets -> indices in raw, for the JSON string whose opening quote is raw[quote]. An
    escape counts as one decoded character (a surrogate pair as the one character it encodes)."""
    targets = sorted(set(wanted))
    out: dict[int, int] = {}
    i, decoded, k = quote + 1, 0, 0
    while k < len(targets):
        while k < len(targets) and targets[k] == decoded:
            out[targets[k]] = i
            k += 1
        if k == len(targets) or i >= len(raw) or raw[i] == '"':
            break
        if raw[i] != "\\":
            i += 1
        elif raw[i + 1] != "u":
            i += 2
        else:
            code = int(raw[i + 2:i + 6], 16)
            i += 6
            if 0xD800 <= code < 0xDC00 and raw.startswith("\\u", i):  # a surrogate pair is one character
                i += 6
        decoded += 1
    return out


def jsonl_region(raw: str, line: int, start: int, end: int) -> Region | None:
    """The region of text[start:end] in a raw JSON Lines record, or None when the line holds no "text"
    string (the file changed since it was read)."""
    quote = string_value_start(raw)
    if quote is None:
        return None
    cols = raw_offsets(raw, quote, [start, end])
    if start not in cols or end not in cols:
        return None
    return Region(line, cols[start] + 1, line, cols[end] + 1)


class Locator:
    """Regions of claims in their source files. JSON Lines files are read again, once each, and only the
    lines asked for are kept."""

    def __init__(self) -> None:
        self._lines: dict[str, dict[int, str]] = {}

    def region(self, doc: Document, start: int, end: int) -> Region | None:
        if not doc.path or doc.line is None:
            return None
        if not doc.path.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            return text_region(doc.text, start, end, doc.line)
        raw = self._raw_line(doc.path, doc.line)
        if raw is None:
            return Region(doc.line, 1, doc.line + 1, 1)
        return jsonl_region(raw, doc.line, start, end) or Region(doc.line, 1, doc.line, len(raw) + 1)

    def wanted(self, docs: list[Document]) -> None:
        """Read, in one pass per file, the JSON lines of these documents."""
        by_file: dict[str, set[int]] = {}
        for d in docs:
            if d.path and d.line is not None and d.path.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson")):
                by_file.setdefault(d.path, set()).add(d.line)
        for path, lines in by_file.items():
            kept = self._lines.setdefault(path, {})
            need = lines - kept.keys()
            if not need:
                continue
            opener = gzip.open if path.lower().endswith(".gz") else open
            try:
                with opener(Path(path), "rb") as fh:
                    for n, raw in enumerate(fh, 1):
                        if n in need:
                            kept[n] = raw.decode("utf-8", "replace").rstrip("\r\n")
                        if n >= max(need):
                            break
            except (OSError, EOFError):
                continue

    def _raw_line(self, path: str, line: int) -> str | None:
        if line not in self._lines.get(path, {}):
            self.wanted([Document(id="", text="", path=path, line=line)])
        return self._lines.get(path, {}).get(line)
