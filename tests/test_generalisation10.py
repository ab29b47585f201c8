"""Generalisation probe 10: forms no probe had tried (issue 13, must-show 5), scored per family at first sight.

Every page below was written for this probe in the ministry's style, its text my own (the real pages were read for
their style only), in six families: (1) telephone talks in every form (電話会談 / 電話会議 / 電話で会談 / 電話による会談,
先方の求めに応じ / 先方からの要請により, the time in Japan time only, 日本時間…から); (2) talks with two countries on one
day (…と日X首脳会談を、続いて…と日Y首脳会談を / …とそれぞれ), each under its own heading (1 日X首脳会談 / 2 日Y首脳会談)
with its own time, length and results; (3) talks in Tokyo at named venues (飯倉公館, 総理大臣官邸, 迎賓館赤坂離宮, 外務省)
with a 夕食会 / 昼食会 / 晩餐会 hosted by Japan (a meal a host gives: no talk of its own), 署名式 and 共同記者発表 after the
talk; (4) statements, comments and releases (談話, 声明, 報道発表) that report no talk and name past talks only in passing
(昨年の首脳会談で一致したとおり…); (5) results as quoted speech (「…」と述べた / 「…したい」と発言, 「全く同感である」と応じた
as consent), 双方は…ことを確認した, …との認識で一致, and calls on the international community (国際社会に…を呼びかけた)
that are no outcome between the sides; (6) old chronology pages of visitors to Japan (来日要人 lines by day under a month
or with a full 昭和 date, a table | 月日 | 来日要人 | 主な日程 |, a visitor's stay with its days' talks beneath), with ソ連
(SU) and 西独 (DE).

Expected facts follow ../shared/record-format.md and ../shared/real/README.md: a statement page is doc_type
``statement`` with no event; a telephone talk held from Japan has its one time as Japan time too and no city; a
meal after a talk is not added to it (its length not summed); a venue in Tokyo gives the city 東京; a chronology has
one event per dated entry, a courtesy call (表敬) or an audience (会見) an event too (its kind not scored here).
Scored with tests/test_generalisation3.py's ``score`` (found / expected / false positives per family, and the
document's doc_type, doc_date, title and number of events).

    set (pages)        family        first sight (b0c7507)   after this round     (found / expected, false positives)
    phone (5)          start_local   4 /  5                   5 /  5   (日本時間…午前7時から only: a call from Japan, its
                                                                        one clock local too)
    two (5)            n_events      2 /  5                   5 /  5   (Aと日X首脳会談を、続いてBと日Y首脳会談を: two talks,
                       outcomes      7 / 10, 3               10 / 10    talks.clause.then; each heading's first sentence
                       date          7 / 10                  10 / 10    午後3時から約30分間…において行われ gives its clock,
                       kind          7 / 10                  10 / 10    length and room: talks.clause.headed)
                       city          5 / 10                  10 / 10
                       principals   14 / 20, 3               20 / 20
                       duration_min  0 / 10                  10 / 10
                       start_local   0 / 10                  10 / 10
                       start_jst     1 /  8                   8 /  8
    tokyo (5)          city          4 /  5                   4 /  5   (外務省において alone: left, the venue row says a
                       start_jst     4 /  5                   4 /  5    ministry of any country has no city by itself)
                       principals    9 / 10, 1               10 / 10   (ヴォー・ヴァン・トゥオン: ヴァン no particle for Vietnam)
    statements (5)     doc_type      1 /  5                   5 /  5   (外務大臣談話 / G7外相声明 above a …について title:
                       n_events      4 /  5                   5 /  5    layout.kind_label.*; a statement keeps only talks
                                                                        of people it names)
    quoted (5)         outcomes      7 /  8                   8 /  8   (「…」と発言し、Yは「全く同感である」と応じた:
                                                                        outcomes.reply_in.quoted)
    oldchron (5)       doc_type      2 /  5                   5 /  5   (来日要人 headings: layout.title_type.rainichi_yojin;
                       n_events      1 /  5                   5 /  5    an entry's counterpart its foreign principal's side;
                       date          4 / 15                  15 / 15    西独 / 西ドイツ are DE; a stay over indented day
                       kind          4 / 10                  10 / 10    lines: layout.stay_day.day)
                       principals   12 / 30, 5               30 / 30
    (every other family exact at first sight; 249 / 351 facts in all (0.709), 12 false positives; after: 349 / 351, 0)
    stress (6)         written after the rows above, first sight with them (864b15b): 71 / 71 facts, 0 false positives
                       (電話による会談 先方からの要請により, 引き続き between two talks abroad, 迎賓館赤坂離宮 with 署名式 /
                       共同記者発表 / 晩餐会, 内閣総理大臣談話 over …の署名について naming a past summit, 「同じ考えである」と応じた
                       and 国際社会に対し…呼びかけた, 平成元年 visitors with 西独 / ソ連)
    stress2 (6)        written after that, first sight with the rows to a67e9e7: 77 / 77 facts, 0 false positives (午後10時
                       (日本時間)から, three talks with それぞれ each under its heading, a working lunch at 外務省飯倉公館, a
                       談話 recalling a past 外相会談, これに賛同しました, a 昭和59年 visitors' table)

Tried by hand after stress2, fixed with a row and a case: the call's initiation told in a sentence of its own
(…大臣からの要請によるものです) read as a request (now outcomes.request_not.niyoru). Left: a kanji name joined to its
country by ・ (鄧小平・中国副総理) is not read as a person (no such form in the real pages).

One expectation was corrected after the first sight was recorded: the Vietnamese president's name is トゥオン (the
given name the ministry uses, as roles.name_last.vn and devset d10's チン), not the whole name; the first sight (the
extractor gave ヴァン・トゥオン) is a miss either way. real 0.966 (unchanged), devset 1.000, seeds 0.995;
bench/record_diff.py against b0c7507 (seeds, devset, tests, real, 300 synthetic): 0 of 549 records differ.

``python tests/test_generalisation10.py [set] [-v]`` prints the table per family and every miss.
"""

from __future__ import annotations

from tests.test_generalisation2 import AG
from tests.test_generalisation3 import Probe, inv, print_report, rq, score

