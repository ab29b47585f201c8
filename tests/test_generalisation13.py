"""Generalisation probe 13: six families no probe had covered (issue 13, must-show 5), scored per family at first sight.

Every page below was written for this probe in the ministry's style, its text my own (the real pages were read for
their style only), in six families: (1) titles with a status — a president-elect (次期大統領), an interim president
(暫定大統領), an acting foreign minister (外務大臣代行), a newly appointed ambassador's call (新任の駐日米国大使), a former
prime minister as a special envoy (首相特使として来日中の…前首相), a vice-president with Japan's prime minister and a
副首相兼外務大臣 with its foreign minister; (2) heads of sub-national governments (州首相, 州知事, 省長, 市長, 自治政府首相)
met by Japan's ministers or calling on its prime minister; (3) vague times and lengths (正午から, 夕刻, 午前中, 深夜, 約1時間強,
40分余り, 1時間を超える, 約2時間半にわたり); (4) signing ceremonies on a talk's page (署名式, 交換公文の署名に立ち会った,
覚書に署名, a joint statement signed in the sentence that agrees, a page headed by a talk and a signing); (5) trilateral
and quadrilateral meetings (日米韓外相会合, 日米豪印首脳会合, 日中韓外相会議, 日米比首脳会談, 日米韓首脳電話会談);
(6) summit pages in the newest style (1 冒頭 / 2 二国間関係 / (1) 政治・安全保障 …) whose sentences carry two cues
(…を歓迎し、…で一致しました; …への期待を述べ、…はこれを支持しました).

My reading of the record format and the real README, stated before the first sight: kind follows rank, so a
president-elect (not yet head of state: the real gold's 次期大統領 gives `other`), a vice-president, a former prime
minister and an ambassador with a Japanese minister or prime minister give `other`, while an interim president is the
head of state (`summit`) and an acting foreign minister or a deputy prime minister who is foreign minister holds the
portfolio (`foreign_ministers`); the role is the title as written in its plain form (次期大統領, 暫定大統領, 外務大臣代行,
駐日米国大使, 前首相 — the title the page gives the person, the envoy's mission being 首相特使). A sub-national head is
`other` with any Japanese principal, the role the office (州首相, 州知事, 省長, 市長, 自治政府首相), the country the one the
region belongs to (printed or not: パリ市長 is FR), the name without the region (陳立民, ルメール). A length written
約1時間強 / 40分余り / 1時間を超える gives its round figure (60 / 40 / 60), 約2時間半 150; 正午から is 12:00; 夕刻, 午前中 and 深夜
give no start. Signing or witnessing the signing of a document is no outcome (README), the agreement in the same
sentence still is. A trilateral or quadrilateral meeting is one event with every side's principal, kind by their
rank. 歓迎 alone and 期待 are no scored outcome (express); …を歓迎し、…で一致 is one agree; the other side's これを支持
after a view is agree by both (record-format: consent to what the other said). start_jst is printed Japan time or a
talk in Japan (a talk in 釜山 has none); city null without a city or a Tokyo venue (a call received with no venue).
Two expected values were set again on re-reading these conventions before the figures below were taken (釜山's
start_jst, the ambassador's call's city), none after. Scored with tests/test_generalisation3.py's ``score``.

    set (pages)        family        first sight (8fb8e40)   after this round     (found / expected, false positives)
    status (7)         kind          6 /  7                   7 /  7   (次期大統領 and 次期首相 no head:
                                                                        roles.head_only.daitoryo_end, roles.head.shusho)
                       principals   12 / 14                  14 / 14   (a former prime minister the talk's noun follows,
                                                                        …前オランダ首相による表敬: a principal, 前首相 / NL,
                                                                        of no rank; 首相特使として来日中のX: the visitor's
                                                                        office, not the prime minister's)
    subnat (5)         kind          4 /  5                   5 /  5   (州首相, 省首相, 自治政府首相: no head, nor a
                                                                        minister, roles.minister.sho)
                       principals    8 / 10, 1 fp            10 / 10   (…・パリ市長: a gazetteer city opens the title and
                                                                        gives FR, roles.region_city.shi; 省長 an ending;
                                                                        陳立民広東省長: the title opens at the place name
                                                                        the tokenizer reads before 省, people._region_split)
                       start_jst     3 /  4                   4 /  4   (…による表敬を受けました, no visit abroad said: in
                                                                        Japan, places.received.hyokei)
    newstyle (4)       outcomes     11 / 12                  12 / 12   (…への期待を述べ、Yはこれを支持しました: consent in
                                                                        reply, outcomes.reply_in.kore; 支持しました,
                                                                        outcomes.support.shita)
    (every other family exact at first sight: vague times, signing ceremonies and trilateral / quadrilateral meetings
    all read right; 389 / 397 facts in all (0.980), 1 false positive; after: 397 / 397, 0)
    stress (8)         written after the rows above (at b32d274), first sight with them: 106 / 107 (0.991), 0 false positives
                       (read as: 大統領選挙当選者 a president-elect, `other`; an acting prime minister, 首相代行, holds the
                       office, `summit`; 米国ワシントン州のX知事 is X, 知事, US; a 副首相兼産業貿易大臣 with the foreign
                       minister `other_ministerial`)
                       kind          7 /  8                   8 /  8   (大統領選挙当選者: an ending, roles.end.tosensha, and
                                                                        no head, roles.head_only.daitoryo_start)
                       (after: 107 / 107, 0 false positives)

real 0.979 (unchanged, its records identical), devset 1.000, seeds 0.995; bench/record_diff.py against main (8fb8e40;
seeds, devset, tests, real, 300 synthetic): 0 of 549 records differ. Floors: every family exact, no false positive.

``python tests/test_generalisation13.py [set] [-v]`` prints the table per family and every miss.
"""

