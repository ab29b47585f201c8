"""Source stage: bytes -> decoded plain text, the text every span indexes into.

- Plain text files are decoded and their line ends normalised (as Python's text mode reads them).
- HTML pages become text by the project's fixed rule (the same as shared/devset/validate.py's
  ``html_to_text``): visible text inside <body>, one line per block element, a line break at <br>,
  runs of ASCII whitespace folded, lines stripped of ASCII whitespace (U+3000 kept), no empty lines.
- PDF files (statements, Bluebook chapters) become the text of their text layer, page after page, by
  pypdf; a line the layout wrapped (as long as the page's longest lines, not ending a sentence) is
  joined to the next, and lines holding only a page number are dropped. A PDF without a text layer
  (a scan) is refused with a clear message: gaiko does no OCR.
- Encodings are detected, never assumed: BOM, then the page's own declaration (meta charset, XML
  declaration), then strict trial decodes in the order the ministry's site has used
  (UTF-8, Shift_JIS as cp932, EUC-JP, ISO-2022-JP), then charset-normalizer's guess.

Site navigation is not cut out of the text (spans must index the page as it is); the text stage
finds where the document's own content begins and ends.
"""

from __future__ import annotations

import codecs
import errno
import html.parser
import io
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from gaiko.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a ministry page is < 200 KB; larger input is refused with a clear message
TEXT_SUFFIXES = (".txt", ".html", ".htm", ".pdf")  # the inputs a folder contributes

# Trial order for undeclared bytes; cp932 is the superset of Shift_JIS that Windows-made pages use.
TRIAL_ENCODINGS = ("utf-8", "cp932", "euc_jp", "iso2022_jp")
ENCODING_ALIASES = {
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "windows-31j": "cp932", "cp932": "cp932", "euc-jp": "euc_jp", "x-euc-jp": "euc_jp", "eucjp": "euc_jp",
    "iso-2022-jp": "iso2022_jp", "utf8": "utf-8", "utf-8": "utf-8",
}

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", re.I | re.S)


@dataclass
class Source:
    text: str
    encoding: str
    is_html: bool
    html_title: str | None = None  # the <title> of an HTML page, a hint for the document title


def _too_large(size: float | None = None) -> str:
    """The size error, in the MB (2**20 bytes) the README states the limit in."""
    mb = 1 << 20
    got = f"{size / mb:.1f} MB" if size is not None else f"more than {MAX_BYTES // mb} MB"
    return f"too large ({got}; the limit is {MAX_BYTES // mb} MB)"


