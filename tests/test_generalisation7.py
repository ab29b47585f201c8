"""Generalisation probe 7: chronology pages in every layout the site uses (issue 13), scored per family at first sight.

Every page below was written for this probe in the ministry's style, its text my own (the real pages were read for
their style only), in seven families: (1) year headings (2019年, 平成31年・令和元年, 【2018年】, ■2017年, 2015年(平成27年))
over entries 5月10日 … / 5月10日~12日 … / a month alone; (2) table residue (| 年月日 | 事項 |, |||, a year's own row,
| 1月 | 総理訪露 |, a row split over lines between bars, a year column beside a day column); (3) 要人往来 listed by
direction (日本から / 先方から, (往) / (来), 【往訪】 / 【来訪】), each visitor with the month (or the years) of the visit in
brackets or on the line above; (4) era-only dates (昭和47年9月), Soviet-era entries, older eras with the western year in
brackets (安政2年(1855年)), year-only entries (1956年 日ソ共同宣言署名, 1919年:外交関係樹立); (5) long entries with
(於:…) on the next line, sub-bullets, two talks in one entry, entries that are not talks (署名, 開設, 発効) and dates
inside a bullet; (6) a chronology appended to a talk's page ((参考)最近の要人往来), and a page whose heading lists
a gathering's talks (…における主な二国間会談); (7) the page's date in unusual places (under the list, 最終更新日:…,
令和5年4月現在, (2024年1月現在) under the heading after a breadcrumb).

Expected facts follow ../shared/record-format.md and ../shared/real/README.md: a chronology gives one event per dated
entry, talks or not, at the precision the page prints (1956, 2015-10, 2016-02-29); a visitor listed with two dates
(2012年、2016年) is two entries; a date inside a bullet or a 参考 note is no entry; a talk's page keeps its heading's
type (meeting / telephone_talk / visit) and its one talk, the appended reference list's visits being mentions (as
the real set's notes read earlier rounds of a talk); doc_date is the date printed at the head of the page (a month
only: 2023-04), none when the only date stands under the list or is a table's first cell. Scored with probe 3's
``score`` for doc_type, doc_date and title, and here for ``entries`` as ../shared/score.py scores a chronology's
(events matched one to one by date: found / expected, false positives the events matched by none), ``pages`` the
pages read whole (one wrong layout reading costs a page).

    set (pages)       family       first sight (7bff904)    after this round     (found / expected, false positives)
    years (5)         entries      16 / 22, 2               22 / 22, 0   (■2017年 and 平成31年・令和元年 were no year
                      pages         3 /  5                   5 /  5       headings: the entries took no year or the
                                                                          year above)
    table (5)         doc_date      4 /  5                   5 /  5   (a date cell between lines of bars taken for the
                      pages         4 /  5                   5 /  5    page's date)
    orai (5)          entries      12 / 23, 0               23 / 23, 0   (a visitor's line with the bracketed months
                      pages         3 /  5                   5 /  5       or years of the visits: no entry)
    eras (5)          entries      20 / 23, 0               23 / 23, 0   (安政2年(1855年), 明治29年(1896年): an era
                      pages         4 /  5                   5 /  5       with the western year in brackets, no Edo era)
    long (5)          all exact at first sight (entries 22 / 22, 0)
    embedded (5)      doc_type      4 /  5                   5 /  5   (…における主な二国間会談: its heading ends in
                      entries       5 /  9, 0                9 /  9, 0  会談; its rows then took the page's year)
                      pages         4 /  5                   5 /  5
    places (5)        doc_date      2 /  5                   5 /  5   (最終更新日: with its colon; 令和5年4月現在 and
                      title         4 /  5                   5 /  5    (2024年1月現在), a month closed by 現在)
                      entries      20 / 20, 1               20 / 20, 0   (the page's date under the list: an entry)
                      pages         1 /  5                   5 /  5
    stress (8)        written after the round, first sight with its rows (e7974a4): doc_type 6 / 8 (a visitor's line
                      with a bracketed full date, 山田総理大臣(2015年10月22日~24日), taken for a heading carrying the
                      page's date; a heading 主な二国間会談 over talks told in sentences read as a list), doc_date 7 / 8,
                      title 7 / 8, entries 25 / 29, 1 (a visit's span in brackets; the page's date line 令和5年4月1日現在
                      an entry), pages 5 / 8 -> all exact, 8 / 8 (a heading carries the page's date in brackets only
                      with a heading word; a list of talks has no running text; the date line closed by 現在/更新 is no
                      entry: record_diff, 81 of 1,000 synthetic pages lose their entry …年12月1日更新, a fix)
    hard (8)          written after the stress round, first sight at 33e1ab3: entries 24 / 32, 2, pages 6 / 8 (an entry's
                      weekday written whole (水曜日), two days joined by 、, 2月下旬: no entry line; month headings over
                      entries printing their day only, the year in the page's heading) -> all exact, 8 / 8
                      (document.ENTRY_LINE with dates.weekday.paren and the parts of a month; chronology.MONTH_LINE /
                      DAY_ENTRY; record_diff: no record changed)
    (all sets: doc_type, doc_date and title exact unless listed)
    over the 35 pages: entries 115 / 139, 3 false positives -> 139 / 139, 0; pages 24 / 35 -> 35 / 35

Rows: dates.era.{kaei, ansei, manen, bunkyu, genji, keio}, layout.label.saishu_koshinbi, layout.talk_list.omona_kaidan;
rules: a year heading after a bullet's mark or in two eras (document.YEAR_LINE, now also where the heading above a
chronology's first year is found), an era year with its western year in brackets (document.YEAR_TEXT), a visitors'
list (chronology.visit_lines / run_visits), entries above any year heading in the page's year, a date with no words
no entry, a date cell whose next row is dated across bar lines no page date, a month's date line closed by 現在.
Cases in tests/cases/test_cases_chronology.py. record_diff.py against the commit before: no record of seeds, devset,
tests, real or 1,000 synthetic pages changed (real 0.954, seeds 0.995, devset 1.000).

``python tests/test_generalisation7.py [set] [-v]`` prints the table per family and every miss.
"""

