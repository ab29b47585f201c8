"""Event data exports: tables of rows (jsonl, csv, parquet), PLOVER-style records, an iCalendar of plans.

``export(archive_or_docs, fmt, out, country=None, *, table="events", event_ids=None, ...) -> int`` writes one
format and returns the number of records (``Archive.export`` passes the events its filters select, and its own
people and follow-ups). Library functions: ``event_rows``, ``participant_rows``, ``outcome_rows``,
``plan_rows``, ``plover_records``, ``ics_text``; ``select_docs`` reads the documents once for them.

Tables (``--table``, jsonl / csv / parquet), long rather than wide:
- ``events`` (``EVENT_COLUMNS``): one row per event; ``principals`` as written and ``principal_ids`` beside them.
- ``participants``: one row per event and person (principal or attendee) with the ``person_id`` of
  ``gaiko.link.people`` (the same on every record of one individual), role, country, offsets of the name.
- ``outcomes``: one row per outcome: type, the side that acted (``by``), the sentence, its offsets, topics, rule.
- ``plans``: one row per planned item: its date as written (``date_iso``: a prefix such as 2002-03, with
  ``precision``), the window of days it may take place in, its status as of a day (``as_of``) and the talk
  that fulfilled it.
Dates are ISO text in jsonl and CSV and Parquet ``date32`` (``date`` columns: a full day, else null;
``date_iso`` keeps the value as recorded); lists are JSON arrays in jsonl, Parquet ``list<string>``, and
``;``-joined strings in CSV. Parquet reads back with exactly the rows of ``typed_rows`` (tested).
``source_url`` is the page's URL when it was read from the web (else empty; ``path`` is the local file).

PLOVER (``--format plover``, JSON lines, schema ``gaiko/schemas/plover.schema.json``), decisions:
- One ``CONSULT`` record per talk (events that are one talk by ``gaiko.link.reconcile`` give one record,
  from the meeting record rather than the chronology entry; ``sources`` lists every document).
  ``mode``: ``phone`` for telephone *and video* talks (PLOVER has no video mode; a video talk is, like a
  call, a consultation without travel), ``multilateral`` when the talk was held on the occasion of a
  gathering (``occasion``), else ``visit``. Actor and recipient follow the PLOVER manual: the visitor is
  the actor and the host the recipient. The host is read from the label (訪日 → Japan hosts; 訪露 →
  Russia hosts) or the city (``JAPANESE_CITIES``); when neither tells, Japan is the actor.
  Its ``event_text`` is the sentence that reports the talk (``gaiko.link.anchors``: a chronology entry, the
  sentence of the talk's date, or of its first principal), ``text_info`` the sentence's offsets; only a
  document stored without its text falls back to the entry or the page title, without offsets.
- One record per outcome: ``agree`` → ``AGREE`` (``by`` both: actor is both sides, no recipient),
  ``request`` → ``REQUEST``, ``protest`` → ``PROTEST``, ``invite`` → ``AGREE`` with context ``invitation``
  (the PLOVER manual codes references to future meetings and state visits as AGREE; an invitation is a
  proposed future visit). ``thank`` and ``express`` have no PLOVER category and are not exported. An
  AGREE whose sentence sets up a planned item gets context ``future_meeting``.
- ``actor``/``recipient`` are ISO 3166 alpha-2 codes (the archive's codes), not CAMEO/ISO3 codes.
- ``event_text`` is the source sentence as it stands at ``text_info``'s ``[start, end)`` character offsets in
  the document's extracted plain text; ``cite_info.url`` the page's source URL (null for a local file).

iCalendar (``--format ics``, RFC 5545, written by hand): one all-day ``VEVENT`` per planned item dated
to a day (or a range of days: 8月16日から20日 spans the five), a part of a month, a month or a season (a
plan dated only to a year is no calendar event: the follow-ups list keeps it); ``DTSTAMP`` is when the
calendar was written (UTC), as RFC 5545 asks: ``DTSTART;VALUE=DATE`` is the start of the window its
precision gives (2002-03 mid_month → 20020311), ``DTEND`` the day after its end; the SUMMARY names what,
where and when as written, the DESCRIPTION the sentence and its follow-through status as of a day (today
unless asked). Lines are CRLF-terminated and folded at 75 octets.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from gaiko import countries
from gaiko.errors import UsageError
from gaiko.inputs import first_day, last_day
from gaiko.link.anchors import anchors as talk_anchors
from gaiko.link.docs import DocView, EventView, events_of
from gaiko.link.followups import FollowUp, core_window, link_followups, on_day, today
from gaiko.link.people import PersonEntity, resolve
from gaiko.link.reconcile import event_groups
from gaiko.topics import classify

FORMATS = ("jsonl", "csv", "parquet", "plover", "ics")
TABLES = ("events", "participants", "outcomes", "plans")  # the row formats' tables (``--table``)

# name, type: str | int | float | bool | list | date (ISO text in jsonl and CSV, a Parquet date32)
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "str"), ("group_id", "str"), ("doc_id", "str"), ("doc_title", "str"), ("doc_type", "str"),
    ("source_url", "str"), ("path", "str"), ("date", "date"), ("date_end", "date"), ("date_iso", "str"),
    ("kind", "str"), ("channel", "str"), ("scheduled", "bool"), ("city", "str"), ("venue", "str"), ("occasion", "str"),
    ("countries", "list"), ("principals", "list"), ("principal_ids", "list"), ("attendees", "list"),
    ("topics", "list"), ("n_outcomes", "int"), ("n_agree", "int"), ("n_request", "int"), ("n_protest", "int"),
    ("n_planned", "int"),
)
PARTICIPANT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "str"), ("group_id", "str"), ("doc_id", "str"), ("date", "date"), ("kind", "str"),
    ("channel", "str"), ("part", "str"), ("name", "str"), ("role", "str"), ("country", "str"), ("person_id", "str"),
    ("start", "int"), ("end", "int"),
)
OUTCOME_COLUMNS: tuple[tuple[str, str], ...] = (
    ("outcome_id", "str"), ("event_id", "str"), ("group_id", "str"), ("doc_id", "str"), ("date", "date"),
    ("type", "str"), ("by", "str"), ("text", "str"), ("start", "int"), ("end", "int"), ("topics", "list"),
    ("rule", "str"),
)
PLAN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("plan_id", "str"), ("event_id", "str"), ("doc_id", "str"), ("relationship", "str"), ("made_on", "date"),
    ("what", "str"), ("kind", "str"), ("date_iso", "str"), ("date_end", "date"), ("precision", "str"),
    ("date_text", "str"), ("place", "str"), ("occasion", "str"), ("window_start", "date"), ("window_end", "date"),
    ("status", "str"), ("as_of", "date"), ("matched_event_id", "str"), ("matched_date", "date"),
    ("confidence", "float"), ("text", "str"), ("start", "int"), ("end", "int"),
)
TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": EVENT_COLUMNS, "participants": PARTICIPANT_COLUMNS, "outcomes": OUTCOME_COLUMNS, "plans": PLAN_COLUMNS,
}

OUTCOME_EVENT = {"agree": "AGREE", "request": "REQUEST", "protest": "PROTEST", "invite": "AGREE"}
JAPANESE_CITIES = frozenset(
    "東京 大阪 京都 横浜 神戸 名古屋 福岡 札幌 広島 長崎 仙台 那覇 沖縄 箱根 長門 伊勢志摩 洞爺湖 函館 新潟 金沢 奈良 富山 "
    "高松 松山 岡山 熊本 鹿児島 宮崎 別府 軽井沢 日光".split()
)
CODER = "gaiko"


@dataclass
class Selection:
    """What an export covers: the documents, the talks' anchors, and which events (None: all)."""

    docs: list[DocView]
    # doc_id -> event index -> (start, end, the sentence): the talk's anchor (gaiko.link.anchors)
    anchors: dict[str, dict[int, tuple[int, int, str]]] = field(default_factory=dict)
    event_ids: set[str] | None = None
    country: str | None = None
    _groups: dict[str, str] | None = None

    def groups(self) -> dict[str, str]:
        if self._groups is None:
            self._groups = event_groups(events_of(self.docs))
        return self._groups

    def wants(self, ev: EventView) -> bool:
        if self.country and self.country not in ev.event.countries:
            return False
        return self.event_ids is None or ev.event_id in self.event_ids

    def events(self) -> list[EventView]:
        return [ev for ev in events_of(self.docs) if self.wants(ev)]


