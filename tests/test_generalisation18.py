"""Generalisation probe 18: officials, condolences, rare titles, mixed dates, passive forms and ceremonies.

Issue 13, must-show 5, per family at first sight. Every page below was written for this probe in the ministry's style,
its text my own (the real pages were read for their style only), in six sets of families no earlier probe covered or
covered only in passing: (1) officials — Japan's principals beyond the prime, foreign and defence ministers: the Chief
Cabinet Secretary (内閣官房長官) receiving a foreign minister, the National Security Secretariat's head (国家安全保障局長)
with a national security adviser (in Washington, and by telephone with a Korean 国家安保室長), a prime minister's aide
(内閣総理大臣補佐官) on a trip, an economic "2+2" (外務大臣 and 経済産業大臣 with 国務長官 and 商務長官), a deputy chief
cabinet secretary (官房副長官) receiving a vice-minister, a deputy prime minister who is finance minister (副総理兼財務
大臣); (2) condolence — telephone talks held to offer sympathy for an earthquake or a terror attack (哀悼の意, お見舞い),
received sympathy (先方からの申し入れにより…お見舞いの言葉), condolence on a former president's death (弔意), congratulation
on a king's accession (即位に対する祝意), a condolence visit to a new king, a condolence book signed at an embassy (弔問
記帳); (3) titles — the Pope (教皇聖下), a grand duke (大公殿下), a prince of Monaco (ルイ2世モナコ公), the Palestinian
Authority's president (パレスチナ自治政府大統領), the Cook Islands' prime minister who is foreign minister too, a
vice-president who is prime minister and an emir (副大統領兼首相兼ドバイ首長), the chair of a collective presidency
(大統領評議会議長); (4) dates — a date line with the western year first and the era in brackets (2025年（令和7年）4月8日)
and the reverse (令和8年（2026年）…), kanji numerals throughout a page (令和七年十一月五日, 午後二時三十分から約四十五分間),
full-width digits (令和７年１２月３日, ２０２８年夏), a 平成 date line over a western-year body, plans at a season (来年春,
本年夏頃, 来年春頃) and at a month of next year (来年11月); (5) passive and joint-subject forms — …との間で外相会談が
行われました, AとBは…会談した, …会合が開催されました。本会合には…が出席, 会談を持ちました, …との間で電話会談が実施され
ました, 意見交換を行いました as the only verb, the counterpart as the subject (メキシコのロペス外務大臣が訪日し、…佐藤外務大臣と
会談した); (6) ceremonies — talks on the occasion of a state funeral in Tokyo (three talks under headings, times only), of an
inauguration (a visit page), of a coronation, of a funeral abroad, a table of talks with a conference's participants
(| 午前10時～10時20分 | バラ・セネガル外務大臣 |), a former prime minister's condolence mission as special envoy.

My reading of the record format, the real README and the earlier probes, stated before the first sight: kind follows the
rank of those who talk. The Chief Cabinet Secretary and a deputy prime minister are ministers, so with another side's
minister of another portfolio (外務大臣, 財務長官) the talk is ``other_ministerial``; an economic "2+2" of foreign and
economy ministers is ``other_ministerial`` (``two_plus_two`` is foreign and defence ministers only); the head of the
National Security Secretariat and a deputy chief cabinet secretary are officials of vice-minister rank, so with a
national security adviser or a vice-minister ``vice_ministerial``; a prime minister's aide (not a minister) with a
foreign minister ``other``, with a national security adviser not scored (either reading holds). The role is the title
as written, scored by containment (官房長官 in 内閣官房長官; 副総理兼財務大臣). A condolence, sympathy or congratulation
call is a telephone talk like any other: its condolence, sympathy and thanks are no scored outcome (express / thank),
its agreements and plans are, and the dead or crowned third person is no principal; a condolence book signed at an
embassy is no talk (doc_type ``other``, no event); a condolence visit's talk with the new king is a ``summit`` on a
``visit`` page. The Pope is the Holy See's head of state (VA, role 教皇, ``summit`` with the prime minister; the city of
a talk in the Vatican not scored, the country being a city too, as Monaco's); a grand duke and a prince of Monaco are
heads of state (大公, 公), a foreign minister's call on one ``other``; the Palestinian Authority's president is PS;
a vice-president who is prime minister is a head of government (``summit``), the role 副大統領兼首相; the chair of a
collective presidency is its head of state (a foreign minister's talk with him ``other``). Dates: the date line is the
page's date whatever comes first, the era or the western year, in any numerals; a season is the year (precision
``season`` not scored), 来年11月 the month; 本年中 and 年内 the year. A talk reported in the passive or with both sides
as one subject is a talk like any other, its principals both named sides; 意見交換を行いました alone is a talk. A talk on
the occasion of a ceremony has the ceremony as its occasion (…の国葬儀, …の就任式典, …の戴冠式, as written), its city
the ceremony's city; on a page of several talks under headings the times below each heading are that talk's, the
day and place the lead's; each row of a table of talks is a talk with its time span; a gathering mentioned only as
such (本年夏に予定されている太平洋・島サミット) is no plan, a talk set at a gathering (…の機会に首脳会談を行う) is.
Thanks are not scored. Scored with tests/test_generalisation16.py's ``score16``, found / expected / false positives
per family.

    set (pages)        family        first sight (94aae46)   after this round     (found / expected, false positives)
    officials (7)      kind          4 /  7                   7 /  7   (国家安全保障担当大統領補佐官 and Korea's 国家安保室長 rank as
                                                                        vice: roles.vice.anzen_hosho_hosakan, anpo_shitsucho; a
                                                                        call between two of vice rank, 官房副長官 and 次官, is
                                                                        vice_ministerial, not other)
    condolence (7)     doc_type      6 /  7                   7 /  7   (…による弔問記帳: layout.heading.chomon,
                                                                        layout.title_type.kicho, other)
    titles (7)         kind          5 /  6                   6 /  6   (…教皇聖下: roles.end.kyoko, head.kyoko (probe 19's row, kept at the merge), country.kyoko,
                       principals   12 / 14                  14 / 14    honorific.seika; ルイ2世モナコ公: roles.end.ko_prince,
                                                                        head_only.ko_prince)
                       planned       2 /  2, 1 fp             2 /  2   (田中総理の訪問の機会に立ち上げた「…」: plans.past_occasion.ta)
    dates (6)          doc_date      4 /  6                   6 /  6   (2025年（令和7年）4月8日, 令和8年（2026年）…: one date,
                       date          6 /  7                   7 /  7    dates.year_note.paren (the same rule probe 19 added, kept at the merge); the talk's day and the plans'
                       planned       4 /  6, 1 fp             6 /  6    dates with it)
                       plan_place    3 /  5                   5 /  5   (石井総理が本年夏頃にギリシャを訪問する: the time before the
                                                                        place dropped, plans._without_leading_date)
                       city          6 /  7                   7 /  7   (同日午後、…を表敬 on a page of talks: the talk before's city,
                                                                        places.itinerary.same_day)
    passive (7)        date          6 /  7                   7 /  7   (…と会談を持ちました: talks.held.motta, mochimashita, mochi)
                       start_local   4 /  5                   5 /  5
                       duration_min  5 /  6                   6 /  6
    ceremonies (6)     doc_type      5 /  6                   6 /  6   (…総理特使の弔問（X）: layout.visit_title.chomon)
                       n_events      4 /  6                   6 /  6   (the funeral's headed talks: each takes the list lead's
                       date          9 / 10                  10 / 10    Japanese subject and place, and the kind its ranks give;
                       kind          7 / 10                  10 / 10    2 X副大統領との会談 is the body's talk with X; 故山村 of the
                       city          5 /  8                   8 /  8    heading no principal, roles.late.ko. The table of talks:
                       principals   16 / 20, 2 fp            19 / 20    …要人と以下のとおり, talks.listed_officials.yojin_to_ika,
                       duration_min  5 /  7                   7 /  7    each row met by the lead's subject. 山田特使: roles.start.
                       start_local   3 /  5                   5 /  5    tokushi. Left: its role, 特使 where the lead calls him
                       start_jst     0 /  5                   5 /  5    元内閣総理大臣 — the page's fuller title is not carried)
                       venue         0 /  3                   3 /  3
                       occasion      5 /  9                   9 /  9   (戴冠式, 国葬, 葬儀: places.gathering_end.taikanshiki, kokuso,
                                                                        sogi; the one crowned no principal,
                                                                        attendees.not_principal.taikanshiki)
    (every other family exact at first sight; 493 / 541 facts in all (0.911), 4 false positives; after: 540 / 541 (0.998),
    0 false positives)
    stress (8)         written after the rows (at 53a2be2), first sight with them: 117 / 121 (0.967), 0 false positives
                       date         11 / 12                  12 / 12   (a list lead naming the one inaugurated, X大統領の就任式典
                       kind         10 / 12                  12 / 12    出席のため, is still a lead: its headed talks take its day
                       principals   23 / 24                  24 / 24    and subject; 国家安全保障補佐官 without 担当 ranks as vice)
    stress2 (8)        written after the stress set's rows (at 7649295), first sight with them: 102 / 105 (0.971), 1 false positive
                       kind          8 /  9                   9 /  9   (国家安全保障担当首相補佐官: roles.vice.anzen_hosho_hosakan)
                       duration_min  7 /  8                   8 /  8   (その後、…ワーキング・ディナーを持ち、約1時間にわたり: the meal's
                                                                        length after it, meetings.SESSION_NEXT_AFTER)
                       occasion      2 /  3                   3 /  3   (…国王の即位式に参列するため: places.gathering_end.sokuishiki;
                       principals   18 / 18, 1 fp            18 / 18    the one enthroned, attendees.not_principal.sokuishiki)

Changed after the first sight, before any code: nothing. Also found while fixing, beyond the probe's pages: a katakana name
before 元首相 was read as 元首 (a head of state) + 相: roles.former_shusho.moto. real 0.983, seeds 0.995, devset 1.000
throughout; bench/record_diff.py found no record of seeds, devset, tests or real changed by any rule of this round.
Floors: today's figures.

``python tests/test_generalisation18.py [set] [-v]`` prints the table per family and every miss.
"""

