"""Cases: the one time of a telephone or video talk held from abroad is not Japan time.

A telephone or video talk held from Japan prints Japan's time (start_local and start_jst both); one whose sentence notes a
local clock (現地時間) or has Japan's side visiting a foreign city (ニューヨークを訪問中の…大臣は) prints the local time:
``start_jst`` stays null unless the page prints Japan's too. The other side's visit abroad (パリ訪問中のX大統領と) leaves
the call Japan's. Every page here is invented (names, dates and talks are made up).

First sight (h-gen4 at f424b2c, before the change): the local time was taken for Japan's in the two cases abroad with
one time (start_jst 3 / 5 right).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

HEAD = "日・ペルー外相電話会談\n令和2年9月8日\n\n"
# (page, start_local, start_jst)
CASES = [
    (HEAD + "9月8日、午後9時から約20分間、鈴木外務大臣は、ガルシア・ペルー外務大臣と電話会談を行った。\n", "21:00", "21:00"),
    (HEAD + "ジュネーブを訪問中の鈴木外務大臣は、8日午後6時から約20分間、ガルシア・ペルー外務大臣と電話会談を行った。\n", "18:00", None),
    (HEAD + "鈴木外務大臣は、現地時間8日午前10時から約20分間、ガルシア・ペルー外務大臣と電話会談を行った。\n", "10:00", None),
    (HEAD + "ジュネーブを訪問中の鈴木外務大臣は、現地時間8日午前10時(日本時間同日午後5時)から約20分間、"
     "ガルシア・ペルー外務大臣と電話会談を行った。\n", "10:00", "17:00"),
    (HEAD + "9月8日、午後9時から約20分間、鈴木外務大臣は、マドリードを訪問中のガルシア・ペルー外務大臣と電話会談を行った。\n",
     "21:00", "21:00"),
]


def case_texts():
    return [page for page, _l, _j in CASES]


@pytest.mark.parametrize("page,local,jst", CASES)
def test_clock_of_a_call_from_abroad(page, local, jst):
    ev = extract_text(page).record.to_json_dict()["events"][0]
    assert (ev["channel"], ev["start_local"], ev["start_jst"], ev["city"]) == ("telephone", local, jst, None)


if __name__ == "__main__":
    for page, local, jst in CASES:
        ev = extract_text(page).record.to_json_dict()["events"][0]
        print(ev["start_local"], ev["start_jst"], local, jst)
