"""Dates, times and durations: one row per phenomenon (input, reference date -> expected)."""

import datetime as dt

import pytest

from gaiko.extract import dates
from gaiko.text import normalise

REF = dt.date(2013, 10, 22)

# fmt: off
PLAN_DATES = [
    ("平成14年2月2日", ("2002-02-02", "day", None)),
    ("令和元年5月1日", ("2019-05-01", "day", None)),              # 元年 = 1
    ("昭和63年8月25日", ("1988-08-25", "day", None)),
    ("平成二十五年十月二十二日", ("2013-10-22", "day", None)),     # kanji numerals
    ("２０２０年４月１７日", ("2020-04-17", "day", None)),          # full-width digits
    ("3月中旬", ("2014-03", "mid_month", None)),                   # a month already past -> next year
    ("来年一月上旬", ("2014-01", "early_month", None)),
    ("本年１０月下旬", ("2013-10", "late_month", None)),
    ("本年秋", ("2013", "season", None)),
    ("来年前半", ("2014", "year", None)),
    ("本年末までに", ("2013", "year", None)),
    ("年内", ("2013", "year", None)),
    ("来月二十一日から二十二日まで", ("2013-11-21", "day", "2013-11-22")),
    ("11月22~23日", ("2013-11-22", "day", "2013-11-23")),
    ("本年12月4日から5日にかけて", ("2013-12-04", "day", "2013-12-05")),
    ("明年春", ("2014", "season", None)),
    ("来月", ("2013-11", "month", None)),
    ("秋に", ("2013", "season", None)),                             # a bare season: this year's while it lasts
    ("春に", ("2014", "season", None)),                             # ... else next year's
    ("近々", (None, None, None)),                                  # no date
    ("早期に", (None, None, None)),
]
EVENT_DATES = [
    ("2日", dt.date(2002, 2, 2), "2002-02-02"),        # day only: the page's month
    ("9日", dt.date(2004, 6, 10), "2004-06-09"),        # the day before the page's date
    ("30日", dt.date(2020, 5, 1), "2020-04-30"),        # a later day than the page's: the month before
    ("同日", dt.date(2016, 9, 15), "2016-09-15"),
    ("翌日", dt.date(2016, 9, 15), "2016-09-16"),
    ("本15日", dt.date(2016, 9, 15), "2016-09-15"),
    ("12月27日", dt.date(2010, 1, 5), "2009-12-27"),     # December on a January page: last year
]
TIMES = [
    ("午後1時", "13:00"), ("午後4時50分頃", "16:50"), ("18時", "18:00"), ("12時10分", "12:10"), ("01:13", "01:13"),
    ("午前十時三十分", "10:30"), ("正午", "12:00"), ("午前0時45分", "00:45"), ("午後12時", "12:00"), ("１６時３０分", "16:30"),
]
DURATIONS = [
    ("約50分間", 50), ("1時間30分", 90), ("約1時間半", 90), ("約3時間", 180), ("約一時間十五分", 75), ("約４５分間", 45),
    ("15時10分", None),                                  # a clock time, not a length
]
NOT_DATES = ["第3回会合", "3日間の日程", "150周年"]
# fmt: on


@pytest.mark.parametrize("text,expected", PLAN_DATES)
def test_plan_dates(text, expected):
    ms = dates.find_dates(normalise(text))
    assert ms, text
    r = dates.resolve_plan_date(ms[0], REF)
    assert (r.date, r.precision, r.date_end) == expected


@pytest.mark.parametrize("text,ref,expected", EVENT_DATES)
def test_event_dates(text, ref, expected):
    m = dates.find_dates(normalise(text))[0]
    start, _ = dates.resolve_event_date(m, ref)
    assert start.isoformat() == expected


@pytest.mark.parametrize("text,expected", TIMES)
def test_times(text, expected):
    assert dates.find_times(normalise(text))[0].hhmm == expected


@pytest.mark.parametrize("text,expected", DURATIONS)
def test_durations(text, expected):
    got = dates.find_duration(normalise(text))
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert not [m for m in dates.find_dates(normalise(text)) if m.day or m.month]


def test_mentions_carry_spans():
    text = normalise("会談は平成14年2月2日に行われた。")
    m = dates.find_dates(text)[0]
    assert text[m.start:m.end] == "平成14年2月2日"
