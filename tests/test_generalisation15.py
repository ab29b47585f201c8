"""Generalisation probe 15: consultations, parliamentarians, multilateral margins, the old site and visitors' releases.

Every page below was written for this probe in the ministry's style, its text my own (the real pages were read for
their style only), in five sets of families earlier probes covered thinly or not at all: (1) working-level and
vice-ministerial consultations (外務省間協議, 政策対話, 次官級戦略対話, 局長級協議, 政務協議 by video, 2+2 with four
ministers) whose delegations are named in a sentence (日本側から…局長が、先方から…次官が出席しました); (2) courtesy calls
on and by parliamentarians and party officers (下院議長, 幹事長, 党首, 衆議院議長 abroad, 参議院議員, 上院外交委員長);
(3) several bilateral talks on one page on the margins of a gathering (ASEAN関連首脳会議, 国連総会, APEC, G20外相会合,
ARF), each under its heading or clause, with 現地時間 and the city from the lead's visit (ラオスのヴィエンチャン); (4)
old-site pages of the 1990s-2000s (平成 dates, 会談を行ったところ、概要以下のとおり, 1.(1)(イ), heading and date on one
line, table residue | 日時 | … |, ヴィエトナム, 次回協議は本年秋に…開催することとなった); (5) press releases of foreign
leaders' visits (…首相の来日(令和7年10月6日~9日) over the release's date, programme lines of a visit's results,
a state visit with 歓迎式典, 宮中晩餐, 署名式 and a minister's 表敬).

My reading of the record format, the real README and the earlier probes, stated before the first sight: a
consultation's principals are the heads of the delegations the page names (日本側から / 先方から / X側からは …が出席),
kind ``vice_ministerial`` for officials (外務審議官, 事務次官, 局長, 部長), ``two_plus_two`` for both sides' foreign
and defence ministers; the role the title as written (外務国際協力省次官 holds 次官). A speaker, a party officer or a
member of parliament with a Japanese minister or prime minister (or Japan's speaker with a foreign prime minister) is
``other``, the role the office (下院議長, 幹事長 with its party, 衆議院議長, 参議院議員). A call received with no venue has
no city (probe 13), but its time is Japan's. On a page of several talks on one gathering's margins, each talk is an
event with its own counterpart only, dated by its own day or the lead's (…は、9月24日(現地時間)、以下の外相会談を…),
the city the lead's. A lead that only tells the talks below it is no talk of its own. Old-site pages: 来日中 gives
no city (only a venue in Tokyo does), a table's 午前10時~午後5時 a length, 交流年 of next year a plan (probe 14), 第2
フェーズを立ち上げる the initiative's plan. A release announcing a visit is ``other`` with one event per announced talk
dated with the stay (probe 9); the page's date is its date line, never the stay in the heading's brackets; the
Emperor's 御会見, 歓迎式典 and 宮中晩餐 are no talks; a minister's 表敬 on the visitor is (``other``). Two expectations
were set again on re-reading probe 13's conventions before the figures below were taken (the city of two calls received
with no venue: none), none after. Scored with tests/test_generalisation3.py's ``score``.

    set (pages)        family        first sight (f5dd6fe)   after this round     (found / expected, false positives)
    consult (6)        every family exact at first sight (82 / 82: delegations in a sentence, 2+2 of four, video)
    parl (6)           principals   12 / 14                  14 / 14   (…モンゴル人民党幹事長, …社会民主党(SPD)党首: a
                       outcomes      6 /  7, 1                7 /  7    party's officers, roles.end.kanjicho / toshu; the
                                                                        invitation by MN once 幹事長 is the counterpart)
    multi (5)          principals   17 / 22, 8               22 / 22   (each talk under its heading took the page's other
                                                                        leaders: a talk held with one side's leader takes
                                                                        no other side's, meetings._fill_principals;
                                                                        二国間外相会談 read 二国間 as a name:
                                                                        roles.not_name_part.nikokukan)
                       date          7 / 11                  11 / 11   (…は、9月24日、以下の外相会談を行いました: the talks
                                                                        listed take the lead's day, talks.list_lead.ika_talks)
                       n_events      4 /  5                   5 /  5   (the ARF page: 1.日韓外相会談(7月30日午後) over
                       kind          9 / 11                  11 / 11    田村大臣と金英浩長官は、…一致した: a numbered part's
                       city         10 / 11                  11 / 11    heading names its talk (its text after the number,
                       outcomes     10 / 11, 1               11 / 11    the pair its side: meetings._programme_items), its
                                                                        sentences its people (meetings._part_counterpart),
                                                                        the lead telling them none of its own
                                                                        (meetings._drop_programme_lead)
    old (6)            planned       2 /  4                   4 /  4   (来年の日本・ポーランド交流年の実施に向け協力: an exchange
                                                                        year unquoted, plans.noun.kouryuunen and
                                                                        plans.preparing.kyouryoku; 日越共同イニシアティブの第2
                                                                        フェーズを立ち上げる: plans.noun.initiative)
                       principals   11 / 12                  12 / 12   (ヴィエトナム: the old site's spelling, countries.py)
    visit (5)          doc_date      4 /  5                   5 /  5   (…首相の来日(令和7年10月6日~9日) over 令和7年10月1日:
                                                                        the stay in the heading's brackets gives way to the
                                                                        date line below, document._bracketed_span)
    (378 / 399 facts in all at first sight (0.947), 10 false positives; after: 399 / 399, 0)
    stress (6)         written after the rows above (at c78b1f3), first sight with them: 79 / 80 (0.988), 1 false positive —
                       both misses my expectations, set again after the first run to the earlier probes' conventions:
                       …後押ししてほしい旨述べました is a request (probe 2, outcomes.request.hoshii), a テレビ会談 page is a
                       meeting (probe 9); with them every family exact (81 / 81): 外務・防衛閣僚会合 abroad, NZ側から,
                       a Korean speaker's kanji name with its reading, parts 1 日・カナダ外相会談(4月18日(現地時間)午前),
                       先方の要請により, a state visit's release with ヴィエトナム and an initiative planned
    stress2 (5)        written after stress (same code), first sight: 66 / 66, 0 false positives (外務省間協議(局長級) with
                       …が出席 and 次回協議は…開催される予定, (1)日中外相会談(7月27日) over (イ)/(ロ), 参議院議長 abroad,
                       a call at 午後9時15分 by 先方の要請, a 立ち話 with a king on APEC's margins)

real 0.979, seeds 0.995, devset 1.000 before and after, the real, seeds and devset records identical to main's.
Floors: every family exact, no false positive.

``python tests/test_generalisation15.py [set] [-v]`` prints the table per family and every miss.
"""