# (page, {doc field: expected}, [per event: {field: expected}])
# fmt: off
# --- 1. telephone talks in every form --------------------------------------------------------------------------------
PHONE = [
    ("日・フィンランド首脳電話会談\n令和6年2月14日\n\n"
     "2月14日、午後6時から約20分間、田中内閣総理大臣は、先方の求めに応じ、ヴィルタネン・フィンランド首相と電話会談を行いました。概要は以下のとおりです。\n"
     "1 冒頭、ヴィルタネン首相から、能登地方の地震被害へのお見舞いが述べられ、田中総理から謝意を表明しました。\n"
     "2 両首脳は、北極政策や経済安全保障の分野で緊密に連携していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2024-02-14", "title": "日・フィンランド首脳電話会談", "n_events": 1},
     [{"date": "2024-02-14", "kind": "summit", "channel": "telephone", "city": None, "start_local": "18:00", "start_jst": "18:00",
       "duration_min": 20, "outcomes": [AG], "principals": [("田中", "総理大臣", "JP"), ("ヴィルタネン", "首相", "FI")]}]),
    ("日・リトアニア外相電話会議\n令和5年3月6日\n\n"
     "3月6日、午前9時30分から約25分間、佐藤外務大臣は、ラウリナス・リトアニア外務大臣と電話会議を行いました。\n"
     "1 佐藤大臣から、ロシアによるウクライナ侵略を改めて強く非難する旨述べました。\n"
     "2 両外相は、偽情報対策において協力を進めていくことを確認しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2023-03-06", "n_events": 1},
     [{"date": "2023-03-06", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "09:30",
       "start_jst": "09:30", "duration_min": 25, "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ラウリナス", "外務大臣", "LT")]}]),
    ("佐藤外務大臣とブルーノ・ブラジル外務大臣との電話会談\n令和5年7月11日\n\n"
     "本11日、午後4時から約15分間、佐藤外務大臣は、先方からの要請により、ブルーノ・ブラジル連邦共和国外務大臣と電話で会談しました。\n"
     "1 ブルーノ大臣から、来月予定されている日系移民関連行事への協力につき説明がありました。\n"
     "2 佐藤大臣から、ブラジル国内の日本企業の事業環境の改善を求めました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2023-07-11", "n_events": 1},
     [{"date": "2023-07-11", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "16:00",
       "duration_min": 15, "outcomes": [rq("JP")], "principals": [("佐藤", "外務大臣", "JP"), ("ブルーノ", "外務大臣", "BR")]}]),
    ("日・ケニア首脳電話会談\n令和6年9月2日\n\n"
     "9月2日、午後8時45分から約30分間、田中内閣総理大臣は、キプロノ・ケニア共和国大統領と電話による会談を行いました。\n"
     "1 田中総理から、ケニアの債務問題につき、透明で公正な開発金融の重要性を述べました。\n"
     "2 キプロノ大統領から、日本の支援に対する謝意が表明されました。\n"
     "3 両首脳は、来年のTICADに向けて協力していくとの認識で一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2024-09-02", "n_events": 1},
     [{"date": "2024-09-02", "kind": "summit", "channel": "telephone", "city": None, "start_local": "20:45", "start_jst": "20:45",
       "duration_min": 30, "outcomes": [AG], "principals": [("田中", "総理大臣", "JP"), ("キプロノ", "大統領", "KE")]}]),
    ("日・ニュージーランド外相電話会談\n令和4年11月3日\n\n"
     "日本時間11月3日午前7時から約20分間、佐藤外務大臣は、先方の求めにより、ハーパー・ニュージーランド外務大臣と電話会談を行ったところ、概要は以下のとおりです。\n"
     "1 両外相は、太平洋島嶼国の課題について意見交換を行い、同地域への関与を強化していくことで一致しました。\n"
     "2 佐藤大臣から、ハーパー大臣の早期の訪日を招請しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2022-11-03", "n_events": 1},
     [{"date": "2022-11-03", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "07:00",
       "start_jst": "07:00", "duration_min": 20, "outcomes": [AG, inv("JP")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ハーパー", "外務大臣", "NZ")]}]),
]

# --- 2. talks with two countries in one day, each under its own heading ------------------------------------------------
TWO = [
    ("日・エストニア首脳会談及び日・ラトビア首脳会談\n令和6年8月20日\n\n"
     "8月20日、田中内閣総理大臣は、総理大臣官邸において、カスク・エストニア首相と日エストニア首脳会談を、続いてベルジンシュ・ラトビア首相と日ラトビア首脳会談を行いました。\n"
     "1 日エストニア首脳会談\n"
     "午後3時から約30分間行われ、両首脳は、サイバー分野の協力を一層進めていくことで一致しました。\n"
     "2 日ラトビア首脳会談\n"
     "午後4時から約25分間行われ、ベルジンシュ首相から、日本企業の投資を要請しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-08-20", "n_events": 2},
     [{"date": "2024-08-20", "kind": "summit", "city": "東京", "start_local": "15:00", "start_jst": "15:00", "duration_min": 30,
       "outcomes": [AG], "principals": [("田中", "総理大臣", "JP"), ("カスク", "首相", "EE")]},
      {"date": "2024-08-20", "kind": "summit", "city": "東京", "start_local": "16:00", "start_jst": "16:00", "duration_min": 25,
       "outcomes": [rq("LV")], "principals": [("田中", "総理大臣", "JP"), ("ベルジンシュ", "首相", "LV")]}]),
    ("ASEAN関連首脳会議の際の日・ラオス首脳会談及び日・カンボジア首脳会談\n令和5年9月6日\n\n"
     "現地時間9月6日、ジャカルタを訪問中の田中内閣総理大臣は、ソンサイ・ラオス首相と日ラオス首脳会談を、続いてフン・マネット・カンボジア首相と日カンボジア首脳会談を行いました。\n"
     "1 日ラオス首脳会談\n"
     "(1)現地時間午前9時10分から約20分間行われました。\n"
     "(2)両首脳は、不発弾処理の分野で協力を続けることで一致しました。\n"
     "2 日カンボジア首脳会談\n"
     "(1)現地時間午前9時40分から約25分間行われました。\n"
     "(2)フン・マネット首相から、日本からの投資拡大への期待が述べられました。\n"
     "(3)両首脳は、来年の外交関係樹立70周年に向けて交流を強化していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-09-06", "n_events": 2},
     [{"date": "2023-09-06", "kind": "summit", "city": "ジャカルタ", "start_local": "09:10", "start_jst": None, "duration_min": 20,
       "outcomes": [AG], "principals": [("田中", "総理大臣", "JP"), ("ソンサイ", "首相", "LA")]},
      {"date": "2023-09-06", "kind": "summit", "city": "ジャカルタ", "start_local": "09:40", "start_jst": None, "duration_min": 25,
       "outcomes": [AG], "principals": [("田中", "総理大臣", "JP"), ("フン・マネット", "首相", "KH")]}]),
    ("日・チリ外相会談及び日・ペルー外相会談\n令和6年11月14日\n\n"
     "11月14日、APEC閣僚会議出席のためリマを訪問中の佐藤外務大臣は、バレンスエラ・チリ外務大臣と日チリ外相会談を、続いてゴンサレス・ペルー外務大臣と日ペルー外相会談を行いました。\n"
     "1 日チリ外相会談\n"
     "(1)14日午前10時から約30分間行われました。\n"
     "(2)両外相は、重要鉱物のサプライチェーン強化に向けて協力していくことで一致しました。\n"
     "2 日ペルー外相会談\n"
     "(1)14日午前11時から約35分間行われました。\n"
     "(2)佐藤大臣から、在留邦人の安全確保への協力を要請しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-11-14", "n_events": 2},
     [{"date": "2024-11-14", "kind": "foreign_ministers", "city": "リマ", "start_local": "10:00", "duration_min": 30,
       "outcomes": [AG], "principals": [("佐藤", "外務大臣", "JP"), ("バレンスエラ", "外務大臣", "CL")]},
      {"date": "2024-11-14", "kind": "foreign_ministers", "city": "リマ", "start_local": "11:00", "duration_min": 35,
       "outcomes": [rq("JP")], "principals": [("佐藤", "外務大臣", "JP"), ("ゴンサレス", "外務大臣", "PE")]}]),
    ("日・スロバキア首脳会談、日・スロベニア首脳会談\n令和5年5月18日\n\n"
     "5月18日、田中内閣総理大臣は、ヘーグ・スロバキア首相及びゴラブ・スロベニア首相とそれぞれ首脳会談を行いました。\n"
     "1 日スロバキア首脳会談\n"
     "午後2時から約20分間、総理大臣官邸において行われ、両首脳は、原子力分野での協力を進めることで一致しました。\n"
     "2 日スロベニア首脳会談\n"
     "午後5時から約20分間、迎賓館赤坂離宮において行われ、両首脳は、両国間のワーキング・ホリデー制度の早期開始に向けて協議を進めることで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-05-18", "n_events": 2},
     [{"date": "2023-05-18", "kind": "summit", "city": "東京", "start_local": "14:00", "start_jst": "14:00", "duration_min": 20,
       "outcomes": [AG], "principals": [("田中", "総理大臣", "JP"), ("ヘーグ", "首相", "SK")]},
      {"date": "2023-05-18", "kind": "summit", "city": "東京", "start_local": "17:00", "start_jst": "17:00", "duration_min": 20,
       "outcomes": [AG], "principals": [("田中", "総理大臣", "JP"), ("ゴラブ", "首相", "SI")]}]),
    ("日・マラウイ外相会談及び日・ザンビア外相会談\n令和7年8月21日\n\n"
     "8月21日、第9回アフリカ開発会議(TICAD9)出席のため横浜を訪問中のバンダ・マラウイ外務大臣及びムウェンバ・ザンビア外務大臣は、それぞれ佐藤外務大臣と外相会談を行いました。\n"
     "1 日マラウイ外相会談\n"
     "午前11時から約15分間行われ、両外相は、農業分野の協力を強化していくことで一致しました。\n"
     "2 日ザンビア外相会談\n"
     "午後1時30分から約20分間行われ、ムウェンバ大臣から、銅鉱山開発への日本企業の参画を求めました。\n",
     {"doc_type": "meeting", "doc_date": "2025-08-21", "n_events": 2},
     [{"date": "2025-08-21", "kind": "foreign_ministers", "city": "横浜", "start_local": "11:00", "start_jst": "11:00",
       "duration_min": 15, "outcomes": [AG], "principals": [("佐藤", "外務大臣", "JP"), ("バンダ", "外務大臣", "MW")]},
      {"date": "2025-08-21", "kind": "foreign_ministers", "city": "横浜", "start_local": "13:30", "start_jst": "13:30",
       "duration_min": 20, "outcomes": [rq("ZM")], "principals": [("佐藤", "外務大臣", "JP"), ("ムウェンバ", "外務大臣", "ZM")]}]),
]

