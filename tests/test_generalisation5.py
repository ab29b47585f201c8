"""Generalisation probe 5: many countries, scored per family at first sight (issue 13).

The hidden sets are about Japan's relations with many more countries than the seen ones (../shared/real covers
about 45, most of them in Asia, the Americas and western Europe). Every page below was written for this probe in
the ministry's style (the real pages read for their style only, never quoted), one per country the seen set
covers little or not at all: the Gulf, the Levant, Africa, Latin America, the Nordic and central European states,
Central and South-East Asia, the Pacific, the EU's two presidents and the secretaries-general of ASEAN and the
UN. They vary the counterpart's title (国王, 皇太子兼首相, 首長, 大統領, 連邦大統領, 連邦首相, 副首相兼外務大臣,
外務・国際協力大臣, 欧州・外務大臣, 外務貿易大臣, 外務次官, 事務総長 …), the name (katakana joined by ・ and ＝,
Arabic and Lao names the page then shortens to the given name, a regnal number, English or a reading in
brackets), the city (capitals and others, (於:…), 現地時間, a venue in Tokyo, a gathering's name) and the
Japanese side (総理, 外務大臣, 外務副大臣, 外務大臣政務官). Expected facts follow ../shared/record-format.md and
../shared/real/README.md (organisations: EU as EU, others no country; a courtesy call of a parliamentary
vice-minister on a president is `other`; a telephone or video talk has no city).

Scored as tests/test_generalisation3.py scores (found / expected / false positives per family), with the
event's ``countries`` and the document's ``title`` besides:

    set (pages)   family        first sight (4605d4a)   after this round      (found / expected, false positives)
    main (48)     principals     96 / 97, 0              97 / 97, 0  (国際連合事務総長, 国連事務総長: an organisation's
                                                                      officer, of no country)
                  names          56 / 97, 0              97 / 97, 0  (the full name where the page never shortens
                                                                      it: now its surname, roles.name_* rows)
                  countries      48 / 48, 0              48 / 48, 0  (マリア named Mali once Mali was a row: country
                                                                      names are whole katakana words now)
                  city           45 / 45, 0              45 / 45, 0
                  kind           48 / 48, 0              48 / 48, 0
                  date           48 / 48, 0              48 / 48, 0
                  title          48 / 48, 0              48 / 48, 0
                  doc_date, n_events, channel exact at first sight
    rare (24)     principals     31 / 48, 1              48 / 48, 0  (32 states added to gaiko/countries.py, formal
                                                                      names as aliases; 元首 a head's title; フェリペ6世)
                  names          25 / 48, 1              48 / 48, 0
                  countries       7 / 24, 0              24 / 24, 0  (タイ inside リヒテンシュタイン: whole words)
                  city           15 / 23, 0              23 / 23, 0  (25 capitals and 45 other cities CLDR names no
                                                                      time zone after: rows of mofa_cities.tsv)
                  kind           23 / 24, 0              24 / 24, 0  (元首 outranks no one as 元 + 首: not "former")
                  date           24 / 24, 0              24 / 24, 0
                  title          24 / 24, 0              24 / 24, 0
    stress (12)   written after the rows, first sight with them (bc5e8f0): all exact but countries 12 / 13 (a visit
                  to two countries, ベナン及びブルキナファソ訪問, gave its talks the heading's longest-named country;
                  now the visited country the talk's sentence names: talks.several_visited, 13 / 13); names 13 -> 24 / 24
    titles (8)    a foreign minister's title naming another portfolio or none of 外務 under a heading naming no
                  kind (…との会談), first sight at ebe8074: kind 3 / 8 (対外関係大臣, 対外関係・協力大臣, 外務貿易大臣,
                  外務協力大臣, 欧州・国際問題大臣 read as other ministers) -> 8 / 8 (roles.fm rows); all else exact
    heads (6)     heads of state by other titles and offices a prime minister meets, first sight at d4617c7:
                  principals 8 / 12 -> 12 / 12 (大公, 執政, 総督, 上級相: title endings), kind 1 / 5 -> 5 / 5 (大公,
                  執政, 国家評議会議長, 主権評議会議長: heads of state); countries and city exact
    forms (5)     name forms, first sight at 408c23b: principals 7 / 10 -> 10 / 10 (the English form in brackets
                  between name and title without an honorific: ジョセフ・キマニ(Joseph Kimani)ケニア共和国大統領, and
                  with ・ after it); names 7 / 10 -> 10 / 10; all else exact
    orgs (3)      organisations beside the EU and the UN, first sight at 6452473: principals 4 / 6 -> 6 / 6, countries
                  2 / 3 -> 3 / 3 (連合, 理事会 as an organisation's body, 委員会委員長 as its officer: no country; an
                  acronym in brackets after the organisation's name no part of the title: 欧州連合(EU)外務・…)

On the real pages the round changes 20 records, each a fix by their gold (a role without the formal country name
before it: 民主社会主義共和国外務大臣 -> 外務大臣; フェリペ6世, 国王 for フェリペ, 6世国王; 38 principals' surnames;
シャナナ・グスマン's country TL through チモール), devset 1 (カーター), the tests' pages 1 (ジャイシャンカル, its
expected record updated to the same reading); real stays 0.954 (its scorer already matched those names and roles),
seeds 0.995, devset 1.000. CLDR through babel names cities only as
time-zone exemplars (scripts/build_gazetteer.py reads them all): the cities it lacks are hand-kept rows.

``principals`` counts a person as ../shared/score.py does (one name inside the other, the same country, a similar
title); ``names`` whether the name is the record format's shortest complete form (キマニ for ジョセフ・キマニ), which
score.py does not require. The real pages' gold writes a principal's ・-joined name the page never shortens as its
surname (エシムベコフ for サーブル・エシムベコフ, 38 principals of real and devset), unless names are written whole
(アウン・サン・スー・チー, フン・セン) or from a particle (デ・ラ・フエンテ); the extractor wrote them whole. It
writes the surname now (people.surname_form, roles.name_* rows), for principals only: the development set writes
attendees' names whole (トーマス・ベッカー). Set ``main`` is one page per country the seen set covers little; ``rare`` holds the
states the country table lacks, capitals and other cities the gazetteer lacks, and rare titles.

``python tests/test_generalisation5.py`` prints the table per family and every miss.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from tests.test_generalisation3 import Probe, _record, score


def P(name, role, cc):
    return (name, role, cc)


# (page, {doc field: expected}, [per event: {field: expected}])
# fmt: off
PAGES = [
    # --- the Gulf and the Middle East ---------------------------------------------------------------------------
    ("日・サウジアラビア首脳会談\n令和6年2月20日\n\n"
     "現地時間2月20日午後8時(日本時間21日午前2時)から約1時間、サウジアラビア王国を訪問中の森下内閣総理大臣は、"
     "リヤドにおいて、ファイサル・ビン・ハーリド・サウジアラビア王国皇太子兼首相(His Royal Highness Prince Faisal bin Khalid, "
     "Crown Prince and Prime Minister)と首脳会談を行いました。\n"
     "1 森下総理大臣から、エネルギー分野に加え、脱炭素や観光分野での協力を拡大したい旨述べ、ファイサル皇太子兼首相から賛意が示されました。\n",
     {"title": "日・サウジアラビア首脳会談", "doc_date": "2024-02-20", "n_events": 1},
     [{"date": "2024-02-20", "kind": "summit", "city": "リヤド", "countries": ["JP", "SA"],
       "principals": [P("森下", "総理大臣", "JP"), P("ファイサル", "皇太子兼首相", "SA")]}]),
    ("日・カタール首脳会談\n令和5年7月18日\n\n"
     "7月18日(現地時間)、午後6時15分から約45分間、カタール国を訪問中の森下総理大臣は、ドーハの首長府において、"
     "ハマド・サーニー・カタール国首長と首脳会談を行ったところ、概要は以下のとおりです。\n"
     "1 両首脳は、液化天然ガス(LNG)の安定供給の重要性を確認しました。\n",
     {"title": "日・カタール首脳会談", "doc_date": "2023-07-18", "n_events": 1},
     [{"date": "2023-07-18", "kind": "summit", "city": "ドーハ", "countries": ["JP", "QA"],
       "principals": [P("森下", "総理大臣", "JP"), P("サーニー", "首長", "QA")]}]),
    ("日・イラン外相会談\n令和4年9月21日\n\n"
     "現地時間9月21日午後3時(日本時間22日午前4時)から約50分間、国連総会出席のためニューヨークを訪問中の石井外務大臣は、"
     "アリー・レザー・モハンマディ・イラン・イスラム共和国外務大臣(H.E. Dr. Ali Reza Mohammadi, Minister of Foreign Affairs "
     "of the Islamic Republic of Iran)と日・イラン外相会談を行いました。\n"
     "1 石井大臣から、核合意をめぐる問題について、イランが建設的な対応をとるよう求めました。\n",
     {"title": "日・イラン外相会談", "doc_date": "2022-09-21", "n_events": 1},
     [{"date": "2022-09-21", "kind": "foreign_ministers", "city": "ニューヨーク", "countries": ["JP", "IR"],
       "principals": [P("石井", "外務大臣", "JP"), P("モハンマディ", "外務大臣", "IR")]}]),
    ("日・イスラエル首脳電話会談\n令和5年11月7日\n\n"
     "本7日、午後9時から約25分間、森下内閣総理大臣は、ベンヤミン・ガバイ・イスラエル国首相と電話会談を行いました。"
     "概要は以下のとおりです。\n1 森下総理大臣から、人質の早期解放と人道状況の改善を強く求めました。\n",
     {"title": "日・イスラエル首脳電話会談", "doc_date": "2023-11-07", "n_events": 1},
     [{"date": "2023-11-07", "kind": "summit", "channel": "telephone", "city": None, "countries": ["JP", "IL"],
       "principals": [P("森下", "総理大臣", "JP"), P("ガバイ", "首相", "IL")]}]),
    ("大野外務副大臣のエジプト訪問\n令和5年1月16日\n\n"
     "1 1月15日(現地時間)、エジプト・アラブ共和国を訪問中の大野外務副大臣は、カイロにおいて、"
     "サミーハ・ファウジ・エジプト外務副大臣と会談を行いました。\n"
     "2 両副大臣は、スエズ運河の安定的な運営に向けて緊密に連携していくことで一致しました。\n",
     {"title": "大野外務副大臣のエジプト訪問", "doc_date": "2023-01-16", "n_events": 1},
     [{"date": "2023-01-15", "kind": "vice_ministerial", "city": "カイロ", "countries": ["JP", "EG"],
       "principals": [P("大野", "外務副大臣", "JP"), P("ファウジ", "外務副大臣", "EG")]}]),
    ("日・ヨルダン首脳会談\n平成30年11月28日\n\n"
     "11月28日、午後6時から約40分間、藤原内閣総理大臣は、総理大臣公邸において、実務訪問賓客として訪日中の"
     "ハーシム・ヨルダン・ハシェミット王国国王陛下(His Majesty King Hashim)と首脳会談を行いました。\n"
     "1 ハーシム国王陛下から、難民受入れ国に対する日本の支援に謝意が表明されました。\n",
     {"title": "日・ヨルダン首脳会談", "doc_date": "2018-11-28", "n_events": 1},
     [{"date": "2018-11-28", "kind": "summit", "city": "東京", "countries": ["JP", "JO"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ハーシム", "国王", "JO")]}]),
    ("日・オマーン外相会談\n令和元年10月3日\n\n"
     "10月3日(現地時間)、オマーン国を訪問中の西川外務大臣は、マスカットにおいて、サイード・ビン・ナーセル・オマーン国外務大臣と"
     "外相会談を行いました。\n1 サイード大臣から、ホルムズ海峡の航行の安全について日本と協力したい旨の発言がありました。\n",
     {"title": "日・オマーン外相会談", "doc_date": "2019-10-03", "n_events": 1},
     [{"date": "2019-10-03", "kind": "foreign_ministers", "city": "マスカット", "countries": ["JP", "OM"],
       "principals": [P("西川", "外務大臣", "JP"), P("サイード", "外務大臣", "OM")]}]),
    # --- Africa -------------------------------------------------------------------------------------------------
    ("日・ケニア首脳会談\n令和6年2月8日\n\n"
     "2月8日、午後5時20分から約1時間、森下内閣総理大臣は、総理大臣官邸において、公式実務訪問賓客として訪日中の"
     "ジョセフ・キマニ・ケニア共和国大統領(H.E. Dr. Joseph Kimani, President of the Republic of Kenya)と首脳会談を行いました。\n"
     "1 両首脳は、モンバサ港の開発を含むインフラ分野での協力を推進していくことで一致しました。\n",
     {"title": "日・ケニア首脳会談", "doc_date": "2024-02-08", "n_events": 1},
     [{"date": "2024-02-08", "kind": "summit", "city": "東京", "countries": ["JP", "KE"],
       "principals": [P("森下", "総理大臣", "JP"), P("キマニ", "大統領", "KE")]}]),
    ("日・エチオピア外相会談\n令和5年5月3日\n\n"
     "現地時間5月3日午前10時(日本時間同日午後4時)から約40分間、エチオピア連邦民主共和国を訪問中の石井外務大臣は、"
     "アディスアベバにおいて、タデッセ・ゲブレ・エチオピア副首相兼外務大臣と会談を行いました。\n"
     "1 両大臣は、「アフリカの角」地域の平和と安定に向けて協力していくことで一致しました。\n",
     {"title": "日・エチオピア外相会談", "doc_date": "2023-05-03", "n_events": 1},
     [{"date": "2023-05-03", "kind": "foreign_ministers", "city": "アディスアベバ", "countries": ["JP", "ET"],
       "principals": [P("石井", "外務大臣", "JP"), P("ゲブレ", "副首相兼外務大臣", "ET")]}]),
    ("日・モロッコ外相会談\n令和4年6月14日\n\n"
     "6月14日、午前11時から約50分間、ラバトを訪問中の石井外務大臣は、ユーセフ・アラウイ・モロッコ王国外務・アフリカ協力・"
     "在外モロッコ人大臣と会談しました。\n1 両大臣は、経済関係の一層の強化で一致しました。\n",
     {"title": "日・モロッコ外相会談", "doc_date": "2022-06-14", "n_events": 1},
     [{"date": "2022-06-14", "kind": "foreign_ministers", "city": "ラバト", "countries": ["JP", "MA"],
       "principals": [P("石井", "外務大臣", "JP"), P("アラウイ", "外務・アフリカ協力・在外モロッコ人大臣", "MA")]}]),
    ("日・ガーナ首脳会談\n令和7年8月21日\n\n"
     "8月21日、午後2時30分から約30分間、第9回アフリカ開発会議(TICAD9)の機会に、森下内閣総理大臣は、"
     "クワメ・アサンテ・ガーナ共和国大統領と首脳会談を行いました。\n1 両首脳は、カカオ産業の高付加価値化に向けた協力を確認しました。\n",
     {"title": "日・ガーナ首脳会談", "doc_date": "2025-08-21", "n_events": 1},
     [{"date": "2025-08-21", "kind": "summit", "countries": ["JP", "GH"],
       "principals": [P("森下", "総理大臣", "JP"), P("アサンテ", "大統領", "GH")]}]),
    ("上野外務大臣政務官のセネガル訪問(結果)\n令和5年3月10日\n\n"
     "1 3月8日(現地時間)、セネガル共和国を訪問中の上野外務大臣政務官は、ダカールの大統領府において、"
     "ママドゥ・ンジャイ・セネガル共和国大統領を表敬しました。\n"
     "2 上野政務官から、総理の親書を手交し、ンジャイ大統領からは、日本の協力に感謝する旨の発言がありました。\n",
     {"title": "上野外務大臣政務官のセネガル訪問(結果)", "doc_date": "2023-03-10", "n_events": 1},
     [{"date": "2023-03-08", "kind": "other", "city": "ダカール", "countries": ["JP", "SN"],
       "principals": [P("上野", "外務大臣政務官", "JP"), P("ンジャイ", "大統領", "SN")]}]),
    ("日・タンザニア首脳会談\n令和4年9月26日\n\n"
     "9月26日、午後4時から約30分間、藤原総理大臣は、迎賓館赤坂離宮において、弔問のため訪日中のザイナブ・ハミシ・"
     "タンザニア連合共和国大統領と会談を行いました。\n1 両首脳は、二国間関係を一層発展させていくことで一致しました。\n",
     {"title": "日・タンザニア首脳会談", "doc_date": "2022-09-26", "n_events": 1},
     [{"date": "2022-09-26", "kind": "summit", "city": "東京", "countries": ["JP", "TZ"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ハミシ", "大統領", "TZ")]}]),
    ("日・ルワンダ外相会談\n令和6年1月9日\n\n"
     "現地時間1月9日午前9時30分から約1時間、ルワンダを訪問中の西川外務大臣は、キガリにおいて、ヴィンセント・ンセンギマナ・"
     "ルワンダ共和国外務・国際協力大臣と外相会談を行いました。\n1 西川大臣から、大湖地域の緊張緩和に向けたルワンダの役割に期待する旨述べました。\n",
     {"title": "日・ルワンダ外相会談", "doc_date": "2024-01-09", "n_events": 1},
     [{"date": "2024-01-09", "kind": "foreign_ministers", "city": "キガリ", "countries": ["JP", "RW"],
       "principals": [P("西川", "外務大臣", "JP"), P("ンセンギマナ", "外務・国際協力大臣", "RW")]}]),
    # --- Latin America ------------------------------------------------------------------------------------------
    ("日・ブラジル首脳会談\n令和6年5月4日\n\n"
     "現地時間5月4日午前11時30分(日本時間同日午後11時30分)から約1時間、ブラジル連邦共和国を訪問中の森下総理大臣は、"
     "サンパウロにおいて、ルイス・カルロス・サントス・ブラジル連邦共和国大統領と首脳会談を行いました。\n"
     "1 両首脳は、日系社会を架け橋とした人的交流を一層推進することで一致しました。\n",
     {"title": "日・ブラジル首脳会談", "doc_date": "2024-05-04", "n_events": 1},
     [{"date": "2024-05-04", "kind": "summit", "city": "サンパウロ", "countries": ["JP", "BR"],
       "principals": [P("森下", "総理大臣", "JP"), P("サントス", "大統領", "BR")]}]),
    ("日・アルゼンチン外相会談\n令和5年9月12日\n\n"
     "9月12日、午後6時から約1時間30分、石井外務大臣は、飯倉公館において、公式訪問中のディエゴ・フェルナンデス＝モリーナ・"
     "アルゼンチン共和国外務・通商・宗務大臣と会談を行いました。その後、ワーキング・ディナーを行いました。\n"
     "1 両大臣は、リチウム等の重要鉱物の分野で協力を進めることで一致しました。\n",
     {"title": "日・アルゼンチン外相会談", "doc_date": "2023-09-12", "n_events": 1},
     [{"date": "2023-09-12", "kind": "foreign_ministers", "city": "東京", "countries": ["JP", "AR"],
       "principals": [P("石井", "外務大臣", "JP"), P("フェルナンデス＝モリーナ", "外務・通商・宗務大臣", "AR")]}]),
    ("日・チリ首脳会談\n平成30年11月20日\n\n"
     "1 11月19日(現地時間)、チリ共和国を訪問中の藤原総理大臣は、サンティアゴの大統領府(モネダ宮殿)において、"
     "ガブリエル・ロハス・チリ共和国大統領と首脳会談を行いました。\n"
     "2 両首脳は、環太平洋パートナーシップ(TPP11)協定の着実な実施に向けて連携していくことを確認しました。\n",
     {"title": "日・チリ首脳会談", "doc_date": "2018-11-20", "n_events": 1},
     [{"date": "2018-11-19", "kind": "summit", "city": "サンティアゴ", "countries": ["JP", "CL"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ロハス", "大統領", "CL")]}]),
    ("日・コロンビア外相テレビ会談\n令和3年5月20日\n\n"
     "本20日、午後10時から約40分間、西川外務大臣は、アルバロ・レストレポ・コロンビア共和国外務大臣とテレビ会談を行いました。\n"
     "1 両大臣は、新型コロナウイルス感染症への対応で緊密に協力していくことを確認しました。\n",
     {"title": "日・コロンビア外相テレビ会談", "doc_date": "2021-05-20", "n_events": 1},
     [{"date": "2021-05-20", "kind": "foreign_ministers", "channel": "video", "city": None, "countries": ["JP", "CO"],
       "principals": [P("西川", "外務大臣", "JP"), P("レストレポ", "外務大臣", "CO")]}]),
    ("日・ウルグアイ首脳会談\n令和元年12月5日\n\n"
     "12月4日(現地時間)、ウルグアイ東方共和国を訪問中の藤原総理大臣は、モンテビデオの大統領府において、"
     "ルイス・アルベルト・ペレイラ・ウルグアイ東方共和国大統領と首脳会談を行いました。\n"
     "1 両首脳は、牛肉の輸入解禁を歓迎し、貿易・投資関係の拡大で一致しました。\n",
     {"title": "日・ウルグアイ首脳会談", "doc_date": "2019-12-05", "n_events": 1},
     [{"date": "2019-12-04", "kind": "summit", "city": "モンテビデオ", "countries": ["JP", "UY"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ペレイラ", "大統領", "UY")]}]),
    ("日・キューバ外相会談\n令和4年3月2日\n\n"
     "3月1日(現地時間)、キューバ共和国を訪問中の大野外務副大臣は、ハバナにおいて、オスカル・メサ・キューバ共和国外務大臣を表敬しました。\n"
     "1 大野副大臣から、日本企業の債務問題の解決を要請しました。\n",
     {"title": "日・キューバ外相会談", "doc_date": "2022-03-02", "n_events": 1},
     [{"date": "2022-03-01", "kind": "other", "city": "ハバナ", "countries": ["JP", "CU"],
       "principals": [P("大野", "外務副大臣", "JP"), P("メサ", "外務大臣", "CU")]}]),
    ("日・パナマ外相会談\n平成29年8月3日\n\n"
     "8月3日、午後3時から約45分間、村井外務大臣は、飯倉公館において、来日中のイサベル・ロドリゲス・パナマ共和国副大統領兼外務大臣と"
     "外相会談を行いました。\n1 両大臣は、パナマ運河の安定的な運営が重要であるとの認識で一致しました。\n",
     {"title": "日・パナマ外相会談", "doc_date": "2017-08-03", "n_events": 1},
     [{"date": "2017-08-03", "kind": "foreign_ministers", "city": "東京", "countries": ["JP", "PA"],
       "principals": [P("村井", "外務大臣", "JP"), P("ロドリゲス", "副大統領兼外務大臣", "PA")]}]),
    # --- Europe -------------------------------------------------------------------------------------------------
    ("日仏外相会談\n令和6年1月10日\n\n"
     "現地時間1月9日午後4時45分(日本時間10日午前0時45分)から約1時間、フランスを訪問中の石井外務大臣は、パリにおいて、"
     "ジャン＝リュック・ボネ・フランス欧州・外務大臣(H.E. Mr. Jean-Luc BONNET, Minister for Europe and Foreign Affairs)と"
     "日仏外相会談を行いました。\n1 両大臣は、日仏「2+2」を年内に開催することで一致しました。\n",
     {"title": "日仏外相会談", "doc_date": "2024-01-10", "n_events": 1},
     [{"date": "2024-01-09", "kind": "foreign_ministers", "city": "パリ", "countries": ["JP", "FR"],
       "principals": [P("石井", "外務大臣", "JP"), P("ボネ", "欧州・外務大臣", "FR")]}]),
    ("日・イタリア首脳会談\n令和5年1月11日\n\n"
     "(於:ローマ)\n1月10日午後6時30分(現地時間)から約1時間、森下総理大臣は、マルコ・ベネデッティ・イタリア共和国首相"
     "(閣僚評議会議長)と首脳会談を行いました。\n1 両首脳は、日伊関係を「戦略的パートナーシップ」に格上げすることで一致しました。\n",
     {"title": "日・イタリア首脳会談", "doc_date": "2023-01-11", "n_events": 1},
     [{"date": "2023-01-10", "kind": "summit", "city": "ローマ", "countries": ["JP", "IT"],
       "principals": [P("森下", "総理大臣", "JP"), P("ベネデッティ", "首相", "IT")]}]),
    ("日・ウクライナ首脳会談\n令和5年3月21日\n\n"
     "現地時間3月21日午後、ウクライナを訪問中の森下内閣総理大臣は、キーウにおいて、オレクサンドル・コヴァレンコ・ウクライナ大統領と"
     "日・ウクライナ首脳会談を行いました。\n1 両首脳は、「特別なグローバル・パートナーシップ」に関する共同声明を発出しました。\n",
     {"title": "日・ウクライナ首脳会談", "doc_date": "2023-03-21", "n_events": 1},
     [{"date": "2023-03-21", "kind": "summit", "city": "キーウ", "countries": ["JP", "UA"],
       "principals": [P("森下", "総理大臣", "JP"), P("コヴァレンコ", "大統領", "UA")]}]),
    ("日・フィンランド首脳会談\n令和5年10月24日\n\n"
     "10月24日、午後6時10分から約35分間、藤原総理大臣は、来日中のペッテリ・ヴィルタネン・フィンランド共和国首相と首脳会談を行いました"
     "(於:総理大臣官邸)。\n1 両首脳は、安全保障分野での協力を推進していくことで一致しました。\n",
     {"title": "日・フィンランド首脳会談", "doc_date": "2023-10-24", "n_events": 1},
     [{"date": "2023-10-24", "kind": "summit", "city": "東京", "countries": ["JP", "FI"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ヴィルタネン", "首相", "FI")]}]),
    ("日・ノルウェー外相会談\n平成29年9月7日\n\n"
     "9月7日(現地時間)、ノルウェー王国を訪問中の村井外務大臣は、オスロにおいて、トーレ・ハウゲン・ノルウェー王国外務大臣と"
     "外相会談を行いました。\n1 両大臣は、北極及び海洋分野での協力を進めていくことで一致しました。\n",
     {"title": "日・ノルウェー外相会談", "doc_date": "2017-09-07", "n_events": 1},
     [{"date": "2017-09-07", "kind": "foreign_ministers", "city": "オスロ", "countries": ["JP", "NO"],
       "principals": [P("村井", "外務大臣", "JP"), P("ハウゲン", "外務大臣", "NO")]}]),
    ("日・スイス首脳会談\n平成31年1月23日\n\n"
     "1月23日(現地時間)、世界経済フォーラム年次総会出席のためスイスを訪問中の藤原総理大臣は、ダボスにおいて、"
     "ウルス・ケラー・スイス連邦大統領と首脳会談を行いました。\n1 両首脳は、両国間の経済関係の強化で一致しました。\n",
     {"title": "日・スイス首脳会談", "doc_date": "2019-01-23", "n_events": 1},
     [{"date": "2019-01-23", "kind": "summit", "city": "ダボス", "countries": ["JP", "CH"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ケラー", "連邦大統領", "CH")]}]),
    ("日・ギリシャ首脳会談\n令和6年4月12日\n\n"
     "4月12日(現地時間)、ギリシャ共和国を訪問中の森下総理大臣は、アテネにおいて、ニコス・パパドプロス・ギリシャ共和国首相と"
     "首脳会談を行い、その後、ワーキング・ランチを行いました。\n1 両首脳は、海洋安全保障分野での協力で一致しました。\n",
     {"title": "日・ギリシャ首脳会談", "doc_date": "2024-04-12", "n_events": 1},
     [{"date": "2024-04-12", "kind": "summit", "city": "アテネ", "countries": ["JP", "GR"],
       "principals": [P("森下", "総理大臣", "JP"), P("パパドプロス", "首相", "GR")]}]),
    ("日・ポルトガル外相会談\n令和元年7月30日\n\n"
     "7月30日(現地時間)、ポルトガルを訪問中の西川外務大臣は、リスボンにおいて、ジョアン・ペドロ・シルヴァ・ポルトガル共和国"
     "国務・外務大臣と外相会談を行いました。\n1 両大臣は、両国の友好関係を一層強化することで一致しました。\n",
     {"title": "日・ポルトガル外相会談", "doc_date": "2019-07-30", "n_events": 1},
     [{"date": "2019-07-30", "kind": "foreign_ministers", "city": "リスボン", "countries": ["JP", "PT"],
       "principals": [P("西川", "外務大臣", "JP"), P("シルヴァ", "国務・外務大臣", "PT")]}]),
    ("日・オーストリア首脳会談\n令和元年10月22日\n\n"
     "10月22日、午後3時40分から約30分間、藤原総理大臣は、即位礼正殿の儀参列のため訪日中のゲオルク・フーバー・オーストリア共和国"
     "連邦首相と会談を行いました(於:迎賓館赤坂離宮)。\n1 両首脳は、来年の外交関係樹立150周年に向けて交流を進めることで一致しました。\n",
     {"title": "日・オーストリア首脳会談", "doc_date": "2019-10-22", "n_events": 1},
     [{"date": "2019-10-22", "kind": "summit", "city": "東京", "countries": ["JP", "AT"],
       "principals": [P("藤原", "総理大臣", "JP"), P("フーバー", "連邦首相", "AT")]}]),
    ("日・ハンガリー外相会談\n令和4年2月24日\n\n"
     "2月24日(現地時間)、ハンガリーを訪問中の石井外務大臣は、ブダペストにおいて、ペーテル・ナジ・ハンガリー外務貿易大臣と"
     "外相会談を行いました。\n1 両大臣は、ウクライナ情勢について緊密に連携していくことを確認しました。\n",
     {"title": "日・ハンガリー外相会談", "doc_date": "2022-02-24", "n_events": 1},
     [{"date": "2022-02-24", "kind": "foreign_ministers", "city": "ブダペスト", "countries": ["JP", "HU"],
       "principals": [P("石井", "外務大臣", "JP"), P("ナジ", "外務貿易大臣", "HU")]}]),
    ("日・ジョージア外相会談\n令和5年6月5日\n\n"
     "6月5日、午後4時から約40分間、石井外務大臣は、外務省において、来日中のニノ・ベリゼ・ジョージア外務大臣と外相会談を行いました。\n"
     "1 両大臣は、黒海地域の安定に向けて協力していくことで一致しました。\n",
     {"title": "日・ジョージア外相会談", "doc_date": "2023-06-05", "n_events": 1},
     [{"date": "2023-06-05", "kind": "foreign_ministers", "countries": ["JP", "GE"],
       "principals": [P("石井", "外務大臣", "JP"), P("ベリゼ", "外務大臣", "GE")]}]),
    ("大野外務副大臣とママドフ・アゼルバイジャン外務次官との会談\n令和5年8月30日\n\n"
     "8月29日(現地時間)、アゼルバイジャン共和国を訪問中の大野外務副大臣は、バクーにおいて、エルヌル・ママドフ・アゼルバイジャン共和国"
     "外務次官と会談しました。\n1 両者は、エネルギー分野での協力を進めていくことを確認しました。\n",
     {"title": "大野外務副大臣とママドフ・アゼルバイジャン外務次官との会談", "doc_date": "2023-08-30", "n_events": 1},
     [{"date": "2023-08-29", "kind": "vice_ministerial", "city": "バクー", "countries": ["JP", "AZ"],
       "principals": [P("大野", "外務副大臣", "JP"), P("ママドフ", "外務次官", "AZ")]}]),
    ("日・デンマーク首脳会談\n令和6年10月2日\n\n"
     "10月1日(現地時間)、デンマーク王国を訪問中の森下総理大臣は、コペンハーゲンのアマリエンボー宮殿において、"
     "クリスチャン11世デンマーク国王陛下に謁見しました。\n1 森下総理大臣から、グリーン分野での協力を進めたい旨述べました。\n",
     {"title": "日・デンマーク首脳会談", "doc_date": "2024-10-02", "n_events": 1},
     [{"date": "2024-10-01", "kind": "summit", "city": "コペンハーゲン", "countries": ["JP", "DK"],
       "principals": [P("森下", "総理大臣", "JP"), P("クリスチャン11世", "国王", "DK")]}]),
    # --- Central, South and South-East Asia ---------------------------------------------------------------------
    ("日・カザフスタン外相会談\n令和6年7月16日\n\n"
     "7月16日(現地時間)、カザフスタン共和国を訪問中の西川外務大臣は、アスタナにおいて、ムラト・ヌルラノフ・カザフスタン共和国"
     "副首相兼外務大臣と会談しました。\n1 両大臣は、カスピ海ルートを通じた物流の強化で一致しました。\n",
     {"title": "日・カザフスタン外相会談", "doc_date": "2024-07-16", "n_events": 1},
     [{"date": "2024-07-16", "kind": "foreign_ministers", "city": "アスタナ", "countries": ["JP", "KZ"],
       "principals": [P("西川", "外務大臣", "JP"), P("ヌルラノフ", "副首相兼外務大臣", "KZ")]}]),
    ("日・ウズベキスタン首脳会談\n令和7年5月27日\n\n"
     "5月27日(現地時間)、ウズベキスタン共和国を訪問中の森下内閣総理大臣は、サマルカンドにおいて、ファルフ・ユスポフ・ウズベキスタン"
     "共和国大統領と首脳会談を行いました。\n1 両首脳は、人材育成分野での協力を拡大していくことで一致しました。\n",
     {"title": "日・ウズベキスタン首脳会談", "doc_date": "2025-05-27", "n_events": 1},
     [{"date": "2025-05-27", "kind": "summit", "city": "サマルカンド", "countries": ["JP", "UZ"],
       "principals": [P("森下", "総理大臣", "JP"), P("ユスポフ", "大統領", "UZ")]}]),
    ("日印外相会談\n令和5年7月28日\n\n"
     "7月28日(現地時間)、インドを訪問中の石井外務大臣は、ニューデリーにおいて、ラジェシュ・クマール・ヴァルマ・インド外務大臣と"
     "第16回日印外相間戦略対話を行いました。\n1 両大臣は、「自由で開かれたインド太平洋」の実現に向けて連携していくことで一致しました。\n",
     {"title": "日印外相会談", "doc_date": "2023-07-28", "n_events": 1},
     [{"date": "2023-07-28", "kind": "foreign_ministers", "city": "ニューデリー", "countries": ["JP", "IN"],
       "principals": [P("石井", "外務大臣", "JP"), P("ヴァルマ", "外務大臣", "IN")]}]),
    ("日・ネパール外相会談\n令和6年3月5日\n\n"
     "3月5日、午後5時から約45分間、西川外務大臣は、飯倉公館において、訪日中のナラヤン・プラサド・シャルマ・ネパール外務大臣と"
     "会談を行いました。\n1 両大臣は、来年の外交関係樹立70周年に向けて交流を拡大することで一致しました。\n",
     {"title": "日・ネパール外相会談", "doc_date": "2024-03-05", "n_events": 1},
     [{"date": "2024-03-05", "kind": "foreign_ministers", "city": "東京", "countries": ["JP", "NP"],
       "principals": [P("西川", "外務大臣", "JP"), P("シャルマ", "外務大臣", "NP")]}]),
    ("日・フィリピン首脳会談\n令和5年11月3日\n\n"
     "11月3日(現地時間)、フィリピン共和国を訪問中の森下総理大臣は、マニラのマラカニアン宮殿において、ラモン・デラクルス・"
     "フィリピン共和国大統領と首脳会談を行いました。\n1 両首脳は、円滑化協定の交渉開始を歓迎しました。\n",
     {"title": "日・フィリピン首脳会談", "doc_date": "2023-11-03", "n_events": 1},
     [{"date": "2023-11-03", "kind": "summit", "city": "マニラ", "countries": ["JP", "PH"],
       "principals": [P("森下", "総理大臣", "JP"), P("デラクルス", "大統領", "PH")]}]),
    ("日・カンボジア首脳会談\n令和6年12月16日\n\n"
     "12月16日、午後6時から約50分間、藤原総理大臣は、総理大臣官邸において、公式訪問中のソック・ヴィチェット・カンボジア王国首相と"
     "首脳会談を行いました。\n1 ソック・ヴィチェット首相から、地雷除去分野での日本の支援に謝意が表明されました。\n",
     {"title": "日・カンボジア首脳会談", "doc_date": "2024-12-16", "n_events": 1},
     [{"date": "2024-12-16", "kind": "summit", "city": "東京", "countries": ["JP", "KH"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ソック・ヴィチェット", "首相", "KH")]}]),
    ("日・ラオス外相会談\n令和5年2月14日\n\n"
     "2月14日(現地時間)、ラオス人民民主共和国を訪問中の石井外務大臣は、ビエンチャンにおいて、ブンマー・シーサワット・ラオス人民民主共和国"
     "副首相兼外務大臣と外相会談を行いました。\n1 ブンマー副首相兼外務大臣から、日本の債務問題への支援を要請しました。\n",
     {"title": "日・ラオス外相会談", "doc_date": "2023-02-14", "n_events": 1},
     [{"date": "2023-02-14", "kind": "foreign_ministers", "city": "ビエンチャン", "countries": ["JP", "LA"],
       "principals": [P("石井", "外務大臣", "JP"), P("ブンマー", "副首相兼外務大臣", "LA")]}]),
    ("日・ブルネイ首脳会談\n令和5年9月6日\n\n"
     "9月6日(現地時間)、ASEAN関連首脳会議出席のためインドネシアを訪問中の森下総理大臣は、ジャカルタにおいて、"
     "アブドゥル・ハキム・ブルネイ・ダルサラーム国国王と首脳会談を行いました。\n1 ハキム国王から、LNGの安定供給を継続する旨の発言がありました。\n",
     {"title": "日・ブルネイ首脳会談", "doc_date": "2023-09-06", "n_events": 1},
     [{"date": "2023-09-06", "kind": "summit", "city": "ジャカルタ", "countries": ["JP", "BN"],
       "principals": [P("森下", "総理大臣", "JP"), P("ハキム", "国王", "BN")]}]),
    ("日・モンゴル外相会談\n令和6年8月19日\n\n"
     "8月19日(現地時間)、モンゴル国を訪問中の西川外務大臣は、ウランバートルにおいて、バトバヤル・ガンゾリグ・モンゴル国外務大臣と"
     "外相会談を行いました。\n1 両大臣は、「平和と繁栄のための特別な戦略的パートナーシップ」を推進することで一致しました。\n",
     {"title": "日・モンゴル外相会談", "doc_date": "2024-08-19", "n_events": 1},
     [{"date": "2024-08-19", "kind": "foreign_ministers", "city": "ウランバートル", "countries": ["JP", "MN"],
       "principals": [P("西川", "外務大臣", "JP"), P("ガンゾリグ", "外務大臣", "MN")]}]),
    # --- the Pacific ----------------------------------------------------------------------------------------------
    ("日・フィジー首脳会談\n令和5年2月8日\n\n"
     "2月8日(現地時間)、フィジー共和国を訪問中の藤原総理大臣は、スバにおいて、ヴォレケ・ナイラティカウ・フィジー共和国首相と"
     "首脳会談を行いました。\n1 両首脳は、気候変動対策での協力を強化していくことで一致しました。\n",
     {"title": "日・フィジー首脳会談", "doc_date": "2023-02-08", "n_events": 1},
     [{"date": "2023-02-08", "kind": "summit", "city": "スバ", "countries": ["JP", "FJ"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ナイラティカウ", "首相", "FJ")]}]),
    ("日・パプアニューギニア外相会談\n令和6年6月11日\n\n"
     "6月11日、午前10時から約30分間、西川外務大臣は、来日中のジャスティン・カパ・パプアニューギニア独立国外務大臣と会談を行いました。\n"
     "1 両大臣は、液化天然ガス事業を含む経済関係の発展で一致しました。\n",
     {"title": "日・パプアニューギニア外相会談", "doc_date": "2024-06-11", "n_events": 1},
     [{"date": "2024-06-11", "kind": "foreign_ministers", "countries": ["JP", "PG"],
       "principals": [P("西川", "外務大臣", "JP"), P("カパ", "外務大臣", "PG")]}]),
    # --- organisations ------------------------------------------------------------------------------------------
    ("第31回日EU定期首脳協議\n令和6年7月13日\n\n"
     "7月13日(現地時間)、ベルギーを訪問中の森下総理大臣は、ブリュッセルにおいて、ピエール・ランベール欧州理事会議長及び"
     "カタリーナ・ヴェーバー欧州委員会委員長との間で、第31回日EU定期首脳協議を行いました。\n"
     "1 三首脳は、日EU戦略的パートナーシップ協定に基づく協力を強化していくことで一致しました。\n",
     {"title": "第31回日EU定期首脳協議", "doc_date": "2024-07-13", "n_events": 1},
     [{"date": "2024-07-13", "kind": "summit", "city": "ブリュッセル", "countries": ["JP", "EU"],
       "principals": [P("森下", "総理大臣", "JP"), P("ランベール", "欧州理事会議長", "EU"), P("ヴェーバー", "欧州委員会委員長", "EU")]}]),
    ("石井外務大臣とハディASEAN事務総長との会談\n令和5年9月5日\n\n"
     "9月5日(現地時間)、ジャカルタを訪問中の石井外務大臣は、ASEAN事務局において、ルスリ・ハディASEAN事務総長と会談しました。\n"
     "1 石井大臣から、日ASEAN友好協力50周年を機に協力を一層強化したい旨述べ、ハディ事務総長から賛意が示されました。\n",
     {"title": "石井外務大臣とハディASEAN事務総長との会談", "doc_date": "2023-09-05", "n_events": 1},
     [{"date": "2023-09-05", "kind": "other", "city": "ジャカルタ", "countries": ["JP"],
       "principals": [P("石井", "外務大臣", "JP"), P("ハディ", "ASEAN事務総長", None)]}]),
    ("森下総理大臣とオルティス国際連合事務総長との会談\n令和6年9月23日\n\n"
     "現地時間9月23日午前11時(日本時間24日午前0時)から約30分間、国連総会出席のためニューヨークを訪問中の森下総理大臣は、"
     "マリア・フェルナンダ・オルティス国際連合事務総長と会談を行いました。\n1 森下総理大臣から、安保理改革の推進を求めました。\n",
     {"title": "森下総理大臣とオルティス国際連合事務総長との会談", "doc_date": "2024-09-23", "n_events": 1},
     [{"date": "2024-09-23", "kind": "other", "city": "ニューヨーク", "countries": ["JP"],
       "principals": [P("森下", "総理大臣", "JP"), P("オルティス", "事務総長", None)]}]),
]
# --- countries the country table lacks, capitals and other cities the gazetteer lacks, rare titles, headings that
# name no kind of talk (…との会談, …の表敬, …の訪日) ---------------------------------------------------------------
RARE = [
    ("日・ギニア首脳会談\n令和6年3月12日\n\n"
     "3月12日、午後6時から約30分間、森下内閣総理大臣は、総理大臣官邸において、実務訪問中のママディ・カバ・ギニア共和国大統領と"
     "首脳会談を行いました。\n1 両首脳は、ボーキサイト等の鉱物資源分野での協力で一致しました。\n",
     {"title": "日・ギニア首脳会談", "doc_date": "2024-03-12", "n_events": 1},
     [{"date": "2024-03-12", "kind": "summit", "city": "東京", "countries": ["JP", "GN"],
       "principals": [P("森下", "総理大臣", "JP"), P("カバ", "大統領", "GN")]}]),
    ("上野外務大臣政務官のマリ訪問\n令和5年8月4日\n\n"
     "1 8月2日(現地時間)、マリ共和国を訪問中の上野外務大臣政務官は、バマコにおいて、アブドゥライ・トラオレ・マリ共和国外務・"
     "国際協力大臣を表敬しました。\n2 上野政務官から、サヘル地域の安定に向けた日本の支援について説明しました。\n",
     {"title": "上野外務大臣政務官のマリ訪問", "doc_date": "2023-08-04", "n_events": 1},
     [{"date": "2023-08-02", "kind": "other", "city": "バマコ", "countries": ["JP", "ML"],
       "principals": [P("上野", "外務大臣政務官", "JP"), P("トラオレ", "外務・国際協力大臣", "ML")]}]),
    ("日・トーゴ外相会談\n令和4年8月29日\n\n"
     "8月29日(現地時間)、トーゴ共和国を訪問中の石井外務大臣は、ロメにおいて、コフィ・アグベノ・トーゴ共和国外務・地域統合・"
     "在外トーゴ人大臣と会談しました。\n1 両大臣は、ギニア湾の海上安全での協力を確認しました。\n",
     {"title": "日・トーゴ外相会談", "doc_date": "2022-08-29", "n_events": 1},
     [{"date": "2022-08-29", "kind": "foreign_ministers", "city": "ロメ", "countries": ["JP", "TG"],
       "principals": [P("石井", "外務大臣", "JP"), P("アグベノ", "外務・地域統合・在外トーゴ人大臣", "TG")]}]),
    ("ニヨンジマ・ブルンジ共和国大統領の訪日\n令和6年5月22日\n\n"
     "1 ニヨンジマ・ブルンジ共和国大統領は、5月20日から23日まで、実務訪問賓客として訪日しました。\n"
     "2 21日、藤原総理大臣は、総理大臣官邸において、エヴァリスト・ニヨンジマ大統領と首脳会談を行いました。\n",
     {"title": "ニヨンジマ・ブルンジ共和国大統領の訪日", "doc_date": "2024-05-22"},
     [{"date": "2024-05-21", "kind": "summit", "city": "東京", "countries": ["JP", "BI"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ニヨンジマ", "大統領", "BI")]}]),
    ("日・エスワティニ首脳会談\n令和元年8月29日\n\n"
     "8月29日、午後1時から約20分間、第7回アフリカ開発会議(TICAD7)出席のため横浜を訪問中の藤原総理大臣は、"
     "ソブザ4世エスワティニ王国国王陛下と首脳会談を行いました。\n1 両首脳は、両国の友好関係を確認しました。\n",
     {"title": "日・エスワティニ首脳会談", "doc_date": "2019-08-29", "n_events": 1},
     [{"date": "2019-08-29", "kind": "summit", "city": "横浜", "countries": ["JP", "SZ"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ソブザ4世", "国王", "SZ")]}]),
    ("日・カーボベルデ首脳会談\n令和5年4月30日\n\n"
     "4月30日(現地時間)、カーボベルデ共和国を訪問中の森下総理大臣は、首都プライアにおいて、ジョゼ・マリア・ネヴェス・カーボベルデ"
     "共和国首相と首脳会談を行いました。\n1 両首脳は、水産分野での協力を進めることで一致しました。\n",
     {"title": "日・カーボベルデ首脳会談", "doc_date": "2023-04-30", "n_events": 1},
     [{"date": "2023-04-30", "kind": "summit", "city": "プライア", "countries": ["JP", "CV"],
       "principals": [P("森下", "総理大臣", "JP"), P("ネヴェス", "首相", "CV")]}]),
    ("日・ガイアナ外相会談\n令和6年8月22日\n\n"
     "8月22日(現地時間)、ガイアナ共和国を訪問中の西川外務大臣は、ジョージタウンにおいて、ヒュー・トッド・ガイアナ共和国外務・"
     "国際協力大臣と会談しました。\n1 両大臣は、エネルギー分野での協力を推進していくことで一致しました。\n",
     {"title": "日・ガイアナ外相会談", "doc_date": "2024-08-22", "n_events": 1},
     [{"date": "2024-08-22", "kind": "foreign_ministers", "city": "ジョージタウン", "countries": ["JP", "GY"],
       "principals": [P("西川", "外務大臣", "JP"), P("トッド", "外務・国際協力大臣", "GY")]}]),
    ("日・スリナム外相会談\n令和4年5月4日\n\n"
     "5月4日(現地時間)、スリナム共和国を訪問中の石井外務大臣は、パラマリボにおいて、アルベルト・ラムディン・スリナム共和国外務・"
     "国際通商・国際協力大臣と会談しました。\n1 両大臣は、カリブ共同体(カリコム)との協力を強化することを確認しました。\n",
     {"title": "日・スリナム外相会談", "doc_date": "2022-05-04", "n_events": 1},
     [{"date": "2022-05-04", "kind": "foreign_ministers", "city": "パラマリボ", "countries": ["JP", "SR"],
       "principals": [P("石井", "外務大臣", "JP"), P("ラムディン", "外務・国際通商・国際協力大臣", "SR")]}]),
    ("大野外務副大臣とベリーズ外務次官との会談\n令和5年10月18日\n\n"
     "10月17日(現地時間)、ベリーズを訪問中の大野外務副大臣は、ベルモパンにおいて、アマンダ・ガルシア・ベリーズ外務次官と会談しました。\n"
     "1 両者は、防災分野での協力を進めていくことで一致しました。\n",
     {"title": "大野外務副大臣とベリーズ外務次官との会談", "doc_date": "2023-10-18", "n_events": 1},
     [{"date": "2023-10-17", "kind": "vice_ministerial", "city": "ベルモパン", "countries": ["JP", "BZ"],
       "principals": [P("大野", "外務副大臣", "JP"), P("ガルシア", "外務次官", "BZ")]}]),
    ("日・バハマ首脳会談\n令和6年9月24日\n\n"
     "現地時間9月24日午後2時から約20分間、国連総会出席のためニューヨークを訪問中の森下総理大臣は、フィリップ・ブレイス・"
     "バハマ国首相と首脳会談を行いました。\n1 両首脳は、小島嶼開発途上国の気候変動対策で協力することで一致しました。\n",
     {"title": "日・バハマ首脳会談", "doc_date": "2024-09-24", "n_events": 1},
     [{"date": "2024-09-24", "kind": "summit", "city": "ニューヨーク", "countries": ["JP", "BS"],
       "principals": [P("森下", "総理大臣", "JP"), P("ブレイス", "首相", "BS")]}]),
    ("日・セントルシア外相会談\n令和5年7月6日\n\n"
     "7月6日、午後3時30分から約30分間、石井外務大臣は、外務省において、来日中のアルヴァ・バプティスト・セントルシア外務・"
     "国際貿易大臣と会談しました。\n1 両大臣は、国際場裡での協力で一致しました。\n",
     {"title": "日・セントルシア外相会談", "doc_date": "2023-07-06", "n_events": 1},
     [{"date": "2023-07-06", "kind": "foreign_ministers", "countries": ["JP", "LC"],
       "principals": [P("石井", "外務大臣", "JP"), P("バプティスト", "外務・国際貿易大臣", "LC")]}]),
    ("日・コソボ外相会談\n令和5年9月25日\n\n"
     "9月25日(現地時間)、コソボ共和国を訪問中の石井外務大臣は、プリシュティナにおいて、ドニカ・ゲルヴァラ・コソボ共和国"
     "第一副首相兼外務・在外コソボ人大臣と会談しました。\n1 両大臣は、西バルカン地域の安定に向けて協力することで一致しました。\n",
     {"title": "日・コソボ外相会談", "doc_date": "2023-09-25", "n_events": 1},
     [{"date": "2023-09-25", "kind": "foreign_ministers", "city": "プリシュティナ", "countries": ["JP", "XK"],
       "principals": [P("石井", "外務大臣", "JP"), P("ゲルヴァラ", "第一副首相兼外務・在外コソボ人大臣", "XK")]}]),
    ("日・リヒテンシュタイン首脳会談\n令和6年6月3日\n\n"
     "6月3日(現地時間)、リヒテンシュタイン公国を訪問中の森下総理大臣は、ファドゥーツにおいて、マルクス・フリック・リヒテンシュタイン"
     "公国首相と首脳会談を行いました。\n1 両首脳は、両国の経済関係の強化で一致しました。\n",
     {"title": "日・リヒテンシュタイン首脳会談", "doc_date": "2024-06-03", "n_events": 1},
     [{"date": "2024-06-03", "kind": "summit", "city": "ファドゥーツ", "countries": ["JP", "LI"],
       "principals": [P("森下", "総理大臣", "JP"), P("フリック", "首相", "LI")]}]),
    ("ルイ3世モナコ公国元首による森下総理大臣表敬\n令和6年11月14日\n\n"
     "11月14日、午後5時から約25分間、森下総理大臣は、来日中のルイ3世モナコ公国元首の表敬を受けました(於:総理大臣官邸)。\n"
     "1 ルイ3世元首から、海洋環境の保全について日本と協力したい旨の発言がありました。\n",
     {"title": "ルイ3世モナコ公国元首による森下総理大臣表敬", "doc_date": "2024-11-14", "n_events": 1},
     [{"date": "2024-11-14", "kind": "summit", "city": "東京", "countries": ["JP", "MC"],
       "principals": [P("森下", "総理大臣", "JP"), P("ルイ3世", "元首", "MC")]}]),
    ("日・チャド外相会談\n令和7年2月17日\n\n"
     "2月17日(現地時間)、チャド共和国を訪問中の西川外務大臣は、ンジャメナにおいて、アブデラマン・クラマラ・チャド共和国外務・"
     "アフリカ統合・在外チャド人大臣と会談しました。\n1 両大臣は、スーダン情勢について意見交換を行い、人道支援で協力することで一致しました。\n",
     {"title": "日・チャド外相会談", "doc_date": "2025-02-17", "n_events": 1},
     [{"date": "2025-02-17", "kind": "foreign_ministers", "city": "ンジャメナ", "countries": ["JP", "TD"],
       "principals": [P("西川", "外務大臣", "JP"), P("クラマラ", "外務・アフリカ統合・在外チャド人大臣", "TD")]}]),
    ("日・コモロ首脳会談\n令和7年8月20日\n\n"
     "8月20日、午後4時40分から約20分間、森下総理大臣は、第9回アフリカ開発会議(TICAD9)出席のため訪日中のアザリ・ムハジ・コモロ連合"
     "大統領と首脳会談を行いました(於:横浜)。\n1 両首脳は、海洋分野での協力で一致しました。\n",
     {"title": "日・コモロ首脳会談", "doc_date": "2025-08-20", "n_events": 1},
     [{"date": "2025-08-20", "kind": "summit", "city": "横浜", "countries": ["JP", "KM"],
       "principals": [P("森下", "総理大臣", "JP"), P("ムハジ", "大統領", "KM")]}]),
    ("森下総理大臣とオベン赤道ギニア共和国副大統領との会談\n令和4年8月27日\n\n"
     "8月27日(現地時間)、第8回アフリカ開発会議(TICAD8)出席のためチュニジアを訪問中の森下総理大臣は、チュニスにおいて、"
     "テオドロ・オベン赤道ギニア共和国副大統領と会談しました。\n",
     {"title": "森下総理大臣とオベン赤道ギニア共和国副大統領との会談", "doc_date": "2022-08-27", "n_events": 1},
     [{"date": "2022-08-27", "kind": "other", "city": "チュニス", "countries": ["JP", "GQ"],
       "principals": [P("森下", "総理大臣", "JP"), P("オベン", "副大統領", "GQ")]}]),
    ("日・サモア外相会談\n令和6年10月25日\n\n"
     "10月25日(現地時間)、サモア独立国を訪問中の西川外務大臣は、アピアにおいて、フィアメ・ナオミ・マタアファ・サモア独立国"
     "首相兼外務・貿易大臣と会談しました。\n1 両者は、太平洋島嶼国との協力を強化していくことで一致しました。\n",
     {"title": "日・サモア外相会談", "doc_date": "2024-10-25", "n_events": 1},
     [{"date": "2024-10-25", "kind": "foreign_ministers", "city": "アピア", "countries": ["JP", "WS"],
       "principals": [P("西川", "外務大臣", "JP"), P("マタアファ", "首相兼外務・貿易大臣", "WS")]}]),
    # --- other cities of covered countries ---------------------------------------------------------------------
    ("日・エジプト首脳会談\n令和5年5月1日\n\n"
     "5月1日(現地時間)、エジプトを訪問中の森下総理大臣は、アレクサンドリアにおいて、ハーリド・マンスール・エジプト・アラブ共和国"
     "大統領と首脳会談を行いました。\n1 両首脳は、大エジプト博物館の開館に向けて協力することで一致しました。\n",
     {"title": "日・エジプト首脳会談", "doc_date": "2023-05-01", "n_events": 1},
     [{"date": "2023-05-01", "kind": "summit", "city": "アレクサンドリア", "countries": ["JP", "EG"],
       "principals": [P("森下", "総理大臣", "JP"), P("マンスール", "大統領", "EG")]}]),
    ("日・ケニア外相会談\n令和6年4月29日\n\n"
     "4月29日(現地時間)、ケニア共和国を訪問中の西川外務大臣は、モンバサにおいて、ムサリア・オディンガ・ケニア共和国首席閣僚長官"
     "兼外務・移民大臣と会談しました。\n1 両大臣は、モンバサ港の整備を進めることで一致しました。\n",
     {"title": "日・ケニア外相会談", "doc_date": "2024-04-29", "n_events": 1},
     [{"date": "2024-04-29", "kind": "foreign_ministers", "city": "モンバサ", "countries": ["JP", "KE"],
       "principals": [P("西川", "外務大臣", "JP"), P("オディンガ", "首席閣僚長官兼外務・移民大臣", "KE")]}]),
    ("日・ノルウェー首脳会談\n令和5年6月9日\n\n"
     "6月9日(現地時間)、ノルウェー王国を訪問中の藤原総理大臣は、ベルゲンにおいて、ヨナス・ストランド・ノルウェー王国首相と"
     "首脳会談を行いました。\n1 両首脳は、洋上風力発電の分野で協力を進めることで一致しました。\n",
     {"title": "日・ノルウェー首脳会談", "doc_date": "2023-06-09", "n_events": 1},
     [{"date": "2023-06-09", "kind": "summit", "city": "ベルゲン", "countries": ["JP", "NO"],
       "principals": [P("藤原", "総理大臣", "JP"), P("ストランド", "首相", "NO")]}]),
    ("日・ウズベキスタン外相会談\n令和6年12月4日\n\n"
     "12月4日(現地時間)、ウズベキスタン共和国を訪問中の西川外務大臣は、ブハラにおいて、バフティヨル・サイドフ・ウズベキスタン共和国"
     "外務大臣と会談しました。\n1 両大臣は、観光分野での交流を拡大することで一致しました。\n",
     {"title": "日・ウズベキスタン外相会談", "doc_date": "2024-12-04", "n_events": 1},
     [{"date": "2024-12-04", "kind": "foreign_ministers", "city": "ブハラ", "countries": ["JP", "UZ"],
       "principals": [P("西川", "外務大臣", "JP"), P("サイドフ", "外務大臣", "UZ")]}]),
    ("日・ポーランド首脳会談\n令和6年2月1日\n\n"
     "2月1日(現地時間)、ポーランド共和国を訪問中の森下総理大臣は、グダニスクにおいて、トマシュ・ノヴァコフスキ・ポーランド共和国"
     "首相と首脳会談を行いました。\n1 両首脳は、ウクライナの復興に向けて協力していくことで一致しました。\n",
     {"title": "日・ポーランド首脳会談", "doc_date": "2024-02-01", "n_events": 1},
     [{"date": "2024-02-01", "kind": "summit", "city": "グダニスク", "countries": ["JP", "PL"],
       "principals": [P("森下", "総理大臣", "JP"), P("ノヴァコフスキ", "首相", "PL")]}]),
    ("日・サウジアラビア外相会談\n令和5年7月17日\n\n"
     "7月17日(現地時間)、サウジアラビア王国を訪問中の石井外務大臣は、ジッダにおいて、ファイサル・ビン・アブドゥッラー・"
     "サウジアラビア王国外務大臣と会談しました。\n1 ファイサル大臣から、日本企業の投資拡大への期待が示されました。\n",
     {"title": "日・サウジアラビア外相会談", "doc_date": "2023-07-17", "n_events": 1},
     [{"date": "2023-07-17", "kind": "foreign_ministers", "city": "ジッダ", "countries": ["JP", "SA"],
       "principals": [P("石井", "外務大臣", "JP"), P("ファイサル", "外務大臣", "SA")]}]),
]
# --- stress: written after this round's rows, to trip them (first sight with them at bc5e8f0): the added states in
# headings that name no talk and in pair headings (日・マリ), a name holding a country's short name (マリオ, チャド
# as a given name), the added cities in a dateline and after 首都, titles that combine portfolios ----------------
STRESS = [
    ("日・マリ首脳会談\n令和6年6月3日\n\n"
     "6月3日、午後5時から約30分間、森下総理大臣は、総理大臣官邸において、来日中のアシミ・ゴイタ・マリ共和国暫定大統領と会談を行いました。\n",
     {"title": "日・マリ首脳会談", "n_events": 1},
     [{"kind": "summit", "city": "東京", "countries": ["JP", "ML"],
       "principals": [P("森下", "総理大臣", "JP"), P("ゴイタ", "暫定大統領", "ML")]}]),
    ("石井外務大臣とロッシ・イタリア外務・国際協力大臣との会談\n令和5年4月18日\n\n"
     "4月18日(現地時間)、G7外相会合出席のため軽井沢を訪問中の石井外務大臣は、マリオ・ロッシ・イタリア共和国副首相兼外務・"
     "国際協力大臣と会談を行いました。\n",
     {"title": "石井外務大臣とロッシ・イタリア外務・国際協力大臣との会談", "n_events": 1},
     [{"kind": "foreign_ministers", "city": "軽井沢", "countries": ["JP", "IT"],
       "principals": [P("石井", "外務大臣", "JP"), P("ロッシ", "副首相兼外務・国際協力大臣", "IT")]}]),
    ("日・セーシェル首脳会談\n令和元年8月28日\n\n"
     "8月28日、午前11時30分から約20分間、第7回アフリカ開発会議(TICAD7)の機会に、藤原総理大臣は、チャド・フォール・"
     "セーシェル共和国大統領と首脳会談を行いました(於:横浜)。\n",
     {"title": "日・セーシェル首脳会談", "n_events": 1},
     [{"kind": "summit", "city": "横浜", "countries": ["JP", "SC"],
       "principals": [P("藤原", "総理大臣", "JP"), P("フォール", "大統領", "SC")]}]),
    ("大野外務副大臣のベナン及びブルキナファソ訪問\n令和5年1月20日\n\n"
     "1 1月17日(現地時間)、大野外務副大臣は、ベナン共和国の首都コトヌーにおいて、ベナン共和国外務・協力副大臣と会談しました。\n"
     "2 1月19日(現地時間)、大野外務副大臣は、ブルキナファソの首都ワガドゥグにおいて、カボレ・ブルキナファソ外務次官と会談しました。\n",
     {"title": "大野外務副大臣のベナン及びブルキナファソ訪問", "doc_type": "visit", "n_events": 2},
     [{"date": "2023-01-17", "city": "コトヌー", "countries": ["JP", "BJ"]},
      {"date": "2023-01-19", "kind": "vice_ministerial", "city": "ワガドゥグ", "countries": ["JP", "BF"],
       "principals": [P("大野", "外務副大臣", "JP"), P("カボレ", "外務次官", "BF")]}]),
    ("日・アンドラ外相会談\n令和6年5月14日\n\n"
     "5月14日、午後4時30分から約30分間、西川外務大臣は、外務省において、来日中のイマ・トル・アンドラ公国外務大臣と会談しました。\n",
     {"title": "日・アンドラ外相会談", "n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "AD"],
       "principals": [P("西川", "外務大臣", "JP"), P("トル", "外務大臣", "AD")]}]),
    ("日・グレナダ首脳会談\n令和6年9月25日\n\n"
     "現地時間9月25日午前10時から約20分間、国連総会出席のためニューヨークを訪問中の森下総理大臣は、ディコン・ミッチェル・"
     "グレナダ首相と会談を行いました。\n",
     {"title": "日・グレナダ首脳会談", "n_events": 1},
     [{"kind": "summit", "city": "ニューヨーク", "countries": ["JP", "GD"],
       "principals": [P("森下", "総理大臣", "JP"), P("ミッチェル", "首相", "GD")]}]),
    ("日・カメルーン外相会談\n令和7年3月4日\n\n"
     "3月4日(現地時間)、カメルーン共和国を訪問中の西川外務大臣は、ヤウンデにおいて、ルジューヌ・ムバラ・カメルーン共和国対外関係大臣と"
     "会談しました。\n",
     {"title": "日・カメルーン外相会談", "n_events": 1},
     [{"date": "2025-03-04", "city": "ヤウンデ", "countries": ["JP", "CM"],
       "principals": [P("西川", "外務大臣", "JP"), P("ムバラ", "対外関係大臣", "CM")]}]),
    ("日・ポルトガル首脳会談\n令和6年7月8日\n\n"
     "7月8日(現地時間)、ポルトガル共和国を訪問中の森下総理大臣は、ポルトにおいて、ルイス・モンテネグロ・ポルトガル共和国首相と"
     "首脳会談を行いました。\n",
     {"title": "日・ポルトガル首脳会談", "n_events": 1},
     [{"kind": "summit", "city": "ポルト", "countries": ["JP", "PT"],
       "principals": [P("森下", "総理大臣", "JP"), P("モンテネグロ", "首相", "PT")]}]),
    ("日・カザフスタン首脳会談\n令和6年8月10日\n\n"
     "8月10日(現地時間)、カザフスタン共和国を訪問中の森下総理大臣は、アルマティにおいて、カシム=ジョマルト・トカエフ・カザフスタン共和国"
     "大統領と首脳会談を行いました。\n",
     {"title": "日・カザフスタン首脳会談", "n_events": 1},
     [{"kind": "summit", "city": "アルマティ", "countries": ["JP", "KZ"],
       "principals": [P("森下", "総理大臣", "JP"), P("トカエフ", "大統領", "KZ")]}]),
    ("日・サントメ・プリンシペ外相会談\n令和7年8月19日\n\n"
     "8月19日、午後3時から約20分間、西川外務大臣は、TICAD9出席のため訪日中のジョゼ・ダ・コスタ・サントメ・プリンシペ民主共和国"
     "外務・協力・共同体大臣と横浜において会談しました。\n",
     {"title": "日・サントメ・プリンシペ外相会談", "n_events": 1},
     [{"kind": "foreign_ministers", "city": "横浜", "countries": ["JP", "ST"],
       "principals": [P("西川", "外務大臣", "JP"), P("ダ・コスタ", "外務・協力・共同体大臣", "ST")]}]),
    ("日・中央アフリカ首脳会談\n令和4年8月28日\n\n"
     "8月28日(現地時間)、TICAD8出席のためチュニジアを訪問中の森下総理大臣は、チュニスにおいて、フォスタン=アルシャンジュ・トゥアデラ・"
     "中央アフリカ共和国大統領と会談しました。\n",
     {"title": "日・中央アフリカ首脳会談", "n_events": 1},
     [{"kind": "summit", "city": "チュニス", "countries": ["JP", "CF"],
       "principals": [P("森下", "総理大臣", "JP"), P("トゥアデラ", "大統領", "CF")]}]),
    ("日・ドミニカ国外相会談\n令和5年11月30日\n\n"
     "11月30日、午後2時から約30分間、石井外務大臣は、飯倉公館において、来日中のヴィンス・ヘンダーソン・ドミニカ国外務・"
     "国際ビジネス・貿易・エネルギー大臣と会談しました。\n",
     {"title": "日・ドミニカ国外相会談", "n_events": 1},
     [{"kind": "foreign_ministers", "city": "東京", "countries": ["JP", "DM"],
       "principals": [P("石井", "外務大臣", "JP"), P("ヘンダーソン", "外務・国際ビジネス・貿易・エネルギー大臣", "DM")]}]),
]
# fmt: on


# --- titles: a foreign minister's title that names another portfolio or none of 外務, under a heading that names no
# kind of talk (A外務大臣とB大臣との会談): the kind from the ranks alone (first sight at ebe8074, before the rows)
def _neutral(cc: str, who: str, title: str) -> str:
    return (f"石井外務大臣と{who}{title}との会談\n令和6年3月1日\n\n"
            f"本1日、午後3時から約40分間、石井外務大臣は、外務省において、来日中の{who}・{cc}{title}と会談を行いました。\n")


TITLES = [
    (_neutral("カメルーン共和国", "ムバラ", "対外関係大臣"), {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "CM"], "principals": [P("石井", "外務大臣", "JP"), P("ムバラ", "対外関係大臣", "CM")]}]),
    (_neutral("ナイジェリア連邦共和国", "オジョ", "対外関係・協力大臣"), {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "NG"], "principals": [P("石井", "外務大臣", "JP"), P("オジョ", "対外関係・協力大臣", "NG")]}]),
    (_neutral("ハンガリー", "ナジ", "外務貿易大臣"), {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "HU"], "principals": [P("石井", "外務大臣", "JP"), P("ナジ", "外務貿易大臣", "HU")]}]),
    (_neutral("コンゴ共和国", "ンゴマ", "外務協力大臣"), {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "CG"], "principals": [P("石井", "外務大臣", "JP"), P("ンゴマ", "外務協力大臣", "CG")]}]),
    (_neutral("オーストリア共和国", "フーバー", "欧州・国際問題大臣"), {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "AT"], "principals": [P("石井", "外務大臣", "JP"), P("フーバー", "欧州・国際問題大臣", "AT")]}]),
    (_neutral("ケニア共和国", "オディンガ", "首席閣僚長官兼外務・移民大臣"), {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "KE"],
       "principals": [P("石井", "外務大臣", "JP"), P("オディンガ", "首席閣僚長官兼外務・移民大臣", "KE")]}]),
    (_neutral("ベルギー王国", "デュポン", "副首相兼外務・欧州問題・対外貿易大臣"), {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "BE"],
       "principals": [P("石井", "外務大臣", "JP"), P("デュポン", "副首相兼外務・欧州問題・対外貿易大臣", "BE")]}]),
    (_neutral("トンガ王国", "トゥイ", "首相兼外務大臣"), {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "TO"], "principals": [P("石井", "外務大臣", "JP"), P("トゥイ", "首相兼外務大臣", "TO")]}]),
]


# --- heads of state by other titles (大公, 執政, 国家評議会議長, 主権評議会議長) and offices met by a prime minister
# (総督, 上級相), under headings naming no kind (first sight at d4617c7, before their rows)
def _call(cc: str, who: str, title: str, city: str = "") -> str:
    at = f"{city}において、" if city else "総理大臣官邸において、来日中の"
    return (f"森下総理大臣と{who}{title}との会談\n令和6年4月2日\n\n"
            f"4月2日、午後5時から約30分間、森下総理大臣は、{at}{who}・{cc}{title}と会談を行いました。\n")


HEADS = [
    (_call("ルクセンブルク大公国", "アンリ", "大公"), {"n_events": 1},
     [{"kind": "summit", "city": "東京", "countries": ["JP", "LU"], "principals": [P("森下", "総理大臣", "JP"), P("アンリ", "大公", "LU")]}]),
    (_call("サンマリノ共和国", "ベルティ", "執政"), {"n_events": 1},
     [{"kind": "summit", "city": "東京", "countries": ["JP", "SM"], "principals": [P("森下", "総理大臣", "JP"), P("ベルティ", "執政", "SM")]}]),
    (_call("キューバ共和国", "ロペス", "国家評議会議長"), {"n_events": 1},
     [{"kind": "summit", "city": "東京", "countries": ["JP", "CU"],
       "principals": [P("森下", "総理大臣", "JP"), P("ロペス", "国家評議会議長", "CU")]}]),
    (_call("スーダン共和国", "ブルハーン", "主権評議会議長", "ハルツーム"), {"n_events": 1},
     [{"kind": "summit", "city": "ハルツーム", "countries": ["JP", "SD"],
       "principals": [P("森下", "総理大臣", "JP"), P("ブルハーン", "主権評議会議長", "SD")]}]),
    (_call("カナダ", "シモン", "総督", "オタワ"), {"n_events": 1},
     [{"city": "オタワ", "countries": ["JP", "CA"], "principals": [P("森下", "総理大臣", "JP"), P("シモン", "総督", "CA")]}]),
    (_call("シンガポール共和国", "リー", "上級相", "シンガポール"), {"n_events": 1},
     [{"kind": "other", "city": "シンガポール", "countries": ["JP", "SG"],
       "principals": [P("森下", "総理大臣", "JP"), P("リー", "上級相", "SG")]}]),
]

# --- name forms: the English form in brackets between name and title without an honorific, a kanji name with its
# reading, a name joined by ＝ (first sight at 408c23b)
FORMS = [
    ("日・ケニア首脳会談\n令和6年2月8日\n\n"
     "本8日、森下総理大臣は、訪日中のジョセフ・キマニ(Joseph Kimani)ケニア共和国大統領と首脳会談を行いました。\n",
     {"n_events": 1}, [{"kind": "summit", "countries": ["JP", "KE"], "principals": [P("森下", "総理大臣", "JP"), P("キマニ", "大統領", "KE")]}]),
    ("日・ガーナ外相会談\n令和6年2月9日\n\n"
     "本9日、西川外務大臣は、来日中のサミュエル・アブラクワ(Samuel ABLAKWA)・ガーナ共和国外務大臣と会談しました。\n",
     {"n_events": 1},
     [{"kind": "foreign_ministers", "countries": ["JP", "GH"], "principals": [P("西川", "外務大臣", "JP"), P("アブラクワ", "外務大臣", "GH")]}]),
    ("日・コートジボワール首脳会談\n令和6年2月10日\n\n"
     "本10日、森下総理大臣は、アラサン・ワタラ(Alassane Ouattara)コートジボワール共和国大統領と電話会談を行いました。\n",
     {"n_events": 1},
     [{"kind": "summit", "channel": "telephone", "countries": ["JP", "CI"],
       "principals": [P("森下", "総理大臣", "JP"), P("ワタラ", "大統領", "CI")]}]),
    ("日・ベトナム首脳会談\n令和6年2月11日\n\n"
     "本11日、森下総理大臣は、ハノイにおいて、グエン・スアン・フック(Nguyen Xuan Phuc)ベトナム社会主義共和国国家主席と会談しました。"
     "フック国家主席から、協力の拡大を求めました。\n",
     {"n_events": 1},
     [{"kind": "summit", "city": "ハノイ", "countries": ["JP", "VN"], "principals": [P("森下", "総理大臣", "JP"), P("フック", "国家主席", "VN")]}]),
    ("日・モンゴル首脳会談\n令和6年2月12日\n\n"
     "本12日、森下総理大臣は、来日中のガンバートル＝ウフナー・モンゴル国首相と会談しました。\n",
     {"n_events": 1},
     [{"kind": "summit", "countries": ["JP", "MN"], "principals": [P("森下", "総理大臣", "JP"), P("ガンバートル＝ウフナー", "首相", "MN")]}]),
]

# --- organisations beside the EU and the UN: their officers stand for no country, an acronym in brackets after the
# organisation's name is no part of the title (first sight at 6452473)
ORGS = [
    ("森下総理大臣とファキ・アフリカ連合委員会委員長との会談\n令和7年8月21日\n\n"
     "8月21日、午後3時から約20分間、TICAD9出席のため横浜を訪問中の森下総理大臣は、ムーサ・ファキ・アフリカ連合(AU)委員会委員長と会談しました。\n",
     {"n_events": 1}, [{"kind": "other", "city": "横浜", "countries": ["JP"],
                       "principals": [P("森下", "総理大臣", "JP"), P("ファキ", "アフリカ連合(AU)委員会委員長", None)]}]),
    ("西川外務大臣とブダイウィ湾岸協力理事会事務局長との会談\n令和6年9月9日\n\n"
     "9月9日(現地時間)、サウジアラビアを訪問中の西川外務大臣は、リヤドにおいて、ジャーシム・ブダイウィ湾岸協力理事会(GCC)事務局長と会談しました。\n",
     {"n_events": 1}, [{"kind": "other", "city": "リヤド", "countries": ["JP"],
                       "principals": [P("西川", "外務大臣", "JP"), P("ブダイウィ", "湾岸協力理事会(GCC)事務局長", None)]}]),
    ("日EU外相会談\n令和6年2月20日\n\n"
     "2月20日、午後4時から約1時間、石井外務大臣は、来日中のジョゼップ・ロペス欧州連合(EU)外務・安全保障政策上級代表兼欧州委員会副委員長と"
     "会談しました。\n",
     {"n_events": 1}, [{"kind": "foreign_ministers", "countries": ["JP", "EU"],
                       "principals": [P("石井", "外務大臣", "JP"), P("ロペス", "外務・安全保障政策上級代表兼欧州委員会副委員長", "EU")]}]),
]

SETS = {"main": PAGES, "rare": RARE, "stress": STRESS, "titles": TITLES, "heads": HEADS, "forms": FORMS, "orgs": ORGS}
FAMILIES = ["principals", "names", "countries", "city", "kind", "date", "channel", "title", "doc_date", "n_events"]


def _bare(s) -> str:
    """A name or title as ../shared/score.py compares them: without spaces, ・, commas and brackets."""
    return re.sub(r"[\s\u3000・,、.．「」『』()()]", "", unicodedata.normalize("NFKC", s or ""))


def _same_role(want: str, got: str | None) -> bool:
    """score.py's ``similar``: one inside the other, or half their character bigrams shared."""
    a, b = _bare(want), _bare(got)
    if not a or not b:
        return a == b
    if a in b or b in a:
        return True
    x, y = ({s[i:i + 2] for i in range(len(s) - 1)} or {s} for s in (a, b))
    return len(x & y) / max(1, len(x | y)) >= 0.5


