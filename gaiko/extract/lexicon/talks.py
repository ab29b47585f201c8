"""Talks: the words by which a page says a talk took place, and what kind of talk and channel it was.

A talk is anchored on a talk noun (``PREFIXES`` * then a ``NOUNS`` word: 日米首脳会談, 外相会談, 「2+2」,
表敬, 日EUサミット) followed by a verb of holding (``HELD``: を行った, が開催された, 会談し). ``KINDS`` and
``CHANNELS`` read the kind and channel off the noun (or the page's title); ``LESSER`` are the lesser forms
of talk (立ち話, 懇談, a working lunch) that anchor the talk of a page that anchors no other.

Groups of ``NOUNS``:

    word     the last word of a talk noun, after any prefixes (会談, 協議, 対話)
    quoted   the 2+2 written in brackets, after any prefixes (「2+2」)
    bare     a talk noun without prefixes (2+2)
    call     a courtesy call, without prefixes (表敬, 表敬訪問): it takes the rank of those who meet
    summit   the last word of a summit named after its sides (第9回日中韓サミット; not G7サミット)

``value`` of a ``KINDS`` row is the kind (record.EVENT_KINDS), of a ``CHANNELS`` row the channel; rows of
both are tried in order and the first one found anywhere in the noun decides (so 首脳 comes before サミット:
G7サミットの際の日米外相会談 is a foreign ministers' talk, not a summit).
"""

from __future__ import annotations

from gaiko.extract.lexicon import Row, Table

_N = "[0-9一二三四五六七八九十]+"  # a count in digits or kanji

# --- the words that open a talk noun (any number, in any order, before a NOUNS word or quoted row)
PREFIXES = Table("talks", (
    Row("talks.prefix.pair", "日[ァ-ヴー一-龥]{1,8}?", note="a pair of sides: 日米, 日インドネシア (shortest first)", regex=True),
    Row("talks.prefix.shuno", "首脳", note="leaders: 首脳会談"),
    Row("talks.prefix.shuno_kan", "首脳間", note="between the leaders: 首脳間非公式懇談 (a programme's item)"),
    Row("talks.prefix.hikoshiki", "非公式", note="informal: 非公式会談, 首脳間非公式懇談"),
    Row("talks.prefix.gaisho", "外相", note="foreign ministers: 外相会談"),
    Row("talks.prefix.gaimu_daijin", "外務大臣", note="foreign ministers, written out: 外務大臣会談"),
    Row("talks.prefix.gaimu_boei", "外務・防衛閣僚(?:級)?", note="the 2+2 written out: 外務・防衛閣僚会合", regex=True),
    Row("talks.prefix.boeisho", "防衛相", note="defence ministers: 防衛相会談"),
    Row("talks.prefix.boei_daijin", "防衛大臣", note="defence ministers, written out"),
    Row("talks.prefix.kokubosho", "国防相", note="a defence minister of the other side: 国防相会談"),
    Row("talks.prefix.kokubo_daijin", "国防大臣", note="a defence minister of the other side, written out"),
    Row("talks.prefix.jikan_kyu", "次官級", note="at vice-ministers' level: 次官級協議"),
    Row("talks.prefix.gaimu_jikan", "外務次官", note="vice-ministers for foreign affairs: 外務次官協議"),
    Row("talks.prefix.jikan", "次官", note="vice-ministers: 次官協議"),
    Row("talks.prefix.kyokucho_kyu", "局長級", note="at directors-general's level: 局長級協議"),
    Row("talks.prefix.jimu_level", "事務レベル", note="working level: 事務レベル協議"),
    Row("talks.prefix.kakuryo_kyu", "閣僚級", note="at ministers' level: 閣僚級戦略対話"),
    Row("talks.prefix.kakuryo", "閣僚", note="ministers: 閣僚会合"),
    Row("talks.prefix.senryaku", "戦略", note="strategic: 戦略対話"),
    Row("talks.prefix.keizai", "経済", note="economic: 経済対話"),
    Row("talks.prefix.denwa", "電話", note="by telephone: 電話会談"),
    Row("talks.prefix.terebi", "テレビ", note="by video: テレビ会談"),
    Row("talks.prefix.video", "ビデオ", note="by video: ビデオ会議"),
    Row("talks.prefix.online", "オンライン", note="online: オンライン会談"),
    Row("talks.prefix.kobetsu", "個別", note="a separate talk: 個別会談"),
    Row("talks.prefix.nikokukan", "二国間", note="bilateral: 二国間会談"),
    Row("talks.prefix.shoninzu", "少人数", note="a small-group session: 少人数会合"),
    Row("talks.prefix.zentai", "全体", note="a plenary session: 全体会合"),
    Row("talks.prefix.high_level", "ハイレベル", note="high-level: ハイレベル経済対話"),
    Row("talks.prefix.nth", "第" + _N + "回", note="the Nth: 第3回日・ガーナ政策対話", regex=True),
), note="alternatives of a repeated group: at a position at most one of them (or the longer of two) matches")

