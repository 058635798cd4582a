"""Who holds an office, across articles: a new holder years later is a change, two holders the same week are a
conflict, a former holder conflicts with nobody. Claims are built by hand (the extractor's own tests are in
tests/entities/); the last tests go through the real extractor and the CLI."""

from dataclasses import replace

import pytest

from factcheck.api import check_corpus, find_all
from factcheck.engine.office_findings import holder_name, office_findings, office_name
from factcheck.models import Attribute, Claim, Document

US = "office.foreign_minister.usa"
IRAQ = "office.foreign_minister.iraq"
US_OFFICE = "وزير الخارجية الأميركي"
IRAQ_OFFICE = "وزير الخارجية العراقي"


def doc(doc_id, published, *sentences, source=None, lead=""):
    return Document(doc_id, lead + " ".join(sentences), source=source, published=published)


def claim(d, holder, name, office=US_OFFICE, scope="usa", status="current", as_of=None,
          role="foreign_minister", n=0):
    """The n-th '<office> <name>' in d's text, naming `holder` (a catalogue id or unlisted:...)."""
    text = f"{office} {name}"
    start = -1
    for _ in range(n + 1):
        start = d.text.index(text, start + 1)
    topic = f"office.{role}.{scope}" if scope else None
    return Claim(id=f"{d.id}:{start}-{start + len(text)}", document=d.id, kind="attribute", start=start,
                 end=start + len(text), text=text, sentence=(0, len(d.text)), as_of=as_of or d.published,
                 topic=topic, subject=f"{role}@{scope}" if scope else role, norm=text,
                 attribute=Attribute(role, scope, holder, name, status))


def said(office, name):
    return f"وقال {office} {name} إن التحالف سيواصل عمله."


def found(findings):
    return [(f.type, f.topic, f.message) for f in findings]


def run(claims, docs, rules):
    return find_all(claims, docs, rules)


def test_office_findings_kerry_then_blinken_is_one_change(rules):
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"), source="الشروق")
    b = doc("b", "2021-07-23", said("وزير الخارجية الأمريكي", "أنتوني بلينكن"), source="وكالة")
    claims = [claim(a, "john_kerry", "جون كيري"), claim(b, "antony_blinken", "أنتوني بلينكن",
                                                        office="وزير الخارجية الأمريكي")]
    findings = run(claims, [a, b], rules)
    assert found(findings) == [("change", US, "Foreign Minister (United States): جون كيري (الشروق, 2014-09-19) → "
                                              "أنتوني بلينكن (وكالة, 2021-07-23)")]
    (change,) = findings
    assert change.severity == "info" and change.direction == "holder_changed"
    assert change.claims == (claims[0].id, claims[1].id)


def test_office_findings_jaafari_then_fuad_hussein_is_one_change(rules):
    a = doc("a", "2014-10-02", said(IRAQ_OFFICE, "إبراهيم الجعفري"), source="إيلاف")
    b = doc("b", "2021-07-23", said(IRAQ_OFFICE, "فؤاد حسين"))
    claims = [claim(a, "ibrahim_al_jaafari", "إبراهيم الجعفري", IRAQ_OFFICE, "iraq"),
              claim(b, "fuad_hussein", "فؤاد حسين", IRAQ_OFFICE, "iraq")]
    assert found(run(claims, [a, b], rules)) == [
        ("change", IRAQ,
         "Foreign Minister (Iraq): إبراهيم الجعفري (إيلاف, 2014-10-02) → فؤاد حسين (b, 2021-07-23)")]


def test_office_findings_two_holders_the_same_week_conflict(rules):
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"), source="الشروق")
    b = doc("b", "2014-09-23", said(US_OFFICE, "أنتوني بلينكن"), source="وكالة")
    claims = [claim(a, "john_kerry", "جون كيري"), claim(b, "antony_blinken", "أنتوني بلينكن")]
    findings = run(claims, [a, b], rules)
    assert found(findings) == [("conflict", US, "Foreign Minister (United States): جون كيري (الشروق, 2014-09-19) "
                                                "vs أنتوني بلينكن (وكالة, 2014-09-23)")]
    assert findings[0].severity == "error" and findings[0].direction is None


