"""Write BENCHMARKS.md: the summary (bench/results/summary.md), then each area's full results.

    python bench/assemble_benchmarks.py

The area files are written by hand or by the benchmarks themselves (bench_extract.py --write); this keeps
BENCHMARKS.md and them from drifting apart.
"""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
PARTS = ["summary.md", "extract.md", "extract-real.md", "extract-real-compiled.md", "archive.md", "web.md", "knowledge.md", "hardening.md", "scaling.md"]


def main() -> None:
    text = "\n\n---\n\n".join((RESULTS / p).read_text().strip() for p in PARTS) + "\n"
    out = RESULTS.parent.parent / "BENCHMARKS.md"
    out.write_text(text)
    print(f"wrote {out} ({len(text):,} characters from {', '.join(PARTS)})")


if __name__ == "__main__":
    main()
