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
from dataclasses import dataclass

# --- data tables ------------------------------------------------------------------------------
ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}  # era year N = base + N
PART_OF_MONTH = {"上旬": "early_month", "初旬": "early_month", "中旬": "mid_month", "下旬": "late_month"}
SEASONS = ("春", "夏", "秋", "冬")
KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}

N = r"(?:\d{1,4}|[〇零一二三四五六七八九十百千]{1,6})"  # a number, digits or kanji


def to_int(s: str) -> int | None:
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


_ERA = r"(?P<era>明治|大正|昭和|平成|令和)(?P<eyear>元|" + N + r")年"
_YEAR = r"(?:" + _ERA + r"|(?P<wyear>(?:1[89]|20)\d{2}|[一二][〇九][〇一二三四五六七八九]{2})年|(?P<ryear>本年|今年|来年|明年|昨年|翌年|同年)(?:の)?)"
_MONTH = r"(?:(?P<month>" + N + r")月|(?P<rmonth>来月|本月|今月|先月|同月))"
_DAY = r"(?:(?P<hon>本)?(?P<day>" + N + r")(?:\s*[~\-]\s*(?P<eday2>" + N + r")日|日))"
_DAY_END = r"(?:\s*(?:~|-|から|及び|・)\s*(?:(?P<emonth>" + N + r")月)?(?P<eday>" + N + r")日(?:まで|にかけて)?)"
_PART = r"(?P<part>上旬|初旬|中旬|下旬|末|始め|初め|前半|後半|中|内|頃|ごろ)?(?P<season>春|夏|秋|冬)?(?:頃|ごろ)?"

DATE_RE = re.compile(
    r"(?=[明大昭平令本今来昨翌同先0-9〇零一二三四五六七八九十])(?:" + _YEAR + r")?\s?(?:" + _MONTH + r")?(?:" + _DAY + _DAY_END + r"?)?" + _PART,
)
REL_DAY_RE = re.compile(r"(?P<w>同日|本日|当日|前日|翌日|今日|昨日|明日)")
REL_WEEK_RE = re.compile(r"来週(?:(?P<day>" + N + r")日)?")
VAGUE_RE = re.compile(r"近々|近日中|近く|早期に|早期の|早い時期|適切な時期に|適当な時期|今後")
SEASON_RE = re.compile(r"(?<![一-龥0-9])(?P<s>春|夏|秋|冬)(?:頃|ごろ)?(?=に|頃|ごろ|以降|まで|の)")
SEASON_MONTH = {"春": 3, "夏": 6, "秋": 9, "冬": 12}
# a season with a relative year prefix (今秋, 本年秋 is a year + part; 来春 next year's spring)
REL_SEASON_YEAR = {"今": 0, "本": 0, "来": 1, "明": 1}
REL_SEASON_RE = re.compile(r"(?P<r>[今来明])(?P<s>春|夏|秋|冬)(?![一-龥])")
YEAR_END_RE = re.compile(r"(?P<w>本年末|年末|年内|本年中|年度内|今年中|本年内|年明け)")
NEXT_YEAR_WORDS = ("年明け",)  # the start of next year (年明け早々にも): next year, at year precision



def _mention_from_match(m: re.Match, norm: str) -> DateMention | None:
    g = m.groupdict()
    if not any(g[k] for k in ("era", "wyear", "ryear", "month", "rmonth", "day", "part", "season")):
        return None
    # a bare part word (中, 内, 頃, 末) or bare season is not a date
    if not any(g[k] for k in ("era", "wyear", "ryear", "month", "rmonth", "day")):
        return None
    if g["ryear"] == "本年" and norm[m.start() - 1:m.start()] == "日" and m.start() > 0:
        return None  # 「ロシアにおける日本年」: 日本 + 年, not 本年
    dm = DateMention(m.start(), m.end(), norm[m.start():m.end()])
    if g["era"]:
        dm.year = ERAS[g["era"]] + (to_int(g["eyear"]) or 0)
    elif g["wyear"]:
        dm.year = to_int(g["wyear"])
    elif g["ryear"]:
        dm.rel_year = {"本年": 0, "今年": 0, "同年": 0, "来年": 1, "明年": 1, "翌年": 1, "昨年": -1}[g["ryear"]]
    if g["month"]:
        dm.month = to_int(g["month"])
    elif g["rmonth"]:
        dm.rel_month = {"来月": 1, "本月": 0, "今月": 0, "同月": 0, "先月": -1}[g["rmonth"]]
    if g["day"]:
        dm.day = to_int(g["day"])
        if g["hon"]:
            dm.rel_day = 0
    if g["eday2"]:
        dm.end_day = to_int(g["eday2"])
    elif g["eday"]:
        dm.end_day = to_int(g["eday"])
        dm.end_month = to_int(g["emonth"]) if g["emonth"] else None
    part = g["part"]
    if part in PART_OF_MONTH and (dm.month or dm.rel_month is not None):
        dm.part = PART_OF_MONTH[part]
    elif g["season"]:
        dm.part = "season"
    elif part in ("前半", "後半", "始め", "初め"):
        dm.part = "half"
    elif part == "末" and dm.month is None and dm.rel_month is None:
        dm.part = "year_end"
    elif part in ("中", "内") and dm.month is None and dm.rel_month is None:
        dm.part = "within_year"
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
    weeks = [(m.start(), m.end(), m) for m in REL_WEEK_RE.finditer(norm, start, end)]
    for m in DATE_RE.finditer(norm, start, end):
        if m.start() == m.end() or m.start() < pos or any(a <= m.start() < b for a, b, _ in weeks):
            continue
        dm = _mention_from_match(m, norm)
        if dm:
            out.append(dm)
            pos = m.end()
    for m in REL_DAY_RE.finditer(norm, start, end):
        w = m.group("w")
        if any(d.start <= m.start() < d.end for d in out):
            continue
        dm = DateMention(m.start(), m.end(), w)
        dm.rel_day = {"同日": 0, "本日": 0, "当日": 0, "今日": 0, "前日": -1, "昨日": -1, "翌日": 1, "明日": 1}[w]
        out.append(dm)
    for _, _, m in weeks:
        dm = DateMention(m.start(), m.end(), m.group(0), rel_week=1, day=to_int(m.group("day") or ""))
        out.append(dm)
    for m in YEAR_END_RE.finditer(norm, start, end):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        w = m.group("w")
        if w in NEXT_YEAR_WORDS:
            out.append(DateMention(m.start(), m.end(), w, rel_year=1))
            continue
        out.append(DateMention(m.start(), m.end(), w, rel_year=0, part="year_end" if "末" in w else "within_year"))
    for m in REL_SEASON_RE.finditer(norm, start, end):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        out.append(DateMention(m.start(), m.end(), m.group(0), part="season", season=m.group("s"),
                               rel_year=REL_SEASON_YEAR[m.group("r")]))
    for m in SEASON_RE.finditer(norm, start, end):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        out.append(DateMention(m.start(), m.end(), m.group(0), part="season", season=m.group("s")))
    for m in VAGUE_RE.finditer(norm, start, end):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        out.append(DateMention(m.start(), m.end(), m.group(0), vague=True))
    out.sort(key=lambda d: d.start)
    return out


