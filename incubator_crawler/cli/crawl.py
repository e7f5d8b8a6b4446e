"""`crawl` and `demo`: run a site's spider into the archive."""

from __future__ import annotations

import json
import time

import click

from ..replica.server import ReplicaServer
from ..runner import REPLICA_SETTINGS, CrawlOutcome, available_sites, project_settings, run_crawl
from ..storage.queries import run_stats
from . import cli
from .common import CliError, db_option, open_db, parse_pairs

#: The demo's replica port. Fixed, because it is part of every archived URL: a second demo run
#: on another port would see different URLs and store every article again.
DEMO_PORT = 8765


def _start_crawl(
    site: str,
    db_path: str,
    *,
    base_url: str | None,
    full: bool,
    settings_pairs: tuple[str, ...],
    arg_pairs: tuple[str, ...],
    defaults: dict | None = None,
) -> CrawlOutcome:
    overrides = dict(defaults or {})
    overrides.update(parse_pairs(settings_pairs, "-s"))
    overrides["INCUBATOR_DB"] = db_path
    spider_args = parse_pairs(arg_pairs, "-a")
    if base_url:
        if not base_url.startswith(("http://", "https://")):
            raise CliError(f"--base-url {base_url!r} must start with http:// or https://")
        spider_args["base_url"] = base_url
    if full:
        spider_args["full"] = "1"
    settings = project_settings(overrides)
    sites = available_sites(settings)
    if site not in sites:
        raise CliError(f"unknown site {site!r}; known sites: {', '.join(sites)}")
    open_db(db_path, create=True).close()  # fail early, with one line, on an unusable archive
    return run_crawl(site, settings, spider_args)


def _summary(outcome: CrawlOutcome, db_path: str, seconds: float) -> dict:
    db = open_db(db_path)
    try:
        run = run_stats(db, outcome.run_id) if outcome.run_id else {}
        total = db.execute(
            "SELECT count(*) FROM articles WHERE site = ?", [outcome.site]
        ).fetchone()[0]
    finally:
        db.close()
    return {
        "site": outcome.site,
        "run_id": outcome.run_id,
        "finish_reason": outcome.finish_reason,
        "seconds": round(seconds, 2),
        "pages_fetched": run.get("pages_fetched", 0),
        "listing_pages": run.get("listing_pages", 0),
        "article_pages": run.get("article_pages", 0),
        "new": run.get("new", 0),
        "updated": run.get("updated", 0),
        "unchanged": run.get("unchanged", 0),
        "rejected": run.get("rejected", 0),
        "http_errors": run.get("http_errors", 0),
        "articles_in_archive": total,
        "db": db_path,
    }


def _print_summary(summary: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
        return
    click.echo(
        f"{summary['site']}: {summary['finish_reason']} in {summary['seconds']} s, "
        f"{summary['pages_fetched']} pages fetched ({summary['listing_pages']} listing, "
        f"{summary['article_pages']} article)"
    )
    click.echo(
        f"  new {summary['new']}, updated {summary['updated']}, unchanged {summary['unchanged']}, "
        f"rejected {summary['rejected']}, HTTP errors {summary['http_errors']}"
    )
    click.echo(
        f"  {summary['articles_in_archive']} articles in {summary['db']} (run {summary['run_id']})"
    )


@cli.command()
@click.argument("site", required=False, default="cnfuhuaqi")
@db_option
@click.option(
    "--base-url", help="Crawl this copy of the site (a replica or mirror) instead of the live one."
)
@click.option("--full", is_flag=True, help="Re-fetch articles already in the archive.")
@click.option(
    "-s",
    "--set",
    "settings_pairs",
    multiple=True,
    metavar="NAME=VALUE",
    help="Scrapy setting, as scrapy crawl -s.",
)
@click.option(
    "-a",
    "arg_pairs",
    multiple=True,
    metavar="NAME=VALUE",
    help="Spider argument, as scrapy crawl -a.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as one JSON object.")
def crawl(site, db_path, base_url, full, settings_pairs, arg_pairs, as_json):
    """Crawl SITE (default cnfuhuaqi) into the archive, incrementally unless --full.

    Exit code 0 when the crawl finished, 1 when it stopped early, 2 for usage errors.

    Example:

        incubator-crawler crawl cnfuhuaqi --db data/archive.db -s DOWNLOAD_DELAY=3 -a channels=政策
    """
    started = time.monotonic()
    outcome = _start_crawl(
        site,
        db_path,
        base_url=base_url,
        full=full,
        settings_pairs=settings_pairs,
        arg_pairs=arg_pairs,
    )
    _print_summary(_summary(outcome, db_path, time.monotonic() - started), as_json)
    raise SystemExit(0 if outcome.ok else 1)


@cli.command()
@db_option
@click.option(
    "--port",
    default=DEMO_PORT,
    show_default=True,
    help="Port for the replica; keep it between runs, since it is part of every archived URL.",
)
@click.option("--full", is_flag=True, help="Re-fetch articles already in the archive.")
@click.option(
    "-s",
    "--set",
    "settings_pairs",
    multiple=True,
    metavar="NAME=VALUE",
    help="Scrapy setting, as scrapy crawl -s.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as one JSON object.")
def demo(db_path, port, full, settings_pairs, as_json):
    """Serve the bundled 中国孵化器网 replica on 127.0.0.1 and crawl it into the archive.

    Run it twice: the second run fetches only listing pages and stores nothing new.

    Example:

        incubator-crawler demo --db data/archive.db
    """
    try:
        server = ReplicaServer(port=port)
        server.start()
    except OSError as exc:
        raise CliError(
            f"cannot serve the replica on 127.0.0.1:{port} ({exc.strerror or exc}); "
            "pass --port with a free port (and a new --db: the port is part of the URLs)"
        ) from None
    try:
        if not as_json:
            click.echo(f"Serving the 中国孵化器网 replica at {server.base_url}/ ...")
        started = time.monotonic()
        outcome = _start_crawl(
            "cnfuhuaqi",
            db_path,
            base_url=server.base_url,
            full=full,
            settings_pairs=settings_pairs,
            arg_pairs=(),
            defaults={**REPLICA_SETTINGS, "LOG_LEVEL": "WARNING"},
        )
        summary = _summary(outcome, db_path, time.monotonic() - started)
    finally:
        server.stop()
    _print_summary(summary, as_json)
    if not as_json:
        click.echo("Try: incubator-crawler search 孵化器 --db " + db_path)
    raise SystemExit(0 if outcome.ok else 1)