from __future__ import annotations

from tests.test_generalisation3 import Probe, print_report
from tests.test_generalisation16 import score16

AG = ("agree", "both")
NO: list = []


def rq(cc):
    return ("request", cc)


# fmt: off
# --- 1. officials: Japan's principals beyond the foreign, defence and prime ministers ---------------------------------
OFFICIALS = [
    ("林田内閣官房長官とモリソン・ニュージーランド外務大臣との会談\n令和7年6月12日\n\n"
     "6月12日午後4時から約30分間、総理大臣官邸において、林田内閣官房長官は、来日中のモリソン・ニュージーランド外務大臣と"
     "会談しました。概要は以下のとおりです。\n"
     "1 林田長官から、両国の「戦略的協力パートナーシップ」を一層強化したい旨述べました。これに対し、モリソン大臣から、"
     "同感である旨の発言がありました。\n"
     "2 両者は、ワーキングホリデー制度の下での青少年交流を更に促進していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-06-12", "n_events": 1},
     [{"date": "2025-06-12", "kind": "other_ministerial", "city": "東京", "venue": "総理大臣官邸", "start_local": "16:00",
       "start_jst": "16:00", "duration_min": 30,
       "principals": [("林田", "官房長官", "JP"), ("モリソン", "外務大臣", "NZ")], "outcomes": [AG, AG]}]),
    ("秋山国家安全保障局長とミラー米国国家安全保障担当大統領補佐官との会談\n令和7年2月21日\n\n"
     "2月20日（現地時間）、米国を訪問中の秋山国家安全保障局長は、ワシントンにおいて、ミラー国家安全保障担当大統領補佐官と"
     "約1時間会談しました。\n"
     "両者は、インド太平洋地域の安全保障環境について意見交換を行い、日米同盟の抑止力・対処力を一層強化していくことで"
     "一致しました。また、秋山局長から、北朝鮮による拉致問題の即時解決に向けた米国の引き続きの理解と協力を求めました。\n",
     {"doc_type": "meeting", "doc_date": "2025-02-21", "n_events": 1},
     [{"date": "2025-02-20", "kind": "vice_ministerial", "city": "ワシントン", "duration_min": 60,
       "principals": [("秋山", "国家安全保障局長", "JP"), ("ミラー", "国家安全保障担当大統領補佐官", "US")],
       "outcomes": [AG, rq("JP")]}]),
    ("中山内閣総理大臣補佐官のフィリピン訪問\n令和8年3月6日\n\n"
     "中山内閣総理大臣補佐官（国家安全保障に関する重要政策担当）は、3月4日から5日まで、フィリピンを訪問しました。\n"
     "1 4日、中山補佐官は、マニラにおいて、ロドリゲス・フィリピン外務大臣と会談し、南シナ海情勢を含む地域情勢について"
     "意見交換を行いました。\n"
     "2 5日、中山補佐官は、レイエス国家安全保障担当大統領補佐官と会談し、両国の安全保障協力の具体化に向けて緊密に"
     "連携していくことで一致しました。\n",
     {"doc_type": "visit", "doc_date": "2026-03-06", "n_events": 2},
     [{"date": "2026-03-04", "kind": "other", "city": "マニラ",
       "principals": [("中山", "総理大臣補佐官", "JP"), ("ロドリゲス", "外務大臣", "PH")], "outcomes": NO},
      {"date": "2026-03-05", "city": "マニラ",
       "principals": [("中山", "総理大臣補佐官", "JP"), ("レイエス", "国家安全保障担当大統領補佐官", "PH")], "outcomes": [AG]}]),
    ("日米経済政策協議委員会（経済版「2+2」）第3回会合\n令和8年7月15日\n\n"
     "7月14日、東京の外務省飯倉公館において、日米経済政策協議委員会（経済版「2+2」）の第3回会合が開催され、日本側から"
     "佐藤外務大臣及び大野経済産業大臣が、米国側からウォーカー国務長官及びベネット商務長官が出席しました。\n"
     "1 四者は、半導体や重要鉱物を含むサプライチェーンの強靱化に向けて連携していくことで一致しました。\n"
     "2 四者は、次回会合を来年ワシントンで開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-07-15", "n_events": 1},
     [{"date": "2026-07-14", "kind": "other_ministerial", "city": "東京", "venue": "外務省飯倉公館",
       "principals": [("佐藤", "外務大臣", "JP"), ("大野", "経済産業大臣", "JP"), ("ウォーカー", "国務長官", "US"),
                      ("ベネット", "商務長官", "US")],
       "outcomes": [AG, AG], "planned": [("会合", "2027", "ワシントン")]}]),
    ("森内閣官房副長官と朴韓国外交部第1次官との会談\n令和9年4月10日\n\n"
     "4月10日午前11時から約20分間、森内閣官房副長官は、総理大臣官邸において、訪日中の朴志勲韓国外交部第1次官の表敬を"
     "受けました。\n"
     "森副長官から、日韓関係の更なる発展に向けて、政府間の意思疎通を緊密に行っていきたい旨述べ、朴次官からは、これに"
     "賛同する旨の発言がありました。\n",
     {"doc_type": "meeting", "doc_date": "2027-04-10", "n_events": 1},
     [{"date": "2027-04-10", "kind": "vice_ministerial", "city": "東京", "venue": "総理大臣官邸", "start_local": "11:00",
       "start_jst": "11:00", "duration_min": 20,
       "principals": [("森", "官房副長官", "JP"), ("朴志勲", "外交部第1次官", "KR")], "outcomes": [AG]}]),
    ("秋山国家安全保障局長と金韓国国家安保室長との電話会談\n令和7年10月3日\n\n"
     "本3日午後5時から約30分間、秋山国家安全保障局長は、金泰成（キム・テソン）韓国国家安保室長と電話会談を行いました。\n"
     "両者は、北朝鮮による弾道ミサイル発射について、日韓、日韓米で緊密に連携していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-10-03", "n_events": 1},
     [{"date": "2025-10-03", "kind": "vice_ministerial", "channel": "telephone", "city": None, "start_local": "17:00",
       "start_jst": "17:00", "duration_min": 30,
       "principals": [("秋山", "国家安全保障局長", "JP"), ("金泰成", "国家安保室長", "KR")], "outcomes": [AG]}]),
    ("麻田副総理兼財務大臣とホール米国財務長官との会談\n令和8年4月16日\n\n"
     "現地時間4月15日午前9時30分から約45分間、G20財務大臣・中央銀行総裁会議出席のためワシントンを訪問中の"
     "麻田副総理兼財務大臣は、ホール財務長官と会談しました。\n"
     "両者は、為替市場の動向について緊密に意思疎通を行っていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-04-16", "n_events": 1},
     [{"date": "2026-04-15", "kind": "other_ministerial", "city": "ワシントン", "occasion": "G20財務大臣・中央銀行総裁会議",
       "start_local": "09:30", "start_jst": None, "duration_min": 45,
       "principals": [("麻田", "副総理兼財務大臣", "JP"), ("ホール", "財務長官", "US")], "outcomes": [AG]}]),
]

