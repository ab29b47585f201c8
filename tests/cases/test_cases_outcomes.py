"""Outcomes (gaiko/extract/outcomes.py, words in gaiko/extract/lexicon/outcomes.py and sides.py): one
invented sentence per lexicon row.

Each text is the second paragraph of a small invented meeting page (鈴木総理大臣 and フック・ベトナム首相,
dated 令和2年5月10日). A row of CASES is (sentence, the (type, by) outcomes of the talk, the lexicon row
that decides): for a kept outcome the row is its cue (``Outcome.rule``) or the row that made the side or
kept the cue; for a dropped one, the filter row that dropped it.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

PAGE = ("日・ベトナム首脳会談\n令和2年5月10日\n\n"
        "1 5月10日、午後6時から約45分間、鈴木総理大臣はフック・ベトナム首相と首脳会談を行いました。\n"
        "2 {s}\n")
# a press announcement: the speaker of each section is named on a line of its own
PRESS_PAGE = ("日・ベトナム首脳共同記者発表\n令和2年5月10日\n\n"
              "5月10日、鈴木総理大臣はフック・ベトナム首相と首脳会談を行い、共同記者発表を行いました。\n"
              "({who})\n{s}\n")

JP, VN, BOTH = "JP", "VN", "both"
AGREE = [("agree", BOTH)]

# fmt: off
CASES = [
    # --- cues (CUES): an outcome of the cue's type ---------------------------------------------------
    ("両首脳は、地域情勢について意見の一致を見ました。", AGREE, "outcomes.agree.iken_no_itchi"),
    ("両首脳は、協力を強化していくことで一致しました。", AGREE, "outcomes.agree.itchi"),
    ("両首脳は、防衛協力を拡大することに合意しました。", AGREE, "outcomes.agree.goui"),
    ("両首脳は、投資協定の交渉が妥結したことを歓迎しました。", AGREE, "outcomes.agree.dakketsu"),
    ("両首脳は、経済連携協定の交渉が実質合意に至ったことを歓迎しました。", AGREE, "outcomes.agree.jisshitsu_goui"),
    # …but the same words as a noun in a list of achievements (after の, before a comma, old pages' , too) are no outcome
    ("鈴木総理から、租税条約の実質合意,投資協定の署名等の取組が進展している旨述べました。", [], None),
    ("両首脳は、戦略的パートナーシップの重要性を再確認しました。", AGREE, "outcomes.confirm.saikakunin"),
    ("両首脳は、海洋安全保障での協力を確認しました。", AGREE, "outcomes.confirm.kakunin"),
    ("両首脳は、地域情勢について認識を共有しました。", AGREE, "outcomes.share.kyouyuu"),
    # consent given on its own is an agreement of both
    ("フック首相は、協力の強化に同意しました。", AGREE, "outcomes.consent.doui"),
    ("フック首相から、日本の提案に賛意が示されました。", AGREE, "outcomes.consent.sanni"),
    ("フック首相は、日本の提案に賛同しました。", AGREE, "outcomes.consent.sandou"),
    ("フック首相は、日本の提案を受諾しました。", AGREE, "outcomes.consent.judaku"),
    ("フック首相は、鈴木総理からの訪日の招待を快諾しました。", AGREE, "outcomes.consent.kaidaku"),
    # welcoming the other side's proposal accepts it: consent, so an agreement of both
    ("これに対し、フック首相から、協議の提案を歓迎し、専門家の交流を進めたい旨述べました。", AGREE, "outcomes.consent.teian_kangei"),
    ("鈴木総理は、フック首相から日本の立場への支持を得ました。", AGREE, "outcomes.consent.shiji_eta"),
    # support is consent as a reply (これに対し), after a request in the sentence, or after what the other side said
    ("これに対し、フック首相から、日本の立場に対する支持が改めて表明されました。", AGREE, "outcomes.support.hyoumei"),
    ("鈴木総理から、拉致問題の解決への協力を求めたのに対し、フック首相から、日本の立場への理解と支持は変わっていない旨の発言がありました。",
     [("agree", BOTH), ("request", JP)], "outcomes.support.kawaranai"),
    ("これに対し、フック首相から、日本の立場を支持する旨述べました。", AGREE, "outcomes.support.suru"),
    ("これに対し、フック首相は日本の提案を支持した。", AGREE, "outcomes.support.shita"),
    ("これに対し、フック首相は日本の提案を支持しました。", AGREE, "outcomes.support.shita"),
    ("鈴木総理は、ベトナムの取組を支持しました。", [], None),  # support given by one side alone: no reply
    ("鈴木総理より、交渉開始について支持を得たい旨述べたのに対して、フック首相は、交渉を支持している旨応答しました。",
     [("agree", BOTH), ("request", JP)], "outcomes.support.shiteiru"),
    # 理解を得た: consent only as the reply to a request of the sentence before
    ("鈴木総理から、拉致問題への協力を求めました。これに対し、フック首相から理解を得ました。",
     [("request", JP), ("agree", BOTH)], "outcomes.understanding.eta"),
    # the same view, in a reply
    ("これに対し、フック首相から、同感であり、協力を進めたい旨述べました。", AGREE, "outcomes.accord.doukan"),
    ("これに対し、フック首相より、鈴木総理と全く同じ考えである旨応じました。", AGREE, "outcomes.accord.onaji_kangae"),
    # the same view, by a second speaker joining in the sentence (Xから…旨述べ、Yも…)
    ("鈴木総理から、力による一方的な現状変更の試みに反対する旨述べ、フック首相も同様の考えを示しました。", AGREE,
     "outcomes.accord.douyou_kangae"),
    ("鈴木総理から、地域の安定が重要である旨述べ、フック首相からも同様の認識が示されました。", AGREE, "outcomes.accord.douyou_ninshiki"),
    # …the same speaker going on is no second side
    ("鈴木総理から、力による現状変更に反対する旨述べ、ウクライナを支持する旨述べました。", [], None),
    # requests: by the side of the speaker
    ("鈴木総理から、邦人の安全確保を要望しました。", [("request", JP)], "outcomes.request.youbou"),
    ("フック首相から、投資環境の改善への支援を求めました。", [("request", VN)], "outcomes.request.motome"),
    ("鈴木総理から、邦人の安全確保を申し入れました。", [("request", JP)], "outcomes.request.moushiire"),
    ("鈴木総理から、邦人の安全確保を申入れました。", [("request", JP)], "outcomes.request.moushiire_short"),
    ("鈴木総理から、邦人の安全確保への協力を要請しました。", [("request", JP)], "outcomes.request.yousei"),
    ("フック首相より、日本側に対し、輸入規制の撤廃を要求した。", [("request", VN)], "outcomes.request.youkyuu"),
    ("鈴木総理からは、在留邦人の安全確保に万全を期すよう依頼した。", [("request", JP)], "outcomes.request.irai"),
    ("鈴木総理から、支援物資の輸送につき、ベトナム側の協力をお願いしたいと述べました。", [("request", JP)], "outcomes.request.onegai"),
    ("鈴木総理から、本件への協力をよろしくお願いしたいと述べました。", [("request", JP)], "outcomes.request.onegai"),
    # …よろしくお願いします is a greeting, no request
    ("フック首相から、今後ともよろしくお願いしますと述べました。", [], None),
    ("フック首相から、日本企業の進出を後押ししてほしい旨述べました。", [("request", VN)], "outcomes.request.hoshii"),
    ("鈴木総理から、邦人企業の活動環境の改善に向けて働きかけました。", [("request", JP)], "outcomes.request.hatarakikake"),
    ("鈴木総理から、邦人企業の活動環境の改善に向けて働き掛けました。", [("request", JP)], "outcomes.request.hatarakikake_kanji"),
    ("鈴木総理から、拉致問題の解決に向けて協力を得たい旨述べました。", [("request", JP)], "outcomes.request.kyouryoku_etai"),
    ("鈴木総理から、日本の常任理事国入りへの支持を得たい旨述べました。", [("request", JP)], "outcomes.request.shiji_etai"),
    ("鈴木総理から、日本の立場への理解を得たい旨述べました。", [("request", JP)], "outcomes.request.rikai_etai"),
    ("鈴木総理から、北朝鮮問題での連携を呼びかけました。", [("request", JP)], "outcomes.appeal.yobikake"),
    ("鈴木総理から、北朝鮮問題での連携を呼び掛けました。", [("request", JP)], "outcomes.appeal.yobikake_kanji"),
    ("鈴木総理から、漁船の拿捕に抗議しました。", [("protest", JP)], "outcomes.protest.kougi"),
    ("鈴木総理から、漁船の拿捕は遺憾である旨述べました。", [("protest", JP)], "outcomes.protest.ikan"),
    ("鈴木総理から、フック首相を秋の行事に招待しました。", [("invite", JP)], "outcomes.invite.shoutai"),
    ("鈴木総理から、フック首相の訪日を招請しました。", [("invite", JP)], "outcomes.invite.shousei"),
    ("鈴木総理から、フック首相の訪日を招請したのに対し、フック首相から謝意を述べました。", [("invite", JP), ("thank", VN)],
     "outcomes.invite.shousei"),
    ("鈴木総理から、フック首相を秋の国際会議の機会に改めてお招きしました。", [("invite", JP)], "outcomes.invite.omaneki"),
    ("フック首相から、式典にお招きいただいたことに感謝する旨述べました。", [("thank", VN)], "outcomes.thank.kansha"),
    # an invitation letter handed over is an invitation made (招待状 alone is only named: INVITE_NOT)
    ("これに対し、フック首相より、首脳会議への招待状が手交されました。", [("invite", VN)], "outcomes.invite.shoutaijou_ga"),
    ("鈴木総理から、フック首相に式典への招待状を手交しました。", [("invite", JP)], "outcomes.invite.shoutaijou_wo"),
    ("フック首相から、日本の支援に感謝しました。", [("thank", VN)], "outcomes.thank.kansha"),
    ("フック首相から、日本の支援に対し謝意が表明されました。", [("thank", VN)], "outcomes.thank.shai"),
    ("フック首相から、日本の支援に対し謝辞が述べられました。", [("thank", VN)], "outcomes.thank.shaji"),
    ("フック首相から、日本の支援へのお礼が述べられました。", [("thank", VN)], "outcomes.thank.orei"),
    # …(して)いただきたい (PLEASE): the other side asked to come, an invitation made
    ("鈴木総理から、フック首相に早期に訪日いただきたい旨述べました。", [("invite", JP)], "outcomes.please.honichi"),
    ("鈴木総理から、フック首相に早期に来日していただきたい旨述べました。", [("invite", JP)], "outcomes.please.rainichi"),
    ("鈴木総理から、来年の国際会議にもフック首相に参加いただきたい旨述べました。", [("invite", JP)], "outcomes.please.sanka"),
    ("鈴木総理から、来年の国際会議にフック首相に出席いただきたい旨述べました。", [("invite", JP)], "outcomes.please.shusseki"),
    ("フック首相より、会議の際にはぜひハノイにも立ち寄っていただきたい旨述べました。", [("invite", VN)], "outcomes.please.tachiyotte"),
    ("フック首相より、会議の際にはぜひハノイにもお立ち寄りいただきたい旨述べました。", [("invite", VN)], "outcomes.please.otachiyori"),

    # --- a cue negated (NEGATED): no outcome ---------------------------------------------------------
    ("両首脳は、漁業協定の改定について合意しなかった。", [], "outcomes.negated.shinakatta"),
    ("両首脳は、漁業協定の改定について合意しませんでした。", [], "outcomes.negated.shimasendeshita"),
    ("両首脳は、漁業協定の改定について合意せず、協議を続けることとした。", [], "outcomes.negated.sezu"),
    ("両首脳は、漁業協定の改定について合意しておらず、協議を続けることとした。", [], "outcomes.negated.shiteorazu"),
    ("両首脳は、漁業協定の改定について合意しておりません。", [], "outcomes.negated.shiteorimasen"),
    ("両首脳は、漁業協定の改定について合意には至らなかった。", [], "outcomes.negated.niwa_itaranakatta"),
    ("両首脳は、漁業協定の改定について合意に至らなかった。", [], "outcomes.negated.ni_itaranakatta"),
    ("両首脳は、漁業協定の改定について合意には至りませんでした。", [], "outcomes.negated.niwa_itarimasendeshita"),
    ("両首脳は、漁業協定の改定について合意に至りませんでした。", [], "outcomes.negated.ni_itarimasendeshita"),
    ("両首脳は、漁業協定の改定について合意には至らず、協議を続けることとした。", [], "outcomes.negated.niwa_itarazu"),
    ("両首脳は、漁業協定の改定について合意できなかった。", [], "outcomes.negated.dekinakatta"),
    ("両首脳は、漁業協定の改定について合意できませんでした。", [], "outcomes.negated.dekimasendeshita"),
    ("漁業協定の改定は、合意されなかった。", [], "outcomes.negated.sarenakatta"),
    ("漁業協定の改定は、合意されませんでした。", [], "outcomes.negated.saremasendeshita"),
    ("両国は、漁業協定の改定についてまだ合意していない。", [], "outcomes.negated.shiteinai"),
    ("両国は、漁業協定の改定についてまだ合意していません。", [], "outcomes.negated.shiteimasen"),

    # --- a question, a difficulty, the future, a noun (MODAL_NOT): no agreement ------------------------
    ("フック首相から、両国が本当に合意できるのか検討したい旨述べました。", [], "outcomes.modal_not.dekiru_noka"),
    ("両首脳は、いつ合意するのか議論しました。", [], "outcomes.modal_not.suru_noka"),
    ("両首脳は、年内に合意できるかどうか議論しました。", [], "outcomes.modal_not.dekiru_kadouka"),
    ("フック首相は、提案に同意するかどうか検討中である旨述べました。", [], "outcomes.modal_not.suru_kadouka"),
    ("両首脳は、完全に一致することが難しい問題について議論しました。", [], "outcomes.modal_not.difficult"),
    ("具体的な時期については、両国間で引き続き調整し、近く合意される。", [], "outcomes.modal_not.future"),
    ("鈴木総理から、重要なのは相互の確認です、と述べました。", [], "outcomes.modal_not.desu"),
    ("フック首相から、両国はいずれ一致でしょうと述べました。", [], "outcomes.modal_not.deshou"),
    ("鈴木総理から、日程を確認させていただきたい旨述べました。", [], "outcomes.modal_not.sasete"),
    # a wish to agree is no agreement (the record format's wishes: neither outcome nor plan)…
    ("(鈴木総理)両国の防衛協議へのコミットメントを確認したい。", [], "outcomes.modal_not.shitai"),
    # …while agreeing on a wish is one
    ("両首脳は、交渉を早期に妥結したいとの考えで一致しました。", AGREE, "outcomes.agree.itchi"),

    # --- an agreement referred back to (RECALLED_AFTER): no outcome -----------------------------------
    ("鈴木総理から、合意済みの案件について説明しました。", [], "outcomes.recalled.zumi_no"),
    ("鈴木総理から、合意事項の実施状況について説明しました。", [], "outcomes.recalled.jikou"),
    ("鈴木総理から、合意内容について説明しました。", [], "outcomes.recalled.naiyou"),
    ("鈴木総理から、合意文書の作成状況について説明しました。", [], "outcomes.recalled.bunsho"),
    ("鈴木総理から、2015年の合意に基づき支援を行っている旨説明しました。", [], "outcomes.recalled.ni_motozu"),
    ("鈴木総理から、昨年の合意を踏まえ、協力を進めている旨説明しました。", [], "outcomes.recalled.wo_fumae"),
    ("鈴木総理から、昨年の合意を含む成果について説明しました。", [], "outcomes.recalled.wo_fukumu"),
    ("鈴木総理から、昨年の合意に従い、協力を進めている旨説明しました。", [], "outcomes.recalled.ni_shitaga"),
    ("鈴木総理から、合意の履行状況について説明しました。", [], "outcomes.recalled.no_rikou"),
    ("鈴木総理から、合意の実施状況について説明しました。", [], "outcomes.recalled.no_jisshi"),
    ("鈴木総理から、合意の精神に沿って協力したい旨述べました。", [], "outcomes.recalled.no_seishin"),
    ("この対話は、2015年の首脳会談において立ち上げることで合意されたもの。", [], "outcomes.recalled.sareta_mono"),

    # --- an invitation mentioned, not made (INVITE_NOT); made though not a predicate (INVITE_MADE) -----
    ("フック首相は、鈴木総理の招待に応じて来日しました。", [], "outcomes.invite_not.ni"),
    ("フック首相から、鈴木総理の招待への謝意が示されました。", [("thank", VN)], "outcomes.invite_not.he_no"),
    ("鈴木総理は、招待状の文面について説明しました。", [], "outcomes.invite_not.jou"),
    ("フック首相は、鈴木総理の招待を受け訪日しました。", [], "outcomes.invite_not.wo_uke"),
    ("鈴木総理から、招待について説明しました。", [], "outcomes.invite_not.ni_tsuite"),
    ("鈴木総理から、改めてフック首相の来日を招請したい旨述べました。", [("invite", JP)], "outcomes.invite_made.shitai_mune"),

    # --- a request named, not made (REQUEST_NOT_AFTER) ------------------------------------------------
    ("鈴木総理から、地域の安定が求められている旨述べました。", [], "outcomes.request_not.rare"),
    ("本会談は、先方からの申し入れにより行われました。", [], "outcomes.request_not.niyori"),
    ("本会談は、フック首相の要請によって実現しました。", [], "outcomes.request_not.niyotte"),
    ("本会談は、フック首相の要請に基づき行われました。", [], "outcomes.request_not.ni_motozu"),
    ("鈴木総理は、フック首相の要請を受け、支援を決定しました。", [], "outcomes.request_not.wo_uke"),
    ("フック首相より、日本の要請があれば支援の用意がある、会議の際にはぜひハノイにも立ち寄っていただきたい旨述べました。",
     [("invite", VN)], "outcomes.request_not.gaareba"),
    ("フック首相より、日本から要請があった場合には支援する用意がある旨述べました。", [], "outcomes.request_not.gaatta_baai"),
    ("鈴木総理から、フック首相の要請に応じ、支援を行う旨述べました。", [], "outcomes.request_not.ni_ouji"),
    ("鈴木総理は、ベトナム政府の要請を踏まえ、緊急援助物資を供与する旨述べました。", [], "outcomes.request_not.wo_fumae"),
    # a request named in a relative clause (Xから要望のあった…) was made before, not in this talk
    ("両首脳は、昨年フック首相から要望のあった大学の分校設立について、関心を有している旨述べました。", [],
     "outcomes.request_not.no_atta"),
    # a request of the other side answered (…の要望については / …の要請に対し) is no request made
    ("鈴木総理から、ベトナム産果物の輸入に関するベトナム側の要望については、科学的知見に基づき対応していく旨述べました。", [],
     "outcomes.request_not.ni_tsuitewa"),
    ("鈴木総理から、ベトナム側の要請に対し、可能な支援を検討する旨述べました。", [], "outcomes.request_not.ni_taishi"),
    ("鈴木総理から、人材育成への支援を継続してほしいとの要望に対し、できる限り協力する旨述べました。", [],
     "outcomes.request_not.quoted_answered"),
    # a course announced (引き続き…働きかけていく) is no request made of the other side
    ("鈴木総理から、拉致問題について引き続き働きかけていく用意がある旨述べました。", [], "outcomes.request_not.teiku"),

    # --- a request of everyone (NOT_ADDRESSEE), or of a country not at the talk -----------------------
    ("鈴木総理から、全ての関係国に対し自制を呼びかけました。", [], "outcomes.addressee.subete_no_kankeikoku"),
    ("鈴木総理から、関係国に自制を求めました。", [], "outcomes.addressee.kankeikoku"),
    ("フック首相から、協定については交渉の開始を加盟国に求めることを決定した旨述べました。", [], "outcomes.addressee.kameikoku"),
    ("鈴木総理から、各国に自制を求めました。", [], "outcomes.addressee.kakkoku"),
    ("鈴木総理から、国際社会に連帯を呼びかけました。", [], "outcomes.addressee.kokusai_shakai"),
    ("鈴木総理から、全ての国に対し制裁の履行を呼びかけました。", [], "outcomes.addressee.subete_no_kuni"),
    ("鈴木総理から、関係者に自制を求めました。", [], "outcomes.addressee.kankeisha"),

    # --- third parties agreed (THIRD_PARTY), unless Japan or the sides are named with them ------------
    ("鈴木総理は、米中両国が貿易問題で合意したことを歓迎しました。", [], "outcomes.third_party.pair"),
    ("鈴木総理は、各国が気候変動対策で合意したことを歓迎しました。", [], "outcomes.third_party.kakkoku"),
    ("鈴木総理は、気候変動対策の重要性について、各国首脳と認識を共有しました。", AGREE, "outcomes.shared.ninshiki"),  # with them
    ("鈴木総理は、各派が停戦で合意したことを歓迎しました。", [], "outcomes.third_party.kakuha"),
    ("鈴木総理は、当事者間で停戦が合意されたことを歓迎しました。", [], "outcomes.third_party.toujisha"),
    ("鈴木総理は、独仏両国が和平案で合意したことを歓迎しました。", [], "outcomes.third_party.dokufutsu"),
    ("鈴木総理は、米朝首脳が非核化で合意したことを歓迎しました。", [], "outcomes.third_party.beichou"),
    ("鈴木総理は、日本と各国が協力で合意したことを歓迎しました。", AGREE, "outcomes.ours.nichi"),

    # --- one side confirming is no agreement, unless they did it together (TOGETHER) ------------------
    ("鈴木総理は、協力の重要性を確認しました。", [], None),
    ("鈴木総理は、両国の協力の重要性を確認しました。", AGREE, "outcomes.together.ryou"),
    ("鈴木総理は、双方の協力の重要性を確認しました。", AGREE, "outcomes.together.souhou"),
    ("鈴木総理は、フック首相と共に協力の重要性を確認しました。", AGREE, "outcomes.together.tomoni"),
    ("鈴木総理は、フック首相とともに協力の重要性を確認しました。", AGREE, "outcomes.together.tomoni_kana"),
    # the confirmation in the sentence that reports the talk with the other side (…と会談し、…確認): together
    ("鈴木総理は、フック首相と会談し、海洋協力の推進を確認しました。", AGREE, "outcomes.together.met"),
    # a subject marked by が inside the clause こと closes is that clause's (EMBEDDED): the sides confirmed, none named
    ("年内に鈴木総理が訪越し、フック首相と会談することを確認しました。", AGREE, "outcomes.embedded.koto"),
    # … and a subject before it is the actor: Japan asked, not the country named inside what it asked
    ("鈴木総理は、中国側が国際法を遵守することを求めました。", [("request", JP)], "outcomes.embedded.koto"),
    # Japan and the other side named by their one-character forms (日越が…): together
    ("鈴木総理から、地域情勢について提起し、引き続き日越が連携していくことを確認しました。", AGREE, "outcomes.together.pair"),

    # --- 共有 of a view (SHARED_OBJECT) is an agreement; of anything else it is not --------------------
    ("両首脳は、今後の協力について考えを共有しました。", AGREE, "outcomes.shared.kangae"),
    ("両首脳は、地域情勢の見方を共有しました。", AGREE, "outcomes.shared.mikata"),
    ("両首脳は、協力の方針を共有しました。", AGREE, "outcomes.shared.houshin"),
    ("両首脳は、地域情勢について認識を共有しました。", AGREE, "outcomes.shared.ninshiki"),
    ("両首脳は、地域の安定のために協力していく意思を共有しました。", AGREE, "outcomes.shared.ishi"),
    ("両首脳は、気候変動に共に取り組んでいく決意を共有しました。", AGREE, "outcomes.shared.ketsui"),
    ("両首脳は、防災の情報を共有しました。", [], None),

    # --- thanks felt, not given (THANK_NOT); a journalist's question (QUESTION) ------------------------
    ("フック首相から、日本に対し感謝の念を抱いている旨述べました。", [], "outcomes.thank_not.nen_wo_idaku"),
    ("(問)両首脳は協力の強化で一致したのですか。", [], "outcomes.question.mon"),
    ("(質問)両首脳は協力の強化で一致したのですか。", [], "outcomes.question.shitsumon"),
    # a journalist's line (【…記者】) is a question, whatever its words
    ("【ベトナム日報 タン記者】今回の訪問では、成果を出すことも要求されると思いますが、いかがでしょうか。", [], "outcomes.question.kisha"),

    # --- support of Japan's own position or views (SUPPORTED_OURS) is consent, reply or not; of an act of Japan's it is not
    ("更に、フック首相からは、南シナ海問題に関する日本の立場に対する支持が改めて表明されました。", AGREE,
     "outcomes.supported_ours.nihon"),
    ("フック首相は、日本の国連安保理常任理事国入りを支持する旨表明しました。", [], None),
    # a support cue the excerpt cuts before its verb (…支持が改め|): the cue is in the text
    ("更に、フック首相からは、南シナ海問題に関する日本の立場に対する支持が改め", AGREE, "outcomes.support.cut"),

    # a cue word quoted as a word (「合意」の時代): named, not done
    ("同声明においては、両国が「対話」から「合意」の時代に入っていくという両国の決意が謳われている。", [], "outcomes.quoted_cue.kagi"),
    ("同声明は、『合意』という言葉で両国の新しい関係を表している。", [], "outcomes.quoted_cue.nijukagi"),
    # a note in brackets closing the sentence after the verb (…で合意した(本件は…もの)。): the predicate ends before it
    ("鈴木総理より、地域の安定での越の役割を評価するとともに、支援チームの展開地域で日越協力を推進していくことで合意した"
     "(本件は、大使館の館員が定期的に訪問し、案件の調整を行うもの)。", AGREE, "outcomes.predicate_note.bracket"),
    ("両首脳は、防災協力の重要性を確認(防災白書参照)。", AGREE, "outcomes.predicate_note.bracket"),
    ("鈴木総理は、合意(案)について説明しました。", [], None),

    # --- a reply (REPLY, REPLY_IN): support given in it is consent -------------------------------------
    ("これに対して、フック首相から、日本の立場を支持する旨述べました。", AGREE, "outcomes.reply.kore_ni_taishite"),
    ("これに対し、フック首相から、日本の立場を支持する旨述べました。", AGREE, "outcomes.reply.kore_ni_taishi"),
    ("こうした中、フック首相から、日本の提案を支持する旨表明がありました。", AGREE, "outcomes.reply.koushita_naka"),
    ("同大臣から、日本の立場を支持する旨述べました。", AGREE, "outcomes.reply.dou_daijin"),
    ("同大統領から、日本の立場を支持する旨述べました。", AGREE, "outcomes.reply.dou_daitouryou"),
    ("鈴木総理から、海洋秩序の重要性を述べたところ、フック首相は日本の立場への支持を表明しました。", AGREE,
     "outcomes.reply_in.tokoro"),
    ("鈴木総理から、海洋秩序の重要性を説明したのに対し、フック首相は日本の立場を支持する旨述べました。", AGREE,
     "outcomes.reply_in.ni_taishi"),
    # a second subject takes up what the first said (…を述べ、Yはこれを支持しました): consent in reply
    ("鈴木総理から、地域協力への期待を述べ、フック首相はこれを支持しました。", AGREE, "outcomes.reply_in.kore"),
    ("鈴木総理から、日本の方針を説明し、フック首相はこれを全面的に支持する旨述べました。", AGREE, "outcomes.reply_in.kore"),
    # what the other side set out, heard and taken up by the subject (…について説明を受け、これを支持): consent in reply
    ("フック首相は、日本の取組について説明を受け、これを支持しました。", AGREE, "outcomes.reply_in.heard"),
    # a sentence that goes on from the one before with no subject (また、…との要請があった): the speaker before's request
    ("フック首相から、鈴木総理の訪越を招請しました。また、その機会にハノイの工業団地を視察していただきたいとの要請がありました。",
     [("invite", VN), ("request", VN)], "outcomes.goes_on.mata"),
    # the other side asked (先方に対し), a third country named inside what it is asked: the talk's request
    ("鈴木総理は、先方に対し、法の支配の重要性を指摘しつつ、仲裁判断の遵守を中国に求めていくよう要請しました。", [("request", JP)],
     "outcomes.talk_addressee.senpo"),
    # 同 and a title (同首相から): the person just named, the other side (Japan's own are named: 鈴木総理)
    ("同首相から、日本の支援に謝意が表明されるとともに、投資の拡大を要請しました。", [("request", VN), ("thank", VN)],
     "outcomes.back_reference.dou"),

    # --- what a speaker reported (REPORT): the request is the speaker's, not the subject's inside it ---
    ("鈴木総理から、フック首相は投資の拡大を求めている旨述べました。", [("request", JP)], "outcomes.report.nobe"),
    ("鈴木総理から、フック首相は投資の拡大を求めている旨発言しました。", [("request", JP)], "outcomes.report.hatsugen"),
    ("鈴木総理から、フック首相は投資の拡大を求めている旨説明しました。", [("request", JP)], "outcomes.report.setsumei"),
    ("鈴木総理から、フック首相は投資の拡大を求めている旨強調しました。", [("request", JP)], "outcomes.report.kyouchou"),
    ("鈴木総理から、フック首相は投資の拡大を求めている旨指摘しました。", [("request", JP)], "outcomes.report.shiteki"),
    ("鈴木総理から、フック首相は投資の拡大を求めている旨伝えました。", [("request", JP)], "outcomes.report.tsutae"),
    ("鈴木総理から、フック首相は投資の拡大を求めているとの要望がありました。", [("request", JP)], "outcomes.report.youbou"),
    ("鈴木総理から、フック首相は投資の拡大を求めている旨申し入れました。", [("request", JP)], "outcomes.report.moushiire"),
    ("鈴木総理から、フック首相は投資の拡大を求めている旨表明しました。", [("request", JP)], "outcomes.report.hyoumei"),
    # one speaker reporting that both views agree (…確認する旨述べた): a statement, not an agreement
    ("鈴木総理より、協定の締結が日越双方の利益に合致することにつき、双方の認識が一致していることを確認する旨述べた。", [],
     "outcomes.report.nobe"),

    # --- an earlier talk recalled (RECALLED_WHEN, RECALLED_AT), unless the sentence is this talk's (PRESENT)
    ("先月の首脳会談において投資協定の交渉開始に合意した。", [], "outcomes.recalled_when.sengetsu"),
    ("先般の会談で投資協定の交渉開始に合意した。", [], "outcomes.recalled_when.senpan"),
    ("前回の会合の際に投資協定の交渉開始で一致した。", [], "outcomes.recalled_when.zenkai"),
    ("昨年の首脳会談において投資協定の交渉開始に合意した。", [], "outcomes.recalled_when.sakunen"),
    ("3月の首脳会談において投資協定の交渉開始に合意した。", [], "outcomes.recalled_when.month"),
    # the earlier talk made the topic (…会談では、): all the sentence is that talk's, whichever comma follows
    ("先般の外相会談では、首脳会談の成果を踏まえ、投資協定の交渉開始で一致した。", [], "outcomes.recalled_when.senpan"),
    ("先般の外相会談では,首脳会談の成果を踏まえ,投資協定の交渉開始で一致した。", [], "outcomes.recalled_when.senpan"),
    ("先月の首脳会談において投資協定の交渉開始に合意した。", [], "outcomes.recalled_at.kaidan"),
    ("前回の会合の際に投資協定の交渉開始で一致した。", [], "outcomes.recalled_at.kaigou"),
    ("2013年3月の鈴木総理ベトナム訪問時において、投資協定の交渉開始で合意した。", [], "outcomes.recalled_at.houmon_ji"),
    ("2013年3月の鈴木総理ベトナム訪問の際において、投資協定の交渉開始で合意した。", [], "outcomes.recalled_at.houmon_no_sai"),
    ("先月の首脳会談で合意した交渉の開始を今回確認した。", AGREE, "outcomes.present.konkai"),
    ("先月の首脳会談で合意した交渉の開始を本日確認した。", AGREE, "outcomes.present.honjitsu"),
    ("先月の首脳会談で合意した交渉の開始を両首脳は確認した。", AGREE, "outcomes.present.ryou_wa"),
    ("先月の首脳会談で合意した交渉の開始を双方は確認した。", AGREE, "outcomes.present.souhou_wa"),
    ("先月の首脳会談で合意した交渉の開始を両者は確認した。", AGREE, "outcomes.present.ryousha_wa"),

    # --- the side of the subject (gaiko/extract/lexicon/sides.py) ------------------------------------
    ("両首脳は、協力の強化で一致しました。", AGREE, "sides.both.leaders"),
    ("両大臣は、協力の強化で一致しました。", AGREE, "sides.both.ministers"),
    ("両外相は、協力の強化で一致しました。", AGREE, "sides.both.foreign_ministers"),
    ("両閣僚は、協力の強化で一致しました。", AGREE, "sides.both.cabinet"),
    ("閣僚は、協力の強化で一致しました。", AGREE, "sides.both.ministers_all"),
    ("双方は、協力の強化で一致しました。", AGREE, "sides.both.each"),
    ("両者は、協力の強化で一致しました。", AGREE, "sides.both.two"),
    ("両国は、協力の強化で一致しました。", AGREE, "sides.both.countries"),
    ("日露双方は、協力の強化で一致しました。", AGREE, "sides.both.jp_ru"),
    ("私たちは、協力の強化で一致しました。", AGREE, "sides.both.we_all"),
    ("私どもは、協力の強化で一致しました。", AGREE, "sides.both.we_humble"),
    ("我々は、協力の強化で一致しました。", AGREE, "sides.both.we"),
    # a request by both sides as one subject is the speaker's (else Japan's)
    ("両首脳は、地域の関係国との連携の強化を求めました。", [("request", JP)], "sides.both.leaders"),
    ("私から、邦人の安全確保を求めました。", [("request", JP)], "sides.speaker.i"),
    ("当方から、邦人の安全確保を求めました。", [("request", JP)], "sides.jp.toho"),
    ("先方から、日本の支援の継続を求めました。", [("request", VN)], "sides.counterpart.senpo"),
    ("我が方から、邦人の安全確保を求めました。", [("request", JP)], "sides.jp.wagahou"),
    ("わが方から、邦人の安全確保を求めました。", [("request", JP)], "sides.jp.wagahou_kana"),
    ("我が国から、邦人の安全確保を求めました。", [("request", JP)], "sides.jp.wagakuni"),
    ("わが国から、邦人の安全確保を求めました。", [("request", JP)], "sides.jp.wagakuni_kana"),
    ("日本側から、邦人の安全確保を求めました。", [("request", JP)], "sides.jp.nihongawa"),
    ("日本は、邦人の安全確保を求めました。", [("request", JP)], "sides.jp.nihon"),
    # a side named with 側 or 政府: the country named, else the other side
    ("ベトナム側から、日本の支援の継続を求めました。", [("request", VN)], None),
    ("また、ベトナム政府として、鈴木総理のベトナムへの招請を改めて表明しました。", [("invite", VN)], "outcomes.subject.seifu"),
]

# a press announcement: 私 is the side of the section's speaker (SPEAKER_FOREIGN names the other side)
PRESS_CASES = [
    ("鈴木総理大臣", "私から、邦人の安全確保を求めました。", [("request", JP)], "sides.speaker.i"),
    ("グエン代表", "私から、日本の支援の継続を求めました。", [("request", VN)], "sides.speaker.i"),
    ("露外相", "私から、日本の支援の継続を求めました。", [("request", VN)], "outcomes.speaker.ro"),
    ("中国代表", "私から、日本の支援の継続を求めました。", [("request", VN)], "outcomes.speaker.chuugoku"),
    ("韓国代表", "私から、日本の支援の継続を求めました。", [("request", VN)], "outcomes.speaker.kan"),
    ("米代表", "私から、日本の支援の継続を求めました。", [("request", VN)], "outcomes.speaker.bei"),
    ("英代表", "私から、日本の支援の継続を求めました。", [("request", VN)], "outcomes.speaker.ei"),
    ("仏代表", "私から、日本の支援の継続を求めました。", [("request", VN)], "outcomes.speaker.futsu"),
    ("独代表", "私から、日本の支援の継続を求めました。", [("request", VN)], "outcomes.speaker.doku"),
    ("国防代表", "私から、日本の支援の継続を求めました。", [("request", VN)], "outcomes.speaker.kokubou"),
    ("王代表", "私から、日本の支援の継続を求めました。", [("request", JP)], "sides.speaker.i"),
]
# fmt: on


# an honorific after the speaker's title (X国王陛下から / X皇太子殿下からも): the speaker is still that side
HONORIFIC_PAGE = ("日・ヨルダン首脳電話会談\n令和2年5月10日\n\n"
                  "5月10日、午後6時から約20分間、鈴木総理大臣は、ハサン・ヨルダン・ハシェミット王国国王陛下と電話会談を行いました。\n"
                  "1 {s}\n")
HONORIFIC_CASES = [
    ("ハサン国王陛下からは、人道支援の拡充を要請されました。", [("request", "JO")], "roles.honorific.heika"),
    ("同席したアリ皇太子殿下からも、青年交流の拡大を要望されました。", [("request", "JO")], "roles.honorific.denka"),
    ("ハサン国王閣下からは、難民支援の継続を要請されました。", [("request", "JO")], "roles.honorific.kakka"),
]


# a speaker's name shortened in quotes before the title (old pages: 「ミ」外相より): the talk's person whose name, or a
# part of it, starts with that character — not Japan's by the title 外相
ABBREVIATED_PAGE = ("日・ラトビア外相会談(概要)\n平成12年6月2日\n\n"
                    "1.6月2日午前11時より約45分間、鈴木外務大臣は、訪日中のヤニス・ミエジス・ラトビア外務大臣と会談を行った。\n2.{s}\n")
ABBREVIATED_CASES = [
    ("「ミ」外相より、日本の投資の拡大を要請した。", [("request", "LV")], "roles.abbreviated.kagi"),
    ("「鈴」外相より、人材育成への協力を要請した。", [("request", "JP")], "roles.abbreviated.kagi"),
]


@pytest.mark.parametrize("text,expected,rule", HONORIFIC_CASES + ABBREVIATED_CASES)
def test_honorific_case(text, expected, rule):
    with lexicon.trace() as fired:
        rec = extract_text((HONORIFIC_PAGE if (text, expected, rule) in HONORIFIC_CASES else ABBREVIATED_PAGE).format(s=text)).record
    assert [(o.type, o.by) for e in rec.events for o in e.outcomes] == expected
    assert rule in fired


def _page(s: str, who: str | None = None) -> str:
    return PAGE.format(s=s) if who is None else PRESS_PAGE.format(who=who, s=s)


def outcomes_and_rules(s: str, who: str | None = None) -> tuple[list[tuple[str, str]], list[str | None], set[str]]:
    with lexicon.trace() as fired:
        rec = extract_text(_page(s, who)).record
    found = [o for e in rec.events for o in e.outcomes]
    return [(o.type, o.by) for o in found], [o.rule for o in found], fired


def _check(s, who, expected, rule):
    got, rules, fired = outcomes_and_rules(s, who)
    assert got == expected
    assert all(r is not None and r.startswith("outcomes.") for r in rules), rules  # every outcome names its cue
    if rule is not None:
        assert rule in fired, sorted(fired)
        if rule.startswith(("outcomes.agree.", "outcomes.confirm.", "outcomes.consent.", "outcomes.request.")) \
                and expected:
            assert rule in rules  # the cue is the outcome's rule


@pytest.mark.parametrize("text,expected,rule", CASES)
def test_outcome_case(text, expected, rule):
    _check(text, None, expected, rule)


@pytest.mark.parametrize("who,text,expected,rule", PRESS_CASES)
def test_press_case(who, text, expected, rule):
    _check(text, who, expected, rule)


def case_texts() -> list[str]:
    return ([_page(s) for s, _, _ in CASES] + [_page(s, who) for who, s, _, _ in PRESS_CASES]
            + [HONORIFIC_PAGE.format(s=s) for s, _, _ in HONORIFIC_CASES] + [ABBREVIATED_PAGE.format(s=s) for s, _, _ in ABBREVIATED_CASES]
            + [_page(s) for s, _, _ in NOTE_CASES])


# 同 and a title (outcomes.back_reference.dou): the talk's one whose title holds it when only one side's does, else the
# other side's — Japan's vice-minister beside a foreign minister is 同副大臣; 同外相, whose title neither role holds as
# written (外務大臣), is the other side's
BACK_REFERENCE_PAGE = ("日・ペルー外相会談\n令和6年5月10日\n\n"
                       "5月10日、高橋外務副大臣は、ロペス・ペルー外務大臣と会談を行いました。\n2 {s}\n")


@pytest.mark.parametrize("s,by", [("同副大臣から、邦人の安全確保への協力を求めました。", "JP"),
                                  ("同外相から、投資環境の改善への協力を求めました。", "PE")])
def test_back_reference_by_title(s, by):
    rec = extract_text(BACK_REFERENCE_PAGE.format(s=s)).record
    assert [(o.type, o.by) for e in rec.events for o in e.outcomes] == [("request", by)]


def test_a_sentence_printed_twice_is_one_outcome():
    # a page's residue prints a line twice: one outcome, at its first place; a like sentence of other words is another
    twice = "両首脳は、経済関係を強化していくことで一致しました。\n3 両首脳は、経済関係を強化していくことで一致しました。"
    got, _, _ = outcomes_and_rules(twice)
    assert got == [("agree", "both")]
    other = "両首脳は、経済関係を強化していくことで一致しました。\n3 両首脳は、文化交流を強化していくことで一致しました。"
    got, _, _ = outcomes_and_rules(other)
    assert got == [("agree", "both"), ("agree", "both")]


# a note or the reference section below a report (NOTE_HEADINGS): no outcome in it; a note ends at the next list item,
# the reference section (参考) at the page's end, however its items are marked
_AGREED = "両首脳は、経済関係を強化していくことで一致しました。"
NOTE_CASES = [
    (_AGREED + "\n（参考）日越対話\n- 2024年3月の高級実務者会合で、5分野を柱に対話を進めていくことで一致。\n"
     "- 2025年5月の外相会合で、協力を強化することを確認。", [AGREE[0]], "outcomes.note_heading.sanko"),
    (_AGREED + "\n(注)同対話は2024年に一致した枠組み。\n3 両首脳は、文化交流を強化していくことで一致しました。", AGREE * 2,
     "outcomes.note_heading.chu"),
    (_AGREED + "\n注:同対話は2024年に一致した枠組み。", AGREE, "outcomes.note_heading.chu_colon"),
    (_AGREED + "\n※同対話は2024年に一致した枠組み。", AGREE, "outcomes.note_heading.kome"),
]


@pytest.mark.parametrize("text,expected,rule", NOTE_CASES)
def test_notes_and_the_reference_section_give_no_outcome(text, expected, rule):
    _check(text, None, expected, rule)
