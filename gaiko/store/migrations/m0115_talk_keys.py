"""The talk key (``events.talk``, m0110) beside the values of the tables of an event's facts, and each talk's date
in ``talk_dates``, so that the talk list (``gaiko.store.talks.page``) counts, sorts and pages in SQL, reading
indexes only: a filter on a country, person, outcome or topic reads its (value, talk) index instead of the event
rows (country=RU at 100,000 documents: 17,200 talks), and the newest talks are the end of the (date, talk) index.

``talk_dates`` holds one row per talk: its date, its earliest event's (NULL when no event is dated). It is kept
by the writer (``gaiko.store.talks.own_talks``, ``forget``) and rebuilt by ``assign_talks`` (``gaiko link``)."""

from __future__ import annotations

CHILDREN = {"event_countries": "country", "participants": "name", "outcomes": "type", "topics": "topic"}


def apply(db) -> None:
    ref = "INTEGER" if db.dialect == "sqlite" else "BIGINT"
    for table, col in CHILDREN.items():
        db.execute(f"ALTER TABLE {table} ADD COLUMN talk {ref}")
        db.execute(f"UPDATE {table} SET talk = (SELECT e.talk FROM events e WHERE e.e = {table}.e)")
        db.execute(f"CREATE INDEX {table}_{col}_talk ON {table}({col}, talk)")
    db.execute(f"CREATE TABLE talk_dates (talk {ref} PRIMARY KEY, date TEXT)")
    db.execute("INSERT INTO talk_dates (talk, date) SELECT talk, min(date) FROM events GROUP BY talk")
    db.execute("CREATE INDEX talk_dates_date ON talk_dates(date, talk)")
    db.execute("CREATE INDEX events_n_talk ON events(n, talk)")
