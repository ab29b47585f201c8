"""The filters' SQL, made from the table of ``gaiko.filters``: the conditions on an event, on a talk and on a
document, and the facet counts. Same SQL on SQLite and PostgreSQL.

A talk is the group of events with one ``events.talk`` key (``gaiko.store.talks``). ``talk_set(f)`` selects
the talks that match every talk filter of ``f``: each filter is matched by some event of the talk (the chronology's
entry gives the date, the meeting record the people), a date range by one event's span; the sets of the
filters are intersected. A document matches the filters when it holds an event of such a talk and its own
columns match the document filters (``document_conditions``).

What a row's ``On`` becomes:

- a column of ``documents``: ``d.doc_type = ?`` (on the events of a document for an event list);
- a column of ``events``: ``e.kind = ?``; a date compares the event's span (``COALESCE(e.date_end, e.date) >= ?``
  for a start, ``e.date <= ?`` for an end) and, for a document, its date (``d.sort_date``);
- a table of an event's facts: ``e.e IN (SELECT x.e FROM participants x WHERE x.name = ?)``. IN, not a
  correlated EXISTS: the (value, e) indexes then drive the query instead of a scan of every event (Korea's
  6,400 talks at 100k documents: 28 ms instead of 265 ms to count).

A date prefix as an end takes in the whole prefix: ``<= '2011~'`` (``~`` sorts after every digit and ``-``).
"""

from __future__ import annotations

from typing import Any

from gaiko.filters import BY_NAME, FACETS, FILTERS, Facet, Filter, Filters, on_talk
from gaiko.store.models import FacetCount


def _param(flt: Filter, v: str) -> str:
    v = flt.value.normalise(v) or v
    return v + "~" if flt.on.op == "<=" else v


def _event_date(flt: Filter, a: str) -> str:
    return f"COALESCE({a}.date_end, {a}.{flt.on.column})" if flt.on.op == ">=" else f"{a}.{flt.on.column}"


def _is_date(flt: Filter) -> bool:
    return flt.on.table == "events" and flt.on.op != "="


def event_conditions(f: Filters, alias: str = "e", *, dates: bool = True,
                     doc_alias: str | None = None) -> tuple[list[str], list[Any]]:
    """SQL conditions on an events row ``alias`` (and, with ``doc_alias``, on its joined documents row, for the
    document filters); ``dates=False`` leaves the dates out (a document's own date is matched instead)."""
    conds: list[str] = []
    params: list[Any] = []
    a = alias
    for flt in FILTERS:
        v = getattr(f, flt.name)
        names = f.resolved.get(flt.name) if flt.resolved else None
        if not v and names is None:
            continue
        on = flt.on
        if on.table == "documents":
            if doc_alias is not None:
                conds.append(f"{doc_alias}.{on.column} {on.op} ?")
                params.append(_param(flt, v))
        elif _is_date(flt):
            if dates:
                conds.append(f"{_event_date(flt, a)} {on.op} ?")
                params.append(_param(flt, v))
        elif on.table == "events":
            conds.append(f"{a}.{on.column} {on.op} ?")
            params.append(_param(flt, v))
        elif names is not None:  # the stored values the archive resolved the filter's value to
            values = list(names) or [v or ""]
            conds.append(f"{a}.e IN (SELECT x.e FROM {on.table} x WHERE x.{on.column} IN ({','.join('?' * len(values))}))")
            params += values
        else:
            conds.append(f"{a}.e IN (SELECT x.e FROM {on.table} x WHERE x.{on.column} {on.op} ?)")
            params.append(_param(flt, v))
    return conds, params


def _span_condition(f: Filters) -> tuple[str, list[Any]]:
    """An event starts within ``[date_from, date_to]`` (a talk's date is its events' start: the chronology's entry
    of a visit of 5月11日～13日 is a talk of 5月11日); both ends are one index range."""
    conds, params = [], []
    for name, op in (("date_from", ">="), ("date_to", "<=")):
        v = getattr(f, name)
        if v:
            conds.append(f"e.date {op} ?")
            params.append(_param(BY_NAME[name], v))
    return " AND ".join(conds), params


def _branches(f: Filters | None, documents: bool, within: tuple[str, list[Any]] | None,
              ) -> list[tuple[str, list[Any], bool]]:
    """One (condition on an event ``e``, parameters, needs its document ``d``) per filter: what some event of a
    matching talk satisfies (the date range: one event's span)."""
    out: list[tuple[str, list[Any], bool]] = []
    if f is not None:
        if f.date_from or f.date_to:
            out.append((*_span_condition(f), False))
        for flt in FILTERS:
            v = getattr(f, flt.name)
            if not v or _is_date(flt):
                continue
            if on_talk(flt):
                conds, ps = event_conditions(f.only([flt.name]), "e")
                out.append((" AND ".join(conds), ps, False))
            elif documents:
                out.append((f"d.{flt.on.column} {flt.on.op} ?", [_param(flt, v)], True))
    if within is not None:
        out.append((f"e.n IN ({within[0]})", list(within[1]), False))
    return out


