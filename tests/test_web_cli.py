"""`gaiko serve` as a user runs it: a real process on a free loopback port; bad setups are one line, exit 2."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from test_web_helpers import build_archive

GAIKO = [sys.executable, "-m", "gaiko"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory, shared_dir):
    path = tmp_path_factory.mktemp("serve") / "a.db"
    build_archive(path, shared_dir)
    return path


def _run(*args, env=None):
    return subprocess.run([*GAIKO, *args], capture_output=True, text=True, timeout=60, env=env)


def test_serve_serves_and_stops(db):
    port = _free_port()
    env = {**os.environ, "GAIKO_TOKEN": "t0ken"}
    proc = subprocess.Popen([*GAIKO, "serve", "--db", str(db), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/home", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.poll() else "timeout"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["documents"] >= 26
        # the token from the environment enables writes
        w = httpx.post(f"http://127.0.0.1:{port}/api/documents", data={"text": "x"}, headers={"Authorization": "Bearer bad"})
        assert w.status_code == 401
        # it listens on 127.0.0.1 only by default
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=20)
    assert "read-write (token set)" in err and "Traceback" not in err


def test_serve_port_in_use_is_usage_error(db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = _run("serve", "--db", str(db), "--port", str(port))
    assert r.returncode == 2 and "cannot listen on" in r.stderr and "Traceback" not in r.stderr


def test_serve_missing_database_is_usage_error(tmp_path):
    r = _run("serve", "--db", str(tmp_path / "none.db"), "--port", str(_free_port()))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert not (tmp_path / "none.db").exists()


def test_serve_bad_port_is_usage_error():
    r = _run("serve", "--port", "70000")
    assert r.returncode == 2 and "Traceback" not in r.stderr