# --- 2. condolence: sympathy, condolence and congratulation calls, a condolence visit, a condolence book -------------
CONDOLENCE = [
    ("田中内閣総理大臣とユルマズ・トルコ大統領との電話会談\n令和8年2月9日\n\n"
     "本9日午後6時30分から約15分間、田中内閣総理大臣は、ユルマズ・トルコ共和国大統領と電話会談を行いました。概要は以下のとおりです。\n"
     "1 田中総理から、トルコ南東部で発生した大地震による多くの犠牲者に対し哀悼の意を表するとともに、被災者へのお見舞いを伝えました。\n"
     "2 田中総理から、国際緊急援助隊の派遣を含め、日本として可能な限りの支援を行う考えである旨述べたのに対し、"
     "ユルマズ大統領から、深い謝意が表明されました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2026-02-09", "n_events": 1},
     [{"date": "2026-02-09", "kind": "summit", "channel": "telephone", "city": None, "start_local": "18:30",
       "start_jst": "18:30", "duration_min": 15,
       "principals": [("田中", "総理大臣", "JP"), ("ユルマズ", "大統領", "TR")], "outcomes": NO}]),
    ("佐藤外務大臣とアンデション・スウェーデン外務大臣との電話会談\n令和7年1月6日\n\n"
     "1月5日午後9時から約10分間、佐藤外務大臣は、先方からの申し入れにより、アンデション・スウェーデン外務大臣と"
     "電話会談を行いました。\n"
     "アンデション大臣から、北陸地方で発生した地震の被害に対するお見舞いの言葉があり、佐藤大臣から謝意を伝えました。\n"
     "また、両大臣は、本年中に予定されている日・スウェーデン外相間の戦略対話を着実に実施することで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-01-06", "n_events": 1},
     [{"date": "2025-01-05", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "21:00",
       "start_jst": "21:00", "duration_min": 10,
       "principals": [("佐藤", "外務大臣", "JP"), ("アンデション", "外務大臣", "SE")], "outcomes": [AG],
       "planned": [("戦略対話", "2025")]}]),
    ("石井内閣総理大臣とカルヴァーリョ・ポルトガル首相との電話会談\n令和9年3月2日\n\n"
     "3月2日午前8時から約20分間、石井内閣総理大臣は、カルヴァーリョ・ポルトガル首相と電話会談を行いました。\n"
     "石井総理から、ソアレス元大統領の逝去に対し、日本政府及び日本国民を代表して、心からの弔意を伝えました。"
     "これに対し、カルヴァーリョ首相から謝意が表明されました。\n"
     "両首脳は、両国関係を一層発展させていくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2027-03-02", "n_events": 1},
     [{"date": "2027-03-02", "kind": "summit", "channel": "telephone", "city": None, "start_local": "08:00",
       "start_jst": "08:00", "duration_min": 20,
       "principals": [("石井", "総理大臣", "JP"), ("カルヴァーリョ", "首相", "PT")], "outcomes": [AG]}]),
    ("佐藤外務大臣とオルセン・デンマーク外務大臣との電話会談\n令和8年1月20日\n\n"
     "本20日午後4時から約20分間、佐藤外務大臣は、オルセン・デンマーク外務大臣と電話会談を行いました。\n"
     "冒頭、佐藤大臣から、クリスチャン国王陛下の即位に対する祝意を伝えました。\n"
     "両大臣は、本年秋に東京で外相会談を行うことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2026-01-20", "n_events": 1},
     [{"date": "2026-01-20", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "16:00",
       "start_jst": "16:00", "duration_min": 20,
       "principals": [("佐藤", "外務大臣", "JP"), ("オルセン", "外務大臣", "DK")], "outcomes": [AG],
       "planned": [("外相会談", "2026", "東京")]}]),
    ("佐藤外務大臣による弔問記帳\n令和8年4月24日\n\n"
     "本24日、佐藤外務大臣は、在京タイ王国大使館を訪れ、前国王陛下の崩御に対する弔問記帳を行いました。\n",
     {"doc_type": "other", "doc_date": "2026-04-24", "n_events": 0},
     []),
    ("田中内閣総理大臣のヨルダン弔問訪問\n令和9年6月14日\n\n"
     "田中内閣総理大臣は、6月12日から13日まで、前国王の崩御に際する弔問のため、ヨルダンを訪問しました。\n"
     "13日、田中総理は、アンマンの王宮において、フセイン国王に弔意を伝えるとともに、約20分間会談しました。"
     "両首脳は、中東地域の平和と安定に向けて引き続き緊密に連携していくことで一致しました。\n",
     {"doc_type": "visit", "doc_date": "2027-06-14", "n_events": 1},
     [{"date": "2027-06-13", "kind": "summit", "city": "アンマン", "venue": "王宮", "duration_min": 20,
       "principals": [("田中", "総理大臣", "JP"), ("フセイン", "国王", "JO")], "outcomes": [AG]}]),
    ("佐藤外務大臣とデュボワ・ベルギー外務大臣との電話会談\n令和7年11月18日\n\n"
     "11月17日午後10時から約15分間、佐藤外務大臣は、デュボワ・ベルギー外務大臣と電話会談を行いました。\n"
     "佐藤大臣から、ブリュッセルで発生したテロ事件の犠牲者とその御家族に対し、心からの哀悼の意を表し、負傷者へのお見舞いを"
     "伝えるとともに、いかなるテロも断じて許されないとして強く非難する旨述べました。\n"
     "両外相は、テロ対策の分野で情報共有を含め緊密に連携していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-11-18", "n_events": 1},
     [{"date": "2025-11-17", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "22:00",
       "start_jst": "22:00", "duration_min": 15,
       "principals": [("佐藤", "外務大臣", "JP"), ("デュボワ", "外務大臣", "BE")], "outcomes": [AG]}]),
]

# --- 3. titles: heads of state and government with rare titles, and entities of their own ---------------------------
TITLES = [
    ("田中内閣総理大臣とピウス13世教皇聖下との会談\n令和8年5月12日\n\n"
     "5月11日午前11時から約30分間、イタリアを訪問中の田中内閣総理大臣は、バチカンの教皇宮殿において、ピウス13世教皇聖下と"
     "会談を行いました。\n"
     "田中総理から、教皇聖下の訪日を招待したところ、教皇聖下から、謝意とともに前向きに検討したい旨の発言がありました。\n"
     "両者は、核兵器のない世界の実現に向けて協力していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-05-12", "n_events": 1},
     [{"date": "2026-05-11", "kind": "summit", "venue": "教皇宮殿", "start_local": "11:00", "start_jst": None,
       "duration_min": 30, "principals": [("田中", "総理大臣", "JP"), ("ピウス13世", "教皇", "VA")],
       "outcomes": [("invite", "JP"), AG]}]),
    ("フェリクス・ルクセンブルク大公殿下と田中内閣総理大臣との会談\n令和8年10月21日\n\n"
     "10月21日午後5時から約35分間、田中内閣総理大臣は、総理大臣官邸において、国賓として訪日中のフェリクス・ルクセンブルク"
     "大公殿下と会談を行いました。\n"
     "両者は、金融、宇宙分野を含む経済関係を一層強化していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-10-21", "n_events": 1},
     [{"date": "2026-10-21", "kind": "summit", "city": "東京", "venue": "総理大臣官邸", "start_local": "17:00",
       "start_jst": "17:00", "duration_min": 35,
       "principals": [("田中", "総理大臣", "JP"), ("フェリクス", "大公", "LU")], "outcomes": [AG]}]),
    ("佐藤外務大臣によるルイ2世モナコ公への表敬\n令和7年9月9日\n\n"
     "9月8日、モナコを訪問中の佐藤外務大臣は、大公宮殿において、ルイ2世モナコ公を表敬しました。\n"
     "佐藤大臣から、来年の外交関係樹立20周年を契機に両国間の交流を一層拡大したい旨述べ、ルイ2世公からは、これに賛意が"
     "示されました。\n",
     {"doc_type": "meeting", "doc_date": "2025-09-09", "n_events": 1},
     [{"date": "2025-09-08", "kind": "other", "venue": "大公宮殿",
       "principals": [("佐藤", "外務大臣", "JP"), ("ルイ2世", "公", "MC")], "outcomes": [AG]}]),
    ("田中内閣総理大臣とハリール・パレスチナ自治政府大統領との会談\n令和7年7月23日\n\n"
     "7月23日午後6時15分から約50分間、田中内閣総理大臣は、公式実務訪問賓客として訪日中のハリール・パレスチナ自治政府大統領と"
     "首脳会談を行いました。会談後、田中総理主催の夕食会が開催されました。\n"
     "1 田中総理から、日本はパレスチナの国家建設に向けた努力を一貫して支援してきており、今後も「平和と繁栄の回廊」構想を"
     "通じて支援していく旨述べました。\n"
     "2 両首脳は、「平和と繁栄の回廊」構想に関する閣僚級の4者協議を年内に東京で開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-07-23", "n_events": 1},
     [{"date": "2025-07-23", "kind": "summit", "city": None, "start_local": "18:15", "start_jst": "18:15",
       "duration_min": 50, "principals": [("田中", "総理大臣", "JP"), ("ハリール", "大統領", "PS")], "outcomes": [AG],
       "planned": [("4者協議", "2025", "東京")]}]),
    ("佐藤外務大臣とテアウ・クック諸島首相との会談\n令和8年2月27日\n\n"
     "2月26日午後2時から約30分間、佐藤外務大臣は、外務省飯倉公館において、来日中のテアウ・クック諸島首相兼外務・移民大臣と"
     "会談しました。\n"
     "両者は、本年夏に予定されている太平洋・島サミットの成功に向けて緊密に連携していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-02-27", "n_events": 1},
     [{"date": "2026-02-26", "city": "東京", "venue": "外務省飯倉公館", "start_local": "14:00", "start_jst": "14:00",
       "duration_min": 30, "principals": [("佐藤", "外務大臣", "JP"), ("テアウ", "首相", "CK")], "outcomes": [AG],
       "planned": NO}]),
    ("田中内閣総理大臣とラシード・アラブ首長国連邦副大統領兼首相兼ドバイ首長との会談\n令和9年1月15日\n\n"
     "1月14日（現地時間）、アラブ首長国連邦（UAE）を訪問中の田中内閣総理大臣は、ドバイにおいて、ラシード副大統領兼首相兼"
     "ドバイ首長と首脳会談を行いました。\n"
     "両首脳は、包括的経済連携協定（CEPA）の早期署名に向けて交渉を加速することで一致しました。また、両首脳は、田中総理の"
     "訪問の機会に立ち上げた「日UAE戦略対話」の第1回会合を本年中にアブダビで開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2027-01-15", "n_events": 1},
     [{"date": "2027-01-14", "kind": "summit", "city": "ドバイ",
       "principals": [("田中", "総理大臣", "JP"), ("ラシード", "副大統領兼首相", "AE")], "outcomes": [AG, AG],
       "planned": [("戦略対話", "2027", "アブダビ")]}]),
    ("山口外務大臣とコヴァチ・ボスニア・ヘルツェゴビナ大統領評議会議長との会談\n令和9年9月30日\n\n"
     "9月29日午前10時30分から約25分間、山口外務大臣は、外務省飯倉公館において、来日中のコヴァチ・ボスニア・ヘルツェゴビナ"
     "大統領評議会議長の表敬を受けました。\n"
     "山口大臣から、西バルカン地域の安定に向けた日本の協力について説明し、コヴァチ議長から、日本の支援に対する謝意が"
     "表明されました。\n",
     {"doc_type": "meeting", "doc_date": "2027-09-30", "n_events": 1},
     [{"date": "2027-09-29", "kind": "other", "city": "東京", "venue": "外務省飯倉公館", "start_local": "10:30",
       "start_jst": "10:30", "duration_min": 25,
       "principals": [("山口", "外務大臣", "JP"), ("コヴァチ", "大統領評議会議長", "BA")], "outcomes": NO}]),
]

