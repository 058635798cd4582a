"""Quantity mentions: a number with its hedge, its range partner and its counted noun or unit; ordinals;
vague plurals; duals; and bare units (منذ شهر = one month).

Works on the tokens of normalised text (spaCy Doc over ``Normalised.text``) and returns spans in that text;
``factcheck.nlp.analyse`` maps them back to the original. The scan is greedy left to right; at each token it
tries, in order: an ordinal, a vague plural, a number, a dual noun, a bare unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.lexicons import Lexicon, VagueEntry
from factcheck.models import INF, Quantity
from factcheck.normalisers.numbers import NumberParse, conjoined_fraction, parse_number
from factcheck.normalisers.ordinals import parse_ordinal
from factcheck.normalisers.phrases import (
    Noun,
    clitic_len,
    match_phrase,
    noun_after,
    noun_at,
    noun_prefix_len,
    phrase_ending_at,
)

RANGE_JOINERS = {"او", "الي", "-", "–", "~", "حتي"}
ADJECTIVAL_ONE = {"واحد", "واحده", "واحدا"}
DAY_OF_MONTH = {("من", "الشهر"), ("من", "شهر")}
SYMBOLIC = {">", "<", "=", "≥", "≤"}
BOUND_JOINERS = {"و", "او", "،", ","}
NONNEGATIVE = {"count", "measure", "money", "duration"}
FRACTIONAL = {"measure", "money", "duration"}  # units that take 'ونصف' (ساعة ونصف), unlike counted nouns  # "less than 10 killed" starts at 0


@dataclass(frozen=True)
class TokenMention:
    start_tok: int
    end_tok: int
    start_char: int  # in the normalised text
    end_char: int
    quantity: Quantity
    noun_chars: tuple[int, int] | None = None  # the counted noun or unit, in the normalised text


@dataclass(frozen=True)
class _Hit:
    start: int  # first token
    end: int  # one past the last token
    quantity: Quantity | None  # None: consumed but not a quantity (a date)
    skip: int = 0  # characters of a proclitic to leave out of the span on the first token
    noun: Noun | None = None


def _interval(value: float, bound: str | None, tolerance: float, floor: float) -> dict:
    if bound == "lower_exclusive":
        return dict(low=value, high=INF, low_inclusive=False, high_inclusive=False)
    if bound == "lower_inclusive":
        return dict(low=value, high=INF, low_inclusive=True, high_inclusive=False)
    if bound == "upper_exclusive":
        return dict(low=floor, high=value, low_inclusive=True, high_inclusive=False)
    if bound == "upper_inclusive":
        return dict(low=floor, high=value, low_inclusive=True, high_inclusive=True)
    if bound == "approximate":
        d = abs(value) * tolerance
        return dict(low=value - d, high=value + d, low_inclusive=True, high_inclusive=True, approximate=True)
    return dict(low=value, high=value, low_inclusive=True, high_inclusive=True)


def _unit_fields(noun: Noun | None) -> dict:
    if noun is None:
        return dict(kind="number", unit=None, counted=None)
    return dict(kind=noun.entry.kind, unit=noun.entry.canonical, counted=noun.text)


class QuantityScanner:
    """Scans one sentence's tokens. Offsets come from `starts` (char index of each token)."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self._starts: list[int] = []
        self._triggers = _trigger_stems(lex)
        self._shapes_of: dict[str, tuple] = {}
        self._hedge_firsts = {k[0] for k in lex.hedges_before}
        self._vague_firsts = {k[0] for k in lex.vague_before}

    def scan(self, tokens: list[str], starts: list[int],
             candidates: list[int] | None = None) -> list[TokenMention]:
        """The mentions of a sentence's tokens. `candidates`: the positions where one may start, in order
        (every word with a shape among them; the caller's filter, see nlp/analyse), else all."""
        self._starts = starts  # where each token starts: a token may be written against the one before it
        self._nouns: dict[tuple[int, bool], Noun | None] = {}
        hits: list[_Hit] = []
        i = 0
        known = self._shapes_of.get
        for k in range(len(tokens)) if candidates is None else candidates:
            if k < i:  # only where a mention can start: a digit or a known stem
                continue
            tok = tokens[k]
            shapes = known(tok)
            if shapes is None:
                shapes = self._shapes(tok)
            if not shapes:
                continue
            i = k
            if self.lex.weekday(tok) and (k + 1 >= len(tokens) or tokens[k + 1] not in ("عشر", "عشره")):
                i += 1  # 'الاثنين' is Monday, not 'the two' (but 'الأحد عشر' is the eleventh)
                continue
            hit = None
            for shape in shapes:
                hit = shape(tokens, i)
                if hit is not None:
                    break
            if hit is None:
                i += 1
                continue
            if hit.quantity is not None:
                hits.append(hit)
            i = max(hit.end, i + 1)
        hits = _merge_bounds(hits, tokens)
        return [self._mention(h, tokens, starts) for h in hits]

    def _noun_at(self, tokens, i: int, bare: bool) -> Noun | None:
        """noun_at, remembered for this sentence (the shapes ask about the same position)."""
        key = (i, bare)
        if key not in self._nouns:
            self._nouns[key] = noun_at(tokens, i, self.lex, bare)
        return self._nouns[key]

    def _shapes(self, tok: str) -> tuple:
        """The shapes that may start at this token, in the scan's order (cached per word)."""
        shapes = self._shapes_of.get(tok)
        if shapes is None:
            stems = {stem for _, stem in self.lex.strip_clitics(tok)}
            digit = any(ch.isdigit() for ch in tok)
            order = (("ordinal", self._ordinal), ("vague", self._vague), ("number", self._number),
                     ("dual", self._dual), ("bare", self._bare_unit))
            shapes = tuple(fn for name, fn in order
                           if (digit and name == "number") or stems & self._triggers[name])
            if len(self._shapes_of) < 500_000:
                self._shapes_of[tok] = shapes
        return shapes

    def _mention(self, h: _Hit, tokens: list[str], starts: list[int]) -> TokenMention:
        start_char = starts[h.start] + h.skip
        end_char = starts[h.end - 1] + len(tokens[h.end - 1])
        noun_chars = None
        if h.noun is not None:
            first = tokens[h.noun.start]
            stem = h.noun.text.split()[0]
            n_start = starts[h.noun.start] + max(0, len(first) - len(stem))
            if first.endswith(stem) and len(first) > len(stem) and first[:len(first) - len(stem)].endswith("ال"):
                n_start -= 2  # keep the article: البلدين، الدول
            last = h.noun.end - 1
            noun_chars = (n_start, starts[last] + len(tokens[last]))
        return TokenMention(h.start, h.end, start_char, end_char, h.quantity, noun_chars)

    # -- ordinals ---------------------------------------------------------------------------------
    def _ordinal(self, tokens, i) -> _Hit | None:
        lex = self.lex
        if i > 0 and phrase_ending_at(tokens, i, lex.hedges_before, lex):
            return None  # 'فوق الثلاثين' is above thirty, not the thirtieth
        prev = self._noun_at(tokens, i - 1, False) if i > 0 else None
        o = parse_ordinal(tokens, i, lex, previous_is_plural_noun=bool(prev and prev.entry.number == "plural"))
        if o is None:
            return None
        if o.relative_to is None and o.end == i + 1 and tokens[i] == "ثانيه" and not (i > 0 and tokens[i - 1].endswith("ه")):
            return None  # 'ثانية' alone is a second (duration); after a feminine noun (مرة ثانية) an ordinal
        if o.relative_to is None and _is_date_at(tokens, o.end, lex):
            return _Hit(i, o.end, None)  # الثالث عشر من الشهر الماضي: a date
        unit = f"relative:{o.relative_to}" if o.relative_to else None
        q = Quantity(value=o.value, low=o.value, high=o.value, kind="ordinal", unit=unit)
        skip = len(o.prefix) - 2 if o.prefix.endswith("ال") else len(o.prefix)
        return _Hit(i, o.end, q, max(skip, 0))

    # -- vague plurals ----------------------------------------------------------------------------
    def _vague(self, tokens, i) -> _Hit | None:
        lex = self.lex
        hit = match_phrase(tokens, i, lex.vague_before, lex)
        if hit:
            end, entry = hit
            noun = noun_after(tokens, end, lex)
            if noun is not None and noun.entry.number != "singular":
                return _Hit(i, noun.end, self._vague_quantity(entry, noun),
                            clitic_len(tokens[i], lex, self._vague_firsts), noun)
        # 'دول عدة', 'دولا عدة': a plural noun with the quantifier after it
        noun = self._noun_at(tokens, i, False)
        if noun is None or noun.entry.number != "plural":
            return None
        hit = match_phrase(tokens, noun.end, lex.vague_after, lex, clitic_first=False)
        if not hit:
            return None
        end, entry = hit
        return _Hit(i, end, self._vague_quantity(entry, noun), noun_prefix_len(tokens[i], noun, lex), noun)

    def _vague_quantity(self, entry: VagueEntry, noun: Noun) -> Quantity:
        low = float(entry.low) if entry.low is not None else 0.0
        high = float(entry.high) if entry.high is not None else INF
        return Quantity(value=None, low=low, high=high, low_inclusive=True, high_inclusive=high != INF,
                        vague=True, **_unit_fields(noun))

    # -- duals and bare units ---------------------------------------------------------------------
    def _dual(self, tokens, i) -> _Hit | None:
        """A dual noun alone counts two: شهرين، البلدين، دولتين."""
        noun = self._noun_at(tokens, i, False)
        if noun is None or noun.entry.number != "dual":
            return None
        return _Hit(i, noun.end, Quantity.exact(2.0, **_unit_fields(noun)),
                    noun_prefix_len(tokens[i], noun, self.lex), noun)

    def _bare_unit(self, tokens, i) -> _Hit | None:
        """An indefinite unit alone is one of it (منذ شهر، كغ), unless it heads a date or a name
        (شهر سبتمبر، عام 2014، يوم الخميس)."""
        lex = self.lex
        noun = self._noun_at(tokens, i, True)
        if noun is None or noun.entry.kind == "count" or noun.entry.number != "singular":
            return None
        if tokens[i].startswith("ال") or not ("\u0600" <= tokens[i][0] <= "\u06ff"):
            return None
        if i > 0 and any(ch.isdigit() for ch in tokens[i - 1]):
            return None  # '١٨٠ميلي لتر': a figure glued to a word, not one litre
        half = conjoined_fraction(tokens, noun.end, lex)
        if half is not None:  # عام ونصف: a figure after all
            return _Hit(i, half[1], Quantity.exact(1.0 + half[0], **_unit_fields(noun)), 0, noun)
        nxt = tokens[noun.end] if noun.end < len(tokens) else ""
        if nxt and (nxt.startswith("ال") or parse_number(tokens, noun.end, lex) or _is_date_at(tokens, noun.end, lex)):
            return None
        return _Hit(i, noun.end, Quantity.exact(1.0, implicit=True, **_unit_fields(noun)), 0, noun)

    # -- numbers ----------------------------------------------------------------------------------
    def _number(self, tokens, i) -> _Hit | None:
        lex = self.lex
        n = len(tokens)
        symbol = match_phrase(tokens, i, lex.symbols_before, lex, clitic_first=False)
        at = symbol[0] if symbol else i
        if at >= n:
            return None
        num = parse_number(tokens, at, lex)
        if num is None:
            return None
        if num.words == tuple(w for w in num.words if w in ADJECTIVAL_ONE) and at > 0 \
                and tokens[at - 1] in lex.pronoun_one_after:
            return None  # 'أي واحد': which one
        if num.digits and self._glued_word(tokens, num.end):
            return None  # '1M', '4من': a figure glued to a word is not a figure we can read
        between = at > 0 and any(s == "بين" for _, s in lex.strip_clitics(tokens[at - 1]))
        if between and self._range_partner(tokens, at, num, num.end) is None:
            short = parse_number(tokens, at, lex, conjunctions=False)
            if short is not None and self._range_partner(tokens, at, short, short.end) is not None:
                num = short  # 'بين عشرة و خمسة عشر'
        noun: Noun | None = None
        if symbol:
            noun = Noun(symbol[1], i, symbol[0], tokens[i])
        end = num.end
        if _is_date_at(tokens, end, lex):
            return _Hit(i, end, None)  # '11 أيلول': a date, reported by the date normaliser
        low_val, high_val = num.value, num.value
        second = self._range_partner(tokens, i if not symbol else at, num, end)
        if second is not None:
            high_val, end = second.value, second.end
        if noun is None:
            noun = noun_after(tokens, end, lex)
        noun_end = max(noun.end, end) if noun else end
        if second is None and noun is not None:  # 10$-20$، 10 دولار - 20 دولار
            second = self._range_partner(tokens, at, num, noun_end)
            if second is not None:
                high_val = second.value
                again = noun_after(tokens, second.end, lex)
                noun_end = again.end if again and again.entry.canonical == noun.entry.canonical else second.end
        start = i
        if noun is None and (num.definite or (num.words and num.words[-1] in ADJECTIVAL_ONE)):
            prev = self._noun_at(tokens, i - 1, False) if i > 0 else None
            if prev is not None:
                noun, start = prev, prev.start
        value = num.value
        if noun is not None and noun.entry.kind in FRACTIONAL and second is None:
            half = conjoined_fraction(tokens, noun_end, lex)
            if half is not None:  # ثلاث سنوات ونصف
                value, noun_end = value + half[0], half[1]
        if noun is not None and noun.entry.kind == "money" and second is None:
            value, noun_end = self._subunit(tokens, noun, noun_end, value, bool(symbol))
        if noun is not None and noun.entry.kind == "measure" and noun_end + 1 < n and tokens[noun_end] == "من" \
                and tokens[noun_end + 1].startswith("ال") and parse_number(tokens, noun_end + 1, lex) is None:
            noun_end += 2  # the product: 500 غرام من الفراولة
        bound, approximate = None, False
        hedge = phrase_ending_at(tokens, start, lex.hedges_before, lex)
        if hedge and hedge[1] != "exact" and _symbolic_clash(tokens, hedge[0]):
            hedge = None  # '=>30', '<>30' are not comparisons
        if hedge:
            if second is None:
                start, bound = hedge
            elif hedge[1] == "approximate":
                start, approximate = hedge[0], True  # حوالي 10-20: the stated bounds, marked approximate
            elif hedge[1] == "exact":
                start = hedge[0]
        elif hedge is None and second is not None and start == i and i > 0 and tokens[i - 1] in ("بين", "من"):
            start = i - 1
            if start > 0 and tokens[start - 1] == "ما":
                start -= 1
        post = match_phrase(tokens, noun_end, lex.hedges_after, lex) if noun_end < n else None
        if post and second is None and (bound is None or (bound == "approximate" and post[1] != "approximate")):
            noun_end, bound = post  # 'حوالي 500 أو أقل' is at most 500
        nonneg = noun is not None and noun.entry.kind in NONNEGATIVE and noun.entry.canonical != "degree_Celsius"
        floor = 0.0 if nonneg and value >= 0 else -INF
        if second is not None:
            q = Quantity(value=None, low=low_val, high=high_val, approximate=approximate, **_unit_fields(noun))
        else:
            q = Quantity(value=value, **_interval(value, bound, lex.tolerance, floor), **_unit_fields(noun))
        if noun is None and num.definite and num.digits and not num.fraction:
            q = q.evolve(kind="ordinal")
        if start == i and not symbol:
            skip = len(num.prefix) - 2 if num.prefix.endswith("ال") and not num.digits else len(num.prefix)
        elif noun is not None and start == noun.start:
            skip = noun_prefix_len(tokens[start], noun, lex)
        else:
            skip = clitic_len(tokens[start], lex, self._hedge_firsts)
        return _Hit(start, max(noun_end, end), q, max(skip, 0), noun)

    def _glued_word(self, tokens, at: int) -> bool:
        """The token after a figure is a Latin word glued to it, written with no space: '1M', '43c'."""
        starts = self._starts
        return 0 < at < len(tokens) and starts[at] == starts[at - 1] + len(tokens[at - 1]) \
            and tokens[at].isalpha() \
            and noun_at(tokens, at, self.lex, bare=True) is None

    def _range_partner(self, tokens, i, num: NumberParse, at: int) -> NumberParse | None:
        """The upper end of a range whose lower end is `num`: 'بين 13 و15', 'من 4 إلى 5', 'الأربعة أو الخمسة',
        '10-15', 'من عشرة لعشرين'."""
        lex = self.lex
        n = len(tokens)
        if at >= n:
            return None
        joiner = tokens[at]
        between = i > 0 and any(s == "بين" for _, s in lex.strip_clitics(tokens[i - 1]))
        second = None
        if joiner in RANGE_JOINERS and at + 1 < n:
            second = parse_number(tokens, at + 1, lex)
        elif joiner == "و" and between and at + 1 < n:
            second = parse_number(tokens, at + 1, lex)
        elif joiner.startswith("و") and between:
            second = parse_number(tokens, at, lex)
        elif joiner.startswith("ل") and i > 0 and tokens[i - 1] == "من":
            second = parse_number(tokens, at, lex)
            if second is not None and second.prefix != "ل":
                second = None
        if second is None or second.value <= num.value:
            return None
        return second

    def _subunit(self, tokens, noun: Noun, at: int, value: float, symbol: bool) -> tuple[float, int]:
        """20 دولار و43 سنت، 20$ و 43c، 20$ 43c، $20 43 -> 20.43 dollars."""
        lex = self.lex
        sub = lex.subunits.get(noun.entry.canonical)
        if sub is None or at >= len(tokens):
            return value, at
        j = at + 1 if tokens[at] == "و" else at
        cents = parse_number(tokens, j, lex) if j < len(tokens) else None
        if cents is None or not 0 < cents.value < 100:
            return value, at
        sub_noun = noun_after(tokens, cents.end, lex)
        if sub_noun is not None and sub_noun.entry.canonical == sub:
            return value + cents.value / 100, sub_noun.end
        if symbol and sub_noun is None and cents.digits and cents.end == len(tokens) and j == at:
            return value + cents.value / 100, cents.end  # '$20 43'
        return value, at


