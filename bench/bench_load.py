"""Load benchmark of the web app: N search requests at concurrency C against `gaiko serve` on loopback.

    python bench/bench_load.py --db BENCH.db [--requests 5000] [--concurrency 20] [--workers 2]
    python bench/bench_load.py --db /tmp/web100k.db --build 100000   # build a synthetic archive first if missing

The server is a real `gaiko serve` process bound to 127.0.0.1 on a free port; the client (a minimal
HTTP/1.1 keep-alive client on asyncio streams) runs in this process on the same 2-core machine, so client and server share the CPU. The run is bounded
in count (--requests) and time (--time-limit): it stops at whichever comes first, and the server is
stopped at the end. Queries cycle through QUERIES (1-6 characters, Japanese, as people search) with
facets, like the search page does: GET /api/search?q=...&per_page=20 (facets are counted only when a query
has at most 5,000 matches, see gaiko.views.build.FACET_MAX_MATCHES); --no-facets sends facets=false.
--talks mixes in the talks view: every 5th request is GET /api/talks with one of TALK_FILTERS (facets counting
talks); --talks-pages N asks each filter for pages 1..N (N x 10 distinct talks requests, which the server's page
cache cannot keep warm: the cost of computing them). --during-upload KB: meanwhile a thread uploads, one after
another, an anchor-dense invented page of KB KB (the server extracts each in a process of its own), to show the
other requests answered while it works. The 1-minute load average before and after is reported: other work on
the machine skews the numbers.

--build N (only when --db does not exist): documents from bench/corpus.py (synthetic MOFA-style texts,
all distinct), written through the store's real write path 1,000 per transaction. The first 1,000 get
records by the real extractor, reused round-robin for the rest (as bench/bench_search.py does: records
only feed filters and facets); without a working extractor the shared gold records are cycled instead.

--client wrk: the load comes from Debian's `wrk` (C, one thread, 20 connections) with a Lua script that
cycles the same paths, checks every answer (200 with "hits", or "items" for a talk list), and stops after --requests answers
(wrk.thread:stop()) or --time-limit seconds (-d): the client then costs the shared CPU far less than Python.

Prints one JSON line and a Markdown table: requests/s, latency p50/p95/p99/max (ms), errors by kind, and CPU
per request: the server's (every `gaiko serve` process, from /proc) and the client's.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import platform
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

BUILD_BATCH = 1000
BUILD_EXTRACT = 1000  # documents given records by the real extractor when building

QUERIES = [
    "露", "外相", "会談", "首脳会談", "北方領土", "平和条約", "一致", "抗議", "電話会談", "安全保障",
    "経済協力", "ラヴロフ", "中国", "韓国", "拉致", "エネルギー", "APEC", "外務大臣", "次官級協議", "気候変動",
    "核", "協力", "訪日", "共同声明", "防衛", "G20", "首脳", "感謝", "招待", "北朝鮮",
]


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and all its descendants (Linux /proc)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


# the talks view's requests (/api/talks, facets counting talks), with the filters people combine on it
TALK_FILTERS = [
    "kind=summit&date_from=2009&date_to=2011", "country=RU", "country=KR&kind=foreign_ministers", "year=2015",
    "person=" + quote("ラヴロフ"), "q=" + quote("首脳会談") + "&kind=summit", "outcome=protest&country=CN",
    "channel=telephone&year=2020", "topic=" + quote("北朝鮮") + "&country=US", "kind=two_plus_two",
]
TALKS_EVERY = 5  # with --talks, every 5th request is one of the talks view's


def search_paths(per_page: int, facets: bool, exact_total: bool = False, talks: int = 0) -> list[str]:
    """The searches; with ``talks`` (a number of pages N, True: 1), every TALKS_EVERY-th path a talks request: each
    of TALK_FILTERS for pages 1..N (N x 10 distinct requests, which a server's page cache cannot all keep warm)."""
    talks_pages = int(talks)
    extra = ("" if facets else "&facets=false") + ("&exact_total=true" if exact_total else "")
    paths = [f"/api/search?q={quote(q)}&per_page={per_page}{extra}" for q in QUERIES]
    if not talks:
        return paths
    mixed = []
    for t in range(len(TALK_FILTERS) * talks_pages):
        mixed += [paths[(t * (TALKS_EVERY - 1) + k) % len(paths)] for k in range(TALKS_EVERY - 1)]
        page = "" if talks_pages == 1 else f"&page={1 + t // len(TALK_FILTERS)}"
        mixed.append(f"/api/talks?{TALK_FILTERS[t % len(TALK_FILTERS)]}&per_page={per_page}{page}{extra}")
    return mixed


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(db: Path, n: int, seed: int = 1) -> str:
    """Build a synthetic archive of n documents; returns how records were made."""
    from gaiko.archive import Archive
    from gaiko.pipeline import Extraction
    from gaiko.record import Record

    sys.path.insert(0, str(ROOT / "bench"))
    gen = subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-", "--jsonl", "-n", str(n),
                          "--seed", str(seed), "--short"], capture_output=True, text=True, check=True)  # as /tmp/web100k.db
    docs = [json.loads(line) for line in gen.stdout.splitlines() if line.strip()]
    records: list = []
    try:
        from gaiko.pipeline import extract_text

        for d in docs[:BUILD_EXTRACT]:
            records.append(extract_text(d["text"], name=d["id"]).record)
        how = (f"records by the real extractor for the first {len(records)} documents, reused round-robin for "
               "the rest (records only feed filters and facets; the texts are all distinct)")
    except Exception as e:
        how = f"records cycled from the shared gold set (extractor unavailable: {type(e).__name__})"
        records = [Record.model_validate(json.loads(p.read_text(encoding="utf-8")))
                   for p in sorted([*SHARED.glob("gold/*.json"), *SHARED.glob("devset/gold/*.json")])]
    from gaiko.store.store import prepare

    t0 = time.perf_counter()
    with Archive.open(str(db)) as a:
        batch = []
        for i, d in enumerate(docs, 1):
            ex = Extraction(id=d["id"], path=d["id"], text=d["text"], record=records[(i - 1) % len(records)],
                            sha256=hashlib.sha256(d["text"].encode()).hexdigest(), encoding="utf-8")
            batch.append(prepare(ex, a.db.dialect))
            if len(batch) == BUILD_BATCH or i == len(docs):
                a.store.add_many(batch)  # one transaction per batch, as Archive.ingest writes
                batch = []
            if i % 10000 == 0:
                print(f"  built {i} documents, {i / (time.perf_counter() - t0):.0f}/s", file=sys.stderr, flush=True)
    print(f"built {db} with {len(docs)} documents in {time.perf_counter() - t0:.0f}s ({how})", file=sys.stderr)
    return how


