"""Speaker attribution: who is quoted as asserting what each sentence of an article states.

``speakers(analysis, catalogue, lexicon, published)`` gives one ``Speaker | None`` per sentence;
``speaker_for(found, sentence, start_tok)`` (or ``speaker_fields``) says whose claim a figure or date at that
token is. The rules, for Arabic news:

1. A speech verb (speech_verbs, with و/ف: وقال، فأكد) and the speaker after it: an office and its holder (قال
   وزير الخارجية الأميركي جون كيري), a catalogue name (قال كيري), an office alone (قال وزير الخارجية العراقي:
   the holder on the article's date), a body (أعلنت وزارة الخارجية الأمريكية), a title and a name (قال الجنرال
   فلان), a description (قال مسؤول عراقي), or the subject before it (كان فيليب هاموند قد صرح). See
   speaker_phrases.
2. A source phrase (according_to) and the speaker after it: بحسب المنظمة، نقلا عن مسؤول عراقي، وفق بيان
   للخارجية.
3. Where a claim belongs: what follows the speaker is the speaker's from the word that opens the speech (أن،
   إن، عن، a quote, a colon) on; the words between the verb and that word (اليوم الخميس، في مؤتمر صحافي) are
   the reporter's framing. A clause before the verb is framing too when what is said follows the speaker (وفي
   تصريحاته قبل الاجتماع بمشاركة 21 وزيرا، قال الوزير إنه ...), and the speaker's when the attribution closes
   the clause (… تزيد عن ستين دولة، قال كيري. / … بحسب كيري.) or the sentence opens with or inside a quote.
4. A speech verb with no subject (وأضاف "..."، وتابع:، وأوضح أن، وأكد على أن) goes on with the speaker named
   earlier in its sentence, else with the nearest earlier sentence that has one, at most 3 sentences back. A
   sentence on the way whose main clause opens with a verb and another subject (وندد المجلس، وطالب علي عمر)
   ends the search, and that subject, when it reads as a speaker, is the one who goes on. A source phrase
   (بحسب الأرقام) names no one who goes on, and a verb of the other gender (قال after الوزارة) stops.
   Paragraph breaks do not: news paragraphs are often one sentence long.
5. A sentence that starts inside a quotation (« or “ left open earlier in the same paragraph, or a closing
   mark before any opening one) keeps the previous speaker under the same limits.
6. A participle (مضيفا، مشيرا، قائلا) goes on with its sentence's speaker; with none, the subject of the
   sentence's first verb is the speaker (وندد المجلس ...، مشددا على).
7. Not speech: not_speech idioms (قال تعالى، تم نقل), كما ذكر with no subject, a verb that needs what is said
   and has none (وكشف زيف عقيدة داعش، تابع الوزير سير العمل), a verb whose subject is a figure (أعلنت أكثر من
   50 دولة) or stands unread before it (الذي قال), verbs that are not speech (حشد، زار).

``Speaker.text == original[start:end]`` always holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from factcheck.entities.attributes import AttributeHit
from factcheck.entities.catalogue import Catalogue
from factcheck.entities.speaker_cues import Cue, CueReader
from factcheck.entities.speaker_phrases import Found
from factcheck.entities.speaker_words import SpeakerWords, words_for
from factcheck.lexicons import Lexicon

BACK = 3  # sentences a speech with no subject, or a quotation, may reach back for its speaker
_QUOTE = re.compile('["«»“”]')


@dataclass(frozen=True)
class Speaker:
    """Who asserts a sentence's claims. `entity` is a catalogue id, 'unlisted:<name>' for a name the catalogue
    does not know, or None when only a description is known (مسؤول عراقي). `text`, `start`, `end` are the
    speaker as written in the original text; `start_tok`, `end_tok` its tokens in sentence `sentence` (an
    earlier sentence when the speech goes on from there). `cue_tok` and `content_tok` are where the
    attribution and what is said start in the sentence the speaker is listed for; `later` is the next
    speaker of that sentence (فيما أكد نظيره العراقي ...)."""

    entity: str | None
    text: str
    start: int
    end: int
    start_tok: int
    end_tok: int
    sentence: int
    cue_tok: int = 0
    content_tok: int = 0
    inverted: bool = False  # the attribution closes its clause: what stands before it is the speaker's too
    how: str = "verb"  # verb | source | continued | quote
    gender: str | None = None  # of a description or a body (الوزارة: f, الوزير: m); None for people
    later: Speaker | None = None

    def chain(self) -> list[Speaker]:
        out, s = [], self
        while s is not None:
            out.append(s)
            s = s.later
        return out


def speakers(analysis, catalogue: Catalogue, lexicon: Lexicon, published: str | None = None,
             words: SpeakerWords | None = None, attributes: Iterable[AttributeHit] | None = None,
             ) -> list[Speaker | None]:
    """One entry per sentence of `analysis`: its first speaker (the others through `later`), or None.
    `published` (YYYY-MM-DD) is the date an office alone is resolved at (قال وزير الخارجية العراقي).
    `attributes` are the document's AttributeReader hits when the caller has them (read here otherwise)."""
    reader = CueReader(catalogue, lexicon, words if words is not None else words_for(catalogue), published)
    hits: dict[int, list] = {}
    for hit in reader.attributes.read(analysis.sentences) if attributes is None else attributes:
        hits.setdefault(hit.sentence, []).append(hit)
    original = analysis.normalised.original
    out: list[Speaker | None] = []
    quote = _Quotes()
    for i, sent in enumerate(analysis.sentences):
        text = original[sent.start:sent.end]
        if i and "\n" in original[analysis.sentences[i - 1].end:sent.start]:
            quote.reset()  # a quotation left open does not run into the next paragraph
        inside = quote.open or _closes_first(text)
        reader.mentioned.extend(h.holder for h in hits.get(i, []))
        chain = _sentence(analysis, i, reader, hits.get(i, []), out, inside)
        for s in chain:
            if s.how in ("continued", "quote") and s.entity:
                reader.history.append(s.entity)
        out.append(_link(chain))
        quote.read(text)
    return out


