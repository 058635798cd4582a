"""Fact keys read from a figure's sentence (factcheck/facts/keys.py, words in rules/lexicons/facts.yml)."""

from __future__ import annotations

import pytest

from factcheck.facts.extract import figure_key
from factcheck.nlp.analyse import analyse


@pytest.fixture()
def key_of(rules, nlp):
    def run(text: str, figure: str, published: str = "2024-03-06"):
        analysis = analyse(text, rules.lexicon, nlp, published)
        loc = next(m for m in analysis.mentions if m.mention.text == figure)
        return figure_key(analysis, loc, rules, False, published)
    return run


@pytest.mark.parametrize("text, figure, attribute, scope, qualifier", [
    ("قتل 47 شخصا على الأقل في زلزال ضرب المحافظة.", "47 شخصا على الأقل", "deaths", None, None),
    ("ارتفعت حصيلة ضحايا الزلزال إلى 120 قتيلا و640 جريحا.", "640 جريحا", "injured", None, None),
    ("وقال المتحدث إن قضاء العين البيضاء سجل وحده 12 قتيلا.", "12 قتيلا", "deaths", "place:", None),
    ("ارتفع عدد النازحين إلى 18 ألف شخص، بينهم 6500 شخص نزحوا خلال الساعات الأربع والعشرين الماضية.",
     "6500 شخص", "displaced", "part", "new"),
    ("وأظهرت النتائج تقدم الحزب بـ41 مقعدا، مقابل 29 مقعدا لتحالف الكرامة.", "29 مقعدا", "seats",
     "owner:تحالف", None),
    ("ولا يملك أي حزب الأغلبية المطلقة البالغة 61 مقعدا.", "61 مقعدا", "majority", None, None),
    ("وسجل المعهد هزات كثيرة، بلغت قوة أعنفها 4.9 درجات.", "4.9 درجات", "magnitude", None, "strongest"),
    ("بلغت نسبة المشاركة 18 في المئة حتى الساعة الثانية عشرة ظهرا.", "18 في المئة", "turnout", None, "hour:12"),
    ("ارتفعت نسبة المشاركة إلى 31 في المئة عند الساعة الخامسة مساء.", "31 في المئة", "turnout", None, "hour:17"),
    ("وأفادت المفوضية بأن نحو 3 آلاف نازح في مخيم قرب الطريق.", "نحو 3 آلاف نازح", "displaced", "place:مخيم", None),
    ("وقال الوزير إن الحكومة ستصرف تعويضا قدره ألف دولار لكل أسرة.", "ألف دولار", "aid", None, "rate"),
    ("وبلغت نسبة المشاركة في الانتخابات السابقة عام 2020 نحو 38 في المئة.", "نحو 38 في المئة", "turnout", None,
     "previous"),
])
def test_keys_attribute_scope_qualifier(key_of, text, figure, attribute, scope, qualifier):
    key = key_of(text, figure)
    assert key is not None and key.attribute == attribute
    assert (key.scope or "").startswith(scope or "") and (scope is not None) == (key.scope is not None)
    assert key.qualifier == qualifier


def test_keys_a_speaker_is_no_owner(key_of):
    key = key_of("وأفادت المفوضية الوطنية للإغاثة بأن أكثر من 25 ألف نازح يتوزعون على المراكز.",
                 "أكثر من 25 ألف نازح")
    assert key.attribute == "displaced" and key.scope is None


@pytest.mark.parametrize("text, figure", [
    ("الذي يتوقع أن يحصد نحو 50 مقعدا في البرلمان.", "نحو 50 مقعدا"),
    ("بمشاركة متوقعة لممثلين عن 60 دولة.", "60 دولة"),
    ("وقال إن نسبة المشاركة النهائية قد تقترب من 40 في المئة.", "40 في المئة"),
])
def test_keys_forecasts(key_of, text, figure):
    assert key_of(text, figure).modality == "forecast"


def test_keys_pluperfect_without_a_date_held_earlier(key_of):
    key = key_of("وكان المؤتمر قد انتهى بتعهدات بلغت 2.1 مليار دولار.", "2.1 مليار دولار")
    assert key.attribute == "pledged" and key.earlier and key.mutable


def test_keys_an_earlier_count_is_held_earlier(key_of):
    key = key_of("وكانت الشرطة أعلنت في وقت سابق مصرع 21 شخصا.", "21 شخصا")
    assert key.attribute == "deaths" and key.earlier


def test_keys_a_donor_pledge_cannot_change_the_total_can(key_of):
    own = key_of("فيما تعهدت ألمانيا بتقديم 120 مليون يورو.", "120 مليون يورو")
    total = key_of("وارتفع إجمالي التعهدات إلى 2.4 مليار دولار.", "2.4 مليار دولار")
    assert own.scope == "owner:germany" and not own.mutable
    assert total.scope is None and total.mutable


def test_keys_long_run_total_since_a_far_year(key_of):
    key = key_of("وقتلت الجماعة أكثر من 14 ألف شخص منذ عام 2009 في شمال البلاد.", "أكثر من 14 ألف شخص",
                 published="2015-07-21")
    assert key.attribute == "deaths" and key.qualifier == "since:2009"


@pytest.mark.parametrize("text, figure", [
    ("زار الوزير 5 دول خلال جولته.", "5 دول"),
    ("وأعلنت الحكومة الحداد ثلاثة أيام.", "ثلاثة أيام"),
    ("وفازت 27 امرأة بمقاعد، مقارنة بـ19 امرأة في المجلس المنتهية ولايته.", "19 امرأة"),
])
def test_keys_a_figure_no_attribute_fits_is_not_lined_up(key_of, text, figure):
    assert key_of(text, figure) is None


def test_keys_dimensions_group_people_and_convert_areas(key_of):
    a = key_of("لقي 7 أشخاص حتفهم في الفيضانات.", "7 أشخاص")
    b = key_of("ارتفعت الحصيلة إلى 11 قتيلا.", "11 قتيلا")
    c = key_of("غمرت المياه 4500 هكتار.", "4500 هكتار")
    d = key_of("وغمرت المياه 45 كيلومترا مربعا.", "45 كيلومترا مربعا")
    assert a.attribute == b.attribute == "deaths" and a.dimension == b.dimension == "people"
    assert c.attribute == d.attribute == "area" and c.dimension == d.dimension
