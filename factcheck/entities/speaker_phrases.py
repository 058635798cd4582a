"""Who a speech verb or a source phrase names, read in a sentence's normalised tokens at a given token.

A speaker is, in this order: an office with its holder (وزير الخارجية الأميركي جون كيري, read by the attribute
reader), "his counterpart" (نظيره العراقي), an office alone (وزير الخارجية العراقي: the one catalogue person
who held it on the article's date, else the last speaker who held it), a catalogue entity (كيري، الأمم
المتحدة), a title and a name (الجنرال فلان), a description (مسؤول عراقي، بيان للخارجية الأمريكية، الوزير
الفرنسي: a voice noun and a body is that body; "the French minister" is the last speaker who held such an
office in France), and, where a name must stand, a name the catalogue does not know (قال كاميرون، إن) or a
name an earlier speaker had (أعرب حسين for فؤاد حسين).
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.entities.attributes import AttributeHit, reader_for
from factcheck.entities.catalogue import Catalogue
from factcheck.entities.names import is_punct, office_at, phrase_at, skip_titles, unknown_name_at, unlisted_id
from factcheck.entities.speaker_words import SpeakerWords, Vocabulary, exact
from factcheck.lexicons import Lexicon
from factcheck.memo import per_owner
from factcheck.nlp.normalise import normalise_text

_MAX_DESCRIPTION = 8  # tokens of a described speaker
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء"})
_RECENT = 20  # earlier speakers a description or an office alone may refer back to


@dataclass(frozen=True)
class Found:
    """A speaker's token range in its sentence, its entity, and the characters of a proclitic to leave out of
    its first token (لبيان -> بيان)."""

    start: int
    end: int
    entity: str | None
    skip: int = 0


_TABLES: dict = {}


def _tables(cat: Catalogue) -> tuple[frozenset[str], tuple[str, ...], dict[str, set[str]]]:
    """What a reader looks words up in, built once per catalogue (a reader is made per article)."""
    # adjectives that go on describing a definite head: المدير العام، الرئيس التنفيذي
    adjectives = frozenset(getattr(cat, "not_scope", ())) | {k[0] for k in cat.former} \
        | {k[0] for k in getattr(cat, "current", {})} | {"العام", "العامه", "عام"}
    people = tuple(e.id for e in cat.entities.values() if e.type == "person")
    heads: dict[str, set[str]] = {}  # first word of an office's names -> office ids (وزير -> ...)
    for key, role in cat.offices.items():
        heads.setdefault(key[0], set()).add(role)
    return adjectives, people, heads


class PhraseReader(Vocabulary):
    """Reads speakers in the sentences of one article; remembers the article's speakers so far (`history`)."""

    def __init__(self, cat: Catalogue, lex: Lexicon, words: SpeakerWords, published: str | None):
        super().__init__(cat, lex, words)
        self.published = published
        self.attributes = reader_for(cat, lex)
        self.history: list[str] = []  # entity ids of the article's speakers, latest last
        self.mentioned: list[str] = []  # holders the article names with their office (نظيره موشيه يعالون)
        self.apposition: dict[int, AttributeHit] = {}  # the sentence's office-and-name phrases by start token
        self._adjectives, self._people, self._heads = per_owner(_TABLES, cat, lambda: _tables(cat))

    def subject(self, toks, k: int, bare: bool, proclitic: bool = False,
                need: str | None = None) -> Found | None:
        """The speaker named at token k; `bare` allows a name with no title. With `proclitic` (after a source
        phrase) the first word may carry ل or ب (لبيان، للخارجية); `need` is one it must carry (وفقا
        لبيان)."""
        if k >= len(toks):
            return None
        readings = [("", toks[k])] if need is None else []
        tok = toks[k]
        for prefix in ("ل", "ب") if proclitic else ():
            if tok.startswith(prefix) and len(tok) > 3 and (need is None or prefix == need):
                article = tok.startswith(prefix + "ل")  # للخارجية = ل + الخارجية: the whole word is shown
                readings.append(("" if article else prefix, "ال" + tok[2:] if article else tok[1:]))
        for prefix, stem in readings:
            view = toks if stem == tok else (*toks[:k], stem, *toks[k + 1:])
            found = self._subject(view, k, bare and stem == tok)
            if found is not None:
                return Found(found.start, found.end, found.entity, len(prefix))
        return None

    def _subject(self, toks, k: int, bare: bool) -> Found | None:
        tok = toks[k]
        if tok in _DEMONSTRATIVES and k + 1 < len(toks):  # هذا المسؤول
            found = self._described(toks, k + 1)
            return Found(k, found.end, found.entity) if found is not None else None
        if is_punct(tok) or self.opens_speech(tok) or any(ch.isdigit() for ch in tok) \
                or tok in self.cat.not_name:
            return None
        hit = self.apposition.get(k)
        if hit is not None and hit.end_tok <= len(toks):
            if hit.holder.startswith("unlisted:") and hit.end_tok == hit.name_end:
                end = self.trim(toks, hit.name_start, hit.name_end)
                if end < hit.name_end:
                    return Found(k, end, unlisted_id(" ".join(toks[hit.name_start:end])))
            return Found(k, hit.end_tok, hit.holder)
        return (self._counterpart(toks, k) or self._office(toks, k) or self._entity(toks, k)
                or self._titled(toks, k) or self._described(toks, k) or self.recall(toks, k)
                or (self._bare(toks, k) if bare else None))

    # -- shapes --------------------------------------------------------------------------------------
    def _counterpart(self, toks, k: int) -> Found | None:
        if toks[k] not in self.cat.counterpart:
            return None
        role = self._last_role()
        j, scope = self.attributes._scope(toks, k + 1)
        return Found(k, j, self._holder(role, scope) if role and scope else None)

    def _office(self, toks, k: int) -> Found | None:
        hit = office_at(toks, k, self.cat, self.lex)
        if hit is None or (toks[k], *toks[k + 1:hit[0]]) not in self.cat.offices:
            return None
        j, role = hit
        office = self.cat.get(role)
        j, scope = self.attributes._scope(toks, j, office.scope if office else None)
        j, status = self.attributes._status(toks, j, "current")
        scope = scope or (office.scope if office else None)
        if j < len(toks) and toks[j].startswith("ال") and not self.stop(toks[j]):
            return None  # الرئيس التنفيذي: the office word starts a longer description
        named = self._titled(toks, j) if skip_titles(toks, j, self.cat, self.lex) > j else \
            (self._entity(toks, j) or self._apposed_name(toks, j, need=1))  # الرئيس حسن روحاني
        if named is not None and (named.entity or "").startswith(("unlisted:", *self._people)):
            return Found(k, named.end, named.entity)
        if status == "former":
            return Found(k, j, None)
        eid = self._holder(role, scope) if scope else None
        return Found(k, j, eid or self._recent(lambda e: self._holds(e, {role}, scope)))

    def _entity(self, toks, k: int) -> Found | None:
        for n in range(min(8, len(toks) - k), 0, -1):
            eid = self.cat.names.get(tuple(toks[k:k + n]))
            if eid is not None:
                return Found(k, k + n, eid)
        return None

    def _entity_clitic(self, toks, k: int) -> Found | None:
        """A catalogue entity at k, its first word as written or with ل، ب (للخارجية الأمريكية، بوزارة)."""
        found = self._entity(toks, k)
        tok = toks[k]
        for prefix in ("ل", "ب"):
            if found is None and tok.startswith(prefix) and len(tok) > 3:
                stem = "ال" + tok[2:] if tok.startswith(prefix + "ل") else tok[1:]
                found = self._entity((*toks[:k], stem, *toks[k + 1:]), k)
        return found

    def _titled(self, toks, k: int) -> Found | None:
        j = skip_titles(toks, k, self.cat, self.lex)
        if j == k:
            return None
        known = self._entity(toks, j)
        if known is not None and self._type(known.entity) == "person":
            return Found(k, known.end, known.entity)
        name = unknown_name_at(toks, j, self.cat, self.lex)
        if name is None:
            return None
        end = self.trim(toks, j, name.end)
        if self.name_ok(toks, j, end, strict=False):
            return Found(k, end, unlisted_id(" ".join(toks[j:end])))
        return None

    def _described(self, toks, k: int) -> Found | None:
        j = exact(self.words.nouns, toks, k)
        definite = toks[k].startswith("ال")
        if j is None and self._head_with_pronoun(toks[k]):  # رئيسها أبراهام فوكسمان
            j, definite = k + 1, True
        if j is None:
            return None
        voice = exact(self.words.voice_nouns, toks, k) == j
        entity, scope, body = None, None, False
        while j < len(toks) and j - k < _MAX_DESCRIPTION:
            tok = toks[j]
            if body and not tok.startswith("ال") and not skip_titles(toks, j, self.cat, self.lex) > j \
                    and self._apposed_name(toks, j) is None:
                break  # بيان للخارجية الأمريكية انضمت: the description ends after the body it names
            if tok in ("في", "لدي") and j + 1 < len(toks) and self._entity_clitic(toks, j + 1):
                j = self._entity_clitic(toks, j + 1).end  # سفيرة الولايات المتحدة لدى الأمم المتحدة
                definite = True
                continue
            if tok == '"':  # تلفزيون «سي إن إن»: a name in quotes
                close = next((c for c in range(j + 1, min(len(toks), j + 6)) if toks[c] == '"'), None)
                if close is None or close == j + 1:
                    break
                j = close + 1
                continue
            if self.stop(tok) or (j == k + 1 and tok.startswith(("بال", "وال", "فال", "كال"))) \
                    or phrase_at(toks, j, self.cat.according_to, self.lex) is not None:
                break  # وندد المجلس بالهجمات: the verb's complement, not the description
            if self._not_modifier(toks, k, j):
                break  # وطالب الوزير البرلمان، الحكومة التونسية لحماية حدودها
            titled = self._titled(toks, j)
            if titled is not None:
                return Found(k, titled.end, titled.entity)
            known = self._entity_clitic(toks, j)
            if known is not None and self._type(known.entity) in ("person", "organisation", "country"):
                if self._type(known.entity) == "person":
                    return Found(k, known.end, known.entity)
                if voice and entity is None and self._type(known.entity) == "organisation":
                    entity = known.entity
                j, definite, body = known.end, True, True
                continue
            if tok == "باسم" and j + 1 < len(toks):  # المتحدث باسم الأمم المتحدة، باسم قصر باكنغهام
                body = self._entity(toks, j + 1)
                if body is not None and voice and entity is None:
                    entity = body.entity
                j = body.end if body is not None else j + 1
                while body is None and j < len(toks) and j - k < _MAX_DESCRIPTION and not self.stop(toks[j]) \
                        and skip_titles(toks, j, self.cat, self.lex) == j:
                    j += 1
                definite = True
                continue
            name = self._apposed_name(toks, j) if definite else None  # مدير التعليم محمد المرشد
            if name is not None:
                return Found(k, name.end, name.entity)
            if tok in self.cat.adjectives and scope is None:
                scope = self.cat.adjectives[tok]
            definite = definite or tok.startswith("ال")
            j += 1
        if j + 1 < len(toks) and toks[j] == "،":  # قائد الشرطة الاتحادية، الفريق رائد شاكر جودت
            titled = self._titled(toks, j + 1)
            if titled is not None:
                return Found(k, titled.end, titled.entity)
        while j - 1 > k and skip_titles(toks, j - 1, self.cat, self.lex) == j:
            j -= 1  # مدير عام التعليم بمنطقة حائل الدكتور: the name after the title was not read
        if entity is None and j - k <= 2 and toks[k].startswith("ال"):  # الوزير الفرنسي: the last such one
            roles = self._heads.get(toks[k][2:], set()) | self._heads.get(toks[k], set())
            if roles and (j == k + 1 or scope is not None):
                entity = self._recent(lambda e: self._holds(e, roles, scope))
        return Found(k, j, entity)

    def _not_modifier(self, toks, k: int, j: int) -> bool:
        """A word that does not go on describing the head at k: after a definite head only a relative
        adjective (الوزير الفرنسي، المتحدث الرسمي) does; a word with ل must name a body (لوزارة، للشركة) or a
        head noun."""
        tok = toks[j]
        if self._entity_clitic(toks, j) is not None or skip_titles(toks, j, self.cat, self.lex) > j \
                or self._apposed_name(toks, j) is not None or tok == "باسم" or tok in self._adjectives:
            return False
        if tok.startswith("باسم") or (tok.startswith("و") and not tok.startswith("وال")
                                      and (tok,) not in self.words.nouns):
            return True  # خادم الحرمين الشريفين باسمه واسم شعب المملكة
        before = toks[j - 1]
        if before.startswith(("ال", "لل")) and not tok.startswith(("ال", "لل")):
            # after a definite word only a body (بوزارة، لشرطة) goes on: السلطات التونسية حالة الطوارئ
            return not ((tok[:1] in "لب" and (tok[1:],) in self.words.nouns) or tok.startswith("بال"))
        if j == k + 1 and toks[k].startswith("ال"):  # الوزير الفرنسي، المتحدث الرسمي; not الوزير البرلمان
            return not tok.endswith(("ي", "يه", "يين", "يون"))
        if tok.startswith("ل") and not tok.startswith("لل"):
            return (tok[1:],) not in self.words.nouns and tok[1:] not in self.words.outlets
        return False

    def _apposed_name(self, toks, j: int, need: int = 2) -> Found | None:
        """A name of `need` words or more after a description, ended by what ends a speaker."""
        if j >= len(toks) or toks[j].startswith(("ال", "و", "ل", "ب", "ف")):
            return None
        name = unknown_name_at(toks, j, self.cat, self.lex)
        end = self.trim(toks, j, name.end) if name is not None else j
        if end - j >= need and self.name_ok(toks, j, end, strict=True):
            return Found(j, end, unlisted_id(" ".join(toks[j:end])))
        return None

    def _head_with_pronoun(self, tok: str) -> bool:
        return any(tok.endswith(suffix) and len(tok) - len(suffix) >= 3
                   and (tok[:-len(suffix)],) in self.words.nouns for suffix in ("هما", "هم", "ها", "ه"))

    def recall(self, toks, k: int) -> Found | None:
        """A name an earlier speaker of the article had: its last word (حسين for فؤاد حسين), or an unlisted
        speaker's words in full or its last word (يعالون)."""
        for eid in [*reversed(self.history[-_RECENT:]), *reversed(self.mentioned[-_RECENT:])]:
            if eid.startswith("unlisted:"):
                names = [eid[9:].split("_")]
            else:
                e = self.cat.get(eid)
                person = e is not None and e.type == "person"
                names = [normalise_text(n).split() for n in e.names] if person else []
            for words in names:
                if list(toks[k:k + len(words)]) == words:
                    return Found(k, k + len(words), eid)
                if len(words) > 1 and toks[k] == words[-1] and not self.looks_like_word(toks[k]):
                    return Found(k, k + 1, eid)
        return None

    def _bare(self, toks, k: int) -> Found | None:
        name = unknown_name_at(toks, k, self.cat, self.lex)
        end = self.trim(toks, k, name.end) if name is not None else k
        if end == k or not self.name_ok(toks, k, end, strict=True):
            return None
        return Found(k, end, unlisted_id(" ".join(toks[k:end])))

    # -- the catalogue and the article's speakers ----------------------------------------------------
    def _type(self, eid: str | None) -> str | None:
        e = self.cat.get(eid)
        return e.type if e is not None else None

    def _holds(self, eid: str, roles: set[str], scope: str | None) -> bool:
        e = self.cat.get(eid)
        return e is not None and any(t.role in roles and (scope is None or t.scope == scope)
                                     and t.covers(self.published) for t in e.tenures)

    def _holder(self, role: str, scope: str) -> str | None:
        """The one catalogue person who held `role` in `scope` on the article's date."""
        if not self.published:
            return None
        ids = [e.id for e in self.cat.people_in(role, scope) if self._holds(e.id, {role}, scope)]
        return ids[0] if len(ids) == 1 else None

    def _recent(self, test) -> str | None:
        return next((eid for eid in reversed(self.history[-_RECENT:]) if test(eid)), None)

    def _last_role(self) -> str | None:
        for eid in reversed(self.history[-_RECENT:]):
            e = self.cat.get(eid)
            tenure = next((t for t in e.tenures if t.covers(self.published)), None) if e is not None else None
            if tenure is not None:
                return tenure.role
        return None