def speaker_for(found: list[Speaker | None], sentence: int, start_tok: int) -> Speaker | None:
    """The speaker of a claim at token `start_tok` of `sentence` (rule 3 above): the last attribution at or
    before it when the claim stands where the speech is; before every attribution, the first one if it closes
    the clause or the sentence opens with a quote; else None."""
    if not 0 <= sentence < len(found) or found[sentence] is None:
        return None
    chain = found[sentence].chain()
    prior = None
    for s in chain:
        if s.cue_tok <= start_tok:
            prior = s
    if prior is not None:
        return prior if start_tok >= prior.content_tok else None
    return chain[0] if chain[0].inverted else None


def speaker_fields(found: list[Speaker | None], sentence: int, start_tok: int) -> dict[str, str | None]:
    """Claim.speaker and Claim.speaker_text for a claim at that token: the speaker's id (catalogue or
    unlisted; None for a description) and the speaker as written (None when no one is quoted)."""
    who = speaker_for(found, sentence, start_tok)
    return {"speaker": who.entity if who else None, "speaker_text": who.text if who else None}


def _sentence(analysis, i: int, reader: CueReader, hits, out, inside: bool) -> list[Speaker]:
    toks = analysis.sentences[i].tokens
    chain: list[Speaker] = []
    for cue in reader.cues(toks, hits, analysis.sentences[i].ids):
        if cue.found is not None:
            made = _make(analysis, i, cue.found, cue, "source" if cue.kind == "source" else "verb", reader)
            if made is not None:
                chain.append(made)
            continue
        if chain:  # وقال كيري ...، مضيفا أن / ... وأضاف أن: the same speaker
            if cue.kind != "participle":
                chain.append(_again(chain[-1], cue, "continued"))
            continue
        blocked, first = reader.actor(toks)  # وندد المجلس ...، مشددا؛ بدوره، تجنب يعالون ...، وقال
        if first is not None and first.end <= cue.at:
            made = _make(analysis, i, first, Cue("verb", 0, first, first.end), "verb", reader)
            if made is not None:
                if made.entity:
                    reader.history.append(made.entity)
                chain.append(made)
                continue
        if cue.kind == "participle" and cue.at > 2:
            continue
        prev = _inherit(analysis, i, reader, out, cue.gender)
        if prev is not None:
            chain.append(_again(prev, cue, "continued"))
    if inside and (not chain or chain[0].cue_tok > 0):
        prev = _inherit(analysis, i, reader, out, None)
        if prev is not None:
            chain.insert(0, _again(prev, Cue("verb", 0, None, 0), "quote"))
        elif chain:
            chain[0] = replace(chain[0], inverted=True)
    elif chain and toks and toks[0][:1] == '"':
        chain[0] = replace(chain[0], inverted=True)
    return chain


