"""PostgreSQL: doc_grams (folded CJK runs of each document) and a GIN index of their prefix grams, so that
Japanese terms are counted without tsvector positions (gaiko/store/pg_search.py). SQLite: nothing to do.

Upgrades an existing archive: the runs of every stored document are written here, then the index is built."""

from __future__ import annotations

from gaiko.store import pg_search


def apply(db) -> None:
    if db.dialect != "postgresql":
        return
    for stmt in pg_search.SCHEMA:
        db.execute(stmt)
    last = -1
    while True:
        rows = db.rows("SELECT n, text FROM documents WHERE n > ? ORDER BY n LIMIT 2000", (last,))
        if not rows:
            break
        db.executemany(pg_search.INSERT, [pg_search.row(n, text) for n, text in rows])
        last = rows[-1][0]
    db.execute("SET LOCAL maintenance_work_mem = '256MB'")
    for stmt in pg_search.INDEX:
        db.execute(stmt)
    db.execute("ANALYZE doc_grams")
