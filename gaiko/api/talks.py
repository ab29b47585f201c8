"""``/api/talks``: the talks matching every filter, newest first, with facets counting talks."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from gaiko.api.deps import CacheDep, kept, served
from gaiko.api.params import PageParam, PerPageParam, QParam, filter_params
from gaiko.api.routes import json_response
from gaiko.views.models import FilterValues
from gaiko.views.talks import TalksPage, talks_page

router = APIRouter(prefix="/api", tags=["api"])
Filters = Annotated[FilterValues, Depends(filter_params)]


@router.get("/talks", response_model=TalksPage,
            summary="Talks (an event, or the reconciled group of events of one talk) matching every filter")
async def api_talks(request: Request, cache: CacheDep, filters: Filters, q: QParam = "", page: PageParam = 1,
                    per_page: PerPageParam = 20,
                    facets: Annotated[bool, Query(description="count facets (talks) over all matches")] = True,
                    ) -> Response:
    # a page kept is answered on the event loop; one to compute, in a thread with a connection of the pool
    return json_response(await served(request, cache, *_talks_entry(q, filters, page, per_page, facets)))


def talks_data(archive, cache, q: str, filters: FilterValues, *, page: int, per_page: int, facets: bool = True) -> TalksPage:
    """The talks page, kept like the home page (``gaiko.api.deps.PageCache``: an upload clears it, another process's
    ingest shows within its ttl): it reads every talk matching the filters (10–50 ms at 100,000 documents), and
    the talks change only when documents are added or linked."""
    return kept(archive, cache, _talks_entry(q, filters, page, per_page, facets))


def _talks_entry(q: str, filters: FilterValues, page: int, per_page: int, facets: bool):
    """The page cache's key of a talks request (the request as validated: filters normalised by their model) and
    how to compute its page from an archive."""
    q = (q or "").strip()
    return (("talks", q, filters.model_dump_json(), page, per_page, facets),
            lambda archive: talks_page(archive, q, filters, page=page, per_page=per_page, facets=facets))
