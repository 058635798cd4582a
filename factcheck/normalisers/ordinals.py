"""Ordinals: الأول، الثانية، الحادي عشر، الثالثة عشرة، الخامس والعشرين، التسعون، الـ13 — and relative ones
(الأخير، قبل الأخير، التالي، السابق، الحالي). Words come from rules/lexicons/ordinals.yml and numbers.yml.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.lexicons import Lexicon
from factcheck.normalisers.phrases import lexicon_table

_TEN = ("عشر", "عشره")


@dataclass(frozen=True)
class OrdinalParse:
    start: int
    end: int
    value: float  # the ordinal (11), or the offset of a relative ordinal (-1)
    relative_to: str | None = None  # end | current | start for relative ordinals
    prefix: str = ""


_PREFIXES = frozenset(("", "ال", "و", "وال", "بال", "لل", "فال"))


def _readings(tok: str, lex: Lexicon) -> list[tuple[str, str]]:
    return [(p, s) for p, s in lex.strip_clitics(tok) if p in _PREFIXES]


def _tens(tok: str, lex: Lexicon) -> float | None:
    """A definite or bare tens word after و: 'والعشرين', 'العشرون', 'عشرون'."""
    for _, stem in _readings(tok, lex):
        w = lex.numbers.get(stem)
        if w is not None and w.cls == "ten":
            return w.value
    return None


def _relative(tokens: list[str], i: int, lex: Lexicon) -> OrdinalParse | None:
    table = lexicon_table(lex.relative_ordinals, lex)
    readings = [(p, s) for p, s in table.readings(tokens[i]) if p in _PREFIXES]  # stems that start a phrase
    if not readings:
        return None
    best = None
    for n in range(min(5, len(tokens) - i, max(table.firsts[s] for _, s in readings)), 0, -1):
        for prefix, stem in readings:
            key = (stem, *tokens[i + 1:i + n])
            if key in lex.relative_ordinals:
                rel, offset = lex.relative_ordinals[key]
                best = OrdinalParse(i, i + n, float(offset), rel, prefix)
                break
        if best:
            return best
    return None


def parse_ordinal(tokens: list[str], i: int, lex: Lexicon, previous_is_plural_noun: bool = False) -> OrdinalParse | None:
    rel = _relative(tokens, i, lex)
    if rel is not None:
        return rel
    n = len(tokens)
    nxt = tokens[i + 1] if i + 1 < n else ""
    for prefix, stem in _readings(tokens[i], lex):
        definite = prefix.endswith("ال") or prefix == "لل"
        unit = lex.ordinals.get(stem)
        teen_unit = lex.ordinal_teen_units.get(stem)
        cardinal = lex.numbers.get(stem)
        # الحادي عشر، الثالثة عشرة، الثلث عشر (a common misspelling)، الأحد عشر، الاثنى عشر
        if nxt in _TEN:
            base = unit or teen_unit
            if base is None and definite and cardinal and cardinal.cls in ("unit", "compound_only") and cardinal.value < 10:
                base = cardinal.value
            if base is not None and base < 10:
                return OrdinalParse(i, i + 2, 10 + base, prefix=prefix)
        # الحادي والعشرين، الخامس و العشرون، الواحد والثلاثون
        base = unit or teen_unit or (cardinal.value if definite and cardinal and cardinal.cls in ("unit", "compound_only")
                                     and cardinal.value < 10 else None)
        if base is not None:
            j = i + 1
            if j < n and tokens[j] == "و":
                j += 1
            if j < n and (tokens[j].startswith("و") or tokens[j - 1] == "و"):
                tens = _tens(tokens[j], lex)
                if tens is not None:
                    return OrdinalParse(i, j + 1, tens + base, prefix=prefix)
        if unit is not None:
            return OrdinalParse(i, i + 1, float(unit), prefix=prefix)
        # التسعون، العشرين: a definite tens word is an ordinal unless it follows a plural noun
        if definite and cardinal and cardinal.cls == "ten" and not previous_is_plural_noun:
            return OrdinalParse(i, i + 1, cardinal.value, prefix=prefix)
        # التريليون after a definite singular noun (الكتاب التريليون)
        if definite and cardinal and cardinal.cls == "scale" and not previous_is_plural_noun and i > 0 \
                and tokens[i - 1].startswith("ال") and not (i + 1 < n and tokens[i + 1] in lex.numbers):
            return OrdinalParse(i, i + 1, cardinal.value, prefix=prefix)
    return None
