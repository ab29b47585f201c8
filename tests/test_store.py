"""The store through the archive API: identity by content, replacement by path, migrations, reads, chronology."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gaiko.archive import Archive, event_label
from gaiko.errors import StoreError
from gaiko.filters import Filters
from gaiko.store.db import DB
from gaiko.store.migrations import applied, discover, migrate
from gaiko.store.models import EventRow
from gaiko.store.store import decode


def test_add_is_idempotent_and_keyed_by_content(archive_url, gold_extractions):
    with Archive.open(archive_url) as a:
        e = gold_extractions[0]
        r1 = a.add(e)
        assert r1.status == "added" and r1.doc_id == e.sha256[:16]
        before = a.stats()
        assert a.add(e).status == "unchanged"
        after = a.stats()
        assert before == after
        assert a.db.scalar("SELECT count(*) FROM events") == len(e.record.events)


def test_changed_file_at_same_path_replaces(archive_url, gold_extractions):
    with Archive.open(archive_url) as a:
        e1, other = gold_extractions[0], gold_extractions[1]
        a.add(e1)
        e2 = copy.copy(other)
        e2.path = e1.path  # the same file, new bytes
        r = a.add(e2)
        assert r.status == "replaced" and r.replaced == e1.sha256[:16]
        assert a.get(e1.sha256[:16]) is None
        assert a.stats().documents == 1
        assert a.db.scalar("SELECT count(*) FROM events WHERE n NOT IN (SELECT n FROM documents)") == 0
        assert a.db.scalar("SELECT count(*) FROM events") == len(e2.record.events)
        assert a.search("会談").total == (1 if "会談" in e2.text else 0)
        # the old text is gone from the index too
        only_old = next(w for w in ("イワノフ", "川口", "飯倉") if w in e1.text and w not in e2.text)
        assert a.search(only_old).total == 0


def test_get_round_trips_the_record(arch, gold_extractions):
    e = gold_extractions[3]
    d = arch.get(e.sha256[:16])
    assert d.text == e.text and d.record == e.record and d.sha256 == e.sha256
    assert d.title == e.record.title and d.doc_type == e.record.doc_type
    assert arch.get(e.sha256[:8]).doc_id == d.doc_id  # unique prefix
    assert arch.get("0000000000000000") is None
    assert len(list(arch.iter_documents())) == len({x.sha256 for x in gold_extractions})


def test_delete_removes_everything(arch, gold_extractions):
    e = gold_extractions[0]
    total = arch.search("会談").total
    n = arch.db.scalar("SELECT n FROM documents WHERE doc_id = ?", (e.sha256[:16],))
    assert arch.db.scalar("SELECT count(*) FROM participants WHERE n = ?", (n,)) > 0
    assert arch.delete(e.sha256[:16])
    assert arch.get(e.sha256[:16]) is None
    assert arch.search("会談").total == total - 1
    for t in ("events", "participants", "outcomes", "event_countries", "topics", "planned"):
        assert arch.db.scalar(f"SELECT count(*) FROM {t} WHERE n = ?", (n,)) == 0


def test_events_and_filters(arch):
    page = arch.events(Filters(country="RU"), limit=500)
    assert page.total == len(page.items) > 10
    assert all("RU" in r.countries for r in page.items)
    tel = arch.events(Filters(channel="telephone"))
    assert tel.total and all(r.channel == "telephone" for r in tel.items)
    lav = arch.events(Filters(person="ラヴロフ"))
    assert lav.total and all(any(p.name == "ラヴロフ" for p in r.principals + r.attendees) for r in lav.items)
    span = arch.events(Filters(date_from="2010", date_to="2011-03"))
    assert span.total and all("2010" <= r.date[:7] <= "2011-03" for r in span.items)
    agree = arch.events(Filters(outcome="agree"))
    assert all(any(o.type == "agree" for o in r.outcomes) for r in agree.items)


def test_timeline_groups_and_orders(arch):
    years = arch.timeline("RU")
    ys = [y.year for y in years if y.year.isdigit()]
    assert ys == sorted(ys, reverse=True)
    entries = [e for y in years for e in y.entries]
    assert len({tuple(e.event_ids) for e in entries}) == len(entries)
    # the chronology (2011 entries) and the talks: Deauville summit is labelled from its occasion
    assert any(e.label == "ドーヴィル・サミットの際の日露首脳会談" and e.date == "2011-05-27" for e in entries)
    # every event of RU appears exactly once
    ids = [i for e in entries for i in e.event_ids]
    assert sorted(ids) == sorted(r.event_id for r in arch.events(Filters(country="RU"), limit=1000).items)
    narrow = arch.timeline("RU", Filters(date_from="2008", date_to="2011"))
    assert {y.year for y in narrow} <= {"2008", "2009", "2010", "2011"} and narrow


def test_event_label_vocabulary():
    row = EventRow(event_id="x-0", doc_id="x", index=0, kind="summit", channel="telephone", countries=["JP", "RU"])
    assert event_label(row) == "日露首脳電話会談"
    row = EventRow(event_id="x-0", doc_id="x", index=0, kind="foreign_ministers", channel="in_person",
                   countries=["RU", "JP"], occasion="G8外相会合")
    assert event_label(row) == "G8外相会合の際の日露外相会談"


def test_stats_and_relations(arch, gold_extractions):
    s = arch.stats()
    assert s.documents == len({e.sha256 for e in gold_extractions})
    assert s.talks == sum(s.by_kind.values()) == sum(s.by_year.values()) < s.events  # a chronology entry joined its record
    assert s.by_country["RU"] >= 1 and "JP" not in s.by_country
    rel = {r.country: r for r in arch.relations()}
    assert rel["RU"].pair == "JP-RU" and rel["RU"].name_ja == "ロシア" and rel["RU"].region.startswith("欧州")


def test_migrations_are_numbered_and_applied_once(archive_url):
    with Archive.open(archive_url) as a:
        nums = [m.number for m in discover()]
        assert nums == sorted(set(nums)) and nums[0] == 1
        assert applied(a.db) == set(nums)
        assert migrate(a.db) == []  # nothing pending
    with Archive.open(archive_url) as a:  # reopening applies nothing again
        assert a.db.scalar("SELECT count(*) FROM schema_migrations") == len(nums)


def test_db_wrapper_translates_placeholders(archive_url):
    with Archive.open(archive_url) as a:
        with a.db.transaction():
            a.db.execute("CREATE TABLE IF NOT EXISTS scratch (k TEXT, v INTEGER)")
            a.db.execute("INSERT INTO scratch (k, v) VALUES (?, ?)", ("a%b", 1))
        assert a.db.query("SELECT k, v FROM scratch WHERE k LIKE ?", ("a%",)) == [{"k": "a%b", "v": 1}]
        with pytest.raises(RuntimeError):
            with a.db.transaction():
                a.db.execute("INSERT INTO scratch (k, v) VALUES (?, ?)", ("b", 2))
                raise RuntimeError("rollback")
        assert a.db.scalar("SELECT count(*) FROM scratch") == 1


def test_unreachable_postgres_is_one_line_exit_2(tmp_path):
    p = subprocess.run(
        [sys.executable, "-m", "gaiko", "search", "--db", "postgresql://nobody@127.0.0.1:1/none", "露"],
        capture_output=True, text=True, timeout=60,
    )
    assert p.returncode == 2
    assert p.stderr.count("\n") == 1 and "cannot connect to PostgreSQL" in p.stderr and "Traceback" not in p.stderr
    with pytest.raises(StoreError):
        Archive.open("postgresql://nobody@127.0.0.1:1/none")


def test_missing_sqlite_db_for_reading_is_usage_error(tmp_path):
    p = subprocess.run([sys.executable, "-m", "gaiko", "search", "--db", str(tmp_path / "none.db"), "露"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and "no database" in p.stderr and "Traceback" not in p.stderr


def test_cli_search_timeline_show_stats(arch, archive_url, gold_extractions):
    def run(*args):
        p = subprocess.run([sys.executable, "-m", "gaiko", *args, "--db", archive_url], capture_output=True,
                           text=True, timeout=120)
        assert p.returncode == 0, p.stderr
        return p.stdout

    out = json.loads(run("search", "北方四島", "--json"))
    assert out["total"] == sum("北方四島" in e.text for e in {e.sha256: e for e in gold_extractions}.values())
    assert any(m for h in out["hits"] for _, m in h["snippet"])
    assert "documents match" in run("search", "露", "--country", "RU", "--from", "2008", "--to", "2011")
    tl = run("timeline", "--country", "RU")
    assert "2011年" in tl and "5月27日 ドーヴィル・サミットの際の日露首脳会談" in tl
    assert tl.index("2011年") < tl.index("2010年")
    doc = out["hits"][0]["doc_id"]
    shown = run("show", doc)
    assert doc in shown and "---- text ----" in shown
    assert json.loads(run("show", doc, "--json"))["doc_id"] == doc
    st = json.loads(run("stats", "--json"))
    assert st["documents"] == arch.stats().documents
    bad = subprocess.run([sys.executable, "-m", "gaiko", "search", "--db", archive_url, "--kind", "nope", "x"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


# --- migration m0005 (integer keys) on an archive written before it --------------------------------------------
# tests/data/archive-m0004.db: ten of tests/data/docs ingested by gaiko at commit c5a18ab (schema up to m0004 and
# the knowledge tables), so with the text keys event_id / doc_id in every event table (paths then made relative).
OLD_ARCHIVE = Path(__file__).parent / "data" / "archive-m0004.db"
DOCS = Path(__file__).parent / "data" / "docs"
OLD_TABLES = {  # table -> its columns besides event_id and doc_id, in the schema before m0005
    "events": "idx, kind, channel, date, date_end, city, venue, occasion, countries, data",
    "event_countries": "country",
    "participants": "name, role, country, principal",
    "outcomes": "type, by_side, span_start, span_end",
    "planned": "what, date, precision, place, text",
    "topics": "topic",
}
DOC_COLUMNS = ("n, doc_id, path, source_url, sha256, title, doc_type, doc_date, sort_date, encoding, n_chars, text, "
               "record, extractor_version, added_at")


def _old_event_rows(c) -> dict[str, list[tuple]]:
    """The fixture's event tables as (event_id, *columns), blobs decoded."""
    return {t: sorted(tuple(decode(v) for v in r) for r in c.execute(f"SELECT event_id, {cols} FROM {t}"))
            for t, cols in OLD_TABLES.items()}


