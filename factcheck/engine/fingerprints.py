"""Finding ids: fingerprints of the finding's type, its topic and its claims' documents, normalised wording
and values, never of character offsets, so editing unrelated text in an article keeps them (as semgrep's
match_based_id does)."""

from __future__ import annotations

import hashlib

from factcheck.models import Claim


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


def fingerprint(kind: str, topic: str | None, claims: list[Claim]) -> str:
    keys = sorted(claim_key(c) for c in claims)
    h = hashlib.sha256("\x1f".join([kind, topic or "", *keys]).encode("utf-8")).hexdigest()
    return f"{kind[:2]}-{h[:16]}"
