"""Extraction: from documents to their claims and vocabulary words, in this process, in worker processes
(--jobs) or on a Dask cluster (--engine dask). Every engine gives the same results in the same order."""
