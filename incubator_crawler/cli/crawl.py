"""`crawl` and `demo`: parse the options, call ``crawl.jobs.crawl_sites`` / ``replicas.demo.run_demo``."""

from __future__ import annotations

import json

import click

from ..archive.failures import EXIT_WRITE_FAILED
from ..crawl.jobs import CrawlRequest, crawl_on_frontier, crawl_sites
from ..crawl.runner import output_settings
from ..replicas import DEMO_PORT
from ..replicas.demo import run_demo
from ..sites import all_sites
from . import cli
from .common import (
    CliError,
    db_option,
    fetched_line,
    full_option,
    json_option,
    parse_pairs,
    settings_option,
    user_errors,
    wait_option,
)


def _print_summary(summary: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
        return
    click.echo(fetched_line(summary, f"in {summary['seconds']} s"))
    click.echo(
        f"  new {summary['new']}, updated {summary['updated']}, unchanged {summary['unchanged']}, "
        f"rejected {summary['rejected']}, removed {summary['removed']}, "
        f"HTTP errors {summary['http_errors']}"
    )
    click.echo(
        f"  {summary['articles_in_archive']} articles in {summary['db']} (run {summary['run_id']})"
    )
    lost = summary.get("lost_urls")
    if "write_failed" in summary:
        click.echo(f"  NOT STORED: {summary['write_failed']} pages (archive writes failed)")
        for url in lost[:LOST_SHOWN]:
            click.echo(f"    {url}")
        if len(lost) > LOST_SHOWN:
            click.echo(f"    ... and {len(lost) - LOST_SHOWN} more (--json lists them all)")


#: Lost pages listed in a text summary; --json lists every one.
LOST_SHOWN = 20


def _exit(report) -> None:
    """Exit 3 with one line when the archive refused writes, else 0 when all went well, else 1."""
    if report.write_error:
        lost = sum(s.get("write_failed", 0) for s in report.summaries)
        click.echo(f"Error: {report.write_error} ({lost} pages not stored)", err=True)
        raise SystemExit(EXIT_WRITE_FAILED)
    raise SystemExit(0 if report.ok else 1)


def _notice(line: str) -> None:
    click.echo(line, err=True)


@cli.command()
@click.argument("site", required=False)
@db_option
@click.option("--all", "crawl_all", is_flag=True, help="Crawl every enabled site (for schedules).")
@click.option(
    "--base-url", help="Crawl this copy of the site (a replica or mirror) instead of the live one."
)
@click.option(
    "--start-url",
    metavar="URL",
    help="Generic mode: crawl the listing at URL on any site (no SITE argument).",
)
@click.option(
    "--allow",
    metavar="REGEX",
    help="Generic mode: article links are those whose URL path matches REGEX.",
)
@click.option(
    "--name",
    "site_name",
    metavar="NAME",
    help="Generic mode: store the articles under site NAME (letters, digits, . _ - and /) instead "
    "of the host and path prefix of --start-url.",
)
@click.option(
    "--max-pages", type=click.IntRange(min=1), help="At most N listing pages per listing."
)
@full_option
@click.option(
    "--resume",
    is_flag=True,
    help="Read listings to the end, fetching only what is not stored (automatic after a killed run).",
)
@wait_option
@click.option("--quiet", is_flag=True, help="No live display; warnings and the summary only.")
@click.option("--log-json", is_flag=True, help="Log lines as JSON objects on stderr.")
@settings_option
@click.option(
    "-a",
    "arg_pairs",
    multiple=True,
    metavar="NAME=VALUE",
    help="Spider argument, as scrapy crawl -a.",
)
@click.option(
    "--redis",
    "redis_url",
    metavar="URL",
    help="Worker mode: crawl on this Redis's shared frontier; `ingest` writes the archive.",
)
@click.option(
    "--idle-exit",
    type=click.FloatRange(min=1),
    metavar="SECONDS",
    help="Worker mode: exit once the shared frontier has been idle SECONDS (default 30).",
)
@click.option(
    "--workers",
    type=click.IntRange(0),
    help="Extraction processes (INCUBATOR_EXTRACT_WORKERS; default one per core, 0 in-process).",
)
@json_option("Print run summaries as JSON, one per line.")
def crawl(
    site,
    db_path,
    crawl_all,
    base_url,
    start_url,
    allow,
    site_name,
    max_pages,
    full,
    resume,
    wait,
    quiet,
    log_json,
    settings_pairs,
    arg_pairs,
    redis_url,
    idle_exit,
    workers,
    as_json,
):
    """Crawl SITE (default cnfuhuaqi), or every enabled site with --all, incrementally unless --full.

    With --start-url instead of SITE, crawl any listing page (generic mode): its article list
    and its pagination are found by content, and the articles are stored under a site key
    made of the host (without www., with a port other than 80/443) and the first segment of
    the start URL's directory: https://www.example.gov.cn/xwdt/ -> example.gov.cn/xwdt,
    http://127.0.0.1:8001/wp/category/news/ -> 127.0.0.1:8001/wp. --name NAME chooses the key.

    One crawl writes an archive at a time: a second one says who holds it and exits 1, or
    queues with --wait. Exit code 0 when every site finished and is healthy, 1 when any
    failed or is unhealthy (see `health`), 2 for usage errors, 3 when the archive refused
    writes (disk full, read-only, locked, corrupt): the summary names the pages not stored.

    With --redis URL it runs as one of many workers on a shared scrapy-redis frontier: items go
    to Redis, `ingest --redis URL` writes them to the archive (--db is not used).

    Example:

        incubator-crawler crawl cnfuhuaqi --db data/archive.db -s DOWNLOAD_DELAY=3 -a channels=政策

        incubator-crawler crawl --all --quiet --wait 3600

        incubator-crawler crawl --start-url https://www.example.gov.cn/xwdt/ --max-pages 5

        incubator-crawler crawl --start-url http://127.0.0.1:8001/wp/category/news/ --name parks/wp

        incubator-crawler crawl --all --redis redis://10.0.0.5:6379/0 --quiet
    """
    request = CrawlRequest(
        site=site,
        crawl_all=crawl_all,
        base_url=base_url,
        start_url=start_url,
        allow=allow,
        site_name=site_name,
        max_pages=max_pages,
        full=full,
        resume=resume,
        settings=parse_pairs(settings_pairs, "-s"),
        args=parse_pairs(arg_pairs, "-a"),
    )
    if idle_exit is not None and not redis_url:
        raise CliError("--idle-exit goes with --redis (worker mode)")
    with user_errors():
        defaults = output_settings(quiet=quiet, log_json=log_json)
        if workers is not None:
            defaults["INCUBATOR_EXTRACT_WORKERS"] = workers
        if redis_url:
            from .workers import (
                print_worker_summary,
                worker_finished,
                worker_overrides,
                worker_summary,
            )

            announced = []

            def overrides(sites: list[str]) -> dict:
                settings = worker_overrides(redis_url, idle_exit, sites)
                announced.append(sites)
                return settings

            try:
                outcomes = crawl_on_frontier(request, overrides, defaults=defaults)
            finally:
                if announced:  # also after a failed start: no lingering starting presence
                    worker_finished(redis_url)
            for outcome in outcomes:
                print_worker_summary(worker_summary(outcome, redis_url), as_json)
            raise SystemExit(0 if all(o.ok for o in outcomes) else 1)
        report = crawl_sites(request, db_path, wait=wait, defaults=defaults, notice=_notice)
    for summary in report.summaries:
        _print_summary(summary, as_json)
    for line in report.unhealthy:
        click.echo(f"unhealthy: {line}", err=True)
    _exit(report)


@cli.command()
@db_option
@click.option(
    "--site",
    "site_name",
    default="cnfuhuaqi",
    show_default=True,
    help="The replica to serve and crawl: a site name, or all.",
)
@click.option(
    "--port",
    default=DEMO_PORT,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port for the replica (the other sites take the next ports, in `sites` order); keep "
    "it between runs, since it is part of every archived URL.",
)
@full_option
@settings_option
@json_option("Print the run summary as one JSON object.")
def demo(db_path, site_name, port, full, settings_pairs, as_json):
    """Serve a bundled replica (default 中国孵化器网) on 127.0.0.1 and crawl it into the archive.

    Run it twice: the second run fetches only listing pages and stores nothing new.
    --site all serves every site's replica (one port each) and crawls them together;
    --json then prints one summary object per site, one per line.

    Example:

        incubator-crawler demo --db data/archive.db

        incubator-crawler demo --site all --json
    """

    def serving(slug: str, url: str) -> None:
        if not as_json:
            click.echo(f"Serving the {all_sites()[slug]['name']} replica at {url}/ ...")

    settings = parse_pairs(settings_pairs, "-s")
    with user_errors():
        report = run_demo(
            site_name,
            port,
            db_path,
            full=full,
            settings=settings,
            on_serving=serving,
            notice=_notice,
        )
    for summary in report.summaries:
        _print_summary(summary, as_json)
    if not as_json and not report.write_error:
        click.echo("Try: incubator-crawler search 孵化器 --db " + db_path)
    _exit(report)
