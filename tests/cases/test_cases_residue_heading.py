"""Cases: an old-site heading with the page's date on its own line, wrapped in the table residue of the old layout.

The ministry's old pages (before about 2005) put the heading and the date in one table cell; converted to text
the line reads ``![]() | 日・X外相会談 平成12年10月5日 |``, with image links, cell bars and ``|||`` rows around
it, sometimes a breadcrumb (``トップページ > 会談・訪問 > … |``) above. Every page here is invented (names,
dates and talks are made up). Each case: (page, expected title, expected page date, expected date of the
first talk).

First sight (h-gen2 at d6aa562, before the rows of this family): title 1/9, page date 2/9, talk date 2/9 (the
plain heading line, and a page date found under a residue-led heading whose title kept the residue). Now 9/9 on each;
a tenth case written after (heading and date in cells of their own lines) kept the bar in its title, fixed since.
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

LEAD = ("1.10月5日(木)午後6時より約1時間、河合外務大臣は、訪日中のペレス・チリ外務大臣との間で外相会談を行った。\n"
        "2.両外相は、経済関係を一層強化していくことで一致した。\n")
LEAD_H = ("1.11月3日、午前10時から約40分間、小川内閣総理大臣は、来日中のオルセン・デンマーク首相と首脳会談を行った。\n"
          "2.両首脳は、協力を強化していくことで一致した。\n")
LEAD_R = ("1 6月14日、午後3時から約30分間、佐伯外務大臣は、訪日中のノヴァク・スロベニア外務大臣と外相会談を行いました。\n"
          "2 両大臣は、二国間関係を強化していくことで一致しました。\n")

CASES = [
    # image residue before the heading, a cell bar after the date, a row of bars below
    ("![]() | 日・チリ外相会談 平成12年10月5日 |\n|||\n" + LEAD, "日・チリ外相会談", "2000-10-05", "2000-10-05"),
    # bars on both sides of the cell
    ("|||\n| 日・チリ外相会談 平成12年10月5日 |\n|||\n" + LEAD, "日・チリ外相会談", "2000-10-05", "2000-10-05"),
    # a bracketed subtitle between the heading and the date
    ("![]() | 日・チリ外相会談(概要) 平成12年10月5日 |\n|---|\n" + LEAD, "日・チリ外相会談(概要)", "2000-10-05", "2000-10-05"),
    # full-width digits and a full-width space (平成)
    ("![]() | 日・デンマーク首脳会談　平成１３年１１月３日 |\n|||\n" + LEAD_H, "日・デンマーク首脳会談", "2001-11-03",
     "2001-11-03"),
    # full-width digits in a later era (令和), residue before only
    ("![]() ![]() | 日・スロベニア外相会談 令和元年６月１４日\n\n" + LEAD_R, "日・スロベニア外相会談", "2019-06-14", "2019-06-14"),
    # the old site's breadcrumb above, its cell bar after it
    ("![]() |\nトップページ > 会談・訪問 > 過去の記録 |\n![]() | 日・チリ外相会談 平成12年10月5日 |\n|||\n" + LEAD,
     "日・チリ外相会談", "2000-10-05", "2000-10-05"),
    # the breadcrumb without its > marks, the heading's cell with two bars after it
    ("トップページ 会談・訪問 過去の記録 |\n|||\n![]() | 日・デンマーク首脳会談 平成13年11月3日 | |\n" + LEAD_H,
     "日・デンマーク首脳会談", "2001-11-03", "2001-11-03"),
    # heading and date in two cells of one row
    ("|||\n| 日・チリ外相会談 | 平成12年10月5日 |\n|||\n" + LEAD, "日・チリ外相会談", "2000-10-05", "2000-10-05"),
    # heading and date each in a cell of its own line (found after the first sight above: the title kept its bar)
    ("![]() |\n| 日・チリ外相会談(概要) |\n| 平成12年10月5日 |\n|||\n" + LEAD, "日・チリ外相会談(概要)", "2000-10-05", "2000-10-05"),
    # no residue at all: the plain one-line heading (the form that already worked)
    ("日・チリ外相会談 平成12年10月5日\n\n" + LEAD, "日・チリ外相会談", "2000-10-05", "2000-10-05"),
]


def case_texts():
    return [page for page, _title, _date, _talk_date in CASES]


@pytest.mark.parametrize("page,title,date,talk_date", CASES)
def test_residue_heading(page, title, date, talk_date):
    rec = extract_text(page).record.to_json_dict()
    assert (rec["title"], rec["doc_date"]) == (title, date)
    assert rec["events"] and rec["events"][0]["date"] == talk_date


def score() -> tuple[int, int, int, int]:
    t = d = e = 0
    for page, title, date, talk_date in CASES:
        rec = extract_text(page).record.to_json_dict()
        t += rec["title"] == title
        d += rec["doc_date"] == date
        e += bool(rec["events"]) and rec["events"][0]["date"] == talk_date
        if (rec["title"], rec["doc_date"]) != (title, date):
            print("  miss:", page.split("\n")[0:3], "->", rec["title"], rec["doc_date"])
    return t, d, e, len(CASES)


if __name__ == "__main__":
    t, d, e, n = score()
    print(f"title {t}, page date {d}, talk date {e} / {n}")
