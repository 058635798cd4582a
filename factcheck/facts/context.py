"""The words around a figure in its sentence: its clause (bounded by punctuation, clause openers and other
figures) and the nearest match of a set of phrases, searched outwards from the figure."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck.facts.lexicon import FactLexicon, Phrases
from factcheck.lexicons import Lexicon
from factcheck.memo import per_owners
from factcheck.nlp.phrase_index import PhraseIndex, phrase_index


@dataclass(frozen=True)
class Context:
    """A figure at tokens [start, end) of a sentence, with the token ranges of the sentence's other figures."""

    tokens: tuple[str, ...]
    start: int
    end: int
    others: tuple[tuple[int, int], ...]
    lex: Lexicon
    facts: FactLexicon

    def is_other(self, k: int) -> bool:
        return any(s <= k < e for s, e in self.others)

    def opens_clause(self, k: int) -> bool:
        return phrase_index(self.facts.clause_openers, self.lex).any_at(self.tokens, k)

    def clause(self, before: int | None = None, after: int | None = None) -> tuple[int, int]:
        """Token range [lo, hi) of the figure's clause, at most `before`/`after` tokens either side. An opener
        (فيما، بينهم) belongs to the clause it opens; punctuation and other figures end a clause."""
        before = self.facts.window_before if before is None else before
        after = self.facts.window_after if after is None else after
        lo = self.start
        while lo > 0 and self.start - lo < before:
            k = lo - 1
            if self.tokens[k] in self.facts.clause_breaks or self.is_other(k):
                break
            lo = k
            if self.opens_clause(k):
                break
        hi = self.end
        while hi < len(self.tokens) and hi - self.end < after:
            if self.tokens[hi] in self.facts.clause_breaks or self.is_other(hi) or self.opens_clause(hi):
                break
            hi += 1
        return lo, hi

    def reach_back(self, limit: int) -> int:
        """The first token of a backward search that may cross clause breaks but not another figure."""
        lo = self.start
        while lo > 0 and self.start - lo < limit and not self.is_other(lo - 1):
            lo -= 1
        return lo

    def positions(self, lo: int, hi: int) -> Iterator[int]:
        """Token positions in [lo, hi) outside the figure, nearest first (the left one on a tie)."""
        for d in range(1, max(self.start - lo, hi - self.end) + 1):
            if self.start - d >= lo:
                yield self.start - d
            if self.end + d - 1 < hi:
                yield self.end + d - 1

    def distance(self, k: int) -> int:
        return self.start - k if k < self.start else k - self.end + 1

    def find(self, phrases: Phrases, lo: int, hi: int) -> tuple[int, int, int] | None:
        """(position, end, phrase index) of the nearest phrase match within [lo, hi), else None."""
        index = phrase_index(phrases, self.lex)
        for k in self.positions(lo, hi):
            hit = index.first(self.tokens, k)
            if hit is not None:
                return k, hit[1], hit[0]
        return None

    def has(self, phrases: Phrases, lo: int, hi: int) -> bool:
        return self.find(phrases, lo, hi) is not None


def nearest(ctx: Context, choices: Iterable[tuple[str, Phrases]], lo: int, hi: int) -> str | None:
    """The name of the choice whose phrase is nearest the figure within [lo, hi); ties go to the first.

    The choices' phrases are searched together, in one index (their order kept, so the first phrase that
    matches at a position is of the first choice that has one there), outwards from the figure: the first
    distance with a match decides, and the first choice matching at that distance wins."""
    choices = tuple(choices)
    index, owner = _merged(tuple(phrases for _, phrases in choices), ctx.lex)
    best: tuple[int, int] | None = None
    for k in ctx.positions(lo, hi):
        dist = ctx.distance(k)
        if best is not None and dist > best[0]:
            break
        hit = index.first(ctx.tokens, k)
        if hit is not None and (best is None or owner[hit[0]] < best[1]):
            best = (dist, owner[hit[0]])
    return choices[best[1]][0] if best else None


_MERGED: dict = {}


def _merged(groups: tuple[Phrases, ...], lex: Lexicon) -> tuple[PhraseIndex, tuple[int, ...]]:
    """One index over the phrases of several groups, in order, and the group of each phrase."""
    def build() -> tuple[PhraseIndex, tuple[int, ...]]:
        phrases = tuple(p for group in groups for p in group)
        return PhraseIndex(phrases, lex), tuple(g for g, group in enumerate(groups) for _ in group)
    return per_owners(_MERGED, (*groups, lex), build, len(groups))
