"""The talk list's SQL (``talk_keys`` + ``talks.page``, the walk of a text query, m0115's talk keys and
``talk_dates``) gives what the first reading of talks gave: ``talk_set(..., dated=True)`` read whole into Python
(``talks.dated``) and sorted there (``talks.ordered``). On the seeds' archive, linked (talks of a meeting record and
a chronology's entry), on SQLite and PostgreSQL: ids, order, totals and facets for filters of every table, text
queries, pages and both orders; and after a document is deleted and written again."""

from __future__ import annotations

import itertools

import pytest
from test_talks import seeds  # noqa: F401  (the fixture the one below extends)

from gaiko.archive import Archive, Filters
from gaiko.store import store as store_mod
from gaiko.store import talks, tokens
from gaiko.store.filters import facet_counts, talk_set

FILTERS = [
    Filters(), Filters(country="RU"), Filters(kind="summit", date_from="2009", date_to="2011"),
    Filters(country="RU", date_from="2008"), Filters(outcome="protest"), Filters(person="ラヴロフ"),
    Filters(topic="北方領土"), Filters(doc_type="chronology"), Filters(doc_type="meeting", country="RU"),
    Filters(channel="telephone"), Filters(country="US", kind="summit"), Filters(date_from="2010-01", date_to="2010-06"),
]
QUERIES = ["", "会談", "ショイグ", "外相"]


@pytest.fixture
def linked(seeds):  # noqa: F811  (test_talks' seeds archive, linked on the spot: shared_talks, talk_dates written)
    seeds.talks()
    return seeds


def _reference(a: Archive, q: str, f: Filters, order: str = "DESC") -> list[int]:
    """Every matching talk's key in order, the first way: talk_set read whole and sorted in Python."""
    st = a.store
    terms = tokens.parse_query(q)
    within = st._match_subquery(terms, [], []) if terms else None
    sub, params = talk_set(a._check(f), documents=True, within=within, dated=True)
    return talks.ordered(talks.dated(st.db, sub, params), order)


def _ids(groups) -> list[list[str]]:
    return [[e.event_id for e in g] for g in groups]


def _check_same(a: Archive, q: str, f: Filters) -> int:
    ff = a._check(f)
    for order in ("DESC", "ASC"):
        want = _reference(a, q, f, order)
        total, exact, groups, found = a.store.talks(q, ff, limit=None, order=order, facets=True)
        assert exact and total == len(want), (q, f, order)
        assert _ids(groups) == _ids(a.store.talk_events(want)), (q, f, order)
        assert found == facet_counts(a.db, [(t, t) for t in want]), (q, f)
        for limit, offset in ((3, 0), (3, 2), (5, max(0, len(want) - 2)), (4, len(want) + 1)):
            total, _, page, _ = a.store.talks(q, ff, limit=limit, offset=offset, order=order)
            assert total == len(want) and _ids(page) == _ids(a.store.talk_events(want[offset:offset + limit]))
    return len(want)


def test_the_talk_lists_sql_gives_the_first_readings_talks(linked):
    assert linked.db.scalar("SELECT count(*) FROM shared_talks") > 0, "the seeds hold talks of several events"
    sizes = [_check_same(linked, q, f) for q, f in itertools.product(QUERIES, FILTERS)]
    assert sum(1 for n in sizes if n) > len(sizes) // 2 and max(sizes) > 20  # the cases match talks


def test_a_text_query_of_many_documents_walks_the_talks_by_date(linked, monkeypatch):
    """Past TALK_TEXT_SET matching documents the talks are walked by date; with a count limit above the matches the
    walk finds exactly the talks (and facets) of the set; below it, the first page and "at least count_limit"."""
    want = {(q, i): _reference(linked, q, f) for q in QUERIES[1:] for i, f in enumerate(FILTERS)}
    monkeypatch.setattr(store_mod, "TALK_TEXT_SET", 0)
    for (q, i), keys in want.items():
        f = linked._check(FILTERS[i])
        total, exact, page, found = linked.store.talks(q, f, limit=5, offset=1, facets=True, count_limit=10_000)
        assert exact and total == len(keys) and _ids(page) == _ids(linked.store.talk_events(keys[1:6])), (q, FILTERS[i])
        assert found == facet_counts(linked.db, [(t, t) for t in keys])
        if len(keys) > 4:
            total, exact, page, found = linked.store.talks(q, f, limit=2, offset=1, facets=True, count_limit=3)
            assert (total, exact, found) == (3, False, None)
            assert _ids(page) == _ids(linked.store.talk_events(keys[1:3]))
    res = linked.talks("会談", None, count_limit=3)
    assert res.total == 3 and not res.total_exact


def test_talk_dates_follow_deletes_and_writes(linked, shared_dir):
    doc = linked.search("", Filters(doc_type="meeting", country="RU")).hits[0].doc_id
    assert linked.store.delete(doc)
    for f in FILTERS[:4]:
        _check_same(linked, "", f)
    linked.ingest([str(shared_dir / "seeds")], jobs=1)
    linked.talks()
    for f in FILTERS:
        _check_same(linked, "", f)
