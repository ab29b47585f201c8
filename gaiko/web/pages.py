"""The HTML pages: each renders the same page object its ``/api`` twin returns, through a Jinja template.

Templates are autoescaped; the only markup not written by a template is the chart, whose builder
escapes every text it places. Highlights are built from flat segments, each escaped on its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from gaiko import countries
from gaiko.api.deps import ArchiveDep, CacheDep, LoopArchiveDep, SearchesDep, or_404, served
from gaiko.api.params import (
    DocIdParam,
    ExactTotalParam,
    NameParam,
    PageParam,
    PairParam,
    PerPageParam,
    QParam,
    SortParam,
    filter_params,
)
from gaiko.filters import FACETS
from gaiko.views import build as views
from gaiko.views import labels
from gaiko.views.models import FilterValues, SearchPage
from gaiko.web.chart import render_svg

router = APIRouter(include_in_schema=False)
Filters = Annotated[FilterValues, Depends(filter_params)]
TEMPLATES = Path(__file__).resolve().parent / "templates"
SAFE_SCHEMES = ("http://", "https://")
DEFAULT_PER_PAGE = 20

# the facets in the table's order, and the filters a chosen value sets (gaiko.filters.FACETS)
FACET_ORDER = tuple(f.name for f in FACETS)
FACET_SETS = {f.name: f.sets for f in FACETS}
FACET_LABELS = {f.name: f.label for f in FACETS}


def _safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links: a javascript: or data: URL from a document stays text."""
    return url if url and url.lower().startswith(SAFE_SCHEMES) else None


VIEW_PATHS = {"documents": "/search", "talks": "/talks"}  # a search's two views: documents or talks (the toggle)


def _search_url(page: SearchPage, /, **changes) -> str:
    """The URL of this search (its view's: ``page.view``, or ``view=`` to switch) with ``changes``."""
    path = VIEW_PATHS[changes.pop("view", None) or getattr(page, "view", "documents")]
    params: dict[str, str] = {"q": page.q, **page.filters.active()}
    if getattr(page, "sort", "relevance") != "relevance" and path == "/search":
        params["sort"] = page.sort
    if page.per_page != DEFAULT_PER_PAGE:
        params["per_page"] = str(page.per_page)
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = str(v)
    if "page" not in changes:
        params.pop("page", None)
    return path + "?" + urlencode({k: v for k, v in params.items() if v not in ("", None)})


# the downloads offered beside a list of talks: (label, format, table), each through /api/export
DOWNLOADS = (("CSV（会談）", "csv", "events"), ("CSV（参加者）", "csv", "participants"), ("CSV（成果）", "csv", "outcomes"),
             ("PLOVER (JSON Lines)", "plover", None), ("予定の iCalendar (.ics)", "ics", None))


def _export_url(filters: dict[str, str], fmt: str, table: str | None = None, bom: bool = False) -> str:
    """/api/export of the talks these filters select (the search filters; a text query is no export filter)."""
    params = {"format": fmt, **({"table": table} if table else {}), **({"bom": "true"} if bom else {}), **filters}
    return "/api/export?" + urlencode({k: v for k, v in params.items() if v not in ("", None)})


def _facet_url(page: SearchPage, facet: str, value: str) -> str:
    return _search_url(page, **{name: value for name in FACET_SETS.get(facet, (facet,))})


def _facet_selected(page: SearchPage, facet: str, value: str) -> bool:
    return all(getattr(page.filters, name, None) == value for name in FACET_SETS.get(facet, (facet,)))


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(
        kind=labels.kind_label, channel=labels.channel_label, doc_type=labels.doc_type_label,
        outcome=labels.outcome_label, country=countries.name_ja, path=lambda s: quote(str(s), safe=""),
        safe_url=_safe_url,
    )
    env.globals.update(
        search_url=_search_url, facet_url=_facet_url, export_url=_export_url, DOWNLOADS=DOWNLOADS, facet_selected=_facet_selected, FACET_ORDER=FACET_ORDER,
        FACET_LABELS=FACET_LABELS, MARK_STYLES=labels.MARK_STYLES, KIND_LABELS=labels.KIND_LABELS,
        pair_label=countries.pair_label, REGIONS=countries.REGIONS,
    )
    return env


ENV = _env()


def render(name: str, status: int = 200, **ctx) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(name).render(**ctx), status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render("error.html", status=status, status_code=status, message=message, title=f"{status}")


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, cache: CacheDep):
    # the page and its HTML kept (gaiko.api.deps.served): answered on the event loop when kept
    return HTMLResponse(await served(request, cache, ("home",), views.home_page, "html", lambda page: ENV.get_template(
        "home.html").render(page=page, title="gaiko 外交記録アーカイブ", json_url="/api/home")))


