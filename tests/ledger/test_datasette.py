"""The ledger opens in Datasette: its tables are listed and their rows served as JSON."""

import asyncio
import sqlite3

import pytest

from factcheck.api import check_corpus


def test_datasette_serves_the_ledger_tables(conflict_corpus, rules, tmp_path):
    datasette_app = pytest.importorskip("datasette.app")
    ledger = tmp_path / "ledger.sqlite"
    report = check_corpus([conflict_corpus], rules, ledger=ledger)
    ds = datasette_app.Datasette([str(ledger)], settings={"sql_time_limit_ms": 10_000})

    async def fetch():
        tables = (await ds.client.get("/ledger.json")).json()
        claims = (await ds.client.get("/ledger/claims.json?_shape=array&_size=max&kind=quantity")).json()
        findings = (await ds.client.get("/ledger/findings.json?_shape=array&type=conflict")).json()
        sql = (await ds.client.get("/ledger.json?_shape=array&sql=select+count(*)+as+n+from+documents")).json()
        return tables, claims, findings, sql

    tables, claims, findings, sql = asyncio.run(fetch())
    names = {t["name"] for t in tables["tables"]}
    assert {"documents", "claims", "findings", "finding_claims", "runs", "files", "errors"} <= names
    assert len(claims) == sum(1 for c in report.claims if c.kind == "quantity")
    assert {f["id"] for f in findings} == {f.id for f in report.conflicts}
    assert sql == [{"n": len(report.documents)}]
    db = sqlite3.connect(ledger)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
