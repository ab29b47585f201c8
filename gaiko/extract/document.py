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
# the words of a bracketed line that labels the page's kind of summary ((概要と評価), (結果概要)), not its subject
SUMMARY_WORDS = ("概要", "評価", "成果", "結果", "速報", "仮訳", "骨子", "要旨", "要約")
_SUMMARY = "(?:" + "|".join(SUMMARY_WORDS) + ")"
SUMMARY_LABEL = re.compile(r"^\s*\(" + _SUMMARY + r"(?:(?:と|及び|・)?" + _SUMMARY + r")*\)\s*$")
# a bracketed line under the heading that names what the page is about: (…閣僚級戦略対話), (…大統領との会談)
BRACKET_LINE = re.compile(r"^\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$")
LABEL_LINE = re.compile(r"^\s*(?:日時|場所|日付|時間|出席者|参加者)\s*[:]?\s*$")
BREADCRUMB = re.compile(r"\s>\s|>")
# an HTML tag the conversion left in a caption (日・ラトビア首脳会談<br>(写真提供…)): its > is not a breadcrumb's
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}\s*/?>")
MENU_BAR = re.compile(r"\s*\|\s*")  # アジア | 北米 | 中南米 …: a menu when every item is the site's furniture
# a line left over from an old page's table layout: only cell bars, empty image links and rules (![]() |, |||, |---|)
RESIDUE_LINE = re.compile(r"^[\s|!\[\]()\-:]*$")
TRAILING_BAR = re.compile(r"(?:\s*\|)+\s*$")  # 「橋本総理訪米の概要と評価 |」: the cell bar is not part of the heading
# the site's breadcrumb of the old layout, without its > marks: トップページ 会談・訪問 過去の記録
CRUMB_LINE = re.compile(r"^\s*(?:トップページ|ホーム)(?:\s+\S+)+\s*$")
# the section a page sits in, printed above its heading: a category of the site, an office's page, a chapter
SECTION_LABELS = frozenset("""
報道発表 記者会見 会見 プレスリリース 報道官談話 外務大臣 総理大臣 内閣総理大臣 官房長官 外務副大臣 外務大臣政務官
過去の記録 主な要人の来日日程 要人来日日程 英語版 English 外交青書・白書 外交青書 白書
""".split())
OFFICE_LABEL = re.compile(r"^[一-龥]{0,4}(?:総理大臣|外務大臣|外務副大臣|外務大臣政務官|官房長官)$")
BLUEBOOK_LABEL = re.compile(r"^\s*外交青書")
CHAPTER_BANNER = re.compile(r"^\s*第[0-9一二三四五六七八九十]+章\s")  # 第2章 地域別に見た外交 (a Bluebook's chapter)
# words that make a line a document's heading; a top line without any of them is the name of the site's
# section (a country's page, a policy area), not the page's heading
HEADING_WORDS = (
    "会談", "会議", "会合", "訪", "来日", "について", "概要", "結果", "声明", "談話", "会見", "協議", "対話", "表敬",
    "電話", "懇談", "出席", "立ち話", "ディナー", "ランチ", "昼食会", "夕食会", "朝食会", "晩餐会", "署名", "発表",
    "コミュニケ", "宣言", "記録", "日程", "理事会", "首脳", "外相", "動き", "年表", "往来", "サミット", "フォーラム",
    "演説", "挨拶", "スピーチ", "協定", "条約", "要旨", "骨子", "評価", "経緯", "沿革", "意見交換",
)
HEADING_WORD = re.compile("|".join(map(re.escape, HEADING_WORDS)))
DATED_ENTRY = re.compile(r"^\s*(?:(?:19|20)\d{2}年|(?:平成|令和|昭和)(?:元|\d{1,2})年)?\d{1,2}月\d{1,2}日(?:\s*[~\-]\s*(?:\d{1,2}月)?\d{1,2}日)?\s+[^\s(0-9]")
# a date cell of a chronology table: the date alone on its line, the entry's text on the next
DATE_CELL = re.compile(r"^\s*(?:(?:19|20)\d{2}年|(?:平成|令和|昭和)(?:元|\d{1,2})年)\d{1,2}月(?:\d{1,2}日)?(?:\s*[~\-]\s*(?:\d{1,2}月)?\d{1,2}日)?\s*$")
YEAR_HEADING = re.compile(r"^\s*(?:(?:19|20)\d{2}年?|(?:平成|令和|昭和)(?:元|\d{1,2})年)\s*(?:\(.*\))?\s*$")

