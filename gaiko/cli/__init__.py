"""The ``gaiko`` command line: one click group (``gaiko.cli.base``); each module here adds its commands.

A command returns its exit code (0, 1 or 2, see ``gaiko.errors``) or None for 0.

Commands are thin: they parse options, call one ``gaiko.archive.Archive`` method (or the pipeline, for
``gaiko extract``) and print. The extract, archive, knowledge and serve commands live in their own files.
"""

from __future__ import annotations

import sys

import click

from gaiko.cli import _output, archive, extract, knowledge, serve, talks  # noqa: F401  (each module adds its commands)
from gaiko.cli.base import cli
from gaiko.errors import EXIT_USAGE, GaikoError, printable

__all__ = ["cli", "main"]


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the group; expected errors become one line on stderr, never a traceback.

    Output that cannot be written (stdout on a full disk or /dev/full) is one line and exit 1; a closed pipe
    (``gaiko search ... | head -1``) ends the command quietly with exit 0, wherever the pipe closed."""
    _output.guard()
    try:
        rv = cli.main(args=argv, prog_name="gaiko", standalone_mode=False)
        _output.flush()  # here, not at interpreter exit, where a failure is a traceback-like message
    except _output.OutputError as e:
        _output.silence()
        click.echo(f"gaiko: {printable(e)}", err=True)
        sys.exit(e.exit_code)
    except (_output.OutputClosed, BrokenPipeError):
        _output.silence()
        sys.exit(0)
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
    sys.exit(rv if isinstance(rv, int) else 0)
