"""Arabic normalisation that keeps a map back to the original offsets.

The text is normalised once, with camel-tools: arclean (presentation forms, Arabic-Indic digits, tatweel,
punctuation), dediacritisation, alef / alef maksura / teh marbuta unification. Invisible format characters
(bidi marks, joiners) are dropped and control characters become spaces; a visible symbol that arclean would
delete (€, ¢, °, ₪) is kept. Every one of
these is a per-character mapping, so we apply them per distinct character (cached) and keep, for every
character of the normalised text, the index of the original character it came from. A span found in the
normalised text maps back exactly: ``original[start:end]`` is the text the reader sees.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

_ARCLEAN = CharMapper.builtin_mapper("arclean")

# Where arclean's choice loses meaning for numbers we decide first: the Arabic decimal separator is a
# decimal point (arclean makes it a comma) and the Arabic thousands separator a comma (arclean: apostrophe).
_OVERRIDES = {
    "\u066b": ".",  # ARABIC DECIMAL SEPARATOR
    "\u066c": ",",  # ARABIC THOUSANDS SEPARATOR
    "\u060c": "،",  # ARABIC COMMA stays itself: it separates clauses, never digits
    "\r": "\n",
    "\u2212": "-",  # MINUS SIGN
    "\u200b": " ",  # ZERO WIDTH SPACE separates words
}
# Persian / Urdu digits are not always covered by arclean.
_OVERRIDES.update({chr(0x06F0 + i): str(i) for i in range(10)})


@lru_cache(maxsize=None)
def normalise_char(c: str) -> str:
    """The normalised form of one character ('' when it is dropped, several characters for ligatures)."""
    if c in _OVERRIDES:
        return _OVERRIDES[c]
    if c.isascii():
        return c if c.isprintable() or c in "\n\t" else " "
    category = unicodedata.category(c)
    if category == "Cf":  # bidi marks, zero-width joiners, BOM: invisible, they separate nothing
        return ""
    if category == "Cc":
        return " "
    out = _ARCLEAN(c)
    if not out and category not in ("Mn", "Me", "Lm"):
        return c  # arclean drops symbols it does not know (€ ¢ ° ₪, accented letters): we keep what is visible
    out = dediac_ar(out)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    return out


def normalise_text(text: str) -> str:
    """Normalise a string (lexicon entries, cue words) exactly as documents are normalised."""
    return text.translate(_table_for(text))


_NON_UNIT: set[str] = set()  # characters whose form is not exactly one character
_PATTERN: list[re.Pattern] = []  # compiled class of _NON_UNIT, rebuilt when it grows


class _CharTable(dict):
    """Every character seen so far -> its normalised form, for str.translate. A character not seen before is
    normalised when translate first asks for it (__missing__): finding the new characters of a text
    beforehand (set(text)) cost as much as the translation itself."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        form = self[code] = normalise_char(c)
        if len(form) != 1:
            _NON_UNIT.add(c)
            _PATTERN.clear()
        return form


_TABLE = _CharTable()


def _table_for(text: str) -> dict[int, str]:
    """The translation table (it takes in the characters of `text` as translate meets them)."""
    return _TABLE


@dataclass(frozen=True)
class Normalised:
    """A normalised text with its map back to the original.

    The map is kept as breakpoints: one per original character whose normalised form is not exactly one
    character (a dropped diacritic, a ligature that becomes two letters). Between breakpoints the texts run
    in step, so memory and time grow with the number of such characters, not with the length of the text.
    """

    original: str
    text: str
    _norm_at: tuple[int, ...] = ()  # normalised index where each breakpoint's output starts
    _orig_at: tuple[int, ...] = ()  # the breakpoint's original index
    _length: tuple[int, ...] = ()  # how many normalised characters it became (0 for a dropped one)

    def _start(self, i: int) -> int:
        """Original index of normalised character i."""
        k = bisect_right(self._norm_at, i) - 1
        if k < 0:
            return i
        ns, op, length = self._norm_at[k], self._orig_at[k], self._length[k]
        return op if i < ns + length else op + 1 + (i - ns - length)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) to the original [start, end), taking in dropped marks after it."""
        if end <= start:
            raise ValueError("empty span")
        ostart, oend = self._start(start), self._start(end - 1) + 1
        # a diacritic or tatweel that belongs to the last letter of the span is part of what was written
        orig = self.original
        while oend < len(orig) and _is_dropped_mark(orig[oend]):
            oend += 1
        return ostart, oend


@lru_cache(maxsize=None)
def _is_dropped_mark(c: str) -> bool:
    return normalise_char(c) == "" and (unicodedata.category(c) == "Mn" or c == "\u0640")


def normalise(original: str) -> Normalised:
    table = _table_for(original)
    text = original.translate(table)
    pattern = _non_unit_pattern(table)
    norm_at: list[int] = []
    orig_at: list[int] = []
    lengths: list[int] = []
    shift = 0  # normalised index minus original index so far
    for m in pattern.finditer(original):
        i = m.start()
        length = len(table[ord(original[i])])
        norm_at.append(i + shift)
        orig_at.append(i)
        lengths.append(length)
        shift += length - 1
    assert len(text) == len(original) + shift
    return Normalised(original, text, tuple(norm_at), tuple(orig_at), tuple(lengths))


def _non_unit_pattern(table: dict[int, str]) -> re.Pattern:
    if not _PATTERN:
        chars = "".join(re.escape(c) for c in sorted(_NON_UNIT))
        _PATTERN.append(re.compile(f"[{chars}]") if chars else re.compile(r"(?!)"))
    return _PATTERN[0]