# --- the last word of a talk noun
NOUNS = Table("talks", (
    Row("talks.word.kaidan", "会談", note="a talk: 首脳会談を行った"),
    Row("talks.word.kaigi", "会議", note="a meeting: 日中韓首脳会議が開催された"),
    Row("talks.word.kyogi", "協議", note="consultations: 次官級協議を開催した"),
    Row("talks.word.taiwa", "対話", note="a dialogue: 戦略対話を行った"),
    Row("talks.word.kaigo", "会合", note="a meeting, a session: 少人数会合が実施された"),
    Row("talks.word.godo_iinkai", "合同(?:経済)?委員会", note="a joint committee of the sides' delegations: 第5回日・X合同委員会が"
        "開催された, 日・X合同経済委員会 (its kind by the ranks of those who hold it)", regex=True),
    Row("talks.word.sagyo_bukai", "作業部会", note="a working group of the sides' officials: …に関する局長級作業部会が開催された "
        "(its kind by the ranks of those who hold it)"),
    Row("talks.word.kongo_iinkai", "混合委員会", note="a mixed committee (of a cultural agreement): 第10回日・X混合委員会"),
    Row("talks.word.kondan", "懇談(?!会)", "informal", "an informal talk: …と懇談を行った, …で懇談しました (not a 懇談会, a "
        "reception; value informal: with the imperial family no talk, as a lesser one)", regex=True),
    Row("talks.quoted.two_plus_two", "「2+2」", note="the foreign and defence ministers' meeting, in brackets"),
    Row("talks.quoted.two_plus_two_kaigo", "「2+2」会合", note="the same, with 会合"),
    Row("talks.bare.two_plus_two", "2+2", note="the 2+2 without brackets (no prefixes before it)"),
    Row("talks.bare.two_plus_two_kaigo", "2+2会合", note="the same, with 会合"),
    Row("talks.call.hyokei", "表敬", note="a courtesy call: X大統領を表敬した, 表敬を受けた (no prefixes before it)"),
    Row("talks.call.hyokei_homon", "表敬訪問", note="a courtesy call, written out: 表敬訪問を受けた"),
    Row("talks.call.shinninjo_hotei", "信任状(?:を|の)?捧呈", "ceremonial", "X大統領に信任状を捧呈しました: an ambassador's "
        "credentials presented to a head of state, a call on them (value ceremonial: to the Emperor no talk, as 懇談)", regex=True),
    Row("talks.call.shinninjo_utsushi", "信任状(?:の)?写し(?:の|を)?提出", regex=True, note="X大使から信任状写しの提出を受けました, "
        "…外務大臣に信任状の写しを提出した: a new ambassador's call on the foreign minister (or a deputy) with a copy of the credentials"),
    Row("talks.call.shochi", "召致", note="X臨時代理大使を外務省に召致し、…抗議しました: an envoy summoned to the ministry, a talk "
        "between the sides (kind by rank)"),
    Row("talks.summit.sides", "サミット", note="a summit named after its sides (第9回日中韓サミット, 日EUサミット), "
                                             "never one of a group (G7サミット)"),
    # (no talk noun) a courtesy call named only for the building it was paid at: …大統領を大統領府に儀礼訪問した
    Row("talks.courtesy.girei_homon", "儀礼訪問", note="a ceremonial call: the building it was paid at is the venue"),
))

# --- verbs of holding, in the past, after a talk noun (after を/が and an optional length or place)
HELD = Table("talks", (
    Row("talks.held.okonatta", "行った", note="を行った"),
    Row("talks.held.okonai", "行い[、,]", note="を行い、", regex=True),
    Row("talks.held.okonaimashita", "行いました", note="を行いました"),
    Row("talks.held.okonau_tomoni", "行うとともに", note="を行うとともに (the talk held, and another act)"),
    Row("talks.held.okonawareta", "行われた", note="が行われた"),
    Row("talks.held.okonawaremashita", "行われました", note="が行われました"),
    Row("talks.held.okonaware", "行われ[、,]", note="が行われ、", regex=True),
    Row("talks.held.uketa", "受けた", note="(表敬)を受けた: a call received"),
    Row("talks.held.ukemashita", "受けました", note="(表敬)を受けました"),
    Row("talks.held.uke", "受け[、,]", note="(表敬)を受け、", regex=True),
    Row("talks.held.jisshi_shita", "実施した", note="を実施した"),
    Row("talks.held.jisshi_shi", "実施し[、,]", note="を実施し、", regex=True),
    Row("talks.held.jisshi_shimashita", "実施しました", note="を実施しました"),
    Row("talks.held.jisshi_itashimashita", "実施いたしました", note="を実施いたしました"),
    Row("talks.held.jisshi_sare", "実施され", note="が実施され(た)"),
    # the terse style of bullets and digests, the noun closing the clause (…首脳会談を実施(テタテ約50分…)。 / …協議を開催。)
    Row("talks.held.jisshi_noun", "実施(?=[(。\\n]|$)", note="…会談を実施。, …会談を実施(…): held, the verb left as a noun",
        regex=True),
    Row("talks.held.kaisai_noun", "開催(?=[(。\\n]|$)", note="…協議を開催。: held, the verb left as a noun", regex=True),
    Row("talks.held.terse_close", "(?:(?<=と会談)|(?<=を表敬)|(?<=と首脳会談)|(?<=と外相会談))(?=。)", regex=True,
        note="…において、X外務第一次官と会談。 / …外務大臣を表敬。: a terse item's talk, no verb at all (the verb matches empty)"),
    Row("talks.held.kaisai_shita", "開催した", note="を開催した"),
    Row("talks.held.kaisai_shi", "開催し[、,]", note="を開催し、", regex=True),
    Row("talks.held.kaisai_shimashita", "開催しました", note="を開催しました"),
    Row("talks.held.kaisai_sare", "開催され", note="が開催され、"),
    Row("talks.held.kaisai_sareta", "開催された", note="が開催された"),
    Row("talks.held.kaisai_saremashita", "開催されました", note="が開催されました"),
    Row("talks.held.hirakare", "開かれ[、,]", note="…作業部会が開かれ、: held", regex=True),
    Row("talks.held.hirakareta", "開かれた", note="…協議が開かれた"),
    Row("talks.held.hirakaremashita", "開かれました", note="…協議が開かれました"),
    Row("talks.held.motta", "持った", note="会談を持った: held (an older and a plainer style)"),
    Row("talks.held.mochimashita", "持ちました", note="会談を持ちました"),
    Row("talks.held.mochi", "持ち[、,]", note="会談を持ち、", regex=True),
    Row("talks.held.shita", "した", note="会談した, 表敬した: the noun as a verb"),
    Row("talks.held.shi", "し[、,]", note="会談し、", regex=True),
    Row("talks.held.shimashita", "しました", note="会談しました"),
    Row("talks.held.itashimashita", "いたしました", note="会談いたしました"),
    # a talk attended in a visitor's programme: …総理との首脳会談(…)及び総理主催夕食会に出席した (会談 only)
    Row("talks.attended.shusseki", "に出席", note="…との首脳会談に出席した: a talk with someone, attended"),
    # the verb before the noun, in a lead that gives the talk's summary: …にて開催された日朝政府間協議の概要
    Row("talks.before.kaisai_sareta", "開催された", note="…で開催された…協議の概要"),
    Row("talks.before.kaisai_saremashita", "開催されました", note="…で開催されました…協議の概要"),
    Row("talks.before.jisshi_sareta", "実施された", note="…で実施された…会談の概要"),
    Row("talks.before.jisshi_saremashita", "実施されました", note="…で実施されました…会談の概要"),
    Row("talks.before.okonawareta", "行われた", note="…で行われた外相会談の概要は次のとおり"),
    Row("talks.before.okonawaremashita", "行われました", note="…で行われました…会談の概要"),
))

