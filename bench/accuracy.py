"""Score the extractor on every corpus and write ACCURACY.md.

    python bench/accuracy.py                 # seeds, devset, real (all and per fold) -> ACCURACY.md
    python bench/accuracy.py --fold 3        # one fold of ../shared/real, printed (first-sight scoring)
    python bench/accuracy.py --first-sight 3 # the same, and the figures appended to bench/results/first_sight.jsonl

Scores come from ../shared/score.py itself (run as a subprocess on a gold folder holding just the documents
scored), so every figure here is the one the scorer prints. First-sight figures are history: they are
recorded once, before the fold's pages are read, in bench/results/first_sight.jsonl, and ACCURACY.md lists
them beside today's figures.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "score.py"
FIRST_SIGHT = ROOT / "bench" / "results" / "first_sight.jsonl"
# the whole report as the code stood when the real set arrived (commit 55124e0), before any fold was read
BASELINE = ROOT / "bench" / "results" / "accuracy-baseline-55124e0.md"
HEADLINE = ["doc_type", "doc_date", "date", "kind", "channel", "start_local", "duration_min", "city",
            "principals_with_role_country", "attendees", "outcomes", "planned", "chronology_events"]


def folds() -> dict[str, int]:
    with (SHARED / "real" / "INDEX.tsv").open(encoding="utf-8") as f:
        return {row["id"]: int(row["fold"]) for row in csv.DictReader(f, delimiter="\t")}



def score(gold_dir: Path, ids: list[str], preds: list[dict]) -> dict:
    """Run score.py on the gold files of `ids` against `preds`; return {measure: value, "score": x}."""
    with tempfile.TemporaryDirectory() as tmp:
        g = Path(tmp) / "gold"
        g.mkdir()
        for i in ids:
            os.symlink(gold_dir / f"{i}.json", g / f"{i}.json")
        pj = Path(tmp) / "pred.jsonl"
        pj.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds if p["id"] in set(ids)),
                      encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(g), str(pj), "--json"],
                             capture_output=True, text=True, check=True).stdout
    lines = res.splitlines()
    measures = json.loads(next(ln for ln in lines if ln.startswith("{")))
    head = float(next(ln for ln in lines if ln.startswith("score:")).split()[1])
    out: dict = {"score": head, "n_docs": len(ids)}
    for k, v in measures.items():
        out[k] = round(v["acc"] if "acc" in v else v["f1"], 3)
    return out


def scheduled_counts(gold_dir: Path, preds: list[dict]) -> tuple[int, int, int]:
    """(found, marked, in gold) of the talks marked ``scheduled`` (announced, not reported held): a field the gold
    records carry (../shared/real/README.md) and score.py does not score. A marked talk is found when the gold record
    of its page marks a talk of the same date (each gold talk found once)."""
    found = marked = wanted = 0
    for p in preds:
        path = gold_dir / f"{p['id']}.json"
        if not path.exists():
            continue
        g = json.loads(path.read_text(encoding="utf-8"))
        g = g.get("gold", g)
        want = Counter(e.get("date") for e in g.get("events", []) if e.get("scheduled"))
        got = Counter(e.get("date") for e in (p.get("record") or {}).get("events", []) if e.get("scheduled"))
        found += sum((want & got).values())
        marked += sum(got.values())
        wanted += sum(want.values())
    return found, marked, wanted


def corpus(name: str) -> tuple[list[Path], Path]:
    if name == "seeds":
        return sorted((SHARED / "seeds").glob("*.txt")), SHARED / "gold"
    if name == "devset":
        d = SHARED / "devset"
        docs = sorted(p for p in (d / "docs").iterdir() if p.is_file()) if (d / "docs").is_dir() else []
        return docs, d / "gold"
    return sorted((SHARED / "real" / "docs").glob("*.txt")), SHARED / "real" / "gold"


def run_corpus(name: str, only: set[str] | None = None) -> tuple[list[dict], Path, list[str]]:
    from gaiko.pipeline import extract_path

    docs, gold = corpus(name)
    if only is not None:
        docs = [p for p in docs if p.stem in only]
    preds, crashes = [], []
    for p in docs:
        try:
            preds.append(extract_path(p).to_line())
        except Exception as e:  # a crash is a measured failure here, not an abort
            crashes.append(f"{p.name}: {type(e).__name__}")
            preds.append({"id": p.stem, "record": {}})
    return preds, gold, crashes


def score_fold(k: int) -> dict:
    f = folds()
    ids = sorted(i for i, fold in f.items() if fold == k)
    preds, gold, crashes = run_corpus("real", set(ids))
    res = score(gold, ids, preds)
    res["crashes"] = len(crashes)
    return res


def fmt_table(rows: dict[str, dict]) -> str:
    measures = sorted({m for r in rows.values() for m in r if m not in ("score", "n_docs", "crashes")},
                      key=lambda m: (m not in HEADLINE, m))
    cols = list(rows)
    out = ["| measure | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
    out.append("| **headline** | " + " | ".join(f"**{rows[c]['score']:.3f}**" for c in cols) + " |")
    for m in measures:
        name = m + (" ★" if m in HEADLINE else "")
        out.append(f"| {name} | " + " | ".join(
            f"{rows[c][m]:.3f}" if m in rows[c] else "–" for c in cols) + " |")
    out.append("| documents | " + " | ".join(str(rows[c]["n_docs"]) for c in cols) + " |")
    out.append("| crashes | " + " | ".join(str(rows[c].get("crashes", 0)) for c in cols) + " |")
    return "\n".join(out)


def _baseline_folds() -> dict[int, float]:
    """Per fold, the headline of the session-start report (its table's 'real fold K' columns)."""
    if not BASELINE.exists():
        return {}
    rows = [ln for ln in BASELINE.read_text(encoding="utf-8").splitlines() if ln.startswith("|")]
    head = next((r for r in rows if r.startswith("| measure")), None)
    line = next((r for r in rows if r.startswith("| **headline**")), None)
    if not head or not line:
        return {}
    cols = [c.strip() for c in head.strip("|").split("|")]
    vals = [c.strip().strip("*") for c in line.strip("|").split("|")]
    return {int(c.split()[-1]): float(v) for c, v in zip(cols, vals) if c.startswith("real fold")}


def probe_rows() -> list[str]:
    """Markdown rows of the invented probes' first sights beside today's tallies: one row a set, then the total.

    Each tests/test_generalisation*.py module that has ``probe_sets()`` gives {set: (first sight, today)}, both
    {family: [found, expected, false positives]}; a set's row sums the families its first sight scored."""
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    rows, total = [], [0, 0, 0, 0, 0, 0]
    for path in sorted((ROOT / "tests").glob("test_generalisation*.py")):
        module = importlib.import_module(f"tests.{path.stem}")
        if not hasattr(module, "probe_sets"):
            continue
        for name, (first, now) in module.probe_sets().items():
            fams = sorted(first)
            f = [sum(first[x][i] for x in fams) for i in range(3)]
            t = [sum(now[x][i] for x in fams) for i in range(3)]
            total = [a + b for a, b in zip(total, [*f, *t])]
            rows.append(f"| {path.stem} | {name} | {', '.join(fams)} | {f[0]} / {f[1]} ({f[0] / f[1]:.3f}), {f[2]} | "
                        f"{t[0]} / {t[1]} ({t[0] / t[1]:.3f}), {t[2]} |")
    if rows:
        rows.append(f"| **all** | | | **{total[0]} / {total[1]} ({total[0] / total[1]:.3f}), {total[2]}** | "
                    f"{total[3]} / {total[4]} ({total[3] / total[4]:.3f}), {total[5]} |")
    return rows


def write_report(path: Path) -> None:
    rows: dict[str, dict] = {}
    for name in ("seeds", "devset", "real"):
        preds, gold, crashes = run_corpus(name)
        rows[name] = score(gold, [p["id"] for p in preds], preds) | {"crashes": len(crashes)}
    f = folds()
    preds, gold, _ = run_corpus("real")
    for k in sorted(set(f.values())):
        ids = sorted(i for i, fold in f.items() if fold == k)
        rows[f"real fold {k}"] = score(gold, ids, preds)
    first = [json.loads(ln) for ln in FIRST_SIGHT.read_text(encoding="utf-8").splitlines()] \
        if FIRST_SIGHT.exists() else []
    lines = [
        "# Accuracy",
        "",
        "Written by `.venv/bin/python bench/accuracy.py` (scores from `../shared/score.py`; ★ = headline measure,",
        "the headline is their mean). Do not edit by hand.",
        "",
        "## First-sight scores on `../shared/real`",
        "",
        "Each fold was scored with the code as it stood *before* its pages were read",
        "(`bench/accuracy.py --first-sight K`, logged in `bench/results/first_sight.jsonl`); the work on that",
        "fold came after. These figures estimate the score on real pages the extractor has never seen.",
        "",
        "`code at start` is the fold's headline with the code as it stood when the real set arrived (commit",
        "55124e0, `bench/results/accuracy-baseline-55124e0.md`): the gain from it to the first-sight figure is",
        "what the work on the earlier folds carried over to pages it had not seen.",
        "",
        "| fold | when | commit | code at start | first-sight headline | planned | city | principals ★ | events | date |"
        " kind | title |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    base = _baseline_folds()
    for r in first:
        s = r["scores"]
        lines.append(f"| {r['fold']} | {r['when']} | {r['commit']} | {base.get(r['fold'], float('nan')):.3f} | "
                     f"**{s['score']:.3f}** | "
                     + " | ".join(f"{s.get(m, float('nan')):.3f}" for m in
                                  ("planned", "city", "principals_with_role_country", "events", "date", "kind",
                                   "title")) + " |")
    lines += [
        "",
        "## First-sight scores on invented probes",
        "",
        "Pages and sentences written in the ministry's style for each probe (`tests/test_generalisation*.py`), each",
        "scored with the code as it stood before any rule was written for them; then the rules they called for were",
        "written and each probe's test asserts today's figures as floors. Facts found / expected (share), false",
        "positives, summed over the families the first sight scored: a second estimate of unseen pages, fact by",
        "fact rather than by score.py's headline.",
        "",
        "| probe | set | families | first sight | today |",
        "|---|---|---|---:|---:|",
        *probe_rows(),
    ]
    import perturb  # (bench/perturb.py, beside this file; it imports this module for score())

    lines += [
        "",
        "## Perturbations of the real pages",
        "",
        "Every real page written another way (`bench/perturb.py`; for the names the gold record is rewritten alike,",
        "so the expected facts are the same facts), extracted and scored: a drop against the pages as given is a rule",
        "that leans on one way of writing or on a name it has met. A third estimate of unseen pages, of their",
        "variation rather than their forms.",
        "",
        *perturb.table(perturb.run()),
    ]
    found, marked, wanted = scheduled_counts(gold, preds)
    lines += [
        "",
        "## A field score.py does not score",
        "",
        "Talks a page only announces (…会談を行う予定です, a 要人来日日程 entry) are `scheduled: true` in the real set's gold",
        "and in gaiko's records. On the real pages: "
        f"**{found} found of {wanted}** in the gold, {marked} marked (a marked talk found when the gold of its page",
        "marks one of the same date).",
    ]
    lines += ["", "## Today's scores", "", f"Measured {dt.date.today().isoformat()}.", "", fmt_table(rows), ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fold", type=int, help="score one fold of ../shared/real and print it")
    ap.add_argument("--first-sight", type=int, metavar="K", help="score fold K and log it as its first sight")
    ap.add_argument("--out", type=Path, default=ROOT / "ACCURACY.md")
    a = ap.parse_args(argv)
    k = a.first_sight or a.fold
    if k:
        res = score_fold(k)
        print(json.dumps(res, ensure_ascii=False, indent=1))
        if a.first_sight:
            logged = [json.loads(ln) for ln in FIRST_SIGHT.read_text(encoding="utf-8").splitlines()] \
                if FIRST_SIGHT.exists() else []
            if any(r["fold"] == k for r in logged):
                print(f"fold {k} has a first-sight score already; not logged again", file=sys.stderr)
                return 1
            commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                    text=True).stdout.strip()
            FIRST_SIGHT.parent.mkdir(parents=True, exist_ok=True)
            with FIRST_SIGHT.open("a", encoding="utf-8") as out:
                out.write(json.dumps({"fold": k, "when": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
                                      "commit": commit, "scores": res}, ensure_ascii=False) + "\n")
        return 0
    write_report(a.out)
    print(a.out.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
