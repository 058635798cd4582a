"""Speaker attribution on real outputs of analyse + speakers: every pattern, the seed articles, offsets."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.corpus.readers import iter_inputs
from factcheck.entities.speakers import speaker_for, speakers
from factcheck.nlp.analyse import analyse
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def attribute(rules, nlp):
    """Text -> (analysis, speakers), with the offset contract checked for every speaker."""

    def run(text, published=None):
        a = analyse(text, rules.lexicon, nlp, published)
        found = speakers(a, rules.catalogue, rules.lexicon, published)
        assert len(found) == len(a.sentences)
        for s in found:
            for x in s.chain() if s else ():
                assert text[x.start:x.end] == x.text
        return a, found

    return run


@pytest.fixture(scope="module")
def who(attribute):
    """Text -> {figure or date as written: (speaker entity, speaker text)} through speaker_for."""

    def run(text, published=None):
        a, found = attribute(text, published)
        out = {}
        for loc in a.mentions:
            s = speaker_for(found, loc.sentence, loc.start_tok)
            out[loc.mention.text] = (s.entity, s.text) if s else None
        for loc in a.located_dates:
            s = speaker_for(found, loc.sentence, loc.start_tok)
            out.setdefault(loc.date.text, (s.entity, s.text) if s else None)
        return out

    return run


def first(attribute, text, published=None, sentence=0):
    _, found = attribute(text, published)
    s = found[sentence]
    return (s.entity, s.text) if s else None


# -- a speech verb and the speaker after it ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("قال كيري إن التحالف يضم 60 دولة.", ("john_kerry", "كيري")),
    ("فأكد كيري أن التحالف يضم 60 دولة.", ("john_kerry", "كيري")),
    ("قال وزير الخارجية الأميركي جون كيري اليوم إن التحالف يضم 60 دولة.",
     ("john_kerry", "وزير الخارجية الأميركي جون كيري")),
    ("أعلنت وزارة الخارجية الأمريكية أن 5 دول انضمت إلى التحالف.",
     ("us_state_department", "وزارة الخارجية الأمريكية")),
    ("قالت الأمم المتحدة إن 300 ألف شخص نزحوا.", ("united_nations", "الأمم المتحدة")),
    ("قال الجنرال مارك ميلي إن 3000 جندي سيصلون.", ("unlisted:مارك_ميلي", "الجنرال مارك ميلي")),
    ("وقال كاميرون، إن 50 شخصا اعتقلوا.", ("unlisted:كاميرون", "كاميرون")),
    ("وقال مسؤول عسكري مصري أمس إن 24 طائرة ستصل.", (None, "مسؤول عسكري مصري")),
    ("وقال الرئيس الأميركي باراك أوباما إن 150 ضربة نفذت.", ("barack_obama", "الرئيس الأميركي باراك أوباما")),
    ("من جهته قال الرئيس حسن روحاني إن 6 دول وقعت.", ("unlisted:حسن_روحاني", "الرئيس حسن روحاني")),
    ("قال المحلل المالي أحمد عوض الهذال: إن 17 دولة ناشئة.", ("unlisted:احمد_عوض_الهذال",
                                                             "المحلل المالي أحمد عوض الهذال")),
    ("وقال الناطق الإعلامي باسم شرطة المنطقة الشرقية العقيد زياد الرقيطي: إن 3 أشخاص أصيبوا.",
     ("unlisted:زياد_الرقيطي", "الناطق الإعلامي باسم شرطة المنطقة الشرقية العقيد زياد الرقيطي")),
    ("وأفادت صحيفة «إكسبريس» أن 3 لاعبين غادروا.", (None, "صحيفة «إكسبريس»")),
    ("وأعلنت السلطات التونسية حالة الطوارئ لمدة 30 يوما.", (None, "السلطات التونسية")),
    ("وقال لـ«الشرق الأوسط» مسؤول عراقي إن 50 مسلحا قتلوا.", (None, "مسؤول عراقي")),
])
def test_speakers_verb_then_speaker(who, text, expected):
    figures = [s for s in who(text).values()]
    assert figures and all(s == expected for s in figures)


def test_speakers_office_alone_is_its_holder_on_the_article_date(attribute):
    text = "قال وزير الخارجية العراقي إن 30 دولة شاركت."
    assert first(attribute, text, "2014-10-02") == ("ibrahim_al_jaafari", "وزير الخارجية العراقي")
    assert first(attribute, text, "2021-07-23") == ("fuad_hussein", "وزير الخارجية العراقي")
    assert first(attribute, text) == (None, "وزير الخارجية العراقي")  # no date: only the description
    assert first(attribute, "قال وزير الخارجية العراقي السابق إن 30 دولة شاركت.", "2021-07-23")[0] is None


def test_speakers_description_refers_to_the_last_such_speaker(attribute):
    text = "قال وزير الخارجية الفرنسي لوران فابيوس إن المؤتمر نجح. وأوضح الوزير الفرنسي أن 51 دولة شاركت."
    assert first(attribute, text, "2014-10-02", sentence=1) == ("laurent_fabius", "الوزير الفرنسي")


def test_speakers_counterpart_and_two_speakers_in_one_sentence(attribute):
    text = ("قال وزير الخارجية الأميركي أنتوني بلينكن، أن العلاقة مبنية على الاحترام، فيما أكد نظيره العراقي "
            "على مواصلة التعاون في 3 مجالات.")
    a, found = attribute(text, "2021-07-23")
    chain = found[0].chain()
    assert [(s.entity, s.text) for s in chain] == [
        ("antony_blinken", "وزير الخارجية الأميركي أنتوني بلينكن"), ("fuad_hussein", "نظيره العراقي")]
    (loc,) = a.mentions
    assert speaker_for(found, 0, loc.start_tok).entity == "fuad_hussein"


def test_speakers_subject_before_the_verb(attribute):
    assert first(attribute, "كان فيليب هاموند قد صرح صباح اليوم أن داعش تمثل أكبر تهديد.") == \
        ("philip_hammond", "فيليب هاموند")
    text = ("وهذا الأسبوع، كان المرشد الأعلى للجمهورية الإسلامية آية الله علي خامنئي، أعلن أنه رفض طلبا "
            "أمريكيا.")
    assert first(attribute, text) == ("ali_khamenei", "المرشد الأعلى للجمهورية الإسلامية آية الله علي خامنئي")


def test_speakers_reported_through_an_agency_is_the_source_quoted(attribute):
    assert first(attribute, "ونقلت وكالة رويترز عن مسؤول عراقي قوله إن 50 مسلحا قتلوا.") == \
        (None, "مسؤول عراقي")


# -- a source phrase ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("وبحسب المنظمة، قتل 50 شخصا في الهجوم.", (None, "المنظمة")),
    ("قتل 50 شخصا في الهجوم، نقلا عن مسؤول عراقي.", (None, "مسؤول عراقي")),
    ("وفق بيان للخارجية الأمريكية انضمت 5 دول.", ("us_state_department", "بيان للخارجية الأمريكية")),
    ("وفقا لبيان للخارجية الأمريكية انضمت 5 دول.", ("us_state_department", "بيان للخارجية الأمريكية")),
    ("وأعلنت أكثر من 50 دولة التزامها ضمن الائتلاف الدولي بحسب كيري.", ("john_kerry", "كيري")),
])
def test_speakers_source_phrase(who, text, expected):
    assert set(who(text).values()) == {expected}


# -- where a claim stands --------------------------------------------------------------------------------
def test_speakers_attribution_that_closes_the_clause_covers_what_precedes(who):
    assert who("انضمت 60 دولة إلى التحالف، قال كيري.") == {"60 دولة": ("john_kerry", "كيري")}


def test_speakers_framing_before_the_verb_or_before_what_is_said_is_the_reporters(who):
    got = who("وفي تصريحاته قبل الاجتماع بمشاركة 21 وزيرا، قال كيري إنه سعيد بتواجده مع 60 دولة.")
    assert got == {"21 وزيرا": None, "60 دولة": ("john_kerry", "كيري")}
    got = who("قال كيري في مؤتمر مع 5 وزراء إن التحالف يضم 60 دولة.")
    assert got == {"5 وزراء": None, "60 دولة": ("john_kerry", "كيري")}


def test_speakers_a_quote_before_the_verb_is_the_speakers(who):
    got = who('"التحالف يضم 60 دولة"، قال كيري، مضيفا أن العمل مستمر.')
    assert got == {"60 دولة": ("john_kerry", "كيري")}


# -- speech that goes on -----------------------------------------------------------------------------------
def test_speakers_verb_with_no_subject_goes_on_with_the_previous_speaker(attribute):
    text = ('قال كيري إن التحالف يضم 60 دولة. وأضاف "نعمل مع 20 دولة أخرى". وتابع: "العمل مستمر". '
            'وأوضح أن 5 دول ستنضم.')
    _, found = attribute(text)
    assert [(s.entity, s.how) for s in found] == [("john_kerry", "verb")] + [("john_kerry", "continued")] * 3
    assert found[1].text == "كيري" and found[1].sentence == 0


def test_speakers_no_subject_reaches_back_three_sentences_at_most(attribute):
    filler = "وشكلت الأزمة تحديا كبيرا للمنطقة. "
    _, found = attribute("قال كيري إن التحالف يضم 60 دولة. " + filler * 2 + "وأضاف أن العمل مستمر.")
    assert found[3].entity == "john_kerry"  # the speaker three sentences back
    _, found = attribute("قال كيري إن التحالف يضم 60 دولة. " + filler * 3 + "وأضاف أن العمل مستمر.")
    assert found[4] is None


def test_speakers_a_new_actor_takes_over(attribute):
    text = "قال الجعفري إن 30 دولة شاركت. وندد المجلس بالهجمات على المدنيين. وأكد أيضا ضرورة الحوار."
    _, found = attribute(text)
    assert (found[2].entity, found[2].text) == (None, "المجلس")


def test_speakers_gender_of_the_verb_stops_the_speech(attribute):
    _, found = attribute("قالت الوزارة إن 5 دول انضمت. وقال إن العمل مستمر.")
    assert found[0].text == "الوزارة" and found[1] is None
    _, found = attribute("قالت الوزارة إن 5 دول انضمت. وأضافت أن العمل مستمر.")
    assert found[1].text == "الوزارة"


def test_speakers_sentence_inside_a_quotation_keeps_the_speaker(attribute):
    _, found = attribute('قال كيري: "التحالف يضم 60 دولة. ونحن نعمل مع 20 دولة أخرى".')
    assert (found[1].entity, found[1].how) == ("john_kerry", "quote")  # a straight mark that closes
    _, found = attribute("قال كيري: «التحالف يضم 60 دولة. ونعمل مع 20 دولة أخرى. وسننتصر في النهاية».")
    assert [(s.entity, s.how) for s in found] == [("john_kerry", "verb"), ("john_kerry", "quote"),
                                                  ("john_kerry", "quote")]
    _, found = attribute('قال كيري إن التحالف يضم "60 دولة. وشكلت الأزمة تحديا كبيرا للمنطقة.')
    assert found[1] is None  # a stray straight mark opens nothing
    _, found = attribute("قال كيري إن العمل مستمر.\nمقدمين المساعدات الإنسانية لـ20 دولة”.")
    assert (found[1].entity, found[1].how) == ("john_kerry", "quote")  # a closing mark before any opening one


def test_speakers_a_name_said_before_is_its_speaker(attribute):
    _, found = attribute("قال وزير الخارجية العراقي فؤاد حسين إن الحوار مهم. وأعرب حسين عن شكره لـ5 دول.",
                         "2021-07-23")
    assert (found[1].entity, found[1].text) == ("fuad_hussein", "حسين")
    _, found = attribute("قال الأمير خالد الفيصل إن 5 مشاريع ستنفذ. وأكد سموه أن العمل مستمر.")
    assert (found[1].entity, found[1].how) == ("unlisted:خالد_الفيصل", "continued")


def test_speakers_fields_for_a_claim(attribute):
    from factcheck.entities.speakers import speaker_fields

    a, found = attribute("وقال مسؤول عراقي إن 50 مسلحا قتلوا. زار كيري 5 دول.")
    first, second = a.mentions
    assert speaker_fields(found, first.sentence, first.start_tok) == \
        {"speaker": None, "speaker_text": "مسؤول عراقي"}
    assert speaker_fields(found, second.sentence, second.start_tok) == {"speaker": None, "speaker_text": None}


def test_speakers_attribute_hits_given_by_the_caller(rules, nlp):
    from factcheck.entities.attributes import reader_for

    text = "قال وزير الخارجية الأميركي جون كيري إن 60 دولة انضمت. وأضاف أن العمل مستمر."
    a = analyse(text, rules.lexicon, nlp, "2015-01-22")
    hits = reader_for(rules.catalogue, rules.lexicon).read(a.sentences)
    assert speakers(a, rules.catalogue, rules.lexicon, "2015-01-22", attributes=hits) == \
        speakers(a, rules.catalogue, rules.lexicon, "2015-01-22")


def test_speakers_participle_goes_on_with_the_sentence_subject(attribute):
    assert first(attribute, "وندد المجلس بالهجمات، مشددا على أن 50 مدنيا قتلوا.") == (None, "المجلس")


def test_speakers_reported_speech_after_that(who):
    assert who("وأكد الجعفري من جانبه أن المجتمعين وهم من 30 دولة أقروا بضرورة القضاء على التنظيم.") == \
        {"30 دولة": ("ibrahim_al_jaafari", "الجعفري")}


# -- no speaker -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "حشد وزير الخارجية الأمركي جون كيري، تأييد 35 دولة في مجلس الأمن الدولي.",
    "زار كيري 5 دول في المنطقة.",
    "وكشف زيف عقيدة داعش.",
    "قال تعالى: إن مع العسر يسرا.",
    "العلاقة بين واشنطن وبغداد “مبنية على الاحترام”.",
    "وأعلنت أكثر من 50 دولة التزامها ضمن الائتلاف الدولي.",
    "وتم نقل 50 مصابا إلى المستشفى.",
    "وأكد حرص المملكة على دعم 5 دول.",
])
def test_speakers_no_speaker(attribute, text):
    _, found = attribute(text)
    assert found == [None] * len(found)


# -- the seed articles -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seeds(who):
    return {doc.id[:3]: who(doc.text, doc.published) for doc in iter_inputs([CORPUS]) if hasattr(doc, "text")}


@pytest.mark.parametrize("seed, claim, expected", [
    ("000", "35 دولة", None),  # حشد: no speech
    ("000", "أكثر من 50 دولة", ("john_kerry", "كيري")),  # … بحسب كيري.
    ("001", "51 دولة", ("laurent_fabius", "الوزير الفرنسي")),
    ("001", "30 دولة", ("ibrahim_al_jaafari", "الجعفري")),
    ("001", "أكثر من 150 ضربة", ("barack_obama", "اوباما")),
    ("001", "عشرات الدول", ("barack_obama", "اوباما")),  # وأكد أن ... two sentences after وقال اوباما
    ("001", "دولا عدة", None),  # أعربت دولا عدة: no speaker named
    ("001", "الثلث عشر من الشهر الماضي", None),  # when Kerry announced it: the reporter's framing
    ("002", "تزيد عن ستين دولة", ("john_kerry", "وزير الخارجية الأميركي جون كيري")),
    ("002", "21 وزيرا", None),  # وفي تصريحاته ... بمشاركة 21 وزيرا، قال الوزير إنه ...
    ("002", "أربعة أشهر", ("john_kerry", "وزير الخارجية الأميركي")),  # وأضاف "..."
    ("002", "الشهور الأربعة أو الخمسة", ("philip_hammond", "وزير الخارجية البريطاني")),
    ("002", "عدة أشهر", ("philip_hammond", "فيليب هاموند")),  # وأكد على أن ... after كان فيليب هاموند قد صرح
    ("003", "شهرين", None),
    ("004", "البلدين", ("fuad_hussein", "وزير الخارجية العراقي فؤاد حسين")),
    ("004", "أكتوبر المقبل", ("antony_blinken", "الوزير الأميركي")),
])
def test_speakers_seed_claims(seeds, seed, claim, expected):
    assert seeds[seed][claim] == expected


@pytest.mark.parametrize("seed, starts, expected", [
    ("001", "وقال وزير الخارجية الفرنسي", ("laurent_fabius", "وزير الخارجية الفرنسي لوران فابيوس")),
    ("001", "لندن:&قالت وزارة", ("iraq_foreign_ministry", "وزارة الخارجية العراقية")),
    ("001", "واضافت إن", ("iraq_foreign_ministry", "وزارة الخارجية العراقية")),
    ("000", "وقال وزير الخارجية العراقي", ("ibrahim_al_jaafari", "وزير الخارجية العراقي إبراهيم الجعفري")),
    ("000", "واضاف الجعفرى", ("ibrahim_al_jaafari", "الجعفرى")),
    ("000", "وأكد أيضا", (None, "المجلس")),
    ("003", "وكما أكد الرئيس أوباما", ("barack_obama", "الرئيس أوباما")),
    ("004", "وأوضح وزير الخارجية العراقي،", ("fuad_hussein", "وزير الخارجية العراقي")),
    ("004", "وفيما يتعلق بالانتخابات", ("fuad_hussein", "حسين")),  # أعرب حسين: the family name of فؤاد حسين
])
def test_speakers_seed_sentences(attribute, seed, starts, expected):
    (doc,) = [d for d in iter_inputs([CORPUS]) if d.id.startswith(seed)]
    a, found = attribute(doc.text, doc.published)
    (i,) = [i for i, s in enumerate(a.sentences) if doc.text[s.start:s.end].startswith(starts)]
    assert (found[i].entity, found[i].text) == expected


# -- offsets ----------------------------------------------------------------------------------------------
def test_speakers_text_keeps_diacritics_and_proclitics_out(attribute):
    text = ("قالَ وزيرُ الخارجيةِ الأميركيُّ جون كيري إنّ 60 دولةً انضمت. "
            "وفقاً لبيانٍ للخارجيةِ الأمريكيةِ انضمت 5 دول.")
    _, found = attribute(text, "2015-01-22")
    assert found[0].text == "وزيرُ الخارجيةِ الأميركيُّ جون كيري"
    assert found[1].text == "بيانٍ للخارجيةِ الأمريكيةِ" and found[1].entity == "us_state_department"


_WORDS = ["قال", "وقال", "قالت", "أكد", "وأضاف", "بحسب", "نقلا عن", "وفقا لبيان", "كيري", "وزير الخارجية",
          "العراقي", "الأميركي", "جون", "الجنرال", "مسؤول", "المتحدث باسم", "الأمم المتحدة", "نظيره", "كان",
          "قد", "صرح", "إن", "أن", "عن", "مضيفا", "60", "دولة", "في", "اليوم", "«", "»", '"', "“", "”", ":",
          "،", ".", "\n", "َ", "ـ", "لـ«الشرق", "الأوسط»", "فلان", "هؤلاء", "تعالى", "&", "٣٥", "ﻻ"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.lists(st.sampled_from([" ", "", "  ", "\u200f"]),
                                                                 min_size=40, max_size=40),
       st.sampled_from([None, "2014-10-02", "2021-07-23"]))
def test_speakers_never_raise_and_offsets_map_back(rules, nlp, words, seps, published):
    text = "".join(w + s for w, s in zip(words, seps))
    a = analyse(text, rules.lexicon, nlp, published)
    found = speakers(a, rules.catalogue, rules.lexicon, published)
    assert len(found) == len(a.sentences)
    for i, s in enumerate(found):
        for x in s.chain() if s else ():
            assert text[x.start:x.end] == x.text and x.text
        for t in range(len(a.sentences[i].tokens) + 1):
            speaker_for(found, i, t)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=120))
def test_speakers_arbitrary_text(rules, nlp, text):
    a = analyse(text, rules.lexicon, nlp)
    for s in speakers(a, rules.catalogue, rules.lexicon):
        for x in s.chain() if s else ():
            assert text[x.start:x.end] == x.text