def _check_country(country: str | None) -> str | None:
    if not country:
        return None
    code = country.upper()
    if not countries.get(code):
        raise UsageError(f"unknown country code {country!r} (ISO alpha-2, e.g. RU)")
    return code


def select_docs(source: Any, country: str | None = None, event_ids: Iterable[str] | None = None) -> Selection:
    """The documents of ``source`` (an archive, or an iterable of documents or ``DocView``s) with the anchor of
    each talk (``gaiko.link.anchors``, from the documents' texts when they carry them)."""
    code = _check_country(country)
    raw = source.iter_documents() if hasattr(source, "iter_documents") else source
    docs, spans = [], {}
    for d in raw:
        view = DocView.of(d)
        docs.append(view)
        text = getattr(d, "text", None)
        found = talk_anchors(view.record, text)
        if found and text:
            spans[view.doc_id] = {i: (a, b, text[a:b]) for i, (a, b) in found.items()}
    return Selection(docs=docs, anchors=spans, event_ids=set(event_ids) if event_ids is not None else None,
                     country=code)


def _selection(docs: Any, country: str | None) -> Selection:
    return docs if isinstance(docs, Selection) else select_docs(docs, country)


def _person(p: Any) -> str:
    extra = ", ".join(x for x in (p.role, p.country) if x)
    return f"{p.name} ({extra})" if extra else p.name


