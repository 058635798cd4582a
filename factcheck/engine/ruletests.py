"""Runs the examples a topic file carries under `tests:` (semgrep's ruleid/ok idea, for pairs of articles).

* conflict: two sentences published the same day must give a conflict in this topic;
* ok: two sentences published the same day must both be claims of this topic and give no conflict;
* ignore: a sentence must give no claim of this topic (a trap: same unit, different fact).

An example is a text, or a mapping {text, published} when it needs its own publication date (relative dates
such as 'الخميس الماضي' are resolved against it); a plain text is published on DAY.
"""

from __future__ import annotations

from factcheck.claims import document_claims
from factcheck.engine.findings import topic_findings
from factcheck.engine.topics import Topic
from factcheck.models import Claim, Document
from factcheck.nlp.pipeline import get_nlp
from factcheck.ruleset import RuleSet

DAY = "2020-01-01"


def example_text(example: str | dict) -> str:
    return example if isinstance(example, str) else example["text"]


def _claims(example: str | dict, doc_id: str, topic: Topic, rules: RuleSet) -> tuple[Document, list[Claim]]:
    published = DAY if isinstance(example, str) else example.get("published", DAY)
    doc = Document(id=doc_id, text=example_text(example), source=doc_id, published=published)
    return doc, [c for c in document_claims(doc, rules, get_nlp()) if c.topic == topic.id]


def run_topic_tests(topic: Topic, rules: RuleSet) -> list[str]:
    failures: list[str] = []
    for kind in ("conflict", "ok"):
        for n, (a, b) in enumerate(topic.tests.get(kind, []), 1):
            da, ca = _claims(a, "a", topic, rules)
            db, cb = _claims(b, "b", topic, rules)
            if not ca or not cb:
                missing = example_text(a if not ca else b)
                failures.append(f"{topic.id} tests.{kind}[{n}]: no {topic.id} claim in {missing!r}")
                continue
            found = [f for f in topic_findings(topic, ca + cb, {"a": da, "b": db}, rules.lexicon.unit_definitions)
                     if f.type == "conflict"]
            if kind == "conflict" and not found:
                failures.append(f"{topic.id} tests.conflict[{n}]: expected a conflict, found none")
            if kind == "ok" and found:
                failures.append(f"{topic.id} tests.ok[{n}]: unexpected conflict: {found[0].message}")
    for n, example in enumerate(topic.tests.get("ignore", []), 1):
        _, claims = _claims(example, "a", topic, rules)
        if claims:
            failures.append(f"{topic.id} tests.ignore[{n}]: {claims[0].text!r} was taken as a {topic.id} claim")
    return failures
