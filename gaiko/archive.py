"""The archive: the library API every interface (CLI, JSON API, web app) uses, and the only one.

    with Archive.open("gaiko.db") as a:          # or "postgresql://...", or None for $GAIKO_DB / ./gaiko.db
        a.ingest(["../shared/seeds"])             # files, folders (recursive .txt/.html/.htm), URLs
        a.search("露", Filters(country="RU"))     # ranked hits with highlighted snippets
        a.timeline("RU")                          # one entry per talk, newest year first
        a.talks("", Filters(kind="summit", date_from="2009", date_to="2011"))  # talks matching every filter
        a.person("ラブロフ")                       # the people a name may mean, with their talks
        a.followups(country="RU")                 # planned items and the talks that fulfilled them
        a.export("csv", "events.csv")             # event rows, PLOVER records, an iCalendar of plans

Writes go through the main process in batched transactions (extraction runs in a process pool), so a
killed ingest leaves the database consistent and re-running it completes without duplicates.

Derived data (talk groups, people, follow-ups: ``gaiko.link``) follows one rule, here: it is read from the
tables ``gaiko link`` stores while they describe the archive's documents as they are. When they do not (never
built, or documents added since), an archive opened with ``link_on_read`` (the CLI) of at most
``LINK_AUTO_MAX_DOCS`` documents links again on the spot and stores the result. Otherwise (a larger archive,
or the server's archives, ``link_on_read=False``: a request never rebuilds them, which cost 13 s and 730 MB)
the tables are served as last built, ``links_state()`` saying "stale", until ``link()`` (``gaiko link``, the
ingest, the server's background relinking) rebuilds them; never built, the readers raise ``StaleLinks`` (the
pages fall back to the events; a person filter folds spellings only). An ingest links when it stored
something or finds the links out of date (a re-run after one killed while linking).
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, Literal

from gaiko import countries, export, filters, source
from gaiko.errors import GaikoError, InputError, StaleLinks, StoreError, UsageError, printable
from gaiko.fetch import Fetcher, cached_bytes
from gaiko.filters import Filters
from gaiko.inputs import check_day, check_limit, check_offset, is_utf8
from gaiko.link.build import Derived, compute
from gaiko.link.docs import iter_archive
from gaiko.link.followups import STATUSES as FOLLOWUP_STATUSES
from gaiko.link.followups import FollowUp, check_status, of_event, on_day, select, today
from gaiko.link.labels import event_label
from gaiko.link.people import PersonEntity, named, names_denoting, of_country, query_keys, with_id
from gaiko.link.reconcile import group_id_of
from gaiko.link.trends import TopicYear, topics_by_year
from gaiko.pipeline import (
    DEFAULT_BUDGET,
    EXTRACTOR_VERSION,
    extract_bytes,
    extract_bytes_within,
    extract_text,
    lower_priority,
    time_budget,
)
from gaiko.source import TEXT_SUFFIXES, read_path
from gaiko.store.db import DB, DEFAULT_MEMORY, POOLED_MEMORY, WAL_LIMIT_BYTES, Memory
from gaiko.store.models import (
    AddResult,
    EventPage,
    EventRow,
    FacetCount,
    Failure,
    IngestReport,
    RelationCount,
    SearchHit,
    SearchResult,
    Stats,
    StoredDocument,
    TalkResult,
    TalkSummary,
    TimelineEntry,
    TimelineYear,
)
from gaiko.store.store import Prepared, Store, prepare

# the facade's surface: the archive, what its methods take, and what they return
__all__ = [
    "EXPORT_FORMATS", "EXPORT_TABLES", "FOLLOWUP_STATUSES", "LINK_AUTO_MAX_DOCS", "AddResult", "Archive", "EventPage", "EventRow",
    "FacetCount", "Failure", "Filters", "FollowUp", "IngestReport", "PersonEntity", "RelationCount", "SearchHit",
    "SearchResult", "StaleLinks", "Stats", "StoredDocument", "TalkResult", "TalkSummary", "TimelineEntry",
    "TimelineYear", "TopicYear", "DEFAULT_MEMORY", "POOLED_MEMORY", "Memory", "default_url", "event_label",
]

SUFFIXES = TEXT_SUFFIXES  # what a folder contributes (gaiko.source.scan_folder)
# documents per write transaction (or BATCH_SECONDS, whichever comes first): on a large archive each
# transaction rewrites the index pages its documents touch, so larger ones cost less a document (100,000
# pages: 3.35 -> 2.89 ms of writing a document from 200 to 1,000); a kill -9 loses at most one, re-done by a re-run
BATCH_DOCS = 1000
BATCH_SECONDS = 3.0
CHUNK = 16  # inputs per worker task
# Derived data out of date is linked again on the spot (and stored) up to this many documents: one pass holds
# every record in memory and takes ~5 s of CPU at 10,000 documents (bench/bench_link.py); a larger archive is
# linked by `gaiko link` only. The one live-vs-persisted rule of every reader and of ingest (module docstring).
LINK_AUTO_MAX_DOCS = 20_000
EXPORT_FORMATS = export.FORMATS  # what export() writes
EXPORT_TABLES = export.TABLES  # the tables of its row formats
# chunks in flight: 2 batches' worth, so the workers keep busy while the main process writes a batch (with
# 3 x jobs chunks they sat idle for half of each write); still a fixed bound on memory
WINDOW_BATCHES = 2


def default_url() -> str:
    return os.environ.get("GAIKO_DB") or "gaiko.db"


def _first_line(e: BaseException) -> str:
    lines = str(e).strip().splitlines()
    return lines[0] if lines else type(e).__name__


def _reason(e: GaikoError, input: str) -> str:
    """An input's failure as the report lists it, after the input's name (the message's own naming of it cut)."""
    return str(e).removeprefix(f"{printable(input)}: ")


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


# --- work done in the extraction processes -------------------------------------------------------
def _extract_chunk(items: list[tuple[str, bytes]], dialect: str, budget: float | None = DEFAULT_BUDGET) -> list[tuple]:
    """Extract and prepare a chunk of inputs, each within ``budget`` seconds; failures are returned, never raised."""
    out: list[tuple] = []
    for path, data in items:
        t0 = time.perf_counter()
        try:
            with time_budget(budget, path):
                ex = extract_bytes(data, name=Path(path).name, path=path)
            out.append(("ok", prepare(ex, dialect).slim(), time.perf_counter() - t0))
        except GaikoError as e:
            out.append(("fail", path, _reason(e, path)))
        except Exception as e:  # an extractor bug must not stop the other inputs
            out.append(("fail", path, f"extraction failed: {type(e).__name__}: {e}"))
    return out


def _worker_init(parent: int) -> None:
    """In each extraction process: die with the ingest, and yield the CPU to other work (``lower_priority``). On
    Linux the kernel sends SIGKILL when the parent dies (a kill -9 of the ingest used to leave its workers
    running); elsewhere a thread watches the parent."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:  # the parent died before prctl
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()
    lower_priority()  # (batch work: a server on the same machine answers first)


class _Workers:
    """The extraction processes of an ingest, surviving a lost one.

    A worker killed (kill -9, the OOM killer) breaks a ProcessPoolExecutor: every task in flight fails with
    BrokenProcessPool. Here the pool is then rebuilt and the lost tasks run again (``retry_or_fail``): a chunk
    whole once, then its documents one by one as suspects, at most one suspect in flight at a time, so that a
    document that takes a worker down again is known and fails alone (the others in flight are retried).
    Each task is (items, attempt), where attempt counts the workers it was in flight with when they died."""

    SUSPECT = 2  # attempt of a document of a chunk lost twice: run alone among suspects; lost again -> failed
    STALL_CHECK = 5.0  # seconds between checks that the pool can still finish what it holds

    def __init__(self, jobs: int, dialect: str, budget: float | None = DEFAULT_BUDGET):
        self.jobs, self.dialect, self.budget = jobs, dialect, budget
        self.inflight: dict[Future, tuple[list[tuple[str, bytes]], int]] = {}
        self.broken = False
        self._returned: list[tuple[list[tuple[str, bytes]], int]] = []
        self.ex = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=mp.get_context("fork"),
                                   initializer=_worker_init, initargs=(os.getpid(),))

    def submit(self, items: list[tuple[str, bytes]], attempt: int) -> None:
        try:
            self.inflight[self.ex.submit(_extract_chunk, items, self.dialect, self.budget)] = (items, attempt)
        except BrokenProcessPool:  # broke before this task was given to it: not the task's doing
            self.broken = True
            self._returned.append((items, attempt))

    def suspect_in_flight(self) -> bool:
        return any(attempt >= self.SUSPECT for _, attempt in self.inflight.values())

    def take_returned(self) -> list[tuple[list[tuple[str, bytes]], int]]:
        out, self._returned = self._returned, []
        return out

    def wait(self) -> tuple[list[list[tuple]], list[tuple[list[tuple[str, bytes]], int]]]:
        """Results of finished tasks and the tasks lost with a worker (all in flight, once the pool broke)."""
        while True:
            done, _ = wait(self.inflight, timeout=self.STALL_CHECK,
                           return_when=ALL_COMPLETED if self.broken else FIRST_COMPLETED)
            if done:
                break
            if self._stalled():  # nothing will ever finish: every task in flight is lost with the pool
                self.broken = True
                lost = list(self.inflight.values())
                self.inflight.clear()
                self._kill_processes()
                return [], lost
        results, lost = [], []
        for fut in done:
            items, attempt = self.inflight.pop(fut)
            try:
                results.append(fut.result())
            except BrokenProcessPool:
                self.broken = True
                lost.append((items, attempt))
        return results, lost

    @staticmethod
    def retry_or_fail(items: list[tuple[str, bytes]], attempt: int, retry: list) -> list[tuple[str, str]]:
        """Queue a lost task again; returns the (path, reason) of a document that failed for good."""
        if len(items) == 1 and attempt >= _Workers.SUSPECT:
            return [(items[0][0], "the extraction process died on it, again after retries (killed, or out of memory)")]
        if len(items) > 1 and attempt >= 1:
            retry.extend(([item], _Workers.SUSPECT) for item in items)  # lost twice: find the document at fault
        elif len(items) == 1 and attempt >= 1:
            retry.append((items, _Workers.SUSPECT))
        else:
            retry.append((items, attempt + 1))
        return []

    def _stalled(self) -> bool:
        """The pool holds tasks it can no longer finish: its manager thread has ended, or one of its processes
        has been dead for a whole STALL_CHECK without the futures being failed. (A worker killed while a task
        is being handed to it can leave a ProcessPoolExecutor so, waiting forever: CPython gh-94777.) Reads
        the executor's private state, for want of a public one."""
        manager = getattr(self.ex, "_executor_manager_thread", None)
        if manager is not None and not manager.is_alive():
            return True
        procs = getattr(self.ex, "_processes", None) or {}
        return any(p.exitcode is not None for p in list(procs.values()))

    def _kill_processes(self) -> None:
        for p in list((getattr(self.ex, "_processes", None) or {}).values()):
            if p.exitcode is None:
                p.kill()

    def rebuild(self) -> None:
        self._kill_processes()  # (a broken pool's survivors: shutdown would wait on them)
        self.ex.shutdown(wait=True, cancel_futures=True)
        self.ex = self._new()
        self.broken = False

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.ex.shutdown(wait=True, cancel_futures=True)


class Archive:
    def __init__(self, db: DB, *, link_on_read: bool = True):
        self.db = db
        self.link_on_read = link_on_read
        self.store = Store(db)
        self._names: list[str] = []  # every participant name, read again when the documents change
        self._names_stamp: tuple[int, str | None] | None = None

    @classmethod
    def open(cls, url: str | None = None, *, create: bool = True, link_on_read: bool = True,
             memory: Memory = DEFAULT_MEMORY) -> Archive:
        """``memory``: what each SQLite connection may hold (a server's pool opens many: ``POOLED_MEMORY``)."""
        return cls(DB.connect(url or default_url(), create=create, memory=memory), link_on_read=link_on_read)

    @property
    def url(self) -> str:
        """Where the archive is: the SQLite file or the PostgreSQL URL it was opened with."""
        return self.db.url

    def close(self) -> None:
        self.db.close()

    def discard_if_empty(self) -> bool:
        """Close and delete the SQLite file this archive created if it holds no document (an ingest of a
        mistyped path must not leave an empty database that later reads as "0 documents match")."""
        if not (self.db.dialect == "sqlite" and self.db.created) or self.store.document_count():
            return False
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.remove(self.db.url + suffix)
            except FileNotFoundError:
                pass
        return True

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # --- writes ---------------------------------------------------------------------------
    def add(self, extraction: Any, *, source_url: str | None = None, replace_path: bool = True) -> AddResult:
        """Store one extraction. Its bytes are its identity: the same bytes again are "unchanged". With
        ``replace_path`` (a file or URL that is read again) a new version at the same path replaces the old
        one; an upload passes False, so a name given twice never replaces another document."""
        return self.store.add_many([prepare(extraction, self.db.dialect, source_url)], replace_path=replace_path)[0]

    def add_bytes(self, data: bytes, name: str, *, source_url: str | None = None, replace_path: bool = True,
                  budget: float | None = None) -> AddResult:
        """Extract and store one document given as bytes (an upload: ``name`` only labels it, and names no file).
        ``budget``: extract in a process of its own within that many seconds (``InputError`` past them)."""
        ex = extract_bytes(data, name=name) if budget is None else extract_bytes_within(data, name, budget)
        return self.add(ex, source_url=source_url, replace_path=replace_path)

    def delete(self, doc_id: str) -> bool:
        return self.store.delete(doc_id)

    def ingest(
        self,
        inputs: Iterable[str],
        *,
        jobs: int | None = None,
        follow: str | None = None,
        progress: bool = False,
        delay: float = 1.0,
        cache_dir: str | None = None,
        user_agent: str | None = None,
        max_pages: int = 1000,
        batch: int = BATCH_DOCS,
        budget: float | None = DEFAULT_BUDGET,
    ) -> IngestReport:
        """Extract and store files, folders (recursive) and web pages. Failed inputs are listed, not raised; so is
        a document whose extraction takes longer than ``budget`` seconds (None or 0: no limit)."""
        t0 = time.perf_counter()
        rep = IngestReport()
        files: list[str] = []
        urls: list[str] = []
        for raw in inputs:
            if is_url(raw):
                urls.append(raw)
                continue
            # what cannot be looked at fails alone, in one line; files that are not inputs are counted
            found, errors = source.expand_input(raw, rep.skipped)
            for path in found:
                if os.path.isfile(path):
                    files.append(os.path.realpath(path))
                else:
                    rep.inputs += 1
                    rep.failed.append(Failure(input=path, reason="not a regular file (a device, FIFO or socket)"))
            for path, e in errors:
                rep.inputs += 1
                if isinstance(e, FileNotFoundError) and path == raw:
                    reason = "no such file, folder or URL"
                else:
                    what = " folder" if os.path.isdir(path) else ""
                    reason = f"cannot read{what}: {source.os_reason(e)}"
                rep.failed.append(Failure(input=path, reason=reason))
        if follow and not urls:
            raise UsageError("--follow needs at least one URL to start from")
        with _Progress(progress, len(files)) as bar:
            bar.failed = len(rep.failed)
            with self.db.bulk_writes():  # and a WAL checkpoint at the end
                if files:
                    self._ingest_files(files, jobs, rep, bar, batch_docs=batch, budget=budget)
                if urls:
                    self._ingest_urls(urls, rep, bar, follow=follow, delay=delay, cache_dir=cache_dir,
                                      user_agent=user_agent, max_pages=max_pages, batch_docs=batch, budget=budget)
        rep.seconds = time.perf_counter() - t0
        return rep

    def _write(self, batch: list[Prepared], rep: IngestReport) -> None:
        """Store a batch in one transaction; if one document's data cannot be written (a value the database
        refuses), the batch is written again one document a transaction and only that one fails."""
        if not batch:
            return
        t = time.perf_counter()
        try:
            done = list(zip(batch, self.store.add_many(batch)))
        except self.db.data_errors:
            done = []
            for p in batch:
                try:
                    done += zip([p], self.store.add_many([p]))
                except self.db.data_errors as e:
                    rep.failed.append(Failure(input=p.path or p.source_url or p.doc_id,
                                              reason=f"cannot store: {type(e).__name__}: {_first_line(e)}"))
        for p, r in done:
            if r.status == "added":
                rep.added += 1
                rep.chars += p.n_chars
            elif r.status == "replaced":
                rep.replaced += 1
                rep.chars += p.n_chars
            else:
                rep.unchanged += 1
        self.db.checkpoint(over=WAL_LIMIT_BYTES // 2)  # a server reading meanwhile would let the WAL grow unbounded
        rep.store_seconds += time.perf_counter() - t
        batch.clear()

    def _ingest_files(self, files: list[str], jobs: int | None, rep: IngestReport, bar: _Progress,
                      batch_docs: int = BATCH_DOCS, budget: float | None = DEFAULT_BUDGET) -> None:
        jobs = max(1, jobs or os.cpu_count() or 1)
        dialect = self.db.dialect

        def pending() -> Iterator[tuple[str, bytes]]:
            for path in files:
                rep.inputs += 1
                if not is_utf8(path):  # the archive keeps paths as text: this one cannot be stored, the rest can
                    rep.failed.append(Failure(input=path, reason="file name is not valid UTF-8 (rename the file)"))
                    bar.advance(failed=True)
                    continue
                try:
                    data = read_path(path)  # refused by kind or size before a byte is read
                except InputError as e:
                    rep.failed.append(Failure(input=path, reason=str(e).removeprefix(f"{path}: ")))
                    bar.advance(failed=True)
                    continue
                if self.store.has(hashlib.sha256(data).hexdigest()[:16]):
                    rep.unchanged += 1
                    bar.advance()
                    continue
                yield path, data

        batch: list[Prepared] = []
        last_write = time.perf_counter()

        def take(results: list[tuple]) -> None:
            nonlocal last_write
            for r in results:
                if r[0] == "ok":
                    batch.append(r[1])
                    rep.extract_seconds += r[2]
                    bar.advance()
                else:
                    rep.failed.append(Failure(input=r[1], reason=r[2]))
                    bar.advance(failed=True)
            if len(batch) >= batch_docs or time.perf_counter() - last_write >= BATCH_SECONDS:
                self._write(batch, rep)
                last_write = time.perf_counter()

        def chunks() -> Iterator[list[tuple[str, bytes]]]:
            cur: list[tuple[str, bytes]] = []
            for item in pending():
                cur.append(item)
                if len(cur) >= CHUNK:
                    yield cur
                    cur = []
            if cur:
                yield cur

        if jobs == 1 or len(files) <= CHUNK:
            for ch in chunks():
                take(_extract_chunk(ch, dialect, budget))
        else:
            window = max(3 * jobs, WINDOW_BATCHES * batch_docs // CHUNK)  # memory stays flat whatever the corpus
            retry: list[tuple[list[tuple[str, bytes]], int]] = []  # tasks lost with a worker, to run again
            source = chunks()
            exhausted = False
            with _Workers(jobs, dialect, budget) as pool:
                while True:
                    while not pool.broken and len(pool.inflight) < window:  # keep the window full
                        i = next((k for k, (_, attempt) in enumerate(retry)
                                  if attempt < _Workers.SUSPECT or not pool.suspect_in_flight()), None)
                        if i is not None:
                            pool.submit(*retry.pop(i))
                            continue
                        if not exhausted:
                            task = next(source, None)
                            if task is not None:
                                pool.submit(task, 0)
                                continue
                            exhausted = True
                        break
                    if pool.inflight:
                        results, lost = pool.wait()
                        for res in results:
                            take(res)
                        for items, attempt in lost:
                            for path, reason in _Workers.retry_or_fail(items, attempt, retry):
                                rep.failed.append(Failure(input=path, reason=reason))
                                bar.advance(failed=True)
                    retry[:0] = pool.take_returned()
                    if pool.broken and not pool.inflight:
                        pool.rebuild()
                        rep.worker_restarts += 1
                    elif not pool.inflight and not retry and exhausted:
                        break
        self._write(batch, rep)

    def _ingest_urls(self, urls: list[str], rep: IngestReport, bar: _Progress, **kw: Any) -> None:
        fetcher = Fetcher(delay=kw["delay"], cache_dir=kw["cache_dir"], user_agent=kw["user_agent"])
        batch: list[Prepared] = []
        last_write = time.perf_counter()
        try:
            for page in fetcher.crawl(urls, follow=kw["follow"], max_pages=kw["max_pages"]):
                rep.inputs += 1
                bar.add_total(1)
                if page.error:
                    rep.failed.append(Failure(input=page.url, reason=page.error))
                    bar.advance(failed=True)
                    continue
                t = time.perf_counter()
                try:
                    with time_budget(kw["budget"], page.url):
                        ex = extract_bytes(page.data, name=page.url.rstrip("/").rsplit("/", 1)[-1] or "index.html",
                                           path=page.url)
                except GaikoError as e:
                    rep.failed.append(Failure(input=page.url, reason=_reason(e, page.url)))
                    bar.advance(failed=True)
                    continue
                except Exception as e:
                    rep.failed.append(Failure(input=page.url, reason=f"extraction failed: {type(e).__name__}: {e}"))
                    bar.advance(failed=True)
                    continue
                rep.extract_seconds += time.perf_counter() - t
                batch.append(prepare(ex, self.db.dialect, source_url=page.url))
                bar.advance()
                if len(batch) >= kw["batch_docs"] or time.perf_counter() - last_write >= BATCH_SECONDS:
                    self._write(batch, rep)  # pages come slowly (a delay between requests): store them as they come
                    last_write = time.perf_counter()
        finally:
            fetcher.close()
            self._write(batch, rep)

    def reindex(self, *, force: bool = False, progress: bool = False) -> IngestReport:
        """Re-extract documents stored by an older extractor (all with ``force``), keeping their identity.

        The source is re-read when it is still there with the same bytes (a file, or the fetch cache for a
        URL); otherwise the stored plain text is extracted again."""
        t0 = time.perf_counter()
        rep = IngestReport()
        todo = self.store.stale(None if force else EXTRACTOR_VERSION)
        with _Progress(progress, len(todo)) as bar:
            for doc_id, path, url in todo:
                rep.inputs += 1
                data = None
                if url:
                    data = cached_bytes(url)
                elif path and os.path.isfile(path):
                    try:
                        data = read_path(path)
                    except InputError:
                        data = None  # (re-extracted from the stored text instead)
                try:
                    if data is not None and hashlib.sha256(data).hexdigest()[:16] == doc_id:
                        with time_budget(DEFAULT_BUDGET, path or url or doc_id):
                            ex = extract_bytes(data, name=Path(path or url or doc_id).name, path=path)
                    else:
                        stored = self.store.text_of(doc_id)
                        if stored is None:
                            continue
                        with time_budget(DEFAULT_BUDGET, path or doc_id):
                            ex = extract_text(stored[0], name=Path(path or doc_id).name)
                        ex.path = path or ex.path
                    ex.sha256 = self.store.sha256_of(doc_id) or ex.sha256
                    p = prepare(ex, self.db.dialect, source_url=url)
                    p.doc_id = doc_id
                    self.store.replace_record(p)
                    rep.replaced += 1
                    rep.chars += p.n_chars
                    bar.advance()
                except GaikoError as e:
                    rep.failed.append(Failure(input=path or url or doc_id, reason=_reason(e, path or url or doc_id)))
                    bar.advance(failed=True)
                except Exception as e:
                    rep.failed.append(Failure(input=path or url or doc_id, reason=f"extraction failed: {type(e).__name__}: {e}"))
                    bar.advance(failed=True)
        if rep.replaced:  # same documents, new records: the stored links no longer describe them
            self.store.links.invalidate()
        rep.seconds = time.perf_counter() - t0
        return rep

    # --- reads ----------------------------------------------------------------------------
    def get(self, doc_id: str) -> StoredDocument | None:
        return self.store.get(doc_id)

    def iter_documents(self) -> Iterator[StoredDocument]:
        return self.store.iter_documents()

    def search(
        self,
        q: str,
        filters: Filters | None = None,
        *,
        sort: str = "relevance",  # relevance | date (checked here: the CLI and API pass what the user typed)
        limit: int = 20,
        offset: int = 0,
        facets: bool = False,
        facet_max: int | None = None,
        count_limit: int | None = None,
    ) -> SearchResult:
        """``facet_max``: count facets only when at most this many documents match; ``count_limit``: count
        matches only up to this many (``total_exact`` then says whether the total is exact; see Store.search)."""
        if sort not in ("relevance", "date"):
            raise UsageError(f"unknown sort {sort!r} (relevance or date)")
        check_limit(limit), check_offset(offset)
        filters = self._check(filters)
        if facets or (filters is not None and not filters.is_empty()):
            self._current_talks()
        return self.store.search(q or "", filters, sort=sort, limit=limit, offset=offset, facets=facets,
                                 facet_max=facet_max, count_limit=count_limit)

    def events(self, filters: Filters | None = None, *, limit: int = 50, offset: int = 0) -> EventPage:
        check_limit(limit), check_offset(offset)
        total, items = self.store.events(self._check(filters), limit=limit, offset=offset)
        return EventPage(total=total, items=items)

    def timeline(self, country: str, filters: Filters | None = None) -> list[TimelineYear]:
        """One entry per talk (``talks``: the events that are one talk, from every document, are one entry); years
        and the talks within each year newest first, as the ministry's own chronologies list them."""
        f = (self._check(filters) or Filters()).replace(country=country.upper())
        self._current_talks()
        _, _, groups, _ = self.store.talks("", f, limit=None, order="ASC")
        by_year: dict[str, list[TimelineEntry]] = {}
        for group in groups:
            e = _talk_summary(group)
            by_year.setdefault((e.date or "")[:4] or "不明", []).append(e)
        years = sorted((y for y in by_year if y != "不明"), reverse=True) + (["不明"] if "不明" in by_year else [])
        return [TimelineYear(year=y, entries=sorted(by_year[y], key=lambda e: (e.date or "", e.label), reverse=True))
                for y in years]

    # --- talks: the unit of search (gaiko.store.talks) -------------------------------------------
    def talks(self, q: str = "", filters: Filters | None = None, *, limit: int = 20, offset: int = 0,
              facets: bool = False, facet_max: int | None = None, count_limit: int | None = None) -> TalkResult:
        """The talks (an event, or the reconciled group of events that are one talk) matching every filter, each
        filter by some event of the talk (the date by a chronology's entry, the people by the meeting record);
        the document filter by a document of the talk; ``q``: with an event in a document matching it (full
        text). Newest first. ``facets``: counting talks, when at most ``facet_max`` talks match (if given).
        ``count_limit``: a text query matching many documents counts this many talks at most (then
        ``total_exact`` is False: "1,000 or more", as a search's ``count_limit``)."""
        check_limit(limit), check_offset(offset)
        f = self._check(filters)
        self._current_talks()
        total, exact, groups, counted = self.store.talks(q or "", f, limit=limit, offset=offset, facets=facets,
                                                         facet_max=facet_max, count_limit=count_limit)
        return TalkResult(query=q or "", total=total, total_exact=exact, items=[_talk_summary(g) for g in groups],
                          facets=counted)

    def _current_talks(self) -> None:
        """The talk groups brought up to date (the one rule of the module's docstring: linked again on the spot
        when the archive is small enough and links on read); a large archive's talks, and the server's, stay as they
        were last grouped (the server relinks in the background: ``gaiko.api.deps.Relinker``)."""
        if not self.link_on_read:
            return
        try:
            self.refresh_links()
        except StoreError:  # a database that takes no writes: the talks as stored
            pass

    def relations(self) -> list[RelationCount]:
        """Every country with the talks it is a side of (what its chronology, ``timeline``, lists)."""
        self._current_talks()
        return [
            RelationCount(pair=f"JP-{c}", country=c, name_ja=countries.name_ja(c), region=countries.region(c), events=n)
            for c, n in self.store.relation_counts()
        ]

    def _check(self, f: Filters | None) -> Filters | None:
        """Filters validated (gaiko.filters.check) and the person resolved to the names stored for them."""
        f = filters.check(f)
        if f is not None and f.person and "person" not in f.resolved:
            f = f.with_resolved("person", tuple(self.person_names(f.person)))
        return f

    def person_names(self, name: str) -> list[str]:
        """The participant names as stored that ``name`` denotes (any variant: ラブロフ, ラヴロフ外相, Lavrov),
        through the people (``gaiko.link.people.names_denoting``); without them (``StaleLinks``), the name's
        own spelling variants."""
        stamp = self.store.documents_stamp()
        if self._names_stamp != stamp:
            self._names = self.store.participant_names()
            self._names_stamp = stamp
        try:
            people = self._people(query_keys(name))
        except StaleLinks:
            people = None
        return names_denoting(name, self._names, people)

    def version(self) -> tuple[int, str | None, int | None, str | None]:
        """What changes whenever the documents or their links do (``Store.documents_version``): a key for results
        kept elsewhere."""
        return self.store.documents_version()

    def document_count(self) -> int:
        """Number of documents (what stats().documents says, without stats' grouping of every talk)."""
        return self.store.document_count()

    def stats(self) -> Stats:
        """Documents and event rows; talks in all and by year, country and kind; documents by type."""
        self._current_talks()
        c = self.store.counts()
        return Stats(
            documents=c["documents"], events=c["events"], talks=c["talks"],
            by_year={str(k): v for k, v in c["by_year"]}, by_country={str(k): v for k, v in c["by_country"]},
            by_kind={str(k): v for k, v in c["by_kind"]}, by_doc_type={str(k): v for k, v in c["by_doc_type"]},
        )

    # --- derived data: talk groups, people, follow-ups (gaiko.link), under the one rule of the docstring ---
    def link(self) -> dict[str, int]:
        """Recompute every derived table from the documents and store it (``gaiko link``); row counts."""
        d = compute(iter_archive(self))
        return self.store.links.save(d.groups, d.relationships, d.people, d.followups)

    def links_state(self) -> Literal["fresh", "stale", "missing"]:
        """Whether the derived tables describe the documents as they are ("fresh"), earlier ones ("stale": read as
        last built) or were never built ("missing")."""
        return self.store.links.state()  # type: ignore[return-value]

    def should_relink(self) -> bool:
        """Whether the derived tables are out of date and the archive small enough (``LINK_AUTO_MAX_DOCS``) to be
        linked without asking (``refresh_links`` does it here; the server in a process of its own)."""
        return self.links_state() != "fresh" and 0 < self.document_count() <= LINK_AUTO_MAX_DOCS

    def refresh_links(self) -> bool:
        """Link again if the stored links no longer describe the documents, when the archive is small enough
        (``LINK_AUTO_MAX_DOCS``); False when they stay out of date (``link()`` rebuilds them)."""
        return self.store.links.fresh() or self._relinked() is not None

    def _relinked(self) -> Derived | None:
        """The derived data computed now and stored (if the database takes writes); None for a large archive."""
        if self.document_count() > LINK_AUTO_MAX_DOCS:
            return None
        d = compute(iter_archive(self))
        try:
            self.store.links.save(d.groups, d.relationships, d.people, d.followups)
        except StoreError:  # a read-only database: what was computed still serves this call
            pass
        return d

    def _derived(self, stored: Any, computed: Any) -> Any:
        """``stored()`` while the tables are fresh; else ``computed(derived)`` of a relinking when this archive
        links on read and is small enough, else ``stored()`` as last built; ``StaleLinks`` when never built."""
        state = self.links_state()
        if state == "fresh":
            return stored()
        d = self._relinked() if self.link_on_read else None
        if d is not None:
            return computed(d)
        if state == "stale":
            return stored()
        raise StaleLinks(f"the archive's people and follow-ups were never linked ({self.document_count():,} documents): "
                         "run `gaiko link`")

    def _people(self, keys: set[str] | None = None) -> list[PersonEntity]:
        """Every person, or (stored) those with one of the name ``keys``; most talks first."""
        return self._derived(lambda: [PersonEntity.model_validate_json(r) for r in self.store.links.people(keys)],
                             lambda d: d.people)

    def _followups(self) -> list[FollowUp]:
        return self._derived(lambda: [FollowUp.model_validate_json(r) for r in self.store.links.followups()],
                             lambda d: d.followups)

    def people(self, country: str | None = None) -> list[PersonEntity]:
        """Every person of the archive (of ``country``, alpha-2), most talks first."""
        return of_country(self._people(), country)

    def person(self, name: str) -> list[PersonEntity]:
        """The people ``name`` may mean (spelling variants, titles, full forms, romaji), newest first."""
        return named(self._people(query_keys(name)), name)

    def person_by_id(self, person_id: str) -> PersonEntity | None:
        """One person by ``person_id`` (stable while the archive's documents stay the same)."""
        return with_id(self._people(), person_id)

    def followups(self, country: str | None = None, status: str | None = None,
                  as_of: str | None = None) -> list[FollowUp]:
        """Planned items with the talks that fulfilled them (or their status), oldest plan first; ``country``:
        alpha-2 code of a side, ``status``: fulfilled, scheduled, pending, overdue or unmatched, as of the day ``as_of``
        (YYYY-MM-DD; default today: ``as_of_day``), which each follow-up states."""
        check_status(status)
        day = self.as_of_day(as_of)
        return select(on_day(select(self._followups(), country), day), status=status)

    @staticmethod
    def as_of_day(as_of: str | None = None) -> str:
        """The day follow-up statuses hold on: ``as_of`` checked (a calendar day, YYYY-MM-DD), else today."""
        return check_day(as_of) or today()

    def followups_of_event(self, event_id: str, as_of: str | None = None) -> dict[str, list[FollowUp]]:
        """``planned_here`` (plans this talk set up) and ``fulfils`` (earlier plans it carried out), as of
        ``as_of`` (default today)."""
        day = self.as_of_day(as_of)
        links = self._derived(lambda: of_event(self._followups(), self.store.links.groups(), event_id),
                              lambda d: of_event(d.followups, d.groups, event_id))
        return {k: on_day(v, day) for k, v in links.items()}

    def topics_by_year(self, country: str | None = None) -> list[TopicYear]:
        """Outcomes and plans per topic per year (of talks with ``country``), oldest year first."""
        return topics_by_year(self, country)

    def export(self, fmt: str, out: str | IO = "-", country: str | None = None, bom: bool = False, *,
               filters: Filters | None = None, table: str = "events", as_of: str | None = None) -> int:
        """Write the events as ``fmt`` (``gaiko.export.FORMATS``; rows of ``table``, ``EXPORT_TABLES``) to ``out``
        (a path, "-", a stream); records. ``filters`` (and ``country``): only the events they select, as
        ``events()`` does; people ids and plans are the archive's own, plan statuses as of ``as_of`` (default
        today). ``bom``: a CSV starts with a UTF-8 byte order mark (Excel)."""
        f = self._check(filters.replace(country=country) if filters is not None and country else filters)
        if f is None and country:
            f = self._check(Filters(country=country))
        day = self.as_of_day(as_of)
        ids = None
        if f is not None and not f.is_empty():
            ids = [r.event_id for r in self.store.events(f, limit=None)[1]]
        return export.export(self, fmt, out, country=country, bom=bom, table=table, event_ids=ids,
                             people=lambda: self._or_none(self._people),
                             followups=lambda: self._or_none(self.followups, as_of=day), as_of=day)

    @staticmethod
    def _or_none(read: Any, **kw: Any) -> Any:
        """``read(**kw)``, or None while the links are out of date on a large archive (the export computes them)."""
        try:
            return read(**kw)
        except StaleLinks:
            return None


# --- talk helpers -------------------------------------------------------------------------------
def _talk_summary(group: list[EventRow]) -> TalkSummary:
    """One talk from its events (a meeting record, the chronology's entry of it, ...)."""
    # the row that says most names the talk: a meeting record before a chronology entry
    best = max(group, key=lambda r: (r.doc_type != "chronology", bool(r.occasion), len(r.principals), -r.index))
    dates = [r.date for r in group if r.date]
    ends = [r.date_end or r.date for r in group if r.date]
    agreements: list[str] = []
    for r in group:
        for o in r.outcomes:
            if o.type == "agree" and o.text not in agreements:
                agreements.append(o.text)
    date = min(dates) if dates else None
    end = max(ends) if ends else None
    topics = {t for r in group for t in [*r.topics, *(t for o in r.outcomes for t in o.topics),
                                          *(t for p in r.planned for t in p.topics)]}
    return TalkSummary(
        talk_id=group_id_of(group), date=date, date_end=end if end and end != date else None, label=event_label(best),
        kind=best.kind, channel=next((r.channel for r in group if r.channel), None),
        sources=list(dict.fromkeys(r.doc_id for r in group)), event_ids=[r.event_id for r in group],
        agreements=agreements, countries=list(dict.fromkeys(c for r in group for c in r.countries)),
        people=list(dict.fromkeys(p.name for r in group for p in r.principals)),
        outcomes=list(dict.fromkeys(o.type for r in group for o in r.outcomes)), topics=sorted(topics),
        doc_types=list(dict.fromkeys(r.doc_type for r in group if r.doc_type)),
        scheduled=all(r.scheduled for r in group),
    )


# --- progress -----------------------------------------------------------------------------------
class _Progress:
    """A rich progress bar on stderr with documents/s and failures (a no-op when disabled)."""

    def __init__(self, enabled: bool, total: int):
        self.enabled = enabled
        self.total = total
        self.failed = 0
        self.done = 0
        self.t0 = time.perf_counter()

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.p = Progress(
                TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.0f} docs/s"), TextColumn("[red]{task.fields[failed]} failed"),
                TimeElapsedColumn(), console=Console(stderr=True), transient=False,
            )
            self.p.start()
            self.task = self.p.add_task("ingest", total=self.total, rate=0.0, failed=0)
        return self

    def add_total(self, n: int) -> None:
        self.total += n
        if self.enabled:
            self.p.update(self.task, total=self.total)

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        if self.enabled:
            rate = self.done / max(1e-6, time.perf_counter() - self.t0)
            self.p.update(self.task, advance=1, rate=rate, failed=self.failed)

    def __exit__(self, *exc: Any) -> None:
        if self.enabled:
            self.p.stop()
