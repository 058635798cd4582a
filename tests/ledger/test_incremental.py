"""Incremental runs on real news: a ledger filled from an earlier version of the archive, then the archive as
it is now (new articles, edited articles, deleted ones) gives the report of a full run; and a run killed at
any moment leaves a ledger that is consistent and that the next run completes."""

import json
import os
import signal
import sqlite3
import subprocess
import time

import pytest

from tests.cli.test_check import EXE
from tests.conftest import ROOT, real_articles, without_time


def check(*args, env=None):
    from tests.cli.test_check import run

    r = run("check", *args)
    assert r.returncode in (0, 1), r.stderr
    return r


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """3,000 real SaudiNewsNet records as they are now, and an earlier version of the archive: the first
    2,500 of them, 50 of those with a different text, and 20 articles since deleted."""
    tmp = tmp_path_factory.mktemp("archive")
    now = real_articles(tmp, 3000)
    lines = now.read_text("utf-8").splitlines()
    earlier = []
    for k, line in enumerate(lines[:2500]):
        rec = json.loads(line)
        if k % 50 == 7 and rec.get("text"):
            rec["text"] = rec["text"][: len(rec["text"]) // 2] + " وقال إن 17 شخصا قتلوا في الحادث."
        earlier.append(json.dumps(rec, ensure_ascii=False))
    for k in range(20):
        earlier.append(json.dumps({"id": f"deleted-{k}", "source": "okaz", "published": "2015-07-25",
                                   "text": f"أعلنت الوزارة أن {100 + k} شخصا أصيبوا في حادث مرور بجدة."},
                                  ensure_ascii=False))
    old = tmp / "earlier" / "archive.jsonl"
    old.parent.mkdir()
    old.write_text("\n".join(earlier) + "\n", "utf-8")
    return now, old


def test_incremental_equals_a_full_run_on_3000_real_articles(archive, tmp_path):
    now, earlier = archive
    full = tmp_path / "full.json"
    check(now, "--no-ledger", "--jobs", "1", "--format", "json", "--output", full)
    ledger = tmp_path / "ledger.sqlite"
    check(earlier, "--ledger", ledger, "--jobs", "2", "--format", "json", "--output", tmp_path / "earlier.json")
    incremental = tmp_path / "incremental.json"
    check(now, "--ledger", ledger, "--jobs", "2", "--format", "json", "--output", incremental)
    reference = without_time(full)
    assert reference["summary"]["documents"] > 2900 and reference["summary"]["findings"]["conflict"] >= 1
    assert without_time(incremental) == reference
    db = sqlite3.connect(ledger)
    extracted, reused = db.execute("SELECT extracted, reused FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    assert reused >= 2300 and extracted <= 700  # the new and the edited articles only (84 records are empty)
    again = tmp_path / "again.json"
    check(now, "--ledger", ledger, "--format", "json", "--output", again)
    assert without_time(again) == reference
    assert db.execute("SELECT extracted, files_reused FROM runs ORDER BY id DESC LIMIT 1").fetchone() == (0, 1)


def _kill_when(cmd, ledger, ready, limit=240):
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + limit
    try:
        while time.time() < deadline and proc.poll() is None:
            if ready():
                break
            time.sleep(0.05)
        killed = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    return killed


def _documents(ledger) -> int:
    if not os.path.exists(ledger):
        return 0
    try:
        db = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True, timeout=1)
        try:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def _consistent(ledger) -> None:
    db = sqlite3.connect(ledger)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return  # killed before the schema was committed: an empty database, which the next run fills
    assert {"documents", "claims", "files", "file_items", "corpus", "vocabulary", "runs", "findings"} <= tables
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    bad = db.execute("SELECT d.id FROM documents d LEFT JOIN claims c ON c.document = d.id "
                     "GROUP BY d.id HAVING count(c.id) != d.claims").fetchall()
    assert bad == []
    db.close()


def test_incremental_killed_runs_leave_a_consistent_ledger_that_the_next_run_completes(snn_600, snn_600_report,
                                                                                       tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    cmd = [EXE, "check", str(snn_600), "--ledger", str(ledger), "--jobs", "1", "--format", "json", "--output",
           str(tmp_path / "killed.json")]
    moments = [lambda: os.path.exists(ledger),  # while the schema is made
               lambda: _documents(ledger) >= 100,  # while batches are committed
               lambda: _documents(ledger) >= 590]  # extraction done: lining up or the final transaction
    for ready in moments:
        _kill_when(cmd, ledger, ready)
        _consistent(ledger)
        assert not (tmp_path / "killed.json").exists()  # a report is written whole or not at all
    out = tmp_path / "completed.json"
    check(snn_600, "--ledger", ledger, "--jobs", "1", "--format", "json", "--output", out)
    _consistent(ledger)
    assert without_time(out) == snn_600_report
