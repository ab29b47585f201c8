"""Cases: the next talk of a visit told after a dated one, and sessions told in a row with their lengths.

A sentence that opens with 続いて / その後 / 引き続き / 次いで and gives no day of its own tells the next talk of the
day before it (talks.continued.*): its day is that talk's, not the page's (a page dated the day after the talks). Sessions
told one after another each with its length, not in brackets (少人数会合を約20分間、続いて全体会合を約30分間), add up to
the talk's length. Every page here is invented (names, dates and talks are made up).

First sight (h-gen8 at e82c98b, probe 8): the page's date on 5 of 9 talks of tests/test_generalisation8.py's
``following`` set, the first session's length alone (20 for 50).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text


def _visit(second: str) -> str:
    return ("田村外務大臣のチリ訪問\n令和3年6月9日\n\n"
            "1 6月8日、サンティアゴにおいて、田村外務大臣は、ロハス・チリ外務大臣と外相会談を行いました。\n"
            f"2 {second}\n")


# (page, the dates of its talks in order)
CASES = [
    (_visit("続いて、田村大臣は、ベガ大統領を表敬しました。"), ["2021-06-08", "2021-06-08"]),
    (_visit("その後、田村大臣は、ムニョス上院議長と会談しました。"), ["2021-06-08", "2021-06-08"]),
    (_visit("引き続き、田村大臣は、ソト経済大臣と会談しました。"), ["2021-06-08", "2021-06-08"]),
    (_visit("次いで、田村大臣は、ベガ大統領を表敬しました。"), ["2021-06-08", "2021-06-08"]),
    # a day of its own stands
    (_visit("続いて、9日、田村大臣は、ベガ大統領を表敬しました。"), ["2021-06-08", "2021-06-09"]),
    # no such word: the page's date, as before
    (_visit("田村大臣は、ベガ大統領を表敬しました。"), ["2021-06-08", "2021-06-09"]),
]

SESSIONS = [
    ("日・ガーナ首脳会談\n令和3年6月9日\n\n6月9日、午後3時から少人数会合を約15分間、続いて全体会合を約40分間、田村内閣総理大臣は、"
     "来日中のアド・ガーナ大統領と首脳会談を行いました。\n", 55),
    ("日・ガーナ首脳会談\n令和3年6月9日\n\n6月9日、午後3時からテタテを約10分、少人数会合を約30分、田村内閣総理大臣は、"
     "来日中のアド・ガーナ大統領と首脳会談を行いました。\n", 40),
    # a length in hours and minutes (dates.DURATION_TEXT: the sessions' pattern read 約1時間 of 約1時間15分 and added none)
    ("日・ガーナ首脳会談\n令和3年6月9日\n\n6月9日、少人数会合を約1時間15分、続いて全体会合を約30分間、田村内閣総理大臣は、"
     "来日中のアド・ガーナ大統領と首脳会談を行いました。\n", 105),
    # one session's length alone: that length
    ("日・ガーナ首脳会談\n令和3年6月9日\n\n6月9日、午後3時から約45分間、田村内閣総理大臣は、来日中のアド・ガーナ大統領と"
     "少人数会合を行いました。\n", 45),
]


def case_texts():
    return [page for page, _d in CASES] + [page for page, _m in SESSIONS]


@pytest.mark.parametrize("page,days", CASES)
def test_next_talk_takes_the_day_before(page, days):
    assert [e["date"] for e in extract_text(page).record.to_json_dict()["events"]] == days


@pytest.mark.parametrize("page,minutes", SESSIONS)
def test_sessions_in_a_row_add_up(page, minutes):
    assert [e["duration_min"] for e in extract_text(page).record.to_json_dict()["events"]] == [minutes]
