"""Plans: the words by which a page says a follow-up is agreed, decided or scheduled.

A plan (gaiko/extract/plans.py) needs a thing that happens at a time (NOUNS, VISITS), a verb that sets it
up (VERBS) and a decision word (DECISIONS: agreed, decided, scheduled, an invitation accepted, a proposal
consented to, an instruction to hold it); or it is mentioned as coming in a modifier (ANNOUNCED,
FUTURE_REL, ANTICIPATION, BEFORE, SCHEDULE, COMING), named as an exchange year (NAMING), proposed and
welcomed (PROPOSED), worked for (SUCCESS) or aimed at by an open-ended effort (GOAL). The other tables are
the words of the filters that drop a candidate (OPEN_ENDED, CONTINUING, CALLED_OFF, GATHERINGS, HELD_AFTER,
PREMISE, PAST, UNSPECIFIED, PURPOSE …) and of the phrase and date rules (CONNECTORS, TIME_WORDS, TIME_OF,
THAT, MONTH_OR, CLAUSE_END …). A plan keeps the id of the row that
decided it (``Planned.rule``): the decision word, or the modifier that announced it.
"""

from __future__ import annotations

from gaiko.extract.lexicon import Row, Table
from gaiko.extract.lexicon.outcomes import CUES
from gaiko.text import words_pattern

# a visit word; ``value`` the country visited (the plan's place when nothing else names one)
VISITS = Table("plans", (
    Row("plans.visit.honichi", "訪日", "日本", "…首相の訪日"),
    Row("plans.visit.horo", "訪露", "ロシア", "…総理の訪露"),
    Row("plans.visit.houchuu", "訪中", "中国", "…大臣の訪中"),
    Row("plans.visit.houkan", "訪韓", "韓国", "…大統領の訪韓"),
    Row("plans.visit.houbei", "訪米", "米国", "…総理の訪米"),
    Row("plans.visit.hougou", "訪豪", "オーストラリア", "…首相の訪豪"),
    Row("plans.visit.houin", "訪印", "インド", "…総理の訪印"),
    Row("plans.visit.houei", "訪英", "英国", "…総理の訪英"),
    Row("plans.visit.houdoku", "訪独", "ドイツ", "…総理の訪独"),
    Row("plans.visit.houfutsu", "訪仏", "フランス", "…総理の訪仏"),
    Row("plans.visit.houi", "訪伊", "イタリア", "…総理の訪伊"),
    Row("plans.visit.houka", "訪加", "カナダ", "…総理の訪加"),
    Row("plans.visit.houetsu", "訪越", "ベトナム", "…総理の訪越"),
    Row("plans.visit.houhaku", "訪伯", "ブラジル", "…総理の訪伯"),
    Row("plans.visit.houboku", "訪墨", None, "…総理の訪墨"),
    Row("plans.visit.houchou", "訪朝", None, "…総理の訪朝"),
    Row("plans.visit.houhi", "訪比", None, "…総理の訪比"),
    Row("plans.visit.houtai", "訪泰", None, "…総理の訪泰"),
    Row("plans.visit.houni", "訪尼", None, "…総理の訪尼"),
    Row("plans.visit.rainichi", "来日", "日本", "…首相の来日"),
    Row("plans.visit.nihon_ni_omukae", "日本にお迎え", "日本", "…大統領を日本にお迎えし、首脳会談を行う: a visit to Japan, said by its host"),
), note="in this order: the first one written in the clause gives the place")
# the visit words as one pattern, for the rows and matchers that name a visit (a trie: 訪 once, then the country)
VISIT = "(?:" + words_pattern(VISITS.words()) + ")"

