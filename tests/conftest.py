"""Shared fixtures (one place, as in spaCy's tests): the rules, the pipeline, the seed corpus, the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
RULES = ROOT / "rules"
SCHEMA = Path(__file__).resolve().parent / "data" / "report.schema.json"


@pytest.fixture(scope="session")
def rules():
    from factcheck.ruleset import load_rules

    return load_rules(RULES)


@pytest.fixture(scope="session")
def lexicon(rules):
    return rules.lexicon


@pytest.fixture(scope="session")
def nlp():
    from factcheck.nlp.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def report_schema():
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture()
def mentions_of(lexicon, nlp):
    """Text -> list of (text, kind, describe) for quick assertions, with the offset contract checked."""
    from factcheck.nlp.analyse import analyse

    def run(text: str):
        a = analyse(text, lexicon, nlp)
        for loc in a.mentions:
            assert text[loc.mention.start:loc.mention.end] == loc.mention.text
        return [loc.mention for loc in a.mentions]

    return run


@pytest.fixture()
def seed_corpus(tmp_path):
    """A writable copy of corpus/ (tests add articles to it)."""
    import shutil

    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst
