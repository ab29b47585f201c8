"""Cases of the dates lexicon (gaiko/extract/lexicon/dates.py) through whole pages: the date a plan is given, the
day, clock and length of a talk, a chronology's era years, a year fixed by a numbered session.

Every text here is invented in the ministry's style. The page is dated 令和3年6月10日 (2021-06-10), the talk held
that day; a plan's month before June is next year's.
"""

from __future__ import annotations

import pytest

from gaiko.extract import dates
from gaiko.pipeline import extract_text

HEAD = "日・ラトビア外相会談\n令和3年6月10日\n"
TALK = "本10日、山田外務大臣はペトロフ外務大臣と外相会談を行った。\n"


def _plan_page(when: str) -> str:
    return HEAD + TALK + "両外相は、" + when + "\n"


# (when the next talk is to be held, (its date, precision))
PLANS = [
    ("本年9月に次回の外相会談を東京で開催することで一致した。", ("2021-09", "month")),  # this year
    ("今年9月に次回の外相会談を東京で開催することで一致した。", ("2021-09", "month")),
    ("来年3月に次回の外相会談を東京で開催することで一致した。", ("2022-03", "month")),  # next year
    ("明年3月に次回の外相会談を東京で開催することで一致した。", ("2022-03", "month")),  # (formal)
    ("翌年3月に次回の外相会談を東京で開催することで一致した。", ("2022-03", "month")),  # the year after
    ("同年9月に次回の外相会談を東京で開催することで一致した。", ("2021-09", "month")),  # the same year
    ("来月に次回の外相会談を東京で開催することで一致した。", ("2021-07", "month")),  # next month
    ("本月中に次回の外相会談を東京で開催することで一致した。", ("2021-06", "month")),  # this month (中: no part)
    ("今月中に次回の外相会談を東京で開催することで一致した。", ("2021-06", "month")),
    ("同月中に次回の外相会談を東京で開催することで一致した。", ("2021-06", "month")),
    ("明日に次回の外相会談を東京で開催することで一致した。", ("2021-06-11", "day")),  # tomorrow
    ("明朝に次回の外相会談を東京で開催することで一致した。", ("2021-06-11", "day")),  # tomorrow morning
    ("来週にも次回の外相会談を東京で開催することで一致した。", (None, None)),  # next week, no day: no date
    ("9月上旬に次回の外相会談を東京で開催することで一致した。", ("2021-09", "early_month")),  # parts of a month
    ("9月初旬に次回の外相会談を東京で開催することで一致した。", ("2021-09", "early_month")),
    ("9月中旬に次回の外相会談を東京で開催することで一致した。", ("2021-09", "mid_month")),
    ("9月下旬に次回の外相会談を東京で開催することで一致した。", ("2021-09", "late_month")),
    ("9月頃に次回の外相会談を東京で開催することで一致した。", ("2021-09", "month")),  # about: the month
    ("9月ごろに次回の外相会談を東京で開催することで一致した。", ("2021-09", "month")),
    ("来年末に次回の外相会談を東京で開催することで一致した。", ("2022", "year")),  # parts of a year: the year
    ("来年始めに次回の外相会談を東京で開催することで一致した。", ("2022", "year")),
    ("来年初めに次回の外相会談を東京で開催することで一致した。", ("2022", "year")),
    ("来年前半に次回の外相会談を東京で開催することで一致した。", ("2022", "year")),
    ("本年後半に次回の外相会談を東京で開催することで一致した。", ("2021", "year")),
    ("本年中に次回の外相会談を東京で開催することで一致した。", ("2021", "year")),
    ("本年内に次回の外相会談を東京で開催することで一致した。", ("2021", "year")),
    ("来年春に次回の外相会談を東京で開催することで一致した。", ("2022", "season")),  # a season of a year
    ("秋に次回の外相会談を東京で開催することで一致した。", ("2021", "season")),  # a bare season, not yet passed
    ("秋以降に次回の外相会談を東京で開催することで一致した。", ("2021", "season")),
    ("冬までに次回の外相会談を東京で開催することで一致した。", ("2021", "season")),
    ("夏の適当な時期に次回の外相会談を東京で開催することで一致した。", ("2021", "season")),  # the season wins over vague
    ("今秋に次回の外相会談を東京で開催することで一致した。", ("2021", "season")),  # a one-character year
    ("来春に次回の外相会談を東京で開催することで一致した。", ("2022", "season")),
    ("明春に次回の外相会談を東京で開催することで一致した。", ("2022", "season")),
    ("年末に次回の外相会談を東京で開催することで一致した。", ("2021", "year")),  # the rest of the year
    ("年内に次回の外相会談を東京で開催することで一致した。", ("2021", "year")),
    ("年度内に次回の外相会談を東京で開催することで一致した。", ("2021", "year")),
    ("年明け早々にも次回の外相会談を東京で開催することで一致した。", ("2022", "year")),  # the start of next year
    ("近々次回の外相会談を東京で開催することで一致した。", (None, None)),  # vague: no date
    ("近日中に次回の外相会談を東京で開催することで一致した。", (None, None)),
    ("近く次回の外相会談を東京で開催することで一致した。", (None, None)),
    ("早期に次回の外相会談を東京で開催することで一致した。", (None, None)),
    ("早期の外相会談の開催で一致した。", (None, None)),
    ("できるだけ早い時期に次回の外相会談を東京で開催することで一致した。", (None, None)),
    ("適切な時期に次回の外相会談を東京で開催することで一致した。", (None, None)),
    ("今後も外相会談を東京で開催することで一致した。", (None, None)),
]


