"""Instructions of one extraction pass over the real pages, counted by callgrind: a speed figure the machine's load
does not move (issue 13, must-show 4).

Usage::

    python bench/bench_instructions.py [--python PY] [--what extract|sudachi|both] [--write]

CPU seconds on this VM drift by ±20 % from hour to hour, which hides a change of a few per cent. Valgrind's
callgrind counts the instructions a program executes, the same from run to run (±0.05 % here) whatever else the
machine does. This script runs, under ``valgrind --tool=callgrind``, a child that extracts the 177 pages of
../shared/real/docs once and then twice (token caches cleared every 25 pages, as ``bench_extract.py --real`` does),
and reports the difference: the instructions of one warm pass, start-up (imports, the dictionary, compiling the
patterns) left out. ``--what sudachi`` counts SudachiPy's own tokenising of the same texts the same way
(``bench_extract.run_sudachi``), so ``both`` gives the ratio in instructions beside the ratio in CPU seconds that
``bench_extract.py`` measures (the two differ: SudachiPy's Rust core retires more instructions per cycle than the
interpreter). ``--python`` runs the child with another interpreter (``.venv-fast/bin/python``: the mypyc build).
Each count takes a few minutes (callgrind runs ~50× slower than the program). ``--write`` writes
bench/results/instructions[-compiled].md. Not a test: no assertion is made of the figures.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = r"""
import sys
sys.path.insert(0, {bench!r})
from bench_extract import clear_caches, real_corpus, run_extract, run_sudachi
docs = real_corpus(1e-9)  # each page once
fn = run_extract if {what!r} == "extract" else run_sudachi
for _ in range({passes}):
    for i in range(0, len(docs), 25):
        clear_caches()
        fn(docs[i:i + 25])
"""


def collected(python: str, what: str, passes: int) -> int:
    """Instructions callgrind counts for the child extracting (or tokenising) the real pages ``passes`` times."""
    code = CHILD.format(bench=str(HERE), what=what, passes=passes)
    env = dict(os.environ, PYTHONHASHSEED="0")
    if not python.startswith(str(ROOT / ".venv-fast")):
        env["PYTHONPATH"] = str(ROOT)  # this tree's sources, whatever the venv installed
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", code],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode or not found:
        sys.exit(f"error: callgrind run failed (rc {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def one_pass(python: str, what: str) -> int:
    return collected(python, what, 2) - collected(python, what, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--python", default=sys.executable, help="interpreter of the child (default: this one)")
    ap.add_argument("--what", choices=["extract", "sudachi", "both"], default="extract")
    ap.add_argument("--write", action="store_true", help="write bench/results/instructions[-compiled].md")
    a = ap.parse_args(argv)
    try:
        subprocess.run(["valgrind", "--version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        sys.exit("error: valgrind is not installed (Debian: apt-get install valgrind)")
    wanted = ["extract", "sudachi"] if a.what == "both" else [a.what]
    counts = {w: one_pass(a.python, w) for w in wanted}
    for w, n in counts.items():
        print(f"{w:8s} {n / 1e6:12,.1f} M instructions per pass over the real pages")
    if len(counts) == 2:
        print(f"extract / sudachi = {counts['extract'] / counts['sudachi']:.2f}x in instructions")
    if a.write:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
        compiled = ".venv-fast" in a.python
        cmd = "python bench/bench_instructions.py " + " ".join(sys.argv[1:] if argv is None else argv)
        lines = [
            "# Instructions per extraction pass over the real pages (callgrind)", "",
            f"Command: `{cmd.strip()}` (from the repository root); commit {rev}; "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
            + ("the mypyc build" if compiled else "pure Python"), "",
            "| measure | instructions per pass (M) |", "|---|---:|",
            *(f"| {w} | {n / 1e6:,.1f} |" for w, n in counts.items()), "",
        ]
        if len(counts) == 2:
            lines += [f"extract / sudachi in instructions: **{counts['extract'] / counts['sudachi']:.2f}×**", ""]
        out = HERE / "results" / ("instructions-compiled.md" if compiled else "instructions.md")
        out.write_text("\n".join(lines), encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
