"""Read-only views of stored documents and their events for the linkers.

The linkers work on plain data so that they run the same on an ``Archive`` (its ``iter_documents()``
yields ``StoredDocument``), on gold files in tests, and on a synthetic corpus in the benchmark.

- ``DocView``: doc_id, title, doc_type, doc_date, source_url, record (a ``gaiko.record.Record``).
- ``EventView``: one event of one document (``source_url``: the page's URL when it was read from the web, else
  None; the local path stays on the ``DocView``) with its stable ``event_id`` (``"<doc_id>-<index>"``, as the archive's events table, the
  index being the event's position in ``record.events``), the document fields a linker needs, and the
  event itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gaiko.link.labels import event_label
from gaiko.link.names import page_latin
from gaiko.record import Event, Record
from gaiko.store.store import event_id


@dataclass(frozen=True)
class DocView:
    doc_id: str
    record: Record
    title: str | None = None
    doc_type: str | None = None
    doc_date: str | None = None
    source_url: str | None = None
    path: str | None = None
    # Latin names the page itself gives: ((event index, name as recorded), Latin) (gaiko.link.names.page_latin)
    latin: tuple = ()

    @classmethod
    def of(cls, doc: Any) -> DocView:
        """From a ``StoredDocument`` (or anything with the same attributes)."""
        if isinstance(doc, DocView):
            return doc
        record = doc.record if isinstance(doc.record, Record) else Record.model_validate(doc.record)
        return cls(
            doc_id=str(doc.doc_id),
            record=record,
            title=getattr(doc, "title", None) or record.title,
            doc_type=getattr(doc, "doc_type", None) or record.doc_type,
            doc_date=getattr(doc, "doc_date", None) or record.doc_date,
            source_url=getattr(doc, "source_url", None),
            path=getattr(doc, "path", None),
            latin=_latin_of(record, getattr(doc, "text", None)),
        )


@dataclass(frozen=True)
class EventView:
    event_id: str
    doc_id: str
    index: int
    doc_type: str | None
    doc_title: str | None
    source_url: str | None
    event: Event
    siblings: int = 1  # events in the same document
    page_latin: dict | None = None  # name as recorded -> Latin name the page gives for it

    # the attributes group_events reads (EventRow-compatible)
    @property
    def kind(self) -> str:
        return self.event.kind

    @property
    def channel(self) -> str | None:
        return self.event.channel

    @property
    def date(self) -> str | None:
        return self.event.date

    @property
    def date_end(self) -> str | None:
        return self.event.date_end

    @property
    def city(self) -> str | None:
        return self.event.city

    @property
    def occasion(self) -> str | None:
        return self.event.occasion

    @property
    def countries(self) -> list[str]:
        return self.event.countries

    @property
    def principals(self) -> list:
        return self.event.principals

    def label(self) -> str:
        """A short label: the chronology entry as written; the document title for a document of one talk;
        the archive's talk label (日露外相会談, 日露外務・防衛閣僚協議(「2+2」)) for one of several talks."""
        e = self.event
        if e.entry_text:
            text = e.entry_text
        elif self.siblings > 1 or not self.doc_title:
            text = event_label(e)
        else:
            text = self.doc_title
        return " ".join(text.split())


def _latin_of(record: Record, text: str | None) -> tuple:
    """The Latin names the text gives after its people's names (only the pairs found: usually none)."""
    if not text:
        return ()
    out = []
    for i, ev in enumerate(record.events):
        for p in [*ev.principals, *ev.attendees]:
            if p.span and p.span[1] <= len(text):
                latin = page_latin(text, p.span[1])
                if latin:
                    out.append(((i, p.name), latin))
    return tuple(out)


def events_of(docs: Iterable[DocView]) -> Iterator[EventView]:
    for d in docs:
        latin = dict(d.latin) if d.latin else None
        for i, ev in enumerate(d.record.events):
            page = {n: v for (j, n), v in latin.items() if j == i} if latin else None
            yield EventView(event_id(d.doc_id, i), d.doc_id, i, d.doc_type, d.title, d.source_url, ev,
                            len(d.record.events), page)


def relationship(countries: Iterable[str]) -> str | None:
    """The relationship key of an event: ``"JP-RU"`` (Japan first, then the other sides sorted)."""
    codes = [c for c in dict.fromkeys(countries) if c]
    if len(codes) < 2:
        return None
    head = ["JP"] if "JP" in codes else []
    return "-".join(head + sorted(c for c in codes if c != "JP"))


def load_gold(paths: Iterable[str | Path]) -> list[DocView]:
    """DocViews from record JSON files (the shared gold files; tests and examples)."""
    out = []
    for p in sorted(Path(x) for x in paths):
        record = Record.model_validate(json.loads(p.read_text(encoding="utf-8")))
        out.append(DocView(doc_id=p.stem, record=record, title=record.title, doc_type=record.doc_type,
                           doc_date=record.doc_date, path=str(p)))
    return out


def iter_archive(archive: Any) -> Iterator[DocView]:
    """DocViews of every document of an archive (or of a plain iterable of documents)."""
    docs = archive.iter_documents() if hasattr(archive, "iter_documents") else archive
    for d in docs:
        yield DocView.of(d)
