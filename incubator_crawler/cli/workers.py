"""Worker mode of `crawl` (``--redis URL``): checks before the crawl, the summary after it."""

from __future__ import annotations

import json

import click

from ..crawl.distributed import keys
from ..crawl.distributed.pipeline import worker_id
from ..crawl.distributed.presence import announce_starting, withdraw_starting
from ..crawl.distributed.worker import NotPrepared, wait_prepared
from ..crawl.runner import CrawlOutcome
from .common import CliError, fetched_line

#: Default of ``--idle-exit``: seconds the shared frontier stays idle before a worker exits.
DEFAULT_IDLE_EXIT = 30.0


def connect_or_fail(url: str):
    """A checked Redis client, or a one-line error (exit 2) for a bad URL or unreachable server."""
    try:
        return keys.connect(url)
    except keys.RedisUnavailable as exc:
        raise CliError(str(exc)) from None


def worker_overrides(url: str, idle_exit: float | None, sites: list[str]) -> dict:
    """Settings of a worker crawl of ``sites``, once Redis is reachable and prepared by ingest."""
    idle = DEFAULT_IDLE_EXIT if idle_exit is None else idle_exit
    client = connect_or_fail(url)
    # Count as present for each of our sites from now on, not only once Scrapy has opened the
    # spider a few seconds later: an ingest on its idle clock must not exit while workers are
    # starting, and another worker of the site that finishes before our spider opens must not
    # reset the site's dupefilter (see crawl/distributed/presence).
    announce_starting(client, sites, idle)
    try:
        wait_prepared(client, idle)
    except NotPrepared as exc:
        withdraw_starting(client)
        raise CliError(str(exc)) from None
    finally:
        client.close()
    # scrapy-redis counts idle time in whole seconds.
    return {"INCUBATOR_REDIS_URL": url, "INCUBATOR_IDLE_EXIT": max(1, round(idle))}


def worker_finished(url: str) -> None:
    """Withdraw what is left of this worker's starting announcements."""
    client = connect_or_fail(url)
    withdraw_starting(client)
    client.close()


def worker_summary(outcome: CrawlOutcome, url: str) -> dict:
    """What one worker did for one site (keys documented in the README)."""
    stats = outcome.stats
    pushed = sum(
        value
        for name, value in stats.items()
        if name.startswith("incubator/redis/pushed/") and not name.endswith("/worker")
    )
    return {
        "site": outcome.site,
        "worker": worker_id(),
        "finish_reason": outcome.finish_reason,
        "pages_fetched": stats.get("downloader/response_count", 0),
        "listing_pages": stats.get("incubator/listing_pages", 0),
        "article_pages": stats.get("incubator/article_pages", 0),
        "items": pushed,
        "redis": keys.redacted(url),
    }


def print_worker_summary(summary: dict, as_json: bool) -> None:
    """One JSON line, or two lines of text."""
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
        return
    click.echo(fetched_line(summary, f"(worker {summary['worker']})"))
    click.echo(f"  {summary['items']} items pushed to {summary['redis']} for ingest")
