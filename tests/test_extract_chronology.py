"""Chronology pages in the layouts the ministry uses: year headings, dated rows, table cells."""

from gaiko.pipeline import extract_text

YEAR_HEADINGS = """近年の日印関係の動き

2019年(令和元年)

12月15日~17日 安倍総理の訪印(於:グワハティ)
●両首脳は、来年に日印外務・防衛閣僚会合(「2+2」)を東京で開催することで一致。
10月29日 日印首脳電話会談

平成30年

10月28日~29日 モディ首相の訪日
8月20日 河野外相の訪印

(参考)平成19年

8月22日 安倍総理大臣の訪印
"""

DATED_ROWS = """日中関係
要人往来

2018年10月25日～27日 安倍総理大臣の訪中(北京)
2018年5月9日 日中韓サミットの際の日中首脳会談(於:東京)
2017年11月 APEC首脳会議の際の日中首脳会談
平成28年9月5日
G20杭州サミットの際の日中首脳会談
"""


def test_year_headings_and_bullets():
    rec = extract_text(YEAR_HEADINGS).record
    assert rec.doc_type == "chronology" and rec.title == "近年の日印関係の動き" and rec.doc_date is None
    got = [(e.date, e.date_end, e.kind, e.channel) for e in rec.events]
    assert got == [
        ("2019-12-15", "2019-12-17", "summit", "in_person"),
        ("2019-10-29", None, "summit", "telephone"),
        ("2018-10-28", "2018-10-29", "summit", "in_person"),
        ("2018-08-20", None, "foreign_ministers", "in_person"),
        ("2007-08-22", None, "summit", "in_person"),  # a bracketed heading is a year heading, not a continuation
    ]
    first = rec.events[0]
    assert first.city == "グワハティ" and first.countries == ["JP", "IN"]
    assert [o.type for o in first.outcomes] == ["agree"]
    assert [(p.date, p.precision, p.place) for p in first.planned] == [("2020", "year", "東京")]


def test_dated_rows_and_table_cells():
    rec = extract_text(DATED_ROWS).record
    assert rec.doc_type == "chronology" and rec.doc_date is None
    got = [(e.date, e.date_end, e.city, e.occasion) for e in rec.events]
    assert got == [
        ("2018-10-25", "2018-10-27", "北京", None),
        ("2018-05-09", None, "東京", "日中韓サミット"),
        ("2017-11", None, None, "APEC首脳会議"),  # month-only entry keeps its precision
        ("2016-09-05", None, "杭州", "G20杭州サミット"),  # date and text in separate cells
    ]


def test_items_listed_under_a_decision_are_plans():
    text = """日韓外相会談
令和5年3月20日
　3月20日、林外務大臣は、朴振韓国外交部長官と会談を行いました。
（１）両大臣は以下の点で一致した。
（イ）青少年交流を拡大するため、具体策の検討を進めること。
（ロ）来年の適切な時期に日韓次官級協議をソウルで開催すること。
（２）両大臣は、同艦が本年10月下旬に釜山に寄港する方向で調整を進めることで一致した。
"""
    ev = extract_text(text).record.events[0]
    got = [(p.what, p.date, p.precision, p.place) for p in ev.planned]
    assert ("日韓次官級協議", "2024", "year", "ソウル") in got
    assert ("同艦の寄港", "2023-10", "late_month", "釜山") in got
    assert len(got) == 2  # the (イ) item sets up no meeting
