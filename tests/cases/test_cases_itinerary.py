"""Cases: the city of a visit's later talks, from where the visit's programme has the visitor.

A visit page tells its first talk's place (…において, Xを訪問中の) and then the next days' talks without one
(2日、…首相を表敬しました): they are where the visit still is (row places.itinerary.same_city) — unless another
city is named in between (the visit moved on), the talk names a building other than the first talk's (it may
stand in another city), or it meets another country's side (maybe another leg of the visit). Every page here is invented (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

HEAD = "小川外務大臣のラオス訪問\n令和2年2月9日\n\n1 小川外務大臣は、2月7日から9日までラオスを訪問しました。\n"
FIRST = "2 7日、午後3時から約40分間、小川大臣は、ビエンチャンにおいて、サルムサイ・ラオス外務大臣と外相会談を行いました。\n"

# (page, the cities of its talks in order, the rule of the last talk's city)
CASES = [
    # the later talks of the visit: in the first talk's city
    (HEAD + FIRST + "3 8日、小川大臣は、トンルン・ラオス首相を表敬しました。\n4 9日、小川大臣は、パニー・ラオス国家副主席を表敬しました。\n",
     ["ビエンチャン", "ビエンチャン", "ビエンチャン"], "places.itinerary.same_city"),
    # another city named before the later talk: the visit moved on, the talk is not placed by the first one
    (HEAD + FIRST + "3 8日、小川大臣は、ルアンパバーンの世界遺産を視察した後、トンルン・ラオス首相を表敬しました。\n",
     ["ビエンチャン", None], None),
    # the later talk names a building of its own (which may stand in another city): none carried over …
    (HEAD + FIRST + "3 8日、小川大臣は、大統領府においてトンルン・ラオス国家主席を表敬しました。\n", ["ビエンチャン", None], None),
    # … but the same building as the first talk's is in its city
    (HEAD + FIRST.replace("ビエンチャンにおいて", "ビエンチャンのラオス外務省において") + "3 8日、小川大臣は、ラオス外務省においてトンルン・ラオス副首相と会談しました。\n",
     ["ビエンチャン", "ビエンチャン"], "places.itinerary.same_city"),
    # a city named in a plan (次回は東京で…ことで一致) is the plan's: the visit has not moved
    (HEAD + FIRST + "両外相は、次回の協議を東京で開催することで一致しました。\n3 8日、小川大臣は、トンルン・ラオス首相を表敬しました。\n",
     ["ビエンチャン", "ビエンチャン"], "places.itinerary.same_city"),
    # the later talk meets another country's side: no city carried over
    (HEAD + FIRST + "3 8日、小川大臣は、ソック・カンボジア外務大臣と会談しました。\n", ["ビエンチャン", None], None),
    # a telephone talk during the visit has no city
    (HEAD + FIRST + "3 8日、小川大臣は、ブラウン・英国外務大臣と電話会談を行いました。\n", ["ビエンチャン", None], None),
]


# a programme by arrivals and departures (X着 / X発), its items written without の (午前 X首相と首脳会談): each item a talk,
# in the city last arrived in — unknown on a day the programme then leaves another city (it moved unsaid)
PROGRAMME = ("小川内閣総理大臣のタイ訪問\n令和2年2月9日\n\n1 主要日程\n"
             "2月7日(金) 午後 チェンマイ着\n"
             "2月8日(土) 午前 プラユット・タイ首相と首脳会談\n"
             "午後 チェンマイ発 バンコク着 ワチラロンコン・タイ国王に謁見\n"
             "2月9日(日) 午前 ドーン・タイ外務大臣と会談 昼 {leaves}発\n")
PROGRAMME_CASES = [
    (PROGRAMME.format(leaves="バンコク"), [("2020-02-08", "チェンマイ"), ("2020-02-09", "バンコク")]),
    # the last day's item, the programme leaving another city than the one arrived in that day: no city
    (PROGRAMME.format(leaves="プーケット"), [("2020-02-08", "チェンマイ"), ("2020-02-09", None)]),
]


@pytest.mark.parametrize("page,talks", PROGRAMME_CASES)
def test_programme_item_city(page, talks):
    events = extract_text(page).record.to_json_dict()["events"]
    assert [(e["date"], e["city"]) for e in events if e["principals"] and e["principals"][-1]["name"] != "ワチラロンコン"] == talks


def case_texts():
    return [page for page, _cities, _rule in CASES] + [page for page, _talks in PROGRAMME_CASES]


@pytest.mark.parametrize("page,cities,rule", CASES)
def test_later_talk_city(page, cities, rule):
    events = extract_text(page).record.to_json_dict()["events"]
    assert [e["city"] for e in events] == cities
    assert (events[-1].get("rules") or {}).get("city") == rule
