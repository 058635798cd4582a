"""The scorers themselves, on hand-made mentions (no parser): each matching rule and each named convention."""

from __future__ import annotations

from tests.conformance.scoring import Verdict, money_unit, score_case


def M(text: str, whole: str, kind: str = "number", value=None, low="=", high="=", li=True, hi=True, unit=None,
      approximate=False, vague=False) -> dict:
    """A mention of `text` (first occurrence in `whole`); low/high default to the value (a point)."""
    start = whole.index(text)
    return {"start": start, "end": start + len(text), "text": text, "kind": kind, "value": value,
            "low": value if low == "=" else low, "high": value if high == "=" else high,
            "low_inclusive": li, "high_inclusive": hi, "approximate": approximate, "vague": vague,
            "unit": unit}


def rec(suite: str, text: str, results: list[dict]) -> dict:
    return {"suite": suite, "case_id": f"{suite}#0", "input": text, "expected": {"results": results},
            "peer_flags": {"dotnet_tested": True, "ignore_resolution": False}}


def duck(suite: str, text: str, expected: dict, negative: bool = False) -> dict:
    return {"suite": suite, "case_id": f"{suite}#0", "input": text, "expected": expected,
            "peer_flags": {"negative": negative}}


def score(case: dict, family: str, *mentions: dict) -> Verdict:
    return score_case(case, tuple(mentions), family)


# Recognizers number --------------------------------------------------------------------------------------


def test_number_containment_allows_counted_noun_and_needs_equal_value():
    text = "لديها ثلاثة اقلام"
    case = rec("recognizers_number_ar", text, [{"text": "ثلاثة", "start": 6, "end": 10, "value": 3}])
    assert score(case, "rec_number", M("ثلاثة اقلام", text, "count", 3, unit="pen")).passed
    assert not score(case, "rec_number", M("ثلاثة اقلام", text, "count", 4, unit="pen")).passed
    assert not score(case, "rec_number").passed


def test_number_count_order_and_extras():
    text = "صفر هو٠"
    exp = [{"text": "صفر", "start": 0, "end": 2, "value": 0}, {"text": "٠", "start": 6, "end": 6, "value": 0}]
    case = rec("recognizers_number_ar", text, exp)
    assert score(case, "rec_number", M("صفر", text, value=0), M("٠", text, value=0)).passed
    assert not score(case, "rec_number", M("صفر", text, value=0)).passed
    q = "أي واحد تفضل؟"
    empty = rec("recognizers_number_ar", q, [])
    assert not score(empty, "rec_number", M("واحد", q, value=1)).passed
    # ordinals and unmatched percents are not numbers to this suite
    assert score(empty, "rec_number", M("واحد", q, "ordinal", 1)).passed
    assert score(empty, "rec_number", M("واحد", q, "percent", 1, unit="percent")).passed


def test_number_null_offsets_use_the_text():
    text = "يتراوح العدد 7"
    case = rec("recognizers_number_ar", text, [{"text": "7", "start": None, "end": None, "value": 7}])
    assert score(case, "rec_number", M("العدد 7", text, value=7)).passed


# Recognizers numberrange ---------------------------------------------------------------------------------


def _range(text, peer_text, lower, upper, li, ui):
    r = {"text": peer_text, "start": None, "end": None, "lower": lower, "upper": upper,
         "lower_inclusive": li, "upper_inclusive": ui}
    return rec("recognizers_numberrange_ar", text, [r])


def test_range_closed_upper_convention_only_for_joiner_ranges():
    text = "يتراوح العدد بين 20 و 30"
    case = _range(text, "بين 20 و 30", 20, 30, True, False)
    v = score(case, "rec_range", M("بين 20 و 30", text, value=None, low=20, high=30))
    assert v.passed and v.conventions == ("closed_upper_two_sided",)
    exact = score(case, "rec_range", M("بين 20 و 30", text, value=None, low=20, high=30, hi=False))
    assert exact.passed and exact.conventions == ()
    text2 = "الرقم أكبر من 100 وأصغر من 300"
    case2 = _range(text2, "أكبر من 100 وأصغر من 300", 100, 300, False, False)
    m2 = M("أكبر من 100 وأصغر من 300", text2, value=None, low=100, high=300, li=False, hi=True)
    assert not score(case2, "rec_range", m2).passed


