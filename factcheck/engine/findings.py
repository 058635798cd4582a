"""Findings for the claims of one topic: conflicts, changes over time, agreements. An event_date topic has
its own rules (factcheck/engine/event_findings.py); these are those of a quantity topic:

* conflict: two claims at the same time (within the topic's window; at any time for a fact that cannot
  change) whose intervals are disjoint. Every disagreeing pair is its own finding.
* change: for a fact that may change, consecutive time points whose consensus moved (disjoint intervals,
  or a stated bound of the same kind that moved). Vague claims (عشرات) never mark a change.
* agreement: a time point where claims from two or more documents all overlap.

Finding ids are fingerprints of the topic and the claims' documents, normalised wording and values, never of
character offsets, so editing unrelated text keeps them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from factcheck.engine.compare import consensus, disjoint, movement
from factcheck.engine.event_findings import event_findings
from factcheck.engine.fingerprints import fingerprint
from factcheck.engine.messages import Messages
from factcheck.engine.topics import Topic
from factcheck.models import Claim, Document, Finding
from factcheck.normalisers.units import compatible, convert, is_pint_unit


def date_ordinal(value: str | None) -> int | None:
    """Days since year 1 for YYYY-MM-DD (YYYY-MM and YYYY: the first day)."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2]).toordinal()


def _conflicts(ctx: Messages, claims: list[Claim],
               same_time: Callable[[Claim, Claim], bool]) -> list[Finding]:
    out: dict[str, Finding] = {}
    topic = ctx.topic
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if not same_time(a, b):
                if topic.mutable:
                    break  # claims are sorted by time: nothing later is at a's time either
                continue
            if not disjoint(a.quantity, b.quantity, topic.tolerance):
                continue
            severity = "warning" if (a.quantity.vague or b.quantity.vague) else topic.severity
            fid = fingerprint("conflict", topic.id, [a, b])
            out.setdefault(fid, Finding(fid, "conflict", severity, topic.id, ctx.message(a, b), (a.id, b.id)))
    return list(out.values())


def time_points(claims: list[Claim], window: int) -> list[list[Claim]]:
    """Claims sorted by as_of, cut into moments: a point holds the claims within `window` days of its first."""
    points: list[list[Claim]] = []
    first = None
    for c in claims:
        day = date_ordinal(c.as_of)
        if points and first is not None and day - first <= window:
            points[-1].append(c)
        else:
            points.append([c])
            first = day
    return points


def _changes_and_agreements(ctx: Messages, claims: list[Claim]) -> list[Finding]:
    topic = ctx.topic
    out: list[Finding] = []
    previous: tuple[list[Claim], object] | None = None
    for point in time_points(claims, topic.window_days):
        firm = [c for c in point if not c.quantity.vague]
        agreed = consensus([c.quantity for c in firm])
        docs = {c.document for c in point}
        if agreed is not None and len(docs) >= 2 and consensus([c.quantity for c in point]) is not None:
            fid = fingerprint("agreement", topic.id, point)
            out.append(Finding(fid, "agreement", "info", topic.id,
                               f"{len(docs)} articles agree: {agreed.describe()} ({point[0].as_of})",
                               tuple(c.id for c in point)))
        if agreed is None or not firm:
            continue  # a contradiction at this time (reported as conflicts) or vague figures only
        if previous is not None and topic.mutable:
            before, before_q = previous
            direction = movement(before_q, agreed, topic.tolerance)
            if direction:
                involved = before + firm
                fid = fingerprint("change", topic.id, involved)
                msg = ctx.message(before[-1], firm[0])
                out.append(Finding(fid, "change", "info", topic.id, f"{direction}: {msg}",
                                   tuple(c.id for c in involved), direction=direction))
        previous = (firm, agreed)
    return out


def in_common_unit(topic: Topic, claims: list[Claim], definitions: tuple[str, ...]) -> list[Claim]:
    """Claims of a topic expressed in the topic's first unit when theirs differs but converts (2000 هكتار and
    20 كيلومترا مربعا); a claim whose unit does not convert (another currency) is left out."""
    target = next((u for u in topic.units if is_pint_unit(u, definitions)), None)
    out = []
    for c in claims:
        if target is None or c.quantity.unit == target:
            out.append(c)
        elif compatible(c.quantity.unit, target, definitions):
            out.append(replace(c, quantity=convert(c.quantity, target, definitions)))
    return out


def topic_findings(topic: Topic, claims: list[Claim], docs: dict[str, Document],
                   definitions: tuple[str, ...] = ()) -> list[Finding]:
    """All findings of one topic, by what the topic extends."""
    ctx = Messages(topic, docs)
    if topic.extends == "event_date":
        return event_findings(ctx, claims)
    return quantity_findings(ctx, in_common_unit(topic, claims, definitions))


def quantity_findings(ctx: Messages, claims: list[Claim]) -> list[Finding]:
    """Claims without a date take part only when the fact cannot change."""
    topic = ctx.topic
    dated = sorted((c for c in claims if c.as_of), key=lambda c: (date_ordinal(c.as_of), c.document, c.start))
    if topic.mutable:
        def same_time(a: Claim, b: Claim) -> bool:
            return abs(date_ordinal(a.as_of) - date_ordinal(b.as_of)) <= topic.window_days

        findings = _conflicts(ctx, dated, same_time)
        findings += _changes_and_agreements(ctx, dated)
    else:
        everything = dated + sorted((c for c in claims if not c.as_of), key=lambda c: (c.document, c.start))
        findings = _conflicts(ctx, everything, lambda a, b: True)
        findings += [f for f in _changes_and_agreements(ctx, dated) if f.type == "agreement"]
    return findings
