"""`factcheck check --format html|markdown|sarif` end to end: files written, exit codes, clean stdout."""

import json

import jsonschema
import pytest

from tests.cli.test_check import CONTRADICTION, add_article, run
from tests.conftest import ROOT


@pytest.mark.parametrize("fmt, head", [("html", "<!DOCTYPE html>"), ("markdown", "## factcheck report"),
                                       ("sarif", "{")])
def test_formats_write_the_file_and_exit_0_on_the_seeds(tmp_path, fmt, head):
    out = tmp_path / f"report.{fmt}"
    r = run("check", "corpus/", "--format", fmt, "--output", out)
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").startswith(head) and r.stdout == "" and r.stderr == ""


def test_formats_sarif_to_stdout_with_baseline_exit_1_on_new(seed_corpus, tmp_path):
    add_article(seed_corpus, "a", "2015-01-22", CONTRADICTION)
    base = tmp_path / "baseline.json"
    assert run("baseline", "create", seed_corpus, "--output", base).returncode == 0
    add_article(seed_corpus, "b", "2015-01-22", CONTRADICTION.replace("35", "33"))
    r = run("check", seed_corpus, "--format", "sarif", "--baseline", base)
    assert r.returncode == 1
    data = json.loads(r.stdout)  # nothing but the SARIF on stdout
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(data)
    states = sorted(res["baselineState"] for res in data["runs"][0]["results"])
    assert states == ["new", "new", "unchanged"]  # 33 against 35 and against >60; 35 against >60 accepted


def test_formats_markdown_exit_1_on_a_conflict(seed_corpus):
    add_article(seed_corpus, "a", "2015-01-22", CONTRADICTION)
    r = run("check", seed_corpus, "--format", "markdown")
    assert r.returncode == 1 and "## Conflicts · تعارضات (1)" in r.stdout


def test_formats_unknown_format_is_a_usage_error():
    r = run("check", "corpus/", "--format", "pdf")
    assert r.returncode == 2 and "pdf" in r.stderr