# the things a plan sets up: talks, gatherings, missions, acts between the sides (and the visit words)
NOUNS = Table("plans", (
    Row("plans.noun.kaidan", "会談", note="首脳会談を行う"),
    Row("plans.noun.samitto", "サミット", note="日中韓サミットを開催する"),
    Row("plans.noun.kaigou", "会合", note="次回会合を開催する"),
    Row("plans.noun.kyougi", "協議", note="政策協議を開始する"),
    Row("plans.noun.taiwa", "対話", note="経済対話を開催する"),
    Row("plans.noun.kaigi", "会議", note="円卓会議を開催する"),
    Row("plans.noun.kondankai", "懇談会", note="懇談会を開催する"),
    Row("plans.noun.iinkai", "委員会", note="合同委員会を設置する"),
    Row("plans.noun.sagyou_bukai", "作業部会", note="作業部会を開催する"),
    Row("plans.noun.foramu", "フォーラム", note="フォーラムを開催する"),
    Row("plans.noun.misshon", "ミッション", note="経済ミッションを派遣する"),
    Row("plans.noun.kinen_gyouji", "記念行事", note="記念行事を開催する"),
    Row("plans.noun.gyouji", "行事(?!業)", note="行事を実施する (not the 行事 of 試行事業)", regex=True),
    Row("plans.noun.jigyou", "事業", note="試行事業を来年春に開始する: a project of the sides"),
    Row("plans.noun.kinen_jigyou", "記念事業", note="50周年記念事業を実施する"),
    Row("plans.noun.shuunen_jigyou", "周年事業", note="周年事業を実施する"),
    Row("plans.noun.kouryuu_jigyou", "交流事業", note="青少年交流事業を実施する"),
    Row("plans.noun.named_exchange", "「[^「」、。]{2,20}?交流」", note="本年の「ビザなし交流」を5月から実施する: an exchange named "
        "in quotes", regex=True),
    Row("plans.noun.shikiten", "式典", note="式典を開催する"),
    Row("plans.noun.kaikaishiki", "開会式", note="「日本におけるX年」の開会式を行う: the opening of an exchange year"),
    Row("plans.noun.heikaishiki", "閉会式", note="「日露地域交流年」の閉会式を本年12月に行う: its closing"),
    Row("plans.noun.entaku_kaigi", "円卓会議", note="円卓会議を開催する"),
    Row("plans.noun.seminaa", "セミナー", note="セミナーを開催する"),
    Row("plans.noun.kikou", "寄港", note="函館寄港を調整"),
    Row("plans.noun.haken", "派遣", note="調査団の派遣を実施する"),
    Row("plans.noun.kunren", "訓練", note="共同訓練を実施する"),
    Row("plans.noun.enshuu", "演習", note="共同演習を実施する"),
    Row("plans.noun.bosan", "墓参", note="航空機墓参を実施する"),
    Row("plans.noun.tsuaa", "ツアー", note="観光ツアー"),
    Row("plans.noun.ourai", "往来", note="専門家の往来"),
    Row("plans.noun.puroguramu", "プログラム", note="交流プログラムを実施する"),
    Row("plans.noun.purojekuto", "プロジェクト", note="パイロット・プロジェクトを実施する"),
    Row("plans.noun.koushou", "交渉", note="交渉を開始する"),
    Row("plans.noun.kyoudou_kenkyuu", "共同研究", note="歴史共同研究を立ち上げる"),
    Row("plans.noun.two_plus_two_quoted", "「2+2」", note="「2+2」を開催する"),
    Row("plans.noun.two_plus_two", "2+2", note="2+2を開催する"),
    Row("plans.noun.houmon", "訪問", note="…大臣のベトナム訪問"),
    Row("plans.noun.wakugumi", "枠組み", note="協力枠組みを立ち上げる"),
    Row("plans.noun.mekanizumu", "メカニズム", note="協議メカニズムを設置する"),
    Row("plans.noun.initiative", "イニシアティブ", note="共同イニシアティブを立ち上げる"),
    Row("plans.noun.shomei", "署名", note="署名を目指す"),
    Row("plans.noun.daihyoudan", "代表団", note="経済代表団を派遣する"),
    Row("plans.noun.shisetsudan", "使節団", note="投資使節団を派遣する"),
    Row("plans.noun.chousadan", "調査団", note="調査団を派遣する"),
    Row("plans.noun.kouryuudan", "交流団", note="青年交流団を派遣する"),
    Row("plans.noun.houmondan", "訪問団", note="議員訪問団が訪日する"),
    Row("plans.noun.shisatsudan", "視察団", note="視察団を派遣する"),
    Row("plans.noun.exchange_year", "「[^「」、。]{2,24}?年」", note="「日本におけるロシア年」: an exchange year", regex=True),
    Row("plans.noun.kouryuunen", "交流年", note="来年の日本・ポーランド交流年: an exchange year named without quotes"),
))

# plan nouns that are their own verb (早期に次官級で協議することとなった: 協議 before す/し); value "bare_talk": only as
# 会談する, and not when only scheduled (…予定である)
SURU_NOUNS = Table("plans", (
    Row("plans.suru_noun.kyougi", "協議", note="次官級で協議する"),
    Row("plans.suru_noun.kaidan", "会談", "bare_talk", "G7外相会合の機会に会談することで一致 (value bare_talk: 滞在中、X総理と"
        "会談する予定である is the announced visit's own talk, the page's event, not a plan)"),
))

# the verbs that set a plan up (the stage adds a particle before, inflections after, the visit words);
# group ``hold``: holding or going, a plan even in an open-ended sentence; ``value`` "subject": an act named
# by its subject (同艦が…寄港する -> 同艦の寄港)
VERBS = Table("plans", (
    Row("plans.hold.kaisai", "開催", note="会合を開催する"),
    Row("plans.verb.jisshi", "実施", note="訓練を実施する"),
    Row("plans.hold.okonau", "行う", note="首脳会談を行う"),
    Row("plans.verb.okonawareru", "行われる", note="協議が行われる"),
    Row("plans.verb.jitsugen", "実現", note="訪日を実現する"),
    Row("plans.verb.saikai", "再開", note="交渉を再開する"),
    Row("plans.verb.kaishi", "開始", note="協議を開始する"),
    Row("plans.hold.houmon", "訪問", note="ハノイを訪問する"),
    Row("plans.hold.kikou", "寄港", "subject", "同艦が東京に寄港する"),
    Row("plans.verb.haken", "派遣", "subject", "調査団を派遣する"),
    Row("plans.verb.otozure", "訪れ", note="…を訪れる"),
    Row("plans.verb.tachiage", "立ち上げ", note="枠組みを立ち上げる"),
    Row("plans.verb.secchi", "設置", note="委員会を設置する"),
    Row("plans.verb.mouke", "設け", note="協議の枠組みを設ける"),
    Row("plans.verb.setsuritsu", "設立", note="基金を設立する"),
    Row("plans.verb.sousetsu", "創設", note="対話を創設する"),
    Row("plans.verb.teireika", "定例化", note="協議を定例化する"),
    Row("plans.verb.mezasu", "目指す", note="署名を目指す"),
    Row("plans.verb.mo_okonai", "(?<=も)行い(?=、|,)", note="Xを行うとともに、Yも行い、…: a second talk held too (not …会談を行い、, "
        "the talk reported)", regex=True),
    Row("plans.verb.okonaitai", "行いたい", note="…首脳会談を行いたい旨述べ、Yも賛意を示した (decided by the consent)"),
    # value "then": an act said in its conjunctive form before another clause under the same decision (年内に外相会談を
    # 行い、…について協議することで一致); a plan only when the next clause is what it will take up (CONTENT) or the
    # clause gives the plan's time (…会談を行い、…で一致 is the talk reported)
    Row("plans.verb.okonai_then", "(?<=を)行い(?=[、,])", "then", "年内に両国外相が会談を行い、…について協議することで一致",
        regex=True),
    Row("plans.verb.hiraki_then", "(?<=を)開き(?=[、,])", "then", "近く実務者間で会合を開き、詳細を詰めていくことで一致", regex=True),
))

