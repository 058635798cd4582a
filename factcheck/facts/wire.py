"""Wire copies: one agency text reprinted by several outlets (small edits allowed). They count as one source:
their agreement is no corroboration, and a conflict with all of them is reported once.

Only documents of one story published within `WINDOW_DAYS` of each other are compared (rapidfuzz's ratio on
the normalised text), at most `MAX_PEERS` nearest in time for each, so the cost stays linear."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from factcheck.facts.subjects import Union, day_of
from factcheck.models import Document
from factcheck.nlp.normalise import normalise_text

SIMILARITY = 70  # rapidfuzz ratio (0-100) from which two texts are one wire text
WINDOW_DAYS = 2
MAX_PEERS = 30
COMPARED_CHARS = 2000
MIN_CHARS = 300  # a text this short (a one-line item) is too short to tell a reprint from a coincidence


def wire_groups(documents: list[Document], story: dict[str, str]) -> dict[str, str]:
    """Each document id with its source id: the wire group (its smallest document id) or itself."""
    by_story: dict[str, list[Document]] = defaultdict(list)
    for d in documents:
        by_story[story.get(d.id, d.id)].append(d)
    union = Union()
    texts: dict[str, str] = {}
    for members in by_story.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda d: (day_of(d) or 0, d.id))
        for i, a in enumerate(members):
            for b in members[i + 1:i + 1 + MAX_PEERS]:
                da, db = day_of(a), day_of(b)
                if da is not None and db is not None and db - da > WINDOW_DAYS:
                    break
                if a.source and a.source == b.source:
                    continue  # one outlet's follow-up, not a reprint
                ta = texts.setdefault(a.id, normalise_text(a.text[:COMPARED_CHARS]))
                tb = texts.setdefault(b.id, normalise_text(b.text[:COMPARED_CHARS]))
                if min(len(ta), len(tb)) >= MIN_CHARS and fuzz.ratio(ta, tb, score_cutoff=SIMILARITY):
                    union.union(a.id, b.id)
    return {d.id: union.find(d.id) for d in documents}