def test_range_nonneg_floor_convention_only_for_positive_upper():
    text = "أقل من ألف"
    case = _range(text, text, None, 1000, False, False)
    v = score(case, "rec_range", M(text, text, value=1000, low=0, high=1000, hi=False))
    assert v.passed and v.conventions == ("nonneg_floor_for_upper_bound",)
    assert score(case, "rec_range", M(text, text, value=1000, low=None, high=1000, hi=False)).passed
    neg = "عندما <-30"
    case_neg = _range(neg, "<-30", None, -30, False, False)
    assert not score(case_neg, "rec_range", M("<-30", neg, value=-30, low=0, high=-30, hi=False)).passed


def test_range_points_and_hedges():
    text = "الرقم يساوي 20."
    assert score(_range(text, "يساوي 20", 20, 20, True, True), "rec_range", M("20", text, value=20)).passed
    none = rec("recognizers_numberrange_ar", "النتيجة ربع.", [])
    assert score(none, "rec_range", M("ربع", "النتيجة ربع.", value=0.25)).passed
    hedged = "حوالي 500 شخص"
    band = M("حوالي 500", hedged, value=500, low=450, high=550, approximate=True)
    assert score(rec("recognizers_numberrange_ar", hedged, []), "rec_range", band).passed
    opened = "أكثر من 50 دولة"
    more = M(opened, opened, "count", 50, low=50, high=None, li=False, hi=False)
    assert not score(rec("recognizers_numberrange_ar", opened, []), "rec_range", more).passed


# Recognizers ordinal / percent ---------------------------------------------------------------------------


def test_ordinal_relative():
    text = "أريني الذي قبل الاخير."
    case = rec("recognizers_ordinal_ar", text, [{"text": "قبل الاخير", "start": 11, "end": 20, "offset": -1,
                                                  "relative_to": "end", "ordinal": None}])
    assert score(case, "rec_ordinal", M("الذي قبل الاخير", text, "ordinal", -1, unit="relative:end")).passed
    wrong_anchor = M("قبل الاخير", text, "ordinal", -1, unit="relative:current")
    assert not score(case, "rec_ordinal", wrong_anchor).passed


def test_ordinal_absolute():
    text = "السؤال الثاني صعب."
    case = rec("recognizers_ordinal_ar", text, [{"text": "الثاني", "start": 7, "end": 12, "offset": 2,
                                                  "relative_to": "start", "ordinal": 2}])
    assert score(case, "rec_ordinal", M("الثاني", text, "ordinal", 2)).passed
    assert score(case, "rec_ordinal", M("الثاني", text, "ordinal", 2, unit="relative:start")).passed
    assert not score(case, "rec_ordinal", M("الثاني", text, "ordinal", 3)).passed


def test_percent_value_sign():
    text = "تحتاج فقط سالب خمسة بالمائة"
    exp = [{"text": "سالب خمسة بالمائة", "start": 10, "end": 26, "value": -5}]
    case = rec("recognizers_percent_ar", text, exp)
    assert score(case, "rec_percent", M("سالب خمسة بالمائة", text, "percent", -5, unit="percent")).passed
    assert not score(case, "rec_percent", M("خمسة بالمائة", text, "percent", 5, unit="percent")).passed


# Duckling --------------------------------------------------------------------------------------------------


def test_duckling_whole_input_single_mention():
    t = "واحد فاصلة واحد"
    case = duck("duckling_numeral_ar", t, {"value": 1.1})
    assert score(case, "numeral", M(t, t, value=1.1)).passed
    assert not score(case, "numeral", M("واحد", t, value=1), M("فاصلة واحد", t, value=1)).passed
    money = duck("duckling_amountofmoney_ar", "42 ج.م.", {"type": "value", "value": 42, "unit": "EGP"})
    assert score(money, "money", M("42 ج.م", "42 ج.م.", "money", 42, unit="egyptian_pound")).passed
    t = "بحدود 10 دولار"
    part = duck("duckling_amountofmoney_ar", t, {"type": "value", "value": 10, "unit": "$"})
    assert not score(part, "money", M("10 دولار", t, "money", 10, unit="US_dollar")).passed