# what a planned act will take up, said in the clause after it (…を開催し、Yについて協議する): that clause's own talk
# word (協議, 議論, 意見交換) is the content of the plan, no plan of its own
CONTENT = Table("plans", (
    Row("plans.content.ni_tsuite", "について", note="…対話を開催し、経済協力について協議していくことで一致"),
))

# the sides agreed, decided or scheduled it (…ことで一致, …予定であり, …ことになります, …方向); regex rows,
# tried in this order
DECISIONS = Table("plans", (
    Row("plans.decision.kotode_itchi", "ことで(?:[^、,。]{0,12})?(?:一致|合意|確認)", note="…することで一致した", regex=True),
    Row("plans.decision.kotoni_goui", "ことに(?:合意|一致)", note="…することに合意した", regex=True),
    Row("plans.decision.kotonitsuki", "ことにつき(?:一致|合意)", note="…することにつき一致した", regex=True),
    Row("plans.decision.kotowo_kakunin", "ことを(?:確認|決定|合意)", note="…することを確認した", regex=True),
    Row("plans.decision.kototo_natta", "ことと(?:なった|した|なりました|しました)", note="…することとなった", regex=True),
    Row("plans.decision.kotoni_naru", "ことに(?:なります|なる|なっている|なりました|なった)", note="…することになります", regex=True),
    Row("plans.decision.yotei", "予定(?:です|である|であり|だ|で、|となっている|されている|。|$)", note="…する予定であり", regex=True),
    Row("plans.decision.yotei_tonatta", "予定と(?:なった|なりました|して(?:いる|おり|います))", note="…開催される予定となりました, "
        "…行う予定としている", regex=True),
    Row("plans.decision.yotei_to", "(?:開催|実施|訪問|" + VISIT + ")予定(?:と|として)",
        note="…を実施予定と承知", regex=True),
    Row("plans.decision.yotei_shite", "予定して", note="…を予定している", regex=True),
    Row("plans.decision.chousei", "調整(?:していく|して|を進め|する|中)", note="…の開催に向け調整していく", regex=True),
    Row("plans.decision.houkou", "方向(?:で|$)", note="…を開催する方向で調整", regex=True),
    Row("plans.decision.de_itchi", "で一致", note="…に向けて協力することで一致 (…開催で一致)", regex=True),
    Row("plans.decision.judaku", "受諾", note="招待を受諾した", regex=True),
    Row("plans.decision.kaidaku", "快諾", note="招待を快諾した: accepted gladly", regex=True),
    Row("plans.decision.ukeire", "(?<=を|も)受け入れ", note="招待を受け入れた, これを受け入れ: an invitation accepted",
        regex=True),
    Row("plans.decision.shiji", "(?:よう|ように)[^、,。]{0,16}?指示",
        note="…協議を開始するよう事務方に指示した: the talk the leaders told their officials to hold", regex=True),
    Row("plans.decision.consented", "(?:たい(?:旨|との)|を提案し|よう提案し)[^。]{0,40}?(?:も|は|から|より)[^。]{0,6}?(?:同意|賛同|賛意|歓迎)",
        note="…を開催したい旨述べ、X首相も同意した, …訪日したい旨述べ、Yはこれを歓迎: a proposal the other side consented to",
        regex=True),
    Row("plans.decision.hold_told", "(?<=(?:開催|実施)する)(?:旨|こと)を?(?:説明|紹介|伝え)",
        note="…会議を本年2月に東京で開催する旨を説明し: an event to be held, told (not …開催したい旨, a wish)", regex=True),
    Row("plans.decision.reply_wish", "たい旨(?:応じ|応答|回答)", note="…を招待し、Yは喜んで訪日したい旨応じた: a wish given as the "
        "reply to an invitation or proposal accepts it", regex=True),
    Row("plans.decision.kotoga_shoukai", "ことが(?:紹介|発表)され", note="…が寄港することが紹介された: announced as coming",
        regex=True),
    Row("plans.decision.preparation_welcomed", "(?<=に向け)た準備[^、,。]{0,8}?を(?:歓迎|評価)",
        note="…の開催に向けた準備の進展を歓迎: an event being prepared", regex=True),
    Row("plans.decision.welcomed_act", "(?:(?<=する)|(?<=される)|(?<=行う))ことを歓迎",
        note="来月…フォーラムを開催することを歓迎: an event to be held, welcomed (not …したことを歓迎, one held)", regex=True),
    Row("plans.decision.looked_forward", "(?<=する)ことを(?:楽しみ|心待ち)に(?!して(?:い|お)た)",
        note="…の際に、Yと再び会談することを楽しみにしている: a talk looked forward to, as …会談を楽しみに (not …楽しみにしていた)",
        regex=True),
    Row("plans.decision.kotoga_kimatta", "ことが(?:決ま|決定し)", note="…することが決まった", regex=True),
    Row("plans.decision.act_confirmed", "(?:開始|開催|実施|再開|定例化|立ち上げ|設置)を(?:確認|決定)",
        note="…政策対話の早期開催を確認した", regex=True),
    Row("plans.decision.kotono_juuyousei", "ことの重要性(?:を|で|につき|について)(?:確認|一致|合意)",
        note="…の訪日を実施していくことの重要性を確認した (open-ended words still drop it)", regex=True),
    Row("plans.decision.kaisai_ga_kettei", "開催が決定", note="…の開催が決定した", regex=True),
    Row("plans.decision.kettei_shita", "決定した", note="…を決定した", regex=True),
    Row("plans.decision.kotoga_kakunin", "ことが(?:確認|合意|決定)され", note="…することが確認された", regex=True),
    Row("plans.decision.act_agreed", "(?:開始|開催|実施|再開|定例化|立ち上げ|設置)(?:に|で)(?:合意|一致)(?!した[くい])",
        note="…政策対話の開始に合意 (not …に合意したく, a wish)", regex=True),
    Row("plans.decision.act_consented", "(?:開始|開催|実施|再開|立ち上げ|設置)に(?:同意|賛同|賛意)",
        note="…の提案した経済対話の立ち上げに同意した: the act one side proposed, consented to by the other", regex=True),
    Row("plans.decision.nitsuite_itchi", "について(?:一致|合意)", note="…の定例化について一致", regex=True),
    Row("plans.decision.importance", "(?:開催|実施|再開|開始)の重要性(?:につき|について|で)(?:一致|合意|確認)",
        note="…の実施の重要性につき一致", regex=True),
    Row("plans.decision.masu", "(?<=[しいれ])ます。?$", note="…政策協議を開始します。: a joint statement's plain non-past",
        regex=True),
))

