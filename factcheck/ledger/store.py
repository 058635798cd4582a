"""The ledger on disk: what a run may reuse (files unchanged since they were read, claims of documents whose
content and extraction code are unchanged, wire-copy verdicts on pairs of texts) and what it records.

Every write is a transaction (SQLite, write-ahead log): extracted documents are committed batch by batch,
so a run that is killed keeps what it finished, and a run's outcome (files, findings, errors, the run row)
is committed at once at its end. A killed run leaves the ledger as it was before that transaction; the next
run completes the work. Nothing is trusted without its key: a document's claims are reused only under the
same content hash and extraction fingerprint, a file's items only under the same size, mtime and inode.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from factcheck import __version__
from factcheck.errors import UsageError
from factcheck.extraction.task import Extracted
from factcheck.ledger.codec import CLAIM_COLUMNS, claim_of, claim_row, document_meta, document_of
from factcheck.ledger.schema import TABLES, VERSION
from factcheck.models import Claim, Document, Finding, InputError

DEFAULT = Path("reports") / "ledger.sqlite"
PACKAGE = Path(__file__).resolve().parent.parent


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def content_key(doc: Document) -> str:
    """What extraction reads of a document: its id (claim ids carry it), text, date and title."""
    return hashlib.sha256("\0".join((doc.id, doc.sha256, doc.published or "", doc.title or "")).encode()).hexdigest()


def extraction_fingerprint(rules_dir: Path) -> str:
    """The factcheck version, its source code and the rules: claims made under another fingerprint are made
    again (a fix in a scanner, a new counted noun)."""
    h = hashlib.sha256(__version__.encode())
    for root in (PACKAGE, Path(rules_dir)):
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.suffix in (".py", ".yml", ".yaml", ".json", ".txt") and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


class Ledger:
    def __init__(self, path: Path, extraction: str) -> None:
        self.path = Path(path)
        self.extraction = extraction
        shown = str(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        except (OSError, sqlite3.OperationalError) as exc:
            raise UsageError(f"cannot open the ledger: {exc}", shown) from None
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._create()
        except sqlite3.OperationalError as exc:
            self.db.close()
            raise UsageError(f"cannot use the ledger: {exc}", shown) from None
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise UsageError(f"not a factcheck ledger ({exc}); pass another --ledger or remove it", shown) from None
        self._files: dict[str, tuple[os.stat_result, list[Document | InputError]]] = {}
        self._pairs: dict[tuple[str, str], bool] = {}
        self._known_pairs: dict[tuple[str, str], bool] | None = None
        self._corpus: tuple[list[str], dict[str, tuple[str, frozenset[str]]], dict[str, int]] | None = None
        self.files_reused = 0

    def _create(self) -> None:
        self.db.executescript("BEGIN IMMEDIATE;" + TABLES + "COMMIT;")  # all tables or none
        self.db.execute("BEGIN IMMEDIATE")
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                self.db.execute("INSERT INTO meta VALUES ('schema_version', ?), ('created_by', ?)",
                                (VERSION, f"factcheck {__version__}"))
            elif row[0] != VERSION:
                raise UsageError(f"ledger schema version {row[0]}, this factcheck writes {VERSION}; "
                                 "remove the file or pass another --ledger", str(self.path))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    # files (corpus.readers.FileCache) -------------------------------------------------------------------

    def replay(self, shown: str, stat: os.stat_result) -> list[Document | InputError] | None:
        row = self.db.execute("SELECT size, mtime_ns, inode FROM files WHERE path = ?", (shown,)).fetchone()
        if row != (stat.st_size, stat.st_mtime_ns, stat.st_ino):
            return None
        items: list[Document | InputError] = []
        ids: set[str] = set()
        for r in self.db.execute(
                "SELECT i.document, i.source, i.published, i.title, i.url, i.doc_path, i.line, i.sha256, i.meta, "
                "i.error_input, i.error_message, d.text, d.sha256 FROM file_items i "
                "LEFT JOIN documents d ON d.id = i.document WHERE i.path = ? ORDER BY i.position", (shown,)):
            if r[0] is None:
                items.append(InputError(r[9], r[10]))
            elif r[0] in ids:
                items.append(document_of(r[:9], ""))  # a second copy of an id: reported as a duplicate, unread
            elif r[11] is None or r[12] != r[7]:
                return None  # the text stored under this id is another version's: read the file again
            else:
                items.append(document_of(r[:9], r[11]))
                ids.add(r[0])
        self.files_reused += 1
        return items

    def record(self, shown: str, stat: os.stat_result, items: list[Document | InputError]) -> None:
        self._files[shown] = (stat, items)  # written with the run's outcome, once its documents are stored

    # documents and claims -------------------------------------------------------------------------------

    def reusable(self, docs: list[Document]) -> dict[str, Extracted]:
        """The stored results of the documents whose content and extraction are unchanged (their claims; their
        words stay in the ledger: see frequencies)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY, content TEXT)")
        self.db.execute("DELETE FROM wanted")
        self.db.executemany("INSERT OR IGNORE INTO wanted VALUES (?, ?)", ((d.id, content_key(d)) for d in docs))
        found = [r[0] for r in self.db.execute(
            "SELECT d.id FROM documents d JOIN wanted w ON w.id = d.id AND w.content = d.content "
            "WHERE d.extraction = ?", (self.extraction,))]
        claims: dict[str, list[Claim]] = {}
        columns = ", ".join(f'c."{c}"' for c in CLAIM_COLUMNS)
        for row in self.db.execute(
                f"SELECT {columns} FROM claims c JOIN documents d ON d.id = c.document "
                "JOIN wanted w ON w.id = d.id AND w.content = d.content WHERE d.extraction = ? "
                "ORDER BY c.document, c.position", (self.extraction,)):
            claims.setdefault(row[0], []).append(claim_of(row))
        self.db.execute("DELETE FROM wanted")
        return {i: Extracted(i, tuple(claims.get(i, ()))) for i in found}

    # the vocabulary -------------------------------------------------------------------------------------

    def frequencies(self, documents: list[Document], fresh: dict[str, frozenset[str]]) -> tuple[Counter[str], int]:
        """Document frequencies over this run's documents, from those over the latest run's (the vocabulary
        table) and the documents added and removed since. `fresh`: the words of the documents extracted in
        this run; the others' words are in the ledger. The tables are brought up to date in finish()."""
        keys = {d.id: content_key(d) for d in documents}
        before = dict(self.db.execute("SELECT id, content FROM corpus"))
        removed = [i for i, c in before.items() if keys.get(i) != c]
        added = [i for i, c in keys.items() if before.get(i) != c]
        df: Counter[str] = Counter(dict(self.db.execute("SELECT word, df FROM vocabulary")))
        lost = self._words("corpus", removed)
        for words in lost.values():
            df.subtract(words)
        stored = self._words("documents", [i for i in added if i not in fresh])
        gained = {i: fresh[i] if i in fresh else stored[i] for i in added}
        for words in gained.values():
            df.update(words)
        changed = {w for words in lost.values() for w in words}
        changed |= {w for words in gained.values() for w in words}
        self._corpus = (removed, {i: (keys[i], gained[i]) for i in added}, {w: df[w] for w in changed})
        return df, len(documents)

    def _words(self, table: str, ids: list[str]) -> dict[str, frozenset[str]]:
        out = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            marks = ",".join("?" * len(chunk))
            out.update((i, frozenset(w.split())) for i, w in
                       self.db.execute(f"SELECT id, words FROM {table} WHERE id IN ({marks})", chunk))
        return out

    def store(self, docs: list[Document], results: list[Extracted]) -> None:
        """One transaction: the documents (text, words) and their claims, replacing older versions."""
        now = _now()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for doc, res in zip(docs, results):
                if res.error is not None:
                    continue
                self.db.execute("DELETE FROM claims WHERE document = ?", (doc.id,))
                self.db.execute(
                    "INSERT OR REPLACE INTO documents (id, content, extraction, sha256, source, published, title, "
                    "url, path, line, text, words, claims, extracted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (doc.id, content_key(doc), self.extraction, doc.sha256, doc.source, doc.published, doc.title,
                     doc.url, doc.path, doc.line, doc.text, " ".join(sorted(res.words)), len(res.claims), now))
                self.db.executemany(
                    f"INSERT INTO claims ({', '.join(chr(34) + c + chr(34) for c in CLAIM_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
                    (claim_row(c, k) for k, c in enumerate(res.claims)))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # wire-copy verdicts (facts.wire.PairCache) -------------------------------------------------------------

    def get(self, a: Document, b: Document) -> bool | None:
        if self._known_pairs is None:
            self._known_pairs = {(r[0], r[1]): bool(r[2]) for r in self.db.execute("SELECT a, b, same FROM wire_pairs")}
        key = tuple(sorted((a.sha256, b.sha256)))
        return self._pairs.get(key, self._known_pairs.get(key))

    def put(self, a: Document, b: Document, same: bool) -> None:
        self._pairs[tuple(sorted((a.sha256, b.sha256)))] = same

    # the run's outcome ----------------------------------------------------------------------------------

    def finish(self, *, started_at: str, inputs: Iterable[str], documents: list[Document], errors: list[InputError],
               findings: list[Finding], claims_of: dict[str, str], engine: str, jobs: int, extracted: int,
               seconds: float) -> int:
        """One transaction: the files read (with what they held), new wire verdicts, the run, its findings
        and errors (replacing the previous run's), and which documents it checked. Returns the run id."""
        kinds = {t: sum(1 for f in findings if f.type == t) for t in ("conflict", "change", "agreement")}
        self.db.execute("BEGIN IMMEDIATE")
        try:
            run = self.db.execute(
                "INSERT INTO runs (started_at, finished_at, version, inputs, engine, jobs, documents, extracted, "
                "reused, files_read, files_reused, errors, conflicts, changes, agreements, seconds) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (started_at, _now(), __version__, json.dumps(list(inputs), ensure_ascii=False), engine, jobs,
                 len(documents), extracted, len(documents) - extracted, len(self._files), self.files_reused,
                 len(errors), kinds["conflict"], kinds["change"], kinds["agreement"], round(seconds, 3))).lastrowid
            self._write_files()
            self.db.executemany("INSERT OR REPLACE INTO wire_pairs VALUES (?, ?, ?)",
                                ((a, b, int(s)) for (a, b), s in self._pairs.items()))
            self.db.execute("DELETE FROM findings")
            self.db.execute("DELETE FROM errors")
            self.db.executemany("INSERT INTO findings VALUES (?,?,?,?,?,?,?,?)",
                                ((f.id, run, f.type, f.severity, f.topic, f.message, f.direction,
                                  None if f.new is None else int(f.new)) for f in findings))
            self.db.executemany("INSERT INTO finding_claims VALUES (?,?,?,?)",
                                ((f.id, k, c, claims_of.get(c, "")) for f in findings for k, c in enumerate(f.claims)))
            self.db.executemany("INSERT INTO errors VALUES (?,?,?,?)",
                                ((run, k, e.input, e.message) for k, e in enumerate(errors)))
            self._write_corpus()
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return run

    def _write_corpus(self) -> None:
        """The corpus and its vocabulary as this run found them (see frequencies)."""
        if self._corpus is None:
            return
        removed, added, df = self._corpus
        self.db.executemany("DELETE FROM corpus WHERE id = ?", ((i,) for i in removed))
        self.db.executemany("INSERT OR REPLACE INTO corpus VALUES (?, ?, ?)",
                            ((i, c, " ".join(sorted(w))) for i, (c, w) in added.items()))
        self.db.executemany("DELETE FROM vocabulary WHERE word = ?", ((w,) for w, n in df.items() if n <= 0))
        self.db.executemany("INSERT OR REPLACE INTO vocabulary VALUES (?, ?)",
                            ((w, n) for w, n in df.items() if n > 0))

    def _write_files(self) -> None:
        now = _now()
        for shown, (stat, items) in self._files.items():
            self.db.execute("DELETE FROM files WHERE path = ?", (shown,))
            self.db.execute("INSERT INTO files VALUES (?,?,?,?,?)",
                            (shown, stat.st_size, stat.st_mtime_ns, stat.st_ino, now))
            rows = []
            for k, item in enumerate(items):
                if isinstance(item, InputError):
                    rows.append((shown, k, *([None] * 9), item.input, item.message))
                else:
                    rows.append((shown, k, *document_meta(item), None, None))
            self.db.executemany("INSERT INTO file_items VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
