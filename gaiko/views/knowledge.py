"""The pages of derived knowledge: follow-ups, the people index, topics per year. Models and builders.

Like ``gaiko.views.build``: ``gaiko.archive.Archive`` calls in, one typed page object out, rendered as JSON by
``gaiko.api.knowledge`` and as HTML by ``gaiko.web.knowledge``. Follow-up statuses hold on one day, which the
page states (``as_of``: today unless the request asks for another day).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from pydantic import Field

from gaiko import countries
from gaiko.archive import FOLLOWUP_STATUSES, Archive, FollowUp, StaleLinks, TopicYear
from gaiko.topics import LABELS as TOPIC_LABELS
from gaiko.views.models import FacetItem, _Out

STATUS_LABELS: dict[str, str] = {
    "fulfilled": "実施済み",
    "scheduled": "開催予定の発表あり（実施の記録なし）",
    "pending": "予定（期間中・未来）",
    "overdue": "期限切れ（実施の記録なし）",
    "unmatched": "日付なし・未確認",
}
assert set(STATUS_LABELS) == set(FOLLOWUP_STATUSES)
FOLLOWUPS_PER_PAGE = 50
PEOPLE_PER_PAGE = 100
STALE_NOTE = "the archive's links are out of date and it is too large to link on the spot: run `gaiko link`"


def _pages(total: int, per_page: int) -> int:
    return math.ceil(total / per_page) if per_page else 0


def _all_and_chosen(read: Callable[..., list], country: str | None) -> tuple[list, list] | None:
    """Everything ``read()`` gives and what it gives for ``country``; None while the links are out of date on an
    archive too large to link on the spot (the page then says so)."""
    try:
        everything = read()
        return everything, (read(country=country) if country else everything)
    except StaleLinks:
        return None


def _count(values: Iterable[str | None]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        if v:
            out[v] = out.get(v, 0) + 1
    return out


def _relation_items(codes: dict[str, int]) -> list[FacetItem]:
    """Relationship keys (JP-RU) with their counts, most first, labelled 日露."""
    return [FacetItem(value=k, count=n, label=countries.pair_label(k.split("-")))
            for k, n in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))]


# --- follow-ups ----------------------------------------------------------------------------------
class FollowupsPage(_Out):
    as_of: str = Field(description="the day every status holds on (YYYY-MM-DD)")
    as_of_today: bool = Field(description="True: as of today; False: replayed as of an earlier or later day")
    country: str | None = None
    status: str | None = None
    counts: dict[str, int] = Field(default_factory=dict, description="status -> plans (of the chosen relationship)")
    relations: list[FacetItem] = Field(default_factory=list, description="relationships with their plans")
    status_labels: dict[str, str] = Field(default_factory=lambda: dict(STATUS_LABELS))
    total: int = 0
    page: int = 1
    per_page: int = FOLLOWUPS_PER_PAGE
    pages: int = 0
    items: list[FollowUp] = Field(default_factory=list)
    note: str | None = None


def followups_page(archive: Archive, *, country: str | None = None, status: str | None = None,
                   as_of: str | None = None, page: int = 1, per_page: int = FOLLOWUPS_PER_PAGE) -> FollowupsPage:
    day = archive.as_of_day(as_of)
    base = FollowupsPage(as_of=day, as_of_today=day == archive.as_of_day(), country=country, status=status,
                         page=page, per_page=per_page)
    read = _all_and_chosen(lambda **kw: archive.followups(as_of=day, **kw), country)
    if read is None:
        return base.model_copy(update={"note": STALE_NOTE})
    everything, mine = read
    rels = _count(f.relationship for f in everything)
    counts = {s: 0 for s in FOLLOWUP_STATUSES}
    for f in mine:
        counts[f.status] += 1
    chosen = [f for f in mine if not status or f.status == status]
    start = (page - 1) * per_page
    return base.model_copy(update=dict(counts=counts, relations=_relation_items(rels), total=len(chosen),
                                       pages=_pages(len(chosen), per_page), items=chosen[start:start + per_page]))


# --- people --------------------------------------------------------------------------------------
class PersonRow(_Out):
    person_id: str
    name: str
    country: str | None = None
    latin: str = ""
    latin_source: str = ""
    variants: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list, description="roles held, first held first")
    first: str | None = None
    last: str | None = None
    talks: int = 0


class PeoplePage(_Out):
    country: str | None = None
    countries: list[FacetItem] = Field(default_factory=list, description="countries with their people")
    total: int = 0
    page: int = 1
    per_page: int = PEOPLE_PER_PAGE
    pages: int = 0
    items: list[PersonRow] = Field(default_factory=list, description="most talks first")
    note: str | None = None


def people_page(archive: Archive, *, country: str | None = None, page: int = 1,
                per_page: int = PEOPLE_PER_PAGE) -> PeoplePage:
    out = PeoplePage(country=country, page=page, per_page=per_page)
    read = _all_and_chosen(archive.people, country)
    if read is None:
        return out.model_copy(update={"note": STALE_NOTE})
    everyone, mine = read
    by_country = _count(p.country for p in everyone)
    start = (page - 1) * per_page
    rows = [PersonRow(person_id=p.person_id, name=p.name, country=p.country, latin=p.latin or p.romaji,
                      latin_source=p.latin_source, variants=list(p.variants),
                      roles=list(dict.fromkeys(r.role for r in p.roles if r.role)), first=p.first, last=p.last,
                      talks=len(p.talks)) for p in mine[start:start + per_page]]
    return out.model_copy(update=dict(
        countries=[FacetItem(value=c, count=n, label=countries.name_ja(c))
                   for c, n in sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))],
        total=len(mine), pages=_pages(len(mine), per_page), items=rows))


# --- topics --------------------------------------------------------------------------------------
class TopicsPage(_Out):
    country: str | None = Field(default=None, description="the other side of the relationship (all when None)")
    label: str = Field(default="", description="the relationship as written (日露), or すべての関係")
    relations: list[FacetItem] = Field(default_factory=list, description="relationships with their talks")
    topics: list[str] = Field(default_factory=list, description="the topics that occur, in taxonomy order")
    totals: dict[str, int] = Field(default_factory=dict, description="topic -> outcomes and plans over all years")
    years: list[TopicYear] = Field(default_factory=list, description="oldest year first")


def topics_page(archive: Archive, *, country: str | None = None) -> TopicsPage:
    years = archive.topics_by_year(country=country)
    totals: dict[str, int] = {}
    for y in years:
        for t, n in y.counts.items():
            totals[t] = totals.get(t, 0) + n
    rank = {t: i for i, t in enumerate(TOPIC_LABELS)}
    seen = sorted(totals, key=lambda t: (rank.get(t, len(rank)), t))
    rels = {r.pair: r.events for r in archive.relations()}
    label = countries.pair_label(["JP", country]) if country else "すべての関係"
    return TopicsPage(country=country, label=label, relations=_relation_items(rels), topics=seen, totals=totals,
                      years=years)
