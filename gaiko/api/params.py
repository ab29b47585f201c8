"""Request parameters shared by the API and the pages: validated here, so bad input is a 422, never a 500."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Path, Query

from gaiko.api.models import FilterValues
from gaiko.record import Channel, DocType, Kind, OutcomeType

ISO_PREFIX = r"^\d{4}(-\d{2}(-\d{2})?)?$"
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


async def filter_params(  # async: parsed on the event loop, no thread hop
    date_from: Annotated[str | None, Query(pattern=ISO_PREFIX, description="ISO date or prefix (2008, 2008-11)")] = None,
    date_to: Annotated[str | None, Query(pattern=ISO_PREFIX, description="ISO date or prefix, inclusive")] = None,
    year: Annotated[int | None, Query(ge=1000, le=9999, description="shorthand for date_from=date_to=YEAR")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY, description="ISO 3166 alpha-2 code")] = None,
    kind: Kind | None = None,
    channel: Channel | None = None,
    person: Annotated[str | None, Query(min_length=1, max_length=MAX_NAME, pattern=NAME_TEXT)] = None,
    outcome: OutcomeType | None = None,
    topic: Annotated[str | None, Query(min_length=1, max_length=MAX_NAME, pattern=NAME_TEXT)] = None,
    doc_type: DocType | None = None,
) -> FilterValues:
    if year is not None:
        date_from = date_from or str(year)
        date_to = date_to or str(year)
    return FilterValues(
        date_from=date_from, date_to=date_to, country=country.upper() if country else None, kind=kind,
        channel=channel, person=person, outcome=outcome, topic=topic, doc_type=doc_type,
    )


QParam = Annotated[str, Query(max_length=MAX_Q, pattern=TEXT, description="search words (Japanese or Latin)")]
SortParam = Annotated[Sort, Query(description="relevance or date (newest first)")]
PageParam = Annotated[int, Query(ge=1, le=MAX_PAGE)]
PerPageParam = Annotated[int, Query(ge=1, le=MAX_PER_PAGE)]
ExactTotalParam = Annotated[bool, Query(description="count every match (by default counting stops past 1,000: total_exact=false)")]
LimitParam = Annotated[int, Query(ge=1, le=MAX_PER_PAGE)]
OffsetParam = Annotated[int, Query(ge=0, le=100_000)]
DocIdParam = Annotated[str, Path(pattern=DOC_ID, description="document id")]
PairParam = Annotated[str, Path(pattern=PAIR, description="country pair, e.g. JP-RU")]
NameParam = Annotated[str, Path(min_length=1, max_length=MAX_NAME, pattern=NAME_TEXT, description="a person's name as written")]
