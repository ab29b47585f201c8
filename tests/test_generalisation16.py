"""Generalisation probe 16: where, when and who else (issue 13, must-show 5), per family at first sight.

The measures weakest on the real set when this probe began (venue 0.926, occasion 0.909, city 0.964, start_jst 0.964,
date 0.970, attendees 0.970). Every page below was written for this probe in the ministry's style, its text my own (the
real pages were read for their style only), in six sets: (1) venues — guest houses (迎賓館赤坂離宮, 外務省飯倉公館, 京都迎賓館),
a foreign ministry in brackets ((於：フィリピン外務省) closing the sentence), a ministry abroad with its city (ワシントンD.C.…
国務省において), a palace (シャーンドル宮殿), a foreign 首相官邸 (オタワ), a venue in the heading only, a working lunch moved to
another venue; (2) occasions — 第81回国連総会出席のため, 第10回アフリカ開発会議（TICAD10）に際し, ASEAN関連外相会議出席の際,
第11回日中韓外相会議の際に, G20ヨハネスブルグ・サミットの機会に (the city in the name), APEC首脳会議 in the heading only, an
inauguration (ロペス大統領の就任式典出席のため); (3) cities — ニューデリー, 訪問先のハノイにて, ブエノスアイレスにおいて, a visit to
two cities (メルボルン, then キャンベラに移動した), 広島市内において, 大阪市内のホテル, a city in the heading's brackets only; (4)
times — 現地時間…（日本時間…）, Japan time only for a talk abroad, 午前11時45分から午後0時30分まで, 午後11時30分から翌4日午前0時40分
まで, 約2時間10分, 少人数会合 + 全体会合 then a separate 夕食会; (5) dates — 10月8日から9日まで, the heading's date only, （月） and
（水曜日）, 同日午後, 翌6日, 前日の14日, full-width 平成１８年１０月２３日 and kanji 令和元年十一月二十二日; (6) attendees — 日本側 /
インド側 lines under 同席者は以下のとおり, 日本側出席者： / 先方出席者：, ambassadors, 補佐官 and 報道官 joined by 及び, titles before
the names (外務審議官 鈴木) under （同席者）, a table row | 出席者 | 日本側：… | メキシコ側：… |, 外交顧問 named in a sentence.
Two stress sets were written after the rows (below the table).

My reading of the record format and the real README, stated before the first sight: venue is the building as written
(外務省飯倉公館, 首相府, 大統領府; the Tokyo venue of a talk that moves on to a lunch elsewhere stays the talk's; a venue named
after 於 in brackets is the venue when it is a building, a city after 於 is none); city as the record format says, from the
venue's city (迎賓館赤坂離宮 東京, 京都迎賓館 京都), the visit (…を訪問中, 訪問先のXにて, Xに移動した), the occasion's name (G20ヨハネ
スブルグ・サミット), the heading; a country is no city, a telephone talk has none; a Tokyo-named venue (首相官邸) in the sentence
of a visit to a foreign city is that city's, and then start_jst is null. occasion as written (第81回国連総会, 第10回アフリカ開発
会議（TICAD10）, ロペス大統領の就任式典), from the heading when the body names none; whoever is inaugurated is no principal.
start_jst the Japan time printed, or the one time of a talk in Japan or of a call from it; Japan time only for a talk
abroad gives start_local null (as the real gold a-027); a span over midnight keeps its starting day; sessions of one talk
(少人数会合 + 全体会合, a working lunch that continues it, said in the lead or in the sentence after it) are summed, a dinner one
side hosts is not. date: a span gives date and date_end; the heading's date when the body prints none; 同日 / 翌日 / 前日 the
day before or after the talk named before. attendees: everyone listed as present who does not hold the talk, with the
title as written in its plain form and the side from the label or the title (駐日タイ大使 TH). Scored with
tests/test_generalisation3.py's ``score``, and venue and occasion with score.py's lenient comparison (a value where none is
expected is a miss and a false positive), attendees by name, role and country as principals are.

    set (pages)        family        first sight (83663f0)   after this round     (found / expected, false positives)
    venues (7)         city          4 /  7                   7 /  7   (オタワ…首相官邸において: a Tokyo-named venue in a visit
                                                                        to a foreign city is that city's, meetings._visit_abroad,
                                                                        and not in Japan (start_jst 1 / 1); (於：京都迎賓館) in the
                                                                        heading: places.venue.kyoto_geihinkan, the longest row;
                                                                        ワシントンD.C.: see below)
                       venue         5 /  7                   7 /  7   (於 in brackets in the sentence or the heading: the venue
                                                                        when a building, meetings._venue_after_o, places.cue.o)
                       duration_min  6 /  7                   7 /  7   (…を行いました。引き続き、両外相は、場所を都内のホテルに
                                                                        移し、約1時間、ワーキング・ランチ: meetings.SESSION_NEXT)
    occasions (7)      principals   14 / 14, 1 fp            14 / 14   (ロペス大統領の就任式典出席のため: no principal,
                                                                        attendees.not_principal.shuninshiki, sogi, kokuso)
    cities (7)         city          6 /  8                   8 /  8   (キャンベラに移動した: places.visit.ni_ido; 日・ケニア首脳会談
                                                                        （ナイロビ）: places.cue.heading_paren)
    times (6)          duration_min  5 /  6                   6 /  6   (約30分間の少人数会合に続き、約1時間の全体会合:
                                                                        talks.session_then.*)
    dates (7)          every family exact at first sight (ranges, weekdays, 同日 / 翌日 / 前日, full-width and kanji numerals)
    attendees (6)      attendees    11 / 22                  22 / 22   (日本側出席者：A、B: a roster line with its heading word
                                                                        lists all present, the first too; A補佐官及びB大使:
                                                                        attendees.joiner.*; 外務審議官 鈴木:
                                                                        attendees.order.title_first; | 出席者 | 日本側：… |:
                                                                        attendees.cue.table_shusseki_sha)
                       city          5 /  6                   6 /  6   (ワシントンD.C.: see below)
    (471 / 493 facts in all at first sight (0.955), 1 false positive; after: 493 / 493, 0)
    stress (8)         written after the rows above (at ed3eefe), first sight with them: 107 / 112 (0.955), 0 false positives
                       occasion      0 /  2                   2 /  2   (国連総会ハイレベルウィーク, 人権理事会ハイレベル・セグメント:
                                                                        places.gathering_end.high_level_*, rijikai)
                       attendees     3 /  6                   6 /  6   (出席者は以下のとおり, then (日本側)A、B:
                                                                        attendees.cue.shusseki_sha_ika, attendees.sep.paren)
    stress2 (8)        written after the stress set's rows (at a257c68), first sight: 104 / 105 (0.990), 0 false positives
                       duration_min  7 /  8                   8 /  8   (会談に先立ち、両外相は、約15分間の少人数会合を行いました:
                                                                        the subject between, meetings.SESSION_ADDED)

Changed after the first sight, before any code: the two expectations of ワシントンD.C. were ワシントン (the real gold's
form) and are now the gazetteer's ワシントンDC (the seeds' gold writes it three times, score.py's comparison takes both: a
reading, no error, 2 of the 22 misses above); one heading named a 外相会談 for a parliamentary vice-minister's talk and
now names the two (main's code reads the rewritten page as it read the first: kind other, the extra principal).
Beside the probe: (X大使同席) after the talk's word (people.UNLABELLED_LIST), 次期外相 / 副首相兼外相 in their plain form
(roles.plain_after.*), NY as ニューヨーク (places.alias.ny). real 0.980 (main 0.979: a-107's attendee and its principal's
title, the plain titles of a-002 and a-006), seeds 0.995, devset 1.000. Floors: every family exact, no false positive.

``python tests/test_generalisation16.py [set] [-v]`` prints the table per family and every miss.
"""

