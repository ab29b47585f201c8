"""Document stage: where the content is, its title, its date, its type.

The title is the heading just above the page's date line (skipping 「(結果概要)」-style sub-lines and
labels such as 日時); a page with no date line (a chronology) takes the heading above its first year
heading. Navigation, breadcrumbs and footers are recognised from a lexicon of the ministry's site
furniture and from their shape (``>`` breadcrumbs, ``|`` menus), never from a document's wording.
"""

from __future__ import annotations

import re

from gaiko.extract import dates
from gaiko.text import Doc

# --- data tables ------------------------------------------------------------------------------
NAV_WORDS = frozenset("""
外務省 English Japanese リンクページ よくある質問集 検索 サイトマップ サイト内検索 外務省案内 渡航関連情報 各国・地域情勢
外交政策 ODA 会談・訪問 報道・広報 キッズ外務省 資料・公開情報 各種手続き トップページ 外務省トップ 本文へ 本文へ移動
外務省について 政策 国・地域 海外渡航・滞在 申請・手続き ホーム 文字サイズの変更 世界地図 アジア 北米 中南米
欧州(NIS諸国を含む) 欧州 大洋州 中東 アフリカ BACK 目次 戻る メニュー ログイン 印刷 Print
""".split())
FOOTER_LINE = re.compile(
    r"^\s*(?:BACK|このページのトップへ戻る|ページのトップへ戻る|目次へ戻る|目次|関連リンク|法的事項|アクセシビリティについて|"
    r"プライバシーポリシー|アクセス|©.*|Copyright.*|.{1,30}へ戻る|外務省案内 .*)\s*$"
)
SUBTITLE_LINE = re.compile(r"^\s*[(]?(?:結果)?概要[)]?\s*$|^\s*\((?:結果|速報|仮訳|骨子)\)\s*$")
LABEL_LINE = re.compile(r"^\s*(?:日時|場所|日付|時間|出席者|参加者)\s*[:]?\s*$")
BREADCRUMB = re.compile(r"\s>\s|>|\s\|\s")
DATED_ENTRY = re.compile(r"^\s*(?:(?:19|20)\d{2}年|(?:平成|令和|昭和)(?:元|\d{1,2})年)?\d{1,2}月\d{1,2}日(?:\s*[~\-]\s*(?:\d{1,2}月)?\d{1,2}日)?\s+[^\s(0-9]")
# a date cell of a chronology table: the date alone on its line, the entry's text on the next
DATE_CELL = re.compile(r"^\s*(?:(?:19|20)\d{2}年|(?:平成|令和|昭和)(?:元|\d{1,2})年)\d{1,2}月(?:\d{1,2}日)?(?:\s*[~\-]\s*(?:\d{1,2}月)?\d{1,2}日)?\s*$")
YEAR_HEADING = re.compile(r"^\s*(?:(?:19|20)\d{2}年?|(?:平成|令和|昭和)(?:元|\d{1,2})年)\s*(?:\(.*\))?\s*$")

DOC_TYPE_RULES: list[tuple[str, re.Pattern]] = [
    ("chronology", re.compile(r"関係の動き|年表|の動き$|主な動き|往来")),
    ("press_conference", re.compile(r"記者発表|記者会見|共同記者|プレス|会見")),
    ("telephone_talk", re.compile(r"電話会談|電話会議")),
    ("statement", re.compile(r"談話|声明(?!.*会談)|ステートメント")),
]
TALK_TITLE_END = re.compile(r"(?:会談|対話|協議|会合|表敬|会議|懇談|会見|協議会|委員会)(?:\(.*\))?$")
VISIT_TITLE = re.compile(r"訪問|訪[日中韓露米豪印英独仏伊加越伯]|来日|出席|外国訪問|の訪")


def is_nav_line(text: str) -> bool:
    t = text.strip()
    if not t:
        return False
    if BREADCRUMB.search(t):
        return True
    words = t.split()
    return all(w in NAV_WORDS for w in words) and len(words) >= 1


def find_date_line(doc: Doc, limit: int = 60) -> tuple[int, dates.DateMention] | None:
    """The line that prints the page's date: a full date alone on its line (maybe with a time note)."""
    for i, ln in enumerate(doc.lines[:limit]):
        t = doc.norm[ln.start:ln.end]
        if DATED_ENTRY.match(t) or (DATE_CELL.match(t) and i + 2 < len(doc.lines) and DATE_CELL.match(doc.line_text(i + 2))):
            return None  # a dated list (or a table of dated rows) begins: the page prints no date of its own above it
        if not t.strip() or len(t) > 60 or "。" in t:
            continue
        ms = dates.find_dates(doc.norm, ln.start, ln.end)
        if not ms:
            continue
        m = ms[0]
        if not m.is_full:
            continue
        before = doc.norm[ln.start:m.start].strip()
        after = doc.norm[m.end:ln.end].strip()
        if before.endswith("(") and after == ")" and len(before) > 3 and not is_nav_line(doc.norm[ln.start:ln.end]):
            return i, m  # a heading that carries the page's date: 日・イラン外相会談(令和5年8月6日)
        if before and before not in ("日時", "日付", "発表日", "更新日"):
            continue
        if after and not re.fullmatch(r"(?:\(.*?\))*\s*[0-9:~\-時分()日本現地時間曜月火水木金土 ]*(?:更新|現在|発表)?", after):
            continue
        return i, m
    return None


