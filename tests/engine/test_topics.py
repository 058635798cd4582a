import shutil

import pytest

from factcheck.errors import RulesError
from factcheck.ruleset import load_rules
from tests.conftest import RULES


@pytest.fixture()
def rules_copy(tmp_path):
    dst = tmp_path / "rules"
    shutil.copytree(RULES, dst)
    return dst


def topic_file(rules_dir):
    return rules_dir / "topics" / "coalition" / "member_count.yml"


def test_topics_load_and_id_is_path(rules):
    t = rules.topic("coalition.member_count")
    assert t is not None and t.mutable and t.units == {"country"} and t.window_days == 3


def test_topics_invalid_yaml_names_file_and_line(rules_copy):
    p = topic_file(rules_copy)
    lines = p.read_text(encoding="utf-8").splitlines()
    lines[5] = "level: [error"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    assert exc.value.path == str(p) and exc.value.line is not None and "invalid YAML" in exc.value.message


def test_topics_missing_field_names_file_and_line(rules_copy):
    p = topic_file(rules_copy)
    text = p.read_text(encoding="utf-8").replace("mutable: true\n", "")
    p.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    assert "'mutable' is a required property" in exc.value.message and exc.value.line == 2


def test_topics_wrong_value_points_at_its_key(rules_copy):
    p = topic_file(rules_copy)
    text = p.read_text(encoding="utf-8")
    p.write_text(text.replace("window: 3d", "window: soon"), encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    line = next(i for i, l in enumerate(text.splitlines(), 1) if l.startswith("window:"))
    assert exc.value.line == line and "window" in exc.value.message


def test_topics_id_must_match_path(rules_copy):
    p = topic_file(rules_copy)
    p.write_text(p.read_text(encoding="utf-8").replace("id: coalition.member_count", "id: coalition.size"),
                 encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    assert "must equal the file's path" in exc.value.message and exc.value.line == 2


def test_topics_unknown_key_is_rejected(rules_copy):
    p = topic_file(rules_copy)
    p.write_text(p.read_text(encoding="utf-8") + "mutabel: false\n", encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    assert "mutabel" in exc.value.message


def test_topics_lexicon_error_names_file(rules_copy):
    p = rules_copy / "lexicons" / "hedges.yml"
    p.write_text("before:\n  about: [نحو]\n", encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    assert exc.value.path == str(p) and exc.value.line == 2 and "unknown bound kind" in exc.value.message


def add_topic(rules_dir, topic_id: str, body: str) -> None:
    """Write rules/topics/<domain>/<name>.yml for `topic_id` with the YAML `body` after its id."""
    domain, name = topic_id.split(".")
    (rules_dir / "topics" / domain).mkdir(exist_ok=True)
    (rules_dir / "topics" / domain / f"{name}.yml").write_text(f"id: {topic_id}\n{body}", encoding="utf-8")


def write_articles(folder, articles) -> None:
    folder.mkdir(exist_ok=True)
    for doc_id, date, text in articles:
        (folder / f"{doc_id}.md").write_text(f"---\nid: {doc_id}\npublished: {date}\n---\n{text}", encoding="utf-8")


def test_topics_adding_a_topic_needs_no_python(rules_copy, tmp_path):
    """A new topic file is picked up and aligns claims by its own cues."""
    from factcheck.api import check_corpus

    add_topic(rules_copy, "conflict.strikes",
              "extends: quantity\nlevel: warning\nmessage: 'Strikes: {a} vs {b}'\n"
              "description: Air strikes carried out.\nunits: [strike]\ncues:\n  subject:\n    words: [نفذ*, شن*]\n"
              "mutable: true\nwindow: 2d\n")
    write_articles(tmp_path / "c", [(f"s{i}", "2014-09-11", f"نفذ الجيش {n} ضربة عسكرية.")
                                    for i, n in enumerate(["150", "90"])])
    report = check_corpus([tmp_path / "c"], load_rules(rules_copy))
    assert [f.topic for f in report.conflicts] == ["conflict.strikes"]


def test_topics_claims_in_two_units_are_compared_in_one(rules_copy, tmp_path):
    """A topic over areas: 20 km² and 2000 ha agree; 30 km² a day later conflicts with both."""
    from factcheck.api import check_corpus

    add_topic(rules_copy, "disaster.burnt_area",
              "extends: quantity\nlevel: error\nmessage: 'Area: {a} vs {b}'\n"
              "description: Area burnt by the fire.\nunits: [hectare, kilometer ** 2]\ncues:\n  subject:\n"
              "    words: [الحريق, النيران]\nmutable: false\nwindow: 1d\n")
    c = tmp_path / "c"
    write_articles(c, [("a", "2020-08-01", "أتى الحريق على 20 كيلومترا مربعا من الغابات."),
                       ("b", "2020-08-01", "التهمت النيران 2000 هكتار من الغابات.")])
    report = check_corpus([c], load_rules(rules_copy))
    assert report.conflicts == [] and [f.type for f in report.findings] == ["agreement"]
    write_articles(c, [("c", "2020-08-02", "أتى الحريق على 30 كيلومترا مربعا.")])
    report = check_corpus([c], load_rules(rules_copy))
    assert sorted(sorted(report.claim(x).document for x in f.claims) for f in report.conflicts) == [
        ["a", "c"], ["b", "c"]]


def event_file(rules_dir):
    return rules_dir / "topics" / "events" / "newport_summit.yml"


def line_of(text: str, start: str) -> int:
    return next(i for i, l in enumerate(text.splitlines(), 1) if l.lstrip().startswith(start))


def test_topics_event_topic_loads_without_quantity_fields(rules):
    t = rules.topic("events.newport_summit")
    assert (t.extends, t.subject, t.mutable, t.units, t.window_days) == (
        "event_date", "newport_summit_2014", False, frozenset(), 0)
    assert rules.topic("coalition.member_count").extends == "quantity"


@pytest.mark.parametrize("key", ["units: [country]", "mutable: true", "tolerance: 0", "window: 3d"])
def test_topics_event_topic_rejects_quantity_fields_at_their_line(rules_copy, key):
    p = event_file(rules_copy)
    text = p.read_text(encoding="utf-8").replace("cues:\n", f"{key}\ncues:\n", 1)
    p.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    name = key.split(":")[0]
    assert exc.value.path == str(p) and exc.value.line == line_of(text, f"{name}:")
    assert exc.value.message == f"{name}: does not apply to a topic that extends event_date"


@pytest.mark.parametrize("old,new,where,needle", [
    ("subject: newport_summit_2014\n", "", "id:", "'subject' is a required property"),
    ("extends: event_date", "extends: event", "extends:", "'event' is not one of"),
    ('published: "2014-09-08"', 'published: "2014-02-30"', '{text: "اجتمع', "is not a 'date'"),
    ('published: "2014-09-08"', 'date: "2014-09-08"', '{text: "اجتمع', "'date' was unexpected"),
], ids=["no-subject", "unknown-extends", "impossible-date", "unknown-example-key"])
def test_topics_bad_event_topic_names_file_and_line(rules_copy, old, new, where, needle):
    p = event_file(rules_copy)
    text = p.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new)
    p.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    assert exc.value.path == str(p) and needle in exc.value.message
    assert exc.value.line == line_of(text, where)
    assert str(exc.value).startswith(f"[E200] {p}:{exc.value.line}: ")


def test_topics_quantity_topic_still_needs_its_fields(rules_copy):
    p = event_file(rules_copy)
    text = p.read_text(encoding="utf-8")
    p.write_text(text.replace("extends: event_date", "extends: quantity"), encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(rules_copy)
    assert "'units' is a required property" in exc.value.message


def test_topics_adding_an_event_topic_needs_no_python(rules_copy, tmp_path):
    from factcheck.api import check_corpus

    add_topic(rules_copy, "events.doha_meeting",
              "extends: event_date\nlevel: warning\nmessage: 'Doha meeting: {a} vs {b}'\n"
              "description: Kerry's meeting with the Gulf foreign ministers in Doha.\n"
              "subject: doha_meeting_2015\ncues:\n  subject:\n    words: [الدوحة]\n    window: 6\n"
              "  require_any:\n    words: [اجتماع, اجتمع*]\n")
    write_articles(tmp_path / "c", [("a", "2015-08-04", "اجتمع كيري بوزراء الخليج في الدوحة أمس."),
                                    ("b", "2015-08-05", "عقد اجتماع الدوحة يوم 4 آب 2015.")])
    report = check_corpus([tmp_path / "c"], load_rules(rules_copy))
    found = [(f.type, f.topic, f.severity) for f in report.findings]
    assert found == [("conflict", "events.doha_meeting", "warning")]
    assert report.conflicts[0].message == "Doha meeting: 2015-08-03 vs 2015-08-04"
