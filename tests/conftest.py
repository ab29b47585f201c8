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
