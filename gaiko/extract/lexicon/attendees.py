"""Attendees: the cues that introduce the people who sat in on a talk, and the labels of a roster by side.

``CUES`` introduce an attendee list (``value``: ``sat_in`` — the list needs no side labels, (同席:A、B) — or
``listed`` — only a list by side closed by ら is one: 日本側から、A、Bら、先方から、C、Dらが出席); an attendee's
``Person.rule`` is the cue's id. ``LABELS`` make up a side label before names, one declaration for the
attendee lists (同席、日本側:A), the press release's roster lines (出席者: / 日本側 A局長) and a side named
right before a person (日本側は、X): the side (日本側, 当方, 先方 from ``lexicon.sides``, or ``X側``), an
optional heading word (日本側出席者:) and a separator (から, は, :, a blank).
"""

from __future__ import annotations

from gaiko.extract.lexicon import Row, Table

CUES = Table("attendees", (
    Row("attendees.cue.doseki", "同席", "sat_in", "sat in: (同席:A、B), 会談には、A、Bほかが同席した"),
    Row("attendees.cue.baiseki", "陪席", "sat_in", "sat in (the formal word): (陪席:日本側 A局長、先方 B大使)"),
    Row("attendees.cue.table_shusseki_sha", r"出席者(?=\s*\|)", "sat_in",
        "| 出席者 | 日本側:A、B | 先方:C |: a table's row of those present, by side (the talk's holders named in its sentence)",
        regex=True),
    Row("attendees.cue.shusseki_sha_ika", "出席者は以下のとおり", "sat_in",
        "出席者は以下のとおりです。 then a line per side ((日本側)A、B / (先方)C): those present (the holders dropped)"),
    Row("attendees.cue.shusseki", "(?<=ら)(?:が|も)出席", "listed",
        "…Bら(が|も)出席: members listed by side and closed by ら (a bare 出席 names those who held the talk)", regex=True),
))

# a roster by side: a line per side, each opening with its label and a colon and listing its members, the head first
# ((1)当方:A総理、B外務大臣 / (2)先方:C首相、D外務大臣) — no cue word; the heads hold the talk, the others sat in
ROSTER = Table("attendees", (
    Row("attendees.roster.colon", ":", "roster", "(1)当方:A総理、B大臣 / (2)先方:C首相、D大使: a side's line of a roster "
        "(two such lines or more, no 同席)"),
))

LABELS = Table("attendees", (
    Row("attendees.side.named", "[ァ-ヴー一-龥\uf900-\ufad9]{1,10}?側", note="X側: a side named by its country (ロシア側, NATO側 …)",
        regex=True),
    Row("attendees.heading.doseki_sha", "同席者", note="日本側同席者: the side's attendees"),
    Row("attendees.heading.shusseki_sha", "出席者", note="日本側出席者: the side's participants"),
    Row("attendees.sep.kara", "から(?:は)?", note="日本側から(は)、A、B", regex=True),
    Row("attendees.sep.yori", "より", note="日本側より A"),
    Row("attendees.sep.colon", ":", note="日本側:A、B (a full-width colon is normalised to :)"),
    Row("attendees.sep.wa", "は", note="日本側は A、B"),
    Row("attendees.sep.blank", " ", note="日本側 A局長: a blank (a roster line under 出席者:, (陪席:日本側 A…))"),
    Row("attendees.sep.paren", ")", note="(日本側)A局長、B大使: a side's label in brackets, a line each under 出席者は以下のとおり"),
))
# the words joining two members of a list (A局長及びB大使が同席), beside 、
JOINERS = Table("attendees", (
    Row("attendees.joiner.oyobi", "及び", note="森総理大臣補佐官及び藤田駐米大使が同席"),
    Row("attendees.joiner.narabini", "並びに", note="A局長並びにB大使"),
))
# a member written title first, a blank before the name (日本側:外務審議官 鈴木、駐タイ大使 岡田)
ORDER = Table("attendees", (
    Row("attendees.order.title_first", " ", note="外務審議官 鈴木: the title, a blank, the name"),
))
# a multilateral meeting's heading of the other sides' participants, in brackets on a line of its own, one person a line
# below it ((太平洋島嶼国側出席者) / A・X大統領 / B・Y首相 …): each one listed holds the meeting
PARTICIPANTS = Table("attendees", (
    Row("attendees.participants.shusseki_sha", r"\([ァ-ヴー一-龥]{1,12}側出席者\)", note="(太平洋島嶼国側出席者), then one a line",
        regex=True),
))
# what closes a list of names: …Bほか(が同席), …Bら(が出席)
OTHERS = Table("attendees", (
    Row("attendees.others.hoka", "ほか", note="A、Bほかが同席: and others"),
    Row("attendees.others.ta", "他", note="A、B他が同席"),
    Row("attendees.others.nado", "等", note="A、B等が同席"),
    Row("attendees.others.ra", "ら", note="A、Bらが出席 (after a kanji title)"),
))
# an attendee's note that they joined only a meal held apart from the talk: 池田財務副大臣(夕食会のみ)
MEAL_ONLY = Table("attendees", (
    Row("attendees.meal_only.yushoku", "夕食", note="(夕食のみ)"),
    Row("attendees.meal_only.chushoku", "昼食", note="(昼食のみ)"),
), note="with the meals of lexicon.talks (夕食会, 昼食会, 晩餐会)")

