"""Small helpers for stages that match lexicon rows inside larger patterns and fire the row that decided.

    flat(table)        the rows' alternation without its group, to join with other alternatives
    named(table)       the rows' alternation as the named group ``w`` (a pattern around it finds the row)
    fired(table, m)    ``m`` (a match with group ``w``, or None) decided something: fire its row, say so
    row_at(table, text, pos)  the row an alternation of regex rows (in row order) takes at ``pos``
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from gaiko.extract import lexicon
from gaiko.extract.lexicon import Row, Table


def flat(table: Table, rows: Iterable[Row] | None = None) -> str:
    """``table.alternation(rows)`` without its group, to join with other alternatives into one flat
    alternation (the regex engine then skips ahead by all their first characters at once)."""
    return table.alternation(rows)[3:-1]


def named(table: Table, rows: Iterable[Row] | None = None, name: str = "w") -> str:
    return f"(?P<{name}>" + table.alternation(rows) + ")"


def fired(table: Table, m: re.Match | None, name: str = "w") -> bool:
    """True when ``m`` matched; its row (the text of group ``name``) is fired."""
    if m is None:
        return False
    lexicon.fire(table.which(m.group(name)))
    return True


@cache
def _compiled(table: Table) -> tuple[tuple[Row, re.Pattern[str]], ...]:
    return tuple((r, re.compile(r.source)) for r in table)


def row_at(table: Table, text: str, pos: int) -> Row | None:
    """The first row whose pattern matches ``text`` at ``pos``: the alternative that ``table.alternation()``
    takes there when the table's rows are all regex rows (kept in row order). Lookbehinds see before ``pos``,
    which ``Table.which`` on the matched text alone cannot."""
    return next((r for r, rx in _compiled(table) if rx.match(text, pos)), None)
