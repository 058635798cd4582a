"""The ledger: what a run reuses (unchanged files are not read, unchanged documents not extracted), what it
redoes (a changed article, changed rules), and that its results equal a run without it."""

import json
import sqlite3

import pytest

from factcheck.api import check_corpus
from factcheck.errors import UsageError
from factcheck.report.json_report import report_json
from tests.conftest import CONFLICTING_JSONL, RULES


def same(a, b) -> bool:
    """Two reports equal in everything but when they were made."""
    x, y = report_json(a), report_json(b)
    x.pop("generated_at"), y.pop("generated_at")
    return x == y


def last_run(ledger):
    db = sqlite3.connect(ledger)
    db.row_factory = sqlite3.Row
    row = dict(db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone())
    db.close()
    return row


def test_store_second_run_reads_and_extracts_nothing(conflict_corpus, conflict_report, rules, tmp_path):
    ledger = tmp_path / "l.sqlite"
    first = check_corpus([conflict_corpus], rules, ledger=ledger)
    run = last_run(ledger)
    assert (run["extracted"], run["reused"], run["files_reused"]) == (7, 0, 0)
    second = check_corpus([conflict_corpus], rules, ledger=ledger)
    run = last_run(ledger)
    assert (run["extracted"], run["reused"], run["files_read"], run["files_reused"]) == (0, 7, 0, 7)
    assert same(first, conflict_report) and same(second, conflict_report)


def test_store_new_and_changed_articles_only_are_extracted(seed_corpus, rules, tmp_path):
    ledger = tmp_path / "l.sqlite"
    check_corpus([seed_corpus], rules, ledger=ledger)
    (seed_corpus / "wire.jsonl").write_text(json.dumps(CONFLICTING_JSONL, ensure_ascii=False) + "\n", "utf-8")
    changed = seed_corpus / "001_545e91c68c60f2ba.md"
    changed.write_text(changed.read_text("utf-8") + "\nوقال إن 12 دولة انضمت.\n", "utf-8")
    incremental = check_corpus([seed_corpus], rules, ledger=ledger)
    run = last_run(ledger)
    assert (run["extracted"], run["reused"], run["files_read"], run["files_reused"]) == (2, 4, 2, 4)
    assert same(incremental, check_corpus([seed_corpus], rules))


def test_store_removed_article_leaves_the_report(seed_corpus, rules, tmp_path):
    ledger = tmp_path / "l.sqlite"
    check_corpus([seed_corpus], rules, ledger=ledger)
    (seed_corpus / "002_d71025899ae3674d.md").unlink()
    after = check_corpus([seed_corpus], rules, ledger=ledger)
    assert "002_d71025899ae3674d" not in {d.id for d in after.documents}
    assert same(after, check_corpus([seed_corpus], rules))
    assert last_run(ledger)["extracted"] == 0


def test_store_metadata_change_keeps_claims_when_extraction_does_not_read_it(seed_corpus, rules, tmp_path):
    ledger = tmp_path / "l.sqlite"
    check_corpus([seed_corpus], rules, ledger=ledger)
    p = seed_corpus / "000_e24ef0227a9d806f.md"
    p.write_text(p.read_text("utf-8").replace("source: الشروق", "source: الشروق المصرية"), "utf-8")
    after = check_corpus([seed_corpus], rules, ledger=ledger)
    assert last_run(ledger)["extracted"] == 0 and last_run(ledger)["files_read"] == 1
    assert after.document("000_e24ef0227a9d806f").source == "الشروق المصرية"
    assert same(after, check_corpus([seed_corpus], rules))


def test_store_changed_rules_extract_again(seed_corpus, rules, tmp_path):
    import shutil

    ledger = tmp_path / "l.sqlite"
    check_corpus([seed_corpus], rules, ledger=ledger)
    mine = tmp_path / "rules"
    shutil.copytree(RULES, mine)
    (mine / "topics" / "events" / "newport_summit.yml").unlink()
    check_corpus([seed_corpus], mine, ledger=ledger)
    assert last_run(ledger)["extracted"] == 5


def test_store_the_ledger_records_findings_errors_and_claims(conflict_corpus, rules, tmp_path):
    ledger = tmp_path / "l.sqlite"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "e", "text": ""}\n', "utf-8")
    report = check_corpus([conflict_corpus, bad], rules, ledger=ledger)
    db = sqlite3.connect(ledger)
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == len(report.claims)
    assert {r[0] for r in db.execute("SELECT id FROM findings")} == {f.id for f in report.findings}
    conflict = report.conflicts[0]
    assert [r[0] for r in db.execute("SELECT claim FROM finding_claims WHERE finding = ? ORDER BY position",
                                     (conflict.id,))] == list(conflict.claims)
    assert db.execute("SELECT input, message FROM errors").fetchall() == [(f"{bad}:1", "empty text")]
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_store_refuses_a_file_that_is_not_a_ledger(seed_corpus, rules, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("not a database, and not to be overwritten\n" * 20, "utf-8")
    before = other.read_bytes()
    with pytest.raises(UsageError, match="not a factcheck ledger"):
        check_corpus([seed_corpus], rules, ledger=other)
    assert other.read_bytes() == before


def test_store_a_duplicate_id_in_an_unchanged_file_stays_a_duplicate(rules, tmp_path):
    corpus = tmp_path / "c.jsonl"
    rec = {"id": "a", "published": "2015-01-22", "text": "قال مسؤول إن التحالف يضم 35 دولة."}
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in
                                (rec, {**rec, "text": "نص آخر عن 40 دولة."})) + "\n", "utf-8")
    ledger = tmp_path / "l.sqlite"
    first = check_corpus([corpus], rules, ledger=ledger)
    second = check_corpus([corpus], rules, ledger=ledger)
    assert [e.message for e in second.errors] == [e.message for e in first.errors] and len(first.errors) == 1
    assert last_run(ledger)["files_reused"] == 1 and same(first, second)


def test_store_a_ledger_that_cannot_be_created_is_a_usage_error(seed_corpus, rules, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    with pytest.raises(UsageError, match="cannot open the ledger"):
        check_corpus([seed_corpus], rules, ledger=blocker / "ledger.sqlite")
