import json
from pathlib import Path

import jsonschema

from factcheck.api import check_corpus
from factcheck.report.json_report import report_json
from tests.conftest import CORPUS, SCHEMA

SHARED_SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schema" / "report.schema.json"


def validate(data, schema):
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(v.iter_errors(data), key=lambda e: list(e.path))
    assert errors == [], errors[0].message


def test_json_report_validates_against_the_schema(rules, report_schema):
    validate(report_json(check_corpus([CORPUS], rules)), report_schema)


def test_json_report_claims_cite_exact_original_text(rules):
    report = check_corpus([CORPUS], rules)
    data = report_json(report)
    texts = {d.id: d.text for d in report.documents}
    assert data["claims"]
    for c in data["claims"]:
        assert texts[c["document"]][c["span"]["start"]:c["span"]["end"]] == c["text"]
        s = c["sentence"]
        assert s["start"] <= c["span"]["start"] < c["span"]["end"] <= s["end"]


def test_json_report_open_bounds_are_null(rules):
    data = report_json(check_corpus([CORPUS], rules))
    more = next(c for c in data["claims"] if c["text"] == "أكثر من 50 دولة")["quantity"]
    assert more == {"value": 50, "low": 50, "high": None, "low_inclusive": False, "high_inclusive": False,
                    "approximate": False, "vague": False, "unit": "country", "counted": "دولة"}


def test_json_report_vendored_schema_matches_shared():
    if SHARED_SCHEMA.exists():
        assert json.loads(SCHEMA.read_text()) == json.loads(SHARED_SCHEMA.read_text())