from __future__ import annotations

from tests.test_generalisation3 import Probe, _record, print_report, score

CH = "chronology"


def C(title: str, date: str | None = None) -> dict:
    """The document fields of a chronology page."""
    return {"doc_type": CH, "doc_date": date, "title": title}


# (page, {doc field: expected}, [the dates of its entries (a chronology) or of its talks (any other page)])
# fmt: off
# --- 1. year headings over dated entries -----------------------------------------------------------------------------
YEARS = [
    ("近年の日・ペルー関係の動き\n\n2019年\n\n11月20日 日・ペルー外相会談(於:名古屋)\n"
     "9月24日~25日 ロハス大統領の訪日\n6月28日 G20大阪サミットの際の日・ペルー首脳会談\n\n2018年\n\n"
     "12月3日 日・ペルー首脳電話会談\n5月10日~12日 佐藤外務大臣のペルー訪問\n",
     C("近年の日・ペルー関係の動き"), ["2019-11-20", "2019-09-24", "2019-06-28", "2018-12-03", "2018-05-10"]),
    ("日・モンゴル関係(最近の主な動き)\n\n令和2年\n\n2月12日 山田外務大臣とバトムンフ外相の会談(於:東京)\n"
     "1月8日 日・モンゴル外相電話会談\n\n平成31年・令和元年\n\n12月2日~4日 ガンバータル首相の訪日\n"
     "5月 日・モンゴル次官級協議(於:ウランバートル)\n\n平成30年\n\n3月15日 日・モンゴル外交関係樹立記念式典の開催\n",
     C("日・モンゴル関係(最近の主な動き)"), ["2020-02-12", "2020-01-08", "2019-12-02", "2019-05", "2018-03-15"]),
    ("日・フィンランド関係の動き\n\n【2018年】\n10月9日 日・フィンランド首脳会談(於:東京)\n"
     "4月25日~27日 ヴィルタネン大統領の訪日\n\n【2017年】\n12月14日 佐藤外務大臣とコスキネン外相の会談\n"
     "3月1日 外交関係樹立100周年記念事業の開始\n",
     C("日・フィンランド関係の動き"), ["2018-10-09", "2018-04-25", "2017-12-14", "2017-03-01"]),
    ("日・ケニア関係の主な出来事\n\n■2017年\n8月27日~28日 TICAD閣僚会合の際の日・ケニア外相会談(於:ナイロビ)\n"
     "5月 オディアンボ外相の訪日\n■2016年\n8月27日 TICAD VIの際の日・ケニア首脳会談(於:ナイロビ)\n"
     "1月12日 日・ケニア投資協定署名\n",
     C("日・ケニア関係の主な出来事"), ["2017-08-27", "2017-05", "2016-08-27", "2016-01-12"]),
    ("最近の日・ポルトガル関係の動き\n\n2015年(平成27年)\n10月30日~11月2日 コスタ首相の訪日\n"
     "7月6日 日・ポルトガル外相会談(於:リスボン)\n2014年(平成26年)\n5月1日~2日 山田総理大臣のポルトガル訪問\n"
     "2月 日・ポルトガル政策協議(於:東京)\n",
     C("最近の日・ポルトガル関係の動き"), ["2015-10-30", "2015-07-06", "2014-05-01", "2014-02"]),
]