DOC_TYPE_RULES: list[tuple[str, re.Pattern]] = [
    ("chronology", re.compile(r"関係の動き|年表|の動き$|主な動き|往来|日程\(.+年\)$|の経緯$|沿革$")),
    ("press_conference", re.compile(r"記者発表|記者会見|共同記者|プレス|会見")),
    ("telephone_talk", re.compile(r"電話会談|電話会議")),
    ("statement", re.compile(r"談話|声明(?!.*会談)|ステートメント|コミュニケ|宣言(?!.*会談)")),
]
# a page without its heading is typed by its lead paragraph
LEAD_TYPE_RULES: list[tuple[str, re.Pattern]] = [
    ("telephone_talk", re.compile(r"電話会談|電話で会談|電話会議|電話による会談")),
    # a joint document names the leaders in treaty style: 安倍晋三日本国内閣総理大臣と…
    ("statement", re.compile(r"日本国(?:内閣)?総理大臣|日本国外務大臣")),
    # a programme of a stay: arrival and departure
    ("visit", re.compile(r"到着し.{0,40}出発")),
    # a transcript of a press conference: the questions and answers are marked (問) (答) (報道官) 【大臣】
    ("press_conference", re.compile(r"^\s*[(（【]\s*(?:問|質問|記者|答|報道官)\s*[)）】]")),
]
# an announcement of a coming talk (…の開催について / …について) is told in the future: …開催される。 主催する。
ANNOUNCED = re.compile(r"(?:される|する|行う|予定である|予定です|します|されます|行います)。")
TALK_TITLE_END = re.compile(r"(?:会談|対話|協議|会合|表敬|表敬訪問|会議|懇談|会見|協議会|委員会|意見交換)(?:\(.*\))?$")
VISIT_TITLE = re.compile(r"訪問|訪[日中韓露米豪印英独仏伊加越伯]|来日|出席|外国訪問|の訪")


# the lead paragraph of a visit's page announces a summary of the visit: 同訪問の概要は以下のとおり
# … or tells the visit, then its summary: …として訪日したところ、その概要と評価は以下のとおり
VISIT_SUMMARY = re.compile(r"訪問の(?:日程と)?(?:概要|結果|成果)|(?:訪問|訪日|来日|訪[中韓露米ソ英仏独])したところ[、,,]?(?:その)?(?:概要|結果|成果)")


def _clean(t: str) -> str:
    return (TRAILING_BAR.sub("", t) if "|" in t else t).strip()  # (no bar: nothing for the pattern to take)


def is_residue(text: str) -> bool:
    """A leftover of an old page's table layout (``![]() |``, ``|||``, ``|---|``), or an empty line."""
    return bool(RESIDUE_LINE.match(text))


def is_nav_line(text: str) -> bool:
    t = _clean(HTML_TAG.sub(" ", text) if "<" in text else text)
    if not t:
        return False
    if BREADCRUMB.search(t) or CRUMB_LINE.match(t) or CHAPTER_BANNER.match(t):
        return True
    if "|" in t:
        # a menu of the site's sections, not a row of a table (| 4月24日 | 首脳会談 |)
        items = [x for x in MENU_BAR.split(t) if x]
        return bool(items) and all(all(w in NAV_WORDS for w in x.split()) for x in items)
    words = t.split()
    return all(w in NAV_WORDS for w in words) and len(words) >= 1


def _country_names() -> frozenset[str]:
    from gaiko.countries import name_index

    return frozenset(name_index())


_COUNTRY_NAMES: frozenset[str] | None = None


def _next_content(doc: Doc, i: int, limit: int = 12) -> int | None:
    for j in range(i + 1, min(len(doc.lines), i + 1 + limit)):
        if not is_residue(doc.line_text(j)):
            return j
    return None


SENTENCE_END = re.compile(r"(?:した|った|れた|ている|である|ました|ます|です)$")


