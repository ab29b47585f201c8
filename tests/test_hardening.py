"""Hardening (issue 14): nothing is lost to an upload's name, a bad file name, a permission error, a killed
worker; hostile arguments, closed pipes and database errors are one line with a documented exit code."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gaiko.archive import Archive

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "hardening-token-1"
DOC = "日露外相会談\n\n令和5年1月{d}日\n\n林外務大臣はラヴロフ外務大臣と会談した。両外相は協議を続けることで一致した。{x}\n"


def doc(i: int, extra: str = "") -> str:
    return DOC.format(d=i % 28 + 1, x=extra or f"第{i}回。")


def run(*args: str, cwd: Path | None = None, env: dict | None = None, stdout=subprocess.PIPE,
        timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """`python -m gaiko ARGS` in a child (bytes arguments allowed), stderr captured as bytes."""
    e = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    e.pop("GAIKO_DB", None)
    return subprocess.run([sys.executable, "-m", "gaiko", *args], cwd=cwd, env=e, stdout=stdout,
                          stderr=subprocess.PIPE, timeout=timeout, **kw)


def _without_file_powers() -> None:
    """In a child run as root: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set, so the
    program exec'd next obeys file permissions (root otherwise reads a chmod 000 file)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def assert_one_line_errors(stderr: bytes) -> list[str]:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for ln in lines:
        assert not any(ord(c) < 32 or ord(c) == 127 for c in ln), repr(ln)  # no raw control characters
    return lines


# --- 1. uploads: identity by content ---------------------------------------------------------------

@pytest.fixture
def api(tmp_path):
    from fastapi.testclient import TestClient

    from gaiko.api.deps import Settings
    from gaiko.server import create_app

    db = tmp_path / "up.db"
    Archive.open(str(db)).close()
    with TestClient(create_app(Settings(db=str(db), token=TOKEN)), raise_server_exceptions=False) as c:
        yield c


def test_uploads_never_replace_each_other(api):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    plain = {**auth, "content-type": "text/plain"}
    got = []
    for i in range(2):  # no name: both used to be "upload", the second replacing the first
        r = api.post("/api/documents", headers=plain, content=doc(i).encode())
        assert r.status_code == 201 and r.json()["status"] == "added", r.text
        got.append(r.json())
    for i in range(2, 4):  # the same name, different bytes
        r = api.post("/api/documents", headers=auth, files={"file": ("report.txt", doc(i).encode(), "text/plain")})
        assert r.status_code == 201 and r.json()["status"] == "added", r.text
        got.append(r.json())
    r = api.post("/api/documents", headers=auth, data={"text": doc(5), "name": "report.txt"})
    assert r.status_code == 201 and r.json()["status"] == "added", r.text
    got.append(r.json())
    assert len({g["doc_id"] for g in got}) == 5
    for g in got:  # every one still there
        assert api.get(f"/api/documents/{g['doc_id']}").status_code == 200, g
        assert api.get(g["url"]).status_code == 200
    assert api.get("/api/home").json()["documents"] == 5
    r = api.post("/api/documents", headers=auth, files={"file": ("other.txt", doc(2).encode(), "text/plain")})
    assert r.status_code == 201 and r.json() == {**got[2], "status": "unchanged"}  # the same bytes again
    assert api.get("/api/home").json()["documents"] == 5


