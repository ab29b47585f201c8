"""Document stage: where the content is, its title, its date, its type.

The title is the heading just above the page's date line (skipping 「(結果概要)」-style sub-lines and
labels such as 日時); a page with no date line (a chronology) takes the heading above its first year
heading. Navigation, breadcrumbs and footers are recognised from a lexicon of the ministry's site
furniture (gaiko/extract/lexicon/layout.py) and from their shape (``>`` breadcrumbs, ``|`` menus), never
from a document's wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gaiko import countries
from gaiko.extract import dates
from gaiko.extract.lexicon import Row, fire
from gaiko.extract.lexicon import dates as date_words
from gaiko.extract.lexicon import layout as lx
from gaiko.extract.lexicon import places as place_words
from gaiko.extract.matching import Opens, RowLookup, RowPattern, fire_match, guarded, holds_word, required_words, skip_ahead
from gaiko.text import Doc

# --- patterns built from the layout lexicon ---------------------------------------------------------
NAV_WORDS = frozenset(lx.NAV.words())
_NAV_ROW = {r.pattern: r for r in lx.NAV}
# a line that is only a footer's word (named group w: the word, to tell its row)
FOOTER_LINE = re.compile(r"^\s*(?P<w>" + lx.FOOTER.alternation() + r")\s*$")
_SUMMARY = lx.SUMMARY.alternation()
SUBTITLE_LINE = re.compile(
    r"^\s*[(]?(?:" + lx.SUMMARY["layout.summary.kekka"].source + ")?" + lx.SUMMARY["layout.summary.gaiyo"].source + r"[)]?\s*$"
    r"|^\s*\(" + lx.SUMMARY.alternation(lx.SUMMARY.where(value="subtitle")) + r"\)\s*$")
# a bracketed line that labels the page's kind of summary ((概要と評価), (結果概要)), not its subject
SUMMARY_LABEL = re.compile(r"^\s*\(" + _SUMMARY + r"(?:(?:と|及び|・)?" + _SUMMARY + r")*\)\s*$")
# a bracketed line under the heading that names what the page is about: (…閣僚級戦略対話), (…大統領との会談)
BRACKET_LINE = re.compile(r"^\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$")
LABEL_LINE = re.compile(r"^\s*(?P<w>" + lx.LABELS.alternation(lx.LABELS.where(value="field") + lx.LABELS.where(value="both"))
                        + r")\s*[:]?\s*$")
# the labels that may stand before the page's date on its line (日時 令和3年2月5日)
DATE_LABELS = {r.pattern: r for r in lx.LABELS if r.value in ("date", "both", "update")}
# a breadcrumb's separator (ホーム > 会見・発表・広報 > …): a line holding one is navigation (the pattern \s>\s|> that read
# it matched wherever a > stands: an `in` test finds the same lines)
BREADCRUMB = ">"
# an HTML tag the conversion left in a caption (日・ラトビア首脳会談<br>(写真提供…)): its > is not a breadcrumb's
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}\s*/?>")
MENU_BAR = re.compile(r"\s*\|\s*")  # アジア | 北米 | 中南米 …: a menu when every item is the site's furniture
# a line left over from an old page's table layout: only cell bars, empty image links and rules (![]() |, |||, |---|)
RESIDUE_LINE = re.compile(r"^[\s|!\[\]()\-:]*$")
# 「橋本総理訪米の概要と評価 |」, 「日・X首脳会談 | ![](spacer.gif)」: the cell bars and the images of the next cell are not
# part of the heading
TRAILING_BAR = skip_ahead(re.compile(r"(?:\s*\|(?:\s*!\[[^\]]*\]\([^()]*\))?)+\s*$"))
# the residue an old table's cell leaves before its text on the same line: image links and cell bars (![]() | 日・…)
LEADING_RESIDUE = re.compile(r"\s*(?:(?:!\[[^\]]*\]\([^()]*\)|\|)\s*)+")
# the site's breadcrumb of the old layout, without its > marks: トップページ 会談・訪問 過去の記録
CRUMB_LINE = re.compile(r"^\s*(?P<w>" + lx.NAV.alternation(lx.NAV.where(group="crumb")) + r")(?:\s+\S+)+\s*$")
# the section a page sits in, printed above its heading: a category of the site, an office's page, a chapter
SECTION_LABELS = {r.pattern: r for r in lx.SECTIONS}
OFFICE_LABEL = re.compile(r"^[一-龥]{0,4}(?P<w>" + lx.SECTIONS.alternation(lx.SECTIONS.where(value="office")) + ")$")
BLUEBOOK_LABEL = re.compile(r"^\s*" + lx.BANNERS["layout.banner.bluebook"].source)
CHAPTER_BANNER = re.compile(r"^\s*" + lx.BANNERS["layout.banner.chapter"].source)  # 第2章 地域別に見た外交 (a Bluebook's chapter)
# words that make a line a document's heading; a top line without any of them is the name of the site's
# section (a country's page, a policy area), not the page's heading
HEADING_WORD = re.compile(lx.HEADING.alternation())
_ERA = dates.PAGE_ERA_NAMES
DATED_ENTRY = re.compile(r"^\s*(?:(?:19|20)\d{2}年|" + _ERA + r"(?:元|\d{1,2})年)?\d{1,2}月\d{1,2}日(?:\s*[~\-]\s*(?:\d{1,2}月)?\d{1,2}日)?\s+[^\s(0-9]")
# a date cell of a chronology table: the date alone on its line, the entry's text on the next
DATE_CELL = re.compile(r"^\s*(?:(?:19|20)\d{2}年|" + _ERA + r"(?:元|\d{1,2})年)\d{1,2}月(?:\d{1,2}日)?(?:\s*[~\-]\s*(?:\d{1,2}月)?\d{1,2}日)?\s*$")
YEAR_HEADING = re.compile(r"^\s*(?:(?:19|20)\d{2}年?|" + _ERA + r"(?:元|\d{1,2})年)\s*(?:\(.*\))?\s*$")
# a year as a chronology's entry prints it: 1991年, 平成3年, 1956年(昭和31年), 安政2年(1855年)
YEAR_TEXT = (r"(?:(?:18|19|20)\d{2}年(?:\s*\(" + dates.ERA_NAMES + r"(?:元|\d{1,2})年\))?|" + dates.ERA_NAMES
             + r"(?:元|\d{1,2})年(?:\s*\((?:18|19|20)\d{2}年\))?)")
# a chronology's entry: a day (5月27日, 2月11日~12日), a month alone (12月 …), or a year alone with its text (1855年 …);
# in a table the cells are divided by bars (| 1991年4月 | … |), the year maybe in a cell of its own
# (| 1991年 | 4月16日 | … |); the text may follow a colon (1993年:交流年); a bullet may stand before the date, then a
# space or a bracket after it (・5月 …, ・2015年5月 …, ・1972年 …)
_ENTRY_BULLETS = "".join(re.escape(r.pattern) for r in lx.CHRONO.where(group="bullet"))
# (two days joined by 、 are the entry's first: 5月10日、11日; a part of a month is the month's entry: 2月下旬; the
# weekday short or whole: (水), (水曜日))
_MONTH_PARTS = date_words.PARTS.alternation(r for r in date_words.PARTS.where(group="part")
                                            if r.value in ("early_month", "mid_month", "late_month"))
_ENTRY_WEEKDAY = date_words.WEEKDAYS["dates.weekday.paren"].source
ENTRY_LINE = re.compile(
    r"^[\s|]*(?:(?P<b>[" + _ENTRY_BULLETS + r"])\s*)?"
    r"(?P<d>(?P<y>" + YEAR_TEXT + r")?[\s|]{0,5}\d{1,2}月(?:\d{1,2}日(?:\s*[~\-]\s*(?:\d{1,2}月)?\d{1,2}日|(?:[、,]\s*\d{1,2}日)+)?"
    r"|(?:" + _MONTH_PARTS + r")?(?=[\s|::]))"
    r"|(?P<yo>" + YEAR_TEXT + r")(?=[\s|::]+[^\s|(0-9::]))(?(b)(?=[\s::(]))"
    r"(?:\s*" + _ENTRY_WEEKDAY + r")?[\s|::]*(?P<t>[^\s|::].*?)?[\s|]*$"
)
# a chronology's year heading: 2019年, 平成30年, 1991
# (a year heading may stand in brackets: 【1991年】, [平成3年]; after a bullet's mark: ■2017年; or name the year in two
# eras, the first the heading's: 平成31年・令和元年)
_YEAR_WORD = r"(?:(?:18|19|20)\d{2}年?|(?:" + dates.ERA_NAMES + r")(?:元|\d{1,2})年)"
YEAR_LINE = re.compile(r"^[\s|]*(?:\([^()]{1,8}\)\s*)?(?:[" + _ENTRY_BULLETS + r"]\s*)?(?:[【\[〔<]\s*)?(?:(?P<w>(?:18|19|20)\d{2})年?|(?P<era>"
                       + dates.ERA_NAMES + r")(?P<ey>元|\d{1,2})年)(?:\s*[・/]\s*" + _YEAR_WORD + r")?\s*(?:\(.*\))?(?:\s*[】\]〕>])?[\s|]*$")
# … or with dots, as some chronologies print it: 1991.4.16 …, 1991.4.16~19 …, 1991.4 … (a western year only)
DOT_ENTRY = re.compile(
    r"^[\s|]*(?P<d>(?P<y>(?:18|19|20)\d{2})\.(?P<m>\d{1,2})(?:\.(?P<dd>\d{1,2}))?"
    r"(?:\s*[~\-]\s*(?:(?P<m2>\d{1,2})\.)?(?P<d2>\d{1,2}))?)(?![.\d])[\s|::]*(?P<t>[^\s|::].*?)?[\s|]*$"
)


def _rules_by_value(lookup: RowLookup) -> list[tuple[str, re.Pattern, RowLookup]]:
    """(value, the alternation of its rows, their lookup) per value, in the order of each value's first row."""
    out = []
    for v in dict.fromkeys(r.text for r in lookup.rows):
        rows = tuple(r for r in lookup.rows if r.value == v)
        out.append((v, re.compile(lookup.table.alternation(rows)), RowLookup(lookup.table, rows)))
    return out


