"""Stories: which documents tell one story, so that their figures may be lined up. Two documents published
within `WINDOW_DAYS` of each other are linked when their most distinctive words (title and lead, rare in the
corpus but not unique to one document) overlap enough; a story is a connected group of links.

Blocking keeps this near-linear: only documents that share one of each other's distinctive words are ever
compared, and a word found in more than `max_df` documents is no one's distinctive word.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

from factcheck.facts.subjects import Union, day_of, words_of
from factcheck.models import Document

WINDOW_DAYS = 45  # documents further apart are linked only through others between them
LEAD_CHARS = 700  # the title and this much of the body say what a story is about
TOP_WORDS = 30  # distinctive words kept per document
MIN_SHARED = 3  # distinctive words two documents must share to be linked


def lead_words(doc: Document) -> set[str]:
    return words_of(f"{doc.title or ''} {doc.text[:LEAD_CHARS]}")


def stories(documents: Iterable[Document]) -> dict[str, str]:
    """Each document id with its story id (the smallest document id of the story)."""
    docs = list(documents)
    words = {d.id: lead_words(d) for d in docs}
    df = Counter(w for ws in words.values() for w in ws)
    n = len(docs)
    max_df = max(8, int(0.01 * n))
    idf = {w: math.log((n + 1) / c) for w, c in df.items()}
    top: dict[str, list[str]] = {}
    index: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        shared = [w for w in words[d.id] if 2 <= df[w] <= max_df]
        top[d.id] = sorted(shared, key=lambda w: (-idf[w], w))[:TOP_WORDS]
        for w in top[d.id]:
            index[w].append(d.id)
    days = {d.id: day_of(d) for d in docs}
    union = Union()
    for d in docs:
        union.find(d.id)
        counts: Counter[str] = Counter()
        for w in top[d.id]:
            counts.update(o for o in index[w] if o > d.id)
        for other, k in counts.items():
            if k < MIN_SHARED:
                continue
            a, b = days[d.id], days[other]
            if a is not None and b is not None and abs(a - b) > WINDOW_DAYS:
                continue
            union.union(d.id, other)
    return {d.id: union.find(d.id) for d in docs}
