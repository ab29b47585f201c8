"""Cases: a talk held by video said by its manner before the noun (rows talks.manner.*).

…首相とオンライン形式で首脳会談を行った / テレビ会議方式により会談 / ビデオ会議形式にて協議: the talk is by video
whatever its noun and the title say; from Japan, its one printed time is Japan time too, and it has no city (the
record format). Every page here is invented.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

HEAD = "日・ラオス首脳会談\n令和3年7月5日\n\n7月5日、午後4時から約30分間、森内閣総理大臣は、"
# (page, channel, start_jst, the row fires)
CASES = [
    (HEAD + "ソムサイ・ラオス首相とオンライン形式で首脳会談を行いました。\n", "video", "16:00", True),
    (HEAD + "ソムサイ・ラオス首相とテレビ会議方式により会談を行いました。\n", "video", "16:00", True),
    (HEAD + "ソムサイ・ラオス首相とビデオ会議の形式にて首脳会談を行いました。\n", "video", "16:00", True),
    # オンラインで right before the noun (row talks.manner.online_bare)
    (HEAD + "ソムサイ・ラオス首相とオンラインで首脳会談を行いました。\n", "video", "16:00", True),
    # … not an online event named earlier in the sentence
    (HEAD + "オンラインで開催された国際会議の成果を踏まえ、来日中のソムサイ・ラオス首相と首脳会談を行いました。\n",
     "in_person", "16:00", False),
    # an online event named elsewhere in the sentence is not the talk's manner
    (HEAD + "来日中のソムサイ・ラオス首相と首脳会談を行い、オンライン形式で開催されるフォーラムについて意見交換しました。\n",
     "in_person", "16:00", False),
]


def case_texts():
    return [page for page, *_ in CASES]


@pytest.mark.parametrize("page,channel,jst,fires", CASES)
def test_manner_channel(page, channel, jst, fires):
    with lexicon.trace() as fired:
        events = extract_text(page).record.to_json_dict()["events"]
    assert len(events) == 1 and events[0]["channel"] == channel and events[0]["start_jst"] == jst
    if channel == "video":
        assert events[0]["city"] is None
    assert bool({"talks.manner.online", "talks.manner.online_bare"} & fired) == fires
