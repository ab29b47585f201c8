"""Page builders: archive calls in, one typed page object out.

Every HTML page and its JSON twin call the same function here, so the two cannot drift. Nothing
here touches SQL, files or regexes: only ``gaiko.archive.Archive`` methods and ``gaiko.countries``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

from gaiko import countries
from gaiko.archive import Archive, Filters, StaleLinks
from gaiko.views.highlight import highlight
from gaiko.views.labels import channel_label, doc_type_label, kind_label, outcome_label, state_label
from gaiko.views.models import (
    ChartYear,
    ChronologyEntry,
    ChronologyYear,
    DocumentPage,
    EventsPage,
    FacetItem,
    FilterValues,
    Hit,
    HomePage,
    PersonPage,
    PersonTalk,
    PersonView,
    PlannedRow,
    RegionGroup,
    RelationPage,
    RelationRow,
    RoleSpan,
    SearchPage,
    Talk,
)

REMOTE_CHANNELS = ("telephone", "video")
HOME_LATEST = 10
# Facet counts cost time in proportion to the matches (about 3 s for 100,000 matches on SQLite), so the
# page counts them only up to this many matches and says so beyond: a search page stays fast.
FACET_MAX_MATCHES = 1000  # facet counts cost ~0.1 ms per matching document at 100k (measured)
# Matches counted up to this many unless the caller asks for the exact total ("1,000件以上"): counting all of
# 100,000 matches was two thirds of a search request's CPU (bench/results/web.md). It is also where ranking
# stops (Store.search: BM25 up to ~1,000 matches, newest first beyond) and where facets stop being counted.
SEARCH_COUNT_LIMIT = FACET_MAX_MATCHES
HOME_PLANNED = 15
PERSON_TALKS_MAX = 500


class NotFound(Exception):
    """The requested document, relation or person does not exist (-> 404)."""


def _facet_label(name: str, value: str) -> str:
    if name == "country":
        return countries.name_ja(value)
    if name == "kind":
        return kind_label(value)
    if name == "channel":
        return channel_label(value)
    if name == "state":
        return state_label(value)
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


def search_page(archive: Archive, q: str, filters: FilterValues, *, sort: str = "relevance", page: int = 1,
                per_page: int = 20, facets: bool = True, exact_total: bool = False) -> SearchPage:
    q = (q or "").strip()
    if not q and not filters.active():
        return SearchPage(q=q, sort=sort, filters=filters, page=1, per_page=per_page, total=0, pages=0, hits=[])
    f = filters.filters()
    # one search: the page of hits and, when there are few enough matches, the facet counts
    res = archive.search(q, f, sort=sort, limit=per_page, offset=(page - 1) * per_page, facets=facets,
                         facet_max=FACET_MAX_MATCHES, count_limit=None if exact_total else SEARCH_COUNT_LIMIT)
    counts: dict = res.facets or {}
    note = None
    if facets and res.total > FACET_MAX_MATCHES:
        note = (f"{res.total:,}件{'' if res.total_exact else '以上'}の一致: 絞り込み候補の件数は {FACET_MAX_MATCHES:,}件以下のときに表示します"
                "（語を足すか、国・年で絞り込んでください）")
    return SearchPage(
        q=q, sort=sort, filters=filters, page=page, per_page=per_page, total=res.total, total_exact=res.total_exact,
        pages=math.ceil(res.total / per_page) if per_page else 0,
        hits=[Hit.model_construct(doc_id=h.doc_id, title=h.title, doc_type=h.doc_type, doc_date=h.doc_date,
                                  score=h.score, snippet=h.snippet) for h in res.hits],  # typed by the store
        facets={name: _facet_items(name, c) for name, c in counts.items()}, facets_note=note,
    )


def _pairs(record) -> list[str]:
    out: list[str] = []
    for ev in record.events:
        cs = [c for c in ev.countries if c != "JP"]
        if "JP" in ev.countries and len(cs) == 1 and f"JP-{cs[0]}" not in out:
            out.append(f"JP-{cs[0]}")
    return out


def _iso(when: Any) -> str | None:
    """A stored timestamp as text (a datetime from PostgreSQL, a string from SQLite)."""
    if when is None or when == "":
        return None
    iso = getattr(when, "isoformat", None)
    return iso() if callable(iso) else str(when)


def document_page(archive: Archive, doc_id: str) -> DocumentPage:
    doc = archive.get(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    segments, marks = highlight(doc.record, doc.text)
    added = getattr(doc, "added_at", None)
    return DocumentPage(
        doc_id=doc.doc_id, title=doc.title or doc.record.title, doc_type=doc.doc_type, doc_date=doc.doc_date,
        source_url=getattr(doc, "source_url", None), sha256=getattr(doc, "sha256", None),
        extractor_version=getattr(doc, "extractor_version", None),
        added_at=_iso(added),
        record=doc.record, text=doc.text, segments=segments,
        mark_counts=dict(Counter(m.cls for m in marks)), relations=_pairs(doc.record),
    )


def record_of(archive: Archive, doc_id: str):
    doc = archive.get(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    return doc.record


def events_page(archive: Archive, filters: FilterValues, *, limit: int = 50, offset: int = 0) -> EventsPage:
    res = archive.events(filters.filters(), limit=limit, offset=offset)
    return EventsPage(filters=filters, total=res.total, limit=limit, offset=offset,
                      items=[Talk.model_validate(r) for r in res.items])


def parse_pair(pair: str) -> str:
    """'JP-RU' or 'RU-JP' -> 'RU' (the partner's code); NotFound for a code the country table does not know,
    a pair without Japan, or Japan with itself ('JP-JP' is no relation: it would list every talk of Japan)."""
    a, _, b = pair.upper().partition("-")
    if a == b == "JP":
        raise NotFound(f"no relation {pair!r}: a relation is Japan and another country (JP-XX)")
    partner = b if a == "JP" else a if b == "JP" else None
    if not partner or countries.get(partner) is None:
        raise NotFound(f"no relation {pair!r}: give JP-XX with a known country code")
    return partner


def canonical_pair(pair: str) -> str:
    """The one spelling of a relation: Japan first ('ru-jp' -> 'JP-RU'), as its page names it; the key of its
    cached page. NotFound as ``parse_pair``."""
    return f"JP-{parse_pair(pair)}"


def relation_page(archive: Archive, pair: str) -> RelationPage:
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
    if c is None:  # (parse_pair admits known codes only)
        raise NotFound(f"no relation JP-{partner}")
    return RelationPage(
        pair=f"JP-{partner}", country=partner, name_ja=c.name, label=countries.pair_label(["JP", partner]),
        region=c.region, total=total, years=out_years, chart=sorted(chart.values(), key=lambda r: r.year),
    )


def _person_from_events(archive: Archive, name: str) -> PersonView | None:
    """Fallback when the archive's people are out of date: the talks whose participants carry exactly this name."""
    res = archive.events(Filters(person=name), limit=PERSON_TALKS_MAX)
    if not res.items:
        return None
    talks: list[PersonTalk] = []
    spans: dict[tuple[str | None, str | None], list[str | None]] = defaultdict(list)
    country = None
    for r in res.items:
        me = next((p for p in [*r.principals, *r.attendees] if p.name == name), None)
        role = me.role if me else None
        country = country or (me.country if me else None)
        spans[(role, me.country if me else None)].append(r.date)
        others = [p.name for p in r.principals if p.name != name]
        talks.append(PersonTalk(date=r.date, date_end=r.date_end, role=role, kind=r.kind, channel=r.channel,
                                principal=bool(me and me in r.principals), label=r.doc_title or "",
                                counterparts=others, event_id=r.event_id, sources=[r.doc_id], scheduled=r.scheduled))
    roles = []
    for (role, c), dates in spans.items():
        known = [d for d in dates if d]
        roles.append(RoleSpan(role=role, country=c, first=min(known, default=None), last=max(known, default=None),
                              talks=len(dates)))
    roles.sort(key=lambda r: (r.first or "", r.role or ""))
    talk_dates = [t.date for t in talks if t.date is not None]
    talks.sort(key=lambda t: t.date or "", reverse=True)
    return PersonView(name=name, country=country, variants=[name], roles=roles, first=min(talk_dates, default=None),
                      last=max(talk_dates, default=None), talks=talks)


STALE_NOTE = " (stale: linked before the newest documents; the ingest or `gaiko link` rebuilds it)"


def _stale_note(archive: Archive) -> str:
    """What a page's ``source`` adds when the derived tables it read were built from earlier documents."""
    return STALE_NOTE if archive.links_state() == "stale" else ""


def person_page(archive: Archive, name: str) -> PersonPage:
    """The people a name may mean (``Archive.person``: stored by `gaiko link` or linked on the spot); for an
    archive whose people are out of date and too large to link, the talks whose participants carry this name."""
    name = name.strip()
    try:
        people = [PersonView.model_validate(p) for p in archive.person(name)]
        source = "link.people" + _stale_note(archive)
    except StaleLinks:
        one = _person_from_events(archive, name)
        people = [one] if one else []
        source = "events (run `gaiko link` to resolve people)"
    if not people:
        raise NotFound(f"no talks found for {name!r}")
    for p in people:
        p.talks.sort(key=lambda t: t.date or "", reverse=True)
    return PersonPage(name=name, people=people, total=sum(len(p.talks) for p in people), source=source)


NOT_HELD = ("scheduled", "pending", "overdue")  # follow-up statuses of a plan no record reports held (yet)


def _planned_rows(archive: Archive, newest: str | None) -> tuple[list[PlannedRow], str]:
    """Plans not held as of today (the page says so: ``HomePage.planned_as_of``)."""
    try:
        rows = [PlannedRow.model_validate(f) for f in archive.followups(as_of=archive.as_of_day()) if f.status in NOT_HELD]
        rows.sort(key=lambda r: (r.status == "overdue", r.date or "9999"))  # to come first, then overdue
        return rows[:HOME_PLANNED], "link.followups" + _stale_note(archive)
    except StaleLinks:  # fallback: planned items dated after the newest talk in the archive
        pass
    rows = []
    if newest:
        for ev in archive.events(None, limit=200).items:
            for p in ev.planned:
                if p.date and p.date > newest:
                    rows.append(PlannedRow(what=p.what, date=p.date, precision=p.precision, place=p.place,
                                           text=p.text, status="pending", doc_id=ev.doc_id, made_on=ev.date,
                                           relationship="-".join(ev.countries)))
    rows.sort(key=lambda r: r.date or "9999")
    return rows[:HOME_PLANNED], "events (run `gaiko link` to match plans with talks)"


def region_groups(archive: Archive) -> tuple[list[RegionGroup], int]:
    """Relationships with their talk counts, grouped by MOFA region in the ministry's order."""
    groups: dict[str, list[RelationRow]] = {r: [] for r in countries.REGIONS}
    rels = archive.relations()
    for r in rels:
        region = r.region or countries.region(r.country) or "その他"
        groups.setdefault(region, []).append(
            RelationRow(pair=r.pair, country=r.country, name_ja=r.name_ja or countries.name_ja(r.country),
                        events=r.events))
    return [RegionGroup(region=k, relations=sorted(v, key=lambda x: -x.events)) for k, v in groups.items()], len(rels)


def home_page(archive: Archive) -> HomePage:
    stats = archive.stats()
    latest = [Talk.model_validate(r) for r in archive.events(None, limit=HOME_LATEST).items]
    newest = max((t.date for t in latest if t.date), default=None)
    planned, planned_source = _planned_rows(archive, newest)
    regions, n_relations = region_groups(archive)
    return HomePage(
        documents=stats.documents, events=stats.events, talks=stats.talks, relations=n_relations,
        by_kind=dict(stats.by_kind), latest=latest, planned=planned,
        planned_source=planned_source, planned_as_of=archive.as_of_day(), regions=regions,
    )
