"""Extraction in worker processes gives what one process gives, in the same order."""

from factcheck.extraction.local import workers_for
from tests.cli.test_check import run
from tests.conftest import without_time


def test_local_jobs_2_equal_jobs_1_on_real_articles(snn_600, snn_600_report, tmp_path):
    out = tmp_path / "jobs2.json"
    r = run("check", snn_600, "--no-ledger", "--jobs", "2", "--format", "json", "--output", out)
    assert r.returncode in (0, 1), r.stderr
    data = without_time(out)
    assert data["summary"]["documents"] > 500 and data["summary"]["claims"] > 1000
    assert data == snn_600_report


def test_local_small_corpora_stay_in_process():
    assert workers_for(5, 8) == 1 and workers_for(600, 2) == 2 and workers_for(600, 64) == 9
