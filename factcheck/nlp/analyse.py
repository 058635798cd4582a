"""One pass over a document: normalise, tokenise and split sentences, find quantity and date mentions.

The result keeps the normalised tokens of each sentence (for topic cues), the token range of every mention
inside its sentence, and maps every mention back to the original text, so that
``mention.text == original[mention.start:mention.end]``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from factcheck.lexicons import Lexicon
from factcheck.memo import per_owner
from factcheck.models import DateMention, Mention
from factcheck.normalisers.dates import DateScanner
from factcheck.nlp.normalise import Normalised, normalise
from factcheck.nlp.words import WordAnswers, word_ids
from factcheck.normalisers.quantities import QuantityScanner


@dataclass(frozen=True)
class Sentence:
    start: int  # original offsets
    end: int
    tokens: tuple[str, ...]  # normalised token texts, spaces left out
    starts: tuple[int, ...] = ()  # where each token starts in the normalised text (Analysis.span_of maps back)
    ids: tuple[int, ...] = ()  # each token's id (nlp/words), for readers that keep an answer per word


@dataclass(frozen=True)
class Located:
    """A mention with the sentence it sits in and its token range inside that sentence."""

    mention: Mention
    sentence: int
    start_tok: int
    end_tok: int


@dataclass(frozen=True)
class LocatedDate:
    """A date mention with the sentence it sits in, its token range there and its normalised form."""

    date: DateMention
    sentence: int
    start_tok: int
    end_tok: int
    norm: str = ""


@dataclass(frozen=True)
class Analysis:
    normalised: Normalised
    sentences: tuple[Sentence, ...]
    mentions: tuple[Located, ...]
    located_dates: tuple[LocatedDate, ...] = ()

    def span_of(self, sentence: int, start_tok: int, end_tok: int) -> tuple[int, int]:
        """Original offsets of tokens [start_tok, end_tok) of a sentence."""
        s = self.sentences[sentence]
        return self.normalised.span_to_original(s.starts[start_tok], s.starts[end_tok - 1] + len(s.tokens[end_tok - 1]))

    @property
    def dates(self) -> tuple[DateMention, ...]:
        return tuple(d.date for d in self.located_dates)


def analyse(text: str, lex: Lexicon, nlp: Language, published: str | None = None) -> Analysis:
    norm = normalise(text)
    return analyse_doc(norm, nlp(norm.text), lex, published)


_SCANNERS: dict = {}


def _scanner(kind: type, lex: Lexicon):
    """One scanner of `kind` per lexicon: they keep per-word caches across documents."""
    return per_owner(_SCANNERS, lex, lambda: kind(lex), kind)


def _date_stop(texts: list[str], tok: str, months: frozenset[str]) -> bool:
    """A full stop inside a date, which ends no sentence: '16. نوفمبر. 2016', 'يوم 2. أكتوبر'."""
    if len(texts) < 2 or texts[-1] != ".":
        return False
    before = texts[-2]
    if before.isdigit() and len(before) <= 2:
        return tok in months
    return before in months and tok.isdigit() and len(tok) == 4


def _sentences(doc: Doc, text: str, months: frozenset[str] = frozenset()):
    """(token texts, token starts) of each sentence, spaces left out; read from arrays, not Token objects.
    `text` is the string the doc was made from (Doc.text would rebuild it token by token). The sentencizer's
    break after a stop inside a date (16. نوفمبر) is undone: `months` are the month names. Only the tokens
    where a sentence may break are looked at one by one."""
    rows = doc.to_array([IDX, LENGTH, SENT_START, IS_SPACE])
    if not len(rows):
        return
    space = rows[:, 3] != 0
    opens = rows[:, 2] == 1
    kept = numpy.flatnonzero(~space)
    if not len(kept):
        return
    idx = rows[kept, 0]
    starts = idx.tolist()
    texts = [text[i:j] for i, j in zip(starts, (idx + rows[kept, 1]).tolist())]
    # a start at a space token between two kept tokens always breaks (no date goes on over it)
    spaced = numpy.diff(numpy.cumsum(opens & space)[kept], prepend=0) > 0
    first = 0
    for m in numpy.flatnonzero(spaced | opens[kept]).tolist():
        if m == 0:
            continue
        if spaced[m] or not _date_stop(texts[max(first, m - 2):m], texts[m], months):
            yield texts[first:m], starts[first:m]
            first = m
    yield texts[first:], starts[first:]


_HOT: dict = {}


def _candidates(texts: list[str], ids: tuple[int, ...], lex: Lexicon, dates: DateScanner,
                quantities: QuantityScanner) -> list[int]:
    """Positions where a date or a quantity may start, or a future cue stands (the scanners' own word tests,
    asked once per word and kept by word id): nine words in ten are none of these, and this one pass spares
    each scanner its own pass over the sentence."""
    hot = per_owner(_HOT, lex, lambda: WordAnswers(
        lambda t: bool(dates._kind(t) or quantities._shapes(t) or t in lex.future_cues)))
    return [k for k, f in enumerate(hot.of(texts, ids)) if f]


def analyse_doc(norm: Normalised, doc: Doc, lex: Lexicon, published: str | None = None) -> Analysis:
    scanner = _scanner(QuantityScanner, lex)
    date_scanner = _scanner(DateScanner, lex)
    sentences: list[Sentence] = []
    located: list[Located] = []
    dates: list[LocatedDate] = []
    for texts, starts in _sentences(doc, norm.text, date_scanner.month_words):
        s_start, s_end = norm.span_to_original(starts[0], starts[-1] + len(texts[-1]))
        sidx = len(sentences)
        ids = word_ids(texts)
        sentences.append(Sentence(s_start, s_end, tuple(texts), tuple(starts), ids))
        candidates = _candidates(texts, ids, lex, date_scanner, scanner)
        for hit in date_scanner.scan(texts, published, candidates):
            n_start, n_end = starts[hit.start], starts[hit.end - 1] + len(texts[hit.end - 1])
            d_start, d_end = norm.span_to_original(n_start, n_end)
            d = hit.date
            found = DateMention(d_start, d_end, norm.original[d_start:d_end], d.value, d.precision,
                                d.relative, d.warning, (s_start, s_end), d.until)
            dates.append(LocatedDate(found, sidx, hit.start, hit.end, norm.text[n_start:n_end]))
        for tm in scanner.scan(texts, starts, candidates):
            o_start, o_end = norm.span_to_original(tm.start_char, tm.end_char)
            q = tm.quantity
            if tm.noun_chars:
                n_start, n_end = norm.span_to_original(*tm.noun_chars)
                q = q.evolve(counted=norm.original[n_start:n_end])
            mention = Mention(
                start=o_start,
                end=o_end,
                text=norm.original[o_start:o_end],
                quantity=q,
                sentence=(s_start, s_end),
                norm=norm.text[tm.start_char:tm.end_char],
            )
            located.append(Located(mention, sidx, tm.start_tok, tm.end_tok))
    if dates:  # a bare number inside a date ('2014' in 'في 2014') is the date's, not a figure
        spans = [(d.date.start, d.date.end) for d in dates]
        located = [loc for loc in located if loc.mention.quantity.unit is not None
                   or not any(s <= loc.mention.start and loc.mention.end <= e for s, e in spans)]
    return Analysis(norm, tuple(sentences), tuple(located), tuple(dates))
