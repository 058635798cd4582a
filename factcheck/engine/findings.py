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

from collections.abc import Callable
from dataclasses import replace

from factcheck.engine.compare import consensus, disjoint, intersect, movement
from factcheck.engine.event_findings import event_findings
from factcheck.engine.fingerprints import fingerprint
from factcheck.engine.pairs import add_pair, pair_findings
from factcheck.engine.messages import Messages
from factcheck.engine.topics import Topic
from factcheck.models import Claim, Document, Finding, Quantity
from factcheck.normalisers.calendar import date_ordinal
from factcheck.normalisers.units import compatible, convert, is_pint_unit


BOUND_STEP = 0.10  # a running total's lower bound, then a figure this much above it: it rose


def _conflicts(ctx: Messages, claims: list[Claim],
               same_time: Callable[[Claim, Claim], bool]) -> list[Finding]:
    topic = ctx.topic
    pairs: dict[tuple, list[Claim]] = {}
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if not same_time(a, b):
                if topic.mutable:
                    break  # claims are sorted by time: nothing later is at a's time either
                continue
            if ctx.source(a.document) == ctx.source(b.document) or not disjoint(a.quantity, b.quantity, topic.tolerance):
                continue  # one source does not contradict itself (a wire text reprinted with an edit)
            if ctx.related is not None and not ctx.related(a, b):
                continue  # not shown to be about one subject
            add_pair(ctx, pairs, a, b)
    return pair_findings(ctx, pairs, lambda a, b: "warning" if (a.quantity.vague or b.quantity.vague)
                         else topic.severity)


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


def _agreed(claims: list[Claim]) -> Quantity | None:
    return consensus([c.quantity for c in claims if not c.quantity.vague])


def _settle(firm: list[Claim], before: Quantity | None, after: Quantity | None,
            tolerance: float) -> tuple[list[Claim], Quantity | None]:
    """A disputed time point of a running total: the claims that neither fall below the figure before nor
    rise above the one after (153 and 315 between 120 and 168: 153), when they agree among themselves."""
    kept = [c for c in firm
            if not (before is not None and movement(before, c.quantity, tolerance) == "decrease"
                    and disjoint(before, c.quantity, tolerance))
            and not (after is not None and movement(c.quantity, after, tolerance) == "decrease"
                     and disjoint(c.quantity, after, tolerance))]
    agreed = consensus([c.quantity for c in kept])
    return (kept, agreed) if kept and agreed is not None else (firm, None)


def _changes_and_agreements(ctx: Messages, claims: list[Claim]) -> list[Finding]:
    """Agreements at each time point; for a fact that may change, a change whenever the consensus moved
    from the run of agreeing points before it. A disputed point of a running total is settled by the points
    around it when it can be; if not, a change is still reported when every figure of the point moved the
    same way (11 dead, then 14 or 41)."""
    topic = ctx.topic
    out: list[Finding] = []
    points = time_points(claims, topic.window_days)
    plain = [_agreed(p) for p in points]
    previous: tuple[list[Claim], Quantity] | None = None
    for i, point in enumerate(points):
        firm = [c for c in point if not c.quantity.vague]
        agreed = plain[i]
        sources = {ctx.source(c.document) for c in point}
        if agreed is not None and len(sources) >= 2 and consensus([c.quantity for c in point]) is not None:
            fid = fingerprint("agreement", topic.id, point)
            out.append(Finding(fid, "agreement", "info", topic.id,
                               f"{len(sources)} sources agree: {agreed.describe()} ({point[0].as_of})",
                               tuple(c.id for c in point)))
        if not firm or not topic.mutable:
            continue
        if agreed is None and topic.cumulative:
            after = next((q for q in plain[i + 1:] if q is not None), None)
            firm, agreed = _settle(firm, previous[1] if previous else None, after, topic.tolerance)
        if agreed is None:  # disputed (the conflicts say so)
            if previous is not None:
                moved = {movement(previous[1], c.quantity, topic.tolerance) for c in firm}
                if len(moved) == 1 and None not in moved:
                    out.append(_change(ctx, previous[0], firm, moved.pop()))
            previous = None
            continue
        if previous is None:
            previous = (firm, agreed)
            continue
        direction = movement(previous[1], agreed, topic.tolerance, BOUND_STEP if topic.cumulative else None)
        if direction:
            out.append(_change(ctx, previous[0], firm, direction))
            previous = (firm, agreed)
        else:  # the same figure again: the run goes on (4500 هكتار, then 45 كيلومترا مربعا)
            previous = (previous[0] + firm, intersect(previous[1], agreed) or agreed)
    return out


def _change(ctx: Messages, before: list[Claim], after: list[Claim], direction: str) -> Finding:
    involved = before + after
    fid = fingerprint("change", ctx.topic.id, involved)
    msg = ctx.message(before[-1], after[0])
    if len({c.quantity.describe() for c in after}) > 1:
        msg += " (disputed: " + " / ".join(sorted({c.quantity.describe() for c in after})) + ")"
    return Finding(fid, "change", "info", ctx.topic.id, f"{direction}: {msg}", tuple(c.id for c in involved),
                   direction=direction)


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
                   definitions: tuple[str, ...] = (), sources: dict[str, str] | None = None,
                   related: Callable[[Claim, Claim], bool] | None = None) -> list[Finding]:
    """All findings of one topic, by what the topic extends. `sources`: each document's wire group;
    `related`: which two claims may conflict (automatic keys: those shown to be about one subject)."""
    ctx = Messages(topic, docs, sources or {}, related)
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
