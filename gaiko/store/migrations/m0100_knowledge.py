"""Derived knowledge tables (filled by ``gaiko link``, see ``gaiko.store.links``).

kn_event_groups: event_id -> group_id (events that are one talk: chronology entry + meeting record).
kn_people / kn_person_keys / kn_person_events: resolved individuals, their name keys, their talks.
kn_followups: planned items with their status and the talk that fulfils them.
kn_meta: fingerprint of the documents the tables were built from (stale tables are not used).
Rows carry their full pydantic model as JSON in ``data``; the columns are what filters and joins need.
"""

from __future__ import annotations

TABLES = """
CREATE TABLE kn_event_groups (event_id TEXT PRIMARY KEY, group_id TEXT NOT NULL, relationship TEXT);
CREATE INDEX kn_event_groups_group ON kn_event_groups(group_id);
CREATE TABLE kn_people (
  person_id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, romaji TEXT, first TEXT, last TEXT,
  n_talks INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE INDEX kn_people_country ON kn_people(country);
CREATE TABLE kn_person_keys (key TEXT NOT NULL, person_id TEXT NOT NULL);
CREATE INDEX kn_person_keys_key ON kn_person_keys(key);
CREATE TABLE kn_person_events (person_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT);
CREATE INDEX kn_person_events_person ON kn_person_events(person_id);
CREATE INDEX kn_person_events_event ON kn_person_events(event_id);
CREATE TABLE kn_followups (
  plan_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, event_id TEXT NOT NULL, relationship TEXT, made_on TEXT,
  status TEXT NOT NULL, confidence REAL, matched_event_id TEXT, data TEXT NOT NULL
);
CREATE INDEX kn_followups_status ON kn_followups(status, made_on);
CREATE INDEX kn_followups_rel ON kn_followups(relationship, made_on);
CREATE INDEX kn_followups_matched ON kn_followups(matched_event_id);
CREATE TABLE kn_meta (key TEXT PRIMARY KEY, value TEXT)
"""


def apply(db) -> None:
    for stmt in TABLES.split(";"):
        if stmt.strip():
            db.execute(stmt)
