"""What `crawl` and `demo` run: the jobs a request asks for, crawled under the archive's lock, summarised.

``crawl_sites`` is the whole of a crawl command: it checks the request (``CrawlRequestError``,
one line for the user), takes the archive's lock (``ArchiveLocked``), crawls every job in
this process, then reads each run's summary and the crawled sites' health.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..archive.db import ArchiveError, open_archive, open_archive_readonly
from ..archive.failures import ArchiveWriteError, check_writable
from ..archive.queries import article_count, run_stats
from ..archive.writer import close_dead_runs
from ..ops.health import unhealthy_sites
from ..ops.lock import hold_archive_lock
from ..sites import all_sites, enabled_sites
from .runner import (
    GENERIC_SPIDER,
    CrawlOutcome,
    CrawlRequestError,
    available_sites,
    check_settings,
    project_settings,
    run_crawls,
)
from .spiders.generic import site_key, valid_site_name

#: ``(site, base URL or None, extra spider arguments)``
Job = tuple[str, str | None, dict[str, str]]


@dataclass
class CrawlRequest:
    """What to crawl and how: a crawl command's options, parsed."""

    site: str | None = None
    crawl_all: bool = False
    base_url: str | None = None
    start_url: str | None = None
    allow: str | None = None
    site_name: str | None = None
    max_pages: int | None = None
    full: bool = False
    resume: bool = False
    #: ``-s`` settings and ``-a`` spider arguments as given
    settings: dict[str, str] = field(default_factory=dict)
    args: dict[str, str] = field(default_factory=dict)


@dataclass
class CrawlReport:
    """Each crawled site's summary and the sites now unhealthy."""

    outcomes: list[CrawlOutcome]
    summaries: list[dict]
    unhealthy: list[str]

    @property
    def ok(self) -> bool:
        """Every site finished and none is unhealthy."""
        return all(o.ok for o in self.outcomes) and not self.unhealthy

    @property
    def write_error(self) -> str | None:
        """The first failed archive write's one-line message, or None when every write went in."""
        return next((o.write_error for o in self.outcomes if o.write_error), None)


def checked_site_name(name: str) -> str:
    """``crawl --name``'s value, or CrawlRequestError when it is malformed or a defined site's."""
    if not valid_site_name(name):
        raise CrawlRequestError(
            f"--name {name!r}: use letters, digits, '.', '_', '-' and '/' (e.g. example.gov.cn/xwdt)"
        )
    if name in all_sites() or name == GENERIC_SPIDER:
        # Sharing a defined site's key would mix two sites' articles, health and known URLs.
        raise CrawlRequestError(f"--name {name!r} is a defined site; choose another name")
    return name


def plan_jobs(request: CrawlRequest) -> list[Job]:
    """The jobs a request asks for, or CrawlRequestError for options that do not go together."""
    extra: dict[str, str] = {}
    site = request.site
    if request.max_pages:
        extra["max_pages"] = str(request.max_pages)
    if request.resume:
        extra["resume"] = "1"
    if request.crawl_all and (site or request.start_url):
        raise CrawlRequestError("give SITE, --all or --start-url, only one of them")
    if request.crawl_all and request.base_url:
        raise CrawlRequestError("--base-url names one site's copy; it cannot go with --all")
    if request.start_url:
        if site:
            raise CrawlRequestError("give either SITE or --start-url, not both")
        if not request.start_url.startswith(("http://", "https://")):
            raise CrawlRequestError(
                f"--start-url {request.start_url!r} must start with http:// or https://"
            )
        if request.allow:
            try:
                re.compile(request.allow)
            except re.error as exc:
                raise CrawlRequestError(
                    f"--allow {request.allow!r} is not a regular expression: {exc}"
                ) from None
            extra["allow"] = request.allow
        extra["start_url"] = request.start_url
        if request.site_name is not None:
            extra["site"] = checked_site_name(request.site_name)
        site = GENERIC_SPIDER
    elif request.allow:
        raise CrawlRequestError(
            "--allow goes with --start-url (named sites define their article links)"
        )
    elif request.site_name is not None:
        raise CrawlRequestError("--name goes with --start-url (named sites have their name)")
    elif site == GENERIC_SPIDER:
        raise CrawlRequestError("generic mode takes a listing URL: crawl --start-url URL")
    if request.crawl_all:
        return [(name, None, dict(extra)) for name in enabled_sites()]
    return [(site or "cnfuhuaqi", request.base_url, extra)]


def check_request_settings(request: CrawlRequest) -> None:
    """Fail on a ``-s`` value of the wrong type before the lock is taken, so a typo creates no file."""
    check_settings(project_settings(request.settings), request.settings)


