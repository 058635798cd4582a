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
