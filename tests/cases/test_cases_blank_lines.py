"""Cases: a conversion that puts blank lines between the page's lines reads as the same page.

- A photo caption that names the talk (new-site pages lose their heading) is looked for among the first lines with
  text below the date line, blank lines not counted.
- A roster by side (当方: … / 先方: …) is two lines next to each other, blank lines between them aside.
- A schedule page's heading (要人来日日程(令和7年)) is told by the announcement heading next to it (…の来日について),
  however many blank lines stand between them.

Every page is invented. First sight (main at 27c2bf7): with a blank line between every two lines, the caption was
out of reach, the roster's lines stood alone and the schedule heading lost its announcement (no title, no attendees,
another type).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

CAPTION_PAGE = ["ニュージーランド", "令和7年2月3日", "栄誉礼", "(写真提供:内閣広報室)", "握手を交わす両首脳", "(写真提供:内閣広報室)",
                "記念撮影", "(写真提供:内閣広報室)", "日・ニュージーランド首脳会談", "(写真提供:内閣広報室)",
                "2月3日、山田内閣総理大臣は、ウェリントンにおいて、ブラウン・ニュージーランド首相と首脳会談を行いました。"]
ROSTER_PAGE = ["日星首脳会談", "令和7年5月25日", "5月24日、東京において、山田総理とリー・シンガポール首相との間で首脳会談が行われた。",
               "(1)当方:山田総理、川上外務大臣", "(2)先方:リー首相、タン外務大臣", "両首脳は、経済連携を強化していくことで一致した。"]


SCHEDULE_PAGE = ["主な要人の来日日程", "要人来日日程(令和7年)", "", "", "", "", "", "ロペス・ペルー共和国大統領の来日について",
                 "令和7年3月2日", "1.ロペス・ペルー共和国大統領は、3月10日から13日まで実務訪問賓客として来日する。",
                 "2.同大統領は、滞在中、山田総理ほかと会談する予定である。"]


def _page(lines: list[str], blanks: int) -> str:
    return ("\n" * (blanks + 1)).join(lines) + "\n"


@pytest.mark.parametrize("blanks", [0, 1, 3])
def test_a_caption_below_blank_lines_names_the_talk(blanks):
    rec = extract_text(_page(CAPTION_PAGE, blanks)).to_line()["record"]
    assert rec["title"] == "日・ニュージーランド首脳会談"


@pytest.mark.parametrize("blanks", [0, 1, 2])
def test_a_roster_with_blank_lines_between_its_lines(blanks):
    ev = extract_text(_page(ROSTER_PAGE, blanks)).to_line()["record"]["events"][0]
    assert [a["name"] for a in ev["attendees"]] == ["川上", "タン"]


@pytest.mark.parametrize("blanks", [0, 1, 2])
def test_a_schedule_heading_over_blank_lines(blanks):
    rec = extract_text(_page(SCHEDULE_PAGE, blanks)).to_line()["record"]
    assert (rec["doc_type"], rec["title"]) == ("chronology", "要人来日日程(令和7年)")


def case_texts():
    yield _page(CAPTION_PAGE, 1)
    yield _page(ROSTER_PAGE, 1)
    yield _page(SCHEDULE_PAGE, 1)
