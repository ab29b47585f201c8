"""Typed drafts: what the stages hand each other before ``assemble`` builds the ``Record``.

Each draft carries the ids of the lexicon rows that produced it (``rule`` / ``rules``), which
``assemble`` copies onto the record's facts.

    PersonMention   a name with its title and side, where it stands       (people, meetings)
    OutcomeDraft    agree / request / protest / invite / thank of a sentence (outcomes)
    PlanDraft       a follow-up agreed or scheduled                          (plans, chronology)
    EventDraft      one talk, with its people, outcomes and plans            (meetings, chronology)
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PersonMention:
    name: str
    role: str | None
    country: str | None
    start: int  # span of the name
    end: int
    role_end: int  # end of name + title
    named_country: str | None = None  # a country named before the person (スロバキアのX): their nationality
    rule: str | None = None  # the lexicon row that found the name (a title, an attendee cue, a side label)

    def key(self) -> str:
        return self.name

    def copy(self) -> PersonMention:
        """A copy, field by field (copy.copy's generic __reduce_ex__ round trip is slow, and a class compiled by mypyc
        has no __dict__ to copy)."""
        return PersonMention(self.name, self.role, self.country, self.start, self.end, self.role_end, self.named_country,
                             self.rule)


@dataclass
class OutcomeDraft:
    type: str  # one of record.OUTCOME_TYPES
    by: str | None  # country code of the side that acted, or 'both'
    text: str  # the sentence, as written
    span: tuple[int, int]
    rule: str | None = None  # the cue row


@dataclass
class PlanDraft:
    what: str
    date: str | None = None
    precision: str | None = None
    place: str | None = None
    text: str = ""
    span: tuple[int, int] = (0, 0)
    kind: str | None = None
    date_end: str | None = None
    occasion: str | None = None
    date_text: str | None = None
    rule: str | None = None  # the decision word or plan noun row
    mentioned: bool = False  # only mentioned in passing (…に予定されている首脳会談に向けて)
    visit_verb: bool = False  # a visit said as a verb (…が訪日し、): it can carry the talk that follows it
    before: str | None = None  # another talk named as its time (…協議を首脳会談前に実施): dates it by that talk's year


@dataclass
class EventDraft:
    kind: str = "other"
    channel: str | None = "in_person"
    date: str | None = None
    date_end: str | None = None
    start_local: str | None = None
    end_local: str | None = None
    start_jst: str | None = None
    duration_min: int | None = None
    venue: str | None = None
    city: str | None = None
    occasion: str | None = None
    counterpart: str | None = None
    principals: list[PersonMention] = field(default_factory=list)
    attendees: list[PersonMention] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)  # sentence indices
    sentences: list[int] = field(default_factory=list)
    evidence: dict = field(default_factory=dict)
    outcomes: list[OutcomeDraft] = field(default_factory=list)
    planned: list[PlanDraft] = field(default_factory=list)
    in_japan: bool = False
    call: bool = False  # anchored by a courtesy call (表敬)
    programme: bool = False  # a talk known from a visit's programme only
    gathering: bool = False  # a gathering held (…特別首脳会議が開催され) naming no pair: its own people only
    item_at: int | None = None  # where the programme's item that made the talk stands (no anchor of its own)
    entry_words: str = ""  # a chronology entry's own words
    one_side: str | None = None  # an entry about one side only (an inauguration): that side's code
    others: list[str] = field(default_factory=list)  # further sides of a talk of three or more (日中韓サミット)
    rules: dict[str, str] = field(default_factory=dict)  # fact field (event, kind, channel, city …) -> lexicon row id

    @property
    def countries(self) -> list[str]:
        return ["JP"] + ([self.counterpart] if self.counterpart and self.counterpart != "JP" else []) + self.others
