"""Cases: days told relative to a talk, and a bare day under a month-only heading; a pair's sentence after an aside.

翌日 / 前日 after a talk told are the day after (before) that talk's, not the page's (9月24日…会談。同日…。翌日、…会談
→ the 25th on a page dated the 25th); after a day in the talk's own sentence (7日に到着し、翌日、…会談), that day's. A page that prints a month only (令和2年9月) puts a bare day (翌16日, 16日) in that
month. A sentence opening on a pair of a rank (両外相は…) told after an aside on another talk (なお、…前日に…を表敬した)
is the talk of that rank's. Every page here is invented (names, dates and talks are made up).

First sight (h-gen4 at f424b2c, before the change): 翌日 counted from the page's date (0 / 3 below), a bare day under a
month-only heading read in the month before (0 / 2), the pair's agreement given to the aside's call.
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

# (page, the dates of its talks in order)
CASES = [
    ("鈴木外務大臣の欧州訪問\n令和2年9月10日\n\n"
     "1 9月8日、パリを訪問中の鈴木外務大臣は、デュラン・フランス外務大臣と外相会談を行った。\n"
     "2 翌日、鈴木大臣は、ベルリンにおいてシュミット・ドイツ外務大臣と外相会談を行った。\n",
     ["2020-09-08", "2020-09-09"]),
    ("鈴木外務大臣の欧州訪問\n令和2年9月10日\n\n"
     "1 9月8日、パリを訪問中の鈴木外務大臣は、デュラン・フランス外務大臣と外相会談を行った。\n"
     "2 同日、鈴木大臣は、ルルー・ベルギー外務大臣と外相会談を行った。\n"
     "3 翌日、鈴木大臣は、ベルリンにおいてシュミット・ドイツ外務大臣と外相会談を行った。\n",
     ["2020-09-08", "2020-09-08", "2020-09-09"]),
    ("日・ペルー首脳会談\n令和2年9月\n\n"
     "1 同月15日、鈴木総理大臣は、ガルシア・ペルー大統領と首脳会談を行った。\n"
     "2 翌16日、鈴木総理大臣は、ロハス・ペルー首相と会談した。\n",
     ["2020-09-15", "2020-09-16"]),
    ("日・ペルー外相会談\n令和2年9月\n\n1 20日、鈴木外務大臣は、ガルシア・ペルー外務大臣と外相会談を行った。\n", ["2020-09-20"]),
    # a day, then 翌日 told from it in the talk's sentence; not 翌日に控えた (the day before something)
    ("日・ペルー外相会談\n令和2年9月10日\n\n鈴木外務大臣は、7日にリマに到着し、翌日、ガルシア・ペルー外務大臣と外相会談を行った。\n",
     ["2020-09-08"]),
    ("日・ペルー外相会談\n令和2年9月10日\n\n鈴木外務大臣は、7日、就任式を翌日に控えたガルシア・ペルー次期外務大臣と会談した。\n",
     ["2020-09-07"]),
]

PAIR_AFTER_ASIDE = ("日・ペルー外相会談\n令和2年9月8日\n\n"
                    "本8日、鈴木外務大臣は、訪日中のガルシア・ペルー外務大臣と外相会談を行った。なお、ガルシア大臣は、前日に"
                    "山本総理大臣を表敬した。\n"
                    "1 両外相は、鉱物資源分野での協力を強化することで一致した。\n")


def case_texts():
    return [page for page, _d in CASES] + [PAIR_AFTER_ASIDE]


@pytest.mark.parametrize("page,days", CASES)
def test_relative_days(page, days):
    assert [e["date"] for e in extract_text(page).record.to_json_dict()["events"]] == days


def test_pair_after_an_aside_is_its_talks():
    events = extract_text(PAIR_AFTER_ASIDE).record.to_json_dict()["events"]
    assert [(e["kind"], e["date"]) for e in events] == [("foreign_ministers", "2020-09-08"), ("other", "2020-09-07")]
    assert [o["type"] for o in events[0]["outcomes"]] == ["agree"]
    assert events[1]["outcomes"] == []


if __name__ == "__main__":
    for page, days in CASES + [(PAIR_AFTER_ASIDE, None)]:
        events = extract_text(page).record.to_json_dict()["events"]
        print([e["date"] for e in events], days, [[o["type"] for o in e["outcomes"]] for e in events])
