"""The talks view of the search (``/talks``): the talks matching every filter, facets counting talks; the
search page's toggle (文書 | 会談) switches between the two views with the same words and filters."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from gaiko.api.deps import ArchiveDep, CacheDep
from gaiko.api.params import PageParam, PerPageParam, QParam, filter_params
from gaiko.api.talks import talks_data
from gaiko.views.models import FilterValues
from gaiko.web.pages import DEFAULT_PER_PAGE, render

router = APIRouter(include_in_schema=False)
Filters = Annotated[FilterValues, Depends(filter_params)]


@router.get("/talks", response_class=HTMLResponse)
def talks(request: Request, archive: ArchiveDep, cache: CacheDep, filters: Filters, q: QParam = "", page: PageParam = 1,
          per_page: PerPageParam = DEFAULT_PER_PAGE):
    data = talks_data(archive, cache, q, filters, page=page, per_page=per_page)
    api = "/api/talks" + (f"?{request.url.query}" if request.url.query else "")
    return render("talks.html", page=data, title=f"会談: {data.q}" if data.q else "会談", json_url=api)
