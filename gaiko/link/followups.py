"""Follow-through: each planned item linked to the later talk that fulfils it, or given a status.

For every ``Planned`` of every event (``3月中旬にモスクワで次官級協議を行うことで合意``):

1. Its kind: the planned item's ``kind`` when the record gives one, else inferred from ``what`` by the
   cue table ``PLAN_KIND_CUES`` (首脳 → summit, 次官/協議 → vice_ministerial, ...).
2. Its date window, from ``date`` and ``precision`` (``PRECISION_DAYS``) widened by ``SLACK_DAYS``:
   ``2002-03`` ``mid_month`` → 2002-03-11..20 → 2002-03-08..2002-03-25. A season is read from
   ``date_text`` (春/夏/秋/冬) when given, else the whole year. A plan without a date gets
   ``UNDATED_HORIZON_DAYS`` after the talk that set it up. A window never starts before the next day.
3. Candidates: later talks of the same relationship whose date lies in the window and whose kind is the
   planned kind (found by bisection in a per-(relationship, kind) date index; at most ``MAX_CANDIDATES``) (talks that are one talk by ``gaiko.link.reconcile`` count once, with all their sources).
   A plan of kind ``other`` (a port call, a business mission) only matches an ``other`` event whose
   label shares a word with it or that took place at the planned place.
4. Confidence (``CONFIDENCE``): a base for kind and window, more for the planned place (city, or the place
   named in the occasion or label), the planned occasion (APEC首脳会議 ~ ペルーAPEC), an exact day; less
   when the talk took place elsewhere than planned (it is still linked, with a note) or the plan had no
   date. The best candidate wins.

Status, always *as of* a day (``as_of``, stated on every follow-up): ``link_followups`` gives it as of the
newest dated record of the documents; ``on_day(items, day)`` replays it as of any day (the archive's readers:
today, unless asked for another day):
- ``fulfilled``: linked to a talk held on or before that day (``matched_*`` fields, ``confidence``).
- ``scheduled``: linked to a talk that every record of it only announces (``Event.scheduled``: a 要人来日日程
  entry, …会談を行う予定です), none reporting it held, dated on or before that day (``matched_scheduled``). A talk
  reported held always wins over an announced one, whatever their scores.
- ``pending``: no talk found by that day and the window is still open on it (the talk may be yet to come,
  or the archive may not hold its record).
- ``overdue``: a dated plan whose window closed before that day, with no talk found.
- ``unmatched``: a plan without a date whose horizon has passed, with no talk found.
A plan made after that day is not listed; a talk held after it is not yet a fulfilment (the follow-up
notes when it came).

Library API (pure: documents in, follow-ups out; ``gaiko.archive.Archive`` serves them stored or computed):
``link_followups(docs) -> list[FollowUp]`` (oldest plan first); ``select(items, country, status)``;
``of_event(items, groups, event_id)``; ``on_day(items, day)``; ``followups(docs, ...)`` and ``for_event(docs,
event_id)`` over documents.
"""

from __future__ import annotations

import bisect
import calendar
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import date as _date
from datetime import timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field

from gaiko import countries
from gaiko.errors import UsageError
from gaiko.link.docs import DocView, EventView, events_of, iter_archive, relationship
from gaiko.link.reconcile import event_groups
from gaiko.link.reconcile import parse_day as _day

Status = Literal["fulfilled", "scheduled", "pending", "overdue", "unmatched"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]

# What a planned item's words say about its kind, first match wins.
PLAN_KIND_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("two_plus_two", ("2+2", "外務・防衛閣僚", "安全保障協議委員会")),
    ("summit", ("首脳", "総理の訪", "総理訪", "大統領の訪", "大統領訪", "首相の訪", "首相訪", "国賓", "公式訪問")),
    ("defense_ministers", ("防衛相会談", "防衛大臣会談", "国防相")),
    ("foreign_ministers", ("外相", "外務大臣", "閣僚級戦略対話")),
    ("vice_ministerial", ("次官", "局長", "協議", "対話", "作業部会", "委員会")),
)

# precision -> (first day, last day) of the month it covers; None = the whole month
PRECISION_DAYS: dict[str, tuple[int, int | None]] = {
    "early_month": (1, 10),
    "mid_month": (11, 20),
    "late_month": (21, None),
    "month": (1, None),
}
# precision -> days of slack (before, after) the window
SLACK_DAYS: dict[str, tuple[int, int]] = {
    "day": (2, 3),
    "early_month": (3, 5),
    "mid_month": (3, 5),
    "late_month": (3, 5),
    "month": (3, 7),
    "season": (0, 30),
    "year": (0, 30),
    "undated": (0, 0),
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 14)}
UNDATED_HORIZON_DAYS = 365
# At most this many talks (of the planned kind, in the window, earliest first) are scored per plan. Real
# relationships hold a handful of talks of one kind in any window; the cap keeps linking O(n log n) even on
# archives far denser than that (bench/bench_link.py), at the price of ignoring later candidates there.
MAX_CANDIDATES = 64

