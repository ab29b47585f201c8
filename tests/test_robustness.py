"""Bad input through the real command line (`python -m gaiko extract` in a subprocess).

The contract (gaiko/errors.py, issue 2): every bad input gives either one line on stderr or a
valid empty record, never a traceback; exit code 0 when every input was processed, 1 when some
failed (the others are still processed and printed), 2 for bad usage.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from gaiko.errors import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE
from gaiko.record import Record

DOCS = Path(__file__).resolve().parent / "data" / "docs"
GOOD = DOCS / "g02_kr_fm_tel.txt"
NAVIGATION = """外務省 English リンクページ よくある質問集 検索 サイトマップ
外務省案内 渡航関連情報 各国・地域情勢 外交政策 ODA
会談・訪問 報道・広報 キッズ外務省 資料・公開情報 各種手続き
トップページ > 会談・訪問 > 主な要人の来日日程
このページのトップへ戻る
目次へ戻る
世界地図 アジア | 北米 | 中南米 | 欧州 | 大洋州 | 中東 | アフリカ
"""


def gaiko(*args: str, stdin: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "gaiko", "extract", *map(str, args)], input=stdin,
                          capture_output=True, timeout=timeout, env=env)


def lines_out(proc) -> list[dict]:
    out = []
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)  # every stdout line is one JSON object
            assert set(obj) >= {"id", "path", "record"}, obj.keys()
            Record.model_validate(obj["record"])
            out.append(obj)
    return out


def err_lines(proc) -> list[str]:
    err = proc.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in err, err[-2000:]
    return [ln for ln in err.splitlines() if ln.strip()]


def assert_one_bad_input(proc, path: Path) -> list[dict]:
    """One input: either a valid (possibly empty) record and exit 0, or one stderr line naming it and exit 1."""
    errs, out = err_lines(proc), lines_out(proc)
    if proc.returncode == EXIT_OK:
        assert len(out) == 1 and not errs, (out, errs)
    else:
        assert proc.returncode == EXIT_SOME_FAILED, (proc.returncode, errs)
        assert len(errs) == 1, errs
        assert path.name in errs[0], errs
        assert out == []
    return out


def test_good_file_exit_0():
    proc = gaiko(GOOD)
    assert proc.returncode == EXIT_OK, proc.stderr.decode()
    assert err_lines(proc) == []
    (obj,) = lines_out(proc)
    assert obj["id"] == GOOD.stem and obj["path"] == str(GOOD)
    assert obj["record"]["events"], "a real talk yields at least one event"


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert_one_bad_input(gaiko(p), p)


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(b"\n \n\t\r\n\xe3\x80\x80\n")
    out = assert_one_bad_input(gaiko(p), p)
    if out:
        assert out[0]["record"]["events"] == []


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    rnd = random.Random(3)
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(rnd.randrange(256) for _ in range(20_000)))
    assert_one_bad_input(gaiko(p), p)


def test_navigation_only_page(tmp_path):
    p = tmp_path / "nav.txt"
    p.write_text(NAVIGATION, encoding="utf-8")
    out = assert_one_bad_input(gaiko(p), p)
    if out:
        rec = out[0]["record"]
        assert rec["events"] == [], "navigation is not a talk"
        nav_words = ("外務省", "トップページ", "サイトマップ", "このページのトップへ戻る", "目次へ戻る", "世界地図")
        assert not (rec.get("title") and any(w in rec["title"] for w in nav_words)), rec["title"]


def test_navigation_only_html(tmp_path):
    p = tmp_path / "nav.html"
    body = "".join(f"<div>{ln}</div>\n" for ln in NAVIGATION.splitlines())
    p.write_bytes(f'<html><head><meta charset="Shift_JIS"><title>外務省</title></head><body>{body}</body></html>'.encode("cp932"))
    out = assert_one_bad_input(gaiko(p), p)
    if out:
        assert out[0]["record"]["events"] == []


def test_invalid_utf8(tmp_path):
    """A UTF-8 document with stray bytes: decoded somehow (and the talk still found) or refused in one line."""
    p = tmp_path / "broken.txt"
    data = GOOD.read_bytes()
    p.write_bytes(data[:300] + b"\xff\xfe\xc3\x28" + data[300:] + b"\x80")
    out = assert_one_bad_input(gaiko(p), p)
    if out:
        assert out[0]["record"]["events"], "the talk is still there"


def test_truncated_multibyte_character(tmp_path):
    p = tmp_path / "cut.txt"
    p.write_bytes(GOOD.read_bytes()[:-2])  # ends inside a 3-byte character
    assert_one_bad_input(gaiko(p), p)


def test_missing_path(tmp_path):
    p = tmp_path / "no-such-file.txt"
    proc = gaiko(p)
    assert proc.returncode == EXIT_SOME_FAILED
    errs = err_lines(proc)
    assert len(errs) == 1 and p.name in errs[0], errs
    assert lines_out(proc) == []


def test_huge_file_50mb(tmp_path):
    """50 MB of real-looking text: a one-line refusal or a record, quickly and without a traceback."""
    p = tmp_path / "huge.txt"
    block = GOOD.read_bytes()
    with p.open("wb") as f:
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            f.write(block)
    assert p.stat().st_size >= 50 * 1024 * 1024
    assert_one_bad_input(gaiko(p, timeout=600), p)


def test_other_inputs_still_processed(tmp_path):
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = gaiko(GOOD, missing, empty, DOCS / "g04_us_tel_summit.txt")
    assert proc.returncode == EXIT_SOME_FAILED
    errs = err_lines(proc)
    assert any(missing.name in e for e in errs), errs
    ids = [o["id"] for o in lines_out(proc)]
    assert ids[0] == GOOD.stem and "g04_us_tel_summit" in ids, ids


def test_directory_mixing_good_and_bad(tmp_path):
    d = tmp_path / "mixed"
    (d / "sub").mkdir(parents=True)
    (d / "a_good.txt").write_bytes(GOOD.read_bytes())
    (d / "sub" / "b_good.html").write_bytes((DOCS / "g06_in_visit.html").read_bytes())
    (d / "c_binary.txt").write_bytes(bytes(range(256)) * 50)
    (d / "d_empty.htm").write_bytes(b"")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4 not a page")  # a damaged PDF: one line, no record
    proc = gaiko(d)
    errs, out = err_lines(proc), lines_out(proc)
    ids = {o["id"] for o in out}
    assert {"a_good", "b_good"} <= ids, ids
    assert "notes" not in ids
    bad_reported = [e for e in errs if "c_binary" in e or "d_empty" in e]
    for e in errs:
        assert "\n" not in e
    # bad files are reported one line each (exit 1), or yield valid empty records (exit 0)
    if proc.returncode == EXIT_SOME_FAILED:
        assert bad_reported, errs
    else:
        assert proc.returncode == EXIT_OK and ids >= {"c_binary", "d_empty"}, (proc.returncode, ids, errs)
    for o in out:
        if o["id"] in ("c_binary", "d_empty"):
            assert o["record"]["events"] == []


def test_stdin_dash():
    proc = gaiko("-", stdin=GOOD.read_bytes())
    assert proc.returncode == EXIT_OK, err_lines(proc)
    (obj,) = lines_out(proc)
    assert obj["record"]["events"]


@pytest.mark.parametrize("args", [["--no-such-option", str(GOOD)], []])
def test_usage_errors_exit_2(args):
    proc = gaiko(*args)
    assert proc.returncode == EXIT_USAGE, (proc.returncode, proc.stderr.decode())
    err_lines(proc)  # no traceback


def test_text_option_prints_the_plain_text_spans_index():
    proc = gaiko("--text", GOOD)
    assert proc.returncode == EXIT_OK, err_lines(proc)
    assert "林芳正外務大臣" in proc.stdout.decode("utf-8")


def _long_document() -> str:
    """A ~200 KB document: a real-looking header, then the body of a talk repeated with varied numbers."""
    src = (DOCS / "g11_cn_fm.txt").read_text(encoding="utf-8")
    head, body = src.split("\n\n", 1)
    body = body.replace("(この文書はテスト用の架空の例です)\n", "")
    parts = [head, ""]
    i = 0
    while sum(len(p) for p in parts) < 200_000:
        i += 1
        parts.append(body.replace("2 二国間関係", f"{i + 1} 二国間関係 その{i}"))
    parts.append("(この文書はテスト用の架空の例です)")
    return "\n".join(parts) + "\n"


def test_text_beyond_sudachi_limit_keeps_spans_exact():
    """SudachiPy refuses ~49 KB per call; a 200 KB document still extracts, and its spans stay exact."""
    from gaiko.pipeline import extract_text

    text = _long_document()
    assert len(text.encode("utf-8")) > 4 * 49_000
    ex = extract_text(text, "long")
    assert ex.text.endswith("(この文書はテスト用の架空の例です)\n")
    spans = [(o["span"], o["text"]) for ev in ex.record.model_dump(mode="json")["events"] for o in ev["outcomes"] + ev["planned"]]
    assert spans, "the repeated talk has outcomes"
    for (a, b), want in spans:
        assert ex.text[a:b] == want
    assert max(a for (a, _), _ in spans) > 150_000, "outcomes are found beyond the tokeniser's input limit"


@pytest.mark.parametrize("codec", ["cp932", "euc_jp", "utf-8-sig", "utf-16"])
def test_plain_text_in_other_encodings_is_detected(tmp_path, codec):
    """Old pages saved as .txt in Shift_JIS or EUC-JP (no declaration), with a BOM, or as UTF-16."""
    p = tmp_path / f"old_{codec}.txt"
    p.write_bytes(GOOD.read_text(encoding="utf-8").encode(codec))
    out = assert_one_bad_input(gaiko(p), p)
    if codec != "utf-16":  # UTF-16 may be refused; the others are the ministry's own encodings
        assert out, "decoded"
    if out:
        rec = out[0]["record"]
        assert rec["title"] == "日韓外相電話会談" and rec["events"], rec["title"]


def test_crlf_line_ends_keep_spans_exact(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(GOOD.read_bytes().replace(b"\n", b"\r\n"))
    from gaiko.pipeline import extract_path

    ex = extract_path(p)
    spans = [(o.span, o.text) for ev in ex.record.events for o in ev.outcomes + ev.planned]
    assert spans
    for (a, b), want in spans:
        assert ex.text[a:b] == want


def test_mislabelled_charset_is_not_trusted_blindly(tmp_path):
    """A page that declares Shift_JIS but is UTF-8: decoded correctly, or refused in one line."""
    p = tmp_path / "liar.html"
    body = "".join(f"<p>{ln}</p>\n" for ln in GOOD.read_text(encoding="utf-8").splitlines())
    p.write_bytes(f'<html><head><meta charset="Shift_JIS"></head><body>{body}</body></html>'.encode())
    out = assert_one_bad_input(gaiko(p), p)
    if out:
        assert out[0]["record"]["title"] == "日韓外相電話会談"


def test_pretty_prints_one_object_per_input():
    proc = gaiko("--pretty", GOOD, DOCS / "g04_us_tel_summit.txt")
    assert proc.returncode == EXIT_OK, err_lines(proc)
    dec = json.JSONDecoder()
    s, objs, i = proc.stdout.decode("utf-8"), [], 0
    while i < len(s):
        if s[i].isspace():
            i += 1
            continue
        obj, i = dec.raw_decode(s, i)
        objs.append(obj)
    assert [o["id"] for o in objs] == [GOOD.stem, "g04_us_tel_summit"]
    assert "\n  " in s, "indented"


def test_tokenizer_beyond_its_input_limit_keeps_offsets():
    """gaiko.text.tokenize cuts text for SudachiPy (~49 KB per call) and keeps document offsets."""
    from gaiko.text import tokenize

    text = _long_document()
    toks = tokenize(text)
    assert toks[-1].end > 190_000
    for t in toks:
        assert text[t.start:t.end] == t.surface
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))
