"""`crawl` and `demo`: run a site's spider into the archive."""

from __future__ import annotations

import json
import re
import sys
import time
from contextlib import contextmanager

import click

from ..archive.queries import article_count, run_stats
from ..crawl.runner import (
    GENERIC_SPIDER,
    REPLICA_SETTINGS,
    CrawlOutcome,
    available_sites,
    project_settings,
    run_crawls,
)
from ..crawl.spiders.generic import valid_site_name
from ..logjson import install_json_logging
from ..ops.health import archive_health
from ..ops.lock import ArchiveLock, ArchiveLocked
from ..replica.server import ReplicaServer
from ..replicas import replica_server
from ..sites import all_sites
from . import cli
from .common import CliError, check_settings, db_option, open_db, parse_pairs


def enabled_sites() -> list[str]:
    """The named sites a scheduled ``crawl --all`` visits (SITE["enabled"] defaults to true)."""
    return [slug for slug, site in all_sites().items() if site.get("enabled", True)]


def output_settings(*, quiet: bool, log_json: bool) -> dict:
    """Logging and display settings: a live board on a terminal, plain or JSON lines otherwise."""
    if log_json:
        install_json_logging("WARNING" if quiet else "INFO")
        return {"LOG_ENABLED": False}
    if quiet:
        return {"LOG_LEVEL": "WARNING"}
    if sys.stderr.isatty():
        return {"INCUBATOR_PROGRESS_ENABLED": True, "LOG_LEVEL": "WARNING"}
    return {}


@contextmanager
def archive_lock(db_path: str, wait: float | None):
    """Hold the archive's write lock for the crawl, or fail with who holds it (exit 1)."""
    lock = ArchiveLock(db_path, wait=wait)
    try:
        lock.acquire()
    except ArchiveLocked as exc:
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(1) from None
    if lock.stale is not None:
        click.echo(f"taking over the lock left by {lock.stale.describe()}", err=True)
    try:
        yield lock
    finally:
        lock.release()


def unhealthy_sites(db_path: str, sites: list[str]) -> list[str]:
    """``site: reason; reason`` for each crawled site that is now unhealthy."""
    from .ops import site_health_configs

    configs = site_health_configs()
    db = open_db(db_path)
    try:
        report = archive_health(db, {name: configs.get(name, {}) for name in sites})
    finally:
        db.close()
    return [
        f"{h.site}: {'; '.join(h.reasons)}"
        for h in report
        if h.site in sites and h.state == "unhealthy"
    ]


def checked_site_name(name: str) -> str:
    """``crawl --name``'s value, or a usage error when it is malformed or a defined site's name."""
    if not valid_site_name(name):
        raise CliError(
            f"--name {name!r}: use letters, digits, '.', '_', '-' and '/' (e.g. example.gov.cn/xwdt)"
        )
    if name in all_sites() or name == GENERIC_SPIDER:
        # Sharing a defined site's key would mix two sites' articles, health and known URLs.
        raise CliError(f"--name {name!r} is a defined site; choose another name")
    return name


#: The demo's replica port. Fixed, because it is part of every archived URL: a second demo run
#: on another port would see different URLs and store every article again.
DEMO_PORT = 8765


def start_replicas(
    slugs: list[str], ports: list[int], *, option: str
) -> list[tuple[str, ReplicaServer]]:
    """Start each slug's replica on 127.0.0.1 at its port (0: any free one), in threads.

    A port that cannot be bound stops the replicas already started and is one line naming
    ``option``, the command's port option.
    """
    servers: list[tuple[str, ReplicaServer]] = []
    try:
        for slug, port in zip(slugs, ports, strict=True):
            server = replica_server(slug, port)
            try:
                server.start()
            except OSError as exc:
                raise CliError(
                    f"cannot serve the {slug} replica on 127.0.0.1:{port} ({exc.strerror or exc}); "
                    f"pass {option} with a free port (and a new --db: the port is part of the URLs)"
                ) from None
            servers.append((slug, server))
    except BaseException:
        for _slug, server in servers:
            server.stop()
        raise
    return servers