def is_sentence(text: str) -> bool:
    """A line of running text (the lead paragraph), not a heading."""
    t = _clean(text)
    return "。" in t or len(t) > 90 or bool(re.search(r"[はがを][,、,]", t[:40]) and len(t) > 15) or bool(SENTENCE_END.search(t))


def is_section_label(doc: Doc, i: int) -> bool:
    """The name of the site's section above a page's heading (a category, an office's page, a country, a policy
    area), not the heading: a known label, or a short line with no heading word right above a heading or the
    page's date line."""
    global _COUNTRY_NAMES
    t = _clean(doc.line_text(i))
    if not t:
        return False
    if _COUNTRY_NAMES is None:
        _COUNTRY_NAMES = _country_names()
    if t in SECTION_LABELS or OFFICE_LABEL.match(t) or t in _COUNTRY_NAMES:
        return True
    if HEADING_WORD.search(t) or len(t) > 40 or "。" in t or doc.lines[i].marker:
        return False  # a numbered heading ((2)バルト諸国) is a section of the document, not of the site
    j = _next_content(doc, i)
    if j is None:
        return False
    nt = doc.line_text(j)
    from gaiko.extract.chronology import entry_match
    em = entry_match(nt)
    if em and em.group("t") and _date_line_mention(doc, j) is None:
        return False  # a heading right above a chronology's first dated entry (日・ラトビア関係 / 1991年4月16日 …)
    return _date_line_mention(doc, j) is not None or (bool(HEADING_WORD.search(nt)) and not is_sentence(nt))


HEADING_TAIL_SPACE = re.compile(r"\S\s+$")  # the heading's last word, a space, then the date
TWO_DIGIT_DATE = re.compile(r"(?<![0-9])(?P<y>[0-9]{2})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日")
PAREN_SUBTITLE = re.compile(r"^\((?:[^()]{1,12})\)$")  # (概要), (評価と概要), (概要と成果) before the date
DATE_TAIL = re.compile(r"(?:\(.*?\))*\s*[0-9:~\-時分()日本現地時間曜月火水木金土 ]*(?:更新|現在|発表)?")
# a parenthesised dateline: (平成29年2月7日(火曜日)8時38分 於:官邸…), (86年5月31日,モスクワ)
PAREN_DATELINE_TAIL = re.compile(r"^(?:\([月火水木金土日]曜?日?\))?\s*[0-9:時分午前後 ]*(?:\s*於\s*[:：].*|[,、,]\s*[^()]{1,20})?\)$")


MERGED_LEAD = re.compile(r"[ \t\u3000]+(?:本)?(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:\([月火水木金土日]曜?日?\))?[、,,]")


def _date_line_mention(doc: Doc, i: int) -> dates.DateMention | None:
    """The page's date if line ``i`` prints one as a date line (see find_date_line)."""
    ln = doc.lines[i]
    t = doc.norm[ln.start:ln.end]
    if not t.strip():
        return None
    if (len(t) > 80 or "。" in t):
        # an old table's cell run together: the page's date, then the lead that opens on the talk's day
        ms = dates.find_dates(doc.norm, ln.start, min(ln.end, ln.start + 40))
        if ms and ms[0].is_full and not doc.norm[ln.start:ms[0].start].strip() \
                and MERGED_LEAD.match(doc.norm, ms[0].end, ln.end):
            return ms[0]
        return None
    ms = dates.find_dates(doc.norm, ln.start, ln.end)
    m = next((x for x in ms if x.is_full), None)
    two = TWO_DIGIT_DATE.search(t)
    if two and (m is None or m.start > ln.start + two.start()):
        y = int(two.group("y"))
        m = dates.DateMention(ln.start + two.start(), ln.start + two.end(), two.group(0), year=(1900 + y if y >= 30 else 2000 + y),
                              month=int(two.group("m")), day=int(two.group("d")))
        if not (1 <= m.month <= 12 and 1 <= m.day <= 31):
            return None
    if m is None and len(ms) == 1 and ms[0].year and ms[0].month and ms[0].day is None and not ms[0].part \
            and not doc.norm[ln.start:ms[0].start].strip() and not doc.norm[ms[0].end:ln.end].strip():
        return ms[0]  # a page that prints only a month (平成18年11月): a reduced date
    if m is None or (ms and ms[0] is not m and ms[0].start < m.start and not two):
        return None
    before = doc.norm[ln.start:m.start].strip()
    after = doc.norm[m.end:ln.end].strip()
    if before.endswith("(") and after == ")" and len(before) > 3 and not is_nav_line(t):
        return m  # a heading that carries the page's date: 日・イラン外相会談(令和5年8月6日)
    if before == "(" and PAREN_DATELINE_TAIL.match(after):
        return m  # a dateline in brackets, with the hour and place of a press event or a document's place
    if after and not DATE_TAIL.fullmatch(after):
        return None
    if before and HEADING_TAIL_SPACE.search(doc.norm[ln.start:m.start]) and HEADING_WORD.search(before) \
            and not is_sentence(before) and not is_nav_line(before):
        return m  # heading and date on one line: 日米首脳会談 平成10年4月28日
    if before and before not in ("日時", "日付", "発表日", "更新日") and not PAREN_SUBTITLE.match(before):
        return None
    return m


