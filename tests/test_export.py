"""Exports: PLOVER records validate against the schema in the repository; Parquet reads back the same rows;
CSV and JSONL carry the same rows; the iCalendar file follows RFC 5545's rules."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import jsonschema
import pytest

from gaiko.errors import UsageError
from gaiko.export import (
    EVENT_COLUMNS,
    TABLE_COLUMNS,
    TABLES,
    event_rows,
    export,
    ics_text,
    outcome_rows,
    participant_rows,
    plan_rows,
    plover_records,
    plover_schema,
    select_docs,
    table_rows,
    typed_rows,
)
from gaiko.link.docs import load_gold
from gaiko.link.people import resolve

KNOWLEDGE = Path(__file__).parent / "data" / "knowledge"
SCHEMA_FILE = Path(__file__).resolve().parent.parent / "gaiko" / "schemas" / "plover.schema.json"


@pytest.fixture(scope="module")
def docs(shared_dir):
    paths = list((shared_dir / "gold").glob("*.json")) + list((shared_dir / "devset" / "gold").glob("*.json"))
    return load_gold(paths + list(KNOWLEDGE.glob("*.json")))


def test_plover_export_validates_against_the_schema_in_the_repository(docs, tmp_path):
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert plover_schema() == schema
    jsonschema.Draft202012Validator.check_schema(schema)
    out = tmp_path / "events.plover.jsonl"
    n = export(docs, "plover", str(out))
    lines = out.read_text("utf-8").splitlines()
    assert n == len(lines) > 100
    v = jsonschema.Draft202012Validator(schema)
    for line in lines:
        v.validate(json.loads(line))
    # the schema is not vacuous: a record without an actor or with an unknown event type fails
    rec = json.loads(lines[0])
    for broken in ({**rec, "actor": []}, {**rec, "event": ["HUG"]}, {k: x for k, x in rec.items() if k != "date"}):
        assert list(v.iter_errors(broken))


def test_plover_codes_talks_and_outcomes(docs, shared_dir):
    recs = plover_records(docs)
    consults = [r for r in recs if r["event"] == ["CONSULT"]]
    # the 2008-11-05 talk: one CONSULT from two sources, coded from the meeting record
    nov5 = [r for r in consults if r["date"] == "2008-11-05"]
    assert len(nov5) == 1 and sorted(nov5[0]["sources"]) == ["001_65328be2aa164c64", "004_53b87c146693e3b8"]
    # modes: telephone and video -> phone; an occasion -> multilateral; a visit: visitor acts, host receives
    by_doc = {r["doc_id"]: r for r in consults}
    assert by_doc["d03"]["mode"] == "phone" and by_doc["d09"]["mode"] == "phone"  # d09 is a video talk
    assert by_doc["d18"]["mode"] == "multilateral"
    tokyo = by_doc["000_bcadfc521591403f"]  # Ivanov in Tokyo
    assert (tokyo["mode"], tokyo["actor"], tokyo["recipient"]) == ("visit", ["RU"], ["JP"])
    # outcomes keep their sentence and offsets into the document text
    seed = (shared_dir / "seeds" / "000_bcadfc521591403f.txt").read_text("utf-8")
    out0 = [r for r in recs if r["doc_id"] == "000_bcadfc521591403f" and r["event"] != ["CONSULT"]]
    assert out0 and all(seed[r["text_info"]["start"]:r["text_info"]["end"]] == r["event_text"] for r in out0)
    kinds = {r["outcome_type"]: r["event"][0] for r in recs if "outcome_type" in r}
    assert kinds == {"agree": "AGREE", "request": "REQUEST", "protest": "PROTEST", "invite": "AGREE"}
    protest = next(r for r in recs if r.get("outcome_type") == "protest" and r["doc_id"] == "d01")
    assert protest["actor"] == ["JP"] and protest["recipient"] == ["CN"]
    future = [r for r in recs if "future_meeting" in r.get("context", [])]
    assert any("次官級協議を行うことで合意" in r["event_text"] for r in future)
    assert not any(r.get("outcome_type") == "thank" for r in recs)


def test_parquet_reads_back_the_same_rows(docs, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    n = export(docs, "parquet", str(out))
    back = pq.read_table(out).to_pylist()
    assert n == len(back) > 50
    assert back == typed_rows(event_rows(docs))
    schema = pq.read_schema(out)
    assert schema.names == [c for c, _ in EVENT_COLUMNS]
    assert schema.field("date").type == pa.date32() and schema.field("n_agree").type == pa.int64()
    assert back[0]["date"] == datetime.date.fromisoformat(back[0]["date_iso"])  # typed, not text


@pytest.mark.parametrize("table", [t for t in TABLES if t != "events"])
def test_long_tables_read_back_from_parquet(docs, tmp_path, table):
    import pyarrow.parquet as pq

    sel = select_docs(docs)
    rows = table_rows(sel, table)
    out = tmp_path / f"{table}.parquet"
    assert export(docs, "parquet", str(out), table=table) == len(rows) > 20
    assert pq.read_table(out).to_pylist() == typed_rows(rows, table)
    assert pq.read_schema(out).names == [c for c, _ in TABLE_COLUMNS[table]]


def test_long_tables_hold_one_row_per_participant_outcome_and_plan(docs):
    sel = select_docs(docs)
    events = [e for d in docs for e in d.record.events]
    parts = participant_rows(sel)
    assert len(parts) == sum(len(e.principals) + len(e.attendees) for e in events)
    # one person id for one individual across documents (ラヴロフ of 2008 in a meeting record and a chronology)
    lavrov = {r["person_id"] for r in parts if r["name"] == "ラヴロフ"}
    assert len(lavrov) == 1 and None not in lavrov
    assert {r["part"] for r in parts} == {"principal", "attendee"}
    outs = outcome_rows(sel)
    assert len(outs) == sum(len(e.outcomes) for e in events)
    assert {r["type"] for r in outs} >= {"agree", "request", "protest"} and all(r["by"] and r["text"] for r in outs)
    plans = plan_rows(sel, as_of="2030-01-01")
    assert len(plans) == sum(len(e.planned) for e in events)
    assert all(r["as_of"] == "2030-01-01" for r in plans)
    vice = next(r for r in plans if r["what"] == "次官級協議" and r["made_on"] == "2002-02-02")
    assert (vice["date_iso"], vice["precision"], vice["window_start"], vice["status"]) == \
        ("2002-03", "mid_month", "2002-03-08", "overdue")
    # the events table names each principal's person id beside the name
    row = next(r for r in event_rows(sel, people=resolve(sel.docs, sel.groups())) if r["doc_id"] == "001_65328be2aa164c64")
    assert len(row["principal_ids"]) == len(row["principals"]) and all(row["principal_ids"])


def test_jsonl_and_csv_carry_the_same_rows_and_country_filters(docs, tmp_path):
    rows = event_rows(docs)
    buf = io.StringIO()
    export(docs, "jsonl", buf)
    assert [json.loads(x) for x in buf.getvalue().splitlines()] == rows
    buf = io.StringIO()
    n = export(docs, "csv", buf, country="RU")
    got = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(got) and all("RU" in r["countries"].split(";") for r in got)
    ru_rows = [r for r in rows if "RU" in r["countries"]]
    assert [r["event_id"] for r in got] == [r["event_id"] for r in ru_rows]
    assert got[0]["principals"] == ";".join(ru_rows[0]["principals"])


def test_ics_of_planned_talks(docs):
    text, n = ics_text(docs, country="RU")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") + text.count("BEGIN:VTODO") == n and text.count("BEGIN:VEVENT") > 5
    lines = text.split("\r\n")
    assert all(len(x.encode("utf-8")) <= 75 for x in lines)  # folded at 75 octets
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20020311\r\nDTEND;VALUE=DATE:20020321" in unfolded  # 2002-03 mid_month
    assert "SUMMARY:[予定] JP-RU 次官級協議 (モスクワ) — 2002年3月中旬" in unfolded
    # 11月22~23日: the two days of the plan (DTEND is the day after the last)
    assert "DTSTART;VALUE=DATE:20081122\r\nDTEND;VALUE=DATE:20081124" in unfolded
    assert "SUMMARY:[予定] JP-RU 日露首脳会談 — 2008年11月22日～2008年11月23日" in unfolded
    for block in unfolded.split("BEGIN:VEVENT")[1:]:
        assert all(f"\r\n{k}" in "\r\n" + block for k in ("UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "SUMMARY:"))


def test_bad_requests_are_usage_errors(docs, tmp_path):
    with pytest.raises(UsageError):
        export(docs, "xml", "-")
    with pytest.raises(UsageError):
        export(docs, "parquet", "-")
    with pytest.raises(UsageError):
        export(docs, "csv", "-", country="XX")
    with pytest.raises(UsageError):
        export(docs, "csv", str(tmp_path / "no" / "such" / "dir.csv"))


def test_ics_stamps_the_export_time_and_keeps_year_only_plans_undated(docs, monkeypatch):
    """DTSTAMP is when the calendar was written (RFC 5545 3.8.7.2), not the plan's date; a plan dated only
    to a year is not stretched over a year-long event: it is an undated to-do that says its year."""
    import datetime as dt

    from gaiko import export as ex
    from gaiko.link.followups import core_window, link_followups

    monkeypatch.setattr(ex, "_now_utc", lambda: dt.datetime(2026, 12, 2, 9, 30, 5, tzinfo=dt.UTC))
    text, n = ics_text(docs)
    unfolded = text.replace("\r\n ", "")
    stamps = {li for li in unfolded.split("\r\n") if li.startswith("DTSTAMP:")}
    assert stamps == {"DTSTAMP:20261202T093005Z"}
    plans = [f for f in link_followups(docs) if f.date]
    assert any(f.precision == "year" for f in plans), "the fixture should hold a year-only plan"
    year_only = {f.plan_id for f in plans if f.precision == "year"}
    events = unfolded.split("BEGIN:VTODO")[0].split("BEGIN:VEVENT")[1:]
    todos = [b.split("END:VTODO")[0] for b in unfolded.split("BEGIN:VTODO")[1:]]
    assert not any(f"UID:{pid}@gaiko" in b for pid in year_only for b in events)
    assert all(any(f"UID:{pid}@gaiko" in b for b in todos) for pid in year_only)
    assert not any("DTSTART" in b or "DUE" in b for b in todos)  # undated: the summary says when
    assert len(events) == sum(1 for f in plans if f.precision not in ("year", "season")
                              and core_window(f.date, f.precision) is not None)
    assert n == len(events) + len(todos)


def test_csv_bom_for_excel(docs, tmp_path):
    plain, marked = tmp_path / "a.csv", tmp_path / "b.csv"
    export(docs, "csv", str(plain))
    export(docs, "csv", str(marked), bom=True)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert marked.read_text(encoding="utf-8-sig").startswith("event_id,")
    with pytest.raises(UsageError, match="csv only"):
        export(docs, "jsonl", "-", bom=True)


# --- exports of an archive (documents with their texts), on SQLite and PostgreSQL ----------------------
MOFA = "https://www.mofa.go.jp/mofaj/area/example/{}.html"


@pytest.fixture
def archive_with_urls(archive_url, gold_extractions):
    from gaiko.archive import Archive

    a = Archive.open(archive_url)
    for i, e in enumerate(gold_extractions):
        a.add(e, source_url=MOFA.format(e.id) if i % 2 == 0 else None)
    yield a
    a.close()


def test_every_plover_record_validates_and_its_offsets_slice_to_its_sentence(archive_with_urls):
    a = archive_with_urls
    texts = {d.doc_id: d for d in a.iter_documents()}
    buf = io.StringIO()
    n = a.export("plover", buf)
    recs = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert n == len(recs) > 100
    v = jsonschema.Draft202012Validator(plover_schema())
    for r in recs:
        v.validate(r)
        doc = texts[r["doc_id"]]
        assert "text_info" in r, r["id"]  # every record, talks included, carries its sentence's offsets
        assert doc.text[r["text_info"]["start"]:r["text_info"]["end"]] == r["event_text"] != "", r["id"]
        # the page's URL when it came from the web, never a local path
        assert r["cite_info"]["url"] == doc.source_url and not (r["cite_info"]["url"] or "https").startswith("/")
    consults = [r for r in recs if r["event"] == ["CONSULT"]]
    assert all(r["event_text"] != texts[r["doc_id"]].title for r in consults)  # the sentence, not the page title
    tokyo = next(r for r in consults if r["doc_id"] == next(d for d, x in texts.items() if x.path.endswith("000_bcadfc521591403f.txt")))
    assert "会談" in tokyo["event_text"] and "イワノフ" in tokyo["event_text"]
    assert {r["cite_info"]["url"] for r in recs} > {None}


def test_export_takes_the_filters_of_search(archive_with_urls, tmp_path):
    a = archive_with_urls
    from gaiko.archive import Filters

    buf = io.StringIO()
    a.export("plover", buf, filters=Filters(kind="summit", date_from="2009", date_to="2011"))
    consults = [json.loads(x) for x in buf.getvalue().splitlines() if '"CONSULT"' in x]
    assert len(consults) >= 5
    assert all(r["kind"] == "summit" and "2009-01-01" <= r["date"] <= "2011-12-31" for r in consults)
    buf = io.StringIO()
    n = a.export("csv", buf, filters=Filters(person="ラブロフ"), table="participants")  # any spelling
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) > 0 and "ラヴロフ" in {r["name"] for r in rows}
    lavrov_events = {r["event_id"] for r in rows if r["name"] == "ラヴロフ"}
    assert lavrov_events == {r["event_id"] for r in rows}  # only talks he took part in
    with pytest.raises(UsageError):
        a.export("csv", io.StringIO(), filters=Filters(date_from="2020-13"))
    with pytest.raises(UsageError, match="table"):
        a.export("plover", io.StringIO(), table="outcomes")


def test_ics_of_an_archive_parses_and_no_event_outlasts_its_plan(archive_with_urls):
    a = archive_with_urls
    buf = io.StringIO()
    n = a.export("ics", buf, as_of="2030-01-01")
    text = buf.getvalue()
    assert text.count("BEGIN:VEVENT") + text.count("BEGIN:VTODO") == n and text.count("BEGIN:VEVENT") > 3
    plans = {f.plan_id: f for f in a.followups(as_of="2030-01-01")}
    unfolded = text.replace("\r\n ", "")
    assert "状態（2030-01-01時点）" in unfolded
    import icalendar

    cal = icalendar.Calendar.from_ical(text)
    events = list(cal.walk("VEVENT"))
    assert len(events) + len(list(cal.walk("VTODO"))) == n
    for ev in events:
        f = plans[str(ev["UID"]).removesuffix("@gaiko")]
        start, end = ev["DTSTART"].dt, ev["DTEND"].dt
        assert datetime.date.fromisoformat(f.window_start) <= start < end
        assert end - datetime.timedelta(days=1) <= datetime.date.fromisoformat(f.window_end)


def test_a_talk_known_to_its_month_spans_the_month_in_plover():
    from gaiko.link.docs import DocView
    from gaiko.record import Event, Person, Record

    text = "首脳会談\n2019年5月、甲総理は乙大統領と会談した。\n"
    rec = Record(title="首脳会談", doc_type="meeting", events=[Event(
        kind="summit", date="2019-05", countries=["JP", "FR"],
        principals=[Person(name="甲", country="JP"), Person(name="乙", country="FR")])])

    class Doc:  # a stored document: its record and its text
        doc_id, record, title, source_url, path = "m1", rec, "首脳会談", "https://www.mofa.go.jp/m1.html", None

    Doc.text = text
    [consult] = plover_records(select_docs([Doc]))
    assert (consult["date"], consult["enddate"], consult["date_precision"]) == ("2019-05-01", "2019-05-31", "month")
    assert consult["event_text"] == "2019年5月、甲総理は乙大統領と会談した。" == text[slice(*consult["text_info"].values())]
    assert consult["cite_info"]["url"] == "https://www.mofa.go.jp/m1.html"
    jsonschema.Draft202012Validator(plover_schema()).validate(consult)
    assert isinstance(DocView.of(Doc), DocView)
