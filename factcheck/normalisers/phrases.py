"""Matching lexicon phrases against normalised tokens, with proclitics tried on the first word."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.lexicons import Lexicon, NounEntry


@dataclass(frozen=True)
class Noun:
    entry: NounEntry
    start: int
    end: int  # one past
    text: str  # the normalised lexicon key, words joined by spaces


class _Table:
    """What a phrase table's keys can start and end with, and, per token, its readings (proclitic, stem) whose
    stem starts a key: most tokens start none, and a lookup answers for them at once."""

    LIMIT = 100_000  # tokens remembered per table (the cache restarts when full)

    def __init__(self, table: dict, lex: Lexicon):
        self.table, self.lex = table, lex
        self.firsts: dict[str, int] = {}  # first word -> the longest key it starts
        self.lasts: set[str] = set()  # last words of keys of two words or more
        for key in table:
            self.firsts[key[0]] = max(self.firsts.get(key[0], 0), len(key))
            if len(key) > 1:
                self.lasts.add(key[-1])
        self._readings: dict[str, tuple[tuple[str, str], ...]] = {}

    def readings(self, tok: str) -> tuple[tuple[str, str], ...]:
        """The readings of `tok` (lex.strip_clitics, in its order) whose stem is the first word of a key."""
        found = self._readings.get(tok)
        if found is None:
            firsts = self.firsts
            found = tuple(r for r in self.lex.strip_clitics(tok) if r[1] in firsts)
            if len(self._readings) >= self.LIMIT:
                self._readings.clear()
            self._readings[tok] = found
        return found


_TABLES: dict[int, _Table] = {}


def lexicon_table(table: dict, lex: Lexicon) -> _Table:
    """The _Table of a lexicon table (built once; rebuilt if the table or the lexicon is another object)."""
    found = _TABLES.get(id(table))
    if found is None or found.table is not table or found.lex is not lex:
        found = _TABLES[id(table)] = _Table(table, lex)
    return found


def match_phrase(tokens: list[str], i: int, table: dict, lex: Lexicon, clitic_first: bool = True,
                 max_len: int = 5) -> tuple[int, object] | None:
    """Longest phrase from `table` starting at token i: (end, value)."""
    if i >= len(tokens):
        return None
    index = lexicon_table(table, lex)
    if clitic_first:
        readings = index.readings(tokens[i])
    else:
        readings = (("", tokens[i]),) if tokens[i] in index.firsts else ()
    best = None
    for _, stem in readings:
        for n in range(min(max_len, len(tokens) - i, index.firsts[stem]), 0, -1):
            key = (stem, *tokens[i + 1:i + n])
            if key in table:
                if best is None or i + n > best[0]:
                    best = (i + n, table[key])
                break
    return best


def phrase_ending_at(tokens: list[str], end: int, table: dict, lex: Lexicon, max_len: int = 5):
    """Longest phrase from `table` whose last token is tokens[end - 1]: (start, value)."""
    index = lexicon_table(table, lex)
    longest = min(max_len, end) if end > 0 and tokens[end - 1] in index.lasts else min(1, end)
    for n in range(longest, 0, -1):
        start = end - n
        for _, stem in index.readings(tokens[start]):
            key = (stem, *tokens[start + 1:end])
            if key in table:
                return start, table[key]
    return None


def noun_at(tokens: list[str], i: int, lex: Lexicon, bare: bool) -> Noun | None:
    """A counted noun or unit starting at token i. `bare`: no proclitic except the article."""
    if i >= len(tokens):
        return None
    index = lexicon_table(lex.nouns, lex)
    for prefix, stem in index.readings(tokens[i]):
        if bare and prefix not in ("", "ال"):
            continue
        for n in range(min(4, index.firsts[stem]), 0, -1):
            key = (stem, *tokens[i + 1:i + n])
            if len(key) == n and key in lex.nouns:
                return Noun(lex.nouns[key], i, i + n, " ".join(key))
    return None


def noun_after(tokens: list[str], i: int, lex: Lexicon) -> Noun | None:
    """The tamyiz after a number: '35 دولة', '30 من الدول', '20 %'."""
    noun = noun_at(tokens, i, lex, bare=True)
    if noun:
        return noun
    if i + 1 < len(tokens) and tokens[i] == "من":
        noun = noun_at(tokens, i + 1, lex, bare=True)
        # partitive: "30 من الدول"; never a singular ("عشر من الشهر" is a day of the month)
        if noun and tokens[i + 1].startswith("ال") and noun.entry.number == "plural":
            return noun
    return None


def clitic_len(token: str, lex: Lexicon, firsts: set[str]) -> int:
    """Length of a proclitic before a phrase word: 'وأكثر' -> 1."""
    if token in firsts:
        return 0
    for prefix, stem in lex.strip_clitics(token):
        if prefix and stem in firsts:
            return len(prefix)
    return 0


def noun_prefix_len(token: str, noun: Noun, lex: Lexicon) -> int:
    """Length of a proclitic before a noun, keeping the article: 'للدول' -> 1 ('ل' + 'الدول')."""
    first = noun.text.split()[0]
    for prefix, stem in lex.strip_clitics(token):
        if stem == first:
            if prefix.endswith("ال"):
                return len(prefix) - 2
            if prefix == "لل":
                return 1
            return len(prefix)
    return 0