# --- the chairs of a meeting named between its noun and the verb of holding (日・X合同経済委員会の第1回会合が、A外務大臣、
# B経産大臣及びC外務大臣を共同議長として同17日に開催された): a joint committee between the sides, held by its chairs (its
# kind by their ranks); a day right after them is the meeting's
CHAIRED = Table("talks", (
    Row("talks.chaired.kyodo_gicho", "を共同議長として", note="…を共同議長として開催された: co-chaired by the sides' people"),
    Row("talks.chaired.gicho", "を議長として", note="…を議長として開催された: chaired"),
))

# --- lesser forms of talk: the talk of a page that anchors no other, never one beside a talk
LESSER = Table("talks", (
    Row("talks.lesser.tachibanashi", "立ち話", note="a stand-up talk: 立ち話を行った"),
    Row("talks.lesser.kaiken", "会見(?<!記者会見)(?<!御会見)", note="a meeting (not a press conference, not an audience "
                                                                "given by the Emperor)", regex=True),
    Row("talks.meal.working_lunch", "ワーキング・?ランチ", note="a working lunch", regex=True),
    Row("talks.meal.working_dinner", "ワーキング・?ディナー", note="a working dinner", regex=True),
    Row("talks.meal.working_breakfast", "ワーキング・?ブレックファスト", note="a working breakfast", regex=True),
    Row("talks.meal.lunch", "昼食会", note="a lunch: …との間で昼食会を行った"),
    Row("talks.meal.dinner", "夕食会", note="a dinner"),
    Row("talks.meal.breakfast", "朝食会", note="a breakfast: 日韓首脳朝食会"),
    Row("talks.meal.banquet", "晩餐会", note="a banquet"),
))
# a meeting said with its verb (…大臣と面会し、 / …を謁見した / …と意見交換を行った; …と会見した is LESSER's 会見)
LESSER_VERBS = Table("talks", (
    Row("talks.lesser_verb.menkai", "面会", note="と面会した: met"),
    Row("talks.lesser_verb.ekken", "謁見", note="…国王陛下を謁見した: an audience with a monarch"),
    Row("talks.lesser_verb.iken_kokan", "意見交換", note="と意見交換を行った: exchanged views"),
))
# lesser forms that are a talk of their own beside the page's others when a person is named right before them, in a
# sentence (or the clause after its last talk) naming no other (…大統領と会見した / …国王陛下に謁見し / …大臣等とも意見交換を
# 行った): a minister's meeting or a leader's audience on a visit (kind by rank)
def _beside(name: str, of: Row, value: str | None = None, note: str = "") -> Row:
    """A lesser form's row as one that stands for a talk of its own (its words are the lesser form's own)."""
    return Row(f"talks.beside.{name}", of.pattern, value, note, regex=of.regex)


