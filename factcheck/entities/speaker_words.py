"""The words of speaker attribution: the `speakers` section of rules/lexicons/people.yml (with the catalogue's
speech_verbs and according_to), normalised, and the word-level tests built on them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.entities.catalogue import Catalogue
from factcheck.entities.names import DEFINITE_PREP, is_punct, phrase_at
from factcheck.lexicons import Lexicon, tokens_of
from factcheck.memo import per_owner, per_owners
from factcheck.nlp.normalise import normalise_text

_TAIL = re.compile(r"\w+$")
# Pronouns and conjunctions after which a speech verb goes on with the speaker (وهو يقول، لكنه شدد، إذ قال).
PRONOUNS = frozenset({"هو", "هي", "وهو", "وهي", "لكنه", "لكنها", "ولكنه", "ولكنها", "انه", "انها", "كما",
                      "وكما", "اذ", "حيث", "فيما", "وفيما", "بينما", "وبينما"})


@dataclass(frozen=True)
class SpeakerWords:
    """The `speakers` section of rules/lexicons/people.yml, normalised."""

    verbs_needing_that: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    that: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    fillers: dict[tuple[str, ...], bool] = field(default_factory=dict)
    nouns: dict[tuple[str, ...], bool] = field(default_factory=dict)
    voice_nouns: dict[tuple[str, ...], bool] = field(default_factory=dict)
    not_speech: dict[tuple[str, ...], bool] = field(default_factory=dict)


def load_speaker_words(block: dict) -> SpeakerWords:
    """SpeakerWords from the `speakers` section of people.yml (read once, with the catalogue)."""

    def words(key: str) -> frozenset[str]:
        return frozenset(normalise_text(str(w)) for w in block.get(key) or [])

    def phrases(key: str, article: bool = False) -> dict[tuple[str, ...], bool]:
        out = {tokens_of(str(w)): True for w in block.get(key) or []}
        if article:  # محلل, and المحلل
            out.update({("ال" + k[0],): True for k in list(out) if len(k) == 1 and not k[0].startswith("ال")})
        return out

    return SpeakerWords(words("verbs_needing_that"), words("participles"), words("that"), words("own_words"),
                        words("outlets"), phrases("fillers"), phrases("nouns", True),
                        phrases("voice_nouns", True), phrases("not_speech"))


_WORDS: dict = {}


def words_for(cat: Catalogue) -> SpeakerWords:
    """The speaker words of the catalogue's rules (built once per catalogue)."""
    return per_owner(_WORDS, cat, lambda: load_speaker_words(cat.speaker_section))


def exact(table: dict, toks, k: int) -> int | None:
    """End of the longest key of `table` at k, words as written (no proclitic)."""
    for n in range(min(4, len(toks) - k), 0, -1):
        if tuple(toks[k:k + n]) in table:
            return k + n
    return None


_TABLES: dict = {}  # date words, speech verbs and verb readings per catalogue, lexicon and words


