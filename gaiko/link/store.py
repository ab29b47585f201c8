"""Persisted derived data: what ``gaiko link`` writes and the library readers use.

Tables come from ``gaiko/store/migrations/m0100_knowledge.py``. ``save(db, ...)`` replaces them in one
transaction; the readers (``load_people``, ``load_followups``, ``load_groups``) return None when the
tables are missing or were built from other documents than the archive now holds (the fingerprint in
``kn_meta``: number of documents and newest ``added_at``), and the callers then compute on the fly, so a
reader never shows stale links.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from gaiko.link.names import latin_key, name_key

FINGERPRINT_KEY = "documents_fingerprint"


def _db(source: Any):
    db = getattr(source, "db", None)
    if db is None or not hasattr(db, "table_exists"):
        return None
    return db


def fingerprint(db) -> str:
    n, newest = db.rows("SELECT COUNT(*), MAX(added_at) FROM documents")[0]
    return f"{n}|{newest}"


def _fresh(db) -> bool:
    if not db.table_exists("kn_meta") or not db.table_exists("documents"):
        return False
    stored = db.scalar("SELECT value FROM kn_meta WHERE key = ?", (FINGERPRINT_KEY,))
    return stored is not None and stored == fingerprint(db)  # nothing stored: no need to read the documents


def save(db, groups: dict[str, str], relationships: dict[str, str | None], people: Iterable[Any],
         followups: Iterable[Any]) -> dict[str, int]:
    """Replace every derived table; returns row counts."""
    people, followups = list(people), list(followups)
    with db.transaction():
        for t in ("kn_event_groups", "kn_people", "kn_person_keys", "kn_person_events", "kn_followups"):
            db.execute(f"DELETE FROM {t}")
        db.executemany("INSERT INTO kn_event_groups (event_id, group_id, relationship) VALUES (?, ?, ?)",
                       [(e, g, relationships.get(e)) for e, g in groups.items()])
        db.executemany(
            "INSERT INTO kn_people (person_id, name, country, romaji, romaji_key, first, last, n_talks, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(p.person_id, p.name, p.country, p.romaji, latin_key(p.romaji), p.first, p.last, len(p.talks),
              p.model_dump_json()) for p in people])
        db.executemany("INSERT INTO kn_person_keys (key, person_id) VALUES (?, ?)",
                       [(k, p.person_id) for p in people for k in sorted(set(p.keys) | {name_key(v) for v in p.variants})])
        db.executemany("INSERT INTO kn_person_events (person_id, event_id, role) VALUES (?, ?, ?)",
                       [(p.person_id, t.event_id, t.role) for p in people for t in p.talks])
        db.executemany(
            "INSERT INTO kn_followups (plan_id, doc_id, event_id, relationship, made_on, status, confidence, "
            "matched_event_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(f.plan_id, f.doc_id, f.event_id, f.relationship, f.made_on, f.status, f.confidence,
              f.matched_event_id, f.model_dump_json()) for f in followups])
        db.execute("DELETE FROM kn_meta WHERE key = ?", (FINGERPRINT_KEY,))
        db.execute("INSERT INTO kn_meta (key, value) VALUES (?, ?)", (FINGERPRINT_KEY, fingerprint(db)))
    return {"groups": len(groups), "people": len(people), "followups": len(followups),
            "talks": len(set(groups.values()))}


def load_people(source: Any, keys: Iterable[str] | None = None):
    """Stored people (all, or those with one of the name ``keys`` or whose person_id starts with a key)."""
    db = _db(source)
    if db is None or not _fresh(db):
        return None
    from gaiko.link.people import PersonEntity

    if keys is None:
        rows = db.rows("SELECT data FROM kn_people ORDER BY n_talks DESC, person_id")
    else:
        keys = sorted(set(keys))
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        rows = db.rows(
            f"SELECT data FROM kn_people WHERE person_id IN (SELECT person_id FROM kn_person_keys WHERE key IN ({marks})) "
            f"OR romaji_key IN ({marks}) ORDER BY n_talks DESC, person_id", [*keys, *keys])
    return [PersonEntity.model_validate(json.loads(r[0])) for r in rows]


def load_followups(source: Any):
    db = _db(source)
    if db is None or not _fresh(db):
        return None
    from gaiko.link.followups import FollowUp

    rows = db.rows("SELECT data FROM kn_followups ORDER BY made_on, plan_id")
    return [FollowUp.model_validate(json.loads(r[0])) for r in rows]


def load_groups(source: Any) -> dict[str, str] | None:
    """event_id -> group_id as persisted (None when absent or stale)."""
    db = _db(source)
    if db is None or not _fresh(db):
        return None
    return {e: g for e, g in db.rows("SELECT event_id, group_id FROM kn_event_groups")}
