"""Cases for how the ministry writes a talk's facts on real pages, family by family: the terse style of digests
(…会談を実施(…)。), clock ranges that leave the half of the day to the start (午後0時15分~3時50分), Japan's clock
written 本邦 on older pages, rosters by side (当方:/先方:), a programme table's
clocks and its lines by country, a visit's span, an envoy's talks, … (texts written for these tests, in the ministry's style; names and dates invented)."""

import pytest

from gaiko.extract import dates, lexicon
from gaiko.pipeline import extract_text


def _events(text: str) -> list[dict]:
    return extract_text(text).to_line()["record"].get("events") or []


def _fired(text: str) -> tuple[list[dict], set[str]]:
    with lexicon.trace() as fired:
        evs = _events(text)
    return evs, fired


# fmt: off
# --- the terse style: the verb of holding left as a noun, closing the clause (digests, bullets, 要旨 pages)
# (page, expected {field: value} of its one event, or None: no talk of the page's own; the row that decides)
TERSE = [
    # sessions in a bracket after the noun-verb: the talk is held, its length the sessions' sum
    ("日チリ首脳会談\n令和2年3月4日\n3月4日,山田総理大臣とロペス大統領が日チリ首脳会談を実施(テタテを約20分,"
     "少人数会合を約1時間)。\n・両首脳は,経済関係の強化で一致。",
     {"kind": "summit", "date": "2020-03-04", "duration_min": 80}, "talks.held.jisshi_noun"),
    # the clause closed by 。: held
    ("日ペルー次官級協議\n令和2年5月11日\n5月11日,東京において,山田外務審議官とガルシア外務次官が日ペルー次官級協議を開催。\n"
     "・双方は,協力の継続で一致。",
     {"kind": "vice_ministerial", "date": "2020-05-11"}, "talks.held.kaisai_noun"),
    # a digest's background in the same terse style, dated to an earlier year in its line: recalled, not the page's
    # talk
    ("対話の歩み\n令和2年6月1日\n- 山田外務大臣(当時)の2016年8月の歴訪の際、新しい政策を表明。これを具体化するため、"
     "対話を立ち上げ、リマで第一回の外相会合を開催。",
     None, "talks.recalled.year"),
]

# --- clock ranges: the end written without 午前/午後 keeps the start's half of the day when it would come before it
# (lead, expected {field: value})
RANGES = [
    # 午後0時15分~3時50分: ends 15:50, lasts 215 minutes
    ("日豪協議\n令和3年7月3日\n- 現地時間2日午後0時15分~3時50分、キャンベラにおいて、山田外務審議官とスミス次官が"
     "日豪次官級協議を行った。",
     {"start_local": "12:15", "end_local": "15:50", "duration_min": 215}),
    # the end with its own 午後 stands as written
    ("日豪協議\n令和3年7月3日\n- 2日午前11時~午後1時、キャンベラにおいて、山田外務審議官とスミス次官が日豪次官級協議を行った。",
     {"start_local": "11:00", "end_local": "13:00", "duration_min": 120}),
    # an end after the start needs nothing (23時から24時半: past midnight, 00:30)
    ("日米首脳会談\n令和3年7月3日\n2日23時から24時半まで、山田総理大臣はスミス大統領と日米首脳会談を行った。",
     {"start_local": "23:00", "end_local": "00:30", "duration_min": 90}),
]

# --- sessions in sequence, each with its start and length: the talk lasts their sum (the next starts where the last
# ended); two clocks with a length between them are no range
SEQUENCES = [
    ("日加首脳会談\n令和1年4月28日\n4月28日,山田総理大臣は,スミス・カナダ首相と日加首脳会談を行ったところ,概要は以下のとおり"
     "です(午前9時50分頃から約30分間,テタテ会合,午前10時20分頃から約45分間拡大会合を実施。)。",
     {"start_local": "09:50", "duration_min": 75}),
    ("日墨外相会談\n平成26年6月27日\n本27日,午後12時から30分間及び12時30分から1時間,山田外務大臣は,ロペス・メキシコ外務大臣と"
     "外相会談及び昼食会を行いました。",
     {"start_local": "12:00", "end_local": None, "duration_min": 90}),
    # a later session that does not start where the first ended is another act: the first length alone
    ("日墨外相会談\n平成26年6月27日\n本27日,午後12時から30分間,山田外務大臣は,ロペス・メキシコ外務大臣と外相会談を行い,"
     "午後3時から1時間,記者会見を行いました。",
     {"start_local": "12:00", "duration_min": 30}),
]

