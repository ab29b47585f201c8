"""``compute(docs)``: every piece of derived data of the documents, in one pass (what ``gaiko link`` stores).

Events are grouped into talks (``reconcile``), people resolved (``people.resolve``), planned items linked
(``followups.link_followups``). Pure computation: ``Archive.link()`` saves the result (``gaiko.store.links``),
and the benchmark and the tests can time or check it without a database.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import dataclass

from gaiko.link.docs import DocView, events_of, relationship
from gaiko.link.followups import FollowUp, link_followups
from gaiko.link.people import PersonEntity, resolve
from gaiko.link.reconcile import event_groups


@dataclass
class Derived:
    groups: dict[str, str]  # event_id -> group_id (the events that are one talk)
    relationships: dict[str, str | None]  # event_id -> "JP-RU"
    people: list[PersonEntity]
    followups: list[FollowUp]


def compute(docs: Iterable[DocView]) -> Derived:
    """All derived data of the documents. The cyclic garbage collector is paused meanwhile: linking makes
    millions of small acyclic objects, and full collections over a large heap made time grow faster than
    n log n (measured in bench/bench_link.py); reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _compute(docs)
    finally:
        if enabled:
            gc.enable()


def _compute(docs: Iterable[DocView]) -> Derived:
    docs = list(docs)
    events = list(events_of(docs))
    groups = event_groups(events)
    return Derived(
        groups=groups,
        relationships={e.event_id: relationship(e.countries) for e in events},
        people=resolve(docs, groups),
        followups=link_followups(docs, groups),
    )
