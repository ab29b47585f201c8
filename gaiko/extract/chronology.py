"""Chronology stage (近年の日露関係の動き): one event per dated entry under a year heading.

An entry is a line that starts with a day (5月27日, 2月11日~12日) under a year heading (2011, 2019年,
平成30年); a line right below that starts with の or a bracket continues it ((於:パリ), (サハリンⅡ…)).
Kind, channel, city and occasion are read from the entry's own words; bullets (●) below entries hold
what the talks produced and are attached to the nearest entry above them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from copy import copy
from dataclasses import dataclass, field

from gaiko import countries
from gaiko.extract import dates, people, places
from gaiko.extract.document import (
    ANNOUNCEMENT_HEADING,
    DOT_ENTRY,
    ENTRY_LINE,
    YEAR_LINE,
    YEAR_TEXT,
    entry_match,
    relations_heading,
    visitor_lines,
)
from gaiko.extract.drafts import EventDraft, PersonMention
from gaiko.extract.lexicon import Row, fire
from gaiko.extract.lexicon import dates as date_words
from gaiko.extract.lexicon import layout as lx
from gaiko.extract.lexicon import places as place_words
from gaiko.extract.lexicon import roles as role_words
from gaiko.extract.lexicon import talks as talk_words
from gaiko.extract.matching import Opens, RowLookup, RowPattern, fire_match, skip_ahead
from gaiko.extract.meetings import BOTH_SIDES_RE, channel_of, companion, kind_from_roles, kind_of_noun, pair_country, person_side
from gaiko.text import Doc


def _words(group: str, table=lx.CHRONO) -> RowPattern:
    """The alternation of a layout group's rows, whose matches fire their row."""
    return RowPattern.words(table, table.where(group=group))


_ERA_NAMES = dates.ERA_NAMES
_Y = YEAR_TEXT


_YEAR_OF = re.compile(r"(?P<w>(?:18|19|20)\d{2})年|(?P<era>" + _ERA_NAMES + r")(?P<ey>元|\d{1,2})年")


def year_of(text: str) -> int | None:
    """The year an entry's date prints (the western one when both are given)."""
    m = _YEAR_OF.search(text)
    if not m:
        return None
    return int(m.group("w")) if m.group("w") else dates.ERAS[m.group("era")] + (dates.to_int(m.group("ey")) or 0)


_BULLETS = lx.CHRONO.where(group="bullet")
BULLET = RowPattern(r"^\s*(?P<w>[" + "".join(re.escape(r.pattern) for r in _BULLETS) + "])", {"w": RowLookup(lx.CHRONO, _BULLETS)})
DATE_TAIL = re.compile(lx.DATE_TAIL.alternation())
MONTH_LINE = re.compile(r"^[\s|]*(?P<m>\d{1,2})月[\s|]*$")  # a month heading: 10月 alone on its line
# … over entries that print their day only: 22日 …, 15日~16日 …
DAY_ENTRY = re.compile(r"^[\s|]*(?P<d>(?P<dd>\d{1,2})日(?:\s*[~\-]\s*(?P<d2>\d{1,2})日)?)(?:\s*" + date_words.WEEKDAYS["dates.weekday.paren"].source + r")?[\s|::]+"
                       r"(?P<t>[^\s|::].*?)[\s|]*$")  # what closes the page's date line: 現在, 更新
CONTINUATION = re.compile(r"^\s*(?:の|\((?!注)|（(?!注))")
STAY_DAY = re.compile(lx.CHRONO["layout.stay_day.day"].source)  # (  22日 …: a day of the stay's entry above)

# What only a chronology entry says of its kind (layout.entry_kind rows); everything else is read with the talk words
# of the meetings stage. A leader's visit names the leader by a head's title (not a former or a deputy's: 元首相の訪日,
# 副大統領の来日)
ENTRY_HEADS = "(?<![元前副])(?:" + role_words.ENDINGS.alternation(role_words.ENDINGS[f"roles.end.{k}"] for k in (
    "sori", "sori_daijin", "shusho", "daitoryo", "kokka_shuseki", "shuseki", "kokuo", "joo", "shucho", "genshu", "taiko",
    "shissei")) + ")(?:大臣)?(?:夫妻)?"
_ENTRY_KIND = lx.CHRONO.where(group="entry_kind")
ENTRY_RULES: list[tuple[re.Pattern, Row]] = [
    (re.compile((ENTRY_HEADS if r.id.startswith("layout.entry_kind.leader_visit") else "") + "(?:" + r.source + ")"), r)
    for r in _ENTRY_KIND]
CHANGE_OF_OFFICE = ENTRY_RULES[0][0]


def entry_kind(text: str, persons: list[PersonMention] | None = None) -> str:
    """An entry's kind: what only an entry says (a change of office, a leader's visit: layout.entry_kind rows), else
    the ranks of the ``persons`` who hold its talk (…首相が訪日し、…総理大臣と会談した: summit; a minister with a head
    and a minister: other), else its words' (…外相会談, …次官級協議), else other_ministerial when a minister is named.
    Talk words that decide by themselves (首脳, 2+2) come before the ranks; a title among the words (…外相と会談) does not."""
    talk_words = False
    for rx, row in ENTRY_RULES:
        if rx.search(text):
            fire(row)
            if row.value:
                return row.value
            talk_words = True  # (the talk words decide)
            break
    former = bool(persons) and any(people.is_former(p.role) for p in persons or ())
    by_rank = kind_from_roles(persons) if persons and len(persons) >= 2 and not former else None
    if by_rank and not talk_words:
        return by_rank
    noun_kind = kind_of_noun(text)
    if noun_kind and noun_kind != "other":
        return noun_kind
    if by_rank:
        return by_rank
    if former and len(persons or ()) >= 2:
        return "other"  # (a former holder's talk has no holders' rank: ザトレルス前大統領と…総理大臣)
    return "other_ministerial" if "大臣" in text else "other"


# --- schedule pages (主な要人の来日日程): announcements, each with the talks its visitor is to hold ------------
ANNOUNCEMENT = ANNOUNCEMENT_HEADING
# the announced stay: 12月16日(木)から18日(土)まで, 9月6日(月)~8日(水)
STAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:\([月火水木金土日]\))?\s*(?:から|~|-)\s*(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日"
                  r"(?:\([月火水木金土日]\))?")
