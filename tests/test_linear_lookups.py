"""The indexes that keep extraction linear in a page's talks give what a reading of every talk in order gives.

Each index (the talks found so far, a forward search, the visit-cue words, the visit cues to each talk, the people
of a rank, the kanji surnames used with a title, the plans of a talk, a sentence's place phrases and a line's clocks
to each talk) replaced a scan that ran once per talk over all talks or over the rest of the page. These tests compare
each with that scan on generated inputs, in the mode that reads everything and in the indexed mode (more talks than
``_Talks.SCAN``).
"""

from __future__ import annotations

import copy
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gaiko.extract import dates, meetings, people, places, plans
from gaiko.extract.drafts import EventDraft, PersonMention, PlanDraft
from gaiko.extract.matching import FirstAccepted, Forward
from gaiko.text import Doc

NAMES = ["アバ", "アババ", "バ", "カキ", "カキク・ケコ", "ケコ", "サシ", "田中", "田"]
COUNTRIES = [None, "JP", "VN", "KR"]


def _person(name: str, country: str | None) -> PersonMention:
    return PersonMention(name=name, role="外相", start=0, end=len(name), role_end=len(name) + 2, country=country)


talk = st.builds(
    lambda kind, cp, people: (kind, cp, people),
    st.sampled_from(["summit", "foreign_ministers"]),
    st.sampled_from(["VN", "KR"]),
    st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(COUNTRIES)), max_size=3),
)


def _events(specs) -> list[EventDraft]:
    out = []
    for kind, cp, held in specs:
        ev = EventDraft(kind=kind, counterpart=cp)
        ev.principals = [_person(n, c) for n, c in held]
        out.append(ev)
    return out


def _scan(events, kind, cp, foreign):
    """The lookup as it was: the first talk of the kind and counterpart that has no foreign principal or one a
    foreign name overlaps."""
    return next((e for e in events if e.kind == kind and e.counterpart == cp
                 and (not foreign or not meetings._has_foreign(e) or any(meetings._is_principal_of(n, e) for n in foreign))),
                None)


@settings(max_examples=300, deadline=None)
@given(st.lists(talk, max_size=40), st.sampled_from(["summit", "foreign_ministers"]), st.sampled_from(["VN", "KR"]),
       st.lists(st.sampled_from(NAMES + [""]), max_size=2), st.lists(st.tuples(st.integers(0, 39), st.sampled_from(COUNTRIES))))
def test_same_talk_is_the_first_a_scan_finds(specs, kind, cp, foreign, changes):
    events = _events(specs)
    talks = meetings._Talks()
    for ev in events:
        talks.add(ev)
    # principals change after the talks were indexed (a side set, a principal dropped), each change touched
    for i, country in changes:
        if i < len(events) and events[i].principals:
            events[i].principals[0].country = country
            if country is None:
                events[i].principals = events[i].principals[1:]
            talks.touch(events[i])
    for scan_below in (10_000, 0):  # (read all; indexed)
        talks.SCAN = scan_below
        got = talks.same_talk(kind, cp, foreign, lambda e: True)
        assert got is _scan(events, kind, cp, foreign)
        for name in foreign:
            assert talks.first(talks.naming(name), lambda e, name=name: meetings._is_principal_of(name, e)) is \
                next((e for e in events if meetings._is_principal_of(name, e)), None)


@settings(max_examples=200, deadline=None)
@given(st.lists(talk, max_size=40), st.text(alphabet="アバカキクケコサシ田中・はの", max_size=30))
def test_foreign_surname_is_the_first_a_scan_finds(specs, text):
    events = _events(specs)
    expected = next((ev for ev in events if any(p.country != "JP" and p.name and p.name.split("・")[-1] in text
                                                for p in ev.principals)), None)
    for scan_below in (10_000, 0):
        talks = meetings._Talks.of(events)
        talks.SCAN = scan_below
        assert talks.foreign_surname_in(text) is expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="あのをに訪日来日歓迎初め", max_size=60), st.lists(st.integers(0, 60), max_size=12))
def test_forward_search_answers_as_a_search_from_each_position(text, positions):
    rx = re.compile(r"(?:の|初めての|初の)(?:訪日|来日)を(?:心から|改めて)?歓迎")
    fwd = Forward(rx, text, len(text))
    for pos in sorted(positions) + positions:  # rising, then in any order
        got, want = fwd.search(pos), rx.search(text, pos, len(text))
        assert (got and got.span()) == (want and want.span())


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_cue_word_check_is_a_find_of_each_word(data):
    words = list(places.VISIT_CUE_WORDS)
    parts = data.draw(st.lists(st.one_of(st.sampled_from(words), st.text(alphabet="あ大臣", max_size=3)), max_size=12))
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    want = any(text.find(w, start, end) >= 0 for w in words)
    assert places._has_cue_word(text, start, end) is want


# --- a talk's city by a visit cue, from the body's start to each talk (places.VisitCities) ----------------------
_VISIT_PARTS = ["パリ", "東京", "ロンドン", "フランス", "フランス・パリ", "リヨン", "シーアイランド", "米国", "ニューヨーク",
                "を訪問中", "を公式訪問し", "に滞在中", "訪問中の", "において", "で", "の", "を機会に", "(", ")", "時間", "現地時間",
                "於", ":", " ", "\n", "  \n ", "、", "。", "大臣は", "会談", "午前", "9", "官邸", "ホテル"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VISIT_PARTS), max_size=60), st.data())
def test_visit_cities_answer_as_a_search_to_each_end(parts, data):
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    ends = data.draw(st.lists(st.integers(start, len(text)), max_size=10))
    cities = places.VisitCities(text, start)
    for end in sorted(ends) + ends:  # rising, then in any order
        got_rules: dict[str, str] = {}
        want_rules: dict[str, str] = {}
        assert cities.find(end, got_rules) == places.visit_city(text, start, end, want_rules)
        assert got_rules == want_rules