# the page's type from its heading's words, tried in this order
DOC_TYPE_RULES = _rules_by_value(RowLookup(lx.TITLE_TYPES))
# a page without its heading is typed by its lead paragraph; a transcript of a press conference marks its
# questions and answers: (問) (答) (報道官) 【大臣】
QA_LINE = re.compile(r"^\s*[(（【]\s*(?P<w>" + lx.LEAD_TYPES.alternation(lx.LEAD_TYPES.where(group="qa")) + r")\s*[)）】]")
LEAD_TYPE_RULES = _rules_by_value(RowLookup(lx.LEAD_TYPES, lx.LEAD_TYPES.where(group="lead_type"))) + [
    ("press_conference", QA_LINE, RowLookup(lx.LEAD_TYPES, lx.LEAD_TYPES.where(group="qa")))]
# an announcement of a coming talk (…の開催について / …について) is told in the future: …開催される。 主催する。
ANNOUNCED = re.compile("(?P<w>" + lx.ANNOUNCED.alternation() + ")。")
TALK_TITLE_END = re.compile("(?P<w>" + lx.TALK_TITLE.alternation() + r")(?:\(.*\))?$")
VISIT_TITLE = re.compile(lx.VISIT_TITLE.alternation())
# the lead paragraph of a visit's page announces a summary of the visit: 同訪問の概要は以下のとおり
# … or tells the visit, then its summary: …として訪日したところ、その概要と評価は以下のとおり
VISIT_SUMMARY = skip_ahead(re.compile(lx.VISIT_SUMMARY.alternation()))
SPACE = re.compile(r"\s")
BRACKET_TAIL = re.compile(r"\(.*?\)$")  # a heading's bracketed last part
BRACKET_TAIL_INNER = re.compile(r"\(([^()]*)\)$")
TITLE_LINE_BREAK = re.compile(r"[ \t\u3000]*\n\s*")  # a heading run over two lines is one title
SUBJECT_COMMA = re.compile(r"[はがを][,、,]")  # a subject or object marked off by a comma: running text


