"""One document through the stages: source -> text -> extractors -> record.

Public functions (what the archive, API and tests call):
- ``extract_path(path)``, ``extract_bytes(data, name)``, ``extract_text(text, name)`` -> ``Extraction``.
They raise ``gaiko.errors.InputError`` for input that cannot be read (one-line message).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from gaiko import source
from gaiko.extract import document
from gaiko.extract.run import extract_record
from gaiko.record import Record
from gaiko.text import Doc

EXTRACTOR_VERSION = "0.4.0"  # bump when extraction output changes; the archive re-extracts on `gaiko reindex`


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
