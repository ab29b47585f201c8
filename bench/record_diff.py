"""Records before and after a change: extract every corpus with the code at two revisions, list what differs.

Usage::

    python bench/record_diff.py --base REV [--head REV_OR_PATH] [--corpus NAME ...] [--synthetic N]
                                [--seed S] [--jobs J] [--out FILE.md] [--ignore-keys KEY ...]
                                [--cache-dir DIR | --no-cache]

    python bench/record_diff.py --base main                      # main vs this working tree, everything
    python bench/record_diff.py --base HEAD --corpus seeds --synthetic 0
    python bench/record_diff.py --base 1274fa1 --head ../wt-x --out diff.md
    python bench/record_diff.py --base . --head-python .venv-fast/bin/python   # sources vs the compiled build

The proof that a refactor left extraction unchanged (issue 11, must-show 1).

- ``--base`` and ``--head`` are each a git revision or, when it names an existing directory, a working tree
  (``--head``'s default: the tree this script is in, uncommitted changes included). A revision is checked out with
  ``git worktree add --detach`` into a temporary folder, removed at the end. Each side runs
  ``python -m gaiko extract FILE...`` as subprocesses with ``PYTHONPATH`` set to its tree and the same
  interpreter as this script (no reinstall), ``PYTHONHASHSEED=0`` on both sides, byte-code in a temporary
  folder (nothing is written into the trees).
- ``--head-python PY`` runs the head side with that interpreter and the gaiko installed in it (scripts/build_fast.sh's
  .venv-fast: modules compiled by mypyc), started outside any tree and without ``PYTHONPATH``; the head tree
  still gives tests/data. It must not import gaiko from the tree, and its output is never cached.
- Corpora (``--corpus``, default all; one absent is skipped with a line saying so): ``seeds``
  (../shared/seeds), ``devset`` (../shared/devset/docs: 15 .txt and 5 .html pages, three of them Shift_JIS;
  ``plain/`` is not input), ``tests`` (every file under the head tree's tests/data that its
  ``gaiko extract tests/data`` reads, by ``gaiko.source.TEXT_SUFFIXES``: .txt/.html/.htm, and .pdf from
  issue 12 on), ``real`` (../shared/real/docs). ``../shared`` is relative to this script's tree.
  ``--synthetic N`` (default 10,000; 0 for none) adds N documents written once by bench/corpus.py
  (``write_dir``: text and HTML in UTF-8, Shift_JIS and EUC-JP; ``--seed``, default 1) into a temporary
  folder; both sides read the same files.
- Documents are matched by their path relative to the corpus folder. Each output line ``{"id", "record"}``
  is compared with the keys of ``--ignore-keys`` (default ``rule rules``: rule ids are provenance, not
  facts) removed at every depth; ``--ignore-keys`` with no value compares everything. Lists are aligned
  (an inserted outcome is one change, not a cascade).
- Report (Markdown; to stdout, or to ``--out`` with only the summary on stdout): per corpus the number of
  documents and of differing ones, for each differing document its path and field-level changes
  (``record.events[0].date: "2002-02-02" -> "2002-02-03"``, values truncated), the fields changed most,
  documents that failed on both sides, and the total. Progress goes to stderr.
- Exit code: 0 no document differs, 1 some differ, 2 usage error (one line on stderr), 3 a side could not
  be run (its tree does not import gaiko, or extraction processes died on more than 10 documents of one
  chunk). A document an extraction process dies on is a difference, with the traceback's last line.
- Speed: chunks of at most 1,000 documents run in ``--jobs`` processes (default ``os.cpu_count()``), both
  sides in one pool. The output of a side that is a commit is cached under ``--cache-dir`` (default
  ``~/.cache/gaiko-record-diff``), keyed by its commit sha, the corpus, its number of documents and a digest
  of the input files, so a re-run against the same base extracts only the head side. Measured on 2 cores
  (all corpora, 10,249 documents): 61 s cold, 35 s with the base cached.

The comparison functions (``strip_keys``, ``field_changes``, ``parse_lines``, ``compare_docs``,
``render_report``) are pure and imported by tests/test_record_diff.py.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
DEFAULT_IGNORE = ("rule", "rules")
INPUT_SUFFIXES = (".txt", ".html", ".htm")  # what `gaiko extract DIR` takes when gaiko.source does not say
FILE_CORPORA = ("seeds", "devset", "tests", "real")
CHUNK_MIN, CHUNK_MAX = 50, 1000  # documents per extraction process (startup is ~0.5 s)
MAX_CRASHES = 10  # extraction processes that may die in one chunk before the run stops
MAX_CHANGES = 12  # field changes shown per document
VALUE_WIDTH = 70  # characters of a value shown in a change
CACHE_VERSION = 1

EXIT_SAME, EXIT_DIFFERENT, EXIT_USAGE, EXIT_RUN = 0, 1, 2, 3


# ---------------------------------------------------------------- comparison (pure)


class _Absent:
    def __repr__(self) -> str:
        return "(absent)"


ABSENT = _Absent()  # the side of a change where the key or list item does not exist


@dataclass(frozen=True)
class Change:
    path: str  # JSON path: record.events[0].outcomes[2].type
    old: object
    new: object


@dataclass
class DocDiff:
    key: str  # path relative to the corpus folder
    changes: list[Change] = field(default_factory=list)
    missing: str | None = None  # "base" or "head": that side gave no record
    reason: str = ""  # why it is missing (the side's message on stderr)


@dataclass
class Comparison:
    documents: int
    diffs: list[DocDiff]
    both_failed: list[tuple[str, str, str]] = field(default_factory=list)  # (key, base reason, head reason)


def strip_keys(obj: object, ignore: Iterable[str]) -> object:
    """``obj`` without the dict keys in ``ignore``, at every depth."""
    ignore = ignore if isinstance(ignore, (set, frozenset)) else frozenset(ignore)
    if isinstance(obj, dict):
        return {k: strip_keys(v, ignore) for k, v in obj.items() if k not in ignore}
    if isinstance(obj, list):
        return [strip_keys(v, ignore) for v in obj]
    return obj


def canonical(obj: object) -> str:
    """One string per JSON value: key order does not count; 1, 1.0 and true differ."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def field_changes(old: object, new: object, path: str = "") -> list[Change]:
    """The differences between two JSON values as (path, old, new), ``ABSENT`` for a missing key or item."""
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[Change] = []
        for k in [*old, *(k for k in new if k not in old)]:
            sub = f"{path}.{k}" if path else str(k)
            if k not in new:
                out.append(Change(sub, old[k], ABSENT))
            elif k not in old:
                out.append(Change(sub, ABSENT, new[k]))
            else:
                out += field_changes(old[k], new[k], sub)
        return out
    if isinstance(old, list) and isinstance(new, list):
        return _list_changes(old, new, path)
    if canonical(old) == canonical(new):
        return []
    return [Change(path or "(document)", old, new)]


