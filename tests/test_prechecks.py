"""The cheap tests that extraction makes before a costly scan change nothing that the scan finds.

``matching.guarded`` puts a lookahead for a pattern's first characters before it (the regex engine then skips
positions no match can start at): each guarded pattern finds the same matches, groups and spans as the pattern
alone. ``matching.literal_words`` gives words one of which every match holds: where none stands, the scan is
skipped (find_dates' secondary scans, plans' INVITED_TO and ANTICIPATED); ``matching.required_words`` reads such
words from a pattern's parse tree (places.GATHERING's precheck; plans.INVITED_TO, the coming visits and
FIRST_OF_GROUP, the schedule headings of document); people.ENGLISH_BETWEEN's reading opens on a bracket and a capital. dates.DATE_RE's lookahead for what its
match holds passes over only the positions where its match would be empty. ``matching.skip_ahead`` compiles a
pattern with the class of its first characters in its search information: it finds what re's own compilation finds. Texts are built from the patterns' own
words and characters, so that matches are common.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gaiko.extract import chronology, dates, document, meetings, outcomes, people, places, plans
from gaiko.extract.matching import SearchMemo, guarded, holds_word, holds_word_in, required_words
from gaiko.text import Doc, normalise

GUARDED = {
    "plans.DECISION": plans.DECISION, "plans.PLAN_NOUN_RE": plans.PLAN_NOUN_RE, "people.PERSON_RE": people.PERSON_RE,
    "people._SIDE_BEFORE": people._SIDE_BEFORE, "people._COUNTRY_START": people._COUNTRY_START,
    "outcomes.ANY_CUE": outcomes.ANY_CUE, "outcomes.RECALL_TALK": outcomes.RECALL_TALK,
    "dates.TIME_RE": dates.TIME_RE, "dates.DURATION_RE": dates.DURATION_RE, "document.ENTRY_LINE": document.ENTRY_LINE,
    "places.VISIT_CUES": places.VISIT_CUES, "plans.SUCCESS_OF": plans.SUCCESS_OF,
    "people.ROLE_START_RE": people.ROLE_START_RE, "people._RUN": people._RUN,
    "people.ROSTER_LINE": people.ROSTER_LINE,
    **{f"meetings.{n}": getattr(meetings, n) for n in ("_TALK_WORD", "ITEM_NAMED", "REFERENCE_TAIL", "ITEM_SPLIT", "ITEM_BRACKETS",
                                                      "EACH_LEADERS", "PROGRAMME_SENTENCE", "PLACE_AT")},
    **{f"outcomes.CUE_RES[{k}]": rx for k, rx in outcomes.CUE_RES.items() if rx.pattern.startswith("(?=[")},
}


def _unguarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern that ``guarded`` wrapped: "(?=[first characters])(?:" + it + ")"."""
    assert rx.pattern.startswith("(?=["), rx.pattern[:40]
    return re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1], rx.flags)


PIECES = ["及び", "並びに", "首脳会談", "外相会談", "を行った", "を行う", "ことで一致", "予定", "こととなった", "調整", "支持する",
          "同意", "お願い", "をよろしくお願い", "よろしくお願い", "理解と支持に変わりない", "てほしい", "招待", "訪日したい",
          "米国の", "中国", "大統領", "総理大臣", "外務大臣", "安倍", "トランプ", "・", "(", ")", "、", "。", "は", "が", "の",
          "に", "を", "と", "で", "し", "た", "会", "談", "1", " ", "\n",
          "午後", "3時", "30分", "約", "1時間", "半", "19:30", "頃", "から", "先月", "10月5日に行われた", "首脳会談において", "を訪問し", "において", "側", "(1)", "2.", "夕食会"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _spans(rx: re.Pattern[str], text: str, pos: int) -> list[tuple]:
    return [(m.span(), m.groups()) for m in rx.finditer(text, pos)]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 20))
def test_guarded_patterns_find_what_the_patterns_alone_find(text, pos):
    for name, rx in GUARDED.items():
        bare = _unguarded(rx)
        assert _spans(rx, text, pos) == _spans(bare, text, pos), name
        a, b = rx.match(text, pos), bare.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), name


