"""Whole-number ids for the words read so far, and per-word answers kept by id.

Several readers ask one question of every word of every sentence (can a date, a quantity, an office, a
speech verb start here?) and keep the answer per word. Kept in a dict per reader, each question cost a
lookup in a large table for every word of the text; the sentence's words are now looked up once
(`word_ids`), and each reader keeps its answers in a list indexed by id. Like spaCy's string store, the ids
grow with the distinct words of the texts read, and an id is never reused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

_IDS: dict[str, int] = {}


def word_ids(tokens: Sequence[str]) -> tuple[int, ...]:
    """The id of each token, new words getting the next ids."""
    get = _IDS.get
    ids = [get(t) for t in tokens]
    if None in ids:
        for k, i in enumerate(ids):
            if i is None:
                ids[k] = _IDS.setdefault(tokens[k], len(_IDS))
    return tuple(ids)


class WordAnswers(Generic[T]):
    """One question's answer for each word, by word id (`ask` is asked once per word)."""

    def __init__(self, ask: Callable[[str], T]):
        self.ask = ask
        self._by_id: list[T | None] = []

    def of(self, tokens: Sequence[str], ids: Sequence[int]) -> list[T]:
        """The answer for each token (`ids` from word_ids)."""
        known = self._by_id
        if len(known) < len(_IDS):
            known.extend([None] * (len(_IDS) - len(known)))
        out = [known[i] for i in ids]
        if None in out:
            for k, value in enumerate(out):
                if value is None:
                    value = known[ids[k]]  # asked already if the word came earlier in this sentence
                    out[k] = known[ids[k]] = self.ask(tokens[k]) if value is None else value
        return out
