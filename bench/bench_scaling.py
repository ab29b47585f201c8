"""Extraction time per 100 KB from 10 KB to 4 MB, per shape of page (issue 14: extraction linear in its input).

    python bench/bench_scaling.py [--shape talks|chronology|...|all] [--sizes 10,100,1000,4000] [--repeat 2] [--write]

Builds one invented page per shape and size (KB of UTF-8) from sentence templates in the ministry's style, with
names varied per item. The default shape, ``talks``, is a meeting page whose every sentence reports a talk with one
counterpart (会談を行い / 電話会談を行った, with people, a time and an outcome) — the densest input for the talk
stage. The other shapes are each a large page of one other kind: a chronology of year headings and dated entries,
a press-conference transcript, a schedule of visitors, a visit programme, a page of plans and outcomes, of people
without talks, of headings and bullets, one huge line without 。, and talks with many counterparts and kinds (see
``SHAPES``). Each page is extracted ``--repeat`` times on one pinned CPU; the best CPU time is reported with the
time per 100 KB, which is flat when extraction is linear. ``--write`` writes one table per shape with the command
to bench/results/scaling.md. Not a test: timings belong in BENCHMARKS.md.
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

KATA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ"
KANJI = "山川田中村林森松竹石岡野原木井上下本北西"
COUNTRY = ("ベトナム", "ラトビア", "チリ", "ペルー", "タイ", "インド", "ブラジル", "ケニア", "トルコ", "カナダ")


def _name(i: int) -> str:
    """A counterpart's name of its own for each item (the same name twice would be one talk's people)."""
    return KATA[i % 40] + KATA[(i // 40) % 40] + KATA[(i // 1600) % 40] + "ン"


def _jname(i: int) -> str:
    """A Japanese surname of its own for each item."""
    return KANJI[i % 20] + KANJI[(i // 20) % 20] + KANJI[(i // 400) % 20]


def _talks(i: int) -> str:
    """The meeting page of many talks with one counterpart (the shape commit 867757d made linear)."""
    if i % 12 == 0:
        return f"{i // 12 + 1} 二国間関係\n"
    m, d = 1 + i % 12, 1 + i % 28
    return (
        "{m}月{d}日午後{h}時から約{n}分間、鈴木総理大臣は{x}・ベトナム首相と首脳会談を行い、両首脳は、海洋協力を強化していくことで一致しました。",
        "{m}月{d}日、田中外務大臣は{x}・ベトナム外相と電話会談を行い、田中大臣から、邦人の安全確保への協力を要請しました。",
        "これに対し、{x}外相から、日本の立場への支持が表明され、両外相は次回の外相会談を年内に開催することで一致しました。",
    )[i % 3].format(m=m, d=d, h=1 + i % 5, n=30 + i % 40, x=_name(i - i % 3 + 1)) + "\n"


def _chronology(i: int) -> str:
    """近年の日・ラトビア関係の動き: year headings, dated entries, bullets under them."""
    if i % 20 == 1:
        return f"{1950 + i // 20}年\n"
    m, d, x = 1 + i % 12, 1 + i % 28, _name(i)
    return (
        f"{m}月{d}日 日・ラトビア外相会談(於:東京)\n",
        f"● 両外相は、{x}基金を通じた経済関係の強化で一致した。\n",
        f"{m}月{d}日~{d + 1}日 {x}・ラトビア首相の訪日。{_jname(i)}総理大臣と首脳会談\n",
        f"{m}月 国連総会の際の日・ラトビア首脳会談\n",
        f"・ {x}大統領より、協力の強化を提案した。\n",
        f"{m}月{d}日 {_jname(i)}外務副大臣のラトビア訪問({x}外務次官と会談)\n",
        f"(於:リガ、{x}会議の際)\n",
        f"{m}月{d}日 日・ラトビア首脳電話会談\n",
    )[i % 8]


def _press(i: int) -> str:
    """A press-conference transcript: many 【…大臣】 and (問)/(答) turns."""
    x, c = _name(i), COUNTRY[i % 10]
    return (
        f"【山田外務大臣】本日、{x}・{c}外相との間で電話会談を行いました。両国の協力を一層進めていくことで一致しました。\n",
        f"(問){x}首相との首脳会談について伺います。どのような話があったのでしょうか。\n",
        f"(答){x}首相とは、経済関係の強化について意見交換を行いました。来月、東京で外相会談を開催する予定です。\n",
        f"【記者】{c}との関係について、{x}大統領の訪日の予定はありますか。\n",
        f"【山田外務大臣】{x}大統領の訪日については、現時点で決まったことはありません。引き続き緊密に連携していきたいと考えています。\n",
        f"(問){i % 28 + 1}日に予定されている{x}外相との会談の見通しはいかがですか。\n",
    )[i % 6]


def _schedule(i: int) -> str:
    """A 要人来日日程 page: many visitors' announcements, each with the talks to hold."""
    x, c, j = _name(i), COUNTRY[i % 10], i // 4
    m, d = 1 + j % 12, 1 + j % 25
    return (
        f"{x}・{c}大統領の来日について\n\n令和3年{m}月{d}日\n\n1.{x}・{c}大統領は、{m}月{d + 2}日(月)から{d + 3}日(火)まで来日する。\n\n",
        f"2.同大統領は、滞在中、{_jname(i)}内閣総理大臣と首脳会談を行う予定である。また、山田外務大臣と会見する。\n\n",
        "3.同大統領は、前回の訪日でも首脳会談を行い、経済協力について意見交換した。\n\n",
        f"4.また、同大統領は、{_jname(i)}衆議院議長を表敬訪問する予定である。\n\n\n",
    )[i % 4]


