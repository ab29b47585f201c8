"""Extraction time per 100 KB of anchor-dense text, from 10 KB to 4 MB (issue 14: extraction linear in its input).

    python bench/bench_scaling.py [--sizes 10,100,1000,4000] [--repeat 2] [--write]

Builds one invented meeting page per size (KB of UTF-8): a heading, a date line, then numbered sections in which
every sentence reports a talk (会談を行い / 電話会談を行った, with people, a time and an outcome) — the densest
input for the talk stage, whose work grew with the square of the talks before it was made linear. Each page is
extracted ``--repeat`` times on one pinned CPU; the best CPU time is reported with the time per 100 KB, which is
flat when extraction is linear. ``--write`` writes the table with its command to bench/results/scaling.md.
Not a test: timings belong in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gaiko.pipeline import extract_text  # noqa: E402

HEAD = "日・ベトナム首脳会談\n令和2年5月10日\n\n"
SENTENCES = (
    "{m}月{d}日午後{h}時から約{n}分間、鈴木総理大臣は{x}・ベトナム首相と首脳会談を行い、両首脳は、海洋協力を強化していくことで一致しました。",
    "{m}月{d}日、田中外務大臣は{x}・ベトナム外相と電話会談を行い、田中大臣から、邦人の安全確保への協力を要請しました。",
    "これに対し、{x}外相から、日本の立場への支持が表明され、両外相は次回の外相会談を年内に開催することで一致しました。",
)
KATA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ"


def _name(i: int) -> str:
    """A counterpart's name of its own for each talk (the same name twice would be one talk's people)."""
    return KATA[i % 40] + KATA[(i // 40) % 40] + KATA[(i // 1600) % 40] + "ン"


def page(kb: int) -> str:
    out, size, i = [HEAD], len(HEAD.encode("utf-8")), 0
    while size < kb * 1000:
        if i % 12 == 0:
            line = f"{i // 12 + 1} 二国間関係\n"
        else:
            m, d = 1 + i % 12, 1 + i % 28
            line = SENTENCES[i % 3].format(m=m, d=d, h=1 + i % 5, n=30 + i % 40, x=_name(i - i % 3 + 1)) + "\n"
        out.append(line)
        size += len(line.encode("utf-8"))
        i += 1
    return "".join(out)


def cpu_of(text: str) -> tuple[float, int]:
    t = time.process_time()
    rec = extract_text(text).record
    return time.process_time() - t, len(rec.events)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100,1000,4000", help="page sizes in KB, comma-separated")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    extract_text(page(5))  # warm: tokenizer dictionary, compiled patterns
    rows = []
    for kb in (int(x) for x in args.sizes.split(",")):
        text = page(kb)
        runs = [cpu_of(text) for _ in range(args.repeat)]
        best, events = min(r[0] for r in runs), runs[0][1]
        size_kb = len(text.encode("utf-8")) / 1000
        rows.append((size_kb, events, best, best / size_kb * 100))
        print(f"{size_kb:8,.0f} KB  {events:6,} talks  {best:7.2f} CPU s  {best / size_kb * 100 * 1000:7.1f} ms per 100 KB",
              flush=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    table = [f"| page | talks found | CPU s (best of {args.repeat}) | ms per 100 KB |", "|---:|---:|---:|---:|"]
    table += [f"| {kb:,.0f} KB | {ev:,} | {cpu:.2f} | {per * 1000:.1f} |" for kb, ev, cpu, per in rows]
    text = "\n".join(["### Extraction time per 100 KB, 10 KB to 4 MB of anchor-dense text", "",
                      f"`python bench/bench_scaling.py --sizes {args.sizes} --repeat {args.repeat} --write` on "
                      f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, one pinned CPU, load average {load:.1f}, "
                      f"CPython {platform.python_version()}. Flat per-100 KB times mean extraction is linear in its input.",
                      "", *table, ""])
    print(text)
    if args.write:
        out = ROOT / "bench" / "results" / "scaling.md"
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
