"""``/api/talks``: the talks matching every filter, newest first, with facets counting talks."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from gaiko.api.deps import ArchiveDep
from gaiko.api.params import PageParam, PerPageParam, QParam, filter_params
from gaiko.api.routes import as_json
from gaiko.views.models import FilterValues
from gaiko.views.talks import TalksPage, talks_page

router = APIRouter(prefix="/api", tags=["api"])
Filters = Annotated[FilterValues, Depends(filter_params)]


@router.get("/talks", response_model=TalksPage,
            summary="Talks (an event, or the reconciled group of events of one talk) matching every filter")
def api_talks(archive: ArchiveDep, filters: Filters, q: QParam = "", page: PageParam = 1,
                    per_page: PerPageParam = 20,
                    facets: Annotated[bool, Query(description="count facets (talks) over all matches")] = True,
                    ) -> Response:
    return as_json(talks_page(archive, q, filters, page=page, per_page=per_page, facets=facets))