from __future__ import annotations

import re
import unicodedata

from tests.test_generalisation2 import _score_people
from tests.test_generalisation3 import Probe, _record, print_report, score

# fmt: off
# --- 1. venues: guest houses, ministries, palaces, official residences, (於：…), abroad with its city, the heading ------
VENUES = [
    ("日・ベトナム首脳会談\n令和7年11月26日\n\n"
     "11月26日、午後6時15分から約1時間、田中内閣総理大臣は、迎賓館赤坂離宮において、公式訪問中のチン・ベトナム首相と首脳会談を行いました。"
     "会談後、両首脳は、場所を総理大臣官邸に移し、田中総理主催の夕食会に出席しました。\n"
     "1 両首脳は、二国間関係の幅広い分野について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-11-26", "n_events": 1},
     [{"date": "2025-11-26", "kind": "summit", "venue": "迎賓館赤坂離宮", "city": "東京", "occasion": None,
       "start_local": "18:15", "start_jst": "18:15", "duration_min": 60,
       "principals": [("田中", "総理大臣", "JP"), ("チン", "首相", "VN")]}]),
    ("日・フィリピン外相会談\n令和6年7月8日\n\n"
     "7月8日、午前10時30分から約50分間、マニラを訪問中の佐藤外務大臣は、サントス・フィリピン外務大臣と外相会談を行いました（於：フィリピン外務省）。\n"
     "1 両外相は、南シナ海情勢について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-07-08", "n_events": 1},
     [{"date": "2024-07-08", "kind": "foreign_ministers", "venue": "フィリピン外務省", "city": "マニラ", "occasion": None,
       "start_local": "10:30", "start_jst": None, "duration_min": 50,
       "principals": [("佐藤", "外務大臣", "JP"), ("サントス", "外務大臣", "PH")]}]),
    ("日米外相会談\n令和8年2月12日\n\n"
     "2月12日、午後2時から約1時間10分、ワシントンD.C.を訪問中の佐藤外務大臣は、国務省において、ミラー米国国務長官と日米外相会談を行いました。\n"
     "1 両外相は、日米同盟の抑止力・対処力を一層強化していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-02-12", "n_events": 1},
     [{"date": "2026-02-12", "kind": "foreign_ministers", "venue": "国務省", "city": "ワシントンDC", "occasion": None,
       "start_local": "14:00", "start_jst": None, "duration_min": 70,
       "principals": [("佐藤", "外務大臣", "JP"), ("ミラー", "国務長官", "US")]}]),
    ("佐藤外務大臣のノヴァーク・ハンガリー大統領表敬\n令和5年5月3日\n\n"
     "5月3日、午前11時から約30分間、ブダペストを訪問中の佐藤外務大臣は、シャーンドル宮殿において、ノヴァーク・ハンガリー大統領を表敬しました。\n"
     "1 冒頭、佐藤大臣から、外交関係開設の節目の年にハンガリーを訪問できたことを嬉しく思う旨述べました。\n",
     {"doc_type": "meeting", "doc_date": "2023-05-03", "n_events": 1},
     [{"date": "2023-05-03", "kind": "other", "venue": "シャーンドル宮殿", "city": "ブダペスト", "occasion": None,
       "start_local": "11:00", "start_jst": None, "duration_min": 30,
       "principals": [("佐藤", "外務大臣", "JP"), ("ノヴァーク", "大統領", "HU")]}]),
    ("日・カナダ首脳会談\n令和7年6月16日\n\n"
     "6月16日、午後4時30分から約45分間、オタワを訪問中の田中内閣総理大臣は、首相官邸において、ブラウン・カナダ首相と首脳会談を行いました。\n"
     "1 両首脳は、エネルギー分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-06-16", "n_events": 1},
     [{"date": "2025-06-16", "kind": "summit", "venue": "首相官邸", "city": "オタワ", "occasion": None,
       "start_local": "16:30", "start_jst": None, "duration_min": 45,
       "principals": [("田中", "総理大臣", "JP"), ("ブラウン", "首相", "CA")]}]),
    ("日・ニュージーランド首脳会談（於：京都迎賓館）\n令和8年4月7日\n\n"
     "4月7日、午前10時から約1時間、田中内閣総理大臣は、来日中のハリス・ニュージーランド首相と首脳会談を行いました。\n"
     "1 両首脳は、太平洋島嶼国への協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-04-07", "n_events": 1},
     [{"date": "2026-04-07", "kind": "summit", "venue": "京都迎賓館", "city": "京都", "occasion": None,
       "start_local": "10:00", "start_jst": "10:00", "duration_min": 60,
       "principals": [("田中", "総理大臣", "JP"), ("ハリス", "首相", "NZ")]}]),
    ("日・オランダ外相会談\n令和6年10月2日\n\n"
     "10月2日、午前11時から約45分間、佐藤外務大臣は、外務省飯倉公館において、来日中のデ・フリース・オランダ外務大臣と外相会談を行いました。"
     "引き続き、両外相は、場所を都内のホテルに移し、約1時間、ワーキング・ランチを行いました。\n"
     "1 両外相は、半導体分野での協力を推進していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-10-02", "n_events": 1},
     [{"date": "2024-10-02", "kind": "foreign_ministers", "venue": "外務省飯倉公館", "city": "東京", "occasion": None,
       "start_local": "11:00", "start_jst": "11:00", "duration_min": 105,
       "principals": [("佐藤", "外務大臣", "JP"), ("デ・フリース", "外務大臣", "NL")]}]),
]

