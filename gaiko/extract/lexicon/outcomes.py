"""Outcomes: the cue words of each outcome type, and the words of the filters that drop a cue.

A cue counts in predicate position only (…で一致した, …を確認。); the stage (gaiko/extract/outcomes.py)
checks the grammar around it, these tables hold the words. ``value`` of a cue row is what it stands
for: ``agree``, ``consent`` (agreement given by one side to the other), ``request``, ``protest``,
``invite``, ``thank``. Cue groups:

    agree       agreement words (一致, 合意, 妥結)
    confirm     confirmation (確認): an agreement unless one side confirms alone (X大統領は…改めて確認した)
    share       a shared view (認識を共有): an agreement only after a word of SHARED_OBJECT
    consent     consent on its own (同意, 受諾, 支持を得た)
    support     support (支持する, 支持を表明): consent only as the reply to what the other side said
    understanding 理解を得た: consent only as the reply to a request in the sentence before
    accord      the same view (同感, 同じ考え): a reply, in any position
    request     requests (求め, 要請, 申し入れ)
    appeal      calls (呼びかけ): a request unless addressed to everyone (国際社会に呼びかけ)
    protest, invite, thank

Filter tables (a row fires when it drops a cue, or keeps one where said): NEGATED, MODAL_NOT,
RECALLED_AFTER, INVITE_NOT, REQUEST_NOT_AFTER, NOT_ADDRESSEE, THIRD_PARTY, … below.
"""

from __future__ import annotations

from gaiko import countries
from gaiko.extract.lexicon import Row, Table
from gaiko.extract.lexicon.sides import SIDES