def find_date_line(doc: Doc, limit: int = 60) -> tuple[int, dates.DateMention] | None:
    """The line that prints the page's date: a full date alone on its line (maybe with a time note), in brackets
    as a dateline, or after a bracketed subtitle ((概要)平成11年6月22日)."""
    for i, ln in enumerate(doc.lines[:limit]):
        t = doc.norm[ln.start:ln.end]
        if DATED_ENTRY.match(t) or (DATE_CELL.match(t) and i + 2 < len(doc.lines) and DATE_CELL.match(doc.line_text(i + 2))):
            return None  # a dated list (or a table of dated rows) begins: the page prints no date of its own above it
        m = _date_line_mention(doc, i)
        if m is not None:
            return i, m
    return None


def _title_above(doc: Doc, i: int) -> int | None:
    j = i - 1
    while j >= 0:
        t = doc.line_text(j)
        if is_residue(t) or SUBTITLE_LINE.match(t) or SUMMARY_LABEL.match(t) or LABEL_LINE.match(t):
            j -= 1
            continue
        if BRACKET_LINE.match(t) and j > 0:
            k = _title_above(doc, j)  # the heading the bracketed line completes
            if k is not None and not BRACKET_LINE.match(doc.line_text(k)):
                return k
        if is_nav_line(t) or FOOTER_LINE.match(t) or is_section_label(doc, j) or is_sentence(t):
            return None
        return j
    return None


def _known_label(doc: Doc, i: int) -> bool:
    """A line of the site's furniture that is known as such: navigation, a listed section, an office, a country."""
    global _COUNTRY_NAMES
    t = _clean(doc.line_text(i))
    if _COUNTRY_NAMES is None:
        _COUNTRY_NAMES = _country_names()
    return bool(t) and (is_nav_line(t) or t in SECTION_LABELS or bool(OFFICE_LABEL.match(t)) or t in _COUNTRY_NAMES)


def _topic_heading(doc: Doc, date_line: int) -> int | None:
    """The heading of an overview page, a bare topic (日米豪印) with no heading word: the short line right above
    the date line when the line above it is already the site's section (the site prints one section's name)."""
    j = date_line - 1
    while j >= 0 and is_residue(doc.line_text(j)):
        j -= 1
    if j < 1 or _known_label(doc, j) or not is_section_label(doc, j):
        return None
    k = j - 1
    while k >= 0 and is_residue(doc.line_text(k)):
        k -= 1
    return j if k >= 0 and _known_label(doc, k) else None


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


# --- photo captions: the talk's name when the page's heading is not in the text ------------------------
CAPTION_TALK_NOUNS = ("会談", "会議", "会合", "理事会", "懇談", "昼食会", "夕食会", "朝食会", "晩餐会", "立ち話", "表敬", "表敬訪問",
                      "協議", "対話", "ディナー", "ランチ", "電話会談", "テレビ会議")
