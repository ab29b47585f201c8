"""Cases: an invitation accepted with 受け入れ (row outcomes.consent.ukeire) or handed over (招待状を手交), a view held
together (認識を共にした, …を確認し合った), and plans: one whose object stands before the gathering it is held at (次回首脳
会談を来月の…サミットの際に行う), the first meeting of a thing set up just before.

…を招待し、…はこれを受け入れた is invite and agree on one sentence and a planned visit (as devset d05's 受諾); 難民を
受け入れている and 受け入れられない are no consent. A talk set at a gathering (…サミットの際に) is the plan, the gathering
its occasion. Every page here is invented.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

HEAD = ("日・ラトビア首脳会談\n令和6年9月2日\n\n9月2日、森内閣総理大臣は、来日中のオゾルス・ラトビア首相と首脳会談を行いました。\n"
        "1 ")
# (page, scored outcomes, plans (what, date), consent row fires)
CASES = [
    (HEAD + "森総理から、オゾルス首相に対し、来年の再訪日を招待し、オゾルス首相はこれを受け入れました。\n",
     [("agree", "both"), ("invite", "JP")], [("オゾルス首相の訪日", "2025")], True),
    (HEAD + "オゾルス首相から、森総理の招待を受け入れ、年内に再び訪日したい旨述べました。\n",
     [("agree", "both")], None, True),
    (HEAD + "オゾルス首相から、ラトビアがウクライナからの避難民を受け入れている旨説明がありました。\n", [], [], False),
    (HEAD + "両首脳は、力による一方的な現状変更の試みは受け入れられないことで一致しました。\n", [("agree", "both")], [], False),
    (HEAD + "両首脳は、次回の首脳会談を来月の国連総会の際に行うことで一致しました。\n", [("agree", "both")],
     [("首脳会談", "2024-10")], False),
    (HEAD + "オゾルス首相から、森総理の招待に謝意が表明され、招待を謝意をもって受け入れる旨の発言がありました。\n",
     [("agree", "both")], None, True),
    (HEAD + "オゾルス首相は、これを受け入れることは困難である旨述べました。\n", [], None, False),
    # an invitation handed over (rows outcomes.invite.shoutaijou_wo, shoutaijou_tewatashi, shoutai_shinsho)
    (HEAD + "森総理から、オゾルス首相に招待状を手交しました。\n", [("invite", "JP")], None, False),
    (HEAD + "森総理から、オゾルス首相に招待状を手渡しました。\n", [("invite", "JP")], None, False),
    (HEAD + "森総理から、オゾルス首相に訪日招待の親書を手渡しました。\n", [("invite", "JP")], None, False),
    # a view held together, and a confirmation made together (…を確認し合った): agreements
    (HEAD + "両首脳は、バルト海地域の情勢について認識を共にしました。\n", [("agree", "both")], [], False),
    (HEAD + "両首脳は、法の支配の重要性を確認し合いました。\n", [("agree", "both")], [], False),
    (HEAD + "両首脳は、行動を共にしていく旨述べました。\n", [], [], False),
    # a thing set up, then its first meeting named without その: one plan, the thing's first meeting (plans.that.set_up)
    (HEAD + "両首脳は、経済対話を立ち上げ、第1回会合を年内にリガで開催することで一致しました。\n", [("agree", "both")],
     [("経済対話の第1回会合", "2024")], False),
    (HEAD + "両首脳は、サイバー協議を立ち上げ、初会合を来月東京で開催することで一致しました。\n", [("agree", "both")],
     [("サイバー協議の初会合", "2024-10")], False),
    # … not another thing after it
    (HEAD + "両首脳は、作業部会を立ち上げ、次官級協議を来月開催することで一致しました。\n", [("agree", "both")],
     [("作業部会", "*"), ("次官級協議", "2024-10")], False),  # (* : the date not at issue here)
]


def case_texts():
    return [page for page, *_ in CASES]


@pytest.mark.parametrize("page,outcomes,plans,consent", CASES)
def test_invitation_accepted(page, outcomes, plans, consent):
    with lexicon.trace() as fired:
        events = extract_text(page).record.to_json_dict()["events"]
    assert len(events) == 1
    got = sorted((o["type"], o["by"]) for o in events[0]["outcomes"] if o["type"] != "thank" and o["type"] != "express")
    assert got == outcomes
    if plans is not None:
        assert [(p["what"], d if d == "*" else p["date"]) for p, (_w, d) in zip(events[0]["planned"], plans)] == plans
        assert len(events[0]["planned"]) == len(plans)
    assert ("outcomes.consent.ukeire" in fired) == consent
