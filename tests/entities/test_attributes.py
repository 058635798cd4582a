"""Who holds which office: apposition, counterparts, names after a title, status, scopes, unknown names."""

import pytest

from factcheck.claims import document_claims
from factcheck.entities.names import entity_at, same_name
from factcheck.lexicons import tokens_of
from factcheck.models import Document


def offices(text, rules, nlp, published="2014-10-02"):
    doc = Document(id="t", text=text, published=published)
    out = [c for c in document_claims(doc, rules, nlp) if c.kind == "attribute"]
    for c in out:
        assert text[c.start:c.end] == c.text
        assert c.attribute.holder_text in c.text
    return [(c.attribute.role, c.attribute.scope, c.attribute.holder, c.attribute.status) for c in out]


@pytest.mark.parametrize("text,expected", [
    ("قال وزير الخارجية العراقي إبراهيم الجعفري أمام المجلس", ("foreign_minister", "iraq", "ibrahim_al_jaafari")),
    ("زار منسق التحالف الدولي ضد تنظيم \"داعش\" جون آلين العراق",
     ("coalition_envoy", "coalition_against_isis", "john_allen")),
    ("يبحث مع رئيس الوزراء العراقي حيدر العبادي", ("prime_minister", "iraq", "haider_al_abadi")),
    ("كان المرشد الأعلى للجمهورية الإسلامية آية الله علي خامنئي قد رفض", ("supreme_leader", "iran", "ali_khamenei")),
    # no scope in the text: the holder's tenure at the claim's date gives it
    ("أصدر البيان وزير الدفاع تشاك هيغل", ("defence_minister", "usa", "chuck_hagel")),
    # a misspelled adjective (الأمركي) is matched with rapidfuzz
    ("حشد وزير الخارجية الأمركي جون كيري تأييد الدول", ("foreign_minister", "usa", "john_kerry")),
    ("وصل الرئيس الاميركي باراك اوباما", ("president", "usa", "barack_obama")),
])
def test_attributes_apposition(rules, nlp, text, expected):
    assert offices(text, rules, nlp) == [(*expected, "current")]


@pytest.mark.parametrize("name", ["جون آلين", "جون ألين", "جون الين", "الجنرال آلين", "المبعوث الرئاسي الخاص ألين"])
def test_attributes_spellings_of_allen_are_one_person(rules, nlp, name):
    text = f"قال منسق التحالف الدولي {name} إن" if not name.startswith("المبعوث") else f"وصل {name} إلى بغداد"
    assert [h for _, _, h, _ in offices(text, rules, nlp)] == ["john_allen"]


def test_attributes_transliteration_not_listed_is_matched_when_the_office_agrees(rules, nlp):
    # آلان is not in the catalogue: rapidfuzz against the people who held the office
    got = offices("نهدف للاستماع من الجنرال جون آلان - منسق التحالف الدولي", rules, nlp, "2015-01-22")
    assert got == [("coalition_envoy", "coalition_against_isis", "john_allen", "current")]


def test_attributes_counterpart_takes_the_office_named_before(rules, nlp):
    text = "قال وزير الخارجية الأميركي أنتوني بلينكن، فيما أكد نظيره العراقي فؤاد حسين"
    assert offices(text, rules, nlp, "2021-07-23") == [
        ("foreign_minister", "usa", "antony_blinken", "current"),
        ("foreign_minister", "iraq", "fuad_hussein", "current")]


@pytest.mark.parametrize("text,status", [
    ("قال وزير الخارجية الأمريكي السابق جون كيري", "former"),
    ("قال وزير الخارجية المستقيل جون كيري", "former"),
    ("قال القائم بأعمال وزير الخارجية الأمريكي جون كيري", "acting"),
    ("قال وزير الخارجية الأمريكي بالوكالة جون كيري", "acting"),
    ("قال وزير الخارجية الأمريكي الجديد جون كيري", "current"),
])
def test_attributes_status(rules, nlp, text, status):
    assert offices(text, rules, nlp) == [("foreign_minister", "usa", "john_kerry", status)]