# the lookups that tell which row a match of the patterns above found
_FOOTER = RowLookup(lx.FOOTER)
_OFFICE = RowLookup(lx.SECTIONS, lx.SECTIONS.where(value="office"))
_HEADING = RowLookup(lx.HEADING)
_KIND_LABEL = RowLookup(lx.KIND_LABELS)
KIND_LABEL = re.compile(r"^[^\s。、,()]{0,12}?(?P<w>" + lx.KIND_LABELS.alternation() + r")$")  # 外務大臣談話 above the title
_LABEL = RowLookup(lx.LABELS)
_TALK_TITLE = RowLookup(lx.TALK_TITLE)
_VISIT_TITLE = RowLookup(lx.VISIT_TITLE)
_ANNOUNCED = RowLookup(lx.ANNOUNCED)
_VISIT_SUMMARY = RowLookup(lx.VISIT_SUMMARY)
_TALK_LIST = RowLookup(lx.CHRONO, lx.CHRONO.where(group="talk_list"))
TALK_LIST = re.compile(lx.CHRONO.alternation(_TALK_LIST.rows))


def _clean(t: str) -> str:
    return (TRAILING_BAR.sub("", t) if "|" in t else t).strip()  # (no bar: nothing for the pattern to take)


def entry_match(text: str) -> re.Match | None:
    """The line as a chronology entry: a Japanese date (5月27日, 1991年4月) or a dotted one (1991.4.16)."""
    return ((ENTRY_LINE.match(text) if _ENTRY_OPENS.at(text) else None)
            or (DOT_ENTRY.match(text) if _DOT_ENTRY_OPENS.at(text) else None))


def is_residue(text: str) -> bool:
    """A leftover of an old page's table layout (``![]() |``, ``|||``, ``|---|``), or an empty line."""
    return bool(RESIDUE_LINE.match(text))


def is_nav_line(text: str) -> bool:
    t = _clean(HTML_TAG.sub(" ", text) if "<" in text else text)
    if not t:
        return False
    if BREADCRUMB in t:
        return True
    crumb = CRUMB_LINE.match(t)
    if crumb or (_CHAPTER_OPENS.at(t) and CHAPTER_BANNER.match(t)):
        fire(_NAV_ROW[crumb.group("w")] if crumb else lx.BANNERS["layout.banner.chapter"])
        return True
    if "|" in t:
        # a menu of the site's sections, not a row of a table (| 4月24日 | 首脳会談 |)
        items = [x for x in MENU_BAR.split(t) if x]
        words = [w for x in items for w in x.split()]
        if not (items and all(w in NAV_WORDS for w in words)):
            return False
    else:
        words = t.split()
        if not (words and all(w in NAV_WORDS for w in words)):
            return False
    for w in words:
        fire(_NAV_ROW[w])
    return True


def is_footer(text: str) -> bool:
    """A line that is only a footer's word (このページのトップへ戻る, 関連リンク, © …): the content ends above it."""
    return fire_match(_FOOTER, FOOTER_LINE.match(text), "w") is not None


def _section_row(t: str) -> Row | None:
    """The row of the site's section that the (cleaned) line ``t`` names: a listed label or an office's page."""
    row = SECTION_LABELS.get(t) or fire_match(_OFFICE, OFFICE_LABEL.match(t), "w")
    fire(row)
    return row


_COUNTRY_NAMES = frozenset(countries.name_index())


def _text_lines_after(doc: Doc, i: int, limit: int) -> Iterator[int]:
    """The next ``limit`` lines with text after line i (blank lines, which a conversion may put between every two
    lines, not counted)."""
    seen = 0
    for j in range(i + 1, len(doc.lines)):
        ln = doc.lines[j]
        if doc.norm[ln.start:ln.end].isspace() or ln.start == ln.end:
            continue
        yield j
        seen += 1
        if seen >= limit:
            return


def _next_content(doc: Doc, i: int, limit: int = 12) -> int | None:
    """The first line after line i that is no residue, among the next ``limit`` lines with text."""
    return next((j for j in _text_lines_after(doc, i, limit) if not is_residue(doc.line_text(j))), None)


SENTENCE_END = re.compile(r"(?:した|った|れた|ている|である|ました|ます|です)$")


def is_sentence(text: str) -> bool:
    """A line of running text (the lead paragraph), not a heading."""
    t = _clean(text)
    return "。" in t or len(t) > 90 or bool(SUBJECT_COMMA.search(t[:40]) and len(t) > 15) or bool(SENTENCE_END.search(t))


def is_section_label(doc: Doc, i: int) -> bool:
    """The name of the site's section above a page's heading (a category, an office's page, a country, a policy
    area), not the heading: a known label, or a short line with no heading word right above a heading or the
    page's date line."""
    t = _clean(doc.line_text(i))
    if not t:
        return False
    if t in _COUNTRY_NAMES or _section_row(t):
        return True
    if len(t) > 40 or "。" in t or doc.lines[i].marker or fire_match(_HEADING, HEADING_WORD.search(t)):
        return False  # a numbered heading ((2)バルト諸国) is a section of the document, not of the site
    j = _next_content(doc, i)
    if j is None:
        return False
    nt = doc.line_text(j)
    em = entry_match(nt)
    if em and em.group("t") and _date_line_mention(doc, j) is None:
        return False  # a heading right above a chronology's first dated entry (日・ラトビア関係 / 1991年4月16日 …)
    if _date_line_mention(doc, j) is not None:
        return True
    return not is_sentence(nt) and fire_match(_HEADING, HEADING_WORD.search(nt)) is not None


HEADING_TAIL_SPACE = re.compile(r"\S\s+$")  # the heading's last word, a space, then the date
TWO_DIGIT_DATE = skip_ahead(re.compile(r"(?<![0-9])(?P<y>[0-9]{2})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日"))
PAREN_SUBTITLE = re.compile(r"^\((?:[^()]{1,12})\)$")  # (概要), (評価と概要), (概要と成果) before the date
DATE_TAIL = re.compile(r"(?:\(.*?\))*\s*[0-9:~\-時分()日本現地時間曜月火水木金土 ]*(?P<w>" + lx.DATE_TAIL.alternation() + ")?")
_DATE_TAIL = RowLookup(lx.DATE_TAIL)
MONTH_TAIL = re.compile("(?P<w>" + lx.DATE_TAIL.alternation() + ")")  # a month's date line: 令和5年4月現在
# a parenthesised dateline: (平成29年2月7日(火曜日)8時38分 於:官邸…), (86年5月31日,モスクワ)
PLACE_CUE = place_words.VISITS["places.cue.o"]  # 於:本省会見室
PAREN_DATELINE_TAIL = re.compile(r"^(?:\([月火水木金土日]曜?日?\))?\s*[0-9:時分午前後 ]*(?:\s*(?P<o>" + PLACE_CUE.source
                                 + r")\s*[:：].*|[,、,]\s*[^()]{1,20})?\)$")
