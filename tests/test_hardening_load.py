"""Issue 14, load and faults: pages computed once per key, reconciliation blocked, links never rebuilt in a
request, bounded database connections, extraction linear with a time budget."""

from __future__ import annotations

import dataclasses
import itertools
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import need_service
from fastapi import HTTPException
from fastapi.testclient import TestClient
from test_hardening import closed_port
from test_web_helpers import build_archive

from gaiko import archive as archive_module
from gaiko.api import deps
from gaiko.api.deps import PageCache, Settings
from gaiko.archive import Archive
from gaiko.cli import cli
from gaiko.extract import meetings
from gaiko.link import reconcile
from gaiko.link.docs import events_of, load_gold, relationship
from gaiko.pipeline import extract_text
from gaiko.server import create_app
from gaiko.store import db as dbmod
from gaiko.views import build as views

# --- 1. page cache: single-flight, normalised keys, bounded ---------------------------------------


def test_concurrent_misses_of_one_key_compute_once():
    cache, calls = PageCache(), []

    def slow():
        calls.append(threading.get_ident())
        time.sleep(0.3)
        return object()

    with ThreadPoolExecutor(20) as ex:
        got = list(ex.map(lambda _: cache.get(("relation", "JP-RU"), slow), range(20)))
    assert len(calls) == 1
    assert all(g is got[0] for g in got)


def test_other_keys_and_hits_are_not_blocked_by_a_slow_computation():
    cache = PageCache()
    cache.get("fast", lambda: 1)
    started = threading.Event()

    def slow():
        started.set()
        time.sleep(1.0)
        return 2

    with ThreadPoolExecutor(2) as ex:
        fut = ex.submit(cache.get, "slow", slow)
        started.wait(5)
        t0 = time.monotonic()
        assert cache.get("fast", lambda: 99) == 1
        assert cache.get("other", lambda: 3) == 3
        assert time.monotonic() - t0 < 0.5
        assert fut.result() == 2


def test_an_error_reaches_every_waiter_and_is_not_cached():
    cache, calls = PageCache(), []

    def failing():
        calls.append(1)
        time.sleep(0.2)
        raise LookupError("boom")

    def attempt(_):
        try:
            cache.get("k", failing)
        except LookupError as e:
            return str(e)
        return "no error"

    with ThreadPoolExecutor(8) as ex:
        assert set(ex.map(attempt, range(8))) == {"boom"}
    assert len(calls) == 1
    assert cache.get("k", lambda: "fine") == "fine"  # the failure was not kept


def test_the_cache_is_bounded_least_recently_used_first():
    cache = PageCache(size=3)
    for k in "abc":
        cache.get(k, lambda k=k: k)
    cache.get("a", lambda: "recomputed")  # a hit: a becomes the most recent
    cache.get("d", lambda: "d")
    assert len(cache) == 3
    assert cache.get("a", lambda: "recomputed") == "a"
    assert cache.get("b", lambda: "b again") == "b again"  # b was the least recently used


def test_an_expired_page_is_recomputed_once_and_served_as_it_was_meanwhile():
    cache = PageCache(ttl=0.2)
    assert cache.get("rel", lambda: "old") == "old"
    time.sleep(0.3)  # expired
    started, release = threading.Event(), threading.Event()

    def slow():
        started.set()
        release.wait(5)
        return "new"

    with ThreadPoolExecutor(1) as ex:
        fut = ex.submit(cache.get, "rel", slow)  # the first request after the expiry recomputes it
        started.wait(5)
        t0 = time.monotonic()
        assert [cache.get("rel", lambda: "again") for _ in range(5)] == ["old"] * 5  # the others do not wait
        assert time.monotonic() - t0 < 0.5 and cache.stale_served == 5
        release.set()
        assert fut.result() == "new"
    assert cache.get("rel", lambda: "again") == "new" and cache.computed == 2
    cache.clear()  # after an add nothing is served as it was
    assert cache.get("rel", lambda: "after the add") == "after the add"


