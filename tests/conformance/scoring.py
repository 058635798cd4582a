"""Score `factcheck.mentions.extract_mentions` against the vendored peer suites (tests/data/suites/).

One scorer per suite family maps our mentions to the peer's semantics (the suites' README describes the
peers' own harnesses). Only *peer-verified* cases count towards a rate: Recognizers cases the .NET CI runs
with values checked (`peer_flags.dotnet_tested` and not `peer_flags.ignore_resolution`), and every Duckling
case (positives, and negatives scored as "no mention of the suite's kind"). Cases listed in
`judged_wrong.yml` are left out of the denominator and reported. `extract_mentions` runs once per input.

Matching rules, per family
--------------------------
Recognizers (`recognizers_*`): the peer compares the whole result list in count and order. We align the
peer's results, in order, with our mentions sorted by offset. Each suite has *required* mentions (each must
match a peer result, else "unexpected mention") and *optional* ones (may match one, otherwise ignored):

* number: required = kinds number, count, measure, money, duration; optional = percent (the peer's
  NumberModel reads the number inside "20 %"); ordinals are ignored. A match needs a span containing the
  peer's span (the peer's `end` is inclusive; with null offsets, any occurrence of its text) or the same
  text modulo surrounding whitespace, and `value` equal within rel 1e-6 / abs 1e-9. Containment lets our
  mention carry a counted noun or a hedge ("ثلاثة اقلام" for the peer's "ثلاثة", "اكثر من نصف" for "نصف").
  `results: []` passes only if we return no required mention.
* numberrange: required = true intervals (a side unbounded, or `value` None, or low != high) that are
  neither vague nor a hedged point (an approximate band around its value, "حوالي 500", is not a range to
  the peer); optional = exact points (low == high), which can only match a peer point range such as
  "يساوي 170" -> [170,170] (the peer needs "يساوي" to call a number a range; we have no "equals" operator
  and a point interval means the same). Ordinals are ignored. Spans must overlap (either side may keep the
  operator words). Bounds must be equal, None meaning unbounded, and inclusivity equal on every finite
  side, except under the two named conventions below.
* ordinal: required = kind ordinal. Absolute peer ordinals (`ordinal` set) match our value with unit None or
  "relative:start"; relative ones match unit "relative:<relative_to>" and value == offset. Spans overlap.
* percent: required = kind percent; value equal (sign included), spans overlap. Other kinds are ignored.

Duckling (`duckling_*`): the peer wants exactly one token, spanning the whole input, with an equal value.
We require exactly one mention of the suite's kinds, leaving only whitespace, punctuation or format (bidi)
characters uncovered at either end, with an equal value (and unit, through the tables below):

* numeral: kinds number, count, measure, money, duration.
* ordinal: kind ordinal, unit None or relative:start.
* duration: kind duration; our pint unit must be one of Duckling's second ... year (DURATION_UNITS).
* quantity: kind measure; our pint unit maps to Duckling's unit and scale (QUANTITY_UNITS: Duckling's AR
  rules normalise metric masses to gram, so 0.002 kilogram = 2 gram). `product` ("ثلاثة اونصات من الذهب"
  -> product الذهب) must be inside the mention, like the rest of the input; unit and value must match.
* amount-of-money: kind money; our pint unit maps to Duckling's serialised currency (MONEY_UNITS).
  `type: value` needs a point (value set, both bounds finite); `type: interval` compares `from` with our
  low and `to` with our high, a missing side meaning unbounded (Duckling `above` = from only, `under` = to
  only). Duckling has no inclusivity and no approximation mark ("بحدود 10-20 دولار" is a plain interval),
  so our inclusivity flags and `approximate` are not compared.
* negatives (match_mode no_token_for_dims): no mention of the suite's kinds. The quantity negatives run in
  the peer under locale EN and dimension Time (a harness quirk); the inputs (جمبري، جمهور، غمامة) probe
  the gram abbreviations جم/غم, so we score them against our measure mentions.

Named conventions (counted and reported, never silent)
-----------------------------------------------------
* `closed_upper_two_sided` (numberrange): for a two-sided range written with a joiner (بين X و Y, X إلى Y,
  X الى Y, X حتى Y, X-Y, X – Y, X ~ Y) the peer makes the upper bound open ([20,30)); factcheck makes it
  closed (news "between 13 and 15 killed" includes 15). Either upper inclusivity is accepted for these
  ranges only; "أكبر من 100 وأصغر من 300" -> (100,300) must still match exactly.
* `nonneg_floor_for_upper_bound` (numberrange, amount-of-money): for an upper-bound-only phrase ("أقل من
  ألف", "اقل من 7 يورو") the peer leaves the lower side unbounded; factcheck may return low = 0
  (inclusive) because counts and amounts cannot be negative. low 0 is accepted for an unbounded peer lower
  side only when the peer's upper bound is positive (so "<-30" must stay unbounded below).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SUITES_DIR = ROOT / "tests" / "data" / "suites"
JUDGED_WRONG = HERE / "judged_wrong.yml"
FLOORS = HERE / "floors.yml"
ERRATA = SUITES_DIR / "peer_errata.jsonl"


@dataclass(frozen=True)
class SuiteSpec:
    name: str
    # numeral|ordinal_duck|duration|quantity|money|rec_number|rec_range|rec_ordinal|rec_percent
    family: str
    target: float  # the project's goal on peer-verified cases


SUITES: dict[str, SuiteSpec] = {s.name: s for s in [
    SuiteSpec("duckling_numeral_ar", "numeral", 0.97),
    SuiteSpec("duckling_numeral_ar_eg", "numeral", 0.97),
    SuiteSpec("duckling_ordinal_ar", "ordinal_duck", 0.97),
    SuiteSpec("recognizers_number_ar", "rec_number", 0.97),
    SuiteSpec("recognizers_numberrange_ar", "rec_range", 0.97),
    SuiteSpec("recognizers_ordinal_ar", "rec_ordinal", 0.97),
    SuiteSpec("recognizers_percent_ar", "rec_percent", 0.97),
    SuiteSpec("duckling_duration_ar", "duration", 0.90),
    SuiteSpec("duckling_quantity_ar", "quantity", 0.90),
    SuiteSpec("duckling_amountofmoney_ar", "money", 0.90),
]}

CONVENTIONS = {
    "closed_upper_two_sided": "two-sided joiner range (بين X و Y, X إلى Y, X-Y, X ~ Y): "
                              "peer [x,y), ours [x,y]",
    "nonneg_floor_for_upper_bound": "upper-bound-only phrase: peer lower unbounded, ours low = 0 inclusive",
}

NUMBER_KINDS = frozenset({"number", "count", "measure", "money", "duration"})

# Duckling's duration grains; our pint unit names (from rules/lexicons/units.yml) -> Duckling's.
DURATION_UNITS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day",
    "week": "week", "month": "month", "year": "year",
}

# Our pint unit -> (Duckling quantity unit, factor our value is multiplied by). Duckling's AR quantity rules
# normalise metric masses to gram ("0.002 كيلوغرام" -> 2 gram, "2000 ملغ" -> 2 gram).
QUANTITY_UNITS: dict[str, tuple[str, float]] = {
    "gram": ("gram", 1.0),
    "kilogram": ("gram", 1000.0),
    "milligram": ("gram", 0.001),
    "ounce": ("ounce", 1.0),
    "troy_ounce": ("ounce", 1.0),  # gold is weighed in troy ounces; Duckling has one "ounce"
    "cup": ("cup", 1.0),
    "pound": ("pound", 1.0),  # pint's "pound" is the mass unit
}

# Our money unit (rules/lexicons/units.yml) -> Duckling's serialised currency (Duckling/AmountOfMoney/
# Types.hs, `instance ToJSON Currency`). Duckling keeps unqualified names generic: "$" (Dollar: دولار),
# "£" (Pound: جنيه), "dinar", "riyal", "dirham", "cent". Our saudi_riyal also covers a bare ريال (Duckling:
# "riyal"); US_dollar covers a bare دولار and "$" (Duckling: "$"). A unit missing here falls back to an ISO
# code: the unit itself when it is one ("KWD"), or its `[currency_XXX]` dimension in units.yml `define`;
# else it is unmapped and its cases fail with "unit X -> None" (benchmarks/conformance.py warns).
MONEY_UNITS: dict[str, str] = {
    "US_dollar": "$",
    "cent_USD": "cent",
    "euro": "EUR",
    "pound": "£",  # a bare جنيه; the money kind, not pint's mass pound
    "pound_sterling": "GBP",
    "egyptian_pound": "EGP",
    "lebanese_pound": "LBP",
    "syrian_pound": "SYP",
    "turkish_lira": "TRY",
    "saudi_riyal": "SAR",
    "qatari_riyal": "QAR",
    "riyal": "riyal",
    "dinar": "dinar",
    "kuwaiti_dinar": "KWD",
    "jordanian_dinar": "JOD",
    "iraqi_dinar": "IQD",
    "dirham": "dirham",
    "emirati_dirham": "AED",
    "israeli_shekel": "ILS",
}
ISO_CODE = re.compile(r"[A-Z]{3}")


@cache
def _lexicon_currency_codes() -> dict[str, str]:
    """Fallback for currencies the lexicon adds later: units.yml `define` 'name = [currency_XXX] ...'."""
    path = ROOT / "rules" / "lexicons" / "units.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    out = {}
    for line in data.get("define", []) or []:
        m = re.match(r"\s*(\w+)\s*=\s*\[currency_(\w+)\]", str(line))
        if m and ISO_CODE.fullmatch(m.group(2)):
            out[m.group(1)] = m.group(2)
    return out


def money_unit(unit: str | None) -> str | None:
    """Duckling's currency string for our pint unit, or None when we have no mapping."""
    if unit is None:
        return None
    if unit in MONEY_UNITS:
        return MONEY_UNITS[unit]
    if ISO_CODE.fullmatch(unit):
        return unit
    return _lexicon_currency_codes().get(unit)


