"""SQLite: how the full-text index is written during an ingest. Two FTS5 settings, stored in the index's own
config table (so they hold for every connection):

- ``hashsize`` 32 MB (default 1 MB): the pending terms kept in memory before they are written out. A
  transaction of 1,000 documents (``archive.BATCH_DOCS``) holds ~10 MB of index text; with 1 MB FTS5 wrote a
  small segment every ~100 documents, which it then had to merge again.
- ``automerge`` 16 (default 4): how many segments of one level FTS5 lets accumulate before it merges them into
  one of the next level. Every merge rewrites what it merges, so with 4 each term's postings were rewritten at
  every level (~3 times at 100,000 documents); with 16, about half as often.

Adding 5,000 pages to a 100,000-page archive in one process, the index took 1.1 ms a document of the write's
1.5 with the defaults, 0.55 with these. In alternating full ingests of 100,000 pages the main process's CPU went
from 1.29 to 1.15 ms a document; search p95 over the 50 benchmark queries went from 9.3 to 10.0 ms on the
ingested archive (10 segments instead of 18). See BENCHMARKS.md.

PostgreSQL: nothing to do."""

from __future__ import annotations

HASHSIZE = 32 << 20
AUTOMERGE = 16


def apply(db) -> None:
    if db.dialect == "sqlite":
        db.execute("INSERT INTO doc_fts(doc_fts, rank) VALUES ('hashsize', ?)", (HASHSIZE,))
        db.execute("INSERT INTO doc_fts(doc_fts, rank) VALUES ('automerge', ?)", (AUTOMERGE,))