def test_guard_is_the_first_characters_or_nothing():
    assert guarded(re.compile("(?<!よろしく)お願い|(?:理解と)?支持")).pattern == "(?=[お理支])(?:(?<!よろしく)お願い|(?:理解と)?支持)"
    assert guarded(re.compile(r"(?:a)?\s?\d|b")).pattern == r"(?=[a\s\db])(?:(?:a)?\s?\d|b)"  # (class escapes kept)
    for kept in ("abc|abd", "[ab]c", "a*b?", ".b", "[^a]b", r"(a)\1", "(?i)x|(?:y)?z", "(?=a)"):
        rx = re.compile(kept)
        assert guarded(rx) is rx, kept  # the engine skips ahead itself, or the first characters cannot be told


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["今日", "同日", "来週", "3日", "年内", "年末", "今秋", "秋に", "春頃", "今後", "近く", "5月",
                                 "2020年", "平成10年", "の", "に", "、", "会談", "日", "秋", "年", "来"]), max_size=25).map("".join),
       st.data())
def test_find_dates_skips_only_scans_with_nothing_to_find(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    got = dates.find_dates(text, start, end)
    saved = dates._SCAN_WORDS
    dates._SCAN_WORDS = (None,) * len(saved)  # every scan made
    dates._page_scans = (None, ())
    try:
        want = dates.find_dates(text, start, end)
    finally:
        dates._SCAN_WORDS = saved
        dates._page_scans = (None, ())
    assert got == want
    assert dates._scans(text) == tuple(holds_word(text, words) for words in dates._SCAN_WORDS)  # (one search a scan)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["安倍総理大臣", "大統領", "を", "来年", "日本", "米国", "に", "招待", "招請", "し", "、", "会談",
                                 "訪日", "訪問", "を楽しみ", "にしている", "注目", "を前に", "の前という", "心待ち", "は", "首脳会談",
                                 "をはじめとする", "始め", "と", "した", "歓迎", "される", "の機会"]),
                max_size=20).map("".join))
def test_plans_word_tests_hold_a_word_of_every_match(text):
    assert holds_word(text, plans.INVITE_WORDS) or not plans.INVITED_TO.search(text)
    assert holds_word(text, plans.ANTICIPATED_WORDS) or not plans.ANTICIPATED.search(text)
    for rx, words in plans._COMING_SCANS:
        assert holds_word(text, words) or not rx.search(text)
    assert plans.FIRST_WORDS and (holds_word(text, plans.FIRST_WORDS) or not plans.FIRST_OF_GROUP.search(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ラヴロフ", "・", "セルゲイ", "(", ")", "H.E. Mr. ", "Dr. ", "The ", "Sergey Lavrov", "Joseph Kimani", "ASEAN", "ロシア",
                                 "外務大臣", "首相", "と", "会談", "日程", "要人来日", "予定", "(平成11年)", "\n"]),
                max_size=20).map("".join))
def test_page_word_tests_hold_a_word_of_every_match(text):
    assert people.ENGLISH_HINT.search(text) or not people.ENGLISH_BETWEEN.search(text)
    for line in text.split("\n"):
        assert holds_word(line, document._SCHEDULE_WORDS) or not (document.SCHEDULE_HEADING.match(line.strip())
                                                                  or document.VISITORS_HEADING.match(line.strip()))


_BARE_DATE_RE = re.compile(dates.DATE_RE.pattern.replace("(?=" + dates._DATE_START + ")", "", 1))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2020年", "平成", "令和元年", "10", "3", "月", "日", "本", "今", "来", "先", "同", "年", "中旬",
                                 "上旬", "末", "頃", "ごろ", "秋", "春", "一", "二", "十", "〇", "~", "から", "及び", "(火)", "まで",
                                 "にかけて", "の", "に", "、", " ", "一致", "三国"]), max_size=25).map("".join), st.data())
def test_date_start_lookahead_passes_over_only_empty_matches(text, data):
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert _BARE_DATE_RE.pattern != dates.DATE_RE.pattern
    want = [(m.span(), m.groupdict()) for m in _BARE_DATE_RE.finditer(text, pos, end) if m.start() != m.end()]
    assert [(m.span(), m.groupdict()) for m in dates.DATE_RE.finditer(text, pos, end) if m.start() != m.end()] == want



def test_required_words_are_read_from_the_parse_tree():
    assert required_words(re.compile("(?:の際|に参加)(?=して)")) == ("の際", "に参加")
    assert required_words(re.compile("[一-龥]{0,5}?(?:会議|会合)(?=(?:に出席|への出席|出席))")) == ("出席",)
    assert required_words(re.compile("(?<=首脳)会談")) == ("会談",)  # (not 首脳: a lookbehind reads before pos)
    for none in ("a*", "(?:ab|)", "(?!ab)c", "[ab]+", "(?i)abc"):
        assert required_words(re.compile(none)) is None, none


