"""The JSON API of derived knowledge: ``/api/followups``, ``/api/people``, ``/api/topics`` and ``/api/export``.

Each endpoint calls one builder of ``gaiko.views.knowledge`` (or, for the export, ``Archive.export``). The
parameters are checked by ``gaiko.inputs`` (a bad day or country code is a 422 with a message in English, and in
Japanese on the pages), as the CLI checks them.
"""

from __future__ import annotations

import io
import os
import tempfile
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from gaiko import inputs
from gaiko.api.deps import ArchiveDep, CacheDep, kept, served
from gaiko.api.params import COUNTRY, PageParam, PerPageParam, filter_params, invalid
from gaiko.api.routes import json_response
from gaiko.archive import EXPORT_FORMATS, EXPORT_TABLES, FOLLOWUP_STATUSES, Archive
from gaiko.views import knowledge as views
from gaiko.views.models import FilterValues

router = APIRouter(prefix="/api", tags=["api"])

CountryParam = Annotated[str | None, Query(pattern=COUNTRY, description="the other side of the relationship (ISO alpha-2: RU)")]
StatusParam = Annotated[Literal[FOLLOWUP_STATUSES] | None, Query(description="fulfilled, scheduled (only announced), pending, overdue or unmatched")]  # type: ignore[valid-type]
AsOfParam = Annotated[str | None, Query(max_length=10, description="statuses as of this day, YYYY-MM-DD (default: today)")]
FormatParam = Annotated[Literal[EXPORT_FORMATS], Query(description="jsonl, csv, parquet, plover (JSON lines) or ics")]  # type: ignore[valid-type]
TableParam = Annotated[Literal[EXPORT_TABLES], Query(description="jsonl/csv/parquet: events (one row per event), participants, outcomes or plans")]  # type: ignore[valid-type]
BomParam = Annotated[bool, Query(description="csv: start with a UTF-8 byte order mark (Excel)")]
Filters = Annotated[FilterValues, Depends(filter_params)]

MEDIA = {
    "jsonl": "application/x-ndjson; charset=utf-8", "plover": "application/x-ndjson; charset=utf-8",
    "csv": "text/csv; charset=utf-8", "ics": "text/calendar; charset=utf-8", "parquet": "application/vnd.apache.parquet",
}
SUFFIX = {"jsonl": "jsonl", "plover": "plover.jsonl", "csv": "csv", "ics": "ics", "parquet": "parquet"}


def checked_country(country: str | None) -> str | None:
    """A country code the country table knows, upper-cased; a 422 otherwise."""
    if not country:
        return None
    try:
        return inputs.check_country(country).upper()
    except inputs.InvalidInput as e:
        raise invalid(e) from None


def checked_day(as_of: str | None) -> str | None:
    try:
        return inputs.check_day(as_of, "as_of")
    except inputs.InvalidInput as e:
        raise invalid(e) from None


@router.get("/followups", response_model=views.FollowupsPage,
            summary="Planned talks with the talk that fulfilled each, or its status as of a day (default today)")
async def api_followups(request: Request, cache: CacheDep, country: CountryParam = None, status: StatusParam = None,
                        as_of: AsOfParam = None, page: PageParam = 1,
                        per_page: PerPageParam = views.FOLLOWUPS_PER_PAGE) -> Response:
    return json_response(await served(request, cache, *_followups_entry(country, status, as_of, page, per_page)))


# The pages below read every follow-up or person of the archive: kept like the home page (gaiko.api.deps.PageCache);
# each ``_entry`` gives the cache's key and how to compute the page from an archive: the web page reads the page,
# the API its JSON (``served``: on the event loop when kept)
def _followups_entry(country, status, as_of, page, per_page):
    country, day = checked_country(country), Archive.as_of_day(checked_day(as_of))
    return (("followups", country, status, day, page, per_page),
            lambda archive: views.followups_page(archive, country=country, status=status, as_of=day, page=page,
                                                 per_page=per_page))


def _people_entry(country, page, per_page):
    country = checked_country(country)
    return ("people", country, page, per_page), lambda archive: views.people_page(archive, country=country, page=page,
                                                                                   per_page=per_page)


def _topics_entry(country):
    country = checked_country(country)
    return ("topics", country), lambda archive: views.topics_page(archive, country=country)


def followups_data(archive: Archive, cache, country, status, as_of, page, per_page) -> views.FollowupsPage:
    return kept(archive, cache, _followups_entry(country, status, as_of, page, per_page))


def people_data(archive: Archive, cache, country, page, per_page) -> views.PeoplePage:
    return kept(archive, cache, _people_entry(country, page, per_page))


def topics_data(archive: Archive, cache, country) -> views.TopicsPage:
    return kept(archive, cache, _topics_entry(country))


@router.get("/people", response_model=views.PeoplePage, summary="Everyone of the archive, most talks first")
async def api_people(request: Request, cache: CacheDep, country: CountryParam = None, page: PageParam = 1,
                     per_page: PerPageParam = views.PEOPLE_PER_PAGE) -> Response:
    return json_response(await served(request, cache, *_people_entry(country, page, per_page)))


@router.get("/topics", response_model=views.TopicsPage,
            summary="Topics of outcomes and plans per year, of one relationship or of all")
async def api_topics(request: Request, cache: CacheDep, country: CountryParam = None) -> Response:
    return json_response(await served(request, cache, *_topics_entry(country)))


def _export_bytes(archive: Archive, fmt: str, table: str, filters, bom: bool) -> bytes:
    if fmt == "parquet":  # a Parquet file is written by pyarrow to a path: a temporary one, read back
        fd, path = tempfile.mkstemp(suffix=".parquet")
        os.close(fd)
        try:
            archive.export(fmt, path, filters=filters, table=table)
            with open(path, "rb") as fh:
                return fh.read()
        finally:
            os.remove(path)
    buf = io.StringIO(newline="")
    archive.export(fmt, buf, filters=filters, table=table, bom=bom)
    return buf.getvalue().encode("utf-8")


@router.get("/export", summary="Event data as a file: rows (jsonl, csv, parquet), PLOVER records, an iCalendar",
            response_class=Response, responses={200: {"content": {m.split(";")[0]: {} for m in MEDIA.values()}}})
def api_export(archive: ArchiveDep, filters: Filters, format: FormatParam, table: TableParam = "events",
               bom: BomParam = False) -> Response:
    if bom and format != "csv":
        raise invalid(inputs.InvalidInput("bom", "bom applies to csv only", "BOM は CSV にだけ付けられます", bom))
    body = _export_bytes(archive, format, table, filters.filters(), bom)
    name = f"gaiko-{table}.{SUFFIX[format]}" if format in ("jsonl", "csv", "parquet") else f"gaiko.{SUFFIX[format]}"
    return Response(body, media_type=MEDIA[format], headers={"content-disposition": f'attachment; filename="{name}"'})