# --- 3. talks in Tokyo at named venues, with meals hosted by Japan, signings and press after ---------------------------
TOKYO = [
    ("日・ヨルダン外相会談\n令和6年4月9日\n\n"
     "4月9日、午後6時から約40分間、佐藤外務大臣は、飯倉公館において、来日中のサファディ・ヨルダン外務・移民大臣と外相会談を行い、その後、佐藤大臣主催の夕食会を開催しました。\n"
     "1 両外相は、ガザ地区の人道状況の改善に向けて緊密に連携していくことで一致しました。\n"
     "2 夕食会では、地域情勢について意見交換を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2024-04-09", "n_events": 1},
     [{"date": "2024-04-09", "kind": "foreign_ministers", "city": "東京", "start_local": "18:00", "start_jst": "18:00",
       "duration_min": 40, "outcomes": [AG], "principals": [("佐藤", "外務大臣", "JP"), ("サファディ", "外務・移民大臣", "JO")]}]),
    ("日・ベトナム首脳会談\n令和5年11月27日\n\n"
     "11月27日、午後5時55分から約45分間、田中内閣総理大臣は、国賓として訪日中のヴォー・ヴァン・トゥオン・ベトナム国家主席と迎賓館赤坂離宮において首脳会談を行いました。会談後、両首脳立ち会いの下、協力文書の署名式が行われ、続いて共同記者発表が行われました。その後、田中総理夫妻主催の晩餐会が開催されました。\n"
     "1 両首脳は、両国関係を「包括的戦略的パートナーシップ」に格上げすることで一致しました。\n"
     "2 田中総理から、南シナ海における力による一方的な現状変更の試みに強く反対する旨述べました。\n",
     {"doc_type": "meeting", "doc_date": "2023-11-27", "n_events": 1},
     [{"date": "2023-11-27", "kind": "summit", "city": "東京", "start_local": "17:55", "start_jst": "17:55", "duration_min": 45,
       "outcomes": [AG], "principals": [("田中", "総理大臣", "JP"), ("トゥオン", "国家主席", "VN")]}]),
    ("日・モンゴル外相会談及び昼食会\n令和6年6月3日\n\n"
     "6月3日、午前11時30分から約30分間、佐藤外務大臣は、外務省において、ボルド・モンゴル外務大臣と外相会談を行い、引き続き約1時間、佐藤大臣主催の昼食会を開催しました。\n"
     "1 両外相は、レアアース等の鉱物資源開発で協力していくことで一致しました。\n"
     "2 ボルド大臣から、モンゴル国民に対する査証の緩和を要請しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-06-03", "n_events": 1},
     [{"date": "2024-06-03", "kind": "foreign_ministers", "city": "東京", "start_local": "11:30", "start_jst": "11:30",
       "outcomes": [AG, rq("MN")], "principals": [("佐藤", "外務大臣", "JP"), ("ボルド", "外務大臣", "MN")]}]),
    ("日・ウルグアイ首脳会談及び夕食会\n令和6年3月22日\n\n"
     "3月22日、午後6時15分から約25分間、田中内閣総理大臣は、総理大臣官邸において、公式実務訪問中のラカジェ・ウルグアイ大統領と首脳会談を行い、その後、約1時間、田中総理主催の夕食会を開催しました。会談後、両首脳は共同記者発表を行いました。\n"
     "1 両首脳は、日・ウルグアイ投資協定の早期発効に向けて協力することで一致しました。\n"
     "2 ラカジェ大統領から、ウルグアイ産牛肉の市場アクセス改善を求めました。\n",
     {"doc_type": "meeting", "doc_date": "2024-03-22", "n_events": 1},
     [{"date": "2024-03-22", "kind": "summit", "city": "東京", "start_local": "18:15", "start_jst": "18:15", "duration_min": 25,
       "outcomes": [AG, rq("UY")], "principals": [("田中", "総理大臣", "JP"), ("ラカジェ", "大統領", "UY")]}]),
    ("日・カタール外相会談\n令和7年2月17日\n\n"
     "2月17日、午後2時から約50分間、佐藤外務大臣は、外務省飯倉公館において、外務省賓客として訪日中のアル・サーニ・カタール首相兼外務大臣と外相会談を行いました。会談後、両外相は、日カタール間の戦略的対話の設置に関する覚書に署名しました。\n"
     "1 両外相は、エネルギー安全保障について緊密に意思疎通していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-02-17", "n_events": 1},
     [{"date": "2025-02-17", "kind": "foreign_ministers", "city": "東京", "start_local": "14:00", "start_jst": "14:00",
       "duration_min": 50, "outcomes": [AG], "principals": [("佐藤", "外務大臣", "JP"), ("アル・サーニ", "首相兼外務大臣", "QA")]}]),
]