# a lead sentence deciding the listed items below it (以下の点で一致した。 then (イ)…を開催すること。)
LEAD = Table("plans", (
    Row("plans.lead.following_points", "以下の(?:点|とおり|通り|[一二三四五六七八九0-9]+点)[^。]{0,6}(?:一致|合意|確認|決定)",
        note="以下の点で一致した", regex=True),
    Row("plans.lead.following_matters", "(?:以下|次)の(?:事項|諸点|項目|点)[^。]{0,6}(?:一致|合意|確認|決定)",
        note="次の事項で一致した, 次の点を確認した", regex=True),
    Row("plans.lead.following_bare", "(?:以下|次)(?:を|のとおり|の通り)(?:決定|合意|確認)", note="以下を決定した, 次のとおり合意した",
        regex=True),
    Row("plans.lead.adopted_plan", "(?:以下|次)の(?:行動計画|行動指針|作業計画)を(?:採択|策定|発表|発出|決定)",
        note="以下の行動計画を採択した: its listed items are what the sides decided", regex=True),
))

# the form of an item listed under such a lead (a line of its own, with a list marker)
LISTED = Table("plans", (
    Row("plans.listed.koto", "(?:こと|事)。?$", note="(イ)…を開催すること。", regex=True),
    Row("plans.listed.plain", "(?:する|行う)。?$", note="2 両国は、…を東京で開催する。: an action plan's item, in the plain non-past",
        regex=True),
))

# a joint document (a joint statement, a joint announcement: doc_type statement) decides its own numbered items: an item
# in LISTED's form needs no lead sentence above it
JOINT_ITEMS = Table("plans", (
    Row("plans.joint.numbered_item", "(?:する|行う)。?$", note="3 両国は、2026年に東京で第2回…会合を開催する。: a joint "
        "statement's numbered item, in the plain non-past", regex=True),
))

# an invitation the other side accepted (…を日本に招待し、同首相はこれを受諾した): the visit is planned; the rows of
# DECISIONS that accept
ACCEPTING = ("plans.decision.judaku", "plans.decision.kaidaku", "plans.decision.ukeire")

# a visit its speaker says is scheduled (Xから、来年2月上旬に訪日する予定である旨の説明があった): the speaker's own visit, as
# a visit the speaker wishes to make (…訪日したい) is the speaker's
SPEAKER_VISIT = Table("plans", (
    Row("plans.speaker_visit.yotei", "(?:する)?予定", note="Xから、来年2月上旬に訪日する予定である旨の説明があった", regex=True),
))

# a visit the other side wishes to make, welcomed: planned
WELCOMED_WISH = Table("plans", (
    Row("plans.wish.welcomed", "(?:訪問|" + VISIT + ")したい(?:という|との)[^、,。]{0,20}?の意向を[^、,。]{0,12}?歓迎",
        note="…訪日したいとの…首相の意向を歓迎", regex=True),
))

# a year named an exchange year (2021年を「日越交流年」とすることで一致, …周年を「日越友好年」として): the year is the plan;
# the verb after the quoted name, decided like any plan (a decision word, a joint statement's ます)
NAMING = Table("plans", (
    Row("plans.naming.tosuru", "とする", note="…を「日越交流年」とすることで一致"),
    Row("plans.naming.toshi", "とし", note="…を「日越交流年」とし、…で一致 / として"),
    Row("plans.naming.ichizuke", "と位置(?:付け|づけ)", note="…を「日越友好年」と位置付ける", regex=True),
    Row("plans.naming.sadame", "と定め", note="…を「日越友好年」と定める"),
))

# visits both ways named as one (首脳間の相互訪問): in an open-ended sentence (…を活発化させていく) an exchange kept up, no
# one visit, though 訪問 is a verb of going
OPEN_EXCHANGES = Table("plans", (
    Row("plans.open_exchange.sougo_houmon", "相互訪問", note="首脳間の相互訪問を活発化させていくことで一致"),
))

# the events of a year the sentence names an exchange year (2028年を「日越友好年」として、記念事業を実施していく): the year's
# own content, planned as the year, no plan of their own
YEAR_CONTENT = Table("plans", (
    Row("plans.year_content.jigyou", "事業", note="…を「日越友好年」として、記念事業を実施していくことで一致"),
    Row("plans.year_content.gyouji", "行事", note="…を「日越交流年」とし、記念行事を開催することで一致"),
))

