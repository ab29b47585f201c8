"""Cases of pages written in forms probe 10 (tests/test_generalisation10.py) found unread: two talks of one day each
under its own heading, a line above the title naming the page's kind (外務大臣談話), lists of visitors by day
(来日要人), the FRG's old short name (西独), a call's clock printed in Japan time only, the same view given in reply
to quoted words, and a Vietnamese principal's name with ヴァン in it.

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

# --- two talks of one day: Aと日X首脳会談を、続いてBと日Y首脳会談を行った; each heading's first sentence its clock --------
THEN = ("日・ラトビア首脳会談及び日・リトアニア首脳会談\n令和3年2月5日\n\n"
        "2月5日、山田内閣総理大臣は、総理大臣官邸において、ペトロフ・ラトビア首相と日ラトビア首脳会談を、続いてカルニシュ・"
        "リトアニア首相と日リトアニア首脳会談を行いました。\n"
        "1 日ラトビア首脳会談\n"
        "午前10時から約30分間行われ、両首脳は、物流分野の協力を進めることで一致しました。\n"
        "2 日リトアニア首脳会談\n"
        "午前11時から約20分間行われ、カルニシュ首相から、日本企業の投資を要請しました。\n")
# … and two talks with それぞれ, each heading's sentence naming its room too
EACH = ("日・ラトビア外相会談、日・リトアニア外相会談\n令和3年3月9日\n\n"
        "3月9日、山田外務大臣は、ペトロフ・ラトビア外務大臣及びカルニシュ・リトアニア外務大臣とそれぞれ外相会談を行いました。\n"
        "1 日ラトビア外相会談\n"
        "(1)午後2時から約40分間、飯倉公館において行われました。\n"
        "(2)両外相は、サイバー分野の協力で一致しました。\n"
        "2 日リトアニア外相会談\n"
        "(1)午後3時30分から約25分間、総理大臣官邸において行われました。\n"
        "(2)両外相は、偽情報対策で連携することを確認しました。\n")
# a sentence under the heading that tells the results only (no clock) leaves the talk's clock unknown
NO_CLOCK = ("日・ラトビア首脳会談及び日・リトアニア首脳会談\n令和3年2月5日\n\n"
            "2月5日、山田内閣総理大臣は、ペトロフ・ラトビア首相と日ラトビア首脳会談を、引き続きカルニシュ・リトアニア首相と"
            "日リトアニア首脳会談を行いました。\n"
            "1 日ラトビア首脳会談\n両首脳は、物流分野の協力を進めることで一致しました。\n"
            "2 日リトアニア首脳会談\n両首脳は、エネルギー分野で協力していくことで一致しました。\n")


def _events(text):
    return extract_text(text).record.events


def test_then_two_talks_each_with_its_clock():
    with lexicon.trace() as fired:
        evs = _events(THEN)
    assert {"talks.clause.then", "talks.clause.headed"} <= fired
    assert [(e.countries, e.start_local, e.start_jst, e.duration_min, e.city) for e in evs] == [
        (["JP", "LV"], "10:00", "10:00", 30, "東京"), (["JP", "LT"], "11:00", "11:00", 20, "東京")]
    assert [[p.name for p in e.principals] for e in evs] == [["山田", "ペトロフ"], ["山田", "カルニシュ"]]
    assert [[(o.type, o.by) for o in e.outcomes if o.type != "thank"] for e in evs] == [[("agree", "both")], [("request", "LT")]]


def test_each_talk_clock_and_room_under_its_heading():
    evs = _events(EACH)
    assert [(e.start_local, e.duration_min, e.venue, e.city) for e in evs] == [
        ("14:00", 40, "飯倉公館", "東京"), ("15:30", 25, "総理大臣官邸", "東京")]


def test_heading_without_clock_gives_none():
    evs = _events(NO_CLOCK)
    assert [e.countries for e in evs] == [["JP", "LV"], ["JP", "LT"]]
    assert [(e.start_local, e.duration_min) for e in evs] == [(None, None), (None, None)]


# --- a line naming the page's kind above its title: 外務大臣談話 / …について is a statement, and reports no talk ---------
# (page text, doc_type, title)
KIND_LABELS = [
    ("外務大臣談話\nラトビアにおける議会選挙の実施について\n令和3年10月3日\n\n1 我が国は、選挙が平和裡に行われたことを歓迎します。\n",
     "statement", "ラトビアにおける議会選挙の実施について"),
    ("外務報道官談話\n日・ラトビア友好30周年に当たって\n令和3年12月31日\n\n1 本年、両国は友好30周年を迎え、10月には東京で特別首脳会議が開催されました。\n",
     "statement", "日・ラトビア友好30周年に当たって"),
    ("G7外相声明\nバルト地域の情勢について\n令和3年4月1日\n\n我々G7外相は、地域の安定を強く支持する。\n", "statement",
     "バルト地域の情勢について"),
    # the site's section (報道発表) above the title names no kind: typed by the title as before
    ("報道発表\nラトビアに対する無償資金協力に関する書簡の交換\n令和3年1月30日\n\n1 書簡の交換が行われました。\n", "other",
     "ラトビアに対する無償資金協力に関する書簡の交換"),
]


@pytest.mark.parametrize("text,doc_type,title", KIND_LABELS)
def test_kind_label_above_title(text, doc_type, title):
    rec = extract_text(text).record
    assert (rec.doc_type, rec.title, len(rec.events)) == (doc_type, title, 0)


# --- visitors to Japan listed by day (来日要人): a chronology; 西独 is the FRG -------------------------------------------
VISITORS = ("主な来日要人(昭和62年)\n\n"
            "3月\n"
            "4日 ペトロフ・ソ連外務大臣、山田外務大臣と会談\n"
            "5日 ペトロフ・ソ連外務大臣、田中総理大臣を表敬\n"
            "6月\n"
            "9日 ミュラー西独首相 田中総理大臣と首脳会談\n")


def test_visitors_by_day_a_chronology():
    rec = extract_text(VISITORS).record
    assert rec.doc_type == "chronology"
    assert [(e.date, e.countries) for e in rec.events] == [
        ("1987-03-04", ["JP", "SU"]), ("1987-03-05", ["JP", "SU"]), ("1987-06-09", ["JP", "DE"])]
    assert [(p.name, p.role, p.country) for p in rec.events[2].principals] == [("田中", "総理大臣", "JP"), ("ミュラー", "首相", "DE")]


# a visitor's stay over indented lines of its days: an entry per day line (the stay none), the visitor its other side;
# a stay without them stays one entry
STAY_DAYS = ("要人来日日程(平成13年)\n\n"
             "●3月30日(金)～4月2日(月) ペトロフ・ラトビア首相\n"
             "  31日 田中総理大臣と首脳会談\n"
             "  1日 山田外務大臣と会談\n"
             "●5月7日(月)～9日(水) カルニシュ・リトアニア首相\n")


def test_stay_over_its_days():
    rec = extract_text(STAY_DAYS).record
    assert rec.doc_type == "chronology"
    assert [(e.date, e.countries, [p.name for p in e.principals]) for e in rec.events] == [
        ("2001-03-31", ["JP", "LV"], ["田中", "ペトロフ"]), ("2001-04-01", ["JP", "LV"], ["山田", "ペトロフ"]),
        ("2001-05-07", ["JP", "LT"], ["カルニシュ"])]
    assert rec.events[0].kind == "summit"


# --- a call from Japan with its clock printed in Japan time only: that clock is local too -----------------------------
CALL_JST = ("日・ラトビア外相電話会談\n令和3年2月5日\n\n"
            "日本時間2月5日午前7時から約20分間、山田外務大臣は、ペトロフ・ラトビア外務大臣と電話会談を行いました。\n"
            "1 両外相は、協力を強化していくことで一致しました。\n")


# … and the call's initiation told in a sentence of its own (…からの要請によるものです) is no request
CALL_ASKED = ("日・ラトビア外相電話会談\n令和3年2月5日\n\n"
              "2月5日、午前8時から約20分間、山田外務大臣は、ペトロフ・ラトビア外務大臣と電話で会談しました。"
              "ペトロフ大臣からの要請によるものです。\n"
              "1 両外相は、協力を強化していくことで一致しました。\n")


def test_call_initiation_no_request():
    with lexicon.trace() as fired:
        (ev,) = _events(CALL_ASKED)
    assert "outcomes.request_not.niyoru" in fired
    assert [(o.type, o.by) for o in ev.outcomes if o.type != "thank"] == [("agree", "both")]


def test_call_clock_in_japan_time_only():
    (ev,) = _events(CALL_JST)
    assert (ev.channel, ev.start_local, ev.start_jst, ev.duration_min, ev.city) == ("telephone", "07:00", "07:00", 20, None)


# --- quoted words, then the same view in reply (「…」と発言し、Yは「全く同感である」と応じた): consent, an agreement --------
QUOTED = ("日・ラトビア首脳会談\n令和3年2月5日\n\n"
          "2月5日、山田内閣総理大臣は、リガにおいて、ペトロフ・ラトビア首相と首脳会談を行いました。\n"
          "1 山田総理から「物流分野での協力を広げたい」と発言し、ペトロフ首相は「全く同感である」と応じました。\n"
          "2 山田総理から「地域の安定が重要である」と述べ、ペトロフ首相から、エネルギー政策につき説明がありました。\n")


def test_same_view_in_reply_to_quoted_words():
    with lexicon.trace() as fired:
        (ev,) = _events(QUOTED)
    assert "outcomes.reply_in.quoted" in fired
    assert [(o.type, o.by) for o in ev.outcomes if o.type != "thank"] == [("agree", "both")]


# --- a Vietnamese principal written whole once: the given name the ministry uses (ヴァン is no particle there) --------
VIETNAM = ("日・ベトナム首脳会談\n令和3年2月5日\n\n"
           "2月5日、山田内閣総理大臣は、ハノイにおいて、レー・ヴァン・ホア・ベトナム国家主席と首脳会談を行いました。\n"
           "1 両首脳は、協力を強化していくことで一致しました。\n")


def test_vietnamese_name_with_van():
    (ev,) = _events(VIETNAM)
    assert [(p.name, p.country) for p in ev.principals] == [("山田", "JP"), ("ホア", "VN")]


def case_texts() -> list[str]:
    return [THEN, EACH, NO_CLOCK, VISITORS, STAY_DAYS, CALL_JST, CALL_ASKED, QUOTED, VIETNAM] + [t for t, _d, _t in KIND_LABELS]
