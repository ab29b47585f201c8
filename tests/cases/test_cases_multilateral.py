"""Cases: multilateral meetings, organisations' officers met one by one, a call on a host listed in a programme.

- A gathering of Japan and a group held (日・ASEAN…特別首脳会議が開催され) naming no foreign person is one event of its
  own: a bilateral talk on its occasion with one member's leader is another, and its principal is not the gathering's.
- A multilateral meeting's participants listed one a line below a heading (カリブ側出席者) are all its principals
  (``attendees.participants.*``; gold a-059), whatever their rank.
- A group Japan meets as one side, named after 日 in the talk's name (日ASEAN外相会議, 日・ASEAN…首脳会議), gives the
  talk the group's members as its countries (``talks.group_side.*``; gold a-122), also when only the page's title anchors
  the talk (a press conference).
- So does a group named before +日本 (「中央アジア+日本」対話・外相会合, V4+日本外相会合: ``talks.group_side.central_asia``,
  ``.v4``), when the talk names none of the members' people; a page that names them (a guest among them, a member
  absent) gives the countries of those named (gold b-075). Groups Japan belongs to (G7, 日中韓), the EU (its own side,
  EU) and the Pacific islands (the members present, listed) have no members row.
- A two-kanji Chinese or Korean name whose tokens read as common nouns (王 + 海) is a name when its country is written
  right after it (王海中国外交部長): ``roles.kanji_surname.*``.
- A leader's country named without its last word after the name's ・ (カブア・マーシャル大統領: マーシャル諸島) is that
  country: ``roles.country_short.*``.
- Officers of organisations (no country: the organisation stays in the role) met in two sentences, each with its own
  会談を行った, are two talks, not one talk of both.
- A person's title right before 訪問 as a programme item (X衆議院議長訪問) is the visitor's call on X (kind other); the
  audience (御会見), a lecture or a visit to a place are not talks.

Every page is invented (names, dates and talks made up). First sight (main at b0c7507): the Chinese names missed, one
event for the gathering and the talk, one talk of both officers, no call on the Speaker.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text


def _events(text: str) -> list[dict]:
    return extract_text(text).to_line()["record"].get("events") or []


def _who(ev: dict) -> list[tuple[str, str, str | None]]:
    return [(p["name"], p["role"], p["country"]) for p in ev["principals"]]


# (a minister's name + country + title as listed in a 日中韓 meeting, the name expected)
THREE_WAY = ("第12回日中韓外相会議\n令和6年11月26日\n\n11月26日、東京において、第12回日中韓外相会議が開催され、"
             "鈴木外務大臣、{cn}中国外交部長及び{kr}韓国外交部長官が出席しました。\n")
NAMES = [("王海", "朴海"), ("張力", "金波")]  # (金波: no dictionary surname, so the surname row decides)

# a list of leaders drops a country's last word (マーシャル for マーシャル諸島): roles.country_short.*
ISLANDS = ("第11回太平洋・島サミット\n令和9年7月18日\n\n7月18日、東京において、第11回太平洋・島サミットが開催され、鈴木内閣総理大臣、"
           "カブア・マーシャル大統領、ブラウン・クック首相及びマネレ・ソロモン首相が出席しました。\n")

# a multilateral meeting's participants listed one a line below (…側出席者): each a principal, heads or not (a minister
# titled 外務移民相, a permanent representative of a country whose formal name ends in 国: バハマ国 + 国連, not 連…)
LISTED = ("日本・カリブ共同体首脳会合\n令和7年9月26日\n\n1 ニューヨークを訪問中の鈴木内閣総理大臣は、25日午前10時から約1時間、"
          "国連本部において、日本・カリブ共同体首脳会合を開催し、カリブ諸国首脳との間で協力を確認しました。\n(カリブ側出席者)\n"
          "ホルネス・ジャマイカ首相\nローリー・トリニダード・トバゴ首相\nアリ・ガイアナ外務移民相\nヘンリー・バハマ国連常駐代表\n")

GATHERING = ("日・ASEAN特別首脳会議\n令和6年12月17日\n\n1 12月17日、東京において、日・ASEAN友好協力記念特別首脳会議が開催され、"
             "鈴木内閣総理大臣が共同議長を務めました。\n2 同日、鈴木総理は、この機会に、ブンミー・ラオス首相と首脳会談を行いました。\n")

# a minister's press conference on a talk of Japan and ASEAN, no member's minister named: the members are its countries
GROUP_PRESS = ("鈴木外務大臣臨時会見記録\n令和7年7月10日\n\n【鈴木外務大臣】先ほど、日ASEAN外相会議が終わったところであります。"
               "日ASEAN協力を具体化していくことで一致をいたしました。\n")
ASEAN = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]

OFFICERS = ("中村外務副大臣のOSCE外相理事会出席\n令和6年12月6日\n\n12月5日、マルタにおいて、OSCE外相理事会が開催され、中村外務副大臣が"
            "出席した。また、この機会に、中村副大臣は、ベルガーOSCE事務総長と会談を行いました。さらに、中村副大臣は、"
            "オルテガ包括的核実験禁止条約機関(CTBTO)事務局長と会談を行いました。\n")

PROGRAMME = ("ロハス・エクアドル大統領の訪日\n令和6年10月30日\n\n1 ロハス・エクアドル大統領は、10月27日から30日まで、実務訪問賓客として"
             "訪日した。\n2 28日、ロハス大統領は、鈴木総理大臣と首脳会談を行った。\n"
             "3 29日には、皇太子殿下御会見、高田参議院議長訪問、京都大学における講演、大阪城訪問等が行われた。\n")


# a group named before +日本, no member's person named: the members are the talk's countries; members named: theirs
GROUP_FIRST = ("「中央アジア+日本」対話・第10回外相会合\n令和6年7月16日\n\n7月16日、東京において、鈴木外務大臣の議長の下、"
               "「中央アジア+日本」対話・第10回外相会合が開催されました。\n1 鈴木大臣から、地域の連結性強化に向けた協力を進めて"
               "いきたい旨述べました。\n2 各国外相は、協力を強化していくことで一致しました。\n")
V4 = ("V4+日本外相会合\n令和6年7月16日\n\n7月16日、ブダペストにおいて、鈴木外務大臣は、V4+日本外相会合に出席しました。\n"
      "1 鈴木大臣から、ウクライナ支援に向けた協力を進めていきたい旨述べました。\n")
GROUP_NAMED = ("「中央アジア+日本」対話・第10回外相会合の開催について\n令和6年7月10日\n\n- 鈴木外務大臣は、7月16日、東京で「中央アジア+日本」"
               "対話の第10回外相会合を主催する。\n- 本件会合には、アリベク・ヌルラノフ・カザフスタン外務大臣、ボボ・ラヒモフ・タジキスタン"
               "外務大臣が、また、ゲストとしてアフマド・カリミ・アフガニスタン外務大臣が出席する予定である。\n")
CENTRAL_ASIA = ["KZ", "KG", "TJ", "TM", "UZ"]


def case_texts():
    return [THREE_WAY.format(cn=cn, kr=kr) for cn, kr in NAMES] + [ISLANDS, LISTED, GATHERING, GROUP_PRESS, OFFICERS, PROGRAMME,
                                                                  GROUP_FIRST, V4, GROUP_NAMED]


@pytest.mark.parametrize("text,countries,row", [(GROUP_FIRST, ["JP", *CENTRAL_ASIA], "talks.group_side.central_asia"),
                                                (V4, ["JP", "CZ", "HU", "PL", "SK"], "talks.group_side.v4")])
def test_a_group_named_before_japan(text, countries, row):
    with lexicon.trace() as fired:
        evs = _events(text)
    assert [(e["kind"], e["countries"], _who(e)) for e in evs] == [("foreign_ministers", countries, [("鈴木", "外務大臣", "JP")])]
    assert row in fired


def test_a_group_whose_members_are_named_gives_theirs():
    assert [e["countries"] for e in _events(GROUP_NAMED)] == [["JP", "KZ", "TJ", "AF"]]


@pytest.mark.parametrize("cn,kr", NAMES)
def test_two_kanji_names_of_a_three_way_meeting(cn, kr):
    evs = _events(THREE_WAY.format(cn=cn, kr=kr))
    assert len(evs) == 1
    assert _who(evs[0]) == [("鈴木", "外務大臣", "JP"), (cn, "外交部長", "CN"), (kr, "外交部長官", "KR")]


def test_leaders_of_islands_named_without_islands():
    evs = _events(ISLANDS)
    assert len(evs) == 1
    assert _who(evs[0]) == [("鈴木", "総理大臣", "JP"), ("カブア", "大統領", "MH"), ("ブラウン", "首相", "CK"),
                            ("マネレ", "首相", "SB")]
    assert evs[0]["countries"] == ["JP", "MH", "CK", "SB"]


def test_participants_listed_below_a_multilateral_meeting():
    evs = _events(LISTED)
    assert len(evs) == 1
    assert _who(evs[0]) == [("鈴木", "総理大臣", "JP"), ("ホルネス", "首相", "JM"), ("ローリー", "首相", "TT"),
                            ("アリ", "外務移民相", "GY"), ("ヘンリー", "国連常駐代表", "BS")]
    assert evs[0]["countries"] == ["JP", "JM", "TT", "GY", "BS"]


def test_a_group_gathering_and_a_talk_on_its_occasion_are_two_events():
    evs = _events(GATHERING)
    assert len(evs) == 2
    assert _who(evs[0]) == [("鈴木", "総理大臣", "JP")]  # the gathering: not the bilateral talk's counterpart
    assert _who(evs[1]) == [("鈴木", "総理大臣", "JP"), ("ブンミー", "首相", "LA")]
    assert [e["date"] for e in evs] == ["2024-12-17", "2024-12-17"]
    assert evs[0]["countries"] == ["JP", *ASEAN]  # Japan and the group as one side (talks.group_side.asean)
    assert evs[1]["countries"] == ["JP", "LA"]


def test_a_group_talk_named_in_a_press_conference():
    evs = _events(GROUP_PRESS)
    assert len(evs) == 1
    assert (evs[0]["kind"], evs[0]["countries"], _who(evs[0])) == ("foreign_ministers", ["JP", *ASEAN], [("鈴木", "外務大臣", "JP")])


def test_two_officers_met_in_two_sentences_are_two_talks():
    evs = _events(OFFICERS)
    assert [_who(e) for e in evs] == [
        [("中村", "副大臣", "JP"), ("ベルガー", "OSCE事務総長", None)],
        [("中村", "副大臣", "JP"), ("オルテガ", "包括的核実験禁止条約機関(CTBTO)事務局長", None)],
    ]
    assert [e["countries"] for e in evs] == [["JP"], ["JP"]]


def test_a_call_on_a_host_listed_in_a_programme():
    evs = _events(PROGRAMME)
    assert [(e["kind"], e["date"]) for e in evs] == [("summit", "2024-10-28"), ("other", "2024-10-29")]
    assert sorted(_who(evs[1])) == [("ロハス", "大統領", "EC"), ("高田", "参議院議長", "JP")]
    assert evs[1]["rules"]["event"] == "talks.item_call.homon"