def person_index(people: Iterable[PersonEntity]) -> dict[tuple[str, str], str]:
    """(talk group, name as written) -> person_id, from the people's talks."""
    out: dict[tuple[str, str], str] = {}
    for p in people:
        for t in p.talks:
            for name in p.variants:
                out.setdefault((t.group_id, name), p.person_id)
    return out


def event_rows(docs: Any, country: str | None = None, groups: dict[str, str] | None = None,
               people: Iterable[PersonEntity] | None = None) -> list[dict]:
    """One flat row per event (``EVENT_COLUMNS``), in document order; ``principal_ids`` when ``people`` given."""
    sel = _selection(docs, country)
    groups = sel.groups() if groups is None else groups
    ids = person_index(people) if people is not None else {}
    paths = {d.doc_id: d.path for d in sel.docs}
    out = []
    for ev in sel.events():
        e = ev.event
        gid = groups.get(ev.event_id, ev.event_id)
        types = [o.type for o in e.outcomes]
        topics = list(e.topics) or sorted({t for o in e.outcomes for t in (o.topics or classify(o.text))})
        out.append({
            "event_id": ev.event_id, "group_id": gid, "doc_id": ev.doc_id,
            "doc_title": ev.doc_title, "doc_type": ev.doc_type, "source_url": ev.source_url,
            "path": paths.get(ev.doc_id), "date": _day(e.date), "date_end": _day(e.date_end), "date_iso": e.date,
            "kind": e.kind, "channel": e.channel, "scheduled": e.scheduled, "city": e.city, "venue": e.venue,
            "occasion": e.occasion, "countries": list(e.countries),
            "principals": [_person(p) for p in e.principals],
            "principal_ids": [ids.get((gid, p.name)) or "" for p in e.principals],
            "attendees": [_person(p) for p in e.attendees],
            "topics": topics, "n_outcomes": len(types), "n_agree": types.count("agree"),
            "n_request": types.count("request"), "n_protest": types.count("protest"), "n_planned": len(e.planned),
        })
    return out