# a talk the visitor is to hold (not an audience with the Emperor, 御会見, nor a press conference)
ANNOUNCED_TALK = _words("schedule_talk", lx.SCHEDULE)
FUTURE = _words("schedule_future", lx.SCHEDULE)
PAST = _words("schedule_past", lx.SCHEDULE)
COURTESY_CALL = lx.SCHEDULE["layout.schedule_talk.hyokei"]


def _ranks(*names: str) -> RowPattern:
    return RowPattern.words(lx.SCHEDULE, [lx.SCHEDULE[f"layout.rank.{n}"] for n in names])


# the visitor's rank (a head of state or government, a foreign minister) and the Japanese host's
VISITOR_HEAD = RowPattern.words(lx.SCHEDULE, lx.SCHEDULE.where(group="rank", value="head"))
VISITOR_FM = RowPattern.words(lx.SCHEDULE, lx.SCHEDULE.where(group="rank", value="fm"))
HOST_HEAD = _ranks("sori")
HOST_FM = _ranks("gaimu_daijin", "gaisho")
KANJI_NAME = re.compile(r"[一-龥]")  # a name in kanji with no side: Japan's (the page is the ministry's)


def _announced_kind(txt: str, host, visitor_rank: str | None) -> str:
    """A courtesy call (表敬) is other; else the ranks of the host and the visitor decide, then the talk's noun."""
    if COURTESY_CALL.pattern in txt:
        fire(COURTESY_CALL)
        return "other"
    role = (host.role or "") if host else ""
    if HOST_HEAD.search(role):
        return "summit" if visitor_rank == "head" else "other"
    if HOST_FM.search(role):
        return "foreign_ministers" if visitor_rank == "fm" else "other"
    kind = kind_of_noun(txt)
    return kind if kind else "other"


def run_schedule(doc: Doc) -> None:
    """One event per announced talk: per named Japanese principal of a talk sentence, dated with the stay."""
    sents = doc.body_sentences()
    doc.event_sentences = sents
    lines = doc.body_lines()
    heads = [li for li in lines if ANNOUNCEMENT.search(doc.line_text(li)) and "。" not in doc.line_text(li)
             and li != doc.line_at(doc.body_start)]
    by_visitor = not heads  # (a schedule listed by visitor: each visitor's line heads its block, the stay maybe on it)
    if by_visitor:
        heads = visitor_lines(doc, doc.line_at(doc.body_start))
    events: list[EventDraft] = []
    page_year = int(doc.doc_date[:4]) if doc.doc_date else None
    starts = [s.start for s in sents]  # (each announcement's sentences found by their starts, not by reading them all)
    ordered = all(a <= b for a, b in zip(starts, starts[1:]))
    for k, h in enumerate(heads):
        start, end = doc.lines[h].start, (doc.lines[heads[k + 1]].start if k + 1 < len(heads) else doc.body_end)
        head = doc.line_text(h)
        cp = pair_country(head)
        visitors = [p for p in people.find_people(doc, doc.lines[h].start, doc.lines[h].end) if person_side(p, cp) != "JP"
                    and not (by_visitor and KANJI_NAME.match(p.name))]
        for p in visitors:
            p.country = person_side(p, cp)
        if cp is None:
            cp = next((p.country for p in visitors if p.country), None)
        # the visitor's rank, as the announcement's first sentence gives it: (パラオ共和国大統領), 英外相
        first = doc.norm[doc.lines[h].start:doc.norm.find("。", doc.lines[h].end, end) if "。" in doc.norm[doc.lines[h].end:end] else end]
        visitor_rank = ("head" if VISITOR_HEAD.search(first) else "fm" if VISITOR_FM.search(first) else None)
        if cp is None:
            # the visitor's side in brackets after an organisation's office (…フォーラム議長(パラオ共和国大統領)は)
            cp = next((c for b in BRACKETED.finditer(first) if (c := pair_country(b.group(1)))), None)
            for p in visitors:
                p.country = p.country or cp
        entry = next((m for m in dates.find_dates(doc.norm, doc.lines[h].end, end) if m.is_full), None)
        year = entry.year if entry else page_year
        stay = STAY.search(doc.norm, entry.end if entry else doc.lines[h].start if by_visitor else doc.lines[h].end, end)
        date = date_end = None
        if year and stay:
            m1, d1 = int(stay.group("m")), int(stay.group("d"))
            y1 = year + (1 if entry and entry.month and m1 < entry.month - 6 else 0)
            m2 = int(stay.group("m2") or m1)
            date = f"{y1:04d}-{m1:02d}-{d1:02d}"
            date_end = f"{y1 + (1 if m2 < m1 else 0):04d}-{m2:02d}-{int(stay.group('d2')):02d}"
        own = range(bisect_left(starts, start), bisect_left(starts, end)) if ordered else range(len(sents))
        for si in own:
            s = sents[si]
            if not (start <= s.start < end):
                continue
            txt = doc.norm[s.start:s.end]
            if not ANNOUNCED_TALK.search(txt) or not (by_visitor or FUTURE.search(txt)) or PAST.search(txt):
                continue  # (a line of a visitors' schedule is all to come: 河合外務大臣と外相会談)
            hosts: list[PersonMention | None] = []
            seen: set[str] = set()
            for p in people.find_people(doc, s.start, s.end):
                side = person_side(p, cp) or ("JP" if KANJI_NAME.match(p.name) else None)
                if side == "JP" and p.name not in seen:
                    seen.add(p.name)
                    p.country = "JP"
                    hosts.append(p)
            for host in hosts or [None]:
                ev = EventDraft(kind="other", channel=channel_of(txt), counterpart=cp)
                ev.date, ev.date_end = date, date_end
                day = _talk_day(doc, s.start, s.end, stay, date) if by_visitor else None
                if day:
                    ev.date, ev.date_end = day, None  # 18日、…と外相会談を行う予定: the talk's own day in the stay
                ev.principals = ([host] if host else []) + [copy(v) for v in visitors[:1]]
                ev.kind = _announced_kind(txt, host, visitor_rank)
                ev.entry_words = head.strip()
                ev.evidence["entry"] = (s.start, s.end)
                ev.evidence["scheduled"] = (s.start, s.end)
                ev.sentences.append(si)
                events.append(ev)
    doc.events = events