CONFIDENCE: dict[str, float] = {
    "base": 0.55,
    "place": 0.25,  # the planned city is where it took place
    "place_country": 0.1,  # the planned country matches a visit's label (訪日)
    "occasion": 0.15,
    "exact_day": 0.15,
    "core_window": 0.05,  # inside the window without slack
    "place_differs": -0.2,
    "undated": -0.15,
}


class FollowUp(BaseModel):
    plan_id: str
    doc_id: str
    event_id: str
    relationship: str | None
    made_on: str | None = Field(description="date of the talk that set the plan up")
    what: str
    kind: str | None
    date: str | None
    date_end: str | None = Field(default=None, description="last day of a plan over several days (8月16日から20日)")
    precision: str | None
    date_text: str | None = Field(default=None, description="the plan's date as written")
    place: str | None
    occasion: str | None = None
    made_label: str | None = Field(default=None, description="label of the talk that set the plan up")
    text: str
    span: tuple[int, int]
    window_start: str | None
    window_end: str | None
    status: Status
    as_of: str | None = Field(default=None, description="the day the status holds on (YYYY-MM-DD)")
    confidence: float | None = None
    matched_event_id: str | None = None
    matched_group_id: str | None = None
    matched_date: str | None = None
    matched_label: str | None = None
    matched_city: str | None = None
    matched_sources: list[str] = Field(default_factory=list)
    matched_scheduled: bool = Field(default=False, description="the matched talk is only announced, no record "
                                    "reports it held (status scheduled)")
    notes: list[str] = Field(default_factory=list)


def plan_kind(what: str, kind: str | None) -> str | None:
    if kind:
        return kind
    w = unicodedata.normalize("NFKC", what or "")
    for k, cues in PLAN_KIND_CUES:
        if any(c in w for c in cues):
            return k
    return None



def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def window(date: str | None, precision: str | None, made_on: str | None, date_end: str | None = None,
           date_text: str | None = None) -> tuple[_date, _date] | None:
    """The days a planned item may take place on (slack included); None when nothing can be placed."""
    start_floor = _day(made_on)
    if not date:
        if start_floor is None:
            return None
        return start_floor + timedelta(days=1), start_floor + timedelta(days=UNDATED_HORIZON_DAYS)
    prec = precision or ("day" if len(date) >= 10 else "month" if len(date) >= 7 else "year")
    try:
        y = int(date[:4])
        if prec == "day" and len(date) >= 10:
            lo = hi = _date.fromisoformat(date[:10])
            end = _day(date_end)
            if end and end >= lo:
                hi = end
        elif prec in PRECISION_DAYS and len(date) >= 7:
            m = int(date[5:7])
            first, last = PRECISION_DAYS[prec]
            lo = _date(y, m, first)
            hi = _date(y, m, last or _month_end(y, m))
        elif prec == "season":
            season = next((s for s in SEASON_MONTHS if date_text and s in date_text), None)
            if season:
                m1, m2 = SEASON_MONTHS[season]
                lo = _date(y, m1, 1)
                y2, m2 = (y + 1, m2 - 12) if m2 > 12 else (y, m2)
                hi = _date(y2, m2, _month_end(y2, m2))
            else:
                lo, hi = _date(y, 1, 1), _date(y, 12, 31)
        else:  # year, or a month-level date with an unknown precision
            if len(date) >= 7:
                m = int(date[5:7])
                lo, hi = _date(y, m, 1), _date(y, m, _month_end(y, m))
                prec = "month"
            else:
                lo, hi = _date(y, 1, 1), _date(y, 12, 31)
    except ValueError:
        return None
    before, after = SLACK_DAYS.get(prec, (0, 0))
    lo, hi = lo - timedelta(days=before), hi + timedelta(days=after)
    if start_floor is not None:
        lo = max(lo, start_floor + timedelta(days=1))
    return (lo, hi) if lo <= hi else None


def core_window(date: str | None, precision: str | None, **kw) -> tuple[_date, _date] | None:
    """The days the plan's own words cover (``window`` without its slack)."""
    w = window(date, precision, None, **kw)
    if w is None or not date:
        return w
    before, after = SLACK_DAYS.get(precision or "", (0, 0))
    return w[0] + timedelta(days=before), w[1] - timedelta(days=after)


def _n(s: str | None) -> str:
    return unicodedata.normalize("NFKC", s or "").replace(" ", "").replace("・", "")