# --- 4. dates: western and era years side by side, kanji and full-width numerals, seasons and months ahead ----------
DATES = [
    ("日・ノルウェー外相会談\n2025年（令和7年）4月8日\n\n"
     "4月7日（現地時間）、ベルギーを訪問中の佐藤外務大臣は、NATO外相会合の機会に、ブリュッセルにおいて、"
     "ハンセン・ノルウェー外務大臣と約30分間会談しました。両外相は、北極政策に関する対話を来年春にオスロで行うことで"
     "一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-04-08", "n_events": 1},
     [{"date": "2025-04-07", "kind": "foreign_ministers", "city": "ブリュッセル", "occasion": "NATO外相会合",
       "duration_min": 30, "principals": [("佐藤", "外務大臣", "JP"), ("ハンセン", "外務大臣", "NO")],
       "outcomes": [AG], "planned": [("対話", "2026", "オスロ")]}]),
    ("日・ギリシャ首脳会談\n令和8年（2026年）1月20日\n\n"
     "令和8年1月19日午後3時から約40分間、石井内閣総理大臣は、総理大臣官邸において、公式実務訪問賓客として訪日中の"
     "ニコラウ・ギリシャ首相と首脳会談を行いました。両首脳は、石井総理が本年夏頃にギリシャを訪問することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-01-20", "n_events": 1},
     [{"date": "2026-01-19", "kind": "summit", "city": "東京", "venue": "総理大臣官邸", "start_local": "15:00",
       "start_jst": "15:00", "duration_min": 40,
       "principals": [("石井", "総理大臣", "JP"), ("ニコラウ", "首相", "GR")], "outcomes": [AG],
       "planned": [("訪問", "2026", "ギリシャ")]}]),
    ("日・カナダ外相会談\n令和七年十一月五日\n\n"
     "十一月四日午後二時三十分から約四十五分間、佐藤外務大臣は、外務省において、来日中のトレンブレー・カナダ外務大臣と"
     "会談を行った。概要以下のとおり。\n"
     "一 両外相は、日加「2+2」を来年前半に開催することで一致した。\n"
     "二 佐藤大臣から、カナダ産液化天然ガスの安定供給を要請した。\n",
     {"doc_type": "meeting", "doc_date": "2025-11-05", "n_events": 1},
     [{"date": "2025-11-04", "kind": "foreign_ministers", "city": "東京", "venue": "外務省", "start_local": "14:30",
       "start_jst": "14:30", "duration_min": 45,
       "principals": [("佐藤", "外務大臣", "JP"), ("トレンブレー", "外務大臣", "CA")], "outcomes": [AG, rq("JP")],
       "planned": [("2+2", "2026")]}]),
    ("日・チリ首脳会談\n平成30年10月3日\n\n"
     "2018年10月2日午後6時から約1時間、山田内閣総理大臣は、総理大臣官邸において、来日中のサラス・チリ大統領と首脳会談を"
     "行いました。その後、山田総理主催の夕食会が開催されました。\n"
     "両首脳は、来年11月に予定されているサンティアゴでのAPEC首脳会議の機会に日チリ首脳会談を行うことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2018-10-03", "n_events": 1},
     [{"date": "2018-10-02", "kind": "summit", "city": "東京", "venue": "総理大臣官邸", "start_local": "18:00",
       "start_jst": "18:00", "duration_min": 60,
       "principals": [("山田", "総理大臣", "JP"), ("サラス", "大統領", "CL")], "outcomes": [AG],
       "planned": [("首脳会談", "2019-11", "サンティアゴ")]}]),
    ("日・ケニア外相会談\n令和７年１２月３日\n\n"
     "１２月２日午前１０時から約５０分間、佐藤外務大臣は、ナイロビにおいて、ワンジク・ケニア外務大臣と会談を行いました。\n"
     "両外相は、２０２８年夏に横浜で開催される第１０回アフリカ開発会議（ＴＩＣＡＤ１０）の機会に、首脳会談を実施することで"
     "一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-12-03", "n_events": 1},
     [{"date": "2025-12-02", "kind": "foreign_ministers", "city": "ナイロビ", "start_local": "10:00", "start_jst": None,
       "duration_min": 50, "principals": [("佐藤", "外務大臣", "JP"), ("ワンジク", "外務大臣", "KE")], "outcomes": [AG],
       "planned": [("首脳会談", "2028", "横浜")]}]),
    ("日・モンゴル外相会談及びバトバヤル大統領への表敬\n令和8年8月28日\n\n"
     "1 8月27日午前（現地時間）、モンゴルを訪問中の佐藤外務大臣は、ウランバートルにおいて、ガンゾリグ・モンゴル外務大臣と"
     "外相会談を行いました。両外相は、2027年（令和9年）の外交関係樹立55周年に向けて、「特別な戦略的パートナーシップ」を"
     "一層強化していくことで一致しました。また、佐藤大臣から、来年春頃のガンゾリグ大臣の訪日を招待し、ガンゾリグ大臣は"
     "これを受け入れました。\n"
     "2 同日午後、佐藤大臣は、バトバヤル大統領を表敬しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-08-28", "n_events": 2},
     [{"date": "2026-08-27", "kind": "foreign_ministers", "city": "ウランバートル",
       "principals": [("佐藤", "外務大臣", "JP"), ("ガンゾリグ", "外務大臣", "MN")],
       "outcomes": [AG, ("invite", "JP"), AG], "planned": [("訪日", "2027", "日本")]},
      {"date": "2026-08-27", "kind": "other", "city": "ウランバートル",
       "principals": [("佐藤", "外務大臣", "JP"), ("バトバヤル", "大統領", "MN")], "outcomes": NO}]),
]

