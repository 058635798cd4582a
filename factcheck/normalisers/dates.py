"""Dates in Arabic news, resolved against the article's own date.

Reads explicit dates at day, month or year precision with Levantine, Egyptian and Maghrebi month names, often
doubled (4 أيلول/سبتمبر، 11 أيلول (سبتمبر)); ordinal days (الثالث عشر من الشهر الماضي, also the misspelling
الثلث عشر); relative days (اليوم، أمس، غدا، بعد غد) and months (الشهر الماضي، في أكتوبر المقبل، منتصف الشهر);
years (عام 2014، في 2014، 2014م); numeric dates (2016/02/22، 21-04-2016). A weekday that disagrees with the
resolved date (اليوم الخميس in an article of a Friday) gives a warning, never a silent correction.
Words come from rules/lexicons/months.yml and dates.yml.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from factcheck.lexicons import Lexicon
from factcheck.normalisers.ordinals import parse_ordinal
from factcheck.normalisers.phrases import match_phrase

_YMD = re.compile(r"^([0-9]{4})[/-]([0-9]{1,2})[/-]([0-9]{1,2})$")  # digits are ASCII after normalisation
_DMY = re.compile(r"^([0-9]{1,2})[/-]([0-9]{1,2})[/-]([0-9]{4})$")
_YEAR = re.compile(r"^(1[89][0-9][0-9]|20[0-9][0-9]|2100)$")
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
    date: DateValue
    skip: int = 0  # proclitic characters to leave out of the span


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


class DateScanner:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        # words that can start a date; anything else is skipped without trying the shapes
        self._starts = frozenset(set(lex.weekdays) | {k[0] for k in lex.relative_days} | {k[0] for k in lex.months}
                                 | set(lex.month_parts) | set(lex.ordinals) | set(lex.ordinal_teen_units)
                                 | set(lex.numbers) | {"شهر"})
        self._can_start: dict[str, bool] = {}

    def _start_word(self, tok: str) -> bool:
        known = self._can_start.get(tok)
        if known is None:
            known = any(ch.isdigit() for ch in tok) or any(
                stem in self._starts for _, stem in self.lex.strip_clitics(tok))
            if len(self._can_start) < 500_000:
                self._can_start[tok] = known
        return known

    # -- pieces ------------------------------------------------------------------------------------
    def _weekday(self, tokens, i) -> int | None:
        return self.lex.weekday(tokens[i]) if i < len(tokens) else None

    def _month(self, tokens, i) -> tuple[int, int] | None:
        """A month name, possibly doubled: 'أيلول/سبتمبر', 'أيلول (سبتمبر)', 'شهر شباط'. (end, month)."""
        lex = self.lex
        if i < len(tokens) and tokens[i] in ("شهر",):
            i += 1
        hit = match_phrase(tokens, i, lex.months, lex, max_len=2)
        if hit is None:
            return None
        end, month = hit
        for opener, closer in (("/", None), ("(", ")"), ("-", None)):
            if end + 1 < len(tokens) and tokens[end] == opener:
                second = match_phrase(tokens, end + 1, lex.months, lex, max_len=2)
                if second is not None and second[1] == month:
                    end = second[0]
                    if closer and end < len(tokens) and tokens[end] == closer:
                        end += 1
                    break
        return end, month

    def _direction(self, tokens, i) -> int | None:
        return self.lex.directions.get(tokens[i]) if i < len(tokens) else None

    def _year(self, tokens, i) -> int | None:
        if i < len(tokens) and _YEAR.match(tokens[i]):
            return int(tokens[i])
        return None

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
        o = parse_ordinal(tokens, i, self.lex)
        if o is not None and o.relative_to is None and 1 <= o.value <= 31:
            return o.end, int(o.value)
        return None

    # -- shapes ------------------------------------------------------------------------------------
    def scan(self, tokens: list[str], published: str | None) -> list[DateHit]:
        base = None
        if published and len(published) == 10:
            base = dt.date.fromisoformat(published)
        out: list[DateHit] = []
        i = 0
        while i < len(tokens):
            if not self._start_word(tokens[i]):
                i += 1
                continue
            hit = self._at(tokens, i, base)
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = hit.end
        return out

    def _at(self, tokens, i, base: dt.date | None) -> DateHit | None:
        weekday = self._weekday(tokens, i)
        j = i + 1 if weekday else i
        if weekday and j < len(tokens) and tokens[j] in (",", "،"):
            j += 1
        return (self._relative_day(tokens, i, j, weekday, base) or self._day_month(tokens, i, j, weekday, base)
                or self._month_part(tokens, i, base) or self._month_alone(tokens, i, base)
                or self._year_alone(tokens, i) or self._numeric(tokens, i))

    def _relative_day(self, tokens, start, j, weekday, base) -> DateHit | None:
        hit = match_phrase(tokens, j, self.lex.relative_days, self.lex, clitic_first=False, max_len=3)
        if hit is None or base is None:
            return None
        end, offset = hit
        after = self._weekday(tokens, end)
        if after is not None and weekday is None:
            weekday, end = after, end + 1  # اليوم الخميس، غدا الجمعة، أمس الأحد
        day = base + dt.timedelta(days=offset)
        return DateHit(start, end, self._checked(day, weekday, relative=True))

    def _day_month(self, tokens, start, j, weekday, base) -> DateHit | None:
        day = self._day(tokens, j)
        if day is None:
            return None
        k, d = day
        if k < len(tokens) and tokens[k] == "من":
            k += 1
        month = self._month(tokens, k)
        if month is not None:
            end, m = month
            year = self._year(tokens, end)
            direction = None
            if year is not None:
                end += 1
                if end < len(tokens) and tokens[end] == "م":
                    end += 1
            else:
                direction = self._direction(tokens, end)
                if direction is not None:
                    end += 1
                if base is None:
                    return None
                year = self._year_for(base, m, d, direction)
                if weekday is not None and direction is None:
                    year = self._year_of_weekday(base, m, d, weekday) or year
        else:  # من الشهر الماضي، من هذا الشهر
            found = self._this_or_other_month(tokens, k, base)
            if found is None:
                return None
            end, year, m = found
        if not _valid(year, m, d):
            return None
        date = self._checked(dt.date(year, m, d), weekday, relative=month is None or direction is not None
                             or self._year(tokens, end - 1) is None)
        return DateHit(start, end, date)

    def _this_or_other_month(self, tokens, k, base) -> tuple[int, int, int] | None:
        """'الشهر الماضي' / 'هذا الشهر' at k, resolved against the article: (end, year, month)."""
        if base is None:
            return None
        end, delta = self._relative_month(tokens, k)
        if end is None:
            return None
        year, month = _shift_month(base.year, base.month, delta)
        return end, year, month

    def _relative_month(self, tokens, k) -> tuple[int | None, int]:
        """'الشهر الماضي' / 'هذا الشهر' / 'الشهر' at k: (end, months from the article's month)."""
        if k < len(tokens) and tokens[k] == "هذا" and k + 1 < len(tokens) and \
                self.lex.periods.get(tokens[k + 1]) == "month":
            return k + 2, 0
        if k < len(tokens) and self.lex.periods.get(tokens[k]) == "month":
            direction = self._direction(tokens, k + 1)
            if direction is not None:
                return k + 2, direction
            return k + 1, 0
        return None, 0

    def _month_part(self, tokens, i, base) -> DateHit | None:
        """'منتصف الشهر الماضي', 'منتصف آذار', 'في نصف شهر مارس': a day of the month."""
        day = self.lex.month_parts.get(tokens[i])
        if day is None:
            return None
        k = i + 1
        month = self._month(tokens, k)
        if month is not None:
            end, m = month
            year = self._year(tokens, end)
            relative = year is None
            if year is not None:
                end += 1
            elif base is not None:
                direction = self._direction(tokens, end)
                year = self._year_for(base, m, day, direction)
                end += direction is not None
            else:
                return None
            return DateHit(i, end, DateValue(dt.date(year, m, day).isoformat(), "day", relative))
        found = self._this_or_other_month(tokens, k, base)
        if found is None:
            return None
        end, year, m = found
        return DateHit(i, end, DateValue(dt.date(year, m, day).isoformat(), "day", True))

    def _month_alone(self, tokens, i, base) -> DateHit | None:
        """'في أكتوبر المقبل', 'سبتمبر 2014', 'شهر شباط': month precision. A month name alone needs a lead word
        or a year or a direction (مارس is also a verb)."""
        month = self._month(tokens, i)
        if month is None:
            return None
        end, m = month
        year = self._year(tokens, end)
        if year is not None:
            return DateHit(i, end + 1, DateValue(f"{year:04d}-{m:02d}", "month", False))
        direction = self._direction(tokens, end)
        led = tokens[i] == "شهر" or (i > 0 and tokens[i - 1] in self.lex.month_lead)
        if base is None or (direction is None and not led):
            return None
        year = self._year_for(base, m, 1, direction)
        return DateHit(i, end + (direction is not None), DateValue(f"{year:04d}-{m:02d}", "month", True))

    def _year_alone(self, tokens, i) -> DateHit | None:
        """'عام 2014', 'في 2014', '2014م': year precision."""
        year = self._year(tokens, i)
        if year is None:
            return None
        led = i > 0 and tokens[i - 1] in self.lex.year_lead
        end = i + 1
        if end < len(tokens) and tokens[end] == "م":
            end, led = end + 1, True
        if not led:
            return None
        return DateHit(i, end, DateValue(f"{year:04d}", "year", False))

    def _numeric(self, tokens, i) -> DateHit | None:
        """'2016/02/22', '2016-02-22', '21/04/2016', '21-04-2016' (one token or five)."""
        tok = tokens[i]
        end = i + 1
        if not (_YMD.match(tok) or _DMY.match(tok)) and i + 4 < len(tokens) and tokens[i + 1] == tokens[i + 3] \
                and tokens[i + 1] in ("-", "/"):
            tok, end = "".join(tokens[i:i + 5]), i + 5
        m = _YMD.match(tok)
        if m:
            y, mo, d = (int(x) for x in m.groups())
        else:
            m = _DMY.match(tok)
            if not m:
                return None
            d, mo, y = (int(x) for x in m.groups())
        if not _valid(y, mo, d):
            return None
        return DateHit(i, end, DateValue(dt.date(y, mo, d).isoformat(), "day", False))

    # -- resolution --------------------------------------------------------------------------------
    @staticmethod
    def _year_for(base: dt.date, month: int, day: int, direction: int | None) -> int:
        """The year of a day and month given without one. الجاري: this year; المقبل: the next such month
        after the article; الماضي: the last one before it; nothing: this year, unless that is more than a
        month after the article (news reports what happened)."""
        if direction == 1:
            return base.year if (month, day) > (base.month, base.day) else base.year + 1
        if direction == -1:
            return base.year if (month, day) < (base.month, base.day) else base.year - 1
        if direction == 0:
            return base.year
        candidate = dt.date(base.year, month, min(day, calendar.monthrange(base.year, month)[1]))
        return base.year - 1 if candidate - base > dt.timedelta(days=31) else base.year

    @staticmethod
    def _year_of_weekday(base: dt.date, month: int, day: int, weekday: int) -> int | None:
        """The year nearest the article in which day/month falls on the named weekday (الخميس 15 اغسطس)."""
        years = [y for y in (base.year, base.year + 1, base.year - 1)
                 if _valid(y, month, day) and dt.date(y, month, day).isoweekday() == weekday]
        return min(years, key=lambda y: abs(dt.date(y, month, day) - base)) if years else None

    @staticmethod
    def _checked(day: dt.date, weekday: int | None, relative: bool) -> DateValue:
        warning = None
        if weekday is not None and day.isoweekday() != weekday:
            warning = (f"the text names a {WEEKDAY_NAMES[weekday - 1]}, but {day.isoformat()} is a "
                       f"{WEEKDAY_NAMES[day.isoweekday() - 1]}")
        return DateValue(day.isoformat(), "day", relative, warning)