from __future__ import annotations

from tests.test_generalisation2 import AG
from tests.test_generalisation3 import Probe, inv, print_report, rq, score
from tests.test_generalisation14 import pr

# fmt: off
# --- 1. working-level and vice-ministerial consultations, 2+2, with the delegations named in a sentence --------------
CONSULT = [
    ("第5回日・インドネシア外務省間協議の開催\n令和6年11月12日\n\n"
     "11月12日、東京において、第5回日・インドネシア外務省間協議が開催されました。本協議には、日本側から岡本外務審議官(政務)が、インドネシア側からスギアルト外務次官が出席しました。\n"
     "1 双方は、本年の日・インドネシア包括的戦略的パートナーシップの進展を確認しました。\n"
     "2 岡本外務審議官から、インドネシアにおける日本企業の事業環境の改善を求めました。\n"
     "3 双方は、次回協議を来年ジャカルタで開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-11-12", "n_events": 1},
     [{"date": "2024-11-12", "kind": "vice_ministerial", "city": "東京", "outcomes": [AG, rq("JP"), AG],
       "planned": [("協議", "2025", "ジャカルタ")],
       "principals": [("岡本", "外務審議官", "JP"), ("スギアルト", "外務次官", "ID")]}]),
    ("第11回日豪外務・防衛閣僚協議(「2+2」)\n令和7年10月3日\n\n"
     "10月3日、午後3時30分から約1時間30分、佐藤外務大臣及び木村防衛大臣は、飯倉公館において、来日中のハミルトン・オーストラリア外務大臣及びクーパー・オーストラリア国防大臣との間で、第11回日豪外務・防衛閣僚協議(「2+2」)を行いました。\n"
     "1 4閣僚は、日豪の「特別な戦略的パートナーシップ」の下で安全保障・防衛協力を一層深化させていくことで一致しました。\n"
     "2 4閣僚は、自衛隊と豪州国防軍の共同訓練を来年前半に豪州北部で実施することを確認しました。\n"
     "3 日本側から、東シナ海及び南シナ海における力による一方的な現状変更の試みに強く反対する旨述べ、豪州側もこれに賛同しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-10-03", "n_events": 1},
     [{"date": "2025-10-03", "kind": "two_plus_two", "city": "東京", "start_local": "15:30", "start_jst": "15:30",
       "duration_min": 90, "outcomes": [AG, AG, AG], "planned": [("共同訓練", "2026")],
       "principals": [("佐藤", "外務大臣", "JP"), ("木村", "防衛大臣", "JP"), ("ハミルトン", "外務大臣", "AU"),
                      ("クーパー", "国防大臣", "AU")]}]),
    ("第3回日・カンボジア政策対話\n令和5年2月20日\n\n"
     "2月20日、プノンペンにおいて、第3回日・カンボジア政策対話が開催されました。日本側からは小野南部アジア部長が、カンボジア側からはソック外務国際協力省次官が出席し、二国間関係、地域情勢等について意見交換を行いました。\n"
     "1 双方は、来年の日・カンボジア外交関係樹立70周年に向けて交流事業を実施していくことを確認しました。\n"
     "2 小野部長から、地雷除去分野での協力を引き続き推進していく旨述べました。\n",
     {"doc_type": "meeting", "doc_date": "2023-02-20", "n_events": 1},
     [{"date": "2023-02-20", "kind": "vice_ministerial", "city": "プノンペン", "outcomes": [AG],
       "principals": [("小野", "南部アジア部長", "JP"), ("ソック", "次官", "KH")]}]),
    ("第2回日・トルコ次官級戦略対話\n令和6年6月18日\n\n"
     "6月18日、午前10時から約2時間、アンカラにおいて、第2回日・トルコ次官級戦略対話が行われました。本対話には、日本側から山本外務事務次官が、トルコ側からユルマズ外務次官が出席しました。\n"
     "1 双方は、両国の戦略的パートナーシップを一層強化していくことで一致しました。\n"
     "2 山本次官から、シリア情勢の安定に向けたトルコの役割に期待を表明しました。\n"
     "3 双方は、次回の対話を来年東京で開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-06-18", "n_events": 1},
     [{"date": "2024-06-18", "kind": "vice_ministerial", "city": "アンカラ", "start_local": "10:00", "start_jst": None,
       "duration_min": 120, "outcomes": [AG, AG], "planned": [("対話", "2025", "東京")],
       "principals": [("山本", "外務事務次官", "JP"), ("ユルマズ", "外務次官", "TR")]}]),
    ("日韓局長級協議\n令和7年10月3日\n\n"
     "10月3日、午後2時から約2時間30分、ソウルを訪問中の金子アジア大洋州局長は、朴正浩韓国外交部アジア太平洋局長と日韓局長級協議を行いました。\n"
     "1 金子局長から、竹島周辺海域における韓国側の海洋調査について抗議しました。\n"
     "2 金子局長から、旧朝鮮半島出身労働者問題について、韓国側が責任をもって対応するよう改めて求めました。\n"
     "3 両局長は、北朝鮮問題に関し、日韓、日韓米で緊密に連携していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-10-03", "n_events": 1},
     [{"date": "2025-10-03", "kind": "vice_ministerial", "city": "ソウル", "start_local": "14:00", "start_jst": None,
       "duration_min": 150, "outcomes": [pr("JP"), rq("JP"), AG],
       "principals": [("金子", "アジア大洋州局長", "JP"), ("朴正浩", "アジア太平洋局長", "KR")]}]),
    ("日・ブラジル外務省間政務協議(テレビ会議形式)\n令和4年3月9日\n\n"
     "3月9日、午前8時から約1時間30分、日・ブラジル外務省間政務協議がテレビ会議形式で行われました。日本側からは中村中南米局長、ブラジル側からはコスタ外務省アジア太平洋局長が出席しました。\n"
     "1 中村局長から、国連安保理改革における協力を求め、コスタ局長はこれに賛同しました。\n"
     "2 双方は、本年の日系移民の節目を記念する事業について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2022-03-09", "n_events": 1},
     [{"date": "2022-03-09", "kind": "vice_ministerial", "channel": "video", "city": None, "start_local": "08:00",
       "start_jst": "08:00", "duration_min": 90, "outcomes": [rq("JP"), AG],
       "principals": [("中村", "中南米局長", "JP"), ("コスタ", "アジア太平洋局長", "BR")]}]),
]

