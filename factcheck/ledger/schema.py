"""The ledger's tables (schema version 1). The README's "The ledger" describes them for readers of the file
(Datasette, sqlite3)."""

VERSION = "1"

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  version TEXT NOT NULL,
  inputs TEXT NOT NULL,           -- the paths checked, JSON
  engine TEXT NOT NULL,           -- local or dask
  jobs INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  extracted INTEGER NOT NULL,     -- documents whose claims were made in this run
  reused INTEGER NOT NULL,        -- documents whose claims came from the ledger
  files_read INTEGER NOT NULL,
  files_reused INTEGER NOT NULL,  -- files unchanged since they were last read: not read again
  errors INTEGER NOT NULL,
  conflicts INTEGER NOT NULL,
  changes INTEGER NOT NULL,
  agreements INTEGER NOT NULL,
  seconds REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  content TEXT NOT NULL,          -- sha256 of what extraction reads: the text, the date and the title
  extraction TEXT NOT NULL,       -- fingerprint of the factcheck code and rules that made its claims
  sha256 TEXT NOT NULL,           -- of the text, as in the JSON report
  source TEXT,
  published TEXT,
  title TEXT,
  url TEXT,
  path TEXT,
  line INTEGER,
  text TEXT NOT NULL,
  words TEXT NOT NULL,            -- the words it adds to the subject vocabulary, space-separated
  claims INTEGER NOT NULL,
  extracted_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS corpus (
  id TEXT PRIMARY KEY,            -- the documents the latest run checked
  content TEXT NOT NULL,
  words TEXT NOT NULL             -- the words each gave to the vocabulary below
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS vocabulary (
  word TEXT PRIMARY KEY,          -- document frequencies over corpus (subject blocking), kept up to date by
  df INTEGER NOT NULL             -- each run with the documents it added and removed
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claims (
  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,      -- its place among its document's claims
  id TEXT NOT NULL,
  kind TEXT NOT NULL,             -- quantity | event_date | attribute
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence_start INTEGER,
  sentence_end INTEGER,
  as_of TEXT,
  topic TEXT,
  subject TEXT,
  speaker TEXT,
  speaker_text TEXT,
  norm TEXT NOT NULL,
  quantity TEXT,                  -- JSON objects, null when not of that kind
  event_date TEXT,
  attribute TEXT,
  fact TEXT,
  PRIMARY KEY (document, position)
);
CREATE INDEX IF NOT EXISTS claims_by_id ON claims(id);
CREATE INDEX IF NOT EXISTS claims_by_topic ON claims(topic);
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY,          -- as given on the command line (or found under a directory given)
  size INTEGER NOT NULL,
  mtime_ns INTEGER NOT NULL,
  inode INTEGER NOT NULL,
  read_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS file_items (
  path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  document TEXT,                  -- a document read from the file (its text is in documents), or
  source TEXT,
  published TEXT,
  title TEXT,
  url TEXT,
  doc_path TEXT,
  line INTEGER,
  sha256 TEXT,
  meta TEXT,
  error_input TEXT,               -- an input error (file or file:line) with its message
  error_message TEXT,
  PRIMARY KEY (path, position)
);
CREATE TABLE IF NOT EXISTS wire_pairs (
  a TEXT NOT NULL,                -- sha256 of two texts (a < b) compared for wire copies
  b TEXT NOT NULL,
  same INTEGER NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS findings (
  id TEXT PRIMARY KEY,            -- the latest run's findings
  run INTEGER NOT NULL REFERENCES runs(id),
  type TEXT NOT NULL,
  severity TEXT NOT NULL,
  topic TEXT,
  message TEXT NOT NULL,
  direction TEXT,
  new INTEGER
);
CREATE TABLE IF NOT EXISTS finding_claims (
  finding TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  claim TEXT NOT NULL,
  document TEXT NOT NULL,
  PRIMARY KEY (finding, position)
);
CREATE TABLE IF NOT EXISTS errors (
  run INTEGER NOT NULL REFERENCES runs(id),
  position INTEGER NOT NULL,
  input TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (run, position)
);
"""
