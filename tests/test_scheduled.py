"""Announced talks are marked as such (`Event.scheduled`): a talk a page only announces (…会談を行う予定です, a
要人来日日程 entry) is not yet a talk that was held, and a reader must be able to tell the two apart — in the record,
in the talks and chronology views, on the document page and in the events export.

The real set's gold marks these talks `scheduled: true` (../shared/real/README.md: pages announcing talks); this
test's pages are my own. The reported talk of the same visit, ingested beside the announcement, makes the talk
they are together a held one."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from gaiko.api.deps import Settings
from gaiko.archive import Archive
from gaiko.pipeline import extract_text
from gaiko.server import create_app

ANNOUNCED = ("報道発表\nカルデナス・コロンビア共和国大統領の来日\n令和6年9月2日\n\n"
             "1 カルデナス・コロンビア共和国大統領は、9月9日から12日まで来日します。\n"
             "2 滞在中、カルデナス大統領は、森内閣総理大臣と首脳会談を行う予定です。\n")
REPORTED = ("日・コロンビア首脳会談\n令和6年9月10日\n\n"
            "1 9月10日午後5時から約45分間、森内閣総理大臣は、来日中のカルデナス・コロンビア共和国大統領と首脳会談を行いました。\n"
            "2 両首脳は、両国間の経済関係を一層強化していくことで一致しました。\n")
SCHEDULE = ("主な要人の来日日程\n要人来日日程(令和6年)\n\nヴァルガス・エクアドル共和国外務大臣の来日について\n令和6年9月20日\n"
            "1.ヴァルガス・エクアドル共和国外務大臣は、10月3日から5日まで外務省賓客として来日する。\n"
            "2.同外務大臣は、滞在中、上田外務大臣と会談する予定である。\n")
OTHER = ("日・チリ外相会談\n令和6年8月20日\n\n"
         "1 8月20日、上田外務大臣は、来日中のムニョス・チリ共和国外務大臣と外相会談を行いました。\n")


def test_an_announced_talk_is_scheduled_and_says_which_sentence_announces_it():
    rec = extract_text(ANNOUNCED, "a").record
    [ev] = rec.events
    assert ev.scheduled and ev.kind == "summit"
    s, e = ev.evidence["scheduled"]
    assert "首脳会談を行う予定です" in ANNOUNCED[s:e]
    held = extract_text(REPORTED, "r").record.events
    assert held and not any(x.scheduled for x in held) and all("scheduled" not in x.evidence for x in held)


def test_a_schedule_pages_entries_are_scheduled():
    evs = extract_text(SCHEDULE, "s").record.events
    assert evs and all(x.scheduled for x in evs)
    # 同外務大臣 (the same foreign minister: the visitor) is no Japanese host named 同外務
    assert [[p.name for p in x.principals] for x in evs] == [["上田", "ヴァルガス"]]
    assert not any(x.scheduled for x in extract_text(OTHER, "o").record.events)


@pytest.fixture
def archive(archive_url, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("announced", ANNOUNCED), ("reported", REPORTED), ("schedule", SCHEDULE), ("other", OTHER)):
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
    with Archive.open(archive_url) as a:
        rep = a.ingest([str(docs)], jobs=1)
        assert rep.added == 4 and not rep.failed
    a = Archive.open(archive_url)
    yield a, archive_url
    a.close()


def test_a_talk_is_scheduled_only_while_every_record_of_it_announces_it(archive):
    a, _ = archive
    talks = a.talks("", limit=50).items
    # the announcement and the report of the same summit are one talk, and it was held
    by_country = {t.countries[-1]: t for t in talks}
    summit = by_country["CO"]
    assert len(summit.sources) == 2 and summit.kind == "summit" and not summit.scheduled
    assert by_country["EC"].scheduled and not by_country["CL"].scheduled
    entries = [e for y in a.timeline("EC") for e in y.entries]
    assert len(entries) == 1 and entries[0].scheduled
    rows = sorted((r.date, r.countries[-1], r.scheduled) for r in a.events(limit=50).items)
    assert rows == [("2024-08-20", "CL", False), ("2024-09-09", "CO", True), ("2024-09-10", "CO", False),
                    ("2024-10-03", "EC", True)]


def test_the_events_export_has_the_scheduled_column(archive):
    a, _ = archive
    out = io.StringIO()
    a.export("csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    flags = sorted((r["date"], r["scheduled"]) for r in rows)
    assert flags == [("2024-08-20", "false"), ("2024-09-09", "true"), ("2024-09-10", "false"), ("2024-10-03", "true")]


def test_the_web_pages_badge_an_announced_talk(archive):
    _, url = archive
    if not url.endswith(".db"):
        pytest.skip("the web app's pages are checked once, on SQLite")
    ids = {r.date: r.doc_id for r in archive[0].events(limit=50).items}
    with TestClient(create_app(Settings(db=url))) as c:
        assert 'class="badge scheduled"' in c.get(f"/documents/{ids['2024-09-09']}").text
        assert 'class="badge scheduled"' not in c.get(f"/documents/{ids['2024-09-10']}").text
        assert c.get("/talks?country=EC").text.count('class="badge scheduled"') == 1
        assert 'class="badge scheduled"' not in c.get("/talks?country=CO").text
        assert 'class="badge scheduled"' in c.get("/relations/JP-EC").text


def test_plover_codes_no_consultation_for_a_talk_only_announced(archive):
    a, _ = archive
    out = io.StringIO()
    a.export("plover", out)
    consults = [json.loads(line) for line in out.getvalue().splitlines() if '"CONSULT"' in line]
    sides = sorted(tuple(sorted(r["actor"] + r["recipient"])) for r in consults)
    # the Colombian summit (announced, then reported) and the Chilean talk; the Ecuadorian one is only announced
    assert sides == [("CL", "JP"), ("CO", "JP")]


def _sides(talks) -> list[str]:
    return sorted(t.countries[-1] for t in talks)


def test_the_state_filter_finds_talks_a_record_reports_held_or_only_announces(archive):
    from gaiko.filters import Filters

    a, url = archive
    # each filter is met by some record of the talk: the Colombian summit was announced, then reported held
    assert _sides(a.talks("", Filters(state="announced"), limit=50).items) == ["CO", "EC"]
    assert _sides(a.talks("", Filters(state="held"), limit=50).items) == ["CL", "CO"]
    assert _sides(a.talks("", Filters(state="announced", country="EC"), limit=50).items) == ["EC"]
    assert [e.date for e in a.events(Filters(state="announced"), limit=50).items] == ["2024-10-03", "2024-09-09"]
    facet = {f.value: f.count for f in a.talks("", facets=True, limit=50).facets["state"]}
    assert facet == {"held": 2, "announced": 2}
    with TestClient(create_app(Settings(db=url))) as c:
        got = c.get("/api/talks", params={"state": "announced"}).json()
        assert got["total"] == 2
        bad = c.get("/api/talks", params={"state": "maybe"})
        assert bad.status_code == 422 and "state" in bad.text
        assert c.get("/talks", params={"state": "announced"}).text.count('class="badge scheduled"') == 1  # EC's
    from click.testing import CliRunner

    from gaiko.cli import cli
    r = CliRunner().invoke(cli, ["talks", "--state", "held", "--db", url])
    assert r.exit_code == 0, r.output
    assert "2 talks match" in r.output and "日智外相会談" in r.output and "コロンビア" in r.output


def test_an_archive_written_before_the_state_column_gets_it_from_its_records(archive):
    """m0130 reads each stored event's JSON: an archive of older code has its announced talks found too."""
    from gaiko.filters import Filters

    a, url = archive
    db = a.store.db
    with db.transaction():  # the archive as it stood before m0130
        db.execute("DROP INDEX events_state_talk")
        db.execute("DROP INDEX events_talk_facets")
        db.execute("ALTER TABLE events DROP COLUMN state")
        db.execute("CREATE INDEX events_talk_kind ON events(talk, kind, channel)")
        db.execute("DELETE FROM schema_migrations WHERE number = 130")
    a.close()
    with Archive.open(url) as b:
        assert _sides(b.talks("", Filters(state="announced"), limit=50).items) == ["CO", "EC"]
        assert _sides(b.talks("", Filters(state="held"), limit=50).items) == ["CL", "CO"]
