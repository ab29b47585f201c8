"""Cases for the meetings family: talk detection, kind, channel, date and times (texts written for these tests,
in the ministry's style; names and dates invented)."""

import pytest

from gaiko.extract import dates
from gaiko.pipeline import extract_text


def _events(text: str) -> list[dict]:
    return extract_text(text).to_line()["record"].get("events") or []


def _one(text: str) -> dict:
    evs = _events(text)
    assert len(evs) == 1, evs
    return evs[0]


# fmt: off
# lengths of time: (text, minutes) / (text, None)
DURATIONS = [
    ("約1時15分間", 75),          # a length written with 時 and closed by 間 is a length, not a clock time
    ("約4時間弱", 240),           # 弱/強/程度 leave the value as written
    ("30分強", 30),               # 強 marks a bare N分 as a length
    ("20分程度の懇談", 20),
    ("1時間余り", 60),
    ("14時25分から", None),       # a clock time is no length
]
# clock times: (text, [HH:MM ...])
TIMES = [
    ("午前10時05分頃から約1時15分間", ["10:05"]),   # the length is not an end time
    ("午後19時53分", ["19:53"]),                    # 午後 with a 24-hour figure
    ("午後3時40分過ぎから", ["15:40"]),
]
# (lead sentence, {field: expected})
LEADS = [
    # Japan time in a parenthesis that holds a parenthesis of its own (the weekday)
    ("日・パラオ首脳会談\n\n10月9日(水曜日),15時(日本時間9日(水曜日)午後16時)頃から約30分間,山田内閣総理大臣は,"
     "訪問中のカルタゴにおいて,レメンゲサウ・パラオ共和国大統領との間で首脳会談を行いました。",
     {"start_local": "15:00", "start_jst": "16:00", "duration_min": 30}),
    # Japan time first, local time in a parenthesis
    ("日米外相会談\n\n日本時間18日午前1時40分頃(現地時間17日午前11時40分頃)から約35分間,山田外務大臣は,"
     "スミス米国国務長官と日米外相会談を行いました。",
     {"start_local": "11:40", "start_jst": "01:40", "duration_min": 35}),
    # only Japan time printed for a talk abroad: no local time, the length from the Japan-time range
    ("日中首脳会談\n\n12日、山田内閣総理大臣は、日本時間18時30分から19時20分まで、李総理との間で会談を行った。",
     {"start_local": None, "start_jst": "18:30", "duration_min": 50}),
    # a visitor in Japan (訪日中の): the one clock time is Japan time too
    ("日・タイ首脳会談\n\n令和3年5月26日\n\n5月26日、午後6時から約40分間、山田内閣総理大臣は、訪日中のソムチャイ・タイ王国首相と"
     "首脳会談を実施しました。",
     {"start_local": "18:00", "start_jst": "18:00", "duration_min": 40}),
    # より…まで is a range
    ("日ペルー首脳会談\n\n平成22年9月1日\n\n本1日、午後6時より午後6時50分まで、山田総理は、カストロ・ペルー大統領と首脳会談を行いました。",
     {"start_local": "18:00", "end_local": "18:50", "duration_min": 50}),
    # sessions listed in a parenthesis, with no total of their own: their sum
    ("日露外相会談\n\n11月24日,山田大臣とイワノフ外相との日露外相会談を実施しました(会談:約1時間半,ワーキングランチ:約1時間)。",
     {"duration_min": 150}),
    # a total given before the list stands
    ("日露首脳会談\n\n11月10日,山田総理とイワノフ大統領との間の日露首脳会談を約65分間実施しました(全体会合約50分,テタテ約15分)。",
     {"duration_min": 65}),
    # a small-group session held before the anchored plenary adds its length
    ("日EU首脳協議\n\n7月17日,東京にて,17時30分から約30分間,山田内閣総理大臣は,ミシェル欧州理事会議長との間で日EU定期首脳協議を行いました。"
     "定期首脳協議に先立ち,約1時間の少人数会合が実施されました。",
     {"duration_min": 90}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", DURATIONS)
def test_duration(text, expected):
    d = dates.find_duration(text)
    assert (d[0] if d else None) == expected


@pytest.mark.parametrize("text,expected", TIMES)
def test_times(text, expected):
    assert [t.hhmm for t in dates.find_times(text)] == expected


@pytest.mark.parametrize("text,expected", LEADS)
def test_lead(text, expected):
    ev = _one(text)
    for k, v in expected.items():
        assert ev.get(k) == v, (k, ev)
