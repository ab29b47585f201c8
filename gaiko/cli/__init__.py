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

from gaiko.errors import EXIT_USAGE, GaikoError, UsageError, printable


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
                if isinstance(v, str) and not _is_utf8(v):
                    name = param.opts[0] if isinstance(param, click.Option) else param.human_readable_name
                    raise UsageError(f"{name}: {printable(v)} is not valid UTF-8 text")
        return super().invoke(ctx)


def _is_utf8(s: str) -> bool:
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


class Group(click.Group):
    command_class = Command


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gaiko")
def cli() -> None:
    """gaiko: records of diplomatic talks as a structured, searchable archive."""


def _load_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


_load_commands()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the group; expected errors become one line on stderr, never a traceback.

    Output that cannot be written (stdout on a full disk or /dev/full) is one line and exit 1; a closed pipe
    (``gaiko search ... | head -1``) ends the command quietly with exit 0, wherever the pipe closed."""
    from gaiko.cli import _output

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
