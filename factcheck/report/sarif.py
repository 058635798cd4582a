"""The SARIF 2.1.0 report, for code-scanning UIs (GitHub, GitLab, Azure DevOps): each conflict is a result on
the article lines that state its claims.

- ruleId is the finding's topic (a topic file, an automatic fact key or an office); the run's driver lists
  one rule per topic, with the topic's description.
- level comes from the finding's severity (error -> error, warning -> warning, info -> note).
- locations: one per claim, the corpus file (relative to the working directory, under %SRCROOT%) and the
  region of the claim's text, with the sentence as its context region; columns count Unicode code points
  (run.columnKind), which is what the report's offsets count.
- partialFingerprints carries the finding id (stable across runs and line moves: see engine/fingerprints);
  with a baseline, baselineState says new or unchanged.

Changes and agreements are not problems, so SARIF carries conflicts only; the JSON and HTML reports have
every finding."""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePath
from typing import Any

from factcheck.api import Report
from factcheck.corpus.locate import Locator, Region
from factcheck.models import Claim, Finding
from factcheck.report.excerpt import outlet, topic_description, what, when

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "factcheckFinding/v1"
SRCROOT = "%SRCROOT%"


def _artifact(path: str, root: Path) -> dict[str, str]:
    """An artifact location: relative to the working directory (%SRCROOT%) when the file lies under it,
    else an absolute file URI. A 'path:line' (an input error's place) is its file."""
    head, _, tail = path.rpartition(":")
    if head and tail.isdigit() and not Path(path).exists():
        path = head
    p = Path(path)
    absolute = (p if p.is_absolute() else root / p).resolve()
    try:
        rel = absolute.relative_to(root.resolve())
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": PurePath(rel).as_posix(), "uriBaseId": SRCROOT}


def _region(r: Region, snippet: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"startLine": r.start_line, "startColumn": r.start_column, "endLine": r.end_line,
                           "endColumn": r.end_column}
    if snippet is not None:
        out["snippet"] = {"text": snippet}
    return out


def _location(report: Report, claim: Claim, n: int, locator: Locator, root: Path) -> dict[str, Any]:
    doc = report.document(claim.document)
    where = f"{outlet(doc)}, {when(claim, doc)}: {what(report, claim)}"
    location: dict[str, Any] = {"id": n, "message": {"text": where}}
    if doc is None or not doc.path:
        return location
    physical: dict[str, Any] = {"artifactLocation": _artifact(doc.path, root)}
    region = locator.region(doc, claim.start, claim.end)
    if region is not None:
        physical["region"] = _region(region, claim.text)
        if claim.sentence:
            context = locator.region(doc, *claim.sentence)
            if context is not None:
                physical["contextRegion"] = _region(context, doc.text[slice(*claim.sentence)])
    location["physicalLocation"] = physical
    location["properties"] = {"document": claim.document, "claim": claim.id, "outlet": outlet(doc),
                              "published": doc.published, "span": {"start": claim.start, "end": claim.end}}
    return location


def _result(report: Report, f: Finding, locator: Locator, root: Path, rule_index: int) -> dict[str, Any]:
    claims = [c for c in map(report.claim, f.claims) if c is not None]
    result: dict[str, Any] = {
        "ruleId": f.topic or "factcheck",
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": LEVEL.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [_location(report, c, n, locator, root) for n, c in enumerate(claims)],
        "partialFingerprints": {FINGERPRINT: f.id},
        "properties": {"finding": f.id, "type": f.type, "sources": len({report.source(c.document) for c in claims})},
    }
    if f.new is not None:
        result["baselineState"] = "new" if f.new else "unchanged"
    return result


def _rule(report: Report, topic: str, findings: list[Finding]) -> dict[str, Any]:
    description = topic_description(report, topic, findings) or f"Articles disagree about {topic}."
    rule: dict[str, Any] = {
        "id": topic,
        "name": "".join(part.title() for part in topic.replace("-", "_").replace(".", "_").split("_") if part),
        "shortDescription": {"text": f"Conflicting reports: {topic}"},
        "fullDescription": {"text": description},
        "defaultConfiguration": {"level": LEVEL.get(findings[0].severity, "warning")},
        "properties": {"tags": ["factcheck", topic.split(".", 1)[0]]},
    }
    defined = report.rules.topic(topic)
    if defined is not None:
        rule["properties"]["source"] = defined.path
    return rule


def sarif_report(report: Report, root: Path | None = None) -> dict[str, Any]:
    root = root or Path(os.getcwd())
    conflicts = report.conflicts
    locator = Locator()
    locator.wanted([d for d in (report.document(c.document) for f in conflicts
                                for c in map(report.claim, f.claims) if c is not None) if d is not None])
    by_topic: dict[str, list[Finding]] = {}
    for f in conflicts:
        by_topic.setdefault(f.topic or "factcheck", []).append(f)
    index = {topic: i for i, topic in enumerate(by_topic)}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "factcheck",
            "version": report.version,
            "semanticVersion": report.version,
            "rules": [_rule(report, t, fs) for t, fs in by_topic.items()],
        }},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {SRCROOT: {"uri": root.resolve().as_uri() + "/"}},
        "results": [_result(report, f, locator, root, index[f.topic or "factcheck"]) for f in conflicts],
        "invocations": [{
            "executionSuccessful": True,
            "endTimeUtc": report.generated_at.replace("+00:00", "Z"),
            "toolExecutionNotifications": [
                {"level": "warning", "message": {"text": e.message},
                 "locations": [{"physicalLocation": {"artifactLocation": _artifact(e.input, root)}}]}
                for e in report.errors
            ],
        }],
        "properties": {"documents": len(report.documents), "claims": len(report.claims),
                       "findings": report.counts()},
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(report: Report) -> str:
    return json.dumps(sarif_report(report), ensure_ascii=False, indent=2) + "\n"
