"""events.talk: the talk an event belongs to (``gaiko.store.talks``), so that every filter and facet can act on
talks. A talk is a reconciled group of events (``gaiko.link.reconcile``: a chronology's entry and the meeting
record of the same talk); its key is the ``e`` of one of its events. An event is written as a talk of its own
(``talk = e``); ``gaiko link`` (``LinkTables.save``) then sets the key of each group's events.

Upgrades an archive by making every event its own talk and marking the stored links out of date, so the next
reader links again (or ``gaiko link`` does) and writes the groups."""

from __future__ import annotations


def apply(db) -> None:
    ref = "INTEGER" if db.dialect == "sqlite" else "BIGINT"
    db.execute(f"ALTER TABLE events ADD COLUMN talk {ref}")
    db.execute("UPDATE events SET talk = e")
    db.execute("CREATE INDEX events_talk ON events(talk, date)")
    if db.table_exists("kn_meta"):
        db.execute("DELETE FROM kn_meta WHERE key = 'documents_fingerprint'")