BRACKETED = re.compile(r"\(([^()]{2,20})\)")


def _talk_day(doc: Doc, start: int, end: int, stay: re.Match | None, date: str | None) -> str | None:
    """The day an announced talk is held, printed in its sentence outside the stay (19日に…と会談する): in the stay's
    month (or the next, for a day before the stay's first)."""
    if not (stay and date):
        return None
    for m in dates.find_dates(doc.norm, start, end):
        if m.day and not m.year and not (stay.start() <= m.start < stay.end()):
            y, mo = int(date[:4]), m.month or int(date[5:7])
            if not m.month and m.day < int(date[8:10]):
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
            return f"{y:04d}-{mo:02d}-{m.day:02d}"
    return None


@dataclass(slots=True)
class Reading:
    """How a page's entries are read, decided once: ``count_entries`` gives its ``entries`` to the page's type, and
    ``run`` reads the events the same way. ``reader``: schedule, bluebook, prose, visits or lines (entry lines)."""
    reader: str
    entries: int
    items: list[tuple[int, dates.DateMention, int, int]] = field(default_factory=list)  # bluebook_items
    lines: list[int] = field(default_factory=list)  # prose_lines
    visits: list[tuple[int, re.Match]] = field(default_factory=list)  # visit_lines


def reading(doc: Doc, items: list[tuple[int, dates.DateMention, int, int]] | None = None) -> Reading:
    """The page's ``Reading``; ``items``: its Bluebook items when already read (``relations_section``)."""
    if doc.schedule:
        return Reading("schedule", 0)
    if doc.bluebook:  # (a section under its banner, one talk or more; a bare one: relations_section)
        items = bluebook_items(doc) if items is None else items
        return Reading("bluebook", len(items), items=items)
    n = sum(1 for i in doc.body_lines() if entry_match(doc.line_text(i)))
    if n >= 4:  # (the page's own date line is not an entry)
        return Reading("lines", n)
    lines = prose_lines(doc)
    # (prose items, unless each is an entry: ・2015年5月 …, ・2017年 … — a year alone is then an entry too)
    if len(lines) >= PROSE_MIN_LINES and not all(entry_match(doc.line_text(li)) for li in lines):
        return Reading("prose", n + sum(1 for li in lines for m in dates.find_dates(doc.norm, doc.lines[li].content_start,
                                                                                    doc.lines[li].end) if m.month),
                       lines=lines)
    visits = visit_lines(doc)
    if len(visits) >= VISIT_MIN_LINES:
        return Reading("visits", n + sum(len(dates.find_dates(doc.norm, vm.start("ds"), vm.end("ds"))) for _li, vm in visits),
                       visits=visits)
    return Reading("lines", n)


def count_entries(doc: Doc) -> int:
    """How many dated entries the body holds: entry lines, else the dated items of a prose chronology or of a
    visitors' list (or the dated talks of a Bluebook section)."""
    return reading(doc).entries


def run(doc: Doc, how: Reading | None = None) -> None:
    """The events of a chronology page, read as ``how`` (``reading``) says."""
    how = reading(doc) if how is None else how
    if how.reader == "schedule":
        run_schedule(doc)
    elif how.reader == "bluebook":
        run_bluebook(doc, how.items)
    elif how.reader == "prose":
        run_prose(doc, how.lines)
    elif how.reader == "visits":
        run_visits(doc, how.visits)
    else:
        run_lines(doc)


