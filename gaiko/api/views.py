"""Page builders: library calls in, one typed page object out.

Every HTML page and its JSON twin call the same function here, so the two cannot drift. Nothing
here touches SQL, files or regexes: only ``gaiko.archive.Archive`` methods, ``gaiko.link``
functions and ``gaiko.countries``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

from gaiko import countries
from gaiko.api.models import (
    ChronologyEntry,
    ChronologyYear,
    DocumentPage,
    EventsPage,
    FacetItem,
    FilterValues,
    Hit,
    HomePage,
    PersonPage,
    PlannedRow,
    RegionGroup,
    RelationPage,
    RelationRow,
    RoleSpan,
    SearchPage,
    Talk,
)
from gaiko.web.chart import ChartYear
from gaiko.web.highlight import highlight
from gaiko.web.labels import channel_label, doc_type_label, kind_label, outcome_label

REMOTE_CHANNELS = ("telephone", "video")
HOME_LATEST = 10
HOME_PLANNED = 15
PERSON_TALKS_MAX = 500


class NotFound(Exception):
    """The requested document, relation or person does not exist (-> 404)."""


def _filters(f: FilterValues):
    from gaiko.archive import Filters

    return Filters(**f.active())


def _facet_label(name: str, value: str) -> str:
    if name == "country":
        return countries.name_ja(value)
    if name == "kind":
        return kind_label(value)
    if name == "channel":
        return channel_label(value)
    if name == "outcome":
        return outcome_label(value)
    if name == "doc_type":
        return doc_type_label(value)
    return value


def _facet_items(name: str, counts: list[Any]) -> list[FacetItem]:
    out = []
    for c in counts:
        value = str(getattr(c, "value", None) if not isinstance(c, (tuple, list)) else c[0])
        count = int(getattr(c, "count", 0) if not isinstance(c, (tuple, list)) else c[1])
        out.append(FacetItem(value=value, count=count, label=_facet_label(name, value)))
    return out


def search_page(archive, q: str, filters: FilterValues, *, sort: str = "relevance", page: int = 1,
                per_page: int = 20) -> SearchPage:
    q = (q or "").strip()
    if not q and not filters.active():
        return SearchPage(q=q, sort=sort, filters=filters, page=1, per_page=per_page, total=0, pages=0, hits=[])
    res = archive.search(q, _filters(filters), sort=sort, limit=per_page, offset=(page - 1) * per_page, facets=True)
    facets = {name: _facet_items(name, counts) for name, counts in (res.facets or {}).items()}
    return SearchPage(
        q=q, sort=sort, filters=filters, page=page, per_page=per_page, total=res.total,
        pages=math.ceil(res.total / per_page) if per_page else 0,
        hits=[Hit.model_validate(h) for h in res.hits], facets=facets,
    )


def _pairs(record) -> list[str]:
    out: list[str] = []
    for ev in record.events:
        cs = [c for c in ev.countries if c != "JP"]
        if "JP" in ev.countries and len(cs) == 1 and f"JP-{cs[0]}" not in out:
            out.append(f"JP-{cs[0]}")
    return out


def document_page(archive, doc_id: str) -> DocumentPage:
    doc = archive.get(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    segments, marks = highlight(doc.record, doc.text)
    added = getattr(doc, "added_at", None)
    return DocumentPage(
        doc_id=doc.doc_id, title=doc.title or doc.record.title, doc_type=doc.doc_type, doc_date=doc.doc_date,
        source_url=getattr(doc, "source_url", None), sha256=getattr(doc, "sha256", None),
        extractor_version=getattr(doc, "extractor_version", None),
        added_at=added.isoformat() if hasattr(added, "isoformat") else (str(added) if added else None),
        record=doc.record, text=doc.text, segments=segments,
        mark_counts=dict(Counter(m.cls for m in marks)), relations=_pairs(doc.record),
    )


def record_of(archive, doc_id: str):
    doc = archive.get(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    return doc.record


def events_page(archive, filters: FilterValues, *, limit: int = 50, offset: int = 0) -> EventsPage:
    res = archive.events(_filters(filters), limit=limit, offset=offset)
    return EventsPage(filters=filters, total=res.total, limit=limit, offset=offset,
                      items=[Talk.model_validate(r) for r in res.items])


def parse_pair(pair: str) -> str:
    """'JP-RU' -> 'RU' (the partner's code); NotFound for a code the country table does not know."""
    a, _, b = pair.upper().partition("-")
    partner = b if a == "JP" else a if b == "JP" else None
    if not partner or countries.get(partner) is None:
        raise NotFound(f"no relation {pair!r}: give JP-XX with a known country code")
    return partner


def relation_page(archive, pair: str) -> RelationPage:
    partner = parse_pair(pair)
    years = archive.timeline(partner)
    out_years: list[ChronologyYear] = []
    chart: dict[int, ChartYear] = {}
    total = 0
    for y in years:
        entries = [ChronologyEntry.model_validate(e) for e in y.entries]
        out_years.append(ChronologyYear(year=y.year, entries=entries))
        for e in entries:
            total += 1
            if not (y.year and str(y.year).isdigit()):
                continue
            row = chart.setdefault(int(y.year), ChartYear(year=int(y.year)))
            k = e.kind or "other"
            row.counts[k] = row.counts.get(k, 0) + 1
            if e.channel in REMOTE_CHANNELS:
                row.remote[k] = row.remote.get(k, 0) + 1
    c = countries.get(partner)
    return RelationPage(
        pair=f"JP-{partner}", country=partner, name_ja=c.name, label=countries.pair_label(["JP", partner]),
        region=c.region, total=total, years=out_years, chart=sorted(chart.values(), key=lambda r: r.year),
    )


def _name_key(name: str) -> str:
    try:
        from gaiko.link.names import name_key
    except ImportError:  # pragma: no cover - the link package ships with gaiko
        return name
    return name_key(name)


def _roles(name: str, talks: list[Talk]) -> tuple[list[RoleSpan], list[str]]:
    key = _name_key(name)
    spans: dict[tuple[str | None, str | None], list[str | None]] = defaultdict(list)
    names: list[str] = []
    for t in sorted(talks, key=lambda t: t.date or ""):
        for p in [*t.principals, *t.attendees]:
            if p.name == name or _name_key(p.name) == key:
                spans[(p.role, p.country)].append(t.date)
                if p.name not in names:
                    names.append(p.name)
                break
    roles = []
    for (role, country), dates in spans.items():
        known = [d for d in dates if d]
        roles.append(RoleSpan(role=role, country=country, first=min(known, default=None),
                              last=max(known, default=None), talks=len(dates)))
    roles.sort(key=lambda r: (r.first or "", r.role or ""))
    return roles, names


def person_page(archive, name: str) -> PersonPage:
    name = name.strip()
    talks: list[Talk] | None = None
    source = "events"
    try:
        from gaiko.link import people as link_people  # the knowledge engineer's people resolution
    except ImportError:
        link_people = None
    if link_people is not None and hasattr(link_people, "person"):
        found = link_people.person(archive, name)
        if found is not None and getattr(found, "talks", None) is not None:
            talks = [Talk.model_validate(t) for t in found.talks]
            source = "link.people"
    if talks is None:
        from gaiko.archive import Filters

        res = archive.events(Filters(person=name), limit=PERSON_TALKS_MAX)
        talks = [Talk.model_validate(r) for r in res.items]
    if not talks:
        raise NotFound(f"no talks found for {name!r}")
    talks.sort(key=lambda t: t.date or "", reverse=True)
    roles, names = _roles(name, talks)
    return PersonPage(name=name, names=names or [name], total=len(talks), roles=roles, talks=talks, source=source)


def _planned_rows(archive, newest: str | None) -> tuple[list[PlannedRow], str]:
    try:
        from gaiko.link import followups as link_followups
    except ImportError:
        link_followups = None
    if link_followups is not None and hasattr(link_followups, "followups"):
        rows = []
        for status in ("pending", "overdue"):
            for f in link_followups.followups(archive, status=status):
                rows.append(PlannedRow.model_validate(f))
        rows.sort(key=lambda r: r.date or "9999")
        return rows[:HOME_PLANNED], "link.followups"
    # fallback: planned items dated after the newest talk in the archive
    rows = []
    if newest:
        res = archive.events(None, limit=200)
        for ev in res.items:
            for p in ev.planned:
                if p.date and p.date > newest:
                    rows.append(PlannedRow(what=p.what, date=p.date, precision=p.precision, place=p.place,
                                           text=p.text, status="pending", doc_id=ev.doc_id, event_date=ev.date,
                                           countries=list(ev.countries)))
    rows.sort(key=lambda r: r.date or "9999")
    return rows[:HOME_PLANNED], "events"


def home_page(archive) -> HomePage:
    stats = archive.stats()
    latest = [Talk.model_validate(r) for r in archive.events(None, limit=HOME_LATEST).items]
    newest = max((t.date for t in latest if t.date), default=None)
    planned, planned_source = _planned_rows(archive, newest)
    groups: dict[str, list[RelationRow]] = {r: [] for r in countries.REGIONS}
    rels = archive.relations()
    for r in rels:
        region = getattr(r, "region", None) or countries.region(r.country) or "その他"
        groups.setdefault(region, []).append(
            RelationRow(pair=r.pair, country=r.country, name_ja=r.name_ja or countries.name_ja(r.country),
                        events=r.events))
    regions = [RegionGroup(region=k, relations=sorted(v, key=lambda x: -x.events)) for k, v in groups.items()]
    return HomePage(
        documents=_stat(stats, "documents"), events=_stat(stats, "events"), relations=len(rels),
        by_kind=dict(getattr(stats, "by_kind", {}) or {}), latest=latest, planned=planned,
        planned_source=planned_source, regions=regions,
    )


def _stat(stats, name: str) -> int:
    v = getattr(stats, name, None)
    return int(v) if v is not None else 0