def test_a_changed_file_still_replaces_its_old_version(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(doc(1), "utf-8")
    db = str(tmp_path / "a.db")
    with Archive.open(db) as a:
        assert a.ingest([str(f)]).added == 1
        f.write_text(doc(2), "utf-8")
        rep = a.ingest([str(f)])
        assert (rep.added, rep.replaced) == (0, 1) and a.document_count() == 1


# --- 2. file names that are not UTF-8 or hold control characters -----------------------------------

def test_bad_file_names_fail_alone(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(doc(1), "utf-8")
    with open(os.fsencode(d) + b"/bad\xff\xfe.txt", "wb") as f:  # not UTF-8: used to abort the whole ingest
        f.write(doc(2).encode())
    with open(os.fsencode(d) + "/制御\x1b[31m\x07.txt".encode(), "wb") as f:  # valid, stored
        f.write(doc(3).encode())
    with open(os.fsencode(d) + b"/empty\x1b]0;owned\x07\n.txt", "wb") as f:  # fails: its error line is escaped
        pass
    db = str(tmp_path / "a.db")
    for _ in range(2):  # and again on a re-run
        r = run("ingest", "--db", db, "--no-link", str(d), cwd=tmp_path)
        assert r.returncode == 1, r.stderr
        lines = assert_one_line_errors(r.stderr)
        assert len(lines) == 2, lines
        assert any(ln.endswith("bad\\xff\\xfe.txt: file name is not valid UTF-8 (rename the file)") for ln in lines), lines
        assert any("empty\\x1b]0;owned\\x07\\x0a.txt: empty document" in ln for ln in lines), lines
        with Archive.open(db) as a:
            assert a.document_count() == 2
    r = run("ingest", "--db", db, "--no-link", "--json", str(d) + "/nope\x1b[2J", cwd=tmp_path)
    assert r.returncode == 1 and "nope\\x1b[2J" in assert_one_line_errors(r.stderr)[0]
    r = run("extract", str(d), cwd=tmp_path)
    assert r.returncode == 1 and len(assert_one_line_errors(r.stderr)) == 1


def test_a_document_the_database_refuses_fails_alone(tmp_path):
    from gaiko.pipeline import extract_text
    from gaiko.store.models import IngestReport
    from gaiko.store.store import prepare

    with Archive.open(str(tmp_path / "a.db")) as a:
        batch = [prepare(extract_text(doc(i), name=f"{i}.txt"), "sqlite") for i in range(3)]
        batch[1].path = "bad\udcff.txt"  # a value SQLite cannot encode, past every earlier check
        rep = IngestReport()
        a._write(batch, rep)
        assert (rep.added, len(rep.failed)) == (2, 1) and a.document_count() == 2
        assert rep.failed[0].input == "bad\\xff.txt" and "cannot store" in rep.failed[0].reason


# --- 3. permission errors ------------------------------------------------------------------------

@pytest.fixture
def permissions(tmp_path):
    """A folder ``in`` with a readable file, an unreadable file, a chmod 000 folder holding a file, a readable
    sub-folder; and an unreadable folder ``unread``. Yields run()'s keyword arguments that make permissions
    hold for the child (also when the tests run as root)."""
    d = tmp_path / "in"
    for sub in ("locked", "sub"):
        (d / sub).mkdir(parents=True)
    (tmp_path / "unread").mkdir()
    for i, f in enumerate(("a.txt", "noread.txt", "locked/b.txt", "sub/c.txt")):
        (d / f).write_text(doc(i), "utf-8")
    (tmp_path / "unread" / "d.txt").write_text(doc(9), "utf-8")
    locked = [d / "noread.txt", d / "locked", tmp_path / "unread"]
    for p in locked:
        p.chmod(0)
    kw = {"preexec_fn": _without_file_powers} if os.geteuid() == 0 else {}
    probe = subprocess.run([sys.executable, "-c", f"open({str(d / 'noread.txt')!r}).read()"],
                           capture_output=True, **kw)
    if probe.returncode == 0:
        pytest.skip("file permissions are not enforced for this user")
    yield kw
    for p in locked:
        p.chmod(0o755)


def test_permission_errors_fail_alone(tmp_path, permissions):
    d = tmp_path / "in"
    r = run("ingest", "--db", str(tmp_path / "a.db"), "--no-link", "in", "unread", "in/locked/b.txt", cwd=tmp_path,
            **permissions)
    assert r.returncode == 1, r.stderr
    lines = assert_one_line_errors(r.stderr)
    assert sorted(lines) == sorted([
        "failed: in/locked: cannot read folder: Permission denied",
        "failed: unread: cannot read folder: Permission denied",  # was skipped silently, exit 0
        "failed: in/locked/b.txt: cannot read: Permission denied",  # was a traceback, nothing stored
        f"failed: {d / 'noread.txt'}: cannot read: Permission denied",
    ]), lines
    with Archive.open(str(tmp_path / "a.db")) as a:
        assert sorted(Path(x.path).name for x in a.iter_documents()) == ["a.txt", "c.txt"]
    r = run("ingest", "--db", str(tmp_path / "b.db"), "unread", cwd=tmp_path, **permissions)
    assert r.returncode == 1 and assert_one_line_errors(r.stderr) == [
        "failed: unread: cannot read folder: Permission denied",
        f"gaiko: nothing was added, so no database was created at {tmp_path / 'b.db'}"]
    assert not (tmp_path / "b.db").exists()
    r = run("extract", "in", "unread", "in/locked/b.txt", cwd=tmp_path, **permissions)
    assert r.returncode == 1 and len(assert_one_line_errors(r.stderr)) == 4, r.stderr
    assert [x.count(b'"path"') for x in r.stdout.splitlines()] == [1, 1]  # a.txt, sub/c.txt


# --- 4. arguments that are not UTF-8 -------------------------------------------------------------

@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    d = tmp_path_factory.mktemp("small")
    (d / "a.txt").write_text(doc(1), "utf-8")
    with Archive.open(str(d / "a.db")) as a:
        a.ingest([str(d / "a.txt")], jobs=1)
    return str(d / "a.db")


# fmt: off
BAD_ARGS = [  # (arguments, the one line expected on stderr)
    (["search", "--person", b"\xff\xfe"], "gaiko: --person: \\xff\\xfe is not valid UTF-8 text"),
    (["search", b"\xe9\x9c"],              "gaiko: QUERY: \\xe9\\x9c is not valid UTF-8 text"),
    (["person", b"\xff"],                  "gaiko: NAME: \\xff is not valid UTF-8 text"),
    (["show", b"ab\xffcd"],                "gaiko: DOC_ID: ab\\xffcd is not valid UTF-8 text"),
    (["timeline", "--country", b"\x1b\xff"], "gaiko: --country: \\x1b\\xff is not valid UTF-8 text"),
    (["timeline", "--country", "RU", "--person", b"\x80"], "gaiko: --person: \\x80 is not valid UTF-8 text"),
    (["people", "--country", b"R\xff"],    "gaiko: --country: R\\xff is not valid UTF-8 text"),
]
# fmt: on


@pytest.mark.parametrize("args,line", BAD_ARGS, ids=lambda x: x if isinstance(x, str) else None)
def test_non_utf8_arguments_are_usage_errors(small_db, args, line):
    r = run(*args, "--db", small_db)
    assert (r.returncode, assert_one_line_errors(r.stderr)) == (2, [line]), r.stderr
    assert r.stdout == b""


# --- 5. standard output full or closed ----------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("args", [["search", "会談"], ["search", "会談", "--json"], ["stats"], ["timeline", "--country", "RU"],
                                  ["people"], ["--help"]], ids=" ".join)