def run_lines(doc: Doc) -> None:
    """One event per entry line (a date, then its words), under year and month headings; the sentences below an
    entry (bullets, notes) go to the entry they describe."""
    sents = [s for s in doc.body_sentences()]
    doc.event_sentences = sents
    cp, others = title_sides(doc.title)
    # (entries above any year heading take the one year the page's heading names: 2019年の日・X関係の主な動き, though the
    # page be dated in the next; else the page's year: a list of a gathering's talks dated 6月27日 …)
    title_years = _YEAR_OF.findall(doc.title or "")
    year = year_of(doc.title or "") if len(title_years) == 1 else None
    if year is None and doc.doc_date:
        year = int(doc.doc_date[:4])
    month = None  # (a month heading over entries that print their day only: 10月 / 22日 …)
    events: list[EventDraft] = []
    body_lines = doc.body_lines()
    entry_of_line: dict[int, EventDraft] = {}
    i = 0
    while i < len(body_lines):
        li = body_lines[i]
        t = doc.line_text(li)
        ym = YEAR_LINE.match(t)
        if ym:
            year = int(ym.group("w")) if ym.group("w") else dates.ERAS[ym.group("era")] + (dates.to_int(ym.group("ey")) or 0)
            month = None
            i += 1
            continue
        mh = MONTH_LINE.match(t)
        if mh:
            month = int(mh.group("m"))
            i += 1
            continue
        de = DAY_ENTRY.match(t) if month and year else None
        if de and year and month:
            ln = doc.lines[li]
            start = ln.start + de.start("d")
            ev = _entry_event(doc, de.group("d"), year, de.group("t"), cp, start, year_only=True)
            ev.date = f"{year:04d}-{month:02d}-{int(de.group('dd')):02d}"
            if de.group("d2"):
                ev.date_end = f"{year:04d}-{month:02d}-{int(de.group('d2')):02d}"
            ev.others = list(others)
            ev.evidence["entry"] = (start, ln.end)
            ev.evidence["date"] = (start, start + len(de.group("d")))
            events.append(ev)
            entry_of_line[li] = ev
            i += 1
            continue
        dot = DOT_ENTRY.match(t)
        if dot:
            year = int(dot.group("y"))
            ln = doc.lines[li]
            start = ln.start + dot.start("d")
            ev = _entry_event(doc, dot.group("d"), year, dot.group("t") or "", cp, start, year_only=True)
            mo = int(dot.group("m"))
            ev.date = f"{year:04d}-{mo:02d}" + (f"-{int(dot.group('dd')):02d}" if dot.group("dd") else "")
            if dot.group("d2") and dot.group("dd"):
                m2 = int(dot.group("m2") or mo)
                ev.date_end = f"{year + (1 if m2 < mo else 0):04d}-{m2:02d}-{int(dot.group('d2')):02d}"
            ev.others = list(others)
            ev.evidence["entry"] = (start, ln.end)
            ev.evidence["date"] = (start, start + len(dot.group("d")))
            events.append(ev)
            entry_of_line[li] = ev
            i += 1
            continue
        em = ENTRY_LINE.match(t)
        if em and (em.group("y") or em.group("yo")) and li != doc.date_line:  # (the page's date dates no entry)
            year = year_of(em.group("d")) or year
        if em and year:
            ln = doc.lines[li]
            start = ln.start + em.start("d")
            end = ln.end
            words = em.group("t") or ""
            if not words and i + 1 < len(body_lines):
                # a table row: the date in one cell, the text in the next line
                nt = doc.line_text(body_lines[i + 1])
                if nt.strip() and not entry_match(nt) and not YEAR_LINE.match(nt) and not BULLET.match(nt):
                    words = nt.strip()
                    end = doc.lines[body_lines[i + 1]].end
                    i += 1
            # continuation lines (after blank lines): の際の…, (於:…), (…式典)
            j = i + 1
            own = [i]
            while j < len(body_lines):
                nt = doc.line_text(body_lines[j])
                if not nt.strip():
                    j += 1
                    continue
                if CONTINUATION.match(nt) and not entry_match(nt) and not YEAR_LINE.match(nt):
                    end = doc.lines[body_lines[j]].end
                    words += nt.strip()
                    own.append(j)
                    j += 1
                    continue
                break
            if li == doc.date_line and DATE_TAIL.fullmatch(words.strip()):
                i = max(j, own[-1] + 1)
                continue  # the page's own date line (令和5年4月1日現在) is no entry
            if not words.strip():
                i = max(j, own[-1] + 1)
                continue  # a date with no words on its line or below it (the page's date under the list): no entry
            ev = _entry_event(doc, em.group("d"), year, words, cp, start, year_only=bool(em.group("yo")))
            ev.others = list(others)
            ev.evidence["entry"] = (start, end)
            ev.evidence["date"] = (start, start + len(em.group("d")))
            days = _stay_days(doc, body_lines, j, ev, year, others)
            if days:  # a stay over the lines of its days: an entry per day line, the stay none
                events += days
                for k, day in zip(range(j, j + len(days)), days):
                    entry_of_line[body_lines[k]] = day
                for k in own:  # (the stay's own line tells no talk: no bullet of the day above it)
                    entry_of_line[body_lines[k]] = days[0]
                i = j + len(days)
                continue
            events.append(ev)
            for k in own + ([i + 1] if words and i + 1 < len(body_lines) and own == [i] and not em.group("t") else []):
                entry_of_line[body_lines[k]] = ev
            i = max(j, own[-1] + 1)
            continue
        i += 1
    # bullets and other sentences: to the entry of the same year block that they name (by the kind of talk
    # or a person in the entry's words), else to the nearest entry above them
    # Bullets: under a single entry they describe it; a block of bullets after a run of several entries (all
    # the year's talks, then all their bullets) follows the entries' order and is matched by its own words.
    # each entry's place in the list (was events.index, a scan per sentence: quadratic on a long chronology; every
    # entry holds its own span, so none equals another and the first equal one is the entry itself)
    index_of = {id(e): k for k, e in enumerate(events)}
    current = None
    run_start, run_len, floor, in_run = 0, 0, 0, False
    last_target, last_direct, last_line = None, True, -1
    for si, s in enumerate(sents):
        if s.line in entry_of_line:
            ev = entry_of_line[s.line]
            if ev is not current:
                idx = index_of[id(ev)]
                if in_run:
                    run_len += 1
                else:
                    run_start, run_len, in_run = idx, 1, True
                floor = run_start
            current = ev
            continue
        if current is None or YEAR_LINE.match(doc.line_text(s.line)):
            continue
        in_run = False
        prev_line = s.line - 1
        if s.line == last_line or (prev_line >= 0 and BULLET.match(doc.line_text(prev_line)) and last_target is not None):
            direct, target = last_direct, last_target  # the same bullet line, or a bullet right under another
            if not direct:
                base = events[floor]
                target = base if _score(doc, s, base) > 0 else _best_entry(doc, s, events, floor)
        elif prev_line in entry_of_line or run_len <= 1:
            direct, target = True, current  # right under its entry
        else:
            direct, target = False, _best_entry(doc, s, events, floor)
        assert target is not None  # (a sentence below an entry always has one)
        floor = max(floor, index_of[id(target)]) if not direct else floor
        last_target, last_direct, last_line = target, direct, s.line
        target.sentences.append(si)
        for p in people.find_people(doc, s.start, s.end):
            if companion(doc, p):
                continue
            side = person_side(p, cp)
            if side is None and KANJI_NAME.match(p.name):
                side = "JP"
            p.country = side
            if side and not any(q.name == p.name for q in target.principals) and not people.is_former(p.role):
                target.principals.append(p)
    doc.events = events


# the kind a bullet opens with: a word of the talk's kind (首脳会談, 両首脳 / 外相会談, 両外相) or a holder's title (総理,
# 大統領, 首相 / 外相, 外務大臣) — talks.KINDS and roles.ENDINGS rows
_BULLET_ROWS = {
    "summit": ((talk_words.KINDS["talks.kind.shuno"],),
               tuple(role_words.ENDINGS[f"roles.end.{w}"] for w in ("sori", "daitoryo", "shusho"))),
    "foreign_ministers": ((talk_words.KINDS["talks.kind.gaisho"],), (role_words.ENDINGS["roles.end.gaimu_daijin"],)),
}
BULLET_KIND = [(RowPattern("(?P<k>" + talk_words.KINDS.alternation(k) + ")|(?P<r>" + role_words.ENDINGS.alternation(r) + ")",
                           {"k": RowLookup(talk_words.KINDS, k), "r": RowLookup(role_words.ENDINGS, r)}), kind)
               for kind, (k, r) in _BULLET_ROWS.items()]


