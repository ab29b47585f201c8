"""events.talk: the talk an event belongs to (``gaiko.store.talks``), so that every filter and facet can act on
talks. A talk is a reconciled group of events (``gaiko.link.reconcile``: a chronology's entry and the meeting
record of the same talk); its key is the ``e`` of one of its events. An event is written as a talk of its own
(``talk = e``); ``gaiko link`` (``LinkTables.save``) then sets the key of each group's events.

``shared_talks`` lists the talks of more than one event (few: a record and a chronology's entry of it), for
``gaiko.store.filters.talk_set``; the indexes hold the talk key beside the event columns a talk filter reads,
so that a filter on 100,000 documents reads an index, not the events' rows.

Upgrades an archive by making every event its own talk and marking the stored links out of date, so the next
reader links again (or ``gaiko link`` does) and writes the groups."""

from __future__ import annotations

INDEXES = """
CREATE TABLE shared_talks (talk {ref} PRIMARY KEY);
CREATE INDEX events_talk ON events(talk, date);
CREATE INDEX events_date_talk ON events(date, talk);
CREATE INDEX events_kind_talk ON events(kind, date, talk);
CREATE INDEX events_channel_talk ON events(channel, date, talk)
"""


def apply(db) -> None:
    ref = "INTEGER" if db.dialect == "sqlite" else "BIGINT"
    db.execute(f"ALTER TABLE events ADD COLUMN talk {ref}")
    db.execute("UPDATE events SET talk = e")
    for stmt in INDEXES.split(";"):
        db.execute(stmt.format(ref=ref))
    if db.table_exists("kn_meta"):
        db.execute("DELETE FROM kn_meta WHERE key = 'documents_fingerprint'")
