import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def one(mentions_of, text):
    ms = mentions_of(text)
    assert len(ms) == 1, ms
    return ms[0]


@pytest.mark.parametrize("text,span,low,high,unit", [
    ("حضر 35 دولة", "35 دولة", 35, 35, "country"),
    ("وأعلنت أكثر من 50 دولة التزامها", "أكثر من 50 دولة", 50, math.inf, "country"),
    ("والتي تزيد عن ستين دولة", "تزيد عن ستين دولة", 60, math.inf, "country"),
    ("بمشاركة 21 وزيرا ومسؤولا", "21 وزيرا", 21, 21, "minister"),
    ("ما لا يقل عن 200 شخص", "ما لا يقل عن 200 شخص", 200, math.inf, "person"),
    ("أقل من 10 قتلى", "أقل من 10 قتلى", 0, 10, "killed"),
    ("بين 13 و15 قتيلا", "بين 13 و15 قتيلا", 13, 15, "killed"),
    ("خلال الشهور الأربعة أو الخمسة الماضية", "الشهور الأربعة أو الخمسة", 4, 5, "month"),
    ("تحاصرها قوات داعش منذ شهرين", "شهرين", 2, 2, "month"),
    ("فرض سيطرته على البلدين", "البلدين", 2, 2, "country"),
    ("عشرات الدول انضمت", "عشرات الدول", 20, 99, "country"),
    ("أعربت دولا عدة عن قلقها", "دولا عدة", 3, 10, "country"),
    ("لا تزال لعدة أشهر", "عدة أشهر", 3, 10, "month"),
    ("ارتفعت بنسبة 20 في المئة", "20 في المئة", 20, 20, "percent"),
    ("نحو ٣٠٠ قتيل", "نحو ٣٠٠ قتيل", 270, 330, "killed"),
    ("جمعوا ملياري دولار", "ملياري دولار", 2e9, 2e9, "US_dollar"),
    ("نزح مليونا نازح", "مليونا نازح", 2e6, 2e6, "displaced"),
])
def test_quantities_seed_shapes(mentions_of, text, span, low, high, unit):
    m = one(mentions_of, text)
    assert m.text == span
    assert (m.quantity.low, m.quantity.high, m.quantity.unit) == (low, high, unit)


def test_quantities_bounds_are_exclusive_for_more_than(mentions_of):
    q = one(mentions_of, "أكثر من 50 دولة").quantity
    assert not q.low_inclusive and q.high == math.inf
    q = one(mentions_of, "لا يقل عن 50 دولة").quantity
    assert q.low_inclusive


def test_quantities_approximate_and_vague_flags(mentions_of):
    assert one(mentions_of, "حوالي 300 شخص").quantity.approximate
    assert one(mentions_of, "عشرات الدول").quantity.vague


@pytest.mark.parametrize("text", [
    "في الثلث عشر من الشهر الماضي",  # a date, not "ten months"
    "في يوم الذكرى 13 لهجمات 11 أيلول",  # an anniversary and a date, not 13 attacks
    "هناك أكثر من المجال العسكري",  # a hedge with no number
    "قال أحد المسؤولين",
])
def test_quantities_leave_out_what_is_not_a_counted_quantity(mentions_of, text):
    assert [m for m in mentions_of(text) if m.quantity.unit] == []


def test_quantities_counted_is_the_noun_as_written(mentions_of):
    assert one(mentions_of, "أكثر من 50 دولةً").quantity.counted == "دولةً"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_quantities_never_raise_on_arbitrary_text(mentions_of, text):
    mentions_of(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["أكثر من", "50", "دولة", "نحو", "ستين", "و", "عشرات", "الدول", "بين", "13",
                                 "و15", "شهرين", "\u200f", "،", ".", "\n", "ـ", "٣٥", "أو", "الخمسة", "%"]),
                max_size=25))
def test_quantities_offsets_hold_on_arabic_word_soup(mentions_of, words):
    mentions_of(" ".join(words))  # the fixture asserts text == original[start:end]


@pytest.mark.parametrize("text,span,value,unit", [
    ("نزح نصف مليون شخص", "نصف مليون شخص", 500000, "person"),
    ("نحو مليون ونصف المليون نازح", "نحو مليون ونصف المليون نازح", 1500000, "displaced"),
    ("ربع مليون دولار", "ربع مليون دولار", 250000, "US_dollar"),
    ("منذ عام ونصف", "عام ونصف", 1.5, "year"),
    ("بعد ثلاث سنوات ونصف", "ثلاث سنوات ونصف", 3.5, "year"),
    ("استمر ساعة ونصف", "ساعة ونصف", 1.5, "hour"),
    ("مليونين ونصف نازح", "مليونين ونصف نازح", 2500000, "displaced"),
    ("يصل ثمنها إلى مليون ونصف مليون دولار تقريبا", "مليون ونصف مليون دولار تقريبا", 1500000, "US_dollar"),
])
def test_quantities_fractions_with_scales_and_units(mentions_of, text, span, value, unit):
    """'نصف مليون شخص' is half a million people, never a million."""
    m = one(mentions_of, text)
    assert (m.text, m.quantity.value, m.quantity.unit) == (span, value, unit)


@pytest.mark.parametrize("text,claim", [("منذ شهر", False), ("منذ عام ونصف", True), ("الفصل الثاني", False),
                                        ("الرئيس السابق", False), ("نحو 300 قتيل", True)])
def test_quantities_which_mentions_become_claims(rules, nlp, text, claim):
    from factcheck.claims import document_claims
    from factcheck.models import Document

    assert bool(document_claims(Document(id="d", text=text), rules, nlp)) is claim


@pytest.mark.parametrize("text", ["وصل يوم الاثنين", "اجتمع الوزراء الاثنين", "عقد الأحد اجتماعا"])
def test_quantities_weekdays_are_not_numbers(mentions_of, text):
    assert mentions_of(text) == []


def test_quantities_eleventh_is_not_sunday(mentions_of):
    m = one(mentions_of, "الأحد عشر")
    assert (m.quantity.kind, m.quantity.value) == ("ordinal", 11)