def talk_set(f: Filters | None, *, documents: bool = False, within: tuple[str, list[Any]] | None = None,
             dated: bool = False) -> tuple[str | None, list[Any]]:
    """SQL selecting the keys (``events.talk``) of the talks matching every talk filter of ``f``, with its
    parameters; (None, []) when there is none. A key may come more than once. ``documents``: the document
    filters too (a talk with an event in such a document: the talk list's reading of them); ``within``: only
    talks with an event in the documents this SQL selects (``documents.n``: a full-text match); ``dated``: each
    key with the date of the talk's event that matched, or NULL for a talk of several events.

    A talk of one event matches when its event satisfies every filter: one query on the event's indexes. A talk
    of several events (a record and a chronology's entry: few, listed in ``shared_talks``) matches when each
    filter is satisfied by one of its events: the sets of such talks satisfying each filter, intersected."""
    branches = _branches(f, documents, within)
    if not branches:
        return None, []
    doc = " JOIN documents d ON d.n = e.n"
    join = doc if any(b[2] for b in branches) else ""
    same = (f"SELECT e.talk{', e.date' if dated else ''} FROM events e{join} WHERE "
            + " AND ".join(b[0] for b in branches))
    params = [p for b in branches for p in b[1]]
    if len(branches) == 1:
        return same, params
    # CROSS JOIN: driven by the few talks of several events (SQLite keeps the order written)
    each = [f"SELECT e.talk FROM shared_talks s CROSS JOIN events e{doc if b[2] else ''} WHERE e.talk = s.talk AND {b[0]}"
            for b in branches]
    several = f"SELECT m.talk{', NULL' if dated else ''} FROM ({' INTERSECT '.join(each)}) m"
    return f"{same} UNION ALL {several}", params + [p for b in branches for p in b[1]]


def _key_set(f: Filters, flt: Filter) -> tuple[str, list[Any]]:
    """SQL of the keys of the talks with an event that has filter ``flt``'s value in its table of facts, read from
    the table's (value, talk) index (m0115)."""
    on = flt.on
    names = f.resolved.get(flt.name) if flt.resolved else None
    if names is not None:  # the stored values the archive resolved the filter's value to
        values = list(names) or [getattr(f, flt.name) or ""]
        return f"SELECT talk FROM {on.table} WHERE {on.column} IN ({','.join('?' * len(values))})", values
    return f"SELECT talk FROM {on.table} WHERE {on.column} {on.op} ?", [_param(flt, getattr(f, flt.name))]


def talk_keys(f: Filters | None, *, within: tuple[str, list[Any]] | None = None,
              ) -> tuple[str | None, list[Any]]:
    """SQL selecting the keys of the talks ``talk_set(f, documents=True, within=within)`` selects (a key may
    come more than once);
    (None, []) when there is no filter. Filters only on the tables of an event's facts (country, person, outcome,
    topic): the intersection of one set of keys per filter, each a range of a (value, talk) index (m0115; each
    filter is satisfied by some event of the talk, whichever). A filter on an event's columns (date, kind, channel)
    or its document: ``talk_set``'s query, one index range of ``events`` satisfying them all at once
    (kind=summit&date_from=2009&date_to=2011 at 100,000 documents: 3 ms, intersecting two key sets: 47 ms)."""
    given = [flt for flt in FILTERS if f is not None and getattr(f, flt.name)]
    if any(flt.on.table in ("events", "documents") for flt in given):
        return talk_set(f, documents=True, within=within)
    assert f is not None or not given
    sets = [_key_set(f, flt) for flt in given] if f is not None else []
    if within is not None:
        sets.append((f"SELECT e.talk FROM events e WHERE e.n IN ({within[0]})", list(within[1])))
    if not sets:
        return None, []
    return " INTERSECT ".join(s for s, _ in sets), [p for _, ps in sets for p in ps]


def talk_checks(f: Filters | None, dialect: str) -> tuple[str, list[Any]]:
    """SQL conditions (" AND ...") that the talk ``t.talk`` matches every filter of ``f``, each by some event of
    the talk (as ``talk_keys``): one index probe per filter and talk, for a walk of the talks by date that stops
    at a page (``gaiko.store.talks.walk``), where listing every talk a filter matches costs more (kind=summit at
    100,000 documents: 64,000 events). A table of facts: its (value, talk) index; an event's columns: its talk's
    events (SQLite is told the (talk, date) index: it would read the kind's every event for each talk)."""
    out: list[str] = []
    params: list[Any] = []
    by_talk = " INDEXED BY events_talk" if dialect == "sqlite" else ""
    if f is not None and (f.date_from or f.date_to):
        cond, ps = _span_condition(f)
        out.append(f" AND EXISTS (SELECT 1 FROM events e{by_talk} WHERE e.talk = t.talk AND {cond})")
        params += ps
    for flt in FILTERS:
        if f is None or not getattr(f, flt.name) or _is_date(flt):
            continue
        if flt.on.table == "documents":
            out.append(f" AND EXISTS (SELECT 1 FROM events e{by_talk} JOIN documents d ON d.n = e.n WHERE e.talk = t.talk "
                       f"AND d.{flt.on.column} {flt.on.op} ?)")
            params.append(_param(flt, getattr(f, flt.name)))
        elif flt.on.table == "events":
            conds, ps = event_conditions(f.only([flt.name]), "e")
            out.append(f" AND EXISTS (SELECT 1 FROM events e{by_talk} WHERE e.talk = t.talk AND {' AND '.join(conds)})")
            params += ps
        else:
            sub, ps = _key_set(f, flt)
            out.append(f" AND EXISTS ({sub.replace('SELECT talk', 'SELECT 1', 1)} AND talk = t.talk)")
            params += ps
    return "".join(out), params


