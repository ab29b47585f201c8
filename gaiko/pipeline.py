"""One document through the stages: source -> text -> extractors -> record.

Public functions (what the archive, API and tests call):
- ``extract_path(path)``, ``extract_bytes(data, name)``, ``extract_text(text, name)`` -> ``Extraction``;
  ``extract_bytes_within(data, name, seconds)``: the same in a process of its own, with a time budget;
  ``time_budget(seconds, name)``: a budget for extraction in this process's main thread (an ingest's workers).
They raise ``gaiko.errors.InputError`` for input that cannot be read (one-line message).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import multiprocessing as mp
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gaiko import source
from gaiko.errors import GaikoError, InputError, printable
from gaiko.extract import document
from gaiko.extract.run import extract_record
from gaiko.record import Record
from gaiko.text import Doc

# the niceness of extraction processes (an ingest's workers, an upload's): batch work that yields the CPU to a
# server's requests on the same machine (a large upload or a running ingest held the requests' p95 at 700+ ms),
# and costs nothing when nothing else runs; GAIKO_EXTRACT_NICE overrides it (0: as the parent)
EXTRACT_NICE = 10
DEFAULT_BUDGET = 60.0  # seconds one document's extraction may take (an ingest's, an upload's), unless told otherwise
EXTRACTOR_VERSION = "0.6.3"  # bump when extraction output changes; the archive re-extracts on `gaiko reindex`


@dataclass
class Extraction:
    id: str  # file stem (or the name given)
    path: str  # the input path, URL or '-'
    text: str  # the plain text every span indexes into
    record: Record
    sha256: str  # of the raw input bytes: the document's identity in the archive
    encoding: str  # how the bytes were decoded
    extractor_version: str = EXTRACTOR_VERSION
    # the page's content region [start, end) of ``text`` (navigation and footers outside it); None: all of it.
    # The archive indexes and cuts snippets from this region only.
    content: tuple[int, int] | None = None

    def to_line(self) -> dict:
        return {"id": self.id, "path": self.path, "record": self.record.to_json_dict()}


def extract_bytes(data: bytes, name: str = "-", path: str | None = None) -> Extraction:
    src = source.decode(data, name=name)
    record, (start, end) = extract_record(src.text, html_title=src.html_title)
    return Extraction(
        content=_region(len(src.text), start, end),
        id=Path(name).stem if name != "-" else "-",
        path=path or name,
        text=src.text,
        record=record,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=src.encoding,
    )


class _OverBudget(BaseException):
    """Raised into an extraction by the budget's timer (a BaseException: the extractor's own handlers let it by)."""


@contextlib.contextmanager
def time_budget(seconds: float | None, name: str) -> Iterator[None]:
    """Give the extraction inside ``seconds``; past them it stops and an ``InputError`` says so. The timer is a
    SIGALRM of this process, so the budget holds only in its main thread (an ingest's extraction processes, the
    CLI); elsewhere, or with ``seconds`` None or 0, there is none (an upload is extracted in a process of its own,
    ``extract_bytes_within``). A regular expression's long match is stopped too (the regex engine checks signals)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame) -> None:
        raise _OverBudget

    before = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _OverBudget:
        raise InputError(f"{printable(name)}: extraction took longer than {seconds:g} s (the document is too long or "
                         "too dense: split it, or give more with --budget)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


def extract_bytes_within(data: bytes, name: str, seconds: float) -> Extraction:
    """``extract_bytes`` in a process of its own, given ``seconds`` (a server's upload): past them the process is
    killed and an ``InputError`` says so. The caller's process keeps serving meanwhile (a thread of it extracting
    would hold the interpreter's lock for as long: a 349 KB upload held the server 67 s). Processes come from a
    fork server that imported and ran the extractor once (``gaiko.warm``: a few ms each)."""
    ctx = _forkserver()
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_extract_into, args=(send, data, name), daemon=True)
    proc.start()
    send.close()
    try:
        if not recv.poll(seconds):
            raise InputError(f"{printable(name)}: extraction took longer than {seconds:g} s (the document is too "
                             "long or too dense to extract here: split it, or ingest it with `gaiko ingest`)")
        try:
            kind, value = recv.recv()
        except EOFError:
            raise InputError(f"{printable(name)}: the extraction process died (out of memory?)") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        recv.close()
    if kind == "error":
        raise InputError(value)
    return value


def lower_priority() -> None:
    """Make this (extraction) process nicer by ``EXTRACT_NICE`` (or ``$GAIKO_EXTRACT_NICE``); never fails."""
    try:
        nice = int(os.environ.get("GAIKO_EXTRACT_NICE", EXTRACT_NICE))
    except ValueError:
        nice = EXTRACT_NICE
    if nice > 0 and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:
            pass


def _extract_into(send, data: bytes, name: str) -> None:
    out: tuple[str, Extraction | str]
    lower_priority()
    try:
        out = ("ok", extract_bytes(data, name=name))
    except GaikoError as e:
        out = ("error", str(e))
    except Exception as e:  # an extractor bug: one line, as the ingest reports it
        out = ("error", f"extraction failed: {type(e).__name__}: {e}")
    send.send(out)
    send.close()


@functools.lru_cache(maxsize=1)
def _forkserver():
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["gaiko.warm"])
    return ctx


def extract_path(path: str | Path) -> Extraction:
    data = source.read_path(path)
    return extract_bytes(data, name=Path(path).name, path=str(path))


def extract_text(text: str, name: str = "-") -> Extraction:
    return extract_bytes(text.encode("utf-8"), name=name)


def content_region(text: str, html_title: str | None = None) -> tuple[int, int] | None:
    """Where the page's content is (``gaiko.extract.document``: from the title line to the first footer or
    navigation block after it); None when that is the whole text or nothing is found."""
    doc = Doc.from_text(text, html_title=html_title)
    document.run(doc)
    return _region(len(text), doc.body_start, doc.body_end)


def _region(n: int, start: int, end: int) -> tuple[int, int] | None:
    start, end = max(0, start), min(n, end)
    if end <= start or (start == 0 and end == n):
        return None
    return start, end
