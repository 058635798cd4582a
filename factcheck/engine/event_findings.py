"""Findings for an event_date topic. An event happens once, so its date cannot change:

* conflict: two claims from different documents whose dates do not overlap (dayspan.py), whatever the
  articles' publication dates. Every disagreeing pair is its own finding; two wire copies of one agency
  text are one source and never conflict with each other.
* agreement: claims from two or more documents whose dates all overlap.

There are no changes. Ids are fingerprints as for quantities (document, normalised wording, date value).
"""

from __future__ import annotations

from factcheck.engine.dayspan import common, day_span, describe_span, overlap
from factcheck.engine.fingerprints import fingerprint
from factcheck.engine.pairs import add_pair, pair_findings
from factcheck.engine.messages import Messages
from factcheck.models import Claim, Finding


def _conflicts(ctx: Messages, claims: list[Claim]) -> list[Finding]:
    pairs: dict[tuple, list[Claim]] = {}
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if ctx.source(a.document) == ctx.source(b.document) or overlap(day_span(a.event_date), day_span(b.event_date)):
                continue
            if ctx.related is not None and not ctx.related(a, b):
                continue
            add_pair(ctx, pairs, a, b)
    return pair_findings(ctx, pairs, lambda a, b: ctx.topic.severity)


def _agreement(ctx: Messages, claims: list[Claim]) -> list[Finding]:
    docs = {c.document for c in claims}
    shared = common([day_span(c.event_date) for c in claims])
    if len({ctx.source(d) for d in docs}) < 2 or shared is None:
        return []  # one source (a wire text in several outlets) is no agreement
    fid = fingerprint("agreement", ctx.topic.id, claims)
    return [Finding(fid, "agreement", "info", ctx.topic.id,
                    f"{len(docs)} articles agree: {describe_span(shared)}", tuple(c.id for c in claims))]


def event_findings(ctx: Messages, claims: list[Claim]) -> list[Finding]:
    dated = sorted((c for c in claims if c.event_date is not None),
                   key=lambda c: (day_span(c.event_date), c.document, c.start))
    return _conflicts(ctx, dated) + _agreement(ctx, dated)
