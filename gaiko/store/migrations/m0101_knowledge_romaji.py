"""kn_people.romaji_key: the Latin-letter key (long vowels collapsed) for indexed look-up of people."""

from __future__ import annotations


def apply(db) -> None:
    db.execute("ALTER TABLE kn_people ADD COLUMN romaji_key TEXT")
    db.execute("CREATE INDEX kn_people_romaji ON kn_people(romaji_key)")
