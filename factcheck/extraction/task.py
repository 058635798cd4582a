"""The unit of extraction work: a batch of documents through spaCy's nlp.pipe, then each document's claims
and vocabulary words. Pure: the same documents and rules give the same results in any process."""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from factcheck.claims import document_claims
from factcheck.facts.subjects import document_words
from factcheck.models import Claim, Document
from factcheck.nlp.analyse import analyse_doc
from factcheck.nlp.normalise import normalise
from factcheck.nlp.pipeline import get_nlp
from factcheck.ruleset import RuleSet

PIPE_BATCH = 32  # documents per nlp.pipe batch


@dataclass(frozen=True)
class Extracted:
    """One document's claims and words; `error` (with no claims) when extraction failed on it: the document
    is then reported as an input error and the run goes on."""

    document: str
    claims: tuple[Claim, ...] = ()
    words: frozenset[str] = frozenset()
    error: str | None = None


def extract_batch(docs: list[Document], rules: RuleSet) -> list[Extracted]:
    """The documents' results, in order."""
    nlp = get_nlp()
    norms: list = []
    for d in docs:
        try:
            norms.append(normalise(d.text))
        except Exception as exc:  # noqa: BLE001 (reported below, with the document)
            norms.append(exc)
    texts = ("" if isinstance(n, Exception) else n.text for n in norms)
    out = []
    for doc, norm, parsed in zip(docs, norms, nlp.pipe(texts, batch_size=PIPE_BATCH)):
        try:
            if isinstance(norm, Exception):
                raise norm
            analysis = analyse_doc(norm, parsed, rules.lexicon, doc.published)
            claims = document_claims(doc, rules, nlp, analysis)
            out.append(Extracted(doc.id, tuple(claims), document_words(doc)))
        except Exception as exc:  # noqa: BLE001 (a bug on one article must not lose the corpus)
            out.append(Extracted(doc.id, error=_failure(exc)))
    return out


def _failure(exc: Exception) -> str:
    """What went wrong, and where in factcheck, in one line."""
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})" if where else ""
    return f"internal error while extracting claims [E901]: {type(exc).__name__}: {exc}{place}"
