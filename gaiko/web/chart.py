"""A stacked bar chart of talks per year by kind, as server-side SVG (no script, no external assets).

Input is the relation page's own data (``ChartYear`` rows), so the chart and the JSON twin show
the same numbers. Telephone and video talks are drawn hatched in their kind's colour.
"""

from __future__ import annotations

from html import escape

from gaiko.views.labels import KIND_COLOURS, KIND_LABELS
from gaiko.views.models import ChartYear


def _nice_max(v: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if v <= step * 5:
            return max(step * ((v + step - 1) // step), step)
    return v


def render_svg(rows: list[ChartYear], *, title: str = "年別の会談数") -> str:
    """SVG markup (a string safe to embed: every text is escaped, every number is an int)."""
    rows = sorted(rows, key=lambda r: r.year)
    if rows:  # fill gaps so a year without talks shows as an empty slot
        by_year = {r.year: r for r in rows}
        rows = [by_year.get(y, ChartYear(year=y)) for y in range(rows[0].year, rows[-1].year + 1)]
    kinds = [k for k in KIND_LABELS if any(r.counts.get(k) for r in rows)]
    top = _nice_max(max((r.total for r in rows), default=1) or 1)
    bar_w, gap, left, right, plot_h, head, foot = 22, 6, 40, 12, 180, 56, 40
    width = max(left + right + len(rows) * (bar_w + gap), 360)
    height = head + plot_h + foot
    y0 = head + plot_h
    scale = plot_h / top
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        "<defs>",
    ]
    for k in kinds:
        c = KIND_COLOURS[k]
        out.append(
            f'<pattern id="hatch-{k}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            f'<rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="{c}"/></pattern>'
        )
    out.append("</defs>")
    # legend
    x = left
    for k in kinds:
        out.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{KIND_COLOURS[k]}"/>')
        out.append(f'<text x="{x + 16}" y="19" class="legend">{escape(KIND_LABELS[k])}</text>')
        x += 28 + sum(12 if ord(ch) > 255 else 7 for ch in KIND_LABELS[k])
    out.append(f'<rect x="{left}" y="28" width="12" height="12" fill="url(#hatch-{kinds[0]})" stroke="#666"/>' if kinds else "")
    out.append(f'<text x="{left + 16}" y="39" class="legend">斜線 = 電話・テレビ会議</text>' if kinds else "")
    # grid and axis
    step = max(top // 5, 1)
    for v in range(0, top + 1, step):
        y = y0 - int(v * scale)
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4}" class="axis" text-anchor="end">{v}</text>')
    for i, r in enumerate(rows):
        bx = left + gap // 2 + i * (bar_w + gap)
        y = y0
        for k in kinds:
            n = r.counts.get(k, 0)
            if not n:
                continue
            remote = min(r.remote.get(k, 0), n)
            for count, fill, how in ((n - remote, KIND_COLOURS[k], ""), (remote, f"url(#hatch-{k})", " 電話・テレビ")):
                if not count:
                    continue
                h = max(int(round(count * scale)), 1)
                y -= h
                tip = f"{r.year}年 {KIND_LABELS[k]}{how}: {count}件"
                out.append(
                    f'<rect x="{bx}" y="{y}" width="{bar_w}" height="{h}" fill="{fill}" data-year="{r.year}" '
                    f'data-kind="{k}"><title>{escape(tip)}</title></rect>'
                )
        if r.total:
            out.append(f'<text x="{bx + bar_w // 2}" y="{y - 3}" class="value" text-anchor="middle">{r.total}</text>')
        if len(rows) <= 20 or r.year % 5 == 0 or i == 0 or i == len(rows) - 1:
            out.append(
                f'<text x="{bx + bar_w // 2}" y="{y0 + 14}" class="axis" text-anchor="end" '
                f'transform="rotate(-45 {bx + bar_w // 2} {y0 + 14})">{r.year}</text>'
            )
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{y0}" y2="{y0}" class="baseline"/>')
    out.append("</svg>")
    return "".join(out)
