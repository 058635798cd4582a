"""Event dates across articles: an event happens once, so two articles that date it differently conflict,
whatever their publication dates; dates compare at the coarser precision."""

import pytest

from factcheck.api import check_corpus
from factcheck.engine.ruletests import run_topic_tests

NEWPORT = "events.newport_summit"
SEED = "أصدر كيري وهيغل بيانا حول الاجتماع مع الحلفاء في نيوبورت، ويلز، يوم 4 أيلول/سبتمبر الجاري."
FIFTH = "اجتمع كيري وهيغل مع الحلفاء في نيوبورت يوم 5 أيلول 2014."


def article(dirpath, name, date, text, source=None):
    fm = f"---\nid: {name}\npublished: {date}\n" + (f"source: {source}\n" if source else "") + "---\n"
    (dirpath / f"{name}.md").write_text(fm + text, encoding="utf-8")


def event_claims(report, topic=NEWPORT):
    return [c for c in report.claims if c.topic == topic]


def cited(report, finding):
    return sorted(report.claim(c).document for c in finding.claims)


def test_event_findings_two_dates_for_one_meeting_conflict(tmp_path, rules):
    article(tmp_path, "a", "2014-09-05", SEED, source="شبكة فولتير")
    article(tmp_path, "b", "2014-09-08", FIFTH, source="وكالة")
    report = check_corpus([tmp_path], rules)
    found = [(f.type, f.topic, cited(report, f)) for f in report.findings]
    assert found == [("conflict", NEWPORT, ["a", "b"])]
    (conflict,) = report.conflicts
    assert conflict.severity == "error"
    assert conflict.message == ("Newport summit: 2014-09-04 (شبكة فولتير, published 2014-09-05) "
                                "vs 2014-09-05 (وكالة, published 2014-09-08)")


def test_event_findings_publication_dates_do_not_matter(tmp_path, rules):
    """A retrospective article a year later is compared with the reports of the day."""
    article(tmp_path, "a", "2014-09-05", SEED)
    article(tmp_path, "b", "2015-09-05", "في مثل هذا اليوم عقد اجتماع نيوبورت في 5 أيلول 2014.")
    report = check_corpus([tmp_path], rules)
    assert [(f.type, cited(report, f)) for f in report.findings] == [("conflict", ["a", "b"])]


@pytest.mark.parametrize("published,text", [
    ("2014-09-05", "عقد الاجتماع في نيوبورت أمس الخميس بحضور وزراء عشر دول."),
    ("2014-09-08", "عقد الاجتماع في نيوبورت الخميس الماضي بحضور وزراء عشر دول."),
    ("2014-09-08", "عقد الاجتماع في نيوبورت في الرابع من الشهر الجاري."),
])
def test_event_findings_same_day_written_differently_agree(tmp_path, rules, published, text):
    article(tmp_path, "a", "2014-09-05", SEED)
    article(tmp_path, "b", published, text)
    report = check_corpus([tmp_path], rules)
    claims = event_claims(report)
    assert [(c.document, c.as_of) for c in claims] == [("a", "2014-09-04"), ("b", "2014-09-04")]
    assert all(c.event_date.resolved_from == report.document(c.document).published for c in claims)
    assert [(f.type, f.message) for f in report.findings] == [("agreement", "2 articles agree: 2014-09-04")]


@pytest.mark.parametrize("text,finding", [
    ("عقد اجتماع نيوبورت في أيلول/سبتمبر 2014.", "agreement"),  # month precision, the day inside it
    ("عقدت قمة نيوبورت بين 4 و5 أيلول 2014.", "agreement"),  # a range holding the day
    ("عقد اجتماع نيوبورت في آب/أغسطس 2014.", "conflict"),  # the month before
])
def test_event_findings_compare_at_the_coarser_precision(tmp_path, rules, text, finding):
    article(tmp_path, "a", "2014-09-05", SEED)
    article(tmp_path, "b", "2014-10-01", text)
    report = check_corpus([tmp_path], rules)
    assert len(event_claims(report)) == 2
    assert [f.type for f in report.findings] == [finding]


def test_event_findings_one_article_never_conflicts_with_itself(tmp_path, rules):
    article(tmp_path, "a", "2014-09-05", SEED + "\nوعقد الاجتماع في نيوبورت يوم 5 أيلول 2014.")
    report = check_corpus([tmp_path], rules)
    assert len(event_claims(report)) == 2 and report.findings == []


def test_event_findings_every_pair_of_documents_is_its_own_conflict(tmp_path, rules):
    article(tmp_path, "a", "2014-09-05", SEED)
    article(tmp_path, "b", "2014-09-08", "عقد الاجتماع في نيوبورت الخميس الماضي.")
    article(tmp_path, "c", "2014-09-08", FIFTH)
    report = check_corpus([tmp_path], rules)
    assert sorted(cited(report, f) for f in report.conflicts) == [["a", "c"], ["b", "c"]]
    assert len(report.findings) == 2  # no agreement over a contradiction


def test_event_findings_fingerprint_ignores_offsets_not_dates(tmp_path, rules):
    article(tmp_path, "a", "2014-09-05", SEED)
    article(tmp_path, "b", "2014-09-08", FIFTH)
    before = check_corpus([tmp_path], rules).conflicts[0].id
    article(tmp_path, "b", "2014-09-08", "مقدمة لا علاقة لها بالموضوع.\n" + FIFTH)
    assert check_corpus([tmp_path], rules).conflicts[0].id == before
    article(tmp_path, "b", "2014-09-08", FIFTH.replace("5", "6"))
    assert check_corpus([tmp_path], rules).conflicts[0].id != before


@pytest.mark.parametrize("topic_id", [NEWPORT, "events.paris_conference", "events.allen_appointment"])
def test_event_findings_topic_examples_pass(rules, topic_id):
    topic = rules.topic(topic_id)
    assert topic.extends == "event_date" and not topic.mutable and topic.units == frozenset()
    assert run_topic_tests(topic, rules) == []