# --- 2. table residue: one entry per row, cells split by bars, rows split over lines ----------------------------------
TABLE = [
    ("日・チリ関係年表\n| 年月日 | 事項 |\n|---|---|\n| 2019年11月6日 | 日・チリ首脳会談(於:東京) |\n"
     "| 2018年5月20日~22日 | 佐藤外務大臣のチリ訪問 |\n| 2017年3月 | 日・チリ経済連携協定発効10周年記念式典 |\n"
     "| 2016年9月21日 | 国連総会の際の日・チリ外相会談 |\n",
     C("日・チリ関係年表"), ["2019-11-06", "2018-05-20", "2017-03", "2016-09-21"]),
    ("日露関係年表(2010年代)\n|||\n| 2016年 |||\n| 12月15日~16日 | 大統領訪日(山口・東京) |\n"
     "| 5月6日 | 総理訪露(ソチ) |\n|||\n| 2013年 |||\n| 4月29日 | 総理訪露(モスクワ) |\n| 1月 | 元総理訪露 |\n",
     C("日露関係年表(2010年代)"), ["2016-12-15", "2016-05-06", "2013-04-29", "2013-01"]),
    ("日・ベトナム関係の主な動き\n|\n2018年10月8日\n|\nフック首相の訪日(東京)\n|\n2018年5月30日~6月1日\n|\n"
     "クアン国家主席の訪日\n|\n2017年6月6日\n|\n日・ベトナム外相会談(於:ハノイ)\n|\n2017年1月16日~17日\n|\n"
     "山田総理大臣のベトナム訪問\n",
     C("日・ベトナム関係の主な動き"), ["2018-10-08", "2018-05-30", "2017-06-06", "2017-01-16"]),
    ("日・ニュージーランド要人往来\n| 年 | 月日 | 事項 |\n| 2014年 | 7月8日 | 山田総理大臣のニュージーランド訪問 |\n"
     "|  | 3月 | ウィルソン首相の訪日 |\n| 2013年 | 11月 | 日・ニュージーランド外相会談(於:東京) |\n"
     "| 2012年 | 5月2日~3日 | 佐藤外務大臣のニュージーランド訪問 |\n",
     C("日・ニュージーランド要人往来"), ["2014-07-08", "2014-03", "2013-11", "2012-05-02"]),
    ("![]() | 日・スウェーデン関係の歩み\n![]() |\n| 1868年 | 修好通商航海条約署名 |\n"
     "| 1907年 | 在スウェーデン日本公使館開設 |\n| 1957年5月 | 国王の訪日 |\n| 2007年3月25日~28日 | 国王王妃両陛下の訪日 |\n",
     C("日・スウェーデン関係の歩み"), ["1868", "1907", "1957-05", "2007-03-25"]),
]

# --- 3. 要人往来 listed by direction (日本から / 先方から, 往 / 来), the visit's month in brackets ---------------------
ORAI = [
    ("日・ウズベキスタン要人往来\n\n1 日本から\n 山田内閣総理大臣(2015年10月)\n 佐藤外務大臣(2017年5月)\n"
     " 高橋外務副大臣(2019年8月)\n\n2 先方から\n ラシドフ大統領(2011年2月)\n ノロフ外相(2018年12月)\n",
     C("日・ウズベキスタン要人往来"), ["2015-10", "2017-05", "2019-08", "2011-02", "2018-12"]),
    ("日・ラオス要人往来\n(往)\n| 年月 | 要人名 |\n| 2016年9月 | 山田総理大臣(ASEAN関連首脳会議) |\n"
     "| 2013年1月 | 佐藤外務大臣 |\n(来)\n| 2018年10月 | ソムサイ首相(日メコン首脳会議) |\n| 2015年7月 | ブンマ外相 |\n",
     C("日・ラオス要人往来"), ["2016-09", "2013-01", "2018-10", "2015-07"]),
    ("主な要人往来(日・アイスランド)\n\n日本からの訪問\n・佐藤外務大臣(2012年、2016年)\n・山田参議院議長(2019年9月)\n"
     "アイスランドからの訪問\n・グンナルソン大統領(2008年10月、2018年4月)\n・ヨンスドッティル外相(2014年5月)\n",
     C("主な要人往来(日・アイスランド)"), ["2012", "2016", "2019-09", "2008-10", "2018-04", "2014-05"]),
    ("近年の要人往来(日・エジプト)\n\n【往訪】\n2023年4月 佐藤外務大臣\n2018年1月 高橋外務副大臣\n"
     "【来訪】\n2021年12月 ハサン外相\n2016年2月29日~3月2日 ファトフ大統領(公式実務訪問)\n",
     C("近年の要人往来(日・エジプト)"), ["2023-04", "2018-01", "2021-12", "2016-02-29"]),
    ("日・カザフスタン間の要人往来\n(1)日本側要人の訪問\n2019年4月\n山田総理大臣\n2014年10月\n佐藤外務大臣\n"
     "(2)カザフスタン側要人の訪問\n2020年12月\nサルセンバエフ大統領\n2017年11月\nアブディレフ外相\n",
     C("日・カザフスタン間の要人往来"), ["2019-04", "2014-10", "2020-12", "2017-11"]),
]

