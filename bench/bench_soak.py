"""Soak benchmark (issue 14): mixed requests against `gaiko serve` while an ingest runs, on loopback.

    python bench/bench_soak.py --db SOAK.db [--build 10000] [--ingest 2000] [--requests 3000] [--concurrency 20]

- The archive: ``--db``; if it does not exist, ``--build N`` synthetic documents are written into it first
  (bench/bench_load.py's ``build``: texts from bench/corpus.py, records by the real extractor) and linked.
- The server: a real `gaiko serve` on 127.0.0.1, a free port (bench_load.start_server).
- Meanwhile: `gaiko ingest` of ``--ingest`` more documents (bench/corpus.py files, another seed) into the same
  database, started just before the requests.
- The requests: ``--requests`` at ``--concurrency``, bounded by ``--time-limit`` seconds, cycling through a mix:
  searches of 1-2 characters and of long phrases (API and page), documents (API and page), relation pages
  (API and page), people (API and page), the home page, the events API. Every answer must be 200 (a 404 of a
  person or document would be a bug here: the paths come from the archive itself).
- Sampled every 0.25 s: the resident memory of the server's process tree (/proc VmRSS) and the WAL's size.
- Then: 20 concurrent cold requests for one relation page not requested before, and the server's CPU they cost,
  beside the CPU of one cold request of another relation (their ratio ~1: computed once, not 20 times).

Prints one JSON line and a Markdown table: errors, timeouts (30 s, bench_load.load), latency p50/p95/p99/max, peak RSS, peak WAL,
the ingest's result. Bounded in count and time; the server and the ingest are stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_load
import corpus

SHORT = ["露", "外相", "会談", "中国", "核", "韓", "首脳", "協力"]
LONG = ["日露外相会談の結果概要について", "北方領土問題を解決して平和条約を締結する", "経済協力の推進で一致した",
        "拉致問題の早期解決に向けた協力を要請した"]


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


class Sampler(threading.Thread):
    def __init__(self, pid: int, wal: Path):
        super().__init__(daemon=True)
        self.pid, self.wal = pid, wal
        self.rss = self.wal_max = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.rss = max(self.rss, tree_rss(self.pid))
            try:
                self.wal_max = max(self.wal_max, self.wal.stat().st_size)
            except OSError:
                pass
            time.sleep(0.25)


def paths_from(db: str) -> tuple[list[str], list[str]]:
    """The mix of paths, taken from the archive itself; and the relations left out of it (for the cold test)."""
    from gaiko.archive import Archive

    with Archive.open(db, create=False) as a:
        docs = [d.doc_id for d in a.events(None, limit=40).items]
        rels = [r.pair for r in sorted(a.relations(), key=lambda r: -r.events)]
        names = []
        for ev in a.events(None, limit=200).items:
            for p in ev.principals:
                if p.name and p.name not in names:
                    names.append(p.name)
    used, spare = rels[:6], rels[6:]
    paths = [f"/api/search?q={quote(q)}&per_page=20" for q in SHORT + LONG]
    paths += [f"/search?q={quote(q)}" for q in SHORT[:3] + LONG[:2]]
    paths += [f"/api/documents/{d}" for d in docs[:20]] + [f"/documents/{d}" for d in docs[20:30]]
    paths += [f"/api/relations/{r}" for r in used] + [f"/relations/{r}" for r in used[:3]]
    paths += [f"/api/people/{quote(n)}" for n in names[:10]] + [f"/people/{quote(n)}" for n in names[10:15]]
    paths += ["/", "/api/home", "/api/events?limit=20", "/api/events?limit=50&country=RU"]
    return paths, spare


async def burst(port: int, path: str, n: int) -> list[float]:
    async def one() -> float:
        client = bench_load.RawClient("127.0.0.1", port)
        t = time.perf_counter()
        try:
            status, _ = await asyncio.wait_for(client.get(path), 120)
            assert status == 200, status
        finally:
            await client.close()
        return (time.perf_counter() - t) * 1000

    return sorted(await asyncio.gather(*(one() for _ in range(n))))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--build", type=int, default=10_000, help="documents to build when --db does not exist")
    ap.add_argument("--ingest", type=int, default=2_000, help="documents ingested while the requests run")
    ap.add_argument("--requests", type=int, default=3_000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--time-limit", type=float, default=600.0)
    ap.add_argument("--workers", type=int, default=1, help="server processes")
    a = ap.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": str(bench_load.ROOT)}
    if not a.db.exists():
        bench_load.build(a.db, a.build)
        subprocess.run([sys.executable, "-m", "gaiko", "link", "--db", str(a.db)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
    paths, spare = paths_from(str(a.db))
    port = bench_load._free_port()
    server = bench_load.start_server(a.db, port, a.workers)
    sampler = Sampler(server.pid, Path(str(a.db) + "-wal"))
    sampler.start()
    with tempfile.TemporaryDirectory(prefix="gaiko-soak.") as tmp:
        corpus.write_dir(Path(tmp), a.ingest, seed=97, html_share=0.2)
        ingest = subprocess.Popen([sys.executable, "-m", "gaiko", "ingest", tmp, "--db", str(a.db), "--no-progress",
                                   "--json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            res = asyncio.run(bench_load.load(port, a.requests, a.concurrency, a.time_limit, 20, paths=paths,
                                              ok=lambda status, body: status == 200))
            res["timeouts"] = res["errors_by_kind"].get("TimeoutError", 0)
            res["ingest_running_at_end"] = ingest.poll() is None
            out, err = ingest.communicate(timeout=a.time_limit)
            res["ingest_exit"] = ingest.returncode
            try:
                rep = json.loads(out)
                res["ingest"] = {k: v for k, v in rep.items() if isinstance(v, (int, float))}
            except ValueError:
                res["ingest"] = err.strip()[-300:]
            # one cold relation page asked 20 times at once, and another asked once: the server's CPU for each
            cpu0 = bench_load.tree_cpu(server.pid)
            res["cold20_ms"] = asyncio.run(burst(port, f"/api/relations/{spare[0]}", 20))[-1]
            cpu1 = bench_load.tree_cpu(server.pid)
            res["cold1_ms"] = asyncio.run(burst(port, f"/api/relations/{spare[1]}", 1))[-1]
            cpu2 = bench_load.tree_cpu(server.pid)
            res["cold20_cpu_s"], res["cold1_cpu_s"] = round(cpu1 - cpu0, 2), round(cpu2 - cpu1, 2)
            res["cold_pairs"] = spare[:2]
        finally:
            if ingest.poll() is None:
                ingest.kill()
            sampler.stop.set()
            server.terminate()
            server.wait(30)
    res["rss_peak_mb"] = round(sampler.rss / 2**20)
    res["wal_peak_mb"] = round(sampler.wal_max / 2**20, 1)
    print(json.dumps(res, ensure_ascii=False))
    print("\n| requests | concurrency | errors | timeouts | p50 ms | p95 ms | p99 ms | max ms | RSS peak MB | WAL peak MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {res['requests']:,} | {a.concurrency} | {res['errors']} | {res['timeouts']} | {res['p50_ms']} | "
          f"{res['p95_ms']} | {res['p99_ms']} | {res['max_ms']} | {res['rss_peak_mb']} | {res['wal_peak_mb']} |")
    return 0 if res["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
