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


def test_json_report_event_date_claims(rules, report_schema):
    data = report_json(check_corpus([CORPUS], rules))
    validate(data, report_schema)
    allen = next(c for c in data["claims"] if c["topic"] == "events.allen_appointment")
    assert {k: allen[k] for k in ("kind", "text", "subject", "as_of")} == {
        "kind": "event_date", "text": "الثلث عشر من الشهر الماضي", "subject": "allen_appointment_2014",
        "as_of": "2014-09-13"}
    assert allen["event_date"] == {"value": "2014-09-13", "event": "allen_appointment_2014",
                                   "resolved_from": "2014-10-02", "precision": "day", "until": None}
    assert "quantity" not in allen


def test_json_report_event_conflict_validates(rules, report_schema, tmp_path):
    for name, date, text in [
        ("a", "2014-09-05", "حول الاجتماع مع الحلفاء في نيوبورت، ويلز، يوم 4 أيلول/سبتمبر الجاري."),
        ("b", "2014-09-20", "عقدت قمة نيوبورت بين 4 و5 أيلول 2014."),
        ("c", "2014-09-08", "اجتمع الحلفاء في نيوبورت يوم 5 أيلول 2014."),
    ]:
        front = f"---\nid: {name}\npublished: {date}\n---\n"
        (tmp_path / f"{name}.md").write_text(front + text, encoding="utf-8")
    data = report_json(check_corpus([tmp_path], rules))
    validate(data, report_schema)
    dates = {c["document"]: c["event_date"] for c in data["claims"]}
    assert dates["a"]["resolved_from"] == "2014-09-05" and dates["c"]["resolved_from"] is None
    assert dates["b"] == {"value": "2014-09-04", "event": "newport_summit_2014", "resolved_from": None,
                          "precision": "day", "until": "2014-09-05"}
    assert [(f["type"], f["topic"]) for f in data["findings"]] == [("conflict", "events.newport_summit")]
    assert data["summary"]["findings"] == {"conflict": 1, "change": 0, "agreement": 0}


SECRETARIES = [  # two US secretaries of state the same week, and a former one who conflicts with nobody
    ("a", "2014-09-19", "قال وزير الخارجية الأميركي جون كيري إن التحالف سيواصل عمله."),
    ("b", "2014-09-21", "قال وزير الخارجية الأمريكي أنتوني بلينكن إن التحالف سيواصل عمله."),
    ("c", "2014-09-20", "التقى وزير الخارجية الأمريكي السابق أنتوني بلينكن بالصحفيين."),
]


def test_json_report_attribute_claims_and_office_conflict(rules, report_schema, tmp_path):
    for name, date, text in SECRETARIES:
        front = f"---\nid: {name}\npublished: {date}\n---\n"
        (tmp_path / f"{name}.md").write_text(front + text, encoding="utf-8")
    data = report_json(check_corpus([tmp_path], rules))
    validate(data, report_schema)
    offices = {c["document"]: c for c in data["claims"] if c["kind"] == "attribute"}
    assert offices["a"]["attribute"] == {"role": "foreign_minister", "scope": "usa", "holder": "john_kerry",
                                         "holder_text": "جون كيري", "status": "current"}
    assert offices["c"]["attribute"]["status"] == "former"
    assert (offices["a"]["topic"], offices["a"]["subject"]) == ("office.foreign_minister.usa", "foreign_minister@usa")
    assert all(c["speaker"] is None and c["speaker_text"] is None for c in data["claims"])
    (conflict,) = data["findings"]
    assert (conflict["type"], conflict["severity"], conflict["topic"]) == (
        "conflict", "error", "office.foreign_minister.usa")
    assert sorted(offices[d]["id"] for d in "ab") == sorted(conflict["claims"])


def test_json_report_speaker_and_unlisted_holder(rules, report_schema):
    from factcheck.api import Report, find_all
    from factcheck.models import Attribute, Claim, Document

    text = "وقال وزير الخارجية الليبي محمد الدايري إن الحوار مستمر."
    docs = [Document(x, text, published="2015-01-0" + x[-1], sha256="0" * 64) for x in ("d1", "d2")]
    office = "وزير الخارجية الليبي محمد الدايري"
    start = text.index(office)
    claims = [Claim(f"{d.id}:{start}", d.id, "attribute", start, start + len(office), office, (0, len(text)),
                    d.published, topic="office.foreign_minister.libya", subject="foreign_minister@libya",
                    speaker="unlisted:محمد_الدايري", speaker_text=office, norm=office,
                    attribute=Attribute("foreign_minister", "libya", "unlisted:محمد_الدايري", "محمد الدايري"))
              for d in docs]
    data = report_json(Report(docs, claims, find_all(claims, docs, rules), [], rules))
    validate(data, report_schema)
    assert data["claims"][0]["speaker"] == "unlisted:محمد_الدايري"
    assert data["claims"][0]["speaker_text"] == office
    assert [f["type"] for f in data["findings"]] == ["agreement"]


def test_json_report_automatic_facts_and_wire_copies(rules, report_schema):
    from tests.evaluation import EVAL

    report = check_corpus(sorted({p.parent for p in EVAL.glob("*/*.md")}), rules)
    data = report_json(report)
    validate(data, report_schema)
    wire = {d["id"]: d["wire_group"] for d in data["documents"] if "wire_group" in d}
    assert wire == {"quake_05": "quake_05", "quake_06": "quake_05", "conf_03": "conf_03", "conf_05": "conf_03"}
    keyed = [c for c in data["claims"] if c.get("fact")]
    assert {c["fact"]["attribute"] for c in keyed} >= {"deaths", "injured", "pledged", "turnout", "seats"}
    magnitude = [f for f in data["findings"] if f["type"] == "conflict" and f["topic"] == "auto.magnitude (dimensionless)"]
    reprinted = [f for f in magnitude if len(f["claims"]) == 3]
    assert len(reprinted) == 1 and reprinted[0]["sources"] == 2


def test_json_report_one_object_per_line_parses_to_the_report(conflict_report):
    from factcheck.report.json_report import render_json

    text = render_json(conflict_report)
    assert json.loads(text) == json.loads(json.dumps(report_json(conflict_report)))
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    claim_lines = [line for line in lines if line.startswith('    {"id": ') and '"kind": ' in line]
    assert len(claim_lines) == len(conflict_report.claims)
