"""End to end through the installed `factcheck` command: exit codes, files written, the CI gate."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXE = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
CONTRADICTION = "قال مسؤول إن التحالف الدولي ضد داعش يضم 35 دولة فقط."


def run(*args, cwd=ROOT):
    env = {**os.environ, "COLUMNS": "140", "NO_COLOR": "1"}
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def add_article(corpus: Path, name: str, date: str, text: str) -> None:
    (corpus / f"{name}.md").write_text(f"---\nid: {name}\nsource: وكالة الاختبار\npublished: {date}\n---\n{text}",
                                       encoding="utf-8")


def counts_outside_offices(data) -> dict:
    """Findings by type, leaving out those of offices (office.<role>.<scope>; see test_office_findings.py)."""
    kinds = [f["type"] for f in data["findings"] if not f["topic"].startswith("office.")]
    return {t: kinds.count(t) for t in ("conflict", "change", "agreement")}


def test_check_seed_corpus_json_exit_0(tmp_path, report_schema):
    out = tmp_path / "report.json"
    r = run("check", "corpus/", "--format", "json", "--output", out)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["summary"]["findings"]["conflict"] == 0
    assert counts_outside_offices(data) == {"conflict": 0, "change": 1, "agreement": 0}
    import jsonschema

    jsonschema.Draft202012Validator(report_schema).validate(data)


def test_check_rich_summary_to_stdout(tmp_path):
    r = run("check", "corpus/")
    assert r.returncode == 0
    assert "coalition.member_count" in r.stdout and "CHANGE" in r.stdout and r.stderr == ""


def test_check_contradiction_then_baseline_then_new_contradiction(seed_corpus, tmp_path):
    add_article(seed_corpus, "new_2015_01_22", "2015-01-22", CONTRADICTION)
    out = tmp_path / "r.json"
    r = run("check", seed_corpus, "--format", "json", "-o", out)
    assert r.returncode == 1, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    conflicts = [f for f in data["findings"] if f["type"] == "conflict"]
    assert len(conflicts) == 1
    claims = {c["id"]: c for c in data["claims"]}
    assert sorted(claims[c]["document"] for c in conflicts[0]["claims"]) == [
        "002_d71025899ae3674d", "new_2015_01_22"]

    baseline = tmp_path / "baseline.json"
    r = run("baseline", "create", seed_corpus, "--output", baseline)
    assert r.returncode == 0, r.stderr
    assert json.loads(baseline.read_text())["findings"][0]["id"] == conflicts[0]["id"]

    r = run("check", seed_corpus, "--baseline", baseline, "--format", "json", "-o", out)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [f["new"] for f in data["findings"] if f["type"] == "conflict"] == [False]
    # only conflicts are baselined: a change (of an office, say) is always new
    assert not [f for f in data["findings"] if f["new"] and f["type"] == "conflict"]

    add_article(seed_corpus, "another_2015_01_21", "2015-01-21", "انضمت 40 دولة إلى التحالف الدولي.")
    r = run("check", seed_corpus, "--baseline", baseline, "--format", "json", "-o", out)
    assert r.returncode == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sum(1 for f in data["findings"] if f["type"] == "conflict" and f["new"]) >= 1


def test_check_baseline_create_refuses_to_overwrite(seed_corpus, tmp_path):
    b = tmp_path / "b.json"
    b.write_text("keep me")
    r = run("baseline", "create", seed_corpus, "--output", b)
    assert r.returncode == 2 and "--force" in r.stderr and b.read_text() == "keep me"


def test_check_no_readable_input_exit_2(tmp_path):
    r = run("check", tmp_path / "missing")
    assert r.returncode == 2 and "no input could be read" in r.stderr


def test_check_bad_inputs_listed_and_rest_checked(seed_corpus, tmp_path):
    (seed_corpus / "broken.md").write_text("---\nid: [x\n---\nنص", encoding="utf-8")
    (seed_corpus / "empty.txt").write_text("", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in seed_corpus.iterdir()}
    out = tmp_path / "r.json"
    r = run("check", seed_corpus, "--format", "json", "-o", out)
    assert r.returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 5
    assert sorted(Path(e["input"].split(":")[0]).name for e in data["errors"]) == ["broken.md", "empty.txt"]
    assert "broken.md" in r.stderr
    assert {p.name: p.read_bytes() for p in seed_corpus.iterdir()} == before  # nothing written into the corpus


def test_check_refuses_to_write_into_the_corpus(seed_corpus):
    r = run("check", seed_corpus, "--format", "json", "-o", seed_corpus / "report.json")
    assert r.returncode == 2 and not (seed_corpus / "report.json").exists()


def test_check_rules_error_is_file_line_and_exit_2(tmp_path, seed_corpus):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    t = rules / "topics" / "coalition" / "member_count.yml"
    t.write_text(t.read_text(encoding="utf-8").replace("mutable: true", "mutable: [true"), encoding="utf-8")
    r = run("check", seed_corpus, "--rules", rules)
    assert r.returncode == 2
    assert f"{t}:" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("content,needle", [("{}", "not a factcheck baseline"), ("not json", "not JSON")])
def test_check_bad_baseline_exit_2(tmp_path, content, needle):
    b = tmp_path / "b.json"
    b.write_text(content)
    r = run("check", "corpus/", "--baseline", b)
    assert r.returncode == 2 and needle in r.stderr


def test_check_usage_error_exit_2():
    assert run("check").returncode == 2
    assert run("check", "corpus/", "--format", "yaml").returncode == 2


def test_mentions_command_json_lines():
    inp = "\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                    for i, t in [("a", "أكثر من 50 دولة"), ("b", "نحو 300 قتيل")]) + "\n"
    r = subprocess.run([EXE, "mentions", "-"], input=inp, capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines[0]["mentions"][0] == {"start": 0, "end": 15, "text": "أكثر من 50 دولة", "kind": "count",
                                       "value": 50, "low": 50, "high": None, "low_inclusive": False,
                                       "high_inclusive": False, "approximate": False, "vague": False,
                                       "unit": "country"}
    assert lines[1]["mentions"][0]["low"] == 270 and lines[1]["mentions"][0]["approximate"] is True


def test_rules_test_command_runs_topic_examples():
    r = run("rules", "test")
    assert r.returncode == 0 and r.stdout.strip().endswith("0 failed")


def test_check_output_file_follows_umask(tmp_path):
    out = tmp_path / "r.json"
    assert run("check", "corpus/", "--format", "json", "-o", out).returncode == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


NEWPORT_5_SEPTEMBER = "واجتمع كيري وهيغل مع الحلفاء في نيوبورت، ويلز، يوم 5 أيلول/سبتمبر 2014 لبحث خطر داعش."


def test_check_event_dated_differently_is_a_conflict_exit_1(seed_corpus, tmp_path, report_schema):
    """The seed (published 2014-09-05) dates the Newport meeting 4 September; an article of 2014-09-08 says
    5 September: one conflict, citing both."""
    add_article(seed_corpus, "newport_2014_09_08", "2014-09-08", NEWPORT_5_SEPTEMBER)
    out = tmp_path / "r.json"
    r = run("check", seed_corpus, "--format", "json", "-o", out)
    assert r.returncode == 1, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    import jsonschema

    jsonschema.Draft202012Validator(report_schema).validate(data)
    conflicts = [f for f in data["findings"] if f["type"] == "conflict"]
    assert [f["topic"] for f in conflicts] == ["events.newport_summit"]
    claims = {c["id"]: c for c in data["claims"]}
    cited = sorted((claims[c]["document"], claims[c]["event_date"]["value"]) for c in conflicts[0]["claims"])
    assert cited == [("003_456f884f9b3d3de8", "2014-09-04"), ("newport_2014_09_08", "2014-09-05")]
    assert conflicts[0]["message"] == ("Newport summit: 2014-09-04 (شبكة فولتير, published 2014-09-05) "
                                       "vs 2014-09-05 (وكالة الاختبار, published 2014-09-08)")
    r = run("check", seed_corpus)
    assert r.returncode == 1 and "events.newport_summit" in r.stdout and "1 conflict: exit 1" in r.stdout


def test_check_event_same_day_written_differently_exit_0(seed_corpus, tmp_path):
    add_article(seed_corpus, "newport_2014_09_08", "2014-09-08",
                "وعقد كيري وهيغل الخميس الماضي اجتماعا مع الحلفاء في نيوبورت لبحث خطر داعش.")
    out = tmp_path / "r.json"
    r = run("check", seed_corpus, "--format", "json", "-o", out)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert counts_outside_offices(data) == {"conflict": 0, "change": 1, "agreement": 1}
    agreement = next(f for f in data["findings"]
                     if f["type"] == "agreement" and f["topic"].startswith("events."))
    assert (agreement["topic"], agreement["message"]) == ("events.newport_summit", "2 articles agree: 2014-09-04")


def test_check_two_secretaries_of_state_the_same_week_exit_1(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_article(corpus, "kerry", "2014-09-19", "قال وزير الخارجية الأميركي جون كيري إن التحالف سيواصل عمله.")
    add_article(corpus, "blinken", "2014-09-21",
                "قال وزير الخارجية الأمريكي أنتوني بلينكن إن التحالف سيواصل عمله.")
    add_article(corpus, "former", "2014-09-20",  # a former holder conflicts with nobody
                "التقى وزير الخارجية الأمريكي السابق أنتوني بلينكن بالصحفيين.")
    r = run("check", corpus)
    assert r.returncode == 1, r.stderr
    assert "office.foreign_minister.usa" in r.stdout and "1 conflict: exit 1" in r.stdout
    out = tmp_path / "r.json"
    assert run("check", corpus, "--format", "json", "-o", out).returncode == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    found = [(f["type"], f["topic"]) for f in data["findings"]]
    assert found == [("conflict", "office.foreign_minister.usa")]