JAPAN_TIME = place_words.VISITS["places.clock.nihon_jikan"]


MERGED_LEAD = re.compile(r"[ \t\u3000]+(?:本)?(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:\([月火水木金土日]曜?日?\))?[、,,]")


def _date_line_mention(doc: Doc, i: int) -> dates.DateMention | None:
    """The page's date if line ``i`` prints one as a date line (see find_date_line); read once per line (the search
    for the date line, the update label below it and the headings above it ask of the same lines: a quarter of the
    asks of the real pages were asked before)."""
    memo = doc.date_lines
    if i not in memo:
        memo[i] = _read_date_line(doc, i)
    return memo[i]


def _read_date_line(doc: Doc, i: int) -> dates.DateMention | None:
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
        y, mo, d = int(two.group("y")), int(two.group("m")), int(two.group("d"))
        m = dates.DateMention(ln.start + two.start(), ln.start + two.end(), two.group(0), year=(1900 + y if y >= 30 else 2000 + y),
                              month=mo, day=d)
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
    if m is None and len(ms) == 1 and ms[0].year and ms[0].month and ms[0].day is None and not ms[0].part \
            and not doc.norm[ln.start:ms[0].start].strip() and not doc.norm[ms[0].end:ln.end].strip():
        return ms[0]  # a page that prints only a month (平成18年11月): a reduced date
    if m is None and len(ms) == 1 and ms[0].year and ms[0].month and ms[0].day is None and not ms[0].part:
        # … closed by a word of the date line, maybe in brackets: 令和5年4月現在, (2024年1月現在)
        before, after = doc.norm[ln.start:ms[0].start].strip(), doc.norm[ms[0].end:ln.end].strip()
        if before == "(" and after.endswith(")"):
            before, after = "", after[:-1]
        tail = MONTH_TAIL.fullmatch(after) if not before else None
        if tail:
            fire_match(_DATE_TAIL, tail, "w")
            return ms[0]
    if m is None and len(ms) == 1 and ms[0].year and ms[0].month and ms[0].day is None and not ms[0].part \
            and not _clean(doc.norm[ms[0].end:ln.end]):
        s = _cell_start(doc, i, ln.start)
        before = _clean(doc.norm[s:ms[0].start]) if s < ms[0].start else ""
        if before and HEADING_TAIL_SPACE.search(doc.norm[s:ms[0].start]) and HEADING_WORD.search(before) \
                and not is_sentence(before) and not is_nav_line(before):
            fire_match(_HEADING, HEADING_WORD.search(before))
            return ms[0]  # heading and a month only on one line: 日・X外相会談 平成12年10月, a reduced date
    if m is None or (ms and ms[0] is not m and ms[0].start < m.start and not two):
        return None
    s = _cell_start(doc, i, ln.start)
    before = _clean(doc.norm[s:m.start]) if s < m.start else ""
    after = _clean(doc.norm[m.end:ln.end])
    if before.endswith("(") and after == ")" and len(before) > 3 and not is_nav_line(t):
        # a heading that carries the page's date: 日・イラン外相会談(令和5年8月6日) (not a visitor's line of a list,
        # 山田総理大臣(2015年10月22日~24日): a name has no heading word)
        if fire_match(_HEADING, HEADING_WORD.search(before)):
            return m
        return None
    if before == "(" and (tail := PAREN_DATELINE_TAIL.match(after)):
        fire(PLACE_CUE if tail.group("o") else None)
        return m  # a dateline in brackets, with the hour and place of a press event or a document's place
    if after:
        tail = DATE_TAIL.fullmatch(after)
        if not tail:
            return None
        fire_match(_DATE_TAIL, tail, "w")  # 令和3年2月5日更新
    if before and HEADING_TAIL_SPACE.search(doc.norm[s:m.start]) and HEADING_WORD.search(before) \
            and not is_sentence(before) and not is_nav_line(before):
        fire_match(_HEADING, HEADING_WORD.search(before))
        return m  # heading and date on one line: 日米首脳会談 平成10年4月28日
    if before and not _date_label(before) and not PAREN_SUBTITLE.match(before):
        return None
    return m


def _cell_start(doc: Doc, i: int, plain: int) -> int:
    """Where the text of line ``i`` begins after the residue of an old table's cell (``![]() |``, ``| ``) before it;
    ``plain`` when there is none."""
    ln = doc.lines[i]
    r = LEADING_RESIDUE.match(doc.norm, ln.start, ln.end) if doc.norm[ln.start:ln.start + 1] in "!| \t" else None
    return r.end() if r else plain


def _date_label(before: str) -> bool:
    """``before`` (what precedes the page's date on its line) is a label of the date (日時, 発表日)."""
    row = DATE_LABELS.get(before.rstrip(":："))  # (最終更新日:令和5年3月10日)
    fire(row)
    return row is not None


