"""The JSON API: ``/api/...``. Each endpoint calls one page builder of ``gaiko.views.build``."""

from __future__ import annotations

import hmac
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from gaiko.api.deps import CacheDep, LoopArchiveDep, SearchesDep, SettingsDep, or_404, page_json, served
from gaiko.api.params import (
    DocIdParam,
    ExactTotalParam,
    LimitParam,
    NameParam,
    OffsetParam,
    PageParam,
    PairParam,
    PerPageParam,
    QParam,
    SortParam,
    filter_params,
)
from gaiko.errors import GaikoError
from gaiko.record import Record
from gaiko.views import build as views
from gaiko.views.models import (
    AddedDocument,
    DocumentPage,
    ErrorBody,
    EventsPage,
    FilterValues,
    HomePage,
    PersonPage,
    RelationPage,
    RelationRow,
    SearchPage,
)

router = APIRouter(prefix="/api", tags=["api"])


def as_json(page) -> Response:
    """The page object as JSON, serialised once by pydantic (response_model still documents it in OpenAPI)."""
    return json_response(page_json(page))


def json_response(body: str) -> Response:
    return Response(body, media_type="application/json")
Filters = Annotated[FilterValues, Depends(filter_params)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}
SAFE_NAME = re.compile(r"[^A-Za-z0-9_.\-]+")
SOURCE_URL = re.compile(r"^https?://[^\s<>\"']{1,2000}$")


@router.get("/home", response_model=HomePage, summary="What the home page shows")
async def api_home(request: Request, cache: CacheDep) -> Response:
    return json_response(await served(request, cache, ("home",), views.home_page))


@router.get("/search", response_model=SearchPage, summary="Full-text search with filters, facets and paging")
async def api_search(archive: LoopArchiveDep, searches: SearchesDep, filters: Filters, q: QParam = "",
                     sort: SortParam = "relevance", page: PageParam = 1, per_page: PerPageParam = 20,
                     facets: Annotated[bool, Query(description="count facets over all matches (the search page does)")] = True,
                     exact_total: ExactTotalParam = False) -> Response:
    # kept while the documents are as they were (deps.Versioned): the same search again costs no query
    key = searches.search_key(q, filters, sort, page, per_page, facets, exact_total)
    return json_response(searches.page(archive, key, lambda: views.search_page(
        archive, q, filters, sort=sort, page=page, per_page=per_page, facets=facets, exact_total=exact_total)))


@router.get("/events", response_model=EventsPage, summary="Talks (event rows) matching filters")
async def api_events(archive: LoopArchiveDep, filters: Filters, limit: LimitParam = 50, offset: OffsetParam = 0
                     ) -> Response:  # (a page of event rows, 5–15 ms: on the loop, as the search)
    return as_json(views.events_page(archive, filters, limit=limit, offset=offset))


@router.get("/documents/{doc_id}", response_model=DocumentPage, responses=NOT_FOUND,
            summary="A document: text, record and evidence segments")
async def api_document(archive: LoopArchiveDep, doc_id: DocIdParam) -> Response:  # (a short read: on the loop)
    return as_json(or_404(views.document_page, archive, doc_id))


@router.get("/documents/{doc_id}/record", response_model=Record, responses=NOT_FOUND,
            summary="The document's record (the extract format)")
async def api_record(archive: LoopArchiveDep, doc_id: DocIdParam) -> Response:
    return as_json(or_404(views.record_of, archive, doc_id))


@router.get("/relations", response_model=list[RelationRow], summary="Country pairs with their number of talks")
async def api_relations(request: Request, cache: CacheDep) -> Response:
    return json_response(await served(request, cache, ("relations",), lambda archive: [
        r for g in cache.get(("home",), lambda: views.home_page(archive)).regions for r in g.relations]))


@router.get("/relations/{pair}", response_model=RelationPage, responses=NOT_FOUND,
            summary="Chronology of one relationship, newest year first, with talks per year by kind")
