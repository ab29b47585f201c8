"""The talk list (``/talks``, ``/api/talks``): the talks matching every filter, with facets counting talks.

A talk is an event, or the reconciled group of events that are one talk (``Archive.talks``); the page and its
JSON twin are built here, from that one call.
"""

from __future__ import annotations

import math

from pydantic import Field

from gaiko.archive import Archive, TalkSummary
from gaiko.views.build import FACET_MAX_MATCHES, SEARCH_COUNT_LIMIT, _facet_items
from gaiko.views.models import FacetItem, FilterValues, _Out


class TalksPage(_Out):
    view: str = Field(default="talks", description="'talks': the unit listed (the search page's is documents)")
    q: str = Field(default="", description="talks with a record in a document matching these words")
    filters: FilterValues
    page: int
    per_page: int
    total: int = Field(description="talks matching every filter")
    total_exact: bool = Field(default=True, description="False: at least `total` talks match (a text query of many documents)")
    pages: int
    items: list[TalkSummary]
    facets: dict[str, list[FacetItem]] = Field(default_factory=dict, description="values -> talks that have them")
    facets_note: str | None = Field(default=None, description="why facets were not counted (too many talks)")


def talks_page(archive: Archive, q: str, filters: FilterValues, *, page: int = 1, per_page: int = 20,
               facets: bool = True) -> TalksPage:
    q = (q or "").strip()
    res = archive.talks(q, filters.filters(), limit=per_page, offset=(page - 1) * per_page, facets=facets,
                        facet_max=FACET_MAX_MATCHES, count_limit=SEARCH_COUNT_LIMIT)
    note = None
    if facets and res.facets is None:
        note = (f"{res.total:,}件{'' if res.total_exact else '以上'}の会談: 絞り込み候補の件数は {FACET_MAX_MATCHES:,}件以下のときに表示します"
                "（国・年・種類で絞り込んでください）")
    return TalksPage(
        q=q, filters=filters, page=page, per_page=per_page, total=res.total, total_exact=res.total_exact,
        pages=math.ceil(res.total / per_page) if per_page else 0, items=res.items,
        facets={name: _facet_items(name, c) for name, c in (res.facets or {}).items()}, facets_note=note,
    )
