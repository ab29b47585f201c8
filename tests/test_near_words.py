"""matching.NearWords finds what the pattern's own finditer finds: it tries a pattern only within the longest attempt
before one of the words every match holds, and the matches must come out the same (spans and groups), from any
start to any end. Texts are built from the patterns' own words and characters, so that matches are common."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gaiko.extract import places
from gaiko.extract.matching import NearWords

VISIT_PIECES = ["を訪問中", "を公式訪問し", "訪問中の", "出張中の", "滞在中", "訪問先", "の", "において", "にて", "で", "に",
                "を訪問を機会", "訪問中", "(", ")", "ロンドン", "パリ", "ニューヨーク", "東京", "米国", "英国", "時間", "現地時間",
                "日本時間", "於", ":", " ", "  ", "\n", "、", "。", "大臣", "は", "9時", "午後", "NY", "に到着し", "到着後、",
                "ワシントンD.C.", "・", "ジュネーブ", "を訪れ", "へ出張中", "に派遣", "に滞在中"]
visit_texts = st.lists(st.sampled_from(VISIT_PIECES), max_size=40).map("".join)


def _found(it) -> list[tuple]:
    return [(m.span(), m.groups()) for m in it]


@settings(max_examples=400, deadline=None)
@given(visit_texts, st.data())
def test_visit_cues_near_their_words_are_the_matches_of_the_whole_scan(text, data):
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text) + 2))
    assert (_found(places.VISIT_CUES_NEAR.finditer(text, pos, end))
            == _found(places.VISIT_CUES.finditer(text, pos, end)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abxy-", max_size=40), st.data())
def test_near_words_of_a_bounded_pattern_find_every_match(text, data):
    # every match holds "xy"; an attempt reads at most 10 characters (four a's, xy, three b's and the one after)
    rx = re.compile(r"a{0,4}xyb{0,3}(?!b)")
    near = NearWords(rx, ("xy",), lambda t: 10)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text) + 1))
    assert _found(near.finditer(text, pos, end)) == _found(rx.finditer(text, pos, end))


def test_near_words_refuses_a_pattern_that_may_match_empty():
    with pytest.raises(AssertionError):
        NearWords(re.compile(r"(?:xy)?"), ("xy",), lambda t: 2)