def test_office_findings_same_holder_in_two_articles_agree(rules):
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"), source="الشروق")
    b = doc("b", "2014-09-20", said(US_OFFICE, "كيري"))
    claims = [claim(a, "john_kerry", "جون كيري"), claim(b, "john_kerry", "كيري")]
    assert found(run(claims, [a, b], rules)) == [
        ("agreement", US,
         "Foreign Minister (United States): 2 articles agree: جون كيري (الشروق, 2014-09-19)")]


def test_office_findings_window_comes_from_the_catalogue(rules):
    a = doc("a", "2014-09-01", said(US_OFFICE, "جون كيري"))
    b = doc("b", "2014-09-20", said(US_OFFICE, "أنتوني بلينكن"))
    claims = [claim(a, "john_kerry", "جون كيري"), claim(b, "antony_blinken", "أنتوني بلينكن")]
    assert [f.type for f in run(claims, [a, b], rules)] == ["change"]  # 19 days apart: default 7d window
    office = rules.catalogue.get("foreign_minister")
    wide = replace(rules.catalogue, entities={**rules.catalogue.entities,
                                              "foreign_minister": replace(office, window_days=30)})
    assert [f.type for f in office_findings(US, claims, {"a": a, "b": b}, wide)] == ["conflict"]


@pytest.mark.parametrize("later", ["former", "current"])
def test_office_findings_a_former_holder_never_conflicts(rules, later):
    """وزير الخارجية الأمريكي السابق جون كيري beside the current Blinken: no conflict and no change; a current
    Kerry in the same place would conflict."""
    a = doc("a", "2021-07-23", said(US_OFFICE, "أنتوني بلينكن"))
    b = doc("b", "2021-07-24", said(US_OFFICE + " السابق", "جون كيري"))
    claims = [claim(a, "antony_blinken", "أنتوني بلينكن"),
              claim(b, "john_kerry", "جون كيري", US_OFFICE + " السابق", status=later)]
    types = [f.type for f in run(claims, [a, b], rules)]
    assert types == ([] if later == "former" else ["conflict"])


def test_office_findings_a_former_holder_marks_no_change(rules):
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"))
    b = doc("b", "2021-07-23", said(US_OFFICE, "أنتوني بلينكن"), said(US_OFFICE + " السابق", "جون كيري"))
    claims = [claim(a, "john_kerry", "جون كيري"), claim(b, "antony_blinken", "أنتوني بلينكن"),
              claim(b, "john_kerry", "جون كيري", US_OFFICE + " السابق", status="former")]
    findings = run(claims, [a, b], rules)
    assert [(f.type, f.claims) for f in findings] == [("change", (claims[0].id, claims[1].id))]


def test_office_findings_an_acting_holder_takes_part(rules):
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"))
    b = doc("b", "2014-09-20", said(US_OFFICE + " بالوكالة", "تشاك هيغل"))
    claims = [claim(a, "john_kerry", "جون كيري"),
              claim(b, "chuck_hagel", "تشاك هيغل", US_OFFICE + " بالوكالة", status="acting")]
    (conflict,) = run(claims, [a, b], rules)
    assert conflict.type == "conflict" and "تشاك هيغل (acting) (b, 2014-09-20)" in conflict.message


def test_office_findings_the_catalogue_holder_against_an_unlisted_name_is_no_conflict(rules):
    """A name the catalogue does not know beside the holder it knows is far likelier a misread word than a
    newspaper naming the wrong minister."""
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"))
    b = doc("b", "2014-09-20", said(US_OFFICE, "لشؤون الشرق"))
    c = doc("c", "2014-09-21", said(US_OFFICE, "لشؤون الشرق"))
    claims = [claim(a, "john_kerry", "جون كيري"), claim(b, "unlisted:لشؤون_الشرق", "لشؤون الشرق"),
              claim(c, "unlisted:لشؤون_الشرق", "لشؤون الشرق")]
    assert [f.type for f in run(claims, [a, b, c], rules) if f.type == "conflict"] == []


def test_office_findings_an_unlisted_name_counts_once_two_articles_name_it(rules):
    docs = [doc("a", "2014-09-20", said(US_OFFICE, "مايكل فالون")), doc("b", "2014-09-21", said(US_OFFICE, "بوريس جونسون")),
            doc("c", "2014-09-22", said(US_OFFICE, "بوريس جونسون"))]
    one = [claim(docs[0], "unlisted:مايكل_فالون", "مايكل فالون"), claim(docs[1], "unlisted:بوريس_جونسون", "بوريس جونسون")]
    assert run(one, docs[:2], rules) == []  # each named by one article only
    two = one + [claim(docs[2], "unlisted:بوريس_جونسون", "بوريس جونسون")]
    assert [f.type for f in run(two, docs, rules)] == ["agreement"]  # Fallon is still named once


