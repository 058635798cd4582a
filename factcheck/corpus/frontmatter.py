"""Markdown / text articles, optionally with YAML front matter between '---' lines above the text."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factcheck.errors import CorpusError
from factcheck.yamlio import LineDict, loads_yaml

_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$\n?", re.M)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
KNOWN = ("id", "source", "published", "title", "url")


def normalise_date(value: Any, shown: str, line: int | None = None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY, checked; a datetime keeps its date; None stays None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    if "T" in s and _DATE.match(s.split("T", 1)[0]):
        s = s.split("T", 1)[0]
    elif " " in s and _DATE.match(s.split(" ", 1)[0]):
        s = s.split(" ", 1)[0]
    m = _DATE.match(s)
    if not m:
        raise CorpusError(f"invalid date {s!r}: expected YYYY-MM-DD, YYYY-MM or YYYY", shown, line)
    y, mo, d = m.groups()
    try:
        dt.date(int(y), int(mo or 1), int(d or 1))
    except ValueError as exc:
        raise CorpusError(f"invalid date {s!r}: {exc}", shown, line) from None
    return s


def split_front_matter(text: str, shown: str) -> tuple[dict[str, Any], str, int]:
    """(metadata, body, line where the body starts). No front matter: ({}, text, 1)."""
    m = _OPEN.match(text)
    if not m:
        return {}, text, 1
    close = _CLOSE.search(text, m.end())
    if not close:
        raise CorpusError("front matter opened with '---' is never closed", shown, 1)
    raw = text[m.end():close.start()]
    data = loads_yaml(raw, shown, error=CorpusError, line_offset=1) if raw.strip() else {}
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise CorpusError("front matter must be a YAML mapping", shown, 2)
    body = text[close.end():]
    body_line = text.count("\n", 0, close.end()) + 1
    return data, body, body_line


def check_fields(meta: dict[str, Any], shown: str) -> dict[str, Any]:
    """Validate the known fields; return them cleaned, the rest under 'meta'."""
    def line(key: str) -> int | None:
        return meta.line_of(key) + 1 if isinstance(meta, LineDict) else None

    out: dict[str, Any] = {}
    for key in ("id", "source", "title", "url"):
        v = meta.get(key)
        if v is not None and not isinstance(v, (str, int)):
            raise CorpusError(f"'{key}' must be text", shown, line(key))
        out[key] = str(v) if v is not None else None
    if "id" in meta and not out["id"]:
        raise CorpusError("'id' is empty", shown, line("id"))
    out["published"] = normalise_date(meta.get("published"), shown, line("published"))
    out["meta"] = {k: v for k, v in meta.items() if k not in KNOWN}
    return out
