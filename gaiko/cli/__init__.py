"""The ``gaiko`` command line: one click group; each module in this package adds its commands.

A command returns its exit code (0, 1 or 2, see ``gaiko.errors``) or None for 0.

Commands are thin: they parse options, call one library function and print. Modules are
discovered, so the extract, archive, web and knowledge commands live in their own files.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from gaiko.errors import EXIT_USAGE, GaikoError, printable


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gaiko")
def cli() -> None:
    """gaiko: records of diplomatic talks as a structured, searchable archive."""


def _load_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


_load_commands()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the group; expected errors become one line on stderr, never a traceback."""
    try:
        rv = cli.main(args=argv, prog_name="gaiko", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("gaiko: aborted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(EXIT_USAGE if isinstance(e, click.UsageError) else e.exit_code)
    except GaikoError as e:
        click.echo(f"gaiko: {printable(e)}", err=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        click.echo("gaiko: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(rv if isinstance(rv, int) else 0)
