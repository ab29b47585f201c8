"""Cases of pages that report no talk: a letter, a message, congratulations or condolences sent, an audience given by
the Emperor or the Crown Prince, a dinner attended where greetings were exchanged (layout.title_type rows of value
``other``, meetings.NO_TALK_TITLES) — beside the talks they must leave alone: a telephone talk held to congratulate,
a 懇談 or a 立ち話 on the margins, a talk's heading that names a letter handed over.

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.pipeline import extract_text

# (page text, doc_type, number of talks)
PAGES = [
    # a letter sent: no talk, even with both ministers in the heading and a talk 開催予定 in the letter
    ("山田外務大臣からペトロフ・ラトビア外務大臣への書簡の発出\n令和3年2月5日\n\n"
     "2月5日、山田外務大臣は、ペトロフ・ラトビア外務大臣に対し書簡を発出しました。\n"
     "書簡では、本年夏にリガで開催予定の日・ラトビア外相会談への期待を述べました。\n", "other", 0),
    ("山田内閣総理大臣からペトロフ・ラトビア首相への親書の発出\n令和3年2月5日\n\n"
     "2月5日、山田内閣総理大臣は、ペトロフ・ラトビア首相に対し親書を発出しました。\n", "other", 0),
    # congratulations on taking office, with an invitation: no talk (an invitation is no planned item)
    ("山田内閣総理大臣からペトロフ・ラトビア大統領への祝辞の発出\n令和3年2月5日\n\n"
     "2月5日、ペトロフ氏のラトビア共和国大統領就任に際し、山田内閣総理大臣は祝辞を発出し、同大統領の早期の訪日を招請しました。\n",
     "other", 0),
    ("日・ラトビア外交関係樹立30周年に際する祝意メッセージの交換\n令和3年2月5日\n\n"
     "2月5日、山田内閣総理大臣とペトロフ・ラトビア首相との間で祝意メッセージを交換しました。\n", "other", 0),
    ("山田外務大臣からペトロフ・ラトビア外務大臣へのメッセージの発出\n令和3年2月5日\n\n"
     "2月5日、山田外務大臣は、ペトロフ外務大臣に対しメッセージを発出しました。\n", "other", 0),
    # condolences
    ("オゾルス元ラトビア大統領の逝去について(弔意の表明)\n令和3年2月5日\n\n"
     "2月5日、山田内閣総理大臣は、ペトロフ・ラトビア大統領に対し弔意メッセージを発出しました。\n", "other", 0),
    ("オゾルス元ラトビア首相の逝去に対する弔意の表明\n令和3年2月5日\n\n"
     "2月5日、山田外務大臣は、ペトロフ・ラトビア外務大臣に対し弔意を表明しました。\n", "other", 0),
    # an audience given by the Emperor or the Crown Prince
    ("ペトロフ・ラトビア大統領と天皇陛下との御会見\n令和3年2月5日\n\n"
     "2月5日、天皇陛下は、皇居において、ペトロフ・ラトビア大統領と御会見になりました。山田外務大臣が陪席しました。\n", "other", 0),
    ("皇太子殿下によるペトロフ・ラトビア首相の御引見\n平成15年2月5日\n\n"
     "2月5日、皇太子殿下は、東宮御所において、ペトロフ・ラトビア首相を御引見になった。\n", "other", 0),
    # a dinner attended, greetings exchanged with ministers: no talk
    ("山田外務大臣のバルト外相会合歓迎夕食会への出席\n令和3年2月5日\n\n"
     "2月5日、バルト外相会合出席のためリガを訪問中の山田外務大臣は、ラトビア政府主催の歓迎夕食会に出席しました。"
     "山田大臣は、ペトロフ・ラトビア外務大臣らと挨拶を交わしました。\n", "other", 0),
    ("山田内閣総理大臣のラトビア独立記念日レセプションへの出席\n令和3年2月5日\n\n"
     "2月5日、山田内閣総理大臣は、駐日ラトビア大使主催のレセプションに出席し、ペトロフ大使と言葉を交わしました。\n", "other", 0),
    # … but a talk held on the margins of the dinner is a talk
    ("山田外務大臣のバルト外相会合歓迎夕食会への出席\n令和3年2月5日\n\n"
     "2月5日、山田外務大臣は、歓迎夕食会に先立ち、ペトロフ・ラトビア外務大臣と約10分間立ち話を行いました。"
     "両外相は、協力を強化していくことで一致しました。\n", "other", 1),
    # a telephone talk held to congratulate is a telephone talk
    ("日・ラトビア首脳電話会談\n令和3年2月5日\n\n"
     "2月5日、午後5時から約15分間、山田内閣総理大臣は、ペトロフ・ラトビア大統領と電話会談を行いました。"
     "山田総理から、ペトロフ大統領の就任に対する祝意を伝達しました。\n", "telephone_talk", 1),
    # a talk's heading that names a letter handed over: the talk's record
    ("日・ラトビア首脳会談(親書の手交)\n令和3年2月5日\n\n"
     "2月5日、山田内閣総理大臣は、来日中のペトロフ・ラトビア首相と首脳会談を行い、親書を手交しました。\n", "meeting", 1),
    ("山田外務大臣とペトロフ・ラトビア外務大臣との懇談\n令和3年2月5日\n\n"
     "2月5日、山田外務大臣は、ペトロフ・ラトビア外務大臣と懇談を行いました。\n", "meeting", 1),
]


@pytest.mark.parametrize("text,doc_type,n", PAGES)
def test_no_talk_pages(text, doc_type, n):
    rec = extract_text(text).record
    assert (rec.doc_type, len(rec.events)) == (doc_type, n)
    assert rec.title == text.split("\n")[0]


def case_texts() -> list[str]:
    return [t for t, _, _ in PAGES]
