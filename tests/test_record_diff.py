"""bench/record_diff.py: the comparison of two sides' records (pure, on invented JSON lines), and one run of the
script over the seeds (slow: git worktree + two extractions)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import record_diff as rd  # noqa: E402 - bench/ is not a package


def line(path: str, **record) -> str:
    return json.dumps({"id": Path(path).stem, "path": path, "record": record}, ensure_ascii=False)


def event(date: str, outcomes: list[dict], rule: str | None = None) -> dict:
    e = {"kind": "summit", "date": date, "outcomes": outcomes}
    return e if rule is None else {**e, "rule": rule}


AGREE = {"type": "agree", "text": "両首脳は、経済関係を強化することで一致した。"}
THANK = {"type": "thank", "text": "先方から謝意が表明された。"}

BASE = [
    line("/c/a.txt", title="日露外相会談", events=[event("2002-02-02", [AGREE])]),
    line("/c/sub/b.html", title="日仏首脳会談", events=[event("2019-06-26", [AGREE, THANK])]),
    line("/c/c.txt", title="日韓外相電話会談", events=[]),
]


def test_parse_lines_keys_documents_by_path_below_the_corpus_folder():
    docs = rd.parse_lines(BASE + [""], root="/c")
    assert list(docs) == ["a.txt", "sub/b.html", "c.txt"]
    assert docs["a.txt"] == {"id": "a", "record": json.loads(BASE[0])["record"]}  # "path" is the key
    assert list(rd.parse_lines(BASE[:1])) == ["/c/a.txt"]  # no root: the path as printed


def test_rule_ids_anywhere_are_ignored():
    agree = {**AGREE, "rule": "outcome.agree.一致"}
    head = [
        line("/c/a.txt", title="日露外相会談", events=[event("2002-02-02", [agree], "talk.会談")], rules=["doc.title"]),
        *BASE[1:],
    ]
    cmp = rd.compare_docs(rd.parse_lines(BASE, "/c"), rd.parse_lines(head, "/c"))
    assert (cmp.documents, cmp.diffs) == (3, [])
    # with nothing ignored, each rule id is a change at its path
    cmp = rd.compare_docs(rd.parse_lines(BASE, "/c"), rd.parse_lines(head, "/c"), ignore=())
    assert [c.path for d in cmp.diffs for c in d.changes] == [
        "record.events[0].outcomes[0].rule", "record.events[0].rule", "record.rules"]
    assert cmp.diffs[0].changes[-1] == rd.Change("record.rules", rd.ABSENT, ["doc.title"])


def test_changed_field_is_reported_with_its_path_and_both_values():
    head = [BASE[0], line("/c/sub/b.html", title="日仏首脳会談", events=[event("2019-06-27", [AGREE, THANK])]), BASE[2]]
    cmp = rd.compare_docs(rd.parse_lines(BASE, "/c"), rd.parse_lines(head, "/c"))
    assert [d.key for d in cmp.diffs] == ["sub/b.html"]
    assert cmp.diffs[0].changes == [rd.Change("record.events[0].date", "2019-06-26", "2019-06-27")]
    report = rd.render_report({"devset": cmp})
    assert "| devset | 3 | 1 |" in report
    assert '### sub/b.html\n- `record.events[0].date`: "2019-06-26" -> "2019-06-27"' in report


def test_an_inserted_list_item_is_one_change_not_a_cascade():
    old = {"outcomes": [AGREE, THANK]}
    new = {"outcomes": [{"type": "request", "text": "要請した。"}, AGREE, THANK]}
    assert rd.field_changes(old, new) == [rd.Change("outcomes[0]", rd.ABSENT, new["outcomes"][0])]
    assert rd.field_changes(new, old) == [rd.Change("outcomes[0]", new["outcomes"][0], rd.ABSENT)]


def test_types_count_and_key_order_does_not():
    assert rd.field_changes({"n": 1}, {"n": 1.0}) == [rd.Change("n", 1, 1.0)]
    assert rd.field_changes({"n": 1}, {"n": True}) == [rd.Change("n", 1, True)]
    assert rd.field_changes({"a": 1, "b": None}, {"b": None, "a": 1}) == []


def test_a_missing_document_is_reported_with_the_reason():
    head = rd.parse_lines(BASE[:2], "/c")
    cmp = rd.compare_docs(rd.parse_lines(BASE, "/c"), head, keys=["a.txt", "sub/b.html", "c.txt"],
                          head_errors={"c.txt": "c.txt: cannot decode"})
    assert [(d.key, d.missing, d.reason, d.changes) for d in cmp.diffs] == [("c.txt", "head", "c.txt: cannot decode", [])]
    assert "- no record on the head side: c.txt: cannot decode" in rd.render_report({"seeds": cmp})
    # a document neither side read is listed, not counted as differing
    cmp = rd.compare_docs({}, {}, keys=["x.txt"], base_errors={"x.txt": "bad"}, head_errors={"x.txt": "bad"})
    assert (cmp.documents, cmp.diffs, cmp.both_failed) == (1, [], [("x.txt", "bad", "bad")])


def test_long_values_are_truncated_and_long_lists_of_changes_cut():
    text = "会談" * 100
    cmp = rd.compare_docs({"a": {"record": {"t": text, **{f"k{i}": i for i in range(20)}}}}, {"a": {"record": {"t": ""}}})
    report = rd.render_report({"x": cmp}, {"real": "/nowhere is absent"}, max_changes=3)
    change = next(ln for ln in report.splitlines() if ln.startswith("- `record.t`"))
    assert len(change) < 100 and change.endswith('-> ""') and "…" in change
    assert "- … and 18 more changes" in report
    assert "skipped real: /nowhere is absent" in report


def test_a_corpus_is_every_file_gaiko_extract_reads_below_its_folder(tmp_path):
    for name in ["b.txt", "sub/a.HTML", "sub/c.pdf", "gold/a.json", "notes.md"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in rd.input_files(tmp_path, (".txt", ".html", ".pdf"))] == [
        "b.txt", "sub/a.HTML", "sub/c.pdf"]
    assert len(rd.input_files(tmp_path)) == 2  # .txt/.html/.htm when the tree does not say


def test_usage_errors_are_one_line_and_exit_2(capsys):
    assert rd.main(["--base", "HEAD", "--corpus", "nope"]) == 2
    assert rd.main(["--base", "HEAD", "--jobs", "0"]) == 2
    assert rd.main(["--base", "no-such-revision-xyz", "--synthetic", "0"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all(e.startswith("record_diff.py: error: ") for e in err), err


@pytest.mark.slow
@pytest.mark.skipif(not (rd.SHARED / "seeds").is_dir() or not shutil.which("git"), reason="needs ../shared/seeds and git")
def test_this_tree_against_its_own_head_gives_no_difference_on_the_seeds(tmp_path):
    p = subprocess.run([sys.executable, "bench/record_diff.py", "--base", "HEAD", "--head", ".", "--corpus", "seeds",
                        "--synthetic", "0", "--cache-dir", str(tmp_path / "cache"), "--jobs", "2"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert p.returncode == 0, p.stdout + p.stderr
    assert re.search(r"^\| seeds \| [1-9][0-9,]* \| 0 \|$", p.stdout, re.MULTILINE), p.stdout
    assert re.search(r"^\| \*\*total\*\* \| \*\*[1-9][0-9,]*\*\* \| \*\*0\*\* \|$", p.stdout, re.MULTILINE), p.stdout
