"""Findings for facts no topic covers (factcheck/engine/auto_findings.py), end to end on small corpora."""

from __future__ import annotations

import shutil

from factcheck.api import check_corpus
from factcheck.ruleset import load_rules
from tests.conftest import CORPUS, RULES

LEAD = "الواحة (وكالة الأنباء) - تواصل فرق الإنقاذ البحث عن ناجين تحت أنقاض زلزال مدينة الواحة الساحلية. "


def write(folder, docs) -> None:
    """docs: (id, published, source, body); every article shares a title about one story."""
    folder.mkdir(exist_ok=True)
    for doc_id, date, source, body in docs:
        fm = f"---\nid: {doc_id}\npublished: '{date}'\nsource: {source}\ntitle: زلزال مدينة الواحة الساحلية\n---\n"
        (folder / f"{doc_id}.md").write_text(fm + LEAD + body, encoding="utf-8")


def auto(report, kind=None):
    return [f for f in report.findings if (f.topic or "").startswith("auto.") and (kind is None or f.type == kind)]


def values(report, finding):
    return sorted(report.claim(c).text for c in finding.claims)


def test_auto_a_toll_misprinted_on_one_day_conflicts(tmp_path, rules):
    write(tmp_path / "c", [("a", "2024-03-06", "الشرق", "وارتفعت حصيلة القتلى إلى 153 قتيلا."),
                           ("b", "2024-03-06", "النهار", "وارتفعت حصيلة القتلى إلى 315 قتيلا.")])
    report = check_corpus([tmp_path / "c"], rules)
    [conflict] = auto(report, "conflict")
    assert conflict.topic == "auto.deaths (people)" and conflict.severity == "warning"
    assert values(report, conflict) == ["153 قتيلا", "315 قتيلا"]


def test_auto_a_district_and_a_forecast_are_not_the_toll(tmp_path, rules):
    write(tmp_path / "c", [("a", "2024-03-06", "الشرق", "وارتفعت حصيلة القتلى إلى 153 قتيلا."),
                           ("b", "2024-03-06", "النهار", "وقال المسؤول إن قضاء النخلة سجل وحده 12 قتيلا."),
                           ("c", "2024-03-06", "الخبر", "ويتوقع المسؤولون أن ترتفع الحصيلة إلى 400 قتيل.")])
    assert auto(check_corpus([tmp_path / "c"], rules), "conflict") == []


def test_auto_a_disputed_day_is_settled_by_its_neighbours(tmp_path, rules):
    write(tmp_path / "c", [("a", "2024-03-05", "الشرق", "وارتفعت حصيلة القتلى إلى 120 قتيلا."),
                           ("b", "2024-03-06", "الخبر", "وارتفعت حصيلة القتلى إلى 153 قتيلا."),
                           ("c", "2024-03-06", "النهار", "وارتفعت حصيلة القتلى إلى 315 قتيلا."),
                           ("d", "2024-03-08", "الشرق", "وارتفعت حصيلة القتلى إلى 168 قتيلا.")])
    report = check_corpus([tmp_path / "c"], rules)
    changes = sorted((values(report, f), f.direction) for f in auto(report, "change"))
    assert changes == [(["120 قتيلا", "153 قتيلا"], "increase"), (["153 قتيلا", "168 قتيلا"], "increase")]
    assert [values(report, f) for f in auto(report, "conflict")] == [["153 قتيلا", "315 قتيلا"]]


def test_auto_a_lower_bound_passed_by_far_is_a_rise(tmp_path, rules):
    write(tmp_path / "c", [("a", "2024-03-04", "الشرق", "وقتل 47 شخصا على الأقل في الزلزال."),
                           ("b", "2024-03-05", "الخبر", "وارتفعت حصيلة القتلى إلى 120 قتيلا."),
                           ("c", "2024-03-06", "النهار", "ونزح أكثر من 25 ألف نازح من المدينة."),
                           ("d", "2024-03-07", "الشرق", "ونزح 27 ألف نازح من المدينة.")])
    report = check_corpus([tmp_path / "c"], rules)
    assert [(f.topic, f.direction) for f in auto(report, "change")] == [("auto.deaths (people)", "increase")]


