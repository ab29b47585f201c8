"""Talks as the unit of search (issue 12): a talk is an event or the reconciled group of events that are one
talk; every filter acts on the same talk, facets count talks, and every page counts talks the same way.

On the seeds' archive (ingested by the real extractor, on SQLite and PostgreSQL): the chronology's summits of
2009-2011, whose document's single date is its first entry, are found by their own dates."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from gaiko.api.deps import Settings
from gaiko.archive import Archive, Filters
from gaiko.cli import cli
from gaiko.filters import FILTERS
from gaiko.server import create_app
from gaiko.views import build as views

GAIKO = [sys.executable, "-m", "gaiko"]
SUMMITS = Filters(kind="summit", date_from="2009", date_to="2011")


@pytest.fixture
def seeds(archive_url, shared_dir):
    with Archive.open(archive_url) as a:
        rep = a.ingest([str(shared_dir / "seeds")], jobs=1)
        assert rep.added == 5 and not rep.failed
    a = Archive.open(archive_url)
    yield a
    a.close()


def _summit_events(a: Archive) -> list:
    """The truth, from the event rows: summits dated 2009 to 2011."""
    return [e for e in a.events(Filters(kind="summit"), limit=1000).items if e.date and "2009" <= e.date[:4] <= "2011"]


def test_the_chronologys_summits_are_found_by_their_own_dates(seeds):
    truth = _summit_events(seeds)
    assert len(truth) >= 9 and {e.doc_type for e in truth} == {"chronology"}
    res = seeds.talks("", SUMMITS, limit=100, facets=True)
    assert res.total == len(res.items) == len({e.event_id for e in truth})
    assert {i for t in res.items for i in t.event_ids} == {e.event_id for e in truth}
    assert all(t.kind == "summit" and "2009" <= t.date[:4] <= "2011" and t.doc_types == ["chronology"] for t in res.items)
    dates = [t.date for t in res.items]
    assert dates == sorted(dates, reverse=True)  # newest first
    # the search's filters mean "a document with a talk that matches all of them": the chronology
    hits = seeds.search("首脳会談", SUMMITS, facets=True)
    assert hits.total == 1 and hits.hits[0].doc_type == "chronology"
    # after picking 首脳会談 the sidebar no longer offers 外相会談: facets count what matches all filters
    assert [f.value for f in hits.facets["kind"]] == ["summit"]
    assert [f.value for f in res.facets["kind"]] == ["summit"] and res.facets["kind"][0].count == res.total


def test_talk_facets_count_the_talks_their_filter_lists(seeds):
    for base in (Filters(), Filters(kind="summit"), Filters(country="RU", date_from="2008")):
        res = seeds.talks("", base, facets=True)
        assert res.facets and set(res.facets) == {"year", *(f.name for f in FILTERS if f.facet)}
        for name, values in res.facets.items():
            assert values or name == "channel", name
            for fc in values[:6]:
                sets = ("date_from", "date_to") if name == "year" else (name,)
                f = base.replace(**{s: fc.value for s in sets})
                assert seeds.talks("", f).total == fc.count, (base, name, fc.value)


def test_every_filter_acts_on_the_same_talk(seeds):
    """A talk of two sources (a meeting record and the chronology's entry of it): a filter only the record
    satisfies (its outcomes) still finds the chronology, through the talk."""
    res = seeds.talks("", Filters(country="RU"), limit=100)
    joined = [t for t in res.items if len(t.sources) > 1]
    assert joined, "the seeds hold a talk reported by a meeting record and by the chronology"
    t = joined[0]
    assert {"meeting", "chronology"} <= set(t.doc_types) and t.outcomes
    f = Filters(date_from=t.date, date_to=t.date, outcome=t.outcomes[0], doc_type="chronology")
    found = seeds.search("", f)
    assert [h.doc_type for h in found.hits] == ["chronology"]
    assert [x.talk_id for x in seeds.talks("", f).items] == [t.talk_id]
    # and two filters two different talks satisfy match no talk: ラヴロフ held no summit
    assert seeds.talks("", Filters(person="ラヴロフ")).total >= 3
    assert seeds.talks("", Filters(person="ラヴロフ", kind="summit")).total == 0
    assert seeds.search("", Filters(person="ラヴロフ", kind="summit")).total == 0


def test_the_query_keeps_talks_with_a_record_in_a_matching_document(seeds):
    every = seeds.talks("", None, limit=100)
    word = seeds.talks("ショイグ", None, limit=100)
    docs = {h.doc_id for h in seeds.search("ショイグ", limit=100).hits}
    assert 0 < len(docs) < word.total < every.total  # the 2+2 and the two ministers' talks of its day
    assert all(set(t.sources) & docs for t in word.items)
    assert seeds.search("・").total == seeds.talks("・").total == 0  # only separators: nothing to look for


def test_every_page_counts_the_same_talks(seeds):
    home = views.home_page(seeds)
    stats = seeds.stats()
    assert home.talks == stats.talks == seeds.talks().total < stats.events  # a record and an entry: one talk
    for kind, n in home.by_kind.items():
        assert seeds.talks("", Filters(kind=kind)).total == n, kind
    for rel in (r for g in home.regions for r in g.relations):
        page = views.relation_page(seeds, rel.pair)
        assert page.total == rel.events == seeds.talks("", Filters(country=rel.country)).total, rel.pair
        assert sum(len(y.entries) for y in page.years) == page.total
    checked = 0
    for p in seeds.people():
        person = views.person_page(seeds, p.name)
        if len(person.people) == 1:
            assert person.total == seeds.talks("", Filters(person=p.name)).total, p.name
            checked += 1
    assert checked >= 10


def test_cli_talks(seeds, tmp_path):
    if not seeds.url.endswith(".db"):
        pytest.skip("the CLI runs on the SQLite archive (the API test covers PostgreSQL)")
    db = seeds.url
    run = CliRunner().invoke
    r = run(cli, ["talks", "--kind", "summit", "--from", "2009", "--to", "2011", "--db", db])
    assert r.exit_code == 0, r.output
    assert "9 talks match; showing 1-9" in r.output and "ドーヴィル・サミット" in r.output
    r = run(cli, ["talks", "--kind", "summit", "--from", "2009", "--to", "2011", "--json", "--facets", "--db", db])
    out = json.loads(r.output)
    want = seeds.talks("", SUMMITS, facets=True)
    assert out["total"] == want.total and [t["talk_id"] for t in out["items"]] == [t.talk_id for t in want.items]
    assert out["facets"]["year"] == [f.model_dump() for f in want.facets["year"]]
    r = run(cli, ["talks", "--person", "ラヴロフ", "--limit", "2", "--offset", "1", "--json", "--db", db])
    page = json.loads(r.output)
    assert len(page["items"]) == 2 and "facets" not in page
    assert page["items"][0]["talk_id"] == seeds.talks("", Filters(person="ラヴロフ")).items[1].talk_id
    for bad in (["--from", "2020-13"], ["--from", "2011", "--to", "2008"], ["--offset", "99999999999999999999"],
                ["--limit", "0"], ["--kind", "nope"]):
        r = subprocess.run([*GAIKO, "talks", *bad, "--db", db], capture_output=True, text=True, timeout=60)
        assert r.returncode == 2 and "Traceback" not in r.stderr and not r.stdout, (bad, r.stderr)
        if bad[0] == "--from":  # a value gaiko.inputs refuses: one line
            assert r.stderr.startswith("gaiko: ") and len(r.stderr.strip().splitlines()) == 1, r.stderr
    r = subprocess.run([*GAIKO, "talks", "--db", str(tmp_path / "none.db")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "no database" in r.stderr


def test_api_talks(seeds):
    with TestClient(create_app(Settings(db=seeds.url)), raise_server_exceptions=False) as c:
        r = c.get("/api/talks", params={"kind": "summit", "date_from": "2009", "date_to": "2011"})
        assert r.status_code == 200, r.text
        d = r.json()
        want = seeds.talks("", SUMMITS, facets=True)
        assert d["total"] == want.total == len(d["items"]) and d["view"] == "talks"
        assert {f["value"]: f["count"] for f in d["facets"]["kind"]} == {"summit": want.total}
        assert d["items"][0]["talk_id"] == want.items[0].talk_id and d["items"][0]["doc_types"] == ["chronology"]
        paged = c.get("/api/talks", params={"country": "RU", "per_page": 5, "page": 2}).json()
        assert paged["pages"] == -(-paged["total"] // 5) and len(paged["items"]) == 5
        assert [t["talk_id"] for t in paged["items"]] == [
            t.talk_id for t in seeds.talks("", Filters(country="RU"), limit=5, offset=5).items]
        assert c.get("/api/talks", params={"year": 2010, "kind": "summit"}).json()["total"] == len(
            [t for t in want.items if t.date.startswith("2010")])
        s = c.get("/api/search", params={"q": "首脳会談", "kind": "summit", "date_from": "2009", "date_to": "2011"})
        assert s.json()["total"] == 1
        for params in ({"date_from": "2020-13"}, {"date_from": "2011", "date_to": "2008"}, {"kind": "nope"},
                       {"per_page": 0}):
            bad = c.get("/api/talks", params=params)
            assert bad.status_code == 422, params
        page = c.get("/talks", params={"kind": "summit", "date_from": "2009", "date_to": "2011"})
        assert page.status_code == 200 and page.text.count('<li class="talk ') == want.total
        home = c.get("/").text
        assert f'<a class="talks-total" href="/talks"><strong>{want.total and seeds.stats().talks}</strong>' in home
