"""Score `factcheck.mentions.extract_mentions` against the vendored peer suites (tests/data/suites/).

One scorer per suite family maps our mentions to the peer's semantics (the suites' README describes the
peers' own harnesses). Only *peer-verified* cases count towards a rate: Recognizers cases the .NET CI runs
with values checked (`peer_flags.dotnet_tested` and not `peer_flags.ignore_resolution`), and every Duckling
case (positives, and negatives scored as "no mention of the suite's kind"). Cases listed in
`judged_wrong.yml` are left out of the denominator and reported. A suite may also declare cases *out of
scope* (duckling_time_ar: clock times and weeks, see below): they are listed, never scored, and count in
neither the peer-verified nor the all-cases denominator. `extract_mentions` runs once per input (date suites:
once per input and reference date, passed as `published`).

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

Dates (`recognizers_datetime_dateparser_ar`, `duckling_time_ar`): only our `kind: "date"` mentions count,
other kinds are ignored. Our `value` (YYYY-MM-DD, YYYY-MM or YYYY, by `precision`) is compared *expanded to
its first day* (2013-03 -> 2013-03-01); a mention with an `until` other than its `value` is a range.
The reference date is passed as `published`: Recognizers `context.reference_datetime[:10]`, Duckling
`context.reference_time[:10]` (2013-02-12, a Tuesday).

* recognizers date (DateParser; peer-verified = dotnet-tested and not IgnoreResolution): peer results in
  order against our date mentions in offset order, all of them required (an extra date mention fails the
  case). A peer result matches when the spans overlap (peer `start`/`length`; `text` if no offsets) and our
  expanded value equals its `future_resolution.date` OR its `past_resolution.date`: the peer gives both for
  a date without a year or a week, and which one a news article means is ours to decide. A range does not
  match a peer date. A peer date `0001-01-01` means "no valid date" (الأحد الخامس of a month with four, 31
  November): such a result is not aligned; instead no date mention of ours may overlap its span.
* duckling time: in scope are `type: value` cases of grain day, month or year, `type: interval` cases whose
  `from` and `to` grains are both day, and the 3 negatives; cases of grain second, minute, hour or week
  (clock times, "الاسبوع القادم", "خلال اسبوعين") are out of scope for a date extractor: listed as such by
  benchmarks/conformance.py, not in any denominator. A value case passes when exactly one date mention
  covers the whole input (only whitespace, punctuation or format characters left over, as for numbers),
  is not a range, and its expanded value equals the expected date (first 10 characters of the ISO value).
  An interval case passes when that one mention has `until` and [first day of value, last day of until]
  equals [from, to - 1 day] (Duckling's `to` is exclusive, our `until` inclusive; a month-precision
  `until` stands for its last day). Negatives: no date mention at all.

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
* `news_weekday_past` (duckling time): a bare weekday in news ("قال الوزير الاثنين") is the most recent
  such day on or before the article's date; Duckling reads it as the next one after the reference (Tuesday
  2013-02-12: "الاثنين" -> 02-18, "الثلاثاء" -> 02-19, "هذا الاثنين" -> 02-18). Our value is accepted when
  it is exactly the peer's date minus 7 days (the same weekday, one week earlier), the input is a weekday
  name with at most يوم/هذا/في/ال around it, and it has no direction word (القادم، المقبل، التالي، الماضي،
  السابق، الفائت، المنصرم، الجاي، الحالي ...: DIRECTION_WORDS), so "الثلاثاء القادم" must be 02-19.
* `day_first_numeric` (both date suites): Arab usage writes numeric dates day first (08/12/2015 = 8
  December 2015); the peer's specs are translated from English and read "08/12, 2015" month first. Our
  value is accepted when it is the peer's date with day and month swapped, both of them are <= 12 (else
  only one reading exists), and the text (the peer's result text; for Duckling the input) is only digits
  and separators.
* `news_yearless_nearest` (duckling time): a day and month written without a year, in news, is the
  occurrence nearest the article (news reports what happened as often as what is coming: "أعلن في 4 تشرين
  الأول" in a February article is last October, "في 4 نيسان" is this April; the resolver's rule, not the
  scorer's); Duckling always takes the next one. Our value is accepted when it is the peer's date (for an interval:
  both ends) exactly one year earlier, the peer's date is after the reference and ours on or before it,
  and the input has no year (no 4-digit number, no عام/سنة) and no direction word. For a weekday of the
  month written without digits ("اول ثلاثاء من شهر عشرة" -> 2013-10-01) "a year earlier" is the same weekday
  at the same place in that month (2012-10-02; "last" only when the text says اخر/الأخير). "الخميس 15
  اغسطس" is not covered: the weekday fixes the year, and 2013-08-15 is a Thursday.
* `lead_word_outside_span` (duckling time): news puts في ("on, in") or يوم ("on the day of") before almost
  every date ("في 4 نيسان", "يوم الجمعة 15 شباط"); the word is not part of the date and does not change its
  value, and the other peer leaves it out of its date spans too (Recognizers: "سأعود في 15" -> "15", "سأعود
  يوم 2. أكتوبر" -> "2. أكتوبر"). The one date mention may leave exactly one such word uncovered before it
  (nothing else, and nothing after); a weekday or any other word left out still fails.
* `coming_weekday_first_after` (recognizers date): "الأحد القادم/المقبل" in news is the first such day after
  the article (an article of Monday 2016-11-07: Sunday 11-13), as Duckling reads it too ("الثلاثاء القادم"
  on a Tuesday -> a week later). The Recognizers spec, translated from English "next Sunday", means the
  Sunday of the next Monday-first (ISO) week, 11-20; Arab weeks start on Saturday or Sunday, so even "the
  Sunday of next week" is 11-13 there. Our value is accepted when it is the peer's date minus 7 days, after
  the reference and at most 7 days after it, and the peer's text is one weekday with القادم/المقبل and no
  week word ("الأسبوع القادم الأحد" must still be 11-20).
"""