def participant_rows(docs: Any, people: Iterable[PersonEntity] | None = None, country: str | None = None) -> list[dict]:
    """One row per event and person taking part (``part``: principal or attendee) with the person's id
    (``gaiko.link.people``: the same id on every record of the same individual)."""
    sel = _selection(docs, country)
    groups = sel.groups()
    ids = person_index(resolve(sel.docs, groups) if people is None else people)
    out = []
    for ev in sel.events():
        e = ev.event
        gid = groups.get(ev.event_id, ev.event_id)
        for part, persons in (("principal", e.principals), ("attendee", e.attendees)):
            for p in persons:
                out.append({"event_id": ev.event_id, "group_id": gid, "doc_id": ev.doc_id, "date": _day(e.date),
                            "kind": e.kind, "channel": e.channel, "part": part, "name": p.name, "role": p.role,
                            "country": p.country, "person_id": ids.get((gid, p.name)),
                            "start": p.span[0] if p.span else None, "end": p.span[1] if p.span else None})
    return out


def outcome_rows(docs: Any, country: str | None = None) -> list[dict]:
    """One row per outcome: its type, the side that acted, the sentence and its offsets, topics, rule."""
    sel = _selection(docs, country)
    groups = sel.groups()
    out = []
    for ev in sel.events():
        for k, o in enumerate(ev.event.outcomes):
            out.append({"outcome_id": f"{ev.event_id}:o{k}", "event_id": ev.event_id,
                        "group_id": groups.get(ev.event_id, ev.event_id), "doc_id": ev.doc_id,
                        "date": _day(ev.event.date), "type": o.type, "by": o.by, "text": o.text,
                        "start": int(o.span[0]), "end": int(o.span[1]),
                        "topics": list(o.topics or classify(o.text)), "rule": o.rule})
    return out


def _followups(sel: Selection, followups: Iterable[FollowUp] | None, as_of: str | None) -> list[FollowUp]:
    """The follow-ups of the selected events, with their statuses as of ``as_of`` (default today)."""
    items = list(followups) if followups is not None else on_day(link_followups(sel.docs, sel.groups()),
                                                                   as_of or today())
    wanted = {ev.event_id for ev in sel.events()}
    return [f for f in items if f.event_id in wanted]


def plan_rows(docs: Any, followups: Iterable[FollowUp] | None = None, country: str | None = None,
              as_of: str | None = None) -> list[dict]:
    """One row per planned item with its window, its status as of a day (``as_of``) and the talk that
    fulfilled it."""
    sel = _selection(docs, country)
    return [{"plan_id": f.plan_id, "event_id": f.event_id, "doc_id": f.doc_id, "relationship": f.relationship,
             "made_on": _day(f.made_on), "what": f.what, "kind": f.kind, "date_iso": f.date,
             "date_end": _day(f.date_end), "precision": f.precision, "date_text": f.date_text, "place": f.place,
             "occasion": f.occasion, "window_start": f.window_start, "window_end": f.window_end,
             "status": f.status, "as_of": f.as_of, "matched_event_id": f.matched_event_id,
             "matched_date": _day(f.matched_date), "confidence": f.confidence, "text": f.text,
             "start": int(f.span[0]), "end": int(f.span[1])} for f in _followups(sel, followups, as_of)]


def _day(value: str | None) -> str | None:
    """A full ISO day, else None (a date known only to its month or year has no day to give)."""
    return value[:10] if value and len(value) >= 10 else None


def _host(ev, label: str) -> str | None:
    """The hosting side of an in-person talk, when the label or the city tells."""
    e = ev.event
    others = [c for c in e.countries if c != "JP"]
    if "訪日" in label:
        return "JP"
    for c in others:
        known = countries.get(c)
        abbr = known.abbr if known else None
        name = countries.name_ja(c)
        if (abbr and f"訪{abbr}" in label) or (name and f"{name}訪問" in label):
            return c
    if e.city in JAPANESE_CITIES:
        return "JP"
    if e.city and len(others) == 1 and not e.occasion:
        return others[0]
    return None