from __future__ import annotations

from tests.test_generalisation2 import AG
from tests.test_generalisation3 import Probe, inv, print_report, rq, score

# fmt: off
# --- 1. titles with a status: elect, interim, acting, newly appointed, former, deputy ---------------------------------
STATUS = [
    ("田中内閣総理大臣とロハス・コロンビア次期大統領との会談\n令和8年7月2日\n\n"
     "7月2日、午後5時から約30分間、田中内閣総理大臣は、総理大臣官邸において、来日中のロハス・コロンビア次期大統領と会談を行いました。\n"
     "1 田中総理から、大統領選挙での当選に祝意を伝えました。\n"
     "2 両者は、両国関係を一層発展させていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-07-02", "n_events": 1},
     [{"date": "2026-07-02", "kind": "other", "city": "東京", "start_local": "17:00", "start_jst": "17:00",
       "duration_min": 30, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ロハス", "次期大統領", "CO")]}]),
    ("日・マリ首脳電話会談\n令和6年2月14日\n\n"
     "2月14日、午後6時から約20分間、田中内閣総理大臣は、ディアラ・マリ暫定大統領と電話会談を行いました。\n"
     "1 田中総理から、民政移管に向けたプロセスの着実な進展を求めました。\n"
     "2 両首脳は、サヘル地域の安定に向けて意思疎通を続けていくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2024-02-14", "n_events": 1},
     [{"date": "2024-02-14", "kind": "summit", "channel": "telephone", "city": None, "start_local": "18:00",
       "start_jst": "18:00", "duration_min": 20, "outcomes": [rq("JP"), AG],
       "principals": [("田中", "総理大臣", "JP"), ("ディアラ", "暫定大統領", "ML")]}]),
    ("日・ペルー外相会談\n令和7年3月11日\n\n"
     "3月11日、午前11時から約40分間、佐藤外務大臣は、飯倉公館において、来日中のキスペ・ペルー外務大臣代行と会談を行いました。\n"
     "1 両者は、日・ペルー経済連携協定の活用を通じて経済関係を強化していくことで一致しました。\n"
     "2 佐藤大臣から、ペルー政府に対し、日本企業の事業環境の改善を求めました。\n",
     {"doc_type": "meeting", "doc_date": "2025-03-11", "n_events": 1},
     [{"date": "2025-03-11", "kind": "foreign_ministers", "city": "東京", "start_local": "11:00", "start_jst": "11:00",
       "duration_min": 40, "outcomes": [AG, rq("JP")],
       "principals": [("佐藤", "外務大臣", "JP"), ("キスペ", "外務大臣代行", "PE")]}]),
    ("ブラックウェル新任駐日米国大使による佐藤外務大臣表敬\n令和7年4月3日\n\n"
     "4月3日、午後4時から約20分間、佐藤外務大臣は、新任のブラックウェル駐日米国大使による表敬を受けました。\n"
     "1 佐藤大臣から、大使の着任を歓迎するとともに、日米同盟の一層の強化に向けて協力を求めました。\n"
     "2 両者は、日米間の緊密な意思疎通を維持していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-04-03", "n_events": 1},
     [{"date": "2025-04-03", "kind": "other", "city": None, "start_local": "16:00", "start_jst": "16:00",
       "duration_min": 20, "outcomes": [rq("JP"), AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ブラックウェル", "駐日米国大使", "US")]}]),
    ("ヘンドリクス首相特使(前オランダ首相)による田中内閣総理大臣表敬\n令和6年9月5日\n\n"
     "9月5日、午前10時30分から約25分間、田中内閣総理大臣は、首相特使として来日中のヘンドリクス前オランダ首相による表敬を受けました。\n"
     "1 ヘンドリクス特使から、スホーフ首相からの親書が手交されました。\n"
     "2 両者は、半導体分野での協力を進めていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-09-05", "n_events": 1},
     [{"date": "2024-09-05", "kind": "other", "city": None, "start_local": "10:30", "start_jst": "10:30",
       "duration_min": 25, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ヘンドリクス", "前首相", "NL")]}]),
    ("田中内閣総理大臣とサントス・フィリピン副大統領との会談\n令和5年10月17日\n\n"
     "10月17日、午後3時15分から約30分間、田中内閣総理大臣は、総理大臣官邸において、訪日中のサントス・フィリピン副大統領と会談を行いました。\n"
     "1 両者は、日比間の「同志国」としての連携を強化していくことで一致しました。\n"
     "2 サントス副大統領から、田中総理に対し、フィリピン訪問を招請しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-10-17", "n_events": 1},
     [{"date": "2023-10-17", "kind": "other", "city": "東京", "start_local": "15:15", "start_jst": "15:15",
       "duration_min": 30, "outcomes": [AG, inv("PH")],
       "principals": [("田中", "総理大臣", "JP"), ("サントス", "副大統領", "PH")]}]),
    ("日・ベルギー外相会談\n令和6年6月20日\n\n"
     "6月20日、午後2時から約45分間、ブリュッセルを訪問中の佐藤外務大臣は、デクロー・ベルギー副首相兼外務大臣と会談を行いました。\n"
     "両外相は、経済安全保障分野での協力を深めていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-06-20", "n_events": 1},
     [{"date": "2024-06-20", "kind": "foreign_ministers", "city": "ブリュッセル", "start_local": "14:00", "start_jst": None,
       "duration_min": 45, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("デクロー", "副首相兼外務大臣", "BE")]}]),
]

# --- 2. heads of sub-national governments ------------------------------------------------------------------------------
SUBNAT = [
    ("佐藤外務大臣とハーディング豪州ニューサウスウェールズ州首相との会談\n令和6年8月6日\n\n"
     "8月6日、午後4時30分から約30分間、佐藤外務大臣は、飯倉公館において、来日中のハーディング豪州ニューサウスウェールズ州首相と会談を行いました。\n"
     "1 佐藤大臣から、同州と日本との経済関係の強化を歓迎しました。\n"
     "2 両者は、水素分野における協力を推進していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-08-06", "n_events": 1},
     [{"date": "2024-08-06", "kind": "other", "city": "東京", "start_local": "16:30", "start_jst": "16:30",
       "duration_min": 30, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ハーディング", "州首相", "AU")]}]),
    ("ウォルトン米国カリフォルニア州知事による田中内閣総理大臣表敬\n令和7年10月9日\n\n"
     "10月9日、午後5時から約15分間、田中内閣総理大臣は、ウォルトン米国カリフォルニア州知事による表敬を受けました。\n"
     "1 両者は、気候変動対策に関する協力を進めていくことで一致しました。\n"
     "2 田中総理から、日本企業の同州への投資に対する支援を求めました。\n",
     {"doc_type": "meeting", "doc_date": "2025-10-09", "n_events": 1},
     [{"date": "2025-10-09", "kind": "other", "city": None, "start_local": "17:00", "start_jst": "17:00",
       "duration_min": 15, "outcomes": [AG, rq("JP")],
       "principals": [("田中", "総理大臣", "JP"), ("ウォルトン", "州知事", "US")]}]),
    ("佐藤外務大臣と陳立民中国広東省長との会談\n令和6年5月28日\n\n"
     "5月28日、午前10時から約40分間、佐藤外務大臣は、外務省において、訪日中の陳立民広東省長と会談を行いました。\n"
     "1 佐藤大臣から、邦人の安全確保と日本企業の正常な経済活動の保障を求めました。\n"
     "2 両者は、地方間交流を一層推進していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-05-28", "n_events": 1},
     [{"date": "2024-05-28", "kind": "other", "city": "東京", "start_local": "10:00", "start_jst": "10:00",
       "duration_min": 40, "outcomes": [rq("JP"), AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("陳立民", "省長", "CN")]}]),
    ("佐藤外務大臣とルメール・パリ市長との会談\n令和5年11月14日\n\n"
     "11月14日、フランスを訪問中の佐藤外務大臣は、パリ市庁舎において、ルメール・パリ市長と会談を行いました。\n"
     "両者は、東京とパリの姉妹都市交流を更に発展させていくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-11-14", "n_events": 1},
     [{"date": "2023-11-14", "kind": "other", "city": "パリ", "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ルメール", "市長", "FR")]}]),
    ("田中内閣総理大臣とマクラウド英国スコットランド自治政府首相との会談\n令和7年2月18日\n\n"
     "2月18日、午後6時から約20分間、田中内閣総理大臣は、総理大臣官邸において、来日中のマクラウド英国スコットランド自治政府首相と会談を行いました。\n"
     "両者は、洋上風力発電分野での協力を推進していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-02-18", "n_events": 1},
     [{"date": "2025-02-18", "kind": "other", "city": "東京", "start_local": "18:00", "start_jst": "18:00",
       "duration_min": 20, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("マクラウド", "自治政府首相", "GB")]}]),
]