def _inherit(analysis, i: int, reader: CueReader, out, gender: str | None) -> Speaker | None:
    """Who goes on speaking (rules 4, 5): the last speaker of the nearest earlier sentence that has one, at
    most BACK sentences back, or the subject of a sentence on the way that opens with a verb and its subject.
    A source phrase (بحسب الأرقام) names no one who goes on; a verb of the other gender (قال after الوزارة)
    stops."""
    for p in range(i - 1, max(-1, i - 1 - BACK), -1):
        if out[p] is not None:
            said = [s for s in out[p].chain() if s.how != "source"]
            found = said[-1] if said else None
        else:
            blocked, actor = reader.actor(analysis.sentences[p].tokens, joined=True)
            found = None if actor is None else \
                _make(analysis, p, actor, Cue("verb", 0, actor, actor.end), "verb", reader)
            if found is None and not blocked:
                continue
        if found is not None and gender and found.gender and found.gender != gender:
            return None
        return found
    return None


def _make(analysis, i: int, found: Found, cue: Cue, how: str, reader: CueReader) -> Speaker | None:
    if found.end <= found.start:
        return None
    start, end = _span(analysis, i, found)
    text = analysis.normalised.original[start:end]
    kind = reader.cat.get(found.entity).type if reader.cat.get(found.entity) is not None else None
    gender = reader.gender(analysis.sentences[i].tokens, found.start) \
        if found.entity is None or kind in ("organisation", "country") else None
    return Speaker(found.entity, text, start, end, found.start, found.end, i, cue.at, cue.content,
                   cue.inverted, how, gender)


def _again(prev: Speaker, cue: Cue, how: str) -> Speaker:
    return replace(prev, cue_tok=cue.at, content_tok=cue.content, inverted=False, how=how, later=None)


def _link(chain: list[Speaker]) -> Speaker | None:
    out = None
    for s in sorted(chain, key=lambda s: s.cue_tok, reverse=True):
        out = replace(s, later=out)
    return out


def _span(analysis, i: int, found: Found) -> tuple[int, int]:
    sent = analysis.sentences[i]
    starts = sent.starts or _token_starts(analysis.normalised, sent)
    first = starts[found.start] + found.skip
    last = starts[found.end - 1] + len(sent.tokens[found.end - 1])
    return analysis.normalised.span_to_original(first, max(last, first + 1))


def _token_starts(norm, sent) -> tuple[int, ...]:
    """Normalised start of each token of a sentence made without them: the first normalised character at or
    after the sentence's original start, then each token where it next occurs."""
    lo, hi = 0, len(norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if norm.span_to_original(mid, mid + 1)[0] < sent.start:
            lo = mid + 1
        else:
            hi = mid
    out, pos = [], lo
    for tok in sent.tokens:
        at = norm.text.find(tok, pos)
        pos = at if at >= 0 else pos
        out.append(pos)
        pos += len(tok)
    return tuple(out)


class _Quotes:
    """Whether a quotation is open after the sentences read so far: « and “ open one, » and ” close it. A
    straight quote mark says neither (it opens and closes alike, and a stray one would open a quotation for
    the rest of the paragraph): a sentence that starts inside one is seen by its own marks (_closes_first)."""

    def __init__(self):
        self.open = False

    def reset(self) -> None:
        self.open = False

    def read(self, text: str) -> None:
        for m in _QUOTE.finditer(text):
            if m.group() in "«“":
                self.open = True
            elif m.group() in "»”":
                self.open = False


def _closes_first(text: str) -> bool:
    """A sentence that starts inside a quotation: an odd number of quote marks, the first a closing one."""
    marks = list(_QUOTE.finditer(text))
    if len(marks) % 2 == 0:
        return False
    pos, mark = marks[0].start(), marks[0].group()
    if mark in "»”":
        return True
    if mark == '"':
        after = text[pos + 1:pos + 2]
        return pos > 0 and not text[pos - 1].isspace() and (not after or after.isspace() or after in "،,.؛:")
    return False
