"""Finding ids: fingerprints of the finding's type, its topic and its claims' documents, normalised wording
and values, never of character offsets, so editing unrelated text in an article keeps them (as semgrep's
match_based_id does)."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace

from factcheck.models import Claim, Finding


def claim_key(c: Claim) -> str:
    """Document, normalised wording and value of a claim: its figure's interval and unit, its date, or the
    holder it names for an office."""
    q = c.quantity
    values = f"{q.low}|{q.high}|{int(q.low_inclusive)}{int(q.high_inclusive)}|{q.unit}" if q else ""
    if c.event_date is not None:
        values = f"{c.event_date.value}|{c.event_date.until or ''}"
    if c.attribute is not None:
        values = c.attribute.holder
    return f"{c.document}|{' '.join(c.norm.split())}|{values}"


def fingerprint(kind: str, topic: str | None, claims: list[Claim], dated: bool = False) -> str:
    """`dated`: each claim's date (as_of) counts too, for findings that differ only in when their claims
    hold (one article states a figure twice, for two dates)."""
    keys = sorted(claim_key(c) + (f"|{c.as_of}" if dated else "") for c in claims)
    h = hashlib.sha256("\x1f".join([kind, topic or "", *keys]).encode("utf-8")).hexdigest()
    return f"{kind[:2]}-{h[:16]}"


def distinct(findings: list[Finding], claims: dict[str, Claim]) -> list[Finding]:
    """Findings with unique ids. Ids that two findings share get their claims' dates in the fingerprint
    (then, if still alike, a counter): only such findings change id, so baselines of the others hold."""
    seen = Counter(f.id for f in findings)
    if all(n == 1 for n in seen.values()):
        return findings
    out, taken = [], set()
    for f in findings:
        fid = f.id
        if seen[f.id] > 1:
            fid = fingerprint(f.type, f.topic, [claims[c] for c in f.claims if c in claims], dated=True)
            base, k = fid, 1
            while fid in taken:
                k += 1
                fid = f"{base}-{k}"
        taken.add(fid)
        out.append(replace(f, id=fid) if fid != f.id else f)
    return out
