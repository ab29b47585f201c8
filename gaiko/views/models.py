"""Typed page data: each page of the web app is one of these objects, rendered either as JSON (the API)
or through a Jinja template (the HTML page). Built by ``gaiko.views.build`` from ``Archive`` calls only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, create_model

from gaiko.archive import EventRow as Talk  # one talk as one document reports it
from gaiko.archive import TimelineEntry as ChronologyEntry
from gaiko.filters import FILTERS, Filters
from gaiko.record import Record
from gaiko.views.highlight import Segment


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True, extra="ignore")


class _FilterValues(_Out):
    """The filters a request asked for: one field per row of ``gaiko.filters.FILTERS``."""

    def active(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v}

    def filters(self) -> Filters:
        """As the archive takes them."""
        return Filters(**self.active())

    if TYPE_CHECKING:  # the fields are made from the table below
        def __getattr__(self, name: str) -> str | None: ...


if TYPE_CHECKING:
    FilterValues = _FilterValues
else:
    FilterValues = create_model("FilterValues", __base__=_FilterValues, __doc__=_FilterValues.__doc__,
                                **{f.name: (str | None, None) for f in FILTERS})


class ChartYear(BaseModel):
    """One bar of a relation's chart (``gaiko.web.chart`` draws it): talks that year by kind."""

    year: int
    counts: dict[str, int] = Field(default_factory=dict, description="kind -> talks that year")
    remote: dict[str, int] = Field(default_factory=dict, description="kind -> of which telephone/video")

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class Hit(_Out):
    doc_id: str
    title: str | None = None
    doc_type: str | None = None
    doc_date: str | None = None
    score: float | None = None
    snippet: list[tuple[str, bool]] = Field(default_factory=list, description="(text, is_match) segments")


class FacetItem(_Out):
    value: str
    count: int
    label: str = ""


class SearchPage(_Out):
    q: str
    sort: str
    filters: FilterValues
    page: int
    per_page: int
    total: int
    total_exact: bool = Field(default=True, description="False: at least `total` documents match (exact_total=true counts them all)")
    pages: int
    hits: list[Hit]
    facets: dict[str, list[FacetItem]] = Field(default_factory=dict)
    facets_note: str | None = Field(default=None, description="why facets were not counted (too many matches)")


class EventsPage(_Out):
    filters: FilterValues
    total: int
    limit: int
    offset: int
    items: list[Talk]


class DocumentPage(_Out):
    doc_id: str
    title: str | None = None
    doc_type: str | None = None
    doc_date: str | None = None
    source_url: str | None = None
    sha256: str | None = None
    extractor_version: str | None = None
    added_at: str | None = None
    record: Record
    text: str
    segments: list[Segment] = Field(description="the text cut at every evidence mark")
    mark_counts: dict[str, int] = Field(default_factory=dict, description="highlight class -> marks")
    relations: list[str] = Field(default_factory=list, description="country pairs the document's talks belong to")


class ChronologyYear(_Out):
    year: str | None
    entries: list[ChronologyEntry]


class RelationPage(_Out):
    pair: str
    country: str
    name_ja: str
    label: str
    region: str | None = None
    total: int
    years: list[ChronologyYear]
    chart: list[ChartYear]


class RoleSpan(_Out):
    role: str | None = None
    country: str | None = None
    first: str | None = None
    last: str | None = None
    talks: int = 0


class PersonTalk(_Out):
    """One talk a person took part in (all records of the same talk merged when link.people computed it)."""

    date: str | None = None
    date_end: str | None = None
    role: str | None = None
    kind: str | None = None
    channel: str | None = None
    principal: bool = True
    label: str = ""
    counterparts: list[str] = Field(default_factory=list)
    event_id: str
    sources: list[str] = Field(default_factory=list, description="doc_ids of the records of this talk")
    scheduled: bool = False  # announced, not reported held


class PersonView(_Out):
    person_id: str | None = None
    name: str
    country: str | None = None
    romaji: str = ""
    latin: str = Field(default="", description="Latin name: from the lexicon of office holders, else romanised")
    latin_source: str = Field(default="", description="'lexicon' or 'romanised' (a transliteration, not their spelling)")
    variants: list[str] = Field(default_factory=list)
    roles: list[RoleSpan] = Field(default_factory=list)
    first: str | None = None
    last: str | None = None
    talks: list[PersonTalk] = Field(default_factory=list)


class PersonPage(_Out):
    name: str = Field(description="the name asked for")
    people: list[PersonView] = Field(description="the individuals the name may mean, newest first")
    total: int = Field(description="talks over all of them")
    source: str = Field(default="events", description="what computed the page: 'link.people' or 'events'")


class PlannedRow(_Out):
    what: str
    date: str | None = None
    date_end: str | None = None
    precision: str | None = None
    place: str | None = None
    text: str = ""
    status: str | None = None
    doc_id: str | None = None
    made_on: str | None = Field(default=None, description="date of the talk that set the plan up")
    relationship: str | None = None


class RelationRow(_Out):
    pair: str
    country: str
    name_ja: str
    events: int


class RegionGroup(_Out):
    region: str
    relations: list[RelationRow]


class HomePage(_Out):
    documents: int
    events: int = Field(description="records of talks (a talk two documents report is two)")
    talks: int = Field(default=0, description="talks (Archive.talks): what by_kind and the relations count")
    relations: int
    by_kind: dict[str, int] = Field(default_factory=dict)
    latest: list[Talk]
    planned: list[PlannedRow]
    planned_source: str = "events"
    planned_as_of: str | None = Field(default=None, description="the day the plans' statuses hold on (today)")
    regions: list[RegionGroup]


class AddedDocument(_Out):
    doc_id: str
    status: str
    url: str


class ErrorBody(_Out):
    detail: str
