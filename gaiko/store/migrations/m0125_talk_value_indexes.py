"""Covering (talk, value) indexes for the facets that count talks.

The facets of a search and of the talk list read, for the talks that match, each talk's values of a fact:
``SELECT DISTINCT talk, value … WHERE talk IN (…)`` (``gaiko.store.filters._talk_values``). Through the events
(joined to each fact table by (document, event)) that cost a row read per event and per fact: ~200 ms for a
two-character search matching 700 documents of a 10,000-document archive, on the event loop. The fact tables carry
the talk key since m0115, so each facet is now one covering index read, (talk, value): no row is fetched."""

from __future__ import annotations

INDEXES = {
    "events_talk_kind": "events(talk, kind, channel)",
    "event_countries_talk": "event_countries(talk, country)",
    "participants_talk": "participants(talk, principal, name)",
    "outcomes_talk": "outcomes(talk, type)",
    "topics_talk": "topics(talk, topic)",
}


def apply(db) -> None:
    for name, on in INDEXES.items():
        db.execute(f"CREATE INDEX {name} ON {on}")
