"""The optional compiled build (setup.py with GAIKO_COMPILE=1, scripts/build_fast.sh -> .venv-fast): it never
shadows the sources, and it gives the records the sources give.

The checks of the build itself run when .venv-fast exists and was built from the tree's present sources
(``bash scripts/build_fast.sh``; scripts/test.sh builds it with ``GAIKO_TEST_FAST=1``) and skip otherwise; with
``GAIKO_TEST_FAST=1`` a missing or stale build fails them.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FAST = ROOT / ".venv-fast" / "bin" / "python"
REQUIRE_FAST = os.environ.get("GAIKO_TEST_FAST") == "1"


def compiled_modules() -> set[str]:
    """setup.py's COMPILED, as module names (read, not imported: setup.py runs setup() on import)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    paths = next(ast.literal_eval(n.value) for n in tree.body
                 if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in n.targets))
    return {p.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for p in paths}


def sources_digest() -> str:
    """What scripts/build_fast.sh writes to .venv-fast/gaiko-sources.sha256: sha256sum of sha256sum's lines over
    gaiko's .py files and setup.py, sorted by path."""
    paths = sorted([str(p.relative_to(ROOT)) for p in (ROOT / "gaiko").rglob("*.py") if p.is_file()] + ["setup.py"])
    lines = "".join(f"{hashlib.sha256((ROOT / p).read_bytes()).hexdigest()}  {p}\n" for p in paths)
    return hashlib.sha256(lines.encode()).hexdigest()


@pytest.fixture
def fast() -> Path:
    stamp = FAST.parent.parent / "gaiko-sources.sha256"
    if not FAST.exists():
        why = "no .venv-fast: the compiled build is optional (bash scripts/build_fast.sh)"
    elif not stamp.exists() or stamp.read_text().strip() != sources_digest():
        why = ".venv-fast was built from other sources than this tree's: bash scripts/build_fast.sh again"
    else:
        return FAST
    if REQUIRE_FAST:
        pytest.fail(f"GAIKO_TEST_FAST=1: {why}")
    pytest.skip(why)


def run_fast(fast: Path, args: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess:
    """The installed build, started outside the tree (python -m puts its working folder first on sys.path)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([str(fast), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)


def test_no_compiled_module_is_left_in_the_source_tree():
    # an extension module beside its .py wins the import: an edited .py would silently not run
    found = [p for p in (ROOT / "gaiko").rglob("*") if p.suffix in (".so", ".pyd")] + list(ROOT.glob("*__mypyc*"))
    assert found == []


def test_setup_compiles_only_modules_that_exist():
    assert compiled_modules() and all((ROOT / (m.replace(".", "/") + ".py")).is_file() for m in compiled_modules())


def test_the_fast_build_runs_its_installed_compiled_modules(fast, tmp_path):
    probe = ("import json, sys, gaiko, gaiko.pipeline; print(json.dumps([gaiko.__file__, sorted(n for n, m in "
             "sys.modules.items() if n.startswith('gaiko') and (getattr(m, '__file__', None) or '').endswith('.so'))]))")
    p = run_fast(fast, ["-c", probe], tmp_path)
    assert p.returncode == 0, p.stderr
    where, compiled = json.loads(p.stdout)
    assert not Path(where).resolve().is_relative_to(ROOT.resolve() / "gaiko")  # the wheel's copy, not the sources
    assert set(compiled) == compiled_modules()


def test_the_fast_build_gives_the_same_records_rule_ids_included(fast, tmp_path):
    out = tmp_path / "diff.md"
    p = subprocess.run([sys.executable, str(ROOT / "bench" / "record_diff.py"), "--base", str(ROOT), "--head", str(ROOT),
                        "--head-python", str(fast), "--ignore-keys", "--synthetic", "300", "--out", str(out)],
                       cwd=tmp_path, capture_output=True, text=True, timeout=900, check=False)
    assert p.returncode == 0, p.stdout + p.stderr[-2000:]
    report = out.read_text(encoding="utf-8")
    assert "gaiko installed in" in report and "ignored keys: (none)" in report
    assert "| **total** |" in report and report.count("| 0 |") >= 5  # seeds, devset, tests, real, synthetic


def test_the_extraction_tests_pass_on_the_fast_build(fast, tmp_path):
    # the tests import tests.cases…: a folder holding only a link to tests/ stands in for the root (the root itself
    # would put the sources' gaiko first on sys.path)
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    chosen = sorted([*ROOT.glob("tests/test_extract_*.py"), *ROOT.glob("tests/test_generalisation*.py"),
                     ROOT / "tests" / "test_real_mutations.py", ROOT / "tests" / "cases"])
    p = run_fast(fast, ["-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
                        "--rootdir", str(tmp_path), *(str(c.relative_to(ROOT)) for c in chosen)], tmp_path)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-2000:]