# what follows a person who is named in a talk's sentence without holding it: a sender (…からの親書), a past holder
# ((当時)), the head of a visit someone else makes the talk on (安倍総理の訪中に同行している…); value "page": it rules
# the person out anywhere on the page (X外務大臣の訪ソ names the visit X made the talk on, not X's talk)
NOT_PRINCIPAL = Table("attendees", (
    Row("attendees.not_principal.kara_no", "からの", "page", "X大統領からの親書: a sender"),
    Row("attendees.not_principal.yori_no", "より の", "sentence", "X大統領より の親書 (a blank between)"),
    Row("attendees.not_principal.shusai", "主催", "sentence", "X首相主催の夕食会: a host"),
    Row("attendees.not_principal.shinsho", "の親書", "page", "X大統領の親書: a letter's sender"),
    Row("attendees.not_principal.message", "のメッセージ", "page", "X首相のメッセージ: a message's sender"),
    Row("attendees.not_principal.toji", "(当時)", "page", "X外務大臣(当時): a past holder"),
    Row("attendees.not_principal.no_ho", "の訪", "sentence", "X総理の訪中に: the head of the visit"),
    Row("attendees.not_principal.ikko", "の一行", "sentence", "X大臣の一行: the party"),
    Row("attendees.not_principal.doko", "に同行", "sentence", "X総理に同行した: accompanying"),
    Row("attendees.not_principal.zuiko", "に随行", "sentence", "X皇太子に随行して訪日したY外務大臣と: the one Y accompanies"),
    Row("attendees.not_principal.doseki_no", "同席の", "sentence", "X外務大臣同席の下、Y首相とも会談した: present, not holding it"),
    Row("attendees.not_principal.dairi", "の代理", "page", "X外務大臣の代理として、Y副大臣は…と会談: the one Y stands in for"),
    Row("attendees.not_principal.myodai", "の名代", "page", "X大統領の名代として来日中のY副大統領と: the one Y stands in for"),
    Row("attendees.not_principal.shuninshiki", "の就任式", "sentence", "X大統領の就任式典出席のため訪問中の…は、Y外相と会談: the one "
        "inaugurated, the occasion's (not the talk's)"),
    Row("attendees.not_principal.sogi", "の葬儀", "sentence", "X前首相の葬儀参列のため: the one mourned"),
    Row("attendees.not_principal.kokuso", "の国葬", "sentence", "X元大統領の国葬に参列するため: the one mourned"),
    Row("attendees.not_principal.taikanshiki", "の戴冠式", "sentence", "X国王の戴冠式に参列するため訪問中の…は、Y首相と会談: the "
        "one crowned"),
    Row("attendees.not_principal.sokuishiki", "の即位式", "sentence", "X国王の即位式に参列するため訪問中の…は、Y首相と会談: the "
        "one enthroned"),
    Row("attendees.companion.totomoni", "とともに", "sentence", "X大統領は、Y外相とともに訪日し: a companion, not holding it"),
    Row("attendees.companion.to_tomoni", "と共に", "sentence", "Y外相と共に訪日し: a companion"),
))

# a delegation named after its side, in a sentence that says what the people did (took part, led, represented
# their side): 日本側はX審議官が、NATO側はY事務総長補が代表団長として参加 (not 同席, an attendee list)
DELEGATION_VERBS = Table("attendees", (
    Row("attendees.delegation.shusseki", "出席", note="…が出席した"),
    Row("attendees.delegation.sanka", "参加", note="…が参加した"),
    Row("attendees.delegation.daihyo", "代表", note="…が代表を務めた"),
    Row("attendees.delegation.dancho", "団長", note="…が代表団長として参加した"),
    Row("attendees.delegation.tsutome", "務め", note="…が首席代表を務めた"),
    Row("attendees.delegation.nozon", "臨ん", note="…が協議に臨んだ"),
    Row("attendees.delegation.hikii", "率い", note="…が代表団を率いた"),
    Row("attendees.delegation.kosho_kan", "交渉官", note="日本側はAを、X側はBを首席交渉官として交渉を行った: each side's chief negotiator"),
))

# the head of a party named in brackets after it, labelled (…代表団(団長:X会長)は, …訪米団(団長:X議員)は): the person is the
# party's head, who holds its talks (not an aside of the sentence)
HEAD_LABELS = Table("attendees", (
    Row("attendees.head_label.dancho", "団長", note="…代表団(団長:X会長)は、…を表敬しました"),
))

# a party a person heads, said after the person (X会長を団長とする議員団は、…を表敬し、続いて…と会談した): the person
# stands as the sentence's subject, and holds each of its talks
HEADED_PARTY = Table("attendees", (
    Row("attendees.headed.dancho", "を団長とする", note="X会長を団長とする議員団は"),
    Row("attendees.headed.cho", "を長とする", note="X審議官を長とする代表団は"),
    Row("attendees.headed.hikiiru", "率いる", note="X大臣率いる代表団は"),
))
