"""Archive commands: ingest, reindex, search, timeline, show, stats (thin layers over gaiko.archive)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from gaiko import countries
from gaiko.archive import BATCH_DOCS, DEFAULT_BUDGET, LINK_AUTO_MAX_DOCS, Archive, IngestReport
from gaiko.cli.base import cli, db_option, filter_options, filters_of, json_option
from gaiko.errors import EXIT_OK, EXIT_SOME_FAILED, UsageError
from gaiko.inputs import MAX_LIMIT, MAX_OFFSET, click_limit, click_offset
from gaiko.source import skipped_line


def _console() -> Console:
    return Console(soft_wrap=False, highlight=False)


def _dump(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def report_ingest(rep: IngestReport, what: str = "ingested", as_json: bool = False) -> int:
    if skipped_line(rep.skipped):
        click.echo(f"gaiko: {skipped_line(rep.skipped)}", err=True)
    if as_json:
        _dump(rep.model_dump(mode="json"))
        for f in rep.failed:
            click.echo(f"failed: {f.input}: {f.reason}", err=True)
        return EXIT_SOME_FAILED if rep.failed else EXIT_OK
    rate = rep.inputs / rep.seconds if rep.seconds else 0.0
    crate = rep.chars / rep.seconds if rep.seconds else 0.0
    click.echo(
        f"{what} {rep.inputs} documents: {rep.added} added, {rep.replaced} replaced, {rep.unchanged} unchanged, "
        f"{len(rep.failed)} failed in {rep.seconds:.1f} s ({rate:.0f} docs/s, {crate:,.0f} chars/s)"
    )
    for f in rep.failed:
        click.echo(f"failed: {f.input}: {f.reason}", err=True)
    if rep.worker_restarts:
        click.echo(f"gaiko: {rep.worker_restarts} extraction process(es) died and were replaced; "
                   "their documents were extracted again", err=True)
    return EXIT_SOME_FAILED if rep.failed else EXIT_OK


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL...")
@db_option
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Extraction processes (default: cores).")
@click.option("--follow", metavar="PREFIX", help="Also fetch links under this URL (or path) prefix.")
@click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True, help="Seconds between web requests.")
@click.option("--cache", "cache_dir", metavar="DIR", envvar="GAIKO_CACHE", help="Web cache (default ~/.cache/gaiko/http).")
@click.option("--max-pages", type=click.IntRange(1), default=1000, show_default=True, help="Web pages per run at most.")
@click.option("--batch", type=click.IntRange(1, 100_000), default=BATCH_DOCS, show_default=True,
              help="Documents per write transaction (or 3 s of work, whichever comes first).")
@click.option("--budget", type=click.FloatRange(0), default=DEFAULT_BUDGET, show_default=True, metavar="SECONDS",
              help="Seconds one document's extraction may take; past them it fails alone (0: no limit).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--link/--no-link", "relink", default=True, show_default=True,
              help="Rebuild people, follow-ups and talk groups (gaiko link) when anything was added or replaced, "
                   f"for archives of up to {LINK_AUTO_MAX_DOCS:,} documents (linking holds the archive in memory).")
@json_option
def ingest(inputs, db, jobs, follow, delay, cache_dir, max_pages, batch, budget, progress, relink, as_json) -> int:
    """Extract and store files, folders (recursive .txt/.html/.htm) and web pages."""
    if progress is None:
        progress = sys.stderr.isatty()
    a = Archive.open(db)
    try:
        rep = a.ingest(list(inputs), jobs=jobs, follow=follow, progress=progress, delay=delay,
                       cache_dir=cache_dir, max_pages=max_pages, batch=batch, budget=budget)
        # also when nothing changed but the links are out of date (a re-run after an ingest killed while linking)
        if relink and a.document_count() and (rep.added or rep.replaced or a.links_state() != "fresh"):
            if not (rep.added or rep.replaced):
                click.echo("gaiko: the people and follow-ups were out of date (an ingest stopped before linking?): "
                           "linking again", err=True)
            _relink(a)
    finally:
        discarded = a.discard_if_empty()  # nothing stored: no database is left behind
        if not discarded:
            a.close()
    code = report_ingest(rep, as_json=as_json)
    if discarded:
        click.echo(f"gaiko: nothing was added, so no database was created at {a.url}", err=True)
    return code


def _relink(archive: Archive) -> None:
    if not archive.refresh_links():  # the archive's one rule (gaiko.archive): too large to link on the spot
        click.echo(f"gaiko: {archive.document_count():,} documents: run `gaiko link` to rebuild people and follow-ups "
                   f"(not automatic above {LINK_AUTO_MAX_DOCS:,}; it holds the archive in memory)", err=True)


@cli.command()
@db_option
@click.option("--force", is_flag=True, help="Re-extract every document, not only those of older extractors.")
def reindex(db, force) -> int:
    """Re-extract documents stored by an older extractor version."""
    with Archive.open(db, create=False) as a:
        rep = a.reindex(force=force, progress=sys.stderr.isatty())
        if rep.added or rep.replaced:
            _relink(a)
    return report_ingest(rep, "re-extracted")


@cli.command()
@click.argument("query", nargs=-1)
@db_option
@filter_options()
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--limit", type=int, default=20, show_default=True, callback=click_limit, help=f"1-{MAX_LIMIT:,}.")
@click.option("--offset", type=int, default=0, callback=click_offset, help=f"0-{MAX_OFFSET:,}.")
@json_option
def search(query, db, sort, limit, offset, as_json, **kw) -> int:
    """Full-text search (Japanese: any 1-, 2- or longer-character word; words with spaces are ANDed)."""
    q = " ".join(query)
    with Archive.open(db, create=False) as a:
        res = a.search(q, filters_of(**kw), sort=sort, limit=limit, offset=offset)
        if not res.total and not a.document_count():
            click.echo(f"gaiko: the archive at {a.url} holds no documents (run `gaiko ingest` first)", err=True)
    if as_json:
        _dump(res.model_dump(mode="json"))
        return EXIT_OK
    con = _console()
    table = Table(show_lines=False, box=None, pad_edge=False)
    for col in ("id", "date", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for h in res.hits:
        snip = Text()
        for seg, hit in h.snippet:
            snip.append(seg, style="bold reverse" if hit else None)
        table.add_row(h.doc_id[:10], h.doc_date or "", h.title or "", snip)
    con.print(table)
    shown = f"{offset + 1}-{offset + len(res.hits)}" if res.hits else "0"
    con.print(f"{res.total} documents match {q!r}; showing {shown}", style="dim")
    return EXIT_OK


def _md(date: str | None) -> str:
    if not date or len(date) < 10:
        return (date or "")[5:7].lstrip("0") + "月" if date and len(date) >= 7 else ""
    return f"{int(date[5:7])}月{int(date[8:10])}日"


@cli.command()
@db_option
@click.option("--country", required=True, metavar="CC", help="The other side (ISO alpha-2: RU).")
@filter_options("date_from", "date_to", "kind", "person")
@click.option("--agreements", "max_agreements", type=click.IntRange(0), default=3, show_default=True,
              help="Agreements shown under each talk (--json has all).")
@json_option
def timeline(db, country, max_agreements, as_json, **kw) -> int:
    """A chronology of talks with one country, newest year first (like 近年の日露関係の動き)."""
    with Archive.open(db, create=False) as a:
        years = a.timeline(country, filters_of(**kw))
    if as_json:
        _dump([y.model_dump(mode="json") for y in years])
        return EXIT_OK
    for y in years:
        click.echo(f"{y.year}年" if y.year.isdigit() else y.year)
        for e in y.entries:
            when = _md(e.date)
            if e.date_end:
                end = _md(e.date_end)
                when += "～" + (end.split("月", 1)[1] if end[: end.find("月")] == when[: when.find("月")] else end)
            srcs = f"  [{len(e.sources)}件の記録: {', '.join(x[:10] for x in e.sources)}]" if len(e.sources) > 1 else ""
            click.echo(f"  {when} {e.label}{srcs}")
            for ag in e.agreements[:max_agreements]:
                click.echo(f"      ・{ag if len(ag) <= 80 else ag[:79] + '…'}")
            if len(e.agreements) > max_agreements > 0:
                click.echo(f"      (ほか{len(e.agreements) - max_agreements}件)")
    if not years:
        click.echo(f"no talks with {country.upper()} in the archive", err=True)
    return EXIT_OK


@cli.command()
@click.argument("doc_id")
@db_option
@click.option("--no-text", is_flag=True, help="Only the record.")
@json_option
def show(doc_id, db, no_text, as_json) -> int:
    """Print one document's record and text (ID or a unique prefix of it)."""
    with Archive.open(db, create=False) as a:
        d = a.get(doc_id)
    if d is None:
        raise UsageError(f"no document {doc_id!r} in the archive")
    if as_json:
        out = d.model_dump(mode="json")
        if no_text:
            out.pop("text")
        _dump(out)
        return EXIT_OK
    click.echo(f"{d.doc_id}  {d.title or ''}  [{d.doc_type}] {d.doc_date or ''}")
    click.echo(f"source: {d.source_url or d.path}  sha256: {d.sha256}  extractor {d.extractor_version}  added {d.added_at}")
    click.echo(json.dumps(d.record.to_json_dict(), ensure_ascii=False, indent=2))
    if not no_text:
        click.echo("---- text ----")
        click.echo(d.text)
    return EXIT_OK


@cli.command()
@db_option
@json_option
def stats(db, as_json) -> int:
    """Counts of documents and talks (talks by year, country and kind; documents by type)."""
    with Archive.open(db, create=False) as a:
        s = a.stats()
    if as_json:
        _dump(s.model_dump(mode="json"))
        return EXIT_OK
    click.echo(f"{s.documents} documents, {s.talks} talks ({s.events} records of talks)")
    for title, counts, names in (
        ("by year", s.by_year, None), ("by country", s.by_country, countries.name_ja),
        ("by kind", s.by_kind, None), ("by document type", s.by_doc_type, None),
    ):
        click.echo(f"{title}:")
        for k, v in counts.items():
            label = f"{k} {names(k)}" if names else k
            click.echo(f"  {label:<24} {v:>7}")
    return EXIT_OK
