"""Talks in SQL: ``events.talk`` (migration m0110) keys the talk an event belongs to.

A talk is an event, or the reconciled group of events that are one talk (``gaiko.link.reconcile``: the
chronology's entry 「ラヴロフ外相の訪日」 and the record of that foreign ministers' talk). An event is written as
a talk of its own (``talk = e``); ``assign_talks`` (called by ``LinkTables.save``, so by ``gaiko link`` and by
the archive's relinking on the spot) gives every event of a group the key of the group's first event. Every
count of talks, the talk list and the filters of a search (``gaiko.store.filters.talk_set``) read this one
column, so they cannot disagree.

The tables of an event's facts carry the key too, and ``talk_dates`` each talk's date (migration m0115): the talk
list (``page``) intersects one set of keys per filter, each read from an index, and counts, sorts and pages in SQL.
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
    changes = [(want.get(e, e), n, e) for n, e, t in db.rows("SELECT n, e, talk FROM events") if want.get(e, e) != t]
    if changes:
        db.executemany("UPDATE events SET talk = ? WHERE e = ?", [(t, e) for t, _, e in changes])
        for table in FACT_TABLES:  # (n, e): the document index finds an event's rows
            db.executemany(f"UPDATE {table} SET talk = ? WHERE n = ? AND e = ?", changes)
    db.execute("DELETE FROM talk_dates")
    db.execute("INSERT INTO talk_dates (talk, date) SELECT talk, min(date) FROM events GROUP BY talk")
    db.execute("DELETE FROM shared_talks")
    db.executemany("INSERT INTO shared_talks (talk) VALUES (?)",
                   [(t,) for t in sorted({want[es[0]] for es in members.values() if len(es) > 1})])
    return len(changes)


# the tables of an event's facts that carry its talk key (m0115)
FACT_TABLES = ("event_countries", "participants", "outcomes", "topics")


def own_talks(db, n: int) -> None:
    """The events (and facts) of document ``n`` just written: each a talk of its own until the next linking."""
    db.execute("UPDATE events SET talk = e WHERE n = ?", (n,))
    for table in FACT_TABLES:
        db.execute(f"UPDATE {table} SET talk = e WHERE n = ?", (n,))
    # (a key left in talk_dates by events removed behind the store's back — their keys are reused — goes first)
    db.execute("DELETE FROM talk_dates WHERE talk IN (SELECT e FROM events WHERE n = ?)", (n,))
    db.execute("INSERT INTO talk_dates (talk, date) SELECT talk, date FROM events WHERE n = ?", (n,))


def of_document(db, n: int) -> list[int]:
    """The keys of the talks of document ``n``'s events (before it is deleted: then ``forget`` them)."""
    return [int(r[0]) for r in db.rows("SELECT DISTINCT talk FROM events WHERE n = ?", (n,))]


def forget(db, keys: list[int]) -> None:
    """``talk_dates`` of the talks ``keys`` after events of theirs were deleted: gone, or the date of those left."""
    if keys:
        ks = ",".join(str(int(k)) for k in keys)
        db.execute(f"DELETE FROM talk_dates WHERE talk IN ({ks})")
        db.execute(f"INSERT INTO talk_dates (talk, date) SELECT talk, min(date) FROM events WHERE talk IN ({ks}) "
                   "GROUP BY talk")


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


def page(db, keys: str | None, params: list[Any], limit: int | None, offset: int = 0, order: str = "DESC",
         *, once: bool = False) -> tuple[int, list[int]]:
    """(number of talks, the keys of the page) of the talks ``keys`` selects (SQL of talk keys, a key may come
    more than once; None: every talk), by date (``order``: "DESC" newest first, "ASC" oldest), the undated
    last (as ``ordered`` sorts): counted and sorted by SQL on ``talk_dates``' (date, talk) index, the set
    evaluated twice (one index range: cheaper than reading it); ``once``: for a set costlier to evaluate (an
    intersection), its (key, date) rows read once and sorted here (outcome=protest&country=CN at 100,000
    documents: 29 ms instead of 40)."""
    if once and keys is not None:
        every = ordered(db.rows(f"SELECT t.talk, t.date FROM talk_dates t WHERE t.talk IN ({keys})", params), order)
        return len(every), every[offset:] if limit is None else every[offset:offset + limit]
    where = "" if keys is None else f" AND t.talk IN ({keys})"
    total = int(db.scalar(f"SELECT count(DISTINCT k.talk) FROM ({keys}) k", params) if keys is not None
                else db.scalar("SELECT count(*) FROM talk_dates"))
    return total, _sorted(db, where, list(params), limit, offset, order)


def walk(db, checks: str, params: list[Any], within: tuple[str, list[Any]], limit: int | None, offset: int,
         order: str, count_limit: int | None) -> tuple[int, bool, list[int]]:
    """(total, exact, the keys of the page) of the talks satisfying ``checks`` (conditions on ``t.talk``:
    ``gaiko.store.filters.talk_checks``) with an event in the documents ``within`` selects, found by walking
    ``talk_dates`` by date and checking each talk (for a ``within`` of many documents: the newest matches come
    first, and counting stops past ``count_limit``)."""
    where = f"{checks} AND EXISTS (SELECT 1 FROM events e WHERE e.talk = t.talk AND +e.n IN ({within[0]}))"
    ps = list(params) + list(within[1])
    if count_limit is not None and limit is not None and offset + limit <= count_limit:
        # one walk finds the first count_limit + 1 in order: the count and the page
        first = _sorted(db, where, ps, count_limit + 1, 0, order)
        exact = len(first) <= count_limit
        return (len(first) if exact else count_limit), exact, first[offset:offset + limit]
    cap = "" if count_limit is None else f" LIMIT {int(count_limit) + 1}"
    total = int(db.scalar(f"SELECT count(*) FROM (SELECT 1 FROM talk_dates t WHERE 1 = 1{where}{cap}) c", ps))
    exact = count_limit is None or total <= count_limit
    return (total if exact else int(count_limit)), exact, _sorted(db, where, ps, limit, offset, order)  # type: ignore[arg-type]


def _sorted(db, where: str, params: list[Any], limit: int | None, offset: int, order: str) -> list[int]:
    """The keys of the talks of ``talk_dates t`` satisfying ``where`` (" AND ..."), by date then key (``order``),
    the undated last; ``limit`` of them from ``offset`` (None: all)."""
    desc = "DESC" if order != "ASC" else "ASC"
    lim = "" if limit is None else " LIMIT ? OFFSET ?"
    out: list[int] = []
    for cond, sort in (("t.date IS NOT NULL", f"t.date {desc}, t.talk {desc}"), ("t.date IS NULL", f"t.talk {desc}")):
        ps = params + ([] if limit is None else [limit - len(out), offset])
        rows = db.rows(f"SELECT t.talk FROM talk_dates t WHERE {cond}{where} ORDER BY {sort}{lim}", ps)
        out += [int(r[0]) for r in rows]
        if limit is not None:
            if len(out) >= limit:
                break
            # the undated ones follow the dated matches: their offset is what the dated ones did not take
            offset = 0 if rows else max(0, offset - int(db.scalar(
                f"SELECT count(*) FROM talk_dates t WHERE {cond}{where}", params)))
    return out


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
