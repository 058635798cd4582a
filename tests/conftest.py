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


# An article whose text, title and outlet carry markup, and which contradicts the coalition's size on
# 2015-01-22; a JSON Lines article (\u escapes, a quoted word, a line break) contradicts both.
HOSTILE = "<script>alert(1)</script>"
CONFLICTING_MD = (f"---\nid: hostile\nsource: \"وكالة <b>الاختبار</b>\"\npublished: 2015-01-22\n"
                  f"title: \"{HOSTILE} تقرير\"\n---\nسطر أول.\n{HOSTILE} قال مسؤول إن التحالف الدولي ضد داعش "
                  "يضم 35 دولة فقط.\n")
CONFLICTING_JSONL = {"id": "wire1", "source": "صحيفة | الخط", "published": "2015-01-22",
                     "text": "مقدمة \"مقتبسة\"\nثم قال مسؤول آخر إن التحالف الدولي ضد داعش يضم 34 دولة فقط."}


@pytest.fixture(scope="session")
def conflict_corpus(tmp_path_factory):
    """The seeds plus two contradicting articles (one Markdown with markup in it, one JSON line)."""
    import shutil

    dst = tmp_path_factory.mktemp("conflicts") / "corpus"
    shutil.copytree(CORPUS, dst)
    (dst / "hostile.md").write_text(CONFLICTING_MD, encoding="utf-8")
    (dst / "wire.jsonl").write_text(json.dumps(CONFLICTING_JSONL, ensure_ascii=True) + "\n", encoding="utf-8")
    return dst


@pytest.fixture(scope="session")
def conflict_report(conflict_corpus, rules):
    from factcheck.api import check_corpus

    return check_corpus([conflict_corpus], rules)


@pytest.fixture(scope="session")
def seed_report(rules):
    from factcheck.api import check_corpus

    return check_corpus([CORPUS], rules)


SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def real_articles(tmp_dir: Path, n: int, name: str = "saudinewsnet.jsonl.gz") -> Path:
    """The first n records of a real corpus in ../shared/corpus, as a JSON Lines file under tmp_dir (read
    from there, never copied into the project). Skips when ../shared is not beside the checkout."""
    import gzip
    from itertools import islice

    source = SHARED_CORPUS / name
    if not source.exists():
        pytest.skip(f"{source} is not here (../shared beside the checkout)")
    out = tmp_dir / f"{name.split('.')[0]}-{n}.jsonl"
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        out.write_text("".join(islice(fh, n)), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def snn_600(tmp_path_factory):
    return real_articles(tmp_path_factory.mktemp("real"), 600)


@pytest.fixture(scope="session")
def snn_600_report(snn_600):
    """`factcheck check` of 600 real articles, one process, no ledger: the reference of the identity tests."""
    from tests.cli.test_check import run

    out = snn_600.parent / "reference.json"
    r = run("check", snn_600, "--no-ledger", "--jobs", "1", "--format", "json", "--output", out)
    assert r.returncode in (0, 1), r.stderr
    return without_time(out)


def without_time(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("generated_at")
    return data
