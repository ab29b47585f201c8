"""Polite fetching of web pages for ``gaiko ingest URL``: robots.txt, a delay, a clear User-Agent, a disk cache.

- robots.txt of each site is read (once per run) before the first request that is not in the cache; a
  disallowed page is reported as a failure, never fetched. A missing robots.txt (4xx) allows all; an
  unreachable one (5xx, network error) disallows all (RFC 9309).
- Requests to the network are at least ``delay`` seconds apart (1 s by default).
- Every 200 response is cached on disk under its URL's hash; a cached page is never asked again, so a
  re-run (and ``gaiko reindex``) fetches nothing twice.
- A response is read in chunks up to the input limit (``gaiko.source.MAX_BYTES``; a larger one is refused
  after that many bytes, never read whole or cached) within an overall ``deadline`` (60 s by default: a
  server that drips bytes is cut off, whatever the per-read timeout).
- ``crawl(urls, follow=PREFIX)`` also follows links of fetched HTML pages whose URL starts with PREFIX
  (a full URL, or a path on the start page's site), breadth first, at most ``max_pages`` pages.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlparse
from urllib.robotparser import RobotFileParser

from gaiko.source import MAX_BYTES


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("gaiko")
    except Exception:
        return "0"


USER_AGENT = f"gaiko/{_version()} (archive of records of diplomatic talks; polite crawler: robots.txt, 1 request/s)"
SKIP_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".css", ".js", ".zip", ".doc", ".docx",
                 ".xls", ".xlsx", ".ppt", ".pptx", ".mp3", ".mp4", ".ico")
PAGE_TYPES = ("text/html", "text/plain", "application/xhtml+xml")


def default_cache_dir() -> Path:
    if os.environ.get("GAIKO_CACHE"):
        return Path(os.environ["GAIKO_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gaiko" / "http"


class FetchError(Exception):
    """A response refused while it was read (too large, too slow)."""


@dataclass
class Response:
    status_code: int
    headers: Any
    data: bytes


def _decoded(data: bytes, encoding: str, limit: int) -> bytes:
    """A gzip/deflate/br body decoded, refused past ``limit`` bytes of output (a compression bomb)."""
    import zlib

    enc = encoding.lower().strip()
    if enc in ("gzip", "x-gzip", "deflate"):
        d = zlib.decompressobj(zlib.MAX_WBITS | 32 if enc != "deflate" else zlib.MAX_WBITS)
        out = d.decompress(data, limit + 1)
        if len(out) > limit:
            raise FetchError(f"response larger than {limit // (1 << 20)} MB once decompressed")
        return out
    if enc == "identity":
        return data
    raise FetchError(f"unsupported content-encoding {encoding!r}")


@dataclass
class Page:
    url: str
    data: bytes = b""
    content_type: str = ""
    error: str | None = None
    from_cache: bool = False


def _key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def _cache_paths(cache_dir: Path, url: str) -> tuple[Path, Path]:
    k = _key(url)
    d = cache_dir / k[:2]
    return d / f"{k}.body", d / f"{k}.json"


def cached_bytes(url: str, cache_dir: str | Path | None = None) -> bytes | None:
    body, _ = _cache_paths(Path(cache_dir) if cache_dir else default_cache_dir(), url)
    try:
        return body.read_bytes()
    except OSError:
        return None


class Fetcher:
    def __init__(self, *, delay: float = 1.0, cache_dir: str | Path | None = None, user_agent: str | None = None,
                 timeout: float = 20.0, deadline: float = 60.0, max_bytes: int = MAX_BYTES):
        import httpx

        self.deadline = deadline
        self.max_bytes = max_bytes
        self.delay = max(0.0, delay)
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.user_agent = user_agent or USER_AGENT
        self.client = httpx.Client(headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                                   timeout=timeout, follow_redirects=True)
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last = 0.0
        self.requests = 0  # network requests made (robots.txt included)

    def close(self) -> None:
        self.client.close()

    def _wait(self) -> None:
        gap = self._last + self.delay - time.monotonic()
        if gap > 0:
            time.sleep(gap)
        self._last = time.monotonic()

    def _request(self, url: str) -> Response:
        """GET ``url``: status, headers and a body of at most ``max_bytes``, all within ``deadline`` seconds."""
        self._wait()
        self.requests += 1
        t0 = time.monotonic()
        with self.client.stream("GET", url) as r:
            chunks: list[bytes] = []
            got = 0
            for chunk in r.iter_raw():  # (as the network gives them: a chunk size would wait to fill it)
                got += len(chunk)
                if got > self.max_bytes:
                    raise FetchError(f"response larger than {self.max_bytes // (1 << 20)} MB (the input limit)")
                if time.monotonic() - t0 > self.deadline:
                    raise FetchError(f"no complete response within {self.deadline:g} s")
                chunks.append(chunk)
            data = b"".join(chunks)
            if r.headers.get("content-encoding"):
                data = _decoded(data, r.headers["content-encoding"], self.max_bytes)
            return Response(r.status_code, r.headers, data)

    def allowed(self, url: str) -> tuple[bool, str]:
        u = urlparse(url)
        origin = f"{u.scheme}://{u.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin + "/robots.txt")
        rp = self._robots[origin]
        if rp is None:
            return False, "robots.txt unreachable (not fetching the site)"
        if not rp.can_fetch(self.user_agent, url):
            return False, "disallowed by robots.txt"
        return True, ""

    def _read_robots(self, url: str) -> RobotFileParser | None:
        """robots.txt from the cache, else the site (cached too, with its status: a re-run asks nothing)."""
        body, meta = _cache_paths(self.cache_dir, url)
        status, text = None, ""
        try:
            status = json.loads(meta.read_text("utf-8"))["status"]
            text = body.read_text("utf-8", errors="replace")
        except (OSError, ValueError, KeyError):
            try:
                r = self._request(url)
            except Exception:
                return None
            status, text = r.status_code, (r.data.decode("utf-8", "replace") if r.status_code < 400 else "")
            if status < 500:
                self._store(url, text.encode("utf-8"), "text/plain", status)
        if status >= 500:
            return None
        rp = RobotFileParser()
        rp.parse(text.splitlines() if status < 400 else [])
        return rp

    def _store(self, url: str, data: bytes, ctype: str, status: int = 200) -> None:
        body, meta = _cache_paths(self.cache_dir, url)
        body.parent.mkdir(parents=True, exist_ok=True)
        tmp = body.with_suffix(".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, body)
        meta.write_text(json.dumps({"url": url, "status": status, "content_type": ctype,
                                    "fetched_at": datetime.now(UTC).isoformat(timespec="seconds")}), "utf-8")

    def get(self, url: str) -> Page:
        body, meta = _cache_paths(self.cache_dir, url)
        if body.exists() and meta.exists():
            try:
                info = json.loads(meta.read_text("utf-8"))
                return Page(url=url, data=body.read_bytes(), content_type=info.get("content_type", ""), from_cache=True)
            except (OSError, ValueError):
                pass
        ok, why = self.allowed(url)
        if not ok:
            return Page(url=url, error=why)
        try:
            r = self._request(url)
        except FetchError as e:
            return Page(url=url, error=f"fetch failed: {e}")
        except Exception as e:
            return Page(url=url, error=f"fetch failed: {type(e).__name__}: {e}")
        if r.status_code != 200:
            return Page(url=url, error=f"HTTP {r.status_code}")
        ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
        self._store(url, r.data, ctype)
        return Page(url=url, data=r.data, content_type=ctype)

    def crawl(self, urls: list[str], *, follow: str | None = None, max_pages: int = 1000) -> Iterator[Page]:
        queue = deque(urldefrag(u)[0] for u in urls)
        seen = set(queue)
        n = 0
        while queue and n < max_pages:
            url = queue.popleft()
            page = self.get(url)
            n += 1
            if page.error is None and page.content_type and page.content_type not in PAGE_TYPES:
                page = Page(url=url, error=f"not a page ({page.content_type})")
            yield page
            if follow and page.error is None and _is_html(page):
                for link in links(page.data, url):
                    if link not in seen and _under(link, follow, url):
                        seen.add(link)
                        queue.append(link)


def _is_html(page: Page) -> bool:
    return "html" in page.content_type or page.data[:512].lstrip().lower().startswith((b"<!doctype html", b"<html"))


def _under(link: str, prefix: str, base: str) -> bool:
    if urlparse(link).path.lower().endswith(SKIP_SUFFIXES):
        return False
    if prefix.startswith(("http://", "https://")):
        return link.startswith(prefix)
    b, lk = urlparse(base), urlparse(link)
    return lk.netloc == b.netloc and lk.path.startswith(prefix)


def links(data: bytes, base: str) -> list[str]:
    """Absolute http(s) links of an HTML page, without fragments, in page order."""
    import lxml.html

    try:
        doc = lxml.html.fromstring(data)
    except Exception:
        return []
    out = []
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        u = urldefrag(urljoin(base, href))[0]
        if u.startswith(("http://", "https://")):
            out.append(u)
    return out
