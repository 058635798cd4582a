"""Extraction on a Dask distributed cluster (--engine dask --scheduler ADDRESS): the corpus is cut into
partitions, each partition is one task on a worker (which builds its own spaCy pipeline once), and the
results are gathered back in order; lining up then runs here, with the same code as a local run. The rules
are sent to every worker once. Workers need factcheck installed, at the same version."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.errors import UsageError
from factcheck.extraction.local import batches
from factcheck.extraction.task import Extracted, extract_batch
from factcheck.models import Document
from factcheck.ruleset import RuleSet

PARTITION = 64  # documents per task


def connect(scheduler: str):
    """A client of the scheduler at ADDRESS (tcp://host:8786), or a usage error that says why not."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise UsageError("--engine dask needs dask.distributed: pip install 'factcheck[dask]'") from None
    try:
        return Client(scheduler, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler: {exc}", scheduler) from None


def extract_dask(docs: list[Document], rules: RuleSet, scheduler: str) -> Iterator[list[Extracted]]:
    """Each partition's results, in order, as they are ready."""
    if not docs:
        return
    client = connect(scheduler)
    try:
        shared = client.scatter(rules, broadcast=True, hash=False)
        futures = client.map(extract_batch, batches(docs, PARTITION), rules=shared, pure=False)
        try:
            for future in futures:
                yield future.result()
        finally:
            client.cancel(futures)
    finally:
        client.close()
