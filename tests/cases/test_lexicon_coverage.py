"""Every lexicon row is exercised by at least one case, and row ids are well formed and unique.

Each ``tests/cases/test_cases_<family>.py`` module offers ``case_texts()``: the whole invented pages its
cases extract. They are extracted here under ``lexicon.trace()``; a row that no case makes fire (to keep
a fact, or to drop one) fails ``test_every_row_has_a_case`` with its id — add a case for it, or drop it.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from gaiko.extract import lexicon
from gaiko.extract.lexicon import Row, Table
from gaiko.extract.lexicon import all as _all  # noqa: F401 - imports every lexicon module
from gaiko.pipeline import extract_text

CASE_MODULES = sorted(p.stem for p in Path(__file__).parent.glob("test_cases_*.py"))


def _fired_by_cases() -> tuple[set[str], int]:
    fired: set[str] = set()
    n = 0
    for name in CASE_MODULES:
        mod = importlib.import_module(name)
        for text in getattr(mod, "case_texts", lambda: ())():
            with lexicon.trace() as f:
                extract_text(text)
            fired |= f
            n += 1
    return fired, n


@pytest.fixture(scope="module")
def fired() -> set[str]:
    return _fired_by_cases()[0]


def test_every_row_has_a_case(fired):
    missing = [r.id for r in lexicon.all_rows() if r.id not in fired]
    assert not missing, f"{len(missing)} lexicon rows with no case that makes them fire: {missing}"


def test_fired_ids_are_rows(fired):
    """A matcher fires only ids of declared rows (no typo'd or stale id on a fact)."""
    known = {r.id for r in lexicon.all_rows()}
    assert not fired - known, sorted(fired - known)


def test_ids_validated():
    with pytest.raises(ValueError, match="must be"):
        Table("zz", (Row("zz.bad", "x"),), register=False)
    with pytest.raises(ValueError, match="duplicate"):
        Table("zz", (Row("zz.a.x", "x"), Row("zz.a.x", "y")), register=False)


def test_alternation_longest_first_and_which():
    import re

    t = Table("zz", (Row("zz.w.short", "外務"), Row("zz.w.long", "外務大臣"), Row("zz.r.any", r"[0-9]+回", regex=True)), register=False)
    assert re.match(t.alternation(), "外務大臣と").group(0) == "外務大臣"
    assert t.which("外務大臣").id == "zz.w.long" and t.which("3回").id == "zz.r.any" and t.which("大臣") is None
    assert t.first_chars() == {"外"}


def test_trace_collects_only_inside():
    with lexicon.trace() as f:
        assert lexicon.fire(Row("zz.a.b", "b")) == "zz.a.b"
    lexicon.fire("zz.a.c")
    assert f == {"zz.a.b"}


def test_explain_names_every_fact():
    """``gaiko extract --explain``: a line per fact, with the rule id (or '-') and the sentence."""
    from gaiko.explain import explain

    page = ("日・ベトナム外相会談\n令和2年5月10日\n\n"
            "1 5月10日、午後6時から約45分間、鈴木外務大臣はミン・ベトナム外相と外相会談を行いました。\n"
            "2 両外相は、本年秋に日越外相会談を開催することで一致しました。\n")
    lines = list(explain(extract_text(page, name="page.txt")))
    assert lines[0].startswith("page.txt: meeting, dated 2020-05-10")
    # the page's type by its heading's row (…外相会談 ends in 会談), in the record and on the first line
    assert extract_text(page).record.rules == {"doc_type": "layout.talk_title.kaidan"}
    assert lines[0].endswith("rule layout.talk_title.kaidan")
    assert any(li.strip().startswith("talk 1: foreign_ministers in_person 2020-05-10") for li in lines)
    assert any(li.strip().startswith("duration_min = 45") for li in lines)
    assert any(li.strip().startswith("principal 鈴木 (外務大臣, JP)") for li in lines)
    assert any(li.strip().startswith("outcome agree by both") for li in lines)
    assert any("in: 2 両外相は" in li or "in: 両外相は" in li for li in lines)
    assert all(" rule " in li for li in lines if li.strip().startswith(("talk", "principal", "outcome", "planned")))
