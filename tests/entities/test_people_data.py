"""rules/entities/people.yml: heads of state and government, foreign ministers and UN secretaries-general that
Arabic news names, found by name after normalisation and with the tenure that covers a date."""

import pytest

from factcheck.entities.names import entity_at
from factcheck.ruleset import load_rules


def test_people_catalogue_loads():
    cat = load_rules("rules").catalogue
    people = {e.id for e in cat.entities.values() if e.type == "person"}
    assert len(people) >= 100
    for eid in ["donald_trump", "vladimir_putin", "recep_tayyip_erdogan", "abdel_fattah_el_sisi", "mahmoud_abbas",
                "antonio_guterres", "nouri_al_maliki", "saddam_hussein", "john_kerry"]:
        assert eid in people, eid


@pytest.mark.parametrize("written,entity,role,day,start,end", [
    ("رجب طيب إردوغان", "recep_tayyip_erdogan", "president", "2016-07-15", "2014-08-28", None),
    ("أردوغان", "recep_tayyip_erdogan", "prime_minister", "2010-05-01", "2003-03-14", "2014-08-28"),
    ("عبدربه منصور هادي", "abdrabbuh_mansur_hadi", "president", "2015-03-26", "2012-02-25", None),
    ("سيرغي لافروف", "sergey_lavrov", "foreign_minister", "2015-09-30", "2004-03-09", None),
    ("بوتين", "vladimir_putin", "prime_minister", "2010-01-01", "2008-05-08", "2012-05-07"),
    ("نوري المالكي", "nouri_al_maliki", "prime_minister", "2013-01-01", "2006-05-20", "2014-09-08"),
    ("بان كي مون", "ban_ki_moon", "un_secretary_general", "2014-06-10", "2007-01-01", "2016-12-31"),
    ("هيلاري كلينتون", "hillary_clinton", "foreign_minister", "2011-03-01", "2009-01-21", "2013-02-01"),
    ("جمال عبد الناصر", "gamal_abdel_nasser", "president", "1967-06-05", "1956-06-23", "1970-09-28"),
    ("عبد الله بن زايد آل نهيان", "abdullah_bin_zayed", "foreign_minister", "2020-09-15", "2006-02-09", None),
    ("مولود تشاووش أوغلو", "mevlut_cavusoglu", "foreign_minister", "2019-01-01", "2015-11-24", None),
])
def test_people_resolve_by_name_with_tenure(rules, nlp, written, entity, role, day, start, end):
    from factcheck.nlp.analyse import analyse
    toks = analyse(written, rules.lexicon, nlp).sentences[0].tokens
    hit = entity_at(toks, 0, rules.catalogue, rules.lexicon)
    assert hit is not None and hit.entity == entity and hit.end == len(toks)
    tenure = rules.catalogue.get(entity).held(role, day)
    assert tenure is not None and tenure.covers(day)
    assert (tenure.start, tenure.end) == (start, end)


@pytest.mark.parametrize("word", ["هادي", "عباس", "صالح", "الأسد", "مبارك", "روحاني", "ظريف", "كلينتون", "المالكي"])
def test_common_words_and_shared_family_names_are_not_people(rules, word):
    from factcheck.lexicons import tokens_of
    assert tokens_of(word) not in rules.catalogue.names