# --- mentioned as coming ------------------------------------------------------------------------
# a modifier before the plan's noun: 本年中に予定されている…の来日; group ``dated``: only with a date before it
# (6月10日に…開催となる「…対話」)
ANNOUNCED = Table("plans", (
    Row("plans.announced.yotei_sareteiru", "予定されている", note="本年中に予定されている…の来日"),
    Row("plans.announced.yotei_sareru", "予定される", note="7月に予定される…協議"),
    Row("plans.announced.yotei_no", "予定の", note="来月予定の…会合"),
    Row("plans.announced.kaisai_yotei_no", "開催予定の", note="来年開催予定の…会議"),
    Row("plans.announced.jisshi_yotei_no", "実施予定の", note="秋に実施予定の…訓練"),
    Row("plans.announced.arietbeki", "あり得べき", note="来年5月にあり得べき…の訪越"),
    Row("plans.dated.kaisai_sareru", "開催される", note="6月に開催される…対話"),
    Row("plans.dated.okonawareru", "行われる", note="7月に行われる…協議"),
    Row("plans.dated.kaisai_tonaru", "開催となる", note="6月10日に…開催となる「…対話」"),
    Row("plans.dated.jisshi_sareru", "実施される", note="秋に実施される…訓練"),
))
# a talk named after a relative future date (来月の…委員会では; a date that resolves: not 来週, 翌月)
FUTURE_REL = Table("plans", (
    Row("plans.future_rel.raigetsu", "来月", note="来月の…委員会では"),
    Row("plans.future_rel.ashita", "明日", note="明日の…対話では"),
))
# a talk proposed by one side that the other welcomed or agreed to (…協議の提案を歓迎): planned
PROPOSED = Table("plans", (
    Row("plans.proposal.welcomed", "の提案を(?:歓迎|受け入れ|受諾)", note="…協議の提案を歓迎し", regex=True),
    Row("plans.proposal.agreed", "の提案に(?:賛同|同意|賛意)", note="…対話の立ち上げの提案に賛同", regex=True),
))
# a talk or an exchange year prepared for (来年の「…年」に向けて準備を進める): mentioned as coming, dated by its clause
PREPARING = Table("plans", (
    Row("plans.preparing.junbi", "に向け(?:て|た)準備", note="来年の「トルコにおける日本年」に向けて準備を進めていく", regex=True),
    Row("plans.preparing.kyouryoku", "の(?:実施|開催)に向け(?:て)?(?:協力|連携)",
        note="来年の日本・ポーランド交流年の実施に向け協力していく: the holding of a named exchange or talk worked for "
        "together (not an act's: …の早期署名に向けて協力していく)", regex=True),
))
# a talk or event whose success both sides work for (…訪露ミッションを成功に向け, …首脳会談の成功に向け): mentioned as coming
SUCCESS = Table("plans", (
    Row("plans.success.no_seikou_ni_muke", "の成功に向け", note="…首脳会談の成功に向け協力していく"),
    Row("plans.success.wo_seikou_ni_muke", "を成功に向け", note="…ミッションを成功に向け協力していく"),
    Row("plans.success.no_seikou_no_tame", "の成功のため", note="…年の成功のため協力する"),
    Row("plans.success.wo_seikou_sase", "を成功させ", note="…首脳会談を成功させるべく"),
))
# a named talk looked forward to (…首脳会談を総理も楽しみにしており); お会いすることを楽しみに names no talk
ANTICIPATION = Table("plans", (
    Row("plans.anticipation.tanoshimi", "楽しみ", note="…会談を楽しみにしている"),
    Row("plans.anticipation.kokoromachi", "心待ち", note="…会談を心待ちにしている"),
    Row("plans.anticipation.chuumoku", "注目", note="…会談を注目している"),
))
# a talk still to come (…首脳会談の前という重要な時期, …首脳会談を前に); …会談に先立ち is mostly the talk the
# page reports, held later that day
BEFORE = Table("plans", (
    Row("plans.before.no_mae_toiu", "の前という", note="…首脳会談の前という重要な時期"),
    Row("plans.before.wo_mae_ni", "を前に", note="…首脳会談を前に"),
))
# a plan whose date is being arranged (…首脳会談の具体的日程は…調整していく), with no verb of holding it
SCHEDULE = Table("plans", (
    Row("plans.schedule.nittei", "日程", note="首脳会談の日程を調整"),
    Row("plans.schedule.jiki", "時期", note="訪問の時期を調整"),
    Row("plans.schedule.shousai", "詳細", note="会合の詳細を調整"),
))
# a coming visit welcomed (来年の…大統領の訪日の意向を歓迎) or named as the occasion of something
# (…大統領が来年訪日する機会に); ``value`` "welcomed" or "occasion"
COMING = Table("plans", (
    Row("plans.coming.kangei", "歓迎", "welcomed", "今秋の…首相の訪日を歓迎"),
    Row("plans.coming.kikai", "機会", "occasion", "…が来年訪日する機会に"),
    Row("plans.coming.no_kikai", "の機会", "occasion_noun", "来年の…大統領の訪日の機会を: with a relative future date only"),
    Row("plans.coming.sai", "際", "occasion", "…が訪日する際に"),
))
# an intention named with a visit; ``value`` where: "welcomed" (…の訪日の意向を歓迎), "visitor" (…したいというX首相の
# 意向: the visitor named after the verb), "both"
INTENTS = Table("plans", (
    Row("plans.intent.ikou", "意向", "both", "訪日の意向を歓迎 / 訪日したいという…首相の意向"),
    Row("plans.intent.keikaku", "計画", "welcomed", "訪日の計画を歓迎"),
    Row("plans.intent.yotei", "予定", "welcomed", "訪日の予定を歓迎"),
    Row("plans.intent.kibou", "希望", "visitor", "訪日したいという…首相の希望"),
))

