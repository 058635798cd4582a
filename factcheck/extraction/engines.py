"""Which engine extracts, and what happens to each batch it returns: stored in the ledger (when there is
one) and counted for the progress bar."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.errors import UsageError
from factcheck.extraction.task import Extracted
from factcheck.models import Document
from factcheck.progress import Progress
from factcheck.ruleset import RuleSet

ENGINES = ("local", "dask")


def _batches(docs: list[Document], rules: RuleSet, jobs: int, engine: str,
             scheduler: str | None) -> Iterator[list[Extracted]]:
    if engine == "dask":
        if not scheduler:
            raise UsageError("--engine dask needs --scheduler ADDRESS (tcp://host:8786)")
        from factcheck.extraction.cluster import extract_dask

        return extract_dask(docs, rules, scheduler)
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    from factcheck.extraction.local import extract_local

    return extract_local(docs, rules, jobs)


def extract_all(docs: list[Document], rules: RuleSet, *, jobs: int = 1, engine: str = "local",
                scheduler: str | None = None, store=None, progress: Progress | None = None) -> dict[str, Extracted]:
    """Every document's results by id. Each batch is stored as it arrives, so a run cut short keeps it."""
    out: dict[str, Extracted] = {}
    at = 0
    for results in _batches(docs, rules, jobs, engine, scheduler):
        batch = docs[at:at + len(results)]
        at += len(results)
        if store is not None:
            store.store(batch, results)
        out.update((r.document, r) for r in results)
        if progress is not None:
            progress.advance(len(results))
    return out