def document_conditions(f: Filters | None, alias: str = "d") -> tuple[list[str], list[Any]]:
    """SQL conditions on a documents row: its own columns for the document filters, and for the others an
    event of a talk that matches all of them (``talk_set``)."""
    if f is None:
        return [], []
    conds: list[str] = []
    params: list[Any] = []
    for flt in FILTERS:
        v = getattr(f, flt.name)
        if v and not on_talk(flt):
            conds.append(f"{alias}.{flt.on.column} {flt.on.op} ?")
            params.append(_param(flt, v))
    talks, tp = talk_set(f)
    if talks is not None:
        # driven by the talks that match (indexes), not by a scan of every document
        conds.append(f"{alias}.n IN (SELECT e.n FROM events e WHERE e.talk IN ({talks}))")
        params += tp
    return conds, params


def _ints(xs) -> str:
    return ",".join(str(int(x)) for x in xs) or "NULL"


def _talk_values(db, facet: Facet, talks: str) -> list[tuple[int, Any]]:
    """(talk, value) for the talks of the list ``talks``: what a talk has, over all its events."""
    assert facet.on is not None
    on = facet.on
    extra, params = "", list[object]()
    col = "e.{c}" if on.table == "events" else ("d.{c}" if on.table == "documents" else "x.{c}")
    col = col.format(c=on.column)
    for v in facet.skip:
        extra += f" AND {col} <> ?"
        params.append(v)
    if facet.only is not None:
        extra += f" AND x.{facet.only[0]} = ?"
        params.append(facet.only[1])
    if on.table == "events":
        src, key = "events e", "e.talk"
    elif on.table == "documents":
        src, key = "events e JOIN documents d ON d.n = e.n", "e.talk"
    else:  # a fact table carries its event's talk (m0115): its (talk, value) index alone answers (m0125)
        src, key = f"{on.table} x", "x.talk"
    return db.rows(f"SELECT DISTINCT {key}, {col} FROM {src} WHERE {key} IN ({talks}){extra}", params)


def _talk_years(db, talks: str) -> list[tuple[int, str]]:
    """(talk, year) for the year each of a talk's events starts in (a date filter of that year finds the talk)."""
    return db.rows(f"SELECT DISTINCT talk, substr(date, 1, 4) FROM events WHERE talk IN ({talks}) AND date IS NOT NULL", [])


def facet_counts(db, pairs: list[tuple[int, int]], units: list[int] | None = None) -> dict[str, list[FacetCount]]:
    """Every facet of ``gaiko.filters.FACETS`` over units (documents or talks) given as (unit, talk) ``pairs``:
    a value counts the units with a talk that has it (a talk of its own for a talk, a talk that matches the
    filters for a document). ``units``: the documents themselves (their document facets are their own
    columns); None: the units are talks (a talk has the document facets of its documents). Values with most
    units first (a year's, newest first), ``top`` of them at most."""
    by_talk: dict[int, set[int]] = {}
    for u, t in pairs:
        by_talk.setdefault(t, set()).add(u)
    talks = _ints(by_talk)
    out: dict[str, list[FacetCount]] = {}
    for facet in FACETS:
        assert facet.on is not None
        counted: dict[str, set[int]] = {}
        if facet.on.table == "documents" and units is not None:
            for n, v in db.rows(f"SELECT n, {facet.on.column} FROM documents WHERE n IN ({_ints(units)})", []):
                if v is not None:
                    counted.setdefault(str(v), set()).add(n)
        else:
            rows = _talk_years(db, talks) if facet.chars else _talk_values(db, facet, talks)
            for t, v in rows:
                if v is not None:
                    counted.setdefault(str(v), set()).update(by_talk.get(t, ()))
        counts = [(v, len(us)) for v, us in counted.items()]
        if facet.chars:
            counts.sort(key=lambda r: r[0], reverse=True)
        else:
            counts.sort(key=lambda r: (-r[1], r[0]))
        out[facet.name] = [FacetCount(value=v, count=c) for v, c in counts[:facet.top]]
    return out