# --- 4. era-only dates, Soviet-era and older entries, year-only entries ---------------------------------------------
ERAS = [
    ("日中関係年表(抄)\n\n昭和47年9月 総理大臣訪中、日中共同声明署名\n昭和53年8月 日中平和友好条約署名\n"
     "昭和53年10月 副総理来日、同条約発効\n昭和59年3月 総理大臣訪中\n平成4年10月 天皇皇后両陛下の中国御訪問\n",
     C("日中関係年表(抄)"), ["1972-09", "1978-08", "1978-10", "1984-03", "1992-10"]),
    ("日ソ関係年表\n\n1956年 日ソ共同宣言署名、国交回復\n1973年10月 総理大臣の訪ソ(書記長と会談)\n"
     "1986年1月15日~19日 ソ連外相の訪日\n1991年4月16日~19日 ソ連大統領の訪日\n",
     C("日ソ関係年表"), ["1956", "1973-10", "1986-01-15", "1991-04-16"]),
    ("日・オランダ関係の歩み\n\n安政2年(1855年) 日蘭和親条約締結\n明治29年(1896年) 日蘭通商航海条約署名\n"
     "昭和27年(1952年)4月 外交関係再開\n平成12年(2000年) 日蘭交流400周年\n"
     "平成26年10月29日~11月1日 国王王妃両陛下の国賓訪日\n",
     C("日・オランダ関係の歩み"), ["1855", "1896", "1952-04", "2000", "2014-10-29"]),
    ("日・ポーランド関係の主な出来事\n1919年:外交関係樹立\n1957年:国交回復\n1987年:国家評議会議長の訪日\n"
     "2015年2月:日・ポーランド首脳会談(東京)\n2019年1月:外交関係樹立100周年記念式典\n",
     C("日・ポーランド関係の主な出来事"), ["1919", "1957", "1987", "2015-02", "2019-01"]),
    ("日・トルクメニスタン関係の動き\n2015年\n10月 山田総理大臣のトルクメニスタン訪問\n2013年\n9月 ムラドフ大統領の訪日\n"
     "2008年\n7月 外交・公用旅券査証免除に関する覚書署名\n1992年\n4月 外交関係樹立\n",
     C("日・トルクメニスタン関係の動き"), ["2015-10", "2013-09", "2008-07", "1992-04"]),
]

# --- 5. long entries: (於:…), sub-bullets, several talks in one entry, entries that are not talks -------------------
LONG = [
    ("近年の日・インドネシア関係の動き\n\n2023年\n\n9月6日~7日 山田総理大臣のインドネシア訪問(於:ジャカルタ)\n"
     "・日・インドネシア首脳会談\n・ASEAN関連首脳会議への出席\n●両首脳は、包括的・戦略的パートナーシップへの格上げを確認。\n"
     "6月20日 日・インドネシア外相会談及びワーキング・ディナー(於:東京)\n ○両外相は、海洋協力の強化で一致。\n"
     "1月15日 日・インドネシア経済連携協定改正議定書署名\n\n2022年\n\n12月1日 在スラバヤ出張駐在官事務所開設\n"
     "5月 日・インドネシア次官級協議及び政策対話(於:バリ)\n",
     C("近年の日・インドネシア関係の動き"), ["2023-09-06", "2023-06-20", "2023-01-15", "2022-12-01", "2022-05"]),
    ("日・ブラジル関係の主な動き(2022年~2024年)\n\n2024年\n"
     "11月18日~19日 G20リオデジャネイロ・サミットの際の日・ブラジル首脳会談(於:リオデジャネイロ)。また同日、"
     "佐藤外務大臣はヴィエイラ外相と立ち話を行った。\n7月25日 G20外相会合(於:リオデジャネイロ)の際の日・ブラジル外相会談\n"
     "2023年\n5月20日 G7広島サミットの際の日・ブラジル首脳会談(於:広島)\n3月8日 日・ブラジル外相電話会談\n"
     "2022年\n9月30日 日・ブラジル租税条約改正議定書署名\n",
     C("日・ブラジル関係の主な動き(2022年~2024年)"), ["2024-11-18", "2024-07-25", "2023-05-20", "2023-03-08", "2022-09-30"]),
    ("日・モロッコ関係の動き\n2020年\n1月16日 日・モロッコ投資協定発効\n ●同協定は2017年1月8日に署名されたもの。\n"
     "2019年\n12月5日 在カサブランカ日本国総領事館開設\n8月28日 TICAD7の際の日・モロッコ首脳会談(於:横浜)\n"
     " ●両首脳は、2020年の外交関係樹立65周年に向けて交流を深めることで一致。\n2018年\n11月 日・モロッコ社会保障協定署名\n",
     C("日・モロッコ関係の動き"), ["2020-01-16", "2019-12-05", "2019-08-28", "2018-11"]),
    ("近年の日・アルゼンチン関係の動き\n\n2018年\n12月1日 G20ブエノスアイレス・サミットの際の日・アルゼンチン首脳会談\n"
     "(於:ブエノスアイレス)\n●両首脳は、投資協定の早期発効に向けて協力していくことで一致。\n"
     "11月30日~12月2日 山田総理大臣のアルゼンチン訪問\n ・ロドリゲス大統領との首脳会談\n ・日系人との懇談\n"
     "5月21日 G20外相会合の際の日・アルゼンチン外相会談\n(於:ブエノスアイレス)\n2017年\n"
     "5月18日~19日 ロドリゲス大統領の訪日\n ・首脳会談、晩餐会\n",
     C("近年の日・アルゼンチン関係の動き"), ["2018-12-01", "2018-11-30", "2018-05-21", "2017-05-18"]),
    ("日・クロアチア関係の動き\n2019年\n3月11日(月) 日・クロアチア外相会談(於:ザグレブ)\n"
     "2月 在クロアチア日本国大使館広報文化センター開設\n2018年\n10月4日(木)~5日(金) ホルヴァト首相の訪日\n"
     "1月 日・クロアチア外務省間政策協議(於:東京)\n",
     C("日・クロアチア関係の動き"), ["2019-03-11", "2019-02", "2018-10-04", "2018-01"]),
]