def _stay_days(doc: Doc, body_lines: list[int], j: int, stay: EventDraft, year: int, others: list[str]) -> list[EventDraft]:
    """The entries of the indented day lines right below a stay's entry (●10月21日～24日 X首相 /   22日 …と首脳会談):
    each dated in the stay's month (the next month for a day before the stay's first), the visitor its other side."""
    if not stay.date or len(stay.date) < 10:
        return []
    first = dt.date.fromisoformat(stay.date)
    visitors = [p for p in stay.principals if p.country and p.country != "JP"]
    out: list[EventDraft] = []
    while j + len(out) < len(body_lines):
        li = body_lines[j + len(out)]
        t = doc.line_text(li)
        de = DAY_ENTRY.match(t) if STAY_DAY.match(t) else None
        if de is None:
            break
        fire(lx.CHRONO["layout.stay_day.day"])
        ln = doc.lines[li]
        start = ln.start + de.start("d")
        ev = _entry_event(doc, de.group("d"), year, de.group("t"), stay.counterpart, start, year_only=True)
        day = int(de.group("dd"))
        month = first.month if day >= first.day else first.month % 12 + 1
        ev.date = f"{year + (1 if month < first.month else 0):04d}-{month:02d}-{day:02d}"
        ev.others = list(others)
        for v in visitors:
            if not any(q.name == v.name for q in ev.principals):
                ev.principals.append(copy(v))
        ev.counterpart = ev.counterpart or (visitors[0].country if visitors else None)
        if len(ev.principals) >= 2:
            ev.kind = entry_kind(de.group("t"), ev.principals)
        ev.evidence["entry"] = (start, ln.end)
        ev.evidence["date"] = (start, start + len(de.group("d")))
        out.append(ev)
    return out


def _score(doc: Doc, s, ev: EventDraft) -> int:
    """How plainly a bullet names an entry: a person in the entry's words (3), the kind of talk it opens with (2)."""
    ln = doc.lines[s.line]  # the whole bullet: it may hold several sentences
    text = doc.norm[ln.content_start:ln.end]
    names = [p.name for p in people.find_people(doc, ln.start, ln.end) if len(p.name) >= 2]
    kind = next((k for rx, k in BULLET_KIND if rx.search(text[:30])), None)
    score = 3 * any(n in ev.entry_words for n in names)
    if kind and (ev.kind == kind or (kind == "foreign_ministers" and "外相" in ev.entry_words)):
        score += 2
    return score


def _best_entry(doc: Doc, s, events: list[EventDraft], floor: int, window: int = 4) -> EventDraft:
    """The entry a bullet in a block describes, among the next few from ``floor`` (bullets follow the entries' order)."""
    best, best_score = events[floor], 0
    for ev in events[floor:floor + window]:
        sc = _score(doc, s, ev)
        if sc > best_score:
            best, best_score = ev, sc
    return best


def _entry_event(doc: Doc, dtext: str, year: int, words: str, cp: str | None, start: int,
                 year_only: bool = False) -> EventDraft:
    dm = [] if year_only else [m for m in dates.find_dates(doc.norm, start, start + len(dtext)) if m.month]
    ev = EventDraft(kind=entry_kind(words), channel=channel_of(words), counterpart=cp)
    ev.entry_words = words
    if year_only:
        ev.date = f"{year:04d}"  # a year-only entry: the precision the page gives
    if dm:
        m = dm[0]
        mo, day = m.month, m.day
        if mo and day:
            ev.date = f"{year:04d}-{mo:02d}-{day:02d}"
            if m.end_day:
                em = m.end_month or mo
                ev.date_end = f"{year:04d}-{em:02d}-{m.end_day:02d}"
        elif mo:
            ev.date = f"{year:04d}-{mo:02d}"  # a month-only entry: the precision the page gives
    _entry_place(words, ev)
    if ev.kind == "other" and CHANGE_OF_OFFICE.search(words):
        ev.channel = None
    persons = people.find_people(doc, start, start + len(dtext) + len(words) + 4)
    for p in persons:
        if companion(doc, p):
            continue
        side = person_side(p, cp)
        if side is None and KANJI_NAME.match(p.name):
            side = "JP"
        p.country = side
        if side:
            ev.principals.append(p)
    if ev.counterpart is None:  # a heading naming no country (主な来日要人): the entry's foreign principal's side
        ev.counterpart = next((p.country for p in ev.principals if p.country and p.country != "JP"), None)
    if len(ev.principals) >= 2:  # the ranks of those who hold the talk, when its words do not tell its kind
        ev.kind = entry_kind(words, ev.principals)
    if ev.channel is None:
        # an inauguration or a change of government concerns one side only
        foreign = any(p.country and p.country != "JP" for p in persons) or (
            HEAD_OF_STATE.search(words) and KATAKANA.search(words))
        ev.one_side = (cp or "JP") if foreign else "JP"
    return ev


# where an entry's talk was: (於:パリ), (ダーウィン), or the gathering's name (…の際の, a bracketed name)
_O = place_words.VISITS["places.cue.o"]
ENTRY_AT = re.compile(r"\(" + _O.source + r"[::]\s*(?P<p>[^()]+)\)")
PAREN_CITY = place_words.CITY_FORMS["places.paren_city.entry"]
_PAREN_CITY = re.compile(PAREN_CITY.source)
KATAKANA_PLACE = re.compile(r"[ァ-ヴー・]+")
_SAI = place_words.OCCASIONS["places.occasion_word.sai"]
ENTRY_OCCASION = re.compile(r"(?P<o>[^\s、,。]{2,40}?)の" + _SAI.source + "の")
PAREN_OCCASION = re.compile(r"\(([^()" + _O.source + r":]{4,40})\)")
HEAD_OF_STATE = _ranks("daitoryo", "shusho")  # an inauguration of a foreign 大統領/首相 (a katakana name)
KATAKANA = re.compile(r"[ァ-ヴ]")


