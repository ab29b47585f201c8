"""Cases: the officials met listed below a lead, one talk each; a delegation's head who is a member of parliament.

A lead that names the officials met as a list below it (…は、以下の要人と会談した。 / 次の要人と, talks.listed_officials.*)
is followed by lines each naming one person, with the talk in brackets ((表敬), (外相会談)) or none: each line is a talk
of its own, the first taking the lead's, each on the line's day or else the lead's one day; its kind is the bracket's
(外相会談, 首脳会談), else by the ranks (a call on a head by a minister: other). Every page here is invented.

First sight (h-gen8 at e82c98b, probe 8): one talk per lead, Japan's side alone (bullets n_events 0 / 4).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

LEAD = "野口外務大臣のペルー訪問\n令和4年3月12日\n\n"

# (page, [(kind, date, foreign principal) per talk])
CASES = [
    (LEAD + "3月11日、野口外務大臣は、リマにおいて、以下の要人と会談しました。\n・カスティーヨ大統領(表敬)\n"
     "・ロドリゲス外務大臣(外相会談)\n・チャベス国防大臣\n",
     [("other", "2022-03-11", "カスティーヨ"), ("foreign_ministers", "2022-03-11", "ロドリゲス"),
      ("other_ministerial", "2022-03-11", "チャベス")]),
    (LEAD + "1.野口外務大臣は、リマにおいて、次の要人と会談を行った。\n・10日 カスティーヨ大統領(表敬)\n"
     "・11日 ロドリゲス外務大臣\n",
     [("other", "2022-03-10", "カスティーヨ"), ("foreign_ministers", "2022-03-11", "ロドリゲス")]),
    # a state minister with a vice-minister: vice_ministerial (with a minister the gold is split: a-041
    # other_ministerial, b-022 other; the ranks' rule gives other_ministerial)
    ("森外務副大臣のペルー訪問\n令和4年3月12日\n\n3月11日、森外務副大臣は、リマにおいて、以下の要人と会談しました。\n"
     "・ベガ外務次官\n・ソト貿易大臣\n",
     [("vice_ministerial", "2022-03-11", "ベガ"), ("other_ministerial", "2022-03-11", "ソト")]),
]


# a delegation's head, a member of parliament (roles.end.giin): a principal with his title as written
DELEGATION = ("スミス・米国上院議員団による野口外務大臣表敬\n令和4年3月12日\n\n3月12日、午後3時から約30分間、野口外務大臣は、"
              "スミス上院議員を団長とする米国上院議員団の表敬を受けました。\n")

# the head titled by a body of Japan and the country (日・X友好議員連盟会長): Japan's principal, the title whole
LEAGUE = ("日・チリ友好議員連盟代表団のチリ訪問\n令和4年3月12日\n\n3月11日、サンティアゴを訪問中の野口日・チリ友好議員連盟会長を団長と"
          "する議員団は、ボリッチ・チリ大統領を表敬しました。\n")


# one country's leader and minister joined by 及び before one 会談: one talk of all three (talks.clause.one_party);
# listed with commas, or of two countries, one talk each
PAIR = ("佐藤外務大臣のモンゴル訪問\n令和5年7月20日\n\n7月20日、ウランバートルを訪問中の佐藤外務大臣は、{who}と会談しました。"
        "双方は、協力を深化させていくことで一致しました。\n")
PAIRS = [
    ("ツォグト・モンゴル首相及びバータル外務大臣", [["佐藤", "ツォグト", "バータル"]]),
    ("ツォグト・モンゴル首相並びにバータル外務大臣", [["佐藤", "ツォグト", "バータル"]]),
    ("ツォグト・モンゴル首相及びリー・シンガポール外務大臣", [["佐藤", "ツォグト"], ["佐藤", "リー"]]),
]


@pytest.mark.parametrize("who,talks", PAIRS)
def test_one_partys_pair(who, talks):
    evs = extract_text(PAIR.format(who=who)).record.events
    assert [[p.name for p in e.principals] for e in evs] == talks


def case_texts():
    return [page for page, _t in CASES] + [DELEGATION, LEAGUE] + [PAIR.format(who=w) for w, _t in PAIRS]


def test_league_head_is_japans_principal():
    ev = extract_text(LEAGUE).record.events[0]
    assert [(p.name, p.role, p.country) for p in ev.principals] == [
        ("野口", "日・チリ友好議員連盟会長", "JP"), ("ボリッチ", "大統領", "CL")]
    assert ev.kind == "other"


def test_delegation_head_is_a_principal():
    ev = extract_text(DELEGATION).record.events[0]
    assert [(p.name, p.role, p.country) for p in ev.principals] == [("野口", "外務大臣", "JP"), ("スミス", "上院議員", "US")]
    assert (ev.kind, ev.duration_min) == ("other", 30)


@pytest.mark.parametrize("page,talks", CASES)
def test_listed_officials_one_talk_each(page, talks):
    events = extract_text(page).record.to_json_dict()["events"]
    assert [(e["kind"], e["date"], next(p["name"] for p in e["principals"] if p["country"] != "JP")) for e in events] == talks
    assert all(e["principals"][0]["country"] == "JP" for e in events)