# --- 6. a chronology after a talk's page (参考: 最近の要人往来): the page is the talk's (its heading names the talk),
# its one event the talk; the reference list's visits are mentions (the conventions: a-047's earlier rounds)
EMBEDDED = [
    ("日・スロベニア外相会談\n令和5年6月14日\n\n6月14日、午後3時から約45分間、佐藤外務大臣は、訪日中のノヴァク・スロベニア"
     "外務大臣と会談を行いました。概要は以下のとおりです。\n1 両外相は、二国間関係を一層強化していくことで一致しました。\n"
     "2 両外相は、ウクライナ情勢について意見交換を行いました。\n\n(参考)最近の要人往来\n2022年5月 高橋外務副大臣のスロベニア訪問\n"
     "2021年9月 スロベニア外相の訪日\n2019年4月 山田総理大臣のスロベニア訪問\n2018年1月 ノヴァク外相の訪日\n",
     {"doc_type": "meeting", "doc_date": "2023-06-14", "title": "日・スロベニア外相会談"}, ["2023-06-14"]),
    ("日・ボツワナ首脳電話会談\n令和4年3月2日\n\n本2日、午後5時から約20分間、山田内閣総理大臣は、モレフェ・ボツワナ共和国"
     "大統領と電話会談を行いました。\n1 両首脳は、TICAD8に向けて緊密に連携していくことで一致しました。\n\n"
     "参考:最近の主な二国間会談\n令和元年8月 TICAD7の際の日・ボツワナ首脳会談\n平成30年10月 日・ボツワナ外相会談\n"
     "平成28年8月 TICAD VIの際の日・ボツワナ首脳会談\n平成25年6月 TICAD Vの際の日・ボツワナ首脳会談\n",
     {"doc_type": "telephone_talk", "doc_date": "2022-03-02", "title": "日・ボツワナ首脳電話会談"}, ["2022-03-02"]),
    ("高橋外務副大臣のラトビア訪問(結果)\n令和5年2月20日\n\n1 2月18日から19日まで、高橋外務副大臣はラトビアを訪問しました。\n"
     "2 18日、高橋副大臣は、ベルジンシュ外務大臣と会談し、両国間の協力を強化していくことで一致しました。\n\n"
     "(参考)日・ラトビア要人往来\n2022年8月 佐藤外務大臣のラトビア訪問\n2019年10月 ペテルソンス首相の訪日\n"
     "2018年1月 山田総理大臣のラトビア訪問\n2016年5月 ラトビア大統領の訪日\n",
     {"doc_type": "visit", "doc_date": "2023-02-20", "title": "高橋外務副大臣のラトビア訪問(結果)"}, ["2023-02-18"]),
    ("日・チェコ首脳会談\n平成30年1月16日\n\n本16日、午後6時から約1時間、山田内閣総理大臣は、訪日中のノヴォトニー・チェコ共和国"
     "首相と首脳会談を行いました。\n1 両首脳は、戦略的パートナーシップを一層強化していくことで一致しました。\n\n"
     "(参考)最近の要人往来\n平成29年\n10月 チェコ外相の訪日\n平成28年\n5月 佐藤外務大臣のチェコ訪問\n平成27年\n"
     "9月 日・チェコ外相会談(於:ニューヨーク)\n",
     {"doc_type": "meeting", "doc_date": "2018-01-16", "title": "日・チェコ首脳会談"}, ["2018-01-16"]),
    # … while a page whose heading lists the talks (…における主な二国間会談) is a chronology of them, its year the page's
    ("G20大阪サミットにおける主な二国間会談\n令和元年6月29日\n\n6月27日 日印首脳会談\n6月27日 日豪首脳会談\n"
     "6月28日 日米首脳会談\n6月28日 日中首脳会談\n6月29日 日露首脳会談\n",
     C("G20大阪サミットにおける主な二国間会談", "2019-06-29"),
     ["2019-06-27", "2019-06-27", "2019-06-28", "2019-06-28", "2019-06-29"]),
]

