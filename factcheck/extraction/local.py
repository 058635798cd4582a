"""Extraction on this machine: in this process (jobs=1, or a corpus too small to be worth workers), or in
worker processes that each run batches of documents. Results come back in the documents' order."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from factcheck.extraction.task import Extracted, extract_batch
from factcheck.models import Document
from factcheck.ruleset import RuleSet

BATCH = 32  # documents a worker takes at a time: small enough to balance, large enough for nlp.pipe
MIN_PER_WORKER = 64  # fewer documents than this per worker are quicker done here than by starting workers

_RULES: RuleSet | None = None  # a worker's rules, set once when it starts


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_worker(rules: RuleSet) -> None:
    global _RULES
    _RULES = rules


def _work(batch: list[Document]) -> list[Extracted]:
    return extract_batch(batch, _RULES)


def batches(docs: list[Document], size: int = BATCH) -> list[list[Document]]:
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def workers_for(n_docs: int, jobs: int) -> int:
    return max(1, min(jobs, n_docs // MIN_PER_WORKER))


def extract_local(docs: list[Document], rules: RuleSet, jobs: int = 1) -> Iterator[list[Extracted]]:
    """Each batch's results, in order, as they are ready."""
    n = workers_for(len(docs), jobs)
    if n == 1:
        for batch in batches(docs):
            yield extract_batch(batch, rules)
        return
    # fork where there is one: the workers start at once with the rules and pipeline already loaded
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        from factcheck.nlp.pipeline import get_nlp

        get_nlp()
        gc.freeze()  # the corpus read so far stays shared with the workers: their collections do not copy it
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context(method), initializer=_start_worker,
                               initargs=(rules,))
    try:
        yield from pool.map(_work, batches(docs))
    finally:  # stopped early (an error, Ctrl-C): drop the batches not started
        pool.shutdown(wait=True, cancel_futures=True)
        if method == "fork":
            gc.unfreeze()