def _trigger_stems(lex: Lexicon) -> dict[str, frozenset[str]]:
    """For each shape, the words that can start it (a digit starts a number too)."""
    def firsts(table, keep=lambda v: True) -> set[str]:
        return {k[0] for k, v in table.items() if keep(v)}

    numbers = set(lex.numbers)
    return {
        "ordinal": frozenset(set(lex.ordinals) | set(lex.ordinal_teen_units) | firsts(lex.relative_ordinals)
                             | numbers),
        "vague": frozenset(firsts(lex.vague_before) | firsts(lex.nouns, lambda e: e.number == "plural")),
        "number": frozenset(numbers | set(lex.fractions) | set(lex.negatives) | firsts(lex.symbols_before)),
        "dual": frozenset(firsts(lex.nouns, lambda e: e.number == "dual")),
        "bare": frozenset(firsts(lex.nouns, lambda e: e.number == "singular" and e.kind != "count")),
    }


def _is_date_at(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """A month name after a number makes it a date: '11 أيلول', 'الثالث عشر من الشهر الماضي'."""
    if i >= len(tokens):
        return False
    if tuple(tokens[i:i + 2]) in DAY_OF_MONTH:
        return True
    return match_phrase(tokens, i, lex.months, lex, max_len=2) is not None


def _symbolic_clash(tokens: list[str], hedge_start: int) -> bool:
    """A comparison sign glued to another sign before it ('=>', '<>') is not a comparison."""
    return tokens[hedge_start] in SYMBOLIC and hedge_start > 0 and tokens[hedge_start - 1] in SYMBOLIC


def _merge_bounds(hits: list[_Hit], tokens: list[str]) -> list[_Hit]:
    """'أكبر من 100 وأصغر من 300', 'فوق الربع وتحت النصف': a lower and an upper bound joined by و / أو
    are one range."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and _joinable(prev, h, tokens):
            a, b = prev.quantity, h.quantity
            q = Quantity(value=None, low=a.low, high=b.high, low_inclusive=a.low_inclusive,
                         high_inclusive=b.high_inclusive, kind=a.kind if a.unit else b.kind,
                         unit=a.unit or b.unit, counted=a.counted or b.counted)
            out[-1] = _Hit(prev.start, h.end, q, prev.skip, prev.noun or h.noun)
        else:
            out.append(h)
    return out


def _joinable(a: _Hit, b: _Hit, tokens: list[str]) -> bool:
    qa, qb = a.quantity, b.quantity
    if qa.high != INF or qa.low == -INF or qb.high == INF or qb.value is None or qb.low > 0 or qb.approximate:
        return False
    if qa.unit and qb.unit and qa.unit != qb.unit:
        return False
    between = tokens[a.end:b.start]
    joined = bool(between) or tokens[b.start].startswith("و") or tokens[b.start].startswith("او")
    return joined and all(t in BOUND_JOINERS for t in between) and qb.high > qa.low