# --- 2. occasions: the margins of gatherings in many phrasings, summits with a city in their names, the UN ----------
OCCASIONS = [
    ("日・チリ首脳会談\n令和8年9月23日\n\n"
     "9月23日（現地時間）、午後2時40分から約30分間、第81回国連総会出席のためニューヨークを訪問中の田中内閣総理大臣は、マルティネス・チリ大統領と首脳会談を行いました。\n"
     "1 両首脳は、経済連携の強化について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-09-23", "n_events": 1},
     [{"date": "2026-09-23", "kind": "summit", "occasion": "第81回国連総会", "city": "ニューヨーク",
       "start_local": "14:40", "start_jst": None, "duration_min": 30,
       "principals": [("田中", "総理大臣", "JP"), ("マルティネス", "大統領", "CL")]}]),
    ("日・タンザニア首脳会談\n令和10年8月20日\n\n"
     "8月20日、第10回アフリカ開発会議（TICAD10）に際し、午後3時から約35分間、田中内閣総理大臣は、横浜市内において、ムワンザ・タンザニア大統領と首脳会談を行いました。\n"
     "1 両首脳は、インフラ整備と人材育成での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2028-08-20", "n_events": 1},
     [{"date": "2028-08-20", "kind": "summit", "occasion": "第10回アフリカ開発会議（TICAD10）", "city": "横浜",
       "start_local": "15:00", "start_jst": "15:00", "duration_min": 35,
       "principals": [("田中", "総理大臣", "JP"), ("ムワンザ", "大統領", "TZ")]}]),
    ("日・ラオス外相会談\n令和6年7月26日\n\n"
     "7月26日、ASEAN関連外相会議出席の際、午後5時10分から約25分間、佐藤外務大臣は、ビエンチャンにおいて、ソムサワット・ラオス外務大臣と外相会談を行いました。\n"
     "1 両外相は、不発弾処理分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-07-26", "n_events": 1},
     [{"date": "2024-07-26", "kind": "foreign_ministers", "occasion": "ASEAN関連外相会議", "city": "ビエンチャン",
       "start_local": "17:10", "start_jst": None, "duration_min": 25,
       "principals": [("佐藤", "外務大臣", "JP"), ("ソムサワット", "外務大臣", "LA")]}]),
    ("日中外相会談\n令和7年3月22日\n\n"
     "3月22日、第11回日中韓外相会議の際に、午前9時から約1時間、東京を訪問中の王文中国外交部長は、佐藤外務大臣と外相会談を行いました。\n"
     "1 両外相は、日中関係の改善に向けて意思疎通を継続していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-03-22", "n_events": 1},
     [{"date": "2025-03-22", "kind": "foreign_ministers", "occasion": "第11回日中韓外相会議", "city": "東京",
       "start_local": "09:00", "start_jst": "09:00", "duration_min": 60,
       "principals": [("佐藤", "外務大臣", "JP"), ("王文", "外交部長", "CN")]}]),
    ("日・南アフリカ首脳会談\n令和7年11月22日\n\n"
     "11月22日、G20ヨハネスブルグ・サミットの機会に、午後1時15分から約20分間、南アフリカを訪問中の田中内閣総理大臣は、ンコシ・南アフリカ大統領と首脳会談を行いました。\n"
     "1 両首脳は、G20議長国としての南アフリカの取組について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-11-22", "n_events": 1},
     [{"date": "2025-11-22", "kind": "summit", "occasion": "G20ヨハネスブルグ・サミット", "city": "ヨハネスブルグ",
       "start_local": "13:15", "start_jst": None, "duration_min": 20,
       "principals": [("田中", "総理大臣", "JP"), ("ンコシ", "大統領", "ZA")]}]),
    ("日・ペルー首脳会談（APEC首脳会議の機会に）\n令和8年11月14日\n\n"
     "11月14日、午前8時30分から約25分間、リマを訪問中の田中内閣総理大臣は、ガルシア・ペルー大統領と首脳会談を行いました。\n"
     "1 両首脳は、鉱物資源分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-11-14", "n_events": 1},
     [{"date": "2026-11-14", "kind": "summit", "occasion": "APEC首脳会議", "city": "リマ",
       "start_local": "08:30", "start_jst": None, "duration_min": 25,
       "principals": [("田中", "総理大臣", "JP"), ("ガルシア", "大統領", "PE")]}]),
    ("山本外務大臣政務官とベラ・エクアドル外務大臣との会談\n令和7年5月24日\n\n"
     "5月24日、午後6時から約30分間、ロペス大統領の就任式典出席のためキトを訪問中の山本外務大臣政務官は、ベラ・エクアドル外務大臣と会談を行いました。\n"
     "1 双方は、外交関係樹立の節目に向けて交流を深めていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-05-24", "n_events": 1},
     [{"date": "2025-05-24", "kind": "other", "occasion": "ロペス大統領の就任式典", "city": "キト",
       "start_local": "18:00", "start_jst": None, "duration_min": 30,
       "principals": [("山本", "外務大臣政務官", "JP"), ("ベラ", "外務大臣", "EC")]}]),
]

# --- 3. cities: foreign cities as the ministry spells them, several cities on one visit, Japan outside Tokyo ---------
CITIES = [
    ("日・インド外相会談\n令和7年3月10日\n\n"
     "3月10日、午後4時から約1時間、ニューデリーを訪問中の佐藤外務大臣は、ジャイン・インド外務大臣と外相会談を行いました。\n"
     "1 両外相は、日印特別戦略的グローバル・パートナーシップの下での協力を確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-03-10", "n_events": 1},
     [{"date": "2025-03-10", "kind": "foreign_ministers", "city": "ニューデリー", "start_local": "16:00", "start_jst": None,
       "duration_min": 60, "principals": [("佐藤", "外務大臣", "JP"), ("ジャイン", "外務大臣", "IN")]}]),
    ("日・ベトナム外相会談\n令和6年1月15日\n\n"
     "1月15日、午前9時30分から約1時間、佐藤外務大臣は、訪問先のハノイにて、ドン・ベトナム外務大臣と外相会談を行いました。\n"
     "1 両外相は、人材交流の促進について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-01-15", "n_events": 1},
     [{"date": "2024-01-15", "kind": "foreign_ministers", "city": "ハノイ", "start_local": "09:30", "start_jst": None,
       "duration_min": 60, "principals": [("佐藤", "外務大臣", "JP"), ("ドン", "外務大臣", "VN")]}]),
    ("日・アルゼンチン外相会談\n平成30年12月1日\n\n"
     "12月1日、午前10時45分から約35分間、佐藤外務大臣は、ブエノスアイレスにおいて、ロドリゲス・アルゼンチン外務・通商大臣と外相会談を行いました。\n"
     "1 両外相は、両国間の経済関係の強化について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2018-12-01", "n_events": 1},
     [{"date": "2018-12-01", "kind": "foreign_ministers", "city": "ブエノスアイレス", "start_local": "10:45", "start_jst": None,
       "duration_min": 35, "principals": [("佐藤", "外務大臣", "JP"), ("ロドリゲス", "外務・通商大臣", "AR")]}]),
    ("佐藤外務大臣のオーストラリア訪問\n令和7年8月6日\n\n"
     "佐藤外務大臣は、8月4日から6日まで、オーストラリアを訪問しました。概要は以下のとおりです。\n"
     "1 8月4日、メルボルンにおいて、佐藤大臣は、ウィルソン・ビクトリア州首相と会談を行い、州と日本の経済関係について意見交換を行いました。\n"
     "2 8月5日、キャンベラに移動した佐藤大臣は、午後3時から約1時間30分、テイラー・オーストラリア外務大臣と外相会談を行いました。両外相は、日豪の安全保障協力を一層深化させていくことで一致しました。\n",
     {"doc_type": "visit", "doc_date": "2025-08-06", "n_events": 2},
     [{"date": "2025-08-04", "kind": "other", "city": "メルボルン",
       "principals": [("佐藤", "外務大臣", "JP"), ("ウィルソン", "州首相", "AU")]},
      {"date": "2025-08-05", "kind": "foreign_ministers", "city": "キャンベラ", "start_local": "15:00", "start_jst": None,
       "duration_min": 90, "principals": [("佐藤", "外務大臣", "JP"), ("テイラー", "外務大臣", "AU")]}]),
    ("日・ドイツ首脳会談\n令和8年5月20日\n\n"
     "5月20日、午後5時から約50分間、田中内閣総理大臣は、広島市内において、来日中のヴェーバー・ドイツ連邦首相と首脳会談を行いました。\n"
     "1 両首脳は、平和記念資料館を訪問した経験を踏まえ、核軍縮について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-05-20", "n_events": 1},
     [{"date": "2026-05-20", "kind": "summit", "city": "広島", "start_local": "17:00", "start_jst": "17:00",
       "duration_min": 50, "principals": [("田中", "総理大臣", "JP"), ("ヴェーバー", "連邦首相", "DE")]}]),
    ("日・シンガポール外相会談\n令和7年4月28日\n\n"
     "4月28日、午後7時から約1時間、佐藤外務大臣は、大阪市内のホテルにおいて、大阪・関西万博のため来日中のタン・シンガポール外務大臣と夕食を交えて外相会談を行いました。\n"
     "1 両外相は、経済安全保障分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-04-28", "n_events": 1},
     [{"date": "2025-04-28", "kind": "foreign_ministers", "city": "大阪", "start_local": "19:00", "start_jst": "19:00",
       "duration_min": 60, "principals": [("佐藤", "外務大臣", "JP"), ("タン", "外務大臣", "SG")]}]),
    ("日・ケニア首脳会談（ナイロビ）\n令和9年3月2日\n\n"
     "3月2日、午前11時30分から約1時間、ケニアを訪問中の田中内閣総理大臣は、オディンガ・ケニア大統領と首脳会談を行いました。\n"
     "1 両首脳は、地熱発電分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2027-03-02", "n_events": 1},
     [{"date": "2027-03-02", "kind": "summit", "city": "ナイロビ", "start_local": "11:30", "start_jst": None,
       "duration_min": 60, "principals": [("田中", "総理大臣", "JP"), ("オディンガ", "大統領", "KE")]}]),
]