# --- 7. headings and page dates in unusual places ----------------------------------------------------------------------
# (doc_date is the date printed at the head: a date under the list is none; 最終更新日 or …現在 under the heading is)
PLACES = [
    ("日・エストニア関係の動き\n\n2023年\n4月20日 日・エストニア外相会談(於:タリン)\n1月 エストニア首相の訪日\n2022年\n"
     "6月8日 日・エストニア首脳会談(於:東京)\n2月14日 日・エストニア外相電話会談\n\n令和5年5月1日\n",
     C("日・エストニア関係の動き"), ["2023-04-20", "2023-01", "2022-06-08", "2022-02-14"]),
    ("日・タンザニア関係の主な出来事\n最終更新日:2023年3月10日\n\n2022年\n8月27日 TICAD8の際の日・タンザニア首脳会談(オンライン)\n"
     "2019年\n8月29日 TICAD7の際の日・タンザニア首脳会談(於:横浜)\n2018年\n11月 タンザニア外相の訪日\n2017年\n"
     "5月 佐藤外務大臣のタンザニア訪問\n",
     C("日・タンザニア関係の主な出来事", "2023-03-10"), ["2022-08-27", "2019-08-29", "2018-11", "2017-05"]),
    ("日・ウルグアイ要人往来\n令和5年4月現在\n\n日本から\n2018年12月 山田総理大臣\n2016年8月 佐藤外務大臣\n"
     "ウルグアイから\n2019年4月 ペレイラ大統領\n2014年3月 スアレス外相\n",
     C("日・ウルグアイ要人往来", "2023-04"), ["2018-12", "2016-08", "2019-04", "2014-03"]),
    ("外務省 English サイトマップ\nトップページ > 国・地域 > 欧州 > ギリシャ\nギリシャ共和国\n\n日・ギリシャ関係の動き\n"
     "(2024年1月現在)\n\n2023年\n7月27日~28日 山田総理大臣のギリシャ訪問(於:アテネ)\n3月 日・ギリシャ外相電話会談\n"
     "2022年\n11月 ギリシャ外相の訪日\n5月2日 日・ギリシャ首脳会談(於:東京)\n\nこのページのトップへ戻る\n",
     C("日・ギリシャ関係の動き", "2024-01"), ["2023-07-27", "2023-03", "2022-11", "2022-05-02"]),
    ("二国間関係\n日・シンガポール関係の動き\n令和4年12月\n\n令和4年11月15日 G20バリ・サミットの際の日・シンガポール首脳会談\n"
     "令和4年5月26日 リー首相の訪日\n令和3年12月 日・シンガポール外相電話会談\n令和3年8月 佐藤外務大臣のシンガポール訪問\n"
     "このページのトップへ戻る\n",
     C("日・シンガポール関係の動き", "2022-12"), ["2022-11-15", "2022-05-26", "2021-12", "2021-08"]),
]

# --- stress: written after the round's rows, aimed at them -----------------------------------------------------------
STRESS = [
    # a visitor's visit with its days (a span) or in an era, two visitors on one dated line (one entry)
    ("日・ジョージア要人往来\n\n日本から\n 山田総理大臣(2015年10月22日~24日)\n 佐藤外務大臣(平成30年5月、令和元年9月)\n"
     "ジョージアから\n ベリゼ首相(2019年)\n",
     C("日・ジョージア要人往来"), ["2015-10-22", "2018-05", "2019-09", "2019"]),
    ("日・アルメニア要人往来\n【往】\n2019年 山田総理大臣、佐藤外務大臣\n2017年 高橋外務副大臣\n【来】\n2018年 ハチャトゥリアン大統領\n"
     "2016年 ミナシャン外相\n",
     C("日・アルメニア要人往来"), ["2019", "2017", "2018", "2016"]),
    # a heading listing a gathering's talks over prose (each talk told in sentences): a meeting page of several talks
    ("G7サミットにおける主な二国間会談\n令和5年5月20日\n\n1 日加首脳会談\n5月19日、山田総理大臣は、トンプソン・カナダ首相と首脳会談を"
     "行いました。両首脳は、協力の強化で一致しました。\n2 日伊首脳会談\n5月19日、山田総理大臣は、ロッシ・イタリア首相と首脳会談を行いました。\n"
     "3 日英首脳会談\n5月20日、山田総理大臣は、ハリス英国首相と首脳会談を行いました。\n4 日独首脳会談\n5月20日、山田総理大臣は、"
     "ミュラー・ドイツ首相と首脳会談を行いました。\n",
     {"doc_type": "meeting", "doc_date": "2023-05-20", "title": "G7サミットにおける主な二国間会談"},
     ["2023-05-19", "2023-05-19", "2023-05-20", "2023-05-20"]),
    # year headings in both calendars and marks
    ("日・キプロス関係の動き\n◆2016年(平成28年)\n11月 日・キプロス外相会談\n3月15日 キプロス大統領の訪日\n【平成27年(2015年)】\n"
     "9月 国連総会の際の日・キプロス首脳会談\n●平成26年\n6月2日 日・キプロス租税条約署名\n",
     C("日・キプロス関係の動き"), ["2016-11", "2016-03-15", "2015-09", "2014-06-02"]),
    # era dates with the western year in brackets, with a month and days
    ("日ソ・日露関係年表(抄)\n昭和31年(1956年)10月19日 日ソ共同宣言署名\n昭和48年(1973年)10月7日~10日 総理大臣の訪ソ\n"
     "平成3年(1991年)4月16日~19日 ソ連大統領の訪日\n平成5年(1993年)10月 ロシア大統領の訪日、東京宣言署名\n",
     C("日ソ・日露関係年表(抄)"), ["1956-10-19", "1973-10-07", "1991-04-16", "1993-10"]),
    # a full date closed by 現在 under the heading; an update note in brackets under the list
    ("日・パナマ関係の主な出来事\n令和5年4月1日現在\n\n2022年\n9月 日・パナマ外相会談(於:ニューヨーク)\n2019年\n"
     "11月 パナマ大統領の訪日\n2018年\n8月 佐藤外務大臣のパナマ訪問\n2017年\n3月 日・パナマ政策協議\n\n(令和5年4月1日更新)\n",
     C("日・パナマ関係の主な出来事", "2023-04-01"), ["2022-09", "2019-11", "2018-08", "2017-03"]),
    # a table's year-only rows under its header
    ("日・ハンガリー関係年表\n| 年 | 事項 |\n|---|---|\n| 1869年 | 修好通商航海条約署名 |\n| 1959年 | 国交回復 |\n"
     "| 2009年 | 日・ハンガリー交流年 |\n| 2019年2月6日 | 日・ハンガリー首脳会談(於:東京) |\n",
     C("日・ハンガリー関係年表"), ["1869", "1959", "2009", "2019-02-06"]),
    # a talk's page with a visitors' list in the reference (names with bracketed months): the talk's page, one event
    ("日・モルドバ外相会談\n令和5年3月1日\n\n3月1日、午後2時から約40分間、佐藤外務大臣は、訪日中のポペスク・モルドバ共和国外務大臣と"
     "会談を行いました。\n1 両外相は、二国間関係を強化していくことで一致しました。\n\n(参考)要人往来\n 高橋外務副大臣(2022年5月)\n"
     " ポペスク外相(2021年10月)\n モルドバ首相(2019年4月)\n",
     {"doc_type": "meeting", "doc_date": "2023-03-01", "title": "日・モルドバ外相会談"}, ["2023-03-01"]),
]