def test_peek_serves_only_what_needs_no_computing():
    cache = PageCache(ttl=0.2)
    assert cache.peek("k") is None  # (never computed: None, and nothing is computed)
    cache.get("k", lambda: "v")
    assert cache.peek("k") == "v"
    time.sleep(0.3)
    assert cache.peek("k") is None  # expired, nobody recomputing it: the caller computes
    started, release = threading.Event(), threading.Event()
    with ThreadPoolExecutor(1) as ex:
        fut = ex.submit(cache.get, "k", lambda: (started.set(), release.wait(5), "v2")[-1])
        started.wait(5)
        assert cache.peek("k") == "v"  # being recomputed: as it was
        release.set()
        assert fut.result() == "v2"
    assert cache.peek("k") == "v2" and cache.computed == 2


def test_a_page_computed_across_a_clear_is_not_kept():
    cache = PageCache()
    started = threading.Event()

    def slow():
        started.set()
        time.sleep(0.3)
        return "before the add"

    with ThreadPoolExecutor(1) as ex:
        fut = ex.submit(cache.get, "home", slow)
        started.wait(5)
        cache.clear()  # a document was added meanwhile
        assert fut.result() == "before the add"  # the request that computed it still gets it
    assert cache.get("home", lambda: "after the add") == "after the add"


@pytest.fixture(scope="module")
def built(tmp_path_factory, shared_dir) -> Path:
    db = tmp_path_factory.mktemp("load") / "web.db"
    build_archive(db, shared_dir)
    return db


@pytest.fixture
def client(built):
    with TestClient(create_app(Settings(db=str(built))), raise_server_exceptions=False) as c:
        yield c


def test_both_orders_of_a_relation_are_one_cached_page(client):
    a = client.get("/api/relations/JP-RU")
    b = client.get("/api/relations/ru-jp")
    assert a.status_code == b.status_code == 200
    assert a.json() == b.json() and a.json()["pair"] == "JP-RU"
    assert client.get("/relations/RU-JP").status_code == 200
    cache = client.app.state.cache
    assert cache.computed == 1 and cache.serialised == 2 and len(cache) == 3  # the page, its JSON and HTML beside it
    assert client.get("/api/relations/JP-RU").content == a.content and cache.serialised == 2  # served as kept