def _start_crawls(
    jobs: list[tuple[str, str | None, dict]],
    db_path: str,
    *,
    full: bool,
    settings_pairs: tuple[str, ...],
    arg_pairs: tuple[str, ...],
    defaults: dict | None = None,
    worker: dict | None = None,
) -> list[CrawlOutcome]:
    """Validate, then crawl ``[(site, base_url, extra spider args)]`` together in this process.

    ``worker`` (worker mode's settings) sends the items to Redis instead of the archive.
    """
    overrides = dict(defaults or {})
    given = parse_pairs(settings_pairs, "-s")
    overrides.update(given)
    if worker:
        overrides.update(worker)
    else:
        overrides["INCUBATOR_DB"] = db_path
    common_args = parse_pairs(arg_pairs, "-a")
    settings = project_settings(overrides)
    check_settings(settings, given)
    sites = available_sites(settings)
    prepared = []
    for site, base_url, extra in jobs:
        spider_args = {**common_args, **extra}
        if base_url:
            if not base_url.startswith(("http://", "https://")):
                raise CliError(f"--base-url {base_url!r} must start with http:// or https://")
            spider_args["base_url"] = base_url
        if full:
            spider_args["full"] = "1"
        if site not in sites and site != GENERIC_SPIDER:
            raise CliError(f"unknown site {site!r}; known sites: {', '.join(sites)}")
        prepared.append((site, spider_args))
    if not worker:
        open_db(db_path, create=True).close()  # fail early, with one line, on an unusable archive
    return run_crawls(prepared, settings)


def _check_pairs(settings_pairs: tuple[str, ...], arg_pairs: tuple[str, ...]) -> None:
    """Fail on a malformed -s/-a before the lock is taken, so a typo creates no file."""
    given = parse_pairs(settings_pairs, "-s")
    parse_pairs(arg_pairs, "-a")
    check_settings(project_settings(given), given)