BESIDE = Table("talks", (
    _beside("kaiken", LESSER["talks.lesser.kaiken"], note="…バトバヤル大統領と会見した, beside the visit's other talks"),
    _beside("ekken", LESSER_VERBS["talks.lesser_verb.ekken"], note="…国王陛下に謁見し, beside the visit's other talks"),
    _beside("iken_kokan", LESSER_VERBS["talks.lesser_verb.iken_kokan"],
            note="…開発商工大臣等とも意見交換を行った, after the sentence's other talks"),
    _beside("menkai", LESSER_VERBS["talks.lesser_verb.menkai"], note="…国会議長と面会した, beside the visit's other talks"),
    # a meal with someone no other talk of the page names (翌9日、…国防大臣と朝食会を行い): a talk of its own
    _beside("choshokukai", LESSER["talks.meal.breakfast"], "meal", "…国防大臣と朝食会を行い, with no one of the page's other talks"),
    _beside("chushokukai", LESSER["talks.meal.lunch"], "meal", "…経済大臣と昼食会を行い, with no one of the page's other talks"),
    _beside("yushokukai", LESSER["talks.meal.dinner"], "meal", "…国会議長と夕食会を行い, with no one of the page's other talks"),
))
# officials met besides the main talk's counterpart, listed after it (…訪問中、A大統領に加え、B外務大臣、C議長等とも…
# 意見交換を行った): one talk with each, dated as the main talk (the words may be cut before the verb)
ALSO_MET = Table("talks", (
    Row("talks.also_met.ni_kuae", "に加え(?:て)?[、,]", note="A大統領に加え、B外務大臣、C議長等とも会談した", regex=True),
))
# … but not one recalled, or told in a speaker's words (これまで、…とも会見し、…旨述べた)
# the other side's reply to Japan's words (…総理より、…旨述べた。これに対し先方より、…旨発言): a talk, though the excerpt
# no longer names it (it opens after the page's heading and lead)
EXCHANGE = Table("talks", (
    Row("talks.exchange.senpo", "(?:これに対し(?:て)?[、,]?)?先方(?:より|から)(?:は|も)?[、,]", regex=True,
        note="これに対し先方より、…旨発言があった: the other side's reply in a talk"),
    Row("talks.exchange.named_reply", "これに対し(?:て)?[、,]\\s*(?=[ァ-ヴー・]{2,20}[一-龥]{1,8}(?:より|から)(?:は|も)?[、,])",
        regex=True, note="これに対し、ユルマズ大臣から、…旨の発言があった: a foreign holder of office named replying"),
))
NOT_BESIDE = Table("talks", (
    Row("talks.not_beside.koremade", "これまで", note="これまで、…大統領とも会見し: meetings recalled"),
    Row("talks.not_beside.sudeni", "既に", note="既に…大統領と会見し"),
    Row("talks.not_beside.mune", "旨", note="…とも会見し、…を実感した旨述べた: a speaker's words"),
))
# the talks of one sentence: each names its own counterparts (…を表敬したほか、…と外相会談を行い、…とも会談した), and
# several counterparts listed before one 会談 with それぞれ each hold one (…国防大臣及び…国会議長とそれぞれ会談し)
CLAUSES = Table("talks", (
    Row("talks.clause.own", "、", note="…を表敬したほか、…と外相会談を行い: each talk's counterparts are its clause's"),
    Row("talks.clause.sorezore", "それぞれ", note="…及び…とそれぞれ会談し: one talk with each listed counterpart"),
    Row("talks.clause.listed", "(?:への|との)", note="Xへの表敬、Yとの会談及びZとの外相会談を行った: each listed talk one",
        regex=True),
    Row("talks.clause.headed", "から", note="1 日X首脳会談 / 午後3時から約30分間行われ、…: under a talk's heading, a sentence "
        "opening on a clock (…から) and a verb of holding gives that talk's clock, length and place"),
    Row("talks.clause.one_party", r"\s*(?:及び|並びに)\s*", regex=True,
        note="A首相及びB外務大臣と会談した: two of one country joined (no commas), one talk of them all"),
    Row("talks.clause.then", "を[、,](?:続いて|引き続き)[、,]?", regex=True,
        note="Aと日X首脳会談を、続いてBと日Y首脳会談を行った: the talk before 続いて one of its own, its counterparts its clause's"),
))
# a lead that names the officials met as a list below it (…は、以下の要人と会談した。 / ・A大統領 / ・B外務大臣(外相会談)):
# each listed line, a person with the talk in brackets or none, is a talk of its own, on the lead's day unless it
# gives one; the first takes the lead's talk
LISTED_OFFICIALS = Table("talks", (
    Row("talks.listed_officials.ika", "以下の要人", note="…は、以下の要人と会談した。 ・A大統領 ・B外務大臣"),
    Row("talks.listed_officials.tsugi", "次の要人", note="…は、次の要人と会談を行った。 ・A首相(表敬)"),
    Row("talks.listed_officials.yojin_to_ika", "要人と[、,]?(?:以下|次)の(?:とおり|通り)", regex=True,
        note="…のため来日した要人と以下のとおり会談を行いました。 | 午前10時～10時20分 | A外務大臣 |"),
))
# a lead that names no one of the other side and tells the talks listed below it (…は、各国外相と以下のとおり会談した。 then
# one item per talk): no talk of its own when two or more talks are anchored after it
LIST_LEADS = Table("talks", (
    Row("talks.list_lead.ika", "以下のとおり", note="各国外相と以下のとおり会談した"),
    Row("talks.list_lead.ika_kana", "以下の通り", note="以下の通り会談した"),
    Row("talks.list_lead.tsugi", "次のとおり", note="次のとおり会談を行った"),
    Row("talks.list_lead.kakkoku", "各国(?:の)?(?:首脳|外相|外務大臣|外務副大臣|要人)(?:等)?と(?![^。]*?(?:以下|次)の)", regex=True,
        note="…総理大臣は、各国首脳と電話会談を行いました。 (1) 日X首脳電話会談 …: each country's talk below the lead (one "
        "that also says 以下の / 次のとおり is those rows')"),
    Row("talks.list_lead.ika_talks", "以下の(?:二国間)?(?:首脳|外相|外務大臣)?(?:会談|電話会談)", regex=True,
        note="…は、9月24日、以下の外相会談を行いました。 (1) 日・X外相会談 …: the talks named below the lead"),
))
# a talk said by what was done in it, with whom named before it (…大統領を招聘し、山田総理大臣との首脳会談を通じて…を確認
# した / …との外相会談で…一致した): the talk of a page that anchors no other, its sentence told in the past
THROUGH = Table("talks", (
    Row("talks.through.wo_tsujite", "を通じ(?:て)?", note="…との首脳会談を通じて両国関係を発展させていくことを確認した",
        regex=True),
    Row("talks.through.ni_oite", "において", note="…との外相会談において、…で一致した"),
    Row("talks.through.de", "で(?:は)?", note="…との首脳会談で…を確認した", regex=True),
))
# … its sentence told in the past (…確認した。 / …努めた。 / …一致しました。)
TOLD_PAST = Table("talks", (
    Row("talks.told_past.ta", "(?:た|ました)。?\\s*$", note="…を確認した。: the sentence's verb in the past", regex=True),
))

# before a lesser talk, no talk between the sides: an audience with Japan's imperial family, or a meal one side hosts
# (引き続き総理主催晩餐会を行った: the host's dinner after the talk, as the programme's 総理主催晩餐会 is no item)
NOT_LESSER = Table("talks", (
    Row("talks.not_lesser.tenno", "天皇", note="天皇陛下を謁見した"),
    Row("talks.not_lesser.kotaishi", "皇太子", note="皇太子殿下と会見した"),
    Row("talks.not_lesser.kozoku", "皇族", note="皇族と懇談した"),
    Row("talks.not_lesser.shusai", "主催の?$", regex=True,
        note="総理主催晩餐会を行った / 大統領主催の夕食会: right before the word, a host's meal"),
))
# the two sides named as a pair, subject of a sentence (両首脳は…一致した): the talk of a page cut before its lead
PAIRS = Table("talks", (
    Row("talks.pair.shuno", "首脳", note="両首脳は: the leaders"),
    Row("talks.pair.gaisho", "外相", note="両外相は: the foreign ministers"),
    Row("talks.pair.gaimu_daijin", "外務大臣", note="両外務大臣は"),
    Row("talks.pair.boeisho", "防衛相", note="両防衛相は: the defence ministers"),
    Row("talks.pair.kokubosho", "国防相", note="両国防相は"),
))

# a group Japan meets as one side, named after 日 in a talk's name (日ASEAN外相会議, 日・ASEAN特別首脳会議) or before +日本
# (「中央アジア+日本」対話・外相会合, V4+日本外相会合): the talk's countries are the group's members (``value``: their codes)
# when the talk names none of their people (a page naming them gives theirs: a guest, a member absent). Not groups
# Japan belongs to (G7, 日中韓: their members are named or abbreviated), not the EU (a side of its own, EU), not the
# Pacific islands (PALM: the members present, named)
GROUP_SIDES = Table("talks", (
    Row("talks.group_side.asean", "ASEAN", "BN KH ID LA MY MM PH SG TH VN", "日ASEAN外相会議: the ten members"),
    Row("talks.group_side.central_asia", "中央アジア", "KZ KG TJ TM UZ", "「中央アジア+日本」対話: the five countries"),
    Row("talks.group_side.v4", "V4", "CZ HU PL SK", "V4+日本外相会合: the Visegrad four"),
))

