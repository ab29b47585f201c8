"""Web fetching against a local HTTP server on 127.0.0.1 (never the internet): robots.txt, cache, links, delay."""

from __future__ import annotations

import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from gaiko.fetch import USER_AGENT, Fetcher, cached_bytes, links


class _Handler(SimpleHTTPRequestHandler):
    log: list = []

    def do_GET(self):
        type(self).log.append((self.path, self.headers.get("User-Agent")))
        return super().do_GET()

    def log_message(self, *a):
        pass


@pytest.fixture
def site(tmp_path, shared_dir):
    root = tmp_path / "site"
    (root / "press" / "private").mkdir(parents=True)
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /press/private/\n")
    (root / "press" / "index.html").write_text(
        '<html><body><a href="a.html">A</a> <a href="b.txt#x">B</a> <a href="private/c.html">C</a>'
        ' <a href="/other/d.html">D</a> <a href="doc.pdf">pdf</a> <a href="mailto:x@y">m</a></body></html>'
    )
    (root / "press" / "a.html").write_text(
        f"<html><head><meta charset='utf-8'></head><body><p>{seeds[0].read_text('utf-8')}</p>"
        '<a href="index.html">up</a></body></html>', "utf-8")
    (root / "press" / "b.txt").write_bytes(seeds[1].read_bytes())
    (root / "press" / "private" / "c.html").write_text("<html><body>secret</body></html>")
    (root / "other").mkdir()
    (root / "other" / "d.html").write_text("<html><body>outside</body></html>")
    _Handler.log = []
    handler = lambda *a, **k: _Handler(*a, directory=str(root), **k)
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", _Handler.log
    srv.shutdown()
    srv.server_close()


def test_crawl_follows_prefix_honours_robots_and_caches(site, tmp_path):
    base, log = site
    cache = tmp_path / "cache"
    f = Fetcher(delay=0, cache_dir=cache)
    pages = {p.url: p for p in f.crawl([base + "/press/index.html"], follow="/press/")}
    f.close()
    assert set(pages) == {base + "/press/index.html", base + "/press/a.html", base + "/press/b.txt",
                          base + "/press/private/c.html"}
    assert pages[base + "/press/private/c.html"].error == "disallowed by robots.txt"
    assert pages[base + "/press/a.html"].error is None and b"<p>" in pages[base + "/press/a.html"].data
    fetched = [p for p, _ in log]
    assert "/press/private/c.html" not in fetched and "/other/d.html" not in fetched
    assert fetched.count("/robots.txt") == 1
    assert all(ua == USER_AGENT for _, ua in log) and "gaiko/" in USER_AGENT
    assert cached_bytes(base + "/press/b.txt", cache) == pages[base + "/press/b.txt"].data
    # a re-run asks nothing: every page (and its links) come from the cache
    n = len(log)
    f2 = Fetcher(delay=0, cache_dir=cache)
    again = list(f2.crawl([base + "/press/index.html"], follow="/press/"))
    f2.close()
    assert len(log) == n and f2.requests == 0
    assert sum(p.from_cache for p in again) == 3


def test_delay_between_requests(site, tmp_path):
    base, log = site
    f = Fetcher(delay=0.3, cache_dir=tmp_path / "c")
    t0 = time.monotonic()
    for u in ("/press/index.html", "/press/a.html"):
        assert f.get(base + u).error is None
    f.close()
    # robots.txt + two pages = three requests, at least two gaps of 0.3 s
    assert f.requests == 3 and time.monotonic() - t0 >= 0.6


def test_missing_page_and_unreachable_site(site, tmp_path):
    base, _ = site
    f = Fetcher(delay=0, cache_dir=tmp_path / "c", timeout=2)
    assert f.get(base + "/press/nope.html").error == "HTTP 404"
    assert "robots.txt unreachable" in f.get("http://127.0.0.1:1/x.html").error
    f.close()


def test_links_are_absolute_without_fragments():
    html = b'<a href="x.html#f">x</a><a href="https://e.example/y">y</a><a href="javascript:void(0)">j</a>'
    assert links(html, "http://h/a/b.html") == ["http://h/a/x.html", "https://e.example/y"]
