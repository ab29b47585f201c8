"""Cases of pages written in forms probe 20 (tests/test_generalisation20.py) found unread: a day of calls under a lead
that tells them (…は、各国首脳と電話会談を行いました。 then one heading per call), each call held by the lead's Japanese
principal; a consul-general posted in a city abroad (在シカゴ総領事, 在ミラノ日本国総領事); a trip's terse items with no verb
(…において、X外務第一次官と会談。 / …外務大臣を表敬。), the visitor the heading names, a vice-minister's rank with a vice-minister;
a country's section headed in 【】 (【エストニア】), its talks that country's.

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

# --- a lead telling each country's call below it: no talk of its own; each call the lead's principal's ---------------------
EACH_COUNTRY = (
    "山田内閣総理大臣の電話会談\n令和6年1月5日\n\n"
    "1月5日、山田内閣総理大臣は、各国首脳と電話会談を行いました。\n"
    "(1)日・ラトビア首脳電話会談\n"
    "午前10時から約20分間、ペトロフ・ラトビア首相と電話会談を行いました。\n"
    "(2)日・エストニア首脳電話会談\n"
    "午後3時から約15分間、カラス・エストニア首相と電話会談を行いました。\n"
)
# … the same under 以下のとおり, a vice-minister's calls
LISTED_BELOW = (
    "山田外務副大臣の電話会談\n令和6年1月5日\n\n"
    "1月5日、山田外務副大臣は、以下のとおり電話会談を行いました。\n"
    "1 午前10時から約20分間、ペトロフ・ラトビア外務副大臣と電話会談を行いました。\n"
    "2 午後3時から約15分間、カラス・エストニア外務副大臣と電話会談を行いました。\n"
)

# --- a consul-general posted in a city abroad: Japan's, the title whole -----------------------------------------------------
CONSUL = (
    "山田在ミラノ日本国総領事によるロッシ州知事表敬\n令和6年1月5日\n\n"
    "1月5日、山田在ミラノ日本国総領事は、ミラノにおいて、ロッシ・ロンバルディア州知事を表敬しました。\n"
)

# --- a trip's terse items, no verb: each a talk of the visitor the heading names -------------------------------------------
TERSE = (
    "山田外務大臣政務官のラトビア訪問\n令和6年1月8日\n\n"
    "山田外務大臣政務官は、1月4日から6日まで、ラトビアを訪問しました。主な日程は以下のとおりです。\n"
    "(1)5日、リガにおいて、ペトロフ外務次官と会談。\n"
    "(2)6日、カラス外務大臣を表敬。\n"
)

# --- a trip's sections headed in 【】: each section's counterpart of its own country -----------------------------------------
SECTIONS = (
    "山田外務副大臣のラトビア及びエストニア訪問\n令和6年1月8日\n\n"
    "山田外務副大臣は、1月4日から6日まで、ラトビア及びエストニアを訪問しました。\n"
    "【ラトビア】\n"
    "5日、山田副大臣は、リガにおいて、ペトロフ外務次官と会談しました。\n"
    "【エストニア】\n"
    "6日、山田副大臣は、タリンにおいて、カラス首相を表敬しました。\n"
)


def case_texts() -> list[str]:
    return [EACH_COUNTRY, LISTED_BELOW, CONSUL, TERSE, SECTIONS]


def _events(text: str) -> list[dict]:
    return extract_text(text).record.to_json_dict()["events"]


def _people(ev: dict) -> list[tuple]:
    return [(p["name"], p["role"], p["country"]) for p in ev["principals"]]


def test_each_country_lead_tells_the_calls_below():
    with lexicon.trace() as fired:
        evs = _events(EACH_COUNTRY)
    assert "talks.list_lead.kakkoku" in fired
    assert [(e["kind"], e["start_local"], e["duration_min"]) for e in evs] == [("summit", "10:00", 20), ("summit", "15:00", 15)]
    assert _people(evs[0]) == [("山田", "総理大臣", "JP"), ("ペトロフ", "首相", "LV")]
    assert _people(evs[1]) == [("山田", "総理大臣", "JP"), ("カラス", "首相", "EE")]


def test_listed_calls_take_the_leads_principal():
    with lexicon.trace() as fired:
        evs = _events(LISTED_BELOW)
    assert "talks.list_lead.ika_kana" in fired or "talks.list_lead.ika" in fired
    assert [e["kind"] for e in evs] == ["vice_ministerial", "vice_ministerial"]
    assert [_people(e)[0] for e in evs] == [("山田", "外務副大臣", "JP")] * 2


def test_consul_general_in_a_city():
    with lexicon.trace() as fired:
        evs = _events(CONSUL)
    assert "roles.consulate.zai_city" in fired
    assert ("山田", "在ミラノ日本国総領事", "JP") in _people(evs[0])


def test_terse_items_are_talks():
    with lexicon.trace() as fired:
        evs = _events(TERSE)
    assert "talks.held.terse_close" in fired and "roles.vice.jikan" in fired
    assert [(e["date"], e["kind"], e["city"]) for e in evs] == [("2024-01-05", "vice_ministerial", "リガ"), ("2024-01-06", "other", "リガ")]
    assert [_people(e) for e in evs] == [
        [("山田", "外務大臣政務官", "JP"), ("ペトロフ", "外務次官", "LV")],
        [("山田", "外務大臣政務官", "JP"), ("カラス", "外務大臣", "LV")],
    ]


def test_bracketed_sections_give_the_country():
    evs = _events(SECTIONS)
    assert [_people(e)[1] for e in evs] == [("ペトロフ", "外務次官", "LV"), ("カラス", "首相", "EE")]
    assert [e["city"] for e in evs] == ["リガ", "タリン"]