def test_duckling_duration_and_quantity_units():
    dur = duck("duckling_duration_ar", "شهرين", {"value": 2, "unit": "month"})
    assert score(dur, "duration", M("شهرين", "شهرين", "duration", 2, unit="month")).passed
    assert not score(dur, "duration", M("شهرين", "شهرين", "duration", 2, unit="week")).passed
    t = "500 غرام من الفراولة"
    exp = {"type": "value", "value": 500, "unit": "gram", "product": "الفراولة"}
    q = duck("duckling_quantity_ar", t, exp)
    assert not score(q, "quantity", M("500 غرام", t, "measure", 500, unit="gram")).passed  # product left out
    assert score(q, "quantity", M(t, t, "measure", 500, unit="gram")).passed
    t = "0.002 كيلوغرام"
    kg = duck("duckling_quantity_ar", t, {"type": "value", "value": 2, "unit": "gram"})
    assert score(kg, "quantity", M(t, t, "measure", 0.002, unit="kilogram")).passed


def test_duckling_money_intervals_and_units():
    t = "اقل من 7 يورو"
    under = duck("duckling_amountofmoney_ar", t, {"type": "interval", "to": {"value": 7, "unit": "EUR"}})
    v = score(under, "money", M(t, t, "money", 7, low=0, high=7, hi=False, unit="euro"))
    assert v.passed and v.conventions == ("nonneg_floor_for_upper_bound",)
    t = "3.42$ على الاقل"
    above = duck("duckling_amountofmoney_ar", t, {"type": "interval", "from": {"value": 3.42, "unit": "$"}})
    assert score(above, "money", M(t, t, "money", 3.42, low=3.42, high=None, unit="US_dollar")).passed
    assert not score(above, "money", M(t, t, "money", 3.42, unit="US_dollar")).passed
    assert money_unit("US_dollar") == "$" and money_unit("pound") == "£" and money_unit("KWD") == "KWD"


def test_duckling_negative():
    case = duck("duckling_quantity_ar", "جمبري", {"dim": "none", "no_match": True}, negative=True)
    assert score(case, "quantity").passed
    assert score(case, "quantity", M("جمبري", "جمبري", "count", 1, unit="shrimp")).passed
    assert not score(case, "quantity", M("جم", "جمبري", "measure", 1, unit="gram")).passed


def test_extraction_error_fails_the_case():
    from tests.conformance.scoring import ExtractionError

    case = duck("duckling_numeral_ar", "1", {"value": 1})
    assert not score_case(case, ExtractionError("boom"), "numeral").passed


# Dates -----------------------------------------------------------------------------------------------------


def D(text: str, whole: str, value: str, until: str | None = None) -> dict:
    """A date mention of `text` (first occurrence in `whole`); precision follows the value's length."""
    start = whole.index(text)
    precision = {4: "year", 7: "month"}.get(len(value), "day")
    m = {"start": start, "end": start + len(text), "text": text, "kind": "date", "value": value, "low": None,
         "high": None, "low_inclusive": False, "high_inclusive": False, "approximate": False, "vague": False,
         "unit": None, "precision": precision}
    if until:
        m["until"] = until
    return m


def rec_date(text: str, results: list[tuple[str, str, str]], ref: str = "2016-11-07T00:00:00") -> dict:
    """Recognizers DateParser case; results are (peer text, future date, past date), offsets from the text."""
    rs = [{"text": t, "type": "date", "start": text.index(t), "length": len(t),
           "future_resolution": {"date": fut}, "past_resolution": {"date": past}} for t, fut, past in results]
    case = rec("recognizers_datetime_dateparser_ar", text, rs)
    case["context"] = {"reference_datetime": ref}
    return case


def duck_time(text: str, expected: dict, negative: bool = False) -> dict:
    case = duck("duckling_time_ar", text, expected, negative)
    case["context"] = {"reference_time": "2013-02-12T04:30:00.000-02:00"}
    return case


def day(d: str, grain: str = "day") -> dict:
    return {"dim": "time", "type": "value", "value": f"{d}T00:00:00.000-02:00", "grain": grain}


def interval(a: str, b: str) -> dict:
    return {"dim": "time", "type": "interval", "from": {"value": f"{a}T00:00:00.000-02:00", "grain": "day"},
            "to": {"value": f"{b}T00:00:00.000-02:00", "grain": "day"}, "to_is_exclusive": True}


