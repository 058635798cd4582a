"""The words around a figure in its sentence: its clause (bounded by punctuation, clause openers and other
figures) and the nearest match of a set of phrases, searched outwards from the figure."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck.engine.align import matches_at
from factcheck.facts.lexicon import FactLexicon, Phrases
from factcheck.lexicons import Lexicon


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
        return any(matches_at(self.tokens, k, p, self.lex) for p in self.facts.clause_openers)

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
        for k in self.positions(lo, hi):
            for i, p in enumerate(phrases):
                end = matches_at(self.tokens, k, p, self.lex)
                if end is not None:
                    return k, end, i
        return None

    def has(self, phrases: Phrases, lo: int, hi: int) -> bool:
        return self.find(phrases, lo, hi) is not None


def nearest(ctx: Context, choices: Iterable[tuple[str, Phrases]], lo: int, hi: int) -> str | None:
    """The name of the choice whose phrase is nearest the figure within [lo, hi); ties go to the first."""
    best: tuple[int, int, str] | None = None
    for order, (name, phrases) in enumerate(choices):
        hit = ctx.find(phrases, lo, hi)
        if hit is not None:
            rank = (ctx.distance(hit[0]), order, name)
            if best is None or rank < best:
                best = rank
    return best[2] if best else None
