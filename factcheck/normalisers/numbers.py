"""Numbers written in digits, words or both, read from a run of normalised tokens.

Arabic composes numbers units-first with و (واحد وعشرون), teens without it (ثلاثة عشر), hundreds either
glued or apart (ثلاثمئة، ثلاث مئة), and scale words after their multiplier (10 آلاف، خمسة عشر ألفا،
مليون ومئتي ألف). A dual scale word stands alone for twice the scale (ألفين، ملياري). On top of the cardinal:
a sign (سالب خمسة، -1.2), decimals (1 فاصلة 1، .77، ٣٥٠٫٠), and fractions (نصف، خمسة أثمان، واحد على مائة،
٧٧/١٠٠). Every word comes from rules/lexicons; this module is only the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.lexicons import Lexicon, NumberWord
from factcheck.memo import per_owner

_DIGITS = re.compile(r"^-?(?:\d+(?:[.,،]\d+)*|\.\d+)$")
_FRACTION = re.compile(r"^(-?\d+)/(\d+)$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")
_UNITS = ("unit", "compound_only")


@dataclass(frozen=True)
class NumberParse:
    start: int  # first token
    end: int  # one past the last token
    value: float
    prefix: str  # proclitic on the first token ('' / و / ال / ب ...), not part of the number
    definite: bool  # الأربعة، الـ13
    digits: bool  # written (at least partly) in digits
    words: tuple[str, ...]  # the normalised number tokens without clitics
    fraction: bool = False


def parse_digits(s: str) -> float | None:
    """'35', '1,500', '2.5', '100,000.00', '26،013,94' (Arabic comma for thousands), '.77', '-1.2', '77/100'."""
    m = _FRACTION.match(s)
    if m:
        num, den = int(m.group(1)), int(m.group(2))
        return num / den if den else None
    if not _DIGITS.match(s):
        return None
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("-")
    if "،" in s:  # the Arabic comma groups thousands; a Latin comma is then the decimal separator
        s = s.replace("،", "").replace(",", ".")
        return sign * float(s) if s.count(".") <= 1 else None
    if ("," in s and "." in s) or _THOUSANDS_COMMA.match(s):
        return sign * float(s.replace(",", ""))
    if _THOUSANDS_DOT.match(s):
        return sign * float(s.replace(".", ""))
    if "," in s:
        return sign * float(s.replace(",", ".")) if s.count(",") == 1 else None
    if s.count(".") > 1:
        return None
    return sign * float(s)


def _is_ten_word(tok: str, lex: Lexicon) -> bool:
    w = lex.numbers.get(tok)
    return w is not None and w.cls == "unit" and w.value == 10


def _magnitude(x: float) -> float:
    return 100.0 if x >= 100 else 10.0 if x >= 10 else 1.0


class _Cardinal:
    """Accumulates the pieces of one cardinal: total of finished scale groups plus the current group."""

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.last: str | None = None
        self.last_scale = 1.0  # the last scale word taken: 'مليون ونصف' adds half of it

    @property
    def value(self) -> float:
        return self.total + self.current

    def add(self, w: NumberWord) -> None:
        if w.cls in ("scale", "scale_acc", "scale_plural"):
            self.total += (self.current if self.current else 1.0) * w.value
            self.current = 0.0
            self.last_scale = w.value
        elif w.cls == "scale_dual":
            self.total += 2 * w.value
            self.current = 0.0
            self.last_scale = w.value
        else:
            self.current += w.value
        self.last = w.cls

    def can_take_bare(self, w: NumberWord, tok: str, lex: Lexicon) -> bool:
        """May `w` follow without و? Teens, 'ثلاث مئة', scales, and the Egyptian 'متين تلاتة'."""
        if _is_ten_word(tok, lex) and self.last in _UNITS and 1 <= self.current % 100 <= 9:
            return True
        if w.cls == "hundred" and w.value == 100 and self.last == "unit" and 1 <= self.current <= 9:
            return True
        if w.cls in ("scale", "scale_acc") and self.current and self.last not in ("scale", "scale_acc"):
            return True
        if w.cls == "scale_plural" and 3 <= self.current % 100 <= 10 and self.last not in ("scale", "scale_acc"):
            return True
        return self.last == "hundred" and w.cls in ("unit", "teen", "ten") and self.current % 100 == 0

    def take_bare(self, w: NumberWord, tok: str, lex: Lexicon) -> None:
        if _is_ten_word(tok, lex) and self.last in _UNITS:
            self.current += 10
            self.last = "teen"
        elif w.cls == "hundred" and self.last == "unit":
            self.current *= 100
            self.last = "hundred"
        else:
            self.add(w)

    def can_take_conjoined(self, w: NumberWord) -> bool:
        """May `w` follow after و? A smaller part, or a ten after a unit (واحد وعشرون)."""
        if w.cls in ("scale_plural", "scale_acc"):
            return False
        if w.cls == "scale":
            return self.current == 0 and self.total >= w.value  # مئة ألف وألف
        if self.current == 0:
            return True
        if self.last in _UNITS and w.cls == "ten" and self.current % 10 == self.current % 100:
            return self.current % 100 < 10
        return w.value < _magnitude(self.current % 1000 if self.current % 100 == 0 else self.current % 100)


_FIRST_WORDS: dict = {}
_FIRST_WORDS_LIMIT = 100_000  # words remembered per lexicon (the cache restarts when full)
_NONE = ("", "", None)  # a word that starts no number, in the cache


def _first_word(tokens: list[str], i: int, lex: Lexicon) -> tuple[str, str, NumberWord] | None:
    """The reading of token i that is a number (digits or a number word), with its proclitic. It depends on
    the word alone, so it is kept per word: a cardinal is tried at every number word and digit."""
    known = per_owner(_FIRST_WORDS, lex, dict)
    tok = tokens[i]
    found = known.get(tok)
    if found is None:
        found = _NONE
        for prefix, stem in lex.strip_clitics(tok):
            v = parse_digits(stem)
            if v is not None:
                found = (prefix, stem, NumberWord(v, "digits"))
                break
            w = lex.numbers.get(stem)
            if w is not None:
                found = (prefix, stem, w)
                break
        if len(known) >= _FIRST_WORDS_LIMIT:
            known.clear()
        known[tok] = found
    return None if found is _NONE else found


def _conjoined(tokens: list[str], j: int, lex: Lexicon) -> tuple[str, NumberWord, int] | None:
    """A number word joined by و at token j ('وعشرون' or 'و' 'عشرون'): (word, entry, tokens used)."""
    tok = tokens[j]
    if tok == "و" and j + 1 < len(tokens):
        w = lex.numbers.get(tokens[j + 1])
        return (tokens[j + 1], w, 2) if w else None
    if tok.startswith("و") and len(tok) > 1:
        w = lex.numbers.get(tok[1:])
        return (tok[1:], w, 1) if w else None
    return None


def parse_cardinal(tokens: list[str], i: int, lex: Lexicon, conjunctions: bool = True) -> NumberParse | None:
    """The longest cardinal that starts at token i, or None. Without `conjunctions` it stops at the first
    و (inside 'بين عشرة و خمسة عشر' that و joins the range, not the number)."""
    first = _first_word(tokens, i, lex)
    if first is None:
        return None
    prefix, stem, w = first
    n = len(tokens)
    if w.cls == "scale_plural":  # آلاف alone is a vague plural, not a number
        return None
    if w.cls == "scale_acc":  # standing first, ألفا / مليونا is the dual construct: two thousand
        w = NumberWord(w.value, "scale_dual")
    if w.cls == "compound_only" and not (i + 1 < n and _is_ten_word(tokens[i + 1], lex)):
        return None
    digits = w.cls == "digits"
    acc = _Cardinal()
    acc.add(w)
    words = [stem]
    j = i + 1
    while j < n:
        tok = tokens[j]
        nxt = lex.numbers.get(tok)
        if digits:
            # digits take only a scale word after them: 10 آلاف، 2.5 مليار، 3 مليون
            if nxt and nxt.cls in ("scale", "scale_acc", "scale_plural") and len(words) == 1:
                if nxt.cls == "scale_plural" and not 3 <= acc.current <= 10:
                    break
                acc.add(nxt)
                words.append(tok)
                j += 1
                continue
            break
        if nxt and acc.can_take_bare(nxt, tok, lex):
            acc.take_bare(nxt, tok, lex)
            words.append(tok)
            j += 1
            continue
        conj = _conjoined(tokens, j, lex) if conjunctions else None
        if conj is None:
            break
        word, cw, used = conj
        if cw.cls == "compound_only":
            if not (j + used < n and _is_ten_word(tokens[j + used], lex)) or acc.current % 100:
                break
        elif not acc.can_take_conjoined(cw):
            break
        acc.add(cw)
        words.append(word)
        j += used
    value = acc.value
    half = conjoined_fraction(tokens, j, lex)  # مليون ونصف (المليون)، ثلاثة ونصف
    if half is not None and not digits:
        fraction, j = half
        value += fraction * acc.last_scale
        if j < n and acc.last_scale > 1 and any(
                lex.numbers.get(s) is not None and lex.numbers[s].value == acc.last_scale
                for p, s in lex.strip_clitics(tokens[j]) if p in ("", "ال")):
            j += 1  # مليون ونصف المليون، مليون ونصف مليون: 1.5 million either way
    definite = prefix.endswith("ال") or prefix == "لل"
    return NumberParse(i, j, value, prefix, definite, digits, tuple(words))


def conjoined_fraction(tokens: list[str], j: int, lex: Lexicon) -> tuple[float, int] | None:
    """'ونصف' / 'و نصف' / 'وربع' after a figure or a unit: (the fraction, index after it)."""
    if j >= len(tokens):
        return None
    if tokens[j] == "و" and j + 1 < len(tokens):
        word, after = tokens[j + 1], j + 2
    elif tokens[j].startswith("و"):
        word, after = tokens[j][1:], j + 1
    else:
        return None
    f = lex.fractions.get(word)
    if f is None or f.number != "singular" or f.ambiguous:
        return None
    return 1.0 / f.denominator, after


def _fraction_word(tokens: list[str], i: int, lex: Lexicon):
    for prefix, stem in lex.strip_clitics(tokens[i]):
        f = lex.fractions.get(stem)
        if f is not None:
            return prefix, stem, f
    return None


def parse_fraction_alone(tokens: list[str], i: int, lex: Lexicon) -> NumberParse | None:
    """'نصف', 'ثلثي', 'خمس الفطيرة' (an ambiguous word needs a definite noun after it)."""
    hit = _fraction_word(tokens, i, lex)
    if hit is None:
        return None
    prefix, stem, f = hit
    if f.number == "plural":
        return None
    if f.ambiguous and not (i + 1 < len(tokens) and tokens[i + 1].startswith("ال")
                            and tokens[i + 1] not in lex.numbers):
        return None
    value = (2.0 if f.number == "dual" else 1.0) / f.denominator
    end = i + 1
    scale = lex.numbers.get(tokens[end]) if end < len(tokens) else None
    if scale is not None and scale.cls == "scale" and not prefix.endswith("ال"):
        value, end = value * scale.value, end + 1  # نصف مليون، ربع مليار
    return NumberParse(i, end, value, prefix, prefix.endswith("ال"), False, tuple(tokens[i:end]),
                       fraction=end == i + 1)


def parse_number(tokens: list[str], i: int, lex: Lexicon, conjunctions: bool = True) -> NumberParse | None:
    """A signed cardinal, decimal or fraction starting at token i, or None."""
    sign = 1.0
    start = i
    if tokens[i] in lex.negatives and i + 1 < len(tokens):
        sign, i = -1.0, i + 1
    ambiguous = _fraction_word(tokens, i, lex)
    if ambiguous and ambiguous[2].ambiguous:  # خمس الفطيرة is a fifth of it, خمس دول five states
        alone = parse_fraction_alone(tokens, i, lex)
        if alone is not None:
            return _signed(alone, start, sign)
    num = parse_cardinal(tokens, i, lex, conjunctions)
    if num is None:
        num = parse_fraction_alone(tokens, i, lex)
        if num is None:
            return None
        return _signed(num, start, sign)
    end, value, fraction = num.end, num.value, False
    n = len(tokens)
    if end + 1 < n and tokens[end] in lex.decimal_points:  # 1 فاصلة 1
        after = parse_cardinal(tokens, end + 1, lex)
        if after is not None and after.value >= 0 and float(after.value).is_integer():
            digits = after.words[0] if after.digits else str(int(after.value))
            value = value + after.value / 10 ** len(digits)
            end = after.end
    elif end + 1 < n and tokens[end] in lex.divided_by:  # واحد على مائة
        after = parse_cardinal(tokens, end + 1, lex)
        if after is not None and after.value:
            value, end, fraction = value / after.value, after.end, True
    elif end < n and not num.digits:  # خمسة أثمان، ثلاثة أرباع
        f = lex.fractions.get(tokens[end])
        if f is not None and f.number == "plural" and 1 <= value < f.denominator:
            value, end, fraction = value / f.denominator, end + 1, True
    if end + 1 < n and tokens[end] == "من" and not fraction:  # واحد من ثلاثة، 2 من 5
        after = parse_cardinal(tokens, end + 1, lex)
        if after is not None and after.value > value > 0 and not (after.end < n and _noun_like(tokens[after.end], lex)):
            value, end, fraction = value / after.value, after.end, True
    parsed = NumberParse(num.start, end, value, num.prefix, num.definite, num.digits,
                         tuple(tokens[num.start:end]), fraction or "/" in tokens[num.start])
    return _signed(parsed, start, sign)


def _noun_like(tok: str, lex: Lexicon) -> bool:
    """A counted noun or unit follows: '5 من 12 وزيرا' is five of twelve ministers, not 5/12."""
    return any((stem,) in lex.nouns for _, stem in lex.strip_clitics(tok))


def _signed(num: NumberParse, start: int, sign: float) -> NumberParse:
    if sign > 0:
        return num
    return NumberParse(start, num.end, -num.value, num.prefix, num.definite, num.digits, num.words, num.fraction)