CUES = Table("outcomes", (
    Row("outcomes.agree.iken_no_itchi", "意見の一致", "agree", "意見の一致を見た"),
    Row("outcomes.agree.itchi", "一致", "agree", "…で一致した / …ことで一致。"),
    Row("outcomes.agree.goui", "合意", "agree", "…に合意した"),
    Row("outcomes.agree.dakketsu", "妥結", "agree", "交渉が妥結した"),
    Row("outcomes.agree.jisshitsu_goui", "実質合意", "agree", "交渉が実質合意に至った (a noun after の in a list: no outcome)"),
    Row("outcomes.confirm.saikakunin", "再確認", "agree", "…を再確認した"),
    Row("outcomes.confirm.kakunin", "確認", "agree", "…を確認した"),
    Row("outcomes.share.kyouyuu", "共有", "agree", "認識を共有した"),
    Row("outcomes.share.tomoni", "共にし", "agree", "認識を共にした (a view held together)"),
    Row("outcomes.consent.doui", "同意", "consent", "…に同意した"),
    Row("outcomes.consent.sanni", "賛意", "consent", "賛意を示した"),
    Row("outcomes.consent.sandou", "賛同", "consent", "…に賛同した"),
    Row("outcomes.consent.judaku", "受諾", "consent", "招待を受諾した"),
    Row("outcomes.consent.kaidaku", "快諾", "consent", "招待を快諾した: accepted gladly"),
    Row("outcomes.consent.ukeire", "(?:招待|招請|提案|申し出|申出|これ)を(?:[^、,。]{0,8}?を?もって)?受け入れる?(?!られ|ない|ず)", "consent",
        "…を招待し、…はこれを(謝意をもって)受け入れた (not 難民を受け入れている, nor 受け入れられない)", regex=True),
    Row("outcomes.consent.teian_kangei", "(?:提案|申し出|申出)を歓迎", "consent",
        "…の提案を歓迎し: the other side's proposal accepted", regex=True),
    Row("outcomes.consent.shiji_eta", "支持を得(?!たい)", "consent", "支持を得た (not 支持を得たい, a request)", regex=True),
    Row("outcomes.support.hyoumei", "支持(?:を|が)(?:改めて)?表明", "consent", "支持を表明した / 支持が改めて表明された",
        regex=True),
    Row("outcomes.support.kawaranai", "(?:理解と)?支持(?:は|に)(?:全く)?変わ(?:らない|っていない|りない|りがない)", "consent",
        "(理解と)支持は変わらない", regex=True),
    Row("outcomes.support.suru", "支持する", "consent", "…を支持する旨述べた"),
    Row("outcomes.support.shita", "支持し(?:た|ました)", "consent", "…を支持した, …を支持しました", regex=True),
    Row("outcomes.support.shiteiru", "支持している", "consent", "…を支持している旨応答した"),
    Row("outcomes.support.cut", "支持(?:を|が)(?:改め(?:て)?)?$", "consent",
        "…日本の立場に対する支持が改め| : the excerpt cut right after the cue, before its verb", regex=True),
    Row("outcomes.understanding.eta", "理解を得(?!たい)", "consent", "理解を得た (not 理解を得たい, a request)", regex=True),
    Row("outcomes.accord.doukan", "同感", "consent", "同感である旨述べた"),
    Row("outcomes.accord.onaji_kangae", "同じ考え", "consent", "全く同じ考えである旨応じた"),
    Row("outcomes.accord.douyou_kangae", "同様の考え", "consent", "Yも同様の考えを示した"),
    Row("outcomes.accord.douyou_ninshiki", "同様の認識", "consent", "Yからも同様の認識が示された"),
    Row("outcomes.request.youbou", "要望", "request", "…を要望した"),
    Row("outcomes.request.motome", "求め", "request", "…を求めた"),
    Row("outcomes.request.moushiire", "申し入れ", "request", "…を申し入れた"),
    Row("outcomes.request.moushiire_short", "申入れ", "request", "…を申入れた"),
    Row("outcomes.request.yousei", "要請", "request", "…を要請した"),
    Row("outcomes.request.youkyuu", "要求", "request", "…の解除を要求した"),
    Row("outcomes.request.irai", "依頼", "request", "…に万全を期すよう依頼した"),
    Row("outcomes.request.onegai", "(?<!よろしく)お願い|(?<=をよろしく)お願い", "request",
        "協力をお願いしたい, 協力をよろしくお願いしたい (not 今後ともよろしくお願いします, a greeting)", regex=True),
    Row("outcomes.request.hoshii", "て(?:ほしい|欲しい)", "request", "…を後押ししてほしい旨述べた", regex=True),
    Row("outcomes.request.hatarakikake", "働きかけ", "request", "…に働きかけた"),
    Row("outcomes.request.hatarakikake_kanji", "働き掛け", "request", "…に働き掛けた"),
    Row("outcomes.request.kyouryoku_etai", "協力を得たい", "request", "協力を得たい旨述べた"),
    Row("outcomes.request.shiji_etai", "支持を得たい", "request", "支持を得たい旨述べた"),
    Row("outcomes.request.rikai_etai", "理解を得たい", "request", "理解を得たい旨述べた"),
    Row("outcomes.appeal.yobikake", "呼びかけ", "request", "…を呼びかけた"),
    Row("outcomes.appeal.yobikake_kanji", "呼び掛け", "request", "…を呼び掛けた"),
    Row("outcomes.protest.kougi", "抗議", "protest", "…に抗議した"),
    Row("outcomes.protest.ikan", "遺憾", "protest", "遺憾の意を表明した"),
    Row("outcomes.invite.shoutai", "招待", "invite", "…を招待した"),
    Row("outcomes.invite.shousei", "招請", "invite", "…の訪日を招請した"),
    Row("outcomes.invite.omaneki", "お招き(?!いただ|頂)", "invite",
        "…の機会にお招きしました (not お招きいただき: thanks for being invited)", regex=True),
    Row("outcomes.invite.shoutaijou_ga", "招待状が手交", "invite", "…への招待状が手交された: an invitation handed over"),
    Row("outcomes.invite.shoutaijou_tewatashi", "招待状を手渡", "invite", "…に招待状を手渡した"),
    Row("outcomes.invite.shoutai_shinsho", "招待の親書を手渡", "invite", "…に訪日招待の親書を手渡した"),
    Row("outcomes.invite.shoutaijou_wo", "招待状を手交", "invite", "…への招待状を手交した"),
    Row("outcomes.thank.kansha", "感謝", "thank", "…に感謝した"),
    Row("outcomes.thank.shai", "謝意", "thank", "謝意を表明した"),
    Row("outcomes.thank.shaji", "謝辞", "thank", "謝辞を述べた"),
    Row("outcomes.thank.orei", "お礼", "thank", "お礼を述べた"),
), note="cue words per outcome type (value); the stage builds one pattern per value")

