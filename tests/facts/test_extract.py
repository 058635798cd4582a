"""Event dates no topic names (factcheck/facts/extract.py)."""

from __future__ import annotations

import pytest

from factcheck.facts.extract import event_dates
from factcheck.nlp.analyse import analyse


@pytest.fixture()
def events_in(rules, nlp):
    def run(text: str, published: str):
        analysis = analyse(text, rules.lexicon, nlp, published)
        return [(loc.date.text, loc.date.value, key.attribute, key.modality)
                for loc, key in event_dates(analysis, rules, set(), published)]
    return run


def test_extract_a_conference_opened_today(events_in):
    assert events_in("افتتح صباح اليوم الثلاثاء في جنيف مؤتمر المانحين لدعم النازحين.", "2024-04-16") == [
        ("اليوم الثلاثاء", "2024-04-16", "date:conference", "report")]


def test_extract_since_a_date_is_when_it_began(events_in):
    found = events_in("بلغت حصيلة الفيضانات التي ضربت المحافظة منذ السادس من سبتمبر الجاري 41 قتيلا.", "2024-09-14")
    assert found == [("السادس من سبتمبر الجاري", "2024-09-06", "began:flood", "report")]


def test_extract_the_date_of_the_announcement_is_not_the_event(events_in):
    text = "أعلنت الهيئة اليوم الاثنين أن نسبة المشاركة في الانتخابات التشريعية التي جرت أمس بلغت 41.7 في المئة."
    assert events_in(text, "2024-11-18") == [("أمس", "2024-11-17", "date:election", "report")]


def test_extract_a_scheduled_event_is_a_plan(events_in):
    found = events_in("تستضيف جنيف يوم الثلاثاء المقبل مؤتمرا دوليا للمانحين.", "2024-04-14")
    assert [(v, a, m) for _, v, a, m in found] == [("2024-04-16", "date:conference", "forecast")]


def test_extract_another_event_is_left_out(events_in):
    assert events_in("وفي 26 يونيو وقع هجوم آخر أسفر عن مقتل 38 سائحا.", "2015-07-21") == []


def test_extract_no_event_verb_in_the_clause(events_in):
    assert events_in("أعلنت السلطات، اليوم السبت، أن الفيضانات التي ضربت المحافظة خلفت أضرارا.", "2024-09-14") == []
