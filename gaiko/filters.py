"""The search filters, declared once: ``FILTERS`` is the table every interface and the store derive theirs from.

A row (``Filter``) names a filter (the field of ``Filters``, the query parameter of ``/api/search``,
``/api/events`` and the pages, the option of ``gaiko search``), says what values it takes (``Value``: checked
by ``gaiko.inputs``, so the CLI and the API refuse a bad value with the same reason), what it matches in the
archive (``On``: ``gaiko/store/filters.py`` turns it into SQL) and whether a search counts its values as a
facet (``Facet``). Every filter but those on a column of ``documents`` acts on a talk (an event, or the reconciled
group of events that are one talk: ``gaiko.store.talks``): ``Archive.talks`` lists the talks that match all of
them, and a search the documents holding such a talk. A new row is a new CLI option, API parameter, SQL condition and facet: nothing else to edit
(tests/test_filters.py checks that each derived set equals the table's names).

    Filters(country="RU", kind="summit", date_from="2008")   # what Archive.search / events / timeline take
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from gaiko import inputs
from gaiko.record import CHANNELS, DOC_TYPES, KINDS, OUTCOME_TYPES, REPORT_STATES


@dataclass(frozen=True)
class Value:
    """The values a filter takes: a date or date prefix, a country code, one word of a vocabulary, or a name
    as written (no check: a name nobody bears matches nothing)."""

    kind: Literal["date", "code", "choice", "name"]
    choices: tuple[str, ...] = ()
    metavar: str | None = None  # how the CLI's help names the value (a choice shows its words instead)

    def normalise(self, v: str | None) -> str | None:
        if not v:
            return None
        return v.upper() if self.kind == "code" else v

    def check(self, name: str, v: str | None) -> None:
        """Raise ``gaiko.inputs.InvalidInput`` for a value this filter cannot take."""
        if not v:
            return
        if self.kind == "date":
            inputs.check_date(v, name)
        elif self.kind == "code":
            inputs.check_country(v, name)
        elif self.kind == "choice":
            inputs.check_choice(v, name, self.choices)


DATE = Value("date", metavar="DATE")
COUNTRY = Value("code", metavar="CC")


@dataclass(frozen=True)
class On:
    """Where a filter's value is looked for: a column of ``documents``, of ``events``, or of one of the tables
    of an event's facts (one row per value: ``event_countries``, ``participants``, ``outcomes``, ``topics``).
    ``op`` compares; ``<=`` on a date prefix takes in the whole prefix (--to 2011 is up to 2011-12-31)."""

    table: str
    column: str
    op: Literal["=", ">=", "<="] = "="


@dataclass(frozen=True)
class Facet:
    """A search counts, for each value of the facet, the documents matching the query and the filters that have
    it in a talk matching the filters (the talk list: the talks that have it; ``gaiko.store.filters.facet_counts``).

    ``top``: at most this many values (most first); ``skip``: values not listed; ``only``: the
    rows that count (a column and its value); ``chars``: values cut to their first characters (a year, listed
    newest first)."""

    label: str  # Japanese heading of the facet on the search page
    top: int | None = None
    skip: tuple[str, ...] = ()
    only: tuple[str, object] | None = None
    chars: int | None = None
    name: str = ""  # filled from the filter's row (or YEAR's own)
    on: On | None = None
    sets: tuple[str, ...] = ()  # the filters a chosen value sets (its row's, or date_from and date_to)


@dataclass(frozen=True)
class Filter:
    """One row of the table: a filter of search, events and timeline (see the module's docstring)."""

    name: str
    option: str  # the CLI option
    help: str  # English: the CLI's --help and the API's parameter description
    ja: str  # Japanese name, for messages on the pages
    value: Value
    on: On
    facet: Facet | None = None
    # the archive resolves a value to the stored values it denotes (a person: every spelling stored for them)
    resolved: bool = False


def _choice(words: tuple[str, ...]) -> Value:
    return Value("choice", choices=words)


FILTERS: tuple[Filter, ...] = (
    Filter("date_from", "--from", "From this date (YYYY, YYYY-MM or YYYY-MM-DD).", "開始日", DATE,
           On("events", "date", ">=")),
    Filter("date_to", "--to", "Up to this date, inclusive (YYYY, YYYY-MM, ...).", "終了日", DATE,
           On("events", "date", "<=")),
    Filter("country", "--country", "A side of the talk (ISO alpha-2: RU).", "国", COUNTRY,
           On("event_countries", "country"), Facet("国", skip=("JP",))),  # Japan is a side of every talk
    Filter("kind", "--kind", "Kind of talk.", "会談の種類", _choice(KINDS), On("events", "kind"), Facet("種類")),
    Filter("channel", "--channel", "In person, telephone or video.", "形式", _choice(CHANNELS),
           On("events", "channel"), Facet("形式")),
    Filter("state", "--state", "held: a record reports the talk held; announced: a record only announces it "
           "(a visit schedule, …会談を行う予定です).", "実施", _choice(REPORT_STATES), On("events", "state"),
           Facet("実施")),
    Filter("person", "--person", "A principal or attendee (as written: ラヴロフ).", "人物",
           Value("name", metavar="NAME"), On("participants", "name"), Facet("人物", top=20, only=("principal", 1)),
           resolved=True),
    Filter("outcome", "--outcome", "Talks with this kind of outcome.", "成果", _choice(OUTCOME_TYPES),
           On("outcomes", "type"), Facet("成果")),
    Filter("doc_type", "--type", "Document type.", "文書の種類", _choice(DOC_TYPES), On("documents", "doc_type"),
           Facet("文書種別")),
    Filter("topic", "--topic", "Talks with an outcome or plan on this topic (gaiko topics --taxonomy).", "分野",
           Value("name", metavar="TOPIC"), On("topics", "topic"), Facet("分野", top=20)),
)
# talks per year of their dates (a talk of 2009-12-30 to 2010-01-02 counts in both years); choosing a year sets
# date_from and date_to to it (the API's ?year= too)
YEAR = Facet("年", chars=4, name="year", on=On("events", "date"), sets=("date_from", "date_to"))


def index(rows: tuple[Filter, ...]) -> tuple[dict[str, Filter], tuple[str, ...], tuple[Facet, ...]]:
    """What the table gives: the rows by name, the names in order, and the facets (the year's first)."""
    by_name = {f.name: f for f in rows}
    facets = (YEAR, *(replace(f.facet, name=f.name, on=f.on, sets=(f.name,)) for f in rows if f.facet is not None))
    return by_name, tuple(by_name), facets


BY_NAME, NAMES, FACETS = index(FILTERS)


class Filters:
    """The values of the filters of ``FILTERS``, each None when not given (an empty string is not given).

    ``resolved`` (the one positional argument): for a filter the archive resolves (``Filter.resolved``), the stored values its value denotes;
    ``Archive`` fills it, the store matches any of them."""

    __slots__ = ("_values", "resolved")

    def __init__(self, resolved: Mapping[str, tuple[str, ...]] | None = None, /, **values: str | None) -> None:
        unknown = sorted(set(values) - set(BY_NAME))
        if unknown:
            raise TypeError(f"unknown filter {', '.join(unknown)} (filters: {', '.join(NAMES)})")
        self._values: dict[str, str | None] = {n: values.get(n) or None for n in NAMES}
        self.resolved: dict[str, tuple[str, ...]] = dict(resolved or {})

    def __getattr__(self, name: str) -> str | None:
        if name.startswith("_") or name not in BY_NAME:
            raise AttributeError(name)
        return self._values[name]

    def replace(self, **changes: str | None) -> Filters:
        resolved = {k: v for k, v in self.resolved.items() if k not in changes}
        return Filters(resolved, **{**self._values, **changes})

    def with_resolved(self, name: str, values: tuple[str, ...]) -> Filters:
        """These filters with filter ``name`` resolved to the stored ``values`` its value denotes."""
        return Filters({**self.resolved, name: tuple(values)}, **self._values)

    def only(self, names: tuple[str, ...] | list[str]) -> Filters:
        """These filters with only the values (and resolved values) of ``names``."""
        return Filters({k: v for k, v in self.resolved.items() if k in names},
                       **{n: self._values[n] for n in names if n in self._values})

    def active(self) -> dict[str, str]:
        """The filters given, in table order: {"country": "RU"}."""
        return {k: v for k, v in self._values.items() if v}

    to_dict = active

    def is_empty(self) -> bool:
        return not self.active()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Filters) and (self._values, self.resolved) == (other._values, other.resolved)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "Filters(" + ", ".join(f"{k}={v!r}" for k, v in self.active().items()) + ")"


def on_talk(flt: Filter) -> bool:
    """Whether a filter acts on a talk (every row but those on a column of ``documents``)."""
    return flt.on.table != "documents"


def check(f: Filters | None) -> Filters | None:
    """Every value against its vocabulary and the calendar, and the date range not empty (``gaiko.inputs``):
    a typo is a usage error, not an empty result."""
    if f is None:
        return None
    for flt in FILTERS:
        flt.value.check(flt.name, getattr(f, flt.name))
    inputs.check_dates(f.date_from, f.date_to)
    return f


__all__ = ["BY_NAME", "FACETS", "FILTERS", "NAMES", "YEAR", "Facet", "Filter", "Filters", "On", "Value", "check", "index", "on_talk"]
