"""Cases: the talks of a visit told together (rows talks.clause.*, talks.also_met.*, talks.beside.*, talks.not_beside.*, talks.list_lead.*, talks.visit.honichi,
places.in_japan.homon_chu).

A sentence naming several talks gives each the counterparts of its own clause (…を表敬したほか、…と外相会談を行い: the
call is the president's, the talk the foreign minister's); counterparts listed with それぞれ before one 会談 each hold one;
talks listed before one verb (Xへの表敬、Yとの会談及びZとの外相会談を行った) are one each, and so are officials
met besides a talk's counterpart (…A大統領に加え、B外務大臣、C議長等とも…意見交換), dated as that talk; a meeting or an audience said
with a lesser word (会見, 謁見, 意見交換, 面会; a meal with someone no other talk names) with someone named right before it is a talk of its own beside the page's
others (not one recalled, これまで / 既に, nor told in a speaker's words, …旨); a lead naming no one of the other side that tells the talks below (各国外相と以下のとおり会談した) is none of
its own; on a visit to Japan (X外務大臣の訪日) the visitor holds the talks where no one of its side is named; a guest
公式実務訪問中の is in Japan (the one clock is Japan's); Japan's leader with a minister beside him meeting a leader is a
summit; a minister present (…同席の下) in a talk's clause holds none of it (attendees.not_principal.doseki_no); a
同日 after an item that is no talk takes that item's day. Every page here is invented (names, dates and talks are made up).

First sight (h-gen6 at 79c71cb, before the rows): the clauses' counterparts all went to each talk of the sentence, the
listed and lesser talks and those of a list with それぞれ were folded into one, a list lead was a talk of its own.
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

H = "鈴木外務大臣のペルー訪問\n令和2年9月9日\n\n"

# (page, [per talk: (kind, [principal names])], extra checks on talk 0)
CASES = [
    # each talk its clause's counterpart; the 両外相 sentence after them is the foreign ministers' talk's
    (H + "9月7日、リマにおいて、鈴木外務大臣は、ガルシア・ペルー大統領を表敬したほか、ロハス外務大臣と外相会談を行った。"
     "両外相は、経済関係の強化で一致した。\n",
     [("other", ["鈴木", "ガルシア"]), ("foreign_ministers", ["鈴木", "ロハス"])], {}),
    # counterparts listed with それぞれ: one talk each, each of its rank
    (H + "9月8日、リマにおいて、鈴木外務大臣は、メンドサ・ペルー国防大臣及びトーレス国会議長とそれぞれ会談した。\n",
     [("other_ministerial", ["鈴木", "メンドサ"]), ("other", ["鈴木", "トーレス"])], {}),
    # a list closed by a group named without a person: one talk with each person listed
    (H + "9月8日、鈴木外務大臣は、リマにおいて、メンドサ・ペルー国防大臣、キロガ外務次官、ペルー国会対日友好議員グループと会談を行った。\n",
     [("other_ministerial", ["鈴木", "メンドサ"]), ("other", ["鈴木", "キロガ"])], {}),
    # talks listed before one verb
    (H + "9月8日、鈴木外務大臣は、リマにおいて、ガルシア・ペルー大統領への表敬、ロハス首相との会談及びメンドサ外務大臣との外相会談を行った。\n",
     [("other", ["鈴木", "ガルシア"]), ("other", ["鈴木", "ロハス"]), ("foreign_ministers", ["鈴木", "メンドサ"])], {}),
    # a lead telling the talks below: no talk of its own (three spellings)
    ("国連総会の際の日・ペルー及び日・チリ外相会談\n令和2年9月22日\n\n"
     "国連総会出席のためニューヨークを訪問中の鈴木外務大臣は、各国外相と以下のとおり会談した。\n"
     "1 9月20日、鈴木大臣は、ロハス・ペルー外務大臣と会談した。\n2 9月21日、鈴木大臣は、ソト・チリ外務大臣と会談した。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("foreign_ministers", ["鈴木", "ソト"])], {"date": "2020-09-20"}),
    ("国連総会の際の日・ペルー及び日・チリ外相会談\n令和2年9月22日\n\n"
     "国連総会出席のためニューヨークを訪問中の鈴木外務大臣は、各国外相と以下の通り会談した。\n"
     "1 9月20日、鈴木大臣は、ロハス・ペルー外務大臣と会談した。\n2 9月21日、鈴木大臣は、ソト・チリ外務大臣と会談した。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("foreign_ministers", ["鈴木", "ソト"])], {}),
    ("国連総会の際の日・ペルー及び日・チリ外相会談\n令和2年9月22日\n\n"
     "国連総会出席のためニューヨークを訪問中の鈴木外務大臣は、各国外相と次のとおり会談を行った。\n"
     "1 9月20日、鈴木大臣は、ロハス・ペルー外務大臣と会談した。\n2 9月21日、鈴木大臣は、ソト・チリ外務大臣と会談した。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("foreign_ministers", ["鈴木", "ソト"])], {}),
    # lesser words beside the visit's other talks: 会見 with a president, 面会 with a speaker, 意見交換 after a talk
    (H + "1 9月8日、リマを訪問中の鈴木外務大臣は、ロハス・ペルー外務大臣と外相会談を行った。\n"
     "2 同日、鈴木大臣は、ガルシア大統領と会見した。\n3 同日、鈴木大臣は、トーレス国会議長と面会した。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("other", ["鈴木", "ガルシア"]), ("other", ["鈴木", "トーレス"])], {}),
    (H + "9月8日、リマにおいて、鈴木外務大臣は、ロハス・ペルー外務大臣と外相会談を行い、メンドサ経済大臣等とも意見交換を行った。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("other_ministerial", ["鈴木", "メンドサ"])], {}),
    # a meeting recalled, or told in a speaker's words: no talk of its own
    (H + "9月8日、リマを訪問中の鈴木外務大臣は、ロハス・ペルー外務大臣と外相会談を行った。\n"
     "鈴木大臣から、これまで、ガルシア大統領とも会見し、両国関係の重要性を実感した旨述べた。\n",
     [("foreign_ministers", ["鈴木", "ロハス"])], {}),
    (H + "9月8日、リマを訪問中の鈴木外務大臣は、ロハス・ペルー外務大臣と外相会談を行った。\n"
     "ロハス大臣は、既にガルシア大統領と会見した。\n",
     [("foreign_ministers", ["鈴木", "ロハス"])], {}),
    (H + "9月8日、リマを訪問中の鈴木外務大臣は、ロハス・ペルー外務大臣と外相会談を行った。\n"
     "ロハス大臣から、前日にガルシア大統領とも面会した旨の説明があった。\n",
     [("foreign_ministers", ["鈴木", "ロハス"])], {}),
    # a meal with someone no other talk names: a talk of its own; with the summit's counterpart, none
    (H + "1 9月8日、リマを訪問中の鈴木外務大臣は、ロハス・ペルー外務大臣と外相会談を行った。\n"
     "2 翌9日、鈴木大臣は、メンドサ国防大臣と朝食会を行った。\n3 同日、鈴木大臣は、トーレス経済大臣と昼食会を行った。\n"
     "4 同日夜、鈴木大臣は、キロガ国会議長と夕食会を行った。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("other_ministerial", ["鈴木", "メンドサ"]),
      ("other_ministerial", ["鈴木", "トーレス"]), ("other", ["鈴木", "キロガ"])], {}),
    ("日・ペルー首脳会談\n令和2年9月8日\n\n9月8日、午後6時から約45分間、山本総理大臣は、訪日中のガルシア・ペルー大統領と首脳会談を行った。\n"
     "会談後、山本総理は、ガルシア大統領と夕食会を行った。\n",
     [("summit", ["山本", "ガルシア"])], {"duration_min": 45}),
    # a minister present (同席の下) in a later clause holds no talk; visitors listed as subjects with それぞれ: one talk each
    (H.replace("鈴木外務大臣", "山本総理大臣") + "9月8日、リマにおいて、山本総理大臣は、ガルシア・ペルー大統領と首脳会談を行い、その後、"
     "鈴木外務大臣同席の下、ロハス首相とも会談した。\n",
     [("summit", ["山本", "ガルシア"]), ("summit", ["山本", "ロハス"])], {}),
    ("ペルー及びチリ外務大臣の訪日\n令和2年9月8日\n\n9月8日、ロハス・ペルー外務大臣及びソト・チリ外務大臣は、それぞれ鈴木外務大臣と会談した。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("foreign_ministers", ["鈴木", "ソト"])], {}),
    # counterparts listed each with its clock, それぞれ before the noun
    ("G20外相会合の際の日・ペルー及び日・チリ外相会談\n令和2年9月8日\n\n9月8日、G20外相会合出席のためローマを訪問中の鈴木外務大臣は、"
     "午前9時から約20分間、ロハス・ペルー外務大臣と、午前9時30分から約25分間、ソト・チリ外務大臣と、それぞれ外相会談を行った。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("foreign_ministers", ["鈴木", "ソト"])],
     {"start_local": "09:00", "duration_min": 20, "1.start_local": "09:30", "1.duration_min": 25}),
    # 同日 after an audience that is no talk: the audience's day, not the talk's before it
    ("ロハス・ペルー大統領の訪日\n令和2年9月9日\n\n1 7日、ロハス大統領は、山本総理大臣と首脳会談を行った。\n"
     "2 8日、天皇陛下はロハス大統領と御会見になった。同日、鈴木外務大臣がロハス大統領を表敬した。\n",
     [("summit", ["山本", "ロハス"]), ("other", ["鈴木", "ロハス"])], {"date": "2020-09-07", "1.date": "2020-09-08"}),
    # officials met besides the main talk's counterpart, listed after it (the verb cut): one talk each, dated as it
    ("中川総理特使のペルー訪問\n令和2年9月9日\n\n1 9月8日、リマを訪問中の中川総理特使は、ガルシア・ペルー大統領と会談した。\n"
     "2 中川特使は、ペルー訪問中、ガルシア大統領に加え、ロハス外務大臣、トーレス国会議長等とも二国間関係について意見交",
     [("other", ["中川", "ガルシア"]), ("other", ["中川", "ロハス"]), ("other", ["中川", "トーレス"])],
     {"1.date": "2020-09-08", "2.date": "2020-09-08"}),
    # the list's main counterpart met in no other sentence: his talk first, then one each; the visitor's Japanese hosts
    (H + "9月8日、鈴木外務大臣は、ペルー訪問中、ガルシア大統領に加え、ロハス外務大臣、トーレス国会議長等とも会談した。\n",
     [("other", ["鈴木", "ガルシア"]), ("foreign_ministers", ["鈴木", "ロハス"]), ("other", ["鈴木", "トーレス"])], {}),
    # … dated by its own sentence (the page is dated a day later), and a second such sentence gives its talks too
    (H + "9月8日、鈴木外務大臣は、ペルー訪問中、ガルシア大統領に加え、ロハス外務大臣等とも会談した。\n"
     "9月10日、鈴木外務大臣は、チリ訪問中、ピニェラ大統領に加え、ソト外務大臣等とも会談した。\n",
     [("other", ["鈴木", "ガルシア"]), ("foreign_ministers", ["鈴木", "ロハス"]), ("other", ["鈴木", "ピニェラ"]),
      ("foreign_ministers", ["鈴木", "ソト"])], {"date": "2020-09-08", "1.date": "2020-09-08", "2.date": "2020-09-10"}),
    ("ロハス・ペルー外務大臣の訪日\n令和2年9月9日\n\n1 9月8日、ロハス大臣は、鈴木外務大臣と外相会談を行った。\n"
     "2 ロハス大臣は、訪日中、鈴木大臣に加え、山川経済産業大臣等とも会談した。\n",
     [("foreign_ministers", ["鈴木", "ロハス"]), ("other_ministerial", ["山川", "ロハス"])], {}),
    # a talk, not a person, before に加え: that talk and the one named with とも
    (H + "9月8日、鈴木外務大臣は、ガルシア・ペルー大統領との会談に加え、ロハス外務大臣とも会談した。\n",
     [("other", ["鈴木", "ガルシア"]), ("foreign_ministers", ["鈴木", "ロハス"])], {}),
    # a leader's audience with a king: a summit; Japan's Emperor's audience none
    ("山本総理大臣のスペイン訪問\n令和2年9月9日\n\n1 9月8日、マドリードを訪問中の山本総理大臣は、アルフォンソ国王陛下に謁見した。\n"
     "2 同日、山本総理は、ロペス・スペイン首相と首脳会談を行った。\n",
     [("summit", ["山本", "アルフォンソ"]), ("summit", ["山本", "ロペス"])], {}),
    ("ロペス・スペイン首相の訪日\n令和2年9月9日\n\n1 9月8日、ロペス首相は、天皇陛下に謁見した。\n"
     "2 同日、ロペス首相は、山本総理大臣と首脳会談を行った。\n",
     [("summit", ["山本", "ロペス"])], {}),
    # a visit to Japan: the visitor holds the talk naming Japan's side only, its kind by both ranks
    ("ガルシア・ペルー外務大臣の訪日\n令和2年9月9日\n\n1 9月8日、ガルシア大臣は、鈴木外務大臣と外相会談を行った。\n"
     "2 また、9日には、山川経済産業大臣とも会談した。\n",
     [("foreign_ministers", ["鈴木", "ガルシア"]), ("other_ministerial", ["山川", "ガルシア"])], {}),
    # a visitor's talks with two of Japan's governors on two days: two talks, though each is `other` with the same visitor
    ("ガルシア・ペルー大統領の訪日\n令和2年9月9日\n\n1 9月8日、ガルシア大統領は、京都府庁において、西村京都府知事と会談した。\n"
     "2 9月9日、ガルシア大統領は、福岡市役所において、高島福岡市長と会談した。\n",
     [("other", ["西村", "ガルシア"]), ("other", ["高島", "ガルシア"])], {"date": "2020-09-08", "1.date": "2020-09-09"}),
    # a talk continued by a working lunch names no one else: one talk
    ("日・ペルー首脳会談\n令和2年9月8日\n\n9月8日、午後0時から約1時間、山本総理大臣は、公式実務訪問中のガルシア・ペルー大統領と首脳会談を行い、"
     "引き続き約1時間、ワーキング・ランチを行った。\n",
     [("summit", ["山本", "ガルシア"])], {"start_jst": "12:00", "duration_min": 120}),
    # Japan's leader abroad on an official visit: his one clock is local
    ("日・ペルー首脳会談\n令和2年9月8日\n\n9月8日、午後3時から約1時間、ペルーを公式訪問中の山本総理大臣は、ガルシア・ペルー大統領と首脳会談を行った。\n",
     [("summit", ["山本", "ガルシア"])], {"start_local": "15:00", "start_jst": None}),
    # Japan's leader and a minister beside him, with a leader: a summit of the three
    ("日・ペルー首脳会談\n令和2年9月8日\n\n9月8日、山本総理大臣及び鈴木外務大臣は、訪日中のガルシア・ペルー大統領と会談した。\n",
     [("summit", ["山本", "鈴木", "ガルシア"])], {}),
    # a visitor's programme whose heading names no Japanese principal: an item with Japan's leader takes the visitor's
    # rank with him (a king's talk with the prime minister is a summit); the Emperor's audience and the banquet no talk
    ("ガルシア・ペルー大統領の国賓としての訪日\n令和2年9月10日\n\n【日程】\n9月7日(月曜日) 来日\n"
     "9月8日(火曜日) 歓迎行事、天皇陛下との御会見、宮中晩餐\n9月9日(水曜日) 山本内閣総理大臣との会談\n9月10日(木曜日) 離日\n",
     [("summit", ["山本", "ガルシア"])], {"date": "2020-09-09"}),
]


def case_texts():
    return [page for page, _talks, _extra in CASES]


@pytest.mark.parametrize("page,talks,extra", CASES)
def test_visit_talks(page, talks, extra):
    events = extract_text(page).record.to_json_dict()["events"]
    assert [(e["kind"], [p["name"] for p in e["principals"]]) for e in events] == talks
    for field, value in extra.items():
        i, _, name = field.rpartition(".")
        assert events[int(i or 0)][name] == value, field