async def api_relation(request: Request, cache: CacheDep, pair: PairParam) -> Response:
    return json_response(await served(request, cache, ("relation", or_404(views.canonical_pair, pair)),
                                      lambda archive: or_404(views.relation_page, archive, pair)))


@router.get("/people/{name}", response_model=PersonPage, responses=NOT_FOUND,
            summary="Every talk a person held, with their roles over time")
async def api_person(archive: LoopArchiveDep, name: NameParam) -> Response:
    return as_json(or_404(views.person_page, archive, name))


# --- writes -------------------------------------------------------------------------------------

def require_token(request: Request, settings: SettingsDep) -> None:
    if not settings.token:
        raise HTTPException(status_code=403, detail="this server is read-only: start it with GAIKO_TOKEN set to allow writes")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not given or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise HTTPException(status_code=401, detail="a valid bearer token is required for writes",
                            headers={"WWW-Authenticate": "Bearer"})


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": "a document (txt, html)"},
                        "text": {"type": "string", "description": "raw text, instead of a file"},
                        "name": {"type": "string", "description": "document name (letters, digits, _ . -)"},
                        "source_url": {"type": "string", "description": "http(s) URL of the source page"},
                    },
                }
            },
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}


def _add(pool, data: bytes, name: str, source_url: str | None, budget: float) -> AddedDocument:
    # bytes only: the name never reaches the filesystem. Identity by content: an upload's name is a label, so a
    # second "upload" or "report.txt" is kept beside the first (the same bytes again are "unchanged"); only
    # re-read files and URLs replace by path
    with pool.lease() as archive:
        res = archive.add_bytes(data, name, source_url=source_url, replace_path=False, budget=budget)
    return AddedDocument(doc_id=res.doc_id, status=res.status, url=f"/documents/{res.doc_id}")


def _form_text(form: FormData, key: str) -> str | None:
    """A text field of a form (None when absent or a file)."""
    value = form.get(key)
    return value if isinstance(value, str) else None


@router.post("/documents", response_model=AddedDocument, status_code=201, dependencies=[Depends(require_token)],
             openapi_extra=UPLOAD_BODY, responses={400: {"model": ErrorBody}, 401: {"model": ErrorBody},
                                                   403: {"model": ErrorBody}, 413: {"model": ErrorBody}},
             summary="Add a document (file upload or raw text); needs the bearer token")
async def api_add_document(request: Request,
                           name: Annotated[str | None, Query(max_length=120)] = None,
                           source_url: Annotated[str | None, Query(max_length=2000)] = None) -> AddedDocument:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    data: bytes | None = None
    if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form()
        upload, text = form.get("file"), _form_text(form, "text")
        if upload is not None and not isinstance(upload, str):
            data = await upload.read()
            name = name or _form_text(form, "name") or upload.filename
        elif text is not None:
            data = text.encode("utf-8")
            name = name or _form_text(form, "name")
        source_url = source_url or _form_text(form, "source_url")
    elif ctype in ("text/plain", "text/html", "application/octet-stream"):
        data = await request.body()
    else:
        raise HTTPException(status_code=415, detail="send multipart/form-data (file or text) or text/plain")
    if not data:
        raise HTTPException(status_code=400, detail="no document given: send a 'file' or a non-empty 'text'")
    if source_url and not SOURCE_URL.match(source_url):
        raise HTTPException(status_code=422, detail="source_url must be an http(s) URL")
    safe = SAFE_NAME.sub("_", (str(name or "upload")).rsplit("/", 1)[-1].rsplit("\\", 1)[-1]).strip("._")[:100] or "upload"
    if ctype == "text/html" and not safe.lower().endswith((".html", ".htm")):
        safe += ".html"
    try:
        settings = request.app.state.settings
        added = await run_in_threadpool(_add, request.app.state.pool, data, safe, source_url, settings.extract_budget)
        request.app.state.cache.clear()
        request.app.state.searches.clear()
        if added.status != "unchanged":
            request.app.state.relinker.request()  # people and follow-ups: rebuilt in the background, not here
        return added
    except GaikoError as e:
        raise HTTPException(status_code=400, detail=str(e)) from None