from __future__ import annotations

import calendar
import datetime as dt
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
    # numeral|ordinal_duck|duration|quantity|money|time|rec_number|rec_range|rec_ordinal|rec_percent|rec_date
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
    SuiteSpec("recognizers_datetime_dateparser_ar", "rec_date", 0.90),
    SuiteSpec("duckling_time_ar", "time", 0.90),
]}
DATE_FAMILIES = frozenset({"rec_date", "time"})

CONVENTIONS = {
    "closed_upper_two_sided": "two-sided joiner range (بين X و Y, X إلى Y, X-Y, X ~ Y): "
                              "peer [x,y), ours [x,y]",
    "nonneg_floor_for_upper_bound": "upper-bound-only phrase: peer lower unbounded, ours low = 0 inclusive",
    "news_weekday_past": "bare weekday, no direction word: peer the next one, ours the last one on or before "
                         "the article (peer - 7 days)",
    "day_first_numeric": "all-digit date with day and month <= 12: peer month first (08/12 = Aug 12), "
                         "ours day first (= 8 Dec)",
    "news_yearless_nearest": "day and month without a year or direction word: peer the next one, ours the "
                             "nearest, a year earlier (peer - 1 year)",
    "lead_word_outside_span": "Duckling whole-input date: a leading في or يوم left outside our date mention",
    "coming_weekday_first_after": "weekday + القادم/المقبل: peer the one in the next ISO week, ours the "
                                  "first one after the article (peer - 7 days)",
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


@cache
def dated_mentions_for(text: str, published: str | None) -> tuple[dict, ...] | ExtractionError:
    """`extract_mentions(text, published)`, cached, every kind (the date scorers look at kind "date" only;
    the others are kept to show what else we read, e.g. '15 يوليو' as a number)."""
    from factcheck.mentions import extract_mentions

    try:
        return tuple(extract_mentions(text, published))
    except Exception as exc:  # noqa: BLE001
        return ExtractionError(f"{type(exc).__name__}: {exc}")


def reference_date(case: dict) -> str | None:
    """The peer's reference date as YYYY-MM-DD (our `published`), or None when the peer uses 'now'."""
    ctx = case.get("context") or {}
    ref = ctx.get("reference_datetime") or ctx.get("reference_time")
    return ref[:10] if ref else None


def case_mentions(case: dict, family: str) -> tuple[dict, ...] | ExtractionError:
    if family in DATE_FAMILIES:
        return dated_mentions_for(case["input"], reference_date(case))
    return mentions_for(case["input"])


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
    if m.get("kind") == "date":
        bits = [f"date {m.get('text')!r}@{m.get('start')}:{m.get('end')}", f"{m.get('value')}"]
        if m.get("until") and m.get("until") != m.get("value"):
            bits[-1] += f"..{m['until']}"
        bits.append(f"({m.get('precision')})")
        if m.get("warning"):
            bits.append(f"warning: {m['warning']}")
        return " ".join(bits)
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
            if "future_resolution" in r or "past_resolution" in r:
                out.append(f"{r.get('text')!r} {_rdesc_dates(r)}")
            elif "value_raw" in r and ("lower" in r or "relative_to" in r or r.get("type") == "percentage"):
                out.append(f"{r.get('text')!r} {r.get('value_raw')}")
            else:
                out.append(f"{r.get('text')!r} {_num(r.get('value'))}")
        return "; ".join(out)
    if exp.get("dim") == "time":
        if exp.get("type") == "interval":
            f, t = exp["from"], exp["to"]
            out = f"interval {f['value'][:10]} ({f['grain']}) .. {t['value'][:10]} ({t['grain']}, exclusive)"
        else:
            out = f"{exp['value'][:10]} ({exp['grain']})"
        return out + (f" holiday {exp['holiday']}" if exp.get("holiday") else "")
    e = {k: v for k, v in exp.items() if k not in ("haskell", "haskell_unit")}
    return json.dumps(e, ensure_ascii=False)


def _rdesc_dates(r: dict) -> str:
    fut = (r.get("future_resolution") or {}).get("date")
    past = (r.get("past_resolution") or {}).get("date")
    if fut == NO_DATE and past in (None, NO_DATE):
        return "no valid date (0001-01-01)"
    return fut if fut == past or past is None else f"{fut} or {past}"


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
    out_of_scope: str | None = None  # why the suite does not score this case (never run, never counted)

    @property
    def case_id(self) -> str:
        return self.case["case_id"]

    @property
    def scored(self) -> bool:
        return self.verified and self.judged_wrong is None and self.out_of_scope is None

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
    def out_of_scope(self) -> list[CaseResult]:
        return [r for r in self.results if r.out_of_scope is not None]

    @property
    def in_scope(self) -> int:
        """Cases the suite scores at all (the all-cases denominator): every case but the out-of-scope ones."""
        return self.cases - len(self.out_of_scope)

    @property
    def verified(self) -> int:
        """Peer-verified cases in scope."""
        return sum(r.verified and r.out_of_scope is None for r in self.results)

    @property
    def excluded(self) -> list[CaseResult]:
        return [r for r in self.results
                if r.verified and r.judged_wrong is not None and r.out_of_scope is None]

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
        """Passing cases among all in-scope ones, verified or not (for information; floors use `rate`)."""
        return sum(r.passed for r in self.results if r.out_of_scope is None)

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
# Dates (recognizers_datetime_dateparser_ar, duckling_time_ar)

NO_DATE = "0001-01-01"  # Recognizers' "no valid date" (e.g. the fifth Sunday of a four-Sunday month)
DATE_KINDS = frozenset({"date"})
DATE_GRAINS = frozenset({"day", "month", "year"})  # Duckling grains a date extractor is scored on


def _norm_ar(s: str) -> str:
    """For word tests only: no diacritics or tatweel, أإآٱ -> ا, ة -> ه, ى -> ي."""
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn" and ch != "\u0640")
    return s.translate(str.maketrans("أإآٱةى", "ااااهي"))


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", _norm_ar(s))


# Words that make a weekday or a day and month point somewhere on purpose (normalised by _norm_ar); the news
# conventions never apply when the input has one, with or without a leading و.
DIRECTION_WORDS = frozenset(_norm_ar(w) for w in """
    القادم القادمة قادم المقبل المقبلة مقبل التالي التالية الآتي الجاي الجاية
    الماضي الماضية الماض ماضي السابق السابقة الفائت الفائتة المنصرم المنصرمة
    الحالي الحالية الجاري الجارية الأخير الأخيرة بعد قبل""".split())
_WEEKDAY = re.compile(r"(?:ال)?(?:اثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه|سبت|احد)")
_WEEKDAY_FILLERS = frozenset({"يوم", "هذا", "في"})
LEAD_WORDS = frozenset({"في", "يوم"})  # `lead_word_outside_span`: may precede our date mention, uncovered
FORWARD_WORDS = frozenset(_norm_ar(w) for w in "القادم القادمة المقبل المقبلة".split())
LAST_WORDS = frozenset(_norm_ar(w) for w in "اخر آخر الاخير الأخير الاخيرة الأخيرة".split())
_YEAR_IN_TEXT = re.compile(r"\d{4}")
_YEAR_WORD = re.compile(r"[وبل]?(?:ال)?(?:عام|سنه)")
_DIGITS_AND_SEPARATORS = re.compile(r"[\d\s/.,،٫٬\-]+")


def _has_direction(text: str) -> bool:
    return any(w in DIRECTION_WORDS or (w[:1] == "و" and w[1:] in DIRECTION_WORDS) for w in _words(text))


def _bare_weekday(text: str) -> bool:
    """The text is a weekday name, at most with يوم/هذا/في around it, and no direction word."""
    rest = [w for w in _words(text) if w not in _WEEKDAY_FILLERS]
    return len(rest) == 1 and _WEEKDAY.fullmatch(rest[0]) is not None and not _has_direction(text)


def _has_year(text: str) -> bool:
    return _YEAR_IN_TEXT.search(text) is not None or any(_YEAR_WORD.fullmatch(w) for w in _words(text))


def _parse_day(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _first_day(value: str | None) -> dt.date | None:
    """Our value (YYYY-MM-DD, YYYY-MM or YYYY) expanded to its first day."""
    if not value:
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _last_day(value: str | None) -> dt.date | None:
    """Our `until` expanded to its last day (a month's or a year's last day at those precisions)."""
    first = _first_day(value)
    if first is None or len(value or "") == 10:
        return first
    if len(value) == 4:
        return dt.date(first.year, 12, 31)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _is_range(m: dict) -> bool:
    return m.get("until") not in (None, m.get("value"))


def _swap_day_month(d: dt.date) -> dt.date | None:
    if d.day > 12 or d.month > 12 or d.day == d.month:
        return None
    return d.replace(month=d.day, day=d.month)


def _year_earlier(d: dt.date) -> dt.date | None:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return None


def _day_first(ours: dt.date, peer: dt.date, text: str) -> bool:
    """`day_first_numeric`: our date is the peer's with day and month swapped, in an all-digit date that
    writes both of them as numbers <= 12 ("08/12, 2015"; not "2/2013", which has no day)."""
    if _DIGITS_AND_SEPARATORS.fullmatch(text.strip()) is None or _swap_day_month(peer) != ours:
        return False
    small = {int(n) for n in re.findall(r"\d+", text) if int(n) <= 12}
    return peer.day in small and peer.month in small


def _news_weekday(ours: dt.date, peer: dt.date, text: str) -> bool:
    """`news_weekday_past`: the same weekday one week earlier, for a bare weekday without direction."""
    return ours == peer - dt.timedelta(days=7) and _bare_weekday(text)


def _names_weekday(text: str) -> bool:
    return any(_WEEKDAY.fullmatch(w) for w in _words(text))


def _same_weekday_slot(ours: dt.date, peer: dt.date, text: str) -> bool:
    """The same weekday at the same place in the same month, a year earlier: 'اول ثلاثاء من شهر عشرة' (the
    first Tuesday of October) is 2013-10-01 and, a year earlier, 2012-10-02; 'last' when the text says اخر."""
    if ours.year != peer.year - 1 or ours.month != peer.month or ours.weekday() != peer.weekday():
        return False
    if (ours.day - 1) // 7 == (peer.day - 1) // 7:
        return True

    def last(d: dt.date) -> bool:
        return d.day + 7 > calendar.monthrange(d.year, d.month)[1]

    return last(ours) and last(peer) and any(w in LAST_WORDS for w in _words(text))


def _news_yearless(pairs: list[tuple[dt.date, dt.date]], ref: dt.date | None, text: str) -> bool:
    """`news_yearless_nearest`: each (ours, peer) is the peer's date a year earlier (for a weekday of the month
    named without digits, the same weekday at the same place in that month); the peer's is after the
    reference, ours on or before it; the text gives no year and no direction."""
    if ref is None or not pairs or _has_year(text) or _has_direction(text):
        return False
    slot = _names_weekday(text) and not re.search(r"\d", text)

    def earlier(ours: dt.date, peer: dt.date) -> bool:
        return ours == _year_earlier(peer) or (slot and _same_weekday_slot(ours, peer, text))

    return all(peer > ref and earlier(ours, peer) for ours, peer in pairs) and pairs[0][0] <= ref


def _coming_weekday(ours: dt.date, peer: dt.date, text: str, ref: dt.date | None) -> bool:
    """`coming_weekday_first_after`: 'الأحد القادم' is the first Sunday after the article, the peer's (ISO
    week) reading a week later; the text is a weekday and a forward direction word, without a week word."""
    words = _words(text)
    week = dt.timedelta(days=7)
    return (ref is not None and ours == peer - week and ref < ours <= ref + week
            and sum(_WEEKDAY.fullmatch(w) is not None for w in words) == 1
            and any(w in FORWARD_WORDS for w in words) and not any("اسبوع" in w for w in words))


def _peer_date_spans(r: dict, text: str) -> list[tuple[int, int]]:
    """A Recognizers date result's span (`start`/`length`); without offsets, every occurrence of its text."""
    if r.get("start") is not None and r.get("length") is not None:
        return [(r["start"], r["start"] + r["length"])]
    spans, t = [], _clean(r.get("text") or "")
    i = text.find(t) if t else -1
    while i >= 0:
        spans.append((i, i + len(t)))
        i = text.find(t, i + 1)
    return spans


def _date_overlaps(r: dict, m: dict, text: str) -> bool:
    return any(m["start"] < e and s < m["end"] for s, e in _peer_date_spans(r, text))


def _peer_dates(r: dict) -> list[str]:
    out = []
    for key in ("future_resolution", "past_resolution"):
        d = (r.get(key) or {}).get("date")
        if d and d not in out:
            out.append(d)
    return out


def _no_valid_date(r: dict) -> bool:
    dates = _peer_dates(r)
    return bool(dates) and all(d == NO_DATE for d in dates)


def _rdesc_date(r: dict) -> str:
    return f"{r.get('text')!r}={_rdesc_dates(r)}"


def score_rec_date(case: dict, mentions: tuple[dict, ...]) -> Verdict:
    text = case["input"]
    dates = _sorted(m for m in mentions if m["kind"] in DATE_KINDS)
    results = case["expected"]["results"]
    for r in results:  # "no valid date": no date of ours may overlap it; it is not aligned
        if _no_valid_date(r):
            bad = [m for m in dates if _date_overlaps(r, m, text)]
            if bad:
                return Verdict(False, f"peer result {r.get('text')!r} is no valid date (0001-01-01), but: "
                               + "; ".join(describe_mention(m) for m in bad))
    results = [r for r in results if not _no_valid_date(r)]
    ref = _parse_day(reference_date(case))

    def match(r, m, text):
        if _is_range(m):
            return Verdict(False, f"a range ..{m['until']}, the peer expects one date")
        if not _date_overlaps(r, m, text):
            return Verdict(False, "span does not overlap the peer's")
        ours = _first_day(m.get("value"))
        wanted = [_parse_day(d) for d in _peer_dates(r)]
        if ours is not None and ours in wanted:
            return Verdict(True)
        if ours is not None and any(w and _day_first(ours, w, r.get("text") or "") for w in wanted):
            return Verdict(True, conventions=("day_first_numeric",))
        if ours is not None and any(w and _coming_weekday(ours, w, r.get("text") or "", ref) for w in wanted):
            return Verdict(True, conventions=("coming_weekday_first_after",))
        return Verdict(False, f"{ours} is not {' or '.join(_peer_dates(r))}")

    return _align(results, [(m, True) for m in dates], match, text, _rdesc_date)


def _whole_date_input(case: dict, mentions: tuple[dict, ...]) -> tuple[dict | None, Verdict]:
    """`_whole_input` for the one date mention; a lead word في/يوم may precede it
    (`lead_word_outside_span`)."""
    m, v = _whole_input(case, mentions, DATE_KINDS)
    if m is not None:
        return m, v
    rel = [x for x in mentions if x["kind"] in DATE_KINDS]
    if len(rel) != 1:
        return None, v
    text = case["input"]
    left, right = _strip_edges(text[:rel[0]["start"]]), _strip_edges(text[rel[0]["end"]:])
    if not right and _norm_ar(left) in LEAD_WORDS:
        return rel[0], Verdict(True, conventions=("lead_word_outside_span",))
    return None, v


def time_out_of_scope(case: dict) -> str | None:
    """Why a duckling_time_ar case is not scored (grain finer than a day, or a week), or None."""
    exp = case["expected"]
    if case["peer_flags"].get("negative") or exp.get("no_match"):
        return None
    if exp.get("type") == "interval":
        grains = [(exp.get(side) or {}).get("grain") for side in ("from", "to")]
        if None in grains:
            return "open interval"
        if set(grains) != {"day"}:
            return f"interval of grain {'/'.join(sorted(set(grains)))}"
        return None
    grain = exp.get("grain")
    return None if grain in DATE_GRAINS else f"grain {grain}"


def score_time(case: dict, mentions: tuple[dict, ...]) -> Verdict:
    exp = case["expected"]
    text = case["input"]
    if case["peer_flags"].get("negative") or exp.get("no_match"):
        rel = [m for m in mentions if m["kind"] in DATE_KINDS]
        if rel:
            return Verdict(False, "negative case, but: " + "; ".join(describe_mention(m) for m in rel))
        return Verdict(True)
    m, v = _whole_date_input(case, mentions)
    if m is None:
        return v
    conv = v.conventions
    ref = _parse_day(reference_date(case))
    ours = _first_day(m.get("value"))
    if ours is None:
        return Verdict(False, f"unreadable value {m.get('value')!r}")
    if exp.get("type") == "interval":
        if not _is_range(m):
            return Verdict(False, "a single date, Duckling expects an interval")
        until = _last_day(m["until"])
        want_from = _parse_day(exp["from"]["value"])
        want_to = _parse_day(exp["to"]["value"]) - dt.timedelta(days=1)  # Duckling's `to` is exclusive
        if (ours, until) == (want_from, want_to):
            return Verdict(True, conventions=conv)
        if _news_yearless([(ours, want_from), (until, want_to)], ref, text):
            return Verdict(True, conventions=conv + ("news_yearless_nearest",))
        return Verdict(False, f"{ours}..{until} != {want_from}..{want_to}")
    if _is_range(m):
        return Verdict(False, f"a range ..{m['until']}, Duckling expects one date")
    want = _parse_day(exp["value"])
    if ours == want:
        return Verdict(True, conventions=conv)
    if _news_weekday(ours, want, text):
        return Verdict(True, conventions=conv + ("news_weekday_past",))
    if _day_first(ours, want, text):
        return Verdict(True, conventions=conv + ("day_first_numeric",))
    if _news_yearless([(ours, want)], ref, text):
        return Verdict(True, conventions=conv + ("news_yearless_nearest",))
    return Verdict(False, f"{ours} != {want}")


def out_of_scope(case: dict, family: str) -> str | None:
    return time_out_of_scope(case) if family == "time" else None


# ---------------------------------------------------------------------------------------------------------
# Entry points

RECOGNIZERS_SCORERS = {
    "rec_number": score_rec_number,
    "rec_range": score_rec_range,
    "rec_ordinal": score_rec_ordinal,
    "rec_percent": score_rec_percent,
    "rec_date": score_rec_date,
}


def score_case(case: dict, mentions: tuple[dict, ...] | ExtractionError, family: str) -> Verdict:
    if isinstance(mentions, ExtractionError):
        return Verdict(False, f"extract_mentions raised {mentions}")
    if family in RECOGNIZERS_SCORERS:
        return RECOGNIZERS_SCORERS[family](case, mentions)
    if family == "time":
        return score_time(case, mentions)
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
        oos = out_of_scope(case, spec.family)
        if oos is not None:
            report.results.append(CaseResult(case, verified, judged.get(case["case_id"]),
                                             Verdict(False, f"out of scope: {oos}"), out_of_scope=oos))
            continue
        if not verified and not all_cases:
            report.results.append(CaseResult(case, False, None, Verdict(False, "not peer-verified")))
            continue
        got = case_mentions(case, spec.family)
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