# a gathering of a group Japan sits in as one member among many, named by the group right before the talk noun
# (第30回PIF域外国対話が開催され, ASEAN地域フォーラム閣僚会合が行われた, G20外相会合が開催された, 東アジア首脳会議): no talk
# between the sides (the README: multilateral gatherings are no events); one named after 日 (日ASEAN外相会議) is
GROUP_GATHERINGS = Table("talks", (
    Row("talks.group_gathering.g", r"G[0-9]{1,2}", regex=True, note="G20外相会合が開催された"),
    Row("talks.group_gathering.apec", "APEC", note="APEC閣僚会議が開催され"),
    Row("talks.group_gathering.asean_plus", r"ASEAN(?:\+|プラス)[0-9３]", regex=True, note="ASEAN+3外相会議"),
    Row("talks.group_gathering.asean_kanren", "ASEAN関連", note="ASEAN関連外相会議"),
    Row("talks.group_gathering.arf", r"(?:ARF|ASEAN地域フォーラム(?:\(ARF\))?)", regex=True, note="ASEAN地域フォーラム閣僚会合"),
    Row("talks.group_gathering.eas", r"(?:EAS|東アジア(?:サミット)?)", regex=True, note="東アジア首脳会議, EAS外相会議"),
    Row("talks.group_gathering.asem", "ASEM", note="ASEM外相会合"),
    Row("talks.group_gathering.pif_dialogue", r"(?:PIF|太平洋諸島フォーラム(?:\(PIF\))?)?域外国", regex=True,
        note="PIF域外国対話: Japan one of the dialogue partners"),
    Row("talks.group_gathering.kokuren", "国連(?!邦)", regex=True, note="国連安保理閣僚級会合 (not …首長国連邦外相会談)"),
), note="the group's name ends right before the talk noun, with at most a count (第N回) before it")

# --- the kind of a talk by a word in its noun (or the page's title); rows in order, the first found decides
KINDS = Table("talks", (
    Row("talks.kind.two_plus_two", "2+2", "two_plus_two", "「2+2」: the foreign and defence ministers of both"),
    Row("talks.kind.gaimu_boei", "外務・防衛", "two_plus_two", "外務・防衛閣僚会合: the 2+2 written out"),
    Row("talks.kind.shuno", "首脳", "summit", "首脳会談: the leaders"),
    Row("talks.kind.boeisho", "防衛相", "defense_ministers", "防衛相会談"),
    Row("talks.kind.boei_daijin", "防衛大臣", "defense_ministers", "防衛大臣会談"),
    Row("talks.kind.kokubo", "国防", "defense_ministers", "国防相会談, 国防大臣会談"),
    Row("talks.kind.jikan", "次官", "vice_ministerial", "次官級協議, 外務次官協議"),
    Row("talks.kind.kyokucho", "局長", "vice_ministerial", "局長級協議"),
    Row("talks.kind.jimu_level", "事務レベル", "vice_ministerial", "事務レベル協議"),
    Row("talks.kind.jitsumusha", "実務者", "vice_ministerial", "実務者協議: working-level officials"),
    Row("talks.kind.shingikan", "審議官", "vice_ministerial", "審議官級協議"),
    Row("talks.kind.sagyo_bukai", "作業部会", "vice_ministerial", "作業部会: a working group"),
    Row("talks.kind.gaisho", "外相", "foreign_ministers", "外相会談"),
    Row("talks.kind.gaimu_daijin", "外務大臣(?!政務官)", "foreign_ministers",
        "外務大臣会談 (a parliamentary vice-minister, 外務大臣政務官, is no foreign minister)", regex=True),
    Row("talks.kind.gaimusho", "外務相", "foreign_ministers", "外務相会談"),
    Row("talks.kind.kakuryo", "閣僚", "other_ministerial", "閣僚会合: other ministers"),
    Row("talks.kind.call", "表敬", "other", "表敬: a courtesy call takes the rank of those who meet"),
    Row("talks.kind.summit", "サミット", "summit", "日EUサミット (last: G7サミットの際の日米外相会談 is a foreign "
                                                  "ministers' talk)"),
))
# consultations named by the meeting only, after their two sides (第5回日英戦略対話, 日・スペイン政策協議, 日朝政府間協議),
# no rank in the noun, the title or the people: working-level consultations (the record format's vice_ministerial);
# not a bare 協議 (よく協議したい) nor a dialogue of a group (PIF域外国対話)
_NAMED_PAIR = "^(?:第" + _N + "回)?日・?[ァ-ヴー一-龥]{1,8}?"
UNRANKED = Table("talks", (
    Row("talks.unranked.kyogi", _NAMED_PAIR + "[一-龥]{0,6}(?<!ハイレベル)(?<!首脳)協議$", "vice_ministerial",
        "日・スペイン政策協議, 日仏定期協議 (not 日独首脳協議, leaders)", regex=True),
    Row("talks.unranked.iinkai", _NAMED_PAIR + "(?:合同(?:経済)?|混合)委員会$", "vice_ministerial",
        "第5回日・ペルー合同委員会, 日・X混合委員会: the delegations' heads named apart, or not at all", regex=True),
    Row("talks.unranked.taiwa", _NAMED_PAIR + "[一-龥]{0,6}(?<!ハイレベル)(?<!ハイレベル経済)(?<!首脳)対話$", "vice_ministerial",
        "第5回日英戦略対話 (not 日中ハイレベル経済対話, held by ministers)", regex=True),
))

# the channel of a talk by a word in its noun (or the page's title): in person when none
CHANNELS = Table("talks", (
    Row("talks.channel.denwa", "電話", "telephone", "電話会談"),
    Row("talks.channel.terebi", "テレビ", "video", "テレビ会談, テレビ会議"),
    Row("talks.channel.video", "ビデオ", "video", "ビデオ会議"),
    Row("talks.channel.online", "オンライン", "video", "オンライン会談"),
))
# the channel of a talk by the manner the sentence gives it before its noun (…首相とオンライン形式で首脳会談を行った,
# テレビ会議方式により会談, ビデオ会議形式にて協議): by video, whatever the noun and the title say
CHANNEL_MANNER = Table("talks", (
    Row("talks.manner.online", r"(?:オンライン|テレビ会議|ビデオ会議|ウェブ会議)(?:の)?(?:形式|方式)(?:で|により|にて)", "video",
        "オンライン形式で, テレビ会議方式により, ビデオ会議形式にて", regex=True),
    Row("talks.manner.online_bare", r"オンライン(?:で|にて|により)$", "video",
        "…首相とオンラインで首脳会談を行った (right before the noun: not オンラインで開催された…を踏まえ、…と会談)", regex=True),
))

