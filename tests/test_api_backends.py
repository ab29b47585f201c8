"""The same pages over both backends: the web app only calls the archive API, so SQLite and PostgreSQL
must give the same answers (PostgreSQL needs GAIKO_TEST_PG; skipped on a developer machine, fails in CI)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from test_web_helpers import XSS_ID, build_archive

from gaiko.api.deps import Settings
from gaiko.server import create_app


def test_pages_on_each_backend(archive_url, shared_dir):
    ids = build_archive(archive_url, shared_dir)
    with TestClient(create_app(Settings(db=archive_url, token="t")), raise_server_exceptions=False) as c:
        s = c.get("/api/search", params={"q": "北方領土", "country": "RU"})
        assert s.status_code == 200 and s.json()["total"] >= 2
        assert all(any(m for _, m in h["snippet"]) for h in s.json()["hits"])
        assert s.json()["facets"]["year"]
        doc = c.get(f"/api/documents/{ids['001_65328be2aa164c64']}").json()
        assert doc["mark_counts"]["agree"] >= 5 and "".join(x["text"] for x in doc["segments"]) == doc["text"]
        rel = c.get("/api/relations/JP-RU").json()
        years = [y["year"] for y in rel["years"] if y["year"].isdigit()]
        assert years == sorted(years, reverse=True) and rel["total"] >= 15
        assert c.get("/api/people/ラヴロフ").json()["total"] >= 2
        home = c.get("/api/home").json()
        assert home["documents"] == len(ids) and home["regions"][3]["relations"][0]["pair"] == "JP-RU"
        page = c.get(f"/documents/{ids[XSS_ID]}")
        assert page.status_code == 200 and "&lt;script&gt;" in page.text and "<script>window" not in page.text
        for url in ("/", "/search?q=%E4%BC%9A%E8%AB%87", "/relations/JP-RU", "/people/%E3%83%A9%E3%83%B4%E3%83%AD%E3%83%95"):
            assert c.get(url).status_code == 200, url
