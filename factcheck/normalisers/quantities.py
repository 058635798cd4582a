"""Quantity mentions: a number with its hedge, its range partner and its counted noun or unit.

Works on the tokens of normalised text (spaCy Doc over ``Normalised.text``) and returns spans in that text;
``factcheck.nlp.analyse`` maps them back to the original.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.lexicons import Lexicon, NounEntry, VagueEntry
from factcheck.models import INF, Quantity
from factcheck.normalisers.numbers import NumberParse, parse_number

RANGE_JOINERS = {"او": "or", "الي": "to", "-": "to", "–": "to", "حتي": "to"}
ADJECTIVAL_ONE = {"واحد", "واحده", "واحدا"}


@dataclass(frozen=True)
class TokenMention:
    start_tok: int
    end_tok: int
    start_char: int  # in the normalised text
    end_char: int
    quantity: Quantity
    noun_chars: tuple[int, int] | None = None  # the counted noun or unit, in the normalised text


@dataclass(frozen=True)
class _Noun:
    entry: NounEntry
    start: int
    end: int  # one past
    text: str


def _match_phrase(tokens: list[str], i: int, table: dict, lex: Lexicon, clitic_first: bool = True,
                  max_len: int = 4) -> tuple[int, object] | None:
    """Longest phrase from `table` starting at token i: (end, value)."""
    if i >= len(tokens):
        return None
    best = None
    readings = lex.strip_clitics(tokens[i]) if clitic_first else [("", tokens[i])]
    for _, stem in readings:
        for n in range(min(max_len, len(tokens) - i), 0, -1):
            key = (stem, *tokens[i + 1:i + n])
            if key in table:
                if best is None or i + n > best[0]:
                    best = (i + n, table[key])
                break
    return best


def _phrase_ending_at(tokens: list[str], end: int, table: dict, lex: Lexicon, max_len: int = 4):
    """Longest phrase from `table` whose last token is tokens[end - 1]: (start, value)."""
    for n in range(min(max_len, end), 0, -1):
        start = end - n
        for _, stem in lex.strip_clitics(tokens[start]):
            if (stem, *tokens[start + 1:end]) in table:
                return start, table[(stem, *tokens[start + 1:end])]
    return None


def _noun_at(tokens: list[str], i: int, lex: Lexicon, bare: bool) -> _Noun | None:
    """A counted noun or unit starting at token i. `bare`: no proclitic except the article."""
    if i >= len(tokens):
        return None
    for prefix, stem in lex.strip_clitics(tokens[i]):
        if bare and prefix not in ("", "ال"):
            continue
        for n in (3, 2, 1):
            key = (stem, *tokens[i + 1:i + n])
            if len(key) == n and key in lex.nouns:
                return _Noun(lex.nouns[key], i, i + n, " ".join(key))
    return None


def _noun_after(tokens: list[str], i: int, lex: Lexicon) -> _Noun | None:
    """The tamyiz after a number: '35 دولة', '30 من الدول', '20 %'."""
    noun = _noun_at(tokens, i, lex, bare=True)
    if noun:
        return noun
    if i + 1 < len(tokens) and tokens[i] == "من":
        noun = _noun_at(tokens, i + 1, lex, bare=True)
        # partitive: "30 من الدول"; never a singular ("عشر من الشهر" is a day of the month)
        if noun and tokens[i + 1].startswith("ال") and noun.entry.number == "plural":
            return noun
    return None


def _interval(value: float, bound: str | None, tolerance: float, nonneg: bool) -> dict:
    floor = 0.0 if nonneg else -INF
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


def _kind(noun: _Noun | None) -> str:
    return noun.entry.kind if noun else "number"


DAY_OF_MONTH = {("من", "الشهر"), ("من", "شهر")}


def _is_month_at(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """A month name after a number makes it a date: '11 أيلول', 'الثالث عشر من الشهر الماضي'."""
    if i >= len(tokens):
        return False
    if tuple(tokens[i:i + 2]) in DAY_OF_MONTH:
        return True
    return _match_phrase(tokens, i, lex.months, lex, max_len=2) is not None


class QuantityScanner:
    """Scans one sentence's tokens. Offsets come from `starts` (char index of each token)."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    def scan(self, tokens: list[str], starts: list[int]) -> list[TokenMention]:
        lex = self.lex
        out: list[TokenMention] = []
        n = len(tokens)
        i = 0
        while i < n:
            m = self._vague(tokens, i) or self._number(tokens, i) or self._dual(tokens, i)
            if m is None:
                i += 1
                continue
            s_tok, e_tok, q, skip_chars = m
            if q is None:  # consumed but not a quantity (a date)
                i = e_tok
                continue
            start_char = starts[s_tok] + skip_chars
            end_char = starts[e_tok - 1] + len(tokens[e_tok - 1])
            out.append(TokenMention(s_tok, e_tok, start_char, end_char, q, self._noun_chars(tokens, starts, q)))
            i = e_tok
        return out

    def _noun_chars(self, tokens, starts, q: Quantity) -> tuple[int, int] | None:
        """Where the counted noun stands: the last occurrence of its normalised tokens in the mention."""
        if not q.counted:
            return None
        words = q.counted.split()
        for k in range(len(tokens) - len(words), -1, -1):
            last = tokens[k + len(words) - 1]
            for _, stem in self.lex.strip_clitics(tokens[k]):
                if (stem, *tokens[k + 1:k + len(words)]) == tuple(words):
                    return starts[k] + len(tokens[k]) - len(stem), starts[k + len(words) - 1] + len(last)
        return None

    # -- the three shapes -------------------------------------------------------------------------
    def _vague(self, tokens, i):
        lex = self.lex
        hit = _match_phrase(tokens, i, lex.vague_before, lex)
        if not hit:
            return self._vague_after(tokens, i)
        end, entry = hit
        noun = _noun_after(tokens, end, lex)
        if noun is None or noun.entry.number == "singular":
            return None
        q = self._vague_quantity(entry, noun)
        prefix = _clitic_len(tokens[i], lex, lex.vague_before)
        return i, noun.end, q, prefix

    def _vague_after(self, tokens, i):
        """'دول عدة', 'دولا عدة': a plural noun with the quantifier after it."""
        noun = _noun_at(tokens, i, self.lex, bare=False)
        if noun is None or noun.entry.number != "plural":
            return None
        hit = _match_phrase(tokens, noun.end, self.lex.vague_after, self.lex, clitic_first=False)
        if not hit:
            return None
        end, entry = hit
        return i, end, self._vague_quantity(entry, noun), _noun_prefix_len(tokens[i], noun, self.lex)

    def _vague_quantity(self, entry: VagueEntry, noun: _Noun) -> Quantity:
        low = float(entry.low) if entry.low is not None else 0.0
        high = float(entry.high) if entry.high is not None else INF
        return Quantity(value=None, low=low, high=high, low_inclusive=True, high_inclusive=high != INF,
                        vague=True, kind=_kind(noun), unit=noun.entry.canonical, counted=noun.text)

    def _dual(self, tokens, i):
        """A dual noun alone counts two: شهرين، البلدين، دولتين."""
        noun = _noun_at(tokens, i, self.lex, bare=False)
        if noun is None or noun.entry.number != "dual":
            return None
        q = Quantity.exact(2.0, kind=_kind(noun), unit=noun.entry.canonical, counted=noun.text)
        prefix = _noun_prefix_len(tokens[i], noun, self.lex)
        return i, noun.end, q, prefix

    def _number(self, tokens, i):
        lex = self.lex
        num = parse_number(tokens, i, lex)
        if num is None:
            return None
        end = num.end
        if _is_month_at(tokens, end, lex):
            return i, end, None, 0  # a date: consumed here, reported by the date normaliser (later)
        low_val, high_val = num.value, num.value
        joined = False
        # ranges: "بين 13 و15"، "من 4 الى 5"، "الأربعة أو الخمسة"، "10-15"
        if end < len(tokens):
            joiner = tokens[end]
            second = None
            if joiner in RANGE_JOINERS and end + 1 < len(tokens):
                second = parse_number(tokens, end + 1, lex)
            elif joiner == "و" and i > 0 and tokens[i - 1] == "بين" and end + 1 < len(tokens):
                second = parse_number(tokens, end + 1, lex)
            elif joiner.startswith("و") and i > 0 and tokens[i - 1] == "بين":
                second = parse_number(tokens, end, lex)
            if second is not None and second.value > num.value:
                low_val, high_val = num.value, second.value
                end = second.end
                joined = True
        noun = _noun_after(tokens, end, lex)
        noun_end = noun.end if noun else end
        start = i
        if noun is None and (num.definite or (num.words and num.words[-1] in ADJECTIVAL_ONE)):
            prev = _noun_at(tokens, i - 1, lex, bare=False) if i > 0 else None
            if prev is not None:
                noun = prev
                start = prev.start
        bound = None
        hedge = _phrase_ending_at(tokens, start, lex.hedges_before, lex)
        if hedge and not joined:
            start, bound = hedge
        elif joined and start > 0 and tokens[start - 1] in ("بين", "من") and start == i:
            start -= 1
        post = _match_phrase(tokens, noun_end, lex.hedges_after, lex, clitic_first=True) \
            if noun_end < len(tokens) else None
        if post and bound is None:
            noun_end, bound = post
        nonneg = not (noun and noun.entry.canonical == "degree_Celsius")
        if joined:
            q = Quantity(value=None, low=low_val, high=high_val, kind=_kind(noun),
                         unit=noun.entry.canonical if noun else None, counted=noun.text if noun else None)
        else:
            iv = _interval(num.value, bound, lex.tolerance, nonneg)
            q = Quantity(value=num.value, kind=_kind(noun), unit=noun.entry.canonical if noun else None,
                         counted=noun.text if noun else None, **iv)
        if noun is None and num.definite and num.digits:
            q = q.evolve(kind="ordinal")
        skip = len(num.prefix) if start == i else _clitic_len(tokens[start], lex, lex.hedges_before)
        if noun is not None and start == noun.start:
            skip = _noun_prefix_len(tokens[start], noun, lex)
        end_tok = max(noun_end, end)
        return start, end_tok, q, skip


def _clitic_len(token: str, lex: Lexicon, table: dict) -> int:
    """Length of a proclitic before a phrase word: 'وأكثر' -> 1."""
    firsts = {k[0] for k in table}
    if token in firsts:
        return 0
    for prefix, stem in lex.strip_clitics(token):
        if prefix and stem in firsts:
            return len(prefix)
    return 0


def _noun_prefix_len(token: str, noun: _Noun, lex: Lexicon) -> int:
    first = noun.text.split()[0]
    for prefix, stem in lex.strip_clitics(token):
        if stem == first:
            return len(prefix) if prefix not in ("ال",) else 0
    return 0
