"""Claims and documents to SQLite rows and back, losslessly: a claim read back equals the claim written.
Scalars are columns (Datasette can facet and filter them); the quantity, event date, office and fact key
are JSON objects in their own columns, open bounds as null as in the JSON report."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any

from factcheck.models import Attribute, Claim, Document, EventDate, FactKey, Quantity

CLAIM_COLUMNS = ("document", "position", "id", "kind", "start", "end", "text", "sentence_start", "sentence_end",
                 "as_of", "topic", "subject", "speaker", "speaker_text", "norm", "quantity", "event_date",
                 "attribute", "fact")
DOCUMENT_META = ("id", "source", "published", "title", "url", "path", "line", "sha256", "meta")


def _dumps(obj: dict[str, Any] | None) -> str | None:
    return None if obj is None else json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _number(x: float | None) -> float | str | None:
    return x if x is None or math.isfinite(x) else repr(x)  # 'inf', '-inf', 'nan': JSON has no such numbers


def _float(x: float | str | None) -> float | None:
    return float(x) if isinstance(x, str) else x


def quantity_dict(q: Quantity) -> dict[str, Any]:
    return {"value": _number(q.value), "low": None if q.low == -math.inf else q.low,
            "high": None if q.high == math.inf else q.high, "low_inclusive": q.low_inclusive,
            "high_inclusive": q.high_inclusive, "approximate": q.approximate, "vague": q.vague, "kind": q.kind,
            "unit": q.unit, "counted": q.counted, "implicit": q.implicit}


def quantity_of(d: dict[str, Any]) -> Quantity:
    return Quantity(value=_float(d["value"]), low=-math.inf if d["low"] is None else d["low"],
                    high=math.inf if d["high"] is None else d["high"], low_inclusive=d["low_inclusive"],
                    high_inclusive=d["high_inclusive"], approximate=d["approximate"], vague=d["vague"],
                    kind=d["kind"], unit=d["unit"], counted=d["counted"], implicit=d["implicit"])


def _fields(obj) -> dict[str, Any] | None:
    return None if obj is None else dict(obj.__dict__)


def claim_row(claim: Claim, position: int) -> tuple:
    s = claim.sentence
    return (claim.document, position, claim.id, claim.kind, claim.start, claim.end, claim.text,
            s[0] if s else None, s[1] if s else None, claim.as_of, claim.topic, claim.subject, claim.speaker,
            claim.speaker_text, claim.norm, _dumps(quantity_dict(claim.quantity) if claim.quantity else None),
            _dumps(_fields(claim.event_date)), _dumps(_fields(claim.attribute)), _dumps(_fields(claim.fact)))


# Figures, keys and offices repeat across a corpus; their objects are frozen, so one per distinct JSON text
# serves every claim that has it (decoded once: half the time of reading 80,000 claims back).
@lru_cache(maxsize=65536)
def _quantity(text: str) -> Quantity:
    return quantity_of(json.loads(text))


@lru_cache(maxsize=65536)
def _event_date(text: str) -> EventDate:
    return EventDate(**json.loads(text))


@lru_cache(maxsize=65536)
def _attribute(text: str) -> Attribute:
    return Attribute(**json.loads(text))


@lru_cache(maxsize=65536)
def _fact(text: str) -> FactKey:
    return FactKey(**json.loads(text))


def claim_of(row: tuple) -> Claim:
    (document, _, cid, kind, start, end, text, s_start, s_end, as_of, topic, subject, speaker, speaker_text, norm,
     quantity, event_date, attribute, fact) = row
    return Claim(
        id=cid, document=document, kind=kind, start=start, end=end, text=text,
        sentence=(s_start, s_end) if s_start is not None else None, as_of=as_of,
        quantity=_quantity(quantity) if quantity else None, topic=topic, subject=subject,
        speaker=speaker, norm=norm, event_date=_event_date(event_date) if event_date else None,
        attribute=_attribute(attribute) if attribute else None, speaker_text=speaker_text,
        fact=_fact(fact) if fact else None)


def document_meta(doc: Document) -> tuple:
    """Everything of a document but its text, as stored for each file position."""
    return (doc.id, doc.source, doc.published, doc.title, doc.url, doc.path, doc.line, doc.sha256,
            json.dumps(doc.meta, ensure_ascii=False, default=str))


def document_of(meta: tuple, text: str) -> Document:
    did, source, published, title, url, path, line, sha, extra = meta
    return Document(id=did, text=text, source=source, published=published, title=title, url=url, path=path,
                    line=line, sha256=sha, meta=json.loads(extra) if extra else {})
