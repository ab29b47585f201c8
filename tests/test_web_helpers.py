"""Shared by the API and browser tests (no tests here): a real archive built from the shared gold records,
plus one hostile document whose text, title, names and source URL carry script payloads."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from gaiko.archive import Archive
from gaiko.pipeline import Extraction
from gaiko.record import Event, Outcome, Person, Record

XSS_ID = "xss_probe"
XSS_TEXT = (
    "危険な文書<script>window.__pwned='script';console.log('PWNED-script')</script>\n"
    "11月5日、\"><img src=x onerror=\"window.__pwned='img';console.log('PWNED-img')\">外務大臣は会談した。\n"
    "詳細は<a href=\"javascript:window.__pwned='link'\">こちら</a>を参照することで一致した。\n"
)
XSS_TITLE = "<script>window.__pwned='title'</script>日露外相会談"
XSS_NAME = "<img src=x onerror=window.__pwned='name'>"


def _extraction(doc_id: str, text: str, record: Record, path: str) -> Extraction:
    return Extraction(id=doc_id, path=path, text=text, record=record,
                      sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding="utf-8")


def gold_pairs(shared: Path) -> list[tuple[str, Path, Path]]:
    """(doc_id, gold json, text) for the seeds and the devset."""
    out = []
    for g in sorted((shared / "gold").glob("*.json")):
        out.append((g.stem, g, shared / "seeds" / f"{g.stem}.txt"))
    for g in sorted((shared / "devset" / "gold").glob("*.json")):
        plain = shared / "devset" / "plain" / f"{g.stem}.txt"
        text = plain if plain.exists() else shared / "devset" / "docs" / f"{g.stem}.txt"
        if text.exists():
            out.append((g.stem, g, text))
    return out


def xss_record(text: str) -> Record:
    start = text.index("詳細は")
    end = text.index("。", start) + 1
    name_at = text.index("外務大臣")
    return Record(
        title=XSS_TITLE, doc_type="meeting", doc_date="2030-01-05",
        events=[Event(kind="foreign_ministers", date="2030-01-05", countries=["JP", "RU"],
                      venue="<b>会場</b>", evidence={"date": (text.index("11月5日"), text.index("11月5日") + 5)},
                      principals=[Person(name=XSS_NAME, role="外務大臣", country="JP", span=(name_at - 3, name_at))],
                      outcomes=[Outcome(type="agree", by="both", text=text[start:end], span=(start, end))])],
    )


def build_archive(db: Path | str, shared: Path) -> dict:
    """Add every gold record (with its text) and the hostile document; returns what was added."""
    added = {}
    with Archive.open(str(db)) as a:
        for doc_id, g, t in gold_pairs(shared):
            text = t.read_text(encoding="utf-8")
            rec = Record.model_validate(json.loads(g.read_text(encoding="utf-8")))
            res = a.add(_extraction(doc_id, text, rec, str(t)))
            added[doc_id] = res.doc_id
        res = a.add(_extraction(XSS_ID, XSS_TEXT, xss_record(XSS_TEXT), "xss_probe.txt"),
                    source_url="javascript:window.__pwned='source'")
        added[XSS_ID] = res.doc_id
    return added


def test_document_marks_name_the_rule_that_produced_each_fact():
    """The hover text of a fact on the document page ends with its lexicon row (issue 11)."""
    from gaiko.pipeline import extract_text
    from gaiko.views.highlight import marks_for

    page = ("日・ベトナム外相会談\n令和2年5月10日\n\n"
            "1 5月10日、鈴木外務大臣はミン・ベトナム外相と外相会談を行いました。\n"
            "2 両外相は、海洋協力を進めることで一致しました。\n")
    ex = extract_text(page)
    ev = ex.record.events[0]
    labels = [m.label for m in marks_for(ex.record, ex.text)]
    outcome = ev.outcomes[0]
    assert outcome.rule and any(lb.startswith("outcome agree") and lb.endswith(f"rule {outcome.rule}") for lb in labels)
    person = next(p for p in ev.principals if p.rule)
    assert any(lb.startswith(f"principal: {person.name}") and lb.endswith(f"rule {person.rule}") for lb in labels)
