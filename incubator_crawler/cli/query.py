"""`search`, `export`, `stats`: read the archive."""

from __future__ import annotations

import json
import sys

import click

from ..archive.queries import archive_stats
from ..archive.queries import search as run_search
from ..archive.search_index import match_expression, parse_query
from ..tools.export import FORMATS, ExportError, manifest_path
from ..tools.export import export as run_export
from ..tools.export import verify as verify_export
from . import cli
from .common import (
    CliError,
    csv_option,
    db_option,
    echo_jsonl,
    filter_options,
    json_option,
    open_db,
    write_csv,
)

SEARCH_FIELDS = [
    "id",
    "rank",
    "published_at",
    "site",
    "title",
    "source",
    "category",
    "url",
    "snippet",
    "duplicate_of",
]


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("query")
@db_option
@filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100_000))
@json_option("One JSON object per line.")
@csv_option
@click.option("--unique", is_flag=True, help="One result per story: leave out reprints.")
def search(query, db_path, site, source, category, since, until, limit, as_json, as_csv, unique):
    """Full-text search of titles and bodies; any Chinese word from 1 character matches exactly.

    Several words must all occur; "a phrase" keeps its spaces; -word excludes a word
    (a query that starts with -word works as it is: search "-招聘 孵化器").
    A reprint of another site's story is marked (and has duplicate_of in --json/--csv).

    Example:

        incubator-crawler search "孵化器 高新区 -招聘" --since 2024-01-01 --source 济南高新区 --json
    """
    if as_json and as_csv:
        raise CliError("give --json or --csv, not both")
    db = open_db(db_path, readonly=True)
    try:
        try:
            rows = run_search(
                db,
                query,
                limit=limit,
                site=site,
                source=source,
                category=category,
                since=since,
                until=until,
                unique=unique,
            )
        except ValueError as exc:
            raise CliError(f"bad query {query!r}: {exc}") from None
    finally:
        db.close()
    if as_json:
        echo_jsonl({key: row.get(key) for key in SEARCH_FIELDS} for row in rows)
    elif as_csv:
        write_csv(rows, SEARCH_FIELDS)
    else:
        for row in rows:
            date = (row["published_at"] or "")[:10]
            reprint = f"  (reprint of #{row['duplicate_of']})" if row.get("duplicate_of") else ""
            click.echo(
                f"{date:10}  {click.style(row['title'] or '', bold=True)}  {row['url']}{reprint}"
            )
            click.echo(f"{'':10}  {row['snippet']}")
        click.echo(f"{len(rows)} result{'s' if len(rows) != 1 else ''}", err=True)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True)
@click.option(
    "--out", required=True, help="Output file (a manifest is written beside it), or - for stdout."
)
@filter_options
@click.option(
    "--query", "query", help="Only articles matching this search (same syntax as search)."
)
@click.option(
    "--changed-since",
    type=int,
    metavar="RUN_ID",
    help="Only articles new or changed in crawl runs after RUN_ID (see stats).",
)
@click.option(
    "--include-versions",
    is_flag=True,
    help="Add superseded versions (is_current = 0) after each article.",
)
@click.option(
    "--unique", is_flag=True, help="One row per story: leave out reprints (duplicate_of set)."
)
@click.option(
    "--bom", is_flag=True, help="Start the CSV with a UTF-8 BOM so Excel reads Chinese correctly."
)
@click.option(
    "--verify",
    "verify_after",
    is_flag=True,
    help="Re-read the file and check it against its manifest.",
)
def export(
    db_path,
    fmt,
    out,
    site,
    source,
    category,
    since,
    until,
    query,
    changed_since,
    include_versions,
    unique,
    bom,
    verify_after,
):
    """Export articles as CSV, JSON Lines or Parquet, streaming, with a manifest for provenance.

    The file appears only when complete; PATH.manifest.json beside it records the filters,
    row count, SHA-256, crawl runs, date range, schema and tool version. Check it later with
    `incubator-crawler verify PATH`.

    Example:

        incubator-crawler export --format parquet --out zones.parquet --site cnfuhuaqi --since 2024-01-01 --unique
    """
    filters = {
        "site": site,
        "source": source,
        "category": category,
        "since": since,
        "until": until,
        "query": query,
        "changed_since": changed_since,
        "unique": unique,
        "include_versions": include_versions,
    }
    if query is not None:
        try:
            match_expression(*parse_query(query))
        except ValueError as exc:
            raise CliError(f"bad --query {query!r}: {exc}") from None
    db = open_db(db_path, readonly=True)
    try:
        manifest = run_export(db, db_path, fmt, out, filters=filters, bom=bom)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.close()
    if out != "-":
        click.echo(
            f"{manifest['rows']} rows written to {out} (sha256 {manifest['sha256'][:12]}…, "
            f"manifest {manifest_path(out)})",
            err=True,
        )
        if verify_after:
            _report_verify(out, as_json=False)


def _report_verify(path, as_json: bool) -> None:
    try:
        outcome = verify_export(path)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(outcome, ensure_ascii=False))
    else:
        sha = "ok" if outcome["sha256_ok"] else f"MISMATCH (file {outcome['sha256'][:12]}…)"
        rows = "ok" if outcome["rows_ok"] else f"MISMATCH (file has {outcome['rows']})"
        click.echo(
            f"{outcome['file']}: sha256 {sha}; rows {outcome['expected_rows']} {rows}",
            err=not outcome["ok"],
        )
    if not outcome["ok"]:
        sys.exit(1)


@cli.command()
@click.argument("path", type=click.Path())
@json_option("Print the outcome as one JSON object.")
def verify(path, as_json):
    """Check an export against its manifest: re-hash the file and re-count its rows.

    PATH is the export or its .manifest.json. Exit 0 when both match, 1 when not.

    Example:

        incubator-crawler verify zones.parquet
    """
    _report_verify(path, as_json)


@cli.command()
@db_option
@json_option("Print the stats as one JSON object.")
def stats(db_path, as_json):
    """Articles per site, field coverage, versions, rejects and the latest crawl runs.

    Example:

        incubator-crawler stats --db data/archive.db
    """
    db = open_db(db_path, readonly=True)
    try:
        data = archive_stats(db)
    finally:
        db.close()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(
        f"{data['articles']} articles, {data['versions']} older versions, {data['pages']} raw pages, "
        f"{data['rejects']} rejected, {data['fetch_errors']} fetch errors, {data['runs']} runs"
    )
    for site in data["sites"]:
        n = site["articles"] or 1
        click.echo(
            f"  {site['site']}: {site['articles']} articles, published {site['first_published']} .. "
            f"{site['last_published']}; with date {site['with_date'] / n:.0%}, editor "
            f"{site['with_editor'] / n:.0%}, source {site['with_source'] / n:.0%}, category "
            f"{site['with_category'] / n:.0%}"
        )
    for run in data["latest_runs"]:
        click.echo(
            f"  run {run['id']} {run['site']} {run['mode']} {run['started_at']} {run['finish_reason']}: "
            f"{run['pages_fetched']} pages, new {run['new']}, updated {run['updated']}, "
            f"unchanged {run['unchanged']}, rejected {run['rejected']}, HTTP errors {run['http_errors']}"
        )