def test_output_on_a_full_device_is_one_line(small_db, args):
    with open("/dev/full", "wb") as full:
        r = run(*args, *(["--db", small_db] if args != ["--help"] else []), stdout=full)
    assert r.returncode == 1
    assert assert_one_line_errors(r.stderr) == ["gaiko: cannot write the output: No space left on device"]


@pytest.fixture(scope="module")
def many_docs(tmp_path_factory):
    d = tmp_path_factory.mktemp("many")
    for i in range(40):
        (d / f"{i:02d}.txt").write_text(doc(i, "詳細。" * 50), "utf-8")
    return d


@pytest.mark.parametrize("when", ["at once", "after a line"])
def test_a_closed_pipe_ends_quietly_with_exit_0(many_docs, small_db, when):
    """`| head -1`: the reader goes away before the first write, or part way through (the output is far
    larger than a pipe's buffer); either way exit 0 and nothing on stderr, every time."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for args in (["extract", "--pretty", str(many_docs)], ["search", "会談", "--db", small_db]):
        for _ in range(3):
            p = subprocess.Popen([sys.executable, "-m", "gaiko", *args], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=env)
            if when == "after a line":
                assert p.stdout.readline()
            p.stdout.close()
            err = p.stderr.read()
            assert (p.wait(timeout=120), err) == (0, b""), args


# --- 6. database errors, hostile filter values, secrets in URLs ---------------------------------

@pytest.fixture
def served(archive_url, tmp_path):
    """A TestClient over a small archive on each backend."""
    from fastapi.testclient import TestClient

    from gaiko.api.deps import Settings
    from gaiko.server import create_app

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(doc(i), "utf-8")
    with Archive.open(archive_url) as a:
        a.ingest([str(tmp_path)], jobs=1)
    with TestClient(create_app(Settings(db=archive_url)), raise_server_exceptions=False) as c:
        yield c


LONG = "ab" * 1500  # a 3,000-letter word: past PostgreSQL's 2,047-byte lexeme


@pytest.mark.parametrize("url,params,status", [
    ("/api/search", {"q": "会談", "person": "ラヴ\x00ロフ"}, 422),
    ("/api/search", {"q": "会談", "topic": "\x00"}, 422),
    ("/api/search", {"q": "会\x00談"}, 422),
    ("/api/events", {"person": "a\x00"}, 422),
    ("/search", {"q": "会談", "person": "\x00"}, 422),
    ("/people/a%00b", {}, 422),
    ("/api/people/a%00b", {}, 422),
    ("/api/search", {"q": "会談\n外相\t"}, 200),  # pasted line breaks are fine
    ("/api/search", {"q": LONG[:199]}, 200),
    ("/api/search", {"q": "露" * 300}, 422),
])
def test_hostile_filter_values_are_4xx_not_500(served, url, params, status):
    r = served.get(url, params=params)
    assert r.status_code == status, (r.status_code, r.text[:300])


def test_hostile_values_in_the_library_and_cli(archive_url, tmp_path):
    from gaiko.errors import ValueRefused
    from gaiko.filters import Filters

    (tmp_path / "a.txt").write_text(doc(1, f"長い語{LONG}。"), "utf-8")  # stored: its 3,000-letter word is not indexed
    with Archive.open(archive_url) as a:
        assert a.ingest([str(tmp_path / "a.txt")], jobs=1).added == 1
        found = int(a.db.dialect == "sqlite")  # SQLite indexes the long word; PostgreSQL cannot (2,047 bytes)
        for q, n in ((LONG, found), (f"{LONG} 会談", found), ("露" * 3000, 0)):
            assert a.search(q).total == n, q[:10]
        assert a.search("会談").total == 1
        if a.db.dialect == "postgresql":
            with pytest.raises(ValueRefused, match="^PostgreSQL refused a value: "):
                a.search("会談", Filters(person="a\x00b"))
        else:
            assert a.search("会談", Filters(person="a\x00b")).total == 0
    r = run("search", "--db", archive_url, LONG)
    assert r.returncode == 0 and f"{found} documents match".encode() in r.stdout, r.stderr
    r = run("search", "--db", archive_url, "会談", "--person", "a\x01b")
    assert r.returncode == 0 and b"0 documents match" in r.stdout, r.stderr


def test_index_limits_are_a_refused_value_not_a_server_error():
    import random

    from gaiko.errors import ValueRefused
    from gaiko.store import tokens

    assert LONG not in tokens.tsvector_literal(f"会談 {LONG} 会談")  # left out, as PostgreSQL's parser does
    rnd = random.Random(1)
    text = "".join(chr(0x4E00 + rnd.randrange(3000)) for _ in range(130_000))
    with pytest.raises(ValueRefused):  # a 400 for an upload, that document alone in an ingest (not a 503)
        tokens.tsvector_literal(text)


def test_database_errors_are_one_line_exit_2(archive_url, tmp_path):
    (tmp_path / "a.txt").write_text(doc(1), "utf-8")
    with Archive.open(archive_url) as a:
        a.ingest([str(tmp_path / "a.txt")], jobs=1)
        a.db.execute("DROP TABLE documents" + (" CASCADE" if a.db.dialect == "postgresql" else ""))
    for args in (["search", "会談"], ["stats"], ["ingest", "--no-link", str(tmp_path / "a.txt")]):
        r = run(*args, "--db", archive_url)
        lines = assert_one_line_errors(r.stderr)
        assert r.returncode == 2 and len(lines) == 1 and lines[0].startswith(("gaiko: PostgreSQL error: ",
                                                                              "gaiko: SQLite error: ")), r.stderr
        assert "documents" in lines[0] and "SELECT" not in lines[0]  # the reason, not the statement


def closed_port() -> int:
    import socket

    with socket.socket() as s:  # a port nothing listens on, on loopback only
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_passwords_are_masked_in_every_form():
    from gaiko.store.db import redact

    port = closed_port()
    for url, secret in [
        (f"postgresql://gaiko:hunter2secret@127.0.0.1:{port}/x", "hunter2secret"),
        (f"postgresql://gaiko@127.0.0.1:{port}/x?password=hunter2secret", "hunter2secret"),
        (f"postgresql://gaiko@127.0.0.1:{port}/x?sslmode=disable&password=hunter2secret", "hunter2secret"),
        (f"postgresql://gaiko:hun@ter2@127.0.0.1:{port}/x", "ter2"),  # '@' in the password: libpq took 'ter2@127...' for the host
        (f"postgresql://gaiko:hun%40ter2@127.0.0.1:{port}/x?password=other%20pw", "other"),
        (f"postgresql://gaiko:hunter2secret@127.0.0.1:{port}/x?sslmode=bogus", "hunter2secret"),
    ]:
        r = run("search", "--db", url, "会談")
        lines = assert_one_line_errors(r.stderr)
        assert r.returncode == 2 and len(lines) == 1 and lines[0].startswith("gaiko: cannot connect to PostgreSQL ("), lines
        assert secret not in lines[0] and "***" in lines[0], lines[0]
        assert secret not in redact(url)
    assert redact("host=127.0.0.1 password=hunter2 dbname=x") == "host=127.0.0.1 password=*** dbname=x"
    assert redact("postgresql://gaiko:a@b@127.0.0.1/x") == "postgresql://gaiko:***@127.0.0.1/x"


# --- 7. a lost extraction worker ----------------------------------------------------------------

KILL_MARK: dict = {}


def _chunk_killing_its_worker(items, dialect, budget=None):
    """_extract_chunk, but the worker process dies (SIGKILL, as from the OOM killer) on the chunk holding
    KILL_MARK["name"]: once (when KILL_MARK["once"] names a marker file) or every time."""
    import signal

    from gaiko import archive

    if any(Path(p).name == KILL_MARK["name"] for p, _ in items):
        once = KILL_MARK.get("once")
        if once is None or not os.path.exists(once):
            if once:
                Path(once).touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return archive._real_extract_chunk(items, dialect, budget)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    for i in range(120):
        (d / f"{i:03d}.txt").write_text(doc(i), "utf-8")
    return d


@pytest.fixture
def killing(monkeypatch):
    from gaiko import archive

    monkeypatch.setattr(archive, "_real_extract_chunk", archive._extract_chunk, raising=False)
    monkeypatch.setattr(archive, "_extract_chunk", _chunk_killing_its_worker)
    yield KILL_MARK
    KILL_MARK.clear()


def test_a_killed_worker_is_replaced_and_its_chunk_retried(tmp_path, corpus, killing):
    killing.update(name="037.txt", once=str(tmp_path / "killed-once"))
    with Archive.open(str(tmp_path / "a.db")) as a:
        rep = a.ingest([str(corpus)], jobs=2)
        assert (rep.added, rep.failed, rep.worker_restarts) == (120, [], 1)
        assert a.document_count() == 120
    assert Path(killing["once"]).exists()


def test_a_document_that_kills_every_worker_fails_alone(tmp_path, corpus, killing):
    killing.update(name="050.txt")
    with Archive.open(str(tmp_path / "a.db")) as a:
        rep = a.ingest([str(corpus)], jobs=2, batch=10)
        assert rep.added == 119 and [Path(f.input).name for f in rep.failed] == ["050.txt"]
        assert "extraction process died on it" in rep.failed[0].reason and 2 <= rep.worker_restarts <= 4
        assert a.document_count() == 119


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


@pytest.fixture
def big_corpus(tmp_path):
    d = tmp_path / "big"
    d.mkdir()
    for i in range(1500):
        (d / f"{i:04d}.txt").write_text(doc(i, "詳細な協議を行った。" * 40 + f"第{i}号"), "utf-8")
    return d


def _start_ingest(db: Path, corpus: Path) -> tuple[subprocess.Popen, list[int]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.Popen([sys.executable, "-m", "gaiko", "ingest", "--db", str(db), "--jobs", "2", "--no-link",
                          str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    for _ in range(600):
        kids = _children(p.pid)
        if len(kids) >= 2:
            return p, kids
        time.sleep(0.02)
    p.kill()
    pytest.fail("the ingest started no workers")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_kill_9_of_one_worker_at_random_points(tmp_path, big_corpus):
    import random
    import signal

    rnd = random.Random(14)
    for round_ in range(3):
        db = tmp_path / f"r{round_}.db"
        p, kids = _start_ingest(db, big_corpus)
        time.sleep(rnd.uniform(0.0, 1.0))
        os.kill(rnd.choice(kids), signal.SIGKILL)
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
        assert b"1500 added" in out and b"BrokenProcessPool" not in err and b"Traceback" not in err, (out, err)
        r = run("ingest", "--db", str(db), "--no-link", str(big_corpus))
        assert r.returncode == 0 and b"0 added, 0 replaced, 1500 unchanged" in r.stdout, r.stdout


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_workers_die_with_their_ingest(tmp_path, big_corpus):
    import signal

    p, kids = _start_ingest(tmp_path / "a.db", big_corpus)
    time.sleep(0.3)
    os.kill(p.pid, signal.SIGKILL)
    p.communicate(timeout=60)
    deadline = time.monotonic() + 5
    while any(_alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(k) for k in kids), "extraction workers outlived the killed ingest"
    r = run("ingest", "--db", str(tmp_path / "a.db"), "--no-link", str(big_corpus))  # and a re-run completes
    assert r.returncode == 0 and b"1500 documents" in r.stdout
    with Archive.open(str(tmp_path / "a.db")) as a:
        assert a.document_count() == 1500


# --- bounded reads: files, streams, devices, FIFOs, HTTP -------------------------------------------

@pytest.mark.parametrize("kind", ["device", "fifo", "loop"])
def test_inputs_that_never_end_or_block_are_refused_by_kind(tmp_path, kind):
    """/dev/zero would be read forever, a FIFO blocks until someone writes, a symlink loop is no file:
    each is refused before a byte is read, in one line, and the good input beside it is still extracted."""
    if kind == "device":
        bad = "/dev/zero"
        why = "is a device, not a file"
    elif kind == "fifo":
        bad = str(tmp_path / "pipe")
        os.mkfifo(bad)
        why = "is a named pipe (FIFO), not a file"
    else:
        os.symlink(tmp_path / "b", tmp_path / "a")
        os.symlink(tmp_path / "a", tmp_path / "b")
        bad = str(tmp_path / "a")
        why = "symbolic link loop"
    good = tmp_path / "good.txt"
    good.write_text(doc(1), "utf-8")
    t0 = time.monotonic()
    r = run("extract", bad, str(good), timeout=60)
    assert time.monotonic() - t0 < 30
    lines = assert_one_line_errors(r.stderr)
    assert r.returncode == 1 and len(lines) == 1 and why in lines[0] and lines[0].startswith(f"gaiko: {bad}:")
    assert r.stdout.count(b"\n") == 1 and b'"good"' in r.stdout


def test_an_endless_stream_on_stdin_is_cut_at_the_limit():
    """`cat /dev/zero | gaiko extract -`: refused after the limit (20 MB), not read until memory runs out."""
    zero = open("/dev/zero", "rb")
    try:
        r = run("extract", "-", stdin=zero, timeout=60)
    finally:
        zero.close()
    lines = assert_one_line_errors(r.stderr)
    assert r.returncode == 1 and lines == ["gaiko: -: too large (more than 20 MB; the limit is 20 MB)"]


def test_a_file_over_the_limit_is_refused_by_its_size_in_the_units_the_readme_states(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: 21 MB that take no disk
    r = run("extract", str(big), timeout=60)
    assert assert_one_line_errors(r.stderr) == [f"gaiko: {big}: too large (21.0 MB; the limit is 20 MB)"]
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "20 MB" in readme


@pytest.fixture
def http_server():
    """A local server with a huge response, a dripping one, a gzip bomb and a normal page."""
    import gzip
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    bomb = gzip.compress(b"\0" * (40 << 20))

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            if self.path == "/robots.txt":
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if self.path == "/bomb":
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(bomb)))
                self.end_headers()
                self.wfile.write(bomb)
                return
            self.end_headers()
            try:
                if self.path == "/huge":
                    for _ in range(30):
                        self.wfile.write(b"x" * (1 << 20))
                elif self.path == "/drip":
                    for _ in range(40):
                        self.wfile.write(b"<p>")
                        self.wfile.flush()
                        time.sleep(0.1)
                else:
                    self.wfile.write(doc(3).encode("utf-8"))
            except (BrokenPipeError, ConnectionResetError):
                pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_http_reads_are_capped_and_have_a_deadline(http_server, tmp_path):
    from gaiko.fetch import Fetcher

    f = Fetcher(delay=0, cache_dir=tmp_path / "cache", deadline=1.5)
    try:
        huge = f.get(http_server + "/huge")
        assert huge.error == "fetch failed: response larger than 20 MB (the input limit)" and not huge.data
        bomb = f.get(http_server + "/bomb")
        assert bomb.error == "fetch failed: response larger than 20 MB once decompressed"
        t0 = time.monotonic()
        drip = f.get(http_server + "/drip")
        assert drip.error == "fetch failed: no complete response within 1.5 s" and time.monotonic() - t0 < 3.5
        ok = f.get(http_server + "/page")
        assert ok.error is None and ok.data.decode("utf-8") == doc(3)
    finally:
        f.close()
    cached = {p.name for p in (tmp_path / "cache").rglob("*.body")}
    assert len(cached) == 2  # robots.txt (404, remembered) and the page: nothing of the refused responses


def test_a_latin1_declaration_on_a_japanese_page_is_no_evidence():
    """Old pages declare iso-8859-1 over Shift_JIS bytes; a declaration that any bytes satisfy proves nothing."""
    from gaiko import source

    page = ('<html><head><meta charset="iso-8859-1"></head><body><p>日露外相会談が行われた。</p></body></html>').encode("cp932")
    src = source.decode(page, "old.html")
    assert (src.encoding, src.text.strip()) == ("cp932", "日露外相会談が行われた。")
    western = source.decode(b'<html><head><meta charset="iso-8859-1"></head><body><p>caf\xe9</p></body></html>', "w.html")
    assert src.is_html and western.text.strip() == "caf\u00e9"


def test_binary_behind_a_bom_is_refused():
    from gaiko import source
    from gaiko.errors import InputError

    with pytest.raises(InputError, match="binary data after a byte order mark"):
        source.decode(b"\xef\xbb\xbf" + bytes(range(256)) * 40, "x.txt")
    assert source.decode(b"\xef\xbb\xbf" + doc(2).encode("utf-8"), "ok.txt").text == doc(2)
