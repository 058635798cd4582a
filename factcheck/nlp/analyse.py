"""One pass over a document: normalise, tokenise and split sentences, find quantity mentions.

The result keeps the normalised tokens of each sentence (for topic cues) and maps every mention back to
the original text, so that ``mention.text == original[mention.start:mention.end]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.lexicons import Lexicon
from factcheck.models import Mention
from factcheck.nlp.normalise import Normalised, normalise
from factcheck.normalisers.quantities import QuantityScanner


@dataclass(frozen=True)
class Sentence:
    start: int  # original offsets
    end: int
    tokens: tuple[str, ...]  # normalised token texts, spaces left out


@dataclass(frozen=True)
class Located:
    """A mention with the sentence it sits in and its token range inside that sentence."""

    mention: Mention
    sentence: int
    start_tok: int
    end_tok: int


@dataclass(frozen=True)
class Analysis:
    normalised: Normalised
    sentences: tuple[Sentence, ...]
    mentions: tuple[Located, ...]


def analyse(text: str, lex: Lexicon, nlp: Language) -> Analysis:
    norm = normalise(text)
    return analyse_doc(norm, nlp(norm.text), lex)


def analyse_doc(norm: Normalised, doc: Doc, lex: Lexicon) -> Analysis:
    scanner = QuantityScanner(lex)
    sentences: list[Sentence] = []
    located: list[Located] = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        texts = [t.text for t in toks]
        starts = [t.idx for t in toks]
        s_start, s_end = norm.span_to_original(toks[0].idx, toks[-1].idx + len(toks[-1].text))
        sidx = len(sentences)
        sentences.append(Sentence(s_start, s_end, tuple(texts)))
        for tm in scanner.scan(texts, starts):
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
    return Analysis(norm, tuple(sentences), tuple(located))
