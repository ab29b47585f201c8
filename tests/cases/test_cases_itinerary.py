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


def case_texts():
    return [page for page, _cities, _rule in CASES]


@pytest.mark.parametrize("page,cities,rule", CASES)
def test_later_talk_city(page, cities, rule):
    events = extract_text(page).record.to_json_dict()["events"]
    assert [e["city"] for e in events] == cities
    assert (events[-1].get("rules") or {}).get("city") == rule