# --- 4. statements, comments and releases: no talk of their own ---------------------------------------------------------
STATEMENTS = [
    ("外務大臣談話\nスリランカにおける大統領選挙の実施について\n令和6年9月23日\n\n"
     "1 我が国は、9月21日に実施されたスリランカ民主社会主義共和国における大統領選挙が平和裡に行われたことを歓迎します。\n"
     "2 我が国は、昨年の首脳会談で一致したとおり、同国の経済再建を引き続き支援していきます。\n",
     {"doc_type": "statement", "doc_date": "2024-09-23", "n_events": 0}, []),
    ("外務報道官談話\nモルディブとの間の航空協定の署名について\n令和5年12月4日\n\n"
     "1 12月4日、マレにおいて、日本国政府とモルディブ共和国政府との間の航空協定の署名が行われました。\n"
     "2 この協定は、本年3月の外相会談において早期署名で一致していたものであり、両国間の人的交流の拡大が期待されます。\n",
     {"doc_type": "statement", "doc_date": "2023-12-04", "n_events": 0}, []),
    ("報道発表\nエクアドル共和国に対する無償資金協力に関する書簡の交換\n令和6年1月30日\n\n"
     "1 1月30日、キトにおいて、在エクアドル日本国大使と同国外務大臣との間で、災害対策機材の供与に関する書簡の交換が行われました。\n"
     "2 この協力は、先般の両国外相会談において先方から要請があったものです。\n",
     {"doc_type": "other", "doc_date": "2024-01-30", "n_events": 0}, []),
    ("G7外相声明\n中東情勢について\n令和6年4月14日\n\n"
     "我々G7外相は、イランによるイスラエルへの攻撃を最も強い言葉で非難する。\n"
     "我々は、全ての当事者に対し、最大限の自制を求め、国際社会に対し、事態の更なる悪化を防ぐための協力を呼びかける。\n",
     {"doc_type": "statement", "doc_date": "2024-04-14", "n_events": 0}, []),
    ("外務大臣談話\n日・ASEAN友好協力50周年の終了に当たって\n令和5年12月31日\n\n"
     "1 本年は日・ASEAN友好協力50周年に当たり、12月には東京で特別首脳会議が開催されました。\n"
     "2 これまでの首脳会談や外相会談で一致した協力を着実に具体化し、来年以降も関係を一層強化していきます。\n",
     {"doc_type": "statement", "doc_date": "2023-12-31", "n_events": 0}, []),
]