def _entry_place(words: str, ev: EventDraft) -> None:
    """The city and occasion of an entry from its own words; the row that decided the city in ``ev.rules``."""
    loc = ENTRY_AT.search(words)
    if loc:
        ev.city = places.strip_country(loc.group("p").strip())
        ev.rules["city"] = fire(_O)
    else:
        paren = _PAREN_CITY.search(words)
        p = paren.group()[1:-1] if paren else ""
        if paren and (p in places.CITIES or KATAKANA_PLACE.fullmatch(p)) and not places.is_country(p):
            ev.city = places.strip_country(p)
            ev.rules["city"] = fire(PAREN_CITY)
    om = ENTRY_OCCASION.search(words)
    if om:
        fire(_SAI)
        ev.occasion = om.group("o")
    elif (gm := places.GATHERING.search(words)) is not None:
        ev.occasion = gm.group("occ")  # (TICAD7参加のため…訪日し: a gathering and its cue, as a talk's lead names it)
    elif "(" in words and ev.kind != "other":
        inner = [x for x in PAREN_OCCASION.findall(words) if places.strip_country(x) != ev.city]  # (サンパウロ) is the city
        if inner:
            ev.occasion = inner[-1]
    if ev.city is None and ev.occasion:
        ev.city = places.city_from_occasion(ev.occasion, ev.rules)


# --- prose chronologies (…の経緯 of an overview page) -----------------------------------------------------
# bulleted lines that open with a year, each holding one or more dated items: 2019年9月、…外相会合を開催。
# 2020年10月、…, 同年3月には…, 9月には… (a month alone takes the year last printed; a year alone sets it)
PROSE_LINE = skip_ahead(re.compile(_Y))
_PROSE_OPENS = Opens(PROSE_LINE)  # (tried at every body line: its first character tested first)
PROSE_MIN_LINES = 3
TALK_WORD = _words("prose_talk")
PROSE_OCCASION = re.compile(r"(?:^|[、,はにで])(?P<o>[^\s、,。はにで]{2,30}?)の(?P<w>" + place_words.OCCASIONS.alternation(
    place_words.OCCASIONS.where(group="occasion_word")) + ")に")
_OCCASION_WORD = RowLookup(place_words.OCCASIONS, place_words.OCCASIONS.where(group="occasion_word"))
# a group of countries named by their one-character abbreviations: 日米豪印, 日中韓
# (ソ, the Soviet Union, is written in katakana: 日ソ関係)
GROUP_NAME = re.compile(r"日(?:・)?([一-龥ソ](?:・?[一-龥ソ]){0,4})")


def prose_lines(doc: Doc) -> list[int]:
    """The body's lines that open with a year, bulleted or not (the items of a prose chronology)."""
    return [li for li in doc.body_lines() if li != doc.date_line  # (not the page's own date)
            and _PROSE_OPENS.at(doc.norm, doc.lines[li].content_start, doc.lines[li].end)
            and PROSE_LINE.match(doc.norm, doc.lines[li].content_start, doc.lines[li].end)
            and not YEAR_LINE.match(doc.line_text(li))]  # (nor a year heading)


# --- visitors' lists (要人往来 by direction: 日本から / 先方から): a visitor's line closes on the bracketed months or
# years of the visits, each a dated entry: 佐藤外務大臣(2017年5月), グンナルソン大統領(2008年10月、2018年4月)
_VISIT_DATE = YEAR_TEXT + r"(?:\d{1,2}月(?:\d{1,2}日(?:\s*[~\-]\s*(?:\d{1,2}月)?\d{1,2}日)?)?)?"  # (2015年10月22日~24日)
VISIT_LINE = re.compile(r"(?P<who>[^\s()。、][^()。]{1,40}?)\s*\((?P<ds>" + _VISIT_DATE + r"(?:\s*[、,,]\s*" + _VISIT_DATE
                        + r")*)\)\s*$")
VISIT_MIN_LINES = 2


def visit_lines(doc: Doc) -> list[tuple[int, re.Match]]:
    """The body's lines that name a visitor and the dates of the visits in brackets (the items of a visitors' list)."""
    out = []
    norm = doc.norm
    for li in doc.body_lines():
        ln = doc.lines[li]
        start = ln.content_start
        if not norm[start:ln.end].rstrip().endswith(")"):
            continue  # (VISIT_LINE's bracket closes the line: most lines are read no further)
        b = BULLET.match(doc.norm, start, ln.end)
        m = VISIT_LINE.fullmatch(doc.norm, b.end() if b else start, ln.end)
        if m:
            out.append((li, m))
    return out


def run_visits(doc: Doc, visits: list[tuple[int, re.Match]]) -> None:
    """One event per visit date of a visitors' list, at the precision the list prints (2015-10, 2012)."""
    doc.event_sentences = doc.body_sentences()
    cp, others = title_sides(doc.title)
    events: list[EventDraft] = []
    for _li, vm in visits:
        who = vm.group("who")
        year = None
        for m in dates.find_dates(doc.norm, vm.start("ds"), vm.end("ds")):
            year = m.year or year
            if year is None:
                continue
            ev = EventDraft(kind=entry_kind(who), channel="in_person", counterpart=cp)
            ev.others = list(others)
            ev.entry_words = who
            ev.date = f"{year:04d}" + (f"-{m.month:02d}" if m.month else "") + (f"-{m.day:02d}" if m.month and m.day else "")
            for p in people.find_people(doc, vm.start("who"), vm.end("who")):
                p.country = person_side(p, cp) or ("JP" if KANJI_NAME.match(p.name) else None)
                if p.country:
                    ev.principals.append(copy(p))
            ev.evidence["entry"] = (vm.start(), vm.end())
            ev.evidence["date"] = (m.start, m.end)
            events.append(ev)
    doc.events = events


def group_countries(text: str) -> list[str]:
    """The sides a group's name lists after Japan, one character each (日米豪印協力 -> US, AU, IN); at least two."""
    abbr = countries.abbr_index()
    for m in GROUP_NAME.finditer(text or ""):
        codes = []
        for c in m.group(1):
            if c == "・":
                continue
            if c not in abbr or abbr[c] == "JP":
                break
            codes.append(abbr[c])
        if len(codes) >= 2:
            return codes
    return []


def title_sides(title: str | None) -> tuple[str | None, list[str]]:
    """The counterpart and any further sides a chronology's heading names: 日米豪印 -> (US, [AU, IN]),
    日ソ関係年表 -> (SU, []), 日・ラトビア関係の動き -> (LV, [])."""
    group = group_countries(title or "")
    if group:
        return group[0], group[1:]
    cp = pair_country(title or "")
    if cp is None:
        m = GROUP_NAME.search(title or "")
        abbr = countries.abbr_index()
        if m and m.group(1)[0] in abbr and abbr[m.group(1)[0]] != "JP":
            cp = abbr[m.group(1)[0]]
    return cp, []


