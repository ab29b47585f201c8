"""Cases: a session that continues a talk, said in the talk's own sentence after its length (rows talks.continued.*).

…首脳会談を行い、引き続き約1時間、ワーキング・ランチを行った is one talk whose length is the sum of its sessions
(../shared/real/README.md: a working meal that continues a talk is added to it); a meal one side gives (夕食会)
is none. Every page here is invented (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

HEAD = "日・ウルグアイ首脳会談\n令和4年5月10日\n\n5月10日、午後0時10分から約30分間、小川内閣総理大臣は、来日中のガルシア・ウルグアイ東方共和国大統領と"

# (page, the talk's length, the continuation row that fired or None)
CASES = [
    (HEAD + "首脳会談を行い、引き続き約1時間、ワーキング・ランチを行いました。\n", 90, "talks.continued.hikitsuzuki"),
    (HEAD + "少人数会合を行い、その後約40分間、ワーキング・ランチを行いました。\n", 70, "talks.continued.sonogo"),
    (HEAD + "少人数会合を行い、続いて約45分間、全体会合を行いました。\n", 75, "talks.continued.tsuzuite"),
    # a dinner given by one side is no session of the talk
    (HEAD + "首脳会談を行い、その後約1時間、夕食会を主催しました。\n", 30, None),
]


# a talk the lead names with a session joined by 及び, each headed below with its clock: the first heading's clock is
# the talk's and the lengths add up (a page cut after the first section: that session's alone)
LUNCH = ("1 日・ウルグアイ首脳ワーキングランチ\n(1)10日午後0時10分頃から約70分間、小川総理は、ガルシア大統領とワーキングランチを行いました。"
         "日本側から、川上外務大臣ら、先方から、ロペス外務大臣らが出席しました。\n(2)冒頭、小川総理から歓迎の意を表しました。\n")
TALK = "2 日・ウルグアイ首脳会談\n(1)引き続き、午後1時30分頃から約40分間、首脳会談を行いました。\n"
HEADED_LEAD = ("日・ウルグアイ首脳会談\n令和4年5月10日\n\n10日、小川内閣総理大臣は、ガルシア・ウルグアイ東方共和国大統領と{n}を行ったところ、"
               "概要は以下のとおりです。\n")
HEADED = [
    (HEADED_LEAD.format(n="日・ウルグアイ首脳ワーキングランチ及び日・ウルグアイ首脳会談") + LUNCH + TALK, "12:10", 110),
    (HEADED_LEAD.format(n="日・ウルグアイ首脳ワーキングランチ及び日・ウルグアイ首脳会談") + LUNCH, "12:10", 70),
    (HEADED_LEAD.format(n="日・ウルグアイ首脳会談及びワーキングランチ") + TALK.replace("2 ", "1 ") + LUNCH.replace("1 ", "2 ")
     .replace("午後0時10分", "午後2時10分"), "13:30", 110),
    # the lead names the talk alone: the lunch headed below is a meal of its own, the talk's clock its own section's
    (HEADED_LEAD.format(n="日・ウルグアイ首脳会談") + TALK.replace("2 ", "1 ") + LUNCH.replace("1 ", "2 ")
     .replace("午後0時10分", "午後2時10分"), "13:30", 40),
]


@pytest.mark.parametrize("page,start,minutes", HEADED)
def test_headed_sessions(page, start, minutes):
    events = extract_text(page).record.to_json_dict()["events"]
    assert [(e["start_local"], e["duration_min"]) for e in events] == [(start, minutes)]


# a session said to follow another in the talk's lead, each with its length (talks.session_then.*): their sum
LEAD = "日・ウルグアイ首脳会談\n令和4年5月10日\n\n5月10日、午後0時10分から約30分間の{a}{w}、約1時間の{b}を行う形で、小川内閣総理大臣は、来日中のガルシア・ウルグアイ東方共和国大統領と首脳会談を行いました。\n"
THEN = [
    (LEAD.format(a="少人数会合", w="に続き", b="全体会合"), 90, "talks.session_then.ni_tsuzuki"),
    (LEAD.format(a="テタテ", w="に続いて", b="拡大会合"), 90, "talks.session_then.ni_tsuzuite"),
    (LEAD.format(a="少人数会合", w="に引き続き", b="ワーキング・ランチ"), 90, "talks.session_then.ni_hikitsuzuki"),
]
# a session continuing the talk in the sentence after it, which opens with 引き続き / その後 (the place may change): added
NEXT = [
    (HEAD + "首脳会談を行いました。引き続き、両首脳は、場所を都内のホテルに移し、約1時間、ワーキング・ランチを行いました。\n", 90,
     "talks.continued.hikitsuzuki"),
    (HEAD + "首脳会談を行いました。その後、両首脳は、約40分間、ワーキング・ディナーを行いました。\n", 70, "talks.continued.sonogo"),
    # a session before the talk, said after it with its subject between (会談に先立ち、両首脳は、約15分間の少人数会合を…)
    (HEAD + "首脳会談を行いました。なお、会談に先立ち、両首脳は、約15分間の少人数会合を行いました。\n", 45, "talks.added.shoninzu"),
    # a dinner one side gives is no session
    (HEAD + "首脳会談を行いました。その後、小川総理は、約1時間、夕食会を主催しました。\n", 30, None),
]


@pytest.mark.parametrize("page,minutes,row", THEN + NEXT)
def test_session_then_and_next(page, minutes, row):
    with lexicon.trace() as fired:
        events = extract_text(page).record.to_json_dict()["events"]
    assert len(events) == 1 and events[0]["duration_min"] == minutes
    assert row is None or row in fired


def case_texts():
    return [page for page, _minutes, _row in CASES + THEN + NEXT] + [page for page, _start, _minutes in HEADED]


@pytest.mark.parametrize("page,minutes,row", CASES)
def test_continued_session(page, minutes, row):
    with lexicon.trace() as fired:
        events = extract_text(page).record.to_json_dict()["events"]
    assert len(events) == 1 and events[0]["duration_min"] == minutes
    assert {r for r in fired if r.startswith("talks.continued.")} == ({row} if row else set())
