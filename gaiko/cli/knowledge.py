"""Knowledge commands: link, people, person, followups, export, topics. Each opens the archive and calls one
``gaiko.archive.Archive`` method (the archive decides between stored links and linking on the spot)."""

from __future__ import annotations

import json
import sys

import click

from gaiko.archive import EXPORT_FORMATS, EXPORT_TABLES, FOLLOWUP_STATUSES, Archive
from gaiko.cli.base import cli, db_option, filter_options, filters_of, json_option
from gaiko.errors import GaikoError
from gaiko.inputs import click_day
from gaiko.topics import taxonomy_table


def _open(db: str | None) -> Archive:
    return Archive.open(db, create=False)


def _dump(items) -> None:
    click.echo(json.dumps([i.model_dump(mode="json") for i in items], ensure_ascii=False, indent=2))


def _latin(p) -> str:
    """Sergey Lavrov (as the page writes it, or from the lexicon of office holders), or the romanisation
    marked as such."""
    latin = p.latin or p.romaji
    return f"{latin} (romanised)" if latin and p.latin_source not in ("page", "lexicon") else latin


def _span(a: str | None, b: str | None) -> str:
    return f"{a or '?'}..{b or '?'}" if b and b != a else (a or "?")


@cli.command()
@db_option
def link(db: str | None) -> None:
    """(Re)build derived data: talk groups, people, follow-ups."""
    with _open(db) as archive:
        counts = archive.link()
    click.echo(", ".join(f"{k}: {v}" for k, v in counts.items()))


@cli.command()
@db_option
@click.option("--country", default=None, metavar="CODE", help="only people of this country (alpha-2)")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(0), help="at most this many (0: all)")
@json_option
def people(db: str | None, country: str | None, limit: int, as_json: bool) -> None:
    """People across documents, most talks first."""
    with _open(db) as archive:
        items = archive.people(country=country)
    if limit:
        items = items[:limit]
    if as_json:
        return _dump(items)
    for p in items:
        roles = "; ".join(f"{r.role} {_span((r.first or '')[:4], (r.last or '')[:4])}" for r in p.roles)
        click.echo(f"{p.name}\t{_latin(p)}\t{p.country or '-'}\t{len(p.talks)} talks\t{roles}\t[{p.person_id}]")


@cli.command()
@click.argument("name")
@db_option
@json_option
def person(name: str, db: str | None, as_json: bool) -> None:
    """The talks of a person (any spelling, with or without title, or romaji) across years, with roles."""
    with _open(db) as archive:
        found = archive.person(name)
    if not found:
        raise GaikoError(f"no person named {name!r} in the archive")
    if as_json:
        return _dump(found)
    for i, p in enumerate(found):
        if i:
            click.echo("")
        variants = f" (also written {', '.join(v for v in p.variants if v != p.name)})" if len(p.variants) > 1 else ""
        click.echo(f"{p.name} / {_latin(p)} [{p.country or '-'}] {p.person_id}{variants}")
        for r in p.roles:
            click.echo(f"  role: {r.role} {_span(r.first, r.last)} ({r.talks} mentions)")
        for t in p.talks:
            who = "" if t.principal else " (attending)"
            with_ = f" with {', '.join(t.counterparts)}" if t.counterparts else ""
            click.echo(f"  {_span(t.date, t.date_end)}  {t.role or '-'}{who}  {t.label}{with_}  "
                       f"sources: {', '.join(t.sources)}")


@cli.command()
@db_option
@click.option("--country", default=None, metavar="CODE", help="only plans of relationships with this country")
@click.option("--status", default=None, type=click.Choice(FOLLOWUP_STATUSES))
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", callback=click_day,
              help="statuses as they stood on this day (default: today); plans made later are left out")
