"""``gaiko talks``: the talks matching every filter (an event, or the reconciled group of events that are one
talk), newest first; a thin layer over ``Archive.talks``, with the options of ``gaiko search``."""

from __future__ import annotations

import json

import click

from gaiko.archive import Archive
from gaiko.cli.base import cli, db_option, filter_options, filters_of, json_option
from gaiko.errors import EXIT_OK
from gaiko.inputs import MAX_LIMIT, MAX_OFFSET, click_limit, click_offset


def _when(date: str | None, end: str | None) -> str:
    """2009-05-11~13, 2009-12-27~01-02: the end without what it shares with the start."""
    if not date or not end:
        return date or ""
    same = 8 if end[:8] == date[:8] else 5 if end[:5] == date[:5] else 0
    return f"{date}~{end[same:]}"


@cli.command()
@click.argument("query", nargs=-1)
@db_option
@filter_options()
@click.option("--limit", type=int, default=20, show_default=True, callback=click_limit, help=f"1-{MAX_LIMIT:,}.")
@click.option("--offset", type=int, default=0, callback=click_offset, help=f"0-{MAX_OFFSET:,}.")
@click.option("--facets", is_flag=True, help="With --json: the facets, counting talks.")
@json_option
def talks(query, db, limit, offset, facets, as_json, **kw) -> int:
    """Talks matching every filter, newest first: each filter by some record of the talk (a chronology's entry
    gives its date, the meeting record its people); QUERY: a talk with a record in a document matching it."""
    q = " ".join(query)
    with Archive.open(db, create=False) as a:
        res = a.talks(q, filters_of(**kw), limit=limit, offset=offset, facets=facets and as_json)
        if not res.total and not a.document_count():
            click.echo(f"gaiko: the archive at {a.url} holds no documents (run `gaiko ingest` first)", err=True)
    if as_json:
        out = res.model_dump(mode="json")
        if out["facets"] is None:
            out.pop("facets")
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    for t in res.items:
        srcs = ", ".join(x[:10] for x in t.sources)
        click.echo(f"{_when(t.date, t.date_end):<16} {t.kind or '':<17} {t.label}  [{srcs}]")
    shown = f"{offset + 1}-{offset + len(res.items)}" if res.items else "0"
    click.echo(f"{res.total} talks match{f' {q!r}' if q else ''}; showing {shown}")
    return EXIT_OK
