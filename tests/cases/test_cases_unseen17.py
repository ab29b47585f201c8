"""Cases of pages written in forms probe 17 (tests/test_generalisation17.py) found unread: an ambassador's credentials
presented to a head of state (a call on them, the talk after it part of it; to the Emperor at the ceremony no talk), a
copy of the credentials received by a minister (a new ambassador's call), the Fisheries Agency's officials heading a
fisheries talk's delegation; a tour's programme by day whose terse items a 。 closes, each item in the city its line
names (…においてX首相と首脳会談) or the programme's last arrival (パリ着。X大統領と首脳会談).

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

# --- credentials presented to a president, a talk after the ceremony: one call, its day and place the presentation's ------
CREDENTIALS = ("山田駐ラトビア大使の信任状捧呈\n令和6年3月6日\n\n"
               "3月5日、山田駐ラトビア大使は、リガの大統領府において、ペトロフ・ラトビア大統領に信任状を捧呈しました。"
               "捧呈式の後、山田大使は、ペトロフ大統領と懇談し、二国間関係について意見交換を行いました。\n")
# … to the Emperor, at the ceremony of the new ambassadors: no talk (the heading a ceremony's)
CEREMONY = ("新任駐日大使の信任状捧呈式\n令和6年3月6日\n\n"
            "3月6日、皇居宮殿において、新任駐日大使による信任状捧呈式が行われ、以下の大使が天皇陛下に信任状を捧呈しました。\n"
            "・ペトロフ駐日ラトビア大使\n・カラス駐日エストニア大使\n")
# --- a copy of the credentials received by a parliamentary vice-minister: the new ambassador's call ---------------------
COPY = ("新任駐日ラトビア大使による信任状写しの提出\n令和6年3月6日\n\n"
        "3月6日、午前11時から約15分間、山田外務大臣政務官は、外務省において、ペトロフ新任駐日ラトビア大使から信任状写しの提出を受けました。\n")
# --- a fisheries commission, the Fisheries Agency's officials heading Japan's side -------------------------------------------
FISHERIES = ("日・ラトビア漁業委員会第3回会合の結果\n令和6年3月8日\n\n"
             "3月5日から8日まで、リガにおいて、日・ラトビア漁業委員会第3回会合が開催されました。"
             "日本側からは山田水産庁資源管理部長ほかが、ラトビア側からはペトロフ農業省次官ほかが出席しました。\n")

# --- a tour's programme by day: terse items, a 。 between them; each item's city its line's, or the last arrival's ---------
TOUR = ("山田内閣総理大臣の欧州歴訪\n令和6年3月9日\n\n"
        "山田内閣総理大臣は、3月4日から8日まで、ラトビア、エストニア及びフィンランドを訪問しました。\n"
        "【訪問日程】\n"
        "3月4日(月) リガ着。ペトロフ・ラトビア首相と首脳会談、夕食会\n"
        "3月6日(水) タリンにおいてカラス・エストニア首相と首脳会談\n"
        "3月7日(木) ヘルシンキにおいてコスキ・フィンランド首相と首脳会談\n"
        "3月8日(金) 帰国\n")

# --- working-level talks held by officials below the vice-ministers: vice_ministerial by their ranks -----------------------
def _officials(jp: str, lv: str) -> str:
    return ("日・ラトビア実務協議の結果\n令和6年3月8日\n\n"
            f"3月8日、リガにおいて、日・ラトビア間の協議が行われました。日本側からは{jp}ほかが、ラトビア側からは{lv}ほかが出席しました。\n")


OFFICIALS = [
    (_officials("山田財務省主税局参事官", "ペトロフ財務省税務局参事官"), "roles.vice.sanjikan"),
    (_officials("山田水産庁資源管理部長", "ペトロフ農業省漁業部長"), "roles.vice.bucho"),
    (_officials("山田外務省欧州局中・東欧課長", "ペトロフ外務省アジア課長"), "roles.vice.kacho"),
    (_officials("山田外務省アジア大洋州局参事官", "劉建外交部アジア司長"), "roles.vice.shicho"),
    (_officials("山田水産庁長官", "ペトロフ漁業庁長官"), "roles.vice.cho_chokan"),
]

# --- a press conference: a talk named only in a journalist's question, or held by two others, is none of the page --------
PRESS_NONE = ("山田外務大臣会見記録\n令和6年3月8日\n\n【山田外務大臣】\n冒頭発言\n冒頭、私からはございません。\n質疑応答\n"
              "【記者】先週行われた米露首脳会談について、受け止めをお聞かせください。\n"
              "【山田外務大臣】米露両国の首脳が対話を行ったことを歓迎します。\n")
# … but the talk the minister's answer reports is
PRESS_ANSWER = ("山田外務大臣会見記録\n令和6年3月8日\n\n"
                "(問)昨日の日・ラトビア外相会談について伺います。\n"
                "(答)昨日、ペトロフ・ラトビア外務大臣と外相会談を行いました。私から、投資環境の改善を求めました。\n")

# --- a transcript whose heading names no pair: the pair its body names (日韓首脳会談, 日露外相…) is the counterpart's; a
# visit to Japan said by its host (…を日本にお迎えし) places the plan
PRESS_PAIR = ("山田内閣総理大臣記者会見\n令和6年3月8日\n\n【山田総理】\n"
              "昨日、ソウルにおいて、金在浩大統領と首脳会談を行いました。"
              "また、来月、金大統領を日本にお迎えし、日韓首脳会談を行うことで一致しました。\n")
PRESS_FM_PAIR = ("山田外務大臣会見記録\n令和6年3月8日\n\n"
                 "【記者】昨日の日露外相電話会談について伺います。\n"
                 "【山田外務大臣】昨日、ペトロフ外務大臣と約30分間、電話会談を行いました。\n")

# --- the day of arrival, then the talk's own day with its clock: the later day is the talk's -------------------------------
ARRIVAL = ("山田内閣総理大臣のラトビア訪問\n令和6年3月8日\n\n"
           "6日夜、リガに到着した山田総理は、7日午前10時から約1時間、ペトロフ・ラトビア首相と首脳会談を行いました。\n")

# --- a negotiation round whose chief negotiators are named after their sides (…を首席交渉官として): its heads, their rank ----
NEGOTIATORS = ("日・ラトビア投資協定第2回交渉会合\n令和6年3月8日\n\n"
               "1 3月4日から8日まで、リガにおいて、日・ラトビア投資協定の第2回交渉会合が行われました。\n"
               "2 本会合では、日本側は山田外務省投資政策課長を、ラトビア側はペトロフ経済省次官補を首席交渉官として、交渉を行いました。\n")

# --- a delegation's head labelled in brackets after it (…代表団(団長:X会長)は): the party's principal -----------------------
HEAD_IN_BRACKETS = ("日本経済界代表団によるペトロフ・ラトビア大統領表敬\n令和6年3月8日\n\n"
                    "3月8日、リガを訪問中の日本経済界代表団（団長：山田日本商工会議所会長）は、ペトロフ・ラトビア大統領を表敬しました。\n")

# --- an announced stay in a city (…を訪問します), then the talk set for it in a sentence of its own: the stay's city --------
ANNOUNCED_STAY = ("外務報道官会見記録\n令和6年3月1日\n\n【外務報道官】\n冒頭発言\n"
                  "山田外務大臣は、3月4日から6日まで、リガを訪問します。滞在中、5日にペトロフ・ラトビア外務大臣と外相会談を行う予定です。\n")


def case_texts() -> list[str]:
    return [CREDENTIALS, CEREMONY, COPY, FISHERIES, TOUR, PRESS_NONE, PRESS_ANSWER, PRESS_PAIR, PRESS_FM_PAIR, ARRIVAL, NEGOTIATORS, HEAD_IN_BRACKETS, ANNOUNCED_STAY] + [t for t, _r in OFFICIALS]


def _events(text: str) -> list[dict]:
    return extract_text(text).record.to_json_dict()["events"]


def test_credentials_presented_are_a_call():
    with lexicon.trace() as fired:
        (ev,) = _events(CREDENTIALS)
    assert "talks.call.shinninjo_hotei" in fired
    assert (ev["date"], ev["city"], ev["venue"], ev["kind"]) == ("2024-03-05", "リガ", "大統領府", "other")
    assert [(p["name"], p["country"]) for p in ev["principals"]] == [("山田", "JP"), ("ペトロフ", "LV")]


def test_credentials_to_the_emperor_are_no_talk():
    with lexicon.trace() as fired:
        rec = extract_text(CEREMONY).record
    assert "layout.title_type.credentials_ceremony" in fired and "layout.heading.hotei" in fired
    assert rec.doc_type == "other" and rec.title == "新任駐日大使の信任状捧呈式" and not rec.events


def test_copy_of_credentials_is_a_call():
    with lexicon.trace() as fired:
        (ev,) = _events(COPY)
    assert "talks.call.shinninjo_utsushi" in fired
    assert (ev["venue"], ev["city"], ev["start_jst"], ev["duration_min"]) == ("外務省", "東京", "11:00", 15)
    assert [(p["name"], p["country"]) for p in ev["principals"]] == [("山田", "JP"), ("ペトロフ", "LV")]


def test_fisheries_agency_title():
    with lexicon.trace() as fired:
        (ev,) = _events(FISHERIES)
    assert "roles.start.suisancho" in fired
    assert [(p["name"], p["role"]) for p in ev["principals"]][0] == ("山田", "水産庁資源管理部長")


def test_tour_programme_by_day():
    rec = extract_text(TOUR).record.to_json_dict()
    assert rec["doc_type"] == "visit"
    assert [(e["date"], e["city"], e["principals"][-1]["name"]) for e in rec["events"]] == [
        ("2024-03-04", "リガ", "ペトロフ"), ("2024-03-06", "タリン", "カラス"), ("2024-03-07", "ヘルシンキ", "コスキ")]


@pytest.mark.parametrize("text,rule", OFFICIALS)
def test_officials_rank(text, rule):
    with lexicon.trace() as fired:
        (ev,) = _events(text)
    assert rule in fired and ev["kind"] == "vice_ministerial", (ev["kind"], ev["principals"])


def test_press_conference_talks():
    rec = extract_text(PRESS_NONE).record
    assert rec.doc_type == "press_conference" and not rec.events
    (ev,) = _events(PRESS_ANSWER)
    assert ev["date"] == "2024-03-07" and [p["name"] for p in ev["principals"]] == ["山田", "ペトロフ"]


def test_transcript_pair_and_host_visit():
    with lexicon.trace() as fired:
        (ev,) = _events(PRESS_PAIR)
    assert {"roles.body_pair.shuno", "plans.visit.nihon_ni_omukae"} <= fired
    assert ev["principals"][-1]["country"] == "KR" and [(p["date"], p["place"]) for p in ev["planned"]] == [("2024-04", "日本")]
    with lexicon.trace() as fired:
        (ev,) = _events(PRESS_FM_PAIR)
    assert "roles.body_pair.gaisho" in fired and ev["principals"][-1]["country"] == "RU" and ev["date"] == "2024-03-07"


def test_arrival_day_is_not_the_talks():
    (ev,) = _events(ARRIVAL)
    assert (ev["date"], ev["city"], ev["start_local"]) == ("2024-03-07", "リガ", "10:00")


def test_chief_negotiators_head_the_round():
    with lexicon.trace() as fired:
        (ev,) = _events(NEGOTIATORS)
    assert "attendees.delegation.kosho_kan" in fired
    assert ev["kind"] == "vice_ministerial" and [(p["name"], p["country"]) for p in ev["principals"]] == [("山田", "JP"), ("ペトロフ", "LV")]


def test_head_in_brackets():
    with lexicon.trace() as fired:
        (ev,) = _events(HEAD_IN_BRACKETS)
    assert "attendees.head_label.dancho" in fired
    assert [(p["name"], p["country"]) for p in ev["principals"]] == [("山田", "JP"), ("ペトロフ", "LV")] and ev["city"] == "リガ"


def test_announced_stay_city():
    with lexicon.trace() as fired:
        (ev,) = _events(ANNOUNCED_STAY)
    assert "places.visit.wo_homon" in fired and (ev["date"], ev["city"]) == ("2024-03-05", "リガ")