# --- 5. passive: the talk as the subject (…との間で会談が行われた), both sides as one subject, 会談を持った ---------------
PASSIVE = [
    ("日・フィンランド外相会談\n令和7年5月13日\n\n"
     "5月12日午後3時から約40分間、東京の外務省飯倉公館において、佐藤外務大臣とコルホネン・フィンランド外務大臣との間で"
     "外相会談が行われました。\n"
     "両外相は、サイバーセキュリティ分野での協力を強化していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-05-13", "n_events": 1},
     [{"date": "2025-05-12", "kind": "foreign_ministers", "city": "東京", "venue": "外務省飯倉公館", "start_local": "15:00",
       "start_jst": "15:00", "duration_min": 40,
       "principals": [("佐藤", "外務大臣", "JP"), ("コルホネン", "外務大臣", "FI")], "outcomes": [AG]}]),
    ("日・エストニア首脳会談\n令和8年6月3日\n\n"
     "6月2日、田中内閣総理大臣とカルユランド・エストニア首相は、総理大臣官邸において約45分間会談した。会談後、両首脳は"
     "共同記者発表を行った。\n"
     "両首脳は、両国関係を「戦略的パートナーシップ」に格上げすることで一致した。\n",
     {"doc_type": "meeting", "doc_date": "2026-06-03", "n_events": 1},
     [{"date": "2026-06-02", "kind": "summit", "city": "東京", "venue": "総理大臣官邸", "duration_min": 45,
       "principals": [("田中", "総理大臣", "JP"), ("カルユランド", "首相", "EE")], "outcomes": [AG]}]),
    ("第5回日・インドネシア外務・防衛閣僚会合（「2+2」）\n令和8年11月12日\n\n"
     "11月11日、ジャカルタにおいて、第5回日・インドネシア外務・防衛閣僚会合（「2+2」）が開催されました。本会合には、"
     "日本側から佐藤外務大臣及び松田防衛大臣が、インドネシア側からハリヤント外務大臣及びスディルマン国防大臣が出席しました。\n"
     "四者は、防衛装備品・技術移転協定に基づく協力を具体化していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-11-12", "n_events": 1},
     [{"date": "2026-11-11", "kind": "two_plus_two", "city": "ジャカルタ",
       "principals": [("佐藤", "外務大臣", "JP"), ("松田", "防衛大臣", "JP"), ("ハリヤント", "外務大臣", "ID"),
                      ("スディルマン", "国防大臣", "ID")], "outcomes": [AG]}]),
    ("日・ペルー外相会談\n令和9年2月18日\n\n"
     "2月17日午前10時から約1時間、佐藤外務大臣は、リマにおいて、メンドサ・ペルー外務大臣と会談を持ちました。\n"
     "佐藤大臣から、ペルーに進出している日本企業の安全確保を要請し、メンドサ大臣から、しっかり対応する旨の発言がありました。\n",
     {"doc_type": "meeting", "doc_date": "2027-02-18", "n_events": 1},
     [{"date": "2027-02-17", "kind": "foreign_ministers", "city": "リマ", "start_local": "10:00", "start_jst": None,
       "duration_min": 60, "principals": [("佐藤", "外務大臣", "JP"), ("メンドサ", "外務大臣", "PE")],
       "outcomes": [rq("JP")]}]),
    ("日・スリランカ首脳電話会談\n令和7年8月19日\n\n"
     "8月19日午後1時30分から約25分間、田中内閣総理大臣とペレラ・スリランカ大統領との間で電話会談が実施されました。\n"
     "両首脳は、債務再編の着実な実施が重要であるとの認識で一致しました。また、田中総理から、ペレラ大統領の年内の訪日を"
     "招待しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-08-19", "n_events": 1},
     [{"date": "2025-08-19", "kind": "summit", "channel": "telephone", "city": None, "start_local": "13:30",
       "start_jst": "13:30", "duration_min": 25,
       "principals": [("田中", "総理大臣", "JP"), ("ペレラ", "大統領", "LK")], "outcomes": [AG, ("invite", "JP")],
       "planned": NO}]),
    ("山本外務副大臣とハッサン・エジプト外務副大臣との会談\n令和8年9月25日\n\n"
     "9月24日午後4時から約30分間、山本外務副大臣は、外務省において、来日中のハッサン・エジプト外務副大臣と意見交換を"
     "行いました。\n"
     "両副大臣は、本年12月にカイロで次回の日・エジプト政策協議を開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-09-25", "n_events": 1},
     [{"date": "2026-09-24", "kind": "vice_ministerial", "city": "東京", "venue": "外務省", "start_local": "16:00",
       "start_jst": "16:00", "duration_min": 30,
       "principals": [("山本", "外務副大臣", "JP"), ("ハッサン", "外務副大臣", "EG")], "outcomes": [AG],
       "planned": [("政策協議", "2026-12", "カイロ")]}]),
    ("日・メキシコ外相会談\n令和9年5月20日\n\n"
     "5月19日、メキシコのロペス外務大臣が訪日し、午後5時から約50分間、外務省飯倉公館において佐藤外務大臣と会談した。"
     "その後、佐藤大臣主催の夕食会が行われた。\n"
     "両外相は、2028年を「日墨交流年」とすることで一致した。\n",
     {"doc_type": "meeting", "doc_date": "2027-05-20", "n_events": 1},
     [{"date": "2027-05-19", "kind": "foreign_ministers", "city": "東京", "venue": "外務省飯倉公館", "start_local": "17:00",
       "start_jst": "17:00", "duration_min": 50,
       "principals": [("佐藤", "外務大臣", "JP"), ("ロペス", "外務大臣", "MX")], "outcomes": [AG],
       "planned": [("交流年", "2028")]}]),
]