# …していただきたい: the other side asked to come, an invitation made (the stage adds (して)いただきたい)
PLEASE = Table("outcomes", (
    Row("outcomes.please.honichi", "訪日", "invite", "訪日いただきたい"),
    Row("outcomes.please.rainichi", "来日", "invite", "来日していただきたい"),
    Row("outcomes.please.sanka", "参加", "invite", "参加いただきたい"),
    Row("outcomes.please.shusseki", "出席", "invite", "出席いただきたい"),
    Row("outcomes.please.tachiyotte", "立ち寄って", "invite", "立ち寄っていただきたい"),
    Row("outcomes.please.otachiyori", "お立ち寄り", "invite", "お立ち寄りいただきたい"),
))

# --- filters: right after a cue -----------------------------------------------------------------
NEGATED = Table("outcomes", (
    Row("outcomes.negated.shinakatta", "しなかった", note="一致しなかった"),
    Row("outcomes.negated.shimasendeshita", "しませんでした", note="合意しませんでした"),
    Row("outcomes.negated.sezu", "せず", note="合意せず"),
    Row("outcomes.negated.shiteorazu", "しておらず", note="合意しておらず"),
    Row("outcomes.negated.shiteorimasen", "しておりません", note="合意しておりません"),
    Row("outcomes.negated.niwa_itaranakatta", "には至らなかった", note="合意には至らなかった"),
    Row("outcomes.negated.ni_itaranakatta", "に至らなかった", note="合意に至らなかった"),
    Row("outcomes.negated.niwa_itarimasendeshita", "には至りませんでした", note="合意には至りませんでした"),
    Row("outcomes.negated.ni_itarimasendeshita", "に至りませんでした", note="合意に至りませんでした"),
    Row("outcomes.negated.niwa_itarazu", "には至らず", note="合意には至らず"),
    Row("outcomes.negated.dekinakatta", "できなかった", note="合意できなかった"),
    Row("outcomes.negated.dekimasendeshita", "できませんでした", note="合意できませんでした"),
    Row("outcomes.negated.sarenakatta", "されなかった", note="合意されなかった"),
    Row("outcomes.negated.saremasendeshita", "されませんでした", note="合意されませんでした"),
    Row("outcomes.negated.shiteinai", "していない", note="合意していない"),
    Row("outcomes.negated.shiteimasen", "していません", note="合意していません"),
), note="a cue negated: no outcome (any type)")

# agree and consent cues only
MODAL_NOT = Table("outcomes", (
    Row("outcomes.modal_not.dekiru_noka", "できるのか", note="一致できるのか: a question"),
    Row("outcomes.modal_not.suru_noka", "するのか", note="合意するのか: a question"),
    Row("outcomes.modal_not.dekiru_kadouka", "できるかどうか", note="合意できるかどうか"),
    Row("outcomes.modal_not.suru_kadouka", "するかどうか", note="同意するかどうか"),
    Row("outcomes.modal_not.difficult", "(?:することが|するのは|するのが)(?:難し|困難)",
        note="一致することが難しい: a statement of difficulty", regex=True),
    Row("outcomes.modal_not.future", "される(?:見込み|予定|方向|。|$)", note="近く合意される: the future", regex=True),
    Row("outcomes.modal_not.desu", "です", note="確認ですが: the cue as a noun"),
    Row("outcomes.modal_not.deshou", "でしょう", note="合意でしょう: a guess"),
    Row("outcomes.modal_not.sasete", "させて", note="確認させていただきたい: asking leave"),
    Row("outcomes.modal_not.shitai", "したい", note="確認したい / 合意したい: a wish, not an agreement"),
), note="a cue in a question, a statement of difficulty, the future, or used as a noun: no agreement")