def _summary(outcome: CrawlOutcome, db_path: str, seconds: float) -> dict:
    db = open_db(db_path)
    try:
        run = run_stats(db, outcome.run_id) if outcome.run_id else {}
        total = article_count(db, outcome.site)
    finally:
        db.close()
    return {
        "site": outcome.site,
        "run_id": outcome.run_id,
        "finish_reason": outcome.finish_reason,
        # Each site's own run time; sites crawled together share the process's wall time.
        "seconds": run.get("duration_s") or round(seconds, 2),
        "pages_fetched": run.get("pages_fetched", 0),
        "listing_pages": run.get("listing_pages", 0),
        "article_pages": run.get("article_pages", 0),
        "new": run.get("new", 0),
        "updated": run.get("updated", 0),
        "unchanged": run.get("unchanged", 0),
        "rejected": run.get("rejected", 0),
        "http_errors": run.get("http_errors", 0),
        "removed": run.get("removed") or 0,
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
        f"rejected {summary['rejected']}, removed {summary['removed']}, "
        f"HTTP errors {summary['http_errors']}"
    )
    click.echo(
        f"  {summary['articles_in_archive']} articles in {summary['db']} (run {summary['run_id']})"
    )


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
@click.option("--full", is_flag=True, help="Re-fetch articles already in the archive.")
@click.option(
    "--resume",
    is_flag=True,
    help="Read listings to the end, fetching only what is not stored (automatic after a killed run).",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="If another crawl holds the archive, wait up to SECONDS for it instead of exiting.",
)
@click.option("--quiet", is_flag=True, help="No live display; warnings and the summary only.")
@click.option("--log-json", is_flag=True, help="Log lines as JSON objects on stderr.")
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
@click.option("--json", "as_json", is_flag=True, help="Print run summaries as JSON, one per line.")
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
    failed or is unhealthy (see `health`), 2 for usage errors.

    With --redis URL it runs as one of many workers on a shared scrapy-redis frontier: items go
    to Redis, `ingest --redis URL` writes them to the archive (--db is not used).

    Example:

        incubator-crawler crawl cnfuhuaqi --db data/archive.db -s DOWNLOAD_DELAY=3 -a channels=政策

        incubator-crawler crawl --all --quiet --wait 3600

        incubator-crawler crawl --start-url https://www.example.gov.cn/xwdt/ --max-pages 5

        incubator-crawler crawl --start-url http://127.0.0.1:8001/wp/category/news/ --name parks/wp

        incubator-crawler crawl --all --redis redis://10.0.0.5:6379/0 --quiet
    """
    extra: dict[str, str] = {}
    if max_pages:
        extra["max_pages"] = str(max_pages)
    if resume:
        extra["resume"] = "1"
    if crawl_all and (site or start_url):
        raise CliError("give SITE, --all or --start-url, only one of them")
    if crawl_all and base_url:
        raise CliError("--base-url names one site's copy; it cannot go with --all")
    if start_url:
        if site:
            raise CliError("give either SITE or --start-url, not both")
        if not start_url.startswith(("http://", "https://")):
            raise CliError(f"--start-url {start_url!r} must start with http:// or https://")
        if allow:
            try:
                re.compile(allow)
            except re.error as exc:
                raise CliError(f"--allow {allow!r} is not a regular expression: {exc}") from None
            extra["allow"] = allow
        extra["start_url"] = start_url
        if site_name is not None:
            extra["site"] = checked_site_name(site_name)
        site = GENERIC_SPIDER
    elif allow:
        raise CliError("--allow goes with --start-url (named sites define their article links)")
    elif site_name is not None:
        raise CliError("--name goes with --start-url (named sites have their name)")
    elif site == GENERIC_SPIDER:
        raise CliError("generic mode takes a listing URL: crawl --start-url URL")
    if crawl_all:
        jobs = [(name, None, dict(extra)) for name in enabled_sites()]
    else:
        jobs = [(site or "cnfuhuaqi", base_url, extra)]
    _check_pairs(settings_pairs, arg_pairs)
    defaults = output_settings(quiet=quiet, log_json=log_json)
    if workers is not None:
        defaults["INCUBATOR_EXTRACT_WORKERS"] = workers
    if redis_url:
        from .workers import print_worker_summary, worker_finished, worker_overrides, worker_summary

        outcomes = _start_crawls(
            jobs,
            db_path,
            full=full,
            settings_pairs=settings_pairs,
            arg_pairs=arg_pairs,
            defaults=defaults,
            worker=worker_overrides(redis_url, idle_exit),
        )
        worker_finished(redis_url)
        for outcome in outcomes:
            print_worker_summary(worker_summary(outcome, redis_url), as_json)
        raise SystemExit(0 if all(o.ok for o in outcomes) else 1)
    if idle_exit is not None:
        raise CliError("--idle-exit goes with --redis (worker mode)")
    started = time.monotonic()
    with archive_lock(db_path, wait):
        outcomes = _start_crawls(
            jobs,
            db_path,
            full=full,
            settings_pairs=settings_pairs,
            arg_pairs=arg_pairs,
            defaults=defaults,
        )
    seconds = time.monotonic() - started
    for outcome in outcomes:
        _print_summary(_summary(outcome, db_path, seconds), as_json)
    unhealthy = unhealthy_sites(db_path, [o.site for o in outcomes])
    for line in unhealthy:
        click.echo(f"unhealthy: {line}", err=True)
    raise SystemExit(0 if all(o.ok for o in outcomes) and not unhealthy else 1)


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
def demo(db_path, site_name, port, full, settings_pairs, as_json):
    """Serve a bundled replica (default 中国孵化器网) on 127.0.0.1 and crawl it into the archive.

    Run it twice: the second run fetches only listing pages and stores nothing new.
    --site all serves every site's replica (one port each) and crawls them together;
    --json then prints one summary object per site, one per line.

    Example:

        incubator-crawler demo --db data/archive.db

        incubator-crawler demo --site all --json
    """
    _check_pairs(settings_pairs, ())
    known = list(all_sites())
    if site_name == "all":
        chosen = known
    elif site_name in known:
        chosen = [site_name]
    else:
        raise CliError(f"unknown site {site_name!r}; known sites: {', '.join(known)}, all")
    if site_name == "all" and port + len(known) - 1 > 65535:
        raise CliError(
            f"--site all needs ports {port}..{port + len(known) - 1}; pass a lower --port"
        )
    ports = [port + known.index(slug) if site_name == "all" else port for slug in chosen]
    servers = start_replicas(chosen, ports, option="--port")
    try:
        if not as_json:
            for slug, server in servers:
                label = all_sites()[slug]["name"]
                click.echo(f"Serving the {label} replica at {server.base_url}/ ...")
        started = time.monotonic()
        with archive_lock(db_path, None):
            outcomes = _start_crawls(
                [(slug, server.base_url, {}) for slug, server in servers],
                db_path,
                full=full,
                settings_pairs=settings_pairs,
                arg_pairs=(),
                defaults={**REPLICA_SETTINGS, "LOG_LEVEL": "WARNING"},
            )
        seconds = time.monotonic() - started
        summaries = [_summary(outcome, db_path, seconds) for outcome in outcomes]
    finally:
        for _slug, server in servers:
            server.stop()
    for summary in summaries:
        _print_summary(summary, as_json)
    if not as_json:
        click.echo("Try: incubator-crawler search 孵化器 --db " + db_path)
    raise SystemExit(0 if all(outcome.ok for outcome in outcomes) else 1)
