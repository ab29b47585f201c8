"""Navigation out of the index: only a page's content region (gaiko.pipeline.content_region) is indexed and
cut into snippets; the stored text stays whole (spans index into it)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from gaiko.archive import Archive
from gaiko.pipeline import content_region, extract_path, extract_text

MENU_WORDS = ["アフリカ", "サイトマップ", "外務省案内", "キッズ外務省", "渡航関連情報"]
SEED_001 = "001_65328be2aa164c64.txt"  # a Russia page whose region menu lists アフリカ


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, shared_dir):
    db = str(tmp_path_factory.mktemp("region") / "seeds.db")
    with Archive.open(db) as a:
        rep = a.ingest([str(shared_dir / "seeds")], jobs=1)
        assert rep.added == 5 and not rep.failed
    return db


def test_region_leaves_the_menu_out(shared_dir):
    ex = extract_path(shared_dir / "seeds" / SEED_001)
    assert "アフリカ" in ex.text and ex.content is not None
    start, end = ex.content
    body = ex.text[start:end]
    assert "アフリカ" not in body and body.startswith("日露外相会談")
    assert ex.record.title and ex.record.title in body
    for e in ex.record.events:  # every fact the record holds lies inside the region
        for p in e.principals:
            if p.span:
                assert start <= p.span[0] < p.span[1] <= end


def test_plain_text_without_navigation_is_all_content():
    text = "日露外相会談\n\n平成20年11月5日\n\n中曽根外務大臣はラヴロフ外務大臣と会談した。\n"
    assert content_region(text) is None and extract_text(text).content is None


@pytest.mark.parametrize("word", MENU_WORDS)
def test_menu_words_find_nothing(seeds_db, word):
    with Archive.open(seeds_db, create=False) as a:
        assert a.search(word).total == 0, word


def test_content_is_still_found_and_snippets_skip_the_menu(seeds_db):
    with Archive.open(seeds_db, create=False) as a:
        res = a.search("会談", limit=20)
        assert res.total == 5
        for h in res.hits:
            shown = "".join(t for t, _ in h.snippet)
            assert not any(w in shown for w in MENU_WORDS + ["トップページ", "世界地図"]), shown
        first = a.search("", limit=20).hits  # no query: the snippet is the content's start
        assert all(not "".join(t for t, _ in h.snippet).lstrip("…").startswith(("外務省案内", "世界地図")) for h in first)
        doc = a.get(next(h.doc_id for h in a.search("中曽根").hits))
        assert "アフリカ" in doc.text  # the stored text is whole: spans still index into it


def test_cli_search_africa_finds_nothing(seeds_db):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "gaiko", "search", "アフリカ", "--db", seeds_db],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "0 documents match" in r.stdout


def test_replace_and_delete_remove_what_was_indexed(tmp_path, shared_dir):
    src = tmp_path / "docs"
    src.mkdir()
    page = src / SEED_001
    shutil.copy(shared_dir / "seeds" / SEED_001, page)
    db = str(tmp_path / "r.db")
    with Archive.open(db) as a:
        a.ingest([str(src)], jobs=1)
        assert a.search("中曽根").total == 1
        page.write_text(page.read_text("utf-8").replace("このページのトップへ戻る", "追記:漁業協力について協議した。\nこのページのトップへ戻る"), "utf-8")
        rep = a.ingest([str(src)], jobs=1)
        assert rep.replaced == 1
        assert a.search("追記").total == 1 and a.search("中曽根").total == 1 and a.search("アフリカ").total == 0
        assert a.delete(a.search("追記").hits[0].doc_id)
        assert a.search("中曽根").total == 0 and a.search("追記").total == 0
    c = sqlite3.connect(db)
    c.execute("INSERT INTO doc_fts(doc_fts, rank) VALUES ('integrity-check', 1)")  # raises if postings are stale
    c.close()


def test_documents_stored_without_a_region_index_their_whole_text(tmp_path, gold_extractions):
    ex = next(e for e in gold_extractions if "アフリカ" in e.text)
    assert ex.content is None  # built by hand, as by an older version: no region known
    with Archive.open(str(tmp_path / "old.db")) as a:
        a.add(ex)
        assert a.search("アフリカ").total == 1
