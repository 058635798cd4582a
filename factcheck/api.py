"""The library entry point: check a corpus and get a Report back (no printing, no exit codes)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck import __version__
from factcheck.claims import document_claims
from factcheck.corpus.readers import count_records, iter_inputs
from factcheck.engine.auto_findings import auto_findings, vocabulary
from factcheck.engine.findings import topic_findings
from factcheck.facts.wire import wire_groups
from factcheck.engine.office_findings import office_findings
from factcheck.models import Claim, Document, Finding, InputError
from factcheck.nlp.pipeline import get_nlp
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
             sources: dict[str, str] | None = None) -> list[Finding]:
    """Findings of every topic file, of the facts no topic covers (lined up by their automatic keys within a
    subject, wire copies counted as one source), then of every office the claims name (office.<role>.<scope>:
    offices have no topic file; the catalogue describes them), ordered conflicts, changes, agreements."""
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
    vocab = vocabulary(documents, rules)
    findings += auto_findings(claims, docs, rules, sources, vocab)
    for office, office_claims in by_office.items():
        findings += office_findings(office, office_claims, docs, rules.catalogue, vocab.plausible_name)
    return sorted(findings, key=lambda f: (_ORDER[f.type], f.topic or "", f.id))


def check_corpus(paths: Iterable[str | Path], rules: RuleSet | str | Path | None = None,
                 baseline: set[str] | None = None, progress: Progress | None = None) -> Report:
    """Read every input, extract its claims, line them up. `progress` hears of each input read and of the
    lining-up stage."""
    paths = list(paths)
    progress = progress or Progress()
    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules)
    nlp = get_nlp()
    documents: list[Document] = []
    errors: list[InputError] = []
    claims: list[Claim] = []
    progress.stage("reading articles", count_records(paths) if progress.active else None)
    for item in iter_inputs(paths):
        progress.advance()
        if isinstance(item, InputError):
            errors.append(item)
            continue
        documents.append(item)
        claims.extend(document_claims(item, ruleset, nlp))
    progress.stage("lining up facts")
    sources = wire_groups(documents, claims)
    findings = find_all(claims, documents, ruleset, sources)
    if baseline is not None:
        findings = [replace(f, new=f.id not in baseline) for f in findings]
    size = Counter(sources.values())
    return Report(documents, claims, findings, errors, ruleset, baseline=baseline,
                  sources={d: g for d, g in sources.items() if size[g] > 1})
