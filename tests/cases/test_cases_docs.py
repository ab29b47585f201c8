"""Cases of the document layer (title, doc_type, doc_date) and of chronologies, in the ministry's page layouts.

Every text here is invented in the ministry's style (names, dates and talks are made up); each row is one
decision of the rules in gaiko/extract/document.py and gaiko/extract/chronology.py.
"""

from __future__ import annotations

import pytest

from gaiko.extract import document
from gaiko.pipeline import extract_text
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


def test_bluebook_section_with_one_talk_is_not_a_chronology():
    text = ("第2章 地域別に見た外交 |\n(2)バルト諸国\nバルト三国との関係は着実に発展している。"
            "3月に田中総理大臣がペトロフ首相と会談を行った。\n")
    assert extract_text(text).record.doc_type == "other"


def test_date_line_run_together_with_the_lead_keeps_the_lead():
    # the page's date is read from the run-together line, and the lead on it still reports the talk
    text = ("![]() |\n|\nトップページ>各国・地域情勢>欧州 |\n|\n平成16年2月5日 2月5日、リガにおいて、山田総理とペトロフ首相との間で"
            "日・ラトビア首脳会談が行われたところ、概要以下のとおり。1.二国間関係\n")
    rec = extract_text(text).record
    assert rec.doc_date == "2004-02-05"
    assert [(e.kind, e.date) for e in rec.events] == [("summit", "2004-02-05")]
