"""Real pages damaged the ways a text conversion damages pages the extractor has never seen: no crash, and
every span it reports is exact.

The hidden real pages are cut at other places, glued to other residue and written with other punctuation than
the 177 of ../shared/real. Each real page (read from ../shared, never copied here) is damaged here in a dozen
seeded ways — cut before or after a random point, a hole cut out, its lines shuffled or joined, digits and
brackets made full-width, 、 turned into the old site's , and ，, its first half joined to another page's second
half, the page twice over, a line break after every 。 with CRLF — and each result must extract to a valid
record whose spans slice the text to what they claim (the property of tests/test_properties.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest
from test_properties import assert_spans_exact

from gaiko.errors import InputError
from gaiko.pipeline import extract_text
from gaiko.record import Record

WIDE = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def _cuts(t: str, rnd: random.Random, _pages: list[str]) -> Iterator[str]:
    for _ in range(3):
        a = rnd.randrange(len(t))
        yield t[:a]
        yield t[a:]


def _hole(t: str, rnd: random.Random, _pages: list[str]) -> Iterator[str]:
    a, b = sorted(rnd.sample(range(len(t)), 2))
    yield t[:a] + t[b:]


def _lines(t: str, rnd: random.Random, _pages: list[str]) -> Iterator[str]:
    lines = t.split("\n")
    rnd.shuffle(lines)
    yield "\n".join(lines)
    yield t.replace("\n", "")
    yield t.replace("。", "。\n").replace("\n", "\r\n")


def _characters(t: str, _rnd: random.Random, _pages: list[str]) -> Iterator[str]:
    yield t.translate(WIDE)
    yield t.replace("、", ",")
    yield t.replace("、", "，")


def _joined(t: str, rnd: random.Random, pages: list[str]) -> Iterator[str]:
    other = pages[rnd.randrange(len(pages))]
    yield t[: len(t) // 2] + other[len(other) // 2:]
    yield t + "\n" + t


DAMAGE: dict[str, Callable[[str, random.Random, list[str]], Iterator[str]]] = {
    "cut": _cuts, "hole": _hole, "lines": _lines, "characters": _characters, "joined": _joined}


@pytest.fixture(scope="module")
def real_pages(shared_dir) -> list[tuple[str, str]]:
    docs = sorted((shared_dir / "real" / "docs").glob("*.txt"))
    if not docs:
        pytest.skip("../shared/real not present")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in docs]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_real_pages_extract_with_exact_spans(real_pages, damage):
    rnd = random.Random(f"gaiko-{damage}")
    texts = [t for _, t in real_pages]
    done = 0
    for ident, text in real_pages:
        for damaged in DAMAGE[damage](text, rnd, texts):
            try:
                ex = extract_text(damaged, ident)
            except InputError:
                continue  # a refusal is allowed (an empty cut), with its one-line message
            Record.model_validate(ex.record.model_dump(mode="json"))
            assert_spans_exact(ex)
            done += 1
    assert done >= len(real_pages)  # the pages really went through, not refused