GATHERING_PIECES = ["G20", "サミット", "首脳会議", "外相会合", "APEC", "ASEAN関連", "会議", "総会", "に出席", "出席", "に参加",
                    "の際", "に際し", "のため", "の機会", "に合わせ", "として", "代表", "東京", "(", ")", "、", "。", "に", "の", "し"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GATHERING_PIECES), max_size=25).map("".join), st.data())
def test_gathering_precheck_finds_what_the_search_finds(text, data):
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert places.GATHERING.needs
    for got, want in ((places.GATHERING.search(text, pos, end), places.GATHERING.rx.search(text, pos, end)),
                      (SearchMemo(text).search(places.GATHERING, pos, end), places.GATHERING.rx.search(text, pos, end)),
                      (places.GATHERING.match(text, pos, end), places.GATHERING.rx.match(text, pos, end))):
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    assert [m.span() for m in places.GATHERING.finditer(text, pos, end)] == [m.span() for m in places.GATHERING.rx.finditer(text, pos, end)]


ATTENDEE_PIECES = ["日本側", "先方", "米国側", ":", "から", "、", "。", "ら", "が", "も", "同席", "陪席", "出席", "した", "(1)", "2.",
                   "山田外務審議官", "スミス国務次官補", "佐藤大使", "(", ")", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ATTENDEE_PIECES), max_size=30).map("".join), st.data())
def test_a_page_without_attendance_words_or_rosters_lists_no_attendees(text, data):
    doc = Doc.from_text(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    ranges = [(ln.start, ln.end) for ln in doc.lines] + [(start, end)]
    if not people.may_list_attendees(doc):
        assert not any(people.find_attendees(doc, a, b, ["JP", "US"]) for a, b in ranges)


VISIT_PIECES = ["佐藤外務大臣", "グンナルソン大統領", "●", "・", "(", ")", "2017年", "平成", "元年", "5月", "22日", "~", "24日", "、", " ",
                "\u3000", "\n", "。"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(VISIT_PIECES), max_size=30).map("".join))
def test_visit_lines_skip_only_lines_no_bracket_closes(text):
    doc = Doc.from_text(text)
    want = []
    for li in doc.body_lines():  # every line read, as before the test for the closing bracket
        ln = doc.lines[li]
        b = chronology.BULLET.match(doc.norm, ln.content_start, ln.end)
        m = chronology.VISIT_LINE.fullmatch(doc.norm, b.end() if b else ln.content_start, ln.end)
        if m:
            want.append((li, m.span(), m.groupdict()))
    assert [(li, m.span(), m.groupdict()) for li, m in chronology.visit_lines(doc)] == want


LABEL_PIECES = ["日時", "日 時", "場所", "出席者", "Date", "【", "】", "|", " | ", ":", ":", "(", ")", "令和5年4月10日", "14時00分から",
                "外務省", "東京", "日本側", "山田局長", "\n", "\u3000", "。", "会談"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LABEL_PIECES), max_size=40).map("".join))
def test_labelled_values_skip_only_pages_with_no_label_word(text):
    """meetings._labelled_values skips the scan of a page whose first lines hold no label word: the same values as
    the scan of every line (meetings._labelled_scan)."""
    doc = Doc.from_text(text)
    lines = doc.body_lines()
    assert meetings._labelled_values(doc, lines) == meetings._labelled_scan(doc, lines[:40])


def _skipping_patterns() -> dict[str, re.Pattern[str]]:
    """The extract modules' compiled patterns (module level, and a RowPattern's or RowSearch's own) that
    ``matching.skip_ahead`` compiled with the class of their first characters (re alone compiles them without: its
    code is shorter by the class, which a compiled pattern's size counts)."""
    import gaiko.extract as pkg
    from gaiko.extract.matching import RowPattern

    mods = [m for n, m in sorted(sys.modules.items()) if n.startswith(pkg.__name__ + ".")]
    out: dict[str, re.Pattern[str]] = {}
    for mod in mods:
        named = [(name, value) for name, value in vars(mod).items()]
        named += [(f"{name}[{k}]", v) for name, value in vars(mod).items() if isinstance(value, dict) for k, v in value.items()]
        for name, value in named:
            rx = value.rx if isinstance(value, (RowPattern, people.RowSearch)) else value
            if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str):
                if sys.getsizeof(rx) > sys.getsizeof(re.compile(rx.pattern, rx.flags)):
                    out[f"{mod.__name__.rsplit('.', 1)[-1]}.{name}"] = rx
    return out