def _title_above(doc: Doc, i: int) -> int | None:
    j = i - 1
    while j >= 0:
        t = doc.line_text(j)
        if not t.strip() or SUBTITLE_LINE.match(t) or LABEL_LINE.match(t):
            j -= 1
            continue
        if is_nav_line(t) or FOOTER_LINE.match(t):
            return None
        return j
    return None


SITE_NAME = re.compile(r"^\s*(?:外務省|Ministry of Foreign Affairs of Japan|MOFA)\s*[:：|｜\-]\s*|\s*[:：|｜\-]\s*(?:外務省|Ministry of Foreign Affairs of Japan|MOFA)\s*$")


def _html_title_line(doc: Doc, before: int | None) -> int | None:
    """The line that repeats the page's <title> (without the site's name), nearest above the date line."""
    if not doc.html_title:
        return None
    want = SITE_NAME.sub("", doc.html_title).strip()
    if len(want) < 3:
        return None
    hits = [i for i, ln in enumerate(doc.lines[:120]) if doc.text[ln.content_start:ln.end].strip() == want]
    if before is not None:
        hits = [i for i in hits if i < before] or hits
    return hits[-1] if hits else None


def find_title(doc: Doc) -> tuple[int | None, int | None]:
    """(title line, date line) indices."""
    hit = find_date_line(doc)
    date_line = hit[0] if hit else None
    by_html = _html_title_line(doc, date_line)
    if by_html is not None:
        return by_html, date_line
    if date_line is not None:
        if doc.norm[doc.lines[date_line].content_start:hit[1].start].strip():
            return date_line, date_line  # the date stands in the heading itself
        t = _title_above(doc, date_line)
        if t is not None:
            return t, date_line
    # no date line: the heading above the first year heading or dated entry
    for i, ln in enumerate(doc.lines[:80]):
        t = doc.line_text(i)
        if YEAR_HEADING.match(t):
            k = _title_above(doc, i)
            if k is not None:
                return k, date_line
            break
    # else: the first line that is not navigation
    for i, ln in enumerate(doc.lines[:80]):
        t = doc.line_text(i)
        if t.strip() and not is_nav_line(t) and not FOOTER_LINE.match(t):
            return i, date_line
    return None, date_line


def classify_doc_type(title: str, n_chrono_entries: int) -> str:
    t = re.sub(r"\s", "", title or "")
    for dtype, rx in DOC_TYPE_RULES:
        if rx.search(t):
            return dtype
    if n_chrono_entries >= 4 and not TALK_TITLE_END.search(t):
        return "chronology"
    core = re.sub(r"\(.*?\)$", "", t)
    if TALK_TITLE_END.search(core) or core.endswith(("テレビ会談", "首脳会談")):
        return "meeting"
    if VISIT_TITLE.search(core):
        return "visit"
    return "meeting" if t else "other"


def run(doc: Doc) -> None:
    title_line, date_line = find_title(doc)
    if title_line is not None:
        ln = doc.lines[title_line]
        s, e = ln.content_start if ln.content_start < ln.end else ln.start, ln.end
        while e > s and doc.text[e - 1] in " \t\u3000":
            e -= 1
        doc.title = doc.text[s:e] or None
        doc.title_span = (s, e)
        doc.body_start = ln.start
    if date_line is not None:
        ln = doc.lines[date_line]
        m = dates.find_dates(doc.norm, ln.start, ln.end)[0]
        doc.doc_date = f"{m.year:04d}-{m.month:02d}-{m.day:02d}"
        doc.doc_date_span = (m.start, m.end)
        doc.notes["date_line"] = date_line
        # a clock time printed on the date line (a press event) and whether it is Japan time
        tail = doc.norm[m.end:ln.end]
        times = dates.find_times(doc.norm, m.end, ln.end)
        if times:
            doc.notes["header_time"] = times[0]
            doc.notes["header_time_jst"] = "日本時間" in tail
    # the content ends at the first footer line after the title
    start_line = title_line if title_line is not None else 0
    doc.body_end = len(doc.text)
    for i in range(start_line + 1, len(doc.lines)):
        if FOOTER_LINE.match(doc.line_text(i)) or (is_nav_line(doc.line_text(i)) and i > start_line + 3):
            doc.body_end = doc.lines[i].start
            break