# --- 2. courtesy calls on and by parliamentarians, speakers and party leaders -----------------------------------------
PARL = [
    ("ルイス・ブラジル下院議長による田中内閣総理大臣表敬\n令和7年6月3日\n\n"
     "6月3日、午後5時から約20分間、田中内閣総理大臣は、来日中のルイス・ブラジル下院議長による表敬を受けました。\n"
     "1 田中総理から、議会間交流が両国関係の基盤である旨述べました。\n"
     "2 ルイス議長から、日系社会への日本の支援に謝意が表明されました。\n"
     "3 両者は、議員交流を一層促進していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-06-03", "n_events": 1},
     [{"date": "2025-06-03", "kind": "other", "city": None, "start_local": "17:00", "start_jst": "17:00",
       "duration_min": 20, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ルイス", "下院議長", "BR")]}]),
    ("佐藤外務大臣とバトボルド・モンゴル人民党幹事長との会談\n令和6年9月10日\n\n"
     "9月10日、午前11時15分から約30分間、佐藤外務大臣は、外務省において、来日中のバトボルド・モンゴル人民党幹事長と会談を行いました。\n"
     "1 佐藤大臣から、本年の両国の外交関係樹立の節目を歓迎する旨述べました。\n"
     "2 バトボルド幹事長から、佐藤大臣のモンゴル訪問を招待しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-09-10", "n_events": 1},
     [{"date": "2024-09-10", "kind": "other", "start_local": "11:15", "start_jst": "11:15",
       "duration_min": 30, "outcomes": [inv("MN")],
       "principals": [("佐藤", "外務大臣", "JP"), ("バトボルド", "幹事長", "MN")]}]),
    ("森衆議院議長の英国訪問\n令和6年9月6日\n\n"
     "1 9月5日、ロンドンを訪問中の森衆議院議長は、ハーパー英国首相を表敬しました。両者は、日英の議会間の交流を一層強化していくことで一致しました。\n"
     "2 続いて、森議長は、ウォード英国下院議長と会談しました。\n"
     "3 9月6日、森議長は、エディンバラを訪問し、日本企業の関係者と意見交換を行いました。\n",
     {"doc_type": "visit", "doc_date": "2024-09-06", "n_events": 2},
     [{"date": "2024-09-05", "kind": "other", "city": "ロンドン", "outcomes": [AG],
       "principals": [("森", "衆議院議長", "JP"), ("ハーパー", "首相", "GB")]},
      {"date": "2024-09-05", "kind": "other", "city": "ロンドン",
       "principals": [("森", "衆議院議長", "JP"), ("ウォード", "下院議長", "GB")]}]),
    ("佐藤外務大臣とシュミット・ドイツ社会民主党党首との会談\n令和7年4月22日\n\n"
     "4月22日、午後6時から約45分間、佐藤外務大臣は、飯倉公館において、来日中のシュミット・ドイツ社会民主党(SPD)党首と夕食を交えて会談を行いました。\n"
     "1 両者は、日独が普遍的価値を共有する重要なパートナーであることを確認しました。\n"
     "2 佐藤大臣から、北朝鮮による拉致問題の早期解決に向けた理解と協力を求めました。\n",
     {"doc_type": "meeting", "doc_date": "2025-04-22", "n_events": 1},
     [{"date": "2025-04-22", "kind": "other", "city": "東京", "start_local": "18:00", "start_jst": "18:00",
       "duration_min": 45, "outcomes": [AG, rq("JP")],
       "principals": [("佐藤", "外務大臣", "JP"), ("シュミット", "党首", "DE")]}]),
    ("中川参議院議員とアフマド・インドネシア国会副議長との会談\n令和5年11月8日\n\n"
     "11月8日、ジャカルタを訪問中の中川参議院議員(日・インドネシア友好議員連盟幹事長)は、アフマド・インドネシア国会副議長と会談しました。\n"
     "両者は、来年の日・インドネシア国交樹立の節目に向けて議会間交流を拡大していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-11-08", "n_events": 1},
     [{"date": "2023-11-08", "kind": "other", "city": "ジャカルタ", "outcomes": [AG],
       "principals": [("中川", "参議院議員", "JP"), ("アフマド", "国会副議長", "ID")]}]),
    ("ベネット米国連邦議会上院外交委員長による佐藤外務大臣表敬\n令和8年1月15日\n\n"
     "1月15日、午後4時から約25分間、佐藤外務大臣は、来日中のベネット米国連邦議会上院外交委員長による表敬を受けました。\n"
     "1 佐藤大臣から、日米同盟の抑止力・対処力の強化に向けた米議会の支持に謝意を述べました。\n"
     "2 ベネット委員長から、日本の防衛力強化の取組を支持する旨述べました。\n"
     "3 両者は、日米同盟を一層強化していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-01-15", "n_events": 1},
     [{"date": "2026-01-15", "kind": "other", "city": None, "start_local": "16:00", "start_jst": "16:00",
       "duration_min": 25, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ベネット", "上院外交委員長", "US")]}]),
]

# --- 3. several bilateral talks on the margins of one gathering, the city from the occasion, 現地時間 ------------------
MULTI = [
    ("ASEAN関連首脳会議の機会における日・ラオス首脳会談及び日・タイ首脳会談\n令和6年10月10日\n\n"
     "10月10日(現地時間)、ASEAN関連首脳会議出席のためラオスのヴィエンチャンを訪問中の田中内閣総理大臣は、以下のとおり首脳会談を行いました。\n"
     "1 日・ラオス首脳会談\n"
     "午前9時から約20分間、ソンサイ・ラオス首相と首脳会談を行いました。田中総理から、ASEAN議長国としてのラオスの取組を支持する旨述べ、両首脳は、不発弾処理分野での協力を継続していくことで一致しました。\n"
     "2 日・タイ首脳会談\n"
     "午前10時から約25分間、チャイワット・タイ首相と首脳会談を行いました。両首脳は、日タイ経済連携協定の一層の活用を図ることを確認しました。チャイワット首相から、田中総理のタイ訪問を招待しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-10-10", "n_events": 2},
     [{"date": "2024-10-10", "kind": "summit", "city": "ヴィエンチャン", "start_local": "09:00", "start_jst": None,
       "duration_min": 20, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ソンサイ", "首相", "LA")]},
      {"date": "2024-10-10", "kind": "summit", "city": "ヴィエンチャン", "start_local": "10:00", "start_jst": None,
       "duration_min": 25, "outcomes": [AG, inv("TH")],
       "principals": [("田中", "総理大臣", "JP"), ("チャイワット", "首相", "TH")]}]),
    ("国連総会の機会における二国間外相会談\n令和7年9月25日\n\n"
     "国連総会ハイレベルウィーク出席のためニューヨークを訪問中の佐藤外務大臣は、9月24日(現地時間)、以下の外相会談を行いました。\n"
     "(1) 日・エジプト外相会談\n"
     "午前10時30分から約30分間、ハリール・エジプト外務大臣と外相会談を行いました。両外相は、ガザ情勢の沈静化に向けて緊密に連携していくことで一致しました。\n"
     "(2) 日・ヨルダン外相会談\n"
     "午後1時から約20分間、サーレハ・ヨルダン副首相兼外務大臣と外相会談を行いました。佐藤大臣から、人道状況の改善に向けたヨルダンの役割に謝意を表明しました。\n"
     "(3) 日・ウルグアイ外相会談\n"
     "午後4時15分から約20分間、フェルナンデス・ウルグアイ外務大臣と外相会談を行いました。両外相は、来年東京で日・ウルグアイ外相会談を開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-09-25", "n_events": 3},
     [{"date": "2025-09-24", "kind": "foreign_ministers", "city": "ニューヨーク", "start_local": "10:30", "start_jst": None,
       "duration_min": 30, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ハリール", "外務大臣", "EG")]},
      {"date": "2025-09-24", "kind": "foreign_ministers", "city": "ニューヨーク", "start_local": "13:00", "start_jst": None,
       "duration_min": 20,
       "principals": [("佐藤", "外務大臣", "JP"), ("サーレハ", "副首相兼外務大臣", "JO")]},
      {"date": "2025-09-24", "kind": "foreign_ministers", "city": "ニューヨーク", "start_local": "16:15", "start_jst": None,
       "duration_min": 20, "outcomes": [AG], "planned": [("外相会談", "2026", "東京")],
       "principals": [("佐藤", "外務大臣", "JP"), ("フェルナンデス", "外務大臣", "UY")]}]),
    ("APEC首脳会議の際の日・チリ及び日・ニュージーランド首脳会談\n令和6年11月16日\n\n"
     "11月16日(現地時間)、APEC首脳会議出席のためペルーのリマを訪問中の田中内閣総理大臣は、チリのロハス大統領と約30分間首脳会談を行ったほか、ニュージーランドのテイラー首相と約20分間首脳会談を行いました。\n"
     "1 ロハス大統領との会談では、両首脳は、重要鉱物のサプライチェーン強靱化に向けて協力していくことで一致しました。\n"
     "2 テイラー首相との会談では、田中総理から、テイラー首相の来年の訪日を招待し、テイラー首相はこれを受諾しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-11-16", "n_events": 2},
     [{"date": "2024-11-16", "kind": "summit", "city": "リマ", "duration_min": 30, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ロハス", "大統領", "CL")]},
      {"date": "2024-11-16", "kind": "summit", "city": "リマ", "duration_min": 20, "outcomes": [inv("JP"), AG],
       "planned": [("訪日", "2025", "日本")],
       "principals": [("田中", "総理大臣", "JP"), ("テイラー", "首相", "NZ")]}]),
    ("G20外相会合の際の二国間会談\n令和6年2月22日\n\n"
     "G20外相会合出席のためリオデジャネイロを訪問中の佐藤外務大臣は、以下のとおり二国間会談を行いました。\n"
     "1 2月21日(現地時間)午後、佐藤大臣は、モレノ・アルゼンチン外務大臣と会談を行いました。佐藤大臣から、アルゼンチンの経済改革への支持を表明しました。\n"
     "2 2月22日(現地時間)午前、佐藤大臣は、ファハド・サウジアラビア外務大臣と会談を行いました。両外相は、エネルギー分野の協力を一層強化していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-02-22", "n_events": 2},
     [{"date": "2024-02-21", "kind": "foreign_ministers", "city": "リオデジャネイロ",
       "principals": [("佐藤", "外務大臣", "JP"), ("モレノ", "外務大臣", "AR")]},
      {"date": "2024-02-22", "kind": "foreign_ministers", "city": "リオデジャネイロ", "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ファハド", "外務大臣", "SA")]}]),
    ("ARF閣僚会合の際の二国間会談(概要)\n平成14年7月31日\n\n"
     "ASEAN地域フォーラム(ARF)閣僚会合出席のためブルネイのバンダルスリブガワンを訪問中の田村外務大臣は、以下の二国間会談を行ったところ、概要以下の通り。\n"
     "1.日韓外相会談(7月30日午後)\n"
     "田村大臣と金英浩外交通商部長官は、日韓共催ワールドカップの成功を踏まえ、国民交流を一層推進していくことで一致した。\n"
     "2.日・オーストラリア外相会談(7月31日午前)\n"
     "田村大臣とディクソン外務大臣は、日豪間の安全保障対話を一層強化することで合意した。\n",
     {"doc_type": "meeting", "doc_date": "2002-07-31", "n_events": 2},
     [{"date": "2002-07-30", "kind": "foreign_ministers", "city": "バンダルスリブガワン", "outcomes": [AG],
       "principals": [("田村", "外務大臣", "JP"), ("金英浩", "外交通商部長官", "KR")]},
      {"date": "2002-07-31", "kind": "foreign_ministers", "city": "バンダルスリブガワン", "outcomes": [AG],
       "principals": [("田村", "外務大臣", "JP"), ("ディクソン", "外務大臣", "AU")]}]),
]

