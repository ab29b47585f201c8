"""group_events: which event rows of one relationship are the same talk."""

from __future__ import annotations

import json
from types import SimpleNamespace

from gaiko.link.reconcile import group_events
from gaiko.record import Record


def row(event_id, doc_id, date, kind="foreign_ministers", date_end=None, doc_type="meeting", **kw):
    base = dict(channel="in_person", city=None, occasion=None, principals=[], countries=["JP", "RU"])
    base.update(kw)
    return SimpleNamespace(event_id=event_id, doc_id=doc_id, date=date, date_end=date_end, kind=kind,
                           doc_type=doc_type, **base)


def ids(groups):
    return sorted(sorted(r.event_id for r in g) for g in groups)


def test_chronology_entry_joins_meeting_record_of_same_day():
    a = row("chron:15", "chron", "2008-11-05", doc_type="chronology",
            principals=[{"name": "ラヴロフ", "country": "RU"}])
    b = row("mtg:0", "mtg", "2008-11-05",
            principals=[{"name": "中曽根", "country": "JP"}, {"name": "ラブロフ", "country": "RU"}])
    assert ids(group_events([a, b])) == [["chron:15", "mtg:0"]]


def test_visit_entry_spanning_days_contains_a_talk_on_one_of_them():
    visit = row("chron:1", "chron", "2011-02-11", date_end="2011-02-12", doc_type="chronology")
    talk = row("mtg:0", "mtg", "2011-02-12")
    assert ids(group_events([visit, talk])) == [["chron:1", "mtg:0"]]


def test_different_kinds_on_the_same_day_stay_apart():
    fm = row("chron:1", "chron", "2018-07-31", doc_type="chronology")
    two = row("mtg:1", "mtg", "2018-07-31", kind="two_plus_two")
    assert ids(group_events([fm, two])) == [["chron:1"], ["mtg:1"]]


def test_events_of_one_document_are_never_merged_even_through_a_third_row():
    visit = row("chron:1", "chron", "2023-08-03", date_end="2023-08-05", doc_type="chronology")
    t1 = row("visit:0", "visit", "2023-08-03")
    t2 = row("visit:1", "visit", "2023-08-04")
    groups = group_events([visit, t1, t2])
    assert ids(groups) == [["chron:1", "visit:0"], ["visit:1"]]  # the same-day pair wins


def test_telephone_talk_is_not_the_visit_of_that_day():
    a = row("a:0", "a", "2020-04-17", channel="telephone")
    b = row("b:0", "b", "2020-04-17", channel="in_person")
    assert len(group_events([a, b])) == 2


def test_different_principals_of_one_side_are_different_talks():
    a = row("a:0", "a", "2020-01-10", principals=[{"name": "茂木", "country": "JP"}])
    b = row("b:0", "b", "2020-01-10", principals=[{"name": "河野", "country": "JP"}])
    assert len(group_events([a, b])) == 2


def test_different_cities_are_different_talks_and_undated_rows_stay_alone():
    a = row("a:0", "a", "2020-01-10", city="東京")
    b = row("b:0", "b", "2020-01-10", city="モスクワ")
    c = row("c:0", "c", None)
    d = row("d:0", "d", "2020-01")  # month only: not matched
    assert len(group_events([a, b, c, d])) == 4


def test_dict_rows_and_input_order_are_kept():
    a = {"event_id": "x", "doc_id": "1", "date": "2009-01-01", "kind": "summit"}
    b = {"event_id": "y", "doc_id": "2", "date": "2009-01-01", "kind": "summit"}
    c = {"event_id": "z", "doc_id": "3", "date": "2001-01-01", "kind": "summit"}
    groups = group_events([c, a, b])
    assert [[r["event_id"] for r in g] for g in groups] == [["z"], ["x", "y"]]


def test_seed_gold_records_give_one_joined_talk(shared_dir):
    rows = []
    for path in sorted((shared_dir / "gold").glob("*.json")):
        rec = Record.model_validate(json.loads(path.read_text(encoding="utf-8")))
        for i, ev in enumerate(rec.events):
            d = ev.model_dump()
            d.update(event_id=f"{path.stem}:{i}", doc_id=path.stem, doc_type=rec.doc_type)
            rows.append(d)
    joined = [sorted(r["event_id"] for r in g) for g in group_events(rows) if len(g) > 1]
    assert joined == [["001_65328be2aa164c64:0", "004_53b87c146693e3b8:15"]]


# --- properties over random rows ---------------------------------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_rows = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d"]),                      # doc
        st.integers(0, 20),                                          # day offset
        st.integers(0, 3),                                           # span length
        st.sampled_from(["summit", "foreign_ministers", "other"]),   # kind
        st.sampled_from([None, "in_person", "telephone"]),           # channel
        st.sampled_from([None, "東京", "大阪"]),                        # city
        st.sampled_from(["meeting", "chronology"]),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(_rows)
def test_groups_partition_rows_and_respect_the_rules(spec):
    from datetime import date, timedelta

    rows = []
    for i, (doc, off, length, kind, channel, city, doc_type) in enumerate(spec):
        d = date(2020, 1, 1) + timedelta(days=off)
        rows.append(row(f"{doc}-{i}", doc, d.isoformat(), kind=kind, channel=channel, city=city, doc_type=doc_type,
                        date_end=(d + timedelta(days=length)).isoformat() if length else None))
    groups = group_events(rows)
    flat = [r.event_id for g in groups for r in g]
    assert sorted(flat) == sorted(r.event_id for r in rows)           # every row exactly once
    for g in groups:
        assert len({r.doc_id for r in g}) == len(g)                     # never two events of one document
        assert len({r.kind for r in g}) == 1                            # kinds agree
        assert len({r.channel for r in g if r.channel}) <= 1            # channels agree when known
        assert len({r.city for r in g if r.city}) <= 1                  # cities agree when known
        if len(g) > 1:                                                  # joined rows overlap in time
            spans = [(r.date, r.date_end or r.date) for r in g]
            assert max(s for s, _ in spans) <= min(e for _, e in spans) or len(g) > 2