# --- 5. results as quoted speech, 双方は…確認, …との認識で一致; calls on third parties are none -----------------------------
QUOTED = [
    ("日・ノルウェー外相会談\n令和6年5月13日\n\n"
     "5月13日、佐藤外務大臣は、オスロにおいて、ハウゲ・ノルウェー外務大臣と外相会談を行いました。\n"
     "1 佐藤大臣は「北極における法の支配を維持することが重要である」と述べました。\n"
     "2 ハウゲ大臣は「洋上風力の分野で日本との協力を深めたい」と発言しました。\n"
     "3 双方は、海洋安全保障の分野で意思疎通を継続することを確認しました。\n",
     {"doc_type": "meeting", "n_events": 1},
     [{"date": "2024-05-13", "kind": "foreign_ministers", "city": "オスロ", "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ハウゲ", "外務大臣", "NO")]}]),
    ("日・ガーナ首脳会談\n令和5年6月20日\n\n"
     "6月20日、田中内閣総理大臣は、来日中のアサンテ・ガーナ大統領と首脳会談を行いました。\n"
     "1 両首脳は、サヘル地域の不安定化が沿岸国にも波及しているとの認識で一致しました。\n"
     "2 両首脳は、国際社会に対し、西アフリカの平和と安定への一層の支援を呼びかけました。\n"
     "3 アサンテ大統領は「日本の人材育成支援に深く感謝する」と述べました。\n",
     {"doc_type": "meeting", "n_events": 1},
     [{"date": "2023-06-20", "kind": "summit", "outcomes": [AG],
       "principals": [("田中", "総理大臣", "JP"), ("アサンテ", "大統領", "GH")]}]),
    ("日・オランダ首脳会談\n令和6年7月10日\n\n"
     "7月10日、ワシントンDCを訪問中の田中内閣総理大臣は、スホーフ・オランダ首相と首脳会談を行いました。\n"
     "1 田中総理から「半導体分野での協力を更に拡大していきたい」と発言し、スホーフ首相は「全く同感である」と応じました。\n"
     "2 双方は、ウクライナへの支援を継続することを改めて確認しました。\n",
     {"doc_type": "meeting", "n_events": 1},
     [{"date": "2024-07-10", "kind": "summit", "city": "ワシントンDC", "outcomes": [AG, AG],
       "principals": [("田中", "総理大臣", "JP"), ("スホーフ", "首相", "NL")]}]),
    ("日・フィジー外相会談\n令和5年2月8日\n\n"
     "2月8日、佐藤外務大臣は、来日中のカミカミカ・フィジー副首相兼外務大臣と外相会談を行いました。\n"
     "1 両外相は、気候変動が太平洋島嶼国にとって最大の脅威であるとの認識で一致しました。\n"
     "2 両外相は、国際社会に対して、島嶼国の強靱化への支援を共に呼びかけていくことを確認しました。\n"
     "3 カミカミカ大臣は、ALPS処理水の海洋放出について「科学的根拠に基づく丁寧な説明を求める」と述べました。\n",
     {"doc_type": "meeting", "n_events": 1},
     [{"date": "2023-02-08", "kind": "foreign_ministers", "outcomes": [AG, AG, rq("FJ")],
       "principals": [("佐藤", "外務大臣", "JP"), ("カミカミカ", "副首相兼外務大臣", "FJ")]}]),
    ("日・チェコ外相会談\n令和6年10月2日\n\n"
     "10月2日、佐藤外務大臣は、プラハにおいて、リパフスキー・チェコ外務大臣と外相会談を行いました。\n"
     "1 リパフスキー大臣から「日本はインド太平洋における最も重要なパートナーである」との発言があり、佐藤大臣から「チェコとの協力を一層深めたい」と述べました。\n"
     "2 両外相は、ロシアによるウクライナ侵略を非難し、国際社会に対し、ウクライナへの支援の継続を呼びかけました。\n"
     "3 双方は、2025年の外交関係再開70周年を機に、交流を拡大していくことを確認しました。\n",
     {"doc_type": "meeting", "n_events": 1},
     [{"date": "2024-10-02", "kind": "foreign_ministers", "city": "プラハ", "outcomes": [AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("リパフスキー", "外務大臣", "CZ")]}]),
]