@pytest.mark.parametrize("url", ["/api/relations/JP-JP", "/api/relations/jp-jp", "/relations/JP-JP"])
def test_japan_with_itself_is_no_relation(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "another country" in r.text


def test_twenty_cold_requests_for_one_relation_compute_it_once(client, monkeypatch):
    real, calls = views.relation_page, []

    def slow(archive, pair):
        calls.append(pair)
        time.sleep(0.5)
        return real(archive, pair)

    monkeypatch.setattr(views, "relation_page", slow)
    urls = ["/api/relations/JP-RU" if i % 2 else "/api/relations/RU-JP" for i in range(20)]
    with ThreadPoolExecutor(20) as ex:
        codes = [r.status_code for r in ex.map(client.get, urls)]
    assert codes == [200] * 20
    assert len(calls) == 1


# --- 2. reconciliation: blocked, near-linear, the same pairs ---------------------------------------

def _all_pairs(rows) -> set[tuple[int, int, int]]:
    """Every overlapping pair of rows of different documents, scored (what candidate_pairs did before blocking)."""
    spans = [reconcile.span_of(r) for r in rows]
    out = set()
    for i, j in itertools.combinations([k for k, s in enumerate(spans) if s is not None], 2):
        a, b = sorted((i, j), key=lambda k: (spans[k], k))
        if spans[a][1] < spans[b][0] or rows[a].doc_id == rows[b].doc_id:
            continue
        sc = reconcile.pair_score(rows[a], rows[b], spans[a], spans[b])
        if sc is not None:
            out.add((sc, a, b))
    return out


@pytest.fixture(scope="module")
def linked_corpus():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import bench_link

    return list(events_of(bench_link.generate(3000, seed=7)))


def test_blocked_candidates_are_every_pair_that_can_be_one_talk(linked_corpus):
    by_rel: dict = {}
    for e in linked_corpus:
        by_rel.setdefault(relationship(e.countries), []).append(e)
    found = 0
    for rows in sorted(by_rel.values(), key=len)[-6:]:  # the largest relationships: talks share days
        assert len(rows) > 100
        got = reconcile.candidate_pairs(rows)
        assert len(got) == len(set(got))
        assert set(got) == _all_pairs(rows)
        found += len(got)
    assert found > 50


def test_the_same_talk_many_times_costs_linear_work(shared_dir, monkeypatch):
    src = next(d for d in load_gold(sorted((shared_dir / "gold").glob("*.json")))
               if len(d.record.events) == 1 and d.record.events[0].date and d.record.events[0].principals)
    rows = list(events_of([dataclasses.replace(src, doc_id=f"u{i}") for i in range(2000)]))
    calls = []
    real = reconcile._score
    monkeypatch.setattr(reconcile, "_score", lambda *a: calls.append(1) or real(*a))
    groups = reconcile.group_events(rows)
    assert len(calls) <= reconcile.MAX_BLOCK * len(rows)  # all pairs: 2,000,000
    assert len(groups) == 1  # still one talk


# --- 3. derived tables: never rebuilt inside a request ---------------------------------------------

def _no_linking(*_a, **_k):
    raise AssertionError("the derived tables were rebuilt inside a request")


@pytest.fixture
def stale_db(tmp_path, gold_extractions):
    """An archive linked once, then given one more document: its links are stale."""
    db = str(tmp_path / "stale.db")
    with Archive.open(db) as a:
        for x in gold_extractions[:-1]:
            a.add(x)
        a.link()
        a.add(gold_extractions[-1])
        assert a.links_state() == "stale"
    return db


def test_requests_serve_stale_links_as_last_built_and_say_so(stale_db, monkeypatch):
    monkeypatch.setattr(archive_module, "LINK_AUTO_MAX_DOCS", 0)  # the start-up relinking does nothing either
    monkeypatch.setattr(archive_module, "compute", _no_linking)
    with TestClient(create_app(Settings(db=stale_db)), raise_server_exceptions=False) as c:
        person = c.get("/api/people/ラヴロフ")
        assert person.status_code == 200, person.text[:300]
        assert person.json()["source"].startswith("link.people") and "stale" in person.json()["source"]
        home = c.get("/api/home")
        assert home.status_code == 200 and "stale" in home.json()["planned_source"]
        assert c.get("/people/ラヴロフ").status_code == 200 and c.get("/").status_code == 200
        for url in ("/api/relations", "/api/relations/JP-RU", "/relations/JP-RU", "/api/talks?q=会談",
                    "/api/talks?country=RU", "/talks?q=会談", "/api/search?q=会談&person=ラヴロフ"):
            assert c.get(url).status_code == 200, url
    with Archive.open(stale_db) as a:
        assert a.links_state() == "stale"


def test_an_ingest_by_another_process_never_makes_a_request_link(tmp_path, gold_extractions, monkeypatch):
    db = str(tmp_path / "live.db")
    with Archive.open(db) as a:
        for x in gold_extractions[:-1]:
            a.add(x)
    with TestClient(create_app(Settings(db=db)), raise_server_exceptions=False) as c:  # linked at start-up
        with Archive.open(db) as other:  # meanwhile an ingest elsewhere adds a document
            other.add(gold_extractions[-1])
            assert other.links_state() == "stale"
        monkeypatch.setattr(archive_module, "compute", _no_linking)
        for url in ("/", "/api/home", "/api/relations", "/api/relations/JP-RU", "/relations/JP-RU", "/api/talks?q=会談",
                    "/talks?q=会談", "/api/people/ラヴロフ", "/people/ラヴロフ", "/api/search?q=会談&person=ラヴロフ"):
            assert c.get(url).status_code == 200, url


def test_links_never_built_give_the_cheap_view_of_the_events(tmp_path, gold_extractions, monkeypatch):
    db = str(tmp_path / "never.db")
    with Archive.open(db) as a:
        for x in gold_extractions:
            a.add(x)
    monkeypatch.setattr(archive_module, "LINK_AUTO_MAX_DOCS", 0)
    monkeypatch.setattr(archive_module, "compute", _no_linking)
    with TestClient(create_app(Settings(db=db)), raise_server_exceptions=False) as c:
        person = c.get("/api/people/ラヴロフ")
        assert person.status_code == 200 and person.json()["source"].startswith("events")
        assert c.get("/api/home").json()["planned_source"].startswith("events")


def test_the_server_relinks_at_start_and_after_an_upload_not_in_the_request(stale_db, monkeypatch):
    with TestClient(create_app(Settings(db=stale_db, token="t0ken")), raise_server_exceptions=False) as c:
        with Archive.open(stale_db) as a:
            assert a.links_state() == "fresh"  # linked at start-up, before the first request
        r = c.post("/api/documents", content="日露外相会談\n令和2年5月10日\n\n1 5月10日、茂木外務大臣はラヴロフ・ロシア外相と会談を行いました。\n",
                   headers={"Authorization": "Bearer t0ken", "content-type": "text/plain"})
        assert r.status_code == 201, r.text
        c.app.state.relinker.wait(60)
        with Archive.open(stale_db) as a:
            assert a.links_state() == "fresh"
        assert c.app.state.relinker.runs == 2
        assert "stale" not in c.get("/api/people/ラヴロフ").json()["source"]


def test_an_ingest_rerun_rebuilds_links_left_stale(tmp_path, shared_dir):
    """An ingest killed in its link phase leaves the documents stored and the links as before (one transaction);
    --no-link leaves the same state. The re-run finds every file unchanged and must still link."""
    db = str(tmp_path / "rerun.db")
    seeds = str(shared_dir / "seeds")
    r = CliRunner().invoke(cli, ["ingest", seeds, "--db", db, "--no-link", "--no-progress"])
    assert r.exit_code == 0, r.output
    with Archive.open(db) as a:
        assert a.links_state() == "missing"
    r = CliRunner().invoke(cli, ["ingest", seeds, "--db", db, "--no-progress"])
    assert r.exit_code == 0 and "out of date" in r.output, r.output
    with Archive.open(db) as a:
        assert a.links_state() == "fresh"
    r = CliRunner().invoke(cli, ["ingest", seeds, "--db", db, "--no-progress"])
    assert r.exit_code == 0 and "out of date" not in r.output  # fresh: nothing to do


# --- 4. bounded connections, WAL checkpoints, PostgreSQL restarts ----------------------------------

def _synthetic(out: Path, n: int, seed: int = 3) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import corpus

    corpus.write_dir(out, n, seed, html_share=0.0)
    return out


def test_the_wal_is_emptied_after_an_ingest_and_after_linking(tmp_path):
    db = tmp_path / "w.db"
    docs = _synthetic(tmp_path / "docs", 300)
    wal = Path(str(db) + "-wal")
    with Archive.open(str(db)) as a:
        assert a.db.scalar("PRAGMA journal_size_limit") == dbmod.WAL_LIMIT_BYTES
        with a.db.transaction():  # a write outside any ingest leaves its pages in the WAL
            a.db.execute("INSERT INTO kn_meta (key, value) VALUES ('probe', 'x')")
        assert wal.stat().st_size > 0
        rep = a.ingest([str(docs)], jobs=1, batch=50)
        assert rep.added == 300
        assert wal.stat().st_size == 0  # checkpointed into the database and truncated
        a.db.execute("DELETE FROM kn_meta WHERE key = 'probe'")
        assert wal.stat().st_size > 0
        a.link()
        assert wal.stat().st_size == 0


def test_the_server_opens_a_bounded_pool_of_small_connections(client):
    urls = ["/api/events?limit=5", "/api/home", "/api/relations/JP-RU", "/api/search?q=会談", "/", "/api/people/ラヴロフ"]
    with ThreadPoolExecutor(30) as ex:
        codes = [r.status_code for r in ex.map(client.get, urls * 10)]
    assert codes == [200] * 60
    pool = client.app.state.pool
    assert pool.opened <= deps.POOL_SIZE + 1  # the lent ones and the event loop's
    with pool.lease() as a:
        assert a.db.scalar("PRAGMA cache_size") == -dbmod.POOLED_MEMORY.cache_kib
        assert a.db.scalar("PRAGMA mmap_size") == 0


def test_a_request_waits_for_a_connection_then_gets_a_503(built):
    pool = deps.ArchivePool(str(built), size=1, wait=0.2)
    with pool.lease():
        with pytest.raises(HTTPException) as e:
            with pool.lease():
                pass
        assert e.value.status_code == 503
    with pool.lease() as a:  # returned: lent again
        assert a.document_count() > 0
    pool.close()


PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))