def test_attributes_successor_makes_the_predecessor_former(rules, nlp):
    got = offices("تسلم وزير الخارجية الأمريكي الجديد أنتوني بلينكن مهامه خلفا لجون كيري", rules, nlp, "2021-01-27")
    assert ("foreign_minister", "usa", "antony_blinken", "current") in got


def test_attributes_unknown_names_are_kept_and_compared(rules, nlp):
    a = offices("التقى وزير الخارجية الليبي محمد الدايري نظيره المصري سامح شكري", rules, nlp)
    assert a == [("foreign_minister", "libya", "unlisted:محمد_الدايري", "current"),
                 ("foreign_minister", "egypt", "unlisted:سامح_شكري", "current")]
    # an adjective of a country the catalogue does not list is kept as an unlisted scope
    b = offices("قال رئيس الوزراء الفلاني زيد عمرو", rules, nlp)
    assert b == [("prime_minister", "unlisted:الفلاني", "unlisted:زيد_عمرو", "current")]
    assert same_name("unlisted:محمد_الدايري", "unlisted:محمد_الدايرى")  # ى/ي, spelled alike
    assert same_name("unlisted:لودريان", "unlisted:جان_ايف_لودريان")  # the family name alone
    assert not same_name("unlisted:محمد_الدايري", "unlisted:محمد_سياله")
    assert same_name("unlisted:نجيب_رزاق", "unlisted:نجيب_عبد_الرزاق")  # the family name with its article
    # a name of three words, one of them looking like 'and the' (فالتر), is read whole
    c = offices("قال وزير الخارجية الألماني فرانك فالتر شتاينماير إن", rules, nlp)
    assert c == [("foreign_minister", "germany", "unlisted:فرانك_فالتر_شتاينماير", "current")]


@pytest.mark.parametrize("text", [
    "قال الرئيس التنفيذي للشركة محمد علي",  # no office we know, no country
    "الرئيس خارج البلاد منذ أسبوع",  # no name
    "المرشد الأعلى لن يفرط في هدية أوباما",  # Obama is not the supreme leader
    "وزير الدفاع والإنتاج الحربي",  # a longer office title, no holder
    "قال الرئيس الصهيوني إن",  # not China (الصيني) by fuzzy matching
    "دعت رئيسة الوزراء الأولى في البلاد",
    "قال وزير الخارجية الغربي إن",  # not Morocco (المغربي)
    "استقبل الملك محمد السادس، والرئيس المصري",  # a list of people, not an apposition
    "التقى الأمير فلان، ووزير الخارجية المصري",
])
def test_attributes_no_false_holders(rules, nlp, text):
    assert offices(text, rules, nlp) == []


@pytest.mark.parametrize("written,entity", [
    ("الجعفري", "ibrahim_al_jaafari"), ("الجعفرى", "ibrahim_al_jaafari"),
    ("أوباما", "barack_obama"), ("اوباما", "barack_obama"),
    ("إسماعيل هنية", "ismail_haniyeh"), ("اسماعيل هنية", "ismail_haniyeh"),
    ("آلين", "john_allen"), ("ألين", "john_allen"), ("الين", "john_allen"),
    ("داعش", "isis"), ("تنظيم الدولة الإسلامية", "isis"), ("الدولة الإسلامية في العراق والشام", "isis"),
])
def test_attributes_catalogue_names_after_normalisation(rules, nlp, written, entity):
    from factcheck.nlp.analyse import analyse
    toks = analyse(written, rules.lexicon, nlp).sentences[0].tokens
    hit = entity_at(toks, 0, rules.catalogue, rules.lexicon)
    assert hit is not None and hit.entity == entity and hit.end == len(toks)
    assert tokens_of(written)  # the lexicon's normaliser folds the same variants