def test_visit_cities_window_covers_spaces_around_the_colon():
    # (於 : X) reads every blank it crosses: a long run of them still gives the search's answer near the end
    text = "大臣は、会談を行った。" * 30 + "於" + " " * 300 + ":" + " " * 300 + "ロンドン)"
    cities = places.VisitCities(text, 0)
    for end in range(len(text) - 20, len(text) + 1):
        assert cities.find(end) == places.visit_city(text, 0, end)


# --- the first person of a group that _same_person pairs with a name (meetings._SamePeople) ----------------------
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="アバカ・田中", max_size=6), max_size=30), st.lists(st.text(alphabet="アバカ・田中", max_size=6), max_size=10))
def test_same_people_find_the_first_a_scan_finds(names, asked):
    same = meetings._SamePeople()
    group: list[str] = []
    for name in names + asked:
        want = next((k for k, g in enumerate(group) if meetings._same_person(g, name)), None)
        assert same.find(name) == want
        if want is None:
            same.add(name, len(group))
            group.append(name)


# --- a kanji surname used with a Japanese title (people.surname_used) --------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["山田", "山", "田", "山田太郎", "外務大臣", "大臣", "総理", "は", "、", "と", "氏", "・", "太"]), max_size=25),
       st.sampled_from(["山田", "山", "田", "田太", "外務"]), st.sampled_from(["", "太", "外", "大", "は"]))
def test_surname_used_is_the_search_of_the_page(parts, surname, next_char):
    doc = Doc.from_text("".join(parts))
    want = people.used_with_title(doc.norm, surname, people.KANJI_NAME_CHARS, people.JAPANESE_TITLE_AFTER, next_char)
    assert people.surname_used(doc, surname, next_char) is want


# --- the first plan of a talk that names a plan again (plans._SamePlans) ------------------------------------------
plan = st.builds(
    lambda what, kind, date, place, occasion: PlanDraft(what=what, kind=kind, date=date, place=place, occasion=occasion,
                                                        text="", span=(0, 0)),
    st.text(alphabet="首脳会談の訪日「」()協議第1回アイ", max_size=12), st.sampled_from(["summit", "other", None]),
    st.sampled_from([None, "2021", "2021-05", "2022-01-02"]), st.sampled_from([None, "東京", "パリ"]),
    st.sampled_from([None, "G7サミット", "国連総会"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(plan, max_size=30), st.lists(st.tuples(st.integers(0, 29), plan), max_size=8), st.lists(plan, max_size=10))
def test_same_plans_find_the_first_a_scan_finds(plans_, replaced, asked):
    for scan_below in (10_000, 0):  # (read all; filed)
        saved, plans._SamePlans.SCAN = plans._SamePlans.SCAN, scan_below
        try:
            _check_same_plans([copy.copy(p) for p in plans_], [(k, copy.copy(p)) for k, p in replaced], asked)
        finally:
            plans._SamePlans.SCAN = saved


def _check_same_plans(plans_, replaced, asked):
    same = plans._SamePlans()
    for p in plans_:
        same.add(p)
    held = list(plans_)
    for k, p in replaced:  # a plan replaced by a better one of the same (the index keeps the old entries)
        if k < len(held):
            held[k] = p
            same.replace(k, p)
    for p in held[-3:]:  # a plan's place set after it was filed
        p.place = "ソウル"
    for k in range(max(0, len(held) - 3), len(held)):
        same.file(k)
    for it in asked + held:
        want = next((k for k, f in enumerate(held) if plans._same_plan(f, it)), None)
        assert same.first(it) == want
        ok = (lambda f: f.date is None)
        assert same.first(it, ok) == next((k for k, f in enumerate(held) if plans._same_plan(f, it) and ok(f)), None)


# --- the first match a sentence's scan accepts, for each end (matching.FirstAccepted: place phrases, calls) -----
_PLACE_PARTS = ["東京", "パリ", "ホテル", "内", "の", "「迎賓館」", "(ニューヨーク)", "において", "にて", "で", "できる", "を",
                "官邸", "に表敬", "に表敬訪問", "首相", "、", "。", "会談", "同地", "フランス", "大臣は"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PARTS), max_size=50), st.data())
def test_first_accepted_is_the_first_match_a_search_to_each_end_accepts(parts, data):
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    ends = data.draw(st.lists(st.integers(start, len(text)), max_size=10))

    def accept(m):  # (any test of the match alone: here, every other length of its text)
        return m.span() if (m.end() - m.start()) % 2 == 0 else None

    for rx, window in ((meetings.PLACE_AT, meetings._PLACE_AT_SPAN), (meetings.VENUE_OF_CALL, meetings._CALL_SPAN)):
        first = FirstAccepted(rx, text, start, window, accept)
        for end in sorted(ends) + ends:
            want = next((v for m in rx.finditer(text, start, end) if (v := accept(m)) is not None), None)
            assert first.find(end) == want


# --- the clocks before each item of a programme line (dates.TimesBefore) -----------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["午前", "午後", "10時", "9時30分", "11:45", "正午", "頃", "から", "~", "約", "1時間", "間",
                                 " ", "首脳会談", "、", "東京着", "十時半", "12時"]), max_size=50), st.data())
def test_times_before_are_the_times_a_search_to_each_end_finds(parts, data):
    text = "".join(parts)
    ends = data.draw(st.lists(st.integers(0, len(text)), max_size=10))
    clocks = dates.TimesBefore(text, 0, len(text))
    for end in sorted(ends) + ends:
        for n in (1, 2):
            assert clocks.last(end, n) == dates.find_times(text, 0, end)[-n:]
