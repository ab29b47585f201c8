"""Regenerate (or check) the printed outputs in README.md by running the commands they show.

A fenced block without a language whose lines start with ``$ gaiko …`` is a transcript: each ``$`` line is
a command, the lines up to the next ``$`` line are its output. This script runs every transcript's
commands in order, on a fresh archive (``GAIKO_DB`` in a temporary folder, so ``gaiko ingest
../shared/seeds`` builds it), from the repository root, piped (80 columns, no colour) — as a reader
would — and either rewrites the outputs (``--write``) or reports the blocks whose output drifted
(``--check``, exit 1; the default). Timings (``in 0.3 s (17 docs/s, …)``) are compared as shapes, not values.

    python scripts/readme_outputs.py --check
    python scripts/readme_outputs.py --write
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\s*$")
# values that differ run to run: compared by shape
VOLATILE = [re.compile(r"in [0-9.]+ s \([0-9,]+ docs/s, [0-9,]+ chars/s\)")]


def transcripts(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) line ranges of the bodies of transcript blocks."""
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m:
            j = i + 1
            while j < len(lines) and not FENCE.match(lines[j]):
                j += 1
            if not m.group(1) and j > i + 1 and lines[i + 1].startswith("$ gaiko"):
                out.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return out


def split_commands(body: list[str]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for line in body:
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return out


def run(command: str, env: dict[str, str]) -> list[str]:
    r = subprocess.run(["sh", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    if r.returncode not in (0, 141):  # (141: a reader such as head closed the pipe)
        raise SystemExit(f"readme_outputs: `{command}` failed (exit {r.returncode}): {r.stderr.strip()[:300]}")
    text = r.stdout + (r.stderr if "ingest" in command.split()[:2] else "")
    return text.rstrip("\n").split("\n") if text.strip() else []


def _shape(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        for rx in VOLATILE:
            line = rx.sub("<volatile>", line)
        out.append(line.rstrip())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="report drifted outputs, exit 1 if any (default)")
    mode.add_argument("--write", action="store_true", help="rewrite the outputs in README.md")
    args = ap.parse_args(argv)
    lines = README.read_text("utf-8").split("\n")
    with tempfile.TemporaryDirectory() as tmp:
        shim = Path(tmp) / "bin"
        shim.mkdir()
        (shim / "gaiko").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m gaiko "$@"\n')
        (shim / "gaiko").chmod(0o755)
        env = {**os.environ, "PATH": f"{shim}{os.pathsep}{os.environ.get('PATH', '')}", "GAIKO_DB": str(Path(tmp) / "gaiko.db"),
               "COLUMNS": "80", "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
        drifted: list[str] = []
        new_lines = list(lines)
        results: dict[tuple[int, int], list[str]] = {}
        for start, end in transcripts(lines):
            body: list[str] = []
            for command, shown in split_commands(lines[start:end]):
                got = run(command, env)
                if _shape(got) != _shape(shown):
                    drifted.append(f"README.md:{start + 1}: `$ {command}` prints {len(got)} lines that differ from the "
                                   f"{len(shown)} shown")
                body += [f"$ {command}"] + got
            results[(start, end)] = body
        for (start, end), body in sorted(results.items(), reverse=True):  # the last first: earlier indices stay valid
            new_lines[start:end] = body
    if args.write:
        README.write_text("\n".join(new_lines), "utf-8")
        print(f"readme_outputs: {len(results)} transcripts written ({len(drifted)} had drifted)")
        return 0
    for d in drifted:
        print(d)
    print(f"readme_outputs: {len(results)} transcripts, {len(drifted)} outputs drifted"
          + (" (python scripts/readme_outputs.py --write)" if drifted else ""))
    return 1 if drifted else 0


if __name__ == "__main__":
    sys.exit(main())
