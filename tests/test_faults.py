"""Faults during ingest (issue 14's fault suite, with tests/test_ingest.py's and tests/test_hardening.py's kill -9
rounds): two ingests at once on each backend, and a disk that fills up. Each must end consistent, with a one-line
error and its documented exit code where it fails, and complete on a re-run without duplicates."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gaiko.archive import Archive

ROOT = Path(__file__).resolve().parent.parent


def _popen(*args: object, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "gaiko", *map(str, args)], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _counts(url: str) -> tuple[int, int]:
    with Archive.open(url) as a:
        return a.db.rows("SELECT count(*), count(DISTINCT doc_id) FROM documents")[0]


@pytest.mark.parametrize("round_", [1, 2])
def test_two_concurrent_ingests_of_overlapping_inputs(archive_url, shared_dir, round_):
    """Two ingests start together on an empty database (so they also race to create the schema) and write
    the same documents: both succeed, each document is stored once, and a re-run changes nothing."""
    devset, seeds = shared_dir / "devset" / "docs", shared_dir / "seeds"
    n = len(list(devset.iterdir())) + len(list(seeds.iterdir()))
    first = _popen("ingest", devset, "--db", archive_url, "--jobs", "1", "--batch", "5")
    second = _popen("ingest", seeds, devset, "--db", archive_url, "--jobs", "1", "--batch", "3")
    outs = [p.communicate(timeout=300) for p in (first, second)]
    for p, (out, err) in zip((first, second), outs):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    assert _counts(archive_url) == (n, n)
    again = _popen("ingest", seeds, devset, "--db", archive_url)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"0 added, 0 replaced, {n} unchanged" in out


def _file_size_limit(limit: int):
    def apply() -> None:  # in the child: writes past ``limit`` bytes fail (EFBIG), as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_is_one_line_exit_2_and_loses_nothing(tmp_path, shared_dir):
    db = tmp_path / "full.db"
    devset, real = shared_dir / "devset" / "docs", shared_dir / "real" / "docs"
    if not real.is_dir():
        pytest.skip("../shared/real not present")
    p = _popen("ingest", devset, "--db", db, "--jobs", "1")
    p.communicate(timeout=300)
    assert p.returncode == 0
    stored = _counts(str(db))
    # room for a little more than the database holds now: the next ingest runs out of it
    limit = sum(f.stat().st_size for f in tmp_path.iterdir() if f.name.startswith("full.db")) + 100_000
    full = _popen("ingest", real, "--db", db, "--jobs", "1", preexec_fn=_file_size_limit(limit))
    out, err = full.communicate(timeout=300)
    assert full.returncode == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gaiko: ") and "Traceback" not in err, err
    c = sqlite3.connect(db)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    c.close()
    after = _counts(str(db))
    assert after[0] == after[1] and after[0] >= stored[0]  # what was stored is still there, nothing twice
    with Archive.open(str(db)) as a:  # the documents of the first ingest are whole: stored, counted and found
        assert a.stats().documents == after[0] and a.search("会談").total >= stored[0] // 2
    rerun = _popen("ingest", real, "--db", db, "--jobs", "1")
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    n_real = len(list(real.iterdir()))
    assert _counts(str(db)) == (stored[0] + n_real, stored[0] + n_real)


# --- reads that would never end: bounded in memory as well as refused ---------------------------------
_PEAK = ("import resource, subprocess, sys\n"
         "stdin = open(sys.argv[1], 'rb') if sys.argv[1] != '-' else None\n"
         "r = subprocess.run(sys.argv[2:], stdin=stdin, capture_output=True)\n"
         "sys.stderr.buffer.write(r.stderr)\n"
         "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def _peak(args: list[str], stdin: str = "-") -> tuple[int, int, str]:
    """(exit code, peak resident KB, stderr) of one gaiko command, measured in a fresh parent."""
    p = subprocess.run([sys.executable, "-c", _PEAK, stdin, sys.executable, "-m", "gaiko", *args],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    rc, kb = map(int, p.stdout.split())
    return rc, kb, p.stderr


@pytest.mark.parametrize("case", ["stdin_zero", "sparse_1gb_extract", "sparse_1gb_ingest"])
def test_unbounded_inputs_are_refused_well_under_200_mb(tmp_path, case):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(1024**3)  # 1 GB that takes no disk
    if case == "stdin_zero":
        rc, kb, err = _peak(["extract", "-"], stdin="/dev/zero")
        assert rc == 1 and "too large (more than 20 MB" in err
    elif case == "sparse_1gb_extract":
        rc, kb, err = _peak(["extract", str(big)])
        assert rc == 1 and "too large (1024.0 MB" in err
    else:
        rc, kb, err = _peak(["ingest", str(big), "--db", str(tmp_path / "a.db")])
        assert rc in (1, 2) and "too large" in err
    lines = err.strip().splitlines()  # one line per failure (ingest adds one saying no database was made)
    assert len(lines) == (2 if case == "sparse_1gb_ingest" else 1) and "Traceback" not in err, err
    assert kb < 200 * 1024, f"peak {kb / 1024:.0f} MB"
