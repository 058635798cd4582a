"""Which topic a claim belongs to: its unit, and cue words near the figure in the same sentence."""

from __future__ import annotations

from factcheck.engine.topics import Cue, Topic
from factcheck.lexicons import Lexicon
from factcheck.nlp.analyse import Located, Sentence


def _matches_at(tokens: tuple[str, ...], k: int, phrase: tuple[str, ...], lex: Lexicon) -> int | None:
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


def cue_present(cue: Cue, sentence: Sentence, start_tok: int, end_tok: int, lex: Lexicon) -> bool:
    toks = sentence.tokens
    lo, hi = 0, len(toks)
    if cue.window is not None:
        lo, hi = max(0, start_tok - cue.window), min(len(toks), end_tok + cue.window)
    for k in range(lo, hi):
        if start_tok <= k < end_tok:
            continue  # the figure itself is not its own cue
        for phrase in cue.phrases:
            end = _matches_at(toks, k, phrase, lex)
            if end is not None and end <= hi:
                return True
    return False


def belongs(topic: Topic, loc: Located, sentence: Sentence, lex: Lexicon) -> bool:
    q = loc.mention.quantity
    if q.unit not in topic.units:
        return False
    if not cue_present(topic.subject_cue, sentence, loc.start_tok, loc.end_tok, lex):
        return False
    if topic.require_any and not cue_present(topic.require_any, sentence, loc.start_tok, loc.end_tok, lex):
        return False
    if topic.exclude_any and cue_present(topic.exclude_any, sentence, loc.start_tok, loc.end_tok, lex):
        return False
    return True


def assign_topic(topics: list[Topic], loc: Located, sentence: Sentence, lex: Lexicon) -> Topic | None:
    """The first topic (by id) the claim belongs to, or None."""
    for topic in topics:
        if belongs(topic, loc, sentence, lex):
            return topic
    return None