def _list_changes(old: list, new: list, path: str) -> list[Change]:
    """Lists aligned on equal items, so one inserted item is one change; replaced runs compared item by item."""
    a, b = [canonical(x) for x in old], [canonical(x) for x in new]
    out: list[Change] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        for d in range(paired):
            out += field_changes(old[i1 + d], new[j1 + d], f"{path}[{i1 + d}]")
        out += [Change(f"{path}[{i}]", old[i], ABSENT) for i in range(i1 + paired, i2)]
        out += [Change(f"{path}[{j}]", ABSENT, new[j]) for j in range(j1 + paired, j2)]
    return out


def doc_key(path: str, root: str | None) -> str:
    """A document's name in the report: its path relative to the corpus folder (posix), else as printed."""
    if root:
        rel = os.path.relpath(path, root)
        if not rel.startswith(".."):
            return Path(rel).as_posix()
    return path


def parse_lines(lines: Iterable[str], root: str | None = None) -> dict[str, dict]:
    """`gaiko extract` JSON lines -> {document key: the line without its "path"} (the path is the key)."""
    out: dict[str, dict] = {}
    for ln in lines:
        if not ln.strip():
            continue
        obj = json.loads(ln)
        out[doc_key(obj.pop("path"), root)] = obj
    return out


def compare_docs(base: Mapping[str, dict], head: Mapping[str, dict], ignore: Iterable[str] = DEFAULT_IGNORE,
                 keys: Iterable[str] | None = None, base_errors: Mapping[str, str] | None = None,
                 head_errors: Mapping[str, str] | None = None) -> Comparison:
    """Compare two sides' records document by document. ``keys`` are the documents given to both sides
    (default: every key either side has); a document neither side gave a record for is not a difference
    (it is listed in ``both_failed``)."""
    ignore = frozenset(ignore)
    base_errors, head_errors = base_errors or {}, head_errors or {}
    names = list(keys) if keys is not None else sorted(set(base) | set(head))
    diffs: list[DocDiff] = []
    both: list[tuple[str, str, str]] = []
    for k in names:
        if k not in base and k not in head:
            both.append((k, base_errors.get(k, "no record"), head_errors.get(k, "no record")))
        elif k not in head:
            diffs.append(DocDiff(k, missing="head", reason=head_errors.get(k, "no record")))
        elif k not in base:
            diffs.append(DocDiff(k, missing="base", reason=base_errors.get(k, "no record")))
        else:
            old, new = strip_keys(base[k], ignore), strip_keys(head[k], ignore)
            if canonical(old) != canonical(new):
                diffs.append(DocDiff(k, field_changes(old, new)))
    return Comparison(len(names), diffs, both)


