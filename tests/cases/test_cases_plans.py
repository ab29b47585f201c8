"""Planned items (gaiko/extract/plans.py, plan dates in dates.py): one invented sentence per rule.

Each text is the second paragraph of a small invented meeting page dated 令和2年5月10日 (talk on 2020-05-10);
the expected value is the list of (what, date) of the talk's planned items, [] for a negative.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon, plans
from gaiko.pipeline import extract_text
from gaiko.text import Doc

PAGE = ("日・ベトナム首脳会談\n令和2年5月10日\n\n"
        "1 5月10日、午後6時から約45分間、鈴木総理大臣はフック・ベトナム首相と首脳会談を行いました。\n"
        "2 {s}\n")
# the same page without any year: relative plan dates stay null
PAGE_NO_YEAR = ("日・ベトナム首脳会談\n\n"
                "1 5月10日、鈴木総理大臣はフック・ベトナム首相と首脳会談を行いました。\n"
                "2 {s}\n")


def planned(s: str, page: str = PAGE) -> list[tuple[str, str | None]]:
    rec = extract_text(page.format(s=s)).record.to_json_dict()
    return [(p["what"], p["date"]) for e in rec["events"] for p in e.get("planned") or []]


def plan_rows(s: str) -> list[dict]:
    rec = extract_text(PAGE.format(s=s)).record.to_json_dict()
    return [p for e in rec["events"] for p in e.get("planned") or []]


CASES = [
    # decision words (data rows in _DECISION_ROWS)
    # 「…予定であり」: a visit scheduled, said in passing before the speaker goes on
    ("フック首相からは、グエン首相が訪日する予定であり協力を発展させたいと述べました。", [("グエン首相の訪日", None)]),
    # 「…ことにつき一致」 with a day range, and a second clause 時期を合わせて: the same month
    ("両首脳は、7月3~4日にミン外相が訪日すること、及び、時期を合わせてザン国防相も訪日することにつき一致した。",
     [("ミン外相の訪日", "2020-07-03"), ("ザン国防相の訪日", "2020-07")]),
    # 「…ことになります」 and 明日: the day after the talk
    ("鈴木総理から、明日は日越経済対話を開催し、私とミン副首相で共同議長を務めることになります。", [("日越経済対話", "2020-05-11")]),
    # 来日 is a visit word like 訪日
    ("両首脳は、本年秋にグエン首相が来日することで一致しました。", [("グエン首相の来日", "2020")]),
    # nouns (data rows in _PLAN_NOUN_ROWS): 墓参, with a month pair 8月又は9月 -> first month
    ("両首脳は、本年の航空機墓参を8月又は9月に実施することで一致しました。", [("航空機墓参", "2020-08")]),
    # 交渉 with 開始: agreeing to open negotiations is a planned act
    ("両首脳は、日越防衛協定の交渉開始に合意し、交渉を着実に進めることで一致しました。", [("日越防衛協定の交渉", None)]),
    # an exchange year in quotes; 「日本年」 holds 本年 but is no date
    ("両首脳は、2021年の「ベトナムにおける日本年」の開催に向けた準備を進めることで一致しました。", [("「ベトナムにおける日本年」", "2021")]),
    # the suru-noun 協議: 次官級で協議する -> 次官級協議
    ("また、更なる改善策を取っていくことで一致し、早期に次官級で協議することとなりました。", [("次官級協議", None)]),
    # 年明け: next year
    ("両首脳は、次官級協議を年明け早々にも開催することで一致しました。", [("次官級協議", "2021")]),
    # 「A作業部会及びB作業部会の全体会合」: one meeting, not two
    ("さらに、貿易に関する作業部会及び投資に関する作業部会の全体会合を、6月中旬に開催することで一致しました。",
     [("貿易に関する作業部会及び投資に関する作業部会の全体会合", "2020-06")]),
    # 「A作業部会及びB作業部会を」: two meetings, each kept even though they share a date
    ("両首脳は、貿易に関する作業部会及び投資に関する作業部会を年内に開催することで一致しました。",
     [("貿易に関する作業部会", "2020"), ("投資に関する作業部会", "2020")]),
    # an enumeration under a generic head: the items, not the head
    ("両首脳は、本年秋にも、観光ツアーや、専門家の往来などのパイロット・プロジェクトを実施することで一致しました。",
     [("観光ツアー", "2020"), ("専門家の往来", "2020")]),
    # plans mentioned as coming, in a modifier (_ANNOUNCED_ROWS)
    ("両首脳は、本年中に予定されているグエン首相の来日も見据えて協力を深化させていくことで一致しました。", [("グエン首相の来日", "2020")]),
    ("また、来年5月にあり得べき鈴木総理の訪越の準備のため、日本で外相会談を開催することで一致しました。",
     [("鈴木総理の訪越", "2021-05"), ("外相会談", None)]),
    # 開催となる / 開催される need a date before them
    ("鈴木総理から、6月10日にハノイにおいて3年ぶりの開催となる「日越経済対話」等を通じて、投資を促進したい旨述べました。",
     [("「日越経済対話」", "2020-06-10")]),
    # a cut last sentence whose verb ends the text keeps its plan when the date is written
    ("両首脳は、明年の適切な時期にグエン首相訪日を実現す", [("グエン首相訪日", "2021")]),
    # a named talk looked forward to (_ANTICIPATION_ROWS)
    ("ミン外相より、鈴木総理とグエン首相との初めての日越首脳会談を楽しみにしている旨述べました。", [("日越首脳会談", None)]),
    # round 4 rows (probe 2)
    # 会談する (a bare talk said as its verb), at a gathering's occasion, dated by it
    ("両首脳は、来月のG20首脳会合の機会に改めて会談することで一致しました。", [("会談", "2020-06")]),
    # …but 会談し、 (the talk the page reports) and 滞在中…会談する予定である (an announced visit's own talk) are no plans
    ("フック首相は、滞在中、鈴木総理ほかと会談する予定である。", []),
    ("ミン外相は、来月、鈴木総理と会談し、二国間関係について意見交換を行うことで一致した。", []),
    # X総理が訪越し、Yと会談する: the visit names the plan
    ("両首脳は、7月に鈴木総理が訪越し、フック首相と会談することを確認しました。", [("鈴木総理の訪越", "2020-07")]),
    # an event to be held, welcomed (…を開催することを歓迎; not one held: …を開催したことを歓迎)
    ("両首脳は、来月、東京で日越投資フォーラムを開催することを歓迎しました。", [("日越投資フォーラム", "2020-06")]),
    ("両首脳は、先月、東京で日越投資フォーラムを開催したことを歓迎しました。", []),
    # a gathering named after the pair of sides, mentioned as coming with a date, is theirs (not multilateral)
    ("両首脳は、来年3月に東京で開催される日越投資会議に向けて準備を進めることで一致しました。", [("日越投資会議", "2021-03")]),
    ("両首脳は、来年3月に東京で開催される国際投資会議に向けて準備を進めることで一致しました。", []),
    # a talk looked forward to, said with its verb (…会談することを楽しみにしている), not one looked forward to before
    ("ミン外相は、7月にハノイで開催される国際会議の際に、鈴木大臣と再び会談することを楽しみにしている旨述べました。",
     [("会談", "2020-07")]),
    ("ミン外相は、鈴木大臣と会談することを楽しみにしていた旨述べました。", []),
    # a talk or an exchange year prepared for (…に向けて準備を進めていく): mentioned as coming
    ("両首脳は、来年の「ベトナムにおける日本年」に向けて準備を進めていくことで一致しました。", [("「ベトナムにおける日本年」", "2021")]),
    # 年内の可能な限り早い時期に: the vague words qualify the firm date before them
    ("両首脳は、年内の可能な限り早い時期にフック首相が訪日することで一致しました。", [("フック首相の訪日", "2020")]),
    # round 2 rows
    # 立ち上げ / 設置 (setting up a framework or a committee) are plan verbs; 枠組み a plan noun
    ("両大臣は、二国間の協力枠組みを立ち上げることで一致しました。", [("二国間の協力枠組み", None)]),
    # a joint statement's plain non-past 「…を開始します」 is what the sides will do
    ("両国は、租税条約に関する協議を開始します。", [("租税条約に関する協議", None)]),
    # 協議を行うため、…: a purpose; the talk that follows is the plan
    ("鈴木外務大臣は、懸案について協議を行うため、6月3日にハノイを訪問し、ミン外相との間で日越外相会談を行うこととなりました。",
     [("日越外相会談", "2020-06-03")]),
    # 来月の…委員会では: a talk named after a relative future date is mentioned as coming
    ("鈴木総理から、来月の日越合同委員会では投資について議論したい旨述べました。", [("日越合同委員会", "2020-06")]),
    # 本年予定されている…の訪日の成功に向けて…確認: the modifier dates the visit the verb names
    ("両首脳は、本年予定されているグエン首相訪日の成功に向けて協力していくことを確認しました。", [("グエン首相訪日", "2020")]),
    # …とともに、: a date of the clause ended before the plan's noun is not its date
    ("両首脳は、2025年までに協定を締結するとの決意を確認するとともに、合同委員会を設置することで一致しました。", [("合同委員会", None)]),
    # 来年以降も…一致し、早期に…協議する: the vague date nearer the verb, apart from the firm one, leaves the plan undated
    ("両首脳は、来年以降も交流を拡大していくことで一致し、早期に次官級で協議することとなりました。", [("次官級協議", None)]),
    # the plan as the topic, its time and its place each closed by a comma (TOPIC_THEN_CLAUSE)
    ("次回の首脳会談は、来年、ハノイで開催することで一致しました。", [("首脳会談", "2021")]),
    ("次回の首脳会談は来年、ハノイで開催することで一致しました。", [("首脳会談", "2021")]),
    # 本日予定されている: a talk announced for later today is dated today
    ("鈴木総理から、本日予定されている日越外相戦略対話に期待する旨述べました。", [("日越外相戦略対話", "2020-05-10")]),
    # round 3 rows
    # a plan whose date is being arranged, with no verb of holding it (_SCHEDULE_ROWS + 調整)
    ("次回の首脳会談の具体的な日程は、外交ルートで調整していくこととなりました。", [("首脳会談", None)]),
    ("両外相は、鈴木大臣のベトナム訪問について、具体的な時期を引き続き調整していくことで一致しました。", [("鈴木大臣のベトナム訪問", None)]),
    # a coming visit welcomed, with its intention (_INTENT_ROWS) or a future date; 今秋 / 来春 are dates
    ("鈴木総理から、来年のフック首相の訪日の意向を歓迎すると述べました。", [("フック首相の訪日", "2021")]),
    ("鈴木総理から、今秋のフック首相の訪日を歓迎したいと述べました。", [("フック首相の訪日", "2020")]),
    # a coming visit named as the occasion of something (…が来年訪日する機会に)
    ("鈴木総理から、フック首相が来年訪日する機会に関係を更に発展させたい旨述べました。", [("フック首相の訪日", "2021")]),
    # …することが確認された: the passive of ことを確認
    ("両首脳は、グエン首相が年内に訪日することが確認されました。", [("グエン首相の訪日", "2020")]),
    # a nominalised act agreed: …の開始に合意, …の定例化について一致
    ("両首脳は、外務当局間の政策対話の開始に合意しました。", [("外務当局間の政策対話", None)]),
    ("両首脳は、アジアに関する政策対話の定例化について一致しました。", [("アジアに関する政策対話", None)]),
    # 実施予定と承知: a plan noted as scheduled
    ("鈴木総理から、来年は「日本におけるベトナム年」を実施予定と承知している旨述べました。", [("「日本におけるベトナム年」", "2021")]),
    # the signing of an agreement whose negotiation concluded, aimed at (署名を目指す): a planned act
    ("両首脳は、日越協定の交渉が実質合意に至ったことを歓迎し、早期に署名を目指すことで一致しました。", [("署名", None)]),
    # a talk named as still to come (…首脳会談の前という…タイミング, _BEFORE_ROWS)
    ("これに対し、ミン外相から、日越首脳会談の前という重要な時期に外相会談を行うことができ嬉しい旨述べました。", [("日越首脳会談", None)]),
    # nouns joined by a coordinator (「A年」・「B年」) share the date written before the first
    ("両首脳は、2021年の「ベトナムにおける日本年」・「日本におけるベトナム年」の実施に向け、準備を進めることで一致しました。",
     [("「ベトナムにおける日本年」・「日本におけるベトナム年」", "2021")]),
    # 予定される (not only 予定されている) marks a dated talk as coming, even when the sentence's verb is open-ended
    ("また、双方は、7月に予定される「日越外交当局間協議」等の成功に向け協力していくことで一致しました。",
     [("「日越外交当局間協議」", "2020-07")]),
    # the date of a gathering that is the occasion (の際) of the plan is the plan's date, even with a long name
    ("両首脳は、9月の東アジア首脳会議(EAS)の際の日越首脳会談の開催に向け調整していくこととしました。",
     [("東アジア首脳会議(EAS)の際の日越首脳会談", "2020-09")]),
    # …の実施の重要性につき一致: the act whose importance both sides affirmed is planned
    ("両外相は、アジアに関する政策対話の実施の重要性につき一致しました。", [("アジアに関する政策対話", None)]),
    # talks listed with commas before the plan's own phrase are each planned; plain words between are passed over
    ("両外相は、日越領事協議、日越海洋協議、中東、アフリカ等の地域別の政策対話の実施の重要性につき一致しました。",
     [("日越領事協議", None), ("日越海洋協議", None), ("アフリカ等の地域別の政策対話", None)]),
    # an act in its conjunctive form before the clause of what it will take up (plans.verb.okonai_then, plans.content.*):
    # the act is the plan, the 協議 its content
    ("両首脳は、年内に外相会談を行い、海洋協力の進め方について協議することで一致しました。", [("外相会談", "2020")]),
    ("両外相は、本年秋に日越戦略対話を開催し、地域情勢について協議していくことで一致しました。", [("日越戦略対話", "2020")]),
    # … or with the plan's time in its clause (plans.verb.hiraki_then)
    ("双方は、近く局長級で会合を開き、詳細を詰めていくことで一致しました。", [("会合", None)]),
]

NEGATIVES = [
    # a wish to hold an event, told, is no plan (…開催したい旨を説明)
    "鈴木総理から、日越経済フォーラムを東京で開催したい旨を説明しました。",
    # the importance of cooperation (open-ended) affirmed is no plan
    "両外相は、政策対話を通じて協力していくことの重要性につき一致しました。",
    # a wish is not a plan
    "フック首相から、是非早期に訪日したいと述べました。",
    # お会いすることを楽しみに names no talk
    "フック首相から、9月のAPECで鈴木総理にお会いすることを楽しみにしていると述べました。",
    # the visit under way, and a visit whose results are noted, are not plans
    "鈴木総理から、25年振りのベトナム訪問を嬉しく思う、日本は緊急支援を決定した旨述べました。",
    "両首脳は、3月のフック首相訪日の成果を確認し、協力を着実に実施していくことで一致した。",
    "グエン特使の訪日を契機に進んでいる協力の進展を歓迎し、今後の協力強化で一致した。",
    # the talk reported in its conjunctive form (…会談を行い、…で一致): no plan's time, nor what it will take up
    "両首脳は、本日会談を行い、協力を一層強化していくことで一致しました。",
    "5月10日、両外相は会合を開き、二国間関係を強化していくことで一致しました。",
    # a multilateral gathering mentioned as coming with only its date
    "両首脳は、6月に東京で開催される第8回アジア開発会議と連携していくことで一致しました。",
    # unspecified events
    "鈴木総理から、来年の周年に開催される様々な行事を通じて交流を促進したいと述べました。",
    # a decision word inside parentheses belongs to the aside, not to the talk described
    "本件会合には各国外相が出席する予定であり、協力の方向性について協議を行う(一部の国については出席の有無も含めて調整中)。",
    # an item enumerated with や before another noun is not the verb's object
    "航空機墓参や出入域地点の設置を含む改善策の実施に向けて、次官級協議で議論することとなりました。",
    # round 2 rows
    # an act asked of a third party (交渉の開始を加盟国に求める) is a request, not a plan
    "フック首相から、協定について交渉の開始を加盟国に求めることを決定した旨述べました。",
    # 以降 after a visit: the visit is over (…首相の訪日以降、協力が進展した)
    "両首脳は、昨年のグエン首相の訪日以降、両国の協力が進展したことを確認しました。",
    # a gathering named as multilateral (国連…会議) mentioned as coming is not a plan between the sides
    "鈴木総理から、来年3月に開催予定の第5回国連海洋会議にもフック首相に参加いただきたい旨述べました。",
    # round 3 rows
    # a talk named as past (先般の…) or in a past form (実施されたことを歓迎) is held, not planned
    "両外相は、先般の政策対話が有意義に実施されたことを歓迎し、今後とも対話が継続されることへの期待で一致しました。",
    # an open-ended commitment in the form …取り組んでいくことに合意 is not a plan of the talk it names
    "両首脳は、協力の枠組みにつき協議し、協力して取り組んでいくことに合意しました。",
    # …に合意したく: a wish, not an agreement
    "鈴木総理より、来年の定期首脳協議で交渉開始に合意したく支持を得たい旨述べました。",
    # 予定と承知 about another act (署名される予定と): the talk held now (今般…開催され) is no plan
    "今般、日越合同委員会が開催され、文書に署名される予定と承知しており、喜ばしい。",
    # the visit under way (本年の…訪日を歓迎) is not a coming one
    "鈴木総理から、本年のフック首相の訪日を歓迎すると述べました。",
    # a signing that took place is no plan
    "両首脳の立ち会いの下、日越協定の署名が行われたことを歓迎し、その着実な実施で一致しました。",
    # 同首脳会談に先立ち: the talk the page reports, not a coming one
    "首相府において首脳会談が行われ、同首脳会談に先立ち、約20分間、少人数会合が行われました。",
    # …訪日を、…契機とする: the visit under way is the occasion, not a plan
    "両首脳は、フック首相訪日を、両国関係を更に緊密化する契機とすることで一致しました。",
    # round 5: an instruction to act (no talk to hold) is open-ended (…議論を加速するよう指示)
    "両首脳は、作業部会での議論を加速するよう事務方に指示しました。",
    # an invitation extended and only thanked for is not accepted
    "フック首相は、鈴木総理の訪越を招請し、鈴木総理は謝意を表明しました。",
    # a wish only the speaker states (…したい旨述べ) with no consent
    "鈴木総理から、9月に日越首脳会談を開催したい旨述べました。",
    # 1月の…訪露の際に: a visit named by its month (not a relative future date) may be over
    "両首脳は、1月の鈴木総理の訪越の際に一致した考えに基づき、議論を継続していくことを確認しました。",
    # the visit under way (今回の訪日で), its programme scheduled: no plan
    "フック首相は、今回の訪日で、日越経済フォーラムにも出席する予定です。",
    # a WTO-style ministerial named without the sides stays a gathering
    "両首脳は、来年の閣僚会合を開催することで一致しました。",
    # the success of this talk (本日の…), of a bare talk word with no date, or of a visit worked for in the past: no plan
    "両首脳は、本日の首脳会談の成功に向けて尽力した事務方に謝意を表しました。",
    "両首脳は、首脳会談の成功に向けて緊密に連携していくことで一致しました。",
    "総理より、陛下の御訪越の成功のためにフック首相が努力されたことに感謝する旨述べました。",
    # the effort aimed at an open-ended goal (…強化すべく努力していく) names no act
    "両首脳は、海洋分野での協力を強化すべく、努力していくことで一致しました。",
    # a wish to cooperate given as a reply names no plan
    "フック首相は、協力を更に強化したい旨応じました。",
    # a noun the act builds on (…の署名を受けて、その着実な実施で一致; …協議を踏まえ、…を実施): not the plan
    "両首脳は、日越投資協定の署名を受けて、その着実な実施で一致しました。",
    "両首脳は、日越経済対話を踏まえ、協力の具体化を着実に実施することで一致しました。",
    # the visit looked forward to in the past (楽しみにしていた) is the one under way; 今回の訪越 is this one
    "鈴木総理から、今回の訪越を楽しみにしていた旨述べました。",
    "鈴木総理から、ベトナムへの訪問を楽しみにしていた旨述べました。",
    # a proposal not consented to, and consent to an open-ended wish, are no plan
    "鈴木総理から、協力を強化したい旨述べ、フック首相もこれに同意しました。",
    # …訪問の可能性について検討: a possibility studied is no plan
    "両首脳は、航空機による訪問の可能性について実務的な検討を進めることを確認しました。",

]


@pytest.mark.parametrize("text,expected", CASES)
def test_plan_case(text, expected):
    assert planned(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_plan_negative(text):
    assert planned(text) == []


def test_no_year_keeps_relative_dates_null():
    # no year printed on the page: 明年 cannot be resolved
    assert planned("両首脳は、明年の適切な時期にグエン首相訪日を実現す", PAGE_NO_YEAR) == [("グエン首相訪日", None)]


def test_month_pair_ends_in_second_month():
    (p,) = plan_rows("両首脳は、本年の航空機墓参を8月又は9月に実施することで一致しました。")
    assert (p["date"], p["date_end"], p["precision"]) == ("2020-08", "2020-09", "month")


def test_gathering_before_the_verb_is_the_occasion():
    # 日越サミットに合わせて行われる予定の…訪日: the summit is the occasion, the visit the plan; visits listed with commas
    ps = plan_rows("特に、日越サミットに合わせて行われる予定のフック首相の訪日を第一歩として、鈴木総理の訪越を実施していくことの重要性を"
                   "確認しました。")
    assert [(p["what"], p["place"]) for p in ps] == [("フック首相の訪日", "日本"), ("鈴木総理の訪越", "ベトナム")]


def test_joint_statement_names_its_exchange_year():
    # …を「…年」として、…していきます: the year named in a joint statement's own voice
    (p,) = plan_rows("2021年の日本人のベトナム移住120周年を「日越交流年」として、両国の交流を拡大させていきます。")
    assert (p["what"], p["date"], p["precision"], p["rule"]) == ("「日越交流年」", "2021", "year", "plans.naming.toshi")


def test_plan_place_of_a_visit():
    # …大臣のベトナム訪問: the country visited; a country named on the way (ベトナムで選出される…) is not a visit's place
    (p,) = plan_rows("両外相は、鈴木大臣のベトナム訪問について、具体的な時期を引き続き調整していくことで一致しました。")
    assert p["place"] == "ベトナム"
    ps = plan_rows("両大臣は、ベトナムでまもなく選出される次期首相の訪日に向けた調整を進めることで一致しました。")
    assert [(p["what"], p["place"]) for p in ps] == [("次期首相の訪日", "日本")]
    # シリアにおける…協議: における names the topic, not a place
    (p,) = plan_rows("両外相は、シリアにおける人道支援に関する日越間の協議を年内に行うことで一致しました。")
    assert p["place"] is None


def test_talk_named_by_a_head_is_a_summit():
    # …大統領との会談: a talk named by a head of state or government is a summit
    (p,) = plan_rows("両首脳は、来月、鈴木総理とグエン次期大統領との会談を行うことで一致しました。")
    assert (p["what"], p["kind"]) == ("グエン次期大統領との会談", "summit")


def test_round_table_is_not_consultations():
    # 官民の円卓会議: kind other (a round table of officials and business), a 会議 of officials is vice_ministerial
    (p,) = plan_rows("両首脳は、2021年中にベトナムにおいて官民の円卓会議を開催することで一致しました。")
    assert (p["what"], p["kind"], p["place"]) == ("官民の円卓会議", "other", "ベトナム")


def test_plan_day_range():
    # 7月14日から17日まで: a range of days, date and date_end; a port call named by its subject with は
    (p,) = plan_rows("海上自衛隊の練習艦隊は、7月14日から17日までダナン港に寄港する予定です。")
    assert (p["what"], p["date"], p["date_end"], p["precision"], p["place"]) == \
        ("練習艦隊の寄港", "2020-07-14", "2020-07-17", "day", "ダナン")


def test_first_meeting_of_a_new_dialogue_keeps_its_fields():
    # …を立ち上げ、その第1回会合を3月上旬にハノイで: one plan, the meeting, with its date and place
    (p,) = plan_rows("双方は、新たに日越経済安全保障対話を立ち上げ、その第1回会合を3月上旬にハノイで開催することで一致しました。")
    assert (p["what"], p["date"], p["precision"], p["place"]) == ("日越経済安全保障対話の第1回会合", "2021-03", "early_month", "ハノイ")


def test_invited_to_a_country_and_accepted():
    # Xを来年日本に招待し、…受諾: X's visit to Japan next year, its place the country
    (p,) = plan_rows("鈴木総理は、フック首相を来年日本に招待し、同首相はこれを受諾しました。")
    assert (p["what"], p["date"], p["place"], p["rule"]) == ("フック首相の訪日", "2021", "日本", "plans.decision.judaku")


def test_plan_before_a_dated_summit_takes_its_year():
    # …協議を首脳会談前に実施, the page dating the coming summit (9月に…訪越): the 協議 falls in that year
    ps = plan_rows("両首脳は、来年9月に鈴木総理が訪越することで一致しました。また、日越次官級協議を首脳会談前に実施することで一致しました。")
    assert [(p["what"], p["date"], p["precision"]) for p in ps] == [("鈴木総理の訪越", "2021-09", "month"),
                                                                  ("日越次官級協議", "2021", "year")]


def test_date_of_another_talk_is_not_the_plans():
    # 昨年11月の電話会談 dates the earlier call, not the visit
    assert planned("ミン外相からは、昨年11月の電話会談に引き続きお会いできてうれしい、グエン首相が訪日する予定であると述べました。") \
        == [("グエン首相の訪日", None)]


def test_talk_at_a_gathering_takes_its_date():
    # the date of the gathering (…の際に) dates the talk set there
    assert planned("両首脳は、11月22~23日のAPEC首脳会議の際に日越首脳会談を行うことで一致した。") == [("日越首脳会談", "2020-11-22")]


def test_excerpt_cut_inside_the_plans_noun():
    # the excerpt ends inside the noun after a modifier announcing it (…あり得べき首脳会): kept when its date is written
    page = PAGE.rstrip("\n")
    rec = extract_text(page.format(s="日本側としてはこれを持ち帰って検討し、明年早期にもあり得べき首脳会")).record.to_json_dict()
    assert [(p["what"], p["date"]) for e in rec["events"] for p in e["planned"]] == [("首脳会", "2021")]
    rec = extract_text(page.format(s="また、予定されている日越首脳会")).record.to_json_dict()
    assert [p for e in rec["events"] for p in e["planned"]] == []


def test_direction_ending_a_cut_line():
    # 「…方向」 ending a cut last line is a decision word (the line alone, as the plans stage sees it)
    text = "地域協力会議のフォローアップ会合を開催していく方向"
    doc = Doc.from_text(text)
    items = plans.plans_in_sentence(doc, 0, len(text), None, cut=True)
    assert [(p.what, p.date) for p in items] == [("地域協力会議のフォローアップ会合", None)]


# --- one case per lexicon row (gaiko/extract/lexicon/plans.py): (sentence, planned (what, date), the row) ---------
# For a plan kept, the row is the one that decided it (its ``Planned.rule``: a decision word, a modifier
# announcing it) or a word it is made of; for a candidate dropped, the filter row that dropped it.
# fmt: off
ROW_CASES = [
    # visit words (VISITS): X が訪Y する -> X の訪Y
    ("両首脳は、本年秋に鈴木総理が訪露することで一致しました。", [("鈴木総理の訪露", "2020")], "plans.visit.horo"),
    ("両首脳は、本年秋に鈴木総理が訪中することで一致しました。", [("鈴木総理の訪中", "2020")], "plans.visit.houchuu"),
    ("両首脳は、本年秋に鈴木総理が訪韓することで一致しました。", [("鈴木総理の訪韓", "2020")], "plans.visit.houkan"),
    ("両首脳は、本年秋にフック首相が訪米することで一致しました。", [("フック首相の訪米", "2020")], "plans.visit.houbei"),
    ("両首脳は、本年秋にフック首相が訪豪することで一致しました。", [("フック首相の訪豪", "2020")], "plans.visit.hougou"),
    ("両首脳は、本年秋に鈴木総理が訪印することで一致しました。", [("鈴木総理の訪印", "2020")], "plans.visit.houin"),
    ("両首脳は、本年秋に鈴木総理が訪英することで一致しました。", [("鈴木総理の訪英", "2020")], "plans.visit.houei"),
    ("両首脳は、本年秋に鈴木総理が訪独することで一致しました。", [("鈴木総理の訪独", "2020")], "plans.visit.houdoku"),
    ("両首脳は、本年秋に鈴木総理が訪仏することで一致しました。", [("鈴木総理の訪仏", "2020")], "plans.visit.houfutsu"),
    ("両首脳は、本年秋に鈴木総理が訪伊することで一致しました。", [("鈴木総理の訪伊", "2020")], "plans.visit.houi"),
    ("両首脳は、本年秋に鈴木総理が訪加することで一致しました。", [("鈴木総理の訪加", "2020")], "plans.visit.houka"),
    ("両首脳は、本年秋に鈴木総理が訪伯することで一致しました。", [("鈴木総理の訪伯", "2020")], "plans.visit.houhaku"),
    ("両首脳は、本年秋に鈴木総理が訪墨することで一致しました。", [("鈴木総理の訪墨", "2020")], "plans.visit.houboku"),
    ("両首脳は、本年秋に鈴木総理が訪朝することで一致しました。", [("鈴木総理の訪朝", "2020")], "plans.visit.houchou"),
    ("両首脳は、本年秋に鈴木総理が訪比することで一致しました。", [("鈴木総理の訪比", "2020")], "plans.visit.houhi"),
    ("両首脳は、本年秋に鈴木総理が訪泰することで一致しました。", [("鈴木総理の訪泰", "2020")], "plans.visit.houtai"),
    ("両首脳は、本年秋に鈴木総理が訪尼することで一致しました。", [("鈴木総理の訪尼", "2020")], "plans.visit.houni"),
    ("両首脳は、本年秋に鈴木総理が訪越することで一致しました。", [("鈴木総理の訪越", "2020")], "plans.visit.houetsu"),
    # plan nouns (NOUNS): the thing set up
    ("両首脳は、次回の日越サミットを来年開催することで一致しました。", [("日越サミット", "2021")], "plans.noun.samitto"),
    ("両首脳は、日越エネルギー会議を来年開催することで一致しました。", [("日越エネルギー会議", "2021")], "plans.noun.kaigi"),
    ("両首脳は、日越ビジネス懇談会を来年開催することで一致しました。", [("日越ビジネス懇談会", "2021")], "plans.noun.kondankai"),
    ("両首脳は、日越投資フォーラムを来年開催することで一致しました。", [("日越投資フォーラム", "2021")], "plans.noun.foramu"),
    ("両首脳は、日本の経済ミッションを来年派遣することで一致しました。", [("日本の経済ミッション", "2021")], "plans.noun.misshon"),
    ("両首脳は、国交樹立50周年の記念行事を来年開催することで一致しました。", [("記念行事", "2021")], "plans.noun.kinen_gyouji"),
    ("両首脳は、文化交流の行事を来年実施することで一致しました。", [("文化交流の行事", "2021")], "plans.noun.gyouji"),
    ("両首脳は、協定の署名式典を来年開催することで一致しました。", [("協定の署名式典", "2021")], "plans.noun.shikiten"),
    ("両首脳は、日越経済円卓会議を来年開催することで一致しました。", [("日越経済円卓会議", "2021")], "plans.noun.entaku_kaigi"),
    ("両首脳は、日越投資セミナーを来年開催することで一致しました。", [("日越投資セミナー", "2021")], "plans.noun.seminaa"),
    ("両首脳は、海上自衛隊艦艇のダナン寄港を来年実施することで一致しました。", [("海上自衛隊艦艇のダナン寄港", "2021")], "plans.noun.kikou"),
    ("両首脳は、医療チームの派遣を来年実施することで一致しました。", [("医療チームの派遣", "2021")], "plans.noun.haken"),
    ("両首脳は、共同の救難訓練を来年実施することで一致しました。", [("共同の救難訓練", "2021")], "plans.noun.kunren"),
    ("両首脳は、共同の防災演習を来年実施することで一致しました。", [("共同の防災演習", "2021")], "plans.noun.enshuu"),
    ("両首脳は、青年交流プログラムを来年実施することで一致しました。", [("青年交流プログラム", "2021")], "plans.noun.puroguramu"),
    ("両首脳は、日越「2+2」を来年開催することで一致しました。", [("日越「2+2」", "2021")], "plans.noun.two_plus_two_quoted"),
    ("両首脳は、日越2+2を来年開催することで一致しました。", [("日越2+2", "2021")], "plans.noun.two_plus_two"),
    ("両外相は、鈴木大臣のハノイ訪問を来月実施することで一致しました。", [("鈴木大臣のハノイ訪問", "2020-06")], "plans.noun.houmon"),
    ("両首脳は、海洋協議メカニズムを来年設置することで一致しました。", [("海洋協議メカニズム", "2021")], "plans.noun.mekanizumu"),
    ("両首脳は、日越青年交流の観光ツアーを来年実施することで一致しました。", [("日越青年交流の観光ツアー", "2021")], "plans.noun.tsuaa"),
    ("両首脳は、専門家の往来を来年実施することで一致しました。", [("専門家の往来", "2021")], "plans.noun.ourai"),
    # verbs that set it up (VERBS)
    ("両首脳は、日越政策協議が来年行われることで一致しました。", [("日越政策協議", "2021")], "plans.verb.okonawareru"),
    ("両首脳は、中断していた投資協定の交渉を来年再開することで一致しました。", [("投資協定の交渉", "2021")], "plans.verb.saikai"),
    ("両首脳は、本年秋に日本が医療チームを派遣することで一致しました。", [("日本の派遣", "2020")], "plans.verb.haken"),
    ("両首脳は、本年中に日越安全保障対話を創設することで一致しました。", [("日越安全保障対話", "2020")], "plans.verb.sousetsu"),
    ("両首脳は、年内に日越首脳会談を実現することで一致しました。", [("日越首脳会談", "2020")], "plans.verb.jitsugen"),
    ("両首脳は、日越青年交流ミッションが本年秋にハノイを訪れることで一致しました。", [("日越青年交流ミッション", "2020")], "plans.verb.otozure"),
    ("両首脳は、本年中に日越合同委員会を設立することで一致しました。", [("日越合同委員会", "2020")], "plans.verb.setsuritsu"),
    # verbs of holding or going (VERBS, group hold)
    ("両首脳は、本年秋に海上自衛隊の護衛艦がダナンに寄港することで一致しました。", [("護衛艦の寄港", "2020")], "plans.hold.kikou"),
    ("両首脳は、日越青年交流ミッションが来年日本を訪問することで一致しました。", [("日越青年交流ミッション", "2021")], "plans.hold.houmon"),
    # decision words (DECISIONS): the plan"s rule
    ("両首脳は、本年中に日越安全保障対話を開催することに合意しました。", [("日越安全保障対話", "2020")], "plans.decision.kotoni_goui"),
    ("鈴木総理から、本年秋に日越経済対話の開催を予定している旨述べました。", [("日越経済対話", "2020")], "plans.decision.yotei_shite"),
    ("両首脳は、本年秋に日越経済対話を開催する方向で調整することとなりました。", [("日越経済対話", "2020")], "plans.decision.houkou"),
    ("鈴木総理は、本年秋にフック首相の訪日の招待を受諾しました。", [("フック首相の訪日", "2020")], "plans.decision.judaku"),
    ("鈴木総理から、本年秋に日越経済対話を開催が決定した旨述べました。", [("日越経済対話", "2020")], "plans.decision.kaisai_ga_kettei"),
    ("鈴木総理から、本年秋に日越経済対話を開催することを政府として決定した旨述べました。", [("日越経済対話", "2020")], "plans.decision.kettei_shita"),
    ("両首脳は、日越経済対話を来月開催する方針で一致しました。", [("日越経済対話", "2020-06")], "plans.decision.de_itchi"),
    # a wished visit welcomed (WELCOMED_WISH)
    ("鈴木総理から、本年秋に訪日したいとのフック首相の意向を歓迎する旨述べました。", [("フック首相の訪日", "2020")], "plans.wish.welcomed"),
    # mentioned as coming in a modifier (ANNOUNCED)
    ("鈴木総理から、来月予定の日越経済対話の成功に期待する旨述べました。", [("日越経済対話", "2020-06")], "plans.announced.yotei_no"),
    ("鈴木総理から、来年開催予定の日越経済対話の成功に期待する旨述べました。", [("日越経済対話", "2021")], "plans.announced.kaisai_yotei_no"),
    ("鈴木総理から、秋に実施予定の日越共同訓練の成功に期待する旨述べました。", [("日越共同訓練", "2020")], "plans.announced.jisshi_yotei_no"),
    # …with a date before it only (ANNOUNCED, group dated)
    ("鈴木総理から、6月に開催される日越経済対話の成功に期待する旨述べました。", [("日越経済対話", "2020-06")], "plans.dated.kaisai_sareru"),
    ("鈴木総理から、7月に行われる日越政策協議の成功に期待する旨述べました。", [("日越政策協議", "2020-07")], "plans.dated.okonawareru"),
    ("鈴木総理から、秋に実施される日越共同訓練の成功に期待する旨述べました。", [("日越共同訓練", "2020")], "plans.dated.jisshi_sareru"),
    # a talk after a relative future date (FUTURE_REL)
    ("鈴木総理から、明日の日越経済対話では投資について議論したい旨述べました。", [("日越経済対話", "2020-05-11")], "plans.future_rel.ashita"),
    # a talk looked forward to (ANTICIPATION) or still to come (BEFORE)
    ("ミン外相より、日越首脳会談を心待ちにしている旨述べました。", [("日越首脳会談", None)], "plans.anticipation.kokoromachi"),
    ("ミン外相より、日越首脳会談を注目している旨述べました。", [("日越首脳会談", None)], "plans.anticipation.chuumoku"),
    ("ミン外相より、日越首脳会談を前に、両国関係を強化したい旨述べました。", [("日越首脳会談", None)], "plans.before.wo_mae_ni"),
    # a plan whose date is being arranged (SCHEDULE)
    ("次回の首脳会談の詳細は、外交ルートで調整していくこととなりました。", [("首脳会談", None)], "plans.schedule.shousai"),
    # a coming visit named as an occasion (COMING) or welcomed with an intention (INTENTS)
    ("鈴木総理から、フック首相が来年訪日する際に関係を更に発展させたい旨述べました。", [("フック首相の訪日", "2021")], "plans.coming.sai"),
    ("鈴木総理から、フック首相の訪日の計画を歓迎すると述べました。", [("フック首相の訪日", None)], "plans.intent.keikaku"),
    ("鈴木総理から、フック首相の訪日の予定を歓迎すると述べました。", [("フック首相の訪日", None)], "plans.intent.yotei"),
    ("両首脳は、本年秋に訪日したいというフック首相の希望を実現することで一致しました。", [("フック首相の訪日", "2020")], "plans.intent.kibou"),
    # not a plan: an open-ended commitment (OPEN_ENDED, OPEN_ENDED_VERBS) with a verb not of holding
    ("両首脳は、日越経済対話の実施を通じて協力していくことで一致しました。", [], "plans.open_ended.kyouryoku"),
    ("両首脳は、日越経済対話の実施を通じて交流を継続していくことで一致しました。", [], "plans.open_ended.keizoku"),
    ("両首脳は、日越経済対話の実施を通じて交渉を加速していくことで一致しました。", [], "plans.open_ended.kasoku"),
    ("両首脳は、日越経済対話の実施を通じて投資を推進していくことで一致しました。", [], "plans.open_ended.suishin"),
    ("両首脳は、日越経済対話の実施を通じて関係を強化していくことで一致しました。", [], "plans.open_ended.kyouka"),
    ("両首脳は、日越経済対話の実施を通じて関係を発展していくことで一致しました。", [], "plans.open_ended.hatten"),
    ("両首脳は、日越経済対話の実施を通じて連携していくことで一致しました。", [], "plans.open_ended.renkei"),
    ("両首脳は、日越経済対話の実施を通じて努力していくことで一致しました。", [], "plans.open_ended.doryoku"),
    ("両首脳は、日越経済対話の実施を通じて検討していくことで一致しました。", [], "plans.open_ended.kentou"),
    ("両首脳は、日越経済対話の実施を通じて課題に取り組んでいくことで一致しました。", [], "plans.open_ended_verb.torikunde"),
    ("両首脳は、日越経済対話の実施を通じて協力を進めていくことで一致しました。", [], "plans.open_ended_verb.susumete"),
    # not a plan: a multilateral gathering (GATHERINGS; MULTILATERAL … GATHERING_HEADS)
    ("両首脳は、本年秋に東アジアサミットを開催することで一致しました。", [], "plans.gathering.samitto"),
    ("両首脳は、本年秋にG20首脳会合を開催することで一致しました。", [], "plans.gathering.shunou_kaigou"),
    ("両首脳は、本年秋にAPEC首脳会議を開催することで一致しました。", [], "plans.gathering.shunou_kaigi"),
    ("両首脳は、本年秋にASEAN関連外相会合を開催することで一致しました。", [], "plans.gathering.gaishou_kaigou"),
    ("両首脳は、本年秋にWTO閣僚会合を開催することで一致しました。", [], "plans.gathering.kakuryou_kaigou"),
    ("両首脳は、本年秋に世界経済フォーラムを開催することで一致しました。", [], "plans.multilateral.sekai"),
    ("両首脳は、本年秋に国際防災会議を開催することで一致しました。", [], "plans.multilateral.kokusai"),
    ("両首脳は、本年秋に多国間協力会合を開催することで一致しました。", [], "plans.multilateral.takokukan"),
    # …a gathering head after a date only (6月に開催される…セミナー) is one too
    ("両首脳は、本年秋に国連気候サミットを開催することで一致しました。", [], "plans.gathering_head.samitto"),
    ("両首脳は、本年秋に国際投資フォーラムを開催することで一致しました。", [], "plans.gathering_head.foramu"),
    ("両首脳は、本年秋に国際協力会合を開催することで一致しました。", [], "plans.gathering_head.kaigou"),
    ("両首脳は、6月に東京で開催される日越投資セミナーと連携していくことで一致しました。", [], "plans.gathering_head.seminaa"),
    ("両首脳は、6月に東京で開催される日越交流行事と連携していくことで一致しました。", [], "plans.gathering_head.gyouji"),
    ("両首脳は、6月に東京で開催される日越記念式典と連携していくことで一致しました。", [], "plans.gathering_head.shikiten"),
    # not a plan: the visit or talk under way or held (HELD_AFTER)
    ("鈴木総理から、フック首相が訪日の折に示した協力への意欲に謝意を述べ、協力を進めることで一致しました。", [], "plans.held_after.ori"),
    ("両首脳は、フック首相の訪日以来の協力の進展を確認し、協力を進めることで一致しました。", [], "plans.held_after.irai"),
    ("両首脳は、日越経済対話が開催されたことを歓迎し、協力を進めることで一致しました。", [], "plans.held_after.past"),
    ("両首脳は、フック首相の訪日の是非について議論することで一致しました。", [], "plans.held_after.zehi"),
    ("両首脳は、フック首相の訪日を心から歓迎し、協力を進めることで一致しました。", [], "plans.held_after.kangei"),
    ("両首脳は、フック首相の訪日を喜び、協力を進めることで一致しました。", [], "plans.held_after.yorokobi"),
    ("両首脳は、日越経済対話の開催の結果を踏まえ、協力を進めることで一致しました。", [], "plans.held_after.kekka"),
    ("両首脳は、日越経済対話の開催の在り方について議論することで一致しました。", [], "plans.held_after.arikata"),
    # not a plan: named as past (PAST)
    ("両首脳は、先週の日越経済対話を来年も開催することで一致しました。", [], "plans.past.senshuu"),
    ("両首脳は、前回の日越経済対話を来年も開催することで一致しました。", [], "plans.past.zenkai"),
    ("両首脳は、先月鈴木総理が訪越した成果を踏まえ、協力を進めることで一致しました。", [], "plans.past.sengetsu"),
    ("両首脳は、先日鈴木総理が訪越した成果を踏まえ、協力を進めることで一致しました。", [], "plans.past.senjitsu"),
    ("両首脳は、昨年鈴木総理が訪越した成果を踏まえ、協力を進めることで一致しました。", [], "plans.past.sakunen"),
    ("両首脳は、昨日鈴木総理が訪越した成果を踏まえ、協力を進めることで一致しました。", [], "plans.past.sakujitsu"),
    # not a plan: unspecified things (UNSPECIFIED)
    ("両首脳は、各種行事を来年実施することで一致しました。", [], "plans.unspecified.kakushu"),
    ("両首脳は、一連の行事を来年実施することで一致しました。", [], "plans.unspecified.ichiren"),
    ("鈴木総理から、来年の周年に開催されるさまざまな行事を通じて交流を促進したいと述べました。", [], "plans.unspecified.samazamana_kana"),
    ("鈴木総理から、来年の周年に開催される種々の行事を通じて交流を促進したいと述べました。", [], "plans.unspecified.shushu"),
    ("鈴木総理から、来年の周年に開催される多くの行事を通じて交流を促進したいと述べました。", [], "plans.unspecified.ooku"),
    ("鈴木総理から、来年の周年に開催される数々の行事を通じて交流を促進したいと述べました。", [], "plans.unspecified.kazukazu"),
    # not a plan: the talk the page reports (THIS)
    ("両首脳は、今回の会談を毎年開催することで一致しました。", [], "plans.this.konkai"),
    ("両首脳は、今次会合を毎年開催することで一致しました。", [], "plans.this.konji"),
    ("鈴木総理から、午後に予定されている本日の会合の成功に期待する旨述べました。", [], "plans.this.honjitsu"),
    ("鈴木総理から、本日予定されているこの対話の成功に期待する旨述べました。", [], "plans.this.kono"),
    ("両首脳は、同対話を毎年開催することで一致しました。", [], "plans.this_same.dou"),
    ("フック首相より、本会談を楽しみにしている旨述べました。", [], "plans.this_hon.hon"),
    # a verb of purpose (PURPOSE): the act after it is the plan
    ("鈴木総理は、懸案について協議を行う為に、6月3日にハノイを訪問し、ミン外相との間で日越外相会談を行うこととなりました。", [("日越外相会談", "2020-06-03")], "plans.purpose.tame_kanji"),
    # words inside a plan"s name (CONNECTORS); 及び/並びに split two plans
    ("両首脳は、投資に係る協議を来年開始することで一致しました。", [("投資に係る協議", "2021")], "plans.connector.ni_kakaru"),
    ("両首脳は、ASEANとの対話を来年開始することで一致しました。", [("ASEANとの対話", "2021")], "plans.connector.tono"),
    ("両首脳は、貿易に関する作業部会並びに投資に関する作業部会を年内に開催することで一致しました。", [("貿易に関する作業部会", "2020"), ("投資に関する作業部会", "2020")], "plans.connector.narabini"),
    # (a pair of exchange years joined by 及び is one plan: the two years are held together)
    ("両首脳は、2021年の「ベトナムにおける日本年」及び「日本におけるベトナム年」の実施に向け、準備を進めることで一致しました。",
     [("「ベトナムにおける日本年」及び「日本におけるベトナム年」", "2021")], "plans.connector.oyobi"),
    ("両首脳は、日越合同委員会及び日越経済対話を来年開催することで一致しました。",
     [("日越合同委員会", "2021"), ("日越経済対話", "2021")], "plans.connector.oyobi"),
    # nouns joined by a coordinator share the date before the first (COORDINATORS)
    ("両首脳は、2021年の「ベトナムにおける日本年」ならびに「日本におけるベトナム年」の実施に向け、準備を進めることで一致しました。", [("「日本におけるベトナム年」", "2021")], "plans.coordinator.narabini_kana"),
    ("両首脳は、2021年の「ベトナムにおける日本年」と「日本におけるベトナム年」の実施に向け、準備を進めることで一致しました。", [("「日本におけるベトナム年」", "2021")], "plans.coordinator.to"),
    ("両首脳は、2021年の「ベトナムにおける日本年」や「日本におけるベトナム年」の実施に向け、準備を進めることで一致しました。", [("「日本におけるベトナム年」", "2021")], "plans.coordinator.ya"),
    ("両首脳は、2021年の「ベトナムにおける日本年」、「日本におけるベトナム年」の実施に向け、準備を進めることで一致しました。", [("「日本におけるベトナム年」", "2021")], "plans.coordinator.touten"),
    ("両首脳は、2021年の「ベトナムにおける日本年」,「日本におけるベトナム年」の実施に向け、準備を進めることで一致しました。", [("「日本におけるベトナム年」", "2021")], "plans.coordinator.comma"),
    # time words before the name or the place, not part of them (TIME_WORDS)
    ("両首脳は、年内の日越経済対話を実施することで一致しました。", [("日越経済対話", "2020")], "plans.time.nennai"),
    ("両首脳は、今後の日越経済対話を毎年開催することで一致しました。", [("日越経済対話", None)], "plans.time.kongo"),
    ("両首脳は、日越経済対話を本年東京で開催することで一致しました。", [("日越経済対話", "2020")], "plans.time.honnen"),
    ("両首脳は、日越経済対話を来月ハノイで開催することで一致しました。", [("日越経済対話", "2020-06")], "plans.time.raigetsu"),
    ("両首脳は、日越経済対話を早期東京で開催することで一致しました。", [("日越経済対話", None)], "plans.time.souki"),
    ("両首脳は、今年日越経済対話を開催することで一致しました。", [("日越経済対話", "2020")], "plans.time.kotoshi"),
    ("両首脳は、日越経済対話を来年東京で開催することで一致しました。", [("日越経済対話", "2021")], "plans.time.rainen"),
    ("両首脳は、日越経済対話を次回東京で開催することで一致しました。", [("日越経済対話", None)], "plans.time.jikai"),
    # 8月又は9月: the first month (MONTH_OR)
    ("両首脳は、本年の航空機墓参を8月または9月に実施することで一致しました。", [("航空機墓参", "2020-08")], "plans.month_or.mataha_kana"),
    ("両首脳は、本年の航空機墓参を8月か9月に実施することで一致しました。", [("航空機墓参", "2020-08")], "plans.month_or.ka"),
    ("両首脳は、本年の航空機墓参を8月から9月に実施することで一致しました。", [("航空機墓参", "2020-08")], "plans.month_or.kara"),
    ("両首脳は、本年の航空機墓参を8月~9月に実施することで一致しました。", [("航空機墓参", "2020-08")], "plans.month_or.tilde"),
    ("両首脳は、本年の航空機墓参を8月-9月に実施することで一致しました。", [("航空機墓参", "2020-08")], "plans.month_or.hyphen"),
    # a date of a clause ended before the plan"s noun is not its date (CLAUSE_END)
    ("両首脳は、2025年までに協定を締結するとの決意を確認すると共に、合同委員会を設置することで一致しました。", [("合同委員会", None)], "plans.clause_end.totomoni_kanji"),
    ("両首脳は、2025年までの協定締結には合意できなかったものの、合同委員会を設置することで一致しました。", [("合同委員会", None)], "plans.clause_end.monono"),
    ("両首脳は、2025年までに協定を締結する決意を確認した一方、合同委員会を設置することで一致しました。", [("合同委員会", None)], "plans.clause_end.ippou"),
    ("両首脳は、2025年までに協定を締結する決意を確認した一方で、合同委員会を設置することで一致しました。", [("合同委員会", None)], "plans.clause_end.ippoude"),
    # a plan held at another gathering takes its date (OCCASIONS)
    ("両首脳は、9月の東アジア首脳会議の機会の日越首脳会談の開催に向け調整していくこととしました。", [("東アジア首脳会議の機会の日越首脳会談", "2020-09")], "plans.occasion.kikai"),
    ("両首脳は、9月の東アジア首脳会議の折の日越首脳会談の開催に向け調整していくこととしました。", [("東アジア首脳会議の折の日越首脳会談", "2020-09")], "plans.occasion.ori"),
    ("両首脳は、9月の東アジア首脳会議の場での日越首脳会談の開催に向け調整していくこととしました。", [("日越首脳会談", "2020-09")], "plans.occasion.ba"),
    ("両首脳は、9月の東アジア首脳会議の前後の日越首脳会談の開催に向け調整していくこととしました。", [("東アジア首脳会議の前後の日越首脳会談", "2020-09")], "plans.occasion.zengo"),
    ("両首脳は、9月の東アジア首脳会議に合わせ日越首脳会談を開催することで一致しました。", [("日越首脳会談", "2020-09")], "plans.occasion.ni_awase"),
    ("両首脳は、9月の東アジア首脳会議に併せ日越首脳会談を開催することで一致しました。", [("日越首脳会談", "2020-09")], "plans.occasion.ni_awase_kanji"),
    ("両首脳は、9月の東アジア首脳会議の際の日越首脳会談の開催に向け調整していくこととしました。", [("東アジア首脳会議の際の日越首脳会談", "2020-09")], "plans.occasion.sai"),
    # a clause tied in time to the plan before it: the same month (SAME_TIME)
    ("両首脳は、7月にミン外相が訪日すること、及び、同時期にザン国防相も訪日することにつき一致した。", [("ミン外相の訪日", "2020-07"), ("ザン国防相の訪日", "2020-07")], "plans.same_time.doujiki"),
    ("両首脳は、7月にミン外相が訪日すること、及び、同じ時期にザン国防相も訪日することにつき一致した。", [("ミン外相の訪日", "2020-07"), ("ザン国防相の訪日", "2020-07")], "plans.same_time.onaji_jiki"),
    ("両首脳は、2月中に外相間の次回の交渉を行うとともに、首脳特別代表間の交渉も開催することで一致しました。",
     [("外相間の次回の交渉", "2021-02"), ("首脳特別代表間の交渉", "2021-02")], "plans.same_time.mo"),
    ("両首脳は、2月中に外相間の次回の交渉を行うとともに、首脳特別代表間の交渉も行い、交渉を前進させるよう指示しました。",
     [("外相間の次回の交渉", "2021-02"), ("首脳特別代表間の交渉", "2021-02")], "plans.verb.mo_okonai"),
    # an enumeration under a generic head: the items (GENERIC_HEADS)
    ("両首脳は、本年秋にも、観光ツアーや、専門家の往来などの記念行事を実施することで一致しました。", [("観光ツアー", "2020"), ("専門家の往来", "2020")], "plans.generic_head.gyouji"),
    # round 5 rows (issue 13): families of how the ministry writes a plan, seen on real pages nobody had tuned for
    # commemorative and exchange projects, and delegations sent (NOUNS)
    ("両首脳は、来年の国交樹立50周年に向けて記念事業を実施することで一致しました。", [("記念事業", "2021")], "plans.noun.kinen_jigyou"),
    ("両首脳は、周年事業を来年共同で実施することで一致しました。", [("周年事業", "2021")], "plans.noun.shuunen_jigyou"),
    ("両首脳は、青少年交流事業を来年実施することで一致しました。", [("青少年交流事業", "2021")], "plans.noun.kouryuu_jigyou"),
    ("両首脳は、日越友好議員連盟の代表団を年内にハノイに派遣することで一致しました。", [("日越友好議員連盟の代表団", "2020")], "plans.noun.daihyoudan"),
    ("両首脳は、日本の投資使節団を来年派遣することで一致しました。", [("日本の投資使節団", "2021")], "plans.noun.shisetsudan"),
    ("両首脳は、専門家の調査団を来月派遣することで一致しました。", [("専門家の調査団", "2020-06")], "plans.noun.chousadan"),
    # …16日から20日まで: a range of days gives date and date_end (see test_plan_day_range)
    ("両首脳は、11月16日から20日まで日越青年交流団を派遣することで一致しました。", [("日越青年交流団", "2020-11-16")], "plans.noun.kouryuudan"),
    ("両首脳は、日越議員訪問団を来年派遣することで一致しました。", [("日越議員訪問団", "2021")], "plans.noun.houmondan"),
    ("両首脳は、経済界の視察団を来年派遣することで一致しました。", [("経済界の視察団", "2021")], "plans.noun.shisatsudan"),
    # an invitation accepted: 快諾, 受け入れ (with 受諾, the ACCEPTING rows); a person invited to a country is that visit
    ("鈴木総理から、フック首相の訪日を招待し、フック首相はこれを快諾しました。", [("フック首相の訪日", None)], "plans.decision.kaidaku"),
    ("鈴木総理から、フック首相を日本に招待したところ、同首相はこれを受け入れました。", [("フック首相の訪日", None)], "plans.decision.ukeire"),
    # the leaders told their officials to hold a talk (…よう指示): the talk is planned (an instruction to act is not: NEGATIVES)
    ("両首脳は、両外相に対し、年内に日越2+2を開催するよう指示しました。", [("日越2+2", "2020")], "plans.decision.shiji"),
    # a proposal to hold a talk, consented to by the other side (…したい旨述べ、Yも同意): agreed
    ("鈴木総理から、9月にニューヨークで日越首脳会談を開催したい旨述べ、フック首相もこれに同意しました。",
     [("日越首脳会談", "2020-09")], "plans.decision.consented"),
    # preparations for an event welcomed (…の開催に向けた準備の進展を歓迎): the event is planned
    ("両首脳は、2021年の「日本におけるベトナム年」の開催に向けた準備の進展を歓迎しました。",
     [("「日本におけるベトナム年」", "2021")], "plans.decision.preparation_welcomed"),
    # …することが決まった, …の早期開催を確認, …を実施していくことの重要性を確認
    ("両首脳は、日越首脳会談を来年実施することが決まりました。", [("日越首脳会談", "2021")], "plans.decision.kotoga_kimatta"),
    ("両外相は、日越政策対話の早期開催を確認しました。", [("日越政策対話", None)], "plans.decision.act_confirmed"),
    ("両首脳は、鈴木総理の訪越、フック首相の訪日を実施していくことの重要性を確認しました。",
     [("鈴木総理の訪越", None), ("フック首相の訪日", None)], "plans.decision.kotono_juuyousei"),
    # a year named an exchange year (NAMING): the year, dated by the year written before it
    ("両首脳は、来年の外交関係樹立50周年を「日越友好年」とすることで一致しました。", [("「日越友好年」", "2021")], "plans.naming.tosuru"),
    ("両首脳は、2021年を「日越交流年」とし、様々な交流事業を実施することで一致しました。", [("「日越交流年」", "2021")], "plans.naming.toshi"),
    # a coming visit named as an occasion in the noun form (…の訪日の機会を), dated in the future by a relative date
    ("鈴木総理から、来年のフック首相の訪日の機会を含め、対話を重ねたい旨述べました。", [("フック首相の訪日", "2021")], "plans.coming.no_kikai"),
    # not a plan: a talk held on and on (CONTINUING … 行っていく), even with a verb of holding
    ("両首脳は、往来再開の早期実現に向け、引き続き協議を行っていくことを確認しました。", [], "plans.continuing.hikitsuzuki"),
    # …協議していく (a talk word that takes する) held on and on, as …協議を行っていく
    ("両首脳は、海洋分野の協力について引き続き協議していくことを確認しました。", [], "plans.continuing.hikitsuzuki"),
    # the act one side proposed, consented to by the other (…の提案した…の立ち上げに同意)
    ("フック首相は、鈴木総理の提案した日越経済対話の立ち上げに同意しました。", [("日越経済対話", None)], "plans.decision.act_consented"),
    # an event to be held, told by one side (…を…開催する旨を説明): scheduled; a wish to hold one is not (NEGATIVES)
    ("鈴木総理から、日越経済フォーラムを来月東京で開催する旨を説明しました。", [("日越経済フォーラム", "2020-06")],
     "plans.decision.hold_told"),
    # a gathering named after a framework of the sides in quotes (「日越・…」閣僚会合) is theirs, no multilateral gathering
    ("両首脳は、「日越・デジタル・パートナーシップ」閣僚会合を来年東京で開催することで一致しました。",
     [("「日越・デジタル・パートナーシップ」閣僚会合", "2021")], "plans.decision.kotode_itchi"),
    # an open-ended commitment written with させていく (…を活発化させていく), and visits both ways kept up (相互訪問): no plan
    ("両首脳は、首脳間の相互訪問を活発化させていくことで一致しました。", [], "plans.open_exchange.sougo_houmon"),
    ("両首脳は、日越経済対話の実施を通じて交流を活発化させていくことで一致しました。", [], "plans.open_ended.kappatsuka"),
    # the events of a year named an exchange year (…を「…年」として、記念事業を実施): the year's own, the year the plan
    ("両首脳は、2021年を「日越友好年」として、記念事業を実施していくことで一致しました。", [("「日越友好年」", "2021")],
     "plans.year_content.jigyou"),
    ("両首脳は、2021年を「日越交流年」とし、記念行事を開催することで一致しました。", [("「日越交流年」", "2021")],
     "plans.year_content.gyouji"),
    # an invitation answered by a wish to come (…を招待し、首長から、喜んで訪日したい旨応じた): the invited one's visit, an
    # emir's as a president's
    ("鈴木総理から、タミーム首長の来年の訪日を招待し、首長から、喜んで訪日したい旨応じました。", [("タミーム首長の訪日", "2021")],
     "plans.decision.reply_wish"),
    # a visit the speaker says is scheduled (Xから、…訪日する予定である旨): the speaker's visit
    ("フック首相から、来年3月に訪日する予定である旨の説明がありました。", [("フック首相の訪日", "2021-03")], "plans.speaker_visit.yotei"),
    ("両首脳は、今後とも日越政策対話を実施していくことで一致しました。", [], "plans.continuing.kongotomo"),
    ("両首脳は、今後も日越政策対話を開催していくことで一致しました。", [], "plans.continuing.kongomo"),
    # not a plan: a participle before a noun names what exists (設置された作業部会, 派遣している県), readiness (準備が)
    ("両首脳は、日越協力委員会の下に設置された経済作業部会の第5回会合を6月に開催することで一致しました。",
     [("経済作業部会の第5回会合", "2020-06")], "plans.held_after.participle"),
    ("両首脳は、日本が自衛隊を派遣しているダナン県の警察官を研修に参加させることで合意しました。", [], "plans.held_after.progressive"),
    ("幅広い二国間及び地域的議題に関する協議を行う準備が相互に存在することが確認されました。", [], "plans.held_after.readiness"),
    # another talk named as the plan's time (…協議を首脳会談前に実施): the 協議 is the plan (TIME_OF)
    ("両首脳は、日越次官級協議を首脳会談前に実施することで一致しました。", [("日越次官級協議", None)], "plans.time_of.mae"),
    ("両首脳は、日越次官級協議を首脳会談の直前に実施することで一致しました。", [("日越次官級協議", None)], "plans.time_of.chokuzen"),
    ("両首脳は、日越次官級協議を首脳会談後に実施することで一致しました。", [("日越次官級協議", None)], "plans.time_of.ato"),
    ("両首脳は、日越次官級協議を首脳会談直後に実施することで一致しました。", [("日越次官級協議", None)], "plans.time_of.chokugo"),
    # その第1回会合: one plan, named after the thing set up just before it (THAT)
    ("両外相は、日越海洋対話を立ち上げ、その第1回会合を7月中旬に東京で開催することで一致しました。",
     [("日越海洋対話の第1回会合", "2020-07")], "plans.that.sono"),
    # a joint research launched (共同研究), aimed at by an open-ended effort (…立ち上げるべく努力していく, GOAL): planned
    ("両首脳は、第二期の歴史共同研究を早期に立ち上げるべく努力していくことを確認しました。", [("第二期の歴史共同研究", None)],
     "plans.goal.beku"),
    ("両首脳は、日越歴史共同研究を来年開始することで一致しました。", [("日越歴史共同研究", "2021")], "plans.noun.kyoudou_kenkyuu"),
    # a talk proposed and welcomed or agreed to by the other side (PROPOSED)
    ("これに対し、フック首相から、テロ対策協議の提案を歓迎し、知見を分かち合いたい旨述べました。", [("テロ対策協議", None)],
     "plans.proposal.welcomed"),
    ("フック首相は、日越海洋対話の立ち上げの提案に賛同しました。", [("日越海洋対話", None)], "plans.proposal.agreed"),
    # a talk or event whose success the sides work for (SUCCESS): mentioned as coming
    ("両首脳は、来年1月の日越首脳会談の成功に向けて緊密に連携していくことで一致しました。", [("日越首脳会談", "2021-01")],
     "plans.success.no_seikou_ni_muke"),
    ("両首脳は、経団連会長の訪越ミッションを成功に向け共に協力していくことで一致しました。", [("経団連会長の訪越ミッション", None)],
     "plans.success.wo_seikou_ni_muke"),
    ("両首脳は、「日越交流年」の成功のため協力していくことで一致しました。", [("「日越交流年」", None)], "plans.success.no_seikou_no_tame"),
    ("両首脳は、来年の日越外相戦略対話を成功させるべく協力していくことで一致しました。", [("日越外相戦略対話", "2021")],
     "plans.success.wo_seikou_sase"),
    # a proposal consented to also as 「…したいとの提案があり、Yもこれに同意」, with 行いたい, and a wish to visit welcomed
    ("フック首相からは、来年、日越首脳会談を開催したいとの提案があり、鈴木総理もこれに同意しました。",
     [("日越首脳会談", "2021")], "plans.decision.consented"),
    ("鈴木総理は、来年のG7サミットの際に日越首脳会談を行いたい旨述べ、フック首相も賛意を示しました。",
     [("日越首脳会談", "2021")], "plans.verb.okonaitai"),
    ("フック首相から、来年の早い時期に訪日したい旨述べ、鈴木総理はこれを歓迎しました。", [("フック首相の訪日", "2021")],
     "plans.decision.consented"),
    # …することが紹介された: announced as coming (a port call named by its subject, a ship's name in quotes)
    ("また、海上自衛隊の護衛艦「いずも」が10月にカムラン湾に寄港することが紹介されました。", [("護衛艦「いずも」の寄港", "2020-10")],
     "plans.decision.kotoga_shoukai"),
    # an exchange year also named with 位置付ける, 定める
    ("両首脳は、外交関係樹立50周年に当たる2023年を「日越友好年」と位置付けることで一致しました。", [("「日越友好年」", "2023")],
     "plans.naming.ichizuke"),
    ("両首脳は、2023年を「日越友好年」と定めることで一致しました。", [("「日越友好年」", "2023")], "plans.naming.sadame"),
    # the consent in reply also as 「Yから歓迎する旨」; a visitor named with a time word before the visit (…主席の来年の国賓訪日)
    ("フック首相からは、年明けにも訪日したいとの意向が示され、鈴木総理から歓迎する旨述べました。", [("フック首相の訪日", "2021")],
     "plans.decision.consented"),
    ("鈴木総理は、グエン国家主席の来年の国賓訪日を招待し、フック首相から、同主席は招待を受け入れる旨の回答があった。",
     [("グエン国家主席の訪日", "2021")], "plans.decision.ukeire"),
    # a visit named by its visitor and the place visited (X総理がベトナムを訪問する -> X総理のベトナム訪問)
    ("両首脳は、本年中に鈴木総理がベトナムを訪問することで一致しました。", [("鈴木総理のベトナム訪問", "2020")], "plans.hold.houmon"),
    # a gathering named after the sides (日越外務・防衛閣僚会合) is a talk between them, not a multilateral one
    ("両外相は、来年3月に東京で第1回日越外務・防衛閣僚会合を開催することで一致しました。", [("第1回日越外務・防衛閣僚会合", "2021-03")],
     "plans.decision.kotode_itchi"),
    # a talk proposed (…ことを提案し) and consented to
    ("鈴木総理より、来年、大阪で開催されるG20サミットの際に首脳会談を行うことを提案し、フック首相も同意しました。",
     [("首脳会談", "2021")], "plans.decision.consented"),
    ("両首脳は、日越両国の外務当局による協議の枠組みを新たに設けることで一致しました。", [("協議の枠組み", None)], "plans.verb.mouke"),
    ("鈴木総理から、フック首相を日本に招待する旨述べ、フック首相は喜んで訪日したい旨応じました。", [("フック首相の訪日", None)],
     "plans.decision.reply_wish"),
    ("鈴木総理から、日越首脳会談の定例化を提案し、フック首相も賛同しました。", [("日越首脳会談", None)], "plans.decision.consented"),
    # …予定となりました / …予定としています; the plan as the topic of its clause (次回の…会談は、…開催される)
    ("また、次回の日越首脳会談は、来年ハノイで開催される予定となりました。", [("日越首脳会談", "2021")], "plans.decision.yotei_tonatta"),
    ("日越外相会談は、6月上旬に東京で行う予定としています。", [("日越外相会談", "2020-06")], "plans.decision.yotei_tonatta"),
    # not a plan: called off or put back (CALLED_OFF)
    ("フック首相の訪日は、延期されることとなりました。", [], "plans.called_off.enki"),
    ("次回の日越合同委員会の開催は、中止されることとなりました。", [], "plans.called_off.chuushi"),
    ("日越経済対話の開催は、見送ることとなりました。", [], "plans.called_off.miokuri"),
    # a coming visit looked forward to: named by its visitor, or the speaker's own (来月の訪日を楽しみに)
    ("フック首相から、来月の訪日を楽しみにしている旨述べました。", [("フック首相の訪日", "2020-06")], "plans.anticipation.tanoshimi"),
    ("鈴木総理から、フック首相の訪日を心待ちにしている旨述べました。", [("フック首相の訪日", None)], "plans.anticipation.kokoromachi"),
    # a lead sentence (LEAD) decides the items listed below it
    ("両首脳は、以下の点で一致しました。\n(1)日越経済対話を本年秋に東京で開催すること。\n(2)青年交流プログラムを来年実施すること。",
     [("日越経済対話", "2020"), ("青年交流プログラム", "2021")], "plans.lead.following_points"),
]
# fmt: on

# the rows that are a plan's rule when they keep one
DECIDING = ("plans.decision.", "plans.wish.", "plans.lead.", "plans.announced.", "plans.dated.", "plans.future_rel.",
            "plans.anticipation.", "plans.before.", "plans.schedule.", "plans.coming.", "plans.intent.keikaku", "plans.intent.yotei")


@pytest.mark.parametrize("text,expected,rule", ROW_CASES)
def test_plan_row_case(text, expected, rule):
    with lexicon.trace() as fired:
        rec = extract_text(PAGE.format(s=text)).record
    found = [p for e in rec.events for p in e.planned]
    assert [(p.what, p.date) for p in found] == expected
    assert rule in fired, sorted(fired)
    assert all(p.rule for p in found)  # every plan names the row that decided it
    if rule.startswith(DECIDING) and found:
        assert rule in {p.rule for p in found}


@pytest.mark.parametrize("text,expected", CASES)
def test_plan_case_has_a_rule(text, expected):
    rec = extract_text(PAGE.format(s=text)).record
    assert all(p.rule and p.rule.startswith("plans.") for e in rec.events for p in e.planned)


# --- outcomes (gaiko/extract/outcomes.py), the plans family's second measure ---------------------------
def outcomes_of(s: str) -> list[tuple[str, str]]:
    rec = extract_text(PAGE.format(s=s)).record.to_json_dict()
    return [(o["type"], o["by"]) for e in rec["events"] for o in e["outcomes"]]


def test_urging_is_a_request():
    # 働きかける (to urge the other side) is a request cue
    assert outcomes_of("鈴木総理から、邦人企業の活動環境の改善に向けて働きかけました。") == [("request", "JP")]


def test_announced_talk_is_the_event_not_a_plan():
    # a page announcing the talk itself: the talk is the event (dated as announced), not a plan of it
    page = ("日越外相会談の開催\n令和2年5月10日\n\n"
            "1 鈴木外務大臣は、10日にハノイを訪問し、ミン外相との間で日越外相会談を行うこととなりました。\n")
    rec = extract_text(page).record.to_json_dict()
    assert [p["what"] for e in rec["events"] for p in e.get("planned") or []] == []


# round 2 outcome rows: (sentence, expected (type, by) list)
OUTCOME_CASES = [
    # a reply (これに対し) giving support is consent: agree by both, whatever came before
    ("これに対し、フック首相から、日本の立場に対する支持が改めて表明されました。", [("agree", "both")]),
    # 同感 / 同じ考え in a reply are consent words
    ("これに対し、フック首相から、同感であり、協力を進めたい旨述べました。", [("agree", "both")]),
    ("これに対し、フック首相より、鈴木総理と全く同じ考えである旨応じました。", [("agree", "both")]),
    # …述べたところ、Yは…支持を表明: the reply inside one sentence
    ("鈴木総理から、海洋秩序の重要性を述べたところ、フック首相は日本の立場への支持を表明しました。", [("agree", "both")]),
    # 同意を示した後、…: consent in a clause ended by 後
    ("フック首相は、協力の強化に同意を示した後、投資環境について説明しました。", [("agree", "both")]),
    # 招請したい旨述べた and 来日いただきたい: the invitation is made
    ("鈴木総理から、改めてフック首相の来日を招請したい旨述べました。", [("invite", "JP")]),
    ("鈴木総理から、来年の国際会議にもフック首相に参加いただきたい旨述べました。", [("invite", "JP")]),
    # a request addressed to a country not at the talk is not the talk's request
    ("フック首相からは、北朝鮮に対し具体的な行動を求めていきたい旨述べました。", []),
    # 「XとYは、…を確認し」: both sides named as one subject confirm together
    ("鈴木総理大臣とフック首相は、経済分野の協力の強化を確認しました。", [("agree", "both")]),
    # …の招待を確認した / 招待が確認された: an invitation renewed is an invite, not an agreement
    ("鈴木総理は、以前になされたフック首相に対する公式訪問の招待を確認した。", [("invite", "JP")]),
    # 意見の一致を見た is agreement
    ("両首脳は、来月の会議が良い機会であることで意見の一致を見ました。", [("agree", "both")]),
    # …支持を得たい旨述べたのに対して、Yは…支持している旨応答: a request and, in the same sentence, its acceptance
    ("鈴木総理より、交渉開始について支持を得たい旨述べたのに対して、フック首相は、交渉を支持している旨応答しました。",
     [("agree", "both"), ("request", "JP")]),
    # the last addressee before the cue decides (…については…を加盟国に求める): a third party
    ("フック首相から、協定については交渉の開始を加盟国に求めることを決定した旨述べました。", []),
    # …合意されたもの: background on an earlier agreement, not an outcome
    ("この対話は、2015年の首脳会談において立ち上げることで合意されたもの。", []),
    # round 3 rows
    # 理解と支持は変わっていない in the reply to a request: consent (request + agree)
    ("鈴木総理から、拉致問題の解決への協力を求めたのに対し、フック首相から、日本の立場への理解と支持は変わっていない旨の発言がありました。",
     [("agree", "both"), ("request", "JP")]),
    # a cue in a question or a statement of difficulty (MODAL_NOT): no outcome
    ("これに対し、フック首相より、完全に一致することが難しい問題ではあるが、どうすれば一致できるのか研究したいとの応答があった。", []),
    # the future (近く合意される): no outcome yet
    ("具体的な時期については、両国間で引き続き調整し、近く合意される。", []),
    # background on an earlier talk dated by its year (RECALL_DATED): recalled, not an outcome
    ("従来、二つの対話が存在していたが、2013年3月の鈴木総理ベトナム訪問時の首脳会談において、これらを統合することで合意した。", []),
    # 立ち寄っていただきたい (asking the other side to stop by) is an invitation; …の要請があれば is a condition, no request
    ("フック首相より、日本の要請があれば支援の用意がある、会議の際にはぜひハノイにも立ち寄っていただきたい旨述べました。",
     [("invite", "VN")]),
    # round 4 rows: the side of a subject named by a title alone (大統領より), by 顧問 / 事務総長, or by a government
    ("また、首相より、鈴木総理のハノイ訪問を招請しました。", [("invite", "VN")]),
    ("これに対し、グエン首相顧問から、日本の支援の継続を求めました。", [("request", "VN")]),
    ("また、ベトナム政府として、鈴木総理のベトナムへの招請を改めて表明しました。", [("invite", "VN")]),
    # one speaker reporting that both views agree (Xより、…双方の認識が一致していることを確認する旨述べた): a statement
    ("鈴木総理より、協定の締結が日越双方の利益に合致することにつき、双方の認識が一致していることを確認する旨述べた。", []),
]


@pytest.mark.parametrize("text,expected", OUTCOME_CASES)
def test_outcome_case(text, expected):
    assert [o for o in outcomes_of(text) if o[0] != "thank"] == expected


def test_question_line_is_not_an_outcome():
    # a journalist's question in a press conference ((問)確認ですが…) holds no outcome
    assert outcomes_of("(問)確認ですが、以前にも同じ形の会談を行うことはあったのですか。") == []


def test_inline_note_is_not_an_outcome():
    # a note inside a paragraph (…。(注 …に合意。)) is background: no outcome from it
    s = "両首脳は、地域情勢について意見交換しました。(注 同議定書は1975年に合意。主権平等等の原則に合意。)"
    assert outcomes_of(s) == []


def test_plan_place_needs_word_edges():
    # a gazetteer city inside a longer katakana word (ニース in ジャパニーズ) is not the plan's place
    (p,) = plan_rows("両首脳は、10月にジャパニーズ・ガーデン開園記念行事を開催することで一致しました。")
    assert p["place"] is None


def case_texts() -> list[str]:
    return ([PAGE.format(s=s) for s, _ in CASES + OUTCOME_CASES] + [PAGE.format(s=s) for s in NEGATIVES]
            + [PAGE.format(s=s) for s, _, _ in ROW_CASES])


def test_plan_kind_from_the_talk_words_of_the_talks_lexicon():
    # the kind of a planned talk or visit comes from lexicon/talks.py's words first (国防 -> defense_ministers):
    # a talk word added there is a plan's kind too
    (p,) = plan_rows("両首脳は、年内にベトナム国防相の訪日を実現することで一致しました。")
    assert p["kind"] == "defense_ministers"
    (p,) = plan_rows("両首脳は、年内にオースティン国防長官の訪越を実現することで一致しました。")
    assert p["kind"] == "defense_ministers"


def test_a_second_plan_of_the_same_name_decided_on_its_own():
    # a later sentence deciding, undated, a plan of the name of a dated one: another plan (another subject) ...
    ps = planned("両首脳は、投資分野の次官級協議を来年春に開催することで一致しました。"
                 "また、漁業分野の課題についても、早期に次官級で協議することとなりました。")
    assert ps == [("投資分野の次官級協議", "2021"), ("次官級協議", None)]
    # ... but one pointing back to it (同協議, その会合) tells the first again
    ps = planned("両首脳は、投資分野の次官級協議を来年春に開催することで一致しました。"
                 "また、同協議は早期に開催することとなりました。")
    assert [d for _, d in ps] == ["2021"]
