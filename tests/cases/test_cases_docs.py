"""Cases of the document layer (title, doc_type, doc_date) and of chronologies, in the ministry's page layouts.

Every text here is invented in the ministry's style (names, dates and talks are made up); each row is one
decision of the rules in gaiko/extract/document.py and gaiko/extract/chronology.py.
"""

from __future__ import annotations

import pytest

from gaiko.extract import document
from gaiko.pipeline import content_region, extract_text
from gaiko.text import Doc

BODY = "本5日,午後3時から約30分間,山田外務大臣は,訪日中のペトロフ・ラトビア外務大臣と会談を行ったところ,概要は以下のとおりです。\n1 冒頭\n両外相は,協力を強化していくことで一致しました。\n"

# (page text, expected title)
TITLES = [
    # the site's section name (a country's page) above the heading is not the title
    ("ラトビア共和国\n日・ラトビア外相会談\n令和3年2月5日\n" + BODY, "日・ラトビア外相会談"),
    # an office's page as section name, with no date line below the heading
    ("山田外務大臣\n日・ラトビア外相会談(概要)\n" + BODY, "日・ラトビア外相会談(概要)"),
    # a category of the site (報道発表) above the heading
    ("報道発表\n日・ラトビア外相会談\n令和3年2月5日\n" + BODY, "日・ラトビア外相会談"),
    # the heading lost in the conversion: the talk named in the photo captions, numbered 1, 2 …
    ("ラトビア共和国\n\n令和3年2月5日\n日・ラトビア外相会談1\n日・ラトビア外相会談2\n\n" + BODY, "日・ラトビア外相会談"),
    # … or behind a description of the photo, in pieces separated by spaces, with the photo credit
    ("ラトビア共和国\n\n令和3年2月5日\n握手する両外相 日・ラトビア外相会談 (写真提供:外務省)\n\n" + BODY, "日・ラトビア外相会談"),
    # … or at the head of a description: 〜に臨む, 〜の様子
    ("ラトビア共和国\n令和3年2月5日\n日・ラトビア外相昼食会に臨む山田外務大臣 (写真提供:外務省)\n" + BODY, "日・ラトビア外相昼食会"),
    ("ラトビア共和国\n令和3年2月5日\n(写真1)日・ラトビア外相会談の様子1\n" + BODY, "日・ラトビア外相会談"),
    # a caption that only describes the photo (…と会談する…) names no talk: no title
    ("ラトビア共和国\n令和3年2月5日\nペトロフ外務大臣と会談する山田外務大臣\n" + BODY, None),
    # a policy area's name as section, captions naming no talk: no title
    ("北欧・バルト地域との協力\n令和3年2月5日\n(写真提供:外務省)\n" + BODY, None),
    # the page's date first, then only a photo credit: no title
    ("令和3年2月5日\n(写真提供:外務省)\n" + BODY, None),
    # an excerpt that opens on the lead paragraph has no heading
    (BODY, None),
    # old layout: table residue and a breadcrumb with > marks, the cell bar after the heading dropped
    ("|\n| |||||||\n| トップページ > 会談・訪問 > 過去の記録 |\n|\n山田総理訪欧の概要 |\n|---|\n1.主要日程\n", "山田総理訪欧の概要"),
    # old layout: a breadcrumb without > marks, the section repeated below it
    ("外務省 English リンクページ よくある質問集 検索 サイトマップ\nトップページ 会談・訪問 過去の記録\n過去の記録\n\n"
     "山田大臣のペトロフ大統領表敬\n\n(3月21日、リガ)\n\n1.二国間関係\n", "山田大臣のペトロフ大統領表敬"),
    # old layout: image residue, the date after a bracketed subtitle on the line below the heading
    ("![]() |\n![]() |\n|\nトップページ > 会談・訪問 > 過去の記録 |\n![]() |\n日・ラトビア首脳会談\n(概要)平成11年6月22日\n"
     "I.日時\n", "日・ラトビア首脳会談"),
    # a press conference: the category, the heading, the dateline in brackets with hour and place
    ("記者会見\n山田外務大臣会見記録\n(令和3年2月5日(金曜日)10時15分 於:本省会見室)\n冒頭発言\n【山田外務大臣】本日,…\n",
     "山田外務大臣会見記録"),
    # a Bluebook section: the chapter banner is not the heading; the section's marker is dropped
    ("第2章 地域別に見た外交 |\n(3)バルト諸国\nバルト三国との関係は,近年着実に発展している。\n|\n", "バルト諸国"),
    # an excerpt that opens on a numbered item of the body (its siblings follow): the middle of a page
    ("(1) |\n地域情勢\n山田大臣より,地域の安定が重要である旨述べた。\n|\n(2) |\n二国間関係\n", None),
    # … or with a caption tail: 〜の模様, 〜での両外相の握手, a bracketed tag of the moment ((出迎え))
    ("ラトビア共和国\n令和3年2月5日\n(写真)日・ラトビア外相会談の模様\n" + BODY, "日・ラトビア外相会談"),
    ("ラトビア共和国\n令和3年2月5日\n(写真)日・ラトビア外相会談での両外相の握手\n" + BODY, "日・ラトビア外相会談"),
    ("ラトビア共和国\n令和3年2月5日\n日・ラトビア外相会談(出迎え)\n日・ラトビア外相会談(会談)\n" + BODY, "日・ラトビア外相会談"),
    # a courtesy call's captions: 〜表敬訪問1, 〜表敬訪問2 name the call (表敬訪問 is a talk's noun)
    ("ラトビア共和国\n\n令和3年2月5日\n山田外務大臣によるペトロフ首相表敬訪問1\n山田外務大臣によるペトロフ首相表敬訪問2\n\n" + BODY,
     "山田外務大臣によるペトロフ首相表敬訪問"),
    # a bracketed line that labels the kind of summary ((概要と評価)) is not the title: the heading above it is
    ("報道発表\n第2回日・ラトビア経済フォーラム\n(概要と評価)\n令和3年2月5日\n" + BODY, "第2回日・ラトビア経済フォーラム"),
    # a bracketed line that names the page's subject completes the heading
    ("ラトビア共和国\n日・ラトビア外相会談\n(日・ラトビア戦略対話)\n令和3年2月5日\n" + BODY,
     "日・ラトビア外相会談(日・ラトビア戦略対話)"),
    # an overview page's heading is a bare topic (日バルト三国) under the site's section name
    ("外交政策\n日バルト協力\n令和3年2月5日\n1 概要\n- 2019年5月に初の外相会合を開催。\n", "日バルト協力"),
    # a Bluebook annex: the document's heading above its bracketed dateline with a place
    ("(3) 山田外務大臣の訪問関連文書\n(イ) 日・ラトビア共同コミュニケ\n(86年5月31日,リガ)\n山田外務大臣は,…\n",
     "日・ラトビア共同コミュニケ"),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_title(text, expected):
    assert extract_text(text).record.title == expected


# (page text, expected doc_date)
DOC_DATES = [
    # an old table's cell run together: the page's date, a space, then the lead opening on the talk's day
    ("![]() |\n|\nトップページ>各国・地域情勢>欧州 |\n|\n平成16年2月5日 2月5日、リガにおいて、山田総理とペトロフ首相との間で"
     "日・ラトビア首脳会談が行われたところ、概要以下のとおり。1.二国間関係\n", "2004-02-05"),
    # … but a lead sentence that opens on a full date is not a date line
    ("平成16年2月5日、山田総理はリガにおいてペトロフ首相と会談を行った。\n", None),
    ("記者会見\n山田外務大臣会見記録\n(令和3年2月5日(金曜日)10時15分 於:本省会見室)\n冒頭発言\n", "2021-02-05"),
    # a two-digit year in a Bluebook dateline is of the 1900s
    ("(イ) 日・ラトビア共同コミュニケ\n(86年5月31日,リガ)\n山田外務大臣は,…\n", "1986-05-31"),
    ("日・ラトビア首脳会談\n(評価と概要)平成12年9月24日\nI.全般的評価\n", "2000-09-24"),
    # a heading's date without a year: null, the year is not guessed
    ("山田大臣のペトロフ大統領表敬\n\n(3月21日、リガ)\n\n1.二国間関係\n", None),
    # the talk's day in the lead paragraph is not the page's date
    (BODY, None),
    # a date of update above the page's own date: the page's date (and the heading above both is the title)
    ("日・ラトビア外相会談\n更新日 令和3年2月8日\n令和3年2月5日\n" + BODY, "2021-02-05"),
    ("日・ラトビア外相会談\n最終更新日:令和3年2月8日\n令和3年2月5日\n" + BODY, "2021-02-05"),
    # … below it, or alone: the first date line; the date of update when the page prints no other
    ("日・ラトビア外相会談\n令和3年2月5日\n更新日 令和3年2月8日\n" + BODY, "2021-02-05"),
    ("日・ラトビア外相会談\n更新日 令和3年2月8日\n" + BODY, "2021-02-08"),
]


@pytest.mark.parametrize("text,expected", DOC_DATES)
def test_doc_date(text, expected):
    assert extract_text(text).record.doc_date == expected


# (page text, expected doc_type)
DOC_TYPES = [
    # no heading: the lead paragraph says a telephone talk
    ("本5日,午後3時から約20分間,山田外務大臣は,ペトロフ・ラトビア外務大臣と電話会談を行いました。\n", "telephone_talk"),
    # no heading: the leaders named in treaty style: a joint document
    ("1. 2021年2月5日,リガにおいて,山田太郎日本国内閣総理大臣とペトロフ・ラトビア首相は首脳会談を行った。\n", "statement"),
    # no heading: a programme of arrival and departure
    ("山田総理は、2月5日午前、ラトビアに到着し、6日午後同国を出発した。\n", "visit"),
    # no heading, a talk's summary
    (BODY, "meeting"),
    # an announcement of a coming talk, told in the future
    ("報道発表\n第3回日・ラトビア政策協議の開催について\n令和3年2月1日\n1. 2月8日(月曜日)、第3回日・ラトビア政策協議が東京において開催される。\n",
     "other"),
    # …について told in the past is the record of the talk
    ("日・ラトビア首脳電話会談について\n令和3年2月1日\n2月1日、山田総理とペトロフ首相との間で電話会談が行われた。\n", "telephone_talk"),
    ("(イ) 日・ラトビア共同コミュニケ\n(86年5月31日,リガ)\n山田外務大臣は,…\n", "statement"),
    # a Bluebook section with no word of a talk in its heading
    ("第2章 地域別に見た外交 |\n(3)バルト諸国\nバルト三国との関係は,近年着実に発展している。\n", "other"),
    # a visit's page with a table of dated rows: the rows are its programme, not a chronology
    ("主な要人の来日日程\nペトロフ・ラトビア首相の訪日\n(概要)\n令和3年2月\n滞在日程\n2月5日(月曜日) 本邦着\n"
     "2月6日(火曜日) 首脳会談\n2月7日(水曜日) 外相表敬\n2月8日(木曜日) 本邦発\n", "visit"),
    # the heading lost (the title from a photo caption): a lead paragraph that summarises a visit makes it a visit
    ("山田外務大臣\n\n令和3年2月5日\nペトロフ大統領への表敬\n日・ラトビア外相会談\n 2月4日から5日にかけ、山田外務大臣は"
     "ラトビアを訪問し、ペトロフ大統領への表敬、外相会談等を行いました。同訪問の概要は以下のとおりです。\n1 表敬\n", "visit"),
    # … but a caption-titled page whose lead reports one talk stays a meeting
    ("ラトビア共和国\n\n令和3年2月5日\n日・ラトビア外相会談1\n\n" + BODY, "meeting"),
    # a tour of several countries (…歴訪) is a visit, its sections by country; its programme by day no chronology
    ("山田外務大臣のバルト三国歴訪\n令和3年2月6日\n1 ラトビア\n2月4日、リガにおいて、ペトロフ・ラトビア外務大臣と外相会談を行いました。\n"
     "2 リトアニア\n2月5日、ヴィリニュスにおいて、カズラ・リトアニア外務大臣と外相会談を行いました。\n", "visit"),
    ("山田総理大臣の欧州歴訪\n令和3年2月9日\n【訪問日程】\n2月4日(木) リガ着\n2月5日(金) ペトロフ首相と首脳会談\n"
     "2月6日(土) タリン着\n2月7日(日) カラス首相と首脳会談\n2月8日(月) 帰国\n", "visit"),
    # a courtesy call (表敬訪問) is a talk, not a visit
    ("ラトビア共和国\n\n令和3年2月5日\n山田外務大臣によるペトロフ首相表敬訪問1\n\n" + BODY, "meeting"),
    # an exchange of views (意見交換) in the heading is a talk
    ("欧州\n山田外務副大臣と駐日バルト三国各大使の意見交換\n令和3年2月5日\n" + BODY, "meeting"),
    # no heading: a transcript of questions and answers, (問) then (報道官), is a press conference
    ("(問)昨日の首脳会談について伺いたいのですが、どのような話があったのでしょうか。\n(報道官)首脳会談では二国間関係について話がありました。\n",
     "press_conference"),
    # no heading: the lead tells the visit (…として訪日したところ) then its summary (その概要と評価は以下のとおり)
    ("山田総理大臣\n\n令和3年2月5日\n ペトロフ・ラトビア首相が,2月3日(水)から5日(金)まで公式実務訪問賓客として訪日したところ,"
     "その概要と評価は以下のとおり。\n1.日程の概要\n(1)4日(木)\n  ア 首脳会談\n", "visit"),
    # a joint announcement of the governments is a joint document; a joint press release (…記者発表, …プレス発表) a
    # press conference's
    ("日本国政府及びラトビア共和国政府の共同発表\n令和3年2月5日\n1 山田総理大臣とペトロフ首相は、リガにおいて首脳会談を行った。\n",
     "statement"),
    ("日・ラトビア外相会談に関する共同プレス発表\n令和3年2月5日\n" + BODY, "press_conference"),
    ("日・ラトビア首脳共同記者発表\n令和3年2月5日\n" + BODY, "press_conference"),
    # an audience given by the Emperor (御会見) is no press conference (会見): a page that reports no talk
    ("ペトロフ・ラトビア大統領と天皇陛下との御会見\n令和3年2月5日\n2月5日、天皇陛下は、皇居において、ペトロフ大統領と御会見になりました。\n",
     "other"),
    # a visit's heading whose bracketed line names the talk it reports is the record of that talk
    ("ラトビア共和国\n山田総理特使のラトビア訪問\n(ペトロフ大統領との会談)\n令和3年2月5日\n" + BODY, "meeting"),
]


@pytest.mark.parametrize("text,expected", DOC_TYPES)
def test_doc_type(text, expected):
    assert extract_text(text).record.doc_type == expected


# (line, is it the name of the site's section above a heading?)
LABELS = [
    ("報道発表\n日・ラトビア外相会談\n", True),
    ("ラトビア共和国\n\n令和3年2月5日\n", True),
    ("山田総理大臣\n日・ラトビア首脳会談\n", True),
    ("日・ラトビア外相会談\n令和3年2月5日\n", False),  # a heading names a talk
    ("バルト諸国\nバルト三国との関係は,近年着実に発展している。\n", False),  # running text follows, not a heading
]


@pytest.mark.parametrize("text,expected", LABELS)
def test_section_label(text, expected):
    doc = Doc.from_text(text)
    assert document.is_section_label(doc, 0) == expected


SCHEDULE = """トップページ 会談・訪問 主な要人の来日日程
主な要人の来日日程

要人来日日程(平成11年)


ペトロフ・ラトビア外相の来日について

平成11年9月3日

1.ペトロフ・ラトビア外相は、9月6日(月)から8日(水)まで来日する。

2.同外相は、滞在中、山田外務大臣との間で外相会談を行う予定である。(前回の外相会談は、平成9年5月に行われた。)

3.また、同外相は、川上総理を表敬訪問する予定である。


ベルジンシュ・ラトビア首相の来日について

平成11年8月31日

1.ベルジンシュ・ラトビア首相は、9月14日(火)から18日(土)まで来日する。

2.同首相は、滞在中、天皇陛下と御会見する。また、川上内閣総理大臣と首脳会談を行う予定である。
"""


def test_schedule_page():
    rec = extract_text(SCHEDULE).record
    # the year's heading is the title, its year the page's reduced date; the page is a chronology
    assert (rec.title, rec.doc_type, rec.doc_date) == ("要人来日日程(平成11年)", "chronology", "1999")
    # one event per announced talk, dated with the announced stay; the past talk and the audience are not events
    got = [(e.date, e.date_end, e.kind) for e in rec.events]
    assert got == [
        ("1999-09-06", "1999-09-08", "foreign_ministers"),
        ("1999-09-06", "1999-09-08", "other"),  # a courtesy call (表敬)
        ("1999-09-14", "1999-09-18", "summit"),
    ]
    assert [p.name for p in rec.events[0].principals][:1] == ["山田"]


def test_schedule_banner_over_one_report_is_not_a_schedule():
    # under the same banner, a report of one visit is a visit page with its own heading and date
    text = "要人来日日程(平成12年)\nペトロフ大統領の訪日\n(評価と概要)平成12年9月24日\nI.全般的評価\n"
    rec = extract_text(text).record
    assert (rec.title, rec.doc_type, rec.doc_date) == ("ペトロフ大統領の訪日", "visit", "2000-09-24")


# (chronology page, expected (date, date_end) of its entries)
CHRONOLOGIES = [
    # a year alone with its text is an entry dated to the year; 18xx years are years too
    ("日・ラトビア関係年表\n1869年 修好通商条約調印\n1921年3月 外交関係樹立\n1991年10月10日 外交関係回復\n1998年 山田外務大臣のラトビア訪問\n",
     [("1869", None), ("1921-03", None), ("1991-10-10", None), ("1998", None)]),
    # a western year with its era in brackets: the western year is the entry's
    ("日・ラトビア関係の主な動き\n1956年(昭和31年)10月19日 共同宣言署名\n1957年(昭和32年)5月 通商協定署名\n"
     "1960年 ペトロフ外相訪日\n1961年2月1日~3日 山田外務大臣訪問\n",
     [("1956-10-19", None), ("1957-05", None), ("1960", None), ("1961-02-01", "1961-02-03")]),
    # era headings over month-only and day entries
    ("日・ラトビア関係の動き\n平成元年\n3月 外交関係樹立\n平成3年\n10月 山田外務大臣のラトビア訪問\n令和元年\n5月20日 日・ラトビア外相会談(於:東京)\n",
     [("1989-03", None), ("1991-10", None), ("2019-05-20", None)]),
    # a table converted with its cell bars: rows are entries, the bars are not a menu that ends the content
    ("日・ラトビア関係年表\n| 年月日 | 事項 |\n|---|---|\n| 1991年4月16日~19日 | ペトロフ・ラトビア大統領訪日 |\n"
     "| 1992年9月 | 山田総理訪問延期 |\n| 1993年10月 | ペトロフ大統領訪日 |\n| 1997年11月1日~2日 | 日・ラトビア首脳会談 |\n",
     [("1991-04-16", "1991-04-19"), ("1992-09", None), ("1993-10", None), ("1997-11-01", "1997-11-02")]),
    # a table whose year stands in a cell of its own, before the day's cell
    ("日・ラトビア関係年表\n| 年 | 月日 | 事項 |\n|---|---|---|\n| 1986年 | 1月15日 | ペトロフ外相訪日 |\n| 1990年 | 9月 | 山田外務大臣訪問 |\n"
     "| 1991年 | 4月16日~19日 | ペトロフ大統領訪日 |\n| 1991年 | 12月 | 共同声明署名 |\n",
     [("1986-01-15", None), ("1990-09", None), ("1991-04-16", "1991-04-19"), ("1991-12", None)]),
    # year headings in brackets
    ("日・ラトビア関係の主な動き\n【1991年】\n4月16日 外交関係回復\n10月 山田外務大臣訪問\n【1992年】\n5月 首脳会談\n6月1日 外相会談\n",
     [("1991-04-16", None), ("1991-10", None), ("1992-05", None), ("1992-06-01", None)]),
    # bulleted entries under year and era headings: a bullet before the date, a space after it (・5月 …, ・1998年 …)
    ("日・ラトビア関係の主な出来事\n2015年\n・5月 山田外務大臣がリガを訪問し、外相会談\n・9月 ニューヨークにおいて外相会談\n"
     "平成28年\n・5月 ペトロフ大統領訪日\n・1998年 文化交流年\n",
     [("2015-05", None), ("2015-09", None), ("2016-05", None), ("1998", None)]),
    ("日・ラトビア関係の歩み\n・1921年 外交関係樹立\n・1991年10月 外交関係回復\n・2003年 山田総理訪問\n・2019年5月20日 外相会談\n",
     [("1921", None), ("1991-10", None), ("2003", None), ("2019-05-20", None)]),
    # three bulleted entries, each entry-shaped: entries (a year alone too), not the items of a prose chronology
    ("日・ラトビア関係年表\n・2015年5月 山田外務大臣訪問、外相会談\n・2016年10月 田中総理大臣訪問、首脳会談\n・2017年 国交回復25周年\n",
     [("2015-05", None), ("2016-10", None), ("2017", None)]),
    # the entry's text after a colon
    ("日・ラトビア関係の動き\n1991年4月:外交関係回復\n1992年9月:山田総理訪問\n1993年:交流年\n1997年11月1日:首脳会談\n",
     [("1991-04", None), ("1992-09", None), ("1993", None), ("1997-11-01", None)]),
    # a prose chronology (…の経緯 of an overview page): bullets opening with a year, one event per dated item;
    # 同年3月 and a month alone take the year last printed, a year alone (2021年には、) only sets it
    ("外交政策\n日米豪協力\n令和5年3月1日\n1 経緯\n- 2011年6月に事務レベル協議を開催。\n"
     "- 2015年4月、東京にて初の外相会合を開催し、同年9月には首脳電話会談を実施。\n"
     "- 2021年には、2月に外相会合、10月にキャンベラで首脳会合を開催。\n",
     [("2011-06", None), ("2015-04", None), ("2015-09", None), ("2021-02", None), ("2021-10", None)]),
    # … also without bullets, a paragraph per year, with days where the page gives them
    ("外交政策\n日・ラトビア関係\n令和5年3月1日\n主な経緯\n2011年6月、外交関係樹立。\n"
     "2015年4月10日、山田総理がラトビアを訪問し首脳会談。\n2019年5月、ペトロフ大統領訪日。同年11月には外相会談を実施。\n",
     [("2011-06", None), ("2015-04-10", None), ("2019-05", None), ("2019-11", None)]),
]

# dates written with dots (1991.4.16, a span 1991.4.16~19, a month 1992.9) as some chronologies print them
DOT_CHRONOLOGIES = [
    ("日・ラトビア関係年表\n1991.4.16~19 ペトロフ大統領訪日\n1992.9 山田総理訪問延期\n1993.10.5 外相会談(於:東京)\n"
     "1997.11.1 日・ラトビア首脳会談\n",
     [("1991-04-16", "1991-04-19"), ("1992-09", None), ("1993-10-05", None), ("1997-11-01", None)]),
    # a table's rows under a bare heading (日・ラトビア関係, no word of a chronology): the heading is the title
    ("日・ラトビア関係\n|1991.4.16 | ペトロフ大統領訪日|\n|1992.9 | 山田総理訪問延期|\n|1993.10.5 | 首脳会談|\n|1997.11.1 | 外相会談|\n",
     [("1991-04-16", None), ("1992-09", None), ("1993-10-05", None), ("1997-11-01", None)]),
]


@pytest.mark.parametrize("text,expected", DOT_CHRONOLOGIES)
def test_dot_chronology(text, expected):
    rec = extract_text(text).record
    assert rec.title == text.split("\n")[0]
    assert rec.doc_type == "chronology"
    assert [(e.date, e.date_end) for e in rec.events] == expected


# a number with dots inside a sentence is not an entry
def test_dot_number_in_prose_is_not_an_entry():
    rec = extract_text("山田総理の発言\n支持率は1991.4 に比べ3.5%上昇した。\n").record
    assert rec.doc_type != "chronology" and rec.events == []


# two bulleted lines opening with a year are not yet a chronology (a meeting page recalls its history so)
NOT_CHRONOLOGIES = [
    "ラトビア共和国\n日・ラトビア外相会談\n令和3年2月5日\n" + BODY + "- 2019年5月に初の外相会合を開催。\n- 2020年3月に電話会談を実施。\n",
]


@pytest.mark.parametrize("text", NOT_CHRONOLOGIES)
def test_not_chronology(text):
    assert extract_text(text).record.doc_type != "chronology"


def test_prose_chronology_events():
    rec = extract_text(CHRONOLOGIES[-2][0]).record
    # the group's name gives its sides; the item's words its kind, channel, city
    assert [e.countries for e in rec.events][0] == ["JP", "US", "AU"]
    assert [(e.kind, e.channel, e.city) for e in rec.events] == [
        ("vice_ministerial", "in_person", None), ("foreign_ministers", "in_person", "東京"),
        ("summit", "telephone", None), ("foreign_ministers", "in_person", None), ("summit", "in_person", "キャンベラ")]


@pytest.mark.parametrize("text,expected", CHRONOLOGIES)
def test_chronology_entries(text, expected):
    rec = extract_text(text).record
    assert rec.doc_type == "chronology"
    assert [(e.date, e.date_end) for e in rec.events] == expected


# (entry words, kind)
ENTRY_KINDS = [
    ("ペトロフ大統領訪日", "summit"),  # a leader's visit written without の, as old chronologies do
    ("山田総理訪ソ", "summit"),
    ("山田総理訪問", "summit"),  # … or with 訪問, the counterpart's country being the page's
    ("ペトロフ大統領の訪日", "summit"),
    ("ペトロフ外相訪日", "foreign_ministers"),
    ("外交関係樹立", "other"),
]


@pytest.mark.parametrize("words,kind", ENTRY_KINDS)
def test_entry_kind(words, kind):
    from gaiko.extract.chronology import entry_kind

    assert entry_kind(words) == kind


# (line, is it navigation?)
NAV = [
    ("アジア | 北米 | 中南米 | 欧州(NIS諸国を含む) | 大洋州 | 中東 | アフリカ", True),  # a menu of sections
    ("| トップページ > 会談・訪問 > 過去の記録 |", True),
    ("トップページ 会談・訪問 過去の記録", True),
    ("第2章 地域別に見た外交 |", True),
    ("| 4月24日 | 22:30~24:30 | 首脳会談 |", False),  # a table row is content
    ("日・ラトビア外相会談", False),
    # a caption with an HTML line break left by the conversion: its > is not a breadcrumb's
    ("  • 日・ラトビア首脳会談<br>(写真提供:内閣広報室)", False),
]


@pytest.mark.parametrize("line,expected", NAV)
def test_nav_line(line, expected):
    assert document.is_nav_line(line) == expected


# (page text, expected (title, doc_date))
HEADING_DATES = [
    # heading and date on one line: the heading without its date, the date the page's
    ("日・ラトビア首脳会談 平成10年4月28日\n1.二国間関係\n山田総理より,協力を強化したい旨述べた。\n", ("日・ラトビア首脳会談", "1998-04-28")),
    # the date in brackets at the end of the heading stays part of it
    ("日・ラトビア外相会談(令和5年8月6日)\n本6日,山田外務大臣は,…\n", ("日・ラトビア外相会談(令和5年8月6日)", "2023-08-06")),
    # a page that prints only a month: a reduced date
    ("日・ラトビア外相会談\n平成18年11月\n本5日,山田外務大臣は,ペトロフ外相と会談した。\n", ("日・ラトビア外相会談", "2006-11")),
    # a numbered section heading above the date is the document's heading, not the site's section name
    ("(2)バルト諸国\n平成18年11月\nバルト三国との関係は,近年着実に発展している。\n", ("バルト諸国", "2006-11")),
    # a sentence with a date is not a heading with its date
    ("山田総理は,ペトロフ首相と会談した 平成10年4月28日\n", (None, None)),
]


@pytest.mark.parametrize("text,expected", HEADING_DATES)
def test_heading_and_date(text, expected):
    rec = extract_text(text).record
    assert (rec.title, rec.doc_date) == expected


# (chronology heading, the sides its entries get after Japan)
CHRONOLOGY_SIDES = [
    # the Soviet Union is written ソ (in katakana) in a 日X heading
    ("日ソ関係年表", ["SU"]),
    # a group of one-character names: every side of the group
    ("日米豪印協力の経緯", ["US", "AU", "IN"]),
    # a 日・X heading with the country's full name
    ("日・ラトビア関係の動き", ["LV"]),
]


@pytest.mark.parametrize("title,expected", CHRONOLOGY_SIDES)
def test_chronology_sides(title, expected):
    text = title + "\n1986年1月 ペトロフ外相訪日\n1987年5月 山田外務大臣訪問\n1988年 交流年\n1989年9月 首脳会談\n"
    rec = extract_text(text).record
    assert rec.doc_type == "chronology"
    assert all(e.countries == ["JP"] + expected for e in rec.events)


# --- Bluebook sections (外交青書): a year's relations told in prose ----------------------------------------------
BLUEBOOK = ("外交青書・白書\n第2章 地域別に見た外交\n\n3 バルト諸国\n\n(1)ラトビア\n\n"
            "ラトビアは2004年にEUに加盟し、2030年までの成長を目指している。\n\n"
            "4月に山田外務大臣がラトビアを訪問し、ペトロフ首相と会談を行った。また、6月の国際会議出席のためペトロフ首相が訪日し、"
            "9月の式典参列のためベルジンシュ大統領が訪日し、田中総理大臣とそれぞれ会談を行った。さらに、11月、円借款に関する署名が行われた。\n\n"
            "日・ラトビア首脳会談(6月12日、大阪 写真提供:内閣広報室)\n\n(2)リトアニア\n\n"
            "2021年2月にカルニシュ外相が訪日し、山田外務大臣と外相会談を行った。10月にカルニシュ外相が再度訪日し、\n")


def test_bluebook_section():
    rec = extract_text(BLUEBOOK).record
    # the site's Bluebook label and the chapter banner are not the heading; the section's number is dropped
    assert rec.title == "バルト諸国"
    # several dated talks: one entry per talk (それぞれ: one per month named), none for a signing or a cut sentence;
    # months take the latest year printed with a month (2021); the caption gives the June talk's day and city
    assert rec.doc_type == "chronology"
    assert [e.date for e in rec.events] == ["2021-04", "2021-06-12", "2021-09", "2021-02"]
    assert rec.events[1].city == "大阪"


def test_bluebook_section_with_one_talk_is_a_chronology_of_one_entry():
    # under the chapter banner a section that dates one talk is still the year's record, a chronology as gold b-104
    # (it was `other` before probe 8); the talk dated at its month, the section's year
    text = ("第2章 地域別に見た外交 |\n(2)バルト諸国\nバルト三国との関係は着実に発展している。"
            "2020年3月に田中総理大臣がペトロフ首相と会談を行った。\n")
    rec = extract_text(text).record
    assert rec.doc_type == "chronology"
    assert [e.date for e in rec.events] == ["2020-03"]


def test_bare_numbered_section_with_one_talk_is_not_a_chronology():
    # without a banner, one dated talk under a numbered country heading is no Bluebook section (two are: relations)
    text = "(3)日・ケニア関係\n2019年4月にはオティエノ外相が訪日し、日・ケニア外相会談を行った。\n"
    assert extract_text(text).record.doc_type != "chronology"


def test_bluebook_entry_takes_its_sections_country_and_the_ranks_kind():
    # the entry names no country (…大統領が訪日し): the side is the country heading the part it stands in; a bare
    # 会談 of a president and a prime minister is a summit; 両首脳は… after it is its outcome
    text = ("外交青書・白書\n第2章 地球儀を俯瞰する外交\n\n(4)ガーナ\n\n"
            "2018年5月、アクフォ大統領が訪日し、田中総理大臣と会談した。両首脳は、保健分野での協力を進めることで一致した。\n")
    rec = extract_text(text).record
    assert rec.doc_type == "chronology"
    ev = rec.events[0]
    assert (ev.date, ev.kind) == ("2018-05", "summit")
    assert [(p.name, p.country) for p in ev.principals] == [("田中", "JP"), ("アクフォ", "GH")]
    assert [o.type for o in ev.outcomes] == ["agree"]


def test_date_line_run_together_with_the_lead_keeps_the_lead():
    # the page's date is read from the run-together line, and the lead on it still reports the talk
    text = ("![]() |\n|\nトップページ>各国・地域情勢>欧州 |\n|\n平成16年2月5日 2月5日、リガにおいて、山田総理とペトロフ首相との間で"
            "日・ラトビア首脳会談が行われたところ、概要以下のとおり。1.二国間関係\n")
    rec = extract_text(text).record
    assert rec.doc_date == "2004-02-05"
    assert [(e.kind, e.date) for e in rec.events] == [("summit", "2004-02-05")]


# --- the layout lexicon (gaiko/extract/lexicon/layout.py), row by row ---------------------------------------------
PAGE = "日・ラトビア外相会談\n令和3年2月5日\n本5日,山田外務大臣は,ペトロフ外務大臣と会談を行いました。\n両外相は,協力を強化していくことで一致しました。\n\n"

# (a line of the site's furniture below the text, as the site prints it): the content ends above it
NAV_BELOW = [
    "外務省 English Japanese リンクページ よくある質問集 検索 サイトマップ サイト内検索",  # the top bar
    "渡航関連情報 外務省案内 各国・地域情勢 外交政策 ODA 会談・訪問 報道・広報 キッズ外務省 資料・公開情報 各種手続き トップページ",  # old menu
    "外務省トップ 本文へ 本文へ移動 外務省について 政策 国・地域 海外渡航・滞在 申請・手続き ホーム",  # new site's menu
    "文字サイズの変更 | 世界地図 | アジア | 北米 | 中南米 | 欧州(NIS諸国を含む) | 欧州 | 大洋州 | 中東 | アフリカ",  # a | menu
    "BACK 目次 戻る メニュー ログイン 印刷 Print",  # page tools
]


def _nav_page(line: str) -> str:
    return PAGE + line + "\n関連資料\n"


@pytest.mark.parametrize("line", NAV_BELOW)
def test_nav_below_ends_content(line):
    assert content_region(_nav_page(line)) == (0, len(PAGE))


# (a footer line): the content ends above it, even right under the text
FOOTERS = [
    "BACK", "このページのトップへ戻る", "ページのトップへ戻る", "目次へ戻る", "目次", "関連リンク", "法的事項",
    "アクセシビリティについて", "プライバシーポリシー", "アクセス",
    "© 2021 Ministry of Foreign Affairs of Japan",  # the copyright sign and whatever follows
    "Copyright(C) 2021 Ministry of Foreign Affairs of Japan",
    "会談・訪問一覧へ戻る",  # back to any list (…へ戻る)
    "外務省案内 組織 所在地 採用情報",  # the footer's own menu
]


def _footer_page(line: str) -> str:
    return PAGE + line + "\n山田外務大臣の動静\n"


@pytest.mark.parametrize("line", FOOTERS)
def test_footer_ends_content(line):
    assert content_region(_footer_page(line)) == (0, len(PAGE))


# (a line between the heading and the date that labels the summary or a field): the heading is the title
LABELS_UNDER_HEADING = [
    "(概要と成果)", "(結果)", "(速報)", "(仮訳)", "(骨子)", "(要旨)", "(要約)", "(評価)",  # a summary's label
    "結果概要",  # unbracketed
    "日時", "場所", "日付", "時間", "出席者", "参加者",  # a field's label alone on its line
]


def _label_page(label: str) -> str:
    return "日・ラトビア外相会談\n" + label + "\n令和3年2月5日\n" + BODY


@pytest.mark.parametrize("label", LABELS_UNDER_HEADING)
def test_label_under_heading(label):
    assert extract_text(_label_page(label)).record.title == "日・ラトビア外相会談"


# (what stands before or after the page's date on its line, the page's date)
DATE_LINES = [
    ("発表日 令和3年2月5日", "2021-02-05"),  # a label of the date
    ("更新日 令和3年2月5日", "2021-02-05"),
    ("日時 令和3年2月5日", "2021-02-05"),
    ("日付 令和3年2月5日", "2021-02-05"),
    ("令和3年2月5日更新", "2021-02-05"),  # a word after it
    ("令和3年2月5日現在", "2021-02-05"),
    ("令和3年2月5日発表", "2021-02-05"),
    ("令和3年2月5日(日本時間)", "2021-02-05"),  # a clock's name in brackets
    ("令和3年2月5日 来日した", None),  # running text is no date line
]


def _date_line_page(line: str) -> str:
    return "日・ラトビア外相会談\n" + line + "\n" + BODY


@pytest.mark.parametrize("line,expected", DATE_LINES)
def test_date_line(line, expected):
    assert extract_text(_date_line_page(line)).record.doc_date == expected


# (the site's section printed right above the date, on a page whose heading is lost): the caption names the talk
SECTION_ABOVE_DATE = [
    "報道発表", "記者会見", "会見", "プレスリリース", "報道官談話", "内閣総理大臣", "過去の記録", "主な要人の来日日程",
    "要人来日日程", "英語版", "外交青書・白書", "外交青書", "白書",
    "山田総理大臣", "田中官房長官", "鈴木外務副大臣", "佐藤外務大臣政務官",  # an office's page, with its holder's name
]


def _section_page(label: str) -> str:
    return label + "\n\n令和3年2月5日\n日・ラトビア外相会談1\n日・ラトビア外相会談2\n\n" + BODY


@pytest.mark.parametrize("label", SECTION_ABOVE_DATE)
def test_section_above_date(label):
    assert extract_text(_section_page(label)).record.title == "日・ラトビア外相会談"


# (a heading under a country's section name, its page's type): a heading word makes the line the heading, not a
# section's name; the heading's words decide the type (a talk's noun at its end, a visit, a statement …, else a
# heading word: a meeting)
HEADINGS = [
    ("山田外務大臣とペトロフ外務大臣との会談", "meeting"),
    ("第3回日・ラトビア経済合同会議", "meeting"),
    ("日・ラトビア経済関係者会合", "meeting"),
    ("山田外務大臣のラトビア訪問", "visit"),
    ("ペトロフ・ラトビア大統領の来日", "visit"),
    ("ラトビアについて", "meeting"),  # について alone: a heading word
    ("山田外務大臣バルト歴遊の概要", "meeting"),
    ("ラトビア総選挙の結果", "meeting"),
    ("日・ラトビア共同声明", "statement"),
    ("ラトビアの総選挙に関する外務報道官談話", "statement"),
    ("山田外務大臣会見", "press_conference"),
    ("日・ラトビア領事協議", "meeting"),
    ("日・ラトビア安全保障対話", "meeting"),
    ("山田外務大臣によるペトロフ首相への表敬", "meeting"),
    ("山田外務大臣とペトロフ外務大臣との電話会談", "telephone_talk"),
    ("山田外務大臣とラトビア議員団との懇談", "meeting"),
    ("山田外務大臣のバルト海フォーラム出席", "visit"),  # 出席: a visit's heading
    ("山田外務大臣とペトロフ外務大臣の立ち話", "meeting"),
    ("山田外務大臣主催ワーキング・ディナー", "meeting"),
    ("山田外務大臣主催ワーキング・ランチ", "meeting"),
    ("山田外務大臣主催昼食会", "meeting"),
    ("山田外務大臣主催夕食会", "meeting"),
    ("山田外務大臣主催朝食会", "meeting"),
    ("ペトロフ大統領主催晩餐会", "meeting"),
    ("日・ラトビア租税取決めの署名", "meeting"),
    ("日・ラトビア共同プレス発表", "press_conference"),
    ("日・ラトビア共同コミュニケ", "statement"),
    ("日・ラトビア共同宣言", "statement"),
    ("ラトビア大使館開設式典の記録", "meeting"),
    ("ペトロフ・ラトビア大統領の日程", "meeting"),
    ("バルト理事会閣僚会合", "meeting"),
    ("日・ラトビア首脳会談", "meeting"),
    ("最近の日・ラトビア関係の動き", "chronology"),
    ("日・ラトビア関係年表", "chronology"),
    ("日・ラトビア要人往来", "chronology"),
    ("日・ラトビア関係の主な出来事", "chronology"),
    ("日・ラトビア関係の歩み", "chronology"),
    ("バルト海サミット", "meeting"),
    ("山田外務大臣の演説", "meeting"),
    ("山田外務大臣の挨拶", "meeting"),
    ("山田外務大臣のスピーチ", "meeting"),
    ("日・ラトビア投資協定", "meeting"),
    ("日・ラトビア租税条約", "meeting"),
    ("山田外務大臣によるラトビア国会における講演の要旨", "meeting"),
    ("ラトビア政策提言の骨子", "meeting"),
    ("ラトビア総選挙の評価", "meeting"),
    ("日・ラトビア国交樹立の経緯", "chronology"),
    ("日・ラトビア関係の沿革", "chronology"),
    ("山田外務大臣とラトビア有識者との意見交換", "meeting"),
    # the type's own words
    ("最近のバルト情勢の動き", "chronology"),  # …の動き at the end
    ("山田外務大臣記者発表", "press_conference"),
    ("山田外務大臣記者会見", "press_conference"),
    ("日・ラトビア共同記者会見", "press_conference"),
    ("日・ラトビア首脳電話会議", "telephone_talk"),
    ("山田外務大臣ステートメント", "statement"),
    ("日・ラトビア間の主な動き", "chronology"),
    ("山田外務大臣の国連総会出席", "visit"),
    ("日・ラトビア経済協議会", "meeting"),  # a talk's noun at the end
    ("日・ラトビア合同委員会", "meeting"),
    ("山田総理の外国訪問", "visit"),  # a visit
    ("山田総理訪米", "visit"),
    ("ペトロフ大統領の訪日", "visit"),
    # right above the date a line with none of these words is still the heading, but names no kind of page
    ("ラトビアとの経済関係", "other"),
]


def _heading_page(heading: str) -> str:
    return "ラトビア共和国\n" + heading + "\n令和3年2月5日\n" + BODY


@pytest.mark.parametrize("heading,doc_type", HEADINGS)
def test_heading_words(heading, doc_type):
    rec = extract_text(_heading_page(heading)).record
    assert (rec.title, rec.doc_type) == (heading, doc_type)


# (a page that opens on its lead paragraph, its type): the lead's words decide
LEADS = [
    ("本5日,山田外務大臣は,ペトロフ・ラトビア外務大臣と電話で会談しました。\n", "telephone_talk"),
    ("本5日,山田外務大臣は,ペトロフ・ラトビア外務大臣と電話会議を行いました。\n", "telephone_talk"),
    ("本5日,山田外務大臣は,ペトロフ・ラトビア外務大臣と電話による会談を行いました。\n", "telephone_talk"),
    ("1. 日本国外務大臣及びラトビア共和国外務大臣は,2021年2月5日,リガにおいて会談した。\n", "statement"),  # treaty style
    ("(質問)昨日の会談について伺います。\n(報道官)二国間関係について話がありました。\n", "press_conference"),
    ("(記者)昨日の会談について伺います。\n(報道官)二国間関係について話がありました。\n", "press_conference"),
    ("(答)二国間関係について話がありました。\n", "press_conference"),
    ("(報道官)冒頭、私から二点申し上げます。\n", "press_conference"),
]


@pytest.mark.parametrize("text,doc_type", LEADS)
def test_lead_type(text, doc_type):
    assert extract_text(text).record.doc_type == doc_type


# (an announcement's lead, told in the future): a …について page that announces a talk is no record of it
ANNOUNCEMENTS = [
    "2月8日、第3回日・ラトビア政策協議が東京において開催されます。",
    "2月8日、山田外務大臣はペトロフ外務大臣との昼食会を主催する。",
    "2月8日、山田外務大臣はペトロフ外務大臣と会談を行う。",
    "2月8日、山田外務大臣はペトロフ外務大臣と会談を行う予定である。",
    "2月8日、山田外務大臣はペトロフ外務大臣と会談を行う予定です。",
    "2月8日、ペトロフ外務大臣が訪日します。",
    "2月8日、山田外務大臣はペトロフ外務大臣と会談を行います。",
]


def _announcement_page(lead: str) -> str:
    return "報道発表\nペトロフ・ラトビア外務大臣の訪日について\n令和3年2月1日\n1. " + lead + "\n"


@pytest.mark.parametrize("lead", ANNOUNCEMENTS)
def test_announcement(lead):
    assert extract_text(_announcement_page(lead)).record.doc_type == "other"


# (a photo caption's talk noun, on a page whose heading is lost): the caption's talk is the title
CAPTION_NOUNS = ["外相会談", "首脳会議", "外相会合", "経済合同理事会", "懇談", "外相昼食会", "首脳夕食会", "外相朝食会",
                 "首脳晩餐会", "外相立ち話", "首相表敬", "政策協議", "戦略対話", "首脳ワーキング・ディナー", "外相ワーキング・ランチ",
                 "首脳電話会談", "首脳テレビ会議"]


def _caption_page(noun: str) -> str:
    return "ラトビア共和国\n\n令和3年2月5日\n日・ラトビア" + noun + "1\n\n" + BODY


@pytest.mark.parametrize("noun", CAPTION_NOUNS)
def test_caption_noun(noun):
    assert extract_text(_caption_page(noun)).record.title == "日・ラトビア" + noun


# (the page's <title> with the site's name): the line that repeats it without the name is the title
HTML_TITLES = ["外務省: 日・ラトビア外相会談", "日・ラトビア外相会談 | Ministry of Foreign Affairs of Japan", "MOFA: 日・ラトビア外相会談"]


def _html(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><p>ラトビア共和国</p><h1>日・ラトビア外相会談</h1>"
            "<p>令和3年2月5日</p><p>本5日,山田外務大臣は,ペトロフ外務大臣と会談を行いました。</p></body></html>")


@pytest.mark.parametrize("title", HTML_TITLES)
def test_html_title(title):
    assert extract_text(_html(title)).record.title == "日・ラトビア外相会談"


def case_texts() -> list[str]:
    """Every page these cases extract (the layout rows' coverage; chronologies in test_cases_chronology.py)."""
    texts = [t for t, _ in TITLES + DOC_DATES + DOC_TYPES + HEADING_DATES]
    texts += [_nav_page(x) for x in NAV_BELOW] + [_footer_page(x) for x in FOOTERS]
    texts += [_label_page(x) for x in LABELS_UNDER_HEADING] + [_date_line_page(x) for x, _ in DATE_LINES]
    texts += [_section_page(x) for x in SECTION_ABOVE_DATE] + [_heading_page(h) for h, _ in HEADINGS]
    texts += [t for t, _ in LEADS] + [_announcement_page(x) for x in ANNOUNCEMENTS] + [_caption_page(n) for n in CAPTION_NOUNS]
    texts += [_html(t) for t in HTML_TITLES] + [SCHEDULE, BLUEBOOK]
    texts += [t for t, _ in CHRONOLOGIES + DOT_CHRONOLOGIES] + NOT_CHRONOLOGIES
    return texts