def read_capped(fh: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """At most ``limit`` bytes of a stream, read in chunks: a stream longer than that (``/dev/zero``, an
    endless pipe) is refused after ``limit + 1`` bytes, never read whole."""
    chunks: list[bytes] = []
    got = 0
    while got <= limit:
        chunk = fh.read(min(1 << 20, limit + 1 - got))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        got += len(chunk)
    raise InputError(_too_large())


def read_path(path: str | Path) -> bytes:
    """The bytes of one regular file, checked before they are read: a folder, a FIFO, a device or a socket
    is refused by its kind (a FIFO would block, a device never ends), a file over the limit by its size."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError(f"{path}: cannot read: symbolic link loop") from None
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device")
        raise InputError(f"{path}: is {kind}, not a file (to read a stream, pipe it to 'gaiko extract -')")
    if st.st_size > MAX_BYTES:
        raise InputError(f"{path}: {_too_large(st.st_size)}")
    try:
        with open(path, "rb") as fh:
            return read_capped(fh)  # (a file that grows while it is read stops at the limit too)
    except InputError as e:
        raise InputError(f"{path}: {e}") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None


def looks_like_html(data: bytes, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm")):
        return True
    return bool(_HTML_START.match(data[:2048]))


def _declared_encoding(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "ignore").lower()
    enc = ENCODING_ALIASES.get(name, name)
    try:
        codecs.lookup(enc)
    except LookupError:
        return None
    return enc


_NOT_CONTROL = bytes([9, 10, 12, 13, 27]) + bytes(range(32, 256))  # deleted: what remains are control bytes
# encodings in which every byte sequence is valid: a declaration of one is no evidence of the encoding
ANY_BYTES_ENCODINGS = frozenset({"iso-8859-1", "latin-1", "latin1", "l1", "iso8859-1", "windows-1252", "cp1252",
                                 "us-ascii", "ascii", "iso-8859-15", "cp1251", "windows-1251"})
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]")


def _is_binary_text(text: str) -> bool:
    """Decoded text that is mostly control characters or replacement marks: binary behind a BOM."""
    head = text[:8192]
    return len(_CONTROL_CHARS.findall(head)) > max(8, len(head) // 50)


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too; accept it only with a BOM
        return not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls > max(8, len(head) // 50)


def decode_bytes(data: bytes, is_html: bool = False) -> tuple[str, str]:
    """Decode to str; returns (text, encoding). Raises InputError when the bytes are not text."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            if _is_binary_text(text):
                raise InputError("binary data after a byte order mark, not a text or HTML document")
            return text, enc
    if _is_binary(data):
        raise InputError("binary data, not a text or HTML document")
    candidates: list[str] = []
    if is_html and (declared := _declared_encoding(data)):
        if declared not in ANY_BYTES_ENCODINGS or data.isascii():
            candidates.append(declared)
        # a Latin-1 family declaration decodes any bytes, so it proves nothing: a Japanese page that
        # declares one (old pages do) is read by the trial order below, which finds its real encoding
    if b"\x1b$B" in data[:65536] or b"\x1b$@" in data[:65536]:
        candidates.append("iso2022_jp")  # 7-bit: would also "decode" as UTF-8, so it goes first
    candidates += [e for e in TRIAL_ENCODINGS if e not in candidates]
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    # Nothing decodes strictly: take the best guess, and accept a few bad bytes, not many.
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    enc = best.encoding if best else "utf-8"
    text = data.decode(enc, errors="replace")
    if text.count("\ufffd") > max(16, len(text) // 100):
        raise InputError("cannot decode: not valid text in any Japanese encoding")
    return text, enc


def decode(data: bytes, name: str = "-") -> Source:
    """Bytes of one document -> Source (plain text + how it was read)."""
    if not data.strip():
        raise InputError("empty document")
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(len(data)))
    if data[:1024].lstrip().startswith(b"%PDF-"):
        text, title = pdf_to_text(data)
        return Source(text=text, encoding="pdf", is_html=False, html_title=title)
    is_html = looks_like_html(data, name)
    raw, enc = decode_bytes(data, is_html)
    if is_html:
        text, title = html_to_text(raw)
    else:
        text, title = normalise_newlines(raw), None
    if "\x00" in text:
        text = text.replace("\x00", " ")
    if not text.strip():
        raise InputError("no text in the document")
    return Source(text=text, encoding=enc, is_html=is_html, html_title=title)


# ---------------------------------------------------------------------------------------------
# PDF -> text

_PAGE_NUMBER = re.compile(r"[-‐－―ー–—\s]*(?:[0-9]+|[0-9]+\s*/\s*[0-9]+)[-‐－―ー–—\s]*")
_SENTENCE_END = tuple("。.」』)）】!?！？:：")
_LINE_MARKER = re.compile(r"[●○◎■□◆◇・•\-※(（【〔]|[0-9０-９]+[.．)）、]|[(（][0-9０-９一-十ア-ンｱ-ﾝ]+[)）]|[ア-ン][.．、 ]|第[0-9一二三四五六七八九十]+")


def pdf_to_text(data: bytes) -> tuple[str, str | None]:
    """The text layer of a PDF (see the module docstring) and its title metadata."""
    import pypdf  # a heavy optional dependency, imported on the first PDF
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("PDF is encrypted (password protected)")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or None
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as e:
        raise InputError(f"cannot read PDF ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else 'damaged file'})") from None
    text = "\n".join(_join_wrapped(normalise_newlines(p)) for p in pages)
    if not text.strip():
        raise InputError("no text layer in the PDF (a scanned page? gaiko does no OCR)")
    return text, (title.strip() if isinstance(title, str) and title.strip() else None)


def _join_wrapped(page: str) -> str:
    lines = [li.rstrip() for li in page.split("\n")]
    lines = [li for li in lines if li.strip() and not _PAGE_NUMBER.fullmatch(li)]
    if not lines:
        return ""
    full = max(len(li) for li in lines)
    out = [lines[0]]
    for li in lines[1:]:
        prev = out[-1]
        wrapped = len(prev) >= max(12, full - 2) and not prev.endswith(_SENTENCE_END) and not _LINE_MARKER.match(li.lstrip())
        if wrapped:
            out[-1] = prev + (" " if prev[-1:].isascii() and prev[-1:].isalnum() and li[:1].isascii() and li[:1].isalnum() else "") + li.lstrip()
        else:
            out.append(li)
    return "\n".join(out)


def normalise_newlines(text: str) -> str:
    """What Python's text mode does on read: \\r\\n and \\r become \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------
# HTML -> text (the project's fixed rule; see module docstring)

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
SKIP_TAGS = frozenset("head script style noscript template title".split())
_ASCII_WS_RUN = re.compile(r"[ \t\n\r\f]+")
_ASCII_WS = " \t\n\r\f"


class _HTMLText(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title: list[str] = []

    def flush(self) -> None:
        line = _ASCII_WS_RUN.sub(" ", "".join(self.buf)).strip(_ASCII_WS)
        if line:
            self.lines.append(line)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIP_TAGS:
            self.skip += 1
            self.in_title = tag == "title"
        elif tag in BLOCK_TAGS or tag == "br":
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in BLOCK_TAGS or tag == "br":
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            self.in_title = False
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip:
            self.buf.append(data)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """HTML -> (plain text, <title> text or None)."""
    parser = _HTMLText()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup: keep what was read
        pass
    parser.flush()
    text = "\n".join(parser.lines)
    title = _ASCII_WS_RUN.sub(" ", "".join(parser.title)).strip() or None
    return (text + "\n" if text else ""), title


def iter_input_files(root: Path):
    """Every .txt/.html/.htm file below a directory, in a stable order (folders that cannot be read skipped;
    ``expand_input`` reports them)."""
    for p in expand_input(str(root))[0]:
        yield Path(p)


def expand_input(path: str, skipped: dict[str, int] | None = None) -> tuple[list[str], list[tuple[str, OSError]]]:
    """The files one input names: itself, or every .txt/.html/.htm file below a folder (sorted), and what could
    not be looked at: ``(path, OSError)`` for the input itself (missing, under a folder without permission) or
    for each folder below it that cannot be listed. Nothing is skipped silently; one unreadable folder costs
    only its own files. Symbolic links to folders are followed, each folder once (a link loop ends).
    ``skipped``, when given, counts the files below a folder that are not inputs, by extension (hidden files
    and folders such as .DS_Store or .git/ are not counted: nobody meant them as documents)."""
    try:
        st = os.stat(path)
    except OSError as e:
        return [], [(path, e)]
    if not stat.S_ISDIR(st.st_mode):
        return [path], []
    files: list[str] = []
    errors: list[tuple[str, OSError]] = []
    seen = {(st.st_dev, st.st_ino)}

    def walk(folder: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            errors.append((folder, e))
            return
        for entry in entries:
            try:
                if entry.is_dir():
                    s = entry.stat()
                    if (s.st_dev, s.st_ino) not in seen:
                        seen.add((s.st_dev, s.st_ino))
                        walk(entry.path)
                elif entry.is_file():
                    ext = os.path.splitext(entry.name)[1].lower()
                    if ext in TEXT_SUFFIXES:
                        files.append(entry.path)
                    elif skipped is not None and not hidden(entry.path):
                        skipped[ext or "(no extension)"] = skipped.get(ext or "(no extension)", 0) + 1
            except OSError as err:
                errors.append((entry.path, err))

    def hidden(p: str) -> bool:
        return any(part.startswith(".") for part in Path(os.path.relpath(p, path)).parts)

    walk(path)
    return sorted(files, key=Path), errors


def os_reason(e: OSError) -> str:
    """An OSError as a short reason: "Permission denied", "No such file or directory", ..."""
    return e.strerror or type(e).__name__


def scan_folder(root: Path) -> tuple[list[Path], dict[str, int]]:
    """The input files below a directory (stable order), and the files left out: extension -> count."""
    skipped: dict[str, int] = {}
    return [Path(p) for p in expand_input(str(root), skipped)[0]], skipped


def skipped_line(skipped: dict[str, int]) -> str | None:
    """One line naming the files a folder held that are not inputs: "skipped 3 files: .docx not supported",
    "skipped 3 files: 2 .docx, 1 .pdf not supported (inputs are .txt, .html, .htm)"."""
    n = sum(skipped.values())
    if not n:
        return None
    kinds = sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))
    what = kinds[0][0] if len(kinds) == 1 else ", ".join(f"{c} {ext}" for ext, c in kinds)
    return (f"skipped {n} file{'s' if n > 1 else ''}: {what} not supported "
            f"(inputs are {', '.join(TEXT_SUFFIXES)})")
