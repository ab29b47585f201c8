"""The JSON API and the HTML pages over a real archive (gold records + texts of the shared set), through
FastAPI's TestClient. The browser tests are in test_web_browser.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_web_helpers import XSS_ID, build_archive

from gaiko.api.deps import Settings
from gaiko.record import Record
from gaiko.server import create_app

TOKEN = "test-token-5f2a"
MAX_BODY = 64 * 1024


@pytest.fixture(scope="module")
def built(tmp_path_factory, shared_dir) -> tuple[Path, dict]:
    db = tmp_path_factory.mktemp("web") / "web.db"
    return db, build_archive(db, shared_dir)


@pytest.fixture(scope="module")
def ids(built) -> dict:
    return built[1]


@pytest.fixture(scope="module")
def client(built):
    app = create_app(Settings(db=str(built[0]), token=TOKEN, max_body=MAX_BODY))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def readonly(built):
    with TestClient(create_app(Settings(db=str(built[0]), token=None)), raise_server_exceptions=False) as c:
        yield c


def ok(r):
    assert r.status_code == 200, (r.status_code, r.text[:300])
    return r


# --- search -------------------------------------------------------------------------------------

def test_search_hits_snippets_and_facets(client):
    d = ok(client.get("/api/search", params={"q": "外相会談"})).json()
    assert d["total"] >= 3 and d["hits"]
    marked = ["".join(t for t, m in h["snippet"] if m) for h in d["hits"]]
    assert all(marked), "every hit has a highlighted match in its snippet"
    assert all("外相" in m or "会談" in m for m in marked)
    for name in ("year", "country", "kind"):
        assert d["facets"][name], name
    ru = next(f for f in d["facets"]["country"] if f["value"] == "RU")
    assert ru["label"] == "ロシア" and ru["count"] >= 3
    bare = ok(client.get("/api/search", params={"q": "外相会談", "facets": "false"})).json()
    assert bare["facets"] == {} and [h["doc_id"] for h in bare["hits"]] == [h["doc_id"] for h in d["hits"]]


def test_search_facet_filter_narrows(client):
    all_ = ok(client.get("/api/search", params={"q": "会談"})).json()
    ru = ok(client.get("/api/search", params={"q": "会談", "country": "RU"})).json()
    facet = next(f for f in all_["facets"]["country"] if f["value"] == "RU")
    assert ru["total"] == facet["count"] < all_["total"]
    year = all_["facets"]["year"][0]["value"]
    by_year = ok(client.get("/api/search", params={"q": "会談", "year": year})).json()
    assert by_year["filters"]["date_from"] == year and by_year["total"] == all_["facets"]["year"][0]["count"]


def test_facets_are_bounded_by_match_count(client, monkeypatch):
    from gaiko.views import build as views

    full = ok(client.get("/api/search", params={"q": "会談"})).json()
    assert full["facets"] and full["facets_note"] is None
    monkeypatch.setattr(views, "FACET_MAX_MATCHES", full["total"] - 1)
    client.app.state.searches.clear()  # (the searches kept were computed with the limit as it was)
    capped = ok(client.get("/api/search", params={"q": "会談"})).json()
    assert capped["facets"] == {} and f"{full['total']:,}件" in capped["facets_note"]
    assert [h["doc_id"] for h in capped["hits"]] == [h["doc_id"] for h in full["hits"]]
    assert "絞り込み候補の件数は" in ok(client.get("/search", params={"q": "会談"})).text


def test_search_total_counts_up_to_a_limit_unless_exact(client, monkeypatch):
    from gaiko.views import build as views

    full = ok(client.get("/api/search", params={"q": "会談"})).json()
    assert full["total_exact"] and full["total"] > 2
    monkeypatch.setattr(views, "SEARCH_COUNT_LIMIT", 2)
    client.app.state.searches.clear()
    capped = ok(client.get("/api/search", params={"q": "会談"})).json()
    assert capped["total"] == 2 and capped["total_exact"] is False
    assert [h["doc_id"] for h in capped["hits"]] == [h["doc_id"] for h in full["hits"]]
    exact = ok(client.get("/api/search", params={"q": "会談", "exact_total": "true"})).json()
    assert exact["total"] == full["total"] and exact["total_exact"]
    page = ok(client.get("/search", params={"q": "会談"})).text
    assert "件以上" in page and "exact_total=true" in page
    assert "件以上" not in ok(client.get("/search", params={"q": "会談", "exact_total": "true"})).text
    assert client.get("/api/search", params={"q": "会談", "exact_total": "maybe"}).status_code == 422


def test_search_paging_and_sort(client):
    p1 = ok(client.get("/api/search", params={"q": "会談", "per_page": 3, "page": 1})).json()
    p2 = ok(client.get("/api/search", params={"q": "会談", "per_page": 3, "page": 2})).json()
    assert p1["pages"] == -(-p1["total"] // 3) >= 2
    assert not {h["doc_id"] for h in p1["hits"]} & {h["doc_id"] for h in p2["hits"]}
    by_date = ok(client.get("/api/search", params={"q": "会談", "sort": "date", "per_page": 50})).json()
    dates = [h["doc_date"] for h in by_date["hits"] if h["doc_date"]]
    assert dates == sorted(dates, reverse=True)


def test_search_page_is_the_json_twin(client):
    api = ok(client.get("/api/search", params={"q": "北方領土", "per_page": 5})).json()
    html = ok(client.get("/search", params={"q": "北方領土", "per_page": 5})).text
    assert re.findall(r'class="title" href="/documents/([0-9a-zA-Z_.-]+)"', html) == [h["doc_id"] for h in api["hits"]]
    assert "<mark>" in html and f"<strong>{api['total']}</strong> 件" in html
    assert 'data-facet="country"' in html and "ロシア" in html
    assert 'href="/search?q=' in html  # paging / sorting / facet links keep the query


def test_search_page_paging_links(client):
    html = ok(client.get("/search", params={"q": "会談", "per_page": 2, "page": 2, "sort": "date"})).text
    prev = re.search(r'<a rel="prev" href="([^"]+)"', html).group(1)
    nxt = re.search(r'<a rel="next" href="([^"]+)"', html).group(1)
    assert "page=1" in prev and "page=3" in nxt and "sort=date" in nxt and "per_page=2" in nxt
    assert re.search(r"<span>2 / \d+</span>", html)
    assert ok(client.get(nxt.replace("&amp;", "&"))).status_code == 200


def test_empty_search_page(client):
    assert "検索語を入力" in ok(client.get("/search")).text
    assert ok(client.get("/api/search")).json()["total"] == 0


# --- documents ----------------------------------------------------------------------------------

def test_document_segments_cover_text_and_mark_facts(client, ids):
    d = ok(client.get(f"/api/documents/{ids['001_65328be2aa164c64']}")).json()
    assert "".join(s["text"] for s in d["segments"]) == d["text"]
    assert d["mark_counts"]["agree"] >= 5 and d["mark_counts"]["request"] >= 1 and d["mark_counts"]["protest"] == 1
    assert d["mark_counts"]["person"] >= 2 and d["mark_counts"]["planned"] == 1
    protest = next(s for s in d["segments"] if s["cls"] == "protest")
    assert "遺憾" in d["text"][d["text"].index(protest["text"]):][:300]
    assert d["relations"] == ["JP-RU"]
    html = ok(client.get(f"/documents/{d['doc_id']}")).text
    assert html.count('<mark class="hl ') == sum(1 for s in d["segments"] if s["cls"])
    assert re.search(r'<mark class="hl hl-person" title="principal: ラヴロフ \(外務大臣, RU\)', html)
    assert 'href="/relations/JP-RU"' in html and 'href="/people/%E3%83%A9%E3%83%B4%E3%83%AD%E3%83%95"' in html
    assert 'class="doc-rule"' not in html  # (a gold record: no rule decided its type)


def test_evidence_spans_are_marked(client, ids):
    d = ok(client.get(f"/api/documents/{ids[XSS_ID]}")).json()
    date = [s for s in d["segments"] if s["cls"] == "date"]
    assert [s["text"] for s in date] == ["11月5日"] and date[0]["title"].startswith("date: 2030-01-05")


def test_record_download(client, ids):
    doc_id = ids["003_fec74dc395854f63"]
    r = ok(client.get(f"/documents/{doc_id}/record.json"))
    assert r.headers["content-disposition"] == f'attachment; filename="{doc_id}.json"'
    rec = Record.model_validate(r.json())
    assert [e.kind for e in rec.events] == ["foreign_ministers", "two_plus_two", "defense_ministers"]
    assert ok(client.get(f"/api/documents/{doc_id}/record")).json() == r.json()


# --- relations, people, home, events ------------------------------------------------------------

def test_relation_chronology_and_chart(client):
    d = ok(client.get("/api/relations/JP-RU")).json()
    assert d["label"] == "日露" and d["region"] == "欧州(NIS諸国を含む)"
    years = [y["year"] for y in d["years"] if y["year"].isdigit()]
    assert years == sorted(years, reverse=True) and len(years) >= 4
    entries = sum(len(y["entries"]) for y in d["years"] if y["year"].isdigit())
    assert sum(sum(c["counts"].values()) for c in d["chart"]) == entries
    assert any(e["agreements"] for y in d["years"] for e in y["entries"])
    html = ok(client.get("/relations/jp-ru")).text
    assert "<svg" in html and 'data-kind="summit"' in html and "日露関係の動き" in html
    n_rects = len(re.findall(r'<rect x="\d+" y="\d+" width="\d+" height="\d+" fill="[^"]+" data-year', html))
    assert n_rects >= len(d["chart"])


def test_person_roles_and_talks(client):
    d = ok(client.get("/api/people/ラヴロフ")).json()
    assert d["total"] >= 2
    person = d["people"][0]
    assert any(r["role"] and "外務大臣" in r["role"] for r in person["roles"])
    dates = [t["date"] for t in person["talks"] if t["date"]]
    assert dates == sorted(dates, reverse=True)
    html = ok(client.get("/people/ラヴロフ")).text
    assert "役職の変遷" in html and 'href="/documents/' in html


def test_home(client):
    d = ok(client.get("/api/home")).json()
    assert d["documents"] >= 26 and d["events"] >= 50
    assert [g["region"] for g in d["regions"]][:7] == ["アジア", "北米", "中南米", "欧州(NIS諸国を含む)", "大洋州", "中東", "アフリカ"]
    europe = next(g for g in d["regions"] if g["region"].startswith("欧州"))
    assert europe["relations"][0]["pair"] == "JP-RU"
    latest = [t["date"] for t in d["latest"] if t["date"]]
    assert latest == sorted(latest, reverse=True)
    html = ok(client.get("/")).text
    for region in ("アジア", "北米", "中南米", "欧州(NIS諸国を含む)", "大洋州", "中東", "アフリカ"):
        assert f"<h3>{region}</h3>" in html
    assert "予定されている会談" in html


def test_events_filters(client):
    d = ok(client.get("/api/events", params={"country": "ru", "kind": "summit", "limit": 100})).json()
    assert d["total"] == len(d["items"]) >= 5
    assert all("RU" in e["countries"] and e["kind"] == "summit" for e in d["items"])
    page = ok(client.get("/api/events", params={"limit": 2, "offset": 2})).json()
    assert len(page["items"]) == 2 and page["offset"] == 2


# --- validation, errors, security ---------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "/api/search?page=0", "/api/search?per_page=1000", "/api/search?kind=treaty", "/api/search?country=RUS",
    "/api/search?date_from=2008-1", "/api/search?sort=random", "/api/search?q=" + "露" * 300,
    "/api/events?limit=0", "/api/events?offset=-1", "/api/documents/..%5C..%5Cetc", "/api/relations/JPRU",
    "/api/documents/" + "a" * 200, "/search?page=x", "/documents/%3Cscript%3E",
])
def test_bad_parameters_are_422(client, url):
    r = client.get(url)
    assert r.status_code == 422, (url, r.status_code, r.text[:200])


@pytest.mark.parametrize("params,says,ja", [
    ({"date_from": "2020-13"}, "no month 13", "13月はありません"),
    ({"date_from": "2020-02-30"}, "no day 30", "2020年2月30日はありません"),
    ({"date_to": "2008-99"}, "no month 99", "99月はありません"),
    ({"date_from": "2011", "date_to": "2008"}, "empty date range", "より後です"),
    ({"date_from": "2008-1"}, "YYYY, YYYY-MM or YYYY-MM-DD", "YYYY-MM-DD"),
    ({"country": "RUS"}, "two-letter country code", "2文字の国コード"),
])
def test_bad_dates_are_422_with_a_human_message(client, params, says, ja):
    r = client.get("/api/search", params={"q": "露", **params})
    assert r.status_code == 422
    (err,) = r.json()["detail"]
    assert says in err["msg"] and err["loc"][-1] in params, err
    page = client.get("/search", params={"q": "露", **params})
    assert page.status_code == 422 and ja in page.text
    for text in (err["msg"], page.text):
        assert "^" not in text and "\\d" not in text and "pattern" not in text, text[:300]


def test_huge_offset_is_422_not_500(client):
    r = client.get("/api/events", params={"offset": "99999999999999999999"})
    assert r.status_code == 422 and "100000" in r.json()["detail"][0]["msg"]
    page = client.get("/documents/%3Cscript%3E")
    assert page.status_code == 422 and "文書ID" in page.text and "A-Za-z" not in page.text


@pytest.mark.parametrize("url", ["/api/documents/0000000000000000", "/api/relations/JP-ZZ", "/api/people/存在しない人物",
                                 "/documents/0000000000000000", "/relations/JP-ZZ", "/nowhere"])
def test_missing_is_404(client, url):
    r = client.get(url)
    assert r.status_code == 404
    if not url.startswith("/api"):
        assert "<h1>404</h1>" in r.text


@pytest.mark.parametrize("url", ["/documents/../../../../etc/passwd", "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                                 "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/pyproject.toml"])
def test_no_request_path_reaches_the_filesystem(client, url):
    r = client.get(url)
    assert r.status_code in (404, 422) and "root:" not in r.text and "[project]" not in r.text


def test_hostile_document_is_shown_as_text(client, ids):
    r = ok(client.get(f"/documents/{ids[XSS_ID]}"))
    html = r.text
    assert "&lt;script&gt;window.__pwned" in html and "<script>window" not in html
    assert "onerror=\"window" not in html and "&lt;img src=x onerror=" in html
    assert 'href="javascript:' not in html.lower() and "javascript:window.__pwned=&#39;source&#39;" in html
    assert "&lt;b&gt;会場&lt;/b&gt;" in html
    assert "script-src" not in r.headers["content-security-policy"] and "default-src 'none'" in r.headers["content-security-policy"]
    for page in ("/", "/search?q=危険な文書", "/relations/JP-RU", "/people/" + "%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D%27name%27%3E"):
        body = client.get(page).text
        assert "<script" not in body and "<img src=x" not in body, page


def test_write_needs_token(client, readonly):
    data = {"text": "日露外相会談\n\n令和5年1月5日\n\n林外務大臣はラヴロフ外務大臣と会談した。"}
    r = client.post("/api/documents", data=data)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/documents", data=data, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = readonly.post("/api/documents", data=data, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]


def test_oversized_body_is_413(client):
    big = "あ" * MAX_BODY
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/api/documents", content=big.encode(), headers={**auth, "content-type": "text/plain"})
    assert r.status_code == 413

    def chunks():  # no content-length: the limit holds for a streamed body too
        for _ in range(8):
            yield b"x" * (MAX_BODY // 4)

    r = client.post("/api/documents", content=chunks(), headers={**auth, "content-type": "text/plain"})
    assert r.status_code == 413


def test_write_rejects_bad_input(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/documents", data={"text": ""}, headers=auth).status_code == 400
    assert client.post("/api/documents", json={"text": "x"}, headers=auth).status_code == 415
    r = client.post("/api/documents", data={"text": "日露外相会談", "source_url": "javascript:alert(1)"}, headers=auth)
    assert r.status_code == 422


def test_upload_file_and_text(client, shared_dir, tmp_path):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    seed = shared_dir / "seeds" / "000_bcadfc521591403f.txt"
    before = ok(client.get("/api/home")).json()["documents"]  # cached now; an add must clear it
    r = client.post("/api/documents", headers=auth, data={"source_url": "https://www.mofa.go.jp/x.html"},
                    files={"file": ("../../../tmp/evil name.txt", seed.read_bytes(), "text/plain")})
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["status"] == "unchanged"  # the same bytes as the seed already in the archive
    got = ok(client.get(f"/api/documents/{doc['doc_id']}")).json()
    assert got["text"].strip() and "日露外相会談" in got["text"]
    assert not Path("/tmp/evil name.txt").exists()
    html = ok(client.get(f"/documents/{doc['doc_id']}")).text
    assert 'href="https://www.mofa.go.jp/x.html"' in html
    talks = {"channel": "telephone", "date_from": "2023-02-01", "date_to": "2023-02-01"}
    talks_before = ok(client.get("/api/talks", params=talks)).json()["total"]  # kept now: an add must clear it too
    r = client.post("/api/documents", headers={**auth, "content-type": "text/plain"},
                    content="日露首脳電話会談\n\n令和5年2月1日\n\n岸田総理大臣はプーチン大統領と電話会談を行った。".encode())
    assert r.status_code == 201, r.text
    assert ok(client.get("/api/talks", params=talks)).json()["total"] == talks_before + 1
    assert "2023-02-01" in ok(client.get("/talks", params=talks)).text
    assert ok(client.get("/api/search", params={"q": "電話会談"})).json()["total"] >= 1
    assert r.json()["status"] == "added"
    # an extracted page shows the row that decided its type beside it
    new_id = r.json()["doc_id"]
    rule = ok(client.get(f"/documents/{new_id}/record.json")).json()["rules"]["doc_type"]
    assert rule.startswith("layout.")
    html = ok(client.get(f"/documents/{new_id}")).text
    assert f'<code class="doc-rule" title="この種別を決めた規則 (gaiko/extract/lexicon/)">{rule}</code>' in html
    assert ok(client.get("/api/home")).json()["documents"] == before + 1


def test_openapi_documents_the_api(client):
    spec = ok(client.get("/openapi.json")).json()
    for path in ("/api/search", "/api/documents/{doc_id}", "/api/events", "/api/relations/{pair}", "/api/people/{name}",
                 "/api/documents"):
        assert path in spec["paths"], path
    assert spec["paths"]["/api/search"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    docs = ok(client.get("/docs")).text
    assert "<script" not in docs and "cdn." not in docs  # readable offline: no external assets
    for path in ("/api/search", "/api/relations/{pair}", "/api/documents"):
        assert f"<code>{path}</code>" in docs
    assert "relevance | date" in docs and "~ ^[A-Za-z]{2}-[A-Za-z]{2}$" in docs


def test_utf8_and_japanese_fonts(client):
    r = ok(client.get("/"))
    assert r.headers["content-type"] == "text/html; charset=utf-8" and '<html lang="ja">' in r.text
    css = ok(client.get("/static/style.css")).text
    assert '"Noto Sans CJK JP"' in css
    assert "charset=utf-8" in ok(client.get("/marks.css")).headers["content-type"]
    assert json.loads(ok(client.get("/api/home")).content.decode("utf-8"))


def test_a_search_is_kept_while_the_documents_are_as_they_were(tmp_path, shared_dir):
    """The same search again is answered from the searches kept (deps.Versioned); a document another process adds
    shows as soon as the archive's version is read again (``every`` seconds)."""
    import time

    from gaiko.api.deps import Versioned
    from gaiko.archive import Archive
    from gaiko.pipeline import extract_text

    db = tmp_path / "v.db"
    build_archive(db, shared_dir)
    with TestClient(create_app(Settings(db=str(db)))) as c:
        c.app.state.searches = kept = Versioned(every=0.3)
        first = ok(c.get("/api/search", params={"q": "漁業協力"})).json()["total"]
        assert ok(c.get("/api/search", params={"q": "漁業協力"})).json()["total"] == first
        assert kept.pages.computed == 1  # the second was served as kept
        with Archive.open(str(db)) as other:  # another process's ingest
            other.add(extract_text("日露漁業協議\n令和6年1月5日\n\n両国は漁業協力について協議した。\n", name="v-new"))
        time.sleep(0.4)
        assert ok(c.get("/api/search", params={"q": "漁業協力"})).json()["total"] == first + 1
        assert kept.pages.computed == 2