_TALK_NOUN = "(?:" + "|".join(map(re.escape, sorted(CAPTION_TALK_NOUNS, key=len, reverse=True))) + ")"
CAPTION_NOISE = re.compile(r"<br>.*$|\((?:写真[^()]*)\)|写真提供\s*[:：][^\s]*|^\s*[•・]\s*|\(写真\d*\)")
# the talk named by a caption: the whole piece (日・タイ首脳会談, 日中外相会談1), or the piece's head before
# 「に臨む」「の様子」 (日仏首脳昼食会に臨む…, 日露首脳会談の様子1)
# what follows the talk's name in a caption: a description (に臨む, の様子, の模様, での両外相の握手) or a bracketed tag
# of the moment ((出迎え), (握手))
CAPTION_TAILS = ("に臨む", "の様子", "の模様", "での", "(")
CAPTION_TALK = re.compile(r"(?P<n>[^\s、,。()]{2,40}?" + _TALK_NOUN + r")(?:[0-9]{0,2}$|(?=" + "|".join(map(re.escape, CAPTION_TAILS)) + "))")


def _caption_title(doc: Doc, date_line: int, limit: int = 14) -> tuple[int, int] | None:
    """The span of a talk's name in the photo captions below the date line (new-site pages lose their heading)."""
    for j in range(date_line + 1, min(len(doc.lines), date_line + 1 + limit)):
        ln = doc.lines[j]
        t = doc.norm[ln.start:ln.end]
        if "。" in t and "写真" not in t:
            continue  # the lead paragraph between captions
        if re.match(r"\s*(?:[0-9]+|[一二三四五六七八九十]+)\s*[.．、 ]", t) and "写真" not in t:
            break  # the numbered body begins
        clean = CAPTION_NOISE.sub(lambda m: " " * len(m.group()), t)
        for pm in re.finditer(r"\S+", clean):
            cm = CAPTION_TALK.fullmatch(pm.group()) or CAPTION_TALK.match(pm.group())
            if cm and (cm.end() == len(pm.group()) or doc.norm.startswith(CAPTION_TAILS, ln.start + pm.start() + cm.end("n"))
                       or re.fullmatch(r"[0-9]{1,2}", pm.group()[cm.end("n"):] or "")):
                s = ln.start + pm.start() + cm.start("n")
                return s, s + len(cm.group("n"))
    return None


def _line_span(doc: Doc, i: int) -> tuple[int, int]:
    ln = doc.lines[i]
    s, e = ln.content_start if ln.content_start < ln.end else ln.start, ln.end
    t = doc.norm[s:e]
    e = s + len(TRAILING_BAR.sub("", t))
    while e > s and doc.text[e - 1] in " \t\u3000":
        e -= 1
    return s, e


# a schedule page (主な要人の来日日程): a year's heading over announcements, each …について with its own date
SCHEDULE_HEADING = re.compile(r"^\s*\S*日程\s*\((?:(?:19|20)\d{2}年?|(?:平成|令和|昭和)(?:元|\d{1,2})年)\)\s*$")
ANNOUNCEMENT_HEADING = re.compile(r"\S(?:について|の予定)\s*$")


def find_schedule_heading(doc: Doc, limit: int = 40) -> int | None:
    """The heading of a schedule page: …日程(平成11年) with an announcement (…の来日について) as the next heading.
    (Under the same banner, a report of one visit (金大中大統領の訪日) is a page of its own type.)"""
    for i in range(min(limit, len(doc.lines))):
        if SCHEDULE_HEADING.match(_clean(doc.line_text(i))):
            j = _next_content(doc, i)
            if j is not None:
                nt = _clean(doc.line_text(j))
                if ANNOUNCEMENT_HEADING.search(nt) and not is_sentence(nt):
                    return i
    return None