# --- 6. old chronology pages of visitors to Japan: 来日要人 lines by day, 昭和 dates, ソ連 and 西独 --------------------------
OLDCHRON = [
    ("主要来日要人(昭和63年)\n\n"
     "1月\n"
     "18日 シェワルナゼ・ソ連外務大臣、宇野外務大臣と会談\n"
     "19日 シェワルナゼ・ソ連外務大臣、竹下総理大臣を表敬\n"
     "2月\n"
     "3日 ゲンシャー・西独外務大臣、宇野外務大臣と会談\n",
     {"doc_type": "chronology", "n_events": 3},
     [{"date": "1988-01-18", "kind": "foreign_ministers",
       "principals": [("宇野", "外務大臣", "JP"), ("シェワルナゼ", "外務大臣", "SU")]},
      {"date": "1988-01-19", "principals": [("竹下", "総理大臣", "JP"), ("シェワルナゼ", "外務大臣", "SU")]},
      {"date": "1988-02-03", "kind": "foreign_ministers",
       "principals": [("宇野", "外務大臣", "JP"), ("ゲンシャー", "外務大臣", "DE")]}]),
    ("来日要人一覧\n昭和61年\n\n"
     "昭和61年5月12日 コール西独首相 中山総理大臣と首脳会談\n"
     "昭和61年9月25日 タリジン・ソ連第一副首相 中山総理大臣と会見\n"
     "昭和61年11月4日 ホーク豪州首相 中山総理大臣と首脳会談\n",
     {"doc_type": "chronology", "n_events": 3},
     [{"date": "1986-05-12", "kind": "summit", "principals": [("中山", "総理大臣", "JP"), ("コール", "首相", "DE")]},
      {"date": "1986-09-25", "principals": [("中山", "総理大臣", "JP"), ("タリジン", "第一副首相", "SU")]},
      {"date": "1986-11-04", "kind": "summit", "principals": [("中山", "総理大臣", "JP"), ("ホーク", "首相", "AU")]}]),
    ("要人往来(平成2年)\n\n"
     "| 月日 | 来日要人 | 主な日程 |\n"
     "| 4月16日 | ゴルバチョフ・ソ連大統領 | 海部総理大臣と首脳会談 |\n"
     "| 4月17日 | ヴァイツゼッカー・ドイツ連邦共和国大統領 | 海部総理大臣と会談 |\n"
     "| 6月5日 | ロカール・フランス首相 | 海部総理大臣と首脳会談 |\n",
     {"doc_type": "chronology", "n_events": 3},
     [{"date": "1990-04-16", "kind": "summit", "principals": [("海部", "総理大臣", "JP"), ("ゴルバチョフ", "大統領", "SU")]},
      {"date": "1990-04-17", "kind": "summit", "principals": [("海部", "総理大臣", "JP"), ("ヴァイツゼッカー", "大統領", "DE")]},
      {"date": "1990-06-05", "kind": "summit", "principals": [("海部", "総理大臣", "JP"), ("ロカール", "首相", "FR")]}]),
    ("要人来日日程(平成14年)\n\n"
     "●10月21日(月)～24日(木) シュレーダー・ドイツ首相\n"
     "  22日 小林総理大臣と首脳会談\n"
     "  23日 川田外務大臣と会談\n"
     "●11月6日(水)～8日(金) カシアノフ・ロシア首相\n"
     "  7日 小林総理大臣と首脳会談\n",
     {"doc_type": "chronology", "n_events": 3},
     [{"date": "2002-10-22", "kind": "summit", "principals": [("小林", "総理大臣", "JP"), ("シュレーダー", "首相", "DE")]},
      {"date": "2002-10-23", "principals": [("川田", "外務大臣", "JP"), ("シュレーダー", "首相", "DE")]},
      {"date": "2002-11-07", "kind": "summit", "principals": [("小林", "総理大臣", "JP"), ("カシアノフ", "首相", "RU")]}]),
    ("主な来日要人(昭和55年)\n\n"
     "4月\n"
     " 8日 ポノマリョフ・ソ連共産党国際部長 大平総理大臣と会見\n"
     "5月\n"
     " 1日 シュミット・西独首相 大平総理大臣と首脳会談\n"
     " 2日 シュミット西独首相 園山外務大臣と会談\n",
     {"doc_type": "chronology", "n_events": 3},
     [{"date": "1980-04-08", "principals": [("大平", "総理大臣", "JP"), ("ポノマリョフ", "国際部長", "SU")]},
      {"date": "1980-05-01", "kind": "summit", "principals": [("大平", "総理大臣", "JP"), ("シュミット", "首相", "DE")]},
      {"date": "1980-05-02", "principals": [("園山", "外務大臣", "JP"), ("シュミット", "首相", "DE")]}]),
]