# --- 4. times: local and Japan time, Japan time only abroad, 午前/午後, over midnight, 約X時間Y分, sessions and a dinner ----
TIMES = [
    ("日・ブラジル首脳会談\n令和8年9月25日\n\n"
     "現地時間9月24日午後4時10分から（日本時間25日午前5時10分から）約40分間、国連総会出席のためニューヨークを訪問中の田中内閣総理大臣は、ソウザ・ブラジル大統領と首脳会談を行いました。\n"
     "1 両首脳は、気候変動分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-09-25", "n_events": 1},
     [{"date": "2026-09-24", "kind": "summit", "city": "ニューヨーク", "occasion": "国連総会", "start_local": "16:10",
       "start_jst": "05:10", "duration_min": 40,
       "principals": [("田中", "総理大臣", "JP"), ("ソウザ", "大統領", "BR")]}]),
    ("日仏外相会談\n令和7年6月12日\n\n"
     "6月12日、日本時間午後10時から約35分間、パリを訪問中の佐藤外務大臣は、ルルー・フランス欧州・外務大臣と外相会談を行いました。\n"
     "1 両外相は、インド太平洋における協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-06-12", "n_events": 1},
     [{"date": "2025-06-12", "kind": "foreign_ministers", "city": "パリ", "start_local": None, "start_jst": "22:00",
       "duration_min": 35, "principals": [("佐藤", "外務大臣", "JP"), ("ルルー", "欧州・外務大臣", "FR")]}]),
    ("日・スペイン外相会談\n令和6年11月5日\n\n"
     "11月5日、午前11時45分から午後0時30分まで、佐藤外務大臣は、外務省飯倉公館において、来日中のモレノ・スペイン外務・EU・協力大臣と外相会談を行いました。\n"
     "1 両外相は、両国関係の一層の強化で一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-11-05", "n_events": 1},
     [{"date": "2024-11-05", "kind": "foreign_ministers", "city": "東京", "venue": "外務省飯倉公館", "start_local": "11:45",
       "start_jst": "11:45", "duration_min": 45,
       "principals": [("佐藤", "外務大臣", "JP"), ("モレノ", "外務・EU・協力大臣", "ES")]}]),
    ("日・ウクライナ首脳電話会談\n令和7年12月3日\n\n"
     "12月3日午後11時30分から翌4日午前0時40分まで、田中内閣総理大臣は、コヴァレンコ・ウクライナ大統領と電話会談を行いました。\n"
     "1 両首脳は、ウクライナの復旧・復興への支援について意見交換を行いました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-12-03", "n_events": 1},
     [{"date": "2025-12-03", "kind": "summit", "channel": "telephone", "city": None, "start_local": "23:30",
       "start_jst": "23:30", "duration_min": 70,
       "principals": [("田中", "総理大臣", "JP"), ("コヴァレンコ", "大統領", "UA")]}]),
    ("日・トルコ首脳会談\n令和6年6月18日\n\n"
     "6月18日、午後2時から約2時間10分、アンカラを訪問中の田中内閣総理大臣は、大統領府において、ユルドゥズ・トルコ大統領と首脳会談を行いました。\n"
     "1 両首脳は、防災分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-06-18", "n_events": 1},
     [{"date": "2024-06-18", "kind": "summit", "city": "アンカラ", "venue": "大統領府", "start_local": "14:00",
       "start_jst": None, "duration_min": 130,
       "principals": [("田中", "総理大臣", "JP"), ("ユルドゥズ", "大統領", "TR")]}]),
    ("日・ポルトガル首脳会談\n令和8年3月17日\n\n"
     "3月17日、午後3時から約30分間の少人数会合に続き、約1時間の全体会合を行う形で、田中内閣総理大臣は、総理大臣官邸において、公式実務訪問中のコスタ・ポルトガル首相と首脳会談を行いました。"
     "その後、午後6時から約1時間半、田中総理主催の夕食会が行われました。\n"
     "1 両首脳は、海洋分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-03-17", "n_events": 1},
     [{"date": "2026-03-17", "kind": "summit", "city": "東京", "venue": "総理大臣官邸", "start_local": "15:00",
       "start_jst": "15:00", "duration_min": 90,
       "principals": [("田中", "総理大臣", "JP"), ("コスタ", "首相", "PT")]}]),
]

