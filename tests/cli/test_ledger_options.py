"""--ledger / --no-ledger on the command line: where the ledger goes, and a file that is not one."""

import shutil

from tests.cli.test_check import run
from tests.conftest import CORPUS


def test_ledger_default_is_reports_ledger_sqlite_under_the_working_directory(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    assert run("check", "corpus", "--format", "json", "-o", tmp_path / "r.json", cwd=tmp_path).returncode == 0
    assert (tmp_path / "reports" / "ledger.sqlite").is_file()


def test_ledger_no_ledger_writes_none(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    assert run("check", "corpus", "--no-ledger", cwd=tmp_path).returncode == 0
    assert not (tmp_path / "reports").exists()


def test_ledger_a_file_that_is_not_a_ledger_exits_2_untouched(tmp_path):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("my notes\n" * 100, "utf-8")
    r = run("check", CORPUS, "--ledger", notes)
    assert r.returncode == 2 and "not a factcheck ledger" in r.stderr
    assert notes.read_text("utf-8") == "my notes\n" * 100