def _score_principals(want, got, tally, misses, label):
    """principals as the hidden sets score them (a name inside the other, same country, a similar title), and
    names in the record format's shortest complete form (ファイサル for ファイサル・ビン・ハーリド: informative)."""
    have = list(got)
    for name, role, cc in want:
        tally["principals"][1] += 1
        tally["names"][1] += 1
        hit = next((p for p in have if _bare(name) and _bare(p["name"]) and (_bare(name) in _bare(p["name"])
                                                                               or _bare(p["name"]) in _bare(name))), None)
        if hit is None:
            misses.append(("principals", label, f"missing {name}; have {[(p['name'], p['role'], p['country']) for p in got]}"))
            continue
        have.remove(hit)
        if hit["country"] == cc and _same_role(role, hit["role"]):
            tally["principals"][0] += 1
        else:
            misses.append(("principals", label, f"{name}: {hit['role']}/{hit['country']} != {role}/{cc}"))
        if _bare(hit["name"]) == _bare(name):
            tally["names"][0] += 1
        else:
            misses.append(("names", label, f"{hit['name']} != {name}"))
    tally["principals"][2] += len(have)
    tally["names"][2] += len(have)
    misses.extend(("principals", label, f"extra {p['name']}") for p in have)


@cache
def _score(name: str):
    """[found, expected, false positives] per family over one set, and the misses."""
    pages = SETS[name]
    bare = [(page, doc, [{f: v for f, v in e.items() if f != "principals"} for e in events]) for page, doc, events in pages]
    tally, misses = score(bare, own=("countries",))
    tally["principals"], tally["names"] = [0, 0, 0], [0, 0, 0]
    for page, _doc, events in pages:
        got = _record(page)["events"]
        for i, want in enumerate(events):
            if "principals" in want:
                _score_principals(want["principals"], got[i]["principals"] if i < len(got) else [], tally, misses,
                                  page.split("\n")[0][:40])
    return tally, misses


