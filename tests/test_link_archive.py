"""Derived data on a real archive (SQLite and PostgreSQL): gaiko link, persisted tables, CLI commands."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gaiko import archive as archive_module
from gaiko.archive import Archive, StaleLinks
from gaiko.cli import cli
from gaiko.link.followups import followups, today
from gaiko.pipeline import Extraction
from gaiko.record import Record

KNOWLEDGE = Path(__file__).parent / "data" / "knowledge"


def knowledge_extractions() -> list[Extraction]:
    out = []
    for j in sorted(KNOWLEDGE.glob("*.json")):
        text = j.with_suffix(".txt").read_text("utf-8")
        out.append(Extraction(id=j.stem, path=str(j.with_suffix(".txt")), text=text,
                              record=Record.model_validate_json(j.read_text("utf-8")),
                              sha256=hashlib.sha256(text.encode()).hexdigest(), encoding="utf-8"))
    return out


@pytest.fixture
def seeds_archive(archive_url, gold_extractions):
    a = Archive.open(archive_url)
    for x in gold_extractions:
        if x.id[:3].isdigit():  # the five seeds
            a.add(x, source_url=f"https://www.mofa.go.jp/example/{x.id}.html")
    yield a
    a.close()


def doc_of(a: Archive, stem: str) -> str:
    [d] = [d.doc_id for d in a.iter_documents() if Path(d.path or "").stem == stem]
    return d


def test_link_persists_and_readers_use_it(seeds_archive):
    a = seeds_archive
    assert not a.store.links.fresh()  # nothing built yet
    computed = followups(a, country="RU")  # the linkers themselves, over the documents
    counts = a.link()
    assert counts["people"] > 5 and counts["followups"] == len(followups(a))
    assert counts["talks"] == counts["groups"] - 1  # one chronology entry joined its meeting record
    assert a.store.links.fresh() and a.store.links.followups()
    # the linkers state their statuses as of the newest record; the archive replays the stored ones on any day
    newest = computed[0].as_of
    assert newest and all(f.as_of == newest for f in computed)
    assert [f.model_dump() for f in a.followups(country="RU", as_of=newest)] == [f.model_dump() for f in computed]
    # the must-show plans
    chron = doc_of(a, "004_53b87c146693e3b8")
    apec = [f for f in computed if f.what == "日露首脳会談" and f.made_on == "2008-11-05"][0]
    assert apec.status == "fulfilled" and apec.matched_event_id == f"{chron}-14" and apec.matched_date == "2008-11-22"
    vice = [f for f in computed if f.what == "次官級協議"][0]
    assert (vice.made_on, vice.date, vice.precision, vice.place) == ("2002-02-02", "2002-03", "mid_month", "モスクワ")
    # people from the stored table
    [lavrov] = a.person("ラブロフ")
    assert [t.date for t in lavrov.talks] == ["2008-11-05", "2011-03-14", "2018-07-31", "2018-07-31"]
    assert {r.role for r in lavrov.roles} == {"外務大臣"}
    nov5 = lavrov.talks[0]
    assert sorted(nov5.sources) == sorted([doc_of(a, "001_65328be2aa164c64"), chron])
    assert a.people(country="RU")[0].country == "RU"
    groups = a.store.links.groups()
    assert groups[f"{chron}-15"] == groups[f"{doc_of(a, '001_65328be2aa164c64')}-0"]


def test_stale_tables_are_linked_again_on_the_spot(seeds_archive):
    a = seeds_archive
    a.link()
    assert a.store.links.fresh()
    a.add(knowledge_extractions()[0])  # a new document: the stored links no longer describe the archive
    assert not a.store.links.fresh()
    assert any(p.first == "1983-05-10" for p in a.person("安倍"))  # a small archive links again to answer
    assert a.store.links.fresh()  # ... and stores what it linked


def test_a_large_archive_out_of_date_waits_for_gaiko_link(seeds_archive, monkeypatch):
    a = seeds_archive
    monkeypatch.setattr(archive_module, "LINK_AUTO_MAX_DOCS", 2)  # the seeds are 5 documents: "large"
    for read in (a.people, lambda: a.person("ラブロフ"), a.followups, lambda: a.followups_of_event("x-0")):
        with pytest.raises(StaleLinks, match="run `gaiko link`"):
            read()
    assert not a.refresh_links()
    # the person filter folds the name's own spellings only: no people to say that Lavrov is ラヴロフ
    assert "ラヴロフ" in a.person_names("ラブロフ外相") and a.person_names("Lavrov") == []
    a.link()  # gaiko link, whatever the size
    assert a.person("ラブロフ") and a.refresh_links()
    assert "ラヴロフ" in a.person_names("Lavrov")


def test_reindex_marks_the_links_out_of_date(seeds_archive):
    a = seeds_archive
    a.link()
    rep = a.reindex(force=True)
    assert rep.replaced == 5 and not a.store.links.fresh()  # same documents, new records
    assert a.refresh_links() and a.store.links.fresh()


def test_timeline_shows_the_2008_11_05_talk_once_with_two_sources(seeds_archive):
    years = seeds_archive.timeline("RU")
    entries = [e for y in years for e in y.entries if e.date == "2008-11-05"]
    assert len(entries) == 1 and len(entries[0].sources) == 2


def test_cli_commands(tmp_path):
    db = str(tmp_path / "k.db")
    with Archive.open(db) as a:
        for x in knowledge_extractions():
            a.add(x)
    run = CliRunner().invoke
    r = run(cli, ["link", "--db", db])
    assert r.exit_code == 0 and "people:" in r.output
    r = run(cli, ["person", "ラブロフ外相", "--db", db])
    assert r.exit_code == 0
    assert "ラヴロフ" in r.output and "2015-09-21" in r.output and "2020-03-05" in r.output and "外相" in r.output
    r = run(cli, ["person", "安倍", "--db", db, "--json"])
    assert [p["first"][:4] for p in json.loads(r.output)] == ["2016", "1983"]
    r = run(cli, ["followups", "--country", "KR", "--status", "overdue", "--db", db])
    assert r.exit_code == 0 and "次官級協議" in r.output and "overdue" in r.output
    r = run(cli, ["followups", "--country", "FR", "--json", "--db", db])
    [fr] = json.loads(r.output)
    assert fr["status"] == "fulfilled" and fr["matched_city"] == "大阪"
    r = run(cli, ["people", "--country", "JP", "--db", db])
    assert r.exit_code == 0 and "安倍" in r.output and "ラヴロフ" not in r.output
    out = tmp_path / "fr.ics"
    r = run(cli, ["export", "--format", "ics", "--country", "FR", "-o", str(out), "--db", db])
    assert r.exit_code == 0 and out.read_bytes().count(b"BEGIN:VEVENT") == 1
    r = run(cli, ["export", "--format", "plover", "--country", "KR", "--db", db])
    recs = [json.loads(x) for x in r.output.splitlines()]
    assert r.exit_code == 0 and sorted(x["date"] for x in recs if x["event"] == ["CONSULT"]) == ["2015-02-10", "2016-01-05"]


def test_cli_errors_are_one_line(tmp_path):
    from gaiko.cli import main

    db = str(tmp_path / "k.db")
    with Archive.open(db) as a:
        a.add(knowledge_extractions()[0])
    for argv, code in ((["person", "誰も", "--db", db], 1), (["followups", "--status", "done", "--db", db], 2),
                       (["people", "--db", str(tmp_path / "missing.db")], 2),
                       (["export", "--format", "parquet", "--db", db], 2)):
        with pytest.raises(SystemExit) as e:
            main(argv)
        assert e.value.code == code, argv


def test_hard_case_documents_end_to_end_through_the_extractor(archive_url):
    """The hand-written documents, extracted by the real extractor, give the same links as their records."""
    with Archive.open(archive_url) as a:
        rep = a.ingest([str(p) for p in sorted(KNOWLEDGE.glob("*.txt"))])
        assert rep.failed == [] and rep.added == 11
        a.link()
        abes = a.person("安倍")
        assert [(p.first[:4], p.roles[0].role) for p in abes] == [("2016", "総理大臣"), ("1983", "外務大臣")]
        [lavrov] = a.person("ラブロフ")
        assert [t.date for t in lavrov.talks] == ["2015-09-21", "2020-03-05"]
        items = {f.what: f for f in a.followups()}
        assert items["次官級協議"].status == "overdue"
        fr = items["日仏首脳会談"]
        assert fr.status == "fulfilled" and fr.matched_city == "大阪" and len(fr.matched_sources) == 2
        # today the plan's window has closed without a record of the talk; on the day it opened it was pending
        ru = items["日露外相会談"]
        assert ru.status == "overdue" and ru.as_of == today() > ru.window_end
        [then] = [f for f in a.followups(country="RU", as_of=ru.window_start) if f.plan_id == ru.plan_id]
        assert then.status == "pending" and then.as_of == ru.window_start
