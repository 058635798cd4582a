"""The claims ledger: an embedded SQLite database of documents, claims and findings, so that a run re-reads
only new and changed articles (see store.py and the README's "The ledger")."""
