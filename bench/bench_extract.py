"""Extraction speed on one core, against SudachiPy's own tokenising speed on the same corpus.

Usage::

    python bench/bench_extract.py [--mb 6] [--seed 1] [--corpus FILE.jsonl] [--profile 30] [--write]

Builds a corpus of at least ``--mb`` MB (UTF-8) of varied documents with bench/corpus.py (or reads
``--corpus``, JSON lines {"id","text"}), pins the process to one CPU, then measures:

1. ``extract``: ``gaiko.pipeline.extract_text`` over every document, single process;
2. ``sudachi``: SudachiPy alone on the same texts, same dictionary and split mode as gaiko/text.py,
   texts cut under its input limit with gaiko.text.chunks (the tokenizer call only);
3. ``sudachi+read``: the same, also reading each morpheme's surface, part of speech, normalised form
   and offsets (what an extractor needs from a token at the least).

Prints characters/second for each and the ratio extract/sudachi (target: extract >= 300,000 chars/s
and at most 3x the tokeniser alone). ``--write`` writes the result with its command to
bench/results/extract.md. ``--profile N`` runs extract once more under cProfile and prints the top N
functions by own time and by cumulative time. Not a test: timings belong in BENCHMARKS.md, never in
assertions.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import inspect
import io
import json
import os
import platform
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402

BATCH = 25  # documents per alternation of the measures


def build_corpus(mb: float, seed: int) -> list[tuple[str, str]]:
    docs, size, want = [], 0, mb * 1e6
    for ident, _dt, text in generate(10**9, seed):
        docs.append((ident, text))
        size += len(text.encode("utf-8"))
        if size >= want:
            return docs
    return docs


def real_corpus(mb: float) -> list[tuple[str, str]]:
    """The real development set's texts (../shared/real/docs), repeated until the corpus holds ``mb`` MB.

    Repeats are real work for the extractor (nothing is cached per document; only per-name token lookups
    are, and those are cleared before each measured batch by ``clear_caches``)."""
    src = sorted((HERE.parent.parent / "shared" / "real" / "docs").glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in src]
    docs, size, k = [], 0, 0
    while texts and size < mb * 1e6:
        for ident, text in texts:
            docs.append((f"{ident}#{k}", text))
            size += len(text.encode("utf-8"))
        k += 1
    return docs


def _gaiko_caches() -> list:
    """gaiko's lru_cache wrappers (of Python functions, or of functions compiled by mypyc)."""
    return [obj for obj in gc.get_objects()
            if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("gaiko")]


_CLEARABLE: tuple[frozenset[str], list] = (frozenset(), [])  # (the gaiko modules imported, their caches to clear)


def clearable_caches() -> list:
    """The caches clear_caches clears: gaiko's lru_cache wrappers of functions with parameters, found again only when
    another gaiko module has been imported since (every wrapper is made at a module's import). Finding them means a
    walk of every object and a signature each: 27 M instructions a call, 220 M of one pass over the real pages when
    made before each batch (``bench_instructions.py`` counts the whole process, SudachiPy's pass 191 M of it too)."""
    global _CLEARABLE
    mods = frozenset(n for n in sys.modules if n.startswith("gaiko"))
    if mods != _CLEARABLE[0]:
        # (inspect.signature, not __code__: a function compiled by mypyc has none)
        _CLEARABLE = (mods, [obj for obj in _gaiko_caches() if inspect.signature(obj.__wrapped__).parameters])
    return _CLEARABLE[1]


def clear_caches() -> None:
    """Forget what extract cached per string (tokens of names, parsed phrases); keep what it loads once per
    process (the tokenizer and its dictionary, tables read from data files), as a long-running process would."""
    for obj in clearable_caches():
        obj.cache_clear()


def build_kind() -> str:
    """Which gaiko runs: the sources, or a build with modules compiled by mypyc (scripts/build_fast.sh)."""
    import gaiko.pipeline  # noqa: F401  (imports the extractor's modules)

    compiled = sorted(n for n, m in sys.modules.items()
                      if n.startswith("gaiko") and (getattr(m, "__file__", None) or "").endswith((".so", ".pyd")))
    where = Path(sys.modules["gaiko"].__file__ or "").parent
    return f"gaiko from {where}: " + (f"{len(compiled)} modules compiled by mypyc" if compiled else "pure Python")


