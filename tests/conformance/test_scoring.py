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