# agree cues only
RECALLED_AFTER = Table("outcomes", (
    Row("outcomes.recalled.zumi_no", "済みの", note="合意済みの…"),
    Row("outcomes.recalled.jikou", "事項", note="合意事項"),
    Row("outcomes.recalled.naiyou", "内容", note="合意内容"),
    Row("outcomes.recalled.bunsho", "文書", note="合意文書"),
    Row("outcomes.recalled.ni_motozu", "に基づ", note="合意に基づき"),
    Row("outcomes.recalled.wo_fumae", "を踏まえ", note="合意を踏まえ"),
    Row("outcomes.recalled.wo_fukumu", "を含む", note="合意を含む"),
    Row("outcomes.recalled.ni_shitaga", "に従", note="合意に従い"),
    Row("outcomes.recalled.no_rikou", "の履行", note="合意の履行"),
    Row("outcomes.recalled.no_jisshi", "の実施", note="合意の実施"),
    Row("outcomes.recalled.no_seishin", "の精神", note="合意の精神"),
    Row("outcomes.recalled.sareta_mono", "されたもの", note="…で合意されたもの: background"),
), note="an agreement referred back to, not reached in the talk")

INVITE_NOT = Table("outcomes", (
    Row("outcomes.invite_not.ni", "に", note="招待に応じ: answering an invitation"),
    Row("outcomes.invite_not.he_no", "への", note="招待への謝意"),
    Row("outcomes.invite_not.jou", "状", note="招待状"),
    Row("outcomes.invite_not.wo_uke", "を受け", note="招待を受け: the visit came of one"),
    Row("outcomes.invite_not.ni_tsuite", "について", note="招待について"),
), note="after an invite cue: an invitation mentioned, not made")

# after an invite cue, it is made although the tail is not a predicate's
INVITE_MADE = Table("outcomes", (
    Row("outcomes.invite_made.shitai_mune", "したい旨", note="招請したい旨述べた"),
))

# the requests a page names as nouns (…との要望に対し): the request cues' own rows
_REQUEST_NOUNS = tuple(CUES[f"outcomes.request.{k}"] for k in ("youbou", "yousei", "irai", "youkyuu"))
REQUEST_NOT_AFTER = Table("outcomes", (
    Row("outcomes.request_not.rare", "られ", note="求められている: a state, not an act"),
    Row("outcomes.request_not.niyori", "により", note="先方からの申し入れにより電話会談を行った: how the talk came about"),
    Row("outcomes.request_not.niyotte", "によって", note="要請によって"),
    Row("outcomes.request_not.niyoru", "による(?:もの)?", regex=True,
        note="(電話会談は)X大臣からの要請によるものです: how the talk came about"),
    Row("outcomes.request_not.ni_motozu", "に基づ", note="要請に基づき"),
    Row("outcomes.request_not.wo_uke", "を受け", note="要請を受け"),
    Row("outcomes.request_not.wo_fumae", "を踏まえ", note="Y政府の要請を踏まえ、…を供与する旨述べた: a request answered"),
    Row("outcomes.request_not.gaareba", "があれば", note="要請があれば: a condition"),
    Row("outcomes.request_not.gaatta_baai", "があった場合", note="要請があった場合: a condition"),
    Row("outcomes.request_not.ni_ouji", "に応じ", note="要請に応じ"),
    Row("outcomes.request_not.teiku", "てい[くき]", note="引き続き求めていく / 働きかけていきたい: a course announced, not a request made",
        regex=True),
    Row("outcomes.request_not.no_atta", "のあった", note="Xから要望のあった…について: a request referred to (attributive)"),
    Row("outcomes.request_not.ni_tsuitewa", "について(?:は|も)", note="Y側の要望については…対応していく: a request answered, not made",
        regex=True),
    Row("outcomes.request_not.ni_taishi", "に対し", note="Y側の要請に対し…: a request answered"),
    Row("outcomes.request_not.quoted_answered", "(?:との|という)(?:" + CUES.alternation(_REQUEST_NOUNS) + ")(?:に対し|について|を受け|に応じ)",
        note="…を継続してほしいとの要望に対し、…協力する旨述べた: a request quoted and answered", regex=True),
), note="after a request cue: a request named, not made in the talk")

