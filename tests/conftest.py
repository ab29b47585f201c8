"""Shared fixtures: paths to the shared development set, service requirements."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
REQUIRE_SERVICES = os.environ.get("GAIKO_REQUIRE_SERVICES") == "1"


def need_service(ok: bool, why: str) -> None:
    """Skip a test for a missing service on a developer's machine; fail in CI (GAIKO_REQUIRE_SERVICES=1)."""
    if ok:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"required service missing in CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared not present")
    return SHARED


@pytest.fixture(scope="session")
def test_output_dir() -> Path:
    out = Path(os.environ.get("GAIKO_TEST_OUTPUT", ROOT / "test-output"))
    out.mkdir(parents=True, exist_ok=True)
    return out


# --- archive fixtures: Extractions built from the annotated records (no extractor needed) -------------
def _gold_extractions() -> list:
    import hashlib

    from gaiko.pipeline import Extraction
    from gaiko.record import Record

    out = []
    golds = sorted((SHARED / "gold").glob("*.json")) + sorted((SHARED / "devset" / "gold").glob("*.json"))
    for g in golds:
        cands = [SHARED / "seeds" / f"{g.stem}.txt", SHARED / "devset" / "plain" / f"{g.stem}.txt",
                 SHARED / "devset" / "docs" / f"{g.stem}.txt"]
        src = next((c for c in cands if c.exists()), None)
        if src is None:
            continue
        text = src.read_text("utf-8")
        out.append(Extraction(id=g.stem, path=str(src), text=text, record=Record.model_validate_json(g.read_text("utf-8")),
                              sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding="utf-8"))
    return out


@pytest.fixture(scope="session")
def gold_extractions(shared_dir) -> list:
    """Extraction objects for the 25 annotated documents (seeds + devset): realistic records and texts."""
    return _gold_extractions()


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_url(request, tmp_path):
    """A fresh, empty archive database on each backend (PostgreSQL: a new schema-free database per test)."""
    if request.param == "sqlite":
        yield str(tmp_path / "a.db")
        return
    url = os.environ.get("GAIKO_TEST_PG")
    need_service(bool(url), "PostgreSQL test server (GAIKO_TEST_PG) not set")
    import uuid

    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    base = url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(url, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def arch(archive_url, gold_extractions):
    """An archive of the 25 annotated documents, on each backend."""
    from gaiko.archive import Archive

    a = Archive.open(archive_url)
    for e in gold_extractions:
        a.add(e)
    yield a
    a.close()
