"""``gaiko serve``: the web app and JSON API over the archive (``gaiko.server`` on uvicorn).

The command checks what it can in one line (the database, the port), then hands uvicorn the app's factory
by its import path, ``gaiko.server:app_from_env``, with the settings in the environment: uvicorn imports the
web stack in the process that serves (each worker's own, with ``--workers``), so no other command loads it.
"""

from __future__ import annotations

import os
import socket

import click

from gaiko.archive import Archive
from gaiko.cli.base import cli, db_option
from gaiko.errors import UsageError

APP_FACTORY = "gaiko.server:app_from_env"


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="port to listen on")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="server processes")
@click.option("--max-body", default=None, type=click.IntRange(1024), metavar="BYTES", help="largest request body accepted (default 5 MiB)")
@click.option("--log-level", default="warning", show_default=True, type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(db: str | None, host: str, port: int, workers: int, max_body: int | None, log_level: str) -> int:
    """Serve the web pages and the JSON API (/api/..., docs at /docs).

    Writes (POST /api/documents) need a bearer token: set GAIKO_TOKEN before starting;
    without it the server is read-only.
    """
    import uvicorn  # the server itself: only this command needs it

    _check_port(host, port)
    Archive.open(db, create=False).close()  # open the database once now: a bad --db is a one-line error, exit 2
    mode = "read-write (token set)" if os.environ.get("GAIKO_TOKEN") else "read-only (no GAIKO_TOKEN)"
    click.echo(f"gaiko: serving http://{host}:{port}/ ({mode}); Ctrl-C stops", err=True)
    if db:
        os.environ["GAIKO_DB"] = db
    if max_body:
        os.environ["GAIKO_MAX_BODY"] = str(max_body)
    uvicorn.run(APP_FACTORY, factory=True, host=host, port=port, workers=workers, log_level=log_level)
    return 0


def _check_port(host: str, port: int) -> None:
    """A port in use or an address not on this machine is a one-line usage error (exit 2)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise UsageError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    family, _, _, _, addr = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as e:
            raise UsageError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
