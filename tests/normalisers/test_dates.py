"""Dates resolved against the article's date (issue 4's seed examples first)."""

import pytest

from factcheck.mentions import extract_mentions


def dates(text, published):
    out = [m for m in extract_mentions(text, published) if m["kind"] == "date"]
    for m in out:
        assert text[m["start"]:m["end"]] == m["text"]
    return [(m["text"], m["value"], m["precision"], m.get("warning")) for m in out]


@pytest.mark.parametrize("text,published,expected", [
    ("أعلن في الثلث عشر من الشهر الماضي عن تكليف آلين", "2014-10-02",
     ("الثلث عشر من الشهر الماضي", "2014-09-13", "day")),
    ("حول الاجتماع في نيوبورت، ويلز، يوم 4 أيلول/سبتمبر الجاري.", "2014-09-05",
     ("4 أيلول/سبتمبر الجاري", "2014-09-04", "day")),
    ("قال وزير الخارجية الأميركي جون كيري اليوم الخميس إن", "2015-01-22", ("اليوم الخميس", "2015-01-22", "day")),
    ("ومن المنتظر ان يبحث غدا الجمعة، الدعم العسكري", "2014-10-02", ("غدا الجمعة", "2014-10-03", "day")),
    ("المؤتمر الذي عقد في باريس منتصف الشهر الماضي", "2014-10-02", ("منتصف الشهر الماضي", "2014-09-15", "day")),
    ("لمساعدة العراق بإتمام الانتخابات في أكتوبر المقبل", "2021-07-23", ("أكتوبر المقبل", "2021-10", "month")),
    ("عندما شكلته الولايات المتحدة في 2014", "2021-07-23", ("2014", "2014", "year")),
    ("هجوم فجر السبت الثالث من آذار", "2018-03-05", ("السبت الثالث من آذار", "2018-03-03", "day")),
    ("وقعت الهجمات مساء أمس الأحد", "2014-09-22", ("أمس الأحد", "2014-09-21", "day")),
    ("اجتمعوا في 13 تموز 2014", None, ("13 تموز 2014", "2014-07-13", "day")),
    ("اجتمعوا في 13 جويلية 2014", None, ("13 جويلية 2014", "2014-07-13", "day")),
    ("صدر في 2016/02/22", None, ("2016/02/22", "2016-02-22", "day")),
    ("في ١١ أيلول ٢٠٠١", None, ("١١ أيلول ٢٠٠١", "2001-09-11", "day")),
])
def test_dates_resolve_against_the_article(text, published, expected):
    assert [d[:3] for d in dates(text, published)] == [expected]


def test_dates_weekday_that_disagrees_gives_a_warning():
    (got,) = dates("قال اليوم الخميس إن", "2015-01-23")
    assert got[1] == "2015-01-23" and "Thursday" in got[3] and "Friday" in got[3]


def test_dates_without_the_article_date_relative_ones_are_left_out():
    assert dates("قال أمس إن", None) == []
    assert dates("في الثالث عشر من الشهر الماضي", None) == []


@pytest.mark.parametrize("text", ["مارس الضغوط على الحكومة", "قتل 35 شخصا", "بلغ عدد السكان 2014 نسمة"])
def test_dates_no_false_dates(text):
    assert dates(text, "2015-01-01") == []


def test_dates_are_not_counts():
    kinds = [m["kind"] for m in extract_mentions("في يوم الذكرى 13 لهجمات 11 أيلول (سبتمبر)", "2014-10-02")]
    assert "date" in kinds and "count" not in kinds


@pytest.mark.parametrize("text,relative", [("منتصف آذار 2014", False), ("منتصف آذار", True),
                                           ("منتصف الشهر الماضي", True), ("13 تموز 2014", False)])
def test_dates_say_whether_they_were_resolved_against_the_article(lexicon, nlp, text, relative):
    from factcheck.nlp.analyse import analyse

    (d,) = analyse(text, lexicon, nlp, "2014-10-02").dates
    assert d.relative is relative
