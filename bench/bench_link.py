"""Benchmark: linking (talk groups, people, follow-ups) of 10k / 30k / 100k-document archives.

Usage::

    .venv/bin/python bench/bench_link.py [--sizes 10000,30000,100000] [--seed 1] [--save] [--out FILE]

Records are generated directly as ``gaiko.record.Record`` objects (not through ``bench/corpus.py``,
whose documents need the extractor): the linkers read records only, so this measures linking alone.
The generator: ~60 relationships with Japan, 1990-2024, meeting records of 1-3 talks (kinds, channels,
cities, occasions), principals drawn from per-country office holders whose katakana names come in
spelling variants (ヴ/ブ, ー) and whose Japanese names sometimes come in full (茂木敏充), holders of
the same surname in different decades, 1 document in 10 a chronology of 8 entries that repeat talks
of meeting records, and planned items on about half of the talks (some fulfilled later, some not).

Timed: ``gaiko.link.build.compute(docs)`` (grouping, people, follow-ups) on in-memory records, and with
``--save`` also writing the derived tables to a fresh SQLite archive (``gaiko.store.links.LinkTables.save``).
Reported: wall and CPU seconds, CPU microseconds per document, and CPU time / (n log2 n) normalised to
the smallest size (CPU time, because the machine is shared and wall time varies with others' load):
a ratio that stays near 1 means time grows no faster than n log n. Peak RSS from ``resource``.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gaiko.link.build import compute
from gaiko.link.docs import DocView
from gaiko.record import Event, Outcome, Person, Planned, Record

KINDS = ["summit", "foreign_ministers", "vice_ministerial", "defense_ministers", "two_plus_two", "other_ministerial"]
ROLES = {"summit": ("総理大臣", "大統領"), "foreign_ministers": ("外務大臣", "外務大臣"),
         "vice_ministerial": ("外務審議官", "外務次官"), "defense_ministers": ("防衛大臣", "国防大臣"),
         "two_plus_two": ("外務大臣", "外務大臣"), "other_ministerial": ("経済産業大臣", "経済大臣")}
KANA = "アカサタナハマヤラワガザダバパイキシチニヒミリギジビピウクスツヌフムユルグズブプエケセテネヘメレゲゼデベペオコソトノホモヨロゴゾドボポ"
JP_SURNAMES = "安倍 岸田 河野 茂木 林 菅 小泉 麻生 岡田 前原 玄葉 松本 中曽根 高村 町村 川口 田中 小渕 橋本 森 福田 鳩山 野田 石破 上川".split()
CITIES = ["東京", "大阪", "ニューヨーク", "モスクワ", "北京", "ソウル", "パリ", "ロンドン", "ベルリン", "ジャカルタ"]
OCCASIONS = [None, None, None, "APEC首脳会議", "G20サミット", "国連総会", "ASEAN関連外相会議"]
COUNTRIES = ["RU", "CN", "KR", "US", "FR", "GB", "DE", "IT", "CA", "AU", "IN", "ID", "VN", "TH", "PH", "MY", "SG",
             "BR", "MX", "AR", "CL", "PE", "EG", "SA", "AE", "TR", "IL", "IR", "ZA", "NG", "KE", "ET", "NZ", "PG",
             "MN", "KH", "LA", "MM", "BD", "PK", "LK", "NP", "PL", "CZ", "HU", "AT", "CH", "NL", "BE", "ES", "PT",
             "SE", "NO", "FI", "DK", "UA", "KZ", "UZ", "QA", "KW"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(KANA) for _ in range(rng.randint(3, 5))) + rng.choice(["フ", "ヴァ", "ー", "ン"])


def _variant(name: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return name.replace("ヴァ", "バ")
    if r < 0.25:
        return name.replace("ー", "")
    return name


class Holders:
    """Office holders per (country, role), changing every few years; surnames reused across decades."""

    def __init__(self, rng: random.Random):
        self.rng, self.table = rng, {}

    def who(self, country: str, role: str, year: int) -> str:
        key = (country, role, year // 4)
        if key not in self.table:
            self.table[key] = self.rng.choice(JP_SURNAMES) if country == "JP" else _name(self.rng)
        return self.table[key]


def generate(n: int, seed: int = 1) -> list[DocView]:
    rng = random.Random(seed)
    holders = Holders(rng)
    start = date(1990, 1, 1)
    days = (date(2024, 12, 31) - start).days
    docs: list[DocView] = []
    talks: list[tuple[str, Event]] = []  # (other country, event) for chronologies to repeat
    for i in range(n):
        if i % 10 == 9 and talks:
            other = rng.choice(COUNTRIES)
            pool = [e for c, e in talks[-2000:] if c == other] or [e for _, e in talks[-50:]]
            entries = []
            for e in rng.sample(pool, min(8, len(pool))):
                entries.append(Event(kind=e.kind, channel=e.channel, date=e.date, countries=e.countries,
                                     principals=e.principals[1:], entry_text=f"{e.date} 会談"))
            docs.append(DocView(doc_id=f"c{i:06d}", record=Record(title="近年の関係の動き", doc_type="chronology",
                                                              events=entries), doc_type="chronology"))
            continue
        other = rng.choice(COUNTRIES)
        d0 = start + timedelta(days=rng.randrange(days))
        events = []
        for k in range(rng.choice([1, 1, 1, 2, 3])):
            kind = rng.choice(KINDS)
            d = d0 + timedelta(days=k)
            jp_role, their_role = ROLES[kind]
            jp = holders.who("JP", jp_role, d.year)
            if rng.random() < 0.1:
                jp += rng.choice(["太郎", "一郎", "敏充"])
            them = _variant(holders.who(other, their_role, d.year), rng)
            plans = []
            if rng.random() < 0.5:
                when = d + timedelta(days=rng.randint(20, 200))
                pk = rng.choice(KINDS)
                prec = rng.choice(["day", "mid_month", "month", "year"])
                pdate = when.isoformat() if prec == "day" else when.isoformat()[:7] if prec != "year" else str(when.year)
                plans.append(Planned(what="次回会合", date=pdate, precision=prec, place=rng.choice(CITIES), kind=pk,
                                     text="次回会合を行うことで一致した。", span=(10, 25)))
            ev = Event(kind=kind, channel=rng.choice(["in_person", "in_person", "telephone"]), date=d.isoformat(),
                       city=rng.choice(CITIES), occasion=rng.choice(OCCASIONS), countries=["JP", other],
                       principals=[Person(name=jp, role=jp_role, country="JP"),
                                   Person(name=them, role=their_role, country=other)],
                       outcomes=[Outcome(type="agree", by="both", text="一致した。", span=(0, 5))], planned=plans)
            events.append(ev)
            talks.append((other, ev))
        docs.append(DocView(doc_id=f"m{i:06d}", record=Record(title="会談", doc_type="meeting",
                                                          doc_date=d0.isoformat(), events=events),
                            doc_type="meeting"))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save", action="store_true", help="also write the derived tables to a fresh SQLite archive")
    ap.add_argument("--out", default=None, help="append a Markdown table to this file")
    ap.add_argument("--archive", action="store_true",
                    help="end to end instead: store the records in a SQLite archive, then time `gaiko link` on it "
                         "(read every document, compute, save)")
    args = ap.parse_args(argv)
    if args.archive:
        return archive_main(args)
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    base = None
    compute(generate(300, args.seed + 1))  # warm-up: Sudachi and pykakasi dictionaries load once
    for n in sizes:
        docs = generate(n, args.seed)
        n_events = sum(len(d.record.events) for d in docs)
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        d = compute(docs)
        t_compute, cpu = time.perf_counter() - t0, time.process_time() - c0
        t_save = None
        if args.save:
            from gaiko.archive import Archive

            with tempfile.TemporaryDirectory() as tmp, Archive.open(str(Path(tmp) / "b.db")) as a:
                t1 = time.perf_counter()
                a.store.links.save(d.groups, d.relationships, d.people, d.followups)
                t_save = time.perf_counter() - t1
        nlogn = n * math.log2(n)
        ratio = cpu / nlogn  # CPU time: robust to other load on a shared machine
        base = base or ratio
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        joined = len(d.groups) - len(set(d.groups.values()))
        statuses = {}
        for f in d.followups:
            statuses[f.status] = statuses.get(f.status, 0) + 1
        row = (n, n_events, t_compute, t_save, 1e6 * cpu / n, ratio / base, len(d.people), joined,
               len(d.followups), statuses.get("fulfilled", 0), rss, cpu)
        rows.append(row)
        print(f"n={n:>7} events={n_events:>7} compute={t_compute:7.2f}s cpu={cpu:7.2f}s"
              + (f" save={t_save:6.2f}s" if t_save is not None else "")
              + f" {row[4]:6.1f}us/doc  t/(n log n) vs smallest={row[5]:.2f}  people={len(d.people)}"
              f" joined={joined} followups={len(d.followups)} fulfilled={row[9]} peakRSS={rss:.0f}MB", flush=True)
    if args.out:
        with open(args.out, "a", encoding="utf-8") as fh:
            fh.write("| documents | events | compute wall s | compute CPU s | save wall s | CPU µs/doc | "
                     "CPU/(n log n), 1 = smallest | people | events joined | plans | fulfilled | peak RSS MB |\n"
                     "|---|---|---|---|---|---|---|---|---|---|---|---|\n")
            for r in rows:
                fh.write(f"| {r[0]:,} | {r[1]:,} | {r[2]:.2f} | {r[11]:.2f} | {'' if r[3] is None else f'{r[3]:.2f}'} | {r[4]:.1f} | "
                         f"{r[5]:.2f} | {r[6]:,} | {r[7]:,} | {r[8]:,} | {r[9]:,} | {r[10]:.0f} |\n")
    return 0


def archive_main(args) -> int:
    """Time ``Archive.link()`` (``gaiko link``) on SQLite archives of the given sizes (records stored first)."""
    import hashlib

    from gaiko.archive import Archive
    from gaiko.pipeline import Extraction
    from gaiko.store.store import prepare

    compute(generate(300, args.seed + 1))
    rows = []
    base = None
    for n in [int(x) for x in args.sizes.split(",")]:
        docs = generate(n, args.seed)
        with tempfile.TemporaryDirectory() as tmp, Archive.open(str(Path(tmp) / "b.db")) as a:
            t0 = time.perf_counter()
            batch = []
            for dv in docs:
                text = f"{dv.record.title} {dv.doc_id}"
                x = Extraction(id=dv.doc_id, path=f"{dv.doc_id}.txt", text=text, record=dv.record,
                               sha256=hashlib.sha256(text.encode()).hexdigest(), encoding="utf-8")
                batch.append(prepare(x, a.db.dialect))
                if len(batch) == 2000:
                    a.store.add_many(batch)
                    batch = []
            a.store.add_many(batch)
            t_store = time.perf_counter() - t0
            del docs
            gc.collect()
            t1, c1 = time.perf_counter(), time.process_time()
            counts = a.link()
            t_link, cpu = time.perf_counter() - t1, time.process_time() - c1
        ratio = cpu / (n * math.log2(n))
        base = base or ratio
        rows.append((n, t_store, t_link, cpu, ratio / base, counts))
        print(f"n={n:>7} store={t_store:7.1f}s  gaiko link: wall={t_link:7.2f}s cpu={cpu:7.2f}s "
              f"CPU/(n log n) vs smallest={ratio / base:.2f}  {counts}", flush=True)
    if args.out:
        with open(args.out, "a", encoding="utf-8") as fh:
            fh.write("| documents | storing records s (setup) | `gaiko link` wall s | `gaiko link` CPU s | "
                     "CPU/(n log n), 1 = smallest | people | plans |\n|---|---|---|---|---|---|---|\n")
            for n, ts, tl, cpu, r, c in rows:
                fh.write(f"| {n:,} | {ts:.1f} | {tl:.2f} | {cpu:.2f} | {r:.2f} | {c['people']:,} | {c['followups']:,} |\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
