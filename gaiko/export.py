"""Event data exports: rows per event (jsonl, csv, parquet), PLOVER-style records, iCalendar of plans.

``export(archive_or_docs, fmt, out, country=None) -> int`` writes one format and returns the number of
records. Library functions the API and the web app can call: ``event_rows``, ``plover_records``,
``ics_text``.

Event rows (jsonl / csv / parquet): one row per event with ``EVENT_COLUMNS``; list columns are JSON
arrays in jsonl, Parquet ``list<string>`` columns, and ``;``-joined strings in CSV. Parquet reads back
with exactly the rows of ``event_rows`` (tested).

PLOVER (``--format plover``, JSON lines, schema ``gaiko/schemas/plover.schema.json``), decisions:
- One ``CONSULT`` record per talk (events that are one talk by ``gaiko.link.reconcile`` give one record,
  from the meeting record rather than the chronology entry; ``sources`` lists every document).
  ``mode``: ``phone`` for telephone *and video* talks (PLOVER has no video mode; a video talk is, like a
  call, a consultation without travel), ``multilateral`` when the talk was held on the occasion of a
  gathering (``occasion``), else ``visit``. Actor and recipient follow the PLOVER manual: the visitor is
  the actor and the host the recipient. The host is read from the label (訪日 → Japan hosts; 訪露 →
  Russia hosts) or the city (``JAPANESE_CITIES``); when neither tells, Japan is the actor.
- One record per outcome: ``agree`` → ``AGREE`` (``by`` both: actor is both sides, no recipient),
  ``request`` → ``REQUEST``, ``protest`` → ``PROTEST``, ``invite`` → ``AGREE`` with context ``invitation``
  (the PLOVER manual codes references to future meetings and state visits as AGREE; an invitation is a
  proposed future visit). ``thank`` and ``express`` have no PLOVER category and are not exported. An
  AGREE whose sentence sets up a planned item gets context ``future_meeting``.
- ``actor``/``recipient`` are ISO 3166 alpha-2 codes (the archive's codes), not CAMEO/ISO3 codes.
- ``event_text`` is the source sentence; ``text_info`` its ``[start, end)`` character offsets in the
  document's extracted plain text; ``cite_info.url`` the source URL (or the path it was read from).

iCalendar (``--format ics``, RFC 5545, written by hand): one all-day ``VEVENT`` per planned item dated
to a day, a part of a month, a month or a season (a plan dated only to a year is no calendar event:
the follow-ups list keeps it); ``DTSTAMP`` is when the calendar was written (UTC), as RFC 5545 asks:
``DTSTART;VALUE=DATE`` is the start of the window its precision gives (2002-03 mid_month → 20020311),
``DTEND`` the day after its end; the SUMMARY names what, where and when as written, the DESCRIPTION the
sentence and its follow-through status. Lines are CRLF-terminated and folded at 75 octets.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from gaiko import countries
from gaiko.errors import UsageError
from gaiko.link.docs import DocView, events_of, iter_archive
from gaiko.link.followups import core_window, link_followups
from gaiko.link.reconcile import event_groups
from gaiko.topics import classify

FORMATS = ("jsonl", "csv", "parquet", "plover", "ics")

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (  # name, type: str | int | list
    ("event_id", "str"), ("group_id", "str"), ("doc_id", "str"), ("doc_title", "str"), ("doc_type", "str"),
    ("source_url", "str"), ("date", "str"), ("date_end", "str"), ("kind", "str"), ("channel", "str"),
    ("city", "str"), ("venue", "str"), ("occasion", "str"), ("countries", "list"), ("principals", "list"),
    ("attendees", "list"), ("topics", "list"), ("n_outcomes", "int"), ("n_agree", "int"),
    ("n_request", "int"), ("n_protest", "int"), ("n_planned", "int"),
)

OUTCOME_EVENT = {"agree": "AGREE", "request": "REQUEST", "protest": "PROTEST", "invite": "AGREE"}
JAPANESE_CITIES = frozenset(
    "東京 大阪 京都 横浜 神戸 名古屋 福岡 札幌 広島 長崎 仙台 那覇 沖縄 箱根 長門 伊勢志摩 洞爺湖 函館 新潟 金沢 奈良 富山 "
    "高松 松山 岡山 熊本 鹿児島 宮崎 別府 軽井沢 日光".split()
)
CODER = "gaiko"


def _docs(source: Any, country: str | None) -> list[DocView]:
    docs = list(iter_archive(source))
    if country:
        code = country.upper()
        if not countries.get(code):
            raise UsageError(f"unknown country code {country!r} (ISO alpha-2, e.g. RU)")
    return docs


def _groups(docs: list[DocView]) -> dict[str, str]:
    return event_groups(events_of(docs))


def _person(p: Any) -> str:
    extra = ", ".join(x for x in (p.role, p.country) if x)
    return f"{p.name} ({extra})" if extra else p.name


def event_rows(docs: Iterable[DocView], country: str | None = None,
               groups: dict[str, str] | None = None) -> list[dict]:
    """One flat row per event (``EVENT_COLUMNS``), in document order."""
    docs = list(docs)
    groups = _groups(docs) if groups is None else groups
    out = []
    for ev in events_of(docs):
        e = ev.event
        if country and country.upper() not in e.countries:
            continue
        types = [o.type for o in e.outcomes]
        topics = list(e.topics) or sorted({t for o in e.outcomes for t in (o.topics or classify(o.text))})
        out.append({
            "event_id": ev.event_id, "group_id": groups.get(ev.event_id, ev.event_id), "doc_id": ev.doc_id,
            "doc_title": ev.doc_title, "doc_type": ev.doc_type, "source_url": ev.source_url, "date": e.date,
            "date_end": e.date_end, "kind": e.kind, "channel": e.channel, "city": e.city, "venue": e.venue,
            "occasion": e.occasion, "countries": list(e.countries),
            "principals": [_person(p) for p in e.principals], "attendees": [_person(p) for p in e.attendees],
            "topics": topics, "n_outcomes": len(types), "n_agree": types.count("agree"),
            "n_request": types.count("request"), "n_protest": types.count("protest"), "n_planned": len(e.planned),
        })
    return out


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


def plover_records(docs: Iterable[DocView], country: str | None = None,
                   groups: dict[str, str] | None = None) -> list[dict]:
    """PLOVER-style records: one CONSULT per talk, one per agree/request/protest/invite outcome."""
    docs = list(docs)
    groups = _groups(docs) if groups is None else groups
    events = [ev for ev in events_of(docs) if not country or country.upper() in ev.countries]
    members: dict[str, list] = {}
    for ev in events:
        members.setdefault(groups.get(ev.event_id, ev.event_id), []).append(ev)
    out: list[dict] = []
    for gid, evs in members.items():
        ev = max(evs, key=lambda x: (x.doc_type != "chronology", len(x.event.principals), -x.index))
        e = ev.event
        if not e.date or len(e.countries) < 2:
            continue  # not a talk between sides (an inauguration entry) or undated
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


def _record(rid, ev, date, enddate, actor, recipient, code, text, span) -> dict:
    rec: dict[str, Any] = {"id": rid, "date": date[:10], "actor": actor, "event": [code]}
    if enddate and enddate != date:
        rec["enddate"] = enddate[:10]
    if recipient:
        rec["recipient"] = recipient
    if ev.event.city:
        rec["event_loc"] = {"name": ev.event.city}
    rec["event_text"] = " ".join((text or "").split()) if text else ""
    if span is not None:
        rec["text_info"] = {"start": int(span[0]), "end": int(span[1])}
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


def ics_text(docs: Iterable[DocView], country: str | None = None) -> tuple[str, int]:
    """The iCalendar text of dated planned items and their count."""
    now = _now_utc()
    items = [f for f in link_followups(docs) if f.date and f.precision != "year" and (not country or (f.relationship and country.upper()
                                                                              in f.relationship.split("-")))]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//gaiko//planned talks//JA", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:gaiko 予定された会談"]
    n = 0
    for f in items:
        core = core_window(f.date, f.precision)
        if core is None:
            continue
        start, end = core
        if f.precision in (None, "day") and f.date and len(f.date) >= 10:
            end = start
        stamp = f"{now:%Y%m%dT%H%M%SZ}"
        where = f" ({f.place})" if f.place else ""
        summary = f"[予定] {f.relationship or ''} {f.what}{where} — {_when(f.date or '', f.precision)}".strip()
        desc = f"{' '.join(f.text.split())}\n状態: {f.status}"
        if f.status == "fulfilled":
            desc += f" ({f.matched_date} {f.matched_label})"
        desc += f"\n出典: {f.doc_id} [{f.span[0]}-{f.span[1]}]"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{f.plan_id}@gaiko",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_escape(summary)}",
            f"DESCRIPTION:{_ics_escape(desc)}",
            "TRANSP:TRANSPARENT",
            f"STATUS:{'CONFIRMED' if f.status == 'fulfilled' else 'TENTATIVE'}",
        ]
        if f.place:
            lines.append(f"LOCATION:{_ics_escape(f.place)}")
        lines.append("END:VEVENT")
        n += 1
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines), n


# --- writers --------------------------------------------------------------------------------------
def _csv_value(v: Any) -> Any:
    if isinstance(v, list):
        return ";".join(v)
    return "" if v is None else v


def parquet_table(rows: list[dict]):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "list": pa.list_(pa.string())}
    schema = pa.schema([(name, types[t]) for name, t in EVENT_COLUMNS])
    return pa.Table.from_pylist(rows, schema=schema)


def export(source: Any, fmt: str, out: str | IO = "-", country: str | None = None, bom: bool = False) -> int:
    """Write ``fmt`` to ``out`` (a path, ``"-"`` for stdout, or a text stream); returns the record count.
    ``bom``: a CSV starts with U+FEFF, which Excel needs to read it as UTF-8 rather than the system's code page."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    if bom and fmt != "csv":
        raise UsageError("--bom applies to csv only")
    if fmt == "parquet" and (out == "-" or not isinstance(out, str)):
        raise UsageError("parquet needs an output file: -o FILE.parquet")
    docs = _docs(source, country)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        rows = event_rows(docs, country)
        try:
            pq.write_table(parquet_table(rows), out)
        except OSError as e:
            raise UsageError(f"cannot write {out}: {e.strerror or e}") from None
        return len(rows)
    buf = io.StringIO(newline="")
    if fmt == "ics":
        text, n = ics_text(docs, country)
        buf.write(text)
    elif fmt == "plover":
        recs = plover_records(docs, country)
        for r in recs:
            buf.write(json.dumps(r, ensure_ascii=False) + "\n")
        n = len(recs)
    else:
        rows = event_rows(docs, country)
        if fmt == "jsonl":
            for r in rows:
                buf.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            if bom:
                buf.write("\ufeff")
            w = csv.writer(buf, lineterminator="\r\n")
            w.writerow([c for c, _ in EVENT_COLUMNS])
            for r in rows:
                w.writerow([_csv_value(r[c]) for c, _ in EVENT_COLUMNS])
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
