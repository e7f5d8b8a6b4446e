"""`serve`, `reprocess`, `reprints`, `history`, `report`: browse, re-extract and audit the archive."""

from __future__ import annotations

import json
from contextlib import nullcontext
from pathlib import Path

import click

from ..archive.queries import has_articles
from . import cli
from .common import CliError, archive_lock, db_option, json_option, open_db, write_failures

#: Hosts that serve this machine only.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
def serve_command(db_path, host, port):
    """Browse the archive in Datasette: facets, canned queries and Chinese search.

    Needs the serve extra: pip install 'incubator-crawler[serve]'. Open
    http://HOST:PORT/ then articles_browse (facet by site, source, category, year) or the
    search query; ?_search=孵化器 works on articles and articles_browse, also as .json.

    Example:

        incubator-crawler serve --db data/archive.db --port 8001
    """
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise CliError("serve needs Datasette: .venv/bin/pip install -e '.[serve]'") from None
    from ..tools.serve import serve as run_serve

    open_db(
        db_path, readonly=True
    ).close()  # a missing or broken archive is a one-line error, not a traceback
    name = Path(db_path).stem
    if host not in LOCAL_HOSTS:
        click.echo(
            f"warning: --host {host} lets every machine that reaches this one read the archive "
            "(Datasette has no login); use 127.0.0.1 unless that is what you want",
            err=True,
        )
    click.echo(f"Serving {db_path} at http://{host}:{port}/{name} (Ctrl-C to stop)", err=True)
    run_serve(db_path, host=host, port=port)


@cli.command()
@db_option
@click.option("--site", help="Only this site's articles.")
@click.option("--dry-run", is_flag=True, help="Count what would change; write nothing.")
@click.option(
    "--workers",
    type=click.IntRange(0),
    default=None,
    help="Extraction processes (default: one per core; 0: in this process).",
)
@json_option("Print the counts as one JSON object.")
def reprocess(db_path, site, dry_run, workers, as_json):
    """Re-extract stored articles from their raw pages (no network); changes become new versions.

    Run it after upgrading the extractor or the normalisers. See what changed with
    `incubator-crawler history URL`.

    Example:

        incubator-crawler reprocess --site cnfuhuaqi --db data/archive.db
    """
    from ..tools.reprocess import reprocess as run_reprocess

    db = open_db(db_path)
    try:
        if site and not has_articles(db, site):
            raise CliError(f"no articles of site {site!r} in {db_path}")
        # a crawl writing at the same time would fail us half-way with "database is locked"
        with (
            archive_lock(db_path, None) if not dry_run else nullcontext(),
            write_failures(db_path, "batches committed before it are kept; run reprocess again"),
        ):
            result = run_reprocess(db, site=site, dry_run=dry_run, workers=workers)
    finally:
        db.close()
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    fields = ", ".join(f"{k} {v}" for k, v in result["fields"].items()) or "none"
    click.echo(
        f"{result['articles']} articles re-extracted{' (dry run)' if dry_run else ''}: "
        f"{result['changed']} changed (new versions), {result['unchanged']} unchanged, "
        f"{result['raw_updated']} raw strings updated, {result['no_page']} without a stored page, "
        f"{result['now_rejected']} would now be rejected (kept as they were), {result['failed']}"
        f" failed to extract; fields changed: {fields}"
    )


@cli.command()
@db_option
@click.option("--rebuild", is_flag=True, help="Recompute every fingerprint and link from scratch.")
@json_option("Print the stories with reprints as JSON lines.")
def reprints(db_path, rebuild, as_json):
    """Find reprints (the same story on several sites) and list them; backfills fingerprints.

    New articles are fingerprinted when stored; run this once on an archive made before
    reprint detection, or with --rebuild after changing the threshold.

    Example:

        incubator-crawler reprints --db data/archive.db
    """
    from ..archive.reprints import backfill, story_groups

    # --rebuild wipes the reprint links first: never do that under a crawl's feet
    with archive_lock(db_path, None):
        db = open_db(db_path)
        try:
            done = backfill(db, rebuild=rebuild)
            groups = story_groups(db)
        finally:
            db.close()
    if as_json:
        for group in groups:
            click.echo(json.dumps(group, ensure_ascii=False))
    else:
        for group in groups:
            first, *rest = group["articles"]
            click.echo(
                f"#{first['id']} {first['published_at'] or ''} {first['site']}  {first['title']}"
            )
            for row in rest:
                click.echo(
                    f"    reprint #{row['id']} {row['site']} 来源 {row['source'] or '-'}  {row['url']}"
                )
    click.echo(
        f"{done['fingerprinted']} articles fingerprinted; {done['reprints']} reprints in "
        f"{len(groups)} stories",
        err=True,
    )


@cli.command()
@click.argument("url")
@db_option
@json_option("Print the versions and diffs as one JSON object.")
def history(url, db_path, as_json):
    """Show an article's versions, oldest first, with a per-field diff of what changed.

    URL is the article's URL (or its id).

    Example:

        incubator-crawler history http://www.cnfuhuaqi.com/news/show/6378.aspx
    """
    from ..tools.history import history as article_history

    db = open_db(db_path, readonly=True)
    try:
        result = article_history(db, url)
    finally:
        db.close()
    if result is None:
        what = f"id {url}" if url.isdigit() else f"URL {url!r}"
        raise CliError(f"no article with {what} in {db_path}")
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    click.echo(f"#{result['id']} {result['title']}  {result['url']}")
    for entry in result["versions"]:
        state = "current" if entry["replaced_at"] is None else f"replaced {entry['replaced_at']}"
        changed = f"; changed: {', '.join(entry['changed'])}" if entry["changed"] else ""
        click.echo(f"version {entry['version']}  fetched {entry['fetched_at']}  {state}{changed}")
        for line in entry["diff"]:
            click.echo(line)


@cli.command()
@db_option
@click.option("--out", default="report.html", show_default=True, help="The HTML file to write.")
def report(db_path, out):
    """Write a self-contained HTML report: articles per month per site, top sources, field coverage.

    Charts are inline SVG with the numbers in tables beside them; no JavaScript, no CDN.

    Example:

        incubator-crawler report --out report.html --db data/archive.db
    """
    from ..tools.report import write_report

    target = Path(out)
    if target.is_dir() or not target.parent.exists():
        raise CliError(f"--out {out}: give a file name in an existing folder")
    db = open_db(db_path, readonly=True)
    try:
        data = write_report(db, out)
    finally:
        db.close()
    click.echo(f"report of {data['articles']} articles written to {out}", err=True)
