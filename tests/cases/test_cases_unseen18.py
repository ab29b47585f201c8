"""Cases of pages written in forms probe 18 (tests/test_generalisation18.py) found unread.

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

HEAD = "日・ラトビア首脳会談\n令和6年3月8日\n\n3月7日、山田内閣総理大臣は、総理大臣官邸において、ペトロフ・ラトビア首相と首脳会談を行いました。"

# --- a visit named by its visitor and the place, the time between them (X総理が本年夏頃にラトビアを訪問する) ----------------
VISIT_AFTER_TIME = [
    ("両首脳は、山田総理が本年夏頃にラトビアを訪問することで一致しました。", ("山田総理のラトビア訪問", "2024")),
    ("両首脳は、山田総理が年内にラトビアを訪問することで一致しました。", ("山田総理のラトビア訪問", "2024")),
    ("両首脳は、山田総理が来年春にもラトビアを訪問することで一致しました。", ("山田総理のラトビア訪問", "2025")),
]


def case_texts() -> list[str]:
    return [HEAD + s + "\n" for s, _ in VISIT_AFTER_TIME]


def _events(text: str) -> list[dict]:
    return extract_text(text).record.to_json_dict()["events"]


@pytest.mark.parametrize("text,expected", VISIT_AFTER_TIME)
def test_visit_after_its_time(text, expected):
    (ev,) = _events(HEAD + text + "\n")
    assert [(p["what"], p["date"], p["place"]) for p in ev["planned"]] == [(*expected, "ラトビア")]
