"""The web application: ``create_app(settings)`` -> FastAPI serving the JSON API (``gaiko.api``) and the HTML
pages (``gaiko.web``), both built on the page builders of ``gaiko.views``. ``gaiko serve`` runs it."""

from __future__ import annotations

import gc
import os
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from gaiko.api.deps import ArchivePool, PageCache, Relinker, Settings, Versioned, warm
from gaiko.api.knowledge import router as knowledge_api_router
from gaiko.api.params import describe
from gaiko.api.routes import router as api_router
from gaiko.api.talks import router as api_talks_router
from gaiko.errors import GaikoError, StoreError, ValueRefused
from gaiko.views.build import home_page
from gaiko.web.knowledge import router as knowledge_page_router
from gaiko.web.pages import render_error
from gaiko.web.pages import router as page_router
from gaiko.web.talks import router as talks_page_router

WEB_DIR = Path(__file__).resolve().parent / "web"

# Pages hold no script at all; the policy makes sure none from a document could run either.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


class BodyLimit:
    """ASGI middleware: a request body over ``max_body`` bytes gets 413, declared or streamed."""

    def __init__(self, app, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                too_big = True
            if too_big:
                return await _too_large(self.max_body)(scope, receive, send)
        seen = 0
        started = False

        async def counted():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    raise _BodyTooLarge
            return msg

        async def tracked_send(msg):
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counted, tracked_send)
        except _BodyTooLarge:
            if not started:
                await _too_large(self.max_body)(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"detail": f"request body too large (limit {limit} bytes)"}, status_code=413)


class SecurityHeaders:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(msg):
            if msg["type"] == "http.response.start":
                headers = list(msg.get("headers") or [])
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                headers.append((b"content-security-policy", CSP.encode()))
                msg = {**msg, "headers": headers}
            await send(msg)

        await self.app(scope, receive, with_headers)


# A page builds many short-lived objects (a chronology: 6,400 validated events at 100k documents); with
# CPython's default gen-0 threshold of 700 the collector rescans the survivors over and over (that
# chronology's events: 2.7 s with the default, 1.2 s with these). Nothing here relies on prompt collection.
GC_THRESHOLD = (50_000, 20, 20)


def tune_gc() -> None:
    """Server process only: objects alive after start-up are never collected (frozen), collect less often."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        tune_gc()
        await run_in_threadpool(app.state.relinker.run_now)  # out-of-date links rebuilt before the first request
        app.state.warming = warm(app.state.pool, app.state.cache, ("home",), home_page)
        yield
        app.state.relinker.wait(60)
        app.state.warming.join(30)  # (the home page being prepared holds a connection of the pool)
        app.state.pool.close()

    app = FastAPI(
        title="gaiko",
        summary="Records of diplomatic talks: search, documents with evidence, chronologies",
        version=_version(),
        lifespan=lifespan,
        docs_url=None,  # /docs is served by gaiko.web.pages from the OpenAPI document: no CDN assets
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.pool = ArchivePool(settings.db)
    app.state.cache = PageCache()
    app.state.searches = Versioned()

    def relinked() -> None:  # (the talks were grouped again: every page kept may count them otherwise)
        app.state.cache.clear()
        app.state.searches.clear()

    app.state.relinker = Relinker(settings.db, on_done=relinked)
    with app.state.pool.lease():  # open (and check) the database now: a bad URL fails at start, not per request
        pass

    app.include_router(api_router)
    app.include_router(api_talks_router)
    app.include_router(page_router)
    app.include_router(talks_page_router)
    app.include_router(knowledge_api_router)
    app.include_router(knowledge_page_router)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith(("/api", "/openapi", "/static"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if wants_html(request):
            return render_error(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        raw = exc.errors()
        if wants_html(request):
            return render_error(request, 422, "入力が正しくありません: " + "; ".join(describe(e, "ja") for e in raw))
        errors = [{"loc": list(e.get("loc", ())), "msg": describe(e), "type": e.get("type", "")} for e in raw]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(GaikoError)
    async def gaiko_error(request: Request, exc: GaikoError):
        # a database that fails (not a value it refused) is the server's trouble: 503, the message one line
        status = 503 if isinstance(exc, StoreError) and not isinstance(exc, ValueRefused) else 400
        if wants_html(request):
            return render_error(request, status, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=status)

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    return app


def _version() -> str:
    try:
        return version("gaiko")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0"


def app_from_env() -> FastAPI:
    """App factory for uvicorn (``gaiko serve``): settings from the environment (GAIKO_DB, GAIKO_TOKEN,
    GAIKO_MAX_BODY)."""
    mb = os.environ.get("GAIKO_MAX_BODY")
    return create_app(Settings.from_env(max_body=int(mb) if mb else None))