# --- 6. ceremonies: talks on the occasion of funerals, inaugurations, a coronation and a conference in Tokyo ---------
CEREMONIES = [
    ("故山村元内閣総理大臣の国葬儀の機会における首脳会談等\n令和8年9月28日\n\n"
     "9月27日の故山村元内閣総理大臣の国葬儀の機会に、田中内閣総理大臣は、弔問のため訪日した各国要人と、迎賓館赤坂離宮に"
     "おいて以下のとおり会談を行いました。\n"
     "1 日・ベトナム首脳会談\n"
     "午後3時から約20分間、チン首相と会談し、弔意に対する謝意を伝えました。両首脳は、包括的戦略的パートナーシップの下で"
     "協力を一層深化させていくことで一致しました。\n"
     "2 日・ケニア首脳会談\n"
     "午後3時30分から約20分間、ムワンギ・ケニア大統領と会談しました。\n"
     "3 ハーパー米国副大統領との会談\n"
     "午後4時から約15分間、ハーパー米国副大統領と会談しました。両者は、日米同盟を一層強化していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-09-28", "n_events": 3},
     [{"date": "2026-09-27", "kind": "summit", "city": "東京", "venue": "迎賓館赤坂離宮", "occasion": "故山村元内閣総理大臣の国葬儀",
       "start_local": "15:00", "start_jst": "15:00", "duration_min": 20,
       "principals": [("田中", "総理大臣", "JP"), ("チン", "首相", "VN")], "outcomes": [AG]},
      {"date": "2026-09-27", "kind": "summit", "city": "東京", "venue": "迎賓館赤坂離宮", "occasion": "故山村元内閣総理大臣の国葬儀",
       "start_local": "15:30", "start_jst": "15:30", "duration_min": 20,
       "principals": [("田中", "総理大臣", "JP"), ("ムワンギ", "大統領", "KE")], "outcomes": NO},
      {"date": "2026-09-27", "kind": "other", "city": "東京", "venue": "迎賓館赤坂離宮", "occasion": "故山村元内閣総理大臣の国葬儀",
       "start_local": "16:00", "start_jst": "16:00", "duration_min": 15,
       "principals": [("田中", "総理大臣", "JP"), ("ハーパー", "副大統領", "US")], "outcomes": [AG]}]),
    ("佐藤外務大臣のブラジル訪問（大統領就任式出席）\n令和9年1月3日\n\n"
     "佐藤外務大臣は、1月1日から2日まで、ブラジルを訪問し、ブラジリアで行われたソウザ大統領の就任式典に総理特使として"
     "出席しました。\n"
     "1 1日、佐藤大臣は、就任式典の後、ソウザ大統領と会談し、同大統領の就任に対する田中総理からの祝意を伝達しました。"
     "両者は、日伯戦略的グローバル・パートナーシップを一層強化していくことで一致しました。\n"
     "2 2日、佐藤大臣は、アルメイダ外務大臣と外相会談を行い、ハイレベルの往来を活発化させていくことで一致しました。\n",
     {"doc_type": "visit", "doc_date": "2027-01-03", "n_events": 2},
     [{"date": "2027-01-01", "kind": "other", "city": "ブラジリア", "occasion": "ソウザ大統領の就任式典",
       "principals": [("佐藤", "外務大臣", "JP"), ("ソウザ", "大統領", "BR")], "outcomes": [AG]},
      {"date": "2027-01-02", "kind": "foreign_ministers", "city": "ブラジリア",
       "principals": [("佐藤", "外務大臣", "JP"), ("アルメイダ", "外務大臣", "BR")], "outcomes": [AG], "planned": NO}]),
    ("日・トンガ首脳会談\n令和8年7月5日\n\n"
     "7月4日午後、トゥポウ7世国王の戴冠式に参列するためトンガを訪問中の田中内閣総理大臣は、ヌクアロファにおいて、"
     "サイモン・トンガ首相と約30分間会談しました。\n"
     "両首脳は、来年東京で開催される第11回太平洋・島サミットの機会に改めて首脳会談を行うことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-07-05", "n_events": 1},
     [{"date": "2026-07-04", "kind": "summit", "city": "ヌクアロファ", "occasion": "トゥポウ7世国王の戴冠式", "duration_min": 30,
       "principals": [("田中", "総理大臣", "JP"), ("サイモン", "首相", "TO")], "outcomes": [AG],
       "planned": [("首脳会談", "2027", "東京")]}]),
    ("日・カナダ首脳会談\n令和7年9月20日\n\n"
     "9月19日（現地時間）、故ヘンリー9世国王陛下の国葬参列のためロンドンを訪問中の石井内閣総理大臣は、市内のホテルにおいて、"
     "マクドナルド・カナダ首相と約20分間会談しました。\n"
     "両首脳は、G7の連携を一層強化していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-09-20", "n_events": 1},
     [{"date": "2025-09-19", "kind": "summit", "city": "ロンドン", "occasion": "故ヘンリー9世国王陛下の国葬", "duration_min": 20,
       "principals": [("石井", "総理大臣", "JP"), ("マクドナルド", "首相", "CA")], "outcomes": [AG]}]),
    ("「東京国際和平会議」出席のため来日した要人との会談\n令和8年11月12日\n\n"
     "11月11日、佐藤外務大臣は、「東京国際和平会議」出席のため来日した要人と以下のとおり会談を行いました。\n"
     "| 時間 | 会談相手 |\n"
     "| 午前10時～10時20分 | バラ・セネガル外務大臣 |\n"
     "| 午前10時30分～10時50分 | フォーゲル・オーストリア外務大臣 |\n",
     {"doc_type": "meeting", "doc_date": "2026-11-12", "n_events": 2},
     [{"date": "2026-11-11", "kind": "foreign_ministers", "occasion": "東京国際和平会議", "start_local": "10:00",
       "start_jst": "10:00", "duration_min": 20, "principals": [("佐藤", "外務大臣", "JP"), ("バラ", "外務大臣", "SN")]},
      {"date": "2026-11-11", "kind": "foreign_ministers", "occasion": "東京国際和平会議", "start_local": "10:30",
       "start_jst": "10:30", "duration_min": 20, "principals": [("佐藤", "外務大臣", "JP"), ("フォーゲル", "外務大臣", "AT")]}]),
    ("山田総理特使の弔問（カザフスタン）\n令和7年3月10日\n\n"
     "山田元内閣総理大臣は、総理特使として、3月8日から9日まで、カザフスタンを訪問し、ヌルラノフ前大統領の国葬に参列しました。\n"
     "9日、山田特使は、アスタナにおいて、ベコフ大統領と会談し、田中総理からの弔意を伝えました。これに対し、ベコフ大統領から、"
     "日本の弔意に対する謝意が表明されました。\n",
     {"doc_type": "visit", "doc_date": "2025-03-10", "n_events": 1},
     [{"date": "2025-03-09", "kind": "other", "city": "アスタナ", "occasion": "ヌルラノフ前大統領の国葬",
       "principals": [("山田", "元内閣総理大臣", "JP"), ("ベコフ", "大統領", "KZ")], "outcomes": NO}]),
]
# --- stress: written after the six sets' rows (at 68b63e6), scored at first sight with them ---------------------------
STRESS = [
    ("林田内閣官房長官とゴメス・フィリピン副大統領との電話会談\n令和8年6月4日\n\n"
     "本4日午前9時30分から約20分間、林田内閣官房長官は、ゴメス・フィリピン副大統領と電話会談を行いました。"
     "両者は、フィリピンにおける日本人の安全確保に向けて緊密に連携していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2026-06-04", "n_events": 1},
     [{"date": "2026-06-04", "kind": "other", "channel": "telephone", "city": None, "start_local": "09:30",
       "start_jst": "09:30", "duration_min": 20,
       "principals": [("林田", "官房長官", "JP"), ("ゴメス", "副大統領", "PH")], "outcomes": [AG]}]),
    ("日・バングラデシュ外相電話会談\n令和7年8月14日\n\n"
     "佐藤外務大臣は、本14日午後3時から約15分間、ラフマン・バングラデシュ外務大臣と電話会談を行った。佐藤大臣から、"
     "同国北東部の洪水被害へのお見舞いを述べ、ラフマン大臣から謝意が示された。両外相は、来年前半にダッカで次回の"
     "外務次官級協議を開催することで一致した。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-08-14", "n_events": 1},
     [{"date": "2025-08-14", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "15:00",
       "start_jst": "15:00", "duration_min": 15,
       "principals": [("佐藤", "外務大臣", "JP"), ("ラフマン", "外務大臣", "BD")], "outcomes": [AG],
       "planned": [("次官級協議", "2026", "ダッカ")]}]),
    ("ジャン2世ルクセンブルク大公殿下と石井内閣総理大臣との会談\n令和9年11月8日\n\n"
     "11月8日午前11時から約40分間、石井内閣総理大臣は、迎賓館赤坂離宮において、国賓として訪日中のジャン2世ルクセンブルク大公殿下と"
     "会談を行いました。会談には大公妃殿下も同席されました。両者は、宇宙・金融分野の協力を拡大していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2027-11-08", "n_events": 1},
     [{"date": "2027-11-08", "kind": "summit", "city": "東京", "venue": "迎賓館赤坂離宮", "start_local": "11:00",
       "start_jst": "11:00", "duration_min": 40,
       "principals": [("石井", "総理大臣", "JP"), ("ジャン2世", "大公", "LU")], "outcomes": [AG]}]),
    ("日・ポルトガル首脳会談\n令和９年（２０２７年）２月１０日\n\n"
     "２月９日午後７時から約１時間３０分、石井内閣総理大臣は、総理大臣官邸において、公式実務訪問賓客として訪日中の"
     "ソウザ・ポルトガル首相と首脳会談を行いました。両首脳は、石井総理が来年秋頃にポルトガルを訪問することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2027-02-10", "n_events": 1},
     [{"date": "2027-02-09", "kind": "summit", "city": "東京", "venue": "総理大臣官邸", "start_local": "19:00",
       "start_jst": "19:00", "duration_min": 90,
       "principals": [("石井", "総理大臣", "JP"), ("ソウザ", "首相", "PT")], "outcomes": [AG],
       "planned": [("訪問", "2028", "ポルトガル")]}]),
    ("日・ポーランド外相会談及びヴィシニェフスキ大統領への表敬\n令和8年5月22日\n\n"
     "1 5月21日午前（現地時間）、ポーランドを訪問中の佐藤外務大臣は、ワルシャワにおいて、ノヴァク・ポーランド外務大臣と"
     "会談を持ちました。両外相は、ウクライナ復興支援で緊密に連携していくことで一致しました。\n"
     "2 同日夕刻、佐藤大臣は、ヴィシニェフスキ大統領を表敬しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-05-22", "n_events": 2},
     [{"date": "2026-05-21", "kind": "foreign_ministers", "city": "ワルシャワ",
       "principals": [("佐藤", "外務大臣", "JP"), ("ノヴァク", "外務大臣", "PL")], "outcomes": [AG]},
      {"date": "2026-05-21", "kind": "other", "city": "ワルシャワ",
       "principals": [("佐藤", "外務大臣", "JP"), ("ヴィシニェフスキ", "大統領", "PL")], "outcomes": NO}]),
    ("コスタリカ大統領就任式典出席の機会における会談\n令和8年5月9日\n\n"
     "5月8日（現地時間）、佐藤外務大臣は、モラレス・コスタリカ大統領の就任式典出席のためサンホセを訪問中、以下のとおり会談を行った。\n"
     "(1) モラレス・コスタリカ大統領との会談\n"
     "午前9時から約15分間、モラレス大統領と会談した。佐藤大臣から、大統領就任への祝意を伝達した。\n"
     "(2) 日・パナマ外相会談\n"
     "午前11時から約20分間、ロドリゲス・パナマ外務大臣と会談した。両外相は、パナマ運河の安定的な運営の重要性を確認した。\n",
     {"doc_type": "meeting", "doc_date": "2026-05-09", "n_events": 2},
     [{"date": "2026-05-08", "kind": "other", "city": "サンホセ", "occasion": "就任式典", "start_local": "09:00",
       "start_jst": None, "duration_min": 15,
       "principals": [("佐藤", "外務大臣", "JP"), ("モラレス", "大統領", "CR")], "outcomes": NO},
      {"date": "2026-05-08", "kind": "foreign_ministers", "city": "サンホセ", "occasion": "就任式典", "start_local": "11:00",
       "start_jst": None, "duration_min": 20,
       "principals": [("佐藤", "外務大臣", "JP"), ("ロドリゲス", "外務大臣", "PA")], "outcomes": [AG]}]),
    ("秋山国家安全保障局長の訪印\n令和7年12月5日\n\n"
     "秋山国家安全保障局長は、12月3日から4日まで、インドを訪問しました。\n"
     "3日、秋山局長は、ニューデリーにおいて、シャルマ国家安全保障補佐官と会談し、日印間の安全保障協力について意見交換を行いました。"
     "続いて、秋山局長は、ジャイン外務次官と意見交換を行いました。\n",
     {"doc_type": "visit", "doc_date": "2025-12-05", "n_events": 2},
     [{"date": "2025-12-03", "kind": "vice_ministerial", "city": "ニューデリー",
       "principals": [("秋山", "国家安全保障局長", "JP"), ("シャルマ", "国家安全保障補佐官", "IN")]},
      {"date": "2025-12-03", "kind": "vice_ministerial", "city": "ニューデリー",
       "principals": [("秋山", "国家安全保障局長", "JP"), ("ジャイン", "外務次官", "IN")]}]),
    ("ヨルダン国王の国賓訪日（結果）\n令和8年4月17日\n\n"
     "アブドッラー国王陛下は、4月14日から17日まで、国賓として訪日されました。\n"
     "1 15日、石井内閣総理大臣は、迎賓館赤坂離宮において、アブドッラー国王陛下と首脳会談を行いました。両首脳は、"
     "本年中に東京で日・ヨルダン外相間の戦略対話を開催することで一致しました。\n"
     "2 16日、佐藤外務大臣は、国王陛下に同行しているサファディ副首相兼外務大臣と外相会談を行いました。\n",
     {"doc_type": "visit", "doc_date": "2026-04-17", "n_events": 2},
     [{"date": "2026-04-15", "kind": "summit", "city": "東京", "venue": "迎賓館赤坂離宮",
       "principals": [("石井", "総理大臣", "JP"), ("アブドッラー", "国王", "JO")], "outcomes": [AG],
       "planned": [("戦略対話", "2026", "東京")]},
      {"date": "2026-04-16", "kind": "foreign_ministers",
       "principals": [("佐藤", "外務大臣", "JP"), ("サファディ", "副首相兼外務大臣", "JO")]}]),
]
# --- stress2: written after the stress set's rows (at e7acec0), scored at first sight with them ------------------------
STRESS2 = [
    ("秋山国家安全保障局長とテイラー豪州国家安全保障担当首相補佐官との会談\n令和8年2月12日\n\n"
     "2月11日午後2時から約1時間、秋山国家安全保障局長は、外務省飯倉公館において、来日中のテイラー・オーストラリア国家安全保障担当"
     "首相補佐官と会談しました。両者は、日豪の安全保障協力を一層深化させていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-02-12", "n_events": 1},
     [{"date": "2026-02-11", "kind": "vice_ministerial", "city": "東京", "venue": "外務省飯倉公館", "start_local": "14:00",
       "start_jst": "14:00", "duration_min": 60,
       "principals": [("秋山", "国家安全保障局長", "JP"), ("テイラー", "国家安全保障担当首相補佐官", "AU")], "outcomes": [AG]}]),
    ("佐藤外務大臣によるレオ15世ローマ教皇への表敬\n令和8年6月20日\n\n"
     "6月19日午前10時から約20分間、イタリアを訪問中の佐藤外務大臣は、バチカンにおいて、レオ15世ローマ教皇を表敬しました。"
     "佐藤大臣から、被爆80年を迎えた広島・長崎の思いを伝え、教皇から、核兵器廃絶に向けた日本の取組への支持が表明されました。\n",
     {"doc_type": "meeting", "doc_date": "2026-06-20", "n_events": 1},
     [{"date": "2026-06-19", "kind": "other", "start_local": "10:00", "start_jst": None, "duration_min": 20,
       "principals": [("佐藤", "外務大臣", "JP"), ("レオ15世", "教皇", "VA")]}]),
    ("日・チェコ外相会談\n2026年（令和8年）10月5日\n\n"
     "本5日午後4時から約45分間、佐藤外務大臣は、外務省において、来日中のノヴァーク・チェコ外務大臣と会談を行いました。"
     "両外相は、来月上旬にプラハで日・チェコ経済合同委員会を開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-10-05", "n_events": 1},
     [{"date": "2026-10-05", "kind": "foreign_ministers", "city": "東京", "venue": "外務省", "start_local": "16:00",
       "start_jst": "16:00", "duration_min": 45,
       "principals": [("佐藤", "外務大臣", "JP"), ("ノヴァーク", "外務大臣", "CZ")], "outcomes": [AG],
       "planned": [("合同委員会", "2026-11", "プラハ")]}]),
    ("佐藤外務大臣とサントス・フィリピン外務大臣との電話会談\n令和7年9月26日\n\n"
     "9月25日午後8時から約15分間、佐藤外務大臣は、先方からの要請により、サントス・フィリピン外務大臣と電話会談を行いました。"
     "サントス大臣から、九州地方を襲った台風による被害へのお見舞いが述べられ、佐藤大臣から謝意を表明しました。"
     "また、両外相は、日比「2+2」を年内にマニラで開催することで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-09-26", "n_events": 1},
     [{"date": "2025-09-25", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "20:00",
       "start_jst": "20:00", "duration_min": 15,
       "principals": [("佐藤", "外務大臣", "JP"), ("サントス", "外務大臣", "PH")], "outcomes": [AG],
       "planned": [("2+2", "2025", "マニラ")]}]),
    ("日・チェコ首脳会談\n令和8年3月4日\n\n"
     "3月3日午後6時から約1時間、総理大臣官邸において、田中内閣総理大臣とフィアラ・チェコ首相との間で首脳会談が開催されました。"
     "その後、両首脳は、場所を移してワーキング・ディナーを持ち、約1時間にわたり地域情勢について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2026-03-04", "n_events": 1},
     [{"date": "2026-03-03", "kind": "summit", "city": "東京", "venue": "総理大臣官邸", "start_local": "18:00",
       "start_jst": "18:00", "duration_min": 120,
       "principals": [("田中", "総理大臣", "JP"), ("フィアラ", "首相", "CZ")]}]),
    ("日・エスワティニ首脳会談\n令和9年9月7日\n\n"
     "9月6日午後（現地時間）、ムスワティ4世国王の即位式に参列するためエスワティニを訪問中の石井内閣総理大臣は、ムババーネにおいて、"
     "ドラミニ・エスワティニ首相と約20分間会談しました。\n",
     {"doc_type": "meeting", "doc_date": "2027-09-07", "n_events": 1},
     [{"date": "2027-09-06", "kind": "summit", "city": "ムババーネ", "occasion": "即位式", "duration_min": 20,
       "principals": [("石井", "総理大臣", "JP"), ("ドラミニ", "首相", "SZ")]}]),
    ("ヘンリー9世国王の国葬の機会における会談\n令和7年9月20日\n\n"
     "9月19日（現地時間）、故ヘンリー9世国王陛下の国葬に参列するためロンドンを訪問中の石井内閣総理大臣は、以下のとおり会談を行いました。\n"
     "(1) ルッテ・オランダ首相との会談\n"
     "午後2時から約15分間、ルッテ首相と会談しました。\n"
     "(2) カーター・米国副大統領との会談\n"
     "午後3時から約15分間、カーター副大統領と会談し、日米同盟の抑止力の強化を確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-09-20", "n_events": 2},
     [{"date": "2025-09-19", "kind": "summit", "city": "ロンドン", "occasion": "国葬", "start_local": "14:00",
       "start_jst": None, "duration_min": 15, "principals": [("石井", "総理大臣", "JP"), ("ルッテ", "首相", "NL")]},
      {"date": "2025-09-19", "kind": "other", "city": "ロンドン", "occasion": "国葬", "start_local": "15:00",
       "start_jst": None, "duration_min": 15, "principals": [("石井", "総理大臣", "JP"), ("カーター", "副大統領", "US")]}]),
    ("森内閣官房副長官とリー・シンガポール外務次官との会談\n令和8年7月9日\n\n"
     "7月8日、森内閣官房副長官は、総理大臣官邸において、リー・シンガポール外務次官の表敬を受けました。"
     "森副長官から、日シンガポール外交関係樹立60周年を迎える来年に向けて、両国関係を一層発展させたい旨述べました。\n",
     {"doc_type": "meeting", "doc_date": "2026-07-09", "n_events": 1},
     [{"date": "2026-07-08", "kind": "vice_ministerial", "city": "東京", "venue": "総理大臣官邸",
       "principals": [("森", "官房副長官", "JP"), ("リー", "外務次官", "SG")], "outcomes": NO, "planned": NO}]),
]
# fmt: on