@pytest.mark.parametrize("when,expected", PLANS)
def test_plan_date(when, expected):
    rec = extract_text(_plan_page(when)).record
    assert [(p.date, p.precision) for e in rec.events for p in e.planned] == [expected]


# (the talk's lead, its date): a relative day against the page's date
TALK_DAYS = [
    ("同日、", "2021-06-10"), ("本日、", "2021-06-10"), ("当日、", "2021-06-10"), ("今日、", "2021-06-10"),
    ("前日、", "2021-06-09"), ("昨日、", "2021-06-09"), ("翌日、", "2021-06-11"),
    # a press conference's words for the days around it (一昨日 is not 昨日; a time of day names its day)
    ("一昨日、", "2021-06-08"), ("昨晩、", "2021-06-09"), ("昨夜、", "2021-06-09"), ("今朝、", "2021-06-10"),
    ("今晩、", "2021-06-10"),
    ("昨年5月20日、", "2020-05-20"),  # last year
    ("先月20日、", "2021-05-20"),  # last month
]


def _talk_page(lead: str) -> str:
    return HEAD + lead + "山田外務大臣はペトロフ外務大臣と外相会談を行った。\n"


@pytest.mark.parametrize("lead,date", TALK_DAYS)
def test_talk_day(lead, date):
    assert [e.date for e in extract_text(_talk_page(lead)).record.events] == [date]


# a page that prints no date (a Bluebook paragraph without its banner): a talk whose sentence opens on a year's month is
# dated by that month; on a dated page, or with the month inside the sentence, the month gives no talk's date
MONTH_LEADS = [
    ("第2節 欧州\n\n2015年9月、山田総理大臣は、訪日したペトロフ・ロシア大統領と首脳会談を行った。\n", ["2015-09"]),
    ("第2節 欧州\n\n山田総理大臣は、2015年9月に訪日したペトロフ・ロシア大統領と首脳会談を行った。\n", [None]),
]


@pytest.mark.parametrize("page,dates_", MONTH_LEADS)
def test_month_lead_on_an_undated_page(page, dates_):
    assert [e.date for e in extract_text(page).record.events] == dates_


# (the talk's lead, (start, end, minutes))
CLOCKS = [
    ("本10日、午前10時から正午まで、", ("10:00", "12:00", 120)),  # 午前, 正午
    ("本10日、午後4時頃から約1時間弱、", ("16:00", None, 60)),  # 午後, 頃; 約 …弱: the length as written
    ("本10日、18時ごろから約30分強、", ("18:00", None, 30)),
    ("本10日、約1時間余り、", (None, None, 60)),
    ("本10日、約1時間余、", (None, None, 60)),
    ("本10日、約20分程度、", (None, None, 20)),
    ("本10日、20分ほど、", (None, None, 20)),  # a length without 約
    ("本10日、1時間超にわたり、", (None, None, 60)),
]


@pytest.mark.parametrize("lead,expected", CLOCKS)
def test_clock_and_length(lead, expected):
    assert [(e.start_local, e.end_local, e.duration_min) for e in extract_text(_talk_page(lead)).record.events] == [expected]


# a chronology's western years with their era in brackets (明治, 大正, 昭和, 平成)
ERAS = "日露関係年表\n1905年(明治38年)9月5日 日露講和条約署名\n1925年(大正14年)1月20日 日ソ基本条約署名\n" \
       "1956年(昭和31年)10月19日 日ソ共同宣言署名\n1991年(平成3年)4月16日 ゴルバチョフ大統領訪日\n"


def test_era_years():
    assert [e.date for e in extract_text(ERAS).record.events] == ["1905-09-05", "1925-01-20", "1956-10-19", "1991-04-16"]


# a month and day with no year anywhere on the page: the numbered session fixes it (第76回国連総会: 2021-22)
SESSION = "9月22日、第76回国連総会出席のためニューヨークを訪問中の山田外務大臣は、ペトロフ・ラトビア外務大臣と外相会談を行った。\n"


def test_session_year():
    assert [e.date for e in extract_text(SESSION).record.events] == ["2021-09-22"]


# a date line with the year in both calendars, either first (dates.year_note.paren): the page's date, and the talk's
# day read against it
YEAR_ALSO = ["日・ラトビア外相会談\n2021年（令和3年）6月10日\n" + TALK, "日・ラトビア外相会談\n令和3年（2021年）6月10日\n" + TALK]


@pytest.mark.parametrize("page", YEAR_ALSO)
def test_year_in_both_calendars(page):
    rec = extract_text(page).record
    assert rec.doc_date == "2021-06-10" and [e.date for e in rec.events] == ["2021-06-10"]


# the parser alone
FIND = [
    ("平成元年5月", (1989, 5, None)),  # 元年 is year 1
    ("令和3年6月10日", (2021, 6, 10)),
    ("明治38年", (1905, None, None)),
    ("大正14年1月", (1925, 1, None)),
]


@pytest.mark.parametrize("text,expected", FIND)
def test_find_dates(text, expected):
    m = dates.find_dates(text)[0]
    assert (m.year, m.month, m.day) == expected


def test_japan_year_is_no_year():
    # 「日本年」 (a Japan Year in a country): 本年 after 日 is no relative year
    assert all(m.rel_year is None for m in dates.find_dates("ロシアにおける「日本年」の行事"))
    assert [m.rel_year for m in dates.find_dates("本年の行事")] == [0]


def case_texts() -> list[str]:
    return ([_plan_page(w) for w, _ in PLANS] + [_talk_page(lead) for lead, _ in TALK_DAYS + CLOCKS] + [ERAS, SESSION] + YEAR_ALSO
            + [HEAD + TALK + "両外相は、「ロシアにおける日本年」の行事を成功させることで一致した。\n"])
