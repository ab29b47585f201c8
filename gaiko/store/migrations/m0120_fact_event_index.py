"""The tables of an event's facts indexed by (document, event) instead of the document alone.

A talk's facts are read by joining its events (``x.n = e.n AND x.e = e.e``: the facets of the talk list and of a
search, ``gaiko.store.filters``) and written by event (``assign_talks``: ``UPDATE … WHERE n = ? AND e = ?``). With
an index on ``n`` alone each event read every row of its document, so a document of many talks cost the square of
them (an upload of 1,389 talks made a search's facets take 10 s on a 300-document archive). The (n, e) index
serves the document's lookups too (deleting a document), so it replaces the one on ``n``."""

from __future__ import annotations

TABLES = ("event_countries", "participants", "outcomes", "planned", "topics")


def apply(db) -> None:
    for table in TABLES:
        db.execute(f"CREATE INDEX {table}_event ON {table}(n, e)")
        db.execute(f"DROP INDEX {table}_doc")