# --- 5. dates: ranges, the heading only, days of the week, 同日 / 翌日 / 前日, full-width and kanji numerals -----------------
DATES = [
    ("日・インドネシア次官級協議\n令和7年10月9日\n\n"
     "10月8日から9日まで、ジャカルタにおいて、第5回日・インドネシア次官級協議が開催され、日本側から鈴木外務審議官、インドネシア側からハディ外務次官が出席しました。\n"
     "1 双方は、海洋安全保障分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-10-09", "n_events": 1},
     [{"date": "2025-10-08", "date_end": "2025-10-09", "kind": "vice_ministerial", "city": "ジャカルタ",
       "principals": [("鈴木", "外務審議官", "JP"), ("ハディ", "外務次官", "ID")]}]),
    ("日・エストニア首脳会談\n令和7年6月2日\n\n"
     "田中内閣総理大臣は、総理大臣官邸において、来日中のカスク・エストニア首相と首脳会談を行いました。\n"
     "1 両首脳は、サイバー分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-06-02", "n_events": 1},
     [{"date": "2025-06-02", "kind": "summit", "city": "東京", "venue": "総理大臣官邸",
       "principals": [("田中", "総理大臣", "JP"), ("カスク", "首相", "EE")]}]),
    ("佐藤外務大臣のマレーシア訪問\n令和8年1月13日\n\n"
     "1月12日（月）、クアラルンプールを訪問中の佐藤外務大臣は、午前10時から約40分間、ハサン・マレーシア外務大臣と外相会談を行いました。"
     "同日午後、佐藤大臣は、イスマイル・マレーシア首相を表敬しました。\n"
     "1 外相会談では、両外相は、エネルギー分野での協力を推進していくことで一致しました。\n",
     {"doc_type": "visit", "doc_date": "2026-01-13", "n_events": 2},
     [{"date": "2026-01-12", "kind": "foreign_ministers", "city": "クアラルンプール", "start_local": "10:00", "start_jst": None,
       "duration_min": 40, "principals": [("佐藤", "外務大臣", "JP"), ("ハサン", "外務大臣", "MY")]},
      {"date": "2026-01-12", "kind": "other", "city": "クアラルンプール",
       "principals": [("佐藤", "外務大臣", "JP"), ("イスマイル", "首相", "MY")]}]),
    ("田中総理大臣のイタリア訪問\n令和7年2月6日\n\n"
     "1 2月5日（水曜日）午後、ローマに到着した田中内閣総理大臣は、マッテイ・イタリア大統領を表敬しました。\n"
     "2 翌6日、田中総理は、午前11時から約1時間、ベルティ・イタリア首相と首脳会談を行いました。"
     "両首脳は、両国関係の強化で一致しました。\n",
     {"doc_type": "visit", "doc_date": "2025-02-06", "n_events": 2},
     [{"date": "2025-02-05", "kind": "summit", "city": "ローマ",
       "principals": [("田中", "総理大臣", "JP"), ("マッテイ", "大統領", "IT")]},
      {"date": "2025-02-06", "kind": "summit", "city": "ローマ", "start_local": "11:00", "start_jst": None,
       "duration_min": 60, "principals": [("田中", "総理大臣", "JP"), ("ベルティ", "首相", "IT")]}]),
    ("日・チェコ外相会談\n令和8年9月15日\n\n"
     "9月15日、午後2時から約45分間、プラハを訪問中の佐藤外務大臣は、ノヴォトニー・チェコ外務大臣と外相会談を行いました。"
     "なお、佐藤大臣は、前日の14日、ドヴォルザーク・チェコ首相を表敬しました。\n"
     "1 両外相は、原子力分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-09-15", "n_events": 2},
     [{"date": "2026-09-15", "kind": "foreign_ministers", "city": "プラハ", "start_local": "14:00", "start_jst": None,
       "duration_min": 45, "principals": [("佐藤", "外務大臣", "JP"), ("ノヴォトニー", "外務大臣", "CZ")]},
      {"date": "2026-09-14", "kind": "other", "city": "プラハ",
       "principals": [("佐藤", "外務大臣", "JP"), ("ドヴォルザーク", "首相", "CZ")]}]),
    ("日・モロッコ外相会談(概要)\n平成１８年１０月２３日\n\n"
     "１．１０月２３日（月）午後３時から約４５分間、麻生外務大臣は、来日中のベンナニ・モロッコ外務・協力大臣と外相会談を行ったところ、概要以下の通り。\n"
     "２．両大臣は、両国間の経済関係の拡大について意見交換を行った。\n",
     {"doc_type": "meeting", "doc_date": "2006-10-23", "n_events": 1},
     [{"date": "2006-10-23", "kind": "foreign_ministers", "city": None, "start_local": "15:00", "start_jst": "15:00",
       "duration_min": 45, "principals": [("麻生", "外務大臣", "JP"), ("ベンナニ", "外務・協力大臣", "MA")]}]),
    ("日・ヨルダン首脳会談\n令和元年十一月二十二日\n\n"
     "十一月二十二日、午後四時三十分から約三十分間、安倍内閣総理大臣は、総理大臣官邸において、来日中のハリーリ・ヨルダン首相と首脳会談を行いました。\n"
     "1 両首脳は、中東地域の安定について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2019-11-22", "n_events": 1},
     [{"date": "2019-11-22", "kind": "summit", "city": "東京", "venue": "総理大臣官邸", "start_local": "16:30",
       "start_jst": "16:30", "duration_min": 30,
       "principals": [("安倍", "総理大臣", "JP"), ("ハリーリ", "首相", "JO")]}]),
]

# --- 6. attendees: lists on both sides, ambassadors, aides and spokesmen, titles before or after, a table-like line --------
ATTENDEES = [
    ("日・インド首脳会談\n令和7年3月11日\n\n"
     "3月11日、午後6時から約1時間、ニューデリーを訪問中の田中内閣総理大臣は、首相府において、シャルマ・インド首相と首脳会談を行いました。\n"
     "同席者は以下のとおりです。\n"
     "日本側：木村内閣官房副長官、山口駐インド大使\n"
     "インド側：クマール国家安全保障補佐官、ラオ外務次官\n",
     {"doc_type": "meeting", "doc_date": "2025-03-11", "n_events": 1},
     [{"date": "2025-03-11", "kind": "summit", "city": "ニューデリー", "venue": "首相府",
       "principals": [("田中", "総理大臣", "JP"), ("シャルマ", "首相", "IN")],
       "attendees": [("木村", "内閣官房副長官", "JP"), ("山口", "駐インド大使", "JP"), ("クマール", "国家安全保障補佐官", "IN"),
                     ("ラオ", "外務次官", "IN")]}]),
    ("日・ノルウェー外相会談\n令和6年9月4日\n\n"
     "9月4日、午前10時から約50分間、佐藤外務大臣は、外務省飯倉公館において、来日中のハンセン・ノルウェー外務大臣と外相会談を行いました。\n"
     "日本側出席者：小林欧州局長、中島駐ノルウェー大使\n"
     "先方出席者：ベルグ駐日ノルウェー大使、ダール外務省アジア局長\n"
     "1 両外相は、北極における協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-09-04", "n_events": 1},
     [{"date": "2024-09-04", "kind": "foreign_ministers", "city": "東京", "venue": "外務省飯倉公館",
       "principals": [("佐藤", "外務大臣", "JP"), ("ハンセン", "外務大臣", "NO")],
       "attendees": [("小林", "欧州局長", "JP"), ("中島", "駐ノルウェー大使", "JP"), ("ベルグ", "駐日ノルウェー大使", "NO"),
                     ("ダール", "アジア局長", "NO")]}]),
    ("日米首脳会談\n令和8年7月9日\n\n"
     "7月9日、午前11時から約1時間15分、ワシントンD.C.を訪問中の田中内閣総理大臣は、ホワイトハウスにおいて、ジョンソン米国大統領と首脳会談を行いました。"
     "会談には、日本側から、森総理大臣補佐官及び藤田駐米大使が、米国側から、デイヴィス国家安全保障担当大統領補佐官、クラーク大統領報道官が同席しました。\n"
     "1 両首脳は、日米同盟の強化で一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-07-09", "n_events": 1},
     [{"date": "2026-07-09", "kind": "summit", "city": "ワシントンDC", "venue": "ホワイトハウス",
       "principals": [("田中", "総理大臣", "JP"), ("ジョンソン", "大統領", "US")],
       "attendees": [("森", "総理大臣補佐官", "JP"), ("藤田", "駐米大使", "JP"), ("デイヴィス", "国家安全保障担当大統領補佐官", "US"),
                     ("クラーク", "大統領報道官", "US")]}]),
    ("日・タイ外相会談\n令和7年7月14日\n\n"
     "7月14日、午後3時から約40分間、バンコクを訪問中の佐藤外務大臣は、タイ外務省において、ピチャイ・タイ外務大臣と外相会談を行いました。\n"
     "（同席者）\n"
     "日本側：外務審議官 鈴木、駐タイ大使 岡田\n"
     "タイ側：外務次官 ソムチャイ、駐日タイ大使 アナン\n"
     "1 両外相は、メコン地域の連結性強化について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-07-14", "n_events": 1},
     [{"date": "2025-07-14", "kind": "foreign_ministers", "city": "バンコク", "venue": "タイ外務省",
       "principals": [("佐藤", "外務大臣", "JP"), ("ピチャイ", "外務大臣", "TH")],
       "attendees": [("鈴木", "外務審議官", "JP"), ("岡田", "駐タイ大使", "JP"), ("ソムチャイ", "外務次官", "TH"),
                     ("アナン", "駐日タイ大使", "TH")]}]),
    ("日・メキシコ外相会談(概要)\n平成17年4月20日\n\n"
     "1.4月20日(水)午後2時より約1時間、町村外務大臣は、飯倉公館において、訪日中のロメロ・メキシコ外務大臣と会談を行ったところ、概要以下の通り。\n"
     "| 出席者 | 日本側：逢沢外務副大臣、山下中南米局長 | メキシコ側：ガルサ駐日メキシコ大使、トーレス外務次官 |\n"
     "2.両大臣は、経済連携協定の着実な実施で一致した。\n",
     {"doc_type": "meeting", "doc_date": "2005-04-20", "n_events": 1},
     [{"date": "2005-04-20", "kind": "foreign_ministers", "city": "東京", "venue": "飯倉公館",
       "principals": [("町村", "外務大臣", "JP"), ("ロメロ", "外務大臣", "MX")],
       "attendees": [("逢沢", "外務副大臣", "JP"), ("山下", "中南米局長", "JP"), ("ガルサ", "駐日メキシコ大使", "MX"),
                     ("トーレス", "外務次官", "MX")]}]),
    ("日・フランス首脳会談\n令和6年5月2日\n\n"
     "5月2日、午後1時から約1時間30分、パリを訪問中の田中内閣総理大臣は、エリゼ宮において、ルノー・フランス大統領とワーキング・ランチを交えて首脳会談を行いました。"
     "日本側からは村上内閣官房副長官、フランス側からはデュボワ外交顧問が同席しました。\n"
     "1 両首脳は、インド太平洋における協力の強化で一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-05-02", "n_events": 1},
     [{"date": "2024-05-02", "kind": "summit", "city": "パリ", "venue": "エリゼ宮",
       "principals": [("田中", "総理大臣", "JP"), ("ルノー", "大統領", "FR")],
       "attendees": [("村上", "内閣官房副長官", "JP"), ("デュボワ", "外交顧問", "FR")]}]),
]

