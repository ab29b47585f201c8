"""Japanese full-text search: exact 1-, 2-, 3-character and longer matches, mixed queries, malformed input.

Every check runs on SQLite and on PostgreSQL (archive_url fixture) and compares with the substring truth
over the folded texts, so the search is proven exact, not just plausible.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gaiko.archive import Archive
from gaiko.filters import Filters
from gaiko.store import tokens

CJK = re.compile(f"^[{tokens.CJK_CHARS}]+$")



def _index_text_spec(text: str) -> str:
    """index_text as its docstring defines it, one CJK run at a time (the fast version must equal it)."""
    def run(m: re.Match) -> str:
        s = m.group()
        return " " + " ".join([s[i:i + 2] for i in range(len(s) - 1)] + [s[-1]]) + " "
    return re.sub(f"[{tokens.CJK_CHARS}]+", run, tokens.fold(text))


INDEX_CHARS = st.one_of(
    st.sampled_from(list("日露会談北方四島あいうアイウーー々〆〇・、。 \n\t\x00aZ09_-\"'") + ["\U00020bb7", "\U0002a6b2", "\uff21", "\uff71"]),
    st.characters(blacklist_categories=("Cs",)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(INDEX_CHARS, max_size=80).map("".join))
def test_index_text_matches_its_definition(text):
    assert tokens.index_text(text) == _index_text_spec(text)


def test_index_text_examples():
    assert tokens.index_text("日露会談") == " 日露 露会 会談 談 "
    assert tokens.index_text("G7外相、露") == "g7 外相 相 、 露 "
    assert tokens.index_text("") == "" and tokens.index_text("abc") == "abc"


def truth(gold_extractions, needle: str) -> set[str]:
    n = tokens.fold(needle)
    return {e.sha256[:16] for e in gold_extractions if n in tokens.fold(e.text)}


def found(a: Archive, q: str) -> set[str]:
    r = a.search(q, limit=1000)
    assert r.total == len(r.hits)
    return {h.doc_id for h in r.hits}


# fmt: off
WORDS = ["露", "島", "中", "拉致", "漁業", "日露", "会談", "首脳", "外相", "北方四島", "平和条約", "ラヴロフ",
         "日露首脳会談", "東日本大震災", "共同経済活動", "ー", "々"]
# fmt: on


@pytest.mark.parametrize("word", WORDS)
def test_words_found_exactly(arch, gold_extractions, word):
    want = truth(gold_extractions, word)
    assert found(arch, word) == want


def test_random_substrings_are_exact(arch, gold_extractions):
    rnd = random.Random(7)
    checked = {1: 0, 2: 0, 3: 0, 4: 0, 6: 0}
    while min(checked.values()) < 6:
        e = rnd.choice(gold_extractions)
        n = rnd.choice(list(checked))
        i = rnd.randrange(0, max(1, len(e.text) - n))
        s = tokens.fold(e.text[i : i + n])
        if len(s) != n or not CJK.fullmatch(s):
            continue
        assert found(arch, s) == truth(gold_extractions, s), [hex(ord(c)) for c in s]
        checked[n] += 1


def test_one_char_at_end_of_run(arch, gold_extractions):
    # 露 ends the run in 訪露。 and 日露: found through the run-final unigram / prefix
    assert truth(gold_extractions, "露") <= found(arch, "露")
    assert found(arch, "露") == truth(gold_extractions, "露")


def test_phrase_does_not_cross_separators(archive_url, gold_extractions):
    with Archive.open(archive_url) as a:
        ex = gold_extractions[0]
        import copy

        e2 = copy.copy(ex)
        e2.text = "会議は東京・京都で行われた。北方・方四島の例。"
        e2.sha256 = "f" * 64
        e2.path = "/tmp/sep.txt"
        a.add(e2)
        assert "ffffffffffffffff" not in found(a, "東京都")
        assert "ffffffffffffffff" not in found(a, "北方四島")
        assert "ffffffffffffffff" in found(a, "京都")
        assert "ffffffffffffffff" in found(a, "東京")


def test_and_of_terms_and_quoted_phrase(arch, gold_extractions):
    both = truth(gold_extractions, "ラヴロフ") & truth(gold_extractions, "会談")
    assert found(arch, "ラヴロフ 会談") == both
    assert found(arch, "ラヴロフ\u3000会談") == both  # full-width space separates too
    assert found(arch, '"ラヴロフ外相"') == truth(gold_extractions, "ラヴロフ外相")


def test_mixed_latin_and_japanese(arch, gold_extractions):
    assert found(arch, "G7外相") == truth(gold_extractions, "G7外相")
    assert found(arch, "ＡＳＥＡＮ") == found(arch, "asean") == truth(gold_extractions, "ASEAN")
    assert found(arch, "G20") == {e.sha256[:16] for e in gold_extractions if re.search(r"(?<![0-9A-Za-z])G20(?![0-9])", tokens.fold(e.text).upper())}


@pytest.mark.parametrize("q", ['"北方', "NEAR(", "*", "露*", "' OR 1=1 --", "a\" OR \"b", "日露)", "(", "-", "^会談",
                               "DROP TABLE documents;", "col:value", "AND", "\\", "''", "\x00"])
def test_malformed_queries_are_text(arch, q):
    r = arch.search(q)  # never an SQL error
    assert r.total >= 0
    assert arch.search("会談").total > 0  # and nothing was harmed


def test_malformed_query_semantics(arch, gold_extractions):
    assert found(arch, '"北方') == truth(gold_extractions, "北方")  # the lone quote is ignored
    assert found(arch, "露*") == truth(gold_extractions, "露")  # * is not an operator
    assert arch.search("*").total == 0


@settings(max_examples=60, deadline=None)
@given(q=st.text(alphabet=st.sampled_from(list("露日会談\"'*()-: ORANDNEAR^{}[]+,.;\\\u3000xX1")), max_size=12))
def test_any_query_never_raises(gold_extractions, tmp_path_factory, q):
    db = tmp_path_factory.getbasetemp() / "hyp.db"
    with Archive.open(str(db)) as a:
        if a.stats().documents == 0:
            for e in gold_extractions[:5]:
                a.add(e)
        a.search(q)


def test_snippets_highlight_the_query(arch):
    r = arch.search("北方四島")
    assert r.hits
    for h in r.hits:
        marked = [t for t, m in h.snippet if m]
        assert marked and all(tokens.fold(t) == "北方四島" for t in marked)
        assert len("".join(t for t, _ in h.snippet)) <= 140


def test_ranking_prefers_more_occurrences(archive_url, gold_extractions):
    import copy

    with Archive.open(archive_url) as a:
        base = gold_extractions[0]
        for i, n in enumerate([1, 5, 2]):
            e = copy.copy(base)
            e.text = ("漁業協力について話した。" * n) + ("外交の話題。" * (6 - n))
            e.sha256 = f"{i}" * 64
            e.path = f"/tmp/r{i}.txt"
            a.add(e)
        ids = [h.doc_id for h in a.search("漁業").hits]
        assert ids[0] == "1" * 16 and ids[-1] == "0" * 16


def test_filters_narrow_results(arch, gold_extractions):
    ru = arch.search("会談", Filters(country="RU"))
    assert 0 < ru.total < arch.search("会談").total
    for h in ru.hits:
        d = arch.get(h.doc_id)
        assert any("RU" in e.countries for e in d.record.events)
    tel = arch.search("", Filters(channel="telephone"))
    assert tel.total > 0
    for h in tel.hits:
        assert any(e.channel == "telephone" for e in arch.get(h.doc_id).record.events)
    span = arch.search("", Filters(date_from="2008", date_to="2011"))
    assert span.total > 0 and all("2008" <= (h.doc_date or "2008")[:4] <= "2011" for h in span.hits)
    lav = arch.search("", Filters(person="ラヴロフ"))
    assert lav.total > 0
    agree = arch.search("会談", Filters(outcome="agree", kind="summit"))
    assert 0 < agree.total <= arch.search("会談", Filters(kind="summit")).total


def test_sort_by_date_and_paging(arch):
    r = arch.search("会談", sort="date", limit=5)
    dates = [h.doc_date or "" for h in r.hits]
    assert dates == sorted(dates, reverse=True)
    p1 = arch.search("会談", limit=5).hits
    p2 = arch.search("会談", limit=5, offset=5).hits
    assert not {h.doc_id for h in p1} & {h.doc_id for h in p2}


def test_common_queries_fall_back_to_recency_exactly(archive_url, gold_extractions):
    """With more matches than the ranking limit, every match is still returned exactly once, newest first."""
    with Archive.open(archive_url) as a:
        for e in gold_extractions:
            a.add(e)
        want = truth(gold_extractions, "会談")
        r = a.store.search("会談", limit=1000, rank_limit=4)
        assert r.total == len(want) and r.ranking == "recency"
        assert {h.doc_id for h in r.hits} == want and len(r.hits) == len(want)
        order = [a.db.scalar("SELECT n FROM documents WHERE doc_id = ?", (h.doc_id,)) for h in r.hits]
        assert order == sorted(order, reverse=True)
        pages = [h.doc_id for off in range(0, len(want), 3) for h in a.store.search("会談", limit=3, offset=off, rank_limit=4).hits]
        assert pages == [h.doc_id for h in r.hits]
        assert a.store.search("北方四島", rank_limit=4).ranking in ("bm25", "ts_rank")


def test_facets(arch):
    r = arch.search("会談", facets=True)
    assert {"doc_type", "year", "country", "kind"} <= set(r.facets)
    assert sum(f.count for f in r.facets["doc_type"]) == r.total


def test_count_limit_stops_counting_but_keeps_hits(arch, gold_extractions):
    """count_limit: a total above the limit reads as "limit or more" (total_exact False); below it, exact."""
    want = truth(gold_extractions, "会談")
    assert len(want) > 3
    exact = arch.search("会談", limit=50)
    capped = arch.search("会談", limit=50, count_limit=3)
    assert exact.total == len(want) and exact.total_exact
    assert capped.total == 3 and not capped.total_exact
    assert [h.doc_id for h in capped.hits] == [h.doc_id for h in exact.hits]  # same page, same order
    roomy = arch.search("会談", count_limit=len(want))
    assert roomy.total == len(want) and roomy.total_exact
    rare = arch.search("北方四島", count_limit=3)
    assert rare.total_exact and rare.total == len(truth(gold_extractions, "北方四島"))


SNIPPET_CHARS = "首脳会談露北方土力ＡＰＥＣapec⾸⼟⼒㊏ｱﾗﾌ アラフ。 \n"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=SNIPPET_CHARS, min_size=0, max_size=600),
       q=st.sampled_from(["首脳", "会談", "露", "北方", "土", "力", "apec", "ＡＰＥＣ", "ｱﾗﾌ", "首脳 土"]))
def test_snippet_marks_are_the_folded_matches(text, q):
    """Marked segments are exactly occurrences of a query term in fold(text), whether the snippet folds the
    text (it holds ⾸ for 首, capitals for apec) or finds the terms in the raw text."""
    terms = tokens.parse_query(q)
    needles = {n for t in terms for n in t.needles}
    segs = tokens.snippet(text, terms)
    marked = [s for s, m in segs if m]
    assert all(any(n in tokens.fold(s) for n in needles) for s in marked)
    folded = tokens.fold(text)
    first = min((p for n in needles if (p := folded.find(n)) >= 0), default=-1)
    if first >= 0:  # the window starts at most 30 characters before the first match and shows it marked
        assert marked and any(folded.find(n) == first and n in tokens.fold(marked[0]) for n in needles)
