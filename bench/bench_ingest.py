"""End-to-end ingest throughput: `gaiko ingest FOLDER --jobs 2 --no-link` over N synthetic files (linking: bench_link.py).

    python bench/bench_ingest.py --docs 20000 --db /tmp/gaiko-bench/ingest.db
    python bench/bench_ingest.py --docs 20000 --db postgresql://gaiko@127.0.0.1:5432/bench

Reports documents/s and characters/s end to end (files read, extracted in the pool, stored), the split
between extraction (summed over workers) and the main process's writes, the database size, and the peak
memory of the whole process tree (main + workers, sampled from /proc every 0.2 s) and of its largest
process. The corpus comes from bench/corpus.py (files: .txt and HTML in several encodings).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_search import size_of  # noqa: E402


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process so far (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def tree_rss_kb(pid: int, field: str = "VmRSS") -> int:
    """Resident kB of a process and its descendants: VmRSS (everything, including pages of the database file
    mapped by SQLite's mmap, which the kernel can drop at will) or RssAnon (the processes' own memory)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith(field + ":"):
                        total += int(line.split()[1])
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    stack += [int(x) for x in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--db", required=True)
    ap.add_argument("--work", default="/tmp/gaiko-bench")
    ap.add_argument("--out")
    ap.add_argument("--short", action="store_true", help="the first corpus generator (1,400-character pages)")
    args = ap.parse_args()
    folder = Path(args.work) / f"files_{args.docs}_{args.seed}{'_short' if args.short else '_pages'}"
    if not folder.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(folder), "-n", str(args.docs),
                        "--seed", str(args.seed)] + (["--short"] if args.short else []), check=True)
    if not args.db.startswith("postgres"):
        for p in (args.db, args.db + "-wal", args.db + "-shm"):
            if os.path.exists(p):
                os.remove(p)
    input_bytes = sum(f.stat().st_size for f in folder.iterdir())
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "gaiko", "ingest", str(folder), "--db", args.db, "--jobs",
                             str(args.jobs), "--no-progress", "--no-link", "--json"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    peak = peak_anon = 0
    main_cpu = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        peak_anon = max(peak_anon, tree_rss_kb(proc.pid, "RssAnon"))
        main_cpu = max(main_cpu, process_cpu_s(proc.pid))
        time.sleep(0.2)
    out = proc.stdout.read()
    wall = time.perf_counter() - t0
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the ingest process and its workers, all reaped
    largest = usage.ru_maxrss
    cpu = usage.ru_utime + usage.ru_stime
    rep = json.loads(out)
    res = {
        "docs": rep["inputs"], "added": rep["added"], "failed": len(rep["failed"]), "chars": rep["chars"],
        "input_mb": round(input_bytes / 1e6, 1), "jobs": args.jobs, "wall_s": round(wall, 1),
        "docs_per_s": round(rep["inputs"] / wall, 1), "chars_per_s": round(rep["chars"] / wall),
        "extract_cpu_s": round(rep["extract_seconds"], 1), "store_s": round(rep["store_seconds"], 1),
        "extract_ms_per_doc": round(1000 * rep["extract_seconds"] / max(1, rep["added"]), 2),
        "store_ms_per_doc": round(1000 * rep["store_seconds"] / max(1, rep["added"]), 2),
        "db_mb": round(size_of(args.db) / 1e6, 1), "peak_tree_rss_mb": round(peak / 1024),
        "peak_tree_anon_mb": round(peak_anon / 1024),
        "peak_largest_process_mb": round(largest / 1024), "backend": "postgresql" if args.db.startswith("postgres") else "sqlite",
        "chars_per_doc": round(rep["chars"] / max(1, rep["added"])),
        # CPU of every process (main + workers): what 2 cores must do whatever else runs on the machine
        "cpu_s": round(cpu, 1), "cpu_ms_per_doc": round(1000 * cpu / max(1, rep["added"]), 2),
        # the main process alone (reading inputs, writing; sampled, so up to 0.2 s short): the single writer
        "main_cpu_ms_per_doc": round(1000 * main_cpu / max(1, rep["added"]), 2),
        "chars_per_s_if_cpu_bound_on_2_cores": round(2 * rep["chars"] / cpu) if cpu else None,
        "corpus": "short" if args.short else "pages", "load_avg_before": round(load_before, 2),
        "load_avg_after": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(res, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
