"""The tables of derived data ``gaiko link`` stores (migrations m0100, m0101): talk groups, people, follow-ups
(and, from the groups, each event's talk: ``events.talk``, ``gaiko.store.talks``).

``LinkTables(db).save(...)`` replaces them all in one transaction and records the fingerprint of the documents
they were built from (number of documents and newest ``added_at``, in ``kn_meta``); ``fresh()`` says whether
they still describe the archive's documents, ``state()`` whether they are fresh, stale (built from earlier
documents) or missing. The readers return what is stored (a person or follow-up as the JSON of its model,
which the caller validates): ``gaiko.archive.Archive`` checks ``state()`` first and says when what it serves
is stale. Nothing here knows the models: ``save`` reads the attributes named by
``PersonRow`` and ``FollowUpRow`` (``gaiko.link.people.PersonEntity``, ``gaiko.link.followups.FollowUp``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from gaiko.store.talks import assign_talks

FINGERPRINT_KEY = "documents_fingerprint"
BUILT_KEY = "built_from"  # the fingerprint of the last build, kept when the tables go out of date
# the shape of the stored rows: part of the fingerprint, so tables stored by an older gaiko read as out of date
# (2: follow-ups carry as_of, date_end, date_text, made_label)
ROWS_FORMAT = 2
TABLES = ("kn_event_groups", "kn_people", "kn_person_keys", "kn_person_events", "kn_followups")


class TalkRow(Protocol):
    @property
    def event_id(self) -> str: ...
    @property
    def role(self) -> str | None: ...


class PersonRow(Protocol):  # read-only members: a pydantic model's fields fit them
    @property
    def person_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def country(self) -> str | None: ...
    @property
    def romaji(self) -> str: ...
    @property
    def romaji_key(self) -> str: ...
    @property
    def first(self) -> str | None: ...
    @property
    def last(self) -> str | None: ...
    @property
    def talks(self) -> Sequence[TalkRow]: ...
    @property
    def index_keys(self) -> list[str]: ...
    def model_dump_json(self) -> str: ...


class FollowUpRow(Protocol):
    @property
    def plan_id(self) -> str: ...
    @property
    def doc_id(self) -> str: ...
    @property
    def event_id(self) -> str: ...
    @property
    def relationship(self) -> str | None: ...
    @property
    def made_on(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def confidence(self) -> float | None: ...
    @property
    def matched_event_id(self) -> str | None: ...
    def model_dump_json(self) -> str: ...


def documents_stamp(db) -> tuple[int, str | None]:
    """(number of documents, newest added_at): changes whenever a document is added, replaced or deleted."""
    n, newest = db.rows("SELECT COUNT(*), MAX(added_at) FROM documents")[0]
    return int(n), newest


class LinkTables:
    def __init__(self, db) -> None:
        self.db = db

    def fingerprint(self) -> str:
        n, newest = documents_stamp(self.db)
        return f"{n}|{newest}|v{ROWS_FORMAT}"

    def fresh(self) -> bool:
        """Stored, and built from the documents the archive holds now."""
        db = self.db
        if not db.table_exists("kn_meta") or not db.table_exists("documents"):
            return False
        stored = db.scalar("SELECT value FROM kn_meta WHERE key = ?", (FINGERPRINT_KEY,))
        return stored is not None and stored == self.fingerprint()  # nothing stored: no need to read the documents

    def stored_fingerprint(self) -> str | None:
        """The fingerprint of the documents the tables were last built from while current (None: out of date)."""
        if not self.db.table_exists("kn_meta"):
            return None
        return self.db.scalar("SELECT value FROM kn_meta WHERE key = ?", (FINGERPRINT_KEY,))

    def built(self) -> bool:
        """Built at least once (perhaps from other documents than the archive holds now)."""
        if not self.db.table_exists("kn_meta"):
            return False
        return self.db.scalar("SELECT COUNT(*) FROM kn_meta WHERE key IN (?, ?)", (FINGERPRINT_KEY, BUILT_KEY)) > 0

    def state(self) -> str:
        """"fresh" (built from the documents as they are), "stale" (built from earlier ones: during an ingest,
        after one killed before it linked, after a re-extraction) or "missing" (never built)."""
        if self.fresh():
            return "fresh"
        return "stale" if self.built() else "missing"

    def invalidate(self) -> None:
        """Mark the tables out of date (records re-extracted in place keep the documents' fingerprint)."""
        if self.db.table_exists("kn_meta"):
            self.db.execute("DELETE FROM kn_meta WHERE key = ?", (FINGERPRINT_KEY,))

    def save(self, groups: dict[str, str], relationships: dict[str, str | None], people: Iterable[PersonRow],
             followups: Iterable[FollowUpRow]) -> dict[str, int]:
        """Replace every derived table; returns row counts."""
        db = self.db
        people, followups = list(people), list(followups)
        with db.transaction():
            for t in TABLES:
                db.execute(f"DELETE FROM {t}")
            db.executemany("INSERT INTO kn_event_groups (event_id, group_id, relationship) VALUES (?, ?, ?)",
                           [(e, g, relationships.get(e)) for e, g in groups.items()])
            db.executemany(
                "INSERT INTO kn_people (person_id, name, country, romaji, romaji_key, first, last, n_talks, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(p.person_id, p.name, p.country, p.romaji, p.romaji_key, p.first, p.last, len(p.talks),
                  p.model_dump_json()) for p in people])
            db.executemany("INSERT INTO kn_person_keys (key, person_id) VALUES (?, ?)",
                           [(k, p.person_id) for p in people for k in p.index_keys])
            db.executemany("INSERT INTO kn_person_events (person_id, event_id, role) VALUES (?, ?, ?)",
                           [(p.person_id, t.event_id, t.role) for p in people for t in p.talks])
            db.executemany(
                "INSERT INTO kn_followups (plan_id, doc_id, event_id, relationship, made_on, status, confidence, "
                "matched_event_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(f.plan_id, f.doc_id, f.event_id, f.relationship, f.made_on, f.status, f.confidence,
                  f.matched_event_id, f.model_dump_json()) for f in followups])
            assign_talks(db, groups)  # the talk key of every event (gaiko.store.talks)
            db.execute("DELETE FROM kn_meta WHERE key IN (?, ?)", (FINGERPRINT_KEY, BUILT_KEY))
            stamp = self.fingerprint()
            db.executemany("INSERT INTO kn_meta (key, value) VALUES (?, ?)", [(FINGERPRINT_KEY, stamp), (BUILT_KEY, stamp)])
        db.checkpoint()  # the tables were rewritten whole: the WAL holds them twice
        return {"groups": len(groups), "people": len(people), "followups": len(followups),
                "talks": len(set(groups.values()))}

    def people(self, keys: Iterable[str] | None = None) -> list[str]:
        """Stored people as JSON, most talks first: all, or those with one of the name ``keys`` (or whose
        romanisation's key is one of them)."""
        if keys is None:
            return [r[0] for r in self.db.rows("SELECT data FROM kn_people ORDER BY n_talks DESC, person_id")]
        keys = sorted(set(keys))
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        return [r[0] for r in self.db.rows(
            f"SELECT data FROM kn_people WHERE person_id IN (SELECT person_id FROM kn_person_keys WHERE key IN ({marks})) "
            f"OR romaji_key IN ({marks}) ORDER BY n_talks DESC, person_id", [*keys, *keys])]

    def followups(self) -> list[str]:
        """Stored follow-ups as JSON, oldest plan first."""
        return [r[0] for r in self.db.rows("SELECT data FROM kn_followups ORDER BY made_on, plan_id")]

    def groups(self) -> dict[str, str]:
        """event_id -> group_id as stored."""
        return {e: g for e, g in self.db.rows("SELECT event_id, group_id FROM kn_event_groups")}