SKIPPING = _skipping_patterns()
_DOC_TEXTS = [normalise(p.read_text(encoding="utf-8", errors="replace"))
              for p in sorted((Path(__file__).parent / "data" / "docs").glob("*.txt"))]


def _found(rx: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple]:
    ms = list(rx.finditer(text, pos, endpos)) + [rx.search(text, pos, endpos), rx.match(text, pos, endpos)]
    return [m and (m.span(), m.groups()) for m in ms]


def test_skip_ahead_compiles_the_same_patterns_to_the_same_matches():
    """A pattern compiled with the class of its first characters in its search information finds on the test
    documents exactly what re's own compilation of the same pattern finds (the patterns of guarded, the
    hand-written lookaheads, the RowPatterns' ...)."""
    assert len(SKIPPING) >= 20 and "plans.PLAN_VERB" in SKIPPING and "meetings.ANCHOR_RE" in SKIPPING
    for name, rx in SKIPPING.items():
        plain = re.compile(rx.pattern, rx.flags)
        assert (rx.pattern, rx.flags, rx.groupindex) == (plain.pattern, plain.flags, plain.groupindex)
        for text in _DOC_TEXTS:
            assert _found(rx, text, 0, len(text)) == _found(plain, text, 0, len(text)), name


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(0, 20), st.integers(0, 40))
def test_skip_ahead_patterns_match_as_re_alone_on_made_texts(text, pos, width):
    for name, rx in SKIPPING.items():
        plain = re.compile(rx.pattern, rx.flags)
        assert _found(rx, text, pos, pos + width) == _found(plain, text, pos, pos + width), name


def test_skip_ahead_leaves_what_it_cannot_speed_up():
    from gaiko.extract.matching import skip_ahead

    for kept in ("abc|abd", "[ab]c", "a*b?", ".b", "[^a]b", r"(a)\1", "(?i)x|(?:y)?z", "(?=a)", "(?=[ab])a?"):
        rx = re.compile(kept)
        assert skip_ahead(rx) is rx, kept  # a prefix or class of re's own, no first characters, or a match may be empty
    rx = skip_ahead(re.compile(r"(?P<x>[xy]{1,3}?z)|q"))
    assert rx is not re.compile(r"(?P<x>[xy]{1,3}?z)|q") and rx.groupindex == {"x": 1}
    assert [m.span() for m in rx.finditer("qaxzyyyz")] == [(0, 1), (2, 4), (4, 8)]


_PLAN_WORDS = sorted({r.pattern for t in (plans.lex.ANNOUNCED, plans.lex.COMING, plans.lex.VERBS, plans.lex.FUTURE_REL, plans.lex.ANTICIPATION,
                                          plans.lex.DECISIONS) for r in t if not r.regex})
_PLAN_TEXTS = st.lists(st.sampled_from(_PLAN_WORDS + ["会談", "訪日", "首脳会談", "大統領", "の", "を", "に", "が", "、", "。", "調整", "年」と",
                                                      "の提案", "成功", "準備", "来年", "招待", "し", "た", "する", "こと", "で一致"]),
                       max_size=14).map("".join)


def _a_plan_test_holds(text: str) -> bool:
    """The tests plans_in_sentence makes of a sentence in turn, before it reads any plan."""
    p = plans
    return bool(p.ANNOUNCED.search(text) or p.DATED_MENTION.search(text)
                or (holds_word(text, p.ANTICIPATED_WORDS) and p.ANTICIPATED.search(text)) or p.SCHEDULE_VERB in text
                or p.COMING_HINT.search(text) or "年」と" in text or (holds_word(text, p.INVITE_WORDS) and p.INVITED_TO.search(text))
                or "の提案" in text or "成功" in text or (p.PREPARED_WORD in text and p.PREPARED_CUE.search(text))
                or p.PLAN_VERB.search(text))


