"""What the README shows on the seeds' archive, through the real commands (issues 3 and 5 'must show')."""

import re
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, shared_dir):
    db = tmp_path_factory.mktemp("seeds") / "gaiko.db"
    run(["ingest", str(shared_dir / "seeds"), "--db", str(db)])
    return str(db)


def run(args: list[str]) -> str:
    r = subprocess.run([sys.executable, "-m", "gaiko", *args], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_followups_show_the_2002_and_2008_plans(seeds_db):
    out = run(["followups", "--country", "RU", "--db", seeds_db])
    assert re.search(r"2002-02-02 JP-RU: 次官級協議 @ モスクワ — 2002-03 \(mid_month\)", out)
    line = next(l for l in out.splitlines() if "日露首脳会談" in l and "2008-11-22" in l)
    assert "fulfilled" in line
    assert "fulfilled by 2008-11-22" in out


def test_person_lavrov_across_the_years(seeds_db):
    out = run(["person", "ラヴロフ", "--db", seeds_db])
    years = set(re.findall(r"^\s+(20\d\d)-\d\d-\d\d\s+外務大臣", out, re.M))
    assert {"2008", "2011", "2018"} <= years, out


def test_timeline_shows_the_2008_11_05_talk_once_with_two_sources(seeds_db):
    out = run(["timeline", "--country", "RU", "--from", "2008", "--to", "2008", "--db", seeds_db])
    lines = [l for l in out.splitlines() if l.strip().startswith("11月5日")]
    assert len(lines) == 1 and "2件の記録" in lines[0], out


@pytest.mark.parametrize("query", ["北方四島", "露", "日露", "拉致", "漁業", "漁船", "会談"])
def test_short_words_are_found_exactly(seeds_db, shared_dir, query):
    import json

    truth = sum(query in p.read_text(encoding="utf-8") for p in (shared_dir / "seeds").iterdir())
    out = run(["search", query, "--db", seeds_db, "--json"])
    assert json.loads(out)["total"] == truth


def test_person_by_latin_name_as_printed(seeds_db):
    out = run(["person", "Lavrov", "--db", seeds_db])
    assert out.splitlines()[0] == "ラヴロフ / Sergey Lavrov [RU] ru-ravurofu-2008", out