# the stage adds (に対し|に): …国際社会に呼びかけ
NOT_ADDRESSEE = Table("outcomes", (
    Row("outcomes.addressee.subete_no_kankeikoku", "全ての関係国", note="全ての関係国に対し…求める"),
    Row("outcomes.addressee.kankeikoku", "関係国", note="関係国に…呼びかけ"),
    Row("outcomes.addressee.kameikoku", "加盟国", note="…の開始を加盟国に求める"),
    Row("outcomes.addressee.kakkoku", "各国", note="各国に呼びかけ"),
    Row("outcomes.addressee.kokusai_shakai", "国際社会", note="国際社会に呼びかけ"),
    Row("outcomes.addressee.subete_no_kuni", "全ての国", note="全ての国に…求める"),
    Row("outcomes.addressee.kankeisha", "関係者", note="関係者に…呼びかけ"),
), note="a request addressed to everyone, not to the other side: not the talk's")

# the other side named as the one asked (先方に対し): a third country named after it, before the cue, is inside what it is
# asked (…を中国に求めていくよう要請), so the request is the talk's
TALK_ADDRESSEES = Table("outcomes", (
    Row("outcomes.talk_addressee.senpo", "先方", note="先方に対し、…仲裁判断の遵守を中国に求めていくよう要請した"),
))

# a sentence with no subject that goes on from the one before (また、…との要請があった): a request reported there is the
# previous sentence's speaker's (その機会に…訪問していただきたいとの要請があった, after ガルシア大統領より…)
GOES_ON = Table("outcomes", (
    Row("outcomes.goes_on.mata", "また[、,]", note="また、…訪問していただきたいとの要請があった", regex=True),
))

# --- filters: before a cue ----------------------------------------------------------------------
# the one-character forms of other countries (露, 中, 米 …: gaiko/countries.py), and 南北 (the two Koreas)
_OTHER_ONE_CHAR = "".join(sorted(a for a in countries.abbr_index() if len(a) == 1 and a != "日")) + "南北"

THIRD_PARTY = Table("outcomes", (
    Row("outcomes.third_party.pair", f"[{_OTHER_ONE_CHAR}]{{2}}(?:間|両国|両首脳|首脳|の間|が)",
        note="米中間で合意 / 南北首脳が合意: two other countries (by their one-character forms)", regex=True),
    Row("outcomes.third_party.kakkoku", "各国(?!(?:首脳|の首脳)?と(?!して))", regex=True,
        note="各国が合意 (not 各国首脳と認識を共有: Japan with them)"),
    Row("outcomes.third_party.kakuha", "各派", note="各派が合意"),
    Row("outcomes.third_party.toujisha", "当事者", note="当事者間で合意"),
    Row("outcomes.third_party.dokufutsu", "独仏両国", note="独仏両国が合意"),
    Row("outcomes.third_party.beichou", "米朝", note="米朝首脳が合意"),
), note="just before an agree cue: third parties agreed, not the sides")

# …unless the same clause also names Japan or the two sides (日米間で一致, 両首脳は…各国と一致)
THIRD_PARTY_NOT = Table("outcomes", (
    Row("outcomes.ours.nichi", "日", note="日米間: Japan is one of the pair"),
))
THIRD_PARTY_NOT_SIDES = (SIDES["sides.both.leaders"], SIDES["sides.both.ministers"], SIDES["sides.both.each"])