# --- sessions of one talk: the last word of a session's label, and the sessions that continue a talk when held
# before or after it (会談:約1時間半,ワーキングランチ:約1時間 / 定期首脳協議に先立ち,約1時間の少人数会合が実施され)
SESSIONS = Table("talks", (
    Row("talks.session.kaidan", "会談", note="(会談:約1時間半, …)"),
    Row("talks.session.kaigo", "会合", note="(全体会合約50分, …)"),
    Row("talks.session.tete", "テタテ", note="a tête-à-tête: (…, テタテ約15分)"),
    Row("talks.session.lunch", "ランチ", note="(…, ワーキングランチ:約1時間)"),
    Row("talks.session.dinner", "ディナー", note="(…, ワーキング・ディナー約1時間)"),
    Row("talks.session.meal", "食会", note="(…, 拡大会合兼夕食会を約1時間)"),
    Row("talks.session.kondan", "懇談", note="(…, 懇談約20分)"),
    Row("talks.session.kyogi", "協議", note="(協議約2時間, …)"),
    Row("talks.session.bu", "の部", note="午前の部(約1時間)に続き、…午後の部(約1時間30分): a day's sessions by their part"),
))
# the halves of a talk, each with its length (前半約40分間は少人数で、後半約50分間は拡大会合の形式で): the talk lasts their sum
HALVES = Table("talks", (
    Row("talks.halves.zenhan", "前半", note="前半約40分間は少人数で、…"),
    Row("talks.halves.kohan", "後半", note="…、後半約50分間は拡大会合の形式で"),
))
# a talk's length given for it and what continued it together, in a sentence of its own (会談とワーキング・ディナーは、
# あわせて延べ約3時間にわたりました): the talk's length when its lead gives none
TOTAL_LENGTH = Table("talks", (
    Row("talks.total.awasete", "あわせて", note="あわせて約3時間"),
    Row("talks.total.awasete_kanji", "合わせて", note="合わせて約2時間"),
    Row("talks.total.gokei", "合計", note="合計約2時間"),
    Row("talks.total.nobe", "延べ", note="延べ約3時間"),
))
# sessions in sequence, each written with its start and its length (9時50分頃から約30分間…、10時20分頃から約45分間…;
# 12時から30分間及び12時30分から1時間): the next one starts where the last ended, so the talk lasts their sum
SEQUENCE = Table("talks", (
    Row("talks.sequence.kara", "から", note="AからN分間…、(A+N)からM分間: consecutive sessions of one talk, summed"),
    Row("talks.sequence.made_oyobi", "まで(?:及び|と|、|,)", note="午前10時から正午まで及び午後2時から午後3時30分までの"
        "2回にわたり: two sittings of one talk, each from its start to its end, summed", regex=True),
))
ADDED_SESSIONS = Table("talks", (
    Row("talks.added.shoninzu", "少人数会合", note="a small-group session before or after the plenary"),
    Row("talks.added.zentai", "全体会合", note="a plenary session after the small group"),
    Row("talks.added.kakudai", "拡大会合", note="an enlarged session"),
    Row("talks.added.tete", "テタテ", note="a tête-à-tête"),
    Row("talks.added.working_lunch", "ワーキング・?ランチ", note="a working lunch (a dinner given by one side is no session)",
        regex=True),
    Row("talks.added.working_dinner", "ワーキング・?ディナー", note="a working dinner", regex=True),
))
# a session said to follow another in the talk's lead, each with its length (約30分間の少人数会合に続き、約1時間の全体会合
# を行う形で…首脳会談を行った): the talk lasts their sum
SESSION_THEN = Table("talks", (
    Row("talks.session_then.ni_tsuzuki", "に続き", note="約30分間の少人数会合に続き、約1時間の全体会合"),
    Row("talks.session_then.ni_tsuzuite", "に続いて", note="約20分間のテタテに続いて、約1時間の拡大会合"),
    Row("talks.session_then.ni_hikitsuzuki", "に引き続き", note="約30分間の少人数会合に引き続き、約40分間の全体会合"),
))
# the words that tell what follows: in the talk's own sentence, a session that continues it (…首脳会談を行い、引き続き
# 約1時間、ワーキング・ランチを行った: its length is added); opening a sentence, the next talk (…首相を表敬しました。続いて、
# …外相会談を行いました: a talk that gives no day of its own is held on the day of the talk before it)
CONTINUED = Table("talks", (
    Row("talks.continued.hikitsuzuki", "引き続き", note="…を行い、引き続き約1時間、ワーキング・ランチを行った"),
    Row("talks.continued.sonogo", "その後", note="…を行い、その後約40分間、ワーキング・ランチを行った; …と会談した。その後、…"),
    Row("talks.continued.tsuzuite", "続いて", note="…を行い、続いて約30分間、全体会合を行った; …を表敬した。続いて、…"),
    Row("talks.continued.tsuide", "次いで", note="…と会談した。次いで、…を表敬した"),
))