# --- Japan's clock written 本邦 beside a local one (older pages): start_jst, and the local day the talk's
JAPAN_CLOCK = [
    ("日中首脳会談\n平成12年9月7日\n NY現地時間9月6日18時から18時半(本邦7日7時から7時半)まで、ホテルにおいて、"
     "山田総理と李主席との間で日中首脳会談が行われた。",
     {"date": "2000-09-06", "start_local": "18:00", "end_local": "18:30", "start_jst": "07:00", "duration_min": 30}),
    # 本邦 not followed by a clock is no clock (本邦企業): the one time stays local only
    ("日中首脳会談\n平成12年9月7日\n 現地時間9月6日18時から、本邦企業の進出について、山田総理と李主席との間で"
     "日中首脳会談が行われた。",
     {"start_local": "18:00", "start_jst": None}),
]

# --- a roster by side: a line per side (当方:/先方:), no cue word; each line's first member is that side's head, who
# holds the talk, the others sat in. (page, expected attendees' (name, country) in order)
ROSTERS = [
    ("日・タイ首脳会談\n平成17年5月25日\n5月24日(火曜日)11時45分~13時10分、山田総理はソムチャイ首相と会談した。\n"
     "(1)当方:山田総理、川村外務大臣、森駐タイ大使\n(2)先方:ソムチャイ首相、プラユット外務大臣\n"
     "(1)二国間関係\n両首脳は、経済関係の強化で一致した。",
     [("川村", "JP"), ("森", "JP"), ("プラユット", "TH")]),
    # one labelled line alone is no roster (a side's statement heading, 先方:…との立場): no attendees from it
    ("日・タイ首脳会談\n平成17年5月25日\n5月24日、山田総理はソムチャイ首相と会談した。\n"
     "先方:ソムチャイ首相、プラユット外務大臣\n両首脳は、経済関係の強化で一致した。",
     []),
    # lines with a cue (同席) are the cue's lists, read once, the head not skipped
    ("日・タイ首脳会談\n平成17年5月25日\n5月24日、山田総理はソムチャイ首相と会談した。\n"
     "当方:川村外務大臣、森駐タイ大使が同席\n先方:プラユット外務大臣が同席\n両首脳は、経済関係の強化で一致した。",
     [("川村", "JP"), ("森", "JP"), ("プラユット", "TH")]),
]

# --- a visit's programme as a table: a row per item, its clock in the cell before it (| 25日 | 08:55~09:30 | item |,
# continuation rows without the day); the item's clock is its talk's, two clocked items are two talks.
# (page, expected (kind, start_local, end_local, duration_min, foreign principal or None) of each event, in any order)
PROGRAMME_TABLE = [
    ("山田総理訪英の概要\n|---|\n1.主要日程(いずれも英国時間による)\n| 5月3日 | 21:30~23:00 | 首脳間非公式懇談 |\n"
     "| 4日 | 09:00~09:40 | ブラウン下院議長の総理表敬 |\n| 11:00~12:30 | 日英首脳会談、昼食会 | |\n"
     "| 14:00~14:45 | 共同記者会見 | |\n| 5日 | 08:00~09:10 | グリーン副首相との朝食会 |\n",
     {("summit", "21:30", "23:00", 90, None), ("other", "09:00", "09:40", 40, "ブラウン"),
      ("summit", "11:00", "12:30", 90, None), ("other", "08:00", "09:10", 70, "グリーン")}),
    # a heading of the summary below the programme (the talk named alone, without a clock) is the same talk
    ("山田総理訪英の概要\n1.日程\n4日 11:00~12:30 日英首脳会談\n2.概要\n(1) 首脳会談\n両首脳は、協力の強化で一致。\n",
     {("summit", "11:00", "12:30", 90, None)}),
]