# --- not a plan -----------------------------------------------------------------------------------
# an open-ended commitment (協力していくことで一致): no plan unless a verb of holding (VERBS group hold) names one;
# OPEN_ENDED before (して)いく, OPEN_ENDED_VERBS before いく
OPEN_ENDED = Table("plans", (
    Row("plans.open_ended.kyouryoku", "協力", note="協力していくことで一致"),
    Row("plans.open_ended.keizoku", "継続", note="継続していくことで一致"),
    Row("plans.open_ended.kasoku", "加速", note="加速していくことで一致"),
    Row("plans.open_ended.suishin", "推進", note="推進していくことで一致"),
    Row("plans.open_ended.kyouka", "強化", note="強化していくことで一致"),
    Row("plans.open_ended.hatten", "発展", note="発展していくことで一致"),
    Row("plans.open_ended.renkei", "連携", note="連携していくことで一致"),
    Row("plans.open_ended.doryoku", "努力", note="努力していくことで一致"),
    Row("plans.open_ended.kentou", "検討", note="検討していくことで一致"),
    Row("plans.open_ended.kappatsuka", "活発化", note="首脳間の相互訪問を活発化させていくことで一致"),
))
# a talk held on and on (引き続き協議を行っていくことを確認): a continuation, even with a verb of holding (…いく after one of
# these words earlier in the sentence)
CONTINUING = Table("plans", (
    Row("plans.continuing.hikitsuzuki", "引き続き", note="引き続き協議を行っていくことを確認"),
    Row("plans.continuing.kongotomo", "今後とも", note="今後とも対話を実施していくことで一致"),
    Row("plans.continuing.kongomo", "今後も", note="今後も会合を開催していくことで一致"),
))
# a plan called off or put back (…の訪日は、延期されることとなった): not a plan
CALLED_OFF = Table("plans", (
    Row("plans.called_off.enki", "延期", note="…の訪日は延期されることとなった"),
    Row("plans.called_off.chuushi", "中止", note="…会合は中止することとなった"),
    Row("plans.called_off.miokuri", "見送", note="…の開催は見送ることとなった"),
))
# (取り組み, 進め before いく directly are not written: not rows)
# the act an open-ended effort aims at (…を早期に立ち上げるべく努力していく): that act is planned
GOAL = Table("plans", (
    Row("plans.goal.beku", "べく", note="…共同研究を早期に立ち上げるべく努力していくことを確認"),
))
OPEN_ENDED_VERBS = Table("plans", (
    Row("plans.open_ended_verb.torikunde", "取り組んで", note="取り組んでいくことで一致"),
    Row("plans.open_ended_verb.susumete", "進めて", note="進めていくことで一致"),
))
# a multilateral gathering mentioned as such (G20首脳会合, 国連…会議): not a plan between the sides; GATHERINGS end
# the plan's name (which ends in a plan noun: G20 or 総会 alone never does), MULTILATERAL begin it and a
# GATHERING_HEADS row of value "multilateral" ends it
GATHERINGS = Table("plans", (
    Row("plans.gathering.samitto", "サミット", note="…サミット (a summit of the sides themselves is a talk)"),
    Row("plans.gathering.shunou_kaigou", "首脳会合", note="G20首脳会合"),
    Row("plans.gathering.shunou_kaigi", "首脳会議", note="APEC首脳会議"),
    Row("plans.gathering.gaishou_kaigou", "外相会合", note="ASEAN関連外相会合"),
    Row("plans.gathering.kakuryou_kaigou", "閣僚会合", note="WTO閣僚会合"),
))
MULTILATERAL = Table("plans", (
    Row("plans.multilateral.kokuren", "国連", note="国連海洋会議"),
    Row("plans.multilateral.sekai", "世界", note="世界経済フォーラム"),
    Row("plans.multilateral.kokusai", "国際", note="国際会議"),
    Row("plans.multilateral.takokukan", "多国間", note="多国間会合"),
))
# gathering words that, mentioned as coming with only a date (6月に開催される…会議), are multilateral gatherings
GATHERING_HEADS = Table("plans", (
    Row("plans.gathering_head.kaigi", "会議", "multilateral", "…開発会議"),
    Row("plans.gathering_head.samitto", "サミット", "multilateral", "…サミット"),
    Row("plans.gathering_head.foramu", "フォーラム", "multilateral", "…フォーラム"),
    Row("plans.gathering_head.kaigou", "会合", "multilateral", "…会合"),
    Row("plans.gathering_head.seminaa", "セミナー", None, "…セミナー"),
    Row("plans.gathering_head.gyouji", "行事", None, "…行事"),
    Row("plans.gathering_head.shikiten", "式典", None, "…式典"),
))
# after a visit or talk word: the one under way or one already held (…訪問を嬉しく思う, …訪日の成果, …を契機に)
HELD_AFTER = Table("plans", (
    Row("plans.held_after.kangei", "を(?:心から|改めて)?歓迎", note="…訪問を歓迎", regex=True),
    Row("plans.held_after.ureshiku", "を嬉しく", note="…訪問を嬉しく思う"),
    Row("plans.held_after.yorokobi", "を喜", note="…訪問を喜ぶ"),
    Row("plans.held_after.seika", "の成果", note="…訪日の成果"),
    Row("plans.held_after.sai", "の際", note="…訪問の際"),
    Row("plans.held_after.ori", "の折", note="…訪問の折"),
    Row("plans.held_after.kekka", "の結果", note="…協議の結果"),
    Row("plans.held_after.keiki_ni", "を(?:契機|機)に", note="…訪日を契機に", regex=True),
    Row("plans.held_after.irai", "以来", note="…訪日以来"),
    Row("plans.held_after.ikou", "以降", note="…訪日以降"),
    Row("plans.held_after.past", "(?:さ|し)?れ?た(?:こと|の|際|が|。|$)",
        note="…対話が有意義に実施されたことを歓迎, …開催した際: a past form", regex=True),
    Row("plans.held_after.keiki_to", "を[、,]?[^。]{0,24}?(?:契機|機)と(?:する|し)",
        note="…訪日を、…関係を緊密化する契機とする: the visit under way", regex=True),
    Row("plans.held_after.participle", "(?:(?:さ|し)?れ|し|(?<=し))た(?=[ァ-ヴー一-龥])",
        note="…委員会の下に設置された作業部会: a past participle before a noun names what exists", regex=True),
    Row("plans.held_after.progressive", "(?:して|(?<=し)て)(?:いる|おり)(?=[ァ-ヴー一-龥])",
        note="自衛隊を派遣している県: an ongoing act before a noun", regex=True),
    Row("plans.held_after.readiness", "(?:準備|用意)が", note="協議を行う準備がある: readiness, not a plan", regex=True),
    Row("plans.held_after.kanousei", "の可能性", note="…訪問の可能性について検討: a possibility studied"),
    Row("plans.held_after.zehi", "の是非", note="…訪問の是非"),
    Row("plans.held_after.arikata", "の(?:在り方|あり方)", note="…対話の在り方", regex=True),
))
# a talk or visit named as past (先般の…対話, 前回の…会合)
PAST = Table("plans", (
    Row("plans.past.senpan", "先般", note="先般の政策対話"),
    Row("plans.past.senjitsu", "先日", note="先日の会談"),
    Row("plans.past.sengetsu", "先月", note="先月の会合"),
    Row("plans.past.senshuu", "先週", note="先週の協議"),
    Row("plans.past.zenkai", "前回", note="前回の会合"),
    Row("plans.past.sakunen", "昨年", note="昨年の訪日"),
    Row("plans.past.sakujitsu", "昨日", note="昨日の会談"),
))
# unspecified things (様々な行事)
UNSPECIFIED = Table("plans", (
    Row("plans.unspecified.samazamana", "様々な", note="様々な行事"),
    Row("plans.unspecified.samazamana_kana", "さまざまな", note="さまざまな行事"),
    Row("plans.unspecified.kakushu", "各種", note="各種行事"),
    Row("plans.unspecified.shushu", "種々の", note="種々の行事"),
    Row("plans.unspecified.ooku", "多くの", note="多くの行事"),
    Row("plans.unspecified.ichiren", "一連の", note="一連の行事"),
    Row("plans.unspecified.kazukazu", "数々の", note="数々の行事"),
))
# a noun the act builds on (…協定の署名を受けて、その着実な実施で一致): not the thing the verb after it sets up
PREMISE = Table("plans", (
    Row("plans.premise.wo_uke", "を受け", note="…の署名を受けて、…実施で一致"),
    Row("plans.premise.wo_fumae", "を踏まえ", note="…協議の結果を踏まえ、…を実施"),
))
# another talk named as the time of the plan (首脳会談前に実施する): that noun is not the plan's thing
TIME_OF = Table("plans", (
    Row("plans.time_of.mae", "前に", note="…協議を首脳会談前に実施する"),
    Row("plans.time_of.chokuzen", "直前に", note="…首脳会談の直前に"),
    Row("plans.time_of.ato", "後に", note="…首脳会談後に"),
    Row("plans.time_of.chokugo", "直後に", note="…首脳会談直後に"),
))
# その第1回会合: the meeting of the thing set up just before (…対話を立ち上げ、その第1回会合を…開催): one plan, named
# after that thing
THAT = Table("plans", (
    Row("plans.that.sono", "その", note="…対話を立ち上げ、その第1回会合を…開催する"),
    # (the thing set up in the clause just before, its first meeting named without その: …対話を立ち上げ、第1回会合を…)
    Row("plans.that.set_up", "(?:立ち上げ|設置し)[、,]", note="…政策対話を立ち上げ、第1回会合を本年夏に…開催する", regex=True),
))
# a first meeting (第1回会合, 初会合): the meeting a thing set up just before holds first (THAT's set_up rows)
FIRST_MEETING = Table("plans", (
    Row("plans.first.dai_ikkai", "第[1一]回", note="第1回会合", regex=True),
    Row("plans.first.hatsu", "初", note="初会合"),
))
# the talk the page reports, named as this one (今回の会談, 本日の会合, 同会談); group ``same`` 同 and ``hon`` 本
# as noted where used
THIS = Table("plans", (
    Row("plans.this.konkai", "今回", note="今回の会談"),
    Row("plans.this.konji", "今次", note="今次会合"),
    Row("plans.this.honjitsu", "本日", note="本日の会談"),
    Row("plans.this.kono", "この", note="この会談"),
    Row("plans.this_same.dou", "同", note="同会談, 同訪問"),
    Row("plans.this_hon.hon", "本", note="本会談"),
))
# a verb of purpose (…協議を行うため、…を訪問し): the act that follows is the plan, not this one
PURPOSE = Table("plans", (
    Row("plans.purpose.tame", "ため", note="協議を行うため、"),
    Row("plans.purpose.tame_kanji", "為", note="協議を行う為に、"),
))
# an act asked of someone (交渉の開始を加盟国に求める): a request, not a plan (the request cues of outcomes)
ASKED = (CUES["outcomes.request.motome"], CUES["outcomes.request.yousei"], CUES["outcomes.request.youbou"])