def find_date_line(doc: Doc, limit: int = 60) -> tuple[int, dates.DateMention] | None:
    """The line that prints the page's date: a full date alone on its line (maybe with a time note), in brackets
    as a dateline, or after a bracketed subtitle ((概要)平成11年6月22日); a date of update (更新日 …) only when no
    date line of the page's own follows right below it."""
    for i, ln in enumerate(doc.lines[:limit]):
        t = doc.norm[ln.start:ln.end]
        if (_DATED_ENTRY_OPENS.at(t) and DATED_ENTRY.match(t)) or (_DATE_CELL_OPENS.at(t) and DATE_CELL.match(t)
                                                                   and _next_row_dated(doc, i)):
            return None  # a dated list (or a table of dated rows) begins: the page prints no date of its own above it
        m = _date_line_mention(doc, i)
        if m is not None:
            j = _next_content(doc, i) if _update_label(doc, i, m) else None
            below = _date_line_mention(doc, j) if j is not None else None
            if j is not None and below is not None and not _update_label(doc, j, below):
                return j, below  # 更新日 令和6年3月4日 / 令和6年3月1日: the page's own date below its update
            if _bracketed_span(doc, i, m):
                # …首相の来日(令和7年10月6日~9日) over 令和7年10月1日: the heading's brackets name the stay, the line
                # below it prints the page's own date
                j = _next_content(doc, i)
                below = _date_line_mention(doc, j) if j is not None else None
                if j is not None and below is not None and not _bracketed_span(doc, j, below):
                    return j, below
            return i, m
    return None


def _bracketed_span(doc: Doc, i: int, m: dates.DateMention) -> bool:
    """The date ``m`` on line ``i`` is a span of days in a heading's closing brackets (…の来日(10月6日~9日))."""
    ln = doc.lines[i]
    return (m.end_day is not None or m.end_month is not None) and doc.norm[m.start - 1:m.start] == "(" \
        and _clean(doc.norm[m.end:ln.end]) == ")" and m.start - 1 > ln.content_start


def _update_label(doc: Doc, i: int, m: dates.DateMention) -> bool:
    """The date ``m`` on line ``i`` is labelled as a date of update (更新日 …)."""
    s = _cell_start(doc, i, doc.lines[i].start)
    row = DATE_LABELS.get(_clean(doc.norm[s:m.start]).rstrip(":：")) if s < m.start else None
    return row is not None and row.value == "update"


def _update_line(doc: Doc, i: int) -> bool:
    """Line ``i`` prints a date of update (更新日 令和6年3月4日): no heading."""
    m = _date_line_mention(doc, i)
    return m is not None and _update_label(doc, i, m)


def _next_row_dated(doc: Doc, i: int) -> bool:
    """The date cell on line ``i`` opens a table's row: the row after its text cell opens on a date cell too (the
    cells maybe divided by lines of bars: 2018年10月8日 / | / …の訪日 / | / 2018年5月30日)."""
    j = _next_content(doc, i)
    k = _next_content(doc, j) if j is not None else None
    return k is not None and bool(DATE_CELL.match(doc.line_text(k)))


def _title_above(doc: Doc, i: int) -> int | None:
    j = i - 1
    while j >= 0:
        t = doc.line_text(j)
        if is_residue(t) or _is_label(t) or _update_line(doc, j):
            j -= 1
            continue
        if BRACKET_LINE.match(t) and j > 0:
            k = _title_above(doc, j)  # the heading the bracketed line completes
            if k is not None and not BRACKET_LINE.match(doc.line_text(k)):
                return k
        if is_nav_line(t) or is_footer(t) or is_section_label(doc, j) or is_sentence(t):
            return None
        return j
    return None


def _is_label(t: str) -> bool:
    """A line between a heading and the date that is not the title: a summary's label ((結果概要), (概要と評価))
    or a field's label (日時)."""
    if SUBTITLE_LINE.match(t) or SUMMARY_LABEL.match(t):
        for r in lx.SUMMARY:
            if r.pattern in t:
                fire(r)
        return True
    return fire_match(_LABEL, LABEL_LINE.match(t), "w") is not None


def _known_label(doc: Doc, i: int) -> bool:
    """A line of the site's furniture that is known as such: navigation, a listed section, an office, a country."""
    t = _clean(doc.line_text(i))
    return bool(t) and (is_nav_line(t) or _section_row(t) is not None or t in _COUNTRY_NAMES or KIND_LABEL.match(t) is not None)


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


SITE_NAME = re.compile(r"^\s*" + lx.SITE.alternation() + r"\s*[:：|｜\-]\s*|\s*[:：|｜\-]\s*" + lx.SITE.alternation() + r"\s*$")


def _site_name(m: re.Match) -> str:
    for r in lx.SITE:
        if r.pattern in m.group():
            fire(r)
    return ""


def _html_title_line(doc: Doc, before: int | None) -> int | None:
    """The line that repeats the page's <title> (without the site's name), nearest above the date line."""
    if not doc.html_title:
        return None
    want = SITE_NAME.sub(_site_name, doc.html_title).strip()
    if len(want) < 3:
        return None
    hits = [i for i, ln in enumerate(doc.lines[:120]) if doc.text[ln.content_start:ln.end].strip() == want]
    if before is not None:
        hits = [i for i in hits if i < before] or hits
    return hits[-1] if hits else None


# --- photo captions: the talk's name when the page's heading is not in the text ------------------------
_TALK_NOUN = lx.CAPTIONS.alternation(lx.CAPTIONS.where(group="caption_noun"))
_NOUN_ROWS = sorted(lx.CAPTIONS.where(group="caption_noun"), key=lambda r: -len(r.pattern))  # longest first
PHOTO = lx.CAPTIONS["layout.caption_label.photo"].pattern
CREDIT = lx.CAPTIONS["layout.caption_label.credit"].pattern
CAPTION_NOISE = re.compile(r"<br>.*$|\((?:" + re.escape(PHOTO) + r"[^()]*)\)|" + re.escape(CREDIT) + r"\s*[:：][^\s]*|^\s*[•・]\s*|\("
                           + re.escape(PHOTO) + r"\d*\)")
# the talk named by a caption: the whole piece (日・タイ首脳会談, 日中外相会談1), or the piece's head before
# 「に臨む」「の様子」 (日仏首脳昼食会に臨む…, 日露首脳会談の様子1)
# what follows the talk's name in a caption: a description (に臨む, の様子, の模様, での両外相の握手) or a bracketed tag
# of the moment ((出迎え), (握手))
_TAIL_ROWS = {r.pattern: r for r in lx.CAPTIONS.where(group="caption_tail")}
CAPTION_TAILS = tuple(_TAIL_ROWS)
CAPTION_TALK = re.compile(r"(?P<n>[^\s、,。()]{2,40}?" + _TALK_NOUN + r")(?:[0-9]{0,2}$|(?="
                          + lx.CAPTIONS.alternation(lx.CAPTIONS.where(group="caption_tail")) + "))")
