"""Talks in SQL: ``events.talk`` (migration m0110) keys the talk an event belongs to.

A talk is an event, or the reconciled group of events that are one talk (``gaiko.link.reconcile``: the
chronology's entry 「ラヴロフ外相の訪日」 and the record of that foreign ministers' talk). An event is written as
a talk of its own (``talk = e``); ``assign_talks`` (called by ``LinkTables.save``, so by ``gaiko link`` and by
the archive's relinking on the spot) gives every event of a group the key of the group's first event. Every
count of talks, the talk list and the filters of a search (``gaiko.store.filters.talk_set``) read this one
column, so they cannot disagree.
"""

from __future__ import annotations

from typing import Any


def event_id(doc_id: str, idx: int) -> str:
    """The stable external id of a document's ``idx``-th event."""
    return f"{doc_id}-{idx}"


def assign_talks(db, groups: dict[str, str]) -> int:
    """Set ``events.talk`` from ``groups`` (event_id -> group id, itself an event_id): the events of a group
    share the key of the group's event; an event of no group is a talk of its own. ``shared_talks`` lists the
    keys of the talks of several events. Returns rows changed."""
    keys = {event_id(doc_id, idx): e for doc_id, idx, e in
            db.rows("SELECT d.doc_id, e.idx, e.e FROM events e JOIN documents d ON d.n = e.n")}
    members: dict[str, list[int]] = {}
    for eid, gid in groups.items():
        if eid in keys:
            members.setdefault(gid, []).append(keys[eid])
    want: dict[int, int] = {}
    for gid, es in members.items():
        key = keys.get(gid, min(es))
        for e in es:
            want[e] = key
    changes = [(want.get(e, e), e) for e, t in db.rows("SELECT e, talk FROM events") if want.get(e, e) != t]
    if changes:
        db.executemany("UPDATE events SET talk = ? WHERE e = ?", changes)
    db.execute("DELETE FROM shared_talks")
    db.executemany("INSERT INTO shared_talks (talk) VALUES (?)",
                   [(t,) for t in sorted({want[es[0]] for es in members.values() if len(es) > 1})])
    return len(changes)


def own_talks(db, n: int) -> None:
    """The events of document ``n`` just written: each a talk of its own until the next linking."""
    db.execute("UPDATE events SET talk = e WHERE n = ?", (n,))


def dated(db, talks: str | None, params: list[Any]) -> list[tuple[int, str | None]]:
    """(key, date) of every talk ``talks`` selects (``talk_set(..., dated=True)``; None: every talk), the date
    its earliest event's. One evaluation of the filters serves the count, the page and the facets: a talk of one
    event has the date of the event that matched; a talk of several, the earliest of its events'."""
    if talks is None:
        return db.rows("SELECT talk, min(date) FROM events GROUP BY talk")
    found: dict[int, str | None] = {}
    for t, d in db.rows(talks, params):
        found.setdefault(t, d)
    several = dict(db.rows("SELECT e.talk, min(e.date) FROM shared_talks s CROSS JOIN events e WHERE e.talk = s.talk "
                           "GROUP BY e.talk"))
    return [(t, several[t] if t in several else d) for t, d in found.items()]


def ordered(rows: list[tuple[int, str | None]], order: str = "DESC") -> list[int]:
    """The keys of ``dated`` rows by date, newest first (``order`` "ASC": oldest first), undated last."""
    desc = order != "ASC"
    dated_rows = sorted((r for r in rows if r[1] is not None), key=lambda r: (r[1], r[0]), reverse=desc)
    undated = sorted((r for r in rows if r[1] is None), key=lambda r: r[0], reverse=desc)
    return [r[0] for r in dated_rows + undated]


def count(db) -> int:
    """Number of talks."""
    return int(db.scalar("SELECT count(DISTINCT talk) FROM events"))


def by_country(db) -> list[tuple[str, int]]:
    """(country, talks with it as a side), Japan left out (a side of every talk), most talks first."""
    return db.rows("SELECT x.country, count(DISTINCT e.talk) FROM event_countries x JOIN events e ON e.e = x.e "
                   "WHERE x.country <> 'JP' GROUP BY x.country ORDER BY 2 DESC, 1")


def by_kind(db) -> list[tuple[str, int]]:
    """(kind, talks), most first (the events of a talk have one kind: ``reconcile.kinds_compatible``)."""
    return db.rows("SELECT kind, count(DISTINCT talk) FROM events GROUP BY kind ORDER BY 2 DESC, 1")


def by_year(db) -> list[tuple[str, int]]:
    """(year of the talk's date, talks), newest first."""
    return db.rows("SELECT y, count(*) FROM (SELECT substr(min(date), 1, 4) AS y FROM events WHERE date IS NOT NULL "
                   "GROUP BY talk) t GROUP BY y ORDER BY 1 DESC")
