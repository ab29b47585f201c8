"""The site's two commas read alike: every case page gives the same record with each 、 written , and back.

Older pages of the ministry write , where the new site writes 、 (and some pages mix them); a rule that names only one
of them reads the same sentence two ways. Every invented page of tests/cases (``case_texts()``) is extracted as written,
with 、 for , and with , for 、; the records must be the same but for the commas in their quoted text (one character
for one: spans do not move). The one convention that needs the comma itself is the old pages' surname first before
a comma (ペトロフ,イワン・イワノヴィチ露外務大臣: with 、 a list of two), so a page holding such a name is left out.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

import pytest

from gaiko.pipeline import extract_text

CASES = Path(__file__).parent / "cases"
# a katakana surname then a comma then a name (the old pages' surname-first form)
SURNAME_FIRST = re.compile(r"[ァ-ヴー]{2,}[,、][ァ-ヴー]{2,}・")


def _pages() -> list[str]:
    if str(CASES) not in sys.path:
        sys.path.insert(0, str(CASES))
    out: list[str] = []
    for path in sorted(CASES.glob("test_cases_*.py")):
        mod = importlib.import_module(path.stem)
        out += [t for t in getattr(mod, "case_texts", lambda: ())() if not SURNAME_FIRST.search(t)]
    return out


def _record(text: str) -> str:
    return json.dumps(extract_text(text).to_line()["record"], ensure_ascii=False, sort_keys=True).replace("、", ",")


@pytest.fixture(scope="module")
def pages() -> list[str]:
    return _pages()


def test_both_commas_read_alike(pages):
    assert len(pages) > 1000
    differ = [t[:80] for t in pages
              if not (_record(t) == _record(t.replace("、", ",")) == _record(t.replace(",", "、")))]
    assert differ == []


def test_the_check_tells_a_comma_that_matters():
    # the surname-first form is read by its comma: with 、 the same text is a list, and the check sees it
    page = "日露外相会談\n平成29年9月1日\n本1日、森谷外務大臣は,ペトロフ,イワン・イワノヴィチ露外務大臣との間で外相会談を行いました。\n"
    assert SURNAME_FIRST.search(page)
    assert _record(page) != _record(page.replace(",", "、"))
