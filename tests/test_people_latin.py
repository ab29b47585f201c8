"""Names in any script: the lexicon of office holders (data, checked per row family), Latin names of people,
and every person filter (CLI search and timeline, API, web) resolving any variant through the people index."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gaiko.link import lexicon
from gaiko.link.names import name_key

GAIKO = [sys.executable, "-m", "gaiko"]
FAMILIES = sorted({(h.country, h.office) for h in lexicon.holders()})

# one person per row family, found by name, country, role family and a date in office
# fmt: off
EXAMPLES = {
    ("RU", "head_of_state"):      ("プーチン", {"head_of_state"}, "2004-06-01", "Vladimir Putin"),
    ("RU", "head_of_government"): ("メドベージェフ", {"head_of_government"}, "2015-01-01", "Dmitry Medvedev"),
    ("RU", "foreign"):            ("ラブロフ", {"foreign"}, "2018-07-31", "Sergey Lavrov"),
    ("JP", "head_of_government"): ("菅", {"head_of_government"}, "2020-10-01", "Yoshihide Suga"),
    ("JP", "foreign"):            ("河野", {"foreign"}, "2018-07-31", "Taro Kono"),
    ("US", "head_of_state"):      ("ブッシュ", {"head_of_state"}, "2003-05-23", "George W. Bush"),
    ("US", "foreign"):            ("クリントン", {"foreign"}, "2010-01-01", "Hillary Clinton"),
}
# fmt: on


def test_every_row_family_has_an_example():
    assert set(FAMILIES) == set(EXAMPLES)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f"{f[0]}-{f[1]}")
def test_row_family_is_well_formed(family):
    rows = [h for h in lexicon.holders() if (h.country, h.office) == family]
    assert rows
    for h in rows:
        assert 1989 <= h.first <= (h.last or h.first) <= 2100, h
        assert h.names and all(name_key(n) for n in h.names), h
        assert h.latin and h.latin == h.latin.strip() and all(c.isascii() for c in h.latin), h
    starts = [h.first for h in rows]
    assert starts == sorted(starts), f"{family}: rows in order of taking office"
    assert sum(h.last is None for h in rows) <= 1, f"{family}: one holder in office at most"
    # terms of one office overlap by at most the year of a hand-over
    for a, b in zip(rows, rows[1:]):
        assert (a.last or 9999) <= b.first + 1, (a, b)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f"{f[0]}-{f[1]}")
def test_row_family_example_resolves(family):
    name, families, when, latin = EXAMPLES[family]
    h = lexicon.find(family[0], {name_key(name)}, families, when, when)
    assert h is not None and h.latin == latin and h.office == family[1]


def test_lexicon_does_not_guess():
    assert lexicon.find("RU", {name_key("ラヴロフ")}, {"foreign"}, "1995-01-01", "1995-01-01") is None  # not yet
    assert lexicon.find("RU", {name_key("ラヴロフ")}, {"head_of_state"}, "2010-01-01", "2010-01-01") is None
    assert lexicon.find("JP", {name_key("佐藤")}, {"foreign"}, "2010-01-01", "2010-01-01") is None
    assert lexicon.find(None, {name_key("ラヴロフ")}, {"foreign"}, "2010-01-01", "2010-01-01") is None
    # the father and the son: the years decide
    assert lexicon.find("US", {name_key("ブッシュ")}, {"head_of_state"}, "1990-01-01", "1990-01-01").latin == "George H. W. Bush"


# --- on the seeds' archive ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def db(tmp_path_factory, shared_dir):
    path = tmp_path_factory.mktemp("latin") / "seeds.db"
    r = subprocess.run([*GAIKO, "ingest", str(shared_dir / "seeds"), "--db", str(path), "--jobs", "1"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return path


def _json(*args):
    r = subprocess.run([*GAIKO, *args, "--json"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_people_carry_latin_names_marked_by_source(db):
    people = {p["name"]: p for p in _json("people", "--db", str(db))}
    assert people["ラヴロフ"]["latin"] == "Sergey Lavrov" and people["ラヴロフ"]["latin_source"] == "lexicon"
    assert people["プーチン"]["latin"] == "Vladimir Putin"
    rom = next(p for p in people.values() if p["latin_source"] != "lexicon")
    assert rom["latin_source"] == "romanised" and rom["latin"] == rom["romaji"]
    r = subprocess.run([*GAIKO, "people", "--db", str(db)], capture_output=True, text=True, timeout=60)
    assert "Sergey Lavrov" in r.stdout and "(romanised)" in r.stdout


VARIANTS = ["ラブロフ", "ラヴロフ外相", "ラヴロフ外務大臣", "Lavrov", "lavrov", "Sergey Lavrov", "ＬＡＶＲＯＶ"]


def test_search_person_filter_resolves_every_variant(db):
    want = {h["doc_id"] for h in _json("search", "露", "--person", "ラヴロフ", "--db", str(db))["hits"]}
    assert len(want) >= 3
    for v in VARIANTS:
        got = {h["doc_id"] for h in _json("search", "露", "--person", v, "--db", str(db))["hits"]}
        assert got == want, v
    assert _json("search", "露", "--person", "Putin", "--db", str(db))["total"] >= 1
    assert _json("search", "露", "--person", "存在しない人", "--db", str(db))["total"] == 0


def test_timeline_person_filter_resolves_variants(db):
    def talks(who):
        return [e["date"] for y in _json("timeline", "--country", "RU", "--person", who, "--db", str(db))
                for e in y["entries"]]

    want = talks("ラヴロフ")
    assert want and talks("ラブロフ") == want and talks("Lavrov") == want


def test_person_command_finds_latin_and_shows_both_scripts(db):
    r = subprocess.run([*GAIKO, "person", "Lavrov", "--db", str(db)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("ラヴロフ / Sergey Lavrov"), r.stdout[:200]


def test_api_and_web_person_filter(db):
    from fastapi.testclient import TestClient

    from gaiko.api.deps import Settings
    from gaiko.server import create_app

    with TestClient(create_app(Settings(db=str(db)))) as c:
        base = c.get("/api/search", params={"q": "露", "person": "ラヴロフ"}).json()
        assert base["total"] >= 3
        for v in ("ラブロフ", "Lavrov", "ラヴロフ外相"):
            d = c.get("/api/search", params={"q": "露", "person": v}).json()
            assert [h["doc_id"] for h in d["hits"]] == [h["doc_id"] for h in base["hits"]], v
            ev = c.get("/api/events", params={"person": v}).json()
            assert ev["total"] >= 3 and all(any(p["name"] == "ラヴロフ" for p in e["principals"] + e["attendees"])
                                            for e in ev["items"]), v
        html = c.get("/search", params={"q": "露", "person": "ラブロフ"}).text
        assert html.count('class="hit') == base["total"] or str(base["total"]) in html
        page = c.get("/api/people/Lavrov").json()
        assert page["people"][0]["name"] == "ラヴロフ" and page["people"][0]["latin"] == "Sergey Lavrov"
        assert "Sergey Lavrov" in c.get("/people/Lavrov").text


# --- the page's own Latin spelling comes first -------------------------------------------------------

# fmt: off
PAGE_LATIN = [
    ("(Sergey Lavrov)と会談した", "Sergey Lavrov"),
    ("米国大統領(The Honorable Joseph R. Biden, Jr., President of the United States of America)と", "Joseph R. Biden"),
    ("首相（The Hon. Malcolm Turnbull MP, Prime Minister of Australia）", "Malcolm Turnbull"),
    ("国務長官(The Honorable Antony J. Blinken, Secretary of State of the United States of America)", "Antony J. Blinken"),
    ("外務大臣(概要)", None),          # not Latin
    ("(於:パリ)", None),
    ("(G20)", None),                  # an acronym, not a name
    ("外務大臣と会談した。(Sergey Lavrov)", None),  # another sentence: not this name's
]
# fmt: on


@pytest.mark.parametrize("text,latin", PAGE_LATIN)
def test_page_latin(text, latin):
    from gaiko.link.names import page_latin

    assert page_latin(text, 0) == latin


def test_people_take_the_pages_latin_before_the_lexicon(tmp_path):
    from pathlib import Path

    from gaiko.archive import Archive

    data = Path(__file__).parent / "data" / "docs"
    with Archive.open(str(tmp_path / "us.db")) as a:
        a.ingest([str(data / "g04_us_tel_summit.txt"), str(data / "g17_us_fm_tokyo.txt")], jobs=1)
        people = {p.name: p for p in a.people()}
        assert (people["バイデン"].latin, people["バイデン"].latin_source) == ("Joseph R. Biden", "page")
        assert (people["ブリンケン"].latin, people["ブリンケン"].latin_source) == ("Antony J. Blinken", "page")
        assert people["林"].latin_source == "lexicon" and people["林"].latin == "Yoshimasa Hayashi"
        assert [p.name for p in a.person("Blinken")] == ["ブリンケン"]
        from gaiko.archive import Filters

        assert a.events(Filters(person="Biden")).total == a.events(Filters(person="バイデン")).total >= 1