def plover_records(docs: Any, country: str | None = None, groups: dict[str, str] | None = None) -> list[dict]:
    """PLOVER-style records: one CONSULT per talk (any of whose events is selected), one per
    agree/request/protest/invite outcome of the talk's records."""
    sel = _selection(docs, country)
    groups = sel.groups() if groups is None else groups
    members: dict[str, list[EventView]] = {}
    for ev in events_of(sel.docs):
        if not sel.country or sel.country in ev.countries:
            members.setdefault(groups.get(ev.event_id, ev.event_id), []).append(ev)
    out: list[dict] = []
    for gid, evs in members.items():
        if sel.event_ids is not None and not any(x.event_id in sel.event_ids for x in evs):
            continue
        ev = max(evs, key=lambda x: (x.doc_type != "chronology", len(x.event.principals), -x.index))
        e = ev.event
        if not e.date or len(e.countries) < 2:
            continue  # not a talk between sides (an inauguration entry) or undated
        if all(x.event.scheduled for x in evs):
            continue  # only announced (要人来日日程, …予定です): no consultation is reported yet
        label = " ".join(x.label() for x in evs)
        if e.channel in ("telephone", "video"):
            mode = "phone"
        elif e.occasion:
            mode = "multilateral"
        else:
            mode = "visit"
        host = _host(ev, label) if mode != "phone" else None
        sides = list(dict.fromkeys(e.countries))
        actor = [c for c in sides if c != host] if host else sides[:1]
        recipient = [host] if host else sides[1:]
        # the sentence that reports the talk (gaiko.link.anchors); without the document's text, the entry as
        # written or the page title, and no offsets
        anchor = sel.anchors.get(ev.doc_id, {}).get(ev.index)
        span: tuple[int, int] | None
        if anchor is not None:
            text, span = anchor[2], (anchor[0], anchor[1])
        else:
            text, span = (e.entry_text, e.entry_span) if e.entry_text else (ev.doc_title or "", None)
        rec = _record(f"{gid}:consult", ev, e.date, e.date_end, actor, recipient, "CONSULT", text, span)
        rec["mode"] = mode
        rec["sources"] = list(dict.fromkeys(x.doc_id for x in evs))
        rec["kind"] = e.kind
        out.append(rec)
        # outcomes: from every record of the talk (a chronology entry has none, a meeting record has them)
        for x in evs:
            planned_spans = {tuple(p.span) for p in x.event.planned}
            for k, o in enumerate(x.event.outcomes):
                code = OUTCOME_EVENT.get(o.type)
                if code is None:
                    continue
                if o.by == "both" or o.by not in x.event.countries:
                    act, rcp = list(x.event.countries), []
                else:
                    act, rcp = [o.by], [c for c in x.event.countries if c != o.by]
                r = _record(f"{x.event_id}:o{k}", x, x.event.date, None, act, rcp, code, o.text, o.span)
                context = []
                if o.type == "invite":
                    context.append("invitation")
                if code == "AGREE" and tuple(o.span) in planned_spans:
                    context.append("future_meeting")
                if context:
                    r["context"] = context
                r["outcome_type"] = o.type
                if o.topics:
                    r["topics"] = list(o.topics)
                out.append(r)
    return out


def _record(rid, ev, day, enddate, actor, recipient, code, text, span) -> dict:
    rec: dict[str, Any] = {"id": rid, "date": first_day(day), "actor": actor, "event": [code]}
    if len(day) < 10:  # a talk known to its month (or year) only: PLOVER's dates are days, so the span of them
        rec["enddate"] = last_day(enddate or day)
        rec["date_precision"] = "month" if len(day) >= 7 else "year"
    elif enddate and enddate != day:
        rec["enddate"] = last_day(enddate)
    if recipient:
        rec["recipient"] = recipient
    if ev.event.city:
        rec["event_loc"] = {"name": ev.event.city}
    if span is not None:  # the sentence as it stands at its offsets
        rec["event_text"] = text or ""
        rec["text_info"] = {"start": int(span[0]), "end": int(span[1])}
    else:
        rec["event_text"] = " ".join((text or "").split())
    rec["cite_info"] = {"url": ev.source_url, "language": "ja", "publication": "外務省"}
    rec["coder"] = CODER
    rec["doc_id"] = ev.doc_id
    rec["event_id"] = ev.event_id
    return rec


# --- iCalendar ------------------------------------------------------------------------------------
def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out: list[str] = []
    cur, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


UNDATED_PRECISIONS = ("year", "season")  # too wide for a calendar event: a to-do that says when

