"""``link(archive)``: (re)build every derived table from the archive's documents (what ``gaiko link`` runs).

One pass over the documents: events are grouped into talks (``reconcile``), people resolved
(``people.resolve``), planned items linked (``followups.link_followups``), then everything is saved in one
transaction (``gaiko.link.store.save``). Pure computation is separate from saving, so the benchmark and
the tests can time or check it without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from gaiko.link.docs import DocView, events_of, iter_archive, relationship


@dataclass
class Derived:
    groups: dict[str, str]
    relationships: dict[str, str | None]
    people: list
    followups: list


def compute(docs: Iterable[DocView]) -> Derived:
    """All derived data of the documents. The cyclic garbage collector is paused meanwhile: linking makes
    millions of small acyclic objects, and full collections over a large heap made time grow faster than
    n log n (measured in bench/bench_link.py); reference counting still frees everything."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        return _compute(docs)
    finally:
        if enabled:
            gc.enable()


def _compute(docs: Iterable[DocView]) -> Derived:
    from gaiko.link.followups import link_followups
    from gaiko.link.people import resolve
    from gaiko.link.reconcile import event_groups

    docs = list(docs)
    events = list(events_of(docs))
    groups = event_groups(events)
    return Derived(
        groups=groups,
        relationships={e.event_id: relationship(e.countries) for e in events},
        people=resolve(docs, groups),
        followups=link_followups(docs, groups),
    )


def link(archive: Any) -> dict[str, int]:
    """Recompute and persist all derived data of ``archive``; returns row counts."""
    from gaiko.link import store

    d = compute(iter_archive(archive))
    return store.save(archive.db, d.groups, d.relationships, d.people, d.followups)
