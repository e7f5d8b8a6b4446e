"""`ingest`: the one archive writer of a distributed crawl (workers run `crawl --redis`)."""

from __future__ import annotations

import json
import signal

import click
import redis

from ..archive.queries import article_count, run_stats
from ..crawl.distributed import keys
from ..crawl.distributed.ingest import Ingester
from ..crawl.runner import project_settings
from . import cli
from .common import (
    CliError,
    archive_lock,
    db_option,
    json_option,
    open_db,
    wait_option,
    write_failures,
)
from .workers import connect_or_fail


def ingest_summary(site: str, run, db, db_path: str) -> dict:
    """One site's distributed run, as `crawl --json` reports a run (plus workers and items)."""
    row = run_stats(db, run.writer.run_id)
    total = article_count(db, site)
    return {
        "site": site,
        "run_id": row["id"],
        "finish_reason": row["finish_reason"],
        "workers": len(run.workers),
        "items": run.items,
        "pages_fetched": row["pages_fetched"] or 0,
        "listing_pages": row["listing_pages"] or 0,
        "article_pages": row["article_pages"] or 0,
        "new": row["new"],
        "updated": row["updated"],
        "unchanged": row["unchanged"],
        "rejected": row["rejected"],
        "http_errors": row["http_errors"],
        "removed": row["removed"] or 0,
        "articles_in_archive": total,
        "db": db_path,
    }


@cli.command()
@click.option("--redis", "redis_url", required=True, metavar="URL", help="Redis of the workers.")
@db_option
@click.option(
    "--idle-exit",
    type=click.FloatRange(min=0),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="Exit once no item came for SECONDS and no worker is alive.",
)
@wait_option
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    help="Items per transaction (default INCUBATOR_BATCH_SIZE, 50).",
)
@json_option("Print run summaries as JSON, one per line.")
def ingest(redis_url, db_path, idle_exit, wait, batch_size, as_json):
    """Write the items of `crawl --redis` workers into the archive: the one writer.

    At start it moves back items a killed ingest had taken but not committed, and publishes the
    archive's known URLs (and the revisit window) for the workers, so their crawl is incremental.
    Each batch is one transaction; an item leaves Redis only after it is committed. It holds the
    archive lock, records one crawl_runs row per site (mode distributed), and exits once no item
    came for --idle-exit seconds and no worker is alive.

    Example:

        incubator-crawler ingest --redis redis://127.0.0.1:6379/0 --db data/archive.db
    """
    client = connect_or_fail(redis_url)
    settings = project_settings()
    with archive_lock(db_path, wait):
        db = open_db(db_path, create=True)
        ingester = Ingester(
            client,
            db,
            batch_size=batch_size or settings.getint("INCUBATOR_BATCH_SIZE", 50),
            idle_exit=idle_exit,
            revisit_days=settings.getfloat("INCUBATOR_REVISIT_DAYS", 7),
        )

        def stop(signum, frame):
            ingester.stopping = True  # finish the batch in hand, complete the run rows, exit

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        # An item leaves Redis only once committed: a refused batch waits there for the next ingest.
        try:
            with write_failures(db_path, "items not committed stay in Redis; run ingest again"):
                runs = ingester.run()
        except redis.RedisError as exc:
            raise CliError(f"lost Redis at {keys.redacted(redis_url)}: {exc}") from None
        if ingester.recovered:
            click.echo(f"recovered {ingester.recovered} items taken but not committed", err=True)
        if ingester.skipped:
            click.echo(f"skipped {ingester.skipped} items already committed", err=True)
        summaries = [ingest_summary(site, run, db, db_path) for site, run in runs.items()]
        db.close()
    for summary in summaries:
        if as_json:
            click.echo(json.dumps(summary, ensure_ascii=False))
        else:
            click.echo(
                f"{summary['site']}: {summary['finish_reason']}, {summary['items']} items from "
                f"{summary['workers']} workers: new {summary['new']}, updated "
                f"{summary['updated']}, unchanged {summary['unchanged']}, rejected "
                f"{summary['rejected']}, removed {summary['removed']}, HTTP errors "
                f"{summary['http_errors']} (run {summary['run_id']})"
            )
    if not summaries and not as_json:
        click.echo("no items came from workers", err=True)
    raise SystemExit(0 if all(s["finish_reason"] == "finished" for s in summaries) else 1)
