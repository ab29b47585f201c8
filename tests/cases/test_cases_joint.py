"""Cases: joint documents that list what the sides decided (rows plans.lead.*, plans.listed.*, plans.joint.*,
layout.heading.koudou_keikaku, layout.title_type.action_plan).

A joint statement, a joint press announcement or an action plan reports the talk, then a lead (次の事項で一致した,
以下を決定した, 以下の行動計画を採択した) and the items it decides, one a line with a list marker: a dated act in an
item is a plan of the talk. An item is written as …こと。 or, in an action plan, in the plain non-past (…開催する。).
An action plan (…行動計画) is a ``statement``; a joint statement (a ``statement`` too) decides its numbered items by
itself, without a lead (probe 12). Every page here is invented (names, dates and talks are made up).

First sight (h-gen4 at f424b2c, before the rows): the items after 次の事項で一致した, 以下を決定した and an action plan's
were no plan (0 / 6 below), the action plan's heading no title (doc_type ``meeting``).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

TALK = ("日・ペルー共同プレス発表\n令和2年9月8日\n\n"
        "1 鈴木外務大臣とガルシア・ペルー外務大臣は、9月8日、東京において外相会談を行った。\n")
STATEMENT = ("日・ペルー首脳共同声明\n令和2年9月8日\n\n"
             "1 鈴木内閣総理大臣とガルシア・ペルー大統領は、9月8日、東京において首脳会談を行った。\n")
PLAN = ("日・ペルー行動計画\n令和2年9月8日\n\n"
        "鈴木内閣総理大臣とガルシア・ペルー大統領は、9月8日、東京において首脳会談を行い、以下の行動計画を採択した。\n")

# (page, its doc_type, the planned items as (what contains, date, place))
CASES = [
    (TALK + "2 両外相は、次の事項で一致した。\n・第3回日・ペルー政策協議を年内にリマで開催すること。\n", "press_conference",
     [("政策協議", "2020", "リマ")]),
    (TALK + "2 両外相は、次の点を確認した。\n・来年、東京において次回の外相会談を行うこと。\n", "press_conference",
     [("外相会談", "2021", "東京")]),
    (TALK + "2 両外相は、以下を決定した。\n(1)来年前半に日・ペルー経済協議を開始すること。\n", "press_conference",
     [("経済協議", "2021", None)]),
    (TALK + "2 両外相は、次のとおり合意した。\n(1)2022年にリマで首脳会談を行うこと。\n", "press_conference",
     [("首脳会談", "2022", "リマ")]),
    (PLAN + "1 両国は、2021年にリマで日・ペルー経済合同委員会を開催する。\n", "statement", [("合同委員会", "2021", "リマ")]),
    (PLAN + "1 両国は、来年、外相会談を行う。\n2 両国は、鉱物資源分野の協力を一層拡大する。\n", "statement",
     [("外相会談", "2021", None)]),
    # a joint statement decides its own numbered items: no lead needed (plans.joint.numbered_item); the foreign and
    # defence ministers' meeting written out is the sides' 2+2, no multilateral 閣僚会合
    (STATEMENT + "2 両国は、2021年にリマで第2回日・ペルー外務・防衛閣僚会合を開催する。\n", "statement",
     [("外務・防衛閣僚会合", "2021", "リマ")]),
    (STATEMENT + "2 両首脳は、協力の強化で一致した。\n3 両国は、来年、東京で外相会談を行う。\n", "statement",
     [("外相会談", "2021", "東京")]),
    (STATEMENT + "2 両首脳は、2022年に東京で外務・防衛閣僚会合を開催することで一致した。\n", "statement",
     [("外務・防衛閣僚会合", "2022", "東京")]),
]
# an item with no dated act under the lead, and an item of plain non-past prose with no lead above it: no plan
NEGATIVES = [
    PLAN + "1 両国は、鉱物資源分野の協力を一層拡大する。\n",
    TALK + "2 両国は、2021年にリマで日・ペルー経済合同委員会を開催する。\n",
    # … nor a joint statement's line without a list marker, nor a multilateral ministers' meeting in its item
    STATEMENT + "両国は、2021年にリマで日・ペルー経済合同委員会を開催する。\n",
    STATEMENT + "2 両国は、2021年にリマで開催されるWTO閣僚会合に向けて連携する。\n",
]


def case_texts():
    return [page for page, _t, _p in CASES] + NEGATIVES


def _plans(page: str) -> list[tuple[str, str | None, str | None]]:
    rec = extract_text(page).record.to_json_dict()
    return [(p["what"], p["date"], p["place"]) for e in rec["events"] for p in e["planned"]]


@pytest.mark.parametrize("page,doc_type,plans", CASES)
def test_listed_items_are_plans(page, doc_type, plans):
    rec = extract_text(page).record.to_json_dict()
    assert rec["doc_type"] == doc_type
    have = _plans(page)
    assert len(have) == len(plans), have
    for (what, date, place), (w, d, p) in zip(plans, have, strict=True):
        assert what in w and d == date and (place is None or place == p), (w, d, p)


@pytest.mark.parametrize("page", NEGATIVES)
def test_no_plan_without_a_dated_act_under_a_lead(page):
    assert _plans(page) == []


if __name__ == "__main__":
    for page, doc_type, plans in CASES:
        print(extract_text(page).record.to_json_dict()["doc_type"], doc_type, _plans(page), plans)
    for page in NEGATIVES:
        print(_plans(page))