@settings(max_examples=300, deadline=None)
@given(_PLAN_TEXTS)
def test_plan_cues_hold_wherever_a_test_of_plans_in_sentence_holds(text):
    assert plans.PLAN_CUES.search(text) or not _a_plan_test_holds(text)
    doc = Doc.from_text(text)
    if not plans.PLAN_CUES.search(doc.norm):
        saved = plans.PLAN_CUES
        plans.PLAN_CUES = re.compile("")  # (every sentence read in full)
        try:
            assert plans.plans_in_sentence(doc, 0, len(doc.norm), None) == [] and not _a_plan_test_holds(doc.norm)
        finally:
            plans.PLAN_CUES = saved


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["日", "・", "ASEAN", "太平洋島嶼国", "首脳会議", "特別首脳会議", "外相会合", "が", "開催され", "行われ",
                                 "開催", "た", "、", "。", "東京", "において", "日本", "の", "会談"]), max_size=16).map("".join),
       st.data())
def test_a_held_gathering_is_searched_for_only_where_its_verb_stands(text, data):
    lo = data.draw(st.integers(0, len(text)))
    noun_end = data.draw(st.integers(lo, len(text)))
    assert meetings._HELD_WORDS
    got = meetings._gathering_held(text, lo, noun_end)
    saved = meetings._HELD_WORDS
    meetings._HELD_WORDS = None  # (the search made everywhere)
    try:
        assert got == meetings._gathering_held(text, lo, noun_end)
    finally:
        meetings._HELD_WORDS = saved


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["A大統領", "B外務大臣", "による", "によ", "る", "総理", "表敬", "表敬訪問", "訪問", "訪", "問", "と",
                                 "との", "会談", "首脳会談", "への", "に対する", "を", "夕食会", "日・X", "(", ")", "「", "」"]),
                max_size=10).map("".join))
def test_call_items_are_tried_only_where_their_word_stands(item):
    for rx, words in ((meetings.ITEM_CALL_BY, meetings._CALL_BY_WORDS), (meetings.ITEM_CALL_ON, meetings._CALL_ON_WORDS),
                      (meetings.ITEM_CALL_WORD, meetings._CALL_WORD_WORDS)):
        assert words  # (a word the pattern's every match holds)
        assert holds_word(item, words) or not rx.fullmatch(item)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["東京", "京都", "パリ", "ニューヨーク", "着", "発", "発表", "訪問", "\n", " ", "午前", "、", "。", "首脳会談",
                                 "12日", "(", ")", "ソウル", "熱海"]), max_size=24).map("".join), st.data())
def test_cities_before_marks_are_those_of_the_whole_scan(text, data):
    assert not any("\n" in c for c in places.CITIES)  # (no city's name holds a line's end)
    assert "(?" not in places.CITY_RE.pattern.replace("(?:", "")  # (nor looks around it)
    lo = data.draw(st.integers(0, len(text)))
    marks = [i for i in range(len(text)) if meetings.ITINERARY_MARK.match(text, i)]
    for a, b in [(lo, data.draw(st.integers(lo, len(text))))] + [(0, m) for m in marks]:  # (a range ending at a mark too)
        whole = [c for c in places.find_cities(text, a, b) if meetings.ITINERARY_MARK.match(text, c[2])]
        assert [c for c in meetings._cities_before_marks(text, a, b) if meetings.ITINERARY_MARK.match(text, c[2])] == whole


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["G20", "大阪", "サミット", "ASEAN関連", "首脳会議", "外相会合", "会議", "(", "ASEAN", ")", "に関する", "との",
                                 "の", "出席", "のため", "に出席", "の機会", "に", "議長として", "参加", "、", "。", "東京", "訪問", "(第3回)", "(東京)"]),
                max_size=16).map("".join), st.data())
def test_a_gathering_is_searched_for_only_where_its_tail_stands(text, data):
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    rx = places.GATHERING.rx  # (the search without the word and tail tests)
    assert places.GATHERING.tail is not None
    for t, a, b in ((text, pos, endpos), ("X国のY会議(第3回)のため", 0, 15), ("ASEAN関連首脳会議に議長として出席", 0, 18)):
        for got, full in ((places.GATHERING.search(t, a, b), rx.search(t, a, b)), (places.GATHERING.match(t, a, b), rx.match(t, a, b))):
            assert (got.span(), got.groupdict()) == (full.span(), full.groupdict()) if full else got is None


def test_english_hint_holds_before_every_english_form():
    for text in ("ジョン・スミス(John Smith)外務大臣と会談", "ハナ(Dr. Hana Novak)首相", "X大臣とアリ(Mr. Ali Khan)・外相が会談"):
        m = people.ENGLISH_BETWEEN.search(text)
        assert m is not None and people.ENGLISH_HINT.search(text, m.start(), m.end())
    assert not people.ENGLISH_HINT.search("国際原子力機関(IAEA)事務局長")  # (a kanji word's abbreviation: no scan)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["少人数", "会合", "拡大会合", "及び", "と", "・", "ワーキング・ランチ", "ディナー", "食会", "(", ")", "約1時間", "それぞれ",
                                 "30分", "、", "。", "が行われた", " "]), max_size=16).map("".join), st.data())
