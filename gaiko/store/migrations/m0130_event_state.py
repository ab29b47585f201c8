"""``events.state``: what the record says of the talk, ``held`` (reported held) or ``announced`` (the page only
announces it: ``Event.scheduled``, a 要人来日日程 entry or …会談を行う予定です), so that the filter ``state``
(``gaiko.filters``) is one indexed column like ``kind``. Existing rows are read from their stored JSON.

Indexes: (state, talk) for the filter (``announced`` is a few talks in a large archive); the covering index of the
facets read from events (m0125's (talk, kind, channel)) takes ``state`` too, so the new facet reads no row either."""

from __future__ import annotations

import json
import zlib
from typing import Any

from gaiko.record import report_state

BATCH = 2000


def _decoded(v: Any) -> str:
    """An events.data value as this migration's code stored it: zlib-compressed UTF-8 on SQLite, text on
    PostgreSQL (a migration keeps its own reader: the store's may change later)."""
    return zlib.decompress(v).decode("utf-8") if isinstance(v, (bytes, memoryview)) else v


def apply(db) -> None:
    db.execute("ALTER TABLE events ADD COLUMN state TEXT NOT NULL DEFAULT 'held'")
    announced: list[int] = []
    last = -1
    while True:  # in key order, a batch at a time (an archive's events do not all fit in memory at once)
        rows = db.rows("SELECT e, data FROM events WHERE e > ? ORDER BY e LIMIT ?", (last, BATCH))
        if not rows:
            break
        for e, data in rows:
            if report_state(bool(json.loads(_decoded(data)).get("scheduled"))) == "announced":
                announced.append(int(e))
        last = int(rows[-1][0])
    if announced:
        db.executemany("UPDATE events SET state = 'announced' WHERE e = ?", [(e,) for e in announced])
    db.execute("CREATE INDEX events_state_talk ON events(state, talk)")
    db.execute("DROP INDEX events_talk_kind")
    db.execute("CREATE INDEX events_talk_facets ON events(talk, kind, channel, state)")