def run_jobs(
    jobs: list[Job],
    request: CrawlRequest,
    db_path: str,
    *,
    defaults: dict | None = None,
    worker: dict | None = None,
) -> list[CrawlOutcome]:
    """Crawl ``jobs`` together in this process, after checking their sites and URLs.

    ``worker`` (worker mode's settings) sends the items to Redis instead of the archive.
    """
    overrides = {**(defaults or {}), **request.settings, **(worker or {})}
    if not worker:
        overrides["INCUBATOR_DB"] = db_path
    settings = project_settings(overrides)
    check_settings(settings, request.settings)
    sites = available_sites(settings)
    prepared = []
    for site, base_url, extra in jobs:
        spider_args = {**request.args, **extra}
        if base_url:
            if not base_url.startswith(("http://", "https://")):
                raise CrawlRequestError(
                    f"--base-url {base_url!r} must start with http:// or https://"
                )
            spider_args["base_url"] = base_url
        if request.full:
            spider_args["full"] = "1"
        if site not in sites and site != GENERIC_SPIDER:
            raise CrawlRequestError(f"unknown site {site!r}; known sites: {', '.join(sites)}")
        prepared.append((site, spider_args))
    if not worker:
        # Fail early, with one line, on an archive that cannot be opened or written.
        db = open_archive(db_path, create=True)
        try:
            check_writable(db, db_path)
            # Under the lock, before any run of ours starts: a run still 'running' is dead
            # (killed, or its end refused by a full disk). Closed now, whatever its site, so
            # health and runs stop showing a run that never ends.
            close_dead_runs(db)
        except ArchiveWriteError as exc:
            raise ArchiveError(exc.failure.line(db_path)) from None
        finally:
            db.close()
    return run_crawls(prepared, settings)


def run_summary(outcome: CrawlOutcome, db_path: str, seconds: float) -> dict:
    """One crawled site's summary (``crawl --json``'s keys) from its run row in the archive."""
    try:
        db = open_archive_readonly(db_path)
        try:
            run = run_stats(db, outcome.run_id) if outcome.run_id else {}
            total = article_count(db, outcome.site)
        finally:
            db.close()
    except (ArchiveError, sqlite3.Error):
        if outcome.write_error is None:
            raise
        run, total = {}, None  # the archive that refused the writes may refuse reads too
    if run.get("finished_at") is None and outcome.write_error is not None:
        run = _counts_from_stats(outcome.stats)  # the run row could not be completed
    summary = {
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
    if outcome.write_error is not None:
        failed = outcome.stats.get("incubator/archive/write_failed", len(outcome.lost_urls))
        summary.update(
            write_failed=failed, write_error=outcome.write_error, lost_urls=outcome.lost_urls
        )
    return summary


def _counts_from_stats(stats: dict) -> dict:
    """A run row's counts as the crawl's stats hold them (for a run row never completed)."""
    run = {
        "pages_fetched": stats.get("downloader/response_count", 0),
        "listing_pages": stats.get("incubator/listing_pages", 0),
        "article_pages": stats.get("incubator/article_pages", 0),
    }
    for outcome in ("new", "updated", "unchanged", "rejected", "http_errors", "removed"):
        run[outcome] = stats.get(f"incubator/archive/{outcome}", 0)
    return run


def crawl_sites(
    request: CrawlRequest,
    db_path: str,
    *,
    jobs: list[Job] | None = None,
    wait: float | None = None,
    defaults: dict | None = None,
    check_health: bool = True,
    notice: Callable[[str], None] = print,
) -> CrawlReport:
    """Crawl what ``request`` asks for (or ``jobs``) into the archive, holding its lock.

    Raises CrawlRequestError before anything is written, ArchiveLocked when another process
    keeps the archive past ``wait`` seconds; ``notice`` gets the lock takeover line.
    """
    jobs = plan_jobs(request) if jobs is None else jobs
    check_request_settings(request)
    started = time.monotonic()
    with hold_archive_lock(db_path, wait, notice):
        outcomes = run_jobs(jobs, request, db_path, defaults=defaults)
    seconds = time.monotonic() - started
    summaries = [run_summary(outcome, db_path, seconds) for outcome in outcomes]
    unhealthy = unhealthy_sites(db_path, [o.site for o in outcomes]) if check_health else []
    return CrawlReport(outcomes, summaries, unhealthy)


def job_site(job: Job) -> str:
    """The site key a job's crawl is stored under (generic mode: ``--name``, else the URL's)."""
    site, _, extra = job
    if site != GENERIC_SPIDER:
        return site
    return extra.get("site") or site_key(extra["start_url"])


def crawl_on_frontier(
    request: CrawlRequest,
    worker_settings: Callable[[list[str]], dict],
    *,
    defaults: dict | None = None,
) -> list[CrawlOutcome]:
    """Worker mode: crawl what ``request`` asks for on a shared frontier, items to Redis.

    ``worker_settings(sites)`` is called once the request is checked (it connects to Redis),
    with the site keys the jobs will crawl.
    """
    jobs = plan_jobs(request)
    check_request_settings(request)
    worker = worker_settings([job_site(job) for job in jobs])
    return run_jobs(jobs, request, "", defaults=defaults, worker=worker)