# --- hard: written after the stress round, each a layout no earlier page had -----------------------------------------
HARD = [
    # a weekday written whole, full-width digits and brackets, two days joined by 、, a part of a month (下旬)
    ("近年の日・チュニジア関係の動き\n２０１９年（令和元年）\n８月２８日（水曜日） ＴＩＣＡＤ７の際の日・チュニジア首脳会談\n"
     "５月１０日、１１日 日・チュニジア政策協議（於：チュニス）\n２月下旬 チュニジア外相の訪日\n２０１８年（平成３０年）\n"
     "１０月６日（土曜日） 日・チュニジア外相会談\n",
     C("近年の日・チュニジア関係の動き"), ["2019-08-28", "2019-05-10", "2019-02", "2018-10-06"]),
    # a year alone on its line (no 年), a hyphen between days, the fall of a state (not a talk)
    ("日ソ関係年表(1985-1991)\n1991\n12月26日 ソ連邦の消滅\n4月16日-19日 ソ連大統領の訪日\n1990\n9月4日-7日 ソ連外相の訪日\n"
     "1986\n1月15日-19日 ソ連外相の訪日\n",
     C("日ソ関係年表(1985-1991)"), ["1991-12-26", "1991-04-16", "1990-09-04", "1986-01-15"]),
    # a table of past visits in both directions, the direction in a column of its own
    ("過去の要人往来(日・カナダ)\n| 年月 | 往来 | 要人 |\n|---|---|---|\n| 2019年4月 | 来 | トンプソン首相 |\n"
     "| 2018年6月 | 往 | 山田総理大臣(G7シャルルボワ・サミット) |\n| 2017年11月 | 来 | カナダ外相 |\n| 2016年5月 | 往 | 佐藤外務大臣 |\n",
     C("過去の要人往来(日・カナダ)"), ["2019-04", "2018-06", "2017-11", "2016-05"]),
    # a prose chronology under 経緯 with era years and 同年
    ("外交政策\n日・太平洋島嶼国協力\n令和4年8月1日\n1 経緯\n- 平成9年(1997年)10月、東京にて第1回首脳会議を開催。\n"
     "- 平成30年(2018年)5月、福島にて第8回首脳会議を開催し、同年10月には外相会合を実施。\n"
     "- 令和3年(2021年)7月、第9回首脳会議をテレビ会議形式で開催。\n",
     {"doc_type": CH, "doc_date": "2022-08-01", "title": "日・太平洋島嶼国協力"}, ["1997-10", "2018-05", "2018-10", "2021-07"]),
    # entries under month headings of one year (the year in the heading)
    ("2019年の日・ベルギー関係の主な動き\n\n10月\n22日 ベルギー国王の即位礼参列\n9日 日・ベルギー外相会談(於:東京)\n"
     "3月\n15日~16日 山田総理大臣のベルギー訪問\n1月\n8日 日・ベルギー外相電話会談\n",
     C("2019年の日・ベルギー関係の主な動き"), ["2019-10-22", "2019-10-09", "2019-03-15", "2019-01-08"]),
    # a dotted chronology with a western year and month only
    ("日・ラトビア関係の歩み\n1991.10.5 ラトビアと外交関係開設\n2006.5 在ラトビア日本国大使館開設\n2013.2.25~27 ラトビア首相の訪日\n"
     "2018.1.13 山田総理大臣のラトビア訪問\n",
     C("日・ラトビア関係の歩み"), ["1991-10-05", "2006-05", "2013-02-25", "2018-01-13"]),
    # visits listed by year with the visitors' names after a colon
    ("日・スリナム要人往来\n(1)往訪\n2019年:高橋外務副大臣\n2014年:佐藤外務大臣政務官\n(2)来訪\n2018年:ボウタース外相\n"
     "2016年:スリナム副大統領\n",
     C("日・スリナム要人往来"), ["2019", "2014", "2018", "2016"]),
    # a chronology whose entries span months and years (12月30日~1月2日: the year the heading gives)
    ("近年の日・スペイン関係の動き\n2019年\n12月30日~1月2日 佐藤外務大臣のスペイン訪問\n10月 スペイン国王の即位礼参列\n2018年\n"
     "10月16日~17日 スペイン首相の訪日\n4月 日・スペイン外相会談(於:マドリード)\n",
     C("近年の日・スペイン関係の動き"), ["2019-12-30", "2019-10", "2018-10-16", "2018-04"]),
]
# fmt: on