def _shares_word(a: str | None, b: str | None, size: int = 3) -> bool:
    """Do two strings share a run of ``size`` characters (APEC首脳会議 ~ ペルーAPEC)?"""
    a, b = _n(a), _n(b)
    if len(a) < size or len(b) < size:
        return False
    grams = {a[i:i + size] for i in range(len(a) - size + 1)}
    return any(b[i:i + size] in grams for i in range(len(b) - size + 1))


_COUNTRY_NAMES: dict[str, str] | None = None


def _country_of_place(place: str) -> str | None:
    global _COUNTRY_NAMES
    if _COUNTRY_NAMES is None:
        _COUNTRY_NAMES = dict(countries.name_index())
    return _COUNTRY_NAMES.get(place)


def _score(plan: Any, ev: EventView, kind: str | None, wcore: tuple[_date, _date] | None) -> tuple[float, list[str]]:
    c = CONFIDENCE
    score, notes = c["base"], []
    e = ev.event
    place = _n(plan.place)
    where = " ".join(x for x in (e.city, e.venue, e.occasion, ev.label()) if x)
    if place:
        if _country_of_place(plan.place or ""):
            if place in _n(where) or _shares_word(plan.place, where, 2):
                score += c["place_country"]
        elif e.city and _n(e.city) == place or place in _n(where):
            score += c["place"]
        elif e.city:
            score += c["place_differs"]
            notes.append(f"held in {e.city}, planned in {plan.place}")
    if plan.occasion and _shares_word(plan.occasion, (e.occasion or "") + ev.label()):
        score += c["occasion"]
    d = _day(e.date)
    if plan.precision == "day" and plan.date and e.date and e.date[:10] == plan.date[:10]:
        score += c["exact_day"]
    elif d and wcore and wcore[0] <= d <= wcore[1]:
        score += c["core_window"]
    if not plan.date:
        score += c["undated"]
    return round(min(0.99, max(0.05, score)), 2), notes


def link_followups(docs: Iterable[DocView], groups: dict[str, str] | None = None) -> list[FollowUp]:
    """Every planned item of the documents with its link or status, oldest plan first."""
    events = list(events_of(docs))
    groups = event_groups(events) if groups is None else groups
    sources: dict[str, list[str]] = defaultdict(list)
    held: set[str] = set()  # talks (groups) some record of which reports them held, not only announced
    for ev in events:
        gid = groups.get(ev.event_id, ev.event_id)
        docs_of = sources[gid]
        if ev.doc_id not in docs_of:
            docs_of.append(ev.doc_id)
        if not ev.event.scheduled:
            held.add(gid)
    # per relationship: events with a day date, sorted, for window look-ups by bisection
    # keyed by (relationship, kind) and (relationship, None) for plans of unknown kind
    index: dict[tuple[str | None, str | None], list[tuple[_date, EventView]]] = defaultdict(list)
    newest: _date | None = None
    for ev in events:
        d = _day(ev.date)
        if d is None:
            continue
        newest = d if newest is None or d > newest else newest
        rel = relationship(ev.countries)
        index[(rel, None)].append((d, ev))
        index[(rel, ev.kind)].append((d, ev))
    for entries in index.values():
        entries.sort(key=lambda x: (x[0], x[1].event_id))
    keys = {rel: [d for d, _ in lst] for rel, lst in index.items()}

    out: list[FollowUp] = []
    for ev in events:
        rel = relationship(ev.countries)
        own_group = groups.get(ev.event_id, ev.event_id)
        for j, plan in enumerate(ev.event.planned):
            kind = plan_kind(plan.what, plan.kind)
            w = window(plan.date, plan.precision, ev.date, plan.date_end, plan.date_text)
            wcore = core_window(plan.date, plan.precision, date_end=plan.date_end, date_text=plan.date_text)
            fu: dict[str, Any] = dict(
                plan_id=f"{ev.event_id}:p{j}", doc_id=ev.doc_id, event_id=ev.event_id, relationship=rel,
                made_on=ev.date, what=plan.what, kind=kind, date=plan.date, date_end=plan.date_end,
                precision=plan.precision, date_text=plan.date_text, place=plan.place, occasion=plan.occasion,
                made_label=ev.label(), text=plan.text, span=plan.span, as_of=newest.isoformat() if newest else None,
                window_start=w[0].isoformat() if w else None, window_end=w[1].isoformat() if w else None,
                status="unmatched", confidence=None, matched_event_id=None, matched_group_id=None,
                matched_date=None, matched_label=None, matched_city=None, matched_sources=[], matched_scheduled=False,
                notes=[],
            )
            best: tuple[bool, float, int, EventView, list[str]] | None = None
            if w is not None and (rel, kind) in index:
                lst, ks = index[(rel, kind)], keys[(rel, kind)]
                lo = bisect.bisect_left(ks, w[0])
                for day, cand in lst[lo:min(bisect.bisect_right(ks, w[1]), lo + MAX_CANDIDATES)]:
                    gid = groups.get(cand.event_id, cand.event_id)
                    if gid == own_group or cand.doc_id == ev.doc_id or (ev.date and (cand.date or "") <= ev.date):
                        continue
                    if kind is not None and cand.kind != kind:
                        continue
                    if (kind in (None, "other")) and not (_shares_word(plan.what, cand.label())
                                                         or (plan.place and _n(plan.place) == _n(cand.city))):
                        continue
                    sc, notes = _score(plan, cand, kind, wcore)
                    dist = (day - w[0]).days
                    was_held = gid in held
                    if best is None or (was_held, sc, -dist) > (best[0], best[1], -best[2]):
                        best = (was_held, sc, dist, cand, notes)
            if best is not None:
                was_held, sc, _dist, cand, notes = best
                gid = groups.get(cand.event_id, cand.event_id)
                fu.update(status="fulfilled" if was_held else "scheduled", confidence=sc,
                          matched_event_id=cand.event_id, matched_group_id=gid, matched_date=cand.date,
                          matched_label=cand.label(), matched_city=cand.event.city,
                          matched_sources=list(sources[gid]), matched_scheduled=not was_held,
                          notes=notes if was_held else [*notes, "announced, not reported held"])
            elif w is not None and newest is not None and w[1] >= newest:
                fu["status"] = "pending"
            elif plan.date:
                fu["status"] = "overdue"
            out.append(FollowUp.model_construct(**fu))  # built here from validated records: no re-validation
    out.sort(key=lambda f: (f.made_on or "", f.plan_id))
    return out


