"""Perturbations of the real pages: the same pages written another way, scored against their gold (changed alike).

    python bench/perturb.py            # print the table (bench/accuracy.py writes it into ACCURACY.md)

Real pages the extractor has never seen come from the same site in the same conversion, but they vary in ways the
seen ones may not: the comma of older pages (,) against the new site's 、, full-width digits and brackets, blank
lines between lines, indentation, and above all other people's names. Each perturbation below rewrites every page
of ../shared/real (and, for the names, its gold record the same way), extracts it and scores it with
../shared/score.py: a rule that leans on one way of writing, or on a name it has met, shows as a drop against the
pages as given. Era years are rewritten as western ones and back, in the gold's quoted text too. Renaming maps each principal's and attendee's name (a foreign katakana name, a Japanese kanji
surname) to an invented one the page does not hold, in the text and in the gold alike, so the expected facts are
the same facts.
"""
from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import accuracy  # noqa: E402  (bench/accuracy.py: score.py as a subprocess)

_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_KATA_NAMES = ["ハルトマン", "ベルナルド", "コヴァチ", "リンドクヴィスト", "オルテガ", "マクリーン", "ドラギッチ", "サンタナ", "フォンセカ",
               "ヴァレンタ", "ノルドベリ", "カスパロフ", "テイラー", "モレノ", "ウェストン", "ブランコ", "ハーグリーヴス", "ペトレスク",
               "アルメイダ", "クラウゼ", "ソレンセン", "ヴィダル", "ランベール", "ミハイロヴィチ", "グラント", "エスコバル", "ホルヴァート"]
_JP_NAMES = ["杉浦", "松岡", "大塚", "新井", "永井", "野口", "菅原", "桜井", "横山", "千田", "石黒", "今泉", "久保田", "小野寺", "長谷部"]
_KATA = re.compile(r"[ァ-ヴー]{3,}")
_KANJI = re.compile(r"[一-龥]{2,3}")

# (name, what it does, the text's rewrite); the names' rewrite is apart (it changes the gold too)
TEXT_PERTURBATIONS: list[tuple[str, str, Callable[[str], str]]] = [
    ("as given", "the pages as they are", lambda t: t),
    ("、 for ,", "every , written 、 (the new site's comma on old pages)", lambda t: t.replace(",", "、")),
    (", for 、", "every 、 written , (the old site's comma on new pages)", lambda t: t.replace("、", ",")),
    ("full-width digits", "digits before 年 月 日 時 分 written full-width (２０１９年５月)",
     lambda t: re.sub(r"[0-9]+(?=[年月日時分])", lambda m: m.group(0).translate(_FULL), t)),
    ("full-width brackets", "every ( ) written （ ）", lambda t: t.replace("(", "（").replace(")", "）")),
    ("no indentation", "the spaces opening a line removed", lambda t: re.sub(r"^[ \t\u3000]+", "", t, flags=re.M)),
    ("blank lines", "a blank line after every line", lambda t: t.replace("\n", "\n\n")),
]


_ERA_START = {"昭和": 1925, "平成": 1988, "令和": 2018}


def _era_to_western(t: str) -> str:
    """平成12年 -> 2000年, 令和元年 -> 2019年."""
    return re.sub(r"(昭和|平成|令和)(元|[0-9]+)年",
                  lambda m: f"{_ERA_START[m.group(1)] + (1 if m.group(2) == '元' else int(m.group(2)))}年", t)


def _western_to_era(t: str) -> str:
    """2000年 -> 平成12年, 2019年 -> 令和元年 (a year in brackets beside an era, 平成12年(2000年), left)."""
    def era(m: re.Match) -> str:
        y = int(m.group(1))
        for name, start in (("令和", 2018), ("平成", 1988), ("昭和", 1925)):
            if y > start:
                return f"{name}{'元' if y == start + 1 else y - start}年"
        return m.group(0)
    return re.sub(r"(?<![0-9(（])((?:19|20)[0-9]{2})年", era, t)


# rewrites of text and gold alike (the gold's quoted text and title hold the same words)
BOTH_PERTURBATIONS: list[tuple[str, str, Callable[[str], str]]] = [
    ("era years western", "平成12年 written 2000年, 令和元年 2019年", _era_to_western),
    ("western years in eras", "2000年 written 平成12年 (years in brackets beside an era left)", _western_to_era),
]