def test_reference_date_is_the_peer_context():
    from tests.conformance.scoring import reference_date

    assert reference_date(rec_date("سأعود في 15", [("15", "2016-11-15", "2016-10-15")])) == "2016-11-07"
    assert reference_date(duck_time("امس", day("2013-02-11"))) == "2013-02-12"


def test_rec_date_future_or_past_and_overlap():
    text = "سأعود في 2 أكتوبر"
    case = rec_date(text, [("2 أكتوبر", "2017-10-02", "2016-10-02")])
    assert score(case, "rec_date", D("2 أكتوبر", text, "2016-10-02")).passed  # past reading
    assert score(case, "rec_date", D("2 أكتوبر", text, "2017-10-02")).passed  # future reading
    assert score(case, "rec_date", D("في 2 أكتوبر", text, "2016-10-02")).passed  # overlap is enough
    assert not score(case, "rec_date", D("2 أكتوبر", text, "2015-10-02")).passed
    assert not score(case, "rec_date", D("سأعود", text, "2016-10-02")).passed  # no overlap
    assert not score(case, "rec_date").passed
    # other kinds are not dates; a range is not one date; month precision expands to the first day
    assert score(case, "rec_date", M("2", text, value=2), D("2 أكتوبر", text, "2016-10-02")).passed
    assert not score(case, "rec_date", D("2 أكتوبر", text, "2016-10-02", until="2016-10-05")).passed
    assert not score(case, "rec_date", D("أكتوبر", text, "2016-10")).passed
    first = rec_date("سأعود في 1 يناير", [("1 يناير", "2017-01-01", "2016-01-01")])
    assert score(first, "rec_date", D("1 يناير", "سأعود في 1 يناير", "2016-01")).passed


def test_rec_date_extra_date_fails():
    text = "سأعود في 12 يناير 2016 بعد غد"
    case = rec_date(text, [("12 يناير 2016", "2016-01-12", "2016-01-12")])
    good = D("12 يناير 2016", text, "2016-01-12")
    assert score(case, "rec_date", good).passed
    assert not score(case, "rec_date", good, D("بعد غد", text, "2016-11-09")).passed


def test_rec_date_no_valid_date_means_no_overlapping_date():
    text = "سأعود يوم الأحد الخامس"
    case = rec_date(text, [("الأحد الخامس", "0001-01-01", "0001-01-01")], ref="2017-09-27T17:25:49")
    assert score(case, "rec_date").passed
    assert score(case, "rec_date", M("الخامس", text, "ordinal", 5)).passed  # not a date
    v = score(case, "rec_date", D("الأحد الخامس", text, "2017-10-01"))
    assert not v.passed and "0001-01-01" in v.reason
    assert not score(case, "rec_date", D("سأعود", text, "2017-09-27")).passed  # any other date is an extra


def test_rec_date_day_first_numeric_convention():
    text = "سأعود 08/12, 2015"
    case = rec_date(text, [("08/12, 2015", "2015-08-12", "2015-08-12")])
    v = score(case, "rec_date", D("08/12, 2015", text, "2015-12-08"))
    assert v.passed and v.conventions == ("day_first_numeric",)
    exact = score(case, "rec_date", D("08/12, 2015", text, "2015-08-12"))
    assert exact.passed and exact.conventions == ()
    # only for all-digit dates: a month name leaves a single reading
    worded = "سأعود 8 ديسمبر 2015"
    case2 = rec_date(worded, [("8 ديسمبر 2015", "2015-08-12", "2015-08-12")])
    assert not score(case2, "rec_date", D("8 ديسمبر 2015", worded, "2015-12-08")).passed
    # and only when the text writes both day and month as numbers <= 12 ("2/2013" has no day)
    t3 = "سأعود 2/2013"
    case3 = rec_date(t3, [("2/2013", "2013-02-01", "2013-02-01")])
    assert not score(case3, "rec_date", D("2/2013", t3, "2013-01-02")).passed
    assert score(case3, "rec_date", D("2/2013", t3, "2013-02")).passed


