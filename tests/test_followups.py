"""Follow-through: planned items linked to the talks that fulfil them, or pending / overdue / unmatched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gaiko.errors import UsageError
from gaiko.link.docs import load_gold
from gaiko.link.followups import followups, plan_kind, window

KNOWLEDGE = Path(__file__).parent / "data" / "knowledge"


@pytest.fixture(scope="module")
def hard_docs():
    return load_gold(KNOWLEDGE.glob("*.json"))


def by_what(items, what):
    [f] = [f for f in items if f.what == what]
    return f


# fmt: off
@pytest.mark.parametrize("d,prec,made_on,expected", [
    ("2002-03", "mid_month", "2002-02-02", ("2002-03-08", "2002-03-25")),  # 11..20 with slack
    ("2002-03", "early_month", "2002-02-02", ("2002-02-26", "2002-03-15")),
    ("2002-02", "late_month", "2002-01-10", ("2002-02-18", "2002-03-05")),  # end of a short month
    ("2008-11-22", "day", "2008-11-05", ("2008-11-20", "2008-11-25")),
    ("2018", "year", "2018-07-31", ("2018-08-01", "2019-01-30")),         # never before the next day
    (None, None, "2018-07-31", ("2018-08-01", "2019-07-31")),             # undated: a year's horizon
])
def test_windows(d, prec, made_on, expected):
    w = window(d, prec, made_on)
    assert (w[0].isoformat(), w[1].isoformat()) == expected


def test_season_window_reads_the_season_word():
    assert window("2020", "season", "2020-04-17", date_text="本年秋") == (date(2020, 9, 1), date(2020, 12, 30))
    assert window(None, None, None) is None
    assert window("2020-13", "month", None) is None  # a bad date is no window, not a crash
# fmt: on


def test_plan_kind_from_words_when_the_record_gives_none():
    assert plan_kind("日英外務・防衛閣僚会合(「2+2」)", None) == "two_plus_two"
    assert plan_kind("安倍総理の訪韓", None) == "summit"
    assert plan_kind("局長級協議", None) == "vice_ministerial"
    assert plan_kind("記念行事", None) is None
    assert plan_kind("何か", "summit") == "summit"


def test_plan_fulfilled_at_another_place_is_linked_with_lower_confidence(hard_docs):
    fu = by_what(followups(hard_docs, country="FR"), "日仏首脳会談")
    assert fu.status == "fulfilled"
    assert fu.matched_date == "2019-06-26"
    assert fu.matched_city == "大阪"
    assert fu.notes == ["held in 大阪, planned in 東京"]
    assert fu.confidence is not None and fu.confidence < 0.6
    # the talk has a meeting record and a chronology entry: both are its sources
    assert sorted(fu.matched_sources) == ["k06_fr_summit_2019", "k09_fr_chronology"]


def test_plan_whose_window_passed_is_overdue(hard_docs):
    fu = by_what(followups(hard_docs, country="KR"), "次官級協議")
    assert (fu.window_start, fu.window_end) == ("2015-03-08", "2015-03-25")
    assert fu.status == "overdue" and fu.matched_event_id is None
    # a summit telephone talk of 2016 does not fulfil a vice-ministerial plan
    assert followups(hard_docs, country="KR", status="overdue") == [fu]


def test_plan_after_the_newest_record_is_pending(hard_docs):
    items = followups(hard_docs, status="pending")
    assert [(f.what, f.relationship, f.window_start) for f in items] == [("日露外相会談", "JP-RU", "2021-04-28")]


def test_unknown_status_is_a_usage_error(hard_docs):
    with pytest.raises(UsageError):
        followups(hard_docs, status="done")


def test_seed_gold_follow_through(shared_dir):
    docs = load_gold((shared_dir / "gold").glob("*.json"))
    items = followups(docs, country="RU")
    vice = by_what(items, "次官級協議")
    assert (vice.made_on, vice.place, vice.precision) == ("2002-02-02", "モスクワ", "mid_month")
    assert vice.status == "overdue"  # the seeds hold no record of that consultation
    apec = by_what(items, "日露首脳会談") if sum(f.what == "日露首脳会談" for f in items) == 1 else \
        [f for f in items if f.what == "日露首脳会談" and f.made_on == "2008-11-05"][0]
    assert apec.status == "fulfilled"
    assert apec.matched_event_id == "004_53b87c146693e3b8-14"  # the chronology's 2008-11-22 entry
    assert apec.confidence >= 0.8
    assert followups(docs, country="CN") == []


def test_links_both_ways_for_one_talk(hard_docs):
    from gaiko.link.followups import for_event

    here = for_event(hard_docs, "k05_fr_fm_2019-0")
    assert [f.what for f in here["planned_here"]] == ["日仏首脳会談"] and here["fulfils"] == []
    # the Osaka summit fulfils it, through its meeting record and through its chronology entry
    for eid in ("k06_fr_summit_2019-0", "k09_fr_chronology-0"):
        there = for_event(hard_docs, eid)
        assert [f.plan_id for f in there["fulfils"]] == ["k05_fr_fm_2019-0:p0"], eid


def _doc(doc_id: str, date: str, *, scheduled: bool = False, planned: list | None = None, doc_type="meeting"):
    """One document of one Japan–Brazil foreign ministers' talk in Tokyo (records written for this test)."""
    from gaiko.link.docs import DocView
    from gaiko.record import Record

    event = {"kind": "foreign_ministers", "channel": "in_person", "date": date, "city": "東京",
             "countries": ["JP", "BR"], "scheduled": scheduled,
             "principals": [{"name": "山田", "role": "外務大臣", "country": "JP"},
                            {"name": "シルバ", "role": "外務大臣", "country": "BR"}],
             "planned": planned or []}
    rec = Record.model_validate({"title": "日ブラジル外相会談", "doc_type": doc_type, "doc_date": date, "events": [event]})
    return DocView(doc_id=doc_id, record=rec, title=rec.title, doc_type=rec.doc_type, doc_date=rec.doc_date, path=doc_id)


PLAN = [{"text": "両外相は、5月に東京で外相会談を行うことで一致した。", "span": [0, 24], "what": "日ブラジル外相会談",
         "date": "2030-05", "precision": "month", "place": "東京", "kind": "foreign_ministers"}]


def test_a_talk_only_announced_is_scheduled_not_fulfilled():
    from gaiko.link.followups import link_followups, on_day

    docs = [_doc("plan", "2030-01-20", planned=PLAN), _doc("announce", "2030-05-12", scheduled=True, doc_type="visit")]
    [fu] = link_followups(docs)
    assert fu.status == "scheduled" and fu.matched_scheduled and fu.matched_event_id == "announce-0"
    assert "announced, not reported held" in fu.notes
    # replayed on a day before the announced date, it is still pending, the announcement noted as to come
    [early] = on_day([fu], "2030-05-01")
    assert early.status == "pending" and early.matched_event_id is None
    assert early.notes == ["announced for later: 2030-05-12 " + fu.matched_label]
    assert on_day([fu], "2030-06-01")[0].status == "scheduled"


def test_a_talk_reported_held_wins_over_an_announced_one():
    from gaiko.link.followups import link_followups

    # the announced talk is on an exact day of the window, the held one is not: held still wins
    docs = [_doc("plan", "2030-01-20", planned=PLAN), _doc("announce", "2030-05-12", scheduled=True),
            _doc("held", "2030-05-28")]
    [fu] = link_followups(docs)
    assert fu.status == "fulfilled" and not fu.matched_scheduled and fu.matched_event_id == "held-0"