# --- a visit's programme grouped by country ((2)伊:X大統領表敬、Y首相との会談): the line's country is each item's side
# (page, expected (foreign principal, country) of each event, in any order)
PROGRAMME_BY_COUNTRY = [
    ("山田総理の訪欧\n平成11年1月18日\n山田総理は、1月6日~13日までフランス及びドイツを公式訪問した。\n"
     "1.各国における主要な行事等\n- (1)仏:ルノー大統領との会談、ブラン首相との会談\n(2)独:シュミット大統領表敬、"
     "ヴェーバー首相との会談\n",
     {("ルノー", "FR"), ("ブラン", "FR"), ("シュミット", "DE"), ("ヴェーバー", "DE")}),
    # a label that is no country (日程:) groups nothing: the page's side stands
    ("山田総理の訪仏\n平成11年1月18日\n山田総理は、1月6日~8日までフランスを公式訪問した。\n"
     "- (1)日程:ルノー大統領との会談、ブラン首相との会談\n",
     {("ルノー", "FR"), ("ブラン", "FR")}),
]

# --- a visit's page whose lead gives the visit's span: a talk the page does not date has no day (not the page's date)
# (page, expected date of its one talk)
VISIT_SPANS = [
    ("ガルシア大統領の訪日\n(概要と評価)\n平成13年10月12日\n1.概要\n(1)ガルシア大統領は、10月1日から10月3日にかけて"
     "国賓として訪日した。\n(2)日・ペルー首脳会談が行われ、両首脳は協力の強化で一致した。",
     None),
    # the talk's own day stands
    ("ガルシア大統領の訪日\n(概要と評価)\n平成13年10月12日\n1.概要\n(1)ガルシア大統領は、10月1日から10月3日にかけて"
     "国賓として訪日した。\n(2)2日、日・ペルー首脳会談が行われ、両首脳は協力の強化で一致した。",
     "2001-10-02"),
    # the span written with weekdays (16日(日曜日)から18日(火曜日)まで) is still a span, and the day after it in the
    # sentence (…として来日し、17日に…首脳会談…に出席した) is the talk's
    ("ガルシア大統領の訪日\n(概要と評価)\n平成19年12月19日\n1.日程\n(1)ガルシア大統領は、12月16日(日曜日)から18日(火曜日)"
     "まで公式実務訪問賓客として来日し、17日に山田総理との首脳会談及び総理主催夕食会に出席した。",
     "2007-12-17"),
    # a visit of one day (no span) keeps the page's date
    ("ガルシア大統領の訪日\n(概要と評価)\n平成13年10月3日\n1.概要\n(1)ガルシア大統領は、国賓として訪日した。\n"
     "(2)日・ペルー首脳会談が行われ、両首脳は協力の強化で一致した。",
     "2001-10-03"),
]
GATHERING_SPANS = [
    # a gathering held over days, the page dated after them: a talk on its occasion has no day (not the page's)
    ("OAS総会\n令和3年6月14日\n 6月9日から10日まで,リマにおいて,OAS総会が開催され,山田外務副大臣が出席したところ,概要以下のとおりです。\n"
     " また,この機会に,山田副大臣は,ロペス・ペルー外務次官と会談を行いました。",
     None),
    # … but a page dated within them keeps its date
    ("OAS総会\n令和3年6月10日\n 6月9日から10日まで,リマにおいて,OAS総会が開催され,山田外務副大臣が出席したところ,概要以下のとおりです。\n"
     " また,この機会に,山田副大臣は,ロペス・ペルー外務次官と会談を行いました。",
     "2021-06-10"),
]

