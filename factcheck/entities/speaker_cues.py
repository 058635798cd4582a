"""Where a sentence says who speaks: speech verbs and source phrases, the speaker each names (before or after
it), where what is said starts, and whether the attribution closes its clause."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.entities.attributes import AttributeHit
from factcheck.entities.names import is_punct, phrase_at, unknown_name_at
from factcheck.entities.speaker_phrases import Found, PhraseReader
from factcheck.entities.speaker_words import PRONOUNS, Vocabulary
from factcheck.memo import per_owners
from factcheck.nlp.words import WordAnswers, word_ids

_MAX_FRAMING = 25  # tokens between a speaker and what is said (اليوم الخميس، في مؤتمر صحافي ...)
_MAX_CLOSING_TAIL = 8  # tokens after an attribution that closes its clause (…، قال كيري في لندن.)
_BEFORE = frozenset({"كان", "كانت", "وكان", "وكانت", "ان", "لكن", "ولكن"})  # كان X قد صرح، إلا أن X قال
_ALREADY = frozenset({"قد", "لقد", "،", ","})
_LEAD = frozenset({"كما", "وكما", "اذ", "حيث", "فيما", "وفيما", "بينما", "وبينما"})  # إذ قال كاميرون
_CONTINUE = _ALREADY | frozenset({"كما", "وكما", "ثم"})


# What a word may be, as bits of one cached int per word: the first word of a source phrase, of an idiom that
# is no speech, or a speech word. A word with none of them (most words) is passed over at once.
_SOURCE, _IDIOM, _VERB = 1, 2, 4


_TABLES: dict = {}


def _tables(cat, lex, words) -> tuple[set[str], dict[tuple[str, ...], bool], set[str], WordAnswers[int]]:
    """First words of the phrases tried at every token, to try them only where they may start, the source
    phrases whose last word ل is the next token's proclitic, and the marks of each word (news repeats its
    words); built once per rule set (a reader is made per article)."""
    sources = {k[0] for k in cat.according_to}
    attached = {k[:-1]: True for k in cat.according_to if len(k) > 1 and k[-1] == "ل"}
    idioms = {k[0] for k in words.not_speech}
    vocabulary = Vocabulary(cat, lex, words)

    def marks(tok: str) -> int:
        """_SOURCE, _IDIOM and _VERB bits of a word: a source phrase or an idiom may start at it (a proclitic
        allowed), it is a speech word."""
        stems = [stem for _, stem in lex.strip_clitics(tok)]
        return (_SOURCE if any(stem in sources for stem in stems) else 0) \
            | (_IDIOM if any(stem in idioms for stem in stems) else 0) \
            | (_VERB if vocabulary.verb(tok) else 0)
    return sources, attached, idioms, WordAnswers(marks)


@dataclass(frozen=True)
class Cue:
    """A speech verb or source phrase at `at` (or its subject, when that stands first) with the speaker it
    names; None when it names none and what is said follows at once (وأضاف "..."). `content` is where what is
    said starts; `inverted` when the attribution closes its clause (…، قال كيري.); `gender` the verb's
    (قالت: f)."""

    kind: str  # verb | source | participle
    at: int
    found: Found | None
    content: int
    inverted: bool = False
    gender: str | None = None


class CueReader(PhraseReader):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self._sources, self._attached, self._idioms, self._marks = per_owners(
            _TABLES, (self.cat, self.lex, self.words), lambda: _tables(self.cat, self.lex, self.words))
        self._marks_here: list[int] = []  # the marks of the sentence being read, by position

    def cues(self, toks, hits: list[AttributeHit], ids: tuple[int, ...] = ()) -> list[Cue]:
        """Every speech verb and source phrase of a sentence, with the speaker each names, in order. `ids`:
        the tokens' word ids (Sentence.ids)."""
        self.apposition = {h.start_tok: h for h in hits}
        out: list[Cue] = []
        marks = self._marks_here = self._marks.of(toks, ids or word_ids(toks))
        # only where an idiom, a source phrase or a speech word can be read (an idiom may cover the next word)
        hot = [j for j, m in enumerate(marks) if m or (j and marks[j - 1] & _IDIOM)]
        resume = 0  # the first token after the last idiom or cue
        for j in hot:
            if j < resume:
                continue
            skip = self._not_speech(toks, j)
            if skip is not None:
                resume = skip
                continue
            cue = self._source(toks, j)
            if cue is None and marks[j] & _VERB:
                cue = self._verb_cue(toks, j)
            if cue is None:
                continue
            out.append(cue)
            if cue.found is not None and cue.found.entity:
                self.history.append(cue.found.entity)
            resume = max(j + 1, cue.found.end if cue.found is not None and cue.found.start > j else j + 1)
        return out

    def _not_speech(self, toks, j: int) -> int | None:
        """End of a phrase that is no speech (قال تعالى، تم نقل) covering token j."""
        for start in (j - 1, j):
            if start >= 0 and self._marks_here[start] & _IDIOM:
                end = phrase_at(toks, start, self.words.not_speech, self.lex)
                if end is not None and end > j:
                    return end
        return None

    def _source(self, toks, j: int) -> Cue | None:
        if not self._marks_here[j] & _SOURCE:
            return None
        end = phrase_at(toks, j, self.cat.according_to, self.lex)
        need = None
        if end is None:  # وفقا لبيان: the key's last word ل is the next token's proclitic
            end = phrase_at(toks, j, self._attached, self.lex)
            need = "ل" if end is not None else None
        if end is None or end >= len(toks):
            return None
        if toks[end - 1] == "ما" or toks[end - 1].endswith("حسبما"):  # حسبما تناقلت وسائل الإعلام
            if self.verb(toks[end]) or not toks[end].startswith("ال"):
                end += 1
        if end < len(toks) and toks[end] in self.words.own_words:  # حسب قوله: the speaker already named
            return Cue("source", j, None, end + 1)
        found = self.subject(toks, end, bare=False, proclitic=True, need=need)
        if found is None:
            return None
        return Cue("source", j, found, found.end, self._closes(toks, found.end))

    def _verb_cue(self, toks, j: int) -> Cue | None:
        kind = self.verb(toks[j])
        gender = self.verb_gender(toks[j])
        if kind == "participle":
            if j and toks[j - 1] in _BEFORE:
                return None  # وكان متوقعا: no speech
            return Cue("participle", j, None, j + 1)
        initial = self._clause_start(toks, j)
        if kind == "weak" and not initial:
            return None  # العلاقة بين واشنطن وبغداد: a preposition
        k = self.skip_fillers(toks, j + 1)
        found = self.subject(toks, k, bare=initial or (j > 0 and toks[j - 1] in _LEAD))
        if found is not None and found.end < len(toks) and toks[found.end] == "عن" \
                and (self.verb_stem(toks[j]) or "").startswith("نقل"):
            quoted = self.subject(toks, found.end + 1, bare=False)  # نقلت الوكالة عن مسؤول: the official
            if quoted is not None:
                found = quoted
        if found is not None:
            content = self._content(toks, found.end)
            if kind == "weak" and content is None:
                return None
            if content is None:
                return Cue("verb", j, found, found.end, self._closes(toks, found.end), gender)
            return Cue("verb", j, found, content, gender=gender)
        before = self._subject_before(toks, j)
        if before is not None:  # كان فيليب هاموند قد صرح
            content = self._content(toks, j + 1)
            return Cue("verb", before.start, before, j + 1 if content is None else content, gender=gender)
        if j and toks[j - 1] in ("كما", "وكما"):  # كما ذكر: "as said", no speaker
            return None
        if not (initial or (j and toks[j - 1] in PRONOUNS)):
            return None  # الذي قال، أقرباء له قالوا: the subject stands before the verb, unread
        if k < len(toks) and not self._opens_after_verb(toks[k]):
            return None  # أعلنت أكثر من 50 دولة: a subject or an object that names no speaker
        content = self._content(toks, k)
        if kind == "weak" and content is None and k < len(toks):
            return None
        return Cue("verb", j, None, k if content is None else content, gender=gender)

    def _clause_start(self, toks, j: int) -> bool:
        """A verb that opens a clause: first in the sentence, with و or ف, or after punctuation, قد or كما."""
        if j == 0 or is_punct(toks[j - 1]) or toks[j - 1] in _CONTINUE:
            return True
        tail = toks[j].rsplit('"', 1)[-1]
        return any(prefix in ("و", "ف") for prefix, _ in self.lex.strip_clitics(tail))

    def _opens_after_verb(self, tok: str) -> bool:
        """What may follow a verb that names no speaker: what is said, a preposition, a participle, a date."""
        return (self.opens_speech(tok) or is_punct(tok) or tok in self.cat.not_name or self.date_word(tok)
                or self.verb(tok) == "participle")

    def _content(self, toks, k: int) -> int | None:
        """Where what is said starts after a speaker at k (the word that opens it), else None."""
        for t in range(k, min(len(toks), k + _MAX_FRAMING)):
            if self.opens_speech(toks[t]):
                return t
            if t > k and self.verb(toks[t]) is not None:
                return None
        return None

    def _closes(self, toks, end: int) -> bool:
        """The attribution closes its clause: a few words of framing follow, and no other speech."""
        rest = [t for t in toks[end:] if not is_punct(t)]
        return len(rest) <= _MAX_CLOSING_TAIL and not any(self.verb(t) for t in rest)

    def _subject_before(self, toks, j: int) -> Found | None:
        """The subject before the verb (كان المرشد الأعلى ... علي خامنئي، أعلن; إلا أن رئيس اللجنة، مايكل
        ماكول، قال): it starts the sentence or follows كان، أن، لكن or punctuation, and ends at the verb."""
        end = j
        while end > 0 and toks[end - 1] in _ALREADY:
            end -= 1
        for s in range(max(0, end - 10), end):
            if s and not (toks[s - 1] in _BEFORE or is_punct(toks[s - 1])):
                continue
            found = self.subject(toks, s, bare=s > 0 and is_punct(toks[s - 1]))
            if found is not None and found.end == end:
                return found
        return None

    def actor(self, toks, joined: bool = False) -> tuple[bool, Found | None]:
        """Whether a sentence's main clause opens with a verb and its subject (وندد المجلس، وتبنى مجلس الأمن
        الدولي، إلى ذلك، شن السيناتور توم كوتون، وطالب علي عمر), and that subject when it reads as a speaker.
        With `joined` the first word must carry و or ف (in a sentence before: كونه المصدر الطبيعي is no
        actor)."""
        saved, self.apposition = self.apposition, {}
        try:
            starts = [0] + [i + 1 for i in range(min(len(toks), 6)) if toks[i] == "،"][:1]
            for s in starts:
                if s == 0 and toks and self.subject(toks, 0, bare=False) is not None:
                    return True, None  # العراق يشدد: an actor first
                if s + 2 >= len(toks) or toks[s].startswith("ال") or is_punct(toks[s]):
                    continue
                if joined and s == 0 and not toks[0].startswith(("و", "ف")):
                    continue
                found = self.subject(toks, s + 1, bare=False)
                if found is not None:
                    return True, found
                name = unknown_name_at(toks, s + 1, self.cat, self.lex)
                if name is not None and name.end - name.start >= 2 and not self.looks_like_word(toks[s + 1]):
                    return True, None
            return False, None
        finally:
            self.apposition = saved
