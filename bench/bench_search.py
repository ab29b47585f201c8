"""Search latency at scale: build an archive of N synthetic documents, time 50 fixed queries (top 20 with
snippets and the exact total), check exactness against a substring scan, report size and memory.

    python bench/bench_search.py --docs 100000 --db /tmp/gaiko-bench/search.db
    python bench/bench_search.py --docs 100000 --db postgresql://gaiko@127.0.0.1:5432/bench
    python bench/bench_search.py --docs 100000 --db /tmp/gaiko-bench/floor.db --floor   # plain FTS5 bigram floor

How the archive is built fast: texts come from bench/corpus.py (--jsonl, deterministic); the records are
those the real extractor makes for the first --extract documents, reused round-robin for the others (the
records do not affect full-text search, only filters). Documents go through the real write path
(``Store.add_many``: documents, events, people, outcomes, plans and the index, 1,000 per transaction),
with the index text made in a pool of 2 processes, as ``gaiko ingest`` does. Extraction is measured
separately by bench/bench_ingest.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# fmt: off
QUERIES = (
    # 1 char (10)
    "露 米 中 韓 仏 独 豪 島 漁 誠".split()
    # 2 chars (20)
    + "日露 会談 拉致 漁業 首脳 外相 領土 条約 協力 経済 防衛 北京 京都 東京 訪問 抗議 合意 支援 大使 投資".split()
    # longer (20), as in shared/notes/search-floor.md
    + ["北方四島", "平和条約", "共同経済活動", "ラヴロフ外相", "日露首脳会談", "日露外相会談", "平和条約締結交渉", "京都議定書",
       "北朝鮮", "拉致問題", "東日本大震災", "北方領土問題", "安全保障", "弾道ミサイル", "国連安保理決議", "東シナ海",
       "戦略的パートナーシップ", "第三国漁船の操業問題", "東京都千代田区", "宇宙開発協力"]
)
# fmt: on
assert len(QUERIES) == 50


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def corpus_jsonl(n: int, seed: int, work: Path) -> Path:
    path = work / f"corpus_{n}_{seed}_short.jsonl"
    if not path.exists():  # --short: the generator every search and load figure so far was measured with
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(path), "--jsonl", "-n", str(n),
                        "--seed", str(seed), "--short"], check=True)
    return path


def read_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


_G: dict = {}  # set before the pool forks: texts, records, dialect


def _prep(i: int):
    from gaiko.store.store import Prepared, index_payload

    text, dialect = _G["texts"][i], _G["dialect"]
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    recs = _G["records"]
    return Prepared(doc_id=sha[:16], path=f"bench/{i:06d}.txt", source_url=None, sha256=sha, text=text,
                    record=recs[i % len(recs)], extractor_version="bench", encoding="utf-8",
                    index=index_payload(dialect, text), dialect=dialect).materialize()


def build(url: str, texts: list[str], n_extract: int) -> dict:
    """Write every document through Store.add_many (1,000 per transaction); the encoding work (index text,
    compressed columns, event rows) runs in 2 worker processes, as in `gaiko ingest`."""
    from gaiko.archive import Archive
    from gaiko.pipeline import extract_text

    t0 = time.perf_counter()
    records = []
    for i, t in enumerate(texts[:n_extract]):
        try:
            records.append(extract_text(t, name=f"b{i}.txt").record)
        except Exception:
            continue
    t_extract = time.perf_counter() - t0
    a = Archive.open(url)
    _G.update(texts=texts, records=records, dialect=a.db.dialect)
    t1 = time.perf_counter()
    t_write = 0.0
    with Pool(2) as pool:
        for lo in range(0, len(texts), 5000):  # bounded: 5,000 prepared documents in memory at most
            prepared = pool.map(_prep, range(lo, min(len(texts), lo + 5000)), chunksize=50)
            for k in range(0, len(prepared), 1000):
                tw = time.perf_counter()
                a.store.add_many(prepared[k : k + 1000])
                t_write += time.perf_counter() - tw
    if a.db.dialect == "sqlite":
        a.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        a.db.execute("VACUUM ANALYZE documents")
    t_store = time.perf_counter() - t1
    a.close()
    chars = sum(map(len, texts))
    return {"extract_sample_docs": len(records), "extract_sample_s": round(t_extract, 1), "store_s": round(t_store, 1),
            "write_s_main_process": round(t_write, 1), "store_docs_per_s": round(len(texts) / t_store),
            "store_chars_per_s": round(chars / t_store)}


def build_floor(path: str, texts: list[str]) -> dict:
    """The reference design of shared/notes/search-floor.md: one FTS5 table of bigram text, content stored."""
    import sqlite3

    from gaiko.store.tokens import index_text

    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=NORMAL")
    c.execute("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(bi, tokenize='unicode61')")
    t0 = time.perf_counter()
    with Pool(2) as pool:
        c.execute("BEGIN")
        for i, bi in enumerate(pool.imap(index_text, texts, chunksize=64)):
            c.execute("INSERT INTO docs(rowid, bi) VALUES (?, ?)", (i + 1, bi))
            if i % 1000 == 999:
                c.execute("COMMIT")
                c.execute("BEGIN")
        c.execute("COMMIT")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    return {"store_s": round(time.perf_counter() - t0, 1)}


def floor_search(path: str):
    import sqlite3

    from gaiko.store.tokens import fts5_match, parse_query

    c = sqlite3.connect(path)

    def run(q: str) -> int:
        m = fts5_match(parse_query(q))
        rows = c.execute("SELECT rowid, rank, snippet(docs, 0, '[', ']', '…', 12) FROM docs WHERE docs MATCH ? "
                         "ORDER BY rank LIMIT 20", (m,)).fetchall()
        return c.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (m,)).fetchone()[0] + 0 * len(rows)

    return run


def size_of(url: str) -> int:
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(url) as c:
            return c.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    return sum(os.path.getsize(p) for p in (url, url + "-wal", url + "-shm") if os.path.exists(p))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", required=True, help="SQLite path or postgresql:// URL (built if empty)")
    ap.add_argument("--work", default="/tmp/gaiko-bench", help="where the corpus JSONL is kept")
    ap.add_argument("--extract", type=int, default=300, help="documents extracted for real records")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--floor", action="store_true", help="build and time the plain FTS5 bigram table instead")
    ap.add_argument("--check", type=int, default=50, help="queries whose totals are checked against a scan")
    ap.add_argument("--out", help="write the results as JSON here")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    texts = read_texts(corpus_jsonl(args.docs, args.seed, work))
    res: dict = {"docs": len(texts), "chars": sum(map(len, texts)), "db": args.db, "floor": args.floor}
    pg = args.db.startswith("postgres")
    if args.floor:
        if not os.path.exists(args.db):
            res["build"] = build_floor(args.db, texts)
        run = floor_search(args.db)
    else:
        from gaiko.archive import Archive

        with Archive.open(args.db) as a:
            empty = a.stats().documents == 0
        if empty:
            res["build"] = build(args.db, texts, args.extract)
        arch = Archive.open(args.db)

        def run(q: str) -> int:
            r = arch.search(q, limit=20)
            return r.total

    res["db_bytes"] = size_of(args.db)
    print(json.dumps(res, ensure_ascii=False), flush=True)
    # exactness at scale: totals against a substring scan of the folded texts
    from gaiko.store.tokens import fold

    folded = [fold(t) for t in texts]
    wrong = []
    for q in QUERIES[: args.check]:
        want = sum(q in t for t in folded)
        got = run(q)
        if got != want:
            wrong.append((q, got, want))
    del folded
    res["exact_checked"] = min(args.check, len(QUERIES))
    res["exact_wrong"] = wrong
    # latency: every query, runs times, warm
    times: dict[str, list[float]] = {"1": [], "2": [], "n": []}
    for _ in range(args.runs):
        for q in QUERIES:
            t = time.perf_counter()
            run(q)
            dt = (time.perf_counter() - t) * 1000
            times["1" if len(q) == 1 else "2" if len(q) == 2 else "n"].append(dt)
    allt = times["1"] + times["2"] + times["n"]
    res["latency_ms"] = {
        k: {"p50": round(pct(v, 50), 1), "p95": round(pct(v, 95), 1), "p99": round(pct(v, 99), 1), "n": len(v)}
        for k, v in (("all", allt), ("1 char", times["1"]), ("2 chars", times["2"]), ("longer", times["n"]))
    }
    res["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    res["backend"] = "postgresql" if pg else ("sqlite-floor" if args.floor else "sqlite")
    print(json.dumps(res, ensure_ascii=False, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