# --- labelled lines of a press release: 日時：…, 場所：東京(外務省), 出席者： (then one line per side)
LABELS = Table("talks", (
    Row("talks.label.nichiji", "日時", "date", "日時:令和5年4月10日 14時00分から17時30分まで"),
    Row("talks.label.nittei", "日程", "date", "日程:4月10日"),
    Row("talks.label.basho", "場所", "place", "場所:東京(外務省)"),
    Row("talks.label.nichiji_basho", "日時・場所", "date_place", "日時・場所:平成18年5月12日(金)午前10時~11時15分、於:外務省 (an old "
        "page's one line for both: the date and clock, then the place after 於)"),
    Row("talks.label.kaijo", "会場", "place", "会場:飯倉公館"),
    Row("talks.label.shussekisha", "出席者", "people", "出席者: then 日本側 X局長 / Y側 Z次官 lines"),
    Row("talks.label.sankasha", "参加者", "people", "参加者: the same"),
    Row("talks.label.date_en", "Date", "date", "Date: 2024年5月3日 14:00～15:10 (a page laid out in English)"),
    Row("talks.label.venue_en", "Venue", "place", "Venue: 外務省(ロンドン)"),
    # (an old page spaces a label's two characters out: 日　時 / 場　所)
    Row("talks.label.nichiji_spaced", "日 時", "date", "日 時:令和6年6月16日 10時30分～11時15分"),
    Row("talks.label.basho_spaced", "場 所", "place", "場 所:リマ"),
))
# how a label stands before its value on a labelled line, besides 日時:… / 日時 : … / 日時3日…: in lenticular brackets
# (【日時】…) or as a table's first cell (| 日時 | … |, the residue of an old page's table)
LABEL_FORMS = Table("talks", (
    Row("talks.label_form.bracket", "【", "】", "【日時】令和5年12月1日(金曜日)15時30分～16時15分"),
    Row("talks.label_form.cell", "|", "|", "| 日時 | 10月15日(月)11時00分~12時30分 |"),
    Row("talks.label_form.paren", "(", ")", "(日時)令和6年6月16日 10時30分～11時15分 / (場所)リマ"),
    Row("talks.label_form.header", "|", "|", "| 日時 | 場所 | 出席者 | over | 2月3日 15時~15時40分 | 外務省 | … |: a column's cell"),
))
# a bullet before a label line (■日時:…, ○場所:…): no part of the label
LABEL_BULLETS = Table("talks", (
    Row("talks.label_bullet.square", "■", note="■日時:令和5年2月14日(火曜日)17時～17時50分"),
    Row("talks.label_bullet.circle", "○", note="○場所:ハーグ"),
    Row("talks.label_bullet.black_circle", "●", note="●日時:…"),
    Row("talks.label_bullet.diamond", "◆", note="◆日時:…"),
))

# --- a visit's programme grouped by country: a line opens with the country, its separator, then the talks held there
# ((2)伊:X大統領表敬、Y首相との会談): the country is the other side of each item on the line
PROGRAMME_LABELS = Table("talks", (
    Row("talks.programme.country", ":", "country", "(1)仏:X大統領との会談、Y首相との会談 / 独:…: the items' country"),
))

# --- the leaders of the countries a visit's lead lists, met together in one phrase (英国、フランス及びドイツを訪問し、
# 欧州3ヶ国首脳との会談…を行った): one summit per listed country; the words that say "each of those countries"
EACH_COUNTRY = Table("talks", (
    Row("talks.each_country.n_kakoku", "[0-9一二三四五六七八九十]+[ヶかカケ箇]国", note="欧州5ヶ国首脳との会談, 3か国の首脳と会談",
        regex=True),
    Row("talks.each_country.kakkoku", "各国", note="各国首脳との会談: the leaders of each country visited"),
))

# a heading that names a visit to several countries joined by one of these (大野外務副大臣のベナン及びブルキナファソ訪問):
# a talk whose people give no country is with the visited country its own sentence names before the talk (ベナンの首都
# コトヌーにおいて…副大臣と会談), not the heading's first
SEVERAL_VISITED = Table("talks", (
    Row("talks.several_visited.oyobi", "及び", note="AのX及びY訪問"),
    Row("talks.several_visited.narabini", "並びに", note="AのX並びにY訪問"),
    Row("talks.several_visited.to", "と", note="AのXとY訪問 (の訪問, 歴訪)"),
))

