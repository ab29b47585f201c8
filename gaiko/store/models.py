"""Result types of the archive API (``gaiko.archive.Archive``): what every interface receives."""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from gaiko.errors import printable
from gaiko.record import Outcome, Person, Planned, Record


class AddResult(BaseModel):
    doc_id: str
    status: str  # added | unchanged | replaced
    replaced: str | None = None  # doc_id of the old version at the same path


class Failure(BaseModel):
    """One input that failed, with why: both printable on one line (see gaiko.errors.printable)."""

    input: str
    reason: str

    @field_validator("input", "reason", mode="before")
    @classmethod
    def _printable(cls, v: object) -> str:
        return printable(v)


class IngestReport(BaseModel):
    inputs: int = 0  # documents seen (files and pages)
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[Failure] = Field(default_factory=list)
    skipped: dict[str, int] = Field(default_factory=dict)  # files of folders that are not inputs: extension -> count
    chars: int = 0  # characters of text stored
    seconds: float = 0.0
    extract_seconds: float = 0.0  # summed over workers
    store_seconds: float = 0.0  # main process, writing
    worker_restarts: int = 0  # extraction pools rebuilt after a worker died (its documents were retried)

    @property
    def ok(self) -> bool:
        return not self.failed


class StoredDocument(BaseModel):
    doc_id: str
    path: str | None = None
    source_url: str | None = None
    sha256: str
    title: str | None = None
    doc_type: str | None = None
    doc_date: str | None = None
    text: str
    record: Record
    extractor_version: str
    added_at: str
    encoding: str | None = None


class SearchHit(BaseModel):
    doc_id: str
    title: str | None = None
    doc_type: str | None = None
    doc_date: str | None = None
    path: str | None = None
    source_url: str | None = None
    score: float = 0.0  # higher is better
    snippet: list[tuple[str, bool]] = Field(default_factory=list)  # (text, is_match) segments


class FacetCount(BaseModel):
    value: str
    count: int


class SearchResult(BaseModel):
    query: str = ""
    total: int  # documents matching (exact unless total_exact is False: then at least this many)
    total_exact: bool = True
    hits: list[SearchHit] = Field(default_factory=list)
    facets: dict[str, list[FacetCount]] = Field(default_factory=dict)
    ranking: str = "bm25"  # how hits are ordered: bm25 | ts_rank | recency (too many matches to rank) | date


class EventRow(BaseModel):
    event_id: str  # "<doc_id>-<index>"
    doc_id: str
    doc_title: str | None = None
    doc_type: str | None = None
    index: int
    kind: str | None = None
    channel: str | None = None
    date: str | None = None
    date_end: str | None = None
    city: str | None = None
    venue: str | None = None
    occasion: str | None = None
    countries: list[str] = Field(default_factory=list)
    principals: list[Person] = Field(default_factory=list)
    attendees: list[Person] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    planned: list[Planned] = Field(default_factory=list)
    entry_text: str | None = None
    topics: list[str] = Field(default_factory=list)
    scheduled: bool = False  # announced, not reported held (Event.scheduled)


class EventPage(BaseModel):
    total: int
    items: list[EventRow] = Field(default_factory=list)


class TimelineEntry(BaseModel):
    date: str | None = None
    date_end: str | None = None
    label: str
    kind: str | None = None
    channel: str | None = None
    sources: list[str] = Field(default_factory=list)  # doc_ids
    event_ids: list[str] = Field(default_factory=list)
    agreements: list[str] = Field(default_factory=list)
    scheduled: bool = False  # every source only announces the talk (要人来日日程, …予定です): not reported held


class TalkSummary(TimelineEntry):
    """One talk: an event, or the reconciled group of events that are one talk (a chronology's entry and the
    meeting record of it), with what its events say together."""

    talk_id: str  # the group's id: its first meeting record's event id (gaiko.link.reconcile.group_id_of)
    countries: list[str] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list)  # principals' names as written, each spelling once
    outcomes: list[str] = Field(default_factory=list)  # outcome types
    topics: list[str] = Field(default_factory=list)
    doc_types: list[str] = Field(default_factory=list)


class TalkResult(BaseModel):
    query: str = ""
    total: int  # talks matching (exact unless total_exact is False: then at least this many)
    total_exact: bool = True
    items: list[TalkSummary] = Field(default_factory=list)
    facets: dict[str, list[FacetCount]] | None = None  # counting talks (None: not asked, or too many talks)


class TimelineYear(BaseModel):
    year: str
    entries: list[TimelineEntry] = Field(default_factory=list)


class RelationCount(BaseModel):
    pair: str  # "JP-RU"
    country: str
    name_ja: str
    region: str | None = None
    events: int


class Stats(BaseModel):
    documents: int = 0
    events: int = 0  # event rows: a talk reported by two documents is two of them
    talks: int = 0  # talks (gaiko.store.talks): what by_year, by_country and by_kind count
    by_year: dict[str, int] = Field(default_factory=dict)
    by_country: dict[str, int] = Field(default_factory=dict)
    by_kind: dict[str, int] = Field(default_factory=dict)
    by_doc_type: dict[str, int] = Field(default_factory=dict)
