"""Ingest from the command line: folders, failures, re-runs, replacement, kill -9 safety, concurrent reads,
web pages (loopback server), reindex. Uses the real extractor and the synthetic corpus generator."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from gaiko.archive import Archive
from gaiko.store import tokens

ROOT = Path(__file__).resolve().parent.parent


def gaiko(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "gaiko", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(out), "-n", "400", "--seed", "11"],
                   check=True, capture_output=True, timeout=120)
    return out


@pytest.fixture
def docs(tmp_path, shared_dir):
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    for f in sorted((shared_dir / "seeds").glob("*.txt")):
        shutil.copy(f, d)
    for f in sorted((shared_dir / "devset" / "docs").glob("*"))[:6]:
        shutil.copy(f, d / "sub")
    (d / "notes.md").write_text("ignored: not .txt/.html")
    return d


def test_ingest_folder_rerun_and_replace(archive_url, docs):
    n = len([p for p in docs.rglob("*") if p.suffix in (".txt", ".html")])
    p = gaiko("ingest", docs, "--db", archive_url, "--jobs", "2")
    assert p.returncode == 0, p.stderr
    assert f"ingested {n} documents: {n} added" in p.stdout
    with Archive.open(archive_url) as a:
        before = a.stats()
        assert before.documents == n and before.events > n
    again = gaiko("ingest", docs, "--db", archive_url)
    assert again.returncode == 0 and f"0 added, 0 replaced, {n} unchanged" in again.stdout
    target = sorted(docs.glob("*.txt"))[0]
    from gaiko.pipeline import extract_path

    text, end = target.read_text("utf-8"), (extract_path(target).content or (0, None))[1]
    end = len(text) if end is None else end  # a sentence added to the page's content (not after its footer)
    target.write_text(text[:end] + "\n追記:漁業協力について協議した。\n" + text[end:], "utf-8")
    rep = gaiko("ingest", target, "--db", archive_url)
    assert rep.returncode == 0 and "1 replaced" in rep.stdout
    with Archive.open(archive_url) as a:
        assert a.stats().documents == n
        hit = a.search("追記")
        assert hit.total == 1 and hit.hits[0].path == str(target.resolve())


def test_failed_inputs_are_listed_and_the_rest_stored(tmp_path, docs):
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.html").write_bytes(bytes(range(256)) * 40)
    db = tmp_path / "f.db"
    p = gaiko("ingest", docs, tmp_path / "missing.txt", "--db", db)
    assert p.returncode == 1
    fails = [line for line in p.stderr.splitlines() if line.startswith("failed: ")]
    assert len(fails) == 3 and "Traceback" not in p.stderr
    assert any("missing.txt" in f and "no such file" in f for f in fails)
    assert any("empty.txt" in f for f in fails) and any("binary.html" in f for f in fails)
    with Archive.open(str(db)) as a:
        assert a.stats().documents == len([x for x in docs.rglob("*") if x.suffix in (".txt", ".html")]) - 2


def _dense_page(talks: int) -> str:
    """An invented page that reports one talk per sentence, each with a counterpart of its own: slow to extract."""
    kana = "アイウエオカキクケコサシスセソタチツテト"
    lines = ["日・ベトナム首脳会談", "令和2年5月10日", ""]
    for i in range(talks):
        name = kana[i % 20] + kana[(i // 20) % 20] + kana[(i // 400) % 20] + "ン"
        lines.append(f"{1 + i % 12}月{1 + i % 28}日、鈴木総理大臣は{name}・ベトナム首相と首脳会談を行い、"
                     "両首脳は海洋協力を強化していくことで一致しました。")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("jobs", ["1", "2"])  # in the ingest's own process; in its extraction processes
def test_a_document_over_the_time_budget_fails_alone(tmp_path, docs, jobs):
    (docs / "dense.txt").write_text(_dense_page(6000), "utf-8")
    db = tmp_path / "b.db"
    n = len([x for x in docs.rglob("*") if x.suffix in (".txt", ".html")])
    t = time.monotonic()
    p = gaiko("ingest", docs, "--db", db, "--jobs", jobs, "--budget", "0.5")
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    assert time.monotonic() - t < 60  # (the page alone takes several seconds; the budget stopped it)
    fails = [line for line in p.stderr.splitlines() if line.startswith("failed: ")]
    assert fails == [f"failed: {(docs / 'dense.txt').resolve()}: extraction took longer than 0.5 s (the document is too "
                     "long or too dense: split it, or give more with --budget)"]
    with Archive.open(str(db)) as a:
        assert a.stats().documents == n - 1  # every other document stored
    again = gaiko("ingest", docs / "dense.txt", "--db", db, "--budget", "0")  # no limit: it is stored
    assert again.returncode == 0 and "1 added" in again.stdout, again.stderr


def _count(db: Path) -> int:
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            c.close()
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("kill_after", [1, 100, 250])  # documents stored before the kill: rounds at three points
def test_kill_9_midway_leaves_consistent_db_and_rerun_completes(tmp_path, corpus, kill_after):
    db = tmp_path / "k.db"
    n = len(list(corpus.iterdir()))
    proc = subprocess.Popen([sys.executable, "-m", "gaiko", "ingest", str(corpus), "--db", str(db), "--jobs", "1",
                             "--batch", "25"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and _count(db) < kill_after and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(db)
    assert 0 < stored < n
    c = sqlite3.connect(db)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    c.execute("INSERT INTO doc_fts(doc_fts, rank) VALUES ('integrity-check', 1)")  # raises if the index is corrupt
    docs_with_events = c.execute("SELECT count(DISTINCT n) FROM events").fetchone()[0]
    orphans = c.execute("SELECT count(*) FROM events WHERE n NOT IN (SELECT n FROM documents)").fetchone()[0]
    for t in ("event_countries", "participants", "outcomes", "planned", "topics"):
        orphans += c.execute(f"SELECT count(*) FROM {t} WHERE e NOT IN (SELECT e FROM events) "
                             f"OR n <> (SELECT e.n FROM events e WHERE e.e = {t}.e)").fetchone()[0]
    c.close()
    assert orphans == 0 and docs_with_events <= stored
    with Archive.open(str(db)) as a:  # the index agrees with the stored texts' content regions
        from gaiko.store.store import content_of, decode

        texts = [content_of(decode(t), (cs, ce) if cs is not None else None)
                 for t, cs, ce in a.db.rows("SELECT text, content_start, content_end FROM documents")]
        assert a.search("会談").total == sum("会談" in tokens.fold(t) for t in texts)
    p = gaiko("ingest", corpus, "--db", db, "--jobs", "2")
    assert p.returncode == 0, p.stderr
    assert f"{stored} unchanged" in p.stdout
    c = sqlite3.connect(db)
    assert c.execute("SELECT count(*), count(DISTINCT doc_id), count(DISTINCT path) FROM documents").fetchone() == (n, n, n)
    assert c.execute("SELECT count(*) FROM events").fetchone()[0] == c.execute(
        "SELECT count(*) FROM (SELECT DISTINCT n, idx FROM events)").fetchone()[0]
    c.close()


def test_searches_while_ingesting(tmp_path, corpus):
    db = tmp_path / "w.db"
    with Archive.open(str(db)):
        pass  # schema exists before the reader starts
    proc = subprocess.Popen([sys.executable, "-m", "gaiko", "ingest", str(corpus), "--db", str(db), "--jobs", "1",
                             "--batch", "25"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    totals = []
    with Archive.open(str(db)) as a:
        while proc.poll() is None:
            totals.append(a.search("会談").total)
            time.sleep(0.02)
        final = a.search("会談").total
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    during = [t for t in totals if t < final]
    assert len(totals) > 20 and during, "no search ran while documents were being written"
    assert totals == sorted(totals) and final > 0


class _Quiet(SimpleHTTPRequestHandler):
    requests: list = []

    def do_GET(self):
        type(self).requests.append(self.path)
        return super().do_GET()

    def log_message(self, *a):
        pass


def test_ingest_urls_keeps_source_and_uses_cache(tmp_path, shared_dir):
    root = tmp_path / "site"
    (root / "mofa").mkdir(parents=True)
    seeds = sorted((shared_dir / "devset" / "docs").glob("*.html"))[:2]
    for s in seeds:
        shutil.copy(s, root / "mofa" / s.name)
    (root / "mofa" / "index.html").write_text(
        "<html><body>" + "".join(f'<a href="{s.name}">{s.stem}</a>' for s in seeds) + "</body></html>")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /mofa/index.html\n")
    _Quiet.requests = []
    srv = ThreadingHTTPServer(("127.0.0.1", 0), lambda *a, **k: _Quiet(*a, directory=str(root), **k))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    try:
        db, cache = tmp_path / "u.db", tmp_path / "cache"
        urls = [f"{base}/mofa/{s.name}" for s in seeds]
        p = gaiko("ingest", *urls, f"{base}/mofa/index.html", "--db", db, "--cache", cache, "--delay", "0")
        assert p.returncode == 1  # index.html is disallowed by robots.txt
        assert "disallowed by robots.txt" in p.stderr and "2 added" in p.stdout
        assert "/mofa/index.html" not in _Quiet.requests
        with Archive.open(str(db)) as a:
            assert sorted(d.source_url for d in a.iter_documents()) == sorted(urls)
        n = len(_Quiet.requests)
        p2 = gaiko("ingest", *urls, "--db", db, "--cache", cache, "--delay", "0")
        assert p2.returncode == 0 and "2 unchanged" in p2.stdout
        assert len(_Quiet.requests) == n  # everything came from the cache
    finally:
        srv.shutdown()
        srv.server_close()


def test_reindex_re_extracts_older_versions(tmp_path, docs):
    db = str(tmp_path / "r.db")
    with Archive.open(db) as a:
        rep = a.ingest([str(docs)], jobs=1)
        assert rep.added > 0 and not rep.failed
        ids = sorted(d.doc_id for d in a.iter_documents())
        a.db.execute("UPDATE documents SET extractor_version = '0.0.0-old'")
        a.db.execute("DELETE FROM events")  # as if the old extractor had found nothing
        r = a.reindex()
        assert r.replaced == len(ids) and not r.failed
        assert sorted(d.doc_id for d in a.iter_documents()) == ids
        from gaiko.pipeline import EXTRACTOR_VERSION

        assert a.db.scalar("SELECT count(*) FROM documents WHERE extractor_version <> ?", (EXTRACTOR_VERSION,)) == 0
        assert a.stats().events > 0
        assert a.reindex().replaced == 0  # nothing left to do


def test_ingest_maps_no_file_while_writing_and_restores_the_map(tmp_path, docs, monkeypatch):
    """The writer's connection reads without SQLite's memory map during an ingest (mapped pages would count as
    resident memory, up to 1 GB on a large archive) and maps again afterwards, for searches."""
    from gaiko.store import db as dbmod

    seen = []
    with Archive.open(str(tmp_path / "m.db")) as a:
        real = a._ingest_files

        def spy(*args, **kw):
            seen.append(a.db.scalar("PRAGMA mmap_size"))
            return real(*args, **kw)

        monkeypatch.setattr(a, "_ingest_files", spy)
        a.ingest([str(docs)], jobs=1)
        assert seen == [0]
        assert a.db.scalar("PRAGMA mmap_size") == dbmod.MMAP_BYTES
        assert a.stats().documents > 0


def test_extraction_processes_run_at_a_lower_priority(monkeypatch):
    """An ingest's workers and an upload's process yield the CPU to a server's requests (EXTRACT_NICE)."""
    from gaiko import archive as archive_module
    from gaiko import pipeline

    here = os.nice(0)
    with archive_module._Workers(2, "sqlite") as pool:
        niceness = {pool.ex.submit(os.nice, 0).result(timeout=60) for _ in range(4)}
    assert niceness == {min(19, here + pipeline.EXTRACT_NICE)}
    probe = "import os; from gaiko.pipeline import lower_priority; b = os.nice(0); lower_priority(); print(os.nice(0) - b)"
    for env, want in (({}, min(pipeline.EXTRACT_NICE, 19 - here)), ({"GAIKO_EXTRACT_NICE": "0"}, 0)):
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT,
                             env={**os.environ, **env})
        assert out.stdout.strip() == str(want), out.stderr
