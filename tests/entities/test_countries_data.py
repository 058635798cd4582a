"""rules/entities/countries.yml: every UN member state plus Palestine, Kosovo, Taiwan, Western Sahara and the
Vatican, with Arabic names, capitals and one-word adjectives, loaded by the catalogue."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from factcheck.lexicons import tokens_of
from factcheck.nlp.normalise import normalise_text
from factcheck.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent.parent
COUNTRIES = ROOT / "rules" / "entities" / "countries.yml"

# No one-word adjective that is theirs alone (الكوري، الكونغولي، الغيني are shared; المالي، القمري، الصحراوي
# mean something else; the others are two words). The header of countries.yml lists the same ids.
NO_ADJECTIVE = {
    "cape_verde", "central_african_republic", "comoros", "congo", "dr_congo", "equatorial_guinea", "guinea",
    "guinea_bissau", "mali", "north_korea", "papua_new_guinea", "saint_kitts_and_nevis", "saint_lucia",
    "saint_vincent_and_the_grenadines", "san_marino", "sao_tome_and_principe", "solomon_islands", "south_africa",
    "south_korea", "south_sudan", "western_sahara",
}
FIRST = ["usa", "iraq", "iran", "france", "uk", "syria", "saudi_arabia", "egypt", "turkey", "russia", "jordan"]


@pytest.fixture(scope="module")
def catalogue():
    return load_rules(ROOT / "rules").catalogue


@pytest.fixture(scope="module")
def entries():
    return yaml.safe_load(COUNTRIES.read_text(encoding="utf-8"))


def countries(cat):
    return {e.id: e for e in cat.entities.values() if e.type == "country"}


def test_catalogue_loads_every_country(catalogue):
    found = countries(catalogue)
    assert len(found) >= 195
    for eid in ["palestine", "kosovo", "taiwan", "western_sahara", "vatican", "south_korea", "united_arab_emirates",
                "new_zealand", "belgium", "colombia", "libya", "yemen", "tuvalu", "eswatini", "timor_leste"]:
        assert eid in found, eid


def test_existing_entries_come_first_then_alphabetical(entries):
    ids = [e["id"] for e in entries]
    assert ids[:len(FIRST)] == FIRST
    assert ids[len(FIRST):] == sorted(ids[len(FIRST):])
    assert all(e["type"] == "country" for e in entries)


def test_every_country_has_an_adjective_unless_none_is_readable(entries):
    without = {e["id"] for e in entries if not e.get("adjectives")}
    assert without == NO_ADJECTIVE
    header = COUNTRIES.read_text(encoding="utf-8").split("\n- id:")[0]
    assert all(eid in header for eid in NO_ADJECTIVE)


def test_adjectives_are_one_token_and_unique(entries):
    owner = {}
    for e in entries:
        for adjective in e.get("adjectives", []):
            key = normalise_text(adjective)
            assert tokens_of(adjective) == (key,), f"{e['id']}: {adjective!r} is not one token"
            assert owner.setdefault(key, e["id"]) == e["id"], f"{adjective!r}: {e['id']} and {owner[key]}"


@pytest.mark.parametrize("adjective,country", [
    ("الليبي", "libya"), ("الليبية", "libya"), ("البلجيكية", "belgium"), ("البلجيكي", "belgium"),
    ("الإماراتي", "united_arab_emirates"), ("الكولومبي", "colombia"), ("النيوزيلندي", "new_zealand"),
    ("النيوزيلاندية", "new_zealand"), ("اليمني", "yemen"), ("العماني", "oman"), ("الأردني", "jordan"),
    ("النيجري", "niger"), ("النيجيري", "nigeria"), ("الفلسطيني", "palestine"), ("الأميركي", "usa"),
    ("العراقية", "iraq"),
])
def test_adjective_index(catalogue, adjective, country):
    assert catalogue.adjectives[normalise_text(adjective)] == country


@pytest.mark.parametrize("adjective", ["العربي", "الكوري", "الكونغولي", "الغيني", "المالي", "المالية", "القمري",
                                       "الصحراوي", "التركماني"])
def test_ambiguous_adjectives_are_left_out(catalogue, adjective):
    assert normalise_text(adjective) not in catalogue.adjectives


@pytest.mark.parametrize("name,country", [
    ("بلجيكا", "belgium"), ("كولومبيا", "colombia"), ("نيوزيلندا", "new_zealand"), ("نيوزيلاندا", "new_zealand"),
    ("الإمارات", "united_arab_emirates"), ("الإمارات العربية المتحدة", "united_arab_emirates"),
    ("ليبيا", "libya"), ("اليمن", "yemen"), ("كوريا الجنوبية", "south_korea"), ("كوريا الشمالية", "north_korea"),
    ("عمان", "oman"), ("سلطنة عمان", "oman"), ("المملكة الأردنية الهاشمية", "jordan"), ("واشنطن", "usa"),
    ("موسكو", "russia"), ("بيروت", "lebanon"), ("أبو ظبي", "united_arab_emirates"), ("اوكرانيا", "ukraine"),
    ("روسيا البيضاء", "belarus"), ("جمهورية الكونغو الديمقراطية", "dr_congo"), ("الكونغو برازافيل", "congo"),
    ("الجمهورية الإسلامية الموريتانية", "mauritania"), ("الولايات المتحدة المكسيكية", "mexico"),
])
def test_names(catalogue, name, country):
    assert catalogue.names[tokens_of(name)] == country


@pytest.mark.parametrize("name", ["مسقط", "سيول", "كابل", "طرابلس", "القدس", "بروكسل", "صوفيا", "ديلي", "كيف",
                                  "العيون", "كوريا", "الكونغو", "مجلس الأمن", "الأمم المتحدة"])
def test_ambiguous_names_are_no_country(catalogue, name):
    eid = catalogue.names.get(tokens_of(name))
    assert eid is None or catalogue.entities[eid].type != "country", (name, eid)


def test_names_are_unique_within_each_country(entries):
    for e in entries:
        counts = Counter(tokens_of(n) for n in e["names"])
        assert max(counts.values()) == 1, (e["id"], [k for k, c in counts.items() if c > 1])