# one side confirming alone is no agreement, unless the clause says they did it together
TOGETHER = Table("outcomes", (
    Row("outcomes.together.ryou", "両", note="両国の…を確認: both named"),
    Row("outcomes.together.souhou", "双方", note="双方の…を確認"),
    Row("outcomes.together.tomoni", "共に", note="共に確認"),
    Row("outcomes.together.tomoni_kana", "ともに", note="ともに確認"),
    Row("outcomes.together.met", "と(?:の間で)?(?:会談|面会|会見|懇談|電話会談)(?:し|を行い)",
        note="X政務官は、Y大臣と面会し、…を確認した: confirmed in the talk it reports, with the other side", regex=True),
    Row("outcomes.together.pair", f"日[{_OTHER_ONE_CHAR}](?:が|間|両国|の間|で)", note="…日中が連携していくことを確認: Japan and the other side named",
        regex=True),
))

# 共有 is an agreement only of a view: …認識を共有した (a word just before it)
SHARED_OBJECT = Table("outcomes", (
    Row("outcomes.shared.ninshiki", "認識", note="認識を共有"),
    Row("outcomes.shared.kangae", "考え", note="考えを共有"),
    Row("outcomes.shared.mikata", "見方", note="見方を共有"),
    Row("outcomes.shared.houshin", "方針", note="方針を共有"),
    Row("outcomes.shared.ishi", "意思", note="…協力していく意思を共有した: the will to act together"),
    Row("outcomes.shared.ketsui", "決意", note="…取り組んでいく決意を共有した"),
))

THANK_NOT = Table("outcomes", (
    Row("outcomes.thank_not.nen_wo_idaku", "の念を抱", note="感謝の念を抱いている: a feeling, not thanks given"),
))

# a journalist's question in a press conference: (問)…
QUESTION = Table("outcomes", (
    Row("outcomes.question.mon", "問", note="(問)…"),
    Row("outcomes.question.shitsumon", "質問", note="(質問)…"),
))
# a journalist named in brackets at the start of the line (【…新聞 X記者】…): a question, no outcome
QUESTION_ASKER = Table("outcomes", (
    Row("outcomes.question.kisha", "記者", note="【…テレビ X記者】…"),
))

# --- subjects -----------------------------------------------------------------------------------
# besides the titles of lexicon/roles.py, what a subject can end with (…政府として, …政府は)
SUBJECT_NOUNS = Table("outcomes", (
    Row("outcomes.subject.seifu", "政府", note="ベトナム政府として…招請を改めて表明"),
))

# a subject named by 同 and a title (同外相から, 同首相は): the person just named — the talk's one whose title holds it when
# only one side's does (同副大臣 beside a foreign minister: Japan's), else, in a record written by Japan, whose own principals
# it names by name (佐藤大臣, 田中総理), the other side's
BACK_REFERENCE = Table("outcomes", (
    Row("outcomes.back_reference.dou", "同", "counterpart", "同外相から、…を要請しました"),
))

# support given to Japan's own position or views (…日本の立場に対する支持を表明, 我が国の考え方を支持する): the other side's
# consent to what Japan holds, reply or not (support of anything else, 日本のTPP交渉参加を支持, a statement of position
# unless it answers a request or a proposal before it)
SUPPORTED_OURS = Table("outcomes", (
    Row("outcomes.supported_ours.nihon", "(?:日本|我が国|わが国)の[^、,。「」]{0,24}?(?:立場|考え方?|主張|方針|見解)"
        "(?:に対する|への|を)(?:理解(?:と|及び))?$",
        note="…北朝鮮問題に関する日本の立場に対する支持が表明された: right before the support cue", regex=True),
))

# a subject marked by が inside the clause a nominaliser closes before the cue is that clause's, not the actor's
# (…4月下旬に山田総理が訪問し、…と会談することを確認した: the sides confirmed; 日本側は、X国が…することを求めた: Japan asked)
EMBEDDED = Table("outcomes", (
    Row("outcomes.embedded.koto", "こと", note="Xが…することを確認した: X is the subject of the clause こと closes"),
))

