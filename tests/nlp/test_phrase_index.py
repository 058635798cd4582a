"""The phrase index answers as trying every phrase in order with engine/align.matches_at does."""

import random

from factcheck.engine.align import matches_at
from factcheck.nlp.phrase_index import PhraseIndex

PHRASES = (
    ("فيما",),
    ("بين", "*"),
    ("استضاف", "*"),
    ("عقد", "مؤتمر", "*"),
    ("في", "حين"),
    ("في",),
    ("الذي",),
    ("في", "حين", "ان"),
    ("بين", "*"),  # a duplicate keeps its own index
    ("ب", "*"),
)
WORDS = ["فيما", "وفيما", "بينهم", "بين", "استضافت", "واستضافت", "عقد", "وعقد", "مؤتمر", "مؤتمرا", "في",
         "حين", "ان", "الذي", "والذي", "بالذي", "كتاب", "بنك", "ب", "x"]


def test_index_matches_every_phrase_in_order(lexicon):
    index = PhraseIndex(PHRASES, lexicon)
    rng = random.Random(7)
    for _ in range(3000):
        toks = tuple(rng.choice(WORDS) for _ in range(rng.randint(0, 6)))
        for k in range(len(toks) + 1):
            expected = [(i, end) for i, p in enumerate(PHRASES)
                        if k < len(toks) and (end := matches_at(toks, k, p, lexicon)) is not None]
            assert list(index.matches(toks, k)) == expected
            assert list(index.matches(list(toks), k)) == expected
            assert index.first(toks, k) == (expected[0] if expected else None)
            assert index.at(toks, k) == (expected[0][1] if expected else None)
