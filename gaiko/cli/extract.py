"""`gaiko extract`: records of diplomatic talks -> one JSON line per input."""

from __future__ import annotations

import json
import os
import sys

import click

from gaiko import pipeline
from gaiko.cli.base import cli
from gaiko.errors import EXIT_OK, EXIT_SOME_FAILED, GaikoError, printable
from gaiko.explain import explain as explain_lines
from gaiko.source import expand_input, os_reason, read_capped, skipped_line


def expand_inputs(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Files as given, directories as every .txt/.html/.htm below them, '-' for stdin; and one error line for
    each folder below them that cannot be read (a missing or unreadable input fails when it is read)."""
    out: list[str] = []
    errors: list[str] = []
    skipped: dict[str, int] = {}
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        found, errs = expand_input(p, skipped)
        if errs and errs[0][0] == p and not os.path.isdir(p):  # the input itself: read_path says why, in order
            out.append(p)
            continue
        out += found
        errors += [f"{f}: cannot read{' folder' if os.path.isdir(f) else ''}: {os_reason(e)}" for f, e in errs]
    if skipped_line(skipped):
        click.echo(f"gaiko: {skipped_line(skipped)}", err=True)
    return out, errors


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--pretty", is_flag=True, help="One indented JSON object per input.")
@click.option("--text", "show_text", is_flag=True, help="Print the plain text the spans index into (instead of JSON).")
@click.option("--explain", is_flag=True,
              help="Print every fact with its span, its sentence and the lexicon rule ids that produced it (instead of JSON).")
def extract(paths: tuple[str, ...], pretty: bool, show_text: bool, explain: bool) -> int:
    """Extract the record of each input (files, folders, '-' for stdin).

    Prints one JSON line {"id", "path", "record"} per input. Exit code: 0 all inputs read,
    1 some failed (each named on stderr in one line; the others are still printed), 2 usage.
    """
    inputs, errors = expand_inputs(paths)
    for msg in errors:
        click.echo(f"gaiko: {printable(msg)}", err=True)
    failed = len(errors)
    for p in inputs:
        try:
            if p == "-":
                ex = pipeline.extract_bytes(read_capped(sys.stdin.buffer), name="-", path="-")
            else:
                ex = pipeline.extract_path(p)
        except GaikoError as e:
            failed += 1
            msg = str(e)
            click.echo(f"gaiko: {printable(msg if msg.startswith(p) else f'{p}: {msg}')}", err=True)
            continue
        except Exception as e:
            failed += 1
            click.echo(f"gaiko: {printable(p)}: internal error while extracting ({type(e).__name__}: {printable(e)})", err=True)
            continue
        if show_text:
            sys.stdout.write(ex.text)
            if not ex.text.endswith("\n"):
                sys.stdout.write("\n")
            continue
        if explain:
            for out in explain_lines(ex):
                click.echo(out)
            continue
        line = ex.to_line()
        click.echo(json.dumps(line, ensure_ascii=False, indent=2 if pretty else None))
    return EXIT_SOME_FAILED if failed else EXIT_OK