# --- 3. vague times and lengths --------------------------------------------------------------------------------------
VAGUE = [
    ("日・ノルウェー外相会談\n令和6年3月5日\n\n"
     "3月5日、正午から約1時間強、佐藤外務大臣は、飯倉公館において、来日中のハウゲン・ノルウェー外務大臣と昼食を兼ねて会談を行いました。\n"
     "両外相は、北極分野での協力を進めていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-03-05", "n_events": 1},
     [{"date": "2024-03-05", "kind": "foreign_ministers", "city": "東京", "start_local": "12:00", "start_jst": "12:00",
       "duration_min": 60, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ハウゲン", "外務大臣", "NO")]}]),
    ("日・エジプト首脳会談\n令和7年5月22日\n\n"
     "5月22日夕刻、カイロを訪問中の田中内閣総理大臣は、ファルーク・エジプト大統領と40分余り首脳会談を行いました。\n"
     "両首脳は、中東情勢の安定化に向けて緊密に連携していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-05-22", "n_events": 1},
     [{"date": "2025-05-22", "kind": "summit", "city": "カイロ", "start_local": None, "start_jst": None,
       "duration_min": 40, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ファルーク", "大統領", "EG")]}]),
    ("日・ポルトガル外相会談\n令和6年10月2日\n\n"
     "10月2日午前中、リスボンを訪問中の佐藤外務大臣は、ソアレス・ポルトガル外務大臣と外相会談を行いました。会談は1時間を超えるものとなりました。\n"
     "両外相は、海洋分野における協力を強化していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-10-02", "n_events": 1},
     [{"date": "2024-10-02", "kind": "foreign_ministers", "city": "リスボン", "start_local": None, "start_jst": None,
       "duration_min": 60, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ソアレス", "外務大臣", "PT")]}]),
    ("日・インドネシア首脳会談\n令和8年1月15日\n\n"
     "1月15日、午後7時から約2時間半にわたり、ジャカルタを訪問中の田中内閣総理大臣は、ハリム・インドネシア大統領と夕食を交えつつ首脳会談を行いました。\n"
     "1 両首脳は、海洋安全保障分野の協力を強化していくことで一致しました。\n"
     "2 田中総理から、ハリム大統領の訪日を招請しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-01-15", "n_events": 1},
     [{"date": "2026-01-15", "kind": "summit", "city": "ジャカルタ", "start_local": "19:00", "start_jst": None,
       "duration_min": 150, "outcomes": [AG, inv("JP")],
       "principals": [("田中", "総理大臣", "JP"), ("ハリム", "大統領", "ID")]}]),
    ("日・イスラエル外相電話会談\n令和5年10月12日\n\n"
     "10月12日深夜、佐藤外務大臣は、ベンダヴィド・イスラエル外務大臣と約15分間電話会談を行いました。\n"
     "1 佐藤大臣から、邦人の安全確保への協力を求めました。\n"
     "2 両外相は、引き続き緊密に意思疎通を行っていくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2023-10-12", "n_events": 1},
     [{"date": "2023-10-12", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": None,
       "start_jst": None, "duration_min": 15, "outcomes": [rq("JP"), AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ベンダヴィド", "外務大臣", "IL")]}]),
]

# --- 4. signing ceremonies on a talk's page -------------------------------------------------------------------------
SIGNING = [
    ("日・ウズベキスタン首脳会談\n令和6年12月10日\n\n"
     "12月10日、午後4時から約50分間、田中内閣総理大臣は、総理大臣官邸において、来日中のカリモフ・ウズベキスタン大統領と首脳会談を行いました。\n"
     "1 両首脳は、戦略的パートナーシップの下で重要鉱物分野の協力を強化していくことで一致しました。\n"
     "2 会談後、両首脳立会いの下、日・ウズベキスタン投資協定の改正議定書の署名式が行われました。\n",
     {"doc_type": "meeting", "doc_date": "2024-12-10", "n_events": 1},
     [{"date": "2024-12-10", "kind": "summit", "city": "東京", "start_local": "16:00", "start_jst": "16:00",
       "duration_min": 50, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("カリモフ", "大統領", "UZ")]}]),
    ("日・ラオス外相会談\n令和7年7月9日\n\n"
     "7月9日、午前10時から約30分間、佐藤外務大臣は、飯倉公館において、来日中のシンサワン・ラオス外務大臣と外相会談を行いました。\n"
     "1 両外相は、不発弾処理分野での協力を継続していくことを確認しました。\n"
     "2 会談に引き続き、両外相は、無償資金協力に関する交換公文の署名に立ち会いました。\n",
     {"doc_type": "meeting", "doc_date": "2025-07-09", "n_events": 1},
     [{"date": "2025-07-09", "kind": "foreign_ministers", "city": "東京", "start_local": "10:00", "start_jst": "10:00",
       "duration_min": 30, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("シンサワン", "外務大臣", "LA")]}]),
    ("日・モロッコ外相会談\n令和6年4月23日\n\n"
     "4月23日、ラバトを訪問中の佐藤外務大臣は、ベナニ・モロッコ外務大臣と会談を行いました。\n"
     "1 両外相は、再生可能エネルギー分野における協力に関する覚書に署名しました。\n"
     "2 両外相は、第2回日・モロッコ政策協議を来年東京で開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-04-23", "n_events": 1},
     [{"date": "2024-04-23", "kind": "foreign_ministers", "city": "ラバト", "outcomes": [AG],
       "planned": [("政策協議", "2025", "東京")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ベナニ", "外務大臣", "MA")]}]),
    ("日・カンボジア首脳会談\n令和5年12月16日\n\n"
     "12月16日、午後2時から約40分間、田中内閣総理大臣は、日ASEAN特別首脳会議出席のため来日中のソック・カンボジア首相と首脳会談を行いました。\n"
     "両首脳は、包括的戦略的パートナーシップに関する共同声明に署名するとともに、防衛装備・技術移転協定の交渉を開始することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-12-16", "n_events": 1},
     [{"date": "2023-12-16", "kind": "summit", "city": None, "start_local": "14:00", "start_jst": "14:00",
       "duration_min": 40, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ソック", "首相", "KH")]}]),
    ("日・ケニア外相会談及び円借款に関する交換公文の署名\n令和7年8月19日\n\n"
     "8月19日、午後3時から約35分間、佐藤外務大臣は、横浜において、TICAD9出席のため来日中のオティエノ・ケニア外務大臣と外相会談を行いました。\n"
     "1 佐藤大臣から、モンバサ港開発への日本の協力を説明し、両外相は、同事業を着実に進めていくことで一致しました。\n"
     "2 会談後、佐藤大臣とオティエノ大臣は、円借款に関する交換公文に署名しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-08-19", "n_events": 1},
     [{"date": "2025-08-19", "kind": "foreign_ministers", "city": "横浜", "start_local": "15:00", "start_jst": "15:00",
       "duration_min": 35, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("オティエノ", "外務大臣", "KE")]}]),
]

# --- 5. trilateral and quadrilateral meetings on the margins ---------------------------------------------------------
MULTI = [
    ("日米韓外相会合\n令和6年7月27日\n\n"
     "7月27日、午後5時から約50分間、ASEAN関連外相会議出席のためビエンチャンを訪問中の佐藤外務大臣は、ミラー米国国務長官及び韓明哲韓国外交部長官と日米韓外相会合を行いました。\n"
     "1 3外相は、北朝鮮の核・ミサイル開発に対し、日米韓で緊密に連携していくことで一致しました。\n"
     "2 3外相は、日米韓の協力を制度化していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-07-27", "n_events": 1},
     [{"date": "2024-07-27", "kind": "foreign_ministers", "city": "ビエンチャン", "start_local": "17:00", "start_jst": None,
       "duration_min": 50, "outcomes": [AG, AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ミラー", "国務長官", "US"), ("韓明哲", "外交部長官", "KR")]}]),
    ("日米豪印首脳会合\n令和7年9月24日\n\n"
     "9月24日、国連総会出席のためニューヨークを訪問中の田中内閣総理大臣は、ミラー米国大統領、アルバーン豪州首相及びシャルマ・インド首相と日米豪印首脳会合を行いました。\n"
     "1 4首脳は、自由で開かれたインド太平洋の実現に向けて日米豪印の協力を一層推進していくことで一致しました。\n"
     "2 4首脳は、次回の日米豪印首脳会合を来年インドで開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-09-24", "n_events": 1},
     [{"date": "2025-09-24", "kind": "summit", "city": "ニューヨーク", "outcomes": [AG, AG],
       "planned": [("日米豪印首脳会合", "2026", "インド")],
       "principals": [("田中", "総理大臣", "JP"), ("ミラー", "大統領", "US"), ("アルバーン", "首相", "AU"),
                      ("シャルマ", "首相", "IN")]}]),
    ("日中韓外相会議\n令和5年11月26日\n\n"
     "11月26日、午前10時から約1時間30分、佐藤外務大臣は、釜山において、王立新中国外交部長及び韓明哲韓国外交部長官と日中韓外相会議を行いました。\n"
     "1 3外相は、日中韓サミットを早期に開催するための準備を加速することで一致しました。\n"
     "2 佐藤大臣から、北朝鮮による日本人拉致問題の即時解決に向けた理解と協力を求めました。\n",
     {"doc_type": "meeting", "doc_date": "2023-11-26", "n_events": 1},
     [{"date": "2023-11-26", "kind": "foreign_ministers", "city": "釜山", "start_local": "10:00", "start_jst": None,
       "duration_min": 90, "outcomes": [AG, rq("JP")],
       "principals": [("佐藤", "外務大臣", "JP"), ("王立新", "外交部長", "CN"), ("韓明哲", "外交部長官", "KR")]}]),
    ("日米比首脳会談\n令和6年4月11日\n\n"
     "4月11日、午後4時から約1時間、ワシントンを訪問中の田中内閣総理大臣は、ミラー米国大統領及びサントス・フィリピン大統領と日米比首脳会談を行いました。\n"
     "3首脳は、南シナ海における力による一方的な現状変更の試みに強く反対することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-04-11", "n_events": 1},
     [{"date": "2024-04-11", "kind": "summit", "city": "ワシントン", "start_local": "16:00", "start_jst": None,
       "duration_min": 60, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ミラー", "大統領", "US"), ("サントス", "大統領", "PH")]}]),
    ("日米韓首脳電話会談\n令和7年8月2日\n\n"
     "8月2日、午前9時から約30分間、田中内閣総理大臣は、ミラー米国大統領及び崔正浩韓国大統領と日米韓首脳電話会談を行いました。\n"
     "3首脳は、北朝鮮の弾道ミサイル発射を強く非難し、安保理決議の完全な履行に向けて連携していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-08-02", "n_events": 1},
     [{"date": "2025-08-02", "kind": "summit", "channel": "telephone", "city": None, "start_local": "09:00",
       "start_jst": "09:00", "duration_min": 30, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ミラー", "大統領", "US"), ("崔正浩", "大統領", "KR")]}]),
]
# --- 6. a summit page in the newest style: numbered subsections, two cues in a sentence --------------------------------
NEWSTYLE = [
    ("日・ベトナム首脳会談\n令和7年4月28日\n\n"
     "4月28日、午後5時から約1時間10分、ハノイを訪問中の田中内閣総理大臣は、グエン・ベトナム首相と首脳会談を行いました。概要は以下のとおりです。\n"
     "1 冒頭\n"
     "田中総理から、温かい歓迎に謝意を述べました。グエン首相から、田中総理の訪問を歓迎する旨述べました。\n"
     "2 二国間関係\n"
     "(1) 政治・安全保障\n"
     "両首脳は、包括的戦略的パートナーシップの格上げから1年が経過したことを歓迎し、安全保障分野の協力を一層強化していくことで一致しました。\n"
     "(2) 経済\n"
     "田中総理から、日本企業の投資環境の一層の改善を求めました。両首脳は、南北高速鉄道計画への協力の可能性について協議を続けることで一致しました。\n"
     "3 地域情勢\n"
     "両首脳は、南シナ海をめぐる問題について意見交換を行い、法の支配の重要性を確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-04-28", "n_events": 1},
     [{"date": "2025-04-28", "kind": "summit", "city": "ハノイ", "start_local": "17:00", "start_jst": None,
       "duration_min": 70, "outcomes": [AG, rq("JP"), AG, AG],
       "principals": [("田中", "総理大臣", "JP"), ("グエン", "首相", "VN")]}]),
    ("日・フランス首脳会談\n令和6年5月2日\n\n"
     "5月2日、午後6時30分から約1時間、パリを訪問中の田中内閣総理大臣は、ルフェーヴル・フランス大統領と首脳会談を行い、その後夕食会を行いました。\n"
     "1 冒頭\n"
     "ルフェーヴル大統領から、田中総理の訪仏を歓迎しました。\n"
     "2 二国間関係\n"
     "(1) 両首脳は、日仏の「特別なパートナーシップ」の下での協力の進展を確認し、次期日仏外務・防衛閣僚会合を本年中に東京で開催することで一致しました。\n"
     "(2) 田中総理から、原子力分野での協力の進展に期待を表明しました。\n"
     "3 国際情勢\n"
     "両首脳は、ウクライナ情勢について意見交換を行い、G7の結束が重要であることを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-05-02", "n_events": 1},
     [{"date": "2024-05-02", "kind": "summit", "city": "パリ", "start_local": "18:30", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, AG], "planned": [("外務・防衛閣僚会合", "2024", "東京")],
       "principals": [("田中", "総理大臣", "JP"), ("ルフェーヴル", "大統領", "FR")]}]),
    ("日・ブラジル首脳会談\n令和7年3月26日\n\n"
     "3月26日、午前11時から約1時間、田中内閣総理大臣は、総理大臣官邸において、国賓として来日中のシルヴェイラ・ブラジル大統領と首脳会談を行いました。\n"
     "1 冒頭\n"
     "田中総理から、外交関係樹立130周年の節目における大統領の国賓訪日を歓迎しました。\n"
     "2 二国間関係\n"
     "(1) 両首脳は、日伯戦略的グローバル・パートナーシップの強化を歓迎し、両国間の経済関係を一層拡大していくことで一致しました。\n"
     "(2) シルヴェイラ大統領から、日本の対ブラジル投資の拡大を求めました。\n"
     "(3) 田中総理から、日系社会の役割への期待を述べ、シルヴェイラ大統領はこれを支持しました。\n"
     "3 多国間協力\n"
     "両首脳は、COP30の成功に向けて協力していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-03-26", "n_events": 1},
     [{"date": "2025-03-26", "kind": "summit", "city": "東京", "start_local": "11:00", "start_jst": "11:00",
       "duration_min": 60, "outcomes": [AG, rq("BR"), AG, AG],
       "principals": [("田中", "総理大臣", "JP"), ("シルヴェイラ", "大統領", "BR")]}]),
    ("日・タイ首脳会談\n令和8年2月9日\n\n"
     "2月9日、午後3時から約45分間、バンコクを訪問中の田中内閣総理大臣は、チャイワット・タイ首相と首脳会談を行いました。\n"
     "1 冒頭\n"
     "両首脳は、外交関係樹立140周年を迎えた両国関係の発展を歓迎しました。\n"
     "2 二国間関係\n"
     "(1) 政治・安全保障\n"
     "両首脳は、防衛装備品・技術移転協定の署名を歓迎し、安全保障分野の協力を深化させることで一致しました。\n"
     "(2) 経済\n"
     "田中総理から、タイ東部経済回廊での日本企業の活動への支援を求め、チャイワット首相はこれを歓迎しました。\n"
     "3 地域情勢\n"
     "田中総理から、ミャンマー情勢の改善に向けたタイの取組への期待を表明しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-02-09", "n_events": 1},
     [{"date": "2026-02-09", "kind": "summit", "city": "バンコク", "start_local": "15:00", "start_jst": None,
       "duration_min": 45, "outcomes": [AG, rq("JP")],
       "principals": [("田中", "総理大臣", "JP"), ("チャイワット", "首相", "TH")]}]),
]
# --- stress: written after the rows above (at b32d274), harder forms of the same families -------------------------------
STRESS = [
    ("田中内閣総理大臣とモラレス・グアテマラ大統領選挙当選者との会談\n令和7年12月4日\n\n"
     "12月4日、午後4時から約20分間、田中内閣総理大臣は、総理大臣官邸において、来日中のモラレス・グアテマラ大統領選挙当選者と会談を行いました。\n"
     "両者は、両国間の協力を一層強化していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-12-04", "n_events": 1},
     [{"date": "2025-12-04", "kind": "other", "city": "東京", "start_local": "16:00", "start_jst": "16:00",
       "duration_min": 20, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("モラレス", "大統領選挙当選者", "GT")]}]),
    ("日・タイ首脳電話会談\n令和6年8月20日\n\n"
     "8月20日、午後7時から約15分間、田中内閣総理大臣は、ウォンサワット・タイ首相代行と電話会談を行いました。\n"
     "両者は、両国の戦略的パートナーシップを一層強化していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2024-08-20", "n_events": 1},
     [{"date": "2024-08-20", "kind": "summit", "channel": "telephone", "city": None, "start_local": "19:00",
       "start_jst": "19:00", "duration_min": 15, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ウォンサワット", "首相代行", "TH")]}]),
    ("米国ワシントン州知事による佐藤外務大臣表敬\n令和6年10月15日\n\n"
     "10月15日、午前11時から約20分間、佐藤外務大臣は、米国ワシントン州のハリス知事による表敬を受けました。\n"
     "1 佐藤大臣から、同州と日本との経済関係の強化を歓迎しました。\n"
     "2 両者は、航空宇宙分野での協力を進めていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-10-15", "n_events": 1},
     [{"date": "2024-10-15", "kind": "other", "city": None, "start_local": "11:00", "start_jst": "11:00",
       "duration_min": 20, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ハリス", "知事", "US")]}]),
    ("日・オーストリア外相会談\n令和5年9月8日\n\n"
     "9月8日夕刻、ウィーンを訪問中の佐藤外務大臣は、ホフマン・オーストリア欧州・国際問題大臣と約1時間半にわたり会談を行いました。\n"
     "両外相は、エネルギー安全保障分野での協力を進めていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-09-08", "n_events": 1},
     [{"date": "2023-09-08", "kind": "foreign_ministers", "city": "ウィーン", "start_local": None, "start_jst": None,
       "duration_min": 90, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ホフマン", "欧州・国際問題大臣", "AT")]}]),
    ("日・フィリピン首脳会談\n令和7年11月6日\n\n"
     "11月6日、午後5時から約1時間、マニラを訪問中の田中内閣総理大臣は、サントス・フィリピン大統領と首脳会談を行いました。\n"
     "1 両首脳は、日比円滑化協定の発効を歓迎し、防衛協力を一層強化していくことで一致しました。\n"
     "2 会談後、両首脳は、政府安全保障能力強化支援に関する交換公文の署名式に立ち会いました。\n"
     "3 両首脳は、来年東京で日比外務・防衛閣僚会合を開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-11-06", "n_events": 1},
     [{"date": "2025-11-06", "kind": "summit", "city": "マニラ", "start_local": "17:00", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, AG], "planned": [("外務・防衛閣僚会合", "2026", "東京")],
       "principals": [("田中", "総理大臣", "JP"), ("サントス", "大統領", "PH")]}]),
    ("日米豪印外相会合\n令和8年7月1日\n\n"
     "7月1日、午前10時から約1時間40分、佐藤外務大臣は、飯倉公館において、ミラー米国国務長官、ウォン豪州外務大臣及びクマール・インド外務大臣と日米豪印外相会合を行いました。\n"
     "1 4外相は、海洋安全保障における協力を強化していくことで一致しました。\n"
     "2 4外相は、次回の日米豪印外相会合を来年インドで開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-07-01", "n_events": 1},
     [{"date": "2026-07-01", "kind": "foreign_ministers", "city": "東京", "start_local": "10:00", "start_jst": "10:00",
       "duration_min": 100, "outcomes": [AG, AG], "planned": [("日米豪印外相会合", "2027", "インド")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ミラー", "国務長官", "US"), ("ウォン", "外務大臣", "AU"),
                      ("クマール", "外務大臣", "IN")]}]),
    ("日・ドイツ首脳会談\n令和7年6月3日\n\n"
     "6月3日、午後6時から約1時間10分、田中内閣総理大臣は、総理大臣官邸において、来日中のクラウゼ・ドイツ連邦首相と首脳会談を行いました。\n"
     "1 冒頭\n"
     "クラウゼ首相から、訪日への歓迎に謝意が述べられました。\n"
     "2 二国間関係\n"
     "(1) 両首脳は、日独の安全保障協力の進展を歓迎し、情報保護協定の下での連携を確認しました。\n"
     "(2) 田中総理から、ドイツ企業による対日投資への期待を表明し、更なる投資を求めました。\n"
     "3 国際情勢\n"
     "両首脳は、インド太平洋と欧州大西洋の安全保障は不可分であることを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-06-03", "n_events": 1},
     [{"date": "2025-06-03", "kind": "summit", "city": "東京", "start_local": "18:00", "start_jst": "18:00",
       "duration_min": 70, "outcomes": [AG, rq("JP"), AG],
       "principals": [("田中", "総理大臣", "JP"), ("クラウゼ", "連邦首相", "DE")]}]),
    ("佐藤外務大臣とノヴァーク・チェコ副首相兼産業貿易大臣との会談\n令和6年3月12日\n\n"
     "3月12日、午後2時30分から約30分間、佐藤外務大臣は、飯倉公館において、来日中のノヴァーク・チェコ副首相兼産業貿易大臣と会談を行いました。\n"
     "両者は、原子力分野を含むエネルギー協力を進めていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-03-12", "n_events": 1},
     [{"date": "2024-03-12", "kind": "other_ministerial", "city": "東京", "start_local": "14:30", "start_jst": "14:30",
       "duration_min": 30, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ノヴァーク", "副首相兼産業貿易大臣", "CZ")]}]),
]
# fmt: on

SETS = {"status": STATUS, "subnat": SUBNAT, "vague": VAGUE, "signing": SIGNING, "multi": MULTI,
        "newstyle": NEWSTYLE, "stress": STRESS}


# first sight (h-gen13 at 8fb8e40, before any code or row of this round): {set: {family: (found, expected, fp)}}
# fmt: off
FIRST_SIGHT: dict[str, dict[str, tuple[int, int, int]]] = {
    "status": {"outcomes": (11, 11, 0), "date": (7, 7, 0), "kind": (6, 7, 0), "channel": (1, 1, 0), "city": (7, 7, 0),
               "principals": (12, 14, 0), "duration_min": (7, 7, 0), "start_local": (7, 7, 0), "start_jst": (7, 7, 0),
               "doc_type": (7, 7, 0), "doc_date": (7, 7, 0), "n_events": (7, 7, 0)},
    "subnat": {"outcomes": (7, 7, 0), "date": (5, 5, 0), "kind": (4, 5, 0), "city": (5, 5, 0), "principals": (8, 10, 1),
               "duration_min": (4, 4, 0), "start_local": (4, 4, 0), "start_jst": (3, 4, 0), "doc_type": (5, 5, 0),
               "doc_date": (5, 5, 0), "n_events": (5, 5, 0)},
    "vague": {"outcomes": (7, 7, 0), "date": (5, 5, 0), "kind": (5, 5, 0), "channel": (1, 1, 0), "city": (5, 5, 0),
              "principals": (10, 10, 0), "duration_min": (5, 5, 0), "start_local": (5, 5, 0), "start_jst": (5, 5, 0),
              "doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "n_events": (5, 5, 0)},
    "signing": {"outcomes": (5, 5, 0), "planned": (1, 1, 0), "plan_place": (1, 1, 0), "date": (5, 5, 0), "kind": (5, 5, 0),
                "city": (5, 5, 0), "principals": (10, 10, 0), "duration_min": (4, 4, 0), "start_local": (4, 4, 0),
                "start_jst": (4, 4, 0), "doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "n_events": (5, 5, 0)},
    "multi": {"outcomes": (8, 8, 0), "planned": (1, 1, 0), "plan_place": (1, 1, 0), "date": (5, 5, 0), "kind": (5, 5, 0),
              "channel": (1, 1, 0), "city": (5, 5, 0), "principals": (16, 16, 0), "duration_min": (4, 4, 0),
              "start_local": (4, 4, 0), "start_jst": (4, 4, 0), "doc_type": (5, 5, 0), "doc_date": (5, 5, 0),
              "n_events": (5, 5, 0)},
    "newstyle": {"outcomes": (11, 12, 0), "planned": (1, 1, 0), "plan_place": (1, 1, 0), "date": (4, 4, 0), "kind": (4, 4, 0),
                 "city": (4, 4, 0), "principals": (8, 8, 0), "duration_min": (4, 4, 0), "start_local": (4, 4, 0),
                 "start_jst": (4, 4, 0), "doc_type": (4, 4, 0), "doc_date": (4, 4, 0), "n_events": (4, 4, 0)},
    # written after this round's rows (at b32d274), first sight with them
    "stress": {"outcomes": (12, 12, 0), "planned": (2, 2, 0), "plan_place": (2, 2, 0), "date": (8, 8, 0), "kind": (7, 8, 0),
               "channel": (1, 1, 0), "city": (8, 8, 0), "principals": (18, 18, 0), "duration_min": (8, 8, 0),
               "start_local": (8, 8, 0), "start_jst": (8, 8, 0), "doc_type": (8, 8, 0), "doc_date": (8, 8, 0),
               "n_events": (8, 8, 0)},
}
# floors asserted: {set: {family: (found at least, false positives at most)}}: after this round every family is exact
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    name: {family: (expected, 0) for family, (_found, expected, _fp) in tally.items()} for name, tally in FIRST_SIGHT.items()
}
# fmt: on


PROBE = Probe(FIRST_SIGHT, FLOORS, lambda name: score(SETS[name])[0])
probe_sets, test_family_floor = PROBE.probe_sets, PROBE.floor_test()


def test_probe_size():
    assert all(4 <= len(pages) <= 15 for pages in SETS.values())
    assert sum(len(pages) for pages in SETS.values()) >= 25


if __name__ == "__main__":
    import sys

    print_report(SETS, sys.argv[1:])
