"""The first-character tests made before a pattern's match (matching.Opens, text.LIST_OPENS) pass every character a
match of the pattern can open with: the tests skip a call of the engine, never a match."""

from __future__ import annotations

import re

from gaiko import text
from gaiko.extract import chronology, document, meetings, people
from gaiko.extract.matching import Opens


def _chars(step: int = 1):
    return (chr(i) for i in range(0, 0x30000, step) if not 0xD800 <= i <= 0xDFFF)


def test_list_opens_holds_every_opening_of_list_marker():
    own = Opens(text.LIST_MARKER)._cls
    assert own is not None
    assert [c for c in _chars() if own.match(c) and not text.LIST_OPENS.match(c)] == []


def test_opens_of_the_line_patterns_are_told():
    for rx in (document.ENTRY_LINE, document.DOT_ENTRY, document.DATED_ENTRY, document.DATE_CELL, document.CHAPTER_BANNER,
               meetings.PROGRAMME_SENTENCE, chronology.PROSE_LINE, people._COUNTRY_START):
        assert Opens(rx)._cls is not None, rx.pattern[:40]


def test_opens_never_refuses_a_match():
    samples = ["(1) 5月27日 会談", "1991.4.16 訪日", "2019年9月、外相会合", "第2章 地域別", "・ア 項目", "令和元年5月1日 x",
               "  3日は、", "アラブ首長国連邦", "ミャンマー外相", "EU代表"]
    for rx in (document.ENTRY_LINE, document.DOT_ENTRY, document.DATED_ENTRY, document.CHAPTER_BANNER,
               meetings.PROGRAMME_SENTENCE, chronology.PROSE_LINE, people._COUNTRY_START, text.LIST_MARKER):
        o = Opens(rx)
        for s in samples:
            for i in range(len(s)):
                if rx.match(s, i):
                    assert o.at(s, i), (rx.pattern[:30], s, i)


def test_opens_of_what_cannot_be_told_always_holds():
    for pattern in (r".{1,3}x", r"[^a]b", r"a?"):
        o = Opens(re.compile(pattern))
        assert o.at("zzz", 0) and o.at("", 0)
    o = Opens(re.compile(r"ab"))
    assert o.at("ab", 0) and not o.at("ba", 0) and not o.at("ab", 2) and not o.at("ab", 0, 0)
