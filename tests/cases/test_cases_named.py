"""Cases: meetings named by the meeting only (rows talks.unranked.*), and a place written with a capital's dots.

Consultations named without a rank in the noun, the title or the people (日・ペルー政策協議, 第3回日仏戦略対話, 日独定期
協議) are working-level consultations, ``vice_ministerial`` (the record format's kinds); a rank said anywhere decides
instead (閣僚, 首脳, ハイレベル, the ranks of those who hold it). A place phrase may hold a capital letter with its dot
(ワシントンD.C.において). Every page here is invented (names, dates and talks are made up).

First sight (h-gen4 at f424b2c, before the rows): the unranked consultations were ``other`` (0 / 3), the place with dots
no city.
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

# (page, the kind of its talk, its city)
CASES = [
    ("日・ペルー政策協議\n令和2年9月8日\n\n9月8日、リマにおいて、第6回日・ペルー政策協議が開催された。\n", "vice_ministerial", "リマ"),
    ("第3回日仏戦略対話\n令和2年9月8日\n\n9月8日、パリにおいて第3回日仏戦略対話が行われた。\n", "vice_ministerial", "パリ"),
    ("日独定期協議\n令和2年9月8日\n\n9月8日、東京において、日独定期協議が行われ、双方は協力の強化で一致した。\n", "vice_ministerial", "東京"),
    # a rank said decides: the people who hold it, a ministers' dialogue, the leaders'
    ("日・ペルー政策協議\n令和2年9月8日\n\n9月8日、鈴木外務大臣は、ガルシア・ペルー外務大臣と日・ペルー政策協議を行った。\n",
     "foreign_ministers", None),
    ("日中ハイレベル経済対話\n令和2年9月8日\n\n9月8日、北京において、第5回日中ハイレベル経済対話が開催された。\n", "other", "北京"),
    ("日独首脳協議\n令和2年9月8日\n\n9月8日、ベルリンにおいて、日独首脳協議が行われた。\n", "summit", "ベルリン"),
    ("日米「2+2」\n令和2年9月8日\n\n9月8日、ワシントンD.C.において、日米「2+2」が開催された。\n", "two_plus_two", "ワシントンD.C."),
]


def case_texts():
    return [page for page, _k, _c in CASES]


@pytest.mark.parametrize("page,kind,city", CASES)
def test_meeting_named_without_principals(page, kind, city):
    ev = extract_text(page).record.to_json_dict()["events"][0]
    assert ev["kind"] == kind
    if city is not None:
        assert ev["city"] == city


if __name__ == "__main__":
    for page, kind, city in CASES:
        ev = extract_text(page).record.to_json_dict()["events"][0]
        print(ev["kind"], kind, ev["city"], city)
