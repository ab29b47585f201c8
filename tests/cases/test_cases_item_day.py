"""Cases: the day of a visit's talk written in brackets after the talk in its item's heading (row dates.item_day.bracket).

A visit page heads each talk's part with the talk and its day in brackets (2.X大統領表敬(11日), (2)Y外務大臣との会談
(1月11日), 3.首脳会談(11日午前)): that is the talk's day. A bracket with a length or a place (約1時間, 於:…) is none.
Every page here is invented (names, dates and talks are made up).

First sight (h-gen2 at 7d7ebe5, before the row): 0 / 6 of the days in brackets read (the talks were left undated: the
lead gives the visit's span); the two pages without a day kept theirs.
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

LEAD = ("高木外務大臣のペルー訪問(概要)\n平成12年3月12日\n\n"
        "1.高木外務大臣は、3月10日から12日までリマを訪問し、モスコソ大統領表敬、アレマン外務大臣との会談等を行った。\n")
BODY1 = "モスコソ大統領より、日本の協力に対する謝意の表明があった。\n"
BODY2 = "両外相は、二国間関係を一層強化していくことで一致した。\n"

# (page, the dates of its talks in order)
CASES = [
    (LEAD + "2.モスコソ大統領表敬(11日)\n" + BODY1 + "3.アレマン外務大臣との会談(12日)\n" + BODY2, ["2000-03-11", "2000-03-12"]),
    (LEAD + "(1)モスコソ大統領表敬(3月11日)\n" + BODY1 + "(2)アレマン外務大臣との会談(3月11日(土))\n" + BODY2,
     ["2000-03-11", "2000-03-11"]),
    (LEAD + "2.モスコソ大統領表敬(11日午前)\n" + BODY1 + "3.アレマン外務大臣との会談(11日午後)\n" + BODY2, ["2000-03-11", "2000-03-11"]),
    # a length or a place in the bracket is no day
    (LEAD + "2.モスコソ大統領表敬(約30分)\n" + BODY1 + "3.アレマン外務大臣との会談(於:外務省)\n" + BODY2, [None, None]),
]


def case_texts():
    return [page for page, _dates in CASES]


@pytest.mark.parametrize("page,days", CASES)
def test_item_day(page, days):
    events = extract_text(page).record.to_json_dict()["events"]
    assert [e["date"] for e in events] == days


if __name__ == "__main__":
    for page, days in CASES:
        print([e["date"] for e in extract_text(page).record.to_json_dict()["events"]], days)
