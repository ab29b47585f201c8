"""Input checked once (gaiko.inputs): the same dates, ranges, offsets and limits refused by the CLI (one line,
exit 2) and the API (422 with a message naming the parameter, never a regular expression)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gaiko import inputs
from gaiko.inputs import InvalidInput, check_date, check_dates, check_limit, check_offset

GAIKO = [sys.executable, "-m", "gaiko"]

# fmt: off
GOOD_DATES = ["2008", "2008-01", "2008-12", "2008-02-29", "2000-02-29", "2011-12-31", "1990-01-01"]
BAD_DATES = [
    ("2020-13", "no month 13"),
    ("2008-99", "no month 99"),
    ("2008-00", "no month 0"),
    ("2020-02-30", "no day 30"),
    ("2019-02-29", "no day 29"),   # not a leap year
    ("1900-02-29", "no day 29"),   # centuries are not leap years (400s are: 2000-02-29 above)
    ("2011-04-31", "no day 31"),
    ("2011-04-00", "no day 0"),
    ("2008-1", "YYYY, YYYY-MM or YYYY-MM-DD"),  # two-digit months only
    ("08", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2008/05/01", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("0999", "out of range"),
    ("２００８", "YYYY, YYYY-MM or YYYY-MM-DD"),  # full-width digits are not ISO
]
RANGES_OK = [("2011", "2011"), ("2011-05", "2011"), ("2011", "2011-01"), ("2008", "2011"), ("2020-02-29", "2020-02"),
             (None, "2008"), ("2008", None)]
RANGES_EMPTY = [("2011", "2008"), ("2011-02", "2011-01"), ("2011-01-02", "2011-01-01"), ("2012", "2011-12-31")]
# fmt: on


@pytest.mark.parametrize("value", GOOD_DATES)
def test_calendar_dates_pass_unchanged(value):
    assert check_date(value) == value


@pytest.mark.parametrize("value,why", BAD_DATES)
def test_impossible_dates_are_refused_with_the_reason(value, why):
    with pytest.raises(InvalidInput) as e:
        check_date(value, "date_to")
    assert why in str(e.value) and value in str(e.value) and e.value.field == "date_to"
    assert value in e.value.ja and "終了日" in e.value.ja


@pytest.mark.parametrize("a,b", RANGES_OK)
def test_ranges_that_cover_a_day(a, b):
    assert check_dates(a, b) == (a, b)


@pytest.mark.parametrize("a,b", RANGES_EMPTY)
def test_empty_ranges_are_refused(a, b):
    with pytest.raises(InvalidInput, match="empty date range"):
        check_dates(a, b)


def test_first_and_last_day_of_a_prefix():
    assert (inputs.first_day("2008"), inputs.last_day("2008")) == ("2008-01-01", "2008-12-31")
    assert (inputs.first_day("2008-02"), inputs.last_day("2008-02")) == ("2008-02-01", "2008-02-29")
    assert inputs.last_day("2009-02") == "2009-02-28" and inputs.last_day("2009-02-03") == "2009-02-03"


def test_offsets_and_limits():
    assert check_offset(0) == 0 and check_offset(inputs.MAX_OFFSET) == inputs.MAX_OFFSET
    for bad in (-1, inputs.MAX_OFFSET + 1, 99999999999999999999):
        with pytest.raises(InvalidInput, match="offset"):
            check_offset(bad)
    assert check_limit(1) == 1 and check_limit(None) is None
    for bad in (0, -5, inputs.MAX_LIMIT + 1):
        with pytest.raises(InvalidInput, match="limit"):
            check_limit(bad)


def test_archive_refuses_what_the_cli_refuses(tmp_path):
    from gaiko.archive import Archive, Filters

    with Archive.open(str(tmp_path / "a.db")) as a:
        for f in (Filters(date_from="2020-13"), Filters(date_from="2011", date_to="2008")):
            with pytest.raises(InvalidInput):
                a.search("露", f)
            with pytest.raises(InvalidInput):
                a.timeline("RU", f)
        with pytest.raises(InvalidInput, match="offset"):
            a.search("露", offset=99999999999999999999)
        with pytest.raises(InvalidInput, match="offset"):
            a.events(None, offset=10**30)


# --- the command line: one line, exit 2, before any database is read --------------------------------

@pytest.fixture(scope="module")
def db(tmp_path_factory, shared_dir):
    path = tmp_path_factory.mktemp("inputs") / "a.db"
    r = subprocess.run([*GAIKO, "ingest", str(shared_dir / "seeds"), "--db", str(path), "--jobs", "1", "--no-link"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return path


@pytest.mark.parametrize("args,says", [
    (["search", "露", "--from", "2020-13"], "no month 13"),
    (["search", "露", "--from", "2020-02-30"], "no day 30"),
    (["search", "露", "--from", "2008-99"], "no month 99"),
    (["search", "露", "--from", "2011", "--to", "2008"], "empty date range"),
    (["search", "露", "--to", "2008", "--from", "2011"], "empty date range"),
    (["search", "露", "--offset", "99999999999999999999"], "offset"),
    (["search", "露", "--offset", "-1"], "offset"),
    (["search", "露", "--limit", "0"], "limit"),
    (["timeline", "--country", "RU", "--from", "2020-13"], "no month 13"),
    (["timeline", "--country", "RU", "--from", "2011", "--to", "2008"], "empty date range"),
])
def test_cli_bad_input_is_one_line_exit_2(db, args, says):
    r = subprocess.run([*GAIKO, *args, "--db", str(db)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert r.stderr.count("\n") == 1 and says in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert "no talks" not in r.stderr and "documents match" not in r.stdout


def test_cli_good_range_still_searches(db):
    r = subprocess.run([*GAIKO, "search", "露", "--from", "2008", "--to", "2011", "--db", str(db)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "documents match" in r.stdout, r.stderr


# --- no database from an ingest that added nothing; reading a missing one says so -----------------

def _gaiko(*args, cwd=None):
    return subprocess.run([*GAIKO, *args], capture_output=True, text=True, timeout=60, cwd=cwd)


def test_ingest_of_a_missing_path_creates_no_database(tmp_path):
    db = tmp_path / "gaiko.db"
    r = _gaiko("ingest", "/no/such/path", "--db", str(db))
    assert r.returncode == 1 and "no such file" in r.stderr and "no database was created" in r.stderr, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    (tmp_path / "empty").mkdir()
    r = _gaiko("ingest", str(tmp_path / "empty"), "--db", str(db))
    assert r.returncode == 0 and not db.exists() and not (tmp_path / "gaiko.db-wal").exists()
    r = _gaiko("ingest", "/no/such/path", cwd=tmp_path)  # the default ./gaiko.db
    assert r.returncode == 1 and not db.exists()


def test_ingest_adding_nothing_keeps_an_existing_database(tmp_path, db):
    import shutil

    mine = tmp_path / "mine.db"
    shutil.copy(db, mine)
    r = _gaiko("ingest", "/no/such/path", "--db", str(mine))
    assert r.returncode == 1 and mine.exists() and "no database was created" not in r.stderr
    r = _gaiko("search", "露", "--db", str(mine))
    assert r.returncode == 0 and "documents match" in r.stdout


@pytest.mark.parametrize("args", [["search", "露"], ["timeline", "--country", "RU"], ["stats"], ["show", "abc"],
                                  ["people"], ["followups"], ["export", "--format", "jsonl"]])
def test_reading_a_missing_database_says_so(tmp_path, args):
    db = tmp_path / "nothing.db"
    r = _gaiko(*args, "--db", str(db))
    assert r.returncode == 2 and f"no database at {db}" in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert "documents match" not in r.stdout and not db.exists()


def test_an_empty_archive_says_it_is_empty(tmp_path):
    from gaiko.archive import Archive

    db = tmp_path / "empty.db"
    Archive.open(str(db)).close()  # an archive made by the library, with no document
    r = _gaiko("search", "露", "--db", str(db))
    assert r.returncode == 0 and "holds no documents" in r.stderr, r.stderr


# --- files of a folder that are not inputs are named in one line -----------------------------------

@pytest.fixture
def mixed(tmp_path, shared_dir):
    d = tmp_path / "mixed"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    (d / "a.txt").write_bytes((shared_dir / "seeds" / "000_bcadfc521591403f.txt").read_bytes())
    (d / "sub" / "b.docx").write_bytes(b"PK\x03\x04 not really")
    (d / "c.docx").write_bytes(b"PK\x03\x04")
    (d / "d.xlsx").write_bytes(b"PK\x03\x04")
    (d / "README").write_bytes(b"notes")
    (d / ".DS_Store").write_bytes(b"\0")  # hidden: nobody meant it as a document
    (d / ".git" / "config").write_bytes(b"[core]")
    return d


def test_scan_folder_counts_what_it_leaves_out(mixed):
    from gaiko.source import scan_folder, skipped_line

    files, skipped = scan_folder(mixed)
    assert [f.name for f in files] == ["a.txt"]
    assert skipped == {".docx": 2, ".xlsx": 1, "(no extension)": 1}
    assert skipped_line(skipped).startswith("skipped 4 files: 2 .docx, 1 (no extension), 1 .xlsx not supported")
    assert skipped_line({".docx": 3}).startswith("skipped 3 files: .docx not supported")
    assert skipped_line({".docx": 1}).startswith("skipped 1 file: .docx not supported")
    assert skipped_line({}) is None


@pytest.mark.parametrize("cmd", ["ingest", "extract"])
def test_cli_names_the_skipped_files_in_one_line(mixed, tmp_path, cmd):
    args = [cmd, str(mixed)] + (["--db", str(tmp_path / "m.db"), "--no-link"] if cmd == "ingest" else [])
    r = _gaiko(*args)
    assert r.returncode == 0, r.stderr
    lines = [x for x in r.stderr.splitlines() if "skipped" in x]
    assert lines == [lines[0]] and "skipped 4 files: 2 .docx, 1 (no extension), 1 .xlsx not supported" in lines[0]
    if cmd == "ingest":
        assert "1 added" in r.stdout
        r = _gaiko("ingest", str(mixed), "--db", str(tmp_path / "m.db"), "--json")
        import json

        assert json.loads(r.stdout)["skipped"] == {".docx": 2, ".xlsx": 1, "(no extension)": 1}


def test_a_folder_of_inputs_only_says_nothing_about_skipping(tmp_path, shared_dir):
    r = _gaiko("ingest", str(shared_dir / "seeds"), "--db", str(tmp_path / "s.db"), "--no-link")
    assert r.returncode == 0 and "skipped" not in r.stderr