def _new_event_rows(db) -> dict[str, list[tuple]]:
    """The same, read through the integer keys: event_id rebuilt from the document's doc_id and the event's idx."""
    out = {"events": sorted(
        (f"{d}-{r[0]}", *(decode(v) for v in r))
        for d, *r in db.rows(f"SELECT d.doc_id, {', '.join('e.' + c.strip() for c in OLD_TABLES['events'].split(','))} "
                             "FROM events e JOIN documents d ON d.n = e.n"))}
    for t, cols in list(OLD_TABLES.items())[1:]:
        sel = ", ".join("c." + x.strip() for x in cols.split(","))
        rows = db.rows(f"SELECT d.doc_id, v.idx, v.n = c.n, {sel} FROM {t} c JOIN events v ON v.e = c.e "
                       "JOIN documents d ON d.n = c.n")
        assert all(r[2] for r in rows), f"{t}: a row's n is not its event's document"
        out[t] = sorted((f"{d}-{i}", *r) for d, i, _, *r in rows)
    return out


def test_m0005_moves_an_old_archive_to_integer_keys(archive_url, tmp_path, gold_extractions):
    old = sqlite3.connect(OLD_ARCHIVE)
    expected = _old_event_rows(old)
    assert len(expected["events"]) > 20 and all(expected.values())
    if archive_url.startswith("postgresql"):
        # the same archive on PostgreSQL: the schema as it was before m0005, then the fixture's rows copied in
        db = DB.connect(archive_url)
        migrate(db, until=4)
        assert not db.rows("SELECT number FROM schema_migrations WHERE number >= 5")
        with db.transaction():
            docs = [tuple(decode(v) for v in r) for r in old.execute(f"SELECT {DOC_COLUMNS} FROM documents")]
            db.executemany(f"INSERT INTO documents ({DOC_COLUMNS}) VALUES ({','.join('?' * 15)})", docs)
            db.execute("SELECT setval(pg_get_serial_sequence('documents', 'n'), max(n)) FROM documents")
            for t, cols in OLD_TABLES.items():
                rows = [tuple(decode(v) for v in r) for r in old.execute(f"SELECT event_id, doc_id, {cols} FROM {t}")]
                db.executemany(f"INSERT INTO {t} (event_id, doc_id, {cols}) VALUES ({','.join('?' * (len(rows[0])))})",
                               rows)
        db.close()
    else:
        shutil.copy(OLD_ARCHIVE, archive_url)
    old.close()
    with Archive.open(archive_url) as a:  # opening applies m0005
        assert 5 in applied(a.db)
        got = _new_event_rows(a.db)
        assert got == expected
        # the filters and the chronology read the new keys: counts agree with the stored records
        records = [d.record for d in a.iter_documents()]
        for country in ("CN", "KR", "BR"):
            want = sum(country in e.countries for r in records for e in r.events)
            assert want and a.events(Filters(country=country), limit=None).total == want
        page = a.events(Filters(), limit=None)
        assert sorted(x.event_id for x in page.items) == sorted(r[0] for r in expected["events"])
        # new documents continue the event numbering (no key taken twice), and then are found like the old ones
        before = a.db.scalar("SELECT max(e) FROM events")
        e = next(x for x in gold_extractions if x.record.events)
        assert a.add(e).status == "added"
        new = a.db.rows("SELECT e.e FROM events e JOIN documents d ON d.n = e.n WHERE d.doc_id = ?", (e.sha256[:16],))
        assert len(new) == len(e.record.events) and min(r[0] for r in new) > before
        assert a.events(Filters(), limit=None).total == len(expected["events"]) + len(e.record.events)


