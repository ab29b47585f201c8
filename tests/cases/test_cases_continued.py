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


def case_texts():
    return [page for page, _minutes, _row in CASES]


@pytest.mark.parametrize("page,minutes,row", CASES)
def test_continued_session(page, minutes, row):
    with lexicon.trace() as fired:
        events = extract_text(page).record.to_json_dict()["events"]
    assert len(events) == 1 and events[0]["duration_min"] == minutes
    assert {r for r in fired if r.startswith("talks.continued.")} == ({row} if row else set())