def read_corpus(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [(o["id"], o["text"]) for o in map(json.loads, f)]


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def timed(fn, docs) -> tuple[float, float]:
    """(CPU seconds of this process, wall seconds). CPU time is what is reported: the machine is
    shared, and other processes' load stretches wall time but not the CPU time this work needs."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn(docs)
    return time.process_time() - c0, time.perf_counter() - t0


def run_extract(docs) -> None:
    from gaiko.pipeline import extract_text

    for ident, text in docs:
        extract_text(text, ident)


def _sudachi():
    from gaiko.text import _tokenizer, chunks

    return _tokenizer(), chunks


def run_sudachi(docs) -> None:
    tok, chunks = _sudachi()
    for _ident, text in docs:
        for _base, piece in chunks(text):
            tok.tokenize(piece)


def run_sudachi_read(docs) -> None:
    tok, chunks = _sudachi()
    for _ident, text in docs:
        for _base, piece in chunks(text):
            for m in tok.tokenize(piece):
                m.surface(), m.part_of_speech(), m.normalized_form(), m.begin(), m.end()


def tokenised_share(docs) -> float:
    """Share of the characters that a cold extract passes to SudachiPy (untimed, counting run)."""
    import gaiko.text as gt

    real = gt._tokenizer()
    seen = [0]

    class Counting:
        def tokenize(self, text, *args, **kw):
            seen[0] += len(text)
            return real.tokenize(text, *args, **kw)

    for obj in _gaiko_caches():  # start cold: extract caches tokens per name
        obj.cache_clear()
    saved = gt._tokenizer
    gt._tokenizer = lambda: Counting()
    try:
        run_extract(docs)
    finally:
        gt._tokenizer = saved
    return seen[0] / max(1, sum(len(t) for _, t in docs))


def profile(docs, top: int) -> str:
    pr = cProfile.Profile()
    pr.enable()
    run_extract(docs)
    pr.disable()
    out = io.StringIO()
    st = pstats.Stats(pr, stream=out)
    st.strip_dirs().sort_stats("tottime").print_stats(top)
    st.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=6.0, help="corpus size in MB of UTF-8 text (default 6)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, help="read {id,text} JSON lines instead of generating")
    ap.add_argument("--real", action="store_true",
                    help="the real pages of ../shared/real repeated to --mb MB (targets: >= 500,000 chars/s, <= 1.5x)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per measure; the best is reported (later runs of extract profit from its caches)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions of a cProfile run")
    ap.add_argument("--write", action="store_true",
                    help="write bench/results/extract[-real][-compiled].md (-compiled: run by the mypyc build's python)")
    a = ap.parse_args(argv)

    pinned = pin_one_core()
    docs = real_corpus(a.mb) if a.real else read_corpus(a.corpus) if a.corpus else build_corpus(a.mb, a.seed)
    floor, ceiling = (500_000, 1.5) if a.real else (300_000, 3)
    chars = sum(len(t) for _, t in docs)
    size = sum(len(t.encode("utf-8")) for _, t in docs)
    print(f"corpus: {len(docs)} documents, {chars:,} characters, {size / 1e6:.2f} MB; {pinned}", flush=True)
    print(build_kind(), flush=True)

    run_extract(docs[:20])  # warm up: dictionary load, imports, regex compilation
    # The three measures alternate over batches of documents, so that other load on the machine
    # (it is shared) falls on all of them alike and the ratio stays meaningful.
    measures = [("sudachi", run_sudachi), ("sudachi+read", run_sudachi_read), ("extract", run_extract)]
    runs = []
    for _ in range(a.repeat):
        total = {n: [0.0, 0.0] for n, _ in measures}
        for i in range(0, len(docs), BATCH):
            batch = docs[i:i + BATCH]
            for name, fn in measures:
                if a.real:
                    clear_caches()  # repeats of a page must not find its names tokenised already
                cpu, wall = timed(fn, batch)
                total[name][0] += cpu
                total[name][1] += wall
        runs.append(total)
    best = {name: min(runs, key=lambda r: r[name][0])[name] for name, _ in measures}
    results = {name: cpu for name, (cpu, _wall) in best.items()}
    walls = {name: wall for name, (_cpu, wall) in best.items()}
    for name, secs in results.items():
        print(f"{name:13s} {secs:8.2f} CPU s  {chars / secs:12,.0f} chars/CPU-s   (wall {walls[name]:.2f} s, "
              f"{chars / walls[name]:,.0f} chars/s)", flush=True)
    ratio = results["extract"] / results["sudachi"]
    ratio_read = results["extract"] / results["sudachi+read"]
    speed = chars / results["extract"]
    verdict_speed = "meets" if speed >= floor else "misses"
    verdict_ratio = "meets" if ratio <= ceiling else "misses"
    print(f"extract/sudachi = {ratio:.2f}x (extract/sudachi+read = {ratio_read:.2f}x)")
    print(f"target >= {floor:,} chars/s: {verdict_speed}; target <= {ceiling}x tokeniser: {verdict_ratio}")
    share = tokenised_share(docs[: max(50, len(docs) // 10)])
    print(f"a cold extract passes {share:.2%} of the text through SudachiPy (the rest is read by rules)")

    prof = profile(docs[: max(50, len(docs) // 10)], a.profile) if a.profile else ""
    if prof:
        print(prof)

    if a.write:
        import sudachipy

        from gaiko.pipeline import EXTRACTOR_VERSION

        cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
        cmd = "python bench/bench_extract.py " + " ".join(sys.argv[1:] if argv is None else argv)
        corpus_line = (
            f"- Corpus: the {len({d.split('#')[0] for d, _ in docs})} real pages of ../shared/real/docs repeated to "
            f"{len(docs)} documents (token caches cleared before every batch), {chars:,} characters, "
            if a.real else
            f"- Corpus: {len(docs)} synthetic documents from bench/corpus.py (seed {a.seed}), {chars:,} characters, ")
        md = [
            "# Extraction speed" + (" on real pages" if a.real else ""),
            "",
            f"Command: `{cmd.strip()}` (from the repository root, venv Python)",
            "",
            corpus_line + f"{size / 1e6:.2f} MB UTF-8" + (f", read from {a.corpus}" if a.corpus else ""),
            f"- Machine: {cpu}; Python {platform.python_version()}; SudachiPy {sudachipy.__version__}; "
            f"gaiko extractor {EXTRACTOR_VERSION}; one process, {pinned}; {build_kind()}",
            f"- Measures alternate over batches of {BATCH} documents; best of {a.repeat} run(s) per measure; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
            f"load average {os.getloadavg()[0]:.1f} at the end (other work on the machine slows every measure alike)",
            "",
            "| measure | CPU seconds | characters per CPU second | wall seconds | characters per wall second |",
            "|---|---:|---:|---:|---:|",
            *(f"| {k} | {v:.2f} | {chars / v:,.0f} | {walls[k]:.2f} | {chars / walls[k]:,.0f} |" for k, v in results.items()),
            "",
            f"- extract / SudachiPy tokenize alone: **{ratio:.2f}x** (target ≤ {ceiling}x: {verdict_ratio})",
            f"- extract / SudachiPy tokenize + reading each morpheme: {ratio_read:.2f}x",
            f"- extract speed: **{speed:,.0f} characters per CPU second** on one core (target ≥ {floor:,}: {verdict_speed})",
            "- CPU time (time.process_time, process pinned to one core) is the measure: the machine is shared and",
            "  wall time stretches with other processes' load; the wall columns show how much it did during this run.",
            f"- a cold extract passes {share:.2%} of the characters through SudachiPy itself (names, plan phrases; cached per string);",
            "  the tokeniser baseline tokenises every character, so the ratio compares against a full tokenising pass.",
            "",
            "`sudachi` is the tokenizer call alone (same dictionary and split mode as gaiko/text.py, texts cut",
            "with gaiko.text.chunks under the ~49 KB input limit); `sudachi+read` also reads surface, part of",
            "speech, normalised form and offsets of every morpheme.",
            "",
        ]
        if prof:
            md += ["## Profile (cProfile, top functions)", "", "```", prof.strip(), "```", ""]
        compiled = "compiled by mypyc" in build_kind()
        out = HERE / "results" / (("extract-real" if a.real else "extract") + ("-compiled" if compiled else "") + ".md")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(md), encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
