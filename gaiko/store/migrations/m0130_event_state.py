"""``events.state``: what the record says of the talk, ``held`` (reported held) or ``announced`` (the page only
announces it: ``Event.scheduled``, a 要人来日日程 entry or …会談を行う予定です), so that the filter ``state``
(``gaiko.filters``) is one indexed column like ``kind``. Existing rows are read from their stored JSON.

Indexes: (state, talk) for the filter (``announced`` is a few talks in a large archive); the covering index of the
facets read from events (m0125's (talk, kind, channel)) takes ``state`` too, so the new facet reads no row either."""

from __future__ import annotations

import json

BATCH = 2000


def apply(db) -> None:
    from gaiko.record import report_state
    from gaiko.store.store import decode

    db.execute("ALTER TABLE events ADD COLUMN state TEXT NOT NULL DEFAULT 'held'")
    announced: list[int] = []
    last = -1
    while True:  # in key order, a batch at a time (an archive's events do not all fit in memory at once)
        rows = db.rows("SELECT e, data FROM events WHERE e > ? ORDER BY e LIMIT ?", (last, BATCH))
        if not rows:
            break
        for e, data in rows:
            if report_state(bool(json.loads(decode(data)).get("scheduled"))) == "announced":
                announced.append(int(e))
        last = int(rows[-1][0])
    if announced:
        db.executemany("UPDATE events SET state = 'announced' WHERE e = ?", [(e,) for e in announced])
    db.execute("CREATE INDEX events_state_talk ON events(state, talk)")
    db.execute("DROP INDEX events_talk_kind")
    db.execute("CREATE INDEX events_talk_facets ON events(talk, kind, channel, state)")