# --- stress: written after the rows of this round, scored at first sight with them (864b15b) -------------------------
STRESS = [
    ("日・スペイン外相電話会談\n令和7年7月1日\n\n"
     "7月1日、午後9時から約15分間、山本外務大臣は、先方からの要請により、アルバレス・スペイン外務大臣と電話による会談を行いました。\n"
     "1 両外相は、中南米地域の安定が両国にとって重要であるとの認識で一致しました。\n"
     "2 アルバレス大臣は「日本の人道支援に深く感謝する」と述べました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-07-01", "n_events": 1},
     [{"date": "2025-07-01", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "21:00",
       "start_jst": "21:00", "duration_min": 15, "outcomes": [AG],
       "principals": [("山本", "外務大臣", "JP"), ("アルバレス", "外務大臣", "ES")]}]),
    ("日・ポーランド外相会談及び日・チェコ外相会談\n令和7年2月24日\n\n"
     "2月24日、ブリュッセルを訪問中の山本外務大臣は、コヴァルスキ・ポーランド外務大臣と日ポーランド外相会談を、引き続き"
     "ノヴォトニー・チェコ外務大臣と日チェコ外相会談を行いました。\n"
     "1 日ポーランド外相会談\n"
     "午前9時から約25分間行われ、両外相は、ウクライナの復興支援で連携していくことで一致しました。\n"
     "2 日チェコ外相会談\n"
     "午前10時から約20分間行われ、山本大臣から、チェコ国内の日系企業の事業環境の改善を求めました。\n",
     {"doc_type": "meeting", "doc_date": "2025-02-24", "n_events": 2},
     [{"date": "2025-02-24", "kind": "foreign_ministers", "city": "ブリュッセル", "start_local": "09:00", "start_jst": None,
       "duration_min": 25, "outcomes": [AG], "principals": [("山本", "外務大臣", "JP"), ("コヴァルスキ", "外務大臣", "PL")]},
      {"date": "2025-02-24", "kind": "foreign_ministers", "city": "ブリュッセル", "start_local": "10:00", "start_jst": None,
       "duration_min": 20, "outcomes": [rq("JP")], "principals": [("山本", "外務大臣", "JP"), ("ノヴォトニー", "外務大臣", "CZ")]}]),
    ("日・ケニア首脳会談\n令和7年3月12日\n\n"
     "3月12日、午後5時30分から約40分間、山本内閣総理大臣は、迎賓館赤坂離宮において、国賓として訪日中のオディアンボ・ケニア大統領と"
     "首脳会談を行いました。会談後、両首脳立ち会いの下で文書の署名式が行われ、続いて共同記者発表を行いました。その後、山本総理主催の"
     "晩餐会が開催されました。\n"
     "1 両首脳は、両国関係を戦略的パートナーシップに格上げすることで一致しました。\n"
     "2 オディアンボ大統領から、日本企業の地熱発電分野への参画を要請しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-03-12", "n_events": 1},
     [{"date": "2025-03-12", "kind": "summit", "city": "東京", "start_local": "17:30", "start_jst": "17:30", "duration_min": 40,
       "outcomes": [AG, rq("KE")], "principals": [("山本", "総理大臣", "JP"), ("オディアンボ", "大統領", "KE")]}]),
    ("内閣総理大臣談話\n日・ペルー租税条約の署名について\n令和7年4月8日\n\n"
     "1 本日、リマにおいて、日・ペルー租税条約の署名が行われました。\n"
     "2 この条約は、昨年11月の日・ペルー首脳会談で早期署名を目指すことで一致していたものです。\n",
     {"doc_type": "statement", "doc_date": "2025-04-08", "n_events": 0}, []),
    ("日・モロッコ首脳会談\n令和7年5月20日\n\n"
     "5月20日、山本内閣総理大臣は、来日中のベナニ・モロッコ首相と首脳会談を行いました。\n"
     "1 山本総理から「アフリカの玄関口としてのモロッコとの協力を深めたい」と発言し、ベナニ首相は「同じ考えである」と応じました。\n"
     "2 両首脳は、国際社会に対し、サヘル地域への人道支援の強化を呼びかけました。\n"
     "3 双方は、来年の外交関係樹立70周年に向けて交流を拡大していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-05-20", "n_events": 1},
     [{"date": "2025-05-20", "kind": "summit", "outcomes": [AG, AG],
       "principals": [("山本", "総理大臣", "JP"), ("ベナニ", "首相", "MA")]}]),
    ("主な来日要人(平成元年)\n\n"
     "9月\n"
     "11日 ベッカー・西独外務大臣、中山外務大臣と会談\n"
     "12日 ベッカー・西独外務大臣、海部総理大臣を表敬\n"
     "11月\n"
     "6日 ペトロワ・ソ連副首相、海部総理大臣と会見\n",
     {"doc_type": "chronology", "n_events": 3},
     [{"date": "1989-09-11", "kind": "foreign_ministers", "principals": [("中山", "外務大臣", "JP"), ("ベッカー", "外務大臣", "DE")]},
      {"date": "1989-09-12", "principals": [("海部", "総理大臣", "JP"), ("ベッカー", "外務大臣", "DE")]},
      {"date": "1989-11-06", "principals": [("海部", "総理大臣", "JP"), ("ペトロワ", "副首相", "SU")]}]),
]
# --- stress2: written after stress, scored at first sight with the rows to a67e9e7 ----------------------------------
STRESS2 = [
    ("日・ヨルダン首脳電話会談\n令和7年6月16日\n\n"
     "本16日、午後10時(日本時間)から約20分間、山本内閣総理大臣は、先方の求めに応じ、アブドッラー2世・ヨルダン国王と電話会談を行いました。\n"
     "1 両首脳は、中東情勢の沈静化に向けて緊密に意思疎通していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-06-16", "n_events": 1},
     [{"date": "2025-06-16", "kind": "summit", "channel": "telephone", "city": None, "start_local": "22:00",
       "start_jst": "22:00", "duration_min": 20, "outcomes": [AG]}]),
    ("日・ラオス、日・タイ、日・ミャンマー外相会談\n令和7年7月10日\n\n"
     "7月10日、クアラルンプールを訪問中の山本外務大臣は、サルムサイ・ラオス外務大臣、チャイヤ・タイ外務大臣及びタン・スエ・ミャンマー外務大臣と"
     "それぞれ外相会談を行いました。\n"
     "1 日ラオス外相会談\n"
     "(1)午前8時30分から約15分間行われました。\n"
     "(2)両外相は、連結性強化に向けて協力していくことで一致しました。\n"
     "2 日タイ外相会談\n"
     "(1)午前9時から約20分間行われました。\n"
     "(2)山本大臣から、国境地帯の特殊詐欺拠点への対策強化を要請しました。\n"
     "3 日ミャンマー外相会談\n"
     "(1)午前9時30分から約20分間行われました。\n"
     "(2)山本大臣から、暴力の即時停止を強く求めました。\n",
     {"doc_type": "meeting", "doc_date": "2025-07-10", "n_events": 3},
     [{"date": "2025-07-10", "kind": "foreign_ministers", "city": "クアラルンプール", "start_local": "08:30", "duration_min": 15,
       "outcomes": [AG], "principals": [("山本", "外務大臣", "JP"), ("サルムサイ", "外務大臣", "LA")]},
      {"date": "2025-07-10", "kind": "foreign_ministers", "city": "クアラルンプール", "start_local": "09:00", "duration_min": 20,
       "outcomes": [rq("JP")], "principals": [("山本", "外務大臣", "JP"), ("チャイヤ", "外務大臣", "TH")]},
      {"date": "2025-07-10", "kind": "foreign_ministers", "city": "クアラルンプール", "start_local": "09:30", "duration_min": 20,
       "outcomes": [rq("JP")], "principals": [("山本", "外務大臣", "JP"), ("タン・スエ", "外務大臣", "MM")]}]),
    ("日・アイルランド外相会談\n令和7年9月3日\n\n"
     "9月3日、午後0時15分から約1時間15分間、山本外務大臣は、外務省飯倉公館において、来日中のオブライエン・アイルランド外務大臣と"
     "ワーキング・ランチを交えて外相会談を行いました。会談後、両外相は、ワーキング・ホリデー制度に関する書簡に署名しました。\n"
     "1 両外相は、デジタル分野での協力を拡大していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-09-03", "n_events": 1},
     [{"date": "2025-09-03", "kind": "foreign_ministers", "city": "東京", "start_local": "12:15", "start_jst": "12:15",
       "duration_min": 75, "outcomes": [AG], "principals": [("山本", "外務大臣", "JP"), ("オブライエン", "外務大臣", "IE")]}]),
    ("外務大臣談話\nグアテマラにおける大統領就任について\n令和6年1月15日\n\n"
     "1 我が国は、1月14日、アレバロ大統領が就任したことを歓迎します。\n"
     "2 我が国は、昨年9月の外相会談で確認したとおり、同国の民主主義の強化を支援していきます。\n",
     {"doc_type": "statement", "doc_date": "2024-01-15", "n_events": 0}, []),
    ("日・セネガル外相会談\n令和7年8月20日\n\n"
     "8月20日、山本外務大臣は、横浜において、ディオプ・セネガル外務大臣と外相会談を行いました。\n"
     "1 ディオプ大臣から「日本の港湾整備支援は我が国の発展に欠かせない」との発言があり、山本大臣から、引き続き支援していく旨述べました。\n"
     "2 両外相は、国際社会に対して、サヘル地域の安定に向けた協力を呼びかけていくことを確認しました。\n"
     "3 山本大臣から「早期に経済対話を立ち上げたい」と述べ、ディオプ大臣はこれに賛同しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-08-20", "n_events": 1},
     [{"date": "2025-08-20", "kind": "foreign_ministers", "city": "横浜", "outcomes": [AG, AG],
       "principals": [("山本", "外務大臣", "JP"), ("ディオプ", "外務大臣", "SN")]}]),
    ("来日要人(昭和59年)\n\n"
     "| 月日 | 来日要人 | 主な日程 |\n"
     "| 3月23日 | ミッテラン・フランス大統領 | 中曽根総理大臣と首脳会談 |\n"
     "| 5月8日 | グロムイコ・ソ連外務大臣 | 安倍外務大臣と会談 |\n"
     "| 11月20日 | コール・西独首相 | 中曽根総理大臣と首脳会談 |\n",
     {"doc_type": "chronology", "n_events": 3},
     [{"date": "1984-03-23", "kind": "summit", "principals": [("中曽根", "総理大臣", "JP"), ("ミッテラン", "大統領", "FR")]},
      {"date": "1984-05-08", "kind": "foreign_ministers", "principals": [("安倍", "外務大臣", "JP"), ("グロムイコ", "外務大臣", "SU")]},
      {"date": "1984-11-20", "kind": "summit", "principals": [("中曽根", "総理大臣", "JP"), ("コール", "首相", "DE")]}]),
]
# fmt: on

