"""The subject of a figure: this earthquake, this conference, this vote, not last year's nor another
country's. Two figures of one key are about one subject when their sentences (with their articles' titles)
share at least `MIN_SHARED` distinctive words (in at most `max_df` documents of the corpus: a place, a name,
an event noun rare enough to tell stories apart) and their articles are at most `WINDOW_DAYS` apart. A
subject is a connected group of such links.

Blocking keeps this near-linear: figures are indexed by their distinctive words, only figures that share one
are ever compared, and a word too common to be distinctive indexes nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter, defaultdict
from collections.abc import Iterable

from spacy.lang.ar.stop_words import STOP_WORDS

from factcheck.models import Claim, Document
from factcheck.nlp.normalise import normalise_text
from factcheck.normalisers.calendar import date_ordinal

MIN_SHARED = 2
WINDOW_DAYS = 10
MAX_DF_SHARE = 0.003  # of the documents
MIN_MAX_DF = 8
_WORD = re.compile(r"[\u0621-\u0652\u0640]{3,}")  # letters with their diacritics and tatweel
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل")
_SUFFIXES = ("يات", "ات", "ين", "ون", "يه", "ه", "ي")  # a light stem: الانتخابات and الانتخابية, الوطني and الوطنية
_STOP = frozenset(normalise_text(w) for w in STOP_WORDS)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem: the word without one proclitic group and one plural or adjective ending (والصخرة ->
    صخر, الانتخابية and الانتخابات -> انتخاب). Only for telling subjects apart, never shown."""
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p):]
            break
    for s in _SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 3:
            return word[:-len(s)]
    return word


@lru_cache(maxsize=200_000)
def _word(raw: str) -> str | None:
    """A raw word normalised and light-stemmed, None for a stop word (cached: news repeats its words)."""
    w = normalise_text(raw)
    if len(w) < 3 or w in _STOP:
        return None
    s = stem(w)
    return None if s in _STOP else s


def words_of(text: str) -> set[str]:
    out = {_word(w) for w in _WORD.findall(text)}
    out.discard(None)
    return out


def document_words(doc: Document) -> frozenset[str]:
    """The words a document adds to the corpus's document frequencies (its title's and its text's). Made
    with its claims, once per document, so that lining up never reads the texts again."""
    return frozenset(words_of(f"{doc.title or ''} {doc.text}"))


def frequencies(words: Iterable[Iterable[str]]) -> tuple[Counter[str], int]:
    """Document frequencies of each word, and the number of documents, from each document's words."""
    df: Counter[str] = Counter()
    n = 0
    for mine in words:
        n += 1
        df.update(mine)
    return df, n


class Vocabulary:
    """Document frequencies of the corpus's words (`df`, over `n` documents); a word is distinctive when it
    is in at least 2 documents and at most max_df, and is not one of the words that make a key (`exact`, or
    starting with one of `prefixes`: قتلوا and مصرعهم say what is counted, not what it is about)."""

    def __init__(self, df: Counter[str], n: int, exact: frozenset[str] = frozenset(),
                 prefixes: tuple[str, ...] = ()) -> None:
        self.exact = frozenset(stem(w) for w in exact) | exact
        self.prefixes = prefixes
        self.df = df
        self.max_df = max(MIN_MAX_DF, int(MAX_DF_SHARE * n))

    def plausible_name(self, text: str) -> bool:
        """Most of the words are rare in the corpus (a name, not a phrase of common words)."""
        words = [_word(w) for w in _WORD.findall(text)]
        words = [w for w in words if w]
        rare = sum(1 for w in words if self.df[w] <= self.max_df)
        return bool(words) and rare * 2 > len(words)

    def distinctive(self, text: str) -> frozenset[str]:
        return frozenset(w for w in words_of(text) if 2 <= self.df[w] <= self.max_df
                         and w not in self.exact and not w.startswith(self.prefixes))


class Union:
    """Union-find over string ids; a group is named by its smallest id."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def day_of(doc: Document) -> int | None:
    """The publication day as an ordinal (YYYY-MM and YYYY: the first day), else None."""
    try:
        return date_ordinal(doc.published)
    except ValueError:
        return None


LEAD_CHARS = 250  # the article's opening says which story a figure further down belongs to


def subject_words(claim: Claim, doc: Document, vocab: Vocabulary) -> frozenset[str]:
    """The distinctive words of the claim's sentence, its article's title and its article's opening."""
    start, end = claim.sentence or (claim.start, claim.end)
    return vocab.distinctive(f"{doc.title or ''} {doc.text[:LEAD_CHARS]} {doc.text[start:end]}")


def related(words: dict[str, frozenset[str]], days: dict[str, int | None]):
    """Two claims are directly about one subject: their own words share MIN_SHARED (no chain of links) and
    their articles are at most WINDOW_DAYS apart (an invariant fact is compared at any time, but two
    earthquakes a fortnight apart are two earthquakes)."""
    def test(a: Claim, b: Claim) -> bool:
        da, db = days.get(a.document), days.get(b.document)
        if da is not None and db is not None and abs(da - db) > WINDOW_DAYS:
            return False
        return len(words.get(a.id, frozenset()) & words.get(b.id, frozenset())) >= MIN_SHARED
    return test


def subjects(block: list[Claim], words: dict[str, frozenset[str]], days: dict[str, int | None]) -> list[list[Claim]]:
    """The block's claims split by subject (connected groups of links), each group in the block's order.
    `words`: each claim's distinctive words; `days`: each document's publication day (an ordinal)."""
    index: dict[str, list[Claim]] = defaultdict(list)
    for c in block:
        for w in words[c.id]:
            index[w].append(c)
    by_id = {c.id: c for c in block}
    union = Union()
    for c in block:
        union.find(c.id)
        shared: Counter[str] = Counter()
        for w in words[c.id]:
            shared.update(o.id for o in index[w] if o.id > c.id)
        for other, k in shared.items():
            if k < MIN_SHARED:
                continue
            a, b = days.get(c.document), days.get(by_id[other].document)
            if a is not None and b is not None and abs(a - b) > WINDOW_DAYS:
                continue
            union.union(c.id, other)
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in block:
        groups[union.find(c.id)].append(c)
    return list(groups.values())