@json_option
def followups(db: str | None, country: str | None, status: str | None, as_of: str | None, as_json: bool) -> None:
    """Planned talks and acts, each linked to the talk that fulfilled it or marked scheduled/pending/overdue/unmatched
    as of a day (today unless --as-of), which the first line states (and each JSON item's as_of)."""
    with _open(db) as archive:
        day = archive.as_of_day(as_of)
        items = archive.followups(country=country, status=status, as_of=day)
    if as_json:
        return _dump(items)
    click.echo(f"statuses as of {day}: {len(items)} plans")
    for f in items:
        when = _span(f.date, f.date_end) if f.date else "日付なし"
        when += f" ({f.precision})" if f.precision else ""
        where = f" @ {f.place}" if f.place else ""
        occasion = f" [{f.occasion}]" if f.occasion else ""
        click.echo(f"{f.made_on or '?'} {f.relationship or '-'}: {f.what}{where}{occasion} — {when}, "
                   f"window {f.window_start or '?'}..{f.window_end or '?'}  => {f.status}")
        if f.status in ("fulfilled", "scheduled"):
            notes = f"  ({'; '.join(f.notes)})" if f.notes else ""
            verb = "fulfilled by" if f.status == "fulfilled" else "announced as"
            click.echo(f"    {verb} {f.matched_date} {f.matched_label} "
                       f"[{f.matched_event_id}; sources: {', '.join(f.matched_sources)}] "
                       f"confidence {f.confidence:.2f}{notes}")
        elif f.notes:
            click.echo(f"    ({'; '.join(f.notes)})")
        click.echo(f"    plan: {' '.join(f.text.split())}  [{f.doc_id} {f.span[0]}-{f.span[1]}]")


@cli.command()
@db_option
@click.option("--format", "fmt", required=True, type=click.Choice(EXPORT_FORMATS),
              help="jsonl/csv/parquet: rows of --table; plover: PLOVER-style event records (JSONL); ics: planned talks")
@click.option("--table", default="events", show_default=True, type=click.Choice(EXPORT_TABLES),
              help="jsonl/csv/parquet: one row per event, per event and participant (with person ids), per "
                   "outcome, or per planned item")
@filter_options()
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", callback=click_day,
              help="plan statuses (ics, --table plans) as of this day (default: today)")
@click.option("-o", "--output", default=None, metavar="FILE", help="write here (default stdout; required for parquet)")
@click.option("--bom", is_flag=True, help="csv: start with a UTF-8 byte order mark (so Excel on Japanese Windows reads UTF-8)")
def export(db: str | None, fmt: str, table: str, as_of: str | None, output: str | None, bom: bool, **kw) -> None:
    """Event data: rows per event (or participant, outcome, plan), PLOVER-style records, or an iCalendar of
    planned talks; the filters of `gaiko search` select the events."""
    with _open(db) as archive:
        n = archive.export(fmt, output or "-", filters=filters_of(**kw), table=table, as_of=as_of, bom=bom)
    if output:
        click.echo(f"wrote {n} records to {output}", err=True)
    else:
        sys.stdout.flush()


@cli.command()
@db_option
@click.option("--country", default=None, metavar="CODE", help="only talks with this country (alpha-2)")
@click.option("--taxonomy", is_flag=True, help="print the taxonomy (labels, scope, cue words) instead")
@json_option
def topics(db: str | None, country: str | None, taxonomy: bool, as_json: bool) -> None:
    """Topics of outcomes and plans per year (the taxonomy of gaiko.topics)."""
    if taxonomy:
        table = taxonomy_table()
        if as_json:
            click.echo(json.dumps(table, ensure_ascii=False, indent=2))
        else:
            for t in table:
                click.echo(f"{t['label']}\t{t['scope']}\t{'、'.join(t['cues'])}")
        return
    with _open(db) as archive:
        years = archive.topics_by_year(country=country)
    if as_json:
        return _dump(years)
    for y in years:
        click.echo(f"{y.year}\t{y.total}\t" + "  ".join(f"{t} {n}" for t, n in y.counts.items()))
