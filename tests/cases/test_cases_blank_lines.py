"""Cases: a conversion that puts blank lines between the page's lines reads as the same page.

- A photo caption that names the talk (new-site pages lose their heading) is looked for among the first lines with
  text below the date line, blank lines not counted.
- A roster by side (当方: … / 先方: …) is two lines next to each other, blank lines between them aside.

Every page is invented. First sight (main at 27c2bf7): with a blank line between every two lines, the caption was
out of reach and the roster's lines stood alone (no title, no attendees).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

CAPTION_PAGE = ["ニュージーランド", "令和7年2月3日", "栄誉礼", "(写真提供:内閣広報室)", "握手を交わす両首脳", "(写真提供:内閣広報室)",
                "記念撮影", "(写真提供:内閣広報室)", "日・ニュージーランド首脳会談", "(写真提供:内閣広報室)",
                "2月3日、山田内閣総理大臣は、ウェリントンにおいて、ブラウン・ニュージーランド首相と首脳会談を行いました。"]
ROSTER_PAGE = ["日星首脳会談", "令和7年5月25日", "5月24日、東京において、山田総理とリー・シンガポール首相との間で首脳会談が行われた。",
               "(1)当方:山田総理、川上外務大臣", "(2)先方:リー首相、タン外務大臣", "両首脳は、経済連携を強化していくことで一致した。"]


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


def case_texts():
    yield _page(CAPTION_PAGE, 1)
    yield _page(ROSTER_PAGE, 1)
