"""The indexes that keep extraction linear in a page's talks give what a reading of every talk in order gives.

Each index (the talks found so far, a forward search, the visit-cue words) replaced a scan that ran once per talk
over all talks or over the rest of the page. These tests compare each with that scan on generated inputs, in the
mode that reads everything and in the indexed mode (more talks than ``_Talks.SCAN``).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gaiko.extract import meetings, places
from gaiko.extract.drafts import EventDraft, PersonMention
from gaiko.extract.matching import Forward

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
    for kind, cp, people in specs:
        ev = EventDraft(kind=kind, counterpart=cp)
        ev.principals = [_person(n, c) for n, c in people]
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
