"""The record: the one schema of what gaiko extracts from a document.

It mirrors ``shared/record-format.md`` field for field. Everything else derives
from it: ``extract`` prints it, the store's columns and indexes are built from
it, the API returns it, exports map it. Fields beyond the format are additions
(never renames): evidence spans for scalar facts, topics, the extra fields of
planned items and chronology entries that the annotated examples carry.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DocType = Literal["meeting", "telephone_talk", "press_conference", "visit", "chronology", "statement", "other"]
Kind = Literal[
    "summit", "foreign_ministers", "defense_ministers", "two_plus_two", "vice_ministerial", "other_ministerial", "other"
]
Channel = Literal["in_person", "telephone", "video"]
OutcomeType = Literal["agree", "request", "protest", "invite", "thank", "express"]
Precision = Literal["day", "early_month", "mid_month", "late_month", "month", "season", "year"]

DOC_TYPES: tuple[str, ...] = DocType.__args__  # type: ignore[attr-defined]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
CHANNELS: tuple[str, ...] = Channel.__args__  # type: ignore[attr-defined]
OUTCOME_TYPES: tuple[str, ...] = OutcomeType.__args__  # type: ignore[attr-defined]
PRECISIONS: tuple[str, ...] = Precision.__args__  # type: ignore[attr-defined]
# what a record says of its talk: reported held, or only announced (``Event.scheduled``); the archive stores it
# per event (``events.state``) and filters talks by it (``gaiko.filters``: a talk some record of which says so)
ReportState = Literal["held", "announced"]
REPORT_STATES: tuple[str, ...] = ReportState.__args__  # type: ignore[attr-defined]


def report_state(scheduled: bool) -> ReportState:
    """``announced`` for an event a page only announces (``Event.scheduled``), else ``held``."""
    return "announced" if scheduled else "held"

Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Person(_Model):
    name: str
    role: str | None = None
    country: str | None = None
    span: Span | None = Field(default=None, description="where the name stands in the text")
    rule: str | None = Field(default=None, description="id of the lexicon row that found the name (provenance)")


class Outcome(_Model):
    type: OutcomeType
    by: str = Field(description="country code of the side that acted, or 'both'")
    text: str
    span: Span
    topics: list[str] = Field(default_factory=list)
    rule: str | None = Field(default=None, description="id of the lexicon row of the cue (provenance)")


class Planned(_Model):
    what: str
    date: str | None = None
    precision: Precision | None = None
    place: str | None = None
    text: str
    span: Span
    kind: Kind | None = None
    date_end: str | None = None
    occasion: str | None = None
    date_text: str | None = None
    topics: list[str] = Field(default_factory=list)
    rule: str | None = Field(default=None, description="id of the lexicon row that found the plan (provenance)")


class Event(_Model):
    kind: Kind = "other"
    channel: Channel | None = "in_person"
    date: str | None = None
    date_end: str | None = None
    start_local: str | None = None
    end_local: str | None = None
    start_jst: str | None = None
    duration_min: int | None = None
    venue: str | None = None
    city: str | None = None
    occasion: str | None = None
    countries: list[str] = Field(default_factory=list)
    principals: list[Person] = Field(default_factory=list)
    attendees: list[Person] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    planned: list[Planned] = Field(default_factory=list)
    # additions
    scheduled: bool = Field(
        default=False, description="announced, not reported held (…会談を行う予定です, a 要人来日日程 entry): "
        "evidence['scheduled'] is the sentence that announces it")
    entry_text: str | None = Field(default=None, description="chronology entry as written")
    entry_span: Span | None = None
    evidence: dict[str, Span] = Field(
        default_factory=dict, description="field name -> span of the text that supports it (date, venue, ...)"
    )
    topics: list[str] = Field(default_factory=list)
    rules: dict[str, str] = Field(
        default_factory=dict, description="field name (event, kind, channel, city, …) -> id of the lexicon row that set it"
    )


class Record(_Model):
    title: str | None = None
    doc_type: DocType = "other"
    doc_date: str | None = None
    # addition (before events: the store writes a record's events last)
    rules: dict[str, str] = Field(
        default_factory=dict, description="field name (doc_type) -> id of the lexicon row that set it; none: the page's shape did"
    )
    events: list[Event] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        """The record as plain JSON data (what ``extract`` prints)."""
        return self.model_dump(mode="json")


def record_json_schema() -> dict:
    """JSON Schema of the record, for docs and validation."""
    return Record.model_json_schema()