PRECISION_WORDS = {"day": "", "early_month": "上旬", "mid_month": "中旬", "late_month": "下旬", "month": "",
                   "season": "頃", "year": ""}


def _when(date: str, precision: str | None) -> str:
    y = int(date[:4])
    if len(date) >= 10 and precision in (None, "day"):
        return f"{y}年{int(date[5:7])}月{int(date[8:10])}日"
    if len(date) >= 7:
        return f"{y}年{int(date[5:7])}月{PRECISION_WORDS.get(precision or '', '')}"
    return f"{y}年"


def _now_utc() -> datetime:
    return datetime.now(UTC)


def ics_text(docs: Any, country: str | None = None, followups: Iterable[FollowUp] | None = None,
             as_of: str | None = None) -> tuple[str, int]:
    """The iCalendar text of the planned items (statuses as of ``as_of``, default today) and their count: a plan
    dated to a day, days or a month is an event over them; one known only to its year or season, or undated
    (近々, 早期に), is an undated to-do (VTODO) that says when, never a year-long event."""
    stamp = f"DTSTAMP:{_now_utc():%Y%m%dT%H%M%SZ}"
    sel = _selection(docs, country)
    urls = {d.doc_id: getattr(d, "source_url", None) for d in sel.docs}
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//gaiko//planned talks//JA", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:gaiko 予定された会談"]
    events: list[list[str]] = []
    todos: list[list[str]] = []
    for f in _followups(sel, followups, as_of):
        dated = bool(f.date) and f.precision not in UNDATED_PRECISIONS
        core = core_window(f.date, f.precision, date_end=f.date_end, date_text=f.date_text) if dated else None
        when = _when(f.date, f.precision) if f.date else "時期未定"
        if core is not None and f.date_end and f.date_end != f.date and f.precision in (None, "day"):
            when += "～" + _when(f.date_end, "day")
        elif f.precision == "season" and not when.endswith("頃"):
            when += "頃"
        where = f" ({f.place})" if f.place else ""
        desc = f"{' '.join(f.text.split())}\n状態（{f.as_of}時点）: {f.status}"
        if f.status in ("fulfilled", "scheduled"):
            desc += f" ({f.matched_date} {f.matched_label})"
        desc += f"\n出典: {f.doc_id} [{f.span[0]}-{f.span[1]}]"
        summary = f"[予定] {f.relationship or ''} {f.what}{where} — {when}".strip()
        common = [f"UID:{f.plan_id}@gaiko", stamp, f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(desc)}"]
        tail = ([f"LOCATION:{_ics_escape(f.place)}"] if f.place else []) + \
            ([f"URL:{urls[f.doc_id]}"] if urls.get(f.doc_id) else [])
        if core is not None:
            start, end = core  # a plan over several days (8月16日から20日) spans them all
            events.append(["BEGIN:VEVENT", *common, f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
                           f"DTEND;VALUE=DATE:{end + timedelta(days=1):%Y%m%d}", "TRANSP:TRANSPARENT",
                           f"STATUS:{'CONFIRMED' if f.status in ('fulfilled', 'scheduled') else 'TENTATIVE'}", *tail, "END:VEVENT"])
        else:  # no day to put it on: an undated to-do whose summary says when
            todos.append(["BEGIN:VTODO", *common, f"STATUS:{'COMPLETED' if f.status == 'fulfilled' else 'NEEDS-ACTION'}",
                          *tail, "END:VTODO"])
    n = len(events) + len(todos)
    for block in events + todos:  # (the events first, then the to-dos)
        lines += block
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines), n


# --- writers --------------------------------------------------------------------------------------
def _csv_value(v: Any) -> Any:
    if isinstance(v, list):
        return ";".join(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else v


def typed_rows(rows: list[dict], table: str = "events") -> list[dict]:
    """The rows with their ``date`` columns as ``datetime.date`` (what a Parquet file reads back as)."""
    dates = [c for c, t in TABLE_COLUMNS[table] if t == "date"]
    return [{**r, **{c: date.fromisoformat(r[c]) if r.get(c) else None for c in dates}} for r in rows]


def parquet_table(rows: list[dict], table: str = "events"):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string()), "date": pa.date32()}
    schema = pa.schema([(name, types[t]) for name, t in TABLE_COLUMNS[table]])
    return pa.Table.from_pylist(typed_rows(rows, table), schema=schema)


