"""Dates, times and durations in Japanese official text, with the spans they stand at.

Works on the normalised text (full-width digits are ASCII there). Numbers may be written in
kanji (二十二日, 平成二十五年, 午前十時三十分, 二〇一五年). Era years are converted with ``ERAS``.

- ``find_dates(norm, start, end)`` -> ``DateMention``s: absolute (平成14年2月2日, 2018年, 3月中旬),
  relative (同日, 翌日, 本15日, 来月, 来年前半, 年内, 本年秋) and day ranges (11月22~23日, 15日から16日).
- ``resolve(m, ref, future)`` places a mention against a reference date: a past event's day-only
  date takes the reference month (or the one before, if the day is later than the reference day);
  a planned item's month takes the reference year (or the next, if the month has passed).
- ``find_times``: 午後1時, 午後4時50分頃, 18時, 12時10分, 01:13, 正午, 午前十時三十分.
- ``find_duration``: 約50分間, 1時間30分, 約1時間半, 約一時間十五分, 約1時15分間, 4時間弱, 30分強.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from gaiko.extract.lexicon import Row, fire
from gaiko.extract.lexicon import dates as lx
from gaiko.extract.matching import guarded, literal_words, skip_ahead, ungrouped


# --- the lexicon's rows, by the word the patterns match -------------------------------------------
def _rows(rows: tuple[Row, ...]) -> dict[str, Row]:
    return {r.pattern: r for r in rows}


ERA_ROWS = _rows(lx.ERAS.rows)
ERAS = {w: r.number for w, r in ERA_ROWS.items()}  # era year N = base + N
ERA_NAMES: str = lx.ERAS.alternation()  # (a fragment for other stages' patterns: 平成3年, 昭和31年)
# the eras a page's own date or heading is printed in (昭和, 平成, 令和; not 明治/大正, which only a chronology's entries use)
PAGE_ERA_NAMES: str = lx.ERAS.alternation(lx.ERAS[f"dates.era.{e}"] for e in ("showa", "heisei", "reiwa"))
_REL_YEAR = _rows(lx.RELATIVE.where(group="rel_year"))
_HONNEN = lx.RELATIVE["dates.rel_year.honnen"]
_REL_MONTH = _rows(lx.RELATIVE.where(group="rel_month"))
_REL_DAY = _rows(lx.RELATIVE.where(group="rel_day"))
_DAY_PREFIX = lx.RELATIVE["dates.day_prefix.hon"]
_YEAR_ALSO = lx.YEAR_ALSO["dates.year_also.bracket"]
_REL_WEEK = lx.RELATIVE["dates.rel_week.raishu"]
_PARTS = _rows(lx.PARTS.rows)
_APPROX = lx.PARTS.alternation(lx.PARTS.where(value="approx"))  # 頃, ごろ after a date, a season, a clock time
_SEASONS = _rows(lx.SEASONS.where(group="season"))
SEASON_MONTH = {w: r.number for w, r in _SEASONS.items()}
_SEASON = lx.SEASONS.alternation(lx.SEASONS.where(group="season"))
_SEASON_YEAR = _rows(lx.SEASONS.where(group="season_year"))
_YEAR_END = _rows(lx.YEAR_END.rows)
_VAGUE = _rows(lx.VAGUE.rows)
_AMPM = _rows(lx.CLOCK.where(group="ampm"))
_NOON = lx.CLOCK["dates.noon.shogo"]
# a half of the day written before a clock (午前, 午後) or the clock that is one (正午)
CLOCK_HALF = re.compile(lx.CLOCK.alternation(lx.CLOCK.where(group="ampm") + lx.CLOCK.where(group="noon")))
_ABOUT = lx.CLOCK["dates.approx_length.yaku"]
_LENGTH_QUALIFIERS = _rows(lx.CLOCK.where(group="length"))
KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}

N = r"(?:\d{1,4}|[〇零一二三四五六七八九十百千]{1,6})"  # a number, digits or kanji


def to_int(s: str | None) -> int | None:
    """'22' -> 22, '二十二' -> 22, '二〇一五' -> 2015, '十' -> 10, '元' -> 1."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if s == "元":
        return 1
    if all(c in KANJI_DIGITS for c in s):  # positional: 二〇一五
        v = 0
        for c in s:
            v = v * 10 + KANJI_DIGITS[c]
        return v
    total, cur = 0, 0
    for c in s:
        if c in KANJI_DIGITS:
            cur = KANJI_DIGITS[c]
        elif c in KANJI_UNITS:
            total += (cur or 1) * KANJI_UNITS[c]
            cur = 0
        else:
            return None
    return total + cur


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    part: str | None = None  # early_month/mid_month/late_month, 'season', 'half', 'year_end', ...
    rel_year: int | None = None  # 0 本年/今年/年内, 1 来年, -1 昨年
    rel_month: int | None = None  # 0 本月/今月, 1 来月, -1 先月
    rel_day: int | None = None  # 0 同日/本日/本N日, -1 前日, 1 翌日
    rel_week: int | None = None  # 1 来週
    vague: bool = False  # 近々, 早期に, 近く: a plan with no date
    season: str | None = None  # a bare season word (秋に): this year's, or next year's once it has passed

    @property
    def has_day(self) -> bool:
        return self.day is not None or self.rel_day is not None

    @property
    def is_full(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None


_ERA = r"(?P<era>" + ERA_NAMES + r")(?P<eyear>元|" + N + r")年"
_YEAR = (r"(?:" + _ERA + r"|(?P<wyear>(?:1[89]|20)\d{2}|[一二][〇九][〇一二三四五六七八九]{2})年|(?P<ryear>"
         + lx.RELATIVE.alternation(lx.RELATIVE.where(group="rel_year")) + r")(?:の)?)")
_MONTH = r"(?:(?P<month>" + N + r")月|(?P<rmonth>" + lx.RELATIVE.alternation(lx.RELATIVE.where(group="rel_month")) + r"))"
_DAY = r"(?:(?P<hon>" + _DAY_PREFIX.source + r")?(?P<day>" + N + r")(?:\s*[~\-]\s*(?P<eday2>" + N + r")日|日))"
_WEEKDAY = "(?:" + lx.WEEKDAYS["dates.weekday.paren"].source + ")?"  # 16日(日曜日)から18日(火曜日)まで
_DAY_END = (r"(?:" + _WEEKDAY + r"\s*(?:~|-|から|及び|・)\s*(?:(?P<emonth>" + N + r")月)?(?P<eday>" + N + r")日" + _WEEKDAY
            + r"(?:まで|にかけて)?)")
_PART = r"(?P<part>" + lx.PARTS.alternation() + r")?(?P<season>" + _SEASON + r")?(?P<approx>" + _APPROX + ")?"
# a date starts with an era, a relative year or month, 本 (本15日) or a number: a lookahead for those characters
_DATE_FIRST = "".join(sorted(lx.ERAS.first_chars() | {r.pattern[0] for r in (*_REL_YEAR.values(), *_REL_MONTH.values(), _DAY_PREFIX)}))



# where a match of DATE_RE holds anything (it opens on a year, a month, a day or a part word; every part of it is
# optional): a lookahead for those, so that the engine passes over the positions where its match would be empty
# instead of returning each (most kanji numerals of a text start no date: 一致, 三国)
_DATE_START = "|".join(ungrouped(p) for p in (_YEAR, _MONTH, _DAY, lx.PARTS.alternation(), _SEASON, _APPROX))
DATE_RE = re.compile(
    r"(?=[" + _DATE_FIRST + r"0-9〇零一二三四五六七八九十])(?=" + _DATE_START + r")(?:" + _YEAR + r"(?P<yalso>" + _YEAR_ALSO.source
    + r")?)?\s?(?:" + _MONTH
    + r")?(?:" + _DAY + _DAY_END + r"?)?" + _PART,
)
REL_DAY_RE = re.compile(r"(?P<w>" + lx.RELATIVE.alternation(lx.RELATIVE.where(group="rel_day")) + ")")
REL_WEEK_RE = re.compile(_REL_WEEK.source + r"(?:(?P<day>" + N + r")日)?")
VAGUE_RE = re.compile(lx.VAGUE.alternation())
# a bare season word as a time: 秋に, 秋頃, 秋以降 (not inside a kanji word: 春節, 立春)
SEASON_RE = skip_ahead(re.compile(r"(?<![一-龥0-9])(?P<s>" + _SEASON + r")(?P<approx>" + _APPROX + r")?(?=" + _APPROX + "|"
                                  + lx.SEASONS.alternation(lx.SEASONS.where(group="season_cue")) + ")"))
# a season with a relative year prefix (今秋; 本年秋 is a year + part; 来春 next year's spring)
REL_SEASON_RE = re.compile(r"(?P<r>[" + "".join(_SEASON_YEAR) + r"])(?P<s>" + _SEASON + r")(?![一-龥])")
YEAR_END_RE = re.compile(r"(?P<w>" + lx.YEAR_END.alternation() + ")")


# find_dates' secondary scans, by the words every one of their matches holds: on a page that holds none of them a
# scan finds nothing, and is skipped (None: always made)
_SEASON_WORDS = literal_words(lx.SEASONS.where(group="season"))
_SCAN_WORDS = (literal_words((_REL_WEEK,)), literal_words(lx.RELATIVE.where(group="rel_day")), literal_words(lx.YEAR_END.rows),
               _SEASON_WORDS, literal_words(lx.VAGUE.rows))
_page_scans: tuple[str | None, tuple[bool, ...]] = (None, ())  # (the last page asked, its scans worth making)


def _scans(norm: str) -> tuple[bool, ...]:
    """Whether each scan of _SCAN_WORDS (rel. week, rel. day, year end, seasons, vague) may find something in
    ``norm`` (read once per page)."""
    global _page_scans
    page, scans = _page_scans
    if page is not norm:
        scans = tuple(_holds_any(norm, words) for words in _SCAN_WORDS)
        _page_scans = (norm, scans)
    return scans


_WORDS_RE: dict[tuple[str, ...], re.Pattern[str]] = {}  # (compiled once per process for each set of words)


def _holds_any(norm: str, words: tuple[str, ...] | None) -> bool:
    """holds_word(norm, words) by one search for them all (a whole page, read for each of 26 words, cost twice as much)."""
    if words is None:
        return True
    rx = _WORDS_RE.get(words)
    if rx is None:
        rx = _WORDS_RE[words] = re.compile("|".join(map(re.escape, words)))
    return rx.search(norm) is not None



def _mention_from_match(m: re.Match, norm: str) -> DateMention | None:
    g = m.groupdict()
    # (a bare part word (中, 内, 頃, 末) or bare season is not a date)
    if not (g["era"] or g["wyear"] or g["ryear"] or g["month"] or g["rmonth"] or g["day"]):
        return None
    if g["ryear"] == _HONNEN.pattern and m.start() > 0 and norm[m.start() - 1] == "日":
        fire(_HONNEN)
        return None  # 「ロシアにおける日本年」: 日本 + 年, not 本年
    dm = DateMention(m.start(), m.end(), norm[m.start():m.end()])
    if g["yalso"]:
        fire(_YEAR_ALSO)  # 2025年(令和7年)4月8日: the bracketed year passed over
    if g["era"]:
        dm.year = ERA_ROWS[g["era"]].number + (to_int(g["eyear"]) or 0)
        fire(ERA_ROWS[g["era"]])
    elif g["wyear"]:
        dm.year = to_int(g["wyear"])
    elif g["ryear"]:
        dm.rel_year = _REL_YEAR[g["ryear"]].number
        fire(_REL_YEAR[g["ryear"]])
    if g["month"]:
        dm.month = to_int(g["month"])
    elif g["rmonth"]:
        dm.rel_month = _REL_MONTH[g["rmonth"]].number
        fire(_REL_MONTH[g["rmonth"]])
    if g["day"]:
        dm.day = to_int(g["day"])
        if g["hon"]:
            dm.rel_day = 0
            fire(_DAY_PREFIX)
    if g["eday2"]:
        dm.end_day = to_int(g["eday2"])
    elif g["eday"]:
        dm.end_day = to_int(g["eday"])
        if "(" in dm.text:
            fire(lx.WEEKDAYS["dates.weekday.paren"])
        dm.end_month = to_int(g["emonth"]) if g["emonth"] else None
    part = _PARTS[g["part"]] if g["part"] else None
    kind = part.value if part else None
    has_month = dm.month is not None or dm.rel_month is not None
    if kind in ("early_month", "mid_month", "late_month") and (dm.month or dm.rel_month is not None):
        dm.part = kind
    elif g["season"]:
        dm.part = "season"
        fire(_SEASONS[g["season"]])
    elif kind == "half":
        dm.part = "half"
    elif kind == "end" and not has_month:
        dm.part = "year_end"
    elif kind == "within" and not has_month:
        dm.part = "within_year"
    fire(part)
    if g["approx"]:
        fire(_PARTS[g["approx"]])
    # sanity: reject impossible values (so '第3回' or '100日' do not become dates)
    if dm.month is not None and not 1 <= dm.month <= 12:
        return None
    if dm.day is not None and not 1 <= dm.day <= 31:
        return None
    if dm.end_day is not None and not 1 <= dm.end_day <= 31:
        dm.end_day = None
    if dm.day is not None and dm.month is None and dm.rel_month is None and dm.year is None:
        # a bare "N日": accept only when it looks like a date (not "3日間", "100日")
        after = norm[m.end():m.end() + 1]
        if after == "間":
            return None
    if dm.year is not None and not 1868 <= dm.year <= 2100:
        return None
    return dm


def find_dates(norm: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in norm[start:end], in order, longest match first, no overlaps."""
    end = len(norm) if end is None else end
    out: list[DateMention] = []
    pos = start
    # (asked some 14 times a page, mostly of short ranges that hold no date: the page's scans read from the last
    # page's without a call, the secondary scans' loops entered only when made, the sort only of two or more)
    page, scans = _page_scans
    week_scan, day_scan, year_end_scan, season_scan, vague_scan = scans if page is norm else _scans(norm)
    weeks = [(m.start(), m.end(), m) for m in REL_WEEK_RE.finditer(norm, start, end)] if week_scan else None
    for m in DATE_RE.finditer(norm, start, end):
        ms, me = m.span()
        if ms == me or ms < pos or (weeks and any(a <= ms < b for a, b, _ in weeks)):
            continue
        dm = _mention_from_match(m, norm)
        if dm:
            out.append(dm)
            pos = me
    if not (day_scan or weeks or year_end_scan or season_scan or vague_scan):
        return out  # (DATE_RE's mentions come in order)
    for m in (REL_DAY_RE.finditer(norm, start, end) if day_scan else ()):
        w = m.group("w")
        if any(d.start <= m.start() < d.end for d in out):
            continue
        dm = DateMention(m.start(), m.end(), w)
        dm.rel_day = _REL_DAY[w].number
        fire(_REL_DAY[w])
        out.append(dm)
    for _, _, m in weeks or ():
        dm = DateMention(m.start(), m.end(), m.group(0), rel_week=_REL_WEEK.number, day=to_int(m.group("day") or ""))
        fire(_REL_WEEK)
        out.append(dm)
    for m in (YEAR_END_RE.finditer(norm, start, end) if year_end_scan else ()):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        w = m.group("w")
        row = _YEAR_END[w]
        fire(row)
        if row.value == "next_year":
            out.append(DateMention(m.start(), m.end(), w, rel_year=1))
            continue
        out.append(DateMention(m.start(), m.end(), w, rel_year=0, part=row.value))
    for m in (REL_SEASON_RE.finditer(norm, start, end) if season_scan else ()):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        year = _SEASON_YEAR[m.group("r")]
        fire(year)
        fire(_SEASONS[m.group("s")])
        out.append(DateMention(m.start(), m.end(), m.group(0), part="season", season=m.group("s"), rel_year=year.number))
    for m in (SEASON_RE.finditer(norm, start, end) if season_scan else ()):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        fire(_SEASONS[m.group("s")])
        if m.group("approx"):
            fire(_PARTS[m.group("approx")])
        fire(_season_cue(norm, m.end()))
        out.append(DateMention(m.start(), m.end(), m.group(0), part="season", season=m.group("s")))
    for m in (VAGUE_RE.finditer(norm, start, end) if vague_scan else ()):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        fire(_VAGUE[m.group(0)])
        out.append(DateMention(m.start(), m.end(), m.group(0), vague=True))
    if len(out) > 1:
        out.sort(key=_start)
    return out


def _start(d: DateMention) -> int:
    return d.start


def _season_cue(norm: str, at: int) -> Row | None:
    """The row of the word after a bare season (秋に, 秋以降) that makes it a time; None for 頃/ごろ (a part's row)."""
    return next((r for r in lx.SEASONS.where(group="season_cue") if norm.startswith(r.pattern, at)), None)


# numbered annual sessions that fix a year: series -> (base year, opening month); session N opens in month M
# of year base + N and runs to the next opening (第71回国連総会: September 2016 to September 2017)
_SESSIONS = _rows(lx.SESSIONS.rows)
NUMBERED_SESSIONS = {w: (int(r.text.split()[0]), int(r.text.split()[1])) for w, r in _SESSIONS.items()}
SESSION_RE = re.compile(r"第(?P<n>[0-9]{1,3})回(?P<s>" + lx.SESSIONS.alternation() + r")")


def session_year(norm: str, month: int, start: int = 0, end: int | None = None) -> int | None:
    """The year of a month in a text with no year printed, from a numbered session it names (9月20日 with
    第71回国連総会 -> 2016; 1月 of the same session -> 2017); None when no such session is named."""
    m = SESSION_RE.search(norm, start, len(norm) if end is None else end)
    if not m:
        return None
    base, opening = NUMBERED_SESSIONS[m.group("s")]
    fire(_SESSIONS[m.group("s")])
    y = base + int(m.group("n"))
    return y if month >= opening else y + 1


# --- resolution --------------------------------------------------------------------------------
def parse_iso(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        parts = [int(x) for x in s.split("-")]
        while len(parts) < 3:
            parts.append(1)
        return dt.date(*parts)
    except (ValueError, TypeError):
        return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@dataclass
class Resolved:
    date: str | None
    precision: str | None
    date_end: str | None = None


def resolve_event_date(m: DateMention, ref: dt.date | None, day_known: bool = True) -> tuple[dt.date | None, dt.date | None]:
    """A past event's date (and end date) from a mention, against the page's date (``day_known`` False when the page
    prints a month only, 令和元年6月: a bare day, 翌16日, is then in that month)."""
    if m.rel_day is not None and m.day is None:
        if ref is None:
            return None, None
        return ref + dt.timedelta(days=m.rel_day), None
    if m.day is None:
        return None, None
    year, month = m.year, m.month
    if month is None and m.rel_month is not None and ref:
        year, month = _add_months(ref.year, ref.month, m.rel_month)
    if year is None and m.rel_year is not None and ref:
        year = ref.year + m.rel_year
    if month is None:
        if ref is None:
            return None, None
        year, month = ref.year, ref.month
        if day_known and m.day > ref.day + 1:  # a day later than the page's date: the month before
            year, month = _add_months(year, month, -1)
    if year is None:
        if ref is None:
            return None, None
        year = ref.year if (month, m.day) <= (ref.month, ref.day) or month <= ref.month else ref.year - 1
    start = _safe_date(year, month, m.day)
    end = None
    if start and m.end_day:
        em = m.end_month or month
        ey = year + (1 if em < month else 0)
        end = _safe_date(ey, em, m.end_day)
    return start, end


def resolve_plan_date(m: DateMention, ref: dt.date | None) -> Resolved:
    """A planned item's date at the precision known, relative to the talk's date."""
    if m.vague and m.year is None and m.month is None:
        return Resolved(None, None)
    if m.rel_week is not None:
        if ref and m.day:
            # 来週23日: the day in next week
            base = ref + dt.timedelta(days=7 - ref.weekday())
            for k in range(7):
                d = base + dt.timedelta(days=k)
                if d.day == m.day:
                    return Resolved(d.isoformat(), "day")
        return Resolved(None, None)
    if m.rel_day is not None and m.day is None:
        # 明日, 翌日: a day after the talk; 本日 (kept only for a talk announced for later today)
        return Resolved((ref + dt.timedelta(days=m.rel_day)).isoformat(), "day") if ref and m.rel_day >= 0 else Resolved(None, None)
    year = m.year
    if year is None and m.rel_year is not None and ref:
        year = ref.year + m.rel_year
    if year is None and m.season and ref:
        last_month = SEASON_MONTH[m.season] + 2
        return Resolved(f"{ref.year if ref.month <= last_month else ref.year + 1:04d}", "season")
    month = m.month
    if month is None and m.rel_month is not None and ref:
        y2, month = _add_months(ref.year, ref.month, m.rel_month)
        year = y2 if year is None else year
    if year is None and month is not None and ref:
        year = ref.year if month >= ref.month else ref.year + 1
    if year is None and m.day is not None and month is None and ref:
        year, month = ref.year, ref.month
        if m.day < ref.day:
            year, month = _add_months(year, month, 1)
    if year is None:
        return Resolved(None, None)
    if month is None:
        if m.part == "season":
            return Resolved(f"{year:04d}", "season")
        return Resolved(f"{year:04d}", "year")
    if m.day is not None:
        day = _safe_date(year, month, m.day)
        if day is None:
            return Resolved(f"{year:04d}-{month:02d}", "month")
        end = None
        if m.end_day:
            em = m.end_month or month
            e = _safe_date(year + (1 if em < month else 0), em, m.end_day)
            end = e.isoformat() if e else None
        return Resolved(day.isoformat(), "day", end)
    if m.part in ("early_month", "mid_month", "late_month"):
        return Resolved(f"{year:04d}-{month:02d}", m.part)
    return Resolved(f"{year:04d}-{month:02d}", "month")


# --- times and durations ----------------------------------------------------------------------
TIME_RE = guarded(re.compile(
    r"(?P<ampm>" + lx.CLOCK.alternation(lx.CLOCK.where(group="ampm")) + r")?\s?(?:(?P<h>" + N + r")時(?:(?P<half>半)|(?P<m>" + N
    + r")(?:分|(?=から|より|~|まで)))?|(?P<noon>" + _NOON.source + r")|(?P<hh>\d{1,2}):(?P<mm>\d{2}))(?P<approx>" + _APPROX + ")?"
))
# a length inside another stage's pattern (no groups of its own): 約1時間, 30分間, 約1時間半, 1時間30分; find_duration
# reads its value
DURATION_TEXT = "(?:" + _ABOUT.source + ")?" + N + r"(?:時間(?:半|" + N + r"分)?|分)間?"
# 約 marks a length; words after a length leave its value as written: 約4時間弱, 30分強, 20分程度, 1時間余り
DURATION_RE = guarded(re.compile(
    r"(?P<approx>" + _ABOUT.source + r")?(?:(?P<h>" + N + r")時間(?:(?P<half>半)|(?P<m>" + N + r")分)?|(?P<monly>" + N + r")分"
    r"|(?P<ch>" + N + r")時(?P<cm>" + N + r")分(?=間))(?P<kan>間)?(?P<qual>" + lx.CLOCK.alternation(lx.CLOCK.where(group="length")) + r")?"
))


@dataclass
class TimeMention:
    start: int
    end: int
    hhmm: str
    minutes: int  # since midnight


def find_times(norm: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
    end = len(norm) if end is None else end
    out = []
    for m in TIME_RE.finditer(norm, start, end):
        t = _time_of(norm, m)
        if t is not None:
            _fire_time(m)
            out.append(t)
    return out


def _time_of(norm: str, m: re.Match) -> TimeMention | None:
    """The clock time a match of TIME_RE gives, or None (a length, an hour out of range)."""
    g = m.groupdict()
    h: int | None
    mi: int | None
    if g["noon"]:
        h, mi = 12, 0
    elif g["hh"] is not None:
        h, mi = int(g["hh"]), int(g["mm"])
    else:
        h = to_int(g["h"])
        if h is None:
            return None
        # "時間" is a duration, not a clock time; so is 約1時15分間 (a length written with 時)
        if norm[m.end("h") + 1:m.end("h") + 2] == "間":
            return None
        if norm[m.end():m.end() + 1] == "間" or (norm[m.start() - 1:m.start()] == "約" and not g["ampm"]):
            return None
        mi = 30 if g["half"] else (to_int(g["m"]) if g["m"] else 0)
        if g["ampm"] == "午後" and h < 12:
            h += 12
        elif g["ampm"] == "午前" and h == 12:
            h = 0
    if mi is None or not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    return TimeMention(m.start(), m.end(), f"{h % 24:02d}:{mi:02d}", h * 60 + mi)


def _fire_time(m: re.Match) -> None:
    fire(_AMPM.get(m.group("ampm") or "") or (_NOON if m.group("noon") else None))
    if m.group("approx"):
        fire(_PARTS[m.group("approx")])


# How far past its start an attempt of TIME_RE may read: a half-day word, a blank, a number of 6, 時, a number of
# 6 and 分 (or から after it), a word of approximation, and a character to fail on
_CLOCK_ROWS = lx.CLOCK.where(group="ampm") + lx.PARTS.where(value="approx") + (_NOON,)
TIME_SPAN = max(len(r.source) for r in _CLOCK_ROWS) * 2 + 1 + 6 + 1 + 7 + 2 + 10  # (and a margin)
assert not any(ch in r.source for r in _CLOCK_ROWS for ch in "*+{")


class TimesBefore:
    """``find_times(norm, start, end)`` for one start (a programme line's) and many ends up to ``limit`` (each
    item on the line asks for the clocks before it; reading the line again for each was quadratic in its items).

    The line's matches are read once; those starting more than ``TIME_SPAN`` before an end are what a search to
    that end finds too, and only the rest is searched again. ``last`` gives the last ``n`` times, as
    ``find_times(...)[-n:]`` would, with each time before the end fired as find_times fires it."""

    __slots__ = ("norm", "start", "limit", "matches", "starts", "times", "valid", "fired")

    def __init__(self, norm: str, start: int, limit: int):
        self.norm, self.start, self.limit = norm, start, limit
        self.matches = list(TIME_RE.finditer(norm, start, limit))
        self.starts = [m.start() for m in self.matches]
        self.times = [_time_of(norm, m) for m in self.matches]
        self.valid = [i for i, t in enumerate(self.times) if t is not None]
        self.fired = 0

    def last(self, end: int, n: int) -> list[TimeMention]:
        if end > self.limit:
            return find_times(self.norm, self.start, end)[-n:]
        safe = end - TIME_SPAN
        k = bisect_left(self.starts, safe)
        for i in range(self.fired, k):
            if self.times[i] is not None:
                _fire_time(self.matches[i])
        self.fired = max(self.fired, k)
        j = bisect_left(self.valid, k)
        head = [t for i in self.valid[max(0, j - n):j] if (t := self.times[i]) is not None]  # (valid: all are)
        resume = max(self.matches[k - 1].end() if k else self.start, safe, self.start)
        return (head + find_times(self.norm, resume, end))[-n:]


def find_duration(norm: str, start: int = 0, end: int | None = None) -> tuple[int, int, int] | None:
    """(minutes, span start, span end) of the first length of time (約50分間, 1時間30分) in the range."""
    end = len(norm) if end is None else end
    for m in DURATION_RE.finditer(norm, start, end):
        g = m.groupdict()
        if g["monly"] is not None:
            # "50分" alone is a clock part unless marked as a length (約 / 間)
            if not (g["approx"] or g["kan"] or g["qual"]):
                continue
            prev = norm[max(start, m.start() - 1):m.start()]
            if prev == "時":
                continue
            mins = to_int(g["monly"])
        elif g["ch"] is not None:  # 約1時15分間
            h, mi = to_int(g["ch"]), to_int(g["cm"])
            if h is None or mi is None or mi >= 60:
                continue
            mins = h * 60 + mi
        else:
            h = to_int(g["h"])
            if h is None:
                continue
            mins = h * 60 + (30 if g["half"] else (to_int(g["m"]) or 0) if g["m"] else 0)
        if mins and 0 < mins <= 24 * 60:
            fire(_ABOUT if g["approx"] else None)
            fire(_LENGTH_QUALIFIERS.get(g["qual"] or ""))
            return mins, m.start(), m.end()
    return None
