"""Request parameters shared by the API and the pages: validated here, so bad input is a 422, never a 500.

The filter parameters are made from the table of ``gaiko.filters`` (``filter_params``): one query parameter per
row, constrained by what the row's value is, plus ``year`` (the year facet's shorthand for both dates).
"""

from __future__ import annotations

import inspect
from typing import Annotated, Any, Literal

from fastapi import Path, Query
from fastapi.exceptions import RequestValidationError

from gaiko import inputs
from gaiko.filters import FILTERS, YEAR, Filter
from gaiko.views.models import FilterValues

COUNTRY = r"^[A-Za-z]{2}$"
DOC_ID = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}$"
PAIR = r"^[A-Za-z]{2}-[A-Za-z]{2}$"
NAME_TEXT = r"^[^\x00-\x1f\x7f]*$"  # names: no NUL or other control characters (PostgreSQL refuses NUL)
TEXT = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"  # search words: tabs and line breaks allowed (pasted text)
MAX_Q = 200
MAX_NAME = 80
MAX_PAGE = 500
MAX_PER_PAGE = 100

Sort = Literal["relevance", "date"]


def _param(flt: Filter) -> Any:
    """The query parameter of one filter: its type and constraints, from what its value is."""
    v = flt.value
    if v.kind == "date":
        return Annotated[str | None, Query(max_length=10, description=flt.help)]
    if v.kind == "code":
        return Annotated[str | None, Query(pattern=COUNTRY, description=flt.help)]
    if v.kind == "choice":
        return Annotated[Literal[v.choices] | None, Query(description=flt.help)]
    return Annotated[str | None, Query(min_length=1, max_length=MAX_NAME, pattern=NAME_TEXT, description=flt.help)]


YEAR_PARAM = Annotated[int | None, Query(ge=1000, le=9999, description="shorthand for date_from=date_to=YEAR")]


async def filter_params(**given: Any) -> FilterValues:  # async: parsed on the event loop, no thread hop
    year = given.pop(YEAR.name, None)
    if year is not None:
        for name in YEAR.sets:
            given[name] = given.get(name) or str(year)
    try:
        given["date_from"], given["date_to"] = inputs.check_dates(given.get("date_from"), given.get("date_to"))
    except inputs.InvalidInput as e:  # the CLI's check: calendar-valid, from <= to
        raise invalid(e) from None
    return FilterValues(**{f.name: f.value.normalise(given.get(f.name)) for f in FILTERS})


# FastAPI reads the parameters from the signature: one keyword per filter, then the year
filter_params.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
    [inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_param(f)) for f in FILTERS]
    + [inspect.Parameter(YEAR.name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=YEAR_PARAM)],
    return_annotation=FilterValues,
)


QParam = Annotated[str, Query(max_length=MAX_Q, pattern=TEXT, description="search words (Japanese or Latin)")]
SortParam = Annotated[Sort, Query(description="relevance or date (newest first)")]
PageParam = Annotated[int, Query(ge=1, le=MAX_PAGE)]
PerPageParam = Annotated[int, Query(ge=1, le=MAX_PER_PAGE)]
ExactTotalParam = Annotated[bool, Query(description="count every match (by default counting stops past 1,000: total_exact=false)")]
LimitParam = Annotated[int, Query(ge=1, le=MAX_PER_PAGE)]
OffsetParam = Annotated[int, Query(ge=0, le=inputs.MAX_OFFSET)]
DocIdParam = Annotated[str, Path(pattern=DOC_ID, description="document id")]
PairParam = Annotated[str, Path(pattern=PAIR, description="country pair, e.g. JP-RU")]
NameParam = Annotated[str, Path(min_length=1, max_length=MAX_NAME, pattern=NAME_TEXT, description="a person's name as written")]


# --- 422 messages a reader can act on -----------------------------------------------------------
def invalid(e: inputs.InvalidInput) -> RequestValidationError:
    """An ``InvalidInput`` as FastAPI's validation error, its messages in both languages kept."""
    return RequestValidationError([{"loc": ("query", e.field), "msg": e.message, "type": "value_error",
                                    "input": e.value, "ctx": {"ja": e.ja}}])


PARAM_LABELS = {  # parameter -> (English, Japanese) name
    "q": ("q", "検索語"), **{f.name: (f.name, f.ja) for f in FILTERS}, YEAR.name: (YEAR.name, YEAR.label),
    "sort": ("sort", "並べ順"), "page": ("page", "ページ"),
    "per_page": ("per_page", "1ページの件数"), "limit": ("limit", "件数"), "offset": ("offset", "オフセット"),
    "doc_id": ("document id", "文書ID"), "pair": ("country pair", "国の組"), "name": ("name", "名前"),
    "exact_total": ("exact_total", "総数の計算"), "facets": ("facets", "絞り込み項目"),
}
PATTERN_HELP = {  # what a parameter with a pattern expects, instead of the pattern itself
    "country": ("a two-letter country code such as RU", "RU のような2文字の国コード"),
    "doc_id": ("a document id (letters, digits, _ . -; at most 128)", "英数字と _ . - からなる128文字までの文書ID"),
    "pair": ("a country pair such as JP-RU", "JP-RU のような国の組"),
}


def describe(error: dict, lang: str = "en") -> str:
    """One validation error as a sentence (``lang`` "ja" for the pages): names the parameter, says what it
    expects, never shows a regular expression."""
    loc = [x for x in error.get("loc", ()) if x not in ("query", "path", "body")]
    name = str(loc[-1]) if loc else ""
    en_name, ja_name = PARAM_LABELS.get(name, (name, name))
    kind, ctx, msg = error.get("type", ""), error.get("ctx") or {}, error.get("msg", "")
    given = error.get("input")
    if lang == "ja":
        if "ja" in ctx:
            return ctx["ja"]
        if kind == "string_pattern_mismatch":
            return f"{ja_name}「{given}」は使えません（{PATTERN_HELP.get(name, ('', '正しい形'))[1]}で指定してください）"
        if kind == "greater_than_equal":
            return f"{ja_name}は{ctx.get('ge')}以上にしてください（「{given}」）"
        if kind == "less_than_equal":
            return f"{ja_name}は{ctx.get('le')}以下にしてください（「{given}」）"
        if kind == "string_too_long":
            return f"{ja_name}は{ctx.get('max_length')}文字以内にしてください"
        if kind == "string_too_short":
            return f"{ja_name}が空です"
        if kind in ("int_parsing", "int_from_float"):
            return f"{ja_name}は整数で指定してください（「{given}」）"
        if kind in ("literal_error", "enum"):
            return f"{ja_name}「{given}」は使えません（{ctx.get('expected', '')} のいずれか）"
        if kind == "bool_parsing":
            return f"{ja_name}は true か false で指定してください（「{given}」）"
        return f"{ja_name}: {msg}"
    if kind == "string_pattern_mismatch":
        return f"{en_name}: {given!r} is not {PATTERN_HELP.get(name, ('a valid value',))[0]}"
    return f"{en_name}: {msg}" if name and kind != "value_error" else msg