NUMBERED_BODY = re.compile(r"\s*(?:[0-9]+|[一二三四五六七八九十]+)\s*[.．、 ]")  # 1. / 一、: the numbered body begins
PIECE = re.compile(r"\S+")
CAPTION_NUMBER = re.compile(r"[0-9]{1,2}")  # 日中外相会談1: the photo's number


def _caption_title(doc: Doc, date_line: int, limit: int = 14) -> tuple[int, int] | None:
    """The span of a talk's name in the photo captions below the date line (new-site pages lose their heading)."""
    for j in _text_lines_after(doc, date_line, limit):
        ln = doc.lines[j]
        t = doc.norm[ln.start:ln.end]
        if "。" in t and PHOTO not in t:
            continue  # the lead paragraph between captions
        if NUMBERED_BODY.match(t) and PHOTO not in t:
            break  # the numbered body begins
        clean = CAPTION_NOISE.sub(lambda m: " " * len(m.group()), t)
        for pm in PIECE.finditer(clean):
            cm = CAPTION_TALK.fullmatch(pm.group()) or CAPTION_TALK.match(pm.group())
            if not cm:
                continue
            tail = next((w for w in CAPTION_TAILS if doc.norm.startswith(w, ln.start + pm.start() + cm.end("n"))), None)
            if cm.end() == len(pm.group()) or tail or CAPTION_NUMBER.fullmatch(pm.group()[cm.end("n"):] or ""):
                _fire_caption(t, cm.group("n"), tail)
                s = ln.start + pm.start() + cm.start("n")
                return s, s + len(cm.group("n"))
    return None


def _fire_caption(line: str, name: str, tail: str | None) -> None:
    """The rows of a caption that named the talk: its noun, its tail, the photo's labels on its line."""
    fire(next(r for r in _NOUN_ROWS if name.endswith(r.pattern)))
    fire(_TAIL_ROWS.get(tail or ""))
    for label in ("layout.caption_label.photo", "layout.caption_label.credit"):
        if lx.CAPTIONS[label].pattern in line:
            fire(label)


def _line_span(doc: Doc, i: int) -> tuple[int, int]:
    ln = doc.lines[i]
    s, e = ln.content_start if ln.content_start < ln.end else ln.start, ln.end
    s = _cell_start(doc, i, s)  # (an old table's cell: | 日・チリ外相会談 |)
    t = doc.norm[s:e]
    e = s + len(TRAILING_BAR.sub("", t))
    while e > s and doc.text[e - 1] in " \t\u3000":
        e -= 1
    return s, e


# a schedule page (主な要人の来日日程): a year's heading over announcements, each …について with its own date
_NITTEI = lx.SCHEDULE["layout.schedule.nittei"]
SCHEDULE_HEADING = re.compile(r"^\s*\S*" + _NITTEI.source
                              + r"\s*\((?:(?:19|20)\d{2}年?|" + _ERA + r"(?:元|\d{1,2})年)\)\s*$")
ANNOUNCEMENT_HEADING = RowPattern(r"\S(?P<w>" + lx.SCHEDULE.alternation(lx.SCHEDULE.where(group="announcement")) + r")\s*$",
                                  {"w": RowLookup(lx.SCHEDULE, lx.SCHEDULE.where(group="announcement"))})
ANNOUNCEMENT_WORD = lx.SCHEDULE["layout.announcement.ni_tsuite"]  # a heading …について (an announcement, or a record)
_COMING_ROWS = lx.SCHEDULE.where(group="coming")  # … or one naming a visit or a meeting (…の来日, …の開催)
# … or listed by visitor: 要人来日日程(平成11年8月) or 要人来日予定 (the year maybe on the date line below), then a line
# per visitor opening with the name, country and rank (1.X・ブルガリア外務大臣, ・X・チリ大統領 3月6日~9日 …)
_VISITORS = lx.SCHEDULE["layout.schedule.visitors"]
VISITORS_HEADING = re.compile(r"^\s*" + _VISITORS.source + r"\s*(?:\([^()]{1,12}\))?\s*$")
VISITOR_LINE = re.compile(r"[ァ-ヴー=]+(?:・[ァ-ヴー=]+)*・[^\s、。,()]{0,16}?(?:"
                          + lx.SCHEDULE.alternation(lx.SCHEDULE.where(group="rank")) + ")")
VISITORS_MIN = 2  # (one visitor under the heading: a page of that visit)


def visitor_lines(doc: Doc, start_line: int) -> list[int]:
    """The lines after ``start_line`` that open with a visitor (name・country rank), after their list marker."""
    return [k for k in range(start_line + 1, len(doc.lines))
            if VISITOR_LINE.match(doc.norm, doc.lines[k].content_start, doc.lines[k].end)]


# the words one of which each heading matched holds (None: not to be told): a page whose top lines hold none has none
_HEADING_NEEDS = (required_words(SCHEDULE_HEADING), required_words(VISITORS_HEADING))
_SCHEDULE_WORDS = None if None in _HEADING_NEEDS else tuple(w for ws in _HEADING_NEEDS if ws for w in ws)


def find_schedule_heading(doc: Doc, limit: int = 40) -> tuple[int, str] | None:
    """The heading of a schedule page: …日程(平成11年) with an announcement (…の来日について) as the next heading, or
    要人来日日程 over a line per visitor; (its line, the id of the heading's row).
    (Under the same banner, a report of one visit (金大中大統領の訪日) is a page of its own type.)"""
    n = min(limit, len(doc.lines))
    if n and _SCHEDULE_WORDS is not None and not holds_word(doc.norm[:doc.lines[n - 1].end], _SCHEDULE_WORDS):
        return None  # (a heading's match is read in its line: neither word, no heading)
    for i in range(n):
        t = _clean(doc.line_text(i))
        if SCHEDULE_HEADING.match(t):
            j = _next_content(doc, i)
            if j is not None:
                nt = _clean(doc.line_text(j))
                if not is_sentence(nt) and ANNOUNCEMENT_HEADING.search(nt):
                    fire(_NITTEI)
                    return i, _NITTEI.id
        if VISITORS_HEADING.match(t) and len(visitor_lines(doc, i)) >= VISITORS_MIN:
            fire(_VISITORS)
            return i, _VISITORS.id
    return None