# ---------------------------------------------------------------------------------------------------------
# Loading


def load_suite(name: str) -> list[dict]:
    with (SUITES_DIR / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_peer_verified(case: dict) -> bool:
    if case["suite"].startswith("duckling_"):
        return True
    flags = case["peer_flags"]
    return bool(flags.get("dotnet_tested")) and not flags.get("ignore_resolution")


def load_judged_wrong(path: Path = JUDGED_WRONG) -> dict[str, str]:
    if not path.exists():
        return {}
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {row["case_id"]: (row.get("reason") or "").strip() for row in rows}


def load_floors(path: Path = FLOORS) -> dict[str, float]:
    return {k: float(v) for k, v in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()}


def load_errata(path: Path = ERRATA) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ---------------------------------------------------------------------------------------------------------
# Running the system under test (once per distinct input)


class ExtractionError(Exception):
    pass


@cache
def mentions_for(text: str) -> tuple[dict, ...] | ExtractionError:
    """`extract_mentions(text)`, cached; an exception is returned (not raised) so one crash fails one case."""
    from factcheck.mentions import extract_mentions

    try:  # these suites score numbers; dates (kind "date") belong to the date suites
        return tuple(m for m in extract_mentions(text) if m["kind"] != "date")
    except Exception as exc:  # noqa: BLE001 - the parser is under development; report, don't abort
        return ExtractionError(f"{type(exc).__name__}: {exc}")


# ---------------------------------------------------------------------------------------------------------
# Small helpers


def close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def _is_edge_char(ch: str) -> bool:
    """Characters a whole-input match may leave uncovered: whitespace, punctuation, format (bidi) marks."""
    return ch.isspace() or unicodedata.category(ch)[0] == "P" or unicodedata.category(ch) == "Cf"


def _strip_edges(s: str) -> str:
    i, j = 0, len(s)
    while i < j and _is_edge_char(s[i]):
        i += 1
    while j > i and _is_edge_char(s[j - 1]):
        j -= 1
    return s[i:j]


def _clean(s: str) -> str:
    return "".join(ch for ch in s if unicodedata.category(ch) != "Cf").strip()


def describe_mention(m: dict) -> str:
    bits = [f"{m.get('kind')} {m.get('text')!r}@{m.get('start')}:{m.get('end')}",
            f"value={_num(m.get('value'))}"]
    lo, hi = m.get("low"), m.get("high")
    if not (lo == hi == m.get("value")):
        lb = "[" if m.get("low_inclusive") and lo is not None else "("
        rb = "]" if m.get("high_inclusive") and hi is not None else ")"
        bits.append(f"{lb}{_num(lo) if lo is not None else ''},{_num(hi) if hi is not None else ''}{rb}")
    if m.get("unit") is not None:
        bits.append(f"unit={m['unit']}")
    if m.get("approximate"):
        bits.append("approx")
    if m.get("vague"):
        bits.append("vague")
    return " ".join(bits)


def _num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return str(x)


def describe_expected(case: dict) -> str:
    exp = case["expected"]
    if "results" in exp:
        if not exp["results"]:
            return "(nothing)"
        out = []
        for r in exp["results"]:
            if "value_raw" in r and ("lower" in r or "relative_to" in r or r.get("type") == "percentage"):
                out.append(f"{r.get('text')!r} {r.get('value_raw')}")
            else:
                out.append(f"{r.get('text')!r} {_num(r.get('value'))}")
        return "; ".join(out)
    e = {k: v for k, v in exp.items() if k not in ("haskell", "haskell_unit")}
    return json.dumps(e, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------------------
# Verdicts


@dataclass
class Verdict:
    passed: bool
    reason: str = ""
    conventions: tuple[str, ...] = ()


@dataclass
class CaseResult:
    case: dict
    verified: bool
    judged_wrong: str | None  # the reason, when listed in judged_wrong.yml
    verdict: Verdict
    mentions: tuple[dict, ...] = ()

    @property
    def case_id(self) -> str:
        return self.case["case_id"]

    @property
    def scored(self) -> bool:
        return self.verified and self.judged_wrong is None

    @property
    def passed(self) -> bool:
        return self.verdict.passed


@dataclass
class SuiteReport:
    spec: SuiteSpec
    results: list[CaseResult] = field(default_factory=list)

    @property
    def cases(self) -> int:
        return len(self.results)

    @property
    def verified(self) -> int:
        return sum(r.verified for r in self.results)

    @property
    def excluded(self) -> list[CaseResult]:
        return [r for r in self.results if r.verified and r.judged_wrong is not None]

    @property
    def scored(self) -> list[CaseResult]:
        return [r for r in self.results if r.scored]

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.scored)

    @property
    def rate(self) -> float:
        n = len(self.scored)
        return self.passed / n if n else 1.0

    @property
    def floor_rate(self) -> float:
        """The rate rounded down to 2 decimals, exactly (integer arithmetic)."""
        n = len(self.scored)
        return (self.passed * 100 // n) / 100 if n else 1.0

    @property
    def passed_all(self) -> int:
        """Passing cases among all of them, verified or not (for information; floors use `rate`)."""
        return sum(r.passed for r in self.results)

    @property
    def failures(self) -> list[CaseResult]:
        return [r for r in self.scored if not r.passed]

    def convention_counts(self) -> Counter:
        """Passing scored cases that needed each named convention."""
        c: Counter = Counter()
        for r in self.scored:
            if r.passed:
                c.update(set(r.verdict.conventions))
        return c


# ---------------------------------------------------------------------------------------------------------
# Recognizers


def _peer_spans(r: dict, text: str) -> list[tuple[int, int]]:
    """The peer result's span(s): its offsets (end inclusive), and every occurrence of its text."""
    spans = []
    if r.get("start") is not None and r.get("end") is not None:
        spans.append((r["start"], r["end"] + 1))
    t = _clean(r.get("text") or "")
    if t:
        i = text.find(t)
        while i >= 0:
            spans.append((i, i + len(t)))
            i = text.find(t, i + 1)
    return spans


def _span_contains(r: dict, m: dict, text: str) -> bool:
    if _clean(m["text"]) == _clean(r.get("text") or ""):
        return True
    return any(m["start"] <= s and m["end"] >= e for s, e in _peer_spans(r, text))


def _span_overlaps(r: dict, m: dict, text: str) -> bool:
    if _clean(m["text"]) == _clean(r.get("text") or ""):
        return True
    return any(m["start"] < e and s < m["end"] for s, e in _peer_spans(r, text))


Match = Callable[[dict, dict, str], Verdict]


def _align(results: list[dict], cands: list[tuple[dict, bool]], match: Match, text: str,
           describe: Callable[[dict], str]) -> Verdict:
    """Peer results in order against our candidates in offset order; (mention, required) pairs."""
    conventions: list[str] = []
    j = 0
    for k, r in enumerate(results):
        near = None
        while j < len(cands):
            m, required = cands[j]
            j += 1
            v = match(r, m, text)
            if v.passed:
                conventions += v.conventions
                break
            if required:
                return Verdict(False, f"peer result {k + 1} {describe(r)}: "
                                      f"our {describe_mention(m)} -- {v.reason}")
            near = near or (m, v.reason)
        else:
            why = f"; nearest: {describe_mention(near[0])} -- {near[1]}" if near else ""
            return Verdict(False, f"peer result {k + 1} {describe(r)} missing{why}")
    extra = [m for m, required in cands[j:] if required]
    if extra:
        what = "nothing" if not results else f"{len(results)} result(s)"
        return Verdict(False, f"peer expects {what}; unexpected: "
                       + "; ".join(describe_mention(m) for m in extra))
    return Verdict(True, conventions=tuple(conventions))


def _sorted(mentions: Iterable[dict]) -> list[dict]:
    return sorted(mentions, key=lambda m: (m["start"], m["end"]))


def _rdesc_number(r: dict) -> str:
    return f"{r.get('text')!r}={_num(r.get('value'))}"


def _rdesc_raw(r: dict) -> str:
    return f"{r.get('text')!r}={r.get('value_raw')}"


def score_rec_number(case: dict, mentions: tuple[dict, ...]) -> Verdict:
    text = case["input"]
    cands = [(m, m["kind"] in NUMBER_KINDS) for m in _sorted(mentions)
             if m["kind"] in NUMBER_KINDS or m["kind"] == "percent"]

    def match(r, m, text):
        if not close(m.get("value"), r.get("value")):
            return Verdict(False, f"value {_num(m.get('value'))} != {_num(r.get('value'))}")
        if not _span_contains(r, m, text):
            return Verdict(False, "span does not contain the peer's")
        return Verdict(True)

    return _align(case["expected"]["results"], cands, match, text, _rdesc_number)


TWO_SIDED_JOINER = re.compile(r"بين|إلى|الى|حتى|(?<=[0-9\u0660-\u0669\u06f0-\u06f9])\s*[-–~]")


def _range_role(m: dict) -> bool | None:
    """True: a range we must account for; False: an exact point (optional); None: not a range (ignored)."""
    if m["kind"] == "ordinal" or m.get("vague"):
        return None
    lo, hi, val = m.get("low"), m.get("high"), m.get("value")
    if lo is not None and hi is not None and close(lo, hi) and val is not None:
        return False
    if m.get("approximate") and val is not None and lo is not None and hi is not None and lo < val < hi:
        return None  # a hedged point ("حوالي 500" as a band around 500), not a range to the peer
    return True


def _compare_bounds(r: dict, m: dict, two_sided_joiner: bool) -> Verdict:
    conv = []
    lo_e, hi_e = r.get("lower"), r.get("upper")
    lo, hi = m.get("low"), m.get("high")
    # lower side
    if lo_e is None:
        if lo is None:
            pass
        elif close(lo, 0) and m.get("low_inclusive") and hi_e is not None and hi_e > 0:
            conv.append("nonneg_floor_for_upper_bound")
        else:
            return Verdict(False, f"lower bound {_num(lo)}, peer unbounded")
    else:
        if lo is None or not close(lo, lo_e):
            return Verdict(False, f"lower bound {_num(lo)} != {_num(lo_e)}")
        if bool(m.get("low_inclusive")) != bool(r.get("lower_inclusive")):
            return Verdict(False, f"lower inclusive {m.get('low_inclusive')} != {r.get('lower_inclusive')}")
    # upper side
    if hi_e is None:
        if hi is not None:
            return Verdict(False, f"upper bound {_num(hi)}, peer unbounded")
    else:
        if hi is None or not close(hi, hi_e):
            return Verdict(False, f"upper bound {_num(hi)} != {_num(hi_e)}")
        ours, theirs = bool(m.get("high_inclusive")), bool(r.get("upper_inclusive"))
        if ours != theirs:
            if two_sided_joiner and ours and not theirs:
                conv.append("closed_upper_two_sided")
            else:
                return Verdict(False, f"upper inclusive {ours} != {theirs}")
    return Verdict(True, conventions=tuple(conv))


def score_rec_range(case: dict, mentions: tuple[dict, ...]) -> Verdict:
    text = case["input"]
    results = case["expected"]["results"]
    if any(r.get("malformed") for r in results):
        return Verdict(False, "peer result is malformed (cannot be scored)")
    cands = [(m, role) for m in _sorted(mentions) if (role := _range_role(m)) is not None]

    def match(r, m, text):
        lo_e, hi_e = r.get("lower"), r.get("upper")
        is_point_peer = lo_e is not None and hi_e is not None and close(lo_e, hi_e)
        if _range_role(m) is False and not is_point_peer:
            return Verdict(False, "a single number, peer expects a range")
        if not _span_overlaps(r, m, text):
            return Verdict(False, "span does not overlap the peer's")
        joiner = (lo_e is not None and hi_e is not None and not is_point_peer
                  and bool(r.get("lower_inclusive"))
                  and TWO_SIDED_JOINER.search(r.get("text") or "") is not None)
        return _compare_bounds(r, m, joiner)

    return _align(results, cands, match, text, _rdesc_raw)


def _ordinal_ok(m: dict, absolute: float | None, relative_to: str | None, offset: float | None) -> str | None:
    """None when our ordinal mention `m` has the given absolute value or relative position, else why not."""
    unit = m.get("unit")
    if absolute is not None:
        if unit not in (None, "relative:start"):
            return f"unit {unit}, peer expects the absolute ordinal {_num(absolute)}"
        if not close(m.get("value"), absolute):
            return f"ordinal {_num(m.get('value'))} != {_num(absolute)}"
        return None
    want = f"relative:{relative_to}"
    if unit != want:
        return f"unit {unit} != {want}"
    if not close(m.get("value"), offset):
        return f"offset {_num(m.get('value'))} != {_num(offset)}"
    return None


def score_rec_ordinal(case: dict, mentions: tuple[dict, ...]) -> Verdict:
    text = case["input"]
    cands = [(m, True) for m in _sorted(mentions) if m["kind"] == "ordinal"]

    def match(r, m, text):
        why = _ordinal_ok(m, r.get("ordinal"), r.get("relative_to"), r.get("offset"))
        if why:
            return Verdict(False, why)
        if not _span_overlaps(r, m, text):
            return Verdict(False, "span does not overlap the peer's")
        return Verdict(True)

    return _align(case["expected"]["results"], cands, match, text, _rdesc_raw)


def score_rec_percent(case: dict, mentions: tuple[dict, ...]) -> Verdict:
    text = case["input"]
    cands = [(m, True) for m in _sorted(mentions) if m["kind"] == "percent"]

    def match(r, m, text):
        if not close(m.get("value"), r.get("value")):
            return Verdict(False, f"value {_num(m.get('value'))} != {_num(r.get('value'))}")
        if not _span_overlaps(r, m, text):
            return Verdict(False, "span does not overlap the peer's")
        return Verdict(True)

    return _align(case["expected"]["results"], cands, match, text, _rdesc_raw)


# ---------------------------------------------------------------------------------------------------------
# Duckling

DUCKLING_KINDS = {
    "numeral": NUMBER_KINDS,
    "ordinal_duck": frozenset({"ordinal"}),
    "duration": frozenset({"duration"}),
    "quantity": frozenset({"measure"}),
    "money": frozenset({"money"}),
}


def _whole_input(case: dict, mentions: tuple[dict, ...], kinds: frozenset) -> tuple[dict | None, Verdict]:
    """The single mention of `kinds` covering the input, or a failing verdict."""
    text = case["input"]
    rel = [m for m in mentions if m["kind"] in kinds]
    if not rel:
        return None, Verdict(False, f"no {'/'.join(sorted(kinds))} mention")
    if len(rel) > 1:
        return None, Verdict(False, f"{len(rel)} {'/'.join(sorted(kinds))} mentions, "
                                    "Duckling expects exactly one")
    m = rel[0]
    left, right = text[:m["start"]], text[m["end"]:]
    if _strip_edges(left):
        return None, Verdict(False, f"mention does not cover the whole input (uncovered before: {left!r})")
    if _strip_edges(right):
        return None, Verdict(False, f"mention does not cover the whole input (uncovered after: {right!r})")
    return m, Verdict(True)


def _value_point(m: dict) -> str | None:
    if m.get("value") is None or m.get("low") is None or m.get("high") is None:
        return "a range, Duckling expects a single value"
    return None


def _interval(exp: dict, m: dict, convert: Callable[[str | None], tuple[str | None, float]]) -> Verdict:
    """Duckling interval (`from`/`to`, a missing side = unbounded) against our low/high."""
    unit, factor = convert(m.get("unit"))
    conv = []
    for side, ours in (("from", m.get("low")), ("to", m.get("high"))):
        want = exp.get(side)
        if want is None:
            if ours is None:
                continue
            upper = (exp.get("to") or {}).get("value")
            floor_ok = side == "from" and close(ours, 0) and m.get("low_inclusive")
            if floor_ok and upper is not None and upper > 0:
                conv.append("nonneg_floor_for_upper_bound")
                continue
            ours_name = "low" if side == "from" else "high"
            return Verdict(False, f"our {ours_name} is {_num(ours)}, Duckling has no '{side}'")
        if ours is None:
            return Verdict(False, f"Duckling '{side}' {_num(want['value'])}, ours unbounded")
        if unit != want.get("unit"):
            return Verdict(False, f"unit {m.get('unit')} -> {unit!r} != {want.get('unit')!r}")
        if not close(ours * factor, want["value"]):
            return Verdict(False, f"'{side}' {_num(ours * factor)} != {_num(want['value'])}")
    return Verdict(True, conventions=tuple(conv))


def _money_convert(unit: str | None) -> tuple[str | None, float]:
    return money_unit(unit), 1.0


def _quantity_convert(unit: str | None) -> tuple[str | None, float]:
    return QUANTITY_UNITS.get(unit or "", (None, 1.0))


def score_duckling(case: dict, mentions: tuple[dict, ...], family: str) -> Verdict:
    kinds = DUCKLING_KINDS[family]
    exp = case["expected"]
    if case["peer_flags"].get("negative") or exp.get("no_match"):
        rel = [m for m in mentions if m["kind"] in kinds]
        if rel:
            return Verdict(False, "negative case, but: " + "; ".join(describe_mention(m) for m in rel))
        return Verdict(True)
    m, v = _whole_input(case, mentions, kinds)
    if m is None:
        return v
    conv = v.conventions

    def done(why: str | None, extra: tuple[str, ...] = ()) -> Verdict:
        return Verdict(False, why) if why else Verdict(True, conventions=conv + extra)

    if family == "numeral":
        return done(None if close(m.get("value"), exp["value"])
                    else f"value {_num(m.get('value'))} != {_num(exp['value'])}")
    if family == "ordinal_duck":
        return done(_ordinal_ok(m, exp["value"], None, None))
    if family == "duration":
        unit = DURATION_UNITS.get(m.get("unit") or "")
        if unit != exp["unit"]:
            return done(f"unit {m.get('unit')} -> {unit!r} != {exp['unit']!r}")
        return done(_value_point(m) or (None if close(m.get("value"), exp["value"])
                                        else f"value {_num(m.get('value'))} != {_num(exp['value'])}"))
    convert = _money_convert if family == "money" else _quantity_convert
    if exp.get("type") == "interval":
        iv = _interval(exp, m, convert)
        return done(None if iv.passed else iv.reason, iv.conventions)
    unit, factor = convert(m.get("unit"))
    if unit != exp["unit"]:
        return done(f"unit {m.get('unit')} -> {unit!r} != {exp['unit']!r}")
    if _value_point(m):
        return done(_value_point(m))
    value = m["value"] * factor
    return done(None if close(value, exp["value"]) else f"value {_num(value)} {unit} != {_num(exp['value'])}")


# ---------------------------------------------------------------------------------------------------------
# Entry points

RECOGNIZERS_SCORERS = {
    "rec_number": score_rec_number,
    "rec_range": score_rec_range,
    "rec_ordinal": score_rec_ordinal,
    "rec_percent": score_rec_percent,
}


def score_case(case: dict, mentions: tuple[dict, ...] | ExtractionError, family: str) -> Verdict:
    if isinstance(mentions, ExtractionError):
        return Verdict(False, f"extract_mentions raised {mentions}")
    if family in RECOGNIZERS_SCORERS:
        return RECOGNIZERS_SCORERS[family](case, mentions)
    return score_duckling(case, mentions, family)


@cache
def run_suite(name: str, all_cases: bool = False) -> SuiteReport:
    """Score every peer-verified case of suite `name`; the others are listed but run only with `all_cases`
    (for information: the peers never run them and some expect the peers' own mistakes)."""
    spec = SUITES[name]
    judged = load_judged_wrong()
    report = SuiteReport(spec)
    for case in load_suite(name):
        verified = is_peer_verified(case)
        if not verified and not all_cases:
            report.results.append(CaseResult(case, False, None, Verdict(False, "not peer-verified")))
            continue
        got = mentions_for(case["input"])
        try:
            verdict = score_case(case, got, spec.family)
        except (KeyError, TypeError, ValueError) as exc:  # an unverified case's expectation may be malformed
            if verified:
                raise
            verdict = Verdict(False, f"unscorable peer expectation: {exc!r}")
        report.results.append(CaseResult(case, verified, judged.get(case["case_id"]), verdict,
                                         () if isinstance(got, ExtractionError) else got))
    return report


def run_all(all_cases: bool = False) -> dict[str, SuiteReport]:
    return {name: run_suite(name, all_cases) for name in SUITES}