def test_sessions_with_lengths_are_read_only_where_a_word_stands_before_a_bracket(text, data):
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    assert meetings._SESSION_BEFORE_BRACKET.search(text, pos, endpos) or not meetings.SESSION_WITH_LENGTH.search(text, pos, endpos)
    for t in ("少人数会合(約1時間)、拡大会合及びワーキング・ランチ(それぞれ約1時間)が行われた。", "夕食会(2時間)"):
        assert meetings._SESSION_BEFORE_BRACKET.search(t) and meetings.SESSION_WITH_LENGTH.search(t)


def test_a_date_line_read_once_answers_as_read_again():
    text = "日・X外相会談\n令和5年4月3日\n\n最終更新日:令和5年4月4日\n1 会談の概要\n4月3日、A外務大臣は会談を行った。\n日・X首脳会談(令和5年4月5日)\n"
    doc = Doc.from_text(text)
    for i in range(len(doc.lines)):
        first = document._date_line_mention(doc, i)
        assert i in doc.date_lines
        again = document._read_date_line(doc, i)
        assert (first is None) == (again is None) and (first is None or vars(first) == vars(again))
        assert document._date_line_mention(doc, i) is first
    assert any(doc.date_lines.values())  # (some line of it is a date line)


_PERSON_PIECES = ["ラトビア", "山田", "ペトロフ", "・", "=", "外務大臣", "外相", "大統領", "首相", "総理", "事務総長", "大使", "国王陛下",
                  "(", "やまだ", ")", "は", "と", "、", "。", "会談", "首脳", "日本", "側", "(ペトロフ外相)", "EU", "A", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PERSON_PIECES), max_size=16).map("".join))
def test_person_matches_are_those_of_the_whole_scan(text):
    # (a heading or a sentence that holds no title word is not scanned: every PERSON_RE match's title ends with one)
    assert [(m.span(), m.groups()) for m in people.person_matches(text)] == _spans(people.PERSON_RE, text, 0)
    for heading, found in (("(ペトロフ・ラトビア外相)", True), ("(山田外務大臣)", True), ("1 会談の概要", False)):
        assert bool(list(people.person_matches(heading))) == found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Aと", "日X首脳会談", "首脳会談", "を、", "続いて", "引き続き", "続い", "て", "Bと", "日Y", "外相会談",
                                 "を行った", "、", "。"]), max_size=14).map("".join), st.data())
def test_then_talks_are_searched_for_only_where_the_clause_word_stands(text, data):
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    words = meetings._THEN_WORDS
    assert words  # (a word the pattern's every match holds)
    assert holds_word_in(text, words, pos, endpos) or not meetings.THEN_TALK_RE.search(text, pos, endpos)
    assert meetings.THEN_TALK_RE.search("Aと日X首脳会談を、続いてBと日Y首脳会談を行った")


@pytest.mark.parametrize("line", ["外交政策>地域別>日・ラトビア外相会談", "| 外交政策 > 会談・訪問 |", "地域別 > アジア", "日・ラトビア外相会談 >"])
def test_a_line_with_a_breadcrumb_mark_is_navigation(line):
    # (the pattern that read breadcrumbs, \s>\s|>, matched wherever a > stands: the test by the mark finds the same lines)
    assert re.search(r"\s>\s|>", line) and document.is_nav_line(line)
    assert not document.is_nav_line(line.replace(">", "・"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ラヴロフ", "セルゲイ", "・", ",", "\n", "露", "外務大臣", "ア", "ー", "と", "、"]), max_size=12).map("".join),
       st.data())
def test_a_surname_first_is_searched_for_only_after_a_comma(text, data):
    # (its pattern ends on a comma at the range's end, or before a newline there: where neither stands, no search)
    ms = data.draw(st.integers(0, len(text)))
    assert "," in text[max(0, ms - 2):ms] or not people._SURNAME_FIRST.search(text, max(0, ms - 20), ms)
    assert people._SURNAME_FIRST.search("ラヴロフ,\n", 0, 6) and people._SURNAME_FIRST.search("ラヴロフ,", 0, 5)
