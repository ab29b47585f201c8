"""Settings, the archive dependency and the 404 of the web app (the JSON API's routes and the pages').

Each worker thread opens its own ``Archive`` on the configured database (SQLite connections are
per-thread; PostgreSQL connections are not shared across threads either) and keeps it until the
app shuts down.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from gaiko.archive import DEFAULT_BUDGET, DEFAULT_MEMORY, POOLED_MEMORY, Archive
from gaiko.errors import printable
from gaiko.views.build import NotFound

DEFAULT_MAX_BODY = 5 * 1024 * 1024  # bytes accepted in one request body (uploads); more -> 413
# an upload is extracted in a process of its own within this many seconds, else 400: 5 MB of anchor-dense text
# takes ~20 s of CPU now that extraction is linear (bench: 1.2 s for 359 KB of 10,000 talks)
DEFAULT_EXTRACT_BUDGET = DEFAULT_BUDGET
PAGE_CACHE_TTL = 60.0  # seconds the home page and chronologies are reused
PAGE_CACHE_SIZE = 256  # pages kept (about 200 relations and the home page)


@dataclass
class Settings:
    db: str | None = None  # None -> $GAIKO_DB or ./gaiko.db (as every command)
    token: str | None = None  # bearer token for writes; None -> read-only server
    max_body: int = DEFAULT_MAX_BODY
    extract_budget: float = DEFAULT_EXTRACT_BUDGET  # seconds an upload's extraction may take (own process)

    @classmethod
    def from_env(cls, db: str | None = None, token: str | None = None, max_body: int | None = None) -> Settings:
        tok = token if token is not None else os.environ.get("GAIKO_TOKEN")
        return cls(db=db, token=tok or None, max_body=max_body or DEFAULT_MAX_BODY)


POOL_SIZE = 8  # database connections a server process opens for its requests (and one for the event loop)
POOL_WAIT = 30.0  # seconds a request waits for a free connection before a 503


class ArchivePool:
    """The server's archives: at most ``size`` connections, each lent to one request at a time (``lease``), with
    bounded memory (``POOLED_MEMORY``: a 16 MB page cache, no map), plus the event loop thread's own (``get``:
    short searches run on the loop, on a connection that maps the file once). Every thread of the thread pool
    had kept its own connection with a 64 MB cache and a 1 GB map: 6-8 GB resident under load. They never link
    in a request (``link_on_read=False``): out-of-date derived tables are served as last built while
    ``Relinker`` rebuilds them. A PostgreSQL connection the server dropped is opened again by ``gaiko.store.db``."""

    def __init__(self, url: str | None, size: int = POOL_SIZE, wait: float = POOL_WAIT) -> None:
        self.url, self.size, self.wait = url, size, wait
        self._idle: list[Archive] = []
        self._all: list[Archive] = []
        self._cond = threading.Condition()
        self._local = threading.local()

    def _open(self, memory) -> Archive:
        return Archive.open(self.url, create=False, link_on_read=False, memory=memory)

    @contextmanager
    def lease(self) -> Iterator[Archive]:
        """An archive of the pool for the length of a request; waits up to ``wait`` seconds for one."""
        a = self._acquire()
        try:
            yield a
        finally:
            with self._cond:
                self._idle.append(a)
                self._cond.notify()

    def _acquire(self) -> Archive:
        deadline = time.monotonic() + self.wait
        with self._cond:
            while not self._idle:
                if len(self._all) < self.size:
                    a = self._open(POOLED_MEMORY)  # under the lock: the count stays exact (opening takes ms)
                    self._all.append(a)
                    return a
                left = deadline - time.monotonic()
                if left <= 0:
                    raise HTTPException(status_code=503, detail="the server is busy: every database connection is in use",
                                        headers={"Retry-After": "1"})
                self._cond.wait(left)
            return self._idle.pop()

    def get(self) -> Archive:
        """The calling thread's own archive (the event loop's): opened once, with the default memory."""
        a = getattr(self._local, "archive", None)
        if a is None:
            a = self._open(DEFAULT_MEMORY)
            self._local.archive = a
            with self._cond:
                self._all.append(a)
        return a

    @property
    def opened(self) -> int:
        return len(self._all)

    def close(self) -> None:
        with self._cond:
            for a in self._all:
                try:
                    a.close()
                except Exception:
                    pass
            self._all.clear()
            self._idle.clear()
        self._local = threading.local()


class Relinker:
    """Rebuilds the derived tables (people, follow-ups, talk groups) off the request path: at start-up, before
    the first request, and after an upload, from one background thread (requests made meanwhile coalesce into one
    more run). Requests read the tables as last built meanwhile (``Archive.links_state``). The linking runs in a
    process of its own: it holds every record (730 MB at 10,000 documents) and that memory goes with it, where the
    server's own heap would keep it. ``Archive.should_relink`` decides (out of date, at most ``LINK_AUTO_MAX_DOCS``
    documents: a larger archive waits for ``gaiko link``)."""

    def __init__(self, url: str | None, on_done: Callable[[], None] | None = None) -> None:
        self.url, self.on_done = url, on_done
        self._lock = threading.Lock()
        self._pending = False
        self._thread: threading.Thread | None = None
        self.runs = 0  # linkings that ended well

    def run_now(self) -> None:
        """Link now (waiting for it) if the tables are out of date; an error is one line on stderr."""
        try:
            with Archive.open(self.url, create=False) as a:
                needed = a.should_relink()
        except Exception as e:  # a database that fails: the pages report it themselves
            _say(e)
            needed = False
        if needed:
            proc = multiprocessing.get_context("spawn").Process(target=_link, args=(self.url,), daemon=True,
                                                                name="gaiko-link")
            proc.start()
            proc.join()
            self.runs += proc.exitcode == 0
        if self.on_done:
            self.on_done()

    def request(self) -> None:
        """Link soon, in the background."""
        with self._lock:
            self._pending = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="gaiko-relink", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._thread = None
                    return
                self._pending = False
            self.run_now()

    def wait(self, timeout: float | None = None) -> None:
        t = self._thread
        if t is not None:
            t.join(timeout)


def _say(e: BaseException) -> None:
    print(f"gaiko serve: linking failed: {printable(str(e).splitlines()[0] if str(e) else type(e).__name__)}",
          file=sys.stderr)


def _link(url: str | None) -> None:
    """In the linking process: link and store (exit 0), or say why not in one line (exit 1)."""
    try:
        with Archive.open(url, create=False) as a:
            a.link()
    except Exception as e:  # a failed relinking leaves the tables as they were: the pages still work
        _say(e)
        sys.exit(1)


class _Flight:
    """One computation of a page in progress: the threads that missed the same key wait on it."""

    __slots__ = ("done", "error", "value")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None


def page_json(page) -> str:
    """A page object (or a list of them) as JSON, serialised by pydantic."""
    if isinstance(page, list):
        return "[" + ",".join(p.model_dump_json() for p in page) + "]"
    return page.model_dump_json()


_MISS = object()  # (PageCache: no page to serve without computing)


class PageCache:
    """Pages that summarise the whole archive (home, chronologies) kept for ``ttl`` seconds, at most ``size``.

    They cost seconds on a large archive (counts, grouping every talk of a relation) and change only when
    documents are added: an add through this server clears the cache; an ingest by another process shows
    within ``ttl`` seconds. Each server process keeps its own.

    Single-flight: concurrent misses of one key compute it once; the others wait for that result (or its
    error) instead of computing it again (20 cold requests of one relation page used to compute it 20 times).
    The computation runs outside the lock, so a slow page never blocks hits or other keys. Callers give
    normalised keys (``/relations/RU-JP`` and ``JP-RU`` are one page: ``views.canonical_pair``). The least
    recently used entry goes first when the cache is full.

    Past its ``ttl`` a page is recomputed by the first request that asks for it; the others meanwhile get the page
    as it was (stale-while-revalidate), so a page's expiry makes one request wait, not every request for it (a
    relation page recomputed every minute under load held all its requests for the ~0.5 s it takes). ``clear``
    drops the pages: after an upload, none is served as it was.
    """

    def __init__(self, ttl: float = PAGE_CACHE_TTL, size: int = PAGE_CACHE_SIZE) -> None:
        self.ttl, self.size = ttl, size
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self._generation = 0  # bumped by clear(): a page computed before it is not kept after it
        self._lock = threading.Lock()
        self.computed = 0  # pages computed (for tests and the soak benchmark)
        self.serialised = 0  # pages serialised to JSON (``json``)
        self.stale_served = 0  # pages served as they were while being recomputed

    def get(self, key: Hashable, compute: Callable[[], Any], *, _page: bool = True) -> Any:
        with self._lock:
            value = self._servable(key)
            if value is not _MISS:
                return value
            flight = self._flights.get(key)
            leader = flight is None
            if leader:
                flight = self._flights[key] = _Flight()
                generation = self._generation
                if _page:
                    self.computed += 1
                else:
                    self.serialised += 1
        assert flight is not None
        if not leader:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            return flight.value
        try:
            flight.value = compute()  # outside the lock: a slow page does not block the others
        except BaseException as e:
            flight.error = e
            raise
        finally:
            with self._lock:
                self._flights.pop(key, None)
                if flight.error is None and generation == self._generation:
                    self._items[key] = (time.monotonic(), flight.value)
                    self._items.move_to_end(key)
                    while len(self._items) > self.size:
                        self._items.popitem(last=False)
            flight.done.set()
        return flight.value

    def peek(self, key: Hashable) -> Any | None:
        """The page of ``key`` if it can be served now without computing or waiting (fresh, or as it was while
        being recomputed); else None. For ``async`` endpoints: a hit answered on the event loop, a miss sent to a
        thread (a sync endpoint's hops to the thread pool and back cost 40–80 ms under load, the hit itself 0.1)."""
        with self._lock:
            value = self._servable(key)
        return None if value is _MISS else value

    def _servable(self, key: Hashable) -> Any:
        """(Under the lock) the page kept for ``key`` if fresh, or as it was while another request recomputes it;
        else ``_MISS``."""
        hit = self._items.get(key)
        if hit is None:
            return _MISS
        if time.monotonic() - hit[0] < self.ttl:
            self._items.move_to_end(key)
            return hit[1]
        if key in self._flights:
            self.stale_served += 1
            return hit[1]
        return _MISS

    def form(self, name: str, key: Hashable, compute: Callable[[], Any], make: Callable[[Any], Any]) -> Any:
        """The page of ``key`` made into a form (``name``: "json", "html") by ``make``, once per computation of the
        page: a hit costs no serialising or rendering (5 ms for a talks page of 60 KB, more for a chronology).
        Kept beside the page itself."""
        return self.get((name, key), lambda: make(self.get(key, compute)), _page=False)

    def json(self, key: Hashable, compute: Callable[[], Any]) -> str:
        """The page of ``key`` as JSON (``page_json``)."""
        return self.form("json", key, compute, page_json)

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._generation += 1


class Versioned:
    """Search pages kept while the archive's documents are as they were when each was computed.

    A search costs 2–60 ms on the event loop (its facets read every matching talk); the same search asked again
    is answered from here while ``Archive.version()`` is unchanged. The version is read at most every ``every``
    seconds (a count of the documents: ~4 ms at 100,000), so a page reflects another process's ingest within a
    second (the server's own uploads at once: ``clear``). Pages are kept at most ``ttl`` seconds and ``size`` of
    them, least recently used first out."""

    def __init__(self, every: float = 1.0, ttl: float = 600.0, size: int = 512) -> None:
        self.every = every
        self.pages = PageCache(ttl=ttl, size=size)
        self._version: Any = None
        self._read_at = -1e9
        self._lock = threading.Lock()

    def version(self, archive: Archive) -> Any:
        now = time.monotonic()
        with self._lock:
            if now - self._read_at < self.every:
                return self._version
        v = archive.version()
        with self._lock:
            self._version, self._read_at = v, now
        return v

    def page(self, archive: Archive, key: Hashable, compute: Callable[[], Any], name: str = "json",
             make: Callable[[Any], Any] = page_json) -> Any:
        """The page of ``key`` for the archive as it is now, as JSON (or the form ``make`` gives it, ``name``)."""
        return self.pages.form(name, (self.version(archive), key), compute, make)

    def clear(self) -> None:
        with self._lock:
            self._read_at = -1e9
        self.pages.clear()

    @staticmethod
    def search_key(q: str, filters: Any, sort: str, page: int, per_page: int, facets: bool, exact_total: bool) -> tuple:
        """A search as validated (the API's and the search page's share a page when they ask the same)."""
        return ("search", q.strip(), filters.model_dump_json(), sort, page, per_page, facets, exact_total)


def kept(archive: Archive, cache: PageCache, entry: tuple[Hashable, Callable[[Archive], Any]]) -> Any:
    """The page of a cache entry (key, how to compute it from an archive) for a sync caller holding an archive."""
    key, compute = entry
    return cache.get(key, lambda: compute(archive))


async def served(request: Request, cache: PageCache, key: Hashable, compute: Callable[[Archive], Any],
                 name: str = "json", make: Callable[[Any], Any] = page_json) -> Any:
    """A cached page's form for an ``async`` endpoint: answered on the event loop when the cache can serve it
    (``PageCache.peek``), else computed in a thread with an archive of the pool (``compute(archive)``). A sync
    endpoint's hops to the thread pool and back (its dependencies', its own) cost 40–80 ms under load, a hit 0.1."""
    hit = cache.peek((name, key))
    if hit is not None:
        return hit

    def work() -> Any:
        with request.app.state.pool.lease() as archive:
            return cache.form(name, key, lambda: compute(archive), make)

    return await run_in_threadpool(work)


def warm(pool: ArchivePool, cache: PageCache, key: tuple, compute: Callable[[Archive], Any]) -> threading.Thread:
    """Compute a page into the cache in the background (the home page at start-up: its first visitors would
    otherwise all wait for it); requests meanwhile wait for that one computation. A failure is one line on stderr
    (the page's request then reports it itself)."""

    def run() -> None:
        try:
            with pool.lease() as archive:
                cache.get(key, lambda: compute(archive))
        except Exception as e:
            print(f"gaiko serve: could not prepare {key[0]}: {printable(str(e).splitlines()[0] if str(e) else type(e).__name__)}",
                  file=sys.stderr)

    t = threading.Thread(target=run, name="gaiko-warm", daemon=True)
    t.start()
    return t


async def get_settings(request: Request) -> Settings:  # (async: no hop to a thread for an attribute)
    return request.app.state.settings


def get_archive(request: Request) -> Iterator[Archive]:
    """An archive lent by the pool for this request."""
    with request.app.state.pool.lease() as a:
        yield a


async def get_cache(request: Request) -> PageCache:
    return request.app.state.cache


async def get_searches(request: Request) -> Versioned:
    return request.app.state.searches


async def get_loop_archive(request: Request) -> Archive:
    """The archive of the event loop's thread, for ``async`` endpoints that run short reads on the loop itself
    (the search: ~2 ms of CPU; a hop to the thread pool and back costs as much under load, and each pool
    thread's own connection starts with a cold page cache)."""
    return request.app.state.pool.get()


def or_404(fn, *args, **kw):
    """Call a page builder; NotFound becomes an HTTP 404 (JSON for the API, a page for HTML)."""
    try:
        return fn(*args, **kw)
    except NotFound as e:
        raise HTTPException(status_code=404, detail=str(e)) from None


SettingsDep = Annotated[Settings, Depends(get_settings)]
CacheDep = Annotated[PageCache, Depends(get_cache)]
SearchesDep = Annotated[Versioned, Depends(get_searches)]
ArchiveDep = Annotated[Archive, Depends(get_archive)]
LoopArchiveDep = Annotated[Archive, Depends(get_loop_archive)]