@pytest.mark.parametrize("first,second,types", [
    ("unlisted:مايكل_فالون", "unlisted:مايكل_فالن", ["agreement"]),  # one name spelled two ways
    ("unlisted:مايكل_فالون", "unlisted:بوريس_جونسون", ["conflict"]),  # two people (a warning)
    ("john_allen", "john_allen", ["agreement"]),  # آلان resolved by the extractor to the catalogue's آلين
])
def test_office_findings_holders_are_one_person_by_same_name(rules, first, second, types):
    """Each holder is named by two articles, so unlisted names take part."""
    docs = [doc(x, f"2014-09-1{i}", said(US_OFFICE, "الاسم")) for i, x in enumerate("abcd")]
    claims = [claim(docs[0], first, "الاسم"), claim(docs[1], second, "الاسم"), claim(docs[2], first, "الاسم"),
              claim(docs[3], second, "الاسم")]
    got = run(claims, docs, rules)
    assert sorted(set(f.type for f in got)) == types
    if types == ["conflict"]:
        assert {f.severity for f in got} == {"warning"}


def test_office_findings_most_articles_give_the_holder_of_a_time(rules):
    """Three articles name Kerry and one Hagel in the same week: three conflicts, no agreement over them, and
    Kerry is still the holder Blinken replaced."""
    docs = [doc(x, f"2014-09-1{i}", said(US_OFFICE, "جون كيري")) for i, x in enumerate("abc")]
    hagel = doc("h", "2014-09-12", said(US_OFFICE, "تشاك هيغل"))
    later = doc("z", "2021-07-23", said(US_OFFICE, "أنتوني بلينكن"))
    claims = [claim(d, "john_kerry", "جون كيري") for d in docs] + [
        claim(hagel, "chuck_hagel", "تشاك هيغل"), claim(later, "antony_blinken", "أنتوني بلينكن")]
    findings = run(claims, docs + [hagel, later], rules)
    assert sorted(f.type for f in findings) == ["change", "conflict", "conflict", "conflict"]
    change = next(f for f in findings if f.type == "change")
    assert "جون كيري (c, 2014-09-12) → أنتوني بلينكن" in change.message


def test_office_findings_an_even_split_gives_no_change(rules):
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"))
    h = doc("h", "2014-09-20", said(US_OFFICE, "تشاك هيغل"))
    z = doc("z", "2021-07-23", said(US_OFFICE, "أنتوني بلينكن"))
    claims = [claim(a, "john_kerry", "جون كيري"), claim(h, "chuck_hagel", "تشاك هيغل"),
              claim(z, "antony_blinken", "أنتوني بلينكن")]
    assert [f.type for f in run(claims, [a, h, z], rules)] == ["conflict"]


def test_office_findings_repeated_name_in_one_article_is_one_conflict(rules):
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"), said(US_OFFICE, "كيري"))
    b = doc("b", "2014-09-20", said(US_OFFICE, "أنتوني بلينكن"))
    claims = [claim(a, "john_kerry", "جون كيري"), claim(a, "john_kerry", "كيري"),
              claim(b, "antony_blinken", "أنتوني بلينكن")]
    assert [f.type for f in run(claims, [a, b], rules)] == ["conflict"]


def test_office_findings_one_article_never_conflicts_with_itself(rules):
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"), said(US_OFFICE, "تشاك هيغل"))
    claims = [claim(a, "john_kerry", "جون كيري"), claim(a, "chuck_hagel", "تشاك هيغل")]
    assert run(claims, [a], rules) == []


def test_office_findings_without_scope_or_date_are_not_compared(rules):
    a = doc("a", "2014-09-19", said("وزير الخارجية", "جون كيري"))
    b = doc("b", None, said(US_OFFICE, "أنتوني بلينكن"))
    c = doc("c", "2014-09-20", said(US_OFFICE, "تشاك هيغل"))
    claims = [claim(a, "john_kerry", "جون كيري", "وزير الخارجية", scope=None),
              claim(b, "antony_blinken", "أنتوني بلينكن"), claim(c, "chuck_hagel", "تشاك هيغل")]
    assert run(claims, [a, b, c], rules) == []


