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


def test_topics_adding_a_topic_needs_no_python(rules_copy, tmp_path):
    """A new topic file is picked up and aligns claims by its own cues."""
    (rules_copy / "topics" / "conflict").mkdir()
    (rules_copy / "topics" / "conflict" / "strikes.yml").write_text(
        "id: conflict.strikes\nextends: quantity\nlevel: warning\nmessage: 'Strikes: {a} vs {b}'\n"
        "description: Air strikes carried out.\nunits: [strike]\ncues:\n  subject:\n    words: [نفذ*, شن*]\n"
        "mutable: true\nwindow: 2d\n", encoding="utf-8")
    from factcheck.api import check_corpus

    (tmp_path / "c").mkdir()
    for i, n in enumerate(["150", "90"]):
        (tmp_path / "c" / f"s{i}.md").write_text(
            f"---\nid: s{i}\npublished: 2014-09-11\n---\nنفذ الجيش {n} ضربة عسكرية.", encoding="utf-8")
    report = check_corpus([tmp_path / "c"], load_rules(rules_copy))
    assert [f.topic for f in report.conflicts] == ["conflict.strikes"]