def test_time_value_whole_input_and_precision():
    case = duck_time("الشهر الماض", day("2013-01-01", "month"))
    assert score(case, "time", D("الشهر الماض", "الشهر الماض", "2013-01")).passed
    year = duck_time("هذه السنة", day("2013-01-01", "year"))
    assert score(year, "time", D("هذه السنة", "هذه السنة", "2013")).passed
    t = "الاثنين 18 شباط"
    case = duck_time(t, day("2013-02-18"))
    assert score(case, "time", D(t, t, "2013-02-18")).passed
    assert score(case, "time", D(t, t, "2013-02-18"), M("18", t, value=18)).passed  # numbers are ignored
    assert not score(case, "time", D(t, t, "2013-02-19")).passed
    assert not score(case, "time", D("18 شباط", t, "2013-02-18")).passed  # the weekday left out
    assert not score(case, "time", D("الاثنين", t, "2013-02-18"), D("18 شباط", t, "2013-02-18")).passed
    assert not score(case, "time", D(t, t, "2013-02-18", until="2013-02-19")).passed  # a range
    assert not score(case, "time").passed


def test_time_interval_exclusive_to_and_month_until():
    t = "من 13 الى 15 يوليو"
    case = duck_time(t, interval("2013-07-13", "2013-07-16"))
    assert score(case, "time", D(t, t, "2013-07-13", until="2013-07-15")).passed
    assert not score(case, "time", D(t, t, "2013-07-13", until="2013-07-16")).passed  # to is exclusive
    assert not score(case, "time", D(t, t, "2013-07-13")).passed  # a single date
    r = "أيار وحزيران 2019"
    months = duck_time(r, interval("2019-05-01", "2019-07-01"))
    assert score(months, "time", D(r, r, "2019-05", until="2019-06")).passed  # month: first day .. last day
    assert not score(months, "time", D(r, r, "2019-05", until="2019-07")).passed
    assert not score(months, "time", D(r, r, "2019-05")).passed


def test_time_negative_means_no_date():
    case = duck_time("حب", {"dim": "none", "no_match": True}, negative=True)
    assert score(case, "time").passed
    assert score(case, "time", M("حب", "حب", value=1)).passed
    assert not score(case, "time", D("حب", "حب", "2013-02-12")).passed


def test_time_news_weekday_past_convention():
    for text, peer, ours in [("الاثنين", "2013-02-18", "2013-02-11"),
                             ("هذا الاثنين", "2013-02-18", "2013-02-11"),
                             ("الثلاثاء", "2013-02-19", "2013-02-12"),
                             ("يوم الجمعة", "2013-02-15", "2013-02-08")]:
        v = score(duck_time(text, day(peer)), "time", D(text, text, ours))
        assert v.passed and v.conventions == ("news_weekday_past",), text
    # the peer's own reading needs no convention
    exact = score(duck_time("الاثنين", day("2013-02-18")), "time", D("الاثنين", "الاثنين", "2013-02-18"))
    assert exact.passed and exact.conventions == ()
    # a direction word, two weeks back, or more than a weekday: no convention
    assert not score(duck_time("الثلاثاء القادم", day("2013-02-19")), "time",
                     D("الثلاثاء القادم", "الثلاثاء القادم", "2013-02-12")).passed
    two_back = D("الاثنين", "الاثنين", "2013-02-04")
    assert not score(duck_time("الاثنين", day("2013-02-18")), "time", two_back).passed
    t = "الاثنين 18 شباط"
    assert not score(duck_time(t, day("2013-02-18")), "time", D(t, t, "2013-02-11")).passed


def test_time_news_yearless_nearest_convention():
    t = "الرابع من نيسان"
    v = score(duck_time(t, day("2013-04-04")), "time", D(t, t, "2012-04-04"))
    assert v.passed and v.conventions == ("news_yearless_nearest",)
    for text in ("4 نيسان 2013", "4 نيسان المقبل", "الرابع من نيسان عام"):
        assert not score(duck_time(text, day("2013-04-04")), "time", D(text, text, "2012-04-04")).passed, text
    t = "من 13 الى 15 تموز"
    iv = score(duck_time(t, interval("2013-07-13", "2013-07-16")), "time",
               D(t, t, "2012-07-13", until="2012-07-15"))
    assert iv.passed and iv.conventions == ("news_yearless_nearest",)
    # two years back, or a peer date not after the reference: no convention
    t = "4 نيسان"
    assert not score(duck_time(t, day("2013-04-04")), "time", D(t, t, "2011-04-04")).passed
    t = "1 شباط"
    assert not score(duck_time(t, day("2013-02-01")), "time", D(t, t, "2012-02-01")).passed


