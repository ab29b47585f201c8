"""The follow-ups, people and topics pages and the export endpoint: the JSON API on SQLite and PostgreSQL (through
FastAPI's TestClient), the HTML pages, and the CLI's --as-of. The browser tests are in test_web_browser.py."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from test_web_helpers import build_archive

from gaiko.api.deps import Settings
from gaiko.archive import Archive
from gaiko.cli import cli, main
from gaiko.link.followups import today
from gaiko.pipeline import extract_text
from gaiko.server import create_app


@pytest.fixture
def client(archive_url, shared_dir):
    build_archive(archive_url, shared_dir)
    with TestClient(create_app(Settings(db=archive_url)), raise_server_exceptions=False) as c:
        yield c


def ok(r):
    assert r.status_code == 200, (r.status_code, r.text[:300])
    return r


def test_followups_api_states_its_day_and_replays_another(client):
    now = ok(client.get("/api/followups", params={"country": "RU"})).json()
    assert now["as_of"] == today() and now["as_of_today"] is True
    assert now["total"] == len(now["items"]) == sum(now["counts"].values()) > 5
    assert all(f["as_of"] == today() and f["relationship"] == "JP-RU" for f in now["items"])
    assert now["counts"]["pending"] == 0  # every window of the seeds' plans closed long ago
    apec = next(f for f in now["items"] if f["what"] == "日露首脳会談" and f["made_on"] == "2008-11-05")
    assert apec["status"] == "fulfilled" and (apec["date"], apec["date_end"]) == ("2008-11-22", "2008-11-23")
    # replayed on the day after the plan was made: the summit was still to come
    then = ok(client.get("/api/followups", params={"country": "RU", "as_of": "2008-11-10"})).json()
    assert then["as_of"] == "2008-11-10" and then["as_of_today"] is False
    [apec_then] = [f for f in then["items"] if f["plan_id"] == apec["plan_id"]]
    assert apec_then["status"] == "pending" and apec_then["matched_event_id"] is None
    assert all(f["made_on"] <= "2008-11-10" for f in then["items"]) and then["total"] < now["total"]
    only = ok(client.get("/api/followups", params={"country": "RU", "status": "overdue"})).json()
    assert only["total"] == now["counts"]["overdue"] and {f["status"] for f in only["items"]} == {"overdue"}
    assert {r["value"] for r in now["relations"]} >= {"JP-RU", "JP-CN"}


@pytest.mark.parametrize("params,says", [
    ({"as_of": "2020-13-01"}, "no month 13"), ({"as_of": "2020-02-30"}, "no day 30"),
    ({"as_of": "2020-02"}, "YYYY-MM-DD"), ({"country": "XX"}, "unknown country"), ({"status": "done"}, "status"),
])
def test_followups_bad_input_is_422_with_a_message(client, params, says):
    r = client.get("/api/followups", params=params)
    assert r.status_code == 422 and says in json.dumps(r.json()), r.text
    page = client.get("/followups", params=params)
    assert page.status_code == 422 and "入力が正しくありません" in page.text and "^" not in page.text


def test_people_and_topics_api(client):
    people = ok(client.get("/api/people")).json()
    assert people["total"] >= 20 and len(people["items"]) == min(people["total"], people["per_page"])
    talks = [p["talks"] for p in people["items"]]
    assert talks == sorted(talks, reverse=True)
    lavrov = next(p for p in people["items"] if p["name"] == "ラヴロフ")
    assert lavrov["latin"] == "Sergey Lavrov" and lavrov["country"] == "RU" and lavrov["talks"] >= 3
    ru = ok(client.get("/api/people", params={"country": "RU"})).json()
    assert ru["total"] == next(c["count"] for c in people["countries"] if c["value"] == "RU")
    assert {p["country"] for p in ru["items"]} == {"RU"}
    topics = ok(client.get("/api/topics", params={"country": "RU"})).json()
    years = [y["year"] for y in topics["years"]]
    assert years == sorted(years) and topics["label"] == "日露" and topics["topics"]
    assert sum(topics["totals"].values()) == sum(y["total"] for y in topics["years"])
    everyone = ok(client.get("/api/topics")).json()
    assert sum(everyone["totals"].values()) > sum(topics["totals"].values())


def test_export_endpoint(client):
    r = ok(client.get("/api/export", params={"format": "csv", "table": "participants", "person": "ラブロフ",
                                             "bom": "true"}))
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows and "ラヴロフ" in {x["name"] for x in rows} and all(x["person_id"] for x in rows if x["name"] == "ラヴロフ")
    r = ok(client.get("/api/export", params={"format": "plover", "country": "RU", "kind": "summit"}))
    recs = [json.loads(x) for x in r.text.splitlines()]
    assert recs and all(x["kind"] == "summit" for x in recs if x["event"] == ["CONSULT"])
    r = ok(client.get("/api/export", params={"format": "parquet", "table": "outcomes"}))
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(r.content))
    assert table.num_rows > 50 and "type" in table.schema.names
    r = ok(client.get("/api/export", params={"format": "ics", "country": "RU"}))
    assert r.text.startswith("BEGIN:VCALENDAR") and r.headers["content-type"].startswith("text/calendar")
    for bad in ({"format": "xml"}, {"format": "csv", "date_from": "2020-13"}, {"format": "ics", "bom": "true"},
                {"format": "plover", "table": "outcomes"}):
        assert client.get("/api/export", params=bad).status_code in (400, 422), bad


def test_pages_render_and_link_both_ways(client):
    page = ok(client.get("/followups", params={"country": "RU", "status": "fulfilled"})).text
    assert f'data-as-of="{today()}"' in page and "時点" in page
    assert 'class="source" href="/documents/' in page and 'class="matched" href="/documents/' in page
    replay = ok(client.get("/followups", params={"as_of": "2008-11-10"})).text
    assert 'data-as-of="2008-11-10"' in replay and "本日の状態に戻る" in replay
    people = ok(client.get("/people")).text
    assert 'href="/people/%E3%83%A9%E3%83%B4%E3%83%AD%E3%83%95"' in people and "Sergey Lavrov" in people
    topics = ok(client.get("/topics", params={"country": "RU"})).text
    assert "日露" in topics and "/search?topic=" in topics
    home = ok(client.get("/")).text
    assert f"{today()}時点" in home


def test_cli_followups_as_of_and_date_ranges(tmp_path, capsys):
    page = ("日露外相会談\n令和2年2月2日\n\n"
            "1 2月2日、茂木外務大臣はラヴロフ・ロシア外相と会談を行いました。\n"
            "2 双方は、8月16日から20日までモスクワで次官級協議を行うことで一致しました。\n")
    ex = extract_text(page, name="range.txt")
    [plan] = ex.record.events[0].planned
    assert (plan.date, plan.date_end) == ("2020-08-16", "2020-08-20")
    db = str(tmp_path / "r.db")
    from gaiko.archive import Archive

    with Archive.open(db) as a:
        a.add(ex)
    run = CliRunner().invoke
    r = run(cli, ["followups", "--db", db])
    assert r.exit_code == 0 and r.output.splitlines()[0] == f"statuses as of {today()}: 1 plans"
    assert "2020-08-16..2020-08-20 (day)" in r.output and "=> overdue" in r.output  # a range, not one day
    r = run(cli, ["followups", "--db", db, "--as-of", "2020-08-18", "--json"])
    [f] = json.loads(r.output)
    assert (f["status"], f["as_of"], f["date_end"]) == ("pending", "2020-08-18", "2020-08-20")
    r = run(cli, ["followups", "--db", db, "--as-of", "2020-01-01"])
    assert r.exit_code == 0 and "0 plans" in r.output  # the plan was not made yet
    for bad in ("2020-02-30", "2020", "tomorrow"):
        capsys.readouterr()
        with pytest.raises(SystemExit) as e:
            main(["followups", "--db", db, "--as-of", bad])
        err = capsys.readouterr().err
        assert e.value.code == 2 and len(err.strip().splitlines()) == 1 and "as-of" in err, (bad, err)
    out = tmp_path / "plans.ics"
    r = run(cli, ["export", "--db", db, "--format", "ics", "-o", str(out)])
    text = out.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert r.exit_code == 0 and "DTSTART;VALUE=DATE:20200816\r\nDTEND;VALUE=DATE:20200821" in text


# Two pages written for this test: a plan set at a talk, then a page announcing that talk (…会談を行う予定です).
PLAN_PAGE = ("日ブラジル外相会談\n令和12年1月20日\n"
             "1月20日、山田外務大臣は、来日中のシルバ・ブラジル外務大臣と約60分間会談を行いました。\n"
             "両外相は、本年5月に東京で次回の外相会談を行うことで一致しました。\n")
ANNOUNCED_PAGE = ("シルバ・ブラジル外務大臣の来日\n令和12年5月8日\n"
                  "5月12日から14日まで、シルバ・ブラジル外務大臣が来日します。\n"
                  "滞在中、5月12日に山田外務大臣と外相会談を行う予定です。\n")


def test_a_plan_met_only_by_an_announced_talk_is_scheduled_on_every_interface(archive_url):
    with Archive.open(archive_url) as a:
        for name, page in (("plan.txt", PLAN_PAGE), ("announced.txt", ANNOUNCED_PAGE)):
            a.add(extract_text(page, name))
    with TestClient(create_app(Settings(db=archive_url)), raise_server_exceptions=False) as c:
        got = ok(c.get("/api/followups", params={"country": "BR", "as_of": "2030-06-01"})).json()
        [fu] = got["items"]
        assert fu["status"] == "scheduled" and fu["matched_scheduled"] is True and fu["matched_date"] == "2030-05-12"
        assert got["counts"]["scheduled"] == 1 and got["counts"]["fulfilled"] == 0
        only = ok(c.get("/api/followups", params={"country": "BR", "status": "scheduled", "as_of": "2030-06-01"})).json()
        assert only["total"] == 1
        html = ok(c.get("/followups", params={"country": "BR", "as_of": "2030-06-01"})).text
        assert "開催予定の発表" in html and "status-scheduled" in html
    r = CliRunner().invoke(cli, ["followups", "--country", "BR", "--as-of", "2030-06-01", "--db", archive_url])
    assert r.exit_code == 0 and "=> scheduled" in r.output and "announced as 2030-05-12" in r.output