def start_server(db: Path, port: int, workers: int, token: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "GAIKO_TOKEN"} | ({"GAIKO_TOKEN": token} if token else {})
    proc = subprocess.Popen([sys.executable, "-m", "gaiko", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port), "--workers", str(workers)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/search?q=%E4%BC%9A%E8%AB%87", timeout=10).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit(f"server did not start: {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(0.3)


UPLOAD_TOKEN = "bench-upload-token"


class Uploader(threading.Thread):
    """Uploads, one after another until stopped, an anchor-dense invented page of ``kb`` KB (bench_scaling.page,
    a line of its own first so that each is a new document): the server extracts each in a process of its own
    while the load runs. Records each upload's status and seconds."""

    def __init__(self, port: int, kb: int) -> None:
        super().__init__(daemon=True)
        from bench_scaling import page

        self.port, self.body = port, page(kb)
        self.stop = threading.Event()
        self.done: list[tuple[int, float]] = []

    def run(self) -> None:
        import httpx

        n = 0
        while not self.stop.is_set():
            n += 1
            text = f"{time.time_ns()}-{n}\n" + self.body
            t = time.monotonic()
            try:
                r = httpx.post(f"http://127.0.0.1:{self.port}/api/documents", content=text.encode("utf-8"), timeout=300,
                               headers={"Authorization": f"Bearer {UPLOAD_TOKEN}", "content-type": "text/plain"})
                status = r.status_code
            except httpx.HTTPError:
                status = 0
            self.done.append((status, time.monotonic() - t))

    def summary(self) -> dict:
        secs = [s for _, s in self.done]
        return {"uploads": len(self.done), "upload_statuses": sorted({st for st, _ in self.done}),
                "upload_seconds_mean": round(statistics.mean(secs), 2) if secs else None}


class RawClient:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams: the load generator should cost the shared
    CPU as little as possible (httpx spends more CPU per request than the server's JSON encoding)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        if "content-length" not in headers:
            raise ValueError("response without content-length")
        body = await self.reader.readexactly(int(headers["content-length"]))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def load(port: int, requests: int, concurrency: int, time_limit: float, per_page: int, facets: bool = True,
               exact_total: bool = False, talks: int = 0, paths: list[str] | None = None, ok=None) -> dict:
    """``paths`` (default: the searches, with talks requests when ``talks``) cycled; ``ok(status, body)`` says
    whether an answer is right (default: a 200 with hits or items)."""
    lat: list[float] = []
    by_path: dict[str, list[float]] = {}  # latencies by the path's first two segments (/api/search, /relations …)
    errors: dict[str, int] = {}
    counter = iter(range(requests))
    t_end = time.monotonic() + time_limit
    paths = paths or search_paths(per_page, facets, exact_total, talks)
    ok = ok or (lambda status, body: status == 200 and (b'"hits"' in body or b'"items"' in body))

    async def worker() -> None:
        client = RawClient("127.0.0.1", port)
        try:
            for i in counter:
                if time.monotonic() > t_end:
                    return
                t = time.perf_counter()
                path = paths[i % len(paths)]
                try:
                    status, body = await asyncio.wait_for(client.get(path), 30)
                    kind = None if ok(status, body) else f"http {status}"
                except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError) as e:
                    kind = type(e).__name__
                    await client.close()
                lat.append((time.perf_counter() - t) * 1000)
                by_path.setdefault("/".join(path.split("?")[0].split("/")[:3]) or "/", []).append(lat[-1])
                if kind:
                    errors[kind] = errors.get(kind, 0) + 1
        finally:
            await client.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.perf_counter() - t0
    lat.sort()

    def pct(p: float, xs: list[float] = lat) -> float:
        return round(xs[min(len(xs) - 1, int(p / 100 * len(xs)))], 1) if xs else 0.0

    paths_seen = {k: sorted(v) for k, v in by_path.items()}

    return {"requests": len(lat), "seconds": round(wall, 2), "rps": round(len(lat) / wall, 1) if wall else 0,
            "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99), "max_ms": round(lat[-1], 1) if lat else 0,
            "mean_ms": round(statistics.fmean(lat), 1) if lat else 0, "errors": sum(errors.values()),
            "errors_by_kind": errors, "stopped_by_time": len(lat) < requests,
            "by_path": {k: {"n": len(v), "p50_ms": pct(50, v), "p95_ms": pct(95, v), "max_ms": round(v[-1], 1)}
                        for k, v in sorted(paths_seen.items())}}


WRK_LUA = """
local paths = {%(paths)s}
local limit = %(limit)d
local i = 0
answers, bad = 0, 0  -- globals: done() reads them with thread:get()
local threads = {}
function setup(thread) table.insert(threads, thread) end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i - 1) %% #paths + 1])
end
function response(status, headers, body)
  answers = answers + 1
  if status ~= 200 or not (string.find(body, '"hits"', 1, true) or string.find(body, '"items"', 1, true)) then bad = bad + 1 end
  if answers == limit then
    wrk.thread:stop()
    io.write("STOPPED\\n")  -- wrk's main thread sleeps the whole -d: the caller interrupts it (SIGINT)
    io.flush()
  end
end
function done(summary, latency, requests)
  local bad_total = 0
  for _, t in ipairs(threads) do bad_total = bad_total + t:get("bad") end
  local e = summary.errors
  io.write(string.format('WRK {"requests": %%d, "us": %%d, "p50": %%d, "p95": %%d, "p99": %%d, "max": %%d, "mean": %%f, ' ..
    '"connect": %%d, "read": %%d, "write": %%d, "timeout": %%d, "bad": %%d}\\n', summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.timeout, bad_total))
end
"""


def load_wrk(port: int, requests: int, concurrency: int, time_limit: float, per_page: int, facets: bool,
             exact_total: bool = False, talks: int = 0) -> dict:
    """The same load from `wrk` (one thread): bounded by --requests answers and -d seconds."""
    wrk = shutil.which("wrk")
    if not wrk:
        raise SystemExit("--client wrk needs wrk on PATH (Debian: apt-get install wrk)")
    paths = ", ".join(json.dumps(p) for p in search_paths(per_page, facets, exact_total, talks))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(WRK_LUA % {"paths": paths, "limit": requests})
    lines = []
    try:
        w = subprocess.Popen([wrk, "-t1", f"-c{concurrency}", f"-d{int(time_limit)}s", "--timeout", "30s", "-s", f.name,
                              f"http://127.0.0.1:{port}"], stdout=subprocess.PIPE, text=True)
        for ln in w.stdout:
            lines.append(ln)
            if ln.strip() == "STOPPED":
                w.send_signal(signal.SIGINT)  # ends wrk's sleep: it joins its thread and runs done()
        w.wait(timeout=60)
    finally:
        os.unlink(f.name)
    line = next((ln for ln in lines if ln.startswith("WRK ")), None)
    if line is None:
        raise SystemExit(f"wrk failed: {''.join(lines)}")
    w = json.loads(line[4:])
    errors = {k: w[k] for k in ("connect", "read", "write", "timeout", "bad") if w[k]}
    wall = w["us"] / 1e6
    return {"requests": w["requests"], "seconds": round(wall, 2), "rps": round(w["requests"] / wall, 1) if wall else 0,
            "p50_ms": round(w["p50"] / 1000, 1), "p95_ms": round(w["p95"] / 1000, 1), "p99_ms": round(w["p99"] / 1000, 1),
            "max_ms": round(w["max"] / 1000, 1), "mean_ms": round(w["mean"] / 1000, 1), "errors": sum(errors.values()),
            "errors_by_kind": errors, "stopped_by_time": w["requests"] < requests}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="archive to serve (SQLite path or postgresql://...)")
    ap.add_argument("--build", type=int, default=0, metavar="N", help="build a synthetic archive of N docs if --db is missing")
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2, help="server processes (gaiko serve --workers)")
    ap.add_argument("--time-limit", type=float, default=300.0, help="stop sending after this many seconds")
    ap.add_argument("--per-page", type=int, default=20)
    ap.add_argument("--no-facets", action="store_true", help="search without facet counts (facets=false)")
    ap.add_argument("--talks", action="store_true",
                    help=f"every {TALKS_EVERY}th request is the talks view's (/api/talks with TALK_FILTERS)")
    ap.add_argument("--talks-pages", type=int, default=1, metavar="N",
                    help="with --talks, each filter asked for pages 1..N (N x 10 distinct talks requests: mostly "
                         "computed, not served from the page cache)")
    ap.add_argument("--during-upload", type=int, default=0, metavar="KB",
                    help="meanwhile upload, one after another, an anchor-dense page of KB KB (the server extracts each)")
    ap.add_argument("--exact-total", action="store_true",
                    help="ask for the exact total of every search (exact_total=true; by default the API counts to 1,000)")
    ap.add_argument("--warmup", type=int, default=100, help="requests sent (and not counted) before measuring")
    ap.add_argument("--client", choices=["python", "wrk"], default="python",
                    help="load generator: this process (asyncio) or wrk (C, needs wrk on PATH)")
    args = ap.parse_args()
    if args.requests > 100_000 or args.concurrency > 200:
        raise SystemExit("bounded benchmark: at most 100,000 requests and concurrency 200")
    how = "existing archive"
    db = Path(args.db)
    if not args.db.startswith("postgresql") and not db.exists():
        if not args.build:
            raise SystemExit(f"no archive at {db}: pass --build N to make a synthetic one")
        how = build(db, args.build)
    from gaiko.archive import Archive

    with Archive.open(args.db, create=False) as a:
        stats = a.stats()
    if args.talks:
        args.talks = args.talks_pages
    load_before = os.getloadavg()
    port = _free_port()
    proc = start_server(Path(args.db) if not args.db.startswith("postgresql") else args.db, port, args.workers,
                        token=UPLOAD_TOKEN if args.during_upload else None)
    uploader = Uploader(port, args.during_upload) if args.during_upload else None
    try:
        if args.warmup:
            asyncio.run(load(port, args.warmup, min(args.concurrency, args.warmup), 60, args.per_page, not args.no_facets,
                             args.exact_total, args.talks))
        if uploader is not None:
            uploader.start()
            time.sleep(1.0)  # (the first upload sent and being extracted)
        server0, client0 = tree_cpu(proc.pid), _client_cpu()
        if args.client == "wrk":
            res = load_wrk(port, args.requests, args.concurrency, args.time_limit, args.per_page, not args.no_facets,
                           args.exact_total, args.talks)
        else:
            res = asyncio.run(load(port, args.requests, args.concurrency, args.time_limit, args.per_page,
                                   not args.no_facets, args.exact_total, args.talks))
        server_cpu, client_cpu = tree_cpu(proc.pid) - server0, _client_cpu() - client0
        if uploader is not None:
            uploader.stop.set()
            uploader.join(timeout=300)
            res.update(uploader.summary(), during_upload_kb=args.during_upload)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    n = res["requests"] or 1
    res.update(server_cpu_ms_per_request=round(server_cpu * 1000 / n, 2),
               client_cpu_ms_per_request=round(client_cpu * 1000 / n, 2), client=args.client)
    res.update(documents=stats.documents, events=stats.events, archive=how, workers=args.workers,
               concurrency=args.concurrency, endpoint=f"/api/search{f' + /api/talks (1 in 5, {args.talks_pages} page(s) of each filter)' if args.talks else ''} (facets {'off' if args.no_facets else 'on'}, per_page={args.per_page}{', exact_total' if args.exact_total else ''})",
               load_avg_before=[round(x, 2) for x in load_before], load_avg_after=[round(x, 2) for x in os.getloadavg()],
               machine=f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}")
    print(json.dumps(res, ensure_ascii=False))
    print()
    print("| documents | client | requests | concurrency | workers | req/s | p50 ms | p95 ms | p99 ms | max ms | errors "
          "| server CPU ms/req | client CPU ms/req |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {res['documents']:,} | {res['client']} | {res['requests']:,} | {res['concurrency']} | {res['workers']} | "
          f"{res['rps']} | {res['p50_ms']} | {res['p95_ms']} | {res['p99_ms']} | {res['max_ms']} | {res['errors']} | "
          f"{res['server_cpu_ms_per_request']} | {res['client_cpu_ms_per_request']} |")


def _client_cpu() -> float:
    """CPU seconds of this process plus finished children (wrk): the load generator's share."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


if __name__ == "__main__":
    main()