# first sight (4605d4a, before any row of this round): {set: {family: (found, expected, false positives)}}
FIRST_SIGHT: dict[str, dict[str, tuple[int, int, int]]] = {
    "main": {"principals": (96, 97, 0), "names": (56, 97, 0), "countries": (48, 48, 0), "city": (45, 45, 0),
             "kind": (48, 48, 0), "date": (48, 48, 0), "title": (48, 48, 0), "doc_date": (48, 48, 0),
             "n_events": (48, 48, 0), "channel": (2, 2, 0)},
    "rare": {"principals": (31, 48, 1), "names": (25, 48, 1), "countries": (7, 24, 0), "city": (15, 23, 0),
             "kind": (23, 24, 0), "date": (24, 24, 0), "title": (24, 24, 0), "doc_date": (24, 24, 0),
             "n_events": (23, 23, 0)},
    # (the later sets, each at the commit before its rows: stress bc5e8f0, titles ebe8074, heads d4617c7, forms 408c23b,
    # orgs 6452473)
    "stress": {"principals": (24, 24, 0), "names": (13, 24, 0), "countries": (12, 13, 0), "city": (12, 12, 0),
               "kind": (11, 11, 0), "date": (3, 3, 0), "title": (12, 12, 0), "n_events": (12, 12, 0)},
    "titles": {"principals": (16, 16, 0), "names": (16, 16, 0), "countries": (8, 8, 0), "kind": (3, 8, 0), "n_events": (8, 8, 0)},
    "heads": {"principals": (8, 12, 0), "names": (8, 12, 0), "countries": (6, 6, 0), "city": (6, 6, 0), "kind": (1, 5, 0),
              "n_events": (6, 6, 0)},
    "forms": {"principals": (7, 10, 0), "names": (7, 10, 0), "countries": (5, 5, 0), "city": (1, 1, 0), "kind": (5, 5, 0),
              "channel": (1, 1, 0), "n_events": (5, 5, 0)},
    "orgs": {"principals": (4, 6, 0), "names": (5, 6, 0), "countries": (2, 3, 0), "city": (2, 2, 0), "kind": (3, 3, 0),
             "n_events": (3, 3, 0)},
}
# floors asserted: {set: {family: (found at least, false positives at most)}}
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    "main": {"principals": (97, 0), "names": (97, 0), "countries": (48, 0), "city": (45, 0), "kind": (48, 0), "date": (48, 0),
             "title": (48, 0), "doc_date": (48, 0), "n_events": (48, 0), "channel": (2, 0)},
    "rare": {"principals": (48, 0), "names": (48, 0), "countries": (24, 0), "city": (23, 0), "kind": (24, 0), "date": (24, 0),
             "title": (24, 0), "doc_date": (24, 0), "n_events": (23, 0)},
    "stress": {"principals": (24, 0), "names": (24, 0), "countries": (13, 0), "city": (12, 0), "kind": (11, 0), "date": (3, 0),
               "title": (12, 0), "n_events": (12, 0)},
    "titles": {"principals": (16, 0), "names": (16, 0), "countries": (8, 0), "kind": (8, 0), "n_events": (8, 0)},
    "heads": {"principals": (12, 0), "names": (12, 0), "countries": (6, 0), "city": (6, 0), "kind": (5, 0), "n_events": (6, 0)},
    "forms": {"principals": (10, 0), "names": (10, 0), "countries": (5, 0), "kind": (5, 0), "n_events": (5, 0)},
    "orgs": {"principals": (6, 0), "names": (6, 0), "countries": (3, 0), "city": (2, 0), "kind": (3, 0), "n_events": (3, 0)},
}


PROBE = Probe(FIRST_SIGHT, FLOORS, lambda name: _score(name)[0])
probe_sets, test_family_floor = PROBE.probe_sets, PROBE.floor_test()


def test_probe_size():
    assert len(PAGES) >= 45 and len(RARE) >= 20 and len(STRESS) >= 10
    sides = {e["countries"][-1] for _p, _d, events in PAGES + RARE + STRESS for e in events if len(e["countries"]) > 1}
    assert len(sides) >= 60


if __name__ == "__main__":
    import sys

    for name in [a for a in sys.argv[1:] if a in SETS] or list(SETS):
        t, m = _score(name)
        print(f"== {name}")
        for f in FAMILIES:
            if t[f][1] or t[f][2]:
                print(f"  {f:12s} found {t[f][0]:3d} / {t[f][1]:3d}   false positives {t[f][2]}")
        for fam, label, what in m:
            if "-v" in sys.argv or fam != "names":
                print(f"    [{fam}] {label}: {what}")
