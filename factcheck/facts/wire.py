"""Wire copies: one agency text reprinted by several outlets (small edits allowed). They count as one source:
their agreement is no corroboration, and a conflict with all of them is reported once.

Blocking keeps this linear: a reprint repeats its figures, so only documents that state one figure in the
same words (a claim's normalised text) within `WINDOW_DAYS` of each other are compared, with rapidfuzz's
ratio on the normalised texts; a wording found in more than `MAX_POSTINGS` documents (a stock phrase) blocks
nothing."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Protocol

from rapidfuzz import fuzz

from factcheck.facts.subjects import Union, day_of
from factcheck.models import Claim, Document
from factcheck.nlp.normalise import normalise_text

SIMILARITY = 70  # rapidfuzz ratio (0-100) from which two texts are one wire text
WINDOW_DAYS = 2
MAX_POSTINGS = 50
MIN_SHARED = 2  # figures worded alike; a reprint repeats most of its figures
COMPARED_CHARS = 2000
MIN_CHARS = 300  # a text this short (a one-line item) is too short to tell a reprint from a coincidence


def candidate_pairs(claims: list[Claim]) -> set[tuple[str, str]]:
    """Pairs of documents that state `MIN_SHARED` figures in the same words, or all of their figures when
    they have fewer."""
    by_wording: dict[str, set[str]] = defaultdict(set)
    stated: Counter[str] = Counter()
    for c in claims:
        if c.norm and c.document not in by_wording[c.norm]:
            by_wording[c.norm].add(c.document)
            stated[c.document] += 1
    shared: Counter[tuple[str, str]] = Counter()
    for docs in by_wording.values():
        if 2 <= len(docs) <= MAX_POSTINGS:
            ordered = sorted(docs)
            shared.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:])
    return {p for p, k in shared.items() if k >= min(MIN_SHARED, stated[p[0]], stated[p[1]])}


class PairCache(Protocol):
    """Verdicts on pairs of documents already compared (the ledger keeps them across runs): a verdict
    depends only on the two documents, so it holds as long as neither changes."""

    def get(self, a: Document, b: Document) -> bool | None: ...

    def put(self, a: Document, b: Document, same: bool) -> None: ...


def wire_groups(documents: list[Document], claims: list[Claim], cache: PairCache | None = None) -> dict[str, str]:
    """Each document id with its source id: the wire group (its smallest document id) or itself."""
    docs = {d.id: d for d in documents}
    union = Union()
    texts: dict[str, str] = {}
    for a_id, b_id in sorted(candidate_pairs(claims)):
        a, b = docs.get(a_id), docs.get(b_id)
        if a is None or b is None or (a.source and a.source == b.source):
            continue  # one outlet's follow-up, not a reprint
        da, db = day_of(a), day_of(b)
        if da is not None and db is not None and abs(da - db) > WINDOW_DAYS:
            continue
        same = cache.get(a, b) if cache is not None else None
        if same is None:
            ta = texts.setdefault(a.id, normalise_text(a.text[:COMPARED_CHARS]))
            tb = texts.setdefault(b.id, normalise_text(b.text[:COMPARED_CHARS]))
            same = bool(min(len(ta), len(tb)) >= MIN_CHARS and fuzz.ratio(ta, tb, score_cutoff=SIMILARITY))
            if cache is not None:
                cache.put(a, b, same)
        if same:
            union.union(a.id, b.id)
    return {d.id: union.find(d.id) for d in documents}
