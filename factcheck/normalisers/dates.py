"""Dates in Arabic news, resolved against the article's own date.

Reads explicit dates at day, month or year precision with Levantine, Egyptian, Maghrebi and Hijri month
names, often doubled (4 أيلول/سبتمبر، 11 أيلول (سبتمبر)); ordinal days (الثالث عشر من الشهر الماضي, also the
misspelling الثلث عشر); weekdays, bare or with a direction (الخميس، الأحد الماضي، الثلاثاء المقبل، أحد الأسبوع
الماضي) and n-th weekdays of a month (آخر اثنين من آذار); relative days, weeks, months and years (اليوم، أمس،
غدا، الشهر الماضي، هذه السنة، قبل أسبوعين); parts of a month (منتصف الشهر، نهاية كانون الثاني، أواخر آذار);
ranges (من 13 إلى 15 تموز، بين 13 و15 تموز); holidays (عيد الفطر 2013، رمضان); years in digits or words;
numeric dates (2016/02/22، 21-04-2016، 22/4 after a lead word). A weekday that disagrees with the resolved
date (اليوم الخميس in an article of a Friday) gives a warning, never a silent correction.

Resolution without a year: the occurrence nearest the article, or the next one when the sentence speaks of
the future (سيعقد، من المقرر); a bare weekday is the most recent one on or before the article's day. Weeks are
ISO weeks. Words come from rules/lexicons/months.yml, dates.yml and holidays.yml; calendar arithmetic is in
factcheck/normalisers/calendar.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.lexicons import Lexicon
from factcheck.normalisers import calendar as cal
from factcheck.normalisers.numbers import parse_number
from factcheck.normalisers.ordinals import parse_ordinal
from factcheck.normalisers.phrases import match_phrase

_YMD = re.compile(r"^([0-9]{4})[/-]([0-9]{1,2})[/-]([0-9]{1,2})(ه)?$")  # digits are ASCII after normalisation
_DMY = re.compile(r"^([0-9]{1,2})[/-]([0-9]{1,2})[/-]([0-9]{4}|[0-9]{2})(ه)?$")
_DM = re.compile(r"^([0-9]{1,2})[/-]([0-9]{1,2})$")
_GLUED = re.compile(r"^([^0-9-]+)-([0-9]{1,2})$")
_MY = re.compile(r"^([0-9]{1,2})/([0-9]{4})$")
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2}|2100)(م|ه)?$")
_NEWS_YEAR = re.compile(r"^(1[89][0-9]{2}|20[0-9]{2}|2100)$")
_HIJRI_SUFFIX = ("ه", "هـ")
# Kinds of words that start a date only before a word of certain kinds (من 13، هذا الأسبوع، قبل يومين، يوم 4).
_WEAK = {"range": {"digit", "ordinal", "number", "range"}, "this": {"weekday", "period", "relday", "dayword"},
         "ago": {"period", "digit", "number", "relday", "relday_start"},
         "dayword": {"weekday", "ordinal", "last", "digit", "number"},
         "relday_start": {"relday", "relday_start", "this", "dayword"}}
# What follows a day of the month within a few words: a month, a Hijri month, الشهر، هذا الشهر.
_MONTHLIKE = frozenset({"month", "holiday", "period", "this"})
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class DateValue:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day | month | year
    relative: bool  # resolved against the article's date
    warning: str | None = None
    until: str | None = None  # a range: its last day (month, year), inclusive, at the same precision


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    date: DateValue | None  # None: words that look like a date but are not one (العرب اليوم), skipped


@dataclass(frozen=True)
class _Ctx:
    base: dt.date | None  # the article's date
    future: int  # index of the first future cue in the sentence (len(tokens) if none)


def _day(day: dt.date, relative: bool, warning: str | None = None) -> DateValue:
    return DateValue(day.isoformat(), "day", relative, warning)


def _span(first: dt.date, last: dt.date, relative: bool, warning: str | None = None) -> DateValue:
    if first == last:
        return _day(first, relative, warning)
    return DateValue(first.isoformat(), "day", relative, warning, last.isoformat())


def _mismatch(day: dt.date, weekday: int | None) -> str | None:
    if weekday is None or day.isoweekday() == weekday:
        return None
    return (f"the text names a {WEEKDAY_NAMES[weekday - 1]}, but {day.isoformat()} is a "
            f"{WEEKDAY_NAMES[day.isoweekday() - 1]}")


class DateScanner:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        # What a word can be, by its stem (clitics tried): each shape is tried only at words of its kinds, and a
        # word of no kind is skipped without trying any (news text is mostly such words).
        firsts = lambda table: {k[0] for k in table}  # noqa: E731
        self._kinds_of_stem: dict[str, set[str]] = {}
        for kind, words in (
                ("weekday", set(lex.weekdays) | {w[2:] for w in lex.weekdays}), ("relday", {k[0] for k in lex.relative_days if len(k) == 1}),
                ("relday_start", {k[0] for k in lex.relative_days if len(k) > 1}),
                ("month", firsts(lex.months) | {"شهر", "الشهر"}), ("holiday", firsts(lex.holidays) | firsts(lex.hijri_months)),
                ("not_date", firsts(lex.not_dates)), ("part", set(lex.month_parts)), ("span", set(lex.month_spans)),
                ("ordinal", set(lex.ordinals) | set(lex.ordinal_teen_units)), ("number", set(lex.numbers)),
                ("period", set(lex.periods)), ("this", lex.this), ("ago", lex.ago), ("last", lex.last),
                ("dayword", lex.day_word), ("range", lex.range_from)):
            for w in words:
                self._kinds_of_stem.setdefault(w, set()).add(kind)
        self._kinds: dict[str, frozenset[str]] = {}
        self._plain: set[str] = set()  # tokens known to be of no kind
        self._relday_pairs = {k[:2] for k in lex.relative_days if len(k) > 1}  # بعد غد، أول أمس
        self._shapes = (
            (self._holiday, {"holiday"}), (self._range, {"range", "month", "digit", "ordinal"}),
            (self._weekday_led, {"weekday", "this", "dayword"}), (self._relative_day, {"relday", "relday_start"}),
            (self._week_led, {"period", "this"}), (self._nth_weekday, {"ordinal", "last", "weekday"}),
            (self._nth_day, {"dayword", "last", "ordinal"}),
            (self._day_month, {"digit", "ordinal", "number"}), (self._month_day, {"month", "glued"}),
            (self._month_span, {"span"}), (self._month_part, {"part"}), (self._relative_period, {"period", "this"}),
            (self._ago, {"ago"}), (self._month_alone, {"month"}), (self._year_alone, {"digit"}),
            (self._numeric, {"digit"}))
        self._not_dates = dict.fromkeys(lex.not_dates, True)
        self.month_words = frozenset(k[-1] for k in lex.months)  # a stop before one is inside a date (16. نوفمبر)
        self._year_words = lex.year_lead | {"،", ",", ".", "من"}
        self._ramadan = next((h for h in lex.holidays.values() if h.calendar == "hijri" and h.day is None), None)

    def _kind(self, tok: str) -> frozenset[str]:
        """The kinds of word a token can be (cached: news repeats its words)."""
        known = self._kinds.get(tok)
        if known is None:
            kinds: set[str] = set()
            if any(ch.isdigit() for ch in tok):
                kinds.add("digit")
                if _GLUED.match(tok):
                    kinds.add("glued")
            for _, stem in self.lex.strip_clitics(tok):
                kinds |= self._kinds_of_stem.get(stem, set())
            known = frozenset(kinds)
            if len(self._kinds) < 500_000:
                self._kinds[tok] = known
                if not known:
                    self._plain.add(tok)
        return known

    # -- scanning ----------------------------------------------------------------------------------
    def scan(self, tokens: list[str], published: str | None,
             candidates: list[int] | None = None) -> list[DateHit]:
        """The dates of a sentence's tokens. `candidates`: the positions that may matter, in order (every word
        of a kind and every future cue among them; the caller's filter, see nlp/analyse), else all."""
        base = dt.date.fromisoformat(published) if published and len(published) == 10 else None
        if candidates is None:
            candidates = range(len(tokens))
        future = next((k for k in candidates if tokens[k] in self.lex.future_cues), len(tokens))
        ctx = _Ctx(base, future)
        out: list[DateHit] = []
        plain = self._plain
        resume = 0  # the first token after the last date found
        for i in [k for k in candidates if tokens[k] not in plain and self._kind(tokens[k])]:
            if i < resume:
                continue
            kinds = self._kind(tokens[i])
            if kinds <= _WEAK.keys():  # من، هذا، قبل، يوم، بعد: dates only before certain words
                nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
                after = self._kind(nxt) if nxt else frozenset()
                kinds = frozenset(k for k in kinds if after & _WEAK[k] or (
                    k == "relday_start" and any((stem, nxt) in self._relday_pairs
                                                for _, stem in self.lex.strip_clitics(tokens[i]))))
            hit = self._at(tokens, i, ctx, kinds) if kinds else None
            if hit is None:
                continue
            if hit.date is not None:
                out.append(hit)
            resume = max(hit.end, i + 1)
        return out

    def _at(self, tokens, i, ctx: _Ctx, kinds: frozenset[str]) -> DateHit | None:
        if "not_date" in kinds:
            skip = match_phrase(tokens, i, self._not_dates, self.lex, max_len=3)
            if skip is not None:
                return DateHit(i, skip[0], None)
        for shape, wanted in self._shapes:
            if kinds & wanted:
                hit = shape(tokens, i, ctx)
                if hit is not None:
                    return hit
        return None

    # -- pieces ------------------------------------------------------------------------------------
    def _tok(self, tokens, i) -> str:
        return tokens[i] if i < len(tokens) else ""

    def _ordinal(self, tokens, i):
        return parse_ordinal(tokens, i, self.lex) if i < len(tokens) else None

    def _weekday_stem(self, tok: str, numbers_too: bool = False) -> int | None:
        """A weekday with or without the article (الخميس، والجمعة، جمعة، ثلاثاء). Without the article, أحد and
        اثنين are also numbers (one, two): they count only where the context is a week or a month."""
        day = self.lex.weekday(tok)
        if day is not None:
            return day
        if "ال" + tok in self.lex.weekdays and (numbers_too or tok not in self.lex.numbers):
            return self.lex.weekdays["ال" + tok]
        return None

    def _weekday(self, tokens, i) -> tuple[int, int] | None:
        """(end, weekday): 'الخميس', 'يوم الخميس', 'يوم جمعة'."""
        tok = self._tok(tokens, i)
        j = i + 1 if tok in self.lex.day_word and (tok,) not in self.lex.relative_days else i
        if j >= len(tokens):
            return None
        day = self.lex.weekday(tokens[j]) if j == i else self._weekday_stem(tokens[j])
        if day is None or self._tok(tokens, j + 1) in ("عشر", "عشره"):  # الأحد عشر: eleven
            return None
        return j + 1, day

    def _skip(self, tokens, k, words) -> int:
        while k < len(tokens) and tokens[k] in words:
            k += 1
        return k

    def _month(self, tokens, i, numeric: bool = False) -> tuple[int, int] | None:
        """A month name, possibly doubled: 'أيلول/سبتمبر', 'أيلول (سبتمبر)', 'يونيو حزيران', 'شهر شباط'; with numeric, also
        'شهر 3', 'شهر ثلاثة', 'الشهر الثامن'. (end, month)."""
        lex = self.lex
        k = i
        led = False
        for prefix, stem in lex.strip_clitics(self._tok(tokens, k)):
            if stem in ("شهر", "الشهر") and prefix in ("", "ب", "ل", "في"):
                k, led = k + 1, True
                break
        hit = match_phrase(tokens, k, lex.months, lex, max_len=2)
        if hit is None:
            if not (numeric and led):
                return None
            return self._month_number(tokens, k)
        end, month = hit
        for opener, closer in (("/", None), ("(", ")"), ("-", None), ("", None)):
            if end + bool(opener) < len(tokens) and (not opener or tokens[end] == opener):
                second = match_phrase(tokens, end + bool(opener), lex.months, lex, max_len=2)
                if second is not None and second[1] == month:
                    end = second[0]
                    if closer and end < len(tokens) and tokens[end] == closer:
                        end += 1
                    break
        return end, month

    def _month_number(self, tokens, k) -> tuple[int, int] | None:
        """'3', 'ثلاثة', 'الثامن' after 'شهر'."""
        tok = self._tok(tokens, k)
        if tok.isascii() and tok.isdigit():
            return (k + 1, int(tok)) if 1 <= int(tok) <= 12 else None
        o = self._ordinal(tokens, k)
        if o is not None and o.relative_to is None and 1 <= o.value <= 12:
            return o.end, int(o.value)
        num = parse_number(tokens, k, self.lex) if k < len(tokens) else None
        if num is not None and not num.digits and float(num.value).is_integer() and 1 <= num.value <= 12:
            return num.end, int(num.value)
        return None

    def _year(self, tokens, i) -> tuple[int, int] | None:
        """A year after a date: '2014', '2014م', '، 2018', 'من عام 2014', 'ألفان وثمانية عشر'. (end, year)."""
        lex = self.lex
        k = self._skip(tokens, i, self._year_words)
        tok = self._tok(tokens, k)
        m = _YEAR.match(tok)
        if m:
            end = k + 1
            if self._tok(tokens, end) in ("م", *_HIJRI_SUFFIX):
                end += 1
            if end < len(tokens) and self._noun_after(tokens, end):
                return None  # 'في 5 ديسمبر 1500 قتيل': a count, not a year
            return end, int(m.group(1))
        if k < len(tokens) and not any(ch.isdigit() for ch in tok):
            num = parse_number(tokens, k, lex)
            if num is not None and 1000 <= num.value <= 2100 and float(num.value).is_integer() \
                    and not self._noun_after(tokens, num.end):
                return num.end, int(num.value)
        return None

    def _noun_after(self, tokens, k) -> bool:
        return k < len(tokens) and match_phrase(tokens, k, self.lex.nouns, self.lex, max_len=3) is not None

    def _direction(self, tokens, i) -> int | None:
        return self.lex.directions.get(tokens[i]) if i < len(tokens) else None

    def _day(self, tokens, i) -> tuple[int, int] | None:
        """A day of the month: 4, ٤, الثالث عشر, الاول. (end, day)."""
        if i >= len(tokens):
            return None
        tok = tokens[i]
        if tok.isascii() and tok.isdigit() and len(tok) <= 2 and 1 <= int(tok) <= 31:
            end = i + 1
            if end < len(tokens) and tokens[end] in (".", "-", "/") and self._month(tokens, end + 1):
                end += 1  # '2. أكتوبر', '2- أكتوبر'
            return end, int(tok)
        if not self._kind(tok) & {"ordinal", "number"}:
            return None
        o = self._ordinal(tokens, i)
        if o is not None and o.relative_to is None and 1 <= o.value <= 31:
            return o.end, int(o.value)
        return None

    def _day_words(self, tokens, i) -> tuple[int, int] | None:
        """A day written as a cardinal: 'واحد وعشرين', 'خمسة عشر'. (end, day)."""
        if i >= len(tokens) or any(ch.isdigit() for ch in tokens[i]):
            return None
        num = parse_number(tokens, i, self.lex)
        if num is not None and float(num.value).is_integer() and 1 <= num.value <= 31:
            return num.end, int(num.value)
        return None

    def _relative_month(self, tokens, k) -> tuple[int | None, int]:
        """'الشهر الماضي' / 'هذا الشهر' / 'الشهر' at k: (end, months from the article's month)."""
        if self._tok(tokens, k) in self.lex.this and self.lex.periods.get(self._tok(tokens, k + 1)) == "month":
            return k + 2, 0
        if k < len(tokens) and self.lex.periods.get(tokens[k]) == "month" and tokens[k].startswith("ال"):
            direction = self._direction(tokens, k + 1)
            if direction is not None:
                return k + 2, direction
            return k + 1, 0
        return None, 0

    def _month_of(self, tokens, k, ctx: _Ctx, day: int, numeric: bool = True) \
            -> tuple[int, int, int, bool] | None:
        """The month (and year) after a day: 'تموز', 'تموز 2014', 'أيلول/سبتمبر الجاري', 'من الشهر الماضي',
        'من هذا الشهر', 'شهر عشرة سنة 2015'. (end, year, month, relative)."""
        k = self._skip(tokens, k, {"من", "في"})
        month = self._month(tokens, k, numeric)
        if month is not None:
            end, m = month
            year = self._year(tokens, end)
            if year is not None:
                return year[0], year[1], m, False
            if ctx.base is None:
                return None
            period = self._tok(tokens, end)
            if self.lex.periods.get(period) == "year" and period.startswith("ال") \
                    and self._direction(tokens, end + 1) is not None:  # شهر مارس السنة القادمة
                return end + 2, ctx.base.year + self._direction(tokens, end + 1), m, True
            direction = self._direction(tokens, end)
            end += direction is not None
            return end, cal.year_for(ctx.base, m, day, direction, ctx.future < k), m, True
        if ctx.base is None:
            return None
        end, delta = self._relative_month(tokens, k)
        if end is None:
            return None
        year, m = cal.shift_month(ctx.base.year, ctx.base.month, delta)
        return end, year, m, True

    # -- shapes ------------------------------------------------------------------------------------
    def _holiday(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'عيد الفطر', 'عيد الأضحى 2013', 'رمضان 2019', 'شهر رمضان'."""
        hit = match_phrase(tokens, i, self.lex.holidays, self.lex, max_len=4)
        if hit is None:
            # a Hijri month alone is a holiday period only with a year after it (رمضان 2019)
            month = match_phrase(tokens, i, self.lex.hijri_months, self.lex, max_len=2)
            if month is None or self._ramadan is None or month[1] != self._ramadan.month \
                    or _NEWS_YEAR.match(self._tok(tokens, month[0])) is None:
                return None
            hit = (month[0], self._ramadan)
        end, holiday = hit
        year = _NEWS_YEAR.match(self._tok(tokens, end))
        if year:
            found = cal.holiday_in(holiday.calendar, holiday.month, holiday.day, int(year.group(1)))
            end += 1
            relative = False
        elif ctx.base is not None:
            near = cal.holiday_near(holiday.calendar, holiday.month, holiday.day, ctx.base)
            found = [near] if near else []
            relative = True
        else:
            return None
        if not found:
            return None
        first, last = found[0]
        return DateHit(i, end, _span(first, last, relative))

    def _range(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'من 13 إلى 15 تموز', 'بين 13 و15 تموز', '13 الى 15 تموز', 'من 13 تموز الى 15 تموز', 'تموز 13 الى 15',
        'يوليو 13-15', 'من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر', 'من 27-29 من الشهر الثامن'."""
        lex = self.lex
        k = i
        lead_month = self._month(tokens, k)
        if lead_month is not None:
            k = lead_month[0]
        elif tokens[k] in lex.range_from:
            k += 1
            if self._tok(tokens, k) == "بين":  # ما بين
                k += 1
        first = self._day(tokens, k)
        if first is None:
            return None
        k, d1 = first
        month1 = None
        if lead_month is None:
            month1 = self._month_of(tokens, k, ctx, d1) if self._tok(tokens, k) not in lex.range_to else None
            if month1 is not None:
                k = month1[0]
        if self._tok(tokens, k) not in lex.range_to:
            return None
        if tokens[k] == "و" and tokens[i] != "بين":
            return None  # '13 و15 تموز' without بين is two dates' worth of words, not clearly a range
        second = self._day(tokens, k + 1)
        if second is None or second[1] <= d1 and month1 is None:
            return None
        end, d2 = second
        if lead_month is not None:
            year = self._year(tokens, end)
            if year is not None:
                y, m, end, relative = year[1], lead_month[1], year[0], False
            elif ctx.base is not None:
                y, m, relative = cal.year_for(ctx.base, lead_month[1], d1, None, ctx.future < i), lead_month[1], True
            else:
                return None
            y1, m1 = y, m
        else:
            month2 = self._month_of(tokens, end, ctx, d2)
            if month2 is None:
                return None
            end, y, m, relative = month2
            if month1 is not None:
                _, y1, m1, rel1 = month1
                relative = relative or rel1
            else:
                y1, m1 = y, m
        if not (cal.valid(y1, m1, d1) and cal.valid(y, m, d2)):
            return None
        first_day, last_day = dt.date(y1, m1, d1), dt.date(y, m, d2)
        if last_day <= first_day:
            return None
        return DateHit(i, end, _span(first_day, last_day, relative))

    def _weekday_led(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """A weekday first: 'الخميس', 'يوم الخميس 15 أغسطس', 'الاثنين، 12 يناير 2016', 'الأحد الماضي',
        'الخميس الموافق 14 شباط', 'الاحد من الاسبوع الماضي', 'السبت السادس عشر', 'الثلاثاء الثالث من أيلول'."""
        this = tokens[i] in self.lex.this
        wd = self._weekday(tokens, i + this)
        if wd is None:
            return None
        j, weekday = wd
        if this:
            if ctx.base is None:
                return None
            return DateHit(i, j, _day(cal.weekday_near(ctx.base, weekday, 0), True))  # هذا الاثنين
        k = self._skip(tokens, j, {"،", ",", "|"} | self.lex.same_as | {"في"})
        # a date after the weekday
        found = self._nth_weekday_after(tokens, i, j, weekday, ctx)
        if found is not None:
            return found
        for shape in (self._relative_day, self._day_month, self._month_day):
            hit = shape(tokens, k, ctx, weekday=weekday)
            if hit is not None and hit.date is not None:
                return DateHit(i, hit.end, hit.date)
        hit = self._numeric(tokens, k, ctx) if k < len(tokens) else None  # الجمعة الموافق 16/9/1436هـ
        if hit is not None and hit.date is not None and hit.date.precision == "day":
            day = dt.date.fromisoformat(hit.date.value)
            return DateHit(i, hit.end, DateValue(hit.date.value, "day", hit.date.relative, _mismatch(day, weekday)))
        if ctx.base is None:
            return None
        # the weekday of a week: 'الاحد من الاسبوع الماضي', 'الاثنين من هذا الاسبوع'
        week = self._week(tokens, self._skip(tokens, j, {"من"}))
        if week is not None:
            end, weeks = week
            return DateHit(i, end, _day(cal.week_start(ctx.base, weeks) + dt.timedelta(days=weekday - 1), True))
        direction = self._direction(tokens, j)
        if direction is not None:
            return DateHit(i, j + 1, _day(cal.weekday_near(ctx.base, weekday, direction), True))
        return DateHit(i, j, _day(cal.weekday_near(ctx.base, weekday, None, ahead=ctx.future < i), True))

    def _nth_weekday_after(self, tokens, i, j, weekday, ctx: _Ctx) -> DateHit | None:
        """'الثلاثاء الثالث من شهر أيلول 2014', 'الاثنين الأخير من آذار', 'الأحد الثاني': an ordinal after a
        weekday. As a day of the month when that day is the named weekday (السبت الثالث من آذار 2018 = 3 March);
        else as the n-th such weekday of the month, with a warning that says so."""
        o = self._ordinal(tokens, j)
        if o is None:
            return None
        last = o.relative_to == "end" and o.value == 0
        if o.relative_to is not None and not last or not (1 <= o.value <= 31 or last):
            return None
        n = -1 if last else int(o.value)
        month = self._month_of(tokens, o.end, ctx, 1 if last else n)
        if month is None:
            if ctx.base is None or self._tok(tokens, o.end) in ("من", "في") or last:
                return None
            end, y, m, relative = o.end, ctx.base.year, ctx.base.month, True
        else:
            end, y, m, relative = month
        if not last and cal.valid(y, m, n) and dt.date(y, m, n).isoweekday() == weekday:
            return DateHit(i, end, _day(dt.date(y, m, n), relative))
        if not last and n > 5:
            if not cal.valid(y, m, n):
                return DateHit(i, end, None)
            return DateHit(i, end, _day(dt.date(y, m, n), relative, _mismatch(dt.date(y, m, n), weekday)))
        day = cal.nth_weekday(y, m, weekday, n)
        if day is None:
            return DateHit(i, end, None)  # 'الأحد الخامس' of a month with four Sundays: no such day
        warning = None
        if not last and cal.valid(y, m, n):
            nth = {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")
            warning = (f"read as the {nth} {WEEKDAY_NAMES[weekday - 1]} of the month, {day.isoformat()}; as a "
                       f"day of the month, {dt.date(y, m, n).isoformat()} is a "
                       f"{WEEKDAY_NAMES[dt.date(y, m, n).isoweekday() - 1]}")
        return DateHit(i, end, _day(day, relative, warning))

    def _relative_day(self, tokens, i, ctx: _Ctx, weekday: int | None = None) -> DateHit | None:
        """'اليوم', 'أمس', 'غدا الجمعة', 'اليوم الخميس', 'مساء أمس الأحد'."""
        hit = match_phrase(tokens, i, self.lex.relative_days, self.lex, clitic_first=True, max_len=5)
        if hit is None or ctx.base is None:
            return None
        end, offset = hit
        if offset == 0 and end == i + 1 and (self._day(tokens, end) is not None
                                             or self._tok(tokens, end) in self.lex.last):
            return None  # 'اليوم الثالث من أكتوبر': a day of a month, not today
        after = self._weekday(tokens, end)
        if after is None and self._tok(tokens, end) == "(" and self._tok(tokens, end + 2) == ")":
            inner = self._weekday(tokens, end + 1)  # اليوم (الاثنين)
            after = (end + 3, inner[1]) if inner is not None and inner[0] == end + 2 else None
        if after is not None and weekday is None:
            end, weekday = after  # اليوم الخميس، غدا الجمعة، أمس الأحد
        day = ctx.base + dt.timedelta(days=offset)
        return DateHit(i, end, _day(day, True, _mismatch(day, weekday)))

    def _week(self, tokens, k) -> tuple[int, int] | None:
        """'الأسبوع الماضي', 'هذا الأسبوع', 'الاسبوع الحالي': (end, weeks from the article's week)."""
        if self._tok(tokens, k) in self.lex.this and self.lex.periods.get(self._tok(tokens, k + 1)) == "week":
            return k + 2, 0
        tok = self._tok(tokens, k)
        if self.lex.periods.get(tok) == "week" and tok.startswith("ال"):
            direction = self._direction(tokens, k + 1)
            if direction is not None:
                return k + 2, direction
        return None

    def _week_led(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'الأسبوع المقبل يوم الجمعة' (a day), 'الأسبوع الماضي' (its Monday to Sunday)."""
        week = self._week(tokens, i)
        if week is None or ctx.base is None:
            return None
        end, weeks = week
        monday = cal.week_start(ctx.base, weeks)
        wd = self._weekday(tokens, end)
        if wd is not None:
            return DateHit(i, wd[0], _day(monday + dt.timedelta(days=wd[1] - 1), True))
        return DateHit(i, end, _span(monday, monday + dt.timedelta(days=6), True))

    def _nth_weekday(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'أول ثلاثاء من شهر عشرة', 'ثالث يوم ثلاثاء بأيلول بعام 2014', 'آخر اثنين من الشهر القادم', and a
        weekday of a week: 'أحد الأسبوع الماضي', 'ثلاثاء الأسبوع الفائت'."""
        if ctx.base is not None and self.lex.weekday(tokens[i]) is None:
            day = self._weekday_stem(tokens[i], numbers_too=True)
            week = self._week(tokens, i + 1) if day is not None else None
            if week is not None:
                end, weeks = week
                return DateHit(i, end, _day(cal.week_start(ctx.base, weeks) + dt.timedelta(days=day - 1), True))
        if tokens[i] in self.lex.last:
            n, k = -1, i + 1
        else:
            o = self._ordinal(tokens, i)
            if o is None or o.relative_to is not None or not 1 <= o.value <= 5 or o.prefix:
                return None
            n, k = int(o.value), o.end
        k += self._tok(tokens, k) in self.lex.day_word
        if k >= len(tokens):
            return None
        weekday = self._weekday_stem(tokens[k], numbers_too=True)
        if weekday is None or self.lex.weekday(tokens[k]) is not None:
            return None  # 'ثالث ثلاثاء' is bare; 'الثالث الثلاثاء' is not this shape
        month = self._month_of_prefixed(tokens, k + 1, ctx)
        if month is None:
            return None
        end, y, m, relative = month
        day = cal.nth_weekday(y, m, weekday, n)
        return DateHit(i, end, _day(day, relative) if day else None)

    def _month_of_prefixed(self, tokens, k, ctx: _Ctx):
        """A month after 'من', 'في' or a clitic ب/في on the month itself ('بايلول', 'بشهر')."""
        found = self._month_of(tokens, k, ctx, 1)
        if found is not None or k >= len(tokens):
            return found
        for prefix, stem in self.lex.strip_clitics(tokens[k]):
            if prefix in ("ب", "ل") and stem:
                return self._month_of([*tokens[:k], stem, *tokens[k + 1:]], k, ctx, 1)
        return None

    def _nth_day(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'اليوم الثالث من أكتوبر', 'ثالث يوم من شهر عشرة', 'اليوم الأخير من شهر عشرة سنة 2015', 'آخر يوم
        بشهر عشرة سنة 2015'."""
        if tokens[i] in self.lex.day_word:
            k = i + 1
            if self._tok(tokens, k) in self.lex.last:
                n, k = -1, k + 1
            else:
                o = self._ordinal(tokens, k)
                if o is None or o.relative_to is not None or not 1 <= o.value <= 31:
                    return None
                n, k = int(o.value), o.end
        elif tokens[i] in self.lex.last:
            if self._tok(tokens, i + 1) not in self.lex.day_word:
                return None
            n, k = -1, i + 2
        else:
            o = self._ordinal(tokens, i)
            if o is None or o.relative_to is not None or o.prefix or self._tok(tokens, o.end) not in self.lex.day_word:
                return None
            n, k = int(o.value), o.end + 1
        month = self._month_of_prefixed(tokens, k, ctx)
        if month is None:
            return None
        end, y, m, relative = month
        d = cal.last_day(y, m) if n == -1 else n
        return DateHit(i, end, _day(dt.date(y, m, d), relative) if cal.valid(y, m, d) else None)

    def _day_month(self, tokens, i, ctx: _Ctx, weekday: int | None = None) -> DateHit | None:
        """'4 أيلول/سبتمبر الجاري', '13 تموز 2014', 'الثالث عشر من الشهر الماضي', 'العاشر من سبتمبر، ألفين',
        '15 رمضان 1435هـ'."""
        if not any(self._kind(t) & _MONTHLIKE for t in tokens[i + 1:i + 6]):
            return None  # no month word near: a figure, not a day (cheaper than parsing the number)
        day = self._day(tokens, i) or (self._day_words(tokens, i) if weekday is None else None)
        if day is None:
            return None
        k, d = day
        hijri = self._hijri(tokens, k, d, ctx)
        if hijri is not None:
            return DateHit(i, hijri[0], hijri[1])
        month = self._month_of(tokens, k, ctx, d)
        if month is None:
            return None
        end, year, m, relative = month
        if weekday is not None and relative and ctx.base is not None and self._direction(tokens, end - 1) is None \
                and self._relative_month(tokens, self._skip(tokens, k, {"من", "في"}))[0] is None:
            year = cal.year_of_weekday(ctx.base, m, d, weekday) or year
        if not cal.valid(year, m, d):
            return DateHit(i, end, None)  # '31 من هذا الشهر' in November: no such day
        date = dt.date(year, m, d)
        return DateHit(i, end, _day(date, relative, _mismatch(date, weekday)))

    def _hijri(self, tokens, k, d, ctx: _Ctx) -> tuple[int, DateValue] | None:
        """'15 رمضان 1435هـ', '10 ذي الحجة': a Hijri date, converted to the Gregorian calendar."""
        hit = match_phrase(tokens, self._skip(tokens, k, {"من"}), self.lex.hijri_months, self.lex, max_len=2)
        if hit is None:
            return None
        end, hm = hit
        tok = self._tok(tokens, end)
        m = re.match(r"^(1[34][0-9]{2})(ه)?$", tok)
        if m:
            end += 1
            if self._tok(tokens, end) in _HIJRI_SUFFIX:
                end += 1
            day = cal.hijri_date(int(m.group(1)), hm, d)
            return (end, _day(day, False)) if day else None
        if ctx.base is None:
            return None
        hy = cal.hijri_year_of(ctx.base)
        if hy is None:
            return None  # an article dated outside the Umm al-Qura range
        options = [x for x in (cal.hijri_date(y, hm, d) for y in (hy - 1, hy, hy + 1)) if x]
        if not options:
            return None
        return end, _day(min(options, key=lambda x: abs((x - ctx.base).days)), True)

    def _month_day(self, tokens, i, ctx: _Ctx, weekday: int | None = None) -> DateHit | None:
        """A month first: 'يناير الثاني والعشرين، 2018', 'سبتمبر 10، ألف وتسعمائة وواحد', 'تموز 13'."""
        glued = _GLUED.match(self._tok(tokens, i))
        if glued:  # 'يناير-1' is one token
            tokens = [*tokens[:i], glued.group(1), glued.group(2), *tokens[i + 1:]]
        month = self._month(tokens, i)
        if month is None:
            return None
        k, m = month
        k = self._skip(tokens, k, {"-"})
        day = self._day(tokens, k)
        if day is None:
            return None
        end, d = day
        year = self._year(tokens, end)
        if year is not None:
            end, y = year
            relative = False
        else:
            nxt = self._tok(tokens, end)
            if ctx.base is None or (nxt and (nxt[0].isalpha() or nxt in ("-", "/"))):
                return None  # 'في تموز 13 قتيلا': a count after a month, not a day
            y, relative = cal.year_for(ctx.base, m, d, None, ctx.future < i), True
            if weekday is not None:
                y = cal.year_of_weekday(ctx.base, m, d, weekday) or y
        if not cal.valid(y, m, d):
            return None
        date = dt.date(y, m, d)
        return DateHit(i, end - bool(glued), _day(date, relative, _mismatch(date, weekday)))

    def _month_span(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'أوائل آذار', 'أواخر شهر مارس', 'أواسط الشهر الماضي': a stretch of a month."""
        span = self.lex.month_spans.get(tokens[i])
        if span is None:
            return None
        month = self._month_of(tokens, i + 1, ctx, 15)
        if month is None:
            return None
        end, y, m, relative = month
        first, last = span
        last_day = cal.last_day(y, m) if last == -1 else last
        return DateHit(i, end, _span(dt.date(y, m, first), dt.date(y, m, last_day), relative))

    def _month_part(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'منتصف الشهر الماضي', 'منتصف آذار', 'نهاية كانون الثاني', 'بداية شهر 3': a day of the month."""
        day = None
        for prefix, stem in self.lex.strip_clitics(tokens[i]):
            if prefix in ("", "في", "ب", "ل", "و") and stem in self.lex.month_parts:
                day = self.lex.month_parts[stem]
                break
        if day is None:
            return None
        month = self._month_of(tokens, i + 1, ctx, 15)
        if month is None:
            return None
        end, y, m, relative = month
        d = cal.last_day(y, m) if day == -1 else day
        return DateHit(i, end, _day(dt.date(y, m, d), relative))

    def _relative_period(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'الشهر الماضي', 'هذا الشهر' (month precision), 'السنة القادمة', 'العام الماضي', 'هذه السنة' (year)."""
        if ctx.base is None:
            return None
        k = i
        this = tokens[k] in self.lex.this
        k += this
        period = self.lex.periods.get(self._tok(tokens, k))
        if period not in ("month", "year") or not self._tok(tokens, k).startswith("ال") and not this:
            return None
        if not this and tokens[k] in self.lex.adjective_after_noun and k > 0 and tokens[k - 1].startswith("ال") \
                and tokens[k - 1] not in self.lex.periods:
            return DateHit(i, k + 2, None)  # 'الأمين العام السابق': the former secretary-general
        direction = 0 if this else self._direction(tokens, k + 1)
        if direction is None:
            return None
        end = k + 1 + (not this)
        if period == "month":
            y, m = cal.shift_month(ctx.base.year, ctx.base.month, direction)
            return DateHit(i, end, DateValue(f"{y:04d}-{m:02d}", "month", True))
        return DateHit(i, end, DateValue(f"{ctx.base.year + direction:04d}", "year", True))

    def _ago(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'قبل أسبوع', 'قبل يومين', 'قبل ثلاثة أشهر', 'قبل عامين': back from the article, at the precision of
        the unit counted. 'قبل أسبوع من الانتخابات' is relative to something else and is left alone."""
        if tokens[i] not in self.lex.ago or ctx.base is None:
            return None
        k = i + 1
        amount = 1
        num = parse_number(tokens, k, self.lex) if k < len(tokens) else None
        if num is not None and float(num.value).is_integer() and 0 < num.value <= 100:
            amount, k = int(num.value), num.end
        period_word = self._tok(tokens, k)
        period = self.lex.periods.get(period_word)
        if period is None or self._tok(tokens, k + 1) in ("من", "على"):
            return None
        if num is None:
            if period_word.endswith(("ين", "ان")):
                amount = 2  # a dual: يومين، شهرين، عامين
            elif period_word not in ("يوم", "اسبوع", "شهر", "عام", "سنه", "سنة"):
                return None  # 'قبل أيام': some days ago, no date
        day = cal.shift(ctx.base, -amount, period)
        if period in ("day", "week"):
            return DateHit(i, k + 1, _day(day, True))
        if period == "month":
            return DateHit(i, k + 1, DateValue(f"{day.year:04d}-{day.month:02d}", "month", True))
        return DateHit(i, k + 1, DateValue(f"{day.year:04d}", "year", True))

    def _month_alone(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'في أكتوبر المقبل', 'سبتمبر 2014', 'شهر شباط': month precision. A month name alone needs a lead word
        or a year or a direction (مارس is also a verb)."""
        month = self._month(tokens, i)
        if month is None:
            return None
        end, m = month
        year = self._year(tokens, end)
        if year is not None:
            return DateHit(i, year[0], DateValue(f"{year[1]:04d}-{m:02d}", "month", False))
        direction = self._direction(tokens, end)
        led = tokens[i] == "شهر" or (i > 0 and tokens[i - 1] in self.lex.month_lead)
        if ctx.base is None or (direction is None and not led):
            return None
        year = cal.year_for_month(ctx.base, m, direction, ctx.future < i)
        return DateHit(i, end + (direction is not None), DateValue(f"{year:04d}-{m:02d}", "month", True))

    def _year_alone(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'عام 2014', 'في 2014', '2014م': year precision."""
        m = _YEAR.match(tokens[i])
        if m is None or not _NEWS_YEAR.match(m.group(1)):
            return None
        led = (i > 0 and tokens[i - 1] in self.lex.year_lead) or m.group(2) == "م"
        end = i + 1
        if self._tok(tokens, end) == "م":
            end, led = end + 1, True
        if not led:
            return None
        return DateHit(i, end, DateValue(m.group(1), "year", False))

    def _numeric(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'2016/02/22', '21-04-2016', '18-9-15', '1435/11/10هـ' (one token or five), '2/2013' (a month), and
        '22/4' after a lead word (في، يوم، بتاريخ): day first, as Arabic writes it."""
        tok = tokens[i]
        end = i + 1
        if not (_YMD.match(tok) or _DMY.match(tok)) and i + 4 < len(tokens) and tokens[i + 1] == tokens[i + 3] \
                and tokens[i + 1] in ("-", "/") and all(t.isdigit() for t in tokens[i:i + 3:2]) \
                and re.match(r"^[0-9]+ه?$", tokens[i + 4]):
            tok, end = "".join(tokens[i:i + 5]), i + 5
        hijri = False
        if self._tok(tokens, end) in _HIJRI_SUFFIX:
            hijri, end = True, end + 1
        m = _YMD.match(tok)
        if m:
            y, mo, d = (int(x) for x in m.groups()[:3])
            hijri = hijri or bool(m.group(4))
        else:
            m = _DMY.match(tok)
            if m:
                d, mo, y = (int(x) for x in m.groups()[:3])
                hijri = hijri or bool(m.group(4))
                if len(m.group(3)) == 2:
                    y += 2000
            else:
                return self._numeric_short(tokens, i, ctx)
        if hijri or 1300 <= y <= 1500:
            day = cal.hijri_date(y, mo, d)
            return DateHit(i, end, _day(day, False)) if day else None
        if not cal.valid(y, mo, d):
            return None
        return DateHit(i, end, _day(dt.date(y, mo, d), False))

    def _numeric_short(self, tokens, i, ctx: _Ctx) -> DateHit | None:
        """'2/2013' (month precision); '22/4', '22-4', '04/22' after a lead word (day first; month first only
        when the first number cannot be a month)."""
        tok, end = tokens[i], i + 1
        if self._tok(tokens, i + 1) in ("-", "/") and self._tok(tokens, i + 2).isdigit() and tok.isdigit():
            tok, end = "".join(tokens[i:i + 3]), i + 3  # '22 - 4' as the tokenizer splits it
        m = _MY.match(tok)
        if m and 1 <= int(m.group(1)) <= 12 and _NEWS_YEAR.match(m.group(2)):
            return DateHit(i, end, DateValue(f"{m.group(2)}-{int(m.group(1)):02d}", "month", False))
        m = _DM.match(tok)
        if m is None or ctx.base is None or self._noun_after(tokens, end):
            return None
        a, b = int(m.group(1)), int(m.group(2))
        lead = tokens[i - 1] if i > 0 else ""
        # '1/2' may be a half and '3-1' a score: without a lead word only a pair that can only be a day and a
        # month (22/4, 4/22) or is zero-padded (04/12) is a date
        if not (lead in self.lex.numeric_lead or "0" in (m.group(1)[0], m.group(2)[0])
                or ((a > 12) != (b > 12) and max(a, b) <= 31)):
            return None
        d, mo = (a, b) if 1 <= b <= 12 else (b, a)
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        year = self._year(tokens, end)
        short = re.match(r"^[0-9]{2}$", self._tok(tokens, end + 1)) if self._tok(tokens, end) in (",", "،") else None
        if year is not None:  # '08/12، 2015'
            end, y, relative = year[0], year[1], False
        elif short:  # '08/12، 15'
            end, y, relative = end + 2, 2000 + int(short.group(0)), False
        else:
            y, relative = cal.year_for(ctx.base, mo, d, None, ctx.future < i), True
        if not cal.valid(y, mo, d):
            return None
        return DateHit(i, end, _day(dt.date(y, mo, d), relative))