def _names(gold: dict, text: str, rng: random.Random) -> dict[str, str]:
    """An invented name for each person of the gold record whose name can be rewritten alone."""
    out: dict[str, str] = {}
    for ev in gold.get("events") or []:
        for p in (ev.get("principals") or []) + (ev.get("attendees") or []):
            n = p.get("name") or ""
            if n in out:
                continue
            if _KATA.fullmatch(n) and p.get("country") != "JP":
                pool = [x for x in _KATA_NAMES if x not in text and x not in out.values()]
            elif _KANJI.fullmatch(n) and p.get("country") == "JP":
                pool = [x for x in _JP_NAMES if x not in text and x not in out.values() and len(x) == len(n)]
            else:
                continue
            if pool:
                out[n] = rng.choice(pool)
    return out


def _rewrite(obj, fn: Callable[[str], str]):
    """Every string of a gold record rewritten by fn."""
    if isinstance(obj, dict):
        return {k: _rewrite(v, fn) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_rewrite(v, fn) for v in obj]
    return fn(obj) if isinstance(obj, str) else obj


def _renamer(names: dict[str, str]) -> Callable[[str], str]:
    def rename(s: str) -> str:
        for a, b in sorted(names.items(), key=lambda t: -len(t[0])):
            s = s.replace(a, b)
        return s
    return rename


def _score_rewritten(gold_dir: Path, ids: list[str], texts: dict[str, str], fns: dict[str, Callable[[str], str]]) -> dict:
    """Score the pages each rewritten by its fn against their gold rewritten alike."""
    with tempfile.TemporaryDirectory() as tmp:
        for k in ids:
            gold = json.loads((gold_dir / f"{k}.json").read_text(encoding="utf-8"))
            (Path(tmp) / f"{k}.json").write_text(json.dumps(_rewrite(gold, fns[k]), ensure_ascii=False), encoding="utf-8")
        return accuracy.score(Path(tmp), ids, _extract({k: fns[k](texts[k]) for k in ids}))


def _extract(texts: dict[str, str]) -> list[dict]:
    from gaiko.pipeline import extract_text

    preds = []
    for stem, text in texts.items():
        try:
            line = extract_text(text, name=stem + ".txt").to_line()
        except Exception:  # a crash is a measured failure here
            line = {"record": {}}
        line["id"] = stem
        preds.append(line)
    return preds


def run() -> list[tuple[str, str, dict]]:
    """(name, what it does, scores) for each perturbation."""
    docs, gold_dir = accuracy.corpus("real")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in docs}
    ids = sorted(texts)
    out = []
    for name, what, rewrite in TEXT_PERTURBATIONS:
        preds = _extract({k: rewrite(t) for k, t in texts.items()})
        out.append((name, what, accuracy.score(gold_dir, ids, preds)))
    for name, what, rewrite in BOTH_PERTURBATIONS:
        out.append((name, what + ", in text and gold", _score_rewritten(gold_dir, ids, texts, dict.fromkeys(ids, rewrite))))
    for seed in (1, 2):
        rng = random.Random(seed)
        fns = {k: _renamer(_names(json.loads((gold_dir / f"{k}.json").read_text(encoding="utf-8")), texts[k], rng))
               for k in ids}
        out.append((f"people renamed ({seed})", f"each person's name an invented one, in text and gold (seed {seed})",
                    _score_rewritten(gold_dir, ids, texts, fns)))
    return out


MEASURES = ("principals_with_role_country", "attendees", "events", "date", "city", "title", "outcomes", "planned")


def table(results: list[tuple[str, str, dict]]) -> list[str]:
    base = results[0][2]["score"]
    head = "| perturbation | what | headline | against as given | " + " | ".join(MEASURES) + " |"
    rows = [head, "|---|---|---:|---:|" + "---:|" * len(MEASURES)]
    for name, what, s in results:
        rows.append(f"| {name} | {what} | {s['score']:.3f} | {s['score'] - base:+.3f} | "
                    + " | ".join(f"{s.get(m, float('nan')):.3f}" for m in MEASURES) + " |")
    return rows


if __name__ == "__main__":
    print("\n".join(table(run())))
