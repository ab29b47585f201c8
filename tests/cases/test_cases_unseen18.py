"""Cases of pages written in forms probe 18 (tests/test_generalisation18.py) found unread.

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

HEAD = "日・ラトビア首脳会談\n令和6年3月8日\n\n3月7日、山田内閣総理大臣は、総理大臣官邸において、ペトロフ・ラトビア首相と首脳会談を行いました。"

# --- a visit named by its visitor and the place, the time between them (X総理が本年夏頃にラトビアを訪問する) ----------------
VISIT_AFTER_TIME = [
    ("両首脳は、山田総理が本年夏頃にラトビアを訪問することで一致しました。", ("山田総理のラトビア訪問", "2024")),
    ("両首脳は、山田総理が年内にラトビアを訪問することで一致しました。", ("山田総理のラトビア訪問", "2024")),
    ("両首脳は、山田総理が来年春にもラトビアを訪問することで一致しました。", ("山田総理のラトビア訪問", "2025")),
]

# --- a talk held written 会談を持った / 会談を持ちました / 会談を持ち、: its day, clock and length --------------------------------
HELD_MOTSU = [
    (
        "日・ラトビア外相会談\n令和6年3月8日\n\n3月7日午前10時から約1時間、山田外務大臣は、リガにおいて、ペトロフ・ラトビア外務大臣と"
        "会談を持った。\n",
        "talks.held.motta",
    ),
    (
        "日・ラトビア外相会談\n令和6年3月8日\n\n3月7日午前10時から約1時間、山田外務大臣は、リガにおいて、ペトロフ・ラトビア外務大臣と"
        "会談を持ちました。\n",
        "talks.held.mochimashita",
    ),
    (
        "日・ラトビア外相会談\n令和6年3月8日\n\n3月7日午前10時から約1時間、山田外務大臣は、リガにおいて、ペトロフ・ラトビア外務大臣と"
        "会談を持ち、経済関係について意見交換を行いました。\n",
        "talks.held.mochi",
    ),
]

# --- officials of vice-minister rank: a national security adviser, Korea's national security office's head, a deputy chief
# cabinet secretary's call received from a vice-minister --------------------------------------------------------------------
SECURITY = [
    (
        "山田国家安全保障局長とペトロフ・ラトビア国家安全保障担当大統領補佐官との会談\n令和6年3月8日\n\n"
        "3月7日、山田国家安全保障局長は、リガにおいて、ペトロフ国家安全保障担当大統領補佐官と会談しました。\n",
        "roles.vice.anzen_hosho_hosakan",
    ),
    (
        "山田国家安全保障局長と金韓国国家安保室長との電話会談\n令和6年3月8日\n\n"
        "本8日、山田国家安全保障局長は、金泰成韓国国家安保室長と電話会談を行いました。\n",
        "roles.vice.anpo_shitsucho",
    ),
    (
        "山田内閣官房副長官とペトロフ・ラトビア外務次官との会談\n令和6年3月8日\n\n"
        "3月8日、山田内閣官房副長官は、総理大臣官邸において、来日中のペトロフ・ラトビア外務次官の表敬を受けました。\n",
        "roles.vice.jikan",
    ),
]

# --- heads of state with titles of their own: the Pope (教皇聖下, the Holy See's), a sovereign prince (モナコ公) -------------
POPE = (
    "山田内閣総理大臣とヨハネ24世教皇聖下との会談\n令和6年3月8日\n\n"
    "3月7日、イタリアを訪問中の山田内閣総理大臣は、バチカンにおいて、ヨハネ24世教皇聖下と会談を行いました。"
    "山田総理から、教皇聖下の訪日を招待し、ヨハネ24世教皇聖下から、謝意が表明されました。\n"
)
PRINCE = (
    "山田内閣総理大臣とアルベール3世モナコ公との会談\n令和6年3月8日\n\n"
    "3月7日、山田内閣総理大臣は、総理大臣官邸において、来日中のアルベール3世モナコ公と会談を行いました。\n"
)

# --- condolences: a book signed at an embassy is no talk; a condolence mission abroad is a visit ---------------------------
CONDOLENCE_BOOK = (
    "山田外務大臣による弔問記帳\n令和6年3月8日\n\n"
    "本8日、山田外務大臣は、在京ラトビア大使館を訪れ、前大統領の逝去に対する弔問記帳を行いました。\n"
)
CONDOLENCE_MISSION = (
    "山田総理特使の弔問（ラトビア）\n令和6年3月8日\n\n"
    "山田元内閣総理大臣は、総理特使として、3月6日から7日まで、ラトビアを訪問し、前大統領の国葬に参列しました。"
    "7日、山田特使は、リガにおいて、ペトロフ大統領と会談しました。\n"
)

# --- a visit that was the occasion of an act done (…総理の訪問の機会に立ち上げた「…対話」): no plan; the dialogue's round is ------
PAST_OCCASION = "両首脳は、山田総理の訪問の機会に立ち上げた「日ラトビア戦略対話」の第1回会合を本年中にリガで開催することで一致しました。"

# --- a talk the same day on a page of talks (同日午後、…を表敬): the city of the talk before it -------------------------------
SAME_DAY = (
    "日・ラトビア外相会談及びペトロフ大統領への表敬\n令和6年3月8日\n\n"
    "1 3月7日午前、ラトビアを訪問中の山田外務大臣は、リガにおいて、カルニンシュ・ラトビア外務大臣と外相会談を行いました。\n"
    "2 同日午後、山田大臣は、ペトロフ大統領を表敬しました。\n"
)

# --- talks under headings below a lead that tells them (…は、各国要人と、迎賓館赤坂離宮において以下のとおり会談を行いました):
# each held by the lead's subject at the lead's place; a heading naming its counterpart (2 X副大統領との会談) is the talk
# the sentence under it reports; the late former prime minister of the heading's funeral holds none ------------------------
FUNERAL = (
    "故山田元内閣総理大臣の国葬儀の機会における首脳会談等\n令和6年3月8日\n\n"
    "3月7日の故山田元内閣総理大臣の国葬儀の機会に、鈴木内閣総理大臣は、弔問のため訪日した各国要人と、迎賓館赤坂離宮に"
    "おいて以下のとおり会談を行いました。\n"
    "1 日・ラトビア首脳会談\n午後3時から約20分間、ペトロフ首相と会談しました。\n"
    "2 カラス・エストニア副大統領との会談\n午後4時から約15分間、カラス・エストニア副大統領と会談しました。\n"
)

# --- a talk on the occasion of a coronation, a state funeral or a funeral: the occasion as written, the one crowned or
# mourned no principal ---------------------------------------------------------------------------------------------------
CEREMONIES = [
    (
        "日・ラトビア首脳会談\n令和6年3月8日\n\n3月7日、カルリス3世国王の戴冠式に参列するためラトビアを訪問中の山田内閣総理大臣は、"
        "リガにおいて、ペトロフ・ラトビア首相と会談しました。\n",
        "places.gathering_end.taikanshiki",
        "戴冠式",
    ),
    (
        "日・ラトビア首脳会談\n令和6年3月8日\n\n3月7日、故カルニンシュ前大統領の国葬参列のためラトビアを訪問中の山田内閣総理大臣は、"
        "リガにおいて、ペトロフ・ラトビア首相と会談しました。\n",
        "places.gathering_end.kokuso",
        "国葬",
    ),
    (
        "日・ラトビア首脳会談\n令和6年3月8日\n\n3月7日、カルニンシュ元首相の葬儀に参列するためラトビアを訪問中の山田内閣総理大臣は、"
        "リガにおいて、ペトロフ・ラトビア首相と会談しました。\n",
        "places.gathering_end.sogi",
        "葬儀",
    ),
]


def case_texts() -> list[str]:
    return (
        [HEAD + s + "\n" for s, _ in VISIT_AFTER_TIME]
        + [t for t, _ in HELD_MOTSU]
        + [t for t, _ in SECURITY]
        + [POPE, PRINCE, CONDOLENCE_BOOK, CONDOLENCE_MISSION, HEAD + PAST_OCCASION + "\n", SAME_DAY, FUNERAL]
        + [t for t, _r, _o in CEREMONIES]
        + [FORMER_PM, LISTED_TABLE, INAUGURATION_LEAD, NSA_SHORT, ENTHRONEMENT, MEAL_AFTER, NSA_PM]
    )


def _events(text: str) -> list[dict]:
    return extract_text(text).record.to_json_dict()["events"]


@pytest.mark.parametrize("text,expected", VISIT_AFTER_TIME)
def test_visit_after_its_time(text, expected):
    (ev,) = _events(HEAD + text + "\n")
    assert [(p["what"], p["date"], p["place"]) for p in ev["planned"]] == [(*expected, "ラトビア")]


@pytest.mark.parametrize("text,rule", HELD_MOTSU)
def test_talk_held_motsu(text, rule):
    with lexicon.trace() as fired:
        (ev,) = _events(text)
    assert rule in fired
    assert (ev["date"], ev["start_local"], ev["duration_min"], ev["city"], ev["kind"]) == (
        "2024-03-07",
        "10:00",
        60,
        "リガ",
        "foreign_ministers",
    )


@pytest.mark.parametrize("text,rule", SECURITY)
def test_officials_of_vice_rank(text, rule):
    with lexicon.trace() as fired:
        (ev,) = _events(text)
    assert rule in fired and ev["kind"] == "vice_ministerial", (ev["kind"], ev["principals"])


def test_heads_titled_pope_and_prince():
    with lexicon.trace() as fired:
        (ev,) = _events(POPE)
    assert {"roles.end.kyoko", "roles.head.kyoko", "roles.country.kyoko", "roles.honorific.seika"} <= fired, sorted(fired)
    assert ev["kind"] == "summit" and ev["principals"][-1] == {
        **ev["principals"][-1],
        "name": "ヨハネ24世",
        "role": "教皇",
        "country": "VA",
    }
    with lexicon.trace() as fired:
        (ev,) = _events(PRINCE)
    assert {"roles.end.ko_prince", "roles.head_only.ko_prince"} <= fired, sorted(fired)
    assert ev["kind"] == "summit" and [(p["name"], p["role"], p["country"]) for p in ev["principals"]][-1] == ("アルベール3世", "公", "MC")


def test_condolence_book_and_mission():
    with lexicon.trace() as fired:
        rec = extract_text(CONDOLENCE_BOOK).record
    assert {"layout.heading.chomon", "layout.title_type.kicho"} <= fired
    assert (rec.title, rec.doc_type, rec.events) == ("山田外務大臣による弔問記帳", "other", [])
    with lexicon.trace() as fired:
        rec = extract_text(CONDOLENCE_MISSION).record
    assert "layout.visit_title.chomon" in fired and rec.doc_type == "visit"
    assert [(e.date, e.city) for e in rec.events] == [("2024-03-07", "リガ")]
    assert "roles.start.tokushi" in fired  # 山田特使: the envoy by his mission's short title
    assert [(p.name, p.country) for p in rec.events[0].principals] == [("山田", "JP"), ("ペトロフ", "LV")]


def test_visit_as_past_occasion_is_no_plan():
    with lexicon.trace() as fired:
        (ev,) = _events(HEAD + PAST_OCCASION + "\n")
    assert "plans.past_occasion.ta" in fired
    assert [(p["what"], p["date"], p["place"]) for p in ev["planned"]] == [("「日ラトビア戦略対話」の第1回会合", "2024", "リガ")]


def test_same_day_talk_in_the_city_before():
    with lexicon.trace() as fired:
        evs = _events(SAME_DAY)
    assert "places.itinerary.same_day" in fired
    assert [(e["date"], e["city"]) for e in evs] == [("2024-03-07", "リガ"), ("2024-03-07", "リガ")]


def test_talks_under_a_lead_that_tells_them():
    with lexicon.trace() as fired:
        evs = _events(FUNERAL)
    assert {"talks.list_lead.ika", "roles.late.ko"} <= fired
    assert [(e["kind"], e["venue"], e["city"], e["start_jst"], [(p["name"], p["country"]) for p in e["principals"]]) for e in evs] == [
        ("summit", "迎賓館赤坂離宮", "東京", "15:00", [("鈴木", "JP"), ("ペトロフ", "LV")]),
        ("other", "迎賓館赤坂離宮", "東京", "16:00", [("鈴木", "JP"), ("カラス", "EE")]),
    ]


@pytest.mark.parametrize("text,rule,occasion", CEREMONIES)
def test_talk_on_a_ceremony(text, rule, occasion):
    with lexicon.trace() as fired:
        (ev,) = _events(text)
    assert rule in fired and occasion in (ev["occasion"] or ""), ev["occasion"]
    assert [(p["name"], p["country"]) for p in ev["principals"]] == [("山田", "JP"), ("ペトロフ", "LV")]


# --- a former prime minister after a katakana name (…元首相): 元 + 首相, not the head of state's 元首 --------------------------
FORMER_PM = "日・ラトビア首脳会談\n令和6年3月8日\n\n3月7日、山田内閣総理大臣は、総理大臣官邸において、カルニンシュ・ラトビア元首相と会談しました。\n"


def test_former_prime_minister():
    with lexicon.trace() as fired:
        (ev,) = _events(FORMER_PM)
    assert "roles.former_shusho.moto" in fired
    assert ev["kind"] == "other" and [(p["name"], p["role"]) for p in ev["principals"]][-1] == ("カルニンシュ", "元首相")


# --- officials listed in a table below a lead (…来日した要人と以下のとおり会談を行いました): each row a talk held by the lead's
# subject (a foreign minister, not only a head), its clock the row's ---------------------------------------------------------
LISTED_TABLE = (
    "要人との会談\n令和6年3月8日\n\n"
    "3月7日、山田外務大臣は、国際会議出席のため来日した要人と以下のとおり会談を行いました。\n"
    "| 時間 | 会談相手 |\n| 午前10時～10時20分 | ペトロフ・ラトビア外務大臣 |\n| 午前10時30分～10時50分 | カラス・エストニア外務大臣 |\n"
)


def test_officials_listed_in_a_table():
    with lexicon.trace() as fired:
        evs = _events(LISTED_TABLE)
    assert "talks.listed_officials.yojin_to_ika" in fired
    assert [(e["kind"], e["start_local"], e["duration_min"], [p["name"] for p in e["principals"]]) for e in evs] == [
        ("foreign_ministers", "10:00", 20, ["山田", "ペトロフ"]),
        ("foreign_ministers", "10:30", 20, ["山田", "カラス"]),
    ]


# --- a list lead naming the one inaugurated (X大統領の就任式典出席のため…以下のとおり会談を行った): still no talk of its own --------
INAUGURATION_LEAD = (
    "ラトビア大統領就任式典出席の機会における会談\n令和6年3月8日\n\n"
    "3月7日（現地時間）、山田外務大臣は、ペトロフ・ラトビア大統領の就任式典出席のためリガを訪問中、以下のとおり会談を行った。\n"
    "(1) ペトロフ・ラトビア大統領との会談\n午前9時から約15分間、ペトロフ大統領と会談した。\n"
    "(2) 日・エストニア外相会談\n午前11時から約20分間、カラス・エストニア外務大臣と会談した。\n"
)
# --- a national security adviser written without 担当 (国家安全保障補佐官) --------------------------------------------------------
NSA_SHORT = (
    "山田国家安全保障局長の訪問\n令和6年3月8日\n\n"
    "3月7日、山田国家安全保障局長は、リガにおいて、ペトロフ・ラトビア国家安全保障補佐官と会談しました。\n"
)


def test_list_lead_naming_the_inaugurated():
    with lexicon.trace() as fired:
        evs = _events(INAUGURATION_LEAD)
    assert "attendees.not_principal.shuninshiki" in fired and "talks.list_lead.ika" in fired
    assert [(e["date"], e["kind"], [p["name"] for p in e["principals"]]) for e in evs] == [
        ("2024-03-07", "other", ["山田", "ペトロフ"]),
        ("2024-03-07", "foreign_ministers", ["山田", "カラス"]),
    ]


def test_national_security_adviser_short():
    (ev,) = _events(NSA_SHORT)
    assert ev["kind"] == "vice_ministerial"


# --- an enthronement (…国王の即位式に参列するため): the occasion, the one enthroned no principal --------------------------------
ENTHRONEMENT = (
    "日・ラトビア首脳会談\n令和6年3月8日\n\n3月7日、カルリス3世国王の即位式に参列するためラトビアを訪問中の山田内閣総理大臣は、"
    "リガにおいて、ペトロフ・ラトビア首相と会談しました。\n"
)
# --- a working meal after the talk, its length after it (その後、…ワーキング・ディナーを持ち、約1時間にわたり…): added -------------
MEAL_AFTER = (
    "日・ラトビア首脳会談\n令和6年3月8日\n\n3月7日午後6時から約1時間、総理大臣官邸において、山田内閣総理大臣とペトロフ・ラトビア首相"
    "との間で首脳会談が開催されました。その後、両首脳は、場所を移してワーキング・ディナーを持ち、約1時間にわたり意見交換を"
    "行いました。\n"
)
NSA_PM = (
    "山田国家安全保障局長の訪問\n令和6年3月8日\n\n"
    "3月7日、山田国家安全保障局長は、キャンベラにおいて、テイラー・オーストラリア国家安全保障担当首相補佐官と会談しました。\n"
)


def test_enthronement():
    with lexicon.trace() as fired:
        (ev,) = _events(ENTHRONEMENT)
    assert {"places.gathering_end.sokuishiki", "attendees.not_principal.sokuishiki"} <= fired
    assert "即位式" in (ev["occasion"] or "") and [p["name"] for p in ev["principals"]] == ["山田", "ペトロフ"]


def test_meal_after_with_its_length_after():
    (ev,) = _events(MEAL_AFTER)
    assert ev["duration_min"] == 120


def test_national_security_adviser_of_a_prime_minister():
    (ev,) = _events(NSA_PM)
    assert ev["kind"] == "vice_ministerial"