def today() -> str:
    """The day statuses hold on when none is asked for (the machine's local date, ISO)."""
    return _date.today().isoformat()


def status_on(f: FollowUp, day: str) -> tuple[str, bool]:
    """The status of one follow-up on ``day`` (ISO) and whether its fulfilment is still to come then."""
    if f.matched_event_id and (f.matched_date or "") <= day:
        return ("scheduled" if f.matched_scheduled else "fulfilled"), False
    later = bool(f.matched_event_id)
    if f.window_end and f.window_end >= day:
        return "pending", later
    return ("overdue" if f.date else "unmatched"), later


def on_day(items: Iterable[FollowUp], day: str) -> list[FollowUp]:
    """The follow-ups as they stood on ``day`` (YYYY-MM-DD): plans made by then, each with its status that
    day (``as_of``). A talk held after ``day`` is not yet a fulfilment: its match is cleared, and a note says
    when it came."""
    out = []
    for f in items:
        if f.made_on and f.made_on[:10] > day:
            continue
        status, later = status_on(f, day)
        change: dict[str, Any] = {"status": status, "as_of": day}
        if later:
            change.update(confidence=None, matched_event_id=None, matched_group_id=None, matched_date=None,
                          matched_label=None, matched_city=None, matched_sources=[], matched_scheduled=False,
                          notes=[f"{'announced for' if f.matched_scheduled else 'held'} later: "
                                 f"{f.matched_date} {f.matched_label}"])
        out.append(f.model_copy(update=change))
    return out


def check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")


def select(items: list[FollowUp], country: str | None = None, status: str | None = None) -> list[FollowUp]:
    """The follow-ups of relationships with ``country`` (alpha-2 code of a side: ``RU``) in ``status`` (one of
    ``STATUSES``)."""
    check_status(status)
    if country:
        code = country.upper()
        items = [f for f in items if f.relationship and code in f.relationship.split("-")]
    if status:
        items = [f for f in items if f.status == status]
    return items


def of_event(items: list[FollowUp], groups: dict[str, str], event_id: str) -> dict[str, list[FollowUp]]:
    """Links both ways for one talk: ``planned_here`` (plans this talk set up) and ``fulfils`` (earlier
    plans this talk carried out, counting every record of the same talk: ``groups``, event_id -> group)."""
    gid = groups.get(event_id, event_id)
    return {
        "planned_here": [f for f in items if f.event_id == event_id],
        "fulfils": [f for f in items if f.matched_event_id == event_id or (f.matched_group_id and f.matched_group_id == gid)],
    }


def followups(source: Any, country: str | None = None, status: str | None = None) -> list[FollowUp]:
    """Planned items of an iterable of documents with their links, oldest plan first (``select``'s filters)."""
    check_status(status)
    return select(link_followups(iter_archive(source)), country, status)


def for_event(source: Any, event_id: str) -> dict[str, list[FollowUp]]:
    """``of_event`` over the follow-ups of an iterable of documents."""
    docs = list(iter_archive(source))
    groups = event_groups(events_of(docs))
    return of_event(link_followups(docs, groups), groups, event_id)
