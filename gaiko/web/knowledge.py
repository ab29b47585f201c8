"""The HTML pages of derived knowledge: ``/followups``, ``/people`` and ``/topics``.

Each renders the page object its ``/api`` twin (``gaiko.api.knowledge``) returns, through a template of
``gaiko/web/templates`` (``gaiko.web.pages.render``: autoescaped, no script).
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from gaiko.api.deps import ArchiveDep, CacheDep
from gaiko.api.knowledge import AsOfParam, CountryParam, StatusParam, followups_data, people_data, topics_data
from gaiko.api.params import PageParam, PerPageParam
from gaiko.views import knowledge as views
from gaiko.web.pages import render

router = APIRouter(include_in_schema=False)


def page_url(path: str, /, **params: object) -> str:
    """``path`` with the parameters given a value (None and "" are left out)."""
    given = {k: str(v) for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(given) if given else "")


@router.get("/followups", response_class=HTMLResponse)
def followups(archive: ArchiveDep, cache: CacheDep, country: CountryParam = None, status: StatusParam = None,
              as_of: AsOfParam = None, page: PageParam = 1, per_page: PerPageParam = views.FOLLOWUPS_PER_PAGE):
    data = followups_data(archive, cache, country, status, as_of, page, per_page)
    query = dict(country=data.country, status=data.status, as_of=None if data.as_of_today else data.as_of)
    return render("followups.html", page=data, url=page_url, query=query, title="会談のフォローアップ",
                  json_url=page_url("/api/followups", **query, page=None if page == 1 else page))


@router.get("/people", response_class=HTMLResponse)
def people(archive: ArchiveDep, cache: CacheDep, country: CountryParam = None, page: PageParam = 1,
           per_page: PerPageParam = views.PEOPLE_PER_PAGE):
    data = people_data(archive, cache, country, page, per_page)
    return render("people.html", page=data, url=page_url, title="人物一覧",
                  json_url=page_url("/api/people", country=data.country, page=None if page == 1 else page))


@router.get("/topics", response_class=HTMLResponse)
def topics(archive: ArchiveDep, cache: CacheDep, country: CountryParam = None):
    data = topics_data(archive, cache, country)
    return render("topics.html", page=data, url=page_url, title=f"分野の推移: {data.label}",
                  json_url=page_url("/api/topics", country=data.country))