def short(value: object, width: int = VALUE_WIDTH) -> str:
    s = "(absent)" if value is ABSENT else json.dumps(value, ensure_ascii=False)
    return s if len(s) <= width else s[: width - 1] + "…"


def general_path(path: str) -> str:
    """record.events[0].outcomes[3].type -> record.events[].outcomes[].type (to count changes by field)."""
    return re.sub(r"\[\d+\]", "[]", path)


def render_corpus(name: str, cmp: Comparison, max_changes: int = MAX_CHANGES) -> list[str]:
    """The Markdown section of one corpus that has differences or failures (empty when it has none)."""
    if not cmp.diffs and not cmp.both_failed:
        return []
    lines = [f"## {name}: {len(cmp.diffs)} of {cmp.documents} documents differ", ""]
    most = Counter(f"`{p}`" for d in cmp.diffs for p in {general_path(c.path) for c in d.changes})
    most.update(f"no record on the {d.missing} side" for d in cmp.diffs if d.missing)
    if most:
        lines += ["Changed most (documents): " + ", ".join(f"{what} ({n})" for what, n in most.most_common(10)), ""]
    for d in cmp.diffs:
        lines.append(f"### {d.key}")
        if d.missing:
            lines.append(f"- no record on the {d.missing} side: {d.reason}")
        for c in d.changes[:max_changes]:
            lines.append(f"- `{c.path}`: {short(c.old)} -> {short(c.new)}")
        if len(d.changes) > max_changes:
            lines.append(f"- … and {len(d.changes) - max_changes} more changes")
        lines.append("")
    if cmp.both_failed:
        lines.append(f"Failed on both sides (not counted as differing): {len(cmp.both_failed)}")
        lines += [f"- {k}: base: {b}; head: {h}" for k, b, h in cmp.both_failed]
        lines.append("")
    return lines


def summary_table(results: Mapping[str, Comparison], skipped: Mapping[str, str]) -> list[str]:
    lines = ["| corpus | documents | differing |", "|---|---:|---:|"]
    for name, cmp in results.items():
        lines.append(f"| {name} | {cmp.documents:,} | {len(cmp.diffs):,} |")
    lines.append(f"| **total** | **{sum(c.documents for c in results.values()):,}** | "
                 f"**{sum(len(c.diffs) for c in results.values()):,}** |")
    lines += [f"\nskipped {name}: {why}" for name, why in skipped.items()]
    return lines


def render_report(results: Mapping[str, Comparison], skipped: Mapping[str, str] | None = None,
                  header: Iterable[str] = (), max_changes: int = MAX_CHANGES) -> str:
    """The whole report: header lines, the summary table, then one section per corpus with differences."""
    lines = [*header, "", *summary_table(results, skipped or {}), ""]
    for name, cmp in results.items():
        lines += render_corpus(name, cmp, max_changes)
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- running the two sides


class UsageError(Exception):
    """A bad argument: one line on stderr, exit 2."""


class RunError(Exception):
    """A side that cannot be run: one line on stderr, exit 3."""


def log(msg: str) -> None:
    print(f"record_diff: {msg}", file=sys.stderr, flush=True)