# numbered annual sessions that fix a year: series -> (base year, opening month); session N opens in month M
# of year base + N and runs to the next opening (第71回国連総会: September 2016 to September 2017)
NUMBERED_SESSIONS = {"国連総会": (1945, 9)}
SESSION_RE = re.compile(r"第(?P<n>[0-9]{1,3})回(?P<s>" + "|".join(map(re.escape, NUMBERED_SESSIONS)) + r")")


def session_year(norm: str, month: int, start: int = 0, end: int | None = None) -> int | None:
    """The year of a month in a text with no year printed, from a numbered session it names (9月20日 with
    第71回国連総会 -> 2016; 1月 of the same session -> 2017); None when no such session is named."""
    m = SESSION_RE.search(norm, start, len(norm) if end is None else end)
    if not m:
        return None
    base, opening = NUMBERED_SESSIONS[m.group("s")]
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


def resolve_event_date(m: DateMention, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """A past event's date (and end date) from a mention, against the page's date."""
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
        if m.day > ref.day + 1:  # a day later than the page's date: the month before
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
        d = _safe_date(year, month, m.day)
        if d is None:
            return Resolved(f"{year:04d}-{month:02d}", "month")
        end = None
        if m.end_day:
            em = m.end_month or month
            e = _safe_date(year + (1 if em < month else 0), em, m.end_day)
            end = e.isoformat() if e else None
        return Resolved(d.isoformat(), "day", end)
    if m.part in ("early_month", "mid_month", "late_month"):
        return Resolved(f"{year:04d}-{month:02d}", m.part)
    return Resolved(f"{year:04d}-{month:02d}", "month")


# --- times and durations ----------------------------------------------------------------------
TIME_RE = re.compile(
    r"(?P<ampm>午前|午後)?\s?(?:(?P<h>" + N + r")時(?:(?P<half>半)|(?P<m>" + N + r")(?:分|(?=から|より|~|まで)))?|(?P<noon>正午)|(?P<hh>\d{1,2}):(?P<mm>\d{2}))(?P<approx>頃|ごろ)?"
)
# words after a length that leave its value as written: 約4時間弱, 30分強, 20分程度, 1時間余り
LENGTH_QUALIFIERS = ("弱", "強", "余り", "余", "程度", "ほど", "超")
DURATION_RE = re.compile(
    r"(?P<approx>約)?(?:(?P<h>" + N + r")時間(?:(?P<half>半)|(?P<m>" + N + r")分)?|(?P<monly>" + N + r")分"
    r"|(?P<ch>" + N + r")時(?P<cm>" + N + r")分(?=間))(?P<kan>間)?(?P<qual>" + "|".join(LENGTH_QUALIFIERS) + r")?"
)


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
        g = m.groupdict()
        if g["noon"]:
            h, mi = 12, 0
        elif g["hh"] is not None:
            h, mi = int(g["hh"]), int(g["mm"])
        else:
            h = to_int(g["h"])
            if h is None:
                continue
            # "時間" is a duration, not a clock time; so is 約1時15分間 (a length written with 時)
            if norm[m.end("h") + 1:m.end("h") + 2] == "間":
                continue
            if norm[m.end():m.end() + 1] == "間" or (norm[m.start() - 1:m.start()] == "約" and not g["ampm"]):
                continue
            mi = 30 if g["half"] else (to_int(g["m"]) if g["m"] else 0)
            if g["ampm"] == "午後" and h < 12:
                h += 12
            elif g["ampm"] == "午前" and h == 12:
                h = 0
        if mi is None or not (0 <= h <= 24 and 0 <= mi < 60):
            continue
        out.append(TimeMention(m.start(), m.end(), f"{h % 24:02d}:{mi:02d}", h * 60 + mi))
    return out


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
            return mins, m.start(), m.end()
    return None
