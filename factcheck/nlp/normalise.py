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
from array import array
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


_TABLE: dict[int, str] = {}


def _table_for(text: str) -> dict[int, str]:
    for c in set(text):
        o = ord(c)
        if o not in _TABLE:
            _TABLE[o] = normalise_char(c)
    return _TABLE


@dataclass(frozen=True)
class Normalised:
    """A normalised text with its map back to the original."""

    original: str
    text: str
    _starts: array | None  # original index of each normalised char; None when the map is the identity
    _ends: array | None  # original end (exclusive) of each normalised char

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) to the original [start, end), taking in dropped marks after it."""
        if end <= start:
            raise ValueError("empty span")
        if self._starts is None:
            ostart, oend = start, end
        else:
            ostart, oend = self._starts[start], self._ends[end - 1]
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
    if len(text) == len(original) and not _has_non_unit(original, table):
        return Normalised(original, text, None, None)
    starts = array("i")
    ends = array("i")
    # walk runs of characters that map one-to-one in bulk, the rest one by one
    pattern = _non_unit_pattern(table)
    pos = 0
    for m in pattern.finditer(original):
        i = m.start()
        if i > pos:
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        n = len(table[ord(original[i])])
        starts.extend([i] * n)
        ends.extend([i + 1] * n)
        pos = i + 1
    if pos < len(original):
        starts.extend(range(pos, len(original)))
        ends.extend(range(pos + 1, len(original) + 1))
    assert len(starts) == len(text)
    return Normalised(original, text, starts, ends)


def _has_non_unit(original: str, table: dict[int, str]) -> bool:
    return any(len(table[ord(c)]) != 1 for c in set(original))


_PATTERNS: dict[frozenset, re.Pattern] = {}


def _non_unit_pattern(table: dict[int, str]) -> re.Pattern:
    chars = frozenset(chr(o) for o, r in table.items() if len(r) != 1)
    pat = _PATTERNS.get(chars)
    if pat is None:
        pat = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else re.compile(r"(?!)")
        _PATTERNS[chars] = pat
    return pat
