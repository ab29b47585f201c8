"""Cases of the chronology stage (gaiko/extract/chronology.py): schedule pages, dated entries and the bullets under
them, prose chronologies and Bluebook sections, row by row of the layout lexicon's chronology groups and the place
cues an entry carries. (The entry shapes and dates are in test_cases_docs.py.)

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

# --- schedule pages (主な要人の来日日程) ----------------------------------------------------------------------------
SCHEDULE = (
    "要人来日日程(令和3年)\n\n"
    # an announcement's heading may end in の予定 as well as について
    "ペトロフ・ラトビア大統領の来日の予定\n\n令和3年9月3日\n\n1.ペトロフ・ラトビア大統領は、9月6日(月)から8日(水)まで来日する。\n\n"
    # 予定 / する mark the talks to hold; a visiting president with the prime minister: a summit; 会見 with the minister
    "2.同大統領は、滞在中、田中内閣総理大臣と首脳会談の予定である。また、山田外務大臣と会見する。\n\n"
    # a talk already held (行い…した。) is no announced talk
    "3.同大統領は、前回の訪日でも首脳会談を行い、経済協力について意見交換した。\n\n"
    "カルニシュ・リトアニア外務長官の来日の予定\n\n令和3年9月10日\n\n1.カルニシュ外務長官は、9月13日(月)から14日(火)まで来日する。\n\n"
    # a visiting foreign secretary (外務長官) with the foreign minister: a foreign ministers' talk
    "2.同長官は、滞在中、山田外務大臣との間で外相会談を行い、政策協議を行います。\n\n"
    # past talks recalled (行われた, 行った) are none either
    "3.同長官とは、前回の外相会談を行う予定だったが、結局令和元年5月に行われた。\n\n"
    "4.同長官は、以前にも政策協議を行い、協力について協議を行った。\n\n"
    "ベルジンシュ・ラトビア国王の来日について\n\n令和3年10月1日\n\n1.ベルジンシュ国王は、10月4日(月)から6日(水)まで来日する。\n\n"
    # a visiting king: head of state; an audience with the Emperor (御会見) is no talk, the call on the prime minister is
    "2.同国王は、天皇陛下と御会見し、田中内閣総理大臣を表敬訪問します。\n\n"
    "リー・シンガポール国家主席の来日について\n\n令和3年11月1日\n\n1.リー国家主席は、11月8日(月)から9日(火)まで来日する。\n\n"
    "2.同国家主席は、田中総理と首脳会談を行う予定である。\n\n"
    "スミス米国務長官の来日について\n\n令和3年12月1日\n\n1.スミス国務長官は、12月6日(月)から7日(火)まで来日する。\n\n"
    "2.同長官は、山田外相と外相会談を行う予定である。\n"
)

# a visitors' schedule listed by visitor (要人来日日程(令和3年9月), the year also on its date line below): a line per
# visitor with the stay on it or under it; a talk's own day (14日に…) dates it, else the stay; every line is to come
VISITORS = (
    "要人来日日程(令和3年9月)\n令和3年8月27日\n\n"
    "1.ペトロフ・ラトビア大統領\n9月6日(月)から8日(水)まで来日。田中内閣総理大臣と首脳会談を行う予定。\n"
    "2.カルニシュ・リトアニア外務長官 9月13日~15日\n  14日に山田外務大臣と外相会談\n"
)
# … one visitor under the heading is a page of that visit, not a schedule
ONE_VISITOR = "要人来日予定\n令和3年8月27日\n\nペトロフ・ラトビア大統領\n9月6日(月)から8日(水)まで来日。田中内閣総理大臣と首脳会談を行う予定。\n"


def test_visitors_schedule():
    rec = extract_text(VISITORS).record
    assert rec.doc_type == "chronology"
    assert [(e.date, e.date_end, e.kind) for e in rec.events] == [
        ("2021-09-06", "2021-09-08", "summit"), ("2021-09-14", None, "foreign_ministers")]
    assert extract_text(ONE_VISITOR).record.doc_type != "chronology"


# a visitor titled by an organisation's office, the side in brackets after it (…フォーラム議長(パラオ共和国大統領)は): that side
CHAIR_SCHEDULE = (
    "要人来日日程(令和3年)\n\nナカタ太平洋諸島フォーラム(PIF)議長の来日について\n\n令和3年9月3日\n\n"
    "1.ジョン・ナカタ太平洋諸島フォーラム議長(パラオ共和国大統領)は、9月6日(月)から8日(水)まで来日する。\n\n"
    "2.同議長は、滞在中、田中内閣総理大臣と会談する予定である。\n\n"
    "ペトロフ・ラトビア大統領の来日について\n\n令和3年10月1日\n\n1.ペトロフ・ラトビア大統領は、10月4日(月)から6日(水)まで来日する。"
    "\n\n2.同大統領は、田中総理と首脳会談を行う予定である。\n")


def test_schedule_visitor_side_in_brackets():
    rec = extract_text(CHAIR_SCHEDULE).record
    assert [(e.date, [(p.name, p.country) for p in e.principals]) for e in rec.events] == [
        ("2021-09-06", [("田中", "JP"), ("ナカタ", "PW")]), ("2021-10-04", [("田中", "JP"), ("ペトロフ", "LV")])]


def test_schedule_announcements():
    rec = extract_text(SCHEDULE).record
    assert (rec.title, rec.doc_type, rec.doc_date) == ("要人来日日程(令和3年)", "chronology", "2021")
    got = [(e.date, e.kind, [p.name for p in e.principals][:1]) for e in rec.events]
    assert got == [
        ("2021-09-06", "summit", ["田中"]),  # 大統領 (head) with 総理: a summit
        ("2021-09-06", "other", ["山田"]),  # 会見 with the foreign minister: a head with a minister is no kind of its own
        ("2021-09-13", "foreign_ministers", ["山田"]),  # 外務長官 (fm) with 外務大臣
        ("2021-10-04", "other", ["田中"]),  # a courtesy call (表敬): other
        ("2021-11-08", "summit", ["田中"]),  # 国家主席 (head) with 総理
        ("2021-12-06", "foreign_ministers", ["山田"]),  # 国務長官 (fm) with 外相
    ]


# --- dated entries and the bullets under them ------------------------------------------------------------------
BULLETS = (
    "日・ラトビア関係の動き\n令和元年\n5月20日 日・ラトビア外相会談(於:東京)\n"
    "● 両外相は経済関係の強化で一致した。\n• 山田外務大臣より協力の強化を提案した。\n・ ペトロフ前首相とも懇談した。\n"
    "○ 次回は東京で開催する。\n◆ ベルジンシュ元大統領も同席した。\n■ 両外相は共同声明を発出した。\n● 以上。\n"
    "6月1日 日・ラトビア首脳会談(リガ)\n7月 国連総会の際の日・ラトビア外相会談\n"
    "9月 外相会談(第74回国連総会)\n"
)


def test_entries_and_bullets():
    rec = extract_text(BULLETS).record
    assert [(e.date, e.city, e.occasion) for e in rec.events] == [
        ("2019-05-20", "東京", None),  # (於:東京): the entry's place
        ("2019-06-01", "リガ", None),  # a city in brackets
        ("2019-07", None, "国連総会"),  # …の際の: the occasion
        ("2019-09", None, "第74回国連総会"),  # a bracketed name (not a city): the occasion
    ]
    assert [e.rules.get("city") for e in rec.events][:2] == ["places.cue.o", "places.paren_city.entry"]
    # the bullets under the first entry are its own (a bullet right under another), the former holders (前首相,
    # 元大統領) no principals of it
    assert [p.name for p in rec.events[0].principals] == ["山田"]


# --- prose chronologies: an item that is not a talk keeps no channel, unless its words name a talk ------------------
PROSE = (
    "外交政策\n日・ラトビア協力\n令和5年3月1日\n1 経緯\n- 2011年6月、定期会談の枠組みが発足。\n"
    "- 2013年4月、議員会合の枠組みが発足。\n- 2014年5月、専門家会議を開催。\n- 2015年2月、民間協議の枠組みが発足。\n"
    "- 2016年3月、有識者の対話を開始。\n- 2017年7月、青年サミットの事務局が発足。\n- 2018年9月、経済使節団の訪問。\n"
    "- 2019年5月、ペトロフ議長訪日。\n- 2020年1月、経済団体来日。\n- 2021年4月、ラトビアで新政権が発足。\n"
    "- 2022年5月、第10回バルト会議の機会に外相会談。\n"
)


def test_prose_items():
    rec = extract_text(PROSE).record
    assert [e.channel for e in rec.events] == ["in_person"] * 9 + [None, "in_person"]  # (新政権が発足: no talk)
    assert rec.events[-1].occasion == "第10回バルト会議"  # …の機会に: the occasion


# --- Bluebook sections: each completed talk, its day and city from a caption of that month ----------------------------
BLUEBOOK = (
    "外交青書・白書\n第2章 地域別に見た外交\n\n3 バルト諸国\n\n(2)リトアニア\n\n"
    "2021年3月に山田外務大臣がリトアニアを訪問し、カルニシュ外相と会見した。5月にはカルニシュ首相が訪日し、田中総理大臣を表敬し、"
    "経済協力について意見を交換した。7月には次官級の政策協議を実施。9月にはカルニシュ外相との外相会談が行われた。"
    "11月に山田外務大臣がカルニシュ外相と会談を行い、協力を確認した。\n\n"
    "日・リトアニア外相会見(3月12日、ビリニュス)\n\nカルニシュ首相による表敬(5月20日、東京)\n\n"
    "日・リトアニア政策協議(7月8日、東京)\n\n日・リトアニア外相会合(9月15日、ニューヨーク)\n"
)

# several talks in one sentence, each after its month; a year alone (2022年は、) is the section's year; a talk said
# as 会談が行われ、 is held, one to hold (…を実施することで一致 / 実施予定) is none; the city of a visit (タリンを訪問して)
# or of an occasion (G20ローマ・サミットの機会に)
BLUEBOOK_PROSE = (
    "外交青書・白書\n第2章 地域別に見た外交\n\n(3)エストニア\n\n"
    "2022年は、1月にカラス首相と首脳テレビ会談を行い、6月には山田外務大臣がタリンを訪問して外相会談を行った。"
    "また、10月のASEM首脳会合の際に首脳会談が行われ、両首脳は協力の強化で一致した。"
    "両首脳は、来年3月に東京で首脳会談を実施することで一致した。12月には外相会談を実施予定である。"
    "11月にはG20ローマ・サミットの機会に首脳会談を行った。\n"
)

# … the same prose without the Bluebook's banner, opening on a numbered section on one country: a Bluebook section,
# its name the title; one talk only is told, not listed (the page stays no chronology)
RELATIONS_SECTION = ("(3)日・エストニア関係\n\n2021年4月にはカラス外相が訪日し、外相会談を行った。"
                     "また、9月の国連総会の際には首脳会談を実施し、協力の強化で一致した。\n")
ONE_TALK_SECTION = "(3)日・エストニア関係\n\n2021年4月にはカラス外相が訪日し、外相会談を行った。\n"


def test_relations_section():
    rec = extract_text(RELATIONS_SECTION).record
    assert (rec.doc_type, rec.title) == ("chronology", "日・エストニア関係")
    assert [(e.date, e.kind) for e in rec.events] == [("2021-04", "foreign_ministers"), ("2021-09", "summit")]
    assert extract_text(ONE_TALK_SECTION).record.doc_type != "chronology"


def test_bluebook_prose_talks():
    rec = extract_text(BLUEBOOK_PROSE).record
    assert rec.doc_type == "chronology"
    assert [(e.date, e.city, e.channel) for e in rec.events] == [
        ("2022-01", None, "video"), ("2022-06", "タリン", "in_person"), ("2022-10", None, "in_person"),
        ("2022-11", "ローマ", "in_person")]  # (the city an occasion's name holds)
    assert rec.events[2].occasion == "ASEM首脳会合"


# a visit's purpose named before it (TICAD9参加のため…訪日し, …式典参列のため) is the occasion of its talk, also when a caption
# gives the talk's day and city
CAPTION_OCCASION = ("外交青書・白書\n第2章 地域別に見た外交\n\n(2)ケニア\n\n"
                    "2025年8月のTICAD9参加のためルト大統領が訪日し、10月の建国記念式典参列のためカマウ副大統領が訪日し、"
                    "田中総理大臣とそれぞれ会談を行った。\n\n日・ケニア首脳会談(8月21日、横浜)\n")


def test_caption_occasion():
    rec = extract_text(CAPTION_OCCASION).record
    assert [(e.date, e.city, e.occasion) for e in rec.events] == [
        ("2025-08-21", "横浜", "TICAD9"), ("2025-10", None, "建国記念式典")]


def test_bluebook_talks():
    rec = extract_text(BLUEBOOK).record
    # 会見した, 表敬し、, 協議を実施, 会談が行われた, 会談を行い: each a talk held; captions give day and city
    assert [(e.date, e.city) for e in rec.events] == [
        ("2021-03-12", "ビリニュス"), ("2021-05-20", "東京"), ("2021-07-08", "東京"), ("2021-09-15", "ニューヨーク"),
        ("2021-11", None)]
    assert rec.events[3].rules == {"date": "layout.bluebook_caption.kaigo", "city": "layout.bluebook_caption.kaigo"}


# a Bluebook sentence whose visitor comes with a minister (…首相がY外相とともに訪日し): the companion holds no talk
BLUEBOOK_COMPANION = ("外交青書・白書\n第2章 地域別に見た外交\n\n(4)ラトビア\n\n"
                      "2021年4月に山田外務大臣がラトビアを訪問し、オゾルス外相と会談を行った。"
                      "また、9月にはカリンシュ首相がオゾルス外相とともに訪日し、田中総理大臣と首脳会談を行った。\n")


def test_bluebook_companion():
    rec = extract_text(BLUEBOOK_COMPANION).record
    assert rec.doc_type == "chronology"
    last = rec.events[-1]
    assert last.date == "2021-09"
    names = {p.name for p in last.principals}
    assert "カリンシュ" in names and "オゾルス" not in names


# --- the layouts of probe 7 (tests/test_generalisation7.py) ----------------------------------------------------------
# a year heading after a bullet's mark (■2019年) or in two eras (平成31年・令和元年: the first's year); a page date under
# the list is no entry (a date with no words)
YEAR_FORMS = ("日・ラトビア関係の動き\n■2020年\n3月2日 日・ラトビア外相会談\n平成31年・令和元年\n12月5日 ラトビア首相の訪日\n"
              "5月 日・ラトビア政策協議\n平成30年\n4月 外交関係樹立記念式典\n\n令和2年4月1日\n")


def test_year_heading_forms():
    rec = extract_text(YEAR_FORMS).record
    assert (rec.doc_type, rec.doc_date) == ("chronology", None)
    assert [e.date for e in rec.events] == ["2020-03-02", "2019-12-05", "2019-05", "2018-04"]


# a visitors' list by direction: each bracketed month or year a visit's entry, at the precision printed
VISITOR_LIST = ("日・ラトビア要人往来\n\n1 日本から\n 山田外務大臣(2016年5月)\n・田中総理大臣(2012年、2019年8月)\n"
                "2 ラトビアから\n ペトロフ首相(2018年1月)\n")


def test_visitors_list():
    rec = extract_text(VISITOR_LIST).record
    assert rec.doc_type == "chronology"
    assert [e.date for e in rec.events] == ["2016-05", "2012", "2019-08", "2018-01"]
    assert [p.name for p in rec.events[0].principals] == ["山田"]
    # a visit's days in brackets: a visitor's line (a name is no heading carrying the page's date), dated its first day
    span = extract_text(VISITOR_LIST.replace("(2016年5月)", "(2016年5月2日~4日)")).record
    assert (span.title, span.doc_date, span.events[0].date) == ("日・ラトビア要人往来", None, "2016-05-02")


# the oldest entries: an Edo era with the western year in brackets (嘉永, 安政, 万延, 文久, 元治, 慶応), maybe the month
# after it (昭和27年(1952年)4月)
EDO = ("日・ラトビア関係の歩み\n嘉永6年(1853年) 来航\n安政5年(1858年) 条約締結\n万延元年(1860年) 使節団派遣\n"
       "文久2年(1862年) 使節団の訪問\n元治元年(1864年) 覚書署名\n慶応3年(1867年) 博覧会参加\n昭和27年(1952年)4月 外交関係再開\n")


def test_old_eras():
    assert [e.date for e in extract_text(EDO).record.events] == ["1853", "1858", "1860", "1862", "1864", "1867", "1952-04"]


# a table whose cells are divided by lines of bars: its first date cell is a row's, not the page's date
BAR_ROWS = ("日・ラトビア関係の主な動き\n|\n2019年10月8日\n|\n首相の訪日\n|\n2019年5月3日\n|\n外相会談\n|\n"
            "2018年6月1日\n|\n総理大臣の訪問\n|\n2018年1月9日\n|\n政策協議\n")


def test_rows_between_bars():
    rec = extract_text(BAR_ROWS).record
    assert rec.doc_date is None and [e.date for e in rec.events] == ["2019-10-08", "2019-05-03", "2018-06-01", "2018-01-09"]


# the page's date after a label with its colon (最終更新日:), or a month closed by 現在, maybe in brackets
UPDATED = "日・ラトビア関係の動き\n最終更新日:令和5年3月10日\n\n2022年\n8月 外相会談\n3月 首脳会談\n2021年\n5月 外相電話会談\n1月 政策協議\n"
AS_OF = "日・ラトビア要人往来\n令和5年4月現在\n\n2022年8月 外務大臣\n2019年10月 首相\n2018年1月 総理大臣\n2016年5月 大統領\n"
AS_OF_BRACKETS = AS_OF.replace("令和5年4月現在", "(2024年1月現在)")


def test_page_dates_of_chronologies():
    # a full date closed by 現在 is the page's date and no entry of its list
    full = extract_text(UPDATED.replace("最終更新日:令和5年3月10日", "令和5年3月10日現在")).record
    assert full.doc_date == "2023-03-10" and [e.date for e in full.events] == ["2022-08", "2022-03", "2021-05", "2021-01"]
    assert [(r.title, r.doc_date) for r in (extract_text(t).record for t in (UPDATED, AS_OF, AS_OF_BRACKETS))] == [
        ("日・ラトビア関係の動き", "2023-03-10"), ("日・ラトビア要人往来", "2023-04"), ("日・ラトビア要人往来", "2024-01")]


# a heading that lists a gathering's talks over dated rows: a chronology, its rows in the page's year
TALK_LIST = ("G20リガ・サミットにおける主な二国間会談\n令和3年6月29日\n\n6月27日 日・ラトビア首脳会談\n6月28日 日・リトアニア首脳会談\n"
             "6月28日 日・エストニア首脳会談\n6月29日 日・フィンランド首脳会談\n")


def test_list_of_talks():
    rec = extract_text(TALK_LIST).record
    assert (rec.doc_type, rec.doc_date) == ("chronology", "2021-06-29")
    assert [e.date for e in rec.events] == ["2021-06-27", "2021-06-28", "2021-06-28", "2021-06-29"]
    one = TALK_LIST.split("6月28日 日・リトアニア")[0]  # (one dated row: a page of that talk)
    assert extract_text(one).record.doc_type == "meeting"
    told = TALK_LIST.replace("首脳会談\n", "首脳会談を行いました。両首脳は協力の強化で一致しました。\n")
    assert extract_text(told).record.doc_type == "meeting"  # (the talks told in sentences: a meeting page of them)


# an entry's day with its weekday written whole, two days joined by 、 (the first), a part of a month (the month)
ENTRY_DAYS = ("日・ラトビア関係の動き\n2021年\n8月28日(土曜日) 日・ラトビア首脳会談\n5月10日、11日 日・ラトビア政策協議\n"
              "2月下旬 ラトビア外相の訪日\n1月中旬 日・ラトビア外相電話会談\n")
# month headings over entries that print their day only, in the one year the page's heading names
MONTH_HEADINGS = ("2021年の日・ラトビア関係の主な動き\n\n10月\n22日 ラトビア大統領の訪日\n9日 日・ラトビア外相会談\n"
                  "3月\n15日~16日 山田総理大臣のラトビア訪問\n")


def test_entry_days():
    assert [e.date for e in extract_text(ENTRY_DAYS).record.events] == ["2021-08-28", "2021-05-10", "2021-02", "2021-01"]
    rec = extract_text(MONTH_HEADINGS).record
    assert [(e.date, e.date_end) for e in rec.events] == [("2021-10-22", None), ("2021-10-09", None), ("2021-03-15", "2021-03-16")]


@pytest.mark.parametrize("text", [SCHEDULE, BULLETS, PROSE, BLUEBOOK])
def test_is_chronology(text):
    assert extract_text(text).record.doc_type == "chronology"


def case_texts() -> list[str]:
    return [SCHEDULE, VISITORS, ONE_VISITOR, BULLETS, PROSE, BLUEBOOK, BLUEBOOK_PROSE, RELATIONS_SECTION, ONE_TALK_SECTION,
            YEAR_FORMS, VISITOR_LIST, EDO, BAR_ROWS, UPDATED, AS_OF, AS_OF_BRACKETS, TALK_LIST, ENTRY_DAYS, MONTH_HEADINGS,
            PROSE_AND_VISITORS, ONE_YEAR, LEADERS, EACH_SUBJECT, EACH_HOST, CAPTION_OCCASION, CHAIR_SCHEDULE]


# --- one reading of a page's entries (chronology.reading): what count_entries counts is what run reads ----------------
# a prose chronology (lines opening with a year) that also names visitors with bracketed dates: read as prose, and
# counted as prose (count_entries once counted the visitors' dates here while run read the prose)
PROSE_AND_VISITORS = (
    "日・ラトビア関係の主な動き\n\n"
    "2019年5月、山田外務大臣がラトビアを訪問し、オゾルス外相と外相会談を行った。\n"
    "2020年2月、カリンシュ首相が訪日し、田中総理と首脳会談を行った。\n"
    "2021年9月、両外相が電話会談を行った。\n"
    "オゾルス外相(2018年4月)\n"
    "カリンシュ首相(2017年6月)\n"
)


def _read(text: str):
    from gaiko.extract import chronology, document
    from gaiko.text import Doc

    doc = Doc.from_text(text)
    document.run(doc)
    return doc, chronology.reading(doc, chronology.relations_section(doc))


def test_one_reading_counts_what_it_reads():
    from gaiko.extract import chronology

    doc, how = _read(PROSE_AND_VISITORS)
    assert how.reader == "prose" and how.entries == 3 == chronology.count_entries(doc)
    rec = extract_text(PROSE_AND_VISITORS).record
    assert rec.doc_type == "chronology"
    assert [e.date for e in rec.events] == ["2019-05", "2020-02", "2021-09"]


# a schedule page is a chronology by its heading's row: 要人来日日程(令和3年) says so by its title already; 要人来日日程
# over visitors' lines, whose heading reads as a visit's (来日), by the row of the visitors' heading
@pytest.mark.parametrize(("text", "rule", "why"), [(SCHEDULE, "layout.schedule.nittei", "layout.title_type.nittei_year"),
                                                   (VISITORS, "layout.schedule.visitors", "layout.schedule.visitors")])
def test_schedule_pages_say_which_heading_made_them(text, rule, why):
    from gaiko.extract import document

    doc, how = _read(text)
    assert (doc.schedule, how.reader) == (rule, "schedule")
    assert document.doc_type_and_rule(doc.title or "", how.entries, doc.lead, schedule=doc.schedule) == ("chronology", why)


# a chronology of one year, its heading naming the year, published early in the next: the entries above any year
# heading are in the heading's year, not the page's (the page's date line above them dates no entry either)
ONE_YEAR = ("2019年の日・ラトビア関係の主な動き\n令和2年1月15日\n\n"
            "5月10日 山田外務大臣とオゾルス外相の外相会談(リガ)\n6月2日 田中総理とカリンシュ首相の首脳会談(東京)\n"
            "9月25日 日・ラトビア外相会談(ニューヨーク)\n11月4日 両首脳による電話会談\n")
NO_YEAR_TITLE = ONE_YEAR.replace("2019年の", "")


def test_one_year_chronology_takes_its_headings_year():
    rec = extract_text(ONE_YEAR).record
    assert (rec.doc_type, rec.doc_date) == ("chronology", "2020-01-15")
    assert [e.date for e in rec.events] == ["2019-05-10", "2019-06-02", "2019-09-25", "2019-11-04"]
    # without a year in its heading, the page's year
    assert [e.date[:4] for e in extract_text(NO_YEAR_TITLE).record.events] == ["2020"] * 4


# an entry's kind (layout.entry_kind rows): a leader's visit by any head's title (大公, 元首 as well as 大統領), not a
# deputy's or a former holder's; a talk of two named holders by their ranks; a change of office is no talk
LEADERS = ("日・ルクセンブルク関係の主な動き\n\n"
           "2013年12月4日 ベッテル首相就任\n"
           "2015年5月10日 アンリ大公の来日\n"
           "2016年6月2日 ルクセンブルク副首相の来日\n"
           "2017年9月25日 森元首相の訪ルクセンブルク\n"
           "2018年11月4日 ベッテル首相が訪日し、田中総理大臣と会談を行った\n"
           "2019年3月4日 アンリ大公訪日\n"
           "2020年7月1日 日・ルクセンブルク首脳会談(東京)\n"
           "2021年5月10日 山田外務大臣がルクセンブルクを訪問し、ベッテル首相、アッセルボルン外相と会談\n")


def test_entry_kinds_by_heads_and_ranks():
    rec = extract_text(LEADERS).record
    assert [(e.date, e.kind) for e in rec.events] == [
        ("2013-12-04", "other"), ("2015-05-10", "summit"), ("2016-06-02", "other"), ("2017-09-25", "other"),
        ("2018-11-04", "summit"), ("2019-03-04", "summit"), ("2020-07-01", "summit"),
        ("2021-05-10", "other")]  # (a minister with a head of government and a minister: a call on the head)


# a Bluebook sentence telling several talks, one person holding each of them: its subject before the first month
# (田中総理大臣は、9月の…X首相と、11月にはY大統領とそれぞれ会談を行った), or the host named before それぞれ after two
# visits (Xが訪日し、Yが訪日し、田中総理大臣とそれぞれ会談を行った); a former president's talk has no holders' rank
_SECTION = "外交青書・白書\n第2章 地域別に見た外交\n\n(4)ラトビア\n\n2021年4月に山田外務大臣がラトビアを訪問し、オゾルス外相と会談を行った。"
EACH_SUBJECT = _SECTION + "田中総理大臣は、9月の国連総会の際にカリンシュ首相と、11月にはレビッツ大統領とそれぞれ会談を行った。\n"
EACH_HOST = (_SECTION + "また、9月の国連総会出席のためカリンシュ首相が訪日し、11月の式典参列のためザトレルス前大統領が訪日し、"
             "田中総理大臣とそれぞれ会談を行った。\n")


@pytest.mark.parametrize(("text", "talks"), [
    (EACH_SUBJECT, [("2021-09", "summit", {"田中", "カリンシュ"}), ("2021-11", "summit", {"田中", "レビッツ"})]),
    (EACH_HOST, [("2021-09", "summit", {"田中", "カリンシュ"}), ("2021-11", "other", {"田中", "ザトレルス"})]),
])
def test_bluebook_talks_share_their_holder(text, talks):
    rec = extract_text(text).record
    assert rec.doc_type == "chronology"
    assert [(e.date, e.kind, {p.name for p in e.principals}) for e in rec.events[1:]] == talks