@router.get("/search", response_class=HTMLResponse)
async def search(request: Request, archive: LoopArchiveDep, searches: SearchesDep, filters: Filters, q: QParam = "",
                 sort: SortParam = "relevance", page: PageParam = 1, per_page: PerPageParam = DEFAULT_PER_PAGE,
                 exact_total: ExactTotalParam = False):
    api = "/api/search" + (f"?{request.url.query}" if request.url.query else "")
    # kept while the documents are as they were (gaiko.api.deps.Versioned), as the API's
    key = searches.search_key(q, filters, sort, page, per_page, True, exact_total)
    return HTMLResponse(searches.page(
        archive, key, lambda: views.search_page(archive, q, filters, sort=sort, page=page, per_page=per_page,
                                                exact_total=exact_total),
        "html " + api, lambda data: ENV.get_template("search.html").render(
            page=data, title=f"検索: {data.q}" if data.q else "検索", json_url=api)))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
async def document(archive: LoopArchiveDep, doc_id: DocIdParam):  # (short reads: on the loop, as the search)
    data = or_404(views.document_page, archive, doc_id)
    return render("document.html", page=data, title=data.title or data.doc_id,
                  json_url=f"/api/documents/{quote(data.doc_id, safe='')}")


@router.get("/documents/{doc_id}/record.json")
def record_download(archive: ArchiveDep, doc_id: DocIdParam):
    record = or_404(views.record_of, archive, doc_id)
    body = json.dumps(record.to_json_dict(), ensure_ascii=False, indent=2)
    return Response(body, media_type="application/json; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{doc_id}.json"'})


@router.get("/relations/{pair}", response_class=HTMLResponse)
async def relation(request: Request, cache: CacheDep, pair: PairParam):
    return HTMLResponse(await served(request, cache, ("relation", or_404(views.canonical_pair, pair)),
                                     lambda archive: or_404(views.relation_page, archive, pair), "html", _relation_html))


def _relation_html(data) -> str:
    chart = Markup(render_svg(data.chart, title=f"{data.label}: 年別の会談数"))
    return ENV.get_template("relation.html").render(page=data, chart=chart, title=f"{data.label}関係の動き",
                                                    json_url=f"/api/relations/{data.pair}")


@router.get("/people/{name}", response_class=HTMLResponse)
async def person(archive: LoopArchiveDep, name: NameParam):
    data = or_404(views.person_page, archive, name)
    return render("person.html", page=data, title=data.name, json_url=f"/api/people/{quote(data.name, safe='')}")


def _schema_text(s: dict | None) -> str:
    """A one-line description of a JSON Schema: type, enum, pattern, bounds."""
    if not s:
        return ""
    if "$ref" in s:
        return s["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in s:
        return " | ".join(_schema_text(x) for x in s["anyOf"])
    if s.get("type") == "array":
        return f"list[{_schema_text(s.get('items'))}]"
    out = s.get("type", "object")
    if "enum" in s:
        out = " | ".join(map(str, s["enum"]))
    if "const" in s:
        out = repr(s["const"])
    for key, label in (("pattern", "pattern"), ("minimum", ">="), ("maximum", "<="), ("minLength", "len>="),
                       ("maxLength", "len<="), ("default", "default")):
        if key in s and s[key] is not None:
            out += f" {label} {s[key]}" if label != "pattern" else f" ~ {s[key]}"
    return out


def _response_text(r: dict) -> str:
    schema = ((r.get("content") or {}).get("application/json") or {}).get("schema")
    return (r.get("description") or "") + (f" ({_schema_text(schema)})" if schema else "")


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """API reference rendered from the app's own OpenAPI document, without script or external assets."""
    return render("api_docs.html", spec=request.app.openapi(), title="API", json_url="/openapi.json",
                  schema_text=_schema_text, response_text=_response_text)


@router.get("/marks.css")
def marks_css():
    """Highlight colours, generated from the one table in ``gaiko.views.labels``."""
    css = "\n".join(f"mark.hl-{cls}, .swatch.hl-{cls} {{ background: {colour}; }}"
                    for cls, (_, colour) in labels.MARK_STYLES.items())
    css += "\n" + "\n".join(f"li.kind-{k}, section.kind-{k} {{ border-left-color: {c}; }}" for k, c in labels.KIND_COLOURS.items())
    return Response(css + "\n", media_type="text/css; charset=utf-8", headers={"cache-control": "max-age=3600"})