def test_office_findings_fingerprint_ignores_offsets_not_holders(rules):
    def conflict_id(lead, name, holder):
        a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"), lead=lead)
        b = doc("b", "2014-09-20", said(US_OFFICE, name))
        (f,) = run([claim(a, "john_kerry", "جون كيري"), claim(b, holder, name)], [a, b], rules)
        return f.id

    before = conflict_id("", "أنتوني بلينكن", "antony_blinken")
    assert before.startswith("co-")
    assert conflict_id("مقدمة لا علاقة لها بالموضوع. ", "أنتوني بلينكن", "antony_blinken") == before
    assert conflict_id("", "تشاك هيغل", "chuck_hagel") != before


def test_office_findings_sit_among_topic_findings_in_order(rules):
    """Conflicts first, then changes, then agreements, each by topic; offices beside the topic files."""
    a = doc("a", "2014-09-19", said(US_OFFICE, "جون كيري"), said(IRAQ_OFFICE, "إبراهيم الجعفري"))
    b = doc("b", "2014-09-20", said(US_OFFICE, "أنتوني بلينكن"), said(IRAQ_OFFICE, "إبراهيم الجعفري"))
    c = doc("c", "2021-07-23", said(IRAQ_OFFICE, "فؤاد حسين"))
    claims = [claim(a, "john_kerry", "جون كيري"), claim(b, "antony_blinken", "أنتوني بلينكن"),
              claim(a, "ibrahim_al_jaafari", "إبراهيم الجعفري", IRAQ_OFFICE, "iraq"),
              claim(b, "ibrahim_al_jaafari", "إبراهيم الجعفري", IRAQ_OFFICE, "iraq"),
              claim(c, "fuad_hussein", "فؤاد حسين", IRAQ_OFFICE, "iraq")]
    assert [(f.type, f.topic) for f in run(claims, [a, b, c], rules)] == [
        ("conflict", US), ("change", IRAQ), ("agreement", IRAQ)]


@pytest.mark.parametrize("role,scope,name", [
    ("foreign_minister", "usa", "Foreign Minister (United States)"),
    ("foreign_minister", "iraq", "Foreign Minister (Iraq)"),
    ("supreme_leader", "iran", "Supreme Leader (Iran)"),  # a country always follows
    ("coalition_envoy", "coalition_against_isis",
     "Special Presidential Envoy for the Global Coalition to Counter ISIL"),
    ("un_secretary_general", "united_nations", "UN Secretary-General"),
    ("foreign_minister", "atlantis", "Foreign Minister (atlantis)"),  # a scope the catalogue does not list
    ("foreign_minister", "unlisted:الليبي", "Foreign Minister (الليبي)"),  # an adjective it does not know
    ("grand_vizier", None, "grand vizier"),
])
def test_office_findings_office_names(rules, role, scope, name):
    assert office_name(rules.catalogue, role, scope) == name


@pytest.mark.parametrize("holder,text,status,shown", [
    ("john_allen", "آلان", "current", "جون آلين"),  # the catalogue's display name, whatever the spelling
    ("unlisted:مايكل_فالون", "مايكل فالون", "current", "مايكل فالون"),  # as written
    ("unlisted:بيل_بيرنز", "بيل بيرنز", "acting", "بيل بيرنز (acting)"),
])
def test_office_findings_holder_names(rules, holder, text, status, shown):
    assert holder_name(rules.catalogue, Attribute("foreign_minister", "usa", holder, text, status)) == shown


def test_office_findings_seed_corpus_kerry_and_jaafari_were_replaced(rules):
    from tests.conftest import CORPUS

    report = check_corpus([CORPUS], rules)
    offices = [f for f in report.findings if f.topic.startswith("office.")]
    assert not [f for f in offices if f.type == "conflict"]
    changes = {f.topic: f.message for f in offices if f.type == "change"}
    assert "جون كيري" in changes[US]
    assert changes[US].endswith("أنتوني بلينكن (004_335c3f57aaf19ec1, 2021-07-23)")
    assert changes[IRAQ].startswith("Foreign Minister (Iraq): إبراهيم الجعفري (إيلاف, 2014-10-02) → فؤاد حسين")