def find_title(doc: Doc) -> tuple[tuple[int, int] | None, int | None, int | None, dates.DateMention | None]:
    """(title span, title line, date line, the page's date)."""
    hit = find_date_line(doc)
    date_line, dm = (hit[0], hit[1]) if hit else (None, None)
    by_html = _html_title_line(doc, date_line)
    if by_html is not None:
        return _line_span(doc, by_html), by_html, date_line, dm
    if date_line is not None:
        assert dm is not None  # (found together)
        cs = _cell_start(doc, date_line, doc.lines[date_line].content_start)
        before = _clean(doc.norm[cs:dm.start]) if cs < dm.start else ""
        if before and not before == "(" and not PAREN_SUBTITLE.match(before) and not _date_label(before):
            s, e = _line_span(doc, date_line)
            s = max(s, cs)  # (after an old cell's residue: ![]() | 日・…)
            if not before.endswith("("):  # 日米首脳会談 平成10年4月28日: the heading without its date
                e = dm.start
                while e > s and doc.norm[e - 1] in " \t|":
                    e -= 1
            return (s, e), date_line, date_line, dm  # the date stands in the heading itself
        tl = _title_above(doc, date_line)
        if tl is None:
            tl = _topic_heading(doc, date_line)
        if tl is not None:
            s, e = _line_span(doc, tl)
            n = _next_content(doc, tl)
            if n is not None and n < date_line and BRACKET_LINE.match(doc.line_text(n)) \
                    and not SUMMARY_LABEL.match(doc.line_text(n)) and not SUBTITLE_LINE.match(doc.line_text(n)):
                e = _line_span(doc, n)[1]  # the heading and its bracketed second line are one title
            return (s, e), tl, date_line, dm
        cap = _caption_title(doc, date_line)
        return cap, (date_line if cap else None), date_line, dm
    # no date line: the heading above the first year heading or dated entry
    for i, ln in enumerate(doc.lines[:80]):
        t = doc.line_text(i)
        if YEAR_HEADING.match(t) or YEAR_LINE.match(t):
            k = _title_above(doc, i)
            if k is not None:
                return _line_span(doc, k), k, None, None
            break
    # else: the first line that is not navigation, a section's name or table residue -- if it is a heading
    banner = False
    for i, ln in enumerate(doc.lines[:80]):
        t = doc.line_text(i)
        if is_residue(t) or is_footer(t):
            continue
        if CHAPTER_BANNER.match(_clean(t)):
            fire("layout.banner.chapter")
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
    """The document's type (see ``doc_type_and_rule``)."""
    return doc_type_and_rule(title, n_chrono_entries, lead, visit_summary, bluebook)[0]


def doc_type_and_rule(title: str, n_chrono_entries: int, lead: str | None = None, visit_summary: bool = False,
                      bluebook: bool = False, schedule: str | None = None, kind_label: str | None = None) -> tuple[str, str | None]:
    """The document's type from its heading; a page whose heading is not in the text by its lead paragraph;
    and the id of the layout row that decided it (None: decided by the page's shape, not a word).
    ``visit_summary``: the heading is lost and the lead paragraph says it summarises a visit (同訪問の概要).
    ``bluebook``: a section of the Diplomatic Bluebook; it recounts the year's talks, a chronology when it dates
    several of them (``n_chrono_entries`` is then the number of its dated talks).
    ``schedule``: the id of the heading row of a schedule page (``find_schedule_heading``): its announcements are
    entries, a chronology whatever its heading says. ``kind_label``: the id of the row of a line above the title
    that names the page's kind (外務大臣談話 over …について): the page is of that kind."""
    if kind_label:
        return lx.KIND_LABELS[kind_label].text, kind_label
    dtype, rule = _doc_type_and_rule(title, n_chrono_entries, lead, visit_summary, bluebook)
    if schedule and dtype != "chronology":
        return "chronology", schedule
    return dtype, rule


