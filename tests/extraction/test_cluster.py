"""Extraction on a Dask cluster (a LocalCluster this test starts) gives the findings of a local run."""

import pytest

from tests.cli.test_check import run
from tests.conftest import without_time


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


def test_cluster_dask_equals_local_on_real_articles(cluster, snn_600, snn_600_report, tmp_path):
    out = tmp_path / "dask.json"
    r = run("check", snn_600, "--no-ledger", "--engine", "dask", "--scheduler", cluster.scheduler_address,
            "--format", "json", "--output", out)
    assert r.returncode in (0, 1), r.stderr
    assert without_time(out) == snn_600_report


def test_cluster_dask_with_a_ledger_stores_what_workers_made(cluster, seed_corpus, tmp_path):
    ledger = tmp_path / "l.sqlite"
    args = ("check", seed_corpus, "--engine", "dask", "--scheduler", cluster.scheduler_address, "--ledger", ledger,
            "--format", "json", "--output")
    assert run(*args, tmp_path / "a.json").returncode == 0
    assert run(*args, tmp_path / "b.json").returncode == 0
    local = tmp_path / "local.json"
    assert run("check", seed_corpus, "--no-ledger", "--format", "json", "--output", local).returncode == 0
    assert without_time(tmp_path / "a.json") == without_time(tmp_path / "b.json") == without_time(local)


def test_cluster_unreachable_scheduler_is_a_usage_error(seed_corpus):
    r = run("check", seed_corpus, "--no-ledger", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert r.returncode == 2 and "cannot reach the Dask scheduler" in r.stderr


def test_cluster_scheduler_without_dask_engine_is_a_usage_error(seed_corpus):
    r = run("check", seed_corpus, "--scheduler", "tcp://127.0.0.1:9")
    assert r.returncode == 2 and "--scheduler is for --engine dask" in r.stderr
