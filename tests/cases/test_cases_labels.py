"""Cases: a talk's fields on labelled lines in other layouts (rows talks.label.date_en / venue_en, talks.label_form.*).

Besides 日時:… / 場所:…, pages give the fields under English labels (Date: / Venue:), in lenticular brackets
(【日時】 / 【場所】) or, on old pages, as the cells of a table the text conversion flattened (| 日時 | … |, or a header
row | 日時 | 場所 | 出席者 | over the row of its values). The value is read as on a 日時: line. Every page here is invented.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

TAIL = "上田外務大臣は、ロハス・ペルー外務大臣と外相会談を行いました。\n"
# (page, {field: expected}, the rows that fire)
CASES = [
    ("日・ペルー外相会談\n2024年6月16日\n\nDate: 2024年6月16日 10時～10時50分\nVenue: ペルー外務省(リマ)\n\n" + TAIL,
     {"start_local": "10:00", "duration_min": 50, "city": "リマ"}, {"talks.label.date_en", "talks.label.venue_en"}),
    ("日・ペルー外相会談\n令和6年6月16日\n\n【日時】令和6年6月16日(日曜日)16時～16時40分\n【場所】外務省飯倉公館(東京)\n\n" + TAIL,
     {"start_local": "16:00", "duration_min": 40, "city": "東京"}, {"talks.label_form.bracket"}),
    ("日・ペルー外相会談(概要) |\n平成十八年六月十六日 |\n|||\n| 日時 | 6月16日(金)9時30分~10時15分 |\n| 場所 | リマ(大統領府) |\n|||\n"
     + TAIL, {"start_local": "09:30", "duration_min": 45, "city": "リマ"}, {"talks.label_form.cell"}),
    # a bullet before the label (rows talks.label_bullet.*)
    ("日・ペルー外相会談\n令和6年6月16日\n\n■日時:令和6年6月16日(日曜日)11時～11時30分\n○場所:リマ\n\n" + TAIL,
     {"start_local": "11:00", "duration_min": 30, "city": "リマ"}, {"talks.label_bullet.square", "talks.label_bullet.circle"}),
    ("日・ペルー外相会談\n令和6年6月16日\n\n●日時:令和6年6月16日(日曜日)11時～11時30分\n◆場所:リマ\n\n" + TAIL,
     {"start_local": "11:00", "duration_min": 30, "city": "リマ"},
     {"talks.label_bullet.black_circle", "talks.label_bullet.diamond"}),
    # a label in parentheses (talks.label_form.paren), spaced out (日　時 / 場　所), or numbered and followed by a space
    ("日・ペルー外相会談\n令和6年6月16日\n\n（日時）令和6年6月16日 9時～9時40分\n（場所）リマ\n\n" + TAIL,
     {"start_local": "09:00", "duration_min": 40, "city": "リマ"}, {"talks.label_form.paren"}),
    ("日・ペルー外相会談\n令和6年6月16日\n\n日　時：令和6年6月16日 9時～9時40分\n場　所：リマ\n\n" + TAIL,
     {"start_local": "09:00", "duration_min": 40, "city": "リマ"}, {"talks.label.nichiji_spaced", "talks.label.basho_spaced"}),
    ("日・ペルー外相会談\n令和6年6月16日\n\n1 日時 6月16日(日)9時～9時40分\n2 場所 リマ(大統領府)\n\n" + TAIL,
     {"start_local": "09:00", "duration_min": 40, "city": "リマ", "venue": "大統領府"}, {"talks.label.basho"}),
    # Japan's day in a bracket after the local time is not the talk's (日本時間17日…): the label's day stands
    ("日・ペルー外相会談\n令和6年6月16日\n\n日時:6月16日(日)午前10時30分(日本時間17日午前0時30分)から約45分間\n場所:リマ\n\n"
     + TAIL, {"date": "2024-06-16", "start_local": "10:30", "start_jst": "00:30", "duration_min": 45}, {"talks.label.nichiji"}),
    # a table's header row of labels over the row of its values: each column's cell
    ("日・ペルー外相会談 平成九年六月十六日 |\n||||\n| 日時 | 場所 | 出席者 |\n| 6月16日(月) 14時~14時45分 | 外務省 | 上田大臣、ロハス外相 |\n"
     "||||\n" + TAIL, {"start_local": "14:00", "duration_min": 45, "venue": "外務省"}, {"talks.label_form.header"}),
    # a header row with a cell that is no label is no header (its first cell a label whose value, 議題, holds no time)
    ("日・ペルー外相会談 平成九年六月十六日 |\n||||\n| 日時 | 議題 |\n| 6月16日(月) 14時~14時45分 | 経済 |\n"
     "||||\n" + TAIL, {"start_local": None, "duration_min": None}, {"talks.label_form.cell"}),
    # a bracket closed by a bar is no label
    ("日・ペルー外相会談\n令和6年6月16日\n\n【日時 | 6月16日 9時30分~10時15分\n\n" + TAIL,
     {"start_local": None, "duration_min": None}, set()),
]


def case_texts():
    return [page for page, *_ in CASES]


@pytest.mark.parametrize("page,want,rows", CASES)
def test_labelled_fields(page, want, rows):
    with lexicon.trace() as fired:
        events = extract_text(page).record.to_json_dict()["events"]
    assert len(events) == 1
    assert {f: events[0][f] for f in want} == want
    assert rows <= fired
    assert not {r for r in fired if r.startswith("talks.label_form.")} - rows
