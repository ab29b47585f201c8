"""Cases: gatherings of groups, the cities they do and do not name, local clocks, regions in titles.

- A gathering of a group Japan sits in as one member among many, named by the group right before the talk noun
  (G20外相会合が開催され, 東アジア首脳会議, PIF域外国対話, ASEAN+3外相会議), is no talk between the sides (the README: a
  multilateral gathering is no event); the bilateral talk held on its occasion is (``talks.group_gathering.*``). One
  named after 日 (日ASEAN外相会議) stays a talk.
- A gathering named after a region (東アジア首脳会議, 米州首脳会議) names no city (``places.occasion_not_city.*``).
- A local clock named after its city (ロンドン現地時間9月23日…, (ロンドン現地時間)) puts the talk in that city.
- A talk after a visit to another country in its sentence (…と会談を行うとともに、Xを訪問し、Yと会談を行った) is in that
  country: not in the city of the gathering the lead names.
- A gathering the title names short (G20外相会合の際の…) and the lead names with its city (G20新潟外相会合の機会に)
  is the lead's: every talk on its occasion is in that city (and in Japan: its clock is Japan's).
- A state's or province's name that opens a title after a ・-joined name (ジョン・スミス・ビクトリア州貿易大臣) is part of
  the title, not of the name (``roles.region_title.*``).

Every page is invented (names, dates and talks made up). First sight (main at 27c2bf7): every gathering read as a talk,
東アジア read as a city, the local clocks named after a city gave none, the talk in the second country took the first
city, and the state's name was taken for the person's.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text


def _events(text: str) -> list[dict]:
    return extract_text(text).to_line()["record"].get("events") or []


def _who(ev: dict) -> list[tuple[str, str, str | None]]:
    return [(p["name"], p["role"], p["country"]) for p in ev["principals"]]


GATHERING_PAGE = ("山田外務大臣の{g}出席\n令和7年7月10日\n\n7月9日、カイロにおいて、{g}が開催され、山田外務大臣が出席しました。"
                  "また、この機会に、山田大臣は、ルイス・ブラジル外務大臣と会談を行い、両外相は、経済関係を強化していくことで一致しました。\n")
GROUP_GATHERINGS = ["G20外相会合", "APEC閣僚会議", "ASEAN+3外相会議", "ASEAN関連外相会議", "ASEAN地域フォーラム(ARF)閣僚会合",
                    "第19回東アジア首脳会議", "EAS外相会議", "ASEM外相会合", "第30回PIF域外国対話", "国連安保理閣僚級会合"]


@pytest.mark.parametrize("gathering", GROUP_GATHERINGS)
def test_a_groups_gathering_is_no_talk(gathering):
    evs = _events(GATHERING_PAGE.format(g=gathering))
    assert [_who(e) for e in evs] == [[("山田", "外務大臣", "JP"), ("ルイス", "外務大臣", "BR")]]
    assert evs[0]["kind"] == "foreign_ministers"


def test_a_gathering_of_japan_and_a_group_stays_a_talk():
    evs = _events(GATHERING_PAGE.format(g="日ASEAN外相会議"))
    assert len(evs) == 2


def test_a_country_united_is_no_gathering_of_the_un():
    # 首長国連邦 holds 国連: the pair's talk is a talk
    evs = _events("日・アラブ首長国連邦外相会談\n令和7年7月10日\n\n7月9日、東京において、山田外務大臣は、ハリファ・アラブ首長国連邦外務大臣"
                  "との間で日・アラブ首長国連邦外相会談を行いました。\n")
    assert [_who(e) for e in evs] == [[("山田", "外務大臣", "JP"), ("ハリファ", "外務大臣", "AE")]]


REGION_PAGE = ("日豪首脳会談\n令和7年11月12日\n\n11月11日、{g}に出席するため訪問中の山田内閣総理大臣は、ジョーンズ・オーストラリア首相と"
               "首脳会談を行いました。\n")
REGION_GATHERINGS = ["東アジア首脳会議", "アフリカ首脳会議", "欧州首脳会議", "太平洋首脳会議", "中東首脳会議", "米州首脳会議",
                     "中南米首脳会議"]


@pytest.mark.parametrize("gathering", REGION_GATHERINGS)
def test_a_regions_gathering_names_no_city(gathering):
    evs = _events(REGION_PAGE.format(g=gathering))
    assert len(evs) == 1 and evs[0]["city"] is None


def test_a_towns_gathering_still_names_its_city():
    evs = _events(REGION_PAGE.format(g="名護首脳会議"))
    assert evs[0]["city"] == "名護"


CLOCK_PAGE = "日英首脳会談\n令和7年9月24日\n\n{s}\n"
CLOCKS = [
    ("ロンドン現地時間9月23日午前10時から約40分間、山田内閣総理大臣は、ブラウン英国首相と首脳会談を行いました。", "ロンドン"),
    ("9月23日午前10時(ロンドン現地時間)から約40分間、山田内閣総理大臣は、ブラウン英国首相と首脳会談を行いました。", "ロンドン"),
    ("9月23日午前10時(ロンドン時間)から約40分間、山田内閣総理大臣は、ブラウン英国首相と首脳会談を行いました。", "ロンドン"),
    ("現地時間9月23日午前10時から約40分間、山田内閣総理大臣は、ブラウン英国首相と首脳会談を行いました。", None),
    ("9月23日午前10時(英国現地時間)から約40分間、山田内閣総理大臣は、ブラウン英国首相と首脳会談を行いました。", None),
]


@pytest.mark.parametrize("sentence,city", CLOCKS)
def test_a_local_clock_named_after_its_city(sentence, city):
    assert _events(CLOCK_PAGE.format(s=sentence))[0]["city"] == city


SECOND_COUNTRY = ("山田外務副大臣のOSCE外相理事会出席\n令和7年12月10日\n\n12月4日から5日まで、ウィーン(オーストリア)において、OSCE外相理事会が"
                  "開催され、山田外務副大臣が出席しました。\nまた、この機会に、山田副大臣は、ヤン・ノヴァク・チェコ外務副大臣と会談を行うとともに、"
                  "{c}を訪問し、ペテル・ホラク経済副大臣との間で会談を行いました。\n")


def test_a_talk_in_a_second_country_takes_no_city_of_the_first():
    evs = _events(SECOND_COUNTRY.format(c="スロバキア"))
    assert [(e["principals"][1]["name"], e["city"]) for e in evs] == [("ノヴァク", "ウィーン"), ("ホラク", None)]


def test_a_visit_to_the_citys_own_country_keeps_the_city():
    evs = _events(SECOND_COUNTRY.format(c="オーストリア"))
    assert [(e["principals"][1]["name"], e["city"]) for e in evs] == [("ノヴァク", "ウィーン"), ("ホラク", "ウィーン")]


REGION_TITLE_PAGE = ("山田外務大臣政務官の豪州訪問\n令和7年9月8日\n\n1 オーストラリア\n9月7日、山田外務大臣政務官は、メルボルンにおいて、"
                     "{p}と面会し、日本と同州との関係を一層強化していくことを確認しました。\n")
REGION_TITLES = [
    ("ジョン・スミス・ビクトリア州貿易大臣", ("スミス", "ビクトリア州貿易大臣", "AU")),
    ("ジョン・スミス・ビクトリア州貿易大臣(The Hon. John SMITH MP, Minister for Trade of Victoria)",
     ("スミス", "ビクトリア州貿易大臣", "AU")),
    ("スミス・クイーンズランド州首相", ("スミス", "クイーンズランド州首相", "AU")),
    ("レ・ミン・クアンニン省人民委員会委員長", ("ミン", "クアンニン省人民委員会委員長", None)),
]


@pytest.mark.parametrize("person,expected", REGION_TITLES)
def test_a_regions_name_opens_the_title(person, expected):
    evs = _events(REGION_TITLE_PAGE.format(p=person))
    got = [p for e in evs for p in _who(e) if p[0] != "山田"]
    assert got and got[0][:2] == expected[:2]
    if expected[2] is not None:
        assert got[0][2] == expected[2]


# a state's or province's officer on a page that names no country (a governor's call in Tokyo): the country the state
# is of (roles.country.*_state, *_province, *_land), a country's name before 州 being a state's (ジョージア州)
STATE_CALL_PAGE = ("{p}による佐藤外務大臣表敬\n令和8年6月3日\n\n6月3日、午後3時から約30分間、佐藤外務大臣は、来日中の{p}による"
                   "表敬を受けました。\n")
STATE_OFFICERS = [
    ("ギャビン・ニューサム・カリフォルニア州知事", ("ニューサム", "カリフォルニア州知事", "US"), "roles.country.us_state"),
    ("ケンプ・ジョージア州知事", ("ケンプ", "ジョージア州知事", "US"), "roles.country.us_state"),
    ("アラン・ミラー・ヴィクトリア州首相", ("ミラー", "ヴィクトリア州首相", "AU"), "roles.country.au_state"),
    ("ダグ・フォード・オンタリオ州首相", ("フォード", "オンタリオ州首相", "CA"), "roles.country.ca_province"),
    ("マルクス・ゼーダー・バイエルン州首相", ("ゼーダー", "バイエルン州首相", "DE"), "roles.country.de_land"),
    ("パテル・グジャラート州首相", ("パテル", "グジャラート州首相", "IN"), "roles.country.in_state"),
]


@pytest.mark.parametrize("person,expected,rule", STATE_OFFICERS)
def test_a_states_officer_is_of_the_states_country(person, expected, rule):
    with lexicon.trace() as fired:
        evs = _events(STATE_CALL_PAGE.format(p=person))
    assert [p for e in evs for p in _who(e) if p[0] != "佐藤"] == [expected]
    assert rule in fired


FULLER = ("G20外相会合の際の日・チリ及び日・ケニア外相会談\n令和7年11月23日\n\n1 11月22日、G20新潟外相会合の機会に、高田外務大臣は、"
          "午後6時から約20分間、ロハス・チリ外務大臣と外相会談を行いました。\n2 翌23日、高田大臣は、午前8時から約30分間、ムトゥア・"
          "ケニア外務大臣と外相会談を行いました。\n")


def test_the_leads_fuller_name_of_the_titles_gathering():
    evs = _events(FULLER)
    assert [(e["city"], e["start_jst"], e["occasion"]) for e in evs] == [
        ("新潟", "18:00", "G20新潟外相会合"), ("新潟", "08:00", "G20新潟外相会合")]


def case_texts():
    yield from (GATHERING_PAGE.format(g=g) for g in GROUP_GATHERINGS)
    yield REGION_PAGE.format(g="米州首脳会議")
    yield from (REGION_PAGE.format(g=g) for g in REGION_GATHERINGS)
    yield from (CLOCK_PAGE.format(s=s) for s, _ in CLOCKS)
    yield SECOND_COUNTRY.format(c="スロバキア")
    yield from (REGION_TITLE_PAGE.format(p=p) for p, _ in REGION_TITLES)
    yield from (STATE_CALL_PAGE.format(p=p) for p, _, _ in STATE_OFFICERS)
    yield FULLER
