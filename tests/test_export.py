"""Exports: PLOVER records validate against the schema in the repository; Parquet reads back the same rows;
CSV and JSONL carry the same rows; the iCalendar file follows RFC 5545's rules."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from gaiko.errors import UsageError
from gaiko.export import EVENT_COLUMNS, event_rows, export, ics_text, plover_records, plover_schema
from gaiko.link.docs import load_gold

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
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    n = export(docs, "parquet", str(out))
    back = pq.read_table(out).to_pylist()
    assert n == len(back) > 50
    assert back == event_rows(docs)
    assert pq.read_schema(out).names == [c for c, _ in EVENT_COLUMNS]


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
    assert text.count("BEGIN:VEVENT") == n > 5
    lines = text.split("\r\n")
    assert all(len(x.encode("utf-8")) <= 75 for x in lines)  # folded at 75 octets
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20020311\r\nDTEND;VALUE=DATE:20020321" in unfolded  # 2002-03 mid_month
    assert "SUMMARY:[予定] JP-RU 次官級協議 (モスクワ) — 2002年3月中旬" in unfolded
    assert "DTSTART;VALUE=DATE:20081122\r\nDTEND;VALUE=DATE:20081123" in unfolded
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


def test_ics_stamps_the_export_time_and_leaves_out_year_only_plans(docs, monkeypatch):
    """DTSTAMP is when the calendar was written (RFC 5545 3.8.7.2), not the plan's date; a plan dated only
    to a year is not stretched over a year-long event."""
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
    assert not any(f"UID:{pid}@gaiko" in unfolded for pid in year_only)
    assert n == sum(1 for f in plans if f.precision != "year" and core_window(f.date, f.precision) is not None)


def test_csv_bom_for_excel(docs, tmp_path):
    plain, marked = tmp_path / "a.csv", tmp_path / "b.csv"
    export(docs, "csv", str(plain))
    export(docs, "csv", str(marked), bom=True)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert marked.read_text(encoding="utf-8-sig").startswith("event_id,")
    with pytest.raises(UsageError, match="csv only"):
        export(docs, "jsonl", "-", bom=True)