def _doc_type_and_rule(title: str, n_chrono_entries: int, lead: str | None, visit_summary: bool,
                       bluebook: bool) -> tuple[str, str | None]:
    if visit_summary:
        return "visit", None
    t = SPACE.sub("", title or "")
    if not t:
        if n_chrono_entries >= 4:
            return "chronology", None
        for dtype, rx, rows in LEAD_TYPE_RULES:
            row = fire_match(rows, rx.search(lead), "w" if rx is QA_LINE else 0) if lead else None
            if row:
                return dtype, row.id
        return ("meeting" if lead else "other"), None
    for dtype, rx, rows in DOC_TYPE_RULES:
        row = fire_match(rows, rx.search(t))
        if row:
            return dtype, row.id
    core = BRACKET_TAIL.sub("", t)
    if (bluebook and n_chrono_entries) or n_chrono_entries >= 4:
        # a heading that names a talk or a visit is no chronology (the dated rows of a visit's page are its programme)
        talk = fire_match(_TALK_TITLE, TALK_TITLE_END.search(t), "w")
        if talk and n_chrono_entries >= 4 and not lead and fire_match(_TALK_LIST, TALK_LIST.search(t)):
            talk = None  # …における主な二国間会談 over dated rows (no running text): the list of a gathering's talks
        if bluebook and n_chrono_entries and not talk and not fire_match(_VISIT_TITLE, VISIT_TITLE.search(t)):
            return "chronology", None
        if n_chrono_entries >= 4 and not talk and not fire_match(_VISIT_TITLE, VISIT_TITLE.search(core)):
            return "chronology", None
    heading = ANNOUNCEMENT_WORD if t.endswith(ANNOUNCEMENT_WORD.pattern) else \
        next((r for r in _COMING_ROWS if core.endswith(r.pattern)), None)
    if heading is not None and lead:
        row = fire_match(_ANNOUNCED, ANNOUNCED.search(lead), "w")
        if row:
            fire(heading)
            return "other", row.id  # a talk announced before it is held, not its record
    tail = BRACKET_TAIL_INNER.search(t)
    row = fire_match(_TALK_TITLE, TALK_TITLE_END.search(tail.group(1)), "w") if tail else None
    if row:
        return "meeting", row.id  # a visit's heading whose bracketed line names the talk it reports
    row = fire_match(_TALK_TITLE, TALK_TITLE_END.search(core), "w")  # (…首脳会談, …テレビ会談 end in 会談)
    if row:
        return "meeting", row.id
    row = fire_match(_VISIT_TITLE, VISIT_TITLE.search(core))
    if row:
        return "visit", row.id
    row = fire_match(_HEADING, HEADING_WORD.search(t))
    return ("meeting", row.id) if row else ("other", None)


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
        _run_schedule(doc, *sched)
        return
    span, title_line, date_line, m = find_title(doc)
    if span is not None:
        s, e = span
        doc.title = TITLE_LINE_BREAK.sub("", doc.text[s:e]) or None
        doc.title_span = (s, e)
    anchor = title_line if title_line is not None else date_line
    if title_line is not None:  # a line above the title that names the page's kind (外務大臣談話 / …について)
        k = title_line - 1
        while k >= 0 and is_residue(doc.line_text(k)):
            k -= 1
        row = fire_match(_KIND_LABEL, KIND_LABEL.match(_clean(doc.line_text(k))), "w") if k >= 0 else None
        doc.kind_label = row.id if row else None
    if anchor is None:
        anchor = next((i for i in range(min(80, len(doc.lines))) if not is_residue(doc.line_text(i))
                       and not is_nav_line(doc.line_text(i)) and not is_footer(doc.line_text(i))), None)
    if anchor is not None:
        doc.body_start = doc.lines[anchor].start
    # a section of the Diplomatic Bluebook: its chapter banner or the site's Bluebook label above the heading
    top = anchor if anchor is not None else min(12, len(doc.lines))
    doc.bluebook = _bluebook_banner(doc, top)
    if date_line is not None and m is not None:
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
            doc.header_time_jst = JAPAN_TIME.pattern in tail
            fire(JAPAN_TIME if doc.header_time_jst else None)
    # the content ends at the first footer line after the title
    start_line = anchor if anchor is not None else 0
    doc.body_end = len(doc.text)
    for i in range(start_line + 1, len(doc.lines)):
        t = doc.line_text(i)
        if is_footer(t) or (is_nav_line(t) and not CHAPTER_BANNER.match(t) and i > start_line + 3):
            doc.body_end = doc.lines[i].start
            break
    doc.lead = _lead(doc)
    # a page whose heading is lost (title from a photo caption, or none) that says it summarises a visit
    from_caption = doc.title_span is not None and title_line == date_line and date_line is not None \
        and not (doc.lines[date_line].start <= doc.title_span[0] < doc.lines[date_line].end)
    if (doc.title is None or from_caption) and doc.lead:
        k = doc.norm.find("\n", doc.norm.find(doc.lead, doc.body_start))
        para = doc.lead + (doc.norm[doc.norm.find(doc.lead, doc.body_start) + len(doc.lead):k] if k > 0 else "")
        doc.visit_summary = fire_match(_VISIT_SUMMARY, VISIT_SUMMARY.search(para)) is not None


_RELATIONS = lx.BANNERS["layout.banner.relations"]
RELATIONS_HEADING = re.compile(_RELATIONS.source)


def relations_heading(doc: Doc) -> int | None:
    """The line of a page without a heading or a date that opens on a numbered section on one country ((3)日・ケニア
    関係, ア ベトナム), as a Bluebook section does under its banner; None if the page opens otherwise."""
    if doc.title is not None or doc.doc_date is not None or doc.bluebook:
        return None
    i = next((k for k in range(min(12, len(doc.lines))) if not is_residue(doc.line_text(k)) and doc.line_text(k).strip()), None)
    if i is None or not doc.lines[i].marker:
        return None
    m = RELATIONS_HEADING.match(_clean(doc.norm[doc.lines[i].content_start:doc.lines[i].end]))
    return i if m and m.group("c") in _COUNTRY_NAMES else None


def _bluebook_banner(doc: Doc, top: int) -> bool:
    """A section of the Diplomatic Bluebook: its chapter banner or the site's Bluebook label above the heading."""
    for i in range(top):
        row = ("layout.banner.chapter" if CHAPTER_BANNER.match(_clean(doc.line_text(i)))
               else "layout.banner.bluebook" if BLUEBOOK_LABEL.match(doc.line_text(i)) else None)
        if row:
            fire(row)
            return True
    return False


def _run_schedule(doc: Doc, i: int, rule: str) -> None:
    """A schedule page: its heading is the title, its year the page's (reduced) date; the announcements are its entries."""
    doc.title_span = _line_span(doc, i)
    doc.title = doc.text[doc.title_span[0]:doc.title_span[1]]
    ln = doc.lines[i]
    ym = next((x for x in dates.find_dates(doc.norm, ln.start, ln.end) if x.year), None)
    k = _next_content(doc, i)
    if ym is None and k is not None and not is_sentence(doc.line_text(k)):
        ym = next((x for x in dates.find_dates(doc.norm, doc.lines[k].start, doc.lines[k].end) if x.year), None)  # (its date line)
    if ym is not None:
        doc.doc_date = f"{ym.year:04d}"
        doc.doc_date_span = (ym.start, ym.end)
    doc.schedule = rule
    doc.body_start = ln.start
    doc.body_end = len(doc.text)
    for k in range(i + 1, len(doc.lines)):
        if is_footer(doc.line_text(k)):
            doc.body_end = doc.lines[k].start
            break
    doc.lead = None


# patterns the regex engine would try at every position (they open with an optional group or a group of words),
# guarded: the same matches, found faster (matching.guarded; the largest gains of a timing of each pattern)
ENTRY_LINE = guarded(ENTRY_LINE)
# the characters a match of each line pattern opens with: tested before the pattern is tried at a line's start
# (matching.Opens: most lines open with none of them, and a call of the engine costs ten times the test)
_ENTRY_OPENS, _DOT_ENTRY_OPENS = Opens(ENTRY_LINE), Opens(DOT_ENTRY)
_DATED_ENTRY_OPENS, _DATE_CELL_OPENS, _CHAPTER_OPENS = Opens(DATED_ENTRY), Opens(DATE_CELL), Opens(CHAPTER_BANNER)
