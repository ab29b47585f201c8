"""Cases of pages written in forms probe 15 (tests/test_generalisation15.py) found unread: the talks a lead lists below
it by their names (…は、以下の外相会談を行いました。 (1) 日・X外相会談 …), each with its own counterpart and the lead's
day; a heading that names a visitor's stay in brackets over the page's own date line; a party's officers (幹事長,
党首) as principals; an exchange year named without quotes (…交流年の実施に向け協力していく) and an initiative set up;
the old site's spelling of Viet Nam (ヴィエトナム).

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

# --- a lead telling the talks listed below it by their names: each talk the lead's day, its own counterpart ------------
LISTED_TALKS = ("国連総会の機会における二国間外相会談\n令和5年9月21日\n\n"
                "国連総会出席のためニューヨークを訪問中の山田外務大臣は、9月20日(現地時間)、以下の外相会談を行いました。\n"
                "(1) 日・ペルー外相会談\n"
                "午前9時から約20分間、ガルシア・ペルー外務大臣と外相会談を行いました。両外相は、経済関係を強化することで一致しました。\n"
                "(2) 日・ケニア外相会談\n"
                "午前11時から約30分間、オディアンボ・ケニア外務大臣と外相会談を行いました。\n")
# … told with 以下のとおり, two summits under their headings: neither takes the other's leader
HEADED_SUMMITS = ("東アジア首脳会議の機会における首脳会談\n令和4年11月13日\n\n"
                  "11月13日(現地時間)、東アジア首脳会議出席のためプノンペンを訪問中の山田内閣総理大臣は、以下のとおり首脳会談を行いました。\n"
                  "1 日・ブルネイ首脳会談\n"
                  "午前8時から約15分間、ハッサン・ブルネイ国王と首脳会談を行いました。\n"
                  "2 日・シンガポール首脳会談\n"
                  "午前9時から約20分間、タン・シンガポール首相と首脳会談を行いました。両首脳は、デジタル分野で協力することで一致しました。\n")
# … an old-site lead over numbered parts each named by its pair and day, told by a sentence with the two as subject
PARTS_NAMED = ("APEC閣僚会議の際の二国間会談(概要)\n平成13年10月18日\n\n"
               "APEC閣僚会議出席のため上海を訪問中の田島外務大臣は、以下の二国間会談を行ったところ、概要以下の通り。\n"
               "1.日・チリ外相会談(10月17日午後)\n"
               "田島大臣とロペス外務大臣は、日チリ間の経済関係を強化することで一致した。\n"
               "2.日・メキシコ外相会談(10月18日午前)\n"
               "田島大臣とカストロ外務大臣は、両国間の投資協定の交渉を開始することで合意した。\n")
# --- a heading naming the visitor's stay in brackets, the page's date on the line below --------------------------------
STAY_HEADING = ("ハンセン・デンマーク首相の来日(令和6年4月8日~10日)\n令和6年4月2日\n\n"
                "1 デンマークのハンセン首相は、4月8日から10日まで、実務訪問賓客として来日します。\n"
                "2 滞在中、ハンセン首相は、山田内閣総理大臣と首脳会談を行う予定です。\n")
# … with no date line below it, the heading's bracket gives the page's date (as before)
STAY_ONLY = ("ハンセン・デンマーク首相の来日(令和6年4月8日~10日)\n\n"
             "1 デンマークのハンセン首相は、4月8日から10日まで、実務訪問賓客として来日します。\n")
# --- a party's officers: its secretary-general and its leader ------------------------------------------------------------
PARTY = ("山田外務大臣とオチル・モンゴル民主党幹事長との会談\n令和5年6月6日\n\n"
         "6月6日、午後2時から約30分間、山田外務大臣は、来日中のオチル・モンゴル民主党幹事長と会談を行いました。"
         "両者は、議員交流を促進することで一致しました。\n")
LEADER = ("山田外務大臣とベルク・ノルウェー労働党党首との会談\n令和5年6月7日\n\n"
          "6月7日、午後4時から約20分間、山田外務大臣は、来日中のベルク・ノルウェー労働党党首と会談を行いました。\n")
# --- an exchange year named without quotes, worked for together; an initiative set up ------------------------------------
EXCHANGE_YEAR = ("日・チェコ外相会談\n平成16年3月3日\n\n"
                 "3月3日、中山外務大臣は、来日中のノヴァーク・チェコ外務大臣と会談した。"
                 "双方は、来年の日本・チェコ交流年の実施に向けて協力していくことを確認した。\n")
SIGNING_WORKED_FOR = ("日・チェコ外相会談\n平成16年3月3日\n\n"
                      "3月3日、中山外務大臣は、来日中のノヴァーク・チェコ外務大臣と会談した。"
                      "双方は、投資協定の早期署名に向けて協力していくことで一致した。\n")
INITIATIVE = ("日・ラオス外相会談\n平成18年2月8日\n\n"
              "2月8日、中山外務大臣は、来日中のソムサック・ラオス外務大臣と会談した。"
              "両大臣は、本年中に日ラオス投資イニシアティブを立ち上げることで一致した。\n")
# --- the old site's spelling of Viet Nam -------------------------------------------------------------------------------------
VIETNAM_OLD = ("日・ヴィエトナム首脳会談\n平成10年12月16日\n\n"
               "12月16日、ハノイを訪問中の小林総理大臣は、カイ・ヴィエトナム首相と会談した。\n")


def _record(text):
    return extract_text(text).record


def test_listed_talks_take_the_lead_day_and_their_own_side():
    with lexicon.trace() as fired:
        evs = _record(LISTED_TALKS).events
    assert "talks.list_lead.ika_talks" in fired
    assert [(e.date, e.start_local, [(p.name, p.country) for p in e.principals]) for e in evs] == [
        ("2023-09-20", "09:00", [("山田", "JP"), ("ガルシア", "PE")]),
        ("2023-09-20", "11:00", [("山田", "JP"), ("オディアンボ", "KE")])]


def test_parts_named_by_their_pair_are_the_talks_not_the_lead():
    with lexicon.trace() as fired:
        evs = _record(PARTS_NAMED).events
    assert "talks.list_lead.ika_talks" in fired
    assert [(e.kind, e.date, e.city, [(p.name, p.country) for p in e.principals]) for e in evs] == [
        ("foreign_ministers", "2001-10-17", "上海", [("田島", "JP"), ("ロペス", "CL")]),
        ("foreign_ministers", "2001-10-18", "上海", [("田島", "JP"), ("カストロ", "MX")])]
    assert [[o.type for o in e.outcomes] for e in evs] == [["agree"], ["agree"]]


def test_headed_summits_keep_to_their_own_leader():
    evs = _record(HEADED_SUMMITS).events
    assert [e.countries for e in evs] == [["JP", "BN"], ["JP", "SG"]]
    assert [[p.name for p in e.principals] for e in evs] == [["山田", "ハッサン"], ["山田", "タン"]]


def test_stay_in_heading_brackets_gives_way_to_the_date_line():
    rec = _record(STAY_HEADING)
    assert rec.doc_date == "2024-04-02"
    assert rec.title == "ハンセン・デンマーク首相の来日(令和6年4月8日~10日)"
    assert [(e.date, e.date_end) for e in rec.events] == [("2024-04-08", "2024-04-10")]
    assert _record(STAY_ONLY).doc_date == "2024-04-08"


def test_party_officers_are_principals():
    with lexicon.trace() as fired:
        sec = _record(PARTY).events[0]
        lead = _record(LEADER).events[0]
    assert {"roles.end.kanjicho", "roles.end.toshu"} <= fired
    assert [(p.name, p.role, p.country) for p in sec.principals] == [("山田", "外務大臣", "JP"), ("オチル", "民主党幹事長", "MN")]
    assert [(p.name, p.role, p.country) for p in lead.principals] == [("山田", "外務大臣", "JP"), ("ベルク", "労働党党首", "NO")]


def test_exchange_year_worked_for_is_planned_not_a_signing():
    with lexicon.trace() as fired:
        plans = _record(EXCHANGE_YEAR).events[0].planned
    assert {"plans.noun.kouryuunen", "plans.preparing.kyouryoku"} <= fired
    assert [(p.what, p.date) for p in plans] == [("日本・チェコ交流年", "2005")]
    assert _record(SIGNING_WORKED_FOR).events[0].planned == []


def test_initiative_set_up_is_planned():
    with lexicon.trace() as fired:
        plans = _record(INITIATIVE).events[0].planned
    assert "plans.noun.initiative" in fired
    assert [(p.what, p.date) for p in plans] == [("日ラオス投資イニシアティブ", "2006")]


def test_old_spelling_of_viet_nam():
    ev = _record(VIETNAM_OLD).events[0]
    assert ev.countries == ["JP", "VN"] and [p.name for p in ev.principals] == ["小林", "カイ"]


def case_texts() -> list[str]:
    return [LISTED_TALKS, PARTS_NAMED, HEADED_SUMMITS, STAY_HEADING, STAY_ONLY, PARTY, LEADER, EXCHANGE_YEAR, SIGNING_WORKED_FOR,
            INITIATIVE, VIETNAM_OLD]
