"""Conflicts as findings: every disagreeing pair of sources, with a wire text's reprints kept together (one
finding lists every outlet that reprinted it, and says so in its message)."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.engine.fingerprints import fingerprint
from factcheck.engine.messages import Messages
from factcheck.models import Claim, Finding


def add_pair(ctx: Messages, pairs: dict[tuple, list[Claim]], a: Claim, b: Claim) -> None:
    """A disagreeing pair, kept with the pairs of the same sources and values: a conflict with a wire text
    is one finding that lists every outlet that reprinted it."""
    ends = sorted([(ctx.source(a.document), a.describe() or ""), (ctx.source(b.document), b.describe() or "")])
    found = pairs.setdefault(tuple(ends), [])
    found += [c for c in (a, b) if c not in found]


def pair_findings(ctx: Messages, pairs: dict[tuple, list[Claim]],
                  severity: Callable[[Claim, Claim], str]) -> list[Finding]:
    out = []
    for involved in pairs.values():
        a = involved[0]
        b = next(c for c in involved if ctx.source(c.document) != ctx.source(a.document))
        message = ctx.message(a, b)
        copies = len({c.document for c in involved}) - len({ctx.source(c.document) for c in involved})
        if copies:
            message += f" (one wire text in {copies + 1} outlets)"
        fid = fingerprint("conflict", ctx.topic.id, involved)
        out.append(Finding(fid, "conflict", severity(a, b), ctx.topic.id, message, tuple(c.id for c in involved)))
    return out


BOUND_STEP = 0.10  # a running total's lower bound, then a figure this much above it: it rose


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
            if ctx.source(a.document) == ctx.source(b.document) or not disjoint(a.quantity, b.quantity, topic.tolerance):
                continue  # one source does not contradict itself (a wire text reprinted with an edit)
            severity = "warning" if (a.quantity.vague or b.quantity.vague) else topic.severity
            fid = fingerprint("conflict", topic.id, [a, b])
            out.setdefault(fid, Finding(fid, "conflict", severity, topic.id, ctx.message(a, b), (a.id, b.id)))
    return list(out.values())
