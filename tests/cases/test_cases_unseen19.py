"""Cases of pages written in forms probe 19 (tests/test_generalisation19.py) found unread: a talk's length told by its
sittings, halves or parts of the day (午前…まで及び午後…までの2回にわたり; 前半約40分間…、後半約50分間…; 午前の部(約1時間)…
午後の部(約1時間30分)) or as a total for it and what continued it, in a sentence of its own (あわせて延べ約3時間); the one a
stand-in stands for (Xの代理として, Xの名代として), no principal, and a minister with the other side's official standing in
(other, whatever the heading calls it); an envoy summoned to the ministry (…を外務省に召致し), a talk in Tokyo; counterparts
of special standing: the Pope (レオ14世ローマ教皇, フランシスコ・ローマ教皇: the Holy See's head of state) and the Holy See's
外務長官 (its foreign minister), Hong Kong's chief executive (香港特別行政区行政長官: HK, no minister), the ICRC's president
(赤十字国際委員会(ICRC)総裁: of no country); the one-character names of Poland and Greece in a heading's pair (日波, 日希),
the only place the page names the counterpart's country; a working group of the sides' officials (局長級作業部会), a talk;
the delegates named by side in the sentence after the talk's (…、北朝鮮側はB外務省大使を代表として): the label's side, not the
title's (a foreign 外務省 is no Japan's); a page's date with its year again in the other reckoning, in brackets
(2004年(平成16年)8月20日, 平成16年(2004年)8月20日); an old page's numbered line labelled for both date and place
(1.日時・場所:…午前10時~11時15分、於:外務省); a heading in an old table's cell between image cells (![]() | 日・X首脳会談 |
![]()): the heading alone; a visit's programme as an old table, a day's row naming a talk after the arrival's row (| 9月6日
(木) | X着 | then | 9月7日(金) | …との首脳会談 |): the talk in the city arrived at; planned acts of one relationship's agenda:
an exchange year's opening or closing (「A年」の閉会式), an exchange named in quotes (「ビザなし交流」), three acts listed
(A、B及びC: three plans); found by the stress set: a talk that 開かれ (…作業部会が開かれ、), a project planned (試行事業,
not the 行事 inside it), Hungary's one-character name (日洪).

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

# --- two sittings of one talk, each from its start to its end: the talk lasts their sum ------------------------------------
SITTINGS = (
    "日・ラトビア外相会談\n令和6年3月8日\n\n"
    "3月7日、リガを訪問中の山田外務大臣は、午前9時から午前10時30分まで及び午後3時から午後4時までの2回にわたり、"
    "ペトロフ・ラトビア外務大臣と外相会談を行いました。\n"
)
# --- the talk told by its two halves, each with its length ------------------------------------------------------------------
HALVES = (
    "日・ラトビア首脳会談\n令和6年3月8日\n\n"
    "3月8日、山田内閣総理大臣は、総理大臣官邸において、来日中のペトロフ・ラトビア首相と首脳会談を行いました。"
    "会談は午後5時から行われ、前半約30分間は少人数で、後半約45分間は拡大会合の形式で行われました。\n"
)
# --- a day's sessions named by their part of the day, each with its length in brackets ---------------------------------------
PARTS = (
    "日・ラトビア次官級協議\n令和6年3月8日\n\n"
    "3月7日、リガにおいて、日・ラトビア次官級協議が開催されました。協議は、午前の部(約1時間30分)に続き、"
    "昼食を挟んで午後の部(約2時間)が行われ、日本側から山田外務審議官が、ラトビア側からペトロフ外務次官が出席しました。\n"
)


# --- the length of the talk and what continued it, given together in the next sentence ---------------------------------------
def _total(words: str) -> str:
    return (
        "日・ラトビア首脳会談\n令和6年3月8日\n\n"
        "3月8日、午後7時から、山田内閣総理大臣は、総理大臣官邸において、来日中のペトロフ・ラトビア首相と首脳会談及び"
        f"ワーキング・ディナーを行いました。会談とワーキング・ディナーは、{words}約2時間30分にわたりました。\n"
    )


TOTALS = [
    (_total("あわせて延べ"), ("talks.total.awasete", "talks.total.nobe")),
    (_total("合わせて"), ("talks.total.awasete_kanji",)),
    (_total("合計"), ("talks.total.gokei",)),
]


# --- a stand-in: the one stood in for is no principal; the stand-in's own rank gives the kind --------------------------------
STAND_IN = (
    "日・ラトビア外相会談\n令和6年3月8日\n\n"
    "3月7日、リガを訪問中の山田外務大臣は、ペトロフ外務大臣の代理として出席したカルニンシュ・ラトビア外務次官と会談を"
    "行いました。\n"
)
ENVOY = (
    "山田内閣総理大臣とカルニンシュ・ラトビア副首相との会談\n令和6年3月8日\n\n"
    "3月8日、山田内閣総理大臣は、総理大臣官邸において、ペトロフ大統領の名代として来日中のカルニンシュ・ラトビア副首相と"
    "会談を行いました。\n"
)
# --- an envoy summoned to the ministry: a talk, at Japan's own ministry in Tokyo --------------------------------------------
SUMMONED = (
    "在京ラトビア臨時代理大使の召致\n令和6年3月8日\n\n"
    "3月8日、山田外務事務次官は、カルニンシュ在京ラトビア臨時代理大使を外務省に召致し、厳重に抗議しました。\n"
)


# --- counterparts of special standing: the Holy See, Hong Kong, the ICRC -------------------------------------------------------
POPE = (
    "山田内閣総理大臣によるローマ教皇への謁見\n令和6年3月8日\n\n"
    "3月8日、イタリアを訪問中の山田内閣総理大臣は、バチカンにおいて、レオ14世ローマ教皇に謁見しました。\n"
)
POPE_JOINED = (
    "山田内閣総理大臣によるローマ教皇への謁見\n令和6年3月8日\n\n3月8日、山田内閣総理大臣は、フランシスコ・ローマ教皇に謁見しました。\n"
)
HOLY_SEE_FM = "日・ローマ教皇庁外相会談\n令和6年3月8日\n\n3月8日、山田外務大臣は、ギャラガー教皇庁外務長官と会談を行いました。\n"
HONG_KONG = (
    "山田外務大臣とリー香港特別行政区行政長官との会談\n令和6年3月8日\n\n"
    "3月8日、山田外務大臣は、外務省において、来日中のリー香港特別行政区行政長官と会談を行いました。\n"
)
ICRC = (
    "山田外務大臣とシュトラウス赤十字国際委員会総裁との会談\n令和6年3月8日\n\n"
    "3月8日、山田外務大臣は、外務省において、来日中のシュトラウス赤十字国際委員会(ICRC)総裁と会談を行いました。\n"
)
SPECIAL = [
    (POPE, "summit", ("レオ14世", "VA"), ("roles.end.kyoko", "roles.head.kyoko", "roles.country.kyoko")),
    (POPE_JOINED, "summit", ("フランシスコ", "VA"), ("roles.start.roma",)),
    (HOLY_SEE_FM, "foreign_ministers", ("ギャラガー", "VA"), ("roles.fm.gaimu_chokan",)),
    (HONG_KONG, "other", ("リー", "HK"), ("roles.country.hong_kong",)),
    (ICRC, "other", ("シュトラウス", None), ("roles.org_body.sekijuji",)),
]


# --- a heading's pair in one-character names, the counterpart named without a country: Poland (波), Greece (希) -------------
PAIRS = [
    (
        "日波首脳会談\n令和6年3月8日\n\n3月8日、山田内閣総理大臣は、来日中のコヴァルスキ首相と首脳会談を行いました。"
        "コヴァルスキ首相から、電波の周波数調整での協力を希望する旨の発言がありました。\n",
        "PL",
    ),
    ("日希外相会談\n令和6年3月8日\n\n3月8日、アテネを訪問中の山田外務大臣は、パパス外務大臣と会談を行いました。\n", "GR"),
]


# --- a working group of the sides' officials over two days, its next meeting planned ----------------------------------------
WORKING_GROUP = (
    "日・ラトビア局長級作業部会の開催\n令和6年3月8日\n\n"
    "3月6日及び7日、リガにおいて、日・ラトビア間の人の往来に関する局長級作業部会が開催されました。"
    "日本側からは山田外務省欧州局長が、ラトビア側からはペトロフ外務省経済局長が出席しました。"
    "次回の作業部会は、年内に東京で開催する予定です。\n"
)


# --- delegates named by side in the next sentence, a kanji name whose title holds a foreign 外務省 ------------------------------
LABELLED = (
    "日朝政府間協議の結果\n令和6年3月8日\n\n"
    "3月7日、北京において、日朝政府間協議が行われた。本協議は、日本側は山田外務省アジア大洋州局長を、"
    "北朝鮮側は朴成一外務省大使を代表として行われた。\n"
)


# --- the page's date with the year in both reckonings ------------------------------------------------------------------------
def _both_years(line: str) -> str:
    return f"日・ラトビア外相会談\n{line}\n\n1.8月19日、リガを訪問中の山田外務大臣は、ペトロフ外務大臣と会談を行った。\n"


BOTH_YEARS = [_both_years("2004年（平成16年）8月20日"), _both_years("平成16年(2004年)8月20日")]


# --- one labelled line for the date, the clock and the place, numbered 1. -------------------------------------------------
DATE_PLACE = (
    "日・ラトビア外相会談（概要）\n平成18年5月12日\n\n"
    "１．日時・場所：平成18年5月12日（金）午後3時～4時10分、於：外務省\n"
    "２．出席者：（日本側）山田外務大臣他、（ラトビア側）ペトロフ外務大臣他\n"
    "３．両外相は、両国関係の強化で一致した。\n"
)


# --- a heading between an old table's image cells ----------------------------------------------------------------------------
CELL_HEADING = (
    "![](/images/spacer.gif) | 日・ラトビア首脳会談 | ![](/images/spacer.gif)\n---|---|---\n平成21年2月3日\n\n"
    "２月２日、山田内閣総理大臣は、総理官邸にて、来日中のペトロフ・ラトビア大統領と首脳会談を行った。\n"
)


# --- a visit's programme as an old table's rows, the talk's row after the arrival's --------------------------------------
PROGRAMME_TABLE = (
    "山田内閣総理大臣のラトビア訪問（概要）\n平成13年9月10日\n\n"
    "山田総理は、9月6日から9日まで、ラトビアを訪問した。主な日程は以下のとおり。\n|||\n| 日付 | 主な日程 |\n"
    "| 9月6日（木） | リガ着 |\n| 9月7日（金） | ペトロフ大統領との首脳会談、大統領主催晩餐会 |\n| 9月9日（日） | 帰国 |\n"
)


# --- planned acts of a relationship's agenda: ceremonies of an exchange year, a named exchange, a list of three -------------
def _agreed(sentence: str) -> str:
    return (
        f"日・ラトビア外相会談\n令和6年3月8日\n\n3月8日、リガを訪問中の山田外務大臣は、ペトロフ外務大臣と会談を行いました。\n{sentence}\n"
    )


AGENDA_PLANS = [
    (
        _agreed("両外相は、「日本におけるラトビア年」の閉会式を本年12月にリガで行うことで一致しました。"),
        [("「日本におけるラトビア年」の閉会式", "2024-12")],
        "plans.noun.heikaishiki",
    ),
    (
        _agreed("両外相は、「ラトビアにおける日本年」の開会式を来年1月に行うことで一致しました。"),
        [("「ラトビアにおける日本年」の開会式", "2025-01")],
        "plans.noun.kaikaishiki",
    ),
    (
        _agreed("両外相は、「ビザなし青年交流」を本年9月に実施することで一致しました。"),
        [("「ビザなし青年交流」", "2024-09")],
        "plans.noun.named_exchange",
    ),
    (
        _agreed("両外相は、本年の青年交流事業、専門家派遣及び「ビザなし交流」を円滑に実施することで一致しました。"),
        [("本年の青年交流事業", "2024"), ("専門家派遣", "2024"), ("「ビザなし交流」", "2024")],
        "plans.noun.named_exchange",
    ),
]


# --- the stress set's forms: a talk that was 開かれ, a project planned, 日洪 -------------------------------------------------
def _opened(verb: str) -> str:
    return (
        "日・ラトビア局長級作業部会\n令和6年3月8日\n\n"
        f"3月6日から7日にかけて、リガにおいて、日・ラトビア局長級作業部会が{verb}日本側から山田外務省欧州局長、"
        "ラトビア側からペトロフ外務省経済局長が出席した。双方は、港湾整備の試行事業を来年春に開始することで一致した。\n"
    )


OPENED = [
    (_opened("開かれ、"), "talks.held.hirakare"),
    (_opened("開かれた。"), "talks.held.hirakareta"),
    (_opened("開かれました。"), "talks.held.hirakaremashita"),
]
HUNGARY = "日洪外相会談\n令和6年3月8日\n\n3月8日、ブダペストを訪問中の山田外務大臣は、ナジ外務大臣と会談を行った。\n"


def case_texts() -> list[str]:
    return (
        [SITTINGS, HALVES, PARTS, STAND_IN, ENVOY, SUMMONED]
        + [t for t, _r in TOTALS]
        + [t for t, *_ in SPECIAL]
        + [t for t, _c in PAIRS]
        + [WORKING_GROUP, LABELLED]
        + BOTH_YEARS
        + [DATE_PLACE, CELL_HEADING, PROGRAMME_TABLE]
        + [t for t, *_ in AGENDA_PLANS]
        + [t for t, _r in OPENED]
        + [HUNGARY]
    )


def _events(text: str) -> list[dict]:
    return extract_text(text).record.to_json_dict()["events"]


def test_two_sittings_are_summed():
    with lexicon.trace() as fired:
        (ev,) = _events(SITTINGS)
    assert (ev["start_local"], ev["duration_min"]) == ("09:00", 150)
    assert "talks.sequence.made_oyobi" in fired


def test_halves_are_summed():
    with lexicon.trace() as fired:
        (ev,) = _events(HALVES)
    assert (ev["start_local"], ev["duration_min"]) == ("17:00", 75)
    assert {"talks.halves.zenhan", "talks.halves.kohan"} <= fired


def test_parts_of_the_day_are_summed():
    with lexicon.trace() as fired:
        (ev,) = _events(PARTS)
    assert ev["duration_min"] == 210 and ev["kind"] == "vice_ministerial"
    assert "talks.session.bu" in fired


@pytest.mark.parametrize("text,rows", TOTALS)
def test_total_length_in_a_sentence_of_its_own(text, rows):
    with lexicon.trace() as fired:
        (ev,) = _events(text)
    assert (ev["start_local"], ev["duration_min"]) == ("19:00", 150)
    assert set(rows) <= fired


def test_the_one_stood_in_for_is_no_principal():
    with lexicon.trace() as fired:
        (ev,) = _events(STAND_IN)
    assert [p["name"] for p in ev["principals"]] == ["山田", "カルニンシュ"] and ev["kind"] == "other"
    assert "attendees.not_principal.dairi" in fired
    with lexicon.trace() as fired:
        (ev,) = _events(ENVOY)
    assert [p["name"] for p in ev["principals"]] == ["山田", "カルニンシュ"]
    assert "attendees.not_principal.myodai" in fired


def test_an_envoy_summoned_is_a_talk_in_tokyo():
    with lexicon.trace() as fired:
        (ev,) = _events(SUMMONED)
    assert (ev["venue"], ev["city"], ev["kind"]) == ("外務省", "東京", "other")
    assert [p["name"] for p in ev["principals"]] == ["山田", "カルニンシュ"]
    assert [(o["type"], o["by"]) for o in ev["outcomes"]] == [("protest", "JP")]
    assert "talks.call.shochi" in fired


@pytest.mark.parametrize("text,kind,who,rows", SPECIAL)
def test_counterparts_of_special_standing(text, kind, who, rows):
    with lexicon.trace() as fired:
        (ev,) = _events(text)
    assert ev["kind"] == kind
    assert (ev["principals"][1]["name"], ev["principals"][1]["country"]) == who
    assert set(rows) <= fired


@pytest.mark.parametrize("text,code", PAIRS)
def test_one_character_pairs(text, code):
    (ev,) = _events(text)
    assert ev["countries"] == ["JP", code] and ev["principals"][1]["country"] == code


def test_a_working_group_is_a_talk():
    with lexicon.trace() as fired:
        (ev,) = _events(WORKING_GROUP)
    assert (ev["kind"], ev["date"], ev["date_end"], ev["city"]) == ("vice_ministerial", "2024-03-06", "2024-03-07", "リガ")
    assert [(p["date"], p["place"]) for p in ev["planned"]] == [("2024", "東京")]
    assert "talks.word.sagyo_bukai" in fired


def test_delegates_take_their_label_side():
    (ev,) = _events(LABELLED)
    assert [(p["name"], p["country"]) for p in ev["principals"]] == [("山田", "JP"), ("朴成一", "KP")]
    assert ev["kind"] == "vice_ministerial"


@pytest.mark.parametrize("text", BOTH_YEARS)
def test_a_year_in_both_reckonings(text):
    with lexicon.trace() as fired:
        rec = extract_text(text).record.to_json_dict()
    assert rec["doc_date"] == "2004-08-20" and rec["events"][0]["date"] == "2004-08-19"
    assert "dates.year_note.paren" in fired


def test_a_line_labelled_for_date_and_place():
    with lexicon.trace() as fired:
        (ev,) = _events(DATE_PLACE)
    assert (ev["start_local"], ev["duration_min"], ev["venue"], ev["city"]) == ("15:00", 70, "外務省", "東京")
    assert "talks.label.nichiji_basho" in fired


def test_a_heading_between_image_cells():
    rec = extract_text(CELL_HEADING).record.to_json_dict()
    assert rec["title"] == "日・ラトビア首脳会談" and rec["doc_date"] == "2009-02-03"


def test_a_programme_table_row_after_the_arrival():
    with lexicon.trace() as fired:
        (ev,) = _events(PROGRAMME_TABLE)
    assert (ev["date"], ev["city"], ev["kind"]) == ("2001-09-07", "リガ", "summit")
    assert "places.itinerary.chaku" in fired


@pytest.mark.parametrize("text,plans,row", AGENDA_PLANS)
def test_agenda_plans(text, plans, row):
    with lexicon.trace() as fired:
        (ev,) = _events(text)
    assert [(p["what"], p["date"]) for p in ev["planned"]] == plans
    assert row in fired


@pytest.mark.parametrize("text,row", OPENED)
def test_a_talk_that_was_opened(text, row):
    with lexicon.trace() as fired:
        (ev,) = _events(text)
    assert (ev["date"], ev["date_end"], ev["kind"]) == ("2024-03-06", "2024-03-07", "vice_ministerial")
    assert [(p["what"], p["date"]) for p in ev["planned"]] == [("港湾整備の試行事業", "2025")]
    assert {row, "plans.noun.jigyou"} <= fired


def test_hungary_by_its_one_character_name():
    (ev,) = _events(HUNGARY)
    assert ev["principals"][1]["country"] == "HU"