# --- 4. old-site pages (1990s-2000s): 平成 dates, 概要以下のとおり, 1.(1)(イ), heading and date on one line ----------------
OLD = [
    ("日・フィンランド外相会談(概要) 平成11年9月6日\n\n"
     "1.9月6日(月)午後4時より約1時間、高野外務大臣は、来日中のヴィルタネン・フィンランド外務大臣と会談を行ったところ、概要以下のとおり。\n"
     "2.二国間関係\n"
     "(1)当方より、フィンランド企業による対日投資の拡大を要請した。\n"
     "(2)先方より、同国のEU議長国としての取組について説明があり、両大臣は、日・EU関係の強化に向けて協力していくことで一致した。\n"
     "(3)両大臣は、次回の日・フィンランド定期協議を来年ヘルシンキで開催することで合意した。\n",
     {"doc_type": "meeting", "doc_date": "1999-09-06", "n_events": 1},
     [{"date": "1999-09-06", "kind": "foreign_ministers", "start_local": "16:00", "start_jst": "16:00",
       "duration_min": 60, "outcomes": [rq("JP"), AG, AG], "planned": [("定期協議", "2000", "ヘルシンキ")],
       "principals": [("高野", "外務大臣", "JP"), ("ヴィルタネン", "外務大臣", "FI")]}]),
    ("日・チリ首脳会談(概要)\n平成8年3月12日\n\n"
     "3月12日(火)午前11時より約1時間10分、総理大臣官邸において、橋田総理大臣は、国賓として来日中のフレイレ・チリ大統領と会談したところ、概要以下のとおり。\n"
     "1.冒頭\n"
     "(イ)総理より、大統領の訪日を歓迎する旨述べた。\n"
     "(ロ)大統領より、日本の経済協力に対する謝意の表明があった。\n"
     "2.経済関係\n"
     "(イ)大統領より、チリ産品に対する関税の引下げにつき要望があった。\n"
     "(ロ)両首脳は、APECにおける協力を強化していくことで意見の一致をみた。\n",
     {"doc_type": "meeting", "doc_date": "1996-03-12", "n_events": 1},
     [{"date": "1996-03-12", "kind": "summit", "city": "東京", "start_local": "11:00", "start_jst": "11:00",
       "duration_min": 70, "outcomes": [rq("CL"), AG],
       "principals": [("橋田", "総理大臣", "JP"), ("フレイレ", "大統領", "CL")]}]),
    ("第8回日露次官級協議(概要)\n平成13年2月16日\n\n"
     "| 日時 | 平成13年2月15日(木)午前10時~午後5時 |\n"
     "| 場所 | モスクワ |\n"
     "|||\n"
     "1.2月15日、モスクワにおいて、第8回日露次官級協議が行われた。日本側は加藤外務審議官、露側はロジオノフ外務次官が出席した。\n"
     "2.(1)双方は、平和条約締結交渉を促進することで一致した。\n"
     "(2)当方より、北方四島周辺水域における日本漁船の安全操業の確保を申し入れた。\n"
     "3.次回協議は本年秋に東京で開催することとなった。\n",
     {"doc_type": "meeting", "doc_date": "2001-02-16", "n_events": 1},
     [{"date": "2001-02-15", "kind": "vice_ministerial", "city": "モスクワ", "start_local": "10:00", "duration_min": 420,
       "outcomes": [AG, rq("JP")], "planned": [("協議", "2001", "東京")],
       "principals": [("加藤", "外務審議官", "JP"), ("ロジオノフ", "外務次官", "RU")]}]),
    ("日米首脳電話会談(概要) 平成13年9月12日\n\n"
     "9月12日(水)午前8時50分より約15分間、森山総理大臣は、ハリソン米国大統領と電話会談を行ったところ、概要以下のとおり。\n"
     "(1)総理より、米国における同時多発テロに対し、お見舞いを述べるとともに、日本としてテロとの闘いに協力する旨述べた。\n"
     "(2)大統領より、日本の支持に謝意の表明があった。\n"
     "(3)両首脳は、今後とも緊密に連絡をとりあっていくことで一致した。\n",
     {"doc_type": "telephone_talk", "doc_date": "2001-09-12", "n_events": 1},
     [{"date": "2001-09-12", "kind": "summit", "channel": "telephone", "city": None, "start_local": "08:50",
       "start_jst": "08:50", "duration_min": 15, "outcomes": [AG],
       "principals": [("森山", "総理大臣", "JP"), ("ハリソン", "大統領", "US")]}]),
    ("日・ポーランド外相会談(概要)\n平成15年5月9日\n\n"
     "1.5月9日(金)12時30分より約1時間、川野外務大臣は、ワルシャワを訪問中、コヴァルスキ・ポーランド外務大臣と昼食を兼ねて会談した。\n"
     "2.概要以下のとおり。\n"
     "(1)先方より、来年のEU加盟後も日本との関係を重視していく旨発言があった。\n"
     "(2)当方より、ポーランドへの日本企業の進出に関し、投資環境の整備を要請した。\n"
     "(3)双方は、来年の日本・ポーランド交流年の実施に向け協力していくことを確認した。\n",
     {"doc_type": "meeting", "doc_date": "2003-05-09", "n_events": 1},
     [{"date": "2003-05-09", "kind": "foreign_ministers", "city": "ワルシャワ", "start_local": "12:30", "start_jst": None,
       "duration_min": 60, "outcomes": [rq("JP"), AG], "planned": [("交流年", "2004")],
       "principals": [("川野", "外務大臣", "JP"), ("コヴァルスキ", "外務大臣", "PL")]}]),
    ("日・ヴィエトナム外相会談\n平成17年4月6日\n\n"
     "1.4月6日(水)、町田外務大臣は、公式実務訪問中のニエン・ヴィエトナム外務大臣と外務省において午後5時から約1時間会談を行い、引き続き夕食会を行った。\n"
     "2.町田大臣より、ヴィエトナムの投資環境の一層の改善を求めた。これに対し先方より、改善に努めたい旨の応答があった。\n"
     "3.両大臣は、年内に日越共同イニシアティブの第2フェーズを立ち上げることで一致した。\n",
     {"doc_type": "meeting", "doc_date": "2005-04-06", "n_events": 1},
     [{"date": "2005-04-06", "kind": "foreign_ministers", "start_local": "17:00", "start_jst": "17:00",
       "duration_min": 60, "outcomes": [rq("JP"), AG], "planned": [("共同イニシアティブ", "2005")],
       "principals": [("町田", "外務大臣", "JP"), ("ニエン", "外務大臣", "VN")]}]),
]

