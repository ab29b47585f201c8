"""User input checked once: dates, date ranges, offsets, limits, vocabularies and country codes.

The CLI (option callbacks, then ``Archive``) and the API (``gaiko.api.params``) both call these functions, so
``--from 2020-13`` and ``?date_from=2020-13`` are refused with the same reason. A refusal is an
``InvalidInput``: a ``UsageError`` (exit 2, one line on stderr) that also carries the parameter's name and
the message in Japanese for the web pages.
"""

from __future__ import annotations

import calendar
import re

from gaiko import countries
from gaiko.errors import UsageError

MAX_OFFSET = 100_000  # results skipped at most (deeper pages are not what a reader asks for)
MAX_LIMIT = 1000  # results per call at most (the CLI; the API pages in smaller steps)
MIN_YEAR, MAX_YEAR = 1000, 9999

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"

FIELD_NAMES = {  # parameter -> (English, Japanese) for messages
    "date_from": ("from date", "開始日"),
    "date_to": ("to date", "終了日"),
    "offset": ("offset", "オフセット"),
    "limit": ("limit", "件数"),
    "as_of": ("as-of date", "基準日"),
}


class InvalidInput(UsageError):
    """A value the user gave that cannot be used; ``str(e)`` is the English line, ``e.ja`` the Japanese one."""

    def __init__(self, field: str, message: str, ja: str, value: object = None) -> None:
        super().__init__(message)
        self.field, self.message, self.ja, self.value = field, message, ja, value


def is_utf8(s: str) -> bool:
    """Text that can be stored and printed: not a name that came from bytes the OS could not decode."""
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def check_date(value: str | None, field: str = "date_from") -> str | None:
    """An ISO date or prefix (2008, 2008-05, 2008-05-27) that exists in the calendar; returned unchanged."""
    if value is None or value == "":
        return None
    en, ja = FIELD_NAMES.get(field, (field, field))
    m = _DATE.match(value)
    if not m:
        raise InvalidInput(field, f"bad {en} {value!r}: write {DATE_FORMS}",
                           f"{ja}「{value}」は日付ではありません（YYYY、YYYY-MM、YYYY-MM-DD の形で指定してください）", value)
    year = int(m[1])
    month = int(m[2]) if m[2] else None
    day = int(m[3]) if m[3] else None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(field, f"bad {en} {value!r}: year {year} is out of range ({MIN_YEAR}-{MAX_YEAR})",
                           f"{ja}「{value}」の年 {year} は範囲外です（{MIN_YEAR}～{MAX_YEAR}）", value)
    if month is not None and not 1 <= month <= 12:
        raise InvalidInput(field, f"bad {en} {value!r}: there is no month {month}",
                           f"{ja}「{value}」: {month}月はありません", value)
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise InvalidInput(field, f"bad {en} {value!r}: {calendar.month_name[month]} {year} has no day {day}",
                           f"{ja}「{value}」: {year}年{month}月{day}日はありません", value)
    return value


def check_day(value: str | None, field: str = "as_of") -> str | None:
    """One calendar day, YYYY-MM-DD (the day follow-up statuses hold on); None stays None."""
    if value is None or value == "":
        return None
    check_date(value, field)
    if len(value) != 10:
        en, ja = FIELD_NAMES.get(field, (field, field))
        raise InvalidInput(field, f"bad {en} {value!r}: write a day, YYYY-MM-DD",
                           f"{ja}「{value}」は日付ではありません（YYYY-MM-DD の形で指定してください）", value)
    return value


def first_day(value: str) -> str:
    """The first day an ISO prefix covers: 2008 -> 2008-01-01."""
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


def last_day(value: str) -> str:
    """The last day an ISO prefix covers: 2008 -> 2008-12-31, 2008-02 -> 2008-02-29."""
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        return f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    return value


def check_dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Both dates valid and the range not empty (--from 2011 --to 2008 is refused, --from 2011 --to 2011 is a year)."""
    date_from, date_to = check_date(date_from, "date_from"), check_date(date_to, "date_to")
    if date_from and date_to and first_day(date_from) > last_day(date_to):
        raise InvalidInput("date_from", f"empty date range: from {date_from} is after to {date_to}",
                           f"開始日 {date_from} が終了日 {date_to} より後です", date_from)
    return date_from, date_to


def check_offset(value: int, maximum: int = MAX_OFFSET) -> int:
    if value < 0 or value > maximum:
        raise InvalidInput("offset", f"offset {value} is out of range (0-{maximum:,})",
                           f"オフセット {value} は範囲外です（0～{maximum:,}）", value)
    return value


def check_limit(value: int | None, maximum: int = MAX_LIMIT) -> int | None:
    if value is not None and not 1 <= value <= maximum:
        raise InvalidInput("limit", f"limit {value} is out of range (1-{maximum:,})",
                           f"件数 {value} は範囲外です（1～{maximum:,}）", value)
    return value


def check_choice(value: str, field: str, allowed: tuple[str, ...]) -> str:
    """One word of a vocabulary (a kind of talk, a channel, an outcome type, a document type)."""
    if value not in allowed:
        raise InvalidInput(field, f"unknown {field} {value!r} (one of: {', '.join(allowed)})",
                           f"{field}「{value}」はありません（{', '.join(allowed)} のいずれか）", value)
    return value


def check_country(value: str, field: str = "country") -> str:
    """An ISO alpha-2 code the country table knows (RU, ru)."""
    if not countries.get(value):
        raise InvalidInput(field, f"unknown country code {value!r} (ISO alpha-2, e.g. RU)",
                           f"国コード「{value}」はありません（RU のような ISO 2文字コード）", value)
    return value


# --- click callbacks: the CLI refuses a bad value before opening the database --------------------
def click_date(ctx, param, value):
    field = {"date_from": "date_from", "date_to": "date_to"}.get(param.name, param.name)
    check_date(value, field)
    if field == "date_to":
        check_dates(ctx.params.get("date_from"), value)
    elif ctx.params.get("date_to"):
        check_dates(value, ctx.params.get("date_to"))
    return value


def click_day(ctx, param, value):
    return check_day(value, param.name)


def click_offset(ctx, param, value):
    return check_offset(value) if value is not None else value


def click_limit(ctx, param, value):
    return check_limit(value)
