"""Numbers written in digits, words or both, read from a run of normalised tokens.

Arabic composes numbers units-first with و (واحد وعشرون), teens without it (ثلاثة عشر), hundreds either
glued or apart (ثلاثمئة، ثلاث مئة), and scale words after their multiplier (10 آلاف، خمسة عشر ألفا،
مليون ومئتي ألف). A dual scale word stands alone for twice the scale (ألفين، ملياري).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.lexicons import Lexicon, NumberWord

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")


@dataclass(frozen=True)
class NumberParse:
    start: int  # first token
    end: int  # one past the last token
    value: float
    prefix: str  # proclitic on the first token ('' / و / ال / ب ...), not part of the number
    definite: bool  # الأربعة، الـ13
    digits: bool  # written (at least partly) in digits
    words: tuple[str, ...]  # the normalised number tokens without clitics


def parse_digits(s: str) -> float | None:
    if not _DIGITS.match(s):
        return None
    if "," in s and "." in s or _THOUSANDS_COMMA.match(s):
        return float(s.replace(",", ""))
    if _THOUSANDS_DOT.match(s):
        return float(s.replace(".", ""))
    if "," in s:
        if s.count(",") > 1:
            return None
        return float(s.replace(",", "."))
    if s.count(".") > 1:
        return None
    return float(s)


def _word(lex: Lexicon, s: str) -> NumberWord | None:
    return lex.numbers.get(s)


def parse_number(tokens: list[str], i: int, lex: Lexicon) -> NumberParse | None:
    """The longest number that starts at token i, or None."""
    first = None
    for prefix, stem in lex.strip_clitics(tokens[i]):
        v = parse_digits(stem)
        if v is not None:
            first = (prefix, stem, NumberWord(v, "digits"))
            break
        w = _word(lex, stem)
        if w is not None:
            first = (prefix, stem, w)
            break
    if first is None:
        return None
    prefix, stem, w = first
    if w.cls == "scale_plural":  # آلاف alone is a vague plural, not a number
        return None
    if w.cls == "scale_acc":  # standing first, ألفا / مليونا is the dual construct: two thousand
        w = NumberWord(w.value, "scale_dual")
    n = len(tokens)
    if w.cls == "compound_only" and not (i + 1 < n and _is_ten_word(tokens[i + 1], lex)):
        return None

    total = 0.0
    current = 0.0
    last = None  # class of the last accepted piece
    words: list[str] = []

    def accept(word: NumberWord) -> None:
        nonlocal total, current, last
        if word.cls in ("scale", "scale_acc", "scale_plural"):
            total += (current if current else 1.0) * word.value
            current = 0.0
        elif word.cls == "scale_dual":
            total += 2 * word.value
            current = 0.0
        else:
            current += word.value
        last = word.cls

    accept(w)
    words.append(stem)
    digits = w.cls == "digits"
    j = i + 1
    while j < n:
        tok = tokens[j]
        nxt = _word(lex, tok)
        # teens: ثلاثة عشر، أحد عشر (only right after a unit)
        if nxt and last in ("unit", "compound_only") and _is_ten_word(tok, lex) and current < 10:
            current += 10
            last = "teen"
        # ثلاث مئة
        elif nxt and nxt.cls == "hundred" and nxt.value == 100 and last == "unit" and 1 <= current <= 9:
            current *= 100
            last = "hundred"
        # 10 آلاف، خمسة عشر ألفا، مئتي ألف
        elif nxt and nxt.cls in ("scale", "scale_acc", "scale_plural") and current and last != "scale":
            if nxt.cls == "scale_plural" and not (3 <= current <= 10):
                break  # "آلاف" after 3..10 only; "15 آلاف" is not Arabic
            accept(nxt)
        elif digits and len(words) == 1 and nxt and nxt.cls in ("scale", "scale_acc") and last == "digits":
            accept(nxt)
        elif tok.startswith("و") and len(tok) > 1 and not digits:
            conj = _word(lex, tok[1:])
            if conj is None or conj.cls in ("scale_plural", "scale_acc", "compound_only"):
                break
            if conj.cls == "scale" and current == 0 and total == 0:
                break
            if conj.cls in ("unit", "ten", "hundred") and current and conj.value >= _magnitude(current):
                # "واحد وعشرون" adds a ten to a unit; "عشرون وواحد" is not how numbers are written,
                # but "مئة وخمسون" is: only a smaller part may follow a hundred or a scale.
                if not (last == "unit" and conj.cls == "ten"):
                    break
            accept(conj)
            tok = tok[1:]
        else:
            break
        words.append(tok)
        j += 1
    return NumberParse(i, j, total + current, prefix, prefix.endswith("ال") or prefix == "لل", digits,
                       tuple(words))


def _is_ten_word(tok: str, lex: Lexicon) -> bool:
    w = lex.numbers.get(tok)
    return w is not None and w.cls == "unit" and w.value == 10


def _magnitude(x: float) -> float:
    if x >= 100:
        return 100.0
    if x >= 10:
        return 10.0
    return 1.0
