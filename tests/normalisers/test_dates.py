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
    ("جراء تفجير وقع أمس الأول الاثنين في حديقة", "2015-07-22", ("أمس الأول الاثنين", "2015-07-20", "day")),
    ("وصلوا قبل الأمس", "2015-07-22", ("قبل الأمس", "2015-07-20", "day")),
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


def one(text, published):
    """The single date of `text`: (value, until)."""
    out = [m for m in extract_mentions(text, published) if m["kind"] == "date"]
    assert len(out) == 1, out
    assert text[out[0]["start"]:out[0]["end"]] == out[0]["text"]
    return out[0]["value"], out[0].get("until")


# Tuesday 12 February 2013 (Duckling's reference), Monday 7 November 2016 (Recognizers')
@pytest.mark.parametrize("text,published,value", [
    # weekdays: bare = the most recent on or before the article; with a direction; of a week
    ("قال الوزير الاثنين إن", "2013-02-12", "2013-02-11"),
    ("قال الوزير الثلاثاء إن", "2013-02-12", "2013-02-12"),
    ("سيعقد الاجتماع الخميس", "2013-02-12", "2013-02-14"),
    ("الثلاثاء القادم", "2013-02-12", "2013-02-19"),
    ("الأحد الماضي", "2013-02-12", "2013-02-10"),
    ("الأحد القادم", "2016-11-07", "2016-11-13"),
    ("الاحد من الاسبوع الماضي", "2013-02-12", "2013-02-10"),
    ("ثلاثاء الاسبوع الفائت", "2013-02-12", "2013-02-05"),
    ("الأسبوع المقبل يوم الجمعة", "2016-11-07", "2016-11-18"),
    ("هذا الاثنين", "2013-02-12", "2013-02-11"),
    ("أعلنت اليوم (الاثنين) الحكومة", "2015-07-20", "2015-07-20"),
    # n-th weekdays; an ordinal after a weekday is a day of the month when the weekday fits
    ("آخر اثنين من شهر آذار", "2013-02-12", "2013-03-25"),
    ("الثلاثاء الثالث من شهر أيلول من عام 2014", "2013-02-12", "2014-09-16"),
    ("ثالث يوم ثلاثاء بأيلول بعام 2014", "2013-02-12", "2014-09-16"),
    ("فجر السبت الثالث من آذار", "2018-03-05", "2018-03-03"),
    ("السبت السادس عشر", "2013-02-12", "2013-02-16"),
    ("الأحد الثاني", "2017-09-27", "2017-09-10"),
    # days of a month, months by number, relative months and years
    ("اليوم الثالث من شهر عشرة", "2013-02-12", "2012-10-03"),
    ("آخر يوم بشهر عشرة سنة 2015", "2013-02-12", "2015-10-31"),
    ("من 27 من الشهر الثامن", "2013-02-12", "2012-08-27"),
    ("حتى نهاية كانون الثاني", "2015-03-01", "2015-01-31"),
    ("في الشهر الماضي", "2013-02-12", "2013-01"),
    ("السنة القادمة", "2013-02-12", "2014"),
    ("هذه السنة", "2013-02-12", "2013"),
    ("قبل أسبوع", "2013-02-12", "2013-02-05"),
    ("قبل يومين", "2016-11-07", "2016-11-05"),
    ("قبل ثلاثة أشهر", "2016-11-07", "2016-08"),
    # years nearest the article; a sentence about the future looks ahead
    ("الرابع من نيسان", "2013-02-12", "2013-04-04"),
    ("في 4 أكتوبر", "2013-02-12", "2012-10-04"),
    ("من المقرر أن يعقد في 4 أكتوبر", "2013-02-12", "2013-10-04"),
    ("في فبراير الماضي", "2018-02-14", "2017-02"),
    ("يتوقع هزيمة التنظيم في فبراير", "2018-02-14", "2018-02"),
    # years in words, Hijri dates, holidays, numeric forms
    ("الاثنين، يناير الثاني والعشرين، 2018", "2016-11-07", "2018-01-22"),
    ("في العاشر من سبتمبر ، ألفين", "2016-11-07", "2000-09-10"),
    ("في 7 صفر 1430هـ الموافق", "2015-07-22", "2009-02-02"),
    ("بدأ من 2/10/1436ه", "2015-07-22", "2015-07-18"),
    ("عيد الأضحى 2013", "2013-02-12", "2013-10-15"),
    ("احتفلوا بعيد الفطر المبارك", "2015-07-22", "2015-07-17"),
    ("عيد الفصح", "2013-02-12", "2013-03-31"),
    ("في 2/2013", "2013-02-12", "2013-02"),
    ("في 22/4", "2016-11-07", "2017-04-22"),
    ("سأعود 18-9-15", "2016-11-07", "2015-09-18"),
])
def test_dates_shapes(text, published, value):
    assert one(text, published)[0] == value


@pytest.mark.parametrize("text,published,value,until", [
    ("من 13 الى 15 تموز", "2013-02-12", "2013-07-13", "2013-07-15"),
    ("بين 13 و15 تموز 2014", None, "2014-07-13", "2014-07-15"),
    ("من 13 تموز الى 15 تموز", "2013-06-12", "2013-07-13", "2013-07-15"),
    ("يوليو 13-15", "2013-06-12", "2013-07-13", "2013-07-15"),
    ("من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر", "2013-09-12", "2013-10-23", "2013-10-26"),
    ("في أواخر شهر مارس", "2013-02-12", "2013-03-21", "2013-03-31"),
    ("الأسبوع الماضي", "2013-02-12", "2013-02-04", "2013-02-10"),
    ("رمضان 2019", None, "2019-05-06", "2019-06-03"),
    ("انتهاء شهر رمضان", "2015-07-22", "2015-06-18", "2015-07-16"),
])
def test_dates_ranges(text, published, value, until):
    assert one(text, published) == (value, until)


@pytest.mark.parametrize("text", [
    "بعد اعتذار الأمين العام السابق عبدالإله",  # the former secretary-general
    "قال مراسل العرب اليوم إن",  # an outlet
    "تفنيهم عن بكرة أبيهم",  # an idiom
    "لا تستغرق أكثر من يوم واحد",  # one day, not Sunday
    "فاز الفريق 3-1 في المباراة",  # a score
    "في 1/2 الحالات",  # a half
    "خدمة 24/7 للعملاء",
    "من 13 الى 15 قتيلا",  # a range of figures
    "الأحد عشر لاعبا",  # eleven
    "سأعود الأحد الخامس",  # September 2017 has four Sundays
])
def test_dates_not_dates(text):
    assert dates(text, "2017-09-27") == []


def test_dates_nth_weekday_that_is_not_the_day_of_the_month_says_so():
    (got,) = dates("الثلاثاء الثالث من شهر أيلول 2014", None)
    assert got[1] == "2014-09-16" and "3rd Tuesday" in got[3] and "2014-09-03 is a Wednesday" in got[3]