SETS = {"years": YEARS, "table": TABLE, "orai": ORAI, "eras": ERAS, "long": LONG, "embedded": EMBEDDED, "places": PLACES,
        "stress": STRESS, "hard": HARD}


def _label(page: str) -> str:
    return next((t for t in page.split("\n") if t.strip() and "|" not in t.replace("![]() |", "")), page)[:40]


def _match_dates(want: list[str], have: list[str | None]) -> int:
    """How many expected entries a predicted one matches by its date, one to one (score.py's chronology_events)."""
    left = list(have)
    tp = 0
    for d in want:
        if d in left:
            left.remove(d)
            tp += 1
    return tp


def score_chrono(pages) -> tuple[dict[str, list[int]], list[tuple[str, str, str]]]:
    """[found, expected, false positives] per family: the document's fields by probe 3's ``score``; ``entries`` the
    events matched by date, one to one, as score.py counts a chronology's (found = matched, false positives = the
    events matched by none); ``pages`` the pages read whole (every document field and every entry, no extra)."""
    tally, misses = score([(page, doc, []) for page, doc, _dates in pages])
    misses = [m for m in misses if m[0] != "events"]  # (probe 2's count of events: ``entries`` below)
    tally["entries"], tally["pages"] = [0, 0, 0], [0, 0, 0]
    for page, doc, want in pages:
        rec = _record(page)
        have = [e["date"] for e in rec["events"]]
        tp = _match_dates(want, have)
        tally["entries"][0] += tp
        tally["entries"][1] += len(want)
        tally["entries"][2] += len(have) - tp
        if tp < len(want) or len(have) > tp:
            misses.append(("entries", _label(page), f"{have} != {want}"))
        whole = tp == len(want) == len(have) and all(
            (rec[f] == v) if f != "title" else (rec[f] or "").removesuffix("(概要)") == v for f, v in doc.items())
        tally["pages"][0] += whole
        tally["pages"][1] += 1
    return tally, misses


# first sight (h-gen7 at 7bff904, before any code or row of this round): {set: {family: (found, expected, fp)}}
FIRST_SIGHT: dict[str, dict[str, tuple[int, int, int]]] = {
    "years": {"doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "title": (5, 5, 0), "entries": (16, 22, 2), "pages": (3, 5, 0)},
    "table": {"doc_type": (5, 5, 0), "doc_date": (4, 5, 0), "title": (5, 5, 0), "entries": (20, 20, 0), "pages": (4, 5, 0)},
    "orai": {"doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "title": (5, 5, 0), "entries": (12, 23, 0), "pages": (3, 5, 0)},
    "eras": {"doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "title": (5, 5, 0), "entries": (20, 23, 0), "pages": (4, 5, 0)},
    "long": {"doc_type": (5, 5, 0), "doc_date": (5, 5, 0), "title": (5, 5, 0), "entries": (22, 22, 0), "pages": (5, 5, 0)},
    "embedded": {"doc_type": (4, 5, 0), "doc_date": (5, 5, 0), "title": (5, 5, 0), "entries": (5, 9, 0), "pages": (4, 5, 0)},
    "places": {"doc_type": (5, 5, 0), "doc_date": (2, 5, 0), "title": (4, 5, 0), "entries": (20, 20, 1), "pages": (1, 5, 0)},
    # (written after the round, first sight at e7974a4 with its rows)
    "stress": {"doc_type": (6, 8, 0), "doc_date": (7, 8, 0), "title": (7, 8, 0), "entries": (25, 29, 1), "pages": (5, 8, 0)},
    # (written after the stress round, first sight at 33e1ab3 with its rows)
    "hard": {"doc_type": (8, 8, 0), "doc_date": (8, 8, 0), "title": (8, 8, 0), "entries": (24, 32, 2), "pages": (6, 8, 0)},
}
# floors asserted: {set: {family: (found at least, false positives at most)}}
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    name: {"doc_type": (5, 0), "doc_date": (5, 0), "title": (5, 0), "entries": (n, 0), "pages": (5, 0)}
    for name, n in {"years": 22, "table": 20, "orai": 23, "eras": 23, "long": 22, "embedded": 9, "places": 20}.items()
}
FLOORS["stress"] = {"doc_type": (8, 0), "doc_date": (8, 0), "title": (8, 0), "entries": (29, 0), "pages": (8, 0)}
FLOORS["hard"] = {"doc_type": (8, 0), "doc_date": (8, 0), "title": (8, 0), "entries": (32, 0), "pages": (8, 0)}


PROBE = Probe(FIRST_SIGHT, FLOORS, lambda name: score_chrono(SETS[name])[0])
probe_sets, test_family_floor = PROBE.probe_sets, PROBE.floor_test()


def test_probe_size():
    assert sum(len(pages) for name, pages in SETS.items() if name != "stress") >= 35 and len(STRESS) >= 8
    assert all(len(pages) >= 5 for pages in SETS.values())


if __name__ == "__main__":
    import sys

    print_report(SETS, sys.argv[1:], score_chrono)