def _visit(i: int) -> str:
    """A visit programme with many itinerary items (X着 / X発, 午前 … 会談)."""
    x, city = _name(i), ("京都", "大阪", "東京", "広島", "福岡")[i % 5]
    m, d = 1 + (i // 6) % 12, 1 + (i // 6) % 28
    return (
        f"{m}月{d}日(月曜日) 午前 {city}着\n",
        f"午後 {x}知事表敬、日・ラトビア首脳会談\n",
        f"{m}月{d}日(火曜日) 午前 {x}外相と外相会談 昼 {_jname(i)}総理主催昼食会\n",
        f"{x}経済団体会長との懇談\n",
        f"{m}月{d}日(水曜日) {city}発\n",
        f"(1)ペトロフ首相は、{m}月{d}日、{_jname(i)}外務大臣の表敬を受けた。\n",
    )[i % 6]


def _plans(i: int) -> str:
    """A meeting page with many plans (…で一致 / …予定 / …こととした) and outcomes."""
    x, m, d = _name(i), 1 + i % 12, 1 + i % 28
    return (
        f"両外相は、{x}計画の下で、来年{m}月に第{i}回政策協議を開催することで一致しました。\n",
        f"山田大臣から、{m}月{d}日に{x}経済ミッションを派遣する予定である旨述べました。\n",
        f"両外相は、{x}協定の交渉を早期に開始することとしました。\n",
        f"ペトロフ外相から、{x}首相が年内に訪日する予定である旨の説明がありました。\n",
        f"両外相は、{x}分野での協力を強化していくことを確認しました。\n",
        f"また、両外相は、次回の外相会談を{m}月に{x}で開催することで合意しました。\n",
    )[i % 6]


def _people(i: int) -> str:
    """Many people named without a talk: attendees, envoys, former officials."""
    x, j, c = _name(i), _jname(i), COUNTRY[i % 10]
    return (
        f"式典には、{x}・{c}大使、{j}衆議院議員、{_name(i + 7)}元首相らが出席しました。\n",
        f"{j}外務大臣政務官が挨拶を述べ、{x}駐日{c}大使が祝辞を述べました。\n",
        f"{x}({_jname(i + 3)})氏は、{c}の{_name(i + 11)}大学教授として長年交流に尽力した。\n",
    )[i % 3]


def _headings(i: int) -> str:
    """Many headings and bullets, few sentences."""
    x = _name(i)
    return (
        f"{i // 6 + 1} {x}分野の協力\n",
        f"(1) {x}経済関係\n",
        f"・{x}基金の拡充\n",
        f"●{x}との人的交流\n",
        f"【{x}協力の概要】\n",
        f"(ア) 山田大臣から、{x}協力を進めたい旨述べた。\n",
    )[i % 6]


def _oneline(i: int) -> str:
    """One huge line without 。 (a list run together, as a lost layout gives it)."""
    x, c = _name(i), COUNTRY[i % 10]
    return (f"{x}・{c}外相との会談、", f"{_jname(i)}大臣による{x}首相表敬、", f"{i % 12 + 1}月{i % 28 + 1}日 {x}着、",
            f"{x}協力の強化で一致し、")[i % 4]


def _mixed(i: int) -> str:
    """Many talks with different counterparts and kinds."""
    if i % 12 == 0:
        return f"{i // 12 + 1} 二国間会談\n"
    x, c, m, d = _name(i), COUNTRY[i % 10], 9, 1 + i % 28
    return (
        f"{m}月{d}日午前{1 + i % 5}時から約{30 + i % 40}分間、山田外務大臣は{x}・{c}外相と外相会談を行いました。\n",
        f"{m}月{d}日、{_jname(i)}総理大臣は{x}・{c}大統領と首脳会談を行い、両首脳は、{x}協力を強化していくことで一致しました。\n",
        f"{m}月{d}日、山田外務大臣は、{x}・{c}首相を表敬訪問しました。\n",
        f"{m}月{d}日、{_jname(i)}外務副大臣は{x}・{c}外務次官と電話会談を行い、意見交換を行いました。\n",
        f"{m}月{d}日、山田大臣は{x}・{c}国連大使と意見交換を行いました。\n",
    )[i % 5]


SHAPES = {  # shape: (the page's head, its i-th item)
    "talks": ("日・ベトナム首脳会談\n令和2年5月10日\n\n", _talks),
    "chronology": ("近年の日・ラトビア関係の動き\n令和2年5月10日\n\n", _chronology),
    "press": ("山田外務大臣会見記録\n(令和3年2月5日(金曜日)10時15分 於:本省会見室)\n冒頭発言\n", _press),
    "schedule": ("要人来日日程(令和3年)\n\n", _schedule),
    "visit": ("ペトロフ・ラトビア首相の訪日\n(概要)\n令和3年2月10日\n滞在日程\n", _visit),
    "plans": ("日・ラトビア外相会談\n令和3年2月10日\n\n2月10日、山田外務大臣はペトロフ・ラトビア外相と外相会談を行いました。\n", _plans),
    "people": ("日・ラトビア友好記念式典\n令和3年2月10日\n\n", _people),
    "headings": ("日・ラトビア外相会談\n令和3年2月10日\n\n", _headings),
    "oneline": ("日・ラトビア外相会談\n令和3年2月10日\n", _oneline),
    "mixed": ("山田外務大臣の国連総会出席\n令和3年9月25日\n\n", _mixed),
}


def page(kb: int, shape: str = "talks") -> str:
    """An invented page of ``shape`` of at least ``kb`` KB of UTF-8, one item (line or part of a line) at a time."""
    head, item = SHAPES[shape]
    out, size, i = [head], len(head.encode("utf-8")), 0
    while size < kb * 1000:
        line = item(i)
        out.append(line)
        size += len(line.encode("utf-8"))
        i += 1
    return "".join(out)


def cpu_of(text: str) -> tuple[float, tuple[int, int, int]]:
    """CPU seconds of one extraction, and the talks, outcomes and plans it found."""
    t = time.process_time()
    rec = extract_text(text).record
    cpu = time.process_time() - t
    return cpu, (len(rec.events), sum(len(e.outcomes) for e in rec.events), sum(len(e.planned) for e in rec.events))


def run_shape(shape: str, sizes: list[int], repeat: int, budget: float) -> list[tuple]:
    """(KB, talks, outcomes, plans, best CPU s, s per 100 KB) per size; a size whose run would take more than
    ``budget`` seconds were the time quadratic from the size before, and those after it, are left out (a quadratic
    shape would take hours at 4 MB)."""
    rows: list[tuple] = []
    for kb in sizes:
        if rows and rows[-1][4] * (kb / rows[-1][0]) ** 2 > budget:
            print(f"{shape:>10} {kb:8,} KB  left out: over the {budget:.0f} s budget if quadratic", flush=True)
            break
        text = page(kb, shape)
        runs = []
        for _ in range(repeat):
            runs.append(cpu_of(text))
            if runs[-1][0] > budget / repeat:
                break
        best, (events, outcomes, plans) = min(r[0] for r in runs), runs[0][1]
        size_kb = len(text.encode("utf-8")) / 1000
        rows.append((size_kb, events, outcomes, plans, best, best / size_kb * 100))
        print(f"{shape:>10} {size_kb:8,.0f} KB  {events:6,} talks {outcomes:6,} outcomes {plans:6,} plans"
              f"  {best:7.2f} CPU s  {best / size_kb * 100 * 1000:7.1f} ms per 100 KB", flush=True)
    return rows


def table_of(shape: str, rows: list[tuple], repeat: int, sizes: list[int], budget: float) -> list[str]:
    item = SHAPES[shape][1]
    out = [f"#### `{shape}`: {item.__doc__.splitlines()[0]}", "",
           f"| page | talks | outcomes | plans | CPU s (best of {repeat}) | ms per 100 KB |",
           "|---:|---:|---:|---:|---:|---:|"]
    out += [f"| {kb:,.0f} KB | {ev:,} | {oc:,} | {pl:,} | {cpu:.2f} | {per * 1000:.1f} |"
            for kb, ev, oc, pl, cpu, per in rows]
    if len(rows) < len(sizes):
        out += ["", f"Larger sizes left out: over the {budget:.0f} s budget were the time quadratic (it is not linear yet)."]
    return out + [""]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shape", default="talks", choices=[*SHAPES, "all"], help="the page's shape (default: talks)")
    ap.add_argument("--sizes", default="10,100,1000,4000", help="page sizes in KB, comma-separated")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--budget", type=float, default=120.0,
                    help="CPU seconds a size may take, were the time quadratic from the size before; larger ones are left out")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    shapes = list(SHAPES) if args.shape == "all" else [args.shape]
    sizes = [int(x) for x in args.sizes.split(",")]
    for shape in shapes:
        extract_text(page(5, shape))  # warm: tokenizer dictionary, compiled patterns
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    tables = []
    for shape in shapes:
        tables += table_of(shape, run_shape(shape, sizes, args.repeat, args.budget), args.repeat, sizes, args.budget)
    load = max(load, os.getloadavg()[0]) if hasattr(os, "getloadavg") else load
    text = "\n".join(["### Extraction time per 100 KB, 10 KB to 4 MB, per shape of page", "",
                      f"`python bench/bench_scaling.py --shape {args.shape} --sizes {args.sizes} --repeat {args.repeat} "
                      f"--budget {args.budget:g} --write` on {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, one pinned CPU, load average "
                      f"up to {load:.1f}, CPython {platform.python_version()}. Each page is invented from sentence "
                      "templates in the ministry's style (bench/bench_scaling.py); flat per-100 KB times mean "
                      "extraction is linear in its input.", "", *tables])
    print(text)
    if args.write:
        out = ROOT / "bench" / "results" / "scaling.md"
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
