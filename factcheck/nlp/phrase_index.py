"""Which phrases of a set match at a token, found through their first word instead of trying every phrase.

A phrase is a tuple of normalised words; its first word may carry a proclitic in the text (وفيما، للمؤتمر),
and a final '*' makes its last word a prefix match (استضاف* for استضافت). Matching every phrase at every
token cost millions of calls per thousand articles; here the phrases are filed by first word, and the
phrases each token can start are looked up once and kept, so a token no phrase starts with (most tokens)
costs one dict lookup. The answers are those of trying each phrase in order (engine/align.matches_at).
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.lexicons import Lexicon

_CACHE_LIMIT = 30_000  # tokens remembered per phrase set (news repeats its words); restarts when full

# (phrase index, words the phrase spans, the words after the first as a tuple, the prefix its last word must
# start with or None for an exact phrase). For a one-word prefix phrase the prefix test is done when the token
# is filed, and `last` is None.
_Entry = tuple[int, int, tuple[str, ...], "str | None"]


class PhraseIndex:
    """The phrases of one tuple, filed by first word, for one lexicon (its proclitics)."""

    def __init__(self, phrases: tuple[tuple[str, ...], ...], lex: Lexicon):
        self.phrases = phrases
        self.lex = lex
        self._exact: dict[str, list[_Entry]] = {}  # first word -> phrases that start with it as written
        self._prefix: dict[str, list[_Entry]] = {}  # one-word prefix phrases by their prefix
        for i, phrase in enumerate(phrases):
            prefix_match = bool(phrase) and phrase[-1] == "*"
            words = phrase[:-1] if prefix_match else phrase
            if not words:
                continue  # matches nothing
            if prefix_match and len(words) == 1:
                self._prefix.setdefault(words[0], []).append((i, 1, (), None))
            elif prefix_match:
                self._exact.setdefault(words[0], []).append((i, len(words), words[1:-1], words[-1]))
            else:
                self._exact.setdefault(words[0], []).append((i, len(words), words[1:], None))
        self._prefix_lengths = sorted({len(w) for w in self._prefix})
        self._at: dict[str, tuple[_Entry, ...]] = {}

    def _candidates(self, tok: str) -> tuple[_Entry, ...]:
        """The phrases whose first word this token can be (a proclitic stripped or not), in phrase order."""
        found = self._at.get(tok)
        if found is not None:
            return found
        hits: dict[int, _Entry] = {}
        for _, stem in self.lex.strip_clitics(tok):
            for entry in self._exact.get(stem, ()):
                hits.setdefault(entry[0], entry)
            for n in self._prefix_lengths:
                if n > len(stem):
                    break
                for entry in self._prefix.get(stem[:n], ()):
                    hits.setdefault(entry[0], entry)
        found = tuple(hits[i] for i in sorted(hits)) if hits else ()
        if len(self._at) >= _CACHE_LIMIT:
            self._at.clear()
        self._at[tok] = found
        return found

    def matches(self, tokens, k: int) -> Iterator[tuple[int, int]]:
        """(phrase index, end) of every phrase that matches tokens[k:], in phrase order."""
        size = len(tokens)
        if k >= size:
            return
        for i, n, rest, last in self._candidates(tokens[k]):
            end = k + n
            if end > size:
                continue
            if n > 1:
                if last is None:
                    if tuple(tokens[k + 1:end]) != rest:
                        continue
                elif tuple(tokens[k + 1:end - 1]) != rest or not tokens[end - 1].startswith(last):
                    continue
            yield i, end

    def first(self, tokens, k: int) -> tuple[int, int] | None:
        """(phrase index, end) of the first phrase that matches tokens[k:], else None."""
        if k >= len(tokens) or not self._candidates(tokens[k]):
            return None
        return next(self.matches(tokens, k), None)

    def at(self, tokens, k: int) -> int | None:
        """End of the first phrase that matches tokens[k:], else None."""
        hit = self.first(tokens, k)
        return None if hit is None else hit[1]

    def any_at(self, tokens, k: int) -> bool:
        return self.first(tokens, k) is not None


_INDEXES: dict[int, PhraseIndex] = {}


def phrase_index(phrases: tuple[tuple[str, ...], ...], lex: Lexicon) -> PhraseIndex:
    """The index of a phrase tuple for a lexicon, built once (the tuples live in rules loaded once). Asked
    for at every step of a search, so the cache is one dict lookup by the tuple's id; the index holds the
    tuple, so the id is not reused while the entry lives."""
    found = _INDEXES.get(id(phrases))
    if found is None or found.phrases is not phrases or found.lex is not lex:
        found = _INDEXES[id(phrases)] = PhraseIndex(phrases, lex)
    return found