def test_time_day_first_numeric_convention():
    t = "08/12/2015"
    v = score(duck_time(t, day("2015-08-12")), "time", D(t, t, "2015-12-08"))
    assert v.passed and v.conventions == ("day_first_numeric",)
    t = "2/2013"
    assert not score(duck_time(t, day("2013-02-01")), "time", D(t, t, "2013-01-02")).passed


def test_time_lead_word_outside_span_convention():
    t = "في اول شباط"
    v = score(duck_time(t, day("2013-02-01")), "time", D("اول شباط", t, "2013-02-01"))
    assert v.passed and v.conventions == ("lead_word_outside_span",)
    t = "يوم الجمعة 15 شباط"
    v = score(duck_time(t, day("2013-02-15")), "time", D("الجمعة 15 شباط", t, "2013-02-15"))
    assert v.passed and v.conventions == ("lead_word_outside_span",)
    t = "يوم الاثنين في 18 شباط"
    assert not score(duck_time(t, day("2013-02-18")), "time", D("18 شباط", t, "2013-02-18")).passed
    t = "13 شباط في"
    assert not score(duck_time(t, day("2013-02-13")), "time", D("13 شباط", t, "2013-02-13")).passed


def test_time_out_of_scope_grains():
    from collections import Counter

    from tests.conformance.scoring import load_suite, time_out_of_scope

    assert time_out_of_scope(duck_time("x", day("2013-02-12", "hour"))) == "grain hour"
    assert time_out_of_scope(duck_time("x", day("2013-02-11", "week"))) == "grain week"
    assert time_out_of_scope(duck_time("x", day("2013-02-11", "month"))) is None
    assert time_out_of_scope(duck_time("x", interval("2013-07-13", "2013-07-16"))) is None
    cases = load_suite("duckling_time_ar")
    why = Counter(time_out_of_scope(c) for c in cases)
    assert why[None] == 114 and sum(why.values()) == 180
    assert all(w is None or any(g in w for g in ("second", "minute", "hour", "week")) for w in why)


def test_time_news_yearless_nearest_weekday_of_month():
    t = "اول ثلاثاء من شهر عشرة"  # 2013-10-01 is the first Tuesday of October; in 2012 it is 10-02
    v = score(duck_time(t, day("2013-10-01")), "time", D(t, t, "2012-10-02"))
    assert v.passed and v.conventions == ("news_yearless_nearest",)
    assert not score(duck_time(t, day("2013-10-01")), "time", D(t, t, "2012-10-09")).passed  # second Tuesday
    t = "اخر اثنين من شهر اذار"  # last Monday of March: 2013-03-25, 2012-03-26
    assert score(duck_time(t, day("2013-03-25")), "time", D(t, t, "2012-03-26")).passed
    # with a day number the weekday does not pick the slot
    t = "الخميس 15 اغسطس"
    assert not score(duck_time(t, day("2013-08-15")), "time", D(t, t, "2012-08-16")).passed


def test_rec_date_coming_weekday_first_after_convention():
    text = "سأعود يوم الأحد القادم"  # reference Monday 2016-11-07
    case = rec_date(text, [("الأحد القادم", "2016-11-20", "2016-11-20")])
    v = score(case, "rec_date", D("يوم الأحد القادم", text, "2016-11-13"))
    assert v.passed and v.conventions == ("coming_weekday_first_after",)
    assert score(case, "rec_date", D("الأحد القادم", text, "2016-11-20")).passed
    assert not score(case, "rec_date", D("الأحد القادم", text, "2016-11-06")).passed
    # with a week word the peer's date stands
    t2 = "سأعود الأسبوع القادم الأحد"
    case2 = rec_date(t2, [("الأسبوع القادم الأحد", "2016-11-20", "2016-11-20")])
    assert not score(case2, "rec_date", D("الأسبوع القادم الأحد", t2, "2016-11-13")).passed
    # a backward direction is not covered
    t3 = "سأعود يوم الأحد الماضي"
    case3 = rec_date(t3, [("الأحد الماضي", "2016-11-13", "2016-11-13")])
    assert not score(case3, "rec_date", D("الأحد الماضي", t3, "2016-11-06")).passed
