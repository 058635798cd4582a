"""The library entry point: check a corpus and get a Report back (no printing, no exit codes)."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck import __version__
from factcheck.corpus.readers import JSONL_SUFFIXES, count_records, iter_inputs
from factcheck.engine.auto_findings import auto_findings, vocabulary
from factcheck.engine.findings import topic_findings
from factcheck.engine.fingerprints import distinct
from factcheck.facts.wire import wire_groups
from factcheck.engine.office_findings import office_findings
from factcheck.models import Claim, Document, Finding, InputError
from factcheck.extraction.engines import extract_all
from factcheck.ledger.store import Ledger, extraction_fingerprint
from factcheck.progress import Progress
from factcheck.ruleset import RuleSet, load_rules


@dataclass
class Report:
    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding]
    errors: list[InputError]
    rules: RuleSet
    generated_at: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    baseline: set[str] | None = None
    version: str = __version__
    sources: dict[str, str] = field(default_factory=dict)  # document -> its wire group (one agency text)

    def source(self, doc_id: str) -> str:
        return self.sources.get(doc_id, doc_id)

    def wire_copies(self, doc_id: str) -> list[str]:
        """The other documents that reprint the same wire text as this one."""
        return [d for d in self._groups.get(self.source(doc_id), ()) if d != doc_id]

    @property
    def conflicts(self) -> list[Finding]:
        return [f for f in self.findings if f.type == "conflict"]

    @property
    def failing(self) -> list[Finding]:
        """Conflicts that make CI fail: all of them, or those not in the baseline."""
        return [f for f in self.conflicts if f.new is not False]

    def counts(self) -> dict[str, int]:
        c = Counter(f.type for f in self.findings)
        return {t: c.get(t, 0) for t in ("conflict", "change", "agreement")}

    def document(self, doc_id: str) -> Document | None:
        return self._docs.get(doc_id)

    def claim(self, claim_id: str) -> Claim | None:
        return self._claims.get(claim_id)

    def __post_init__(self) -> None:
        self._docs = {d.id: d for d in self.documents}
        self._claims = {c.id: c for c in self.claims}
        self._groups: dict[str, list[str]] = {}
        for d, g in sorted(self.sources.items()):
            self._groups.setdefault(g, []).append(d)


_ORDER = {"conflict": 0, "change": 1, "agreement": 2}
OFFICE_PREFIX = "office."


def find_all(claims: list[Claim], documents: list[Document], rules: RuleSet,
             sources: dict[str, str] | None = None, words: dict[str, frozenset[str]] | None = None,
             counted: tuple[Counter[str], int] | None = None) -> list[Finding]:
    """Findings of every topic file, of the facts no topic covers (lined up by their automatic keys within a
    subject, wire copies counted as one source), then of every office the claims name (office.<role>.<scope>:
    offices have no topic file; the catalogue describes them), ordered conflicts, changes, agreements.
    `words`: each document's vocabulary words, when extraction made them; `counted`: the document
    frequencies and the number of documents, when the ledger kept them."""
    docs = {d.id: d for d in documents}
    by_topic: dict[str, list[Claim]] = {}
    by_office: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "attribute":
            if c.topic and c.topic.startswith(OFFICE_PREFIX):
                by_office.setdefault(c.topic, []).append(c)
        elif c.topic:
            by_topic.setdefault(c.topic, []).append(c)
    if sources is None:
        sources = wire_groups(documents, claims)
    findings: list[Finding] = []
    for topic in rules.topics:
        findings += topic_findings(topic, by_topic.get(topic.id, []), docs, rules.lexicon.unit_definitions, sources)
    vocab = vocabulary(documents, rules, words, counted)
    findings += auto_findings(claims, docs, rules, sources, vocab)
    for office, office_claims in by_office.items():
        findings += office_findings(office, office_claims, docs, rules.catalogue, vocab.plausible_name)
    findings = distinct(findings, {c.id: c for c in claims})
    return sorted(findings, key=lambda f: (_ORDER[f.type], f.topic or "", f.id))


def _where(doc: Document) -> str:
    """A document's place for an error message: file:line in JSON Lines, else the file (else its id)."""
    if doc.path and doc.path.endswith(JSONL_SUFFIXES):
        return f"{doc.path}:{doc.line}"
    return doc.path or doc.id


def check_corpus(paths: Iterable[str | Path], rules: RuleSet | str | Path | None = None,
                 baseline: set[str] | None = None, progress: Progress | None = None, *,
                 ledger: str | Path | None = None, jobs: int = 1, engine: str = "local",
                 scheduler: str | None = None) -> Report:
    """Read every input, extract its claims, line them up.

    - `progress` hears of each input read, each document extracted and the lining-up stage.
    - `ledger`: a SQLite file (ledger/store.py); unchanged files are not read again and unchanged documents
      not extracted again, with the same results as a run without it.
    - `jobs`: worker processes for extraction; `engine="dask"` with `scheduler` extracts on a Dask cluster.
    """
    started, started_at = time.perf_counter(), dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    paths = list(paths)
    progress = progress or Progress()
    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules)
    store = Ledger(Path(ledger), extraction_fingerprint(ruleset.path)) if ledger else None
    try:
        documents: list[Document] = []
        errors: list[InputError] = []
        progress.stage("reading articles", count_records(paths) if progress.active else None)
        for item in iter_inputs(paths, store):
            progress.advance()
            (errors if isinstance(item, InputError) else documents).append(item)
        results = store.reusable(documents) if store else {}
        todo = [d for d in documents if d.id not in results]
        progress.stage("extracting claims", len(todo))
        extracted = extract_all(todo, ruleset, jobs=jobs, engine=engine, scheduler=scheduler, store=store,
                                progress=progress)
        results.update(extracted)
        errors += [InputError(_where(d), results[d.id].error) for d in documents if results[d.id].error]
        documents = [d for d in documents if not results[d.id].error]
        claims = [c for d in documents for c in results[d.id].claims]
        progress.stage("lining up facts")
        sources = wire_groups(documents, claims, store)
        words = {d.id: results[d.id].words for d in documents if d.id in extracted}
        counted = store.frequencies(documents, words) if store is not None else None
        findings = find_all(claims, documents, ruleset, sources, words, counted)
        if baseline is not None:
            findings = [replace(f, new=f.id not in baseline) for f in findings]
        if store is not None:
            store.finish(started_at=started_at, inputs=map(str, paths), documents=documents, errors=errors,
                         findings=findings, claims_of={c.id: c.document for c in claims}, engine=engine,
                         jobs=jobs, extracted=len(todo), seconds=time.perf_counter() - started)
    finally:
        if store is not None:
            store.close()
    size = Counter(sources.values())
    return Report(documents, claims, findings, errors, ruleset, baseline=baseline,
                  sources={d: g for d, g in sources.items() if size[g] > 1})
