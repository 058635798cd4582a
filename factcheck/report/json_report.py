"""The JSON report: the contract in ../shared/schema/report.schema.json (schema_version 1)."""

from __future__ import annotations

import json
import math
from typing import Any

from factcheck.api import Report
from factcheck.models import Attribute, Claim, Document, EventDate, FactKey, Finding, Quantity


def _num(x: float | None) -> float | int | None:
    if x is None or math.isinf(x):
        return None
    return int(x) if float(x).is_integer() else x


def quantity_json(q: Quantity) -> dict[str, Any]:
    return {
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "low_inclusive": q.low_inclusive and not math.isinf(q.low),
        "high_inclusive": q.high_inclusive and not math.isinf(q.high),
        "approximate": q.approximate,
        "vague": q.vague,
        "unit": q.unit or "1",
        "counted": q.counted,
    }


def event_date_json(d: EventDate, event: str | None) -> dict[str, Any]:
    """value: the date (a range's first day/month/year); until: a range's last, else null."""
    return {"value": d.value, "event": event, "resolved_from": d.resolved_from, "precision": d.precision,
            "until": d.until}


def attribute_json(a: Attribute) -> dict[str, Any]:
    """holder: a catalogue id, or 'unlisted:<normalised name>'; status: current | acting | former."""
    return {"role": a.role, "scope": a.scope, "holder": a.holder, "holder_text": a.holder_text,
            "status": a.status}


def document_json(d: Document, wire_group: str | None = None) -> dict[str, Any]:
    """line: the JSON Lines record's line, or the line where a Markdown article's text starts. wire_group (when
    the document reprints an agency text other outlets reprinted too): the group's id."""
    out = {"id": d.id, "source": d.source, "published": d.published, "title": d.title, "url": d.url,
           "path": d.path, "line": d.line, "sha256": d.sha256}
    if wire_group is not None:
        out["wire_group"] = wire_group
    return out


def fact_json(k: FactKey) -> dict[str, Any]:
    """The automatic key of a claim no topic covers (the schema allows extra claim properties)."""
    return {"id": k.id, "attribute": k.attribute, "dimension": k.dimension, "scope": k.scope,
            "qualifier": k.qualifier, "modality": k.modality, "earlier": k.earlier, "mutable": k.mutable}


def claim_json(c: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "document": c.document,
        "kind": c.kind,
        "span": {"start": c.start, "end": c.end},
        "text": c.text,
        "topic": c.topic,
        "subject": c.subject,
        "as_of": c.as_of,
        "speaker": c.speaker,
        "speaker_text": c.speaker_text,  # the speaker as written; the schema allows extra claim properties
    }
    if c.sentence:
        out["sentence"] = {"start": c.sentence[0], "end": c.sentence[1]}
    if c.quantity is not None:
        out["quantity"] = quantity_json(c.quantity)
    if c.event_date is not None:
        out["event_date"] = event_date_json(c.event_date, c.subject)
    if c.attribute is not None:
        out["attribute"] = attribute_json(c.attribute)
    if c.fact is not None:
        out["fact"] = fact_json(c.fact)
    return out


def finding_json(f: Finding, report: Report | None = None) -> dict[str, Any]:
    """sources: how many independent sources the claims come from (wire copies of one text count once)."""
    out: dict[str, Any] = {"id": f.id, "type": f.type, "severity": f.severity, "topic": f.topic,
                           "message": f.message, "claims": list(f.claims)}
    if report is not None:
        docs = {c.document for c in map(report.claim, f.claims) if c is not None}
        out["sources"] = len({report.source(d) for d in docs})
    if f.direction:
        out["direction"] = f.direction
    if f.new is not None:
        out["new"] = f.new
    return out


def report_json(report: Report) -> dict[str, Any]:
    summary: dict[str, Any] = {"documents": len(report.documents), "claims": len(report.claims),
                               "findings": report.counts()}
    if report.baseline is not None:
        summary["new_findings"] = sum(1 for f in report.findings if f.new)
    return {
        "schema_version": "1",
        "tool": {"name": "factcheck", "version": report.version},
        "generated_at": report.generated_at,
        "documents": [document_json(d, report.sources.get(d.id)) for d in report.documents],
        "claims": [claim_json(c) for c in report.claims],
        "findings": [finding_json(f, report) for f in report.findings],
        "summary": summary,
        "errors": [{"input": e.input, "message": e.message} for e in report.errors],
    }


_dumps = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every item (json.dumps makes one a call)


def render_json(report: Report) -> str:
    """The report as JSON: top-level fields one per line, and each document, claim, finding and error on a
    line of its own. Readable, easy to diff and grep, and quick to write for 80,000 claims (json.dumps
    with indent is pure Python; one compact object at a time uses its C encoder)."""
    data = report_json(report)
    out = ["{"]
    keys = list(data)
    for k, key in enumerate(keys):
        value = data[key]
        comma = "," if k < len(keys) - 1 else ""
        if isinstance(value, list) and value:
            items = ",\n".join("    " + _dumps(item) for item in value)
            out.append(f"  {_dumps(key)}: [\n{items}\n  ]{comma}")
        else:
            out.append(f"  {_dumps(key)}: {_dumps(value)}{comma}")
    out.append("}")
    return "\n".join(out) + "\n"
