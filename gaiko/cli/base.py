"""The ``gaiko`` click group and the options several commands share, defined once (sqlite-utils' habit).

``filter_options`` makes the options of the search filters from ``gaiko.filters.FILTERS``: a new row of that
table is a new option of ``gaiko search`` with nothing to edit here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from gaiko.errors import UsageError, printable
from gaiko.filters import FILTERS, NAMES, Filter, Filters
from gaiko.inputs import click_date, is_utf8

# parameters that name files, folders or database locations: a file name need not be UTF-8 (such an input
# fails alone, see Archive.ingest); every other argument is text and must be
PATH_PARAMS = frozenset({"inputs", "paths", "db", "cache_dir", "output", "follow"})


class Command(click.Command):
    """Every gaiko command: text arguments that are not valid UTF-8 (bytes the terminal or a script passed
    undecoded) are a usage error in one line, before the command runs, never a traceback in the middle."""

    def invoke(self, ctx: click.Context):
        for param in self.params:
            if param.name in PATH_PARAMS:
                continue
            value = ctx.params.get(param.name)
            for v in value if isinstance(value, (tuple, list)) else (value,):
                if isinstance(v, str) and not is_utf8(v):
                    name = param.opts[0] if isinstance(param, click.Option) else param.human_readable_name
                    raise UsageError(f"{name}: {printable(v)} is not valid UTF-8 text")
        return super().invoke(ctx)


class Group(click.Group):
    command_class = Command


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gaiko")
def cli() -> None:
    """gaiko: records of diplomatic talks as a structured, searchable archive."""


def db_option(f: Callable) -> Callable:
    return click.option(
        "--db", "db", envvar="GAIKO_DB", default=None, metavar="PATH|URL",
        help="SQLite file (default ./gaiko.db) or postgresql://... ; env GAIKO_DB.",
    )(f)


def json_option(f: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(f)


def _filter_option(flt: Filter) -> Callable:
    v = flt.value
    kw: dict[str, Any] = {"help": flt.help}
    if v.kind == "choice":
        kw["type"] = click.Choice(v.choices)
    else:
        kw["metavar"] = v.metavar
    if v.kind == "date":
        kw["callback"] = click_date  # refused before the database is opened, as the API refuses it
    return click.option(flt.option, flt.name, **kw)


def filter_options(*names: str) -> Callable[[Callable], Callable]:
    """The options of the filters ``names`` (all of them by default), in the table's order."""
    rows = [flt for flt in FILTERS if not names or flt.name in names]

    def decorate(f: Callable) -> Callable:
        for flt in reversed(rows):
            f = _filter_option(flt)(f)
        return f

    return decorate


def filters_of(**kw: Any) -> Filters:
    """The ``Filters`` among a command's parameters (the options ``filter_options`` added)."""
    return Filters(**{k: v for k, v in kw.items() if k in NAMES and v})