SETS = {"phone": PHONE, "two": TWO, "tokyo": TOKYO, "statements": STATEMENTS, "quoted": QUOTED, "oldchron": OLDCHRON,
        "stress": STRESS, "stress2": STRESS2}

# first sight (h-gen10 at b0c7507, before any code or row of this round): {set: {family: (found, expected, fp)}}
FIRST_SIGHT: dict[str, dict[str, tuple[int, int, int]]] = {
    "phone": {"doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "n_events": (5, 5, 0), "title": (1, 1, 0), "outcomes": (6, 6, 0),
              "date": (5, 5, 0), "kind": (5, 5, 0), "channel": (5, 5, 0), "city": (5, 5, 0), "principals": (10, 10, 0),
              "duration_min": (5, 5, 0), "start_local": (4, 5, 0), "start_jst": (4, 4, 0)},
    "two": {"doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "n_events": (2, 5, 0), "outcomes": (7, 10, 3), "date": (7, 10, 0),
            "kind": (7, 10, 0), "city": (5, 10, 0), "principals": (14, 20, 3), "duration_min": (0, 10, 0), "start_local": (0, 10, 0),
            "start_jst": (1, 8, 0)},
    "tokyo": {"doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "n_events": (5, 5, 0), "outcomes": (7, 7, 0), "date": (5, 5, 0),
              "kind": (5, 5, 0), "city": (4, 5, 0), "principals": (9, 10, 1), "duration_min": (4, 4, 0), "start_local": (5, 5, 0),
              "start_jst": (4, 5, 0)},
    "statements": {"doc_type": (1, 5, 0), "doc_date": (5, 5, 0), "n_events": (4, 5, 0)},
    "quoted": {"doc_type": (5, 5, 0), "n_events": (5, 5, 0), "outcomes": (7, 8, 0), "date": (5, 5, 0), "kind": (5, 5, 0),
               "city": (3, 3, 0), "principals": (10, 10, 0)},
    "oldchron": {"doc_type": (2, 5, 0), "n_events": (1, 5, 0), "date": (4, 15, 0), "kind": (4, 10, 0), "principals": (12, 30, 5)},
}
# floors asserted: {set: {family: (found at least, false positives at most)}}
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    "phone": {"doc_type": (5, 0), "doc_date": (5, 0), "n_events": (5, 0), "title": (1, 0), "outcomes": (6, 0), "date": (5, 0),
              "kind": (5, 0), "channel": (5, 0), "city": (5, 0), "principals": (10, 0), "duration_min": (5, 0), "start_local": (5, 0),
              "start_jst": (4, 0)},
    "two": {"doc_type": (5, 0), "doc_date": (5, 0), "n_events": (5, 0), "outcomes": (10, 0), "date": (10, 0), "kind": (10, 0),
            "city": (10, 0), "principals": (20, 0), "duration_min": (10, 0), "start_local": (10, 0), "start_jst": (8, 0)},
    "tokyo": {"doc_type": (5, 0), "doc_date": (5, 0), "n_events": (5, 0), "outcomes": (7, 0), "date": (5, 0), "kind": (5, 0),
              "city": (4, 0), "principals": (10, 0), "duration_min": (4, 0), "start_local": (5, 0), "start_jst": (4, 0)},
    "statements": {"doc_type": (5, 0), "doc_date": (5, 0), "n_events": (5, 0)},
    "quoted": {"doc_type": (5, 0), "n_events": (5, 0), "outcomes": (8, 0), "date": (5, 0), "kind": (5, 0), "city": (3, 0),
               "principals": (10, 0)},
    "oldchron": {"doc_type": (5, 0), "n_events": (5, 0), "date": (15, 0), "kind": (10, 0), "principals": (30, 0)},
    "stress": {"doc_type": (6, 0), "doc_date": (5, 0), "n_events": (6, 0), "outcomes": (7, 0), "date": (8, 0), "kind": (6, 0),
               "channel": (1, 0), "city": (4, 0), "principals": (16, 0), "duration_min": (4, 0), "start_local": (4, 0),
               "start_jst": (4, 0)},
    "stress2": {"doc_type": (6, 0), "doc_date": (5, 0), "n_events": (6, 0), "outcomes": (7, 0), "date": (9, 0), "kind": (9, 0),
                "channel": (1, 0), "city": (6, 0), "principals": (16, 0), "duration_min": (5, 0), "start_local": (5, 0),
                "start_jst": (2, 0)},
}


PROBE = Probe(FIRST_SIGHT, FLOORS, lambda name: score(SETS[name])[0])
probe_sets, test_family_floor = PROBE.probe_sets, PROBE.floor_test()


def test_probe_size():
    assert all(4 <= len(pages) <= 15 for pages in SETS.values())
    assert sum(len(pages) for pages in SETS.values()) >= 30


if __name__ == "__main__":
    import sys

    print_report(SETS, sys.argv[1:])