def table_rows(sel: Selection, table: str, *, people: Callable[[], list[PersonEntity]] | None = None,
               followups: Callable[[], list[FollowUp]] | None = None, as_of: str | None = None) -> list[dict]:
    """The rows of one table (``TABLES``); ``people`` and ``followups`` give the archive's own (else computed)."""
    if table == "events":
        return event_rows(sel, people=people() if people else None)
    if table == "participants":
        return participant_rows(sel, people() if people else None)
    if table == "outcomes":
        return outcome_rows(sel)
    if table == "plans":
        return plan_rows(sel, followups() if followups else None, as_of=as_of)
    raise UsageError(f"unknown table {table!r} (one of: {', '.join(TABLES)})")


def export(source: Any, fmt: str, out: str | IO = "-", country: str | None = None, bom: bool = False, *,
           table: str = "events", event_ids: Iterable[str] | None = None,
           people: Callable[[], list[PersonEntity]] | None = None,
           followups: Callable[[], list[FollowUp]] | None = None, as_of: str | None = None) -> int:
    """Write ``fmt`` to ``out`` (a path, ``"-"`` for stdout, or a text stream); returns the record count.

    ``table``: which rows jsonl, csv and parquet write (``TABLES``); ``event_ids``: only these events (the
    talks they belong to, for PLOVER; the plans they set up, for ics and plans); ``people``/``followups``:
    the archive's (else they are computed from the documents); ``as_of``: the day plan statuses hold on.
    ``bom``: a CSV starts with U+FEFF, which Excel needs to read it as UTF-8 rather than the system's code page."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    if table not in TABLES:
        raise UsageError(f"unknown table {table!r} (one of: {', '.join(TABLES)})")
    if table != "events" and fmt not in ("jsonl", "csv", "parquet"):
        raise UsageError(f"--table applies to jsonl, csv and parquet (not {fmt})")
    if bom and fmt != "csv":
        raise UsageError("--bom applies to csv only")
    if fmt == "parquet" and (out == "-" or not isinstance(out, str)):
        raise UsageError("parquet needs an output file: -o FILE.parquet")
    sel = select_docs(source, country, event_ids)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        rows = table_rows(sel, table, people=people, followups=followups, as_of=as_of)
        try:
            pq.write_table(parquet_table(rows, table), out)
        except OSError as e:
            raise UsageError(f"cannot write {out}: {e.strerror or e}") from None
        return len(rows)
    buf = io.StringIO(newline="")
    if fmt == "ics":
        text, n = ics_text(sel, followups=followups() if followups else None, as_of=as_of)
        buf.write(text)
    elif fmt == "plover":
        recs = plover_records(sel)
        for r in recs:
            buf.write(json.dumps(r, ensure_ascii=False) + "\n")
        n = len(recs)
    else:
        rows = table_rows(sel, table, people=people, followups=followups, as_of=as_of)
        columns = [c for c, _ in TABLE_COLUMNS[table]]
        if fmt == "jsonl":
            for r in rows:
                buf.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            if bom:
                buf.write("\ufeff")
            w = csv.writer(buf, lineterminator="\r\n")
            w.writerow(columns)
            for r in rows:
                w.writerow([_csv_value(r[c]) for c in columns])
        n = len(rows)
    _write(out, buf.getvalue())
    return n


def _write(out: str | IO, text: str) -> None:
    if not isinstance(out, str):
        out.write(text)
    elif out == "-":
        sys.stdout.write(text)
    else:
        try:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as e:
            raise UsageError(f"cannot write {out}: {e.strerror or e}") from None


def plover_schema() -> dict:
    """The JSON Schema every PLOVER record validates against (gaiko/schemas/plover.schema.json)."""
    return json.loads((Path(__file__).parent / "schemas" / "plover.schema.json").read_text(encoding="utf-8"))
