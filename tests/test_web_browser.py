"""The pages in a real browser: Playwright driving Debian's chromium against `gaiko serve`'s app on loopback.

A person's path: home -> search -> open a result -> see the highlights -> open the chronology -> follow a
person link. A hostile document proves that no script from a document runs. Screenshots of every page go
to ``test-output/screenshots/``.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from conftest import need_service
from test_web_helpers import XSS_ID, XSS_NAME, build_archive

from gaiko.api.deps import Settings
from gaiko.server import create_app

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, shared_dir):
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "web.db"
    ids = build_archive(db, shared_dir)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(db))), host="127.0.0.1", port=port,
                                        log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline and t.is_alive(), "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    need_service(sync_playwright is not None, "the playwright package is not installed")
    need_service(os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK), f"{CHROMIUM} is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1300, "height": 900}, locale="ja-JP")
    pg = ctx.new_page()
    pg.set_default_timeout(15_000)
    pg.console_messages = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.console_messages.append(m.text))
    pg.on("dialog", lambda d: (pg.console_messages.append("DIALOG " + d.message), d.dismiss()))
    yield pg
    ctx.close()


@pytest.fixture(scope="module")
def shots(test_output_dir) -> Path:
    d = test_output_dir / "screenshots"
    d.mkdir(parents=True, exist_ok=True)
    return d


def test_search_read_chronology_person(server, page, shots):
    base, _ = server
    page.goto(base + "/")
    assert page.locator("h3", has_text="欧州(NIS諸国を含む)").is_visible()
    page.screenshot(path=str(shots / "home.png"), full_page=True)

    # search from the box
    page.fill("form.searchbox.big input[name=q]", "外相会談")
    page.click("form.searchbox.big button")
    page.wait_for_url("**/search?q=*")
    hits = page.locator("li.hit")
    assert hits.count() >= 3
    assert page.locator("li.hit .snippet mark").first.is_visible()
    assert page.locator(".facet[data-facet=country] a", has_text="ロシア").is_visible()
    page.screenshot(path=str(shots / "search.png"), full_page=True)

    # narrow by a facet, then open a Russian result with evidence
    page.locator(".facet[data-facet=country] a", has_text="ロシア").click()
    page.wait_for_url("**country=RU*")
    page.locator("li.hit a.title", has_text="日露外相会談").first.click()
    page.wait_for_url("**/documents/*")
    marks = page.locator("article.doc-text mark.hl")
    assert marks.count() >= 5
    agree = page.locator("article.doc-text mark.hl-agree").first
    assert agree.is_visible()
    assert (agree.get_attribute("title") or "").startswith("outcome agree")
    bg = agree.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent"), bg  # coloured by kind
    person_bg = page.locator("article.doc-text mark.hl-person").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert person_bg != bg  # another kind, another colour
    agree.hover()
    page.screenshot(path=str(shots / "document.png"), full_page=False)

    # the chronology of the relation
    page.locator("a.relation").first.click()
    page.wait_for_url("**/relations/JP-RU")
    assert page.locator("svg.chart rect[data-kind]").count() >= 5
    years = page.locator(".chronology .year h2").all_inner_texts()
    nums = [int(y.split("年")[0]) for y in years if y[:4].isdigit()]
    assert nums == sorted(nums, reverse=True) and len(nums) >= 4
    box = page.locator("svg.chart").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 200
    page.screenshot(path=str(shots / "relation.png"), full_page=False)

    # follow a person from a document of the relation
    page.locator(".chronology a", has_text="出典").first.click()
    page.wait_for_url("**/documents/*")
    person = page.locator("aside.record a.person").first
    name = person.inner_text()
    person.click()
    page.wait_for_url("**/people/*")
    assert page.locator("h1").inner_text() == name
    assert page.locator("table.roles tbody tr").count() >= 1 and page.locator("ul.talks li.talk").count() >= 1
    page.screenshot(path=str(shots / "person.png"), full_page=True)


def test_japanese_renders_with_a_cjk_font(server, page):
    base, _ = server
    page.goto(base + "/relations/JP-RU")
    need_service(bool(shutil.which("fc-list")) and "Noto Sans CJK" in os.popen("fc-list").read(),
                 "fonts-noto-cjk is not installed")
    assert page.evaluate("document.characterSet") == "UTF-8"
    assert page.evaluate("document.fonts.check('16px \"Noto Sans CJK JP\"', '日露関係')")
    assert "日露関係の動き" in page.locator("h1").inner_text()


def test_script_in_a_document_never_runs(server, page, shots):
    base, ids = server
    from urllib.parse import quote

    for url in (f"/documents/{ids[XSS_ID]}", "/search?q=" + quote("危険な文書"), "/people/" + quote(XSS_NAME, safe=""),
                "/relations/JP-RU", "/"):
        page.goto(base + url)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", url
        if url.startswith("/documents/"):
            text = page.locator("article.doc-text").inner_text()
            assert "<script>window.__pwned='script'" in text and "onerror=" in text and "javascript:" in text
            assert page.locator("article.doc-text img, article.doc-text script, article.doc-text a").count() == 0
            assert page.locator("h1").inner_text().startswith("<script>")
            assert page.locator("a[href^='javascript']").count() == 0
            page.screenshot(path=str(shots / "hostile-document.png"), full_page=True)
    # clicking where the link text stands runs nothing either
    page.goto(base + f"/documents/{ids[XSS_ID]}")
    page.get_by_text("こちら", exact=False).first.click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not [m for m in page.console_messages if "PWNED" in m or m.startswith("DIALOG")], page.console_messages


def test_escaping_alone_stops_the_script(server, page):
    """The same pages loaded without the Content-Security-Policy header: only the escaping protects them."""
    import httpx

    base, ids = server
    for url in (f"/documents/{ids[XSS_ID]}", "/search?q=%E5%8D%B1%E9%99%BA%E3%81%AA%E6%96%87%E6%9B%B8", "/"):
        r = httpx.get(base + url)
        assert "content-security-policy" in r.headers
        page.set_content(r.text, wait_until="load")  # about:blank has no CSP
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__pwned") == "undefined", url
        assert page.evaluate("document.querySelectorAll('script, img[onerror]').length") == 0, url
    assert not [m for m in page.console_messages if "PWNED" in m or m.startswith("DIALOG")], page.console_messages


def test_talks_view_counts_talks(server, page, shots):
    """The search's talks view: a talk inside a chronology is found by its own date, and a facet's count is the
    number of talks its link lists."""
    base, _ = server
    page.goto(base + "/search?q=" + "首脳会談")
    page.locator("nav.views a.view-talks").click()
    page.wait_for_url("**/talks?q=*")
    assert page.locator("nav.views strong.view-talks").is_visible()
    page.locator(".facet[data-facet=kind] a", has_text="首脳会談").click()
    page.wait_for_url("**kind=summit*")
    kinds = page.locator(".facet[data-facet=kind] li").all_inner_texts()
    assert len(kinds) == 1 and kinds[0].startswith("首脳会談")  # no 外相会談 offered once 首脳会談 is picked
    year = page.locator(".facet[data-facet=year] li", has_text="2010")
    want = int(year.locator("span.n").inner_text())
    year.locator("a").click()
    page.wait_for_url("**date_from=2010*")
    listed = page.locator("ol.talk-list li.talk")
    assert listed.count() == want == int(page.locator(".summary strong.total").inner_text().replace(",", "")) >= 2
    dates = [d[:4] for d in page.locator("ol.talk-list li.talk span.date").all_inner_texts()]
    assert set(dates) == {"2010"}
    chronology = page.locator("ol.talk-list li.talk", has_text="年表")
    assert chronology.count() >= 1  # a chronology's entry, found by its own date (the document's is its first entry)
    page.screenshot(path=str(shots / "talks.png"), full_page=True)
    # back to the documents with the same filters: the chronology holds those talks
    page.locator("nav.views a.view-documents").click()
    page.wait_for_url("**/search?*kind=summit*")
    assert page.locator("li.hit .meta", has_text="年表").count() >= 1


def test_followups_page_filters_and_links_both_ways(server, page, shots):
    from gaiko.link.followups import today

    base, _ = server
    page.goto(base + "/")
    page.locator("footer a", has_text="フォローアップ").click()
    page.wait_for_url("**/followups")
    assert page.locator(".as-of [data-as-of]").inner_text() == today()
    # filter by relationship and status through the form
    page.select_option("form.filters select[name=country]", "RU")
    page.select_option("form.filters select[name=status]", "fulfilled")
    page.click("form.filters button")
    page.wait_for_url("**/followups?*country=RU*")
    items = page.locator("li.followup")
    assert items.count() >= 1 and items.count() == int(page.locator(".total").inner_text())
    assert all(s == "fulfilled" for s in items.evaluate_all("els => els.map(e => e.className.split('status-')[1])"))
    page.screenshot(path=str(shots / "followups.png"), full_page=True)
    # plan -> the talk that fulfilled it ...
    first = items.first
    matched = first.locator("a.matched").first.get_attribute("href")
    source = first.locator("a.source").get_attribute("href")
    first.locator("a.matched").first.click()
    page.wait_for_url("**/documents/*")
    assert page.url.endswith(matched)
    # ... and back: the plan's own talk, anchored at its event
    page.go_back()
    page.locator("li.followup a.source").first.click()
    page.wait_for_url("**/documents/*#event-*")
    assert page.url.endswith(source)
    assert page.locator(f"#{source.rsplit('#', 1)[1]}").is_visible()
    # replay an earlier day: the page says so and offers today back
    page.goto(base + "/followups?country=RU&as_of=2008-11-10")
    assert page.locator(".as-of [data-as-of]").inner_text() == "2008-11-10"
    assert page.locator("li.followup.status-pending").count() >= 1
    page.get_by_text("本日の状態に戻る").click()
    assert page.locator(".as-of [data-as-of]").inner_text() == today()


def test_people_index_and_topics_page(server, page, shots):
    base, _ = server
    page.goto(base + "/people")
    rows = page.locator("table.people tbody tr")
    assert rows.count() >= 20
    talks = [int(x) for x in page.locator("table.people td.talks").all_inner_texts()]
    assert talks == sorted(talks, reverse=True)
    page.locator("ul.country-filter a[data-country=RU]").click()
    page.wait_for_url("**/people?country=RU")
    expected = int(page.locator("ul.country-filter li.selected .n").inner_text())
    assert page.locator("table.people tbody tr").count() == expected == int(page.locator(".total").inner_text())
    page.screenshot(path=str(shots / "people.png"), full_page=True)
    lavrov = page.locator("table.people tr", has_text="Sergey Lavrov")
    lavrov.locator("a.person").click()
    page.wait_for_url("**/people/*")
    assert page.locator("h1").inner_text() == "ラヴロフ"

    page.goto(base + "/topics")
    page.select_option("form.filters select[name=country]", "RU")
    page.click("form.filters button")
    page.wait_for_url("**/topics?country=RU")
    assert "日露" in page.locator("h1").inner_text()
    years = page.locator("table.topics tbody tr").evaluate_all("els => els.map(e => e.dataset.year)")
    assert years == sorted(years) and len(years) >= 3
    # each row's total is the sum of its cells
    for row in page.locator("table.topics tbody tr").all():
        cells = [int(x) for x in row.locator("td a").all_inner_texts()]
        assert sum(cells) == int(row.locator("td.total").inner_text())
    page.screenshot(path=str(shots / "topics.png"), full_page=True)
    cell = page.locator("table.topics td a").first
    topic = cell.get_attribute("data-topic")
    cell.click()
    page.wait_for_url("**/search?*topic=*")
    # the search with that topic, year and relationship (this archive's gold records carry no stored topics, which
    # the topic filter matches: the page counts them by classifying the sentences, gaiko.link.trends)
    assert page.locator(".active-filters", has_text=topic).is_visible()
    assert page.locator(".active-filters", has_text="RU").is_visible()


def test_downloads_from_the_talks_and_chronology_pages_parse(server, page):
    """The download links beside a list of talks carry its filters: the CSV reads back with only those talks,
    the BOM variant opens in Excel (a UTF-8 byte order mark), the iCalendar of a relationship parses."""
    import csv
    import io

    import icalendar

    base, _ = server
    page.goto(base + "/talks?kind=summit")
    with page.expect_download() as d:
        page.locator("a.download-csv-events").click()
    rows = list(csv.DictReader(io.StringIO(Path(d.value.path()).read_text("utf-8"))))
    assert rows and {r["kind"] for r in rows} == {"summit"}
    with page.expect_download() as d:
        page.locator("a.download-csv-bom").click()
    assert Path(d.value.path()).read_bytes().startswith(b"\xef\xbb\xbf")
    page.goto(base + "/relations/JP-RU")
    with page.expect_download() as d:
        page.locator("a.download-ics").click()
    text = Path(d.value.path()).read_text("utf-8")
    events = list(icalendar.Calendar.from_ical(text).walk("VEVENT"))
    assert len(events) == text.count("BEGIN:VEVENT") > 0
    assert all(ev.get("DTSTART") is not None and "JP-RU" in str(ev.get("SUMMARY", "")) + str(ev.get("DESCRIPTION", ""))
               for ev in events)