# --- a talk named but not held now: dropped as an anchor (each row fires when it drops one)
# a talk still to come (明日は…対話を開催し, …ことになります): a word of the future before it …
FUTURE = Table("talks", (
    Row("talks.future.ashita", "明日", note="明日は…対話を開催し"),
    Row("talks.future.asatte", "明後日", note="明後日…会談を行い"),
    Row("talks.future.raishu", "来週", note="来週…会談を行い"),
    Row("talks.future.raigetsu", "来月", note="来月…協議を開催し"),
    Row("talks.future.rainen", "来年", note="来年…会談を行い"),
    Row("talks.future.myonen", "明年", note="明年…会談を行い"),
    Row("talks.future.kongo", "今後", note="今後…対話を実施し"),
    Row("talks.future.jikai", "次回", note="次回…会合を開催し"),
))
# … and one after it, in the same sentence
FUTURE_AFTER = Table("talks", (
    Row("talks.future_after.yotei", "予定", note="…を行う予定です"),
    Row("talks.future_after.kotoninatta", "ことになっ", note="…ことになっています"),
    Row("talks.future_after.kotoninari", "ことになり", note="…ことになります"),
    Row("talks.future_after.kototonatta", "こととなっ", note="…こととなっています"),
    Row("talks.future_after.kototonari", "こととなり", note="…こととなりました"),
    Row("talks.future_after.tai", "たい", note="…を行いたい"),
    Row("talks.future_after.masho", "ましょう", note="…を行いましょう"),
))
# a talk recalled in the summary of another (先々週には、…戦略対話が実施され): a past time word before it
PAST = Table("talks", (
    Row("talks.past.sensenshu", "先々週", note="先々週には、…対話が実施され"),
    Row("talks.past.senshu", "先週", note="先週…会談が行われ"),
    Row("talks.past.sengetsu", "先月", note="先月…会談を行い"),
    Row("talks.past.senpan", "先般", note="先般…会談を行い"),
    Row("talks.past.senjitsu", "先日", note="先日、…外相会談が実施された"),
    Row("talks.past.sakunen", "昨年", note="昨年…会談を行い"),
    Row("talks.past.zenkai", "前回", note="前回…会談を行い"),
    Row("talks.past.kongetsu", "今月", note="今月、…会談が実施された: earlier this month, not the page's talk"),
))
# a count of the talks held so far (既に4回首脳会談を行い; but 3回目の首脳会談 is the one held)
RECOUNT = Table("talks", (
    Row("talks.recount.sudeni", "既に", note="既に4回首脳会談を行い"),
    Row("talks.recount.sudeni_kana", "すでに", note="すでに3回会談を行い"),
    Row("talks.recount.koremade", "これまで(?:に)?", note="これまでに5回会談を行い", regex=True),
))
# a talk spoken of as a kind of case (首脳会談が行われたとき / 場合), not one held
GENERAL = Table("talks", (
    Row("talks.general.toki", "とき", note="…が行われたとき"),
    Row("talks.general.tokini", "時に", note="…が行われた時に"),
    Row("talks.general.tokiwa", "時は", note="…が行われた時は"),
    Row("talks.general.baai", "場合", note="…を行った場合"),
    Row("talks.general.case", "ケース", note="…を行ったケース"),
    Row("talks.general.saiwa", "際に?は", note="…が行われた際(に)は", regex=True),
))
# a reference to a talk with a date of its own (10月の首脳会談では): a recalled talk, not the page's
RECALLED = Table("talks", (
    Row("talks.recalled.month", r"\d{1,2}月", note="10月の首脳会談では", regex=True),
    Row("talks.recalled.sengetsu", "先月", note="先月の首脳会談では"),
    Row("talks.recalled.senpan", "先般", note="先般の首脳会談では"),
    Row("talks.recalled.zenkai", "前回", note="前回の会談では"),
    Row("talks.recalled.sakunen", "昨年", note="昨年の首脳会談では"),
    Row("talks.recalled.senshu", "先週", note="先週の会談では"),
    Row("talks.recalled.year", "年", note="2019年の首脳会談では", ),
))
# a programme item that is a call on a person: the person's title right before the word (X衆議院議長訪問; not 東京大学訪問)
ITEM_CALLS = Table("talks", (
    Row("talks.item_call.homon", "訪問", note="X衆議院議長訪問: the visitor's call on X"),
))
# a programme item that is no talk between the sides, though it names one (総理主催晩餐会, ご引見, 共同記者会見)
NOT_ITEMS = Table("talks", (
    Row("talks.not_item.shusai", "主催", note="総理主催晩餐会: a host's meal"),
    Row("talks.not_item.go_kanji", "御", note="御会見: an audience given by the Emperor"),
    Row("talks.not_item.go", "ご", note="ご引見: an audience"),
    Row("talks.not_item.kisha", "記者", note="共同記者会見: the press"),
    Row("talks.not_item.joint_statement", "共同声明", note="共同声明署名式"),
    Row("talks.not_item.shomei", "署名", note="署名式: a signing"),
))
# a talk announced, not reported: the verb of the future after its noun (…首脳協議は、東京において開催される,
# …次官級協議を開催いたします, …外相会合を主催する)
ANNOUNCED = Table("talks", (
    Row("talks.announced.okonawareru", "行われる", note="…が行われる"),
    Row("talks.announced.kaisai_sareru", "開催される", note="…は、東京において開催される"),
    Row("talks.announced.kaisai_suru", "開催する", note="…会合を開催する(予定です)"),
    Row("talks.announced.okonau", "行う", note="…を行う"),
    Row("talks.announced.jisshi_suru", "実施する", note="…を実施する"),
    Row("talks.announced.shusai_suru", "主催する", note="…外相会合を主催する"),
    Row("talks.announced.okonaimasu", "行います", note="…を行います"),
    Row("talks.announced.kaisai_saremasu", "開催されます", note="…が開催されます"),
    Row("talks.announced.kaisai_shimasu", "開催します", note="…を開催します"),
    Row("talks.announced.kaisai_itashimasu", "開催いたします", note="…を開催いたします"),
    Row("talks.announced.jisshi_saremasu", "実施されます", note="…が実施されます"),
    Row("talks.announced.jisshi_shimasu", "実施します", note="…を実施します"),
    Row("talks.announced.jisshi_itashimasu", "実施いたします", note="…を実施いたします"),
    Row("talks.announced.okonawaremasu", "行われます", note="…が行われます"),
    Row("talks.announced.yotei", "予定", note="…を行う予定"),
    Row("talks.announced.suru_yotei", "する予定", note="…を表敬する予定である (the noun as a verb)"),
    Row("talks.announced.no_yotei", "の予定", note="…と会談の予定。 (the terse style of an old announcement)"),
))
# a second talk announced in the sentence of the first, after a word that adds it (…と外相会談を行うほか、…を表敬する
# 予定である): a talk of its own, held by the people of its clause
ANNOUNCED_ALSO = Table("talks", (
    Row("talks.announced_also.hoka", "ほか[、,]", note="…外相会談を行うほか、…総理大臣を表敬する予定である", regex=True),
))
# the verbs of a visit announced in a page's lead (…は、11月5日から8日まで来日します / …を訪問する予定です): its span of
# days is the day of a talk announced for the stay without a day of its own
STAY = Table("talks", (
    Row("talks.stay.rainichi", "来日", note="…は、5月15日(月)から18日(木)まで…来日する"),
    Row("talks.stay.honichi", "訪日", note="…は、3月3日から6日まで訪日します"),
    Row("talks.stay.homon", "訪問", note="…は、1月10日から12日まで、インドネシアを訪問する予定です"),
))
# another act after the talk, before a clock in the talk's sentence (…会談を行い、その後、午後7時から夕食会): the clock
# is that act's, not the talk's
LATER = Table("talks", (
    Row("talks.later.sonogo", "その後", note="…会談を行い、その後、午後7時から夕食会"),
    Row("talks.later.hikitsuzuki", "引き続き", note="…会談を行い、引き続き、午後8時から…"),
    Row("talks.later.tsuzuite", "続いて", note="…会談を行い、続いて…"),
    Row("talks.later.nitsuzuki", "に続き", note="…会談に続き、…"),
    Row("talks.later.atoni", "後に", note="…会談の後に、…"),
    Row("talks.later.shuryogo", "終了後", note="…会談終了後、…"),
    Row("talks.later.dojitsu_yoru", "同日夜", note="…会談を行い、同日夜、…"),
    Row("talks.later.yoku", "翌", note="…会談を行い、翌日午前…"),
))
# a heading naming a visit (X政務官のミクロネシア訪問): the visitor it names holds the talks where no one of
# Japan's side is named. (The cues that put a talk in a city are places.VISITS.)
VISIT = Table("talks", (
    Row("talks.visit.homon", "訪問", note="X政務官のミクロネシア訪問"),
    Row("talks.visit.honichi", "訪日", note="X外務大臣の訪日: the visitor holds the talks where no one of the other side is named"),
    Row("talks.visit.rainichi", "来日", note="X大統領の来日: the same"),
))
# a sentence that refers to a talk (外相会談では、…): it belongs to that talk
REFERENCES = Table("talks", (
    Row("talks.ref.dewa", "では", note="外相会談では、…"),
    Row("talks.ref.nioite", "において", note="首脳会談において、…"),
    Row("talks.ref.nisaishi", "に際し", note="会談に際し、…"),
    Row("talks.ref.nosai", "の際", note="会談の際、…"),
    Row("talks.ref.de", "で[、,]", note="会談で、…", regex=True),
))
