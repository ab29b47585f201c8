"""The real development set (../shared/real: excerpts of mofa.go.jp pages) through the real command.

The texts stay in ../shared; these tests read them from there. Gates:
- the headline score of ../shared/score.py over all 177 pages stays at or above REAL_FLOOR (the issue's goal of
  0.95; today's figure is in ACCURACY.md), no measure of it falls below MEASURE_FLOOR, and no page crashes the
  extractor;
- every page also extracts, to a valid record, as a saved HTML page in the encoding the site used then
  (Shift_JIS before 2012, UTF-8 after), with the same page date as the plain text gives.
"""

from __future__ import annotations

import csv
import html
import json
import subprocess
import sys

import pytest

from gaiko.record import Record

REAL_FLOOR = 0.95  # issue 13's goal for the headline; raised as the extractor improves
MEASURE_FLOOR = 0.85  # issue 13: no measure below it


def _real(shared_dir):
    d = shared_dir / "real"
    if not (d / "docs").is_dir():
        pytest.skip("../shared/real not present")
    return d


def test_real_pages_score_and_no_crash(shared_dir, tmp_path):
    real = _real(shared_dir)
    pred = tmp_path / "p.jsonl"
    with pred.open("w") as out:
        r = subprocess.run([sys.executable, "-m", "gaiko", "extract", str(real / "docs")], stdout=out,
                           stderr=subprocess.PIPE, text=True)
    assert r.returncode == 0, r.stderr  # rc 1 would mean some page failed
    lines = pred.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list((real / "docs").glob("*.txt")))
    for ln in lines:
        Record.model_validate(json.loads(ln)["record"])
    res = subprocess.run([sys.executable, str(shared_dir / "score.py"), str(real / "gold"), str(pred)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert "missing predictions 0, malformed records 0" in res[-2], res[-2]
    score = float(res[-1].split()[-1])
    assert score >= REAL_FLOOR, score
    low = {name: value for name, value in map(_measure, res[:-2]) if value < MEASURE_FLOOR}
    assert not low, low


def _measure(line: str) -> tuple[str, float]:
    """(name, value) of one measure line of score.py: its F1 for a set, its accuracy for a field."""
    words = line.split()
    key = "F1" if "F1" in words else "acc"
    return words[0], float(words[words.index(key) + 1])


def _as_saved_page(text: str, year: int) -> tuple[bytes, str]:
    enc = "shift_jis" if year < 2012 else "utf-8"
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={enc}">'
            f"<title>外務省</title></head><body>\n{body}\n</body></html>")
    return page.encode("cp932" if enc == "shift_jis" else enc, errors="xmlcharrefreplace"), enc


def test_real_pages_as_saved_html(shared_dir):
    from gaiko.pipeline import extract_bytes, extract_path

    real = _real(shared_dir)
    with (real / "INDEX.tsv").open(encoding="utf-8") as f:
        years = {row["id"]: int(row["year"] or 2020) for row in csv.DictReader(f, delimiter="\t")}
    sjis = 0
    for p in sorted((real / "docs").glob("*.txt")):
        plain = extract_path(p)
        data, enc = _as_saved_page(plain.text, years.get(p.stem, 2020))
        ex = extract_bytes(data, name=p.stem + ".html")
        Record.model_validate(ex.record.model_dump())
        sjis += enc == "shift_jis"
        assert ex.encoding == ("cp932" if enc == "shift_jis" else "utf-8"), p.name
        assert ex.record.doc_date == plain.record.doc_date, p.name
        for ev in ex.record.events:
            for item in ev.outcomes + ev.planned:
                assert ex.text[item.span[0]:item.span[1]] == item.text, p.name
    assert sjis > 20  # the old pages really went through Shift_JIS