# --- replies and reports ------------------------------------------------------------------------
# the sentence opens with a reply (これに対し、Xから…支持が表明された)
REPLY = Table("outcomes", (
    Row("outcomes.reply.kore_ni_taishi", "これに対し", note="これに対し、Xから…"),
    Row("outcomes.reply.kore_ni_taishite", "これに対して", note="これに対して、Xから…"),
    Row("outcomes.reply.koushita_naka", "こうした中", note="こうした中、Xから…"),
    Row("outcomes.reply.dou_daijin", "同大臣", note="同大臣から…: the one just addressed"),
    Row("outcomes.reply.dou_daitouryou", "同大統領", note="同大統領から…"),
))

# a reply inside the sentence (Xから…述べたところ、Yから…)
# a line that opens a note or the background below a page's report: no outcome of the talk in it (note rows: to the
# next list item; the reference section, 参考, to the page's end: it recalls what was done before)
NOTE_HEADINGS = Table("outcomes", (
    Row("outcomes.note_heading.chu", r"\(注\d?\)", "note", "(注1) …", regex=True),
    Row("outcomes.note_heading.chu_colon", r"注\d?[::]", "note", "注: …", regex=True),
    Row("outcomes.note_heading.kome", "※", "note", "※ …"),
    Row("outcomes.note_heading.sanko", r"[\(【]参考[\)】]", "reference", "(参考)「中央アジア+日本」対話 — the past meetings "
        "listed below it", regex=True),
))
# a cue word quoted as a word (「信頼」から「合意」の時代, 「確認」の意味): named, not done; the closing mark after it,
# the opening one right before it
QUOTED_CUE = Table("outcomes", (
    Row("outcomes.quoted_cue.kagi", "」", note="…「信頼」から「合意」の時代に入っていくという両国の決意が謳われている"),
    Row("outcomes.quoted_cue.nijukagi", "』", note="『合意』という言葉"),
))
# a note in brackets that closes the sentence after its verb (…で合意した(本件は、…を行うもの)。): the predicate
# ends before it, as at 。
PREDICATE_NOTE = Table("outcomes", (
    Row("outcomes.predicate_note.bracket", r"\([^()]{2,}\)(?=。?$)", regex=True,
        note="…推進していくことで合意した(本件は、館員が定期的に訪問し、案件の調整を行うもの)。"),
))
REPLY_IN = Table("outcomes", (
    Row("outcomes.reply_in.tokoro", "(?:た|る)ところ[、,]", note="…述べたところ、", regex=True),
    Row("outcomes.reply_in.ni_taishi", "のに対し(?:て)?[、,]", note="…述べたのに対し、", regex=True),
    Row("outcomes.reply_in.kore", "[、,][^、,。「」]{1,30}?(?:は|から|も)[、,]?これ(?:を|に)[^、,。]{0,6}$", regex=True,
        note="Xから…への期待を述べ、Yはこれを(全面的に)支持した: a second subject takes up what was said (これ before the cue)"),
    Row("outcomes.reply_in.heard", "(?:説明|提案|報告)を受け[、,]これ(?:を|に)[^、,。]{0,6}$", regex=True,
        note="Yは、…について説明を受け、これを支持しました: what the other side set out, taken up (これ before the cue)"),
    Row("outcomes.reply_in.quoted", "(?:」と|旨)(?:発言し|述べ)[、,]", "accord", regex=True,
        note="Xから「…」と発言し、Yは「同感である」と応じた: the first speaker's words, then the same view in reply "
             "(for the accord cues only)"),
))

# a report verb after 旨 / と (…旨述べた): what the speaker said. ``value`` "end": also closes a
# one-speaker statement (…を確認する旨述べた。)
REPORT = Table("outcomes", (
    Row("outcomes.report.nobe", "述べ", "end", "…旨述べた"),
    Row("outcomes.report.hatsugen", "発言", "end", "…旨発言した"),
    Row("outcomes.report.setsumei", "説明", "end", "…旨説明した"),
    Row("outcomes.report.kyouchou", "強調", "end", "…旨強調した"),
    Row("outcomes.report.shiteki", "指摘", None, "…旨指摘した"),
    Row("outcomes.report.tsutae", "伝え", None, "…旨伝えた"),
    Row("outcomes.report.youbou", "要望", None, "…との要望があった"),
    Row("outcomes.report.moushiire", "申し入れ", None, "…旨申し入れた"),
    Row("outcomes.report.hyoumei", "表明", None, "…旨表明した"),
))