def git(*args: str, check: bool = True) -> str:
    p = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)
    if check and p.returncode:
        raise RunError(f"git {' '.join(args)}: {(p.stderr.strip().splitlines() or ['failed'])[-1]}")
    return p.stdout.strip() if p.returncode == 0 else ""


def resolve_commit(rev: str, flag: str, what: str = "revision") -> str:
    if not rev or rev.startswith("-"):
        raise UsageError(f"{flag} {rev!r}: not a {what}")
    sha = git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", check=False)
    if not sha:
        raise UsageError(f"{flag} {rev!r}: no such {what} in {ROOT}")
    return sha


@dataclass
class Side:
    name: str  # "base" or "head"
    label: str  # what the user gave
    sha: str | None = None  # a commit (cacheable), or None for a working tree
    tree: Path | None = None  # where its code is (set when it is needed)
    suffixes: tuple[str, ...] | None = None  # the files its `gaiko extract DIR` reads (set by check_import)
    python: str | None = None  # an interpreter with gaiko installed (--head-python): it runs, not the tree's sources
    workdir: Path | None = None  # where an installed side's processes start (a folder with no gaiko/ in it)

    @property
    def exe(self) -> str:
        return self.python or sys.executable

    @property
    def cwd(self) -> Path:
        return self.workdir or self.root

    @property
    def root(self) -> Path:
        """Its tree, once checked out."""
        assert self.tree is not None, f"{self.name} is not checked out"
        return self.tree

    def describe(self) -> str:
        if self.python:
            return f"gaiko installed in {self.python} ({self.label} is its source)"
        if self.sha:
            return f"{self.label} ({self.sha[:10]})"
        at = git("-C", str(self.root), "rev-parse", "--short=10", "HEAD", check=False)
        if not at:
            return f"working tree {self.root}"
        # --no-optional-locks: reading the status of someone's tree must not rewrite its index
        dirty = git("--no-optional-locks", "-C", str(self.root), "status", "--porcelain", "--untracked-files=no", check=False)
        return f"working tree {self.root} (at {at}{', with uncommitted changes' if dirty else ''})"


@dataclass
class Corpus:
    name: str
    root: Path
    files: list[Path]
    digest: str = ""

    def keys(self) -> list[str]:
        return [doc_key(str(f), str(self.root)) for f in self.files]


def input_files(root: Path, suffixes: Iterable[str] = INPUT_SUFFIXES) -> list[Path]:
    """The documents `gaiko extract ROOT` reads: every file below it with one of the suffixes, sorted."""
    suffixes = tuple(suffixes)
    return sorted(p for p in root.rglob("*") if p.suffix.lower() in suffixes and p.is_file())


