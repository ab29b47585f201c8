"""The outputs README.md prints are what its commands print today (scripts/readme_outputs.py --check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import readme_outputs  # noqa: E402


def test_transcripts_are_found_and_split():
    lines = ["text", "```", "$ gaiko stats", "5 documents", "$ gaiko search x", "0 documents match", "```",
             "```bash", "$ gaiko not-a-transcript", "```"]
    (start, end), = readme_outputs.transcripts(lines)
    assert (start, end) == (2, 6)
    assert readme_outputs.split_commands(lines[start:end]) == [("gaiko stats", ["5 documents"]),
                                                               ("gaiko search x", ["0 documents match"])]


def test_timings_compare_by_shape():
    a = ["ingested 5 documents: 5 added in 0.3 s (17 docs/s, 50,336 chars/s)"]
    b = ["ingested 5 documents: 5 added in 1.2 s (4 docs/s, 9,001 chars/s)"]
    assert readme_outputs._shape(a) == readme_outputs._shape(b)
    assert readme_outputs._shape(a) != readme_outputs._shape(["ingested 4 documents: 5 added in 0.3 s (17 docs/s, 1 chars/s)"])


@pytest.mark.skipif(not (ROOT.parent / "shared" / "seeds").is_dir(), reason="needs ../shared/seeds")
def test_readme_outputs_have_not_drifted():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_outputs.py"), "--check"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