class Vocabulary:
    """Word tests: speech verbs, what opens a speech, words that end a speaker, words that are no name."""

    def __init__(self, cat: Catalogue, lex: Lexicon, words: SpeakerWords):
        self.cat, self.lex, self.words = cat, lex, words
        # news repeats its words: one reading per word and rule set, kept across articles
        self._dates, self._verbs, self._verb_cache = per_owners(_TABLES, (cat, lex, words), lambda: (
            {k[0] for k in lex.relative_days if len(k) == 1} | {"اليوم", "امس", "صباح", "مساء"},
            cat.speech_verbs | words.verbs_needing_that, {}))
        if len(self._verb_cache) > 200_000:
            self._verb_cache.clear()

    def verb(self, tok: str) -> str | None:
        """'verb', 'weak' (speech only when what is said follows) or 'participle' for a speech word (و/ف
        allowed; 'لندن:&قالت' is read by its last word), else None."""
        try:
            return self._verb_cache[tok]
        except KeyError:
            kind = self._verb_cache[tok] = self._verb(tok)
            return kind

    def _verb(self, tok: str) -> str | None:
        stem = self.verb_stem(tok)
        if stem is None:
            return None
        if stem in self.words.verbs_needing_that:
            return "weak"
        return "verb" if stem in self.cat.speech_verbs else "participle"

    def verb_stem(self, tok: str) -> str | None:
        m = _TAIL.search(tok)
        if m is None:
            return None
        for prefix, stem in self.lex.strip_clitics(m.group()):
            if prefix in ("", "و", "ف") and stem in self._verbs:
                return stem
            if prefix == "" and stem in self.words.participles:
                return stem
        return None

    def verb_gender(self, tok: str) -> str | None:
        """'f' for قالت، أضافت, 'm' for قال، أضاف (the feminine form is the masculine and ت), else None."""
        stem = self.verb_stem(tok)
        if stem is None:
            return None
        if stem.endswith("ت") and stem[:-1] in self._verbs:
            return "f"
        return "m" if stem + "ت" in self._verbs else None

    def opens_speech(self, tok: str) -> bool:
        """A word that opens what is said: أن، إن، عن، a quote, a colon, قوله."""
        return tok in self.words.that or tok in self.words.own_words or tok[:1] == '"' or tok == ":"

    def date_word(self, tok: str) -> bool:
        return tok in self._dates or self.lex.weekday(tok) is not None

    def to_outlet(self, tok: str) -> bool:
        """لـ«الشرق الأوسط»، لـ "الاقتصادية"، لصحيفة، لوكالة: to whom the speaker spoke."""
        return tok.startswith('ل"') or tok == "ل" or (tok.startswith("ل") and tok[1:] in self.words.outlets)

    def stop(self, tok: str) -> bool:
        """A word no speaker description runs over."""
        return (is_punct(tok) or '"' in tok or self.opens_speech(tok) or tok in self.cat.not_name
                or self.verb(tok) is not None or any(ch.isdigit() for ch in tok) or self.date_word(tok)
                or self.to_outlet(tok))

    def skip_fillers(self, toks, k: int) -> int:
        """Past the words between a verb and its subject: من جانبه، فيه، لـ«الشرق الأوسط»، لصحيفة «غارديان»
        (to whom the speaker spoke)."""
        while k < len(toks):
            end = exact(self.words.fillers, toks, k)
            if end is not None:
                k = end
                continue
            if self.to_outlet(toks[k]):
                first = k + 1 if toks[k].startswith('ل"') else k + 2
                if first - 1 < len(toks) and (toks[k].startswith('ل"') or toks[first - 1] == '"'):
                    close = next((j for j in range(first, min(len(toks), first + 5)) if toks[j] == '"'), None)
                    if close is not None:
                        k = close + 1
                        continue
            return k
        return k

    def looks_like_word(self, tok: str) -> bool:
        """A word that is no name: with a pronoun (مسؤوليتها، لمحققيه) or a preposition on a known noun."""
        if (len(tok) > 4 and tok.endswith(("ها", "هم", "هما", "تنا"))) or tok in PRONOUNS:
            return True
        if tok[:1] == "ل" and tok.endswith(("ه", "هم", "ها")) and len(tok) > 4:
            return True
        return any(prefix and ((stem,) in self.words.nouns or (stem,) in self.lex.nouns)
                   for prefix, stem in self.lex.strip_clitics(tok))

    def trim(self, toks, start: int, end: int) -> int:
        """A name read too far (سباستيان كورتس لإذاعة، نابيلي مبتسما، لافروف ليقول) ends before the stray
        word."""
        for t in range(start + 1, end):
            if self._stray(toks, t):
                return t
        return end

    def _stray(self, toks, t: int) -> bool:
        tok = toks[t]
        return ((tok.startswith("و") and len(tok) > 3) or self.looks_like_word(tok) or '"' in tok
                or tok in self.cat.not_name or tok in self.words.participles
                or exact(self.words.fillers, toks, t) is not None
                or phrase_at(toks, t, self.cat.titles, self.lex) is not None
                or (len(tok) >= 6 and tok[0] == "م" and tok[-1] == "ا")  # مبتسما: a circumstance
                or (tok[:1] == "ل" and self.verb(tok[1:]) is not None))  # ليقول

    def name_ok(self, toks, start: int, end: int, strict: bool) -> bool:
        """An unknown name: one to four words, none a lexicon or function word, followed by what ends a
        speaker (a comma, what is said, a date, to whom; with `strict` nothing else, since a verb's object
        looks like a name: أكد حرص المملكة على، نفى جبريل الأمر.)."""
        if not 1 <= end - start <= 4 or toks[start].startswith("ال") or exact(self.words.nouns, toks, start) \
                or any(len(t) < 2 for t in toks[start:end]) \
                or any(stem in self.cat.not_name for _, stem in self.lex.strip_clitics(toks[start])):
            return False
        for t in toks[start:end]:
            if (t.startswith(DEFINITE_PREP) or self.stop(t) or (t,) in self.lex.nouns
                    or t in self.lex.numbers
                    or (t,) in self.lex.months or t in self.words.participles or t in self.words.own_words
                    or self.looks_like_word(t)):
                return False
        if end >= len(toks):
            return not strict
        after = toks[end]
        if after in ("،", ",", ":", "(", "-") or (self.opens_speech(after) and after != "عن") \
                or self.date_word(after) or self.to_outlet(after):
            return True
        return not strict and (after in self.cat.not_name or is_punct(after))

    def gender(self, toks, start: int) -> str | None:
        """'f' for a description or body whose head is feminine (الوزارة، المنظمة، مصادر، القوات), 'm' for
        others (الوزير، مسؤول); None is left to the caller for people."""
        head = toks[start]
        if head.endswith(("ه", "ات")) or head in ("مصادر", "المصادر"):
            return "f"
        return "m"