def inputs_digest(corpus: Corpus) -> str:
    h = hashlib.sha256(f"v{CACHE_VERSION} {sys.version_info[:3]} {sys.executable}\n".encode())
    for f, k in zip(corpus.files, corpus.keys()):
        h.update(k.encode() + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def side_env(side: Side, pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONPYCACHEPREFIX=str(pycache))
    if side.python:
        env.pop("PYTHONPATH", None)  # its own installed gaiko, not a tree's sources
    else:
        env["PYTHONPATH"] = str(side.root)
    return env


PROBE = f"""import gaiko, json, gaiko.source as s
print(gaiko.__file__)
print(json.dumps(getattr(s, "TEXT_SUFFIXES", {list(INPUT_SUFFIXES)!r})))"""


def check_import(side: Side, env: dict[str, str]) -> None:
    """The side's subprocesses import gaiko from its tree (not from an installed copy), or with --head-python from
    that interpreter's installation (not from a tree); and which files its `gaiko extract DIR` reads
    (``gaiko.source.TEXT_SUFFIXES``: .pdf joined them in issue 12)."""
    p = subprocess.run([side.exe, "-c", PROBE], env=env, cwd=side.cwd, capture_output=True, text=True,
                       check=False)
    where, _, suffixes = p.stdout.strip().partition("\n")
    # (the tree's gaiko/, not the tree: .venv-fast lies in it)
    in_tree = bool(where) and Path(where).resolve().is_relative_to((side.root / "gaiko").resolve())
    if p.returncode or in_tree == bool(side.python):
        why = (p.stderr.strip().splitlines() or [f"imports {where}"])[-1]
        want = f"the installation of {side.python}" if side.python else side.tree
        raise RunError(f"{side.name} {side.label}: gaiko does not import from {want}: {why}")
    side.suffixes = tuple(json.loads(suffixes))


@dataclass
class Output:
    records: dict[str, dict] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def run_chunk(side: Side, corpus: Corpus, files: list[Path], env: dict[str, str]) -> Output:
    """`python -m gaiko extract FILE...` over one chunk; a document without a record gets its line on stderr.

    A process that dies (a traceback, a signal) has printed the records before the document it died on: that
    document gets the last line of the traceback as its reason and the process is started again on the files
    after it, so one crashing document is one difference. Many crashes in one chunk stop the run."""
    out = Output()
    remaining, crashes = list(files), 0
    while remaining:
        p = subprocess.run([side.exe, "-m", "gaiko", "extract", *map(str, remaining)], env=env,
                           cwd=side.cwd, capture_output=True, check=False)
        stderr = p.stderr.decode("utf-8", "replace")
        out.records.update(parse_lines(p.stdout.decode("utf-8").splitlines(), str(corpus.root)))
        keys = [doc_key(str(f), str(corpus.root)) for f in remaining]
        crashed = p.returncode not in (0, 1) or "Traceback (most recent call last):" in stderr
        if not crashed:
            messages = [ln for ln in stderr.splitlines() if ln.startswith("gaiko: ")]
            for f, key in zip(remaining, keys):
                if key not in out.records:
                    out.errors[key] = next((m[len("gaiko: "):] for m in messages if str(f) in m), "no record, no message")
            break
        last = (stderr.strip().splitlines() or [f"exit code {p.returncode}"])[-1]
        crashes += 1
        if crashes > MAX_CRASHES:
            raise RunError(f"{side.name} side: gaiko extract died on {MAX_CRASHES} documents of one chunk of "
                           f"{corpus.name} (last: {remaining[0].name}: {last})")
        at = next((i for i, k in enumerate(keys) if k not in out.records), len(keys))
        if at < len(keys):
            out.errors[keys[at]] = f"the extraction process died: {last}"
        remaining = remaining[at + 1:]
    return out


def chunks(files: list[Path], jobs: int) -> list[list[Path]]:
    size = min(CHUNK_MAX, max(CHUNK_MIN, math.ceil(len(files) / (2 * jobs))))
    return [files[i:i + size] for i in range(0, len(files), size)]


def cache_path(cache_dir: Path, sha: str, corpus: Corpus) -> Path:
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", corpus.name).strip("_")
    return cache_dir / f"{sha}-{name}-n{len(corpus.files)}-{corpus.digest[:16]}.jsonl.gz"


def load_cache(path: Path) -> Output | None:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            head = json.loads(f.readline())
            out = Output(errors=head["errors"])
            for ln in f:
                obj = json.loads(ln)
                out.records[obj["key"]] = obj["line"]
        return out
    except (OSError, ValueError, KeyError, EOFError):
        return None


def save_cache(path: Path, out: Output) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as f:
        f.write(json.dumps({"errors": out.errors}, ensure_ascii=False) + "\n")
        for k, line in out.records.items():
            f.write(json.dumps({"key": k, "line": line}, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


# ---------------------------------------------------------------- command line


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2 (argparse prints the usage too)
        raise UsageError(message)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = Parser(prog="record_diff.py", description=__doc__.split("\n\n")[0],
                formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="git revision or working tree of the code before")
    ap.add_argument("--head", default=None, help="git revision or working tree of the code after (default: this tree)")
    ap.add_argument("--head-python", metavar="PY",
                    help="run the head side with this interpreter and the gaiko installed in it (not its tree's "
                         "sources), e.g. .venv-fast/bin/python of scripts/build_fast.sh; the tree still gives tests/data")
    ap.add_argument("--corpus", nargs="+", choices=FILE_CORPORA, default=list(FILE_CORPORA), metavar="NAME",
                    help=f"file corpora to extract, of {', '.join(FILE_CORPORA)} (default all)")
    ap.add_argument("--synthetic", type=int, default=10_000, metavar="N",
                    help="documents of the synthetic corpus (bench/corpus.py; default 10000, 0 for none)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the synthetic corpus (default 1)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="J",
                    help="extraction processes at a time (default: the number of CPUs)")
    ap.add_argument("--out", metavar="FILE.md", help="write the report here (stdout then gets the summary only)")
    ap.add_argument("--ignore-keys", nargs="*", default=list(DEFAULT_IGNORE), metavar="KEY",
                    help="keys left out of the comparison at every depth (default: rule rules; none when empty)")
    ap.add_argument("--cache-dir", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
                    / "gaiko-record-diff", help="where the output of a commit is kept (default ~/.cache/gaiko-record-diff)")
    ap.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    a = ap.parse_args(argv)
    if a.synthetic < 0:
        raise UsageError(f"--synthetic {a.synthetic}: must be 0 or more")
    if a.jobs < 1:
        raise UsageError(f"--jobs {a.jobs}: must be 1 or more")
    if a.head_python and not (shutil.which(a.head_python) or os.access(a.head_python, os.X_OK)):
        raise UsageError(f"--head-python {a.head_python}: not an interpreter")
    if a.out and not Path(a.out).resolve().parent.is_dir():
        raise UsageError(f"--out {a.out}: no folder {Path(a.out).resolve().parent}")
    a.ignore_keys = [k for item in a.ignore_keys for k in item.split(",") if k]
    a.corpus = list(dict.fromkeys(a.corpus))
    return a


def sides_from_args(a: argparse.Namespace) -> tuple[Side, Side]:
    if Path(a.base).is_dir():
        base = Side("base", a.base, tree=Path(a.base).resolve())
    else:
        base = Side("base", a.base, resolve_commit(a.base, "--base"))
    if a.head is None:
        head = Side("head", str(ROOT), tree=ROOT)
    elif Path(a.head).is_dir():
        head = Side("head", a.head, tree=Path(a.head).resolve())
    else:
        head = Side("head", a.head, resolve_commit(a.head, "--head", "directory or revision"))
    for side, flag in ((base, "--base"), (head, "--head")):
        if side.tree and not (side.tree / "gaiko" / "__init__.py").is_file():
            raise UsageError(f"{flag} {side.label}: not a gaiko tree (no gaiko/__init__.py)")
    head.python = a.head_python and str(Path(shutil.which(a.head_python) or a.head_python).absolute())
    return base, head


def file_corpora(names: list[str], tests_root: Path, suffixes: tuple[str, ...]) -> tuple[list[Corpus], dict[str, str]]:
    where = {"seeds": SHARED / "seeds", "devset": SHARED / "devset" / "docs", "tests": tests_root,
             "real": SHARED / "real" / "docs"}
    found, skipped = [], {}
    for name in names:
        root = where[name]
        files = input_files(root, suffixes) if root.is_dir() else []
        if files:
            found.append(Corpus(name, root, files))
        else:
            skipped[name] = f"{root} is absent" if not root.is_dir() else f"{root} holds no {'/'.join(suffixes)} file"
    return found, skipped


def synthetic_corpus(n: int, seed: int, tmp: Path) -> Corpus:
    sys.path.insert(0, str(HERE))
    from corpus import write_dir  # bench/corpus.py, beside this script

    root = tmp / "synthetic"
    t0 = time.perf_counter()
    write_dir(root, n, seed, html_share=0.2)
    log(f"synthetic: wrote {n:,} documents (seed {seed}) in {time.perf_counter() - t0:.1f}s")
    return Corpus(f"synthetic ({n:,}, seed {seed})", root, input_files(root))


def checkout(side: Side, tmp: Path, made: list[Path]) -> None:
    assert side.sha, "only a commit is checked out"
    path = tmp / side.name
    git("worktree", "add", "--detach", str(path), side.sha)
    made.append(path)
    side.tree = path


def remove_worktrees(made: list[Path]) -> None:
    for path in made:
        if git("worktree", "remove", "--force", str(path), check=False) == "" and path.exists():
            shutil.rmtree(path, ignore_errors=True)
    if made:
        git("worktree", "prune", check=False)


def extract_all(plan: list[tuple[Side, Corpus]], jobs: int, tmp: Path) -> dict[tuple[str, str], Output]:
    """Run every (side, corpus) that is not cached, chunked, ``jobs`` processes at a time."""
    envs = {side.name: side_env(side, tmp / "pycache") for side, _ in plan}
    for side in {s.name: s for s, _ in plan}.values():
        if side.suffixes is None:
            check_import(side, envs[side.name])
    tasks = [(side, corpus, part) for side, corpus in plan for part in chunks(corpus.files, jobs)]
    tasks.sort(key=lambda t: -len(t[2]))  # big chunks first: the pool ends together
    results = {(s.name, c.name): Output() for s, c in plan}
    done, docs_done, t0 = 0, 0, time.perf_counter()
    total_docs = sum(len(t[2]) for t in tasks)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(run_chunk, side, corpus, part, envs[side.name]): (side, corpus, part)
                   for side, corpus, part in tasks}
        try:
            for fut in as_completed(futures):
                side, corpus, part = futures[fut]
                out = fut.result()
                res = results[(side.name, corpus.name)]
                res.records.update(out.records)
                res.errors.update(out.errors)
                done += 1
                docs_done += len(part)
                log(f"[{done}/{len(tasks)} chunks, {docs_done:,}/{total_docs:,} documents, "
                    f"{time.perf_counter() - t0:.0f}s] {side.name} {corpus.name}: {len(part)} done")
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    return results


def run(a: argparse.Namespace) -> int:
    t_start = time.perf_counter()
    base, head = sides_from_args(a)
    tmp = Path(tempfile.mkdtemp(prefix="record_diff-"))
    made: list[Path] = []
    try:
        if head.tree is None:
            checkout(head, tmp, made)
        if head.python:
            head.workdir = tmp  # (python -m puts its working folder first on sys.path: not the tree's sources)
        check_import(head, side_env(head, tmp / "pycache"))
        corpora, skipped = file_corpora(a.corpus, head.root / "tests" / "data", head.suffixes or INPUT_SUFFIXES)
        if a.synthetic:
            corpora.append(synthetic_corpus(a.synthetic, a.seed, tmp))
        for name, why in skipped.items():
            log(f"skipping {name}: {why}")
        for c in corpora:
            c.digest = inputs_digest(c)
        outputs: dict[tuple[str, str], Output] = {}
        plan: list[tuple[Side, Corpus]] = []
        for side in (base, head):
            for c in corpora:
                cacheable = side.sha and not side.python and not a.no_cache
                cached = load_cache(cache_path(a.cache_dir, side.sha, c)) if cacheable else None
                if cached is not None:
                    log(f"{side.name} {c.name}: {len(cached.records):,} records from the cache")
                    outputs[(side.name, c.name)] = cached
                else:
                    plan.append((side, c))
        if base.tree is None and any(side is base for side, _ in plan):
            checkout(base, tmp, made)
        t_extract = time.perf_counter()
        outputs.update(extract_all(plan, a.jobs, tmp) if plan else {})
        t_extract = time.perf_counter() - t_extract
        if not a.no_cache:
            for side, c in plan:
                if side.sha and not side.python:
                    save_cache(cache_path(a.cache_dir, side.sha, c), outputs[(side.name, c.name)])
        results = {c.name: compare_docs(outputs[("base", c.name)].records, outputs[("head", c.name)].records,
                                        a.ignore_keys, c.keys(), outputs[("base", c.name)].errors,
                                        outputs[("head", c.name)].errors) for c in corpora}
        header = [
            "# Records before and after",
            "",
            f"- base: {base.describe()}",
            f"- head: {head.describe()}",
            f"- ignored keys: {', '.join(a.ignore_keys) or '(none)'}",
            (f"- extracted: {', '.join(f'{s.name} {c.name}' for s, c in plan) or 'nothing (all cached)'}; "
             f"{a.jobs} jobs, {t_extract:.0f}s extracting, {time.perf_counter() - t_start:.0f}s in all"),
        ]
    finally:
        remove_worktrees(made)
        shutil.rmtree(tmp, ignore_errors=True)
    report = render_report(results, skipped, header)
    if a.out:
        Path(a.out).write_text(report, encoding="utf-8")
        print("\n".join([*header, "", *summary_table(results, skipped), "", f"report: {a.out}"]))
    else:
        sys.stdout.write(report)
    return EXIT_DIFFERENT if any(c.diffs for c in results.values()) else EXIT_SAME


def main(argv: list[str] | None = None) -> int:
    try:
        return run(parse_args(argv))
    except UsageError as e:
        print(f"record_diff.py: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except RunError as e:
        print(f"record_diff.py: {e}", file=sys.stderr)
        return EXIT_RUN
    except KeyboardInterrupt:
        print("record_diff.py: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
