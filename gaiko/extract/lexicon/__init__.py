"""Lexicons: the extractor's vocabularies as data, one module per family, every row with a stable id.

A row says one general thing about how the ministry writes (``外相会談`` names a foreign ministers'
talk; ``一致`` in predicate position is an agreement; ``陪席`` introduces attendees). Matchers build
every pattern, prefilter and first-character guard from the rows through ``Table`` — nothing hand-copies
a list — and every fact remembers the id of the row that produced it (``Person.rule``,
``Outcome.rule``, ``Planned.rule``, ``Event.rules``), so ``gaiko extract --explain`` can say why a fact
is there and which row to change.

Ids are ``<family>.<group>.<name>`` in ASCII, never reused for another meaning once published (a row
that goes away leaves its id unused). Each row is exercised by at least one case under ``tests/cases``
(``tests/cases/test_lexicon_coverage.py`` fails on a row without one).

Tracing: inside ``with trace() as fired:`` every row a matcher decides by — to keep a fact or to drop
one (a negation, a false-positive filter) — is added to ``fired`` by ``fire(row)``. Cases use it to show
that their row, not another, made the decision.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from typing import overload

ID_RE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){2,}")


@dataclass(frozen=True, slots=True)
class Row:
    """One vocabulary entry.

    ``pattern`` is a literal word unless ``regex`` is set (then a fragment of Python ``re`` syntax,
    without capturing groups of its own). ``value`` is what the row means to its matcher (a kind of
    talk, an outcome type, a role's plain form, a country code …); ``note`` is the usage it stands for.
    """

    id: str
    pattern: str
    value: str | None = None
    note: str = ""
    regex: bool = False

    @property
    def source(self) -> str:
        return self.pattern if self.regex else re.escape(self.pattern)

    @property
    def text(self) -> str:
        """The row's value, which its matcher requires (a row without one is a table error)."""
        if self.value is None:
            raise ValueError(f"lexicon row {self.id} has no value")
        return self.value

    @property
    def number(self) -> int:
        """The row's value as an integer (an era's base year, a month, a count of days)."""
        return int(self.text)


@dataclass(eq=False)
class Table:
    """The rows of one vocabulary and everything derived from them, derived once."""

    family: str
    rows: tuple[Row, ...]
    note: str = ""
    register: bool = True  # listed by tables() (False: a table built in a test)
    _by_id: dict[str, Row] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.rows = tuple(self.rows)
        self._by_id = {}
        for r in self.rows:
            if not ID_RE.fullmatch(r.id) or not r.id.startswith(self.family + "."):
                raise ValueError(f"lexicon row id {r.id!r} must be '{self.family}.<group>.<name>' in ASCII")
            if r.id in self._by_id:
                raise ValueError(f"duplicate lexicon row id {r.id!r}")
            self._by_id[r.id] = r
        if self.register:
            _register(self)

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, row_id: str) -> Row:
        return self._by_id[row_id]

    def where(self, value: str | None = None, group: str | None = None) -> tuple[Row, ...]:
        """Rows with this value and/or in this group (the id's middle part)."""
        return tuple(r for r in self.rows if (value is None or r.value == value)
                     and (group is None or r.id.split(".")[1] == group))

    def words(self) -> tuple[str, ...]:
        """The literal words, in row order (regex rows left out)."""
        return tuple(r.pattern for r in self.rows if not r.regex)

    def alternation(self, rows: Iterable[Row] | None = None) -> str:
        """One non-capturing alternation of the rows: literal words longest first (so 外務大臣 wins over
        外務), regex rows in row order after them."""
        rows = tuple(self.rows if rows is None else rows)
        lits = sorted({r.pattern for r in rows if not r.regex}, key=lambda w: (-len(w), w))
        return "(?:" + "|".join([re.escape(w) for w in lits] + [r.pattern for r in rows if r.regex]) + ")"

    def first_chars(self) -> frozenset[str]:
        """The characters a literal word can start with (a cheap guard before a regex)."""
        return frozenset(r.pattern[0] for r in self.rows if not r.regex and r.pattern)

    @cached_property
    def _literal(self) -> dict[str, Row]:
        out: dict[str, Row] = {}
        for r in self.rows:
            if not r.regex:
                out.setdefault(r.pattern, r)
        return out

    @cached_property
    def _regex(self) -> tuple[tuple[Row, re.Pattern[str]], ...]:
        return tuple((r, re.compile(r.source)) for r in self.rows if r.regex)

    def which(self, text: str, rows: Iterable[Row] | None = None) -> Row | None:
        """The row that matches ``text`` whole: a literal row (by a dict), else the first regex row in order."""
        allowed = None if rows is None else {r.id for r in rows}
        row = self._literal.get(text)
        if row is not None and (allowed is None or row.id in allowed):
            return row
        if allowed is not None:  # (a literal row of the subset may share its word with an earlier one outside it)
            row = next((r for r in self.rows if not r.regex and r.pattern == text and r.id in allowed), None)
            if row is not None:
                return row
        return next((r for r, rx in self._regex if (allowed is None or r.id in allowed) and rx.fullmatch(text)), None)

    def row_of(self, text: str, rows: Iterable[Row] | None = None) -> Row:
        """The row of a word the table's own patterns matched (its alternation, one of its words): ``which`` that
        must find one (none is a table error)."""
        row = self.which(text, rows)
        if row is None:
            raise ValueError(f"no {self.family} row matches {text!r}")
        return row


_TABLES: dict[str, list[Table]] = {}


def _register(table: Table) -> None:
    _TABLES.setdefault(table.family, []).append(table)


def tables() -> list[Table]:
    """Every table of every lexicon module imported so far (import ``gaiko.extract.lexicon.all`` first
    to have them all)."""
    return [t for ts in _TABLES.values() for t in ts]


def all_rows() -> list[Row]:
    seen: dict[str, Row] = {}
    for t in tables():
        for r in t:
            if r.id in seen and seen[r.id] is not r:
                raise ValueError(f"lexicon row id {r.id!r} declared twice")
            seen[r.id] = r
    return list(seen.values())


# --- tracing -----------------------------------------------------------------------------------
_FIRED: ContextVar[set[str] | None] = ContextVar("gaiko_lexicon_fired", default=None)


@overload
def fire(row: Row | str) -> str: ...
@overload
def fire(row: Row | str | None) -> str | None: ...
def fire(row: Row | str | None) -> str | None:
    """Note that ``row`` decided something; returns its id (so a matcher can store it on the fact)."""
    if row is None:
        return None
    rid = row if isinstance(row, str) else row.id
    fired = _FIRED.get()
    if fired is not None:
        fired.add(rid)
    return rid


@contextlib.contextmanager
def trace() -> Iterator[set[str]]:
    fired: set[str] = set()
    token = _FIRED.set(fired)
    try:
        yield fired
    finally:
        _FIRED.reset(token)
