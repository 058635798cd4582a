"""Who holds which office: attributive facts read from apposition in a sentence's normalised tokens.

* An office, its scope and the holder: وزير الخارجية العراقي إبراهيم الجعفري، رئيس الوزراء العراقي حيدر العبادي،
  المرشد الأعلى للجمهورية الإسلامية آية الله علي خامنئي، منسق التحالف الدولي ضد تنظيم "داعش" جون آلين (the holder
  may follow the office's complement, within a few words and no punctuation but quotes).
* "His counterpart": نظيره العراقي فؤاد حسين holds the office last named in the article, in the scope given.
* After the name: الجنرال جون آلان - منسق التحالف الدولي (a title, a name, a dash or comma, the office).
* Status: السابق، المستقيل after the office or the name make a former holder (never the current one); خلفا لـ
  before a name makes that person the former holder of the office just named; بالوكالة، القائم بأعمال make an
  acting holder, who is the current one.

The scope is the country adjective or name after the office (العراقي، في العراق، للجمهورية الإسلامية; a
misspelled adjective such as الأمركي, one letter off a catalogue one of seven letters or more, is matched with
rapidfuzz's Levenshtein distance), else the office's only scope (منسق التحالف),
else the scope of the holder's tenure in the catalogue at the claim's date. A name the catalogue does not list
is matched with rapidfuzz against the people who held that office (آلان for Allen); otherwise it is kept as an
unlisted holder, so two articles naming an unknown person in the same office are still compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from factcheck.entities.catalogue import Catalogue
from factcheck.entities.names import NameHit, entity_at, is_punct, office_at, person_at, phrase_at, skip_titles, \
    unknown_name_at, unlisted_id, fuzzy_person
from factcheck.lexicons import Lexicon
from factcheck.memo import per_owner
from factcheck.nlp.words import WordAnswers, word_ids

_COMPLEMENT = 8  # words an office's complement may take before its holder
_NISBA = re.compile(r"^ال[^ ]{2,}يه?$")  # a relative adjective: الليبي، الليبيه
_DASHES = frozenset({"-", "–", "—", "،", ","})


@dataclass(frozen=True)
class AttributeHit:
    sentence: int
    start_tok: int  # the whole expression, office and name
    end_tok: int
    role: str
    scope: str | None
    holder: str  # catalogue id or unlisted:<name>
    holder_text: str  # normalised
    status: str  # current | acting | former
    name_start: int
    name_end: int
    counterpart: bool = False  # read from نظيره: the office is a guess from the one named before


class AttributeReader:
    def __init__(self, cat: Catalogue, lex: Lexicon):
        self.cat = cat
        self.lex = lex
        self._adjectives = list(cat.adjectives)
        self._first_words = {key[0] for table in (cat.offices, cat.acting, cat.titles, cat.names) for key in table} \
            | set(cat.counterpart)
        self._starts = WordAnswers(self._may_start)
        self._name_starts = {key[0] for key in cat.names}
        # words an office's complement may hold before the holder: ضد، and the first word of an organisation
        self._complement_words = {"ضد"} | {key[0] for key, eid in cat.names.items()
                                          if (e := cat.get(eid)) is not None and e.type == "organisation"}

    def _is_name_start(self, tok: str) -> bool:
        return tok in self._name_starts

    def _may_start(self, tok: str) -> bool:
        """Whether an office, a counterpart, a title or a name can start at this word (read keeps it)."""
        readings = [stem for _, stem in self.lex.strip_clitics(tok)]
        readings += ["ال" + stem for prefix, stem in self.lex.strip_clitics(tok) if prefix.endswith("لل")]
        return any(r in self._first_words for r in readings)

    # -- pieces ------------------------------------------------------------------------------------
    def _scope(self, toks, k, fixed: str | None = None) -> tuple[int, str | None]:
        """A country adjective or a country after an office: (end, scope). An office with a single scope
        (منسق التحالف) reads only catalogue countries and bodies there, no unknown adjective."""
        if k >= len(toks):
            return k, None
        tok = toks[k]
        if tok in self.cat.adjectives:
            return k + 1, self.cat.adjectives[tok]
        if tok in self.cat.not_scope or any(phrase_at(toks, k, table, self.lex) is not None
                                            for table in (self.cat.former, self.cat.acting, self.cat.current)):
            return k, None  # 'الرئيس المنتهية ولايته': a status, not a country
        if tok.startswith("ال") and len(tok) >= 7 and tok[-1] in "يه":  # one letter off: الامركي for الامريكي
            near = process.extract(tok, self._adjectives, scorer=Levenshtein.distance, score_cutoff=1, limit=None)
            countries = {self.cat.adjectives[adj] for adj, _, _ in near}
            if len(countries) == 1:  # one country only, however many of its forms are near
                return k + 1, countries.pop()
        j = k + 1 if tok == "في" else k
        hit = entity_at(toks, j, self.cat, self.lex)
        if hit is not None and (e := self.cat.get(hit.entity)) is not None and e.type in ("country", "organisation"):
            return hit.end, e.id
        if fixed is None and _NISBA.match(tok) and tok not in self.cat.not_scope:  # الليبي: a country unlisted
            return k + 1, "unlisted:" + (tok[:-1] if tok.endswith("يه") else tok)
        return k, None

    def _status(self, toks, k, status: str) -> tuple[int, str]:
        end = phrase_at(toks, k, self.cat.current, self.lex)
        if end is not None:
            return end, status  # الجديد، الحالي
        end = phrase_at(toks, k, self.cat.former, self.lex)
        if end is not None:
            return end, "former"
        end = phrase_at(toks, k, self.cat.acting, self.lex)
        if end is not None:
            return end, "acting"
        return k, status

    def _holder_after(self, toks, k, role: str, scope: str | None) -> NameHit | None:
        """The holder named right after the office (titles skipped), else the first catalogue person within the
        office's complement (منسق التحالف الدولي ضد تنظيم "داعش" جون آلين)."""
        hit = person_at(toks, k, self.cat, self.lex, role, scope)
        if hit is not None:
            first = toks[hit.start]
            if first[:1] in ("و", "ف") and hit.entity and not self._is_name_start(first):
                return None  # 'الرئيس الفرنسي وترمب': and Trump, a list
            return hit
        passed = False  # the holder comes after a complement word, not straight after a quote
        j = k
        while j < min(len(toks), k + _COMPLEMENT):
            tok = toks[j]
            known = entity_at(toks, skip_titles(toks, j, self.cat, self.lex), self.cat, self.lex)
            if known is not None:
                e = self.cat.get(known.entity)
                if e is not None and e.type == "person":
                    return known if passed else None  # 'الرئيس الأميركي "بوتين"': a label, not the office
                j, passed = known.end, True  # an organisation or a country in the complement
                continue
            complement = all(ch in "\"'«»“”" for ch in tok) or tok in self._complement_words or any(
                p in ("ال", "ل", "لل") and len(stem) > 2 for p, stem in self.lex.strip_clitics(tok))
            if not complement or (tok in self.cat.not_name and tok not in self._complement_words) \
                    or office_at(toks, j, self.cat, self.lex):
                return None
            passed = passed or not all(ch in "\"'«»“”" for ch in tok)
            j += 1
        return None

    # -- shapes ------------------------------------------------------------------------------------
    def read(self, sentences, last_role: str | None = None) -> list[AttributeHit]:
        """All attributive facts of a document's sentences, in order."""
        out: list[AttributeHit] = []
        for sidx, sentence in enumerate(sentences):
            toks = sentence.tokens
            flags = self._starts.of(toks, sentence.ids or word_ids(toks))  # most words start nothing
            after = 0  # the first token not inside the last hit
            for i in [i for i, f in enumerate(flags) if f]:
                if i < after:
                    continue
                hit = self._office_first(toks, i, sidx) or self._counterpart(toks, i, sidx, last_role) \
                    or self._name_first(toks, i, sidx)
                if hit is None:
                    continue
                out.append(hit)
                last_role = hit.role
                successor = self._successor_of(toks, hit, sidx)
                if successor is not None:
                    out.append(successor)
                after = max(hit.end_tok, successor.end_tok if successor else 0, i + 1)
        return out

    def _office_first(self, toks, i, sidx) -> AttributeHit | None:
        status = "current"
        k = i
        acting = phrase_at(toks, k, self.cat.acting, self.lex)
        if acting is not None:
            status, k = "acting", acting
        office = office_at(toks, k, self.cat, self.lex)
        if office is None or (i > 0 and any(stem in self.cat.not_before_office
                                            for _, stem in self.lex.strip_clitics(toks[i - 1]))):
            return None  # 'مساعد وزير الخارجية': another office
        k, role = office
        return self._rest(toks, i, k, role, sidx, status)

    def _counterpart(self, toks, i, sidx, last_role) -> AttributeHit | None:
        if last_role is None or not any(stem in self.cat.counterpart for _, stem in self.lex.strip_clitics(toks[i])):
            return None
        hit = self._rest(toks, i, i + 1, last_role, sidx, "current")
        return replace(hit, counterpart=True) if hit else None

    def _after_office(self, toks, k, role: str, status: str) -> tuple[int, str | None, str]:
        """What follows an office phrase ending at k: its scope (else the office's only one) and a status word."""
        office = self.cat.get(role)
        k, scope = self._scope(toks, k, office.scope if office else None)
        k, status = self._status(toks, k, status)
        if scope is None and office is not None:
            scope = office.scope
        return k, scope, status

    def _rest(self, toks, i, k, role, sidx, status) -> AttributeHit | None:
        """After the office at [i, k): scope, status, holder, status again."""
        k, scope, status = self._after_office(toks, k, role, status)
        name = self._holder_after(toks, k, role, scope)
        if name is None or (name.entity is None and scope is None):
            return None  # an unknown name with no country ('الرئيس خارج البلاد') is too often no name at all
        end, status = self._status(toks, name.end, status)
        holder = name.entity or unlisted_id(name.text)
        return AttributeHit(sidx, i, end, role, scope, holder, name.text, status, name.start, name.end)

    def _name_first(self, toks, i, sidx) -> AttributeHit | None:
        """'الجنرال جون آلان - منسق التحالف الدولي', 'جون كيري، وزير الخارجية الأمريكي السابق'."""
        k = skip_titles(toks, i, self.cat, self.lex)
        known = entity_at(toks, k, self.cat, self.lex)
        if known is not None and (e := self.cat.get(known.entity)) is not None and e.type == "person":
            name = known
        elif k > i:  # an unknown name only after a title
            name = unknown_name_at(toks, k, self.cat, self.lex)
        else:
            return None
        if name is None or name.end + 1 >= len(toks) or toks[name.end] not in _DASHES:
            return None
        if toks[name.end + 1].startswith("و") and office_at([toks[name.end + 1][1:], *toks[name.end + 2:]], 0,
                                                           self.cat, self.lex):
            return None  # '...، والرئيس المصري': a list of people, not an apposition
        office = office_at(toks, name.end + 1, self.cat, self.lex)
        if office is None:
            return None
        k, role = office
        k, scope, status = self._after_office(toks, k, role, "current")
        holder = name.entity
        person = self.cat.get(holder)
        if person is not None and toks[name.end] in ("،", ",") and not any(t.role == role for t in person.tenures):
            return None  # 'بوريس جونسون، الرئيس الأمريكي': a list, not the office of that person
        if holder is None:
            holders = [e.id for e in self.cat.people_in(role, scope)]
            holder = fuzzy_person(name.text, self.cat, holders) if holders else None
        return AttributeHit(sidx, i, k, role, scope, holder or unlisted_id(name.text), name.text, status,
                            name.start, name.end)

    def _successor_of(self, toks, hit: AttributeHit, sidx) -> AttributeHit | None:
        """'... وزيرا للخارجية خلفا لجون كيري': the named one is a former holder of the office just read."""
        for j in range(hit.end_tok, min(len(toks) - 1, hit.end_tok + 6)):
            if phrase_at(toks, j, self.cat.successor_of, self.lex) != j + 1:
                continue
            after = [stem for prefix, stem in self.lex.strip_clitics(toks[j + 1]) if prefix in ("ل", "لل", "")]
            for stem in after:  # the name carries the preposition: لجون كيري
                name = person_at([*toks[:j + 1], stem, *toks[j + 2:]], j + 1, self.cat, self.lex, hit.role, hit.scope)
                if name is not None:
                    holder = name.entity or unlisted_id(name.text)
                    return AttributeHit(sidx, j, name.end, hit.role, hit.scope, holder, name.text, "former",
                                        name.start, name.end)
            return None
        return None


_READERS: dict = {}


def reader_for(cat: Catalogue, lex: Lexicon) -> AttributeReader:
    """One reader per catalogue and lexicon: claims and speakers share it (and its per-word cache)."""
    return per_owner(_READERS, cat, lambda: AttributeReader(cat, lex), id(lex))