# --- 7. stress: written after the six sets' rows (at ed3eefe), every family at once ---------------------------------
STRESS = [
    ("日・ベトナム首脳会談\n令和8年4月20日\n\n"
     "4月20日、午後5時から約1時間、ハノイを訪問中の田中内閣総理大臣は、迎賓館において、チン・ベトナム首相と首脳会談を行いました。"
     "会談には、日本側から木村内閣官房副長官、山口駐ベトナム大使が、ベトナム側からフォン外務次官が同席しました。\n"
     "1 両首脳は、包括的戦略的パートナーシップの下での協力を確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-04-20", "n_events": 1},
     [{"date": "2026-04-20", "kind": "summit", "venue": "迎賓館", "city": "ハノイ", "start_local": "17:00", "start_jst": None,
       "duration_min": 60, "principals": [("田中", "総理大臣", "JP"), ("チン", "首相", "VN")],
       "attendees": [("木村", "内閣官房副長官", "JP"), ("山口", "駐ベトナム大使", "JP"), ("フォン", "外務次官", "VN")]}]),
    ("日・オーストリア外相会談\n令和7年9月23日\n\n"
     "現地時間9月22日午後7時（日本時間23日午前2時）から約30分間、国連総会ハイレベルウィーク出席のためニューヨークを訪問中の佐藤外務大臣は、"
     "ニューヨーク市内のホテルにおいて、フーバー・オーストリア欧州・国際問題大臣と外相会談を行いました。\n"
     "1 両外相は、中東情勢について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-09-23", "n_events": 1},
     [{"date": "2025-09-22", "kind": "foreign_ministers", "venue": "ホテル", "city": "ニューヨーク", "occasion": "国連総会ハイレベルウィーク",
       "start_local": "19:00", "start_jst": "02:00", "duration_min": 30,
       "principals": [("佐藤", "外務大臣", "JP"), ("フーバー", "欧州・国際問題大臣", "AT")]}]),
    ("日・スイス外相会談\n令和6年3月5日\n\n"
     "3月5日（火曜日）午後2時半から約45分間、第55回人権理事会ハイレベル・セグメント出席のためジュネーブを訪問中の佐藤外務大臣は、"
     "ケラー・スイス連邦外務大臣と外相会談を行いました。\n"
     "1 両外相は、ウクライナ情勢について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-03-05", "n_events": 1},
     [{"date": "2024-03-05", "kind": "foreign_ministers", "city": "ジュネーブ", "occasion": "第55回人権理事会ハイレベル・セグメント",
       "start_local": "14:30", "start_jst": None, "duration_min": 45,
       "principals": [("佐藤", "外務大臣", "JP"), ("ケラー", "連邦外務大臣", "CH")]}]),
    ("日・カナダ首脳電話会談\n令和７年１２月１日\n\n"
     "本１日午前０時１５分から約２０分間、田中内閣総理大臣は、ブラウン・カナダ首相と電話会談を行いました。\n"
     "１ 両首脳は、G7の連携について意見交換を行いました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-12-01", "n_events": 1},
     [{"date": "2025-12-01", "kind": "summit", "channel": "telephone", "city": None, "start_local": "00:15", "start_jst": "00:15",
       "duration_min": 20, "principals": [("田中", "総理大臣", "JP"), ("ブラウン", "首相", "CA")]}]),
    ("第3回日・フィリピン次官級戦略対話\n令和8年6月12日\n\n"
     "6月10日（水曜日）から11日（木曜日）まで、東京において、第3回日・フィリピン次官級戦略対話が開催されました。"
     "日本側から鈴木外務審議官、フィリピン側からレイエス外務次官が出席しました。\n"
     "1 双方は、海洋安全保障協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-06-12", "n_events": 1},
     [{"date": "2026-06-10", "date_end": "2026-06-11", "kind": "vice_ministerial", "city": "東京",
       "principals": [("鈴木", "外務審議官", "JP"), ("レイエス", "外務次官", "PH")]}]),
    ("日・ポーランド外相会談\n令和7年2月14日\n\n"
     "2月14日、午前10時から約50分間、佐藤外務大臣は、外務省飯倉公館において、来日中のコヴァルスキ・ポーランド外務大臣と外相会談を行いました。\n"
     "出席者は以下のとおりです。\n"
     "（日本側）小林欧州局長、中島駐ポーランド大使\n"
     "（ポーランド側）ノヴァク駐日ポーランド大使\n"
     "1 両外相は、エネルギー安全保障について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-02-14", "n_events": 1},
     [{"date": "2025-02-14", "kind": "foreign_ministers", "venue": "外務省飯倉公館", "city": "東京", "start_local": "10:00",
       "start_jst": "10:00", "duration_min": 50, "principals": [("佐藤", "外務大臣", "JP"), ("コヴァルスキ", "外務大臣", "PL")],
       "attendees": [("小林", "欧州局長", "JP"), ("中島", "駐ポーランド大使", "JP"), ("ノヴァク", "駐日ポーランド大使", "PL")]}]),
    ("日・豪首脳会談（於：キャンベラ）\n令和8年10月8日\n\n"
     "10月8日、午後3時15分から約1時間、オーストラリアを訪問中の田中内閣総理大臣は、国会議事堂において、ミッチェル・オーストラリア首相と首脳会談を行いました。"
     "引き続き、両首脳は、約1時間、ワーキング・ランチを行いました。\n"
     "1 両首脳は、特別な戦略的パートナーシップの一層の強化で一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-10-08", "n_events": 1},
     [{"date": "2026-10-08", "kind": "summit", "venue": "国会議事堂", "city": "キャンベラ", "start_local": "15:15", "start_jst": None,
       "duration_min": 120, "principals": [("田中", "総理大臣", "JP"), ("ミッチェル", "首相", "AU")]}]),
    ("佐藤外務大臣のメキシコ及びブラジル訪問\n令和7年7月4日\n\n"
     "佐藤外務大臣は、7月2日から4日まで、メキシコ及びブラジルを訪問しました。\n"
     "1 7月2日、メキシコシティにおいて、佐藤大臣は、午前11時から約1時間、ロドリゲス・メキシコ外務大臣と外相会談を行いました。\n"
     "2 翌3日、ブラジリアに移動した佐藤大臣は、午後4時から約40分間、ソアレス・ブラジル外務大臣と外相会談を行いました。"
     "同日夜、佐藤大臣は、シルバ・ブラジル大統領を表敬しました。\n",
     {"doc_type": "visit", "doc_date": "2025-07-04", "n_events": 3},
     [{"date": "2025-07-02", "kind": "foreign_ministers", "city": "メキシコシティ", "start_local": "11:00", "start_jst": None,
       "duration_min": 60, "principals": [("佐藤", "外務大臣", "JP"), ("ロドリゲス", "外務大臣", "MX")]},
      {"date": "2025-07-03", "kind": "foreign_ministers", "city": "ブラジリア", "start_local": "16:00", "start_jst": None,
       "duration_min": 40, "principals": [("佐藤", "外務大臣", "JP"), ("ソアレス", "外務大臣", "BR")]},
      {"date": "2025-07-03", "kind": "other", "city": "ブラジリア",
       "principals": [("佐藤", "外務大臣", "JP"), ("シルバ", "大統領", "BR")]}]),
]

