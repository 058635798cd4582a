"""Claims of a document: figures with a unit, and the dates that an event topic takes."""

import pytest

from factcheck.api import check_corpus
from factcheck.claims import document_claims
from factcheck.models import Document
from tests.conftest import CORPUS


def events_of(text, published, rules, nlp):
    doc = Document(id="t", text=text, published=published)
    claims = [c for c in document_claims(doc, rules, nlp) if c.kind == "event_date"]
    for c in claims:
        assert text[c.start:c.end] == c.text
    return [(c.topic, c.text, c.as_of) for c in claims]


def test_claims_seed_corpus_dates_three_events(rules):
    report = check_corpus([CORPUS], rules)
    events = [c for c in report.claims if c.kind == "event_date"]
    got = {c.topic: (c.document, c.text, c.as_of, c.subject, c.event_date.resolved_from) for c in events}
    assert got == {
        "events.newport_summit": ("003_456f884f9b3d3de8", "4 أيلول/سبتمبر الجاري", "2014-09-04",
                                  "newport_summit_2014", "2014-09-05"),
        "events.paris_conference": ("001_545e91c68c60f2ba", "منتصف الشهر الماضي", "2014-09-15",
                                    "paris_conference_iraq_2014", "2014-10-02"),
        "events.allen_appointment": ("001_545e91c68c60f2ba", "الثلث عشر من الشهر الماضي", "2014-09-13",
                                     "allen_appointment_2014", "2014-10-02"),
    }
    for c in events:
        assert report.document(c.document).text[c.start:c.end] == c.text
        assert c.quantity is None and c.event_date.precision == "day" and c.event_date.until is None


def test_claims_an_explicit_date_is_not_resolved_from_the_article(rules, nlp):
    doc = Document(id="t", text="عقد الاجتماع في نيوبورت يوم 4 أيلول 2014.", published="2015-01-01")
    (claim,) = [c for c in document_claims(doc, rules, nlp) if c.kind == "event_date"]
    assert claim.event_date.resolved_from is None and claim.event_date.value == "2014-09-04"


@pytest.mark.parametrize("text,published", [
    # a cue word alone near an unrelated date
    ("صرح هاموند صباح اليوم أن بريطانيا تواجه خطرا من هجمات على غرار هجمات باريس.", "2015-01-22"),
    ("زار الوزير باريس يوم 15 أيلول 2014.", "2014-09-20"),
    ("زار منسق التحالف الدولي جون آلين العراق اليوم.", "2014-10-02"),
    # dates with no event near them
    ("وقال اوباما في يوم الذكرى 13 لهجمات 11 أيلول (سبتمبر) التي ضربت برجي التجارة العالمية.", "2014-10-02"),
    ("لمساعدة العراق بإتمام الانتخابات في أكتوبر المقبل.", "2021-07-23"),
])
def test_claims_a_date_no_event_topic_takes_is_no_claim(rules, nlp, text, published):
    assert events_of(text, published, rules, nlp) == []


def test_claims_a_sentence_dates_an_event_once_nearest_its_subject(rules, nlp):
    text = "في مثل هذا اليوم عقد اجتماع نيوبورت في 5 أيلول 2014."
    expected = [("events.newport_summit", "5 أيلول 2014", "2014-09-05")]
    assert events_of(text, "2015-09-05", rules, nlp) == expected


def test_claims_quantity_claims_keep_their_own_dates(rules, nlp):
    """as_of of a figure is unchanged: the nearest date in its sentence, else the article's date."""
    doc = Document(id="t", text="يضم التحالف الدولي اليوم 62 دولة.", published="2015-01-22")
    (claim,) = document_claims(doc, rules, nlp)
    assert (claim.kind, claim.as_of, claim.event_date) == ("quantity", "2015-01-22", None)


@pytest.mark.parametrize("text,published,as_of", [
    # the sentence's own date anchors the figure ...
    ("يضم التحالف حتى نهاية كانون الثاني 62 دولة", "2015-03-01", "2015-01-31"),
    ("قال أمس الخميس إن التحالف يضم 60 دولة", "2015-01-23", "2015-01-22"),
    ("عندما شكلته الولايات المتحدة في 2014 كان التحالف يضم 40 دولة", "2021-07-23", "2014"),
    # ... but not a date where a span of time began: the figure holds on the article's date
    ("يضم التحالف منذ تأسيسه عام 2014 أكثر من 80 دولة", "2021-07-23", "2021-07-23"),
    ("انضمت 10 دول إلى التحالف منذ يناير الماضي", "2015-03-01", "2015-03-01"),
])
def test_claims_as_of_is_the_time_the_figure_holds(rules, nlp, text, published, as_of):
    doc = Document(id="t", text=text, published=published)
    (claim,) = [c for c in document_claims(doc, rules, nlp) if c.kind == "quantity"]
    assert claim.as_of == as_of