# --- the phrase and the date ------------------------------------------------------------------------
# words inside a plan's name (日中高級事務レベル海洋協議, 貿易に関する作業部会); ``value`` "and": also splits
# two plans (A作業部会及びB作業部会)
CONNECTORS = Table("plans", (
    Row("plans.connector.ni_kansuru", "に関する", note="貿易に関する作業部会"),
    Row("plans.connector.ni_okeru", "における", note="「日本におけるベトナム年」"),
    Row("plans.connector.ni_kakaru", "に係る", note="投資に係る協議"),
    Row("plans.connector.kan_no", "間の", note="外務当局間の政策対話"),
    Row("plans.connector.tono", "との", note="ASEANとの対話"),
    Row("plans.connector.oyobi", "及び", "and", "A作業部会及びB作業部会"),
    Row("plans.connector.narabini", "並びに", "and", "A協議並びにB協議"),
), note="in this order")
# nouns joined by these share the date written before the first (2021年の「A年」・「B年」); with the ``and``
# connectors
COORDINATORS = Table("plans", (
    Row("plans.coordinator.nakaguro", "・", note="「A年」・「B年」"),
    Row("plans.coordinator.narabini_kana", "ならびに", note="「A年」ならびに「B年」"),
    Row("plans.coordinator.to", "と", note="「A年」と「B年」"),
    Row("plans.coordinator.ya", "や", note="「A年」や「B年」"),
    Row("plans.coordinator.touten", "、", note="「A年」、「B年」"),
    Row("plans.coordinator.comma", ",", note="「A年」,「B年」"),
))
# time words before a plan's name, not part of it (次回の首脳会談 -> 首脳会談, 今後の…); ``value`` where: "what"
# (the name), "place" (a place word: 来月ハノイで), "both"
TIME_WORDS = Table("plans", (
    Row("plans.time.honnen", "本年", "both", "本年の…"),
    Row("plans.time.rainen", "来年", "both", "来年の…"),
    Row("plans.time.raigetsu", "来月", "both", "来月の…"),
    Row("plans.time.nennai", "年内", "both", "年内の…"),
    Row("plans.time.souki", "早期", "place", "早期東京で"),
    Row("plans.time.jikai", "次回", "both", "次回の…"),
    Row("plans.time.kotoshi", "今年", "what", "今年の…"),
    Row("plans.time.kongo", "今後", "what", "今後の…"),
), note="in this order: a place drops them one after the other")
# 8月又は9月に, 1月から2月: a plan dated by the first month, ending in the second
MONTH_OR = Table("plans", (
    Row("plans.month_or.mataha", "又は", note="8月又は9月"),
    Row("plans.month_or.mataha_kana", "または", note="8月または9月"),
    Row("plans.month_or.ka", "か", note="8月か9月"),
    Row("plans.month_or.kara", "から", note="8月から9月"),
    Row("plans.month_or.tilde", "~", note="8月~9月"),
    Row("plans.month_or.hyphen", "-", note="8月-9月"),
))
# a clause ended before the plan's noun: its date is not the plan's (…締結するとの決意を確認するとともに、…委員会を設置)
CLAUSE_END = Table("plans", (
    Row("plans.clause_end.totomoni", "とともに", note="…確認するとともに、"),
    Row("plans.clause_end.totomoni_kanji", "と共に", note="…確認すると共に、"),
    Row("plans.clause_end.monono", "ものの", note="…合意したものの、"),
    Row("plans.clause_end.ippou", "一方", note="…確認した一方、"),
    Row("plans.clause_end.ippoude", "一方で", note="…確認した一方で、"),
))
# the date of another talk named before the plan's noun is not the plan's, unless the plan is held at that one
# (9月の東アジア首脳会議の際の日越首脳会談)
OCCASIONS = Table("plans", (
    Row("plans.occasion.sai", "際", note="…首脳会議の際の…会談"),
    Row("plans.occasion.kikai", "機会", note="…首脳会議の機会の…会談"),
    Row("plans.occasion.ori", "折", note="…訪問の折の…会談"),
    Row("plans.occasion.ba", "場", note="…会議の場での…会談"),
    Row("plans.occasion.zengo", "前後", note="…会議の前後の…会談"),
    Row("plans.occasion.ni_awase", "に合わせ", note="…会議に合わせ…会談"),
    Row("plans.occasion.ni_awase_kanji", "に併せ", note="…会議に併せ…会談"),
))
# a past act done on the occasion of a visit or talk, told in a clause before a noun (…総理の訪問の機会に立ち上げた「…対話」,
# …の際に署名された協定): the visit or talk is over, no plan
PAST_OCCASION = Table("plans", (
    Row("plans.past_occasion.ta", "[^、,。]{1,12}?た(?=[「『一-龥ァ-ヴー])", regex=True,
        note="…の訪問の機会に立ち上げた「…」: the occasion's act in the past tense, before the noun it names"),
))
# a clause tied to the plan before it in time (時期を合わせて…も訪日し): the same month
SAME_TIME = Table("plans", (
    Row("plans.same_time.jiki_wo_awase", "時期を合わせ", note="時期を合わせて…も訪日"),
    Row("plans.same_time.doujiki", "同時期に", note="同時期に…も訪日"),
    Row("plans.same_time.onaji_jiki", "同じ時期に", note="同じ時期に…も訪日"),
    Row("plans.same_time.mo", "も(?:行|実施|開催|訪)", note="2月中にXを行うとともに、Yも行い: Y also, then", regex=True),
))
# an enumeration under a generic head (観光ツアーや、専門家の往来などのパイロット・プロジェクト): the items are the plans
# (a head that is a plan noun: the plan's name ends in one)
GENERIC_HEADS = Table("plans", (
    Row("plans.generic_head.purojekuto", "プロジェクト", note="…などのパイロット・プロジェクト"),
    Row("plans.generic_head.gyouji", "行事", note="…などの記念行事"),
))
