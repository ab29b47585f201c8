"""documents(added_at) index: the link tables' freshness check reads MAX(added_at) on every page that uses
them (home, people); without the index that scans every document (about 1 s at 100,000 documents)."""

from __future__ import annotations


def apply(db) -> None:
    db.execute("CREATE INDEX IF NOT EXISTS documents_added_at ON documents(added_at)")