def test_sqlite_full_text_index_is_tuned_for_ingest(tmp_path):
    # m0006: FTS5 flushes pending terms at 32 MB, not its default 1 MB (a 1,000-document transaction is ~10 MB),
    # and merges 16 segments of a level, not 4
    with Archive.open(str(tmp_path / "a.db")) as a:
        config = dict(a.db.rows("SELECT k, v FROM doc_fts_config"))
        assert config["hashsize"] == 32 << 20 and config["automerge"] == 16
        assert a.ingest([str(DOCS)], jobs=1).added == len(list(DOCS.iterdir()))
        assert a.search("会談").total > 0


def test_an_events_facts_are_read_by_its_own_index(tmp_path):
    """A talk's facts are joined by (document, event): with an index on the document alone, each event of a
    document read all its rows (a document of many talks cost their square: m0120)."""
    with Archive.open(str(tmp_path / "plan.db")) as a:
        db = a.db
        for table in ("event_countries", "participants", "outcomes", "topics"):
            plan = " ".join(str(r[-1]) for r in db.rows(
                f"EXPLAIN QUERY PLAN SELECT DISTINCT e.talk FROM events e JOIN {table} x ON x.n = e.n AND x.e = e.e "
                "WHERE e.talk IN (1, 2, 3)"))
            assert f"INDEX {table}_event (n=? AND e=?)" in plan, plan