def run_prose(doc: Doc, lines: list[int]) -> None:
    """One event per dated item (a month, with or without its day) of the prose chronology's lines."""
    doc.event_sentences = doc.body_sentences()
    cp, others = title_sides(doc.title)
    year = None
    events: list[EventDraft] = []
    for li in lines:
        ln = doc.lines[li]
        ms = dates.find_dates(doc.norm, ln.content_start, ln.end)
        for k, m in enumerate(ms):
            if m.year:
                year = m.year
            if not m.month or year is None:
                continue  # 2022年には、: a year that the next items take
            nxt = next((x.start for x in ms[k + 1:] if x.month), ln.end)
            stop = doc.norm.find("。", m.start, nxt)
            end = stop if stop >= 0 else nxt
            while end > m.start and doc.norm[end - 1] in "、,, ":
                end -= 1
            words = doc.norm[m.end:end]
            ev = EventDraft(kind=entry_kind(words), channel=channel_of(words), counterpart=cp)
            ev.others = list(others)
            ev.entry_words = words
            ev.date = f"{year:04d}-{m.month:02d}" + (f"-{m.day:02d}" if m.day else "")
            if ev.kind == "other" and not TALK_WORD.search(words):
                ev.channel = None  # a dated event that is not a talk
            cities = places.find_cities(doc.norm, m.end, end)
            if cities:
                ev.city = places.city_name(cities[0][0]) or cities[0][0]
            om = PROSE_OCCASION.search(words)
            if om:
                fire_match(_OCCASION_WORD, om, "w")
                ev.occasion = om.group("o")
            ev.evidence["entry"] = (m.start, end)
            ev.evidence["date"] = (m.start, m.end)
            events.append(ev)
    doc.events = events


# --- Bluebook sections (外交青書: a year's relations with a region's countries, told in prose) --------------
# Each completed talk of the year is one dated entry: 5月に…外相が…を訪問し、…首相と会談を行った。 A sentence that
# joins several visits and ends in それぞれ会談 gives one entry per month it names. Months without a year take the
# section's year: the latest year the section prints with a month. A photo caption (…首脳会談(8月29日、横浜)) gives
# the day and city of that month's talk.
_BLUEBOOK_TALK = RowLookup(lx.CHRONO, lx.CHRONO.where(group="bluebook_talk"))
_BLUEBOOK_HELD = RowLookup(lx.CHRONO, lx.CHRONO.where(group="bluebook_held"))
_BLUEBOOK_CAPTION = RowLookup(lx.CHRONO, lx.CHRONO.where(group="bluebook_caption"))
BLUEBOOK_TALK = re.compile("(?P<t>" + lx.CHRONO.alternation(_BLUEBOOK_TALK.rows) + ")(?P<h>" + lx.CHRONO.alternation(_BLUEBOOK_HELD.rows) + ")")
EACH = lx.CHRONO["layout.bluebook.each"]
RELATIONS = lx.BANNERS["layout.banner.relations"]
_BLUEBOOK_NOT_HELD = RowLookup(lx.CHRONO, lx.CHRONO.where(group="bluebook_not_held"))
BLUEBOOK_NOT_HELD = re.compile("(?P<w>" + lx.CHRONO.alternation(_BLUEBOOK_NOT_HELD.rows) + ")")
# a bare numbered section (no banner) is read as one when it dates two talks or more; under the Bluebook's label or a
# chapter banner, one dated talk is its entry, as the gold's Bluebook sections are chronologies (b-104)
BLUEBOOK_MIN_TALKS = 2
CAPTION_DAY = re.compile("(?P<n>" + lx.CHRONO.alternation(_BLUEBOOK_CAPTION.rows)
                         + r")\((?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[、,,]\s*(?P<c>[^\s()、,,]+))?")


def bluebook_items(doc: Doc) -> list[tuple[int, dates.DateMention, int, int]]:
    """The dated talks of a Bluebook section: (sentence index, month mention, start, end of the entry's words)."""
    items = []
    for si, s in enumerate(doc.sentences):
        if not (doc.body_start <= s.start < doc.body_end):
            continue
        txt = doc.norm[s.start:s.end]
        tm = BLUEBOOK_TALK.search(txt)
        if not tm or "。" not in txt:
            continue  # (a sentence cut before its talk is not an entry)
        if fire_match(_BLUEBOOK_NOT_HELD, BLUEBOOK_NOT_HELD.match(txt, tm.end()), "w"):
            continue  # 来年3月に首脳会談を実施することで一致: a talk to hold
        ms = [m for m in dates.find_dates(doc.norm, s.start, s.start + tm.start()) if m.month and not m.rel_month]
        if not ms:
            continue
        if EACH.pattern not in txt:
            ms = ms[:1] + _later_talks(doc, s.start + tm.end(), s.end)
        elif len(ms) > 1:
            fire(EACH)
        fire_match(_BLUEBOOK_TALK, tm, "t")
        fire_match(_BLUEBOOK_HELD, tm, "h")
        for k, m in enumerate(ms):
            end = ms[k + 1].start if k + 1 < len(ms) else s.end
            items.append((si, m, m.start, end))
    return items


def _later_talks(doc: Doc, start: int, end: int) -> list[dates.DateMention]:
    """The months after a sentence's first talk that each open a clause with a talk of their own, held (…会談を行い、
    10月には…首脳会談を行った): one entry each."""
    later = [m for m in dates.find_dates(doc.norm, start, end) if m.month and not m.rel_month]
    out = []
    for k, m in enumerate(later):
        tm = BLUEBOOK_TALK.search(doc.norm, m.end, later[k + 1].start if k + 1 < len(later) else end)
        if tm and not fire_match(_BLUEBOOK_NOT_HELD, BLUEBOOK_NOT_HELD.match(doc.norm, tm.end()), "w"):
            fire_match(_BLUEBOOK_TALK, tm, "t")
            out.append(m)
    return out