# --- 8. stress2: written after the stress set's rows (at a257c68) ---------------------------------------------------
STRESS2 = [
    ("日米首脳会談（於：ホワイトハウス）\n令和9年2月10日\n\n"
     "2月10日、午前11時30分から約1時間20分、米国を訪問中の田中内閣総理大臣は、ジョンソン米国大統領と首脳会談を行いました。\n"
     "1 両首脳は、日米同盟の抑止力の強化で一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2027-02-10", "n_events": 1},
     [{"date": "2027-02-10", "kind": "summit", "venue": "ホワイトハウス", "city": "ワシントンDC", "start_local": "11:30",
       "start_jst": None, "duration_min": 80, "principals": [("田中", "総理大臣", "JP"), ("ジョンソン", "大統領", "US")]}]),
    ("日・アルゼンチン首脳会談\n令和元年6月28日\n\n"
     "6月28日、G20大阪サミットの際に、午後4時15分から約25分間、田中内閣総理大臣は、マクリ・アルゼンチン大統領と首脳会談を行いました。\n"
     "1 両首脳は、日・アルゼンチン投資協定の早期発効に向けて協力していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2019-06-28", "n_events": 1},
     [{"date": "2019-06-28", "kind": "summit", "occasion": "G20大阪サミット", "city": "大阪", "start_local": "16:15",
       "start_jst": "16:15", "duration_min": 25, "principals": [("田中", "総理大臣", "JP"), ("マクリ", "大統領", "AR")]}]),
    ("日・カナダ外相会談（G7外相会合の機会に）\n令和6年4月18日\n\n"
     "4月18日、午後0時から約30分間、イタリアを訪問中の佐藤外務大臣は、マクドナルド・カナダ外務大臣と外相会談を行いました。\n"
     "1 両外相は、インド太平洋情勢について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-04-18", "n_events": 1},
     [{"date": "2024-04-18", "kind": "foreign_ministers", "occasion": "G7外相会合", "city": None, "start_local": "12:00",
       "start_jst": None, "duration_min": 30, "principals": [("佐藤", "外務大臣", "JP"), ("マクドナルド", "外務大臣", "CA")]}]),
    ("日・ウルグアイ外相会談\n令和5年8月21日\n\n"
     "8月21日、現地時間午前11時（日本時間同日午後11時）から約1時間5分、佐藤外務大臣は、訪問先のモンテビデオ市内において、"
     "ペレス・ウルグアイ外務大臣と外相会談を行いました。\n"
     "1 両外相は、経済関係の強化について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2023-08-21", "n_events": 1},
     [{"date": "2023-08-21", "kind": "foreign_ministers", "city": "モンテビデオ", "start_local": "11:00", "start_jst": "23:00",
       "duration_min": 65, "principals": [("佐藤", "外務大臣", "JP"), ("ペレス", "外務大臣", "UY")]}]),
    ("日・モンゴル首脳会談\n平成三十年十二月三日\n\n"
     "三日、午後五時から約一時間半、安倍内閣総理大臣は、総理大臣官邸において、公式訪問中のバトトルガ・モンゴル大統領と首脳会談を行いました。\n"
     "1 両首脳は、戦略的パートナーシップの強化で一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2018-12-03", "n_events": 1},
     [{"date": "2018-12-03", "kind": "summit", "venue": "総理大臣官邸", "city": "東京", "start_local": "17:00", "start_jst": "17:00",
       "duration_min": 90, "principals": [("安倍", "総理大臣", "JP"), ("バトトルガ", "大統領", "MN")]}]),
    ("佐藤外務大臣のペルー訪問\n令和8年5月7日\n\n"
     "1 5月5日、リマに到着した佐藤外務大臣は、ガルシア・ペルー大統領を表敬しました。\n"
     "2 翌日、佐藤大臣は、午前10時から約1時間、ロペス・ペルー外務大臣と外相会談を行いました。"
     "会談には、日本側から山口駐ペルー大使ほかが、ペルー側からはトーレス外務次官ほかが同席しました。\n",
     {"doc_type": "visit", "doc_date": "2026-05-07", "n_events": 2},
     [{"date": "2026-05-05", "kind": "other", "city": "リマ", "principals": [("佐藤", "外務大臣", "JP"), ("ガルシア", "大統領", "PE")]},
      {"date": "2026-05-06", "kind": "foreign_ministers", "city": "リマ", "start_local": "10:00", "start_jst": None,
       "duration_min": 60, "principals": [("佐藤", "外務大臣", "JP"), ("ロペス", "外務大臣", "PE")],
       "attendees": [("山口", "駐ペルー大使", "JP"), ("トーレス", "外務次官", "PE")]}]),
    ("日・インドネシア首脳会談\n令和7年1月11日\n\n"
     "1月11日、午後2時から約1時間、ボゴールを訪問中の田中内閣総理大臣は、ボゴール宮殿において、スギアルト・インドネシア大統領と首脳会談を行いました。"
     "引き続き、両首脳は、約30分間、ワーキング・ランチを行いました。\n"
     "同席者は以下のとおりです。\n"
     "日本側：木村内閣官房副長官、井上駐インドネシア大使\n"
     "インドネシア側：ハルトノ国家官房長官、ウィジャヤ外務大臣\n",
     {"doc_type": "meeting", "doc_date": "2025-01-11", "n_events": 1},
     [{"date": "2025-01-11", "kind": "summit", "venue": "ボゴール宮殿", "city": "ボゴール", "start_local": "14:00", "start_jst": None,
       "duration_min": 90, "principals": [("田中", "総理大臣", "JP"), ("スギアルト", "大統領", "ID")],
       "attendees": [("木村", "内閣官房副長官", "JP"), ("井上", "駐インドネシア大使", "JP"), ("ハルトノ", "国家官房長官", "ID"),
                     ("ウィジャヤ", "外務大臣", "ID")]}]),
    ("日・スウェーデン外相会談\n令和6年11月28日\n\n"
     "11月28日、午後6時から約1時間、佐藤外務大臣は、飯倉公館において、来日中のリンドベリ・スウェーデン外務大臣と夕食を交えて外相会談を行いました。"
     "なお、会談に先立ち、両外相は、約15分間の少人数会合を行いました。\n"
     "1 両外相は、科学技術分野での協力について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-11-28", "n_events": 1},
     [{"date": "2024-11-28", "kind": "foreign_ministers", "venue": "飯倉公館", "city": "東京", "start_local": "18:00",
       "start_jst": "18:00", "duration_min": 75, "principals": [("佐藤", "外務大臣", "JP"), ("リンドベリ", "外務大臣", "SE")]}]),
]
# fmt: on

