"""The SARIF report: valid SARIF 2.1.0, one result per conflict, locations on the article lines."""

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from factcheck.report.sarif import sarif_report
from tests.conftest import ROOT

SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
SHARED = ROOT.parent / "shared" / "schema" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def sarif_schema():
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def validate(data, schema):
    v = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(v.iter_errors(data), key=lambda e: list(e.path))
    assert errors == [], f"{list(errors[0].path)}: {errors[0].message}"


def test_sarif_vendored_schema_equals_the_shared_one():
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SCHEMA.read_bytes() == SHARED.read_bytes()


def test_sarif_validates_with_and_without_findings(seed_report, conflict_report, sarif_schema, conflict_corpus):
    validate(sarif_report(seed_report), sarif_schema)
    validate(sarif_report(conflict_report, root=conflict_corpus.parent), sarif_schema)


def test_sarif_one_result_per_conflict_with_rule_level_and_fingerprint(conflict_report, conflict_corpus):
    run = sarif_report(conflict_report, root=conflict_corpus.parent)["runs"][0]
    conflicts = conflict_report.conflicts
    assert len(run["results"]) == len(conflicts) == 3
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["coalition.member_count"]
    for result, f in zip(run["results"], conflicts):
        assert result["ruleId"] == f.topic and rules[result["ruleIndex"]]["id"] == f.topic
        assert result["level"] == "error" and result["kind"] == "fail"
        assert result["partialFingerprints"] == {"factcheckFinding/v1": f.id}
        assert result["message"]["text"] == f.message
        assert "baselineState" not in result
        assert len(result["locations"]) == len(f.claims)


def test_sarif_regions_point_at_the_claims_in_the_files(conflict_report, conflict_corpus):
    run = sarif_report(conflict_report, root=conflict_corpus.parent)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    base = Path(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].removeprefix("file://"))
    seen = set()
    for result in run["results"]:
        for loc in result["locations"]:
            phys = loc["physicalLocation"]
            art, region = phys["artifactLocation"], phys["region"]
            assert art["uriBaseId"] == "%SRCROOT%" and not art["uri"].startswith("/")
            lines = (base / art["uri"]).read_text(encoding="utf-8").split("\n")
            line = lines[region["startLine"] - 1]
            assert region["startLine"] == region["endLine"]
            raw = line[region["startColumn"] - 1:region["endColumn"] - 1]
            claim = conflict_report.claim(loc["properties"]["claim"])
            if art["uri"].endswith(".jsonl"):
                assert json.loads(f'"{raw}"') == claim.text  # the text as escaped in the JSON line
            else:
                assert raw == claim.text == region["snippet"]["text"]
            seen.add(art["uri"])
    assert seen == {"corpus/hostile.md", "corpus/wire.jsonl", "corpus/002_d71025899ae3674d.md"}


def test_sarif_hostile_line_of_the_markdown_article(conflict_report, conflict_corpus):
    run = sarif_report(conflict_report, root=conflict_corpus.parent)["runs"][0]
    regions = [loc["physicalLocation"]["region"] for r in run["results"] for loc in r["locations"]
               if loc["physicalLocation"]["artifactLocation"]["uri"] == "corpus/hostile.md"]
    assert {(r["startLine"], r["startColumn"]) for r in regions} == {(8, 67)}  # 6 lines of front matter, then 2


def test_sarif_baseline_state(conflict_report, sarif_schema, conflict_corpus):
    first, *rest = conflict_report.conflicts
    findings = [replace(f, new=f is not first) if f.type == "conflict" else replace(f, new=False)
                for f in conflict_report.findings]
    report = replace(conflict_report, findings=findings, baseline={first.id})
    data = sarif_report(report, root=conflict_corpus.parent)
    validate(data, sarif_schema)
    states = {r["partialFingerprints"]["factcheckFinding/v1"]: r["baselineState"] for r in data["runs"][0]["results"]}
    assert states == {first.id: "unchanged", **{f.id: "new" for f in rest}}


def test_sarif_input_errors_are_notifications(rules, conflict_corpus, tmp_path, sarif_schema):
    from factcheck.api import check_corpus

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": ""}\n', encoding="utf-8")
    data = sarif_report(check_corpus([conflict_corpus, bad], rules), root=tmp_path)
    validate(data, sarif_schema)
    notes = data["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes] == ["empty text"]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "bad.jsonl",
                                                                                "uriBaseId": "%SRCROOT%"}