# --- 5. press releases of foreign leaders' visits: the stay in the heading, programme lines, 晩餐会, 共同声明署名 -------
VISIT = [
    ("アイヴァルソン・アイスランド首相の来日(令和7年10月6日~9日)\n令和7年10月1日\n\n"
     "1 アイスランドのアイヴァルソン首相は、10月6日から9日まで、実務訪問賓客として来日します。\n"
     "2 滞在中、アイヴァルソン首相は、天皇陛下と御会見になるほか、田中内閣総理大臣との首脳会談及び夕食会が予定されています。\n",
     {"doc_type": "other", "doc_date": "2025-10-01", "n_events": 1},
     [{"date": "2025-10-06", "date_end": "2025-10-09", "kind": "summit",
       "principals": [("田中", "総理大臣", "JP"), ("アイヴァルソン", "首相", "IS")]}]),
    ("ムテサ・ウガンダ大統領の来日(結果)\n令和6年10月10日\n\n"
     "ムテサ・ウガンダ共和国大統領は、10月7日から10日まで、公式実務訪問賓客として来日しました。主な日程は以下のとおりです。\n"
     "・10月7日 天皇陛下との御会見\n"
     "・10月8日 田中内閣総理大臣との首脳会談、共同声明の署名、夕食会\n"
     "・10月9日 佐藤外務大臣による表敬\n"
     "首脳会談では、両首脳は、「日・ウガンダ共同声明」に署名し、両国の経済関係を一層強化していくことで一致しました。\n",
     {"doc_type": "visit", "doc_date": "2024-10-10", "n_events": 2},
     [{"date": "2024-10-08", "kind": "summit", "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ムテサ", "大統領", "UG")]},
      {"date": "2024-10-09", "kind": "other",
       "principals": [("佐藤", "外務大臣", "JP"), ("ムテサ", "大統領", "UG")]}]),
    ("ラミレス・コロンビア外務大臣の来日\n令和6年5月10日\n\n"
     "1 コロンビア共和国のラミレス外務大臣は、5月13日から16日まで、外務省賓客として来日します。\n"
     "2 滞在中、ラミレス大臣は、佐藤外務大臣と外相会談を行うほか、田中内閣総理大臣を表敬する予定です。\n",
     {"doc_type": "other", "doc_date": "2024-05-10", "n_events": 2},
     [{"date": "2024-05-13", "date_end": "2024-05-16", "kind": "foreign_ministers",
       "principals": [("佐藤", "外務大臣", "JP"), ("ラミレス", "外務大臣", "CO")]},
      {"date": "2024-05-13", "date_end": "2024-05-16", "kind": "other",
       "principals": [("田中", "総理大臣", "JP"), ("ラミレス", "外務大臣", "CO")]}]),
    ("日・コロンビア外相会談\n令和6年5月14日\n\n"
     "5月14日、午後7時から約1時間30分、佐藤外務大臣は、飯倉公館において、外務省賓客として来日中のラミレス・コロンビア外務大臣と夕食を兼ねて外相会談を行いました。\n"
     "1 佐藤大臣から、コロンビアの和平プロセスに対する日本の継続的な支援を表明しました。\n"
     "2 ラミレス大臣から、日本企業のコロンビアへの投資を呼びかけました。\n"
     "3 両外相は、日・コロンビア経済連携協定交渉の早期妥結に向けて努力することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-05-14", "n_events": 1},
     [{"date": "2024-05-14", "kind": "foreign_ministers", "city": "東京", "start_local": "19:00", "start_jst": "19:00",
       "duration_min": 90, "outcomes": [rq("CO"), AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ラミレス", "外務大臣", "CO")]}]),
    ("ソリス・コスタリカ大統領の国賓訪問\n令和8年5月21日\n\n"
     "1 ソリス・コスタリカ共和国大統領は、5月18日から21日まで、国賓として来日しました。\n"
     "2 5月19日、皇居において歓迎式典が行われ、その後、天皇陛下はソリス大統領と御会見になりました。同日夜、宮中晩餐が催されました。\n"
     "3 5月20日、午前10時から約1時間、田中内閣総理大臣は、総理大臣官邸において、ソリス大統領と首脳会談を行い、引き続き署名式及び共同記者発表を行いました。両首脳は、日・コスタリカ外交関係樹立90周年に当たる本年を機に、両国関係を「戦略的パートナーシップ」に格上げすることで一致しました。\n"
     "4 同日午後、佐藤外務大臣はソリス大統領を表敬しました。\n",
     {"doc_type": "visit", "doc_date": "2026-05-21", "n_events": 2},
     [{"date": "2026-05-20", "kind": "summit", "city": "東京", "start_local": "10:00", "start_jst": "10:00",
       "duration_min": 60, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ソリス", "大統領", "CR")]},
      {"date": "2026-05-20", "kind": "other",
       "principals": [("佐藤", "外務大臣", "JP"), ("ソリス", "大統領", "CR")]}]),
]
# --- stress: written after this round's rows (at c78b1f3), more forms of the same families ---------------------------------
STRESS = [
    ("日・フィリピン外務・防衛閣僚会合(「2+2」)\n令和7年6月9日\n\n"
     "6月9日(現地時間)、午前10時から約1時間40分、マニラを訪問中の佐藤外務大臣及び木村防衛大臣は、サントス・フィリピン外務大臣及びレイエス・フィリピン国防大臣との間で、第3回日・フィリピン外務・防衛閣僚会合(「2+2」)を行いました。\n"
     "1 4閣僚は、日比円滑化協定の早期発効に向けて協力していくことで一致しました。\n"
     "2 フィリピン側から、海上保安能力の強化への一層の支援を要請しました。\n"
     "3 4閣僚は、次回の「2+2」を来年東京で開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-06-09", "n_events": 1},
     [{"date": "2025-06-09", "kind": "two_plus_two", "city": "マニラ", "start_local": "10:00", "start_jst": None,
       "duration_min": 100, "outcomes": [AG, rq("PH"), AG], "planned": [("2+2", "2026", "東京")],
       "principals": [("佐藤", "外務大臣", "JP"), ("木村", "防衛大臣", "JP"), ("サントス", "外務大臣", "PH"),
                      ("レイエス", "国防大臣", "PH")]}]),
    ("第6回日・ニュージーランド次官級協議(概要)\n平成19年11月27日\n\n"
     "1.11月27日(火)、ウェリントンにおいて、第6回日・ニュージーランド次官級協議が行われた。日本側からは藤井外務審議官、NZ側からはマッケイ外務貿易省次官が出席した。\n"
     "2.当方より、捕鯨問題について日本の立場を説明した。\n"
     "3.双方は、日NZ間の経済連携の可能性について引き続き検討していくことで一致した。\n",
     {"doc_type": "meeting", "doc_date": "2007-11-27", "n_events": 1},
     [{"date": "2007-11-27", "kind": "vice_ministerial", "city": "ウェリントン", "outcomes": [AG],
       "principals": [("藤井", "外務審議官", "JP"), ("マッケイ", "次官", "NZ")]}]),
    ("金振杓韓国国会議長による田中内閣総理大臣表敬\n令和6年7月11日\n\n"
     "7月11日、午後3時30分から約25分間、田中内閣総理大臣は、来日中の金振杓(キム・ジンピョ)韓国国会議長による表敬を受けました。\n"
     "1 田中総理から、日韓関係の改善の流れを議会間交流でも後押ししてほしい旨述べました。\n"
     "2 両者は、日韓議員連盟を通じた交流を一層活発化させていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-07-11", "n_events": 1},
     [{"date": "2024-07-11", "kind": "other", "start_local": "15:30", "start_jst": "15:30", "duration_min": 25,
       "outcomes": [rq("JP"), AG], "principals": [("田中", "総理大臣", "JP"), ("金振杓", "国会議長", "KR")]}]),
    ("G7外相会合の際の二国間会談\n令和6年4月19日\n\n"
     "G7外相会合出席のためイタリアのカプリを訪問中の佐藤外務大臣は、以下の二国間会談を行いました。\n"
     "1 日・カナダ外相会談(4月18日(現地時間)午前)\n"
     "佐藤大臣は、ジョリー・カナダ外務大臣と会談しました。両外相は、インド太平洋地域における連携を強化することで一致しました。\n"
     "2 日・イタリア外相会談(4月19日(現地時間)午前)\n"
     "佐藤大臣は、タヤーニ・イタリア副首相兼外務・国際協力大臣と会談しました。佐藤大臣から、G7議長国イタリアの取組に謝意を表明しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-04-19", "n_events": 2},
     [{"date": "2024-04-18", "kind": "foreign_ministers", "city": "カプリ", "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ジョリー", "外務大臣", "CA")]},
      {"date": "2024-04-19", "kind": "foreign_ministers", "city": "カプリ",
       "principals": [("佐藤", "外務大臣", "JP"), ("タヤーニ", "副首相兼外務・国際協力大臣", "IT")]}]),
    ("日・スペイン首脳テレビ会談\n令和3年2月26日\n\n"
     "2月26日、午後7時から約30分間、先方の要請により、田中内閣総理大臣は、ロドリゲス・スペイン首相とテレビ会談を行いました。\n"
     "1 両首脳は、新型コロナウイルス感染症への対応で緊密に連携していくことを確認しました。\n"
     "2 田中総理から、東京オリンピック・パラリンピック競技大会の開催への支持を求め、ロドリゲス首相から支持を得ました。\n",
     {"doc_type": "meeting", "doc_date": "2021-02-26", "n_events": 1},
     [{"date": "2021-02-26", "kind": "summit", "channel": "video", "city": None, "start_local": "19:00",
       "start_jst": "19:00", "duration_min": 30, "outcomes": [AG, rq("JP"), AG],
       "principals": [("田中", "総理大臣", "JP"), ("ロドリゲス", "首相", "ES")]}]),
    ("ヴィエトナム国家主席の来日(平成14年11月)\n平成14年11月29日\n\n"
     "1.チャン・ドゥック・ルオン・ヴィエトナム国家主席は、11月25日から29日まで、国賓として来日した。\n"
     "2.11月26日、天皇皇后両陛下は、ルオン主席と御会見になり、同日夜、宮中晩餐が催された。\n"
     "3.11月27日、小山総理大臣は、ルオン主席と首脳会談を行った。両首脳は、日越共同イニシアティブを年内に立ち上げることで一致した。\n"
     "4.11月28日、川野外務大臣は、ルオン主席を表敬した。\n",
     {"doc_type": "visit", "doc_date": "2002-11-29", "n_events": 2},
     [{"date": "2002-11-27", "kind": "summit", "outcomes": [AG], "planned": [("共同イニシアティブ", "2002")],
       "principals": [("小山", "総理大臣", "JP"), ("ルオン", "国家主席", "VN")]},
      {"date": "2002-11-28", "kind": "other",
       "principals": [("川野", "外務大臣", "JP"), ("ルオン", "国家主席", "VN")]}]),
]
# --- stress2: written after the stress set (same code, c78b1f3), harder forms of the same families -----------------------
STRESS2 = [
    ("日・フランス外務省間協議(局長級)\n令和5年12月5日\n\n"
     "12月5日、東京において、日・フランス外務省間協議(局長級)が行われました。日本側は大川欧州局長、フランス側はデュボワ外務省アジア・オセアニア局長が出席しました。\n"
     "1 双方は、インド太平洋における日仏協力の具体化に向けて作業を進めていくことで一致しました。\n"
     "2 次回協議は、来年パリで開催される予定です。\n",
     {"doc_type": "meeting", "doc_date": "2023-12-05", "n_events": 1},
     [{"date": "2023-12-05", "kind": "vice_ministerial", "city": "東京", "outcomes": [AG],
       "planned": [("協議", "2024", "パリ")],
       "principals": [("大川", "欧州局長", "JP"), ("デュボワ", "アジア・オセアニア局長", "FR")]}]),
    ("ASEAN関連外相会議の際の二国間会談(概要)\n平成17年7月28日\n\n"
     "ASEAN関連外相会議出席のためラオスのヴィエンチャンを訪問中の町田外務大臣は、以下の二国間会談を行ったところ、概要以下の通り。\n"
     "(1)日中外相会談(7月27日)\n"
     "(イ)町田大臣と李明外交部長は、日中関係の改善に向けて努力することで一致した。\n"
     "(ロ)当方より、東シナ海のガス田開発について情報提供を求めた。\n"
     "(2)日・フィリピン外相会談(7月28日)\n"
     "町田大臣とロムロ外務大臣は、日比経済連携協定の交渉を加速することで一致した。\n",
     {"doc_type": "meeting", "doc_date": "2005-07-28", "n_events": 2},
     [{"date": "2005-07-27", "kind": "foreign_ministers", "city": "ヴィエンチャン", "outcomes": [AG, rq("JP")],
       "principals": [("町田", "外務大臣", "JP"), ("李明", "外交部長", "CN")]},
      {"date": "2005-07-28", "kind": "foreign_ministers", "city": "ヴィエンチャン", "outcomes": [AG],
       "principals": [("町田", "外務大臣", "JP"), ("ロムロ", "外務大臣", "PH")]}]),
    ("山根参議院議長のタイ訪問\n令和6年1月12日\n\n"
     "1 1月10日、バンコクを訪問中の山根参議院議長は、スリヤー・タイ首相を表敬しました。両者は、日タイ修好の節目に向けて議会間交流を促進していくことで一致しました。\n"
     "2 1月11日、山根議長は、プラサート・タイ上院議長と会談しました。\n",
     {"doc_type": "visit", "doc_date": "2024-01-12", "n_events": 2},
     [{"date": "2024-01-10", "kind": "other", "city": "バンコク", "outcomes": [AG],
       "principals": [("山根", "参議院議長", "JP"), ("スリヤー", "首相", "TH")]},
      {"date": "2024-01-11", "kind": "other", "city": "バンコク",
       "principals": [("山根", "参議院議長", "JP"), ("プラサート", "上院議長", "TH")]}]),
    ("日・ブラジル外相電話会談\n令和4年8月30日\n\n"
     "8月30日、午後9時15分から約20分間、先方の要請により、佐藤外務大臣は、カルヴァーリョ・ブラジル外務大臣と電話会談を行いました。\n"
     "1 カルヴァーリョ大臣から、国連安保理におけるブラジルの立候補への支持を要請し、佐藤大臣は前向きに検討する旨述べました。\n"
     "2 両外相は、次回の日・ブラジル外相会談を年内に開催すべく調整していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2022-08-30", "n_events": 1},
     [{"date": "2022-08-30", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "21:15",
       "start_jst": "21:15", "duration_min": 20, "outcomes": [rq("BR"), AG], "planned": [("外相会談", "2022")],
       "principals": [("佐藤", "外務大臣", "JP"), ("カルヴァーリョ", "外務大臣", "BR")]}]),
    ("APEC首脳会議の際の日・ブルネイ首脳立ち話\n令和5年11月17日\n\n"
     "11月16日(現地時間)、APEC首脳会議出席のためサンフランシスコを訪問中の田中内閣総理大臣は、ハサナル・ブルネイ国王と約10分間立ち話を行いました。"
     "両首脳は、来年の日・ブルネイ外交関係樹立40周年を両国で盛り上げていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-11-17", "n_events": 1},
     [{"date": "2023-11-16", "kind": "summit", "city": "サンフランシスコ", "duration_min": 10, "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("ハサナル", "国王", "BN")]}]),
]
# fmt: on

SETS = {"consult": CONSULT, "parl": PARL, "multi": MULTI, "old": OLD, "visit": VISIT, "stress": STRESS, "stress2": STRESS2}

# first sight (h-gen15 at f5dd6fe, main as found (faac084), before any code or row of this round): {set: {family: (found, expected, fp)}}
# fmt: off
FIRST_SIGHT: dict[str, dict[str, tuple[int, int, int]]] = {
    "consult": {"outcomes": (14, 14, 0), "planned": (3, 3, 0), "plan_place": (2, 2, 0), "date": (6, 6, 0),
               "kind": (6, 6, 0), "channel": (1, 1, 0), "city": (6, 6, 0), "principals": (14, 14, 0),
               "duration_min": (4, 4, 0), "start_local": (4, 4, 0), "start_jst": (4, 4, 0), "doc_type": (6, 6, 0),
               "doc_date": (6, 6, 0), "n_events": (6, 6, 0)},
    "parl": {"outcomes": (6, 7, 1), "date": (7, 7, 0), "kind": (7, 7, 0), "city": (6, 6, 0),
            "principals": (12, 14, 0), "duration_min": (4, 4, 0), "start_local": (4, 4, 0), "start_jst": (4, 4, 0),
            "doc_type": (6, 6, 0), "doc_date": (6, 6, 0), "n_events": (6, 6, 0)},
    "multi": {"outcomes": (10, 11, 1), "planned": (2, 2, 0), "plan_place": (2, 2, 0), "date": (7, 11, 0),
             "kind": (9, 11, 0), "city": (10, 11, 0), "principals": (17, 22, 8), "duration_min": (7, 7, 0),
             "start_local": (5, 5, 0), "start_jst": (5, 5, 0), "doc_type": (5, 5, 0), "doc_date": (5, 5, 0),
             "n_events": (4, 5, 0)},
    "old": {"outcomes": (12, 12, 0), "planned": (2, 4, 0), "plan_place": (2, 2, 0), "date": (6, 6, 0),
           "kind": (6, 6, 0), "channel": (1, 1, 0), "city": (4, 4, 0), "principals": (11, 12, 0),
           "duration_min": (6, 6, 0), "start_local": (6, 6, 0), "start_jst": (5, 5, 0), "doc_type": (6, 6, 0),
           "doc_date": (6, 6, 0), "n_events": (6, 6, 0)},
    "visit": {"outcomes": (4, 4, 0), "date": (8, 8, 0), "kind": (8, 8, 0), "city": (2, 2, 0),
             "principals": (16, 16, 0), "duration_min": (2, 2, 0), "start_local": (2, 2, 0), "start_jst": (2, 2, 0),
             "doc_type": (5, 5, 0), "doc_date": (4, 5, 0), "n_events": (5, 5, 0), "date_end": (3, 3, 0)},
    # written after this round's rows (at c78b1f3), first sight with them, as first run (two expectations set again after)
    "stress": {"outcomes": (10, 10, 1), "planned": (2, 2, 0), "plan_place": (1, 1, 0), "date": (8, 8, 0), "kind": (8, 8, 0),
               "channel": (1, 1, 0), "city": (5, 5, 0), "principals": (18, 18, 0), "duration_min": (3, 3, 0),
               "start_local": (3, 3, 0), "start_jst": (3, 3, 0), "doc_type": (5, 6, 0), "doc_date": (6, 6, 0),
               "n_events": (6, 6, 0)},
    # written after the stress set (same code), first sight
    "stress2": {"outcomes": (8, 8, 0), "planned": (2, 2, 0), "plan_place": (1, 1, 0), "date": (7, 7, 0), "kind": (7, 7, 0),
                "channel": (1, 1, 0), "city": (7, 7, 0), "principals": (14, 14, 0), "duration_min": (2, 2, 0),
                "start_local": (1, 1, 0), "start_jst": (1, 1, 0), "doc_type": (5, 5, 0), "doc_date": (5, 5, 0),
                "n_events": (5, 5, 0)},
}
# floors asserted: {set: {family: (found at least, false positives at most)}}: after this round every family is exact
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    name: {family: (expected, 0) for family, (_found, expected, _fp) in tally.items()} for name, tally in FIRST_SIGHT.items()
}
FLOORS["stress"]["outcomes"] = (11, 0)  # (the request …してほしい expected since the first run)
# fmt: on

PROBE = Probe(FIRST_SIGHT, FLOORS, lambda name: score(SETS[name])[0])
probe_sets, test_family_floor = PROBE.probe_sets, PROBE.floor_test()


def test_probe_size():
    assert all(5 <= len(pages) <= 15 for pages in SETS.values())
    assert sum(len(pages) for pages in SETS.values()) >= 35


if __name__ == "__main__":
    import sys

    print_report(SETS, sys.argv[1:])