def find_title(doc: Doc) -> tuple[tuple[int, int] | None, int | None, int | None, dates.DateMention | None]:
    """(title span, title line, date line, the page's date)."""
    hit = find_date_line(doc)
    date_line, dm = (hit[0], hit[1]) if hit else (None, None)
    by_html = _html_title_line(doc, date_line)
    if by_html is not None:
        return _line_span(doc, by_html), by_html, date_line, dm
    if date_line is not None:
        before = doc.norm[doc.lines[date_line].content_start:dm.start].strip()
        if before and not before == "(" and not PAREN_SUBTITLE.match(before) and before not in ("日時", "日付", "発表日", "更新日"):
            s, e = _line_span(doc, date_line)
            if not before.endswith("("):  # 日米首脳会談 平成10年4月28日: the heading without its date
                e = dm.start
                while e > s and doc.norm[e - 1] in " \t":
                    e -= 1
            return (s, e), date_line, date_line, dm  # the date stands in the heading itself
        t = _title_above(doc, date_line)
        if t is None:
            t = _topic_heading(doc, date_line)
        if t is not None:
            s, e = _line_span(doc, t)
            n = _next_content(doc, t)
            if n is not None and n < date_line and BRACKET_LINE.match(doc.line_text(n)) \
                    and not SUMMARY_LABEL.match(doc.line_text(n)) and not SUBTITLE_LINE.match(doc.line_text(n)):
                e = _line_span(doc, n)[1]  # the heading and its bracketed second line are one title
            return (s, e), t, date_line, dm
        cap = _caption_title(doc, date_line)
        return cap, (date_line if cap else None), date_line, dm
    # no date line: the heading above the first year heading or dated entry
    for i, ln in enumerate(doc.lines[:80]):
        t = doc.line_text(i)
        if YEAR_HEADING.match(t):
            k = _title_above(doc, i)
            if k is not None:
                return _line_span(doc, k), k, None, None
            break
    # else: the first line that is not navigation, a section's name or table residue -- if it is a heading
    banner = False
    for i, ln in enumerate(doc.lines[:80]):
        t = doc.line_text(i)
        if is_residue(t) or FOOTER_LINE.match(t):
            continue
        if CHAPTER_BANNER.match(_clean(t)):
            banner = True
            continue
        if is_nav_line(t) or is_section_label(doc, i):
            continue
        if is_sentence(t):
            return None, None, None, None  # the excerpt opens on the lead paragraph: no heading in the text
        if ln.marker and not banner or ln.content_start >= ln.end or not _clean(doc.norm[ln.content_start:ln.end]):
            return None, None, None, None  # it opens on a numbered item of the body: the middle of a page
        return _line_span(doc, i), i, None, None
    return None, None, None, None


def classify_doc_type(title: str, n_chrono_entries: int, lead: str | None = None, visit_summary: bool = False,
                      bluebook: bool = False) -> str:
    """The document's type from its heading; a page whose heading is not in the text by its lead paragraph.
    ``visit_summary``: the heading is lost and the lead paragraph says it summarises a visit (同訪問の概要).
    ``bluebook``: a section of the Diplomatic Bluebook; it recounts the year's talks, a chronology when it dates
    several of them (``n_chrono_entries`` is then the number of its dated talks)."""
    if visit_summary:
        return "visit"
    t = re.sub(r"\s", "", title or "")
    if not t:
        if n_chrono_entries >= 4:
            return "chronology"
        for dtype, rx in LEAD_TYPE_RULES:
            if lead and rx.search(lead):
                return dtype
        return "meeting" if lead else "other"
    for dtype, rx in DOC_TYPE_RULES:
        if rx.search(t):
            return dtype
    if bluebook and n_chrono_entries and not TALK_TITLE_END.search(t) and not VISIT_TITLE.search(t):
        return "chronology"
    if n_chrono_entries >= 4 and not TALK_TITLE_END.search(t) and not VISIT_TITLE.search(re.sub(r"\(.*?\)$", "", t)):
        return "chronology"  # (the dated rows of a visit's page are its programme)
    if t.endswith("について") and lead and ANNOUNCED.search(lead):
        return "other"  # a talk announced before it is held, not its record
    core = re.sub(r"\(.*?\)$", "", t)
    tail = re.search(r"\(([^()]*)\)$", t)
    if tail and TALK_TITLE_END.search(tail.group(1)):
        return "meeting"  # a visit's heading whose bracketed line names the talk it reports
    if TALK_TITLE_END.search(core) or core.endswith(("テレビ会談", "首脳会談")):
        return "meeting"
    if VISIT_TITLE.search(core):
        return "visit"
    return "meeting" if HEADING_WORD.search(t) else "other"


