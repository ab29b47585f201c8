"""PDF inputs: the text layer, wrapped lines joined, page numbers dropped, one-line errors otherwise.

The PDFs are written here with reportlab's built-in Japanese CID font (invented pages)."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

pytest.importorskip("reportlab")
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from gaiko import source
from gaiko.errors import InputError
from gaiko.pipeline import extract_bytes

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))

PAGE_1 = [
    "日・ベトナム外相会談",
    "令和2年5月10日",
    # one sentence the layout wrapped over three lines (each as long as the page's longest)
    "1 5月10日、午後6時から約45分間、鈴木外務大臣はミン・ベトナム外相と",
    "外相会談を行いました。両外相は、本年秋に日越外相会談をハノイで開催",
    "することで一致しました。",
    "- 1 -",
]
PAGE_2 = [
    "2 また、両外相は、海洋協力を進めることで一致しました。",
    "- 2 -",
]


def make_pdf(pages: list[list[str]], title: str | None = "日・ベトナム外相会談", password: str | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=password)
    if title:
        c.setTitle(title)
    for lines in pages:
        c.setFont("HeiseiMin-W3", 11)
        y = 800
        for li in lines:
            c.drawString(40, y, li)
            y -= 18
        c.showPage()
    c.save()
    return buf.getvalue()


def test_text_layer_with_wrapped_lines_joined_and_page_numbers_dropped():
    src = source.decode(make_pdf([PAGE_1, PAGE_2]), name="talk.pdf")
    assert src.encoding == "pdf" and src.html_title == "日・ベトナム外相会談"
    lines = src.text.split("\n")
    assert lines[:2] == ["日・ベトナム外相会談", "令和2年5月10日"]
    assert lines[2] == ("1 5月10日、午後6時から約45分間、鈴木外務大臣はミン・ベトナム外相と外相会談を行いました。"
                        "両外相は、本年秋に日越外相会談をハノイで開催することで一致しました。")
    assert lines[3].startswith("2 また、") and not any("- 1 -" in li or "- 2 -" in li for li in lines)


def test_a_line_ending_a_sentence_or_before_a_marker_is_not_joined():
    src = source.decode(make_pdf([["両外相は、海洋協力と経済協力の両面で協力を進めることで一致した。", "(1) 経済", "・海洋協力を進める。"]]))
    assert src.text.split("\n") == ["両外相は、海洋協力と経済協力の両面で協力を進めることで一致した。", "(1) 経済", "・海洋協力を進める。"]


def test_pdf_extracts_a_talk():
    rec = extract_bytes(make_pdf([PAGE_1, PAGE_2]), name="talk.pdf").record
    assert rec.doc_date == "2020-05-10" and len(rec.events) == 1
    ev = rec.events[0]
    assert (ev.kind, ev.date, ev.duration_min) == ("foreign_ministers", "2020-05-10", 45)
    assert [o.type for o in ev.outcomes].count("agree") >= 1


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.4\n" + b"garbage" * 50, "cannot read PDF"),
    (None, "no text layer"),
    ("encrypted", "encrypted"),
])
def test_bad_pdfs_are_one_line_errors(data, message):
    if data is None:
        data = make_pdf([[]], title=None)  # a page with no text: what a scan without OCR gives
    elif data == "encrypted":
        data = make_pdf([PAGE_1], password="secret")
    with pytest.raises(InputError, match=message) as e:
        source.decode(data, name="x.pdf")
    assert "\n" not in str(e.value)


def test_folders_contribute_pdfs_and_cli_reports_a_bad_one(tmp_path):
    (tmp_path / "good.pdf").write_bytes(make_pdf([PAGE_1]))
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\nnot really")
    r = subprocess.run([sys.executable, "-m", "gaiko", "extract", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    assert r.stdout.count("\n") == 1 and '/good.pdf"' in r.stdout
    assert r.stderr.strip().endswith(")") and "bad.pdf: cannot read PDF" in r.stderr and "Traceback" not in r.stderr
