"""matching.NearWords finds what the pattern's own finditer finds: it tries a pattern only within the longest attempt
before one of the words every match holds, and the matches must come out the same (spans and groups), from any
start to any end. Texts are built from the patterns' own words and characters, so that matches are common."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gaiko.extract import outcomes, places
from gaiko.extract.matching import NearWords

VISIT_PIECES = ["を訪問中", "を公式訪問し", "訪問中の", "出張中の", "滞在中", "訪問先", "の", "において", "にて", "で", "に",
                "を訪問を機会", "訪問中", "(", ")", "ロンドン", "パリ", "ニューヨーク", "東京", "米国", "英国", "時間", "現地時間",
                "日本時間", "於", ":", " ", "  ", "\n", "、", "。", "大臣", "は", "9時", "午後", "NY", "に到着し", "到着後、",
                "ワシントンD.C.", "・", "ジュネーブ", "を訪れ", "へ出張中", "に派遣", "に滞在中"]
visit_texts = st.lists(st.sampled_from(VISIT_PIECES), max_size=40).map("".join)


def _found(it) -> list[tuple]:
    return [(m.span(), m.groups()) for m in it]


def _same_as_the_whole_scan(near, rx, text, data) -> None:
    """``near`` finds what ``rx.finditer`` finds, from a drawn start to a drawn end (past the text's end too)."""
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text) + 2))
    assert _found(near.finditer(text, pos, end)) == _found(rx.finditer(text, pos, end))


@settings(max_examples=400, deadline=None)
@given(visit_texts, st.data())
def test_visit_cues_near_their_words_are_the_matches_of_the_whole_scan(text, data):
    _same_as_the_whole_scan(places.VISIT_CUES_NEAR, places.VISIT_CUES, text, data)


SUBJECT_PIECES = ["佐藤", "外務大臣", "大臣", "総理", "大統領", "首相", "閣下", "殿下", "両首脳", "両外相", "先方", "日本側", "中国側", "側",
                  "わが国", "我が方", "日本", "から", "からは", "より", "よりも", "は", "も", "が", "として", "としては", "の", "、",
                  "。", "政府", "ラヴロフ", "・", "プーチン", "習近平", "国家主席", "次官", "協力", "一致", "確認", "述べた", " "]
subject_texts = st.lists(st.sampled_from(SUBJECT_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(subject_texts, st.data())
def test_subjects_near_their_tails_are_the_matches_of_the_whole_scan(text, data):
    # outcomes.SUBJECT_NEAR: the subject sought only before a side word, 側 or a title with its particle
    _same_as_the_whole_scan(outcomes.SUBJECT_NEAR, outcomes.SUBJECT_RE, text, data)


def test_a_subject_starting_far_before_its_title_is_found_whole():
    # sixteen name characters before the title: the longest attempt, which a shorter window would cut
    text = "協力一致確認協力一致佐藤外務大臣は、"
    assert _found(outcomes.SUBJECT_NEAR.finditer(text)) == _found(outcomes.SUBJECT_RE.finditer(text)) != []
    assert outcomes.SUBJECT_RE.search(text).start() == 0


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