# --- an envoy's talks with heads of state: one person named twice (…ロペス大統領の就任式典に参加し、…ロペス次期大統領と
# 会談) holds one rank, so no summit; a later 会談 with another head is another talk, though neither's country is
# written on the mention. (page, expected (kind, foreign principal) of each event in order)
ENVOY_TALKS = [
    ("ペルー共和国\n平成30年3月14日\n山田衆議院議員は,3月10日から13日にかけて,特派大使としてペルー共和国を訪問し,"
     "マリオ・ロペス大統領の就任式典に参加したほか,10日,ロペス次期大統領等と会談したところ,概要以下のとおりです。\n"
     "  1. 山田特派大使は,10日,ロペス次期大統領と約25分間,外交官学校において会談しました。\n"
     "  2. また,同日,山田特派大使は,ガルシア大統領と約30分間,大統領府において会談を行いました。",
     [("other", "ロペス"), ("other", "ガルシア")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected,row", TERSE)
def test_terse(text, expected, row):
    evs, fired = _fired(text)
    assert row in fired
    if expected is None:
        # (the title's 対話 may still name a talk of the page: not the recalled one in Lima)
        assert not any(e.get("kind") == "foreign_ministers" or e.get("city") == "リマ" for e in evs), evs
        return
    assert len(evs) == 1, evs
    for k, v in expected.items():
        assert evs[0].get(k) == v, (k, evs[0])


@pytest.mark.parametrize("text,expected", RANGES + JAPAN_CLOCK + SEQUENCES)
def test_clock(text, expected):
    evs = _events(text)
    assert len(evs) == 1, evs
    for k, v in expected.items():
        assert evs[0].get(k) == v, (k, evs[0])


def test_sequence_fires_its_row():
    assert "talks.sequence.kara" in _fired(SEQUENCES[0][0])[1]
    assert "talks.sequence.kara" not in _fired(SEQUENCES[2][0])[1]


def test_range_end_fires_its_row():
    _, fired = _fired(RANGES[0][0])
    assert "dates.ampm.gogo" in fired
    _, fired = _fired(JAPAN_CLOCK[0][0])
    assert "places.clock.honpo" in fired
    _, fired = _fired(JAPAN_CLOCK[1][0])
    assert "places.clock.honpo" not in fired


@pytest.mark.parametrize("text,expected", ROSTERS)
def test_roster(text, expected):
    evs, fired = _fired(text)
    assert len(evs) == 1, evs
    assert [(a["name"], a["country"]) for a in evs[0]["attendees"]] == expected
    assert {p["name"] for p in evs[0]["principals"]} >= {"山田", "ソムチャイ"}
    assert ("attendees.roster.colon" in fired) == (text is ROSTERS[0][0])


@pytest.mark.parametrize("text,expected", PROGRAMME_TABLE)
def test_programme_table(text, expected):
    evs, fired = _fired(text)
    got = {(e["kind"], e["start_local"], e["end_local"], e["duration_min"],
            next((p["name"] for p in e["principals"] if p["country"] != "JP"), None)) for e in evs}
    assert got == expected, evs
    assert len(evs) == len(expected)


def test_informal_prefixes_fire():
    _, fired = _fired(PROGRAMME_TABLE[0][0])
    assert {"talks.prefix.shuno_kan", "talks.prefix.hikoshiki", "talks.meal.breakfast"} <= fired


@pytest.mark.parametrize("text,expected", PROGRAMME_BY_COUNTRY)
def test_programme_by_country(text, expected):
    evs, fired = _fired(text)
    got = {(p["name"], p["country"]) for e in evs for p in e["principals"] if p["country"] != "JP"}
    assert got == expected, evs
    assert all(e["countries"] == ["JP", next(p["country"] for p in e["principals"] if p["country"] != "JP")] for e in evs)
    assert ("talks.programme.country" in fired) == (text is PROGRAMME_BY_COUNTRY[0][0])


@pytest.mark.parametrize("text,expected", VISIT_SPANS)
def test_visit_span(text, expected):
    evs = _events(text)
    assert [e["kind"] for e in evs] == ["summit"], evs
    assert evs[0]["date"] == expected


# a page titled by its gathering (…外相理事会): the title is the talks' occasion, not their kind; an organisation's
# 事務局長 heads its secretariat (no director-general's rank): a vice-minister's talk with either head is other
_GATHERING = "OSCE外相理事会\n令和3年12月4日\n 12月3日,ウィーンにおいて,OSCE外相理事会が開催され,山田外務副大臣が出席した。\n"
GATHERING_KINDS = [_GATHERING + " また,この機会に,山田副大臣は,スミスOSCE事務総長と会談を行いました。\n",
                   _GATHERING + " また,この機会に,山田副大臣は,ロペス包括的核実験禁止条約機関(CTBTO)事務局長と会談を行いました。"]


@pytest.mark.parametrize("text", GATHERING_KINDS)
def test_gathering_title_and_secretariat_heads(text):
    assert [(e["kind"], len(e["principals"])) for e in _events(text)] == [("other", 2)]


# Japan's people listed as the subjects of one call, each with a day of its own: one call each, on its day
DATED_CALLS = ("ガルシア大統領の訪日\n(概要と評価)\n令和3年10月20日\n1.日程\n(1)ガルシア・ペルー大統領は、10月16日から18日まで"
               "公式実務訪問賓客として来日し、17日に山田総理との首脳会談に出席した。また、同17日に佐藤経産大臣、18日に鈴木農林水産大臣が"
               "表敬を行った。\n")


def test_subjects_with_their_own_days():
    evs = _events(DATED_CALLS)
    calls = [(e["date"], {p["name"] for p in e["principals"]}) for e in evs if e["kind"] == "other"]
    assert calls == [("2021-10-17", {"佐藤", "ガルシア"}), ("2021-10-18", {"鈴木", "ガルシア"})]


@pytest.mark.parametrize("text,expected", GATHERING_SPANS)
def test_gathering_span(text, expected):
    assert [(e["kind"], e["date"]) for e in _events(text)] == [("vice_ministerial", expected)]


@pytest.mark.parametrize("text,expected", ENVOY_TALKS)
def test_envoy_talks(text, expected):
    evs = _events(text)
    got = [(e["kind"], next((p["name"] for p in e["principals"] if p["country"] == "PE"), None)) for e in evs]
    assert got == expected, evs
    assert [e["duration_min"] for e in evs] == [25, 30]


# spans of days with the weekdays in brackets (the weekday alone after one day is no span)
WEEKDAY_SPANS = [
    ("12月16日(日曜日)から18日(火曜日)まで", (16, 18)),
    ("12月16日(日)~18日(火)", (16, 18)),
    ("12月16日から18日まで", (16, 18)),
    ("16日(月)に会談", (16, None)),
]


@pytest.mark.parametrize("text,expected", WEEKDAY_SPANS)
def test_weekday_span(text, expected):
    with lexicon.trace() as fired:
        d = dates.find_dates(text)[0]
    assert (d.day, d.end_day) == expected
    assert ("dates.weekday.paren" in fired) == ("(" in d.text)


# --- the rule that decided a talk's venue and city (rules["venue"], rules["city"]): the cue of its place phrase, the
# venue's row, a programme's arrival mark. (page, expected {field: rule id})
PLACE_RULES = [
    ("日墺外相会談\n令和3年5月2日\n1日、ウィーンにおいて、山田外務大臣はフーバー外務大臣と外相会談を行った。",
     {"city": "places.at.ni_oite"}),
    ("日墺外相会談\n令和3年5月2日\n1日、外務省飯倉公館にて、山田外務大臣はフーバー外務大臣と外相会談を行った。",
     {"venue": "places.at.nite", "city": "places.venue.iikura_kokan"}),
    ("日英外相会談\n令和3年5月2日\n1日、英国外務省において、山田外務大臣はスミス外務大臣と外相会談を行った。",
     {"venue": "places.at.ni_oite", "city": "places.venue.gaimusho"}),
    ("山田総理の訪韓\n令和3年5月2日\n1.日程\n1日 午前 ソウル着\n   午後 日韓首脳会談\n2日 午前 ソウル発\n",
     {"city": "places.itinerary.chaku"}),
]


@pytest.mark.parametrize("text,expected", PLACE_RULES)
def test_place_rules(text, expected):
    evs = _events(text)
    assert len(evs) == 1, evs
    for field, rule in expected.items():
        assert evs[0][field], (field, evs[0])
        assert evs[0]["rules"].get(field) == rule, (field, evs[0]["rules"])


# --- the other side visiting Japan, said in the talk's sentence: the one clock printed is Japan time too
# (the way the visit is said, the row that decides; None: no visit in Japan said)
IN_JAPAN = [
    ("訪日中の", "places.in_japan.honichi_chu"),
    ("来日中の", "places.in_japan.rainichi_chu"),
    ("外務省賓客として訪日した", "places.in_japan.honichi_shita"),
    ("来日した", "places.in_japan.rainichi_shita"),
    ("昨年訪日した際に会った", None),  # an earlier visit: no clue where this talk is
]


def _in_japan_page(visit: str) -> str:
    return ("日・チリ外相会談\n令和3年5月2日\n本2日午後3時から約40分間、山田外務大臣は、" + visit
            + "ロペス・チリ外務大臣と会談を行いました。")


@pytest.mark.parametrize("visit,row", IN_JAPAN)
def test_in_japan(visit, row):
    evs, fired = _fired(_in_japan_page(visit))
    assert len(evs) == 1, evs
    assert evs[0]["start_local"] == "15:00"
    assert evs[0]["start_jst"] == ("15:00" if row else None)
    assert not row or row in fired


# Japan's side receiving a call (…による表敬を受けた) is at home, unless the sentence or the lead says it is abroad
# (…を訪問中の山田外務大臣は): (the sentence, whether its one clock is Japan's)
RECEIVED = [
    ("本2日午後3時から約20分間、山田外務大臣は、ロペス・チリ・サンティアゴ州知事による表敬を受けました。", True),
    ("本2日午後3時から約20分間、チリを訪問中の山田外務大臣は、ロペス・チリ・サンティアゴ州知事による表敬を受けました。", False),
]


@pytest.mark.parametrize("sentence,home", RECEIVED)
def test_received_call(sentence, home):
    evs, fired = _fired("ロペス・サンティアゴ州知事による山田外務大臣表敬\n令和3年5月2日\n" + sentence)
    assert len(evs) == 1, evs
    assert evs[0]["start_local"] == "15:00"
    assert evs[0]["start_jst"] == ("15:00" if home else None)
    assert ("places.received.hyokei" in fired) == home


# --- the leaders of the countries a visit's lead lists, met in one phrase: one summit per listed country
# (lead, expected countries of the summits in order)
EACH_COUNTRY = [
    ("山田総理大臣の欧州訪問\n(成果と概要)\n令和3年5月3日\n 山田総理大臣は、4月26日から5月2日まで、英国、フランス及び"
     "ドイツ(G7議長国)を訪問し、欧州3ヶ国首脳との会談等を行った。", [["JP", "GB"], ["JP", "FR"], ["JP", "DE"]]),
    ("山田総理大臣の欧州訪問\n(成果と概要)\n令和3年5月3日\n 山田総理大臣は、4月26日から5月2日まで、英国及びフランスを訪問し、"
     "各国首脳と会談した。", [["JP", "GB"], ["JP", "FR"]]),
    # the leaders' talk the lead's only talk noun: the summits made from the list are all its talks (no talk of its own)
    ("山田総理大臣の欧州訪問\n令和3年5月3日\n 山田総理大臣は、4月26日から5月2日まで、英国、フランス、ドイツ及びイタリアを"
     "訪問し、欧州4ヶ国首脳との会談を行った。", [["JP", "GB"], ["JP", "FR"], ["JP", "DE"], ["JP", "IT"]]),
    # the countries visited, but no phrase of their leaders met: no talks from the list
    ("山田総理大臣の欧州訪問\n(成果と概要)\n令和3年5月3日\n 山田総理大臣は、4月26日から5月2日まで、英国及びフランスを訪問し、"
     "スピーチを行った。", []),
]


@pytest.mark.parametrize("text,expected", EACH_COUNTRY)
def test_each_country(text, expected):
    evs, fired = _fired(text)
    summits = [e for e in evs if e["kind"] == "summit"]
    assert [e["countries"] for e in summits] == expected, evs
    assert len(evs) == len(expected), evs
    assert all(e["date"] is None and [p["name"] for p in e["principals"]] == ["山田"] for e in summits)
    assert bool(expected) == bool(fired & {"talks.each_country.n_kakoku", "talks.each_country.kakkoku"})


# --- a result sentence of a visit's several talks: one naming two or more of their sides goes to the first of those
# talks; one opening on one side (特にドイツとの間では、) to that side's talk
SHARED_RESULTS = ("山田総理大臣の欧州訪問\n(成果と概要)\n令和5年5月3日\n 山田総理大臣は、4月26日から5月2日まで、英国、フランス、"
                  "ドイツ及びイタリアを訪問し、欧州4ヶ国首脳との会談を行った。\n1.総論\n(1) 国際情勢について、欧州主要国首脳と"
                  "意見交換を行った。\n2.各論\n(1) 気候変動\n フランス、ドイツ及びイタリアとの間で、気候変動対策の重要性について"
                  "各国首脳と認識を共有した。\n(2) 北朝鮮問題\n 特にドイツとの間では、北朝鮮の非核化に向けて緊密に連携していく"
                  "ことを確認した。\n")


def test_shared_results_go_to_the_first_talk_they_name():
    evs, _ = _fired(SHARED_RESULTS)
    assert [(e["countries"][1], [o["text"][:2] for o in e["outcomes"]]) for e in evs] == [
        ("GB", []), ("FR", ["フラ"]), ("DE", ["特に"]), ("IT", [])]


# --- a phrase before において/にて/で that names no place (a reference back, the spot, the arena): no venue, no city
# (phrase, the row that rules it out)
NOT_PLACES = [
    ("同地において", "places.not_place.do"),
    ("当地において", "places.not_place.to"),
    ("本会合場において", "places.not_place.hon"),
    ("現地において", "places.not_place.genchi"),
    ("国際場裡において", "places.not_place.kokusai_joori"),
]


def _not_place_page(phrase: str) -> str:
    return "日・チリ外相会談\n令和3年5月2日\n本2日、" + phrase + "、山田外務大臣は、ロペス・チリ外務大臣と会談を行いました。"


@pytest.mark.parametrize("phrase,row", NOT_PLACES)
def test_not_place(phrase, row):
    evs, fired = _fired(_not_place_page(phrase))
    assert len(evs) == 1, evs
    assert evs[0]["venue"] is None and evs[0]["city"] is None, evs[0]
    assert row in fired


# --- a visitor's page (X首相の訪日): a programme's call by one of Japan's ministers is on the visitor the heading names
CALLS_ON_VISITOR = [
    ("ロペス・ペルー首相の訪日\n(概要)\n令和3年12月17日\n 12月12~13日、ペルーの首相が訪日した。\n1.日程\n"
     "12日 午前      山田経済産業大臣による表敬\n  午後 川村総理との首脳会談\n13日 午後 森財務大臣による表敬\n",
     {("other", ("山田", "ロペス")), ("summit", ("川村", "ロペス")), ("other", ("森", "ロペス"))}),
]


@pytest.mark.parametrize("text,expected", CALLS_ON_VISITOR)
def test_calls_on_visitor(text, expected):
    evs = _events(text)
    assert {(e["kind"], tuple(p["name"] for p in e["principals"])) for e in evs} == expected, evs
    assert all(e["countries"] == ["JP", "PE"] for e in evs)


def case_texts() -> list[str]:
    """Every page the cases above extract (tests/cases/test_lexicon_coverage.py fires the lexicon over them)."""
    pairs = (RANGES + JAPAN_CLOCK + SEQUENCES + ROSTERS + PROGRAMME_TABLE + PROGRAMME_BY_COUNTRY + VISIT_SPANS + GATHERING_SPANS + ENVOY_TALKS
             + PLACE_RULES + EACH_COUNTRY + CALLS_ON_VISITOR + [(SHARED_RESULTS, None)])
    return [t for t, _, _ in TERSE] + [t for t, _ in pairs] + GATHERING_KINDS + [DATED_CALLS] + [
        _in_japan_page(v) for v, _ in IN_JAPAN] + [_not_place_page(p) for p, _ in NOT_PLACES] + [
        "ロペス・サンティアゴ州知事による山田外務大臣表敬\n令和3年5月2日\n" + t for t, _ in RECEIVED]
