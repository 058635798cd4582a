"""Which topic a mention belongs to: its kind (a figure with its unit, or a date), and cue words near it in
the same sentence. Cues are matched around any token span, so figures and dates share one matcher."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from factcheck.engine.topics import Cue, Topic
from factcheck.lexicons import Lexicon
from factcheck.nlp.analyse import Located, LocatedDate, Sentence
from factcheck.nlp.phrase_index import phrase_index


class TokenSpan(Protocol):
    """Tokens [start_tok, end_tok) of a sentence: a Located figure or a LocatedDate."""

    start_tok: int
    end_tok: int


def matches_at(tokens: tuple[str, ...], k: int, phrase: tuple[str, ...], lex: Lexicon) -> int | None:
    """End index when `phrase` matches tokens[k:], the first token possibly with a proclitic."""
    prefix_match = phrase[-1] == "*"
    words = phrase[:-1] if prefix_match else phrase
    if k + len(words) > len(tokens):
        return None
    for _, stem in lex.strip_clitics(tokens[k]):
        candidate = (stem, *tokens[k + 1:k + len(words)])
        if prefix_match:
            ok = candidate[:-1] == words[:-1] and candidate[-1].startswith(words[-1])
        else:
            ok = candidate == words
        if ok:
            return k + len(words)
    return None


def _cue_gaps(cue: Cue, sentence: Sentence, start_tok: int, end_tok: int, lex: Lexicon) -> Iterator[int]:
    """For each match of the cue within its window, the number of tokens between it and the span."""
    for _, gap in _cue_hits(cue, sentence, start_tok, end_tok, lex):
        yield gap


def _cue_hits(cue: Cue, sentence: Sentence, start_tok: int, end_tok: int,
              lex: Lexicon) -> Iterator[tuple[int, int]]:
    """(phrase index, gap) of each match of the cue within its window, by position, then phrase order."""
    toks = sentence.tokens
    index = phrase_index(cue.phrases, lex)
    lo, hi = 0, len(toks)
    if cue.window is not None:
        lo, hi = max(0, start_tok - cue.window), min(len(toks), end_tok + cue.window)
    for k in range(lo, hi):
        if start_tok <= k < end_tok:
            continue  # the mention itself is not its own cue
        for i, end in index.matches(toks, k):
            if end <= hi:
                yield i, k - end_tok if k >= end_tok else max(0, start_tok - end)


def cue_present(cue: Cue, sentence: Sentence, start_tok: int, end_tok: int, lex: Lexicon) -> bool:
    return next(_cue_gaps(cue, sentence, start_tok, end_tok, lex), None) is not None


def cue_distance(cue: Cue, sentence: Sentence, start_tok: int, end_tok: int, lex: Lexicon) -> int | None:
    """Tokens between the span and the nearest match of the cue; None when it has none in its window."""
    return min(_cue_gaps(cue, sentence, start_tok, end_tok, lex), default=None)


def all_present(cue: Cue, sentence: Sentence, start_tok: int, end_tok: int, lex: Lexicon) -> bool:
    """Every phrase of the cue is present within its window."""
    seen = {i for i, _ in _cue_hits(cue, sentence, start_tok, end_tok, lex)}
    return len(seen) == len(cue.phrases)


def cues_match(topic: Topic, sentence: Sentence, span: TokenSpan, lex: Lexicon) -> bool:
    """The topic's subject cue is near the span, a require_any cue (if any) and every require_all cue present,
    no exclude_any cue."""
    if not cue_present(topic.subject_cue, sentence, span.start_tok, span.end_tok, lex):
        return False
    if topic.require_any and not cue_present(topic.require_any, sentence, span.start_tok, span.end_tok, lex):
        return False
    if topic.require_all and not all_present(topic.require_all, sentence, span.start_tok, span.end_tok, lex):
        return False
    if topic.exclude_any and cue_present(topic.exclude_any, sentence, span.start_tok, span.end_tok, lex):
        return False
    return True


def _first(candidates: Iterable[Topic], span: TokenSpan, sentence: Sentence, lex: Lexicon) -> Topic | None:
    return next((t for t in candidates if cues_match(t, sentence, span, lex)), None)


def assign_topic(topics: list[Topic], loc: Located, sentence: Sentence, lex: Lexicon) -> Topic | None:
    """The first quantity topic (by id) that lists the figure's unit and whose cues surround it, or None."""
    unit = loc.mention.quantity.unit
    return _first((t for t in topics if t.extends == "quantity" and unit in t.units), loc, sentence, lex)


def assign_event(topics: list[Topic], loc: LocatedDate, sentence: Sentence, lex: Lexicon) -> Topic | None:
    """The first event_date topic (by id) whose cues surround the date, or None."""
    return _first((t for t in topics if t.extends == "event_date"), loc, sentence, lex)


def assign_events(topics: list[Topic], dates: Iterable[LocatedDate], sentences: tuple[Sentence, ...],
                  lex: Lexicon) -> list[tuple[LocatedDate, Topic]]:
    """Each date with the event topic it belongs to. A sentence dates an event once: of its dates that one
    topic takes, only the one nearest the topic's subject cue is kept ('في مثل هذا اليوم عقد اجتماع نيوبورت
    في 5 أيلول 2014': the second). Dates no event topic takes are left out."""
    best: dict[tuple[int, str], tuple[int, LocatedDate, Topic]] = {}
    for loc in dates:
        sentence = sentences[loc.sentence]
        topic = assign_event(topics, loc, sentence, lex)
        if topic is None:
            continue
        gap = cue_distance(topic.subject_cue, sentence, loc.start_tok, loc.end_tok, lex)
        key = (loc.sentence, topic.id)
        if key not in best or gap < best[key][0]:
            best[key] = (gap, loc, topic)
    return [(loc, topic) for _, loc, topic in sorted(best.values(), key=lambda b: b[1].date.start)]