def _lead(doc: Doc) -> str | None:
    """The first sentence of running text in the content (the lead paragraph)."""
    for s in doc.sentences:
        if s.start < doc.body_start or (doc.title_span and s.start < doc.title_span[1]):
            continue
        if s.start >= doc.body_end:
            break
        txt = doc.norm[s.start:s.end]
        if txt.endswith("。") or len(txt) > 60:
            return txt
    return None


def run(doc: Doc) -> None:
    sched = find_schedule_heading(doc)
    if sched is not None:
        _run_schedule(doc, sched)
        return
    span, title_line, date_line, m = find_title(doc)
    if span is not None:
        s, e = span
        doc.title = re.sub(r"[ \t\u3000]*\n\s*", "", doc.text[s:e]) or None
        doc.title_span = (s, e)
    anchor = title_line if title_line is not None else date_line
    if anchor is None:
        anchor = next((i for i in range(min(80, len(doc.lines))) if not is_residue(doc.line_text(i))
                       and not is_nav_line(doc.line_text(i)) and not FOOTER_LINE.match(doc.line_text(i))), None)
    if anchor is not None:
        doc.body_start = doc.lines[anchor].start
    # a section of the Diplomatic Bluebook: its chapter banner or the site's Bluebook label above the heading
    top = anchor if anchor is not None else min(12, len(doc.lines))
    doc.bluebook = any(CHAPTER_BANNER.match(_clean(doc.line_text(i))) or BLUEBOOK_LABEL.match(doc.line_text(i))
                       for i in range(top))
    if date_line is not None:
        ln = doc.lines[date_line]
        doc.doc_date = f"{m.year:04d}-{m.month:02d}" + (f"-{m.day:02d}" if m.day else "")
        doc.doc_date_span = (m.start, m.end)
        # (a date line run together with the lead holds the lead's sentences: it is not set aside as the date's)
        merged = bool(MERGED_LEAD.match(doc.norm, m.end, ln.end)) and ("。" in doc.norm[ln.start:ln.end] or ln.end - ln.start > 80)
        if not merged:
            doc.date_line = date_line
        # a clock time printed on the date line (a press event) and whether it is Japan time
        tail = doc.norm[m.end:ln.end]
        times = [] if merged else dates.find_times(doc.norm, m.end, ln.end)
        if times:
            doc.header_time = times[0]
            doc.header_time_jst = "日本時間" in tail
    # the content ends at the first footer line after the title
    start_line = anchor if anchor is not None else 0
    doc.body_end = len(doc.text)
    for i in range(start_line + 1, len(doc.lines)):
        t = doc.line_text(i)
        if FOOTER_LINE.match(t) or (is_nav_line(t) and not CHAPTER_BANNER.match(t) and i > start_line + 3):
            doc.body_end = doc.lines[i].start
            break
    doc.lead = _lead(doc)
    # a page whose heading is lost (title from a photo caption, or none) that says it summarises a visit
    from_caption = doc.title_span is not None and title_line == date_line and date_line is not None \
        and not (doc.lines[date_line].start <= doc.title_span[0] < doc.lines[date_line].end)
    if (doc.title is None or from_caption) and doc.lead:
        k = doc.norm.find("\n", doc.norm.find(doc.lead, doc.body_start))
        para = doc.lead + (doc.norm[doc.norm.find(doc.lead, doc.body_start) + len(doc.lead):k] if k > 0 else "")
        doc.visit_summary = bool(VISIT_SUMMARY.search(para))


def _run_schedule(doc: Doc, i: int) -> None:
    """A schedule page: its heading is the title, its year the page's (reduced) date; the announcements are its entries."""
    doc.title_span = _line_span(doc, i)
    doc.title = doc.text[doc.title_span[0]:doc.title_span[1]]
    ln = doc.lines[i]
    ym = next((x for x in dates.find_dates(doc.norm, ln.start, ln.end) if x.year), None)
    if ym is not None:
        doc.doc_date = f"{ym.year:04d}"
        doc.doc_date_span = (ym.start, ym.end)
    doc.schedule = True
    doc.body_start = ln.start
    doc.body_end = len(doc.text)
    for k in range(i + 1, len(doc.lines)):
        if FOOTER_LINE.match(doc.line_text(k)):
            doc.body_end = doc.lines[k].start
            break
    doc.lead = None