SETS = {"venues": VENUES, "occasions": OCCASIONS, "cities": CITIES, "times": TIMES, "dates": DATES, "attendees": ATTENDEES,
        "stress": STRESS, "stress2": STRESS2}

LENIENT = ("venue", "occasion")


def _n(s) -> str:
    """score.py's norm: without spaces, dots, commas, brackets and quotes (NFKC first, so full-width ones go too)."""
    return re.sub(r"[\s・,、.．「」『』()（）]", "", unicodedata.normalize("NFKC", str(s or "")))


def _similar(a, b) -> bool:
    """score.py's lenient comparison of venue, city and occasion: both empty, one inside the other, or half their
    bigrams shared."""
    a, b = _n(a), _n(b)
    if not a and not b:
        return True
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    x = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    y = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return len(x & y) / max(1, len(x | y)) >= 0.5


def score16(pages) -> tuple[dict[str, list[int]], list[tuple[str, str, str]]]:
    """Probe 3's ``score`` for the families it knows, and venue and occasion (score.py's lenient comparison; a value
    where none is expected is a miss and a false positive) and attendees (name, role and country, as principals are
    scored; one not expected a false positive)."""
    strip = ("venue", "occasion", "attendees")
    tally, misses = score([(p, d, [{f: v for f, v in e.items() if f not in strip} for e in evs]) for p, d, evs in pages])
    for f in strip:
        tally[f] = [0, 0, 0]
    for page, _doc, events in pages:
        label = page.split("\n")[0][:40]
        got_events = _record(page)["events"]
        for i, want in enumerate(events):
            got = got_events[i] if i < len(got_events) else {}
            for f in LENIENT:
                if f not in want:
                    continue
                tally[f][1] += 1
                have = got.get(f)
                if _similar(have, want[f]):
                    tally[f][0] += 1
                else:
                    tally[f][2] += have is not None
                    misses.append((f, label, f"event {i}: {have!r} != {want[f]!r}"))
            if "attendees" in want:
                _score_attendees(want["attendees"], got.get("attendees") or [], tally["attendees"], misses, label)
    return tally, misses


def _score_attendees(want, got, t, misses, label) -> None:
    """Attendees scored as probe 2 scores principals (name, then role and country; one not expected a false positive)."""
    mine: list[tuple[str, str, str]] = []
    _score_people(want, got, {"principals": t}, mine, label)
    misses += [("attendees", lab, what) for _fam, lab, what in mine]


# first sight (h-gen16 at 83663f0, main's code as found at faac084, before any code or row of this round): {set: {family: (found, expected, fp)}}
# fmt: off
FIRST_SIGHT: dict[str, dict[str, tuple[int, int, int]]] = {
    "venues": {"date": (7, 7, 0), "kind": (7, 7, 0), "city": (4, 7, 0), "principals": (14, 14, 0),
        "duration_min": (6, 7, 0), "start_local": (7, 7, 0), "start_jst": (6, 7, 0), "doc_type": (7, 7, 0),
        "doc_date": (7, 7, 0), "n_events": (7, 7, 0), "venue": (5, 7, 0), "occasion": (7, 7, 0)},
    "occasions": {"date": (7, 7, 0), "kind": (7, 7, 0), "city": (7, 7, 0), "principals": (14, 14, 1),
        "duration_min": (7, 7, 0), "start_local": (7, 7, 0), "start_jst": (7, 7, 0), "doc_type": (7, 7, 0),
        "doc_date": (7, 7, 0), "n_events": (7, 7, 0), "occasion": (7, 7, 0)},
    "cities": {"date": (8, 8, 0), "kind": (8, 8, 0), "city": (6, 8, 0), "principals": (16, 16, 0),
        "duration_min": (7, 7, 0), "start_local": (7, 7, 0), "start_jst": (7, 7, 0), "doc_type": (7, 7, 0),
        "doc_date": (7, 7, 0), "n_events": (7, 7, 0)},
    "times": {"date": (6, 6, 0), "kind": (6, 6, 0), "channel": (1, 1, 0), "city": (6, 6, 0),
        "principals": (12, 12, 0), "duration_min": (5, 6, 0), "start_local": (6, 6, 0), "start_jst": (6, 6, 0),
        "doc_type": (6, 6, 0), "doc_date": (6, 6, 0), "n_events": (6, 6, 0), "venue": (3, 3, 0),
        "occasion": (1, 1, 0)},
    "dates": {"date": (10, 10, 0), "kind": (10, 10, 0), "city": (10, 10, 0), "principals": (20, 20, 0),
        "duration_min": (5, 5, 0), "start_local": (5, 5, 0), "start_jst": (5, 5, 0), "doc_type": (7, 7, 0),
        "doc_date": (7, 7, 0), "n_events": (7, 7, 0), "date_end": (1, 1, 0), "venue": (2, 2, 0)},
    "attendees": {"date": (6, 6, 0), "kind": (6, 6, 0), "city": (5, 6, 0), "principals": (12, 12, 0),
        "doc_type": (6, 6, 0), "doc_date": (6, 6, 0), "n_events": (6, 6, 0), "venue": (6, 6, 0),
        "attendees": (11, 22, 0)},
    # written after the six sets' rows (at ed3eefe), first sight with them
    "stress": {"date": (10, 10, 0), "kind": (10, 10, 0), "channel": (1, 1, 0), "city": (10, 10, 0),
        "principals": (20, 20, 0), "duration_min": (8, 8, 0), "start_local": (8, 8, 0), "start_jst": (8, 8, 0),
        "doc_type": (8, 8, 0), "doc_date": (8, 8, 0), "n_events": (8, 8, 0), "date_end": (1, 1, 0),
        "venue": (4, 4, 0), "occasion": (0, 2, 0), "attendees": (3, 6, 0)},
    # written after the stress set's rows (at a257c68), first sight with them
    "stress2": {"date": (9, 9, 0), "kind": (9, 9, 0), "city": (9, 9, 0), "principals": (18, 18, 0),
        "duration_min": (7, 8, 0), "start_local": (8, 8, 0), "start_jst": (8, 8, 0), "doc_type": (8, 8, 0),
        "doc_date": (8, 8, 0), "n_events": (8, 8, 0), "venue": (4, 4, 0), "occasion": (2, 2, 0),
        "attendees": (6, 6, 0)},
}
# floors asserted: {set: {family: (found at least, false positives at most)}}
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    name: {family: (expected, 0) for family, (_found, expected, _fp) in tally.items()} for name, tally in FIRST_SIGHT.items()
}
# fmt: on

PROBE = Probe(FIRST_SIGHT, FLOORS, lambda name: score16(SETS[name])[0])
probe_sets, test_family_floor = PROBE.probe_sets, PROBE.floor_test()


def test_probe_size():
    assert all(5 <= len(pages) <= 8 for pages in SETS.values())
    assert sum(len(pages) for pages in SETS.values()) >= 36


def test_lenient_comparison():
    """The lenient comparison is score.py's: containment after normalising, else half the bigrams."""
    assert _similar("外務省飯倉公館", "飯倉公館") and _similar(None, None)
    assert not _similar("迎賓館赤坂離宮", None) and not _similar("国務省", "大統領府")


if __name__ == "__main__":
    import sys

    print_report(SETS, sys.argv[1:], score16)