# side rows that, as a subject of the sentence, show it is no one speaker's statement
BOTH_SUBJECTS = (SIDES["sides.both.leaders"], SIDES["sides.both.ministers"], SIDES["sides.both.foreign_ministers"],
                 SIDES["sides.both.cabinet"], SIDES["sides.both.each"], SIDES["sides.both.two"])

# a press conference's speaker line (露外相) that names the other side
SPEAKER_FOREIGN = Table("outcomes", (
    Row("outcomes.speaker.ro", "露", note="(露外相)"),
    Row("outcomes.speaker.chuugoku", "中国", note="(中国外交部長)"),
    Row("outcomes.speaker.kan", "韓", note="(韓国外相)"),
    Row("outcomes.speaker.bei", "米", note="(米国務長官)"),
    Row("outcomes.speaker.ei", "英", note="(英外相)"),
    Row("outcomes.speaker.futsu", "仏", note="(仏外相)"),
    Row("outcomes.speaker.doku", "独", note="(独外相)"),
    Row("outcomes.speaker.kokubou", "国防", note="(国防長官): a title Japan does not use"),
), note="else a speaker is Japan's (unless named in katakana, or a principal)")

# an excerpt that opens inside a sentence, on a particle (を求めた。これに対し…): who acted is cut away with the sentence's
# start, so the sentence is no outcome (README: only what the text contains is annotated)
CUT_START = Table("outcomes", (
    Row("outcomes.cut_start.particle", "[をがにへとでもはのや]", regex=True, note="を求めた。: the excerpt's first words"),
))

# --- background: an earlier talk recalled ---------------------------------------------------------
# (past time)の…会談において…合意した: the agreement of an earlier talk
RECALLED_WHEN = Table("outcomes", (
    Row("outcomes.recalled_when.sengetsu", "先月", note="先月の首脳会談において"),
    Row("outcomes.recalled_when.senpan", "先般", note="先般の会談で"),
    Row("outcomes.recalled_when.zenkai", "前回", note="前回の会合の際"),
    Row("outcomes.recalled_when.sakunen", "昨年", note="昨年の会談において"),
    Row("outcomes.recalled_when.month", "[0-9]+月", note="3月の会談で", regex=True),
))
# the earlier occasion named: a talk (``value`` "talk"), or a visit, only after a dated month
# (2013年3月の…訪問時において)
RECALLED_AT = Table("outcomes", (
    Row("outcomes.recalled_at.kaidan", "会談", "talk", "…の会談において"),
    Row("outcomes.recalled_at.kaigou", "会合", "talk", "…の会合で"),
    Row("outcomes.recalled_at.houmon_ji", "訪問時", "visit", "2013年3月の…訪問時において"),
    Row("outcomes.recalled_at.houmon_no_sai", "訪問の際", "visit", "2013年3月の…訪問の際"),
))
# a recalled agreement (…において合意した。): the verbs
RECALLED_VERBS = (CUES["outcomes.confirm.kakunin"], CUES["outcomes.agree.goui"], CUES["outcomes.agree.itchi"])
# …but the sentence is this talk's when it names it or the sides as the subject
PRESENT = Table("outcomes", (
    Row("outcomes.present.konkai", "今回", note="今回の会談で"),
    Row("outcomes.present.honjitsu", "本日", note="本日の会談で"),
    Row("outcomes.present.ryou_wa", "両[^、,。]{1,4}は", note="両首脳は / 両外相は", regex=True),
    Row("outcomes.present.souhou_wa", "双方は", note="双方は"),
    Row("outcomes.present.ryousha_wa", "両者は", note="両者は"),
))
