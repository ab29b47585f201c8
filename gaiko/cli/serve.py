"""``gaiko serve``: the web app and JSON API over the archive (FastAPI on uvicorn)."""

from __future__ import annotations

import click

from gaiko.cli import cli
from gaiko.errors import UsageError


@cli.command()
@click.option("--db", "db", default=None, metavar="URL", help="database: SQLite path or postgresql://... (default $GAIKO_DB or ./gaiko.db)")
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
    import os

    import uvicorn

    from gaiko.api.app import create_app
    from gaiko.api.deps import Settings

    settings = Settings.from_env(db=db, max_body=max_body)
    _check_port(host, port)
    create_app(settings).state.pool.close()  # open the database once now: a bad --db is a one-line error, exit 2
    mode = "read-write (token set)" if settings.token else "read-only (no GAIKO_TOKEN)"
    click.echo(f"gaiko: serving http://{host}:{port}/ ({mode}); Ctrl-C stops", err=True)
    if workers > 1:
        # each worker process builds its own app from the environment
        if db:
            os.environ["GAIKO_DB"] = db
        if max_body:
            os.environ["GAIKO_MAX_BODY"] = str(max_body)
        uvicorn.run("gaiko.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level=log_level)
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level)
    return 0


def _check_port(host: str, port: int) -> None:
    """A port in use or an address not on this machine is a one-line usage error (exit 2)."""
    import socket

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
