"""The hand-written evaluation set in tests/data/eval/: its files read cleanly and gold.yml is consistent with them.

These tests check the data, not the checker's accuracy: every annotated text is an exact, unique substring of
its document's body (so offsets are unambiguous), every finding is built from listed claims of its fact, and
the set meets its minimum size.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import yaml

from factcheck.corpus.readers import iter_inputs
from factcheck.models import Document

EVAL = Path(__file__).resolve().parent / "data" / "eval"
GOLD = EVAL / "gold.yml"

MIN_DOCS, MIN_CLUSTERS, MIN_CONFLICTS, MIN_CHANGES, MIN_DIFFERENT = 20, 4, 8, 8, 15
MIN_WORDS, MAX_WORDS = 80, 250
# The annotation guide is tests/data/eval/ANNOTATIONS, without an extension, so that `factcheck check
# tests/data/eval` reads articles only.
NOT_ARTICLES: set[str] = set()


@pytest.fixture(scope="module")
def gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    items = list(iter_inputs([EVAL]))
    assert [i for i in items if not isinstance(i, Document)] == []
    return {d.id: d for d in items if d.id not in NOT_ARTICLES}


def _files() -> list[Path]:
    return sorted(EVAL.glob("*/*.md"))


def _refs(gold: dict) -> list[tuple[str, str]]:
    """Every (doc, text) the gold file quotes anywhere."""
    refs = [(c["doc"], c["text"]) for c in gold["claims"]]
    for f in gold["findings"]:
        refs += [tuple(r) for r in f.get("claims", [])]
        refs += [tuple(f[k]) for k in ("from", "to") if k in f]
    for pair in gold["different_fact_pairs"]:
        refs += [tuple(r) for r in pair]
    for a in gold.get("agreements", []):
        refs += [tuple(r) for r in a["claims"]]
    return refs


def _claim_index(gold: dict) -> dict[tuple[str, str], dict]:
    return {(c["doc"], c["text"]): c for c in gold["claims"]}


def test_files_are_named_by_id_and_dated(docs):
    for path in _files():
        doc = docs[path.stem]
        assert doc.path and Path(doc.path).name == path.name
        assert doc.source and doc.title
        assert doc.published and len(doc.published) == 10, f"{path}: published must be YYYY-MM-DD"
        assert MIN_WORDS <= len(doc.text.split()) <= MAX_WORDS, f"{path}: {len(doc.text.split())} words"
    assert len(docs) == len(_files())


def test_sizes(gold, docs):
    assert len(docs) >= MIN_DOCS
    assert len({p.parent.name for p in _files()}) >= MIN_CLUSTERS
    types = Counter(f["type"] for f in gold["findings"])
    assert set(types) <= {"conflict", "change"}
    assert types["conflict"] >= MIN_CONFLICTS
    assert types["change"] >= MIN_CHANGES
    assert len(gold["different_fact_pairs"]) >= MIN_DIFFERENT


def test_every_referenced_doc_exists(gold, docs):
    ids = {d for d, _ in _refs(gold)} | {d for group in gold["wire_copies"] for d in group}
    assert sorted(ids - set(docs)) == []


@pytest.mark.parametrize("field", ["claims", "findings", "different_fact_pairs", "agreements"])
def test_every_quoted_text_occurs_exactly_once(gold, docs, field):
    sub = {k: (v if k == field else []) for k, v in gold.items()}
    sub.setdefault("claims", [])
    bad = []
    for doc_id, text in set(_refs(sub)):
        n = docs[doc_id].text.count(text)
        if n != 1:
            bad.append((doc_id, text, n))
    assert bad == []


def test_claims_are_well_formed(gold, docs):
    facts = {f["id"]: f for f in gold["facts"]}
    assert len(facts) == len(gold["facts"]), "duplicate fact id"
    for f in gold["facts"]:
        assert isinstance(f["mutable"], bool) and f["description"]
        assert f["id"].split(".")[0] in {"quake", "conf", "flood", "elect"}
    keys = Counter((c["doc"], c["text"]) for c in gold["claims"])
    assert [k for k, n in keys.items() if n > 1] == []
    for c in gold["claims"]:
        assert c["fact"] in facts, c
        assert isinstance(c["as_of"], dt.date), c
        assert c["fact"].split(".")[0] == c["doc"].split("_")[0], c  # a claim belongs to its own cluster
        assert c["as_of"] <= dt.date.fromisoformat(docs[c["doc"]].published), c
        assert set(c) <= {"doc", "text", "fact", "as_of", "value", "forecast"}, c


def test_findings_use_listed_claims_of_their_fact(gold):
    facts = {f["id"]: f for f in gold["facts"]}
    claims = _claim_index(gold)
    for f in gold["findings"]:
        assert f["fact"] in facts, f
        refs = [tuple(r) for r in f.get("claims", [])] + [tuple(f[k]) for k in ("from", "to") if k in f]
        assert len(refs) == 2, f
        for ref in refs:
            assert ref in claims, f"{ref} is not listed under claims"
            assert claims[ref]["fact"] == f["fact"], f"{ref} belongs to {claims[ref]['fact']}, not {f['fact']}"
            assert not claims[ref].get("forecast"), f"a forecast never takes part in a finding: {ref}"
        a, b = (claims[r] for r in refs)
        assert a["doc"] != b["doc"], f
        if f["type"] == "conflict" and facts[f["fact"]]["mutable"]:
            assert a["as_of"] == b["as_of"], f"a mutable fact conflicts only at the same date: {f}"
        if f["type"] == "change":
            assert facts[f["fact"]]["mutable"], f"an immutable fact cannot change: {f}"
            assert f["direction"] in {"increase", "decrease"}
            assert a["as_of"] < b["as_of"], f


def test_different_fact_pairs(gold):
    claims = _claim_index(gold)
    for pair in gold["different_fact_pairs"]:
        a, b = (tuple(r) for r in pair)
        assert a in claims and b in claims, pair
        assert claims[a]["fact"] != claims[b]["fact"], pair


def test_agreements(gold):
    claims = _claim_index(gold)
    for agreement in gold.get("agreements", []):
        for ref in agreement["claims"]:
            assert claims[tuple(ref)]["fact"] == agreement["fact"], agreement


def test_wire_copies(gold, docs):
    seen = set()
    for group in gold["wire_copies"]:
        assert len(group) >= 2
        assert not seen & set(group), "a document belongs to one wire group"
        seen |= set(group)
        assert all("(أ ف ب)" in docs[d].text for d in group)
        assert len({docs[d].source for d in group}) == len(group), "wire copies come from different outlets"


def test_factcheck_reads_every_article():
    from factcheck.api import check_corpus

    report = check_corpus([EVAL])
    assert report.errors == []
    read = {d.id for d in report.documents} - NOT_ARTICLES
    assert sorted(read) == sorted(p.stem for p in _files())
    # the articles alone, as an evaluation run should read them
    articles = check_corpus(sorted({p.parent for p in _files()}))
    assert articles.errors == []
    assert sorted(d.id for d in articles.documents) == sorted(p.stem for p in _files())