class Cluster:
    """A throwaway PostgreSQL server of this test's own on loopback (as scripts/test.sh starts one)."""

    def __init__(self):
        self.bin = PG_BIN[-1].parent
        self.dir = Path(tempfile.mkdtemp(prefix="gaiko-pg."))  # not under pytest's folder: the server's user reads it
        self.dir.chmod(0o755)
        self.port = closed_port()
        self.url = f"postgresql://gaiko@127.0.0.1:{self.port}/gaiko"
        self._run(f"{self.bin}/initdb -D {self.dir}/data -U gaiko --auth=trust -E UTF8 --locale=C.UTF-8")
        self.start()
        subprocess.run([str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "gaiko", "gaiko"],
                       check=True, capture_output=True)

    def _run(self, cmd: str) -> None:
        if os.getuid() == 0:  # PostgreSQL refuses to run as root
            shutil.chown(self.dir, "postgres")
            for p in self.dir.rglob("*"):
                shutil.chown(p, "postgres")
            cmd = f"su postgres -s /bin/sh -c {shlex.quote(cmd)}"
        subprocess.run(cmd, shell=True, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(f"{self.bin}/pg_ctl -D {self.dir}/data -l {self.dir}/log -w -o "
                  f"'-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off' start")

    def stop(self, mode: str = "fast") -> None:
        self._run(f"{self.bin}/pg_ctl -D {self.dir}/data -m {mode} -w stop")


@pytest.fixture
def cluster():
    need_service(bool(PG_BIN) and (os.getuid() != 0 or shutil.which("su") is not None),
                 "PostgreSQL server binaries (/usr/lib/postgresql/*/bin) not installed")
    c = Cluster()
    yield c
    try:
        c.stop("immediate")
    except subprocess.CalledProcessError:
        pass
    shutil.rmtree(c.dir, ignore_errors=True)


def test_the_server_reconnects_after_postgresql_restarts(cluster, gold_extractions):
    with Archive.open(cluster.url) as a:
        for x in gold_extractions:
            a.add(x)
    with TestClient(create_app(Settings(db=cluster.url)), raise_server_exceptions=False) as c:
        urls = ["/api/events?limit=5", "/api/search?q=会談", "/api/people/ラヴロフ", "/api/documents/nonexistent00000"]
        before = [c.get(u).status_code for u in urls]
        assert before == [200, 200, 200, 404]
        cluster.stop("fast")
        down = c.get("/api/events?limit=5")
        assert down.status_code == 503 and "PostgreSQL" in down.json()["detail"]  # one line, no traceback
        cluster.start()
        for _ in range(3):  # every connection of the pool and the loop's, each found dropped once
            assert [c.get(u).status_code for u in urls] == before
        c.app.state.cache.clear()
        assert c.get("/api/home").status_code == 200


# --- 5. extraction linear in its talks, uploads extracted in a process with a time budget -----------

def _many_talks(n: int) -> str:
    """A page of ``n`` talk sentences under one heading (invented; the shape that made extraction quadratic)."""
    lines = ["日露外相会談", "令和2年5月10日", ""]
    lines += [f"{i % 9 + 1} {i % 12 + 1}月{i % 27 + 1}日、茂木外務大臣はラヴロフ・ロシア外相と会談を行いました。"
              for i in range(n)]
    return "\n".join(lines) + "\n"


def test_headings_are_looked_up_once_per_sentence(monkeypatch):
    calls = []
    real = meetings.is_heading
    monkeypatch.setattr(meetings, "is_heading", lambda doc, s: calls.append(1) or real(doc, s))
    ex = extract_text(_many_talks(1500))
    assert ex.record.events
    assert len(calls) <= 1510  # one per sentence; scanning back from each talk: 1,125,750


def test_extraction_time_grows_linearly_with_the_talks_of_a_page():
    def cpu(n: int) -> float:
        text = _many_talks(n)
        t = time.process_time()
        extract_text(text)
        return time.process_time() - t

    cpu(200)  # first use: the tokenizer's dictionary
    small, large = cpu(1000), cpu(8000)
    assert large / small < 16, (small, large)  # 8x the talks; quadratic was ~40x


def _upload(c, text: str, token: str):
    return c.post("/api/documents?name=many.txt", content=text.encode("utf-8"),
                  headers={"Authorization": f"Bearer {token}", "content-type": "text/plain"})


def test_an_upload_past_its_time_budget_is_refused_and_stores_nothing(built):
    with TestClient(create_app(Settings(db=str(built), token="t0ken", extract_budget=0.3)),
                    raise_server_exceptions=False) as c:
        before = c.get("/api/home").json()["documents"]
        r = _upload(c, _many_talks(12000), "t0ken")
        assert r.status_code == 400 and "took longer than 0.3 s" in r.json()["detail"], r.text[:300]
        c.app.state.cache.clear()
        assert c.get("/api/home").json()["documents"] == before
        small = _upload(c, _many_talks(3), "t0ken")  # the server and its extraction still work
        assert small.status_code == 201, small.text


def test_other_requests_are_answered_while_a_large_upload_is_extracted(built):
    with TestClient(create_app(Settings(db=str(built), token="t0ken", max_body=8 << 20)),
                    raise_server_exceptions=False) as c:
        c.get("/api/events?limit=5")
        with ThreadPoolExecutor(1) as ex:
            up = ex.submit(_upload, c, _many_talks(12000), "t0ken")  # ~430 KB, seconds of extraction
            waits = []
            while not up.done() and len(waits) < 200:
                t = time.perf_counter()
                assert c.get("/api/events?limit=5").status_code == 200
                waits.append(time.perf_counter() - t)
            assert up.result().status_code == 201, up.result().text[:300]
        assert len(waits) >= 5
        waits.sort()
        assert waits[int(len(waits) * 0.95)] < 0.25, waits[-5:]


# --- 6. PostgreSQL stopped in the middle of an ingest ----------------------------------------------

@pytest.mark.slow
def test_postgresql_stopped_mid_ingest_is_one_line_exit_2_and_loses_nothing_committed(cluster, tmp_path):
    import psycopg

    docs = _synthetic(tmp_path / "docs", 600)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    cmd = [sys.executable, "-m", "gaiko", "ingest", str(docs), "--db", cluster.url, "--no-progress", "--batch", "50"]

    def count() -> int:
        try:
            with psycopg.connect(cluster.url, connect_timeout=5) as conn:
                return conn.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents").fetchone()
        except psycopg.Error:
            return (0, 0)

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while count()[0] < 100 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    committed = count()[0]
    assert proc.poll() is None and 100 <= committed < 600, "the ingest ended before the database was stopped"
    cluster.stop("fast")
    out, err = proc.communicate(timeout=120)
    lines = [ln for ln in err.decode().splitlines() if ln.strip()]
    assert proc.returncode == 2, err.decode()[-2000:]
    assert len(lines) == 1 and lines[0].startswith("gaiko: ") and "PostgreSQL" in lines[0], lines
    cluster.start()
    n, distinct = count()
    assert n >= committed and n == distinct  # what was committed is kept
    rerun = subprocess.run(cmd, env=env, capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    assert count() == (600, 600)  # completed, without duplicates


def test_the_wal_stays_bounded_while_a_reader_reads_all_through_an_ingest(tmp_path, monkeypatch):
    """A server reading all the time kept SQLite's own checkpoints from starting the WAL again: it grew with the
    whole ingest. Between batches, the ingest checkpoints once the WAL passes half its limit, and empties it."""
    docs = _synthetic(tmp_path / "docs", 300)
    limit = 256 << 10
    monkeypatch.setattr(archive_module, "WAL_LIMIT_BYTES", limit)
    db = tmp_path / "r.db"
    wal = Path(str(db) + "-wal")
    with Archive.open(str(db)) as a:
        a.ingest([str(docs / "c3_000000.txt")], jobs=1)
        after: list[int] = []
        real = a.db.checkpoint

        def spy(over: int = 0) -> None:
            real(over)
            if over:
                after.append(wal.stat().st_size)

        monkeypatch.setattr(a.db, "checkpoint", spy)
        done = threading.Event()

        def read_all_the_time():
            with Archive.open(str(db), create=False) as r:
                while not done.is_set():
                    r.document_count()

        reader = threading.Thread(target=read_all_the_time)
        reader.start()
        try:
            rep = a.ingest([str(docs)], jobs=1, batch=10)
        finally:
            done.set()
            reader.join()
    assert rep.added == 299
    assert len(after) >= 15  # one per batch (a chunk of 16 documents at a time)
    assert max(after) <= limit // 2, after  # each emptied the WAL (or found it small) despite the reader