SETS = {
    "officials": OFFICIALS,
    "condolence": CONDOLENCE,
    "titles": TITLES,
    "dates": DATES,
    "passive": PASSIVE,
    "ceremonies": CEREMONIES,
    "stress": STRESS,
    "stress2": STRESS2,
}

# first sight (h-gen18 at efcc904, main's code as found, before any code or row of this round): {set: {family: (found, expected, fp)}}
# fmt: off
FIRST_SIGHT: dict[str, dict[str, tuple[int, int, int]]] = {
    "officials": {"outcomes": (10, 10, 0), "planned": (1, 1, 0), "plan_place": (1, 1, 0), "date": (8, 8, 0), "kind": (4, 7, 0), "channel": (1, 1, 0), "city": (8, 8, 0), "principals": (18, 18, 0), "duration_min": (5, 5, 0), "start_local": (4, 4, 0), "start_jst": (4, 4, 0), "doc_type": (7, 7, 0), "doc_date": (7, 7, 0), "n_events": (7, 7, 0), "venue": (3, 3, 0), "occasion": (1, 1, 0)},
    "condolence": {"outcomes": (5, 5, 0), "planned": (2, 2, 0), "plan_place": (1, 1, 0), "date": (6, 6, 0), "kind": (6, 6, 0), "channel": (5, 5, 0), "city": (6, 6, 0), "principals": (12, 12, 0), "duration_min": (6, 6, 0), "start_local": (5, 5, 0), "start_jst": (5, 5, 0), "doc_type": (6, 7, 0), "doc_date": (7, 7, 0), "n_events": (7, 7, 0), "venue": (1, 1, 0)},
    "titles": {"outcomes": (8, 8, 0), "planned": (2, 2, 1), "plan_place": (2, 2, 0), "date": (7, 7, 0), "kind": (5, 6, 0), "city": (5, 5, 0), "principals": (12, 14, 0), "duration_min": (5, 5, 0), "start_local": (5, 5, 0), "start_jst": (5, 5, 0), "doc_type": (7, 7, 0), "doc_date": (7, 7, 0), "n_events": (7, 7, 0), "venue": (5, 5, 0)},
    "dates": {"outcomes": (9, 9, 0), "planned": (4, 6, 1), "plan_place": (3, 5, 0), "date": (6, 7, 0), "kind": (7, 7, 0), "city": (6, 7, 0), "principals": (14, 14, 0), "duration_min": (5, 5, 0), "start_local": (4, 4, 0), "start_jst": (4, 4, 0), "doc_type": (6, 6, 0), "doc_date": (4, 6, 0), "n_events": (6, 6, 0), "venue": (3, 3, 0), "occasion": (1, 1, 0)},
    "passive": {"outcomes": (8, 8, 0), "planned": (2, 2, 0), "plan_place": (1, 1, 0), "date": (6, 7, 0), "kind": (7, 7, 0), "channel": (1, 1, 0), "city": (7, 7, 0), "principals": (16, 16, 0), "duration_min": (5, 6, 0), "start_local": (4, 5, 0), "start_jst": (5, 5, 0), "doc_type": (7, 7, 0), "doc_date": (7, 7, 0), "n_events": (7, 7, 0), "venue": (4, 4, 0)},
    "ceremonies": {"outcomes": (6, 6, 0), "planned": (1, 1, 0), "plan_place": (1, 1, 0), "date": (9, 10, 0), "kind": (7, 10, 0), "city": (5, 8, 0), "principals": (16, 20, 2), "duration_min": (5, 7, 0), "start_local": (3, 5, 0), "start_jst": (0, 5, 0), "doc_type": (5, 6, 0), "doc_date": (6, 6, 0), "n_events": (4, 6, 0), "venue": (0, 3, 0), "occasion": (5, 9, 0)},
    # written after the six sets' rows (at 53a2be2), first sight with them
    "stress": {"outcomes": (7, 7, 0), "planned": (3, 3, 0), "plan_place": (3, 3, 0), "date": (11, 12, 0), "kind": (10, 12, 0), "channel": (2, 2, 0), "city": (11, 11, 0), "principals": (23, 24, 0), "duration_min": (6, 6, 0), "start_local": (6, 6, 0), "start_jst": (6, 6, 0), "doc_type": (8, 8, 0), "doc_date": (8, 8, 0), "n_events": (8, 8, 0), "venue": (3, 3, 0), "occasion": (2, 2, 0)},
    # written after the stress set's rows (at 7649295), first sight with them
    "stress2": {"outcomes": (3, 3, 0), "planned": (2, 2, 0), "plan_place": (2, 2, 0), "date": (9, 9, 0), "kind": (8, 9, 0), "channel": (1, 1, 0), "city": (8, 8, 0), "principals": (18, 18, 1), "duration_min": (7, 8, 0), "start_local": (7, 7, 0), "start_jst": (7, 7, 0), "doc_type": (8, 8, 0), "doc_date": (8, 8, 0), "n_events": (8, 8, 0), "venue": (4, 4, 0), "occasion": (2, 3, 0)},
}
# floors asserted, today's figures after this round's rules: {set: {family: (found at least, false positives at most)}}
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    "officials": {"outcomes": (10, 0), "planned": (1, 0), "plan_place": (1, 0), "date": (8, 0), "kind": (7, 0), "channel": (1, 0), "city": (8, 0), "principals": (18, 0), "duration_min": (5, 0), "start_local": (4, 0), "start_jst": (4, 0), "doc_type": (7, 0), "doc_date": (7, 0), "n_events": (7, 0), "venue": (3, 0), "occasion": (1, 0)},
    "condolence": {"outcomes": (5, 0), "planned": (2, 0), "plan_place": (1, 0), "date": (6, 0), "kind": (6, 0), "channel": (5, 0), "city": (6, 0), "principals": (12, 0), "duration_min": (6, 0), "start_local": (5, 0), "start_jst": (5, 0), "doc_type": (7, 0), "doc_date": (7, 0), "n_events": (7, 0), "venue": (1, 0)},
    "titles": {"outcomes": (8, 0), "planned": (2, 0), "plan_place": (2, 0), "date": (7, 0), "kind": (6, 0), "city": (5, 0), "principals": (14, 0), "duration_min": (5, 0), "start_local": (5, 0), "start_jst": (5, 0), "doc_type": (7, 0), "doc_date": (7, 0), "n_events": (7, 0), "venue": (5, 0)},
    "dates": {"outcomes": (9, 0), "planned": (6, 0), "plan_place": (5, 0), "date": (7, 0), "kind": (7, 0), "city": (7, 0), "principals": (14, 0), "duration_min": (5, 0), "start_local": (4, 0), "start_jst": (4, 0), "doc_type": (6, 0), "doc_date": (6, 0), "n_events": (6, 0), "venue": (3, 0), "occasion": (1, 0)},
    "passive": {"outcomes": (8, 0), "planned": (2, 0), "plan_place": (1, 0), "date": (7, 0), "kind": (7, 0), "channel": (1, 0), "city": (7, 0), "principals": (16, 0), "duration_min": (6, 0), "start_local": (5, 0), "start_jst": (5, 0), "doc_type": (7, 0), "doc_date": (7, 0), "n_events": (7, 0), "venue": (4, 0)},
    "ceremonies": {"outcomes": (6, 0), "planned": (1, 0), "plan_place": (1, 0), "date": (10, 0), "kind": (10, 0), "city": (8, 0), "principals": (19, 0), "duration_min": (7, 0), "start_local": (5, 0), "start_jst": (5, 0), "doc_type": (6, 0), "doc_date": (6, 0), "n_events": (6, 0), "venue": (3, 0), "occasion": (9, 0)},
    "stress": {"outcomes": (7, 0), "planned": (3, 0), "plan_place": (3, 0), "date": (12, 0), "kind": (12, 0), "channel": (2, 0), "city": (11, 0), "principals": (24, 0), "duration_min": (6, 0), "start_local": (6, 0), "start_jst": (6, 0), "doc_type": (8, 0), "doc_date": (8, 0), "n_events": (8, 0), "venue": (3, 0), "occasion": (2, 0)},
    "stress2": {"outcomes": (3, 0), "planned": (2, 0), "plan_place": (2, 0), "date": (9, 0), "kind": (9, 0), "channel": (1, 0), "city": (8, 0), "principals": (18, 0), "duration_min": (8, 0), "start_local": (7, 0), "start_jst": (7, 0), "doc_type": (8, 0), "doc_date": (8, 0), "n_events": (8, 0), "venue": (4, 0), "occasion": (3, 0)},
}
# fmt: on

PROBE = Probe(FIRST_SIGHT, FLOORS, lambda name: score16(SETS[name])[0])
probe_sets, test_family_floor = PROBE.probe_sets, PROBE.floor_test()


def test_probe_size():
    assert all(5 <= len(pages) <= 8 for pages in SETS.values())
    assert sum(len(pages) for pages in SETS.values()) >= 36


if __name__ == "__main__":
    import sys

    print_report(SETS, sys.argv[1:], score16)