def relations_section(doc: Doc) -> list[tuple[int, dates.DateMention, int, int]] | None:
    """A page without heading or date that opens on a numbered section on one country ((3)日・ケニア関係) and tells
    dated talks in prose, as a Bluebook section does: read as one, the section's name its title. Its Bluebook items
    (``bluebook_items``) when it is one, else None."""
    head = relations_heading(doc)
    if head is None:
        return None
    doc.bluebook = True  # (for bluebook_items, which reads the body)
    items = bluebook_items(doc)
    if len(items) < BLUEBOOK_MIN_TALKS:
        doc.bluebook = False
        return None
    fire(RELATIONS)
    ln = doc.lines[head]
    doc.title_span = (ln.content_start, ln.end)
    doc.title = doc.text[ln.content_start:ln.end].strip() or None
    return items


def _section_countries(doc: Doc) -> list[tuple[int, str]]:
    """The headings of a Bluebook section's parts that name one country ((3)ボツワナ): (where, its code), in order."""
    names = countries.name_index()
    out = []
    for li in doc.body_lines():
        ln = doc.lines[li]
        code = names.get(doc.norm[ln.content_start:ln.end].strip())
        if code:
            out.append((ln.start, code))
    return out


def run_bluebook(doc: Doc, items: list[tuple[int, dates.DateMention, int, int]]) -> None:
    """One event per dated talk of a Bluebook section (``bluebook_items``)."""
    doc.event_sentences = doc.sentences
    found = dates.find_dates(doc.norm, doc.body_start, doc.body_end)
    # (a year alone, 2022年は、1月に…, when no year is printed with a month)
    years = [m.year for m in found if m.year and m.month] or [m.year for m in found if m.year and not m.rel_year]
    year = max(years) if years else None
    captions: dict[int, list[tuple[int, str | None]]] = {}
    caption_row: dict[tuple[int, int, str | None], Row | None] = {}  # (month, day, city) -> the caption's talk word
    for li in doc.body_lines():
        t = doc.line_text(li)
        if "。" in t:
            continue
        for cm in CAPTION_DAY.finditer(t):
            entry = (int(cm.group("d")), places.city_name(cm.group("c")) if cm.group("c") else None)
            if entry not in captions.setdefault(int(cm.group("m")), []):
                captions[int(cm.group("m"))].append(entry)
                caption_row[(int(cm.group("m")), *entry)] = _BLUEBOOK_CAPTION(cm.group("n"))
    events: list[EventDraft] = []
    heads = _section_countries(doc)
    item_sents = {si for si, _m, _s, _e in items}
    # the words of a sentence before its first dated talk (田中総理大臣は、9月の…の際にX首相と、11月にはY大統領とそれぞれ
    # 会談した): its subject, who holds each of its talks
    # … and the one its talks are held with, named before それぞれ (Xが訪日し、Yが訪日し、田中総理大臣とそれぞれ会談した)
    # (a clause of its own, after the last talk's: 11月にはY大統領とそれぞれ会談した names the last talk's counterpart)
    subject: dict[int, list[tuple[int, int]]] = {}
    last_item: dict[int, dates.DateMention] = {}
    for si, m, start, _e in items:
        subject.setdefault(si, [(doc.sentences[si].start, start)])
        last_item[si] = m
    for si, m in last_item.items():
        each = doc.norm.find(EACH.pattern, m.end, doc.sentences[si].end)
        clause = max(doc.norm.rfind("、", m.end, each), doc.norm.rfind(",", m.end, each)) + 1 if each >= 0 else 0
        if clause > 0:
            subject[si].append((clause, each))
    for si, m, start, end in items:
        words = doc.norm[start:end]
        # the side: the country the entry names, else that of the section it stands in ((3)ボツワナ … 大統領が訪日し)
        cp = pair_country(words) or next((code for at, code in reversed(heads) if at < start), None)
        ev = EventDraft(kind=entry_kind(words), channel=channel_of(words), counterpart=cp)
        ev.entry_words = words
        y, month = m.year or year, m.month or 0  # (an item always has its month: bluebook_items)
        if y:
            ev.date = f"{y:04d}-{month:02d}" + (f"-{m.day:02d}" if m.day else "")
            days = captions.get(month, [])
            if not m.day and len(days) == 1:
                ev.date = f"{y:04d}-{month:02d}-{days[0][0]:02d}"
                ev.city = days[0][1]
                row = caption_row[(month, *days[0])]
                if row is not None:
                    ev.rules["date"] = fire(row)
                    if ev.city:
                        ev.rules["city"] = row.id
        if ev.city is None:
            # the city of the entry's own words: a visit (パースを訪問し), a place (…において), an occasion's name
            hit = places.visit_city(doc.norm, start, end, ev.rules)
            if hit:
                ev.city = hit[0]
            else:
                _entry_place(words, ev)
            om = PROSE_OCCASION.search(words) if ev.city is None and ev.occasion is None else None
            if om:  # G7広島サミットの機会に…首脳会談を行った: the occasion, and the city its name holds
                fire_match(_OCCASION_WORD, om, "w")
                o = om.group("o")
                lead = next(iter(dates.find_dates(o)), None)  # (10月のASEM首脳会合: the month is the entry's)
                ev.occasion = o[lead.end + 1:] if lead and lead.start == 0 and o.startswith("の", lead.end) else o
                ev.city = places.city_from_occasion(ev.occasion, ev.rules)
        if ev.occasion is None and (gm := places.GATHERING.search(words)) is not None:
            ev.occasion = gm.group("occ")  # (the city from a caption: TICAD7参加のため…訪日し still names the occasion)
        for p in [q for a, b in subject[si] for q in people.find_people(doc, a, b)] + people.find_people(doc, start, end):
            if companion(doc, p):
                continue
            side = person_side(p, cp)
            if side is None and KANJI_NAME.match(p.name):
                side = "JP"
            p = copy(p)  # (a subject's mention stands in each of its sentence's talks)
            p.country = side
            if side and not any(q.name == p.name for q in ev.principals):
                ev.principals.append(p)
        ev.kind = entry_kind(words, ev.principals)
        ev.evidence["entry"] = (start, end)
        ev.evidence["date"] = (m.start, m.end)
        ev.sentences.append(si)
        nxt = si + 1
        if (nxt < len(doc.sentences) and nxt not in item_sents and doc.sentences[nxt].start < doc.body_end
                and BOTH_SIDES_RE.match(doc.norm, doc.sentences[nxt].start)):
            ev.sentences.append(nxt)  # 両首脳は…一致した after the entry's sentence: what its talk produced
        events.append(ev)
    doc.events = events