def test_auto_units_convert_currencies_never(tmp_path, rules):
    write(tmp_path / "c", [("a", "2024-03-06", "الشرق", "وغمرت المياه 4500 هكتار من الأراضي."),
                           ("b", "2024-03-06", "الخبر", "وغمرت المياه 45 كيلومترا مربعا من الأراضي."),
                           ("c", "2024-03-06", "الشرق", "وتعهد المانحون بتقديم 2.1 مليار دولار للمدينة."),
                           ("d", "2024-03-06", "النهار", "وتعهد المانحون بتقديم 1.9 مليار يورو للمدينة.")])
    report = check_corpus([tmp_path / "c"], rules)
    assert auto(report, "conflict") == []
    [agreement] = auto(report, "agreement")
    assert sorted(v.split(" من ")[0] for v in values(report, agreement)) == sorted(["4500 هكتار", "45 كيلومترا مربعا"])


def test_auto_a_wire_text_in_two_outlets_is_one_source(tmp_path, rules):
    wire = ("وكان الزلزال البالغة قوته 6.2 درجات قد وقع فجر الاثنين، وشعر به سكان المدن المجاورة التي خرج "
            "سكانها إلى الشوارع خوفا من الهزات الارتدادية، فيما أعلنت الحكومة الحداد وفتحت المدارس لإيواء "
            "المتضررين ووجهت نداء إلى المنظمات الدولية لتقديم المساعدة العاجلة للمنكوبين في المدينة الساحلية.")
    write(tmp_path / "c", [("a", "2024-03-08", "الشرق", wire),
                           ("b", "2024-03-08", "الخبر", wire.replace("فيما أعلنت", "بينما أعلنت")),
                           ("c", "2024-03-06", "النهار", "وبلغت قوة الزلزال 6.8 درجات على مقياس ريختر.")])
    report = check_corpus([tmp_path / "c"], rules)
    [conflict] = auto(report, "conflict")
    assert sorted(report.claim(c).document for c in conflict.claims) == ["a", "b", "c"]
    assert "one wire text in 2 outlets" in conflict.message
    assert auto(report, "agreement") == []  # two reprints are no corroboration


def test_auto_an_attribute_added_in_yaml_lines_up_new_figures(tmp_path):
    rules_dir = tmp_path / "rules"
    shutil.copytree(RULES, rules_dir)
    write(tmp_path / "c", [("a", "2024-03-06", "الشرق", "واعتقلت الشرطة 14 شخصا أمس."),
                           ("b", "2024-03-06", "النهار", "واعتقلت الشرطة 41 شخصا أمس.")])
    assert auto(check_corpus([tmp_path / "c"], load_rules(rules_dir))) == []
    path = rules_dir / "lexicons" / "facts.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("attributes:\n", "attributes:\n  arrested:\n    mutable: true\n"
                                 "    units: [people]\n    words: [اعتقل*, اعتقال]\n", 1), encoding="utf-8")
    report = check_corpus([tmp_path / "c"], load_rules(rules_dir))
    assert [f.topic for f in auto(report, "conflict")] == ["auto.arrested (people)"]


def test_auto_seed_corpus_has_no_automatic_finding(rules):
    assert auto(check_corpus([CORPUS], rules)) == []


def test_auto_owners_spelled_apart_are_one(tmp_path, rules):
    write(tmp_path / "c", [("a", "2024-11-19", "الشرق", "وحصل حزب التجديد على 48 مقعدا في البرلمان."),
                           ("b", "2024-11-19", "النهار", "وحصل حزب التجدد على 46 مقعدا في البرلمان.")])
    report = check_corpus([tmp_path / "c"], rules)
    assert [f.topic for f in auto(report, "conflict")] == ["auto.seats/owner:حزب التجديد (seat)"]
