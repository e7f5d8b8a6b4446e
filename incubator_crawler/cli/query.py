"""`search`, `export`, `stats`: read the archive."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import click

from ..storage.queries import ARTICLE_FIELDS, archive_stats, iter_articles
from ..storage.queries import search as run_search
from . import cli
from .common import CliError, db_option, echo_jsonl, open_db, validate_date, write_csv

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
]


def _filter_options(command):
    command = click.option("--site", help="Only this site, e.g. cnfuhuaqi.")(command)
    command = click.option(
        "--since", callback=validate_date, help="Published on or after (YYYY-MM-DD)."
    )(command)
    command = click.option(
        "--until", callback=validate_date, help="Published on or before (YYYY-MM-DD)."
    )(command)
    return command


@cli.command()
@click.argument("query")
@db_option
@_filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row.")
def search(query, db_path, site, since, until, limit, as_json, as_csv):
    """Full-text search of titles and bodies; any Chinese word from 1 character matches exactly.

    Several words must all occur; "a phrase" keeps its spaces; -word excludes a word.

    Example:

        incubator-crawler search "孵化器 高新区 -招聘" --since 2024-01-01 --json
    """
    db = open_db(db_path)
    try:
        try:
            rows = run_search(db, query, limit=limit, site=site, since=since, until=until)
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
            click.echo(f"{date:10}  {click.style(row['title'] or '', bold=True)}  {row['url']}")
            click.echo(f"{'':10}  {row['snippet']}")
        click.echo(f"{len(rows)} result{'s' if len(rows) != 1 else ''}", err=True)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), required=True)
@click.option("--out", required=True, help="Output file, or - for stdout.")
@_filter_options
@click.option(
    "--bom", is_flag=True, help="Start the CSV with a UTF-8 BOM so Excel reads Chinese correctly."
)
def export(db_path, fmt, out, site, since, until, bom):
    """Export articles as CSV or JSON Lines, streaming (flat memory however large the archive).

    The file appears only when complete (written to a temporary file, then renamed).

    Example:

        incubator-crawler export --format csv --bom --out articles.csv --site cnfuhuaqi --since 2024-01-01
    """
    db = open_db(db_path)
    fields = list(ARTICLE_FIELDS)
    try:
        rows = iter_articles(db, site=site, since=since, until=until)
        if out == "-":
            count = _write(rows, fmt, fields, sys.stdout)
        else:
            target = Path(out)
            if target.is_dir():
                raise CliError(f"--out {out} is a directory; give a file name")
            if not target.parent.exists():
                raise CliError(f"--out {out}: folder {target.parent} does not exist")
            fd, tmp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
                    count = _write(rows, fmt, fields, fh)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    finally:
        db.close()
    if out != "-":
        click.echo(f"{count} articles written to {out}", err=True)


def _write(rows, fmt, fields, fh) -> int:
    if fmt == "csv":
        return write_csv(rows, fields, fh)
    count = 0
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the stats as one JSON object.")
def stats(db_path, as_json):
    """Articles per site, field coverage, versions, rejects and the latest crawl runs.

    Example:

        incubator-crawler stats --db data/archive.db
    """
    db = open_db(db_path)
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
