import pytest

from factcheck.api import check_corpus
from factcheck.engine.ruletests import run_topic_tests


def article(dirpath, name, date, text, source=None):
    fm = f"---\nid: {name}\npublished: {date}\n" + (f"source: {source}\n" if source else "") + "---\n"
    (dirpath / f"{name}.md").write_text(fm + text, encoding="utf-8")


def test_findings_seed_corpus_has_one_change_and_no_conflict(rules):
    from tests.conftest import CORPUS

    report = check_corpus([CORPUS], rules)
    assert report.conflicts == []
    changes = [f for f in report.findings if f.type == "change" and not f.topic.startswith("office.")]
    assert len(changes) == 1  # of figures; offices: tests/engine/test_office_findings.py
    change = changes[0]
    assert change.topic == "coalition.member_count" and change.direction == "increase"
    cited = [report.claim(c) for c in change.claims]
    assert [(c.document, c.as_of, c.text) for c in cited] == [
        ("000_e24ef0227a9d806f", "2014-09-19", "أكثر من 50 دولة"),
        ("002_d71025899ae3674d", "2015-01-22", "تزيد عن ستين دولة"),
    ]


def test_findings_same_unit_different_facts_are_not_coalition_claims(rules):
    """35 states at the Security Council, 30 at the Paris conference, 21 ministers in London."""
    from tests.conftest import CORPUS

    report = check_corpus([CORPUS], rules)
    by_text = {c.text: c.topic for c in report.claims}
    assert by_text["35 دولة"] is None
    assert by_text["30 دولة"] is None
    assert by_text["21 وزيرا"] is None
    assert by_text["أكثر من 50 دولة"] == "coalition.member_count"


def test_findings_conflict_same_time_change_other_time(tmp_path, rules):
    article(tmp_path, "a", "2015-01-22", "يضم التحالف الدولي 35 دولة.")
    article(tmp_path, "b", "2015-01-23", "أكد الوزير أن التحالف الدولي يضم أكثر من 60 دولة.")
    article(tmp_path, "c", "2015-06-01", "انضمت 65 دولة إلى التحالف الدولي.")
    report = check_corpus([tmp_path], rules)
    assert [(f.type, sorted(report.claim(c).document for c in f.claims)) for f in report.conflicts] == [
        ("conflict", ["a", "b"])]
    # 2015-01-22 contradicts itself, so no change is claimed from it; nothing earlier exists
    assert [f for f in report.findings if f.type == "change"] == []


def test_findings_agreement_between_outlets(tmp_path, rules):
    article(tmp_path, "a", "2015-01-22", "يضم التحالف الدولي أكثر من 60 دولة.")
    article(tmp_path, "b", "2015-01-22", "انضمت 62 دولة إلى التحالف.")
    report = check_corpus([tmp_path], rules)
    assert [f.type for f in report.findings] == ["agreement"]


def test_findings_fingerprint_ignores_offsets(tmp_path, rules):
    article(tmp_path, "a", "2015-01-22", "يضم التحالف الدولي 35 دولة.")
    article(tmp_path, "b", "2015-01-22", "يضم التحالف الدولي أكثر من 60 دولة.")
    before = check_corpus([tmp_path], rules).conflicts[0].id
    article(tmp_path, "a", "2015-01-22", "مقدمة جديدة لا علاقة لها بالموضوع.\nيضم التحالف الدولي 35 دولة.")
    after = check_corpus([tmp_path], rules).conflicts[0]
    assert after.id == before
    # but a different figure is a different finding
    article(tmp_path, "a", "2015-01-22", "يضم التحالف الدولي 36 دولة.")
    assert check_corpus([tmp_path], rules).conflicts[0].id != before


def test_findings_vague_claims_never_mark_a_change(tmp_path, rules):
    article(tmp_path, "a", "2014-09-19", "يضم التحالف الدولي أكثر من 50 دولة.")
    article(tmp_path, "b", "2014-10-02", "عشرات الدول انضمت إلى التحالف الدولي.")
    report = check_corpus([tmp_path], rules)
    assert report.findings == []


@pytest.mark.parametrize("topic_id", ["coalition.member_count"])
def test_findings_topic_examples_pass(rules, topic_id):
    assert run_topic_tests(rules.topic(topic_id), rules) == []


def test_findings_every_topic_carries_examples(rules):
    for t in rules.topics:
        assert t.tests.get("conflict") and t.tests.get("ok"), f"{t.id} has no conflict/ok examples"
        assert run_topic_tests(t, rules) == []


def test_findings_a_retrospective_figure_is_compared_with_its_own_time(tmp_path, rules):
    """as_of comes from the claim's sentence: a 2021 article on the coalition's size when it was formed in
    2014 is lined up with the 2014 reports (growth from 12 to more than 50), never with 2021's 83."""
    article(tmp_path, "a", "2014-09-19", "يضم التحالف الدولي أكثر من 50 دولة.")
    article(tmp_path, "b", "2021-07-23", "يضم التحالف الدولي اليوم 83 دولة.")
    article(tmp_path, "c", "2021-07-24", "عندما شكلته الولايات المتحدة في 2014 كان التحالف يضم 12 دولة فقط.")
    report = check_corpus([tmp_path], rules)
    as_of = {report.claim(c.id).document: c.as_of for c in report.claims}
    assert as_of == {"a": "2014-09-19", "b": "2021-07-23", "c": "2014"}
    assert report.conflicts == []
    changes = [(f.direction, sorted(report.claim(c).document for c in f.claims))
               for f in report.findings if f.type == "change"]
    assert changes == [("increase", ["a", "c"])]
