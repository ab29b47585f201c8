"""The development set through the real command and the shared scorer: score >= 0.95, no measure < 0.85."""

import json
import subprocess
import sys

import pytest

from gaiko.record import Record


@pytest.mark.parametrize("docs,gold", [("seeds", "gold"), ("devset/docs", "devset/gold")])
def test_development_set_score(shared_dir, tmp_path, docs, gold):
    pred = tmp_path / "p.jsonl"
    with pred.open("w") as out:
        r = subprocess.run([sys.executable, "-m", "gaiko", "extract", str(shared_dir / docs)], stdout=out,
                           stderr=subprocess.PIPE, text=True)
    assert r.returncode == 0, r.stderr
    res = subprocess.run([sys.executable, str(shared_dir / "score.py"), str(shared_dir / gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    lines = res.stdout.splitlines()
    score = float(lines[-1].split()[-1])
    measures = json.loads(next(line for line in lines if line.startswith("{")))
    low = {k: v for k, v in measures.items() if v.get("f1", v.get("acc", 1)) < 0.85}
    assert score >= 0.95 and not low, (score, low)


def test_gold_records_validate_against_the_schema(shared_dir):
    for f in list((shared_dir / "gold").glob("*.json")) + list((shared_dir / "devset/gold").glob("*.json")):
        Record.model_validate(json.loads(f.read_text(encoding="utf-8")))


def test_extracted_spans_slice_the_text(shared_dir):
    from gaiko.pipeline import extract_path

    for f in sorted((shared_dir / "devset/docs").iterdir()) + sorted((shared_dir / "seeds").iterdir()):
        ex = extract_path(f)
        for ev in ex.record.events:
            for item in ev.outcomes + ev.planned:
                assert ex.text[item.span[0]:item.span[1]] == item.text
            for field, (a, b) in ev.evidence.items():
                assert 0 <= a < b <= len(ex.text), (f.name, field)
            for p in ev.principals + ev.attendees:
                if p.span:
                    assert p.name.split("・")[-1] in ex.text[p.span[0]:p.span[1]] or p.span[1] > p.span[0]
