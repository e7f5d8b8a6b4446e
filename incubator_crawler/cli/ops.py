"""`runs`, `health`, `schedule`: what an operator needs to leave the crawler running."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.request
from pathlib import Path

import click

from ..archive.queries import recent_runs
from ..ops import distributed_schedule as dist
from ..ops.health import archive_health, site_health_configs
from ..ops.lock import holder_alive
from ..ops.schedule import cron_line, systemd_units
from . import cli
from .common import CliError, db_option, echo_jsonl, json_option, open_db


@cli.command()
@db_option
@click.option("--site", help="Only this site.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@json_option("One JSON object per line, newest first.")
def runs(db_path, site, limit, as_json):
    """Crawl history: one line per run with pages, new/updated/unchanged/rejected and errors.

    Example:

        incubator-crawler runs --site cnfuhuaqi --limit 5
    """
    db = open_db(db_path, readonly=True)
    try:
        rows = recent_runs(db, site=site, limit=limit)
    finally:
        db.close()
    if as_json:
        echo_jsonl(rows)
        return
    for row in rows:
        click.echo(
            f"{row['id']:>4} {row['site']:<14} {row['started_at']} {row['finish_reason']:<10} "
            f"{row['duration_s'] or 0:>7.1f}s pages {row['pages_fetched'] or 0:>5} "
            f"new {row['new'] or 0:>4} upd {row['updated'] or 0:>3} same {row['unchanged'] or 0:>4} "
            f"rej {row['rejected'] or 0:>3} gone {row['removed'] or 0:>2} "
            f"err {row['http_errors'] or 0:>3} {row['http_status']}"
        )
        if row["coverage"]:
            shares = ", ".join(f"{k} {v:.0%}" for k, v in row["coverage"].items())
            click.echo(f"{'':>6}coverage of new articles: {shares}")
    if not rows:
        click.echo("no crawl runs yet", err=True)


@cli.command()
@db_option
@json_option("One JSON object per site, one per line.")
@click.option(
    "--notify-command",
    help="Run this shell command with the JSON report on stdin when a site is unhealthy.",
)
@click.option("--webhook", help="POST the JSON report to this URL when a site is unhealthy.")
def health(db_path, as_json, notify_command, webhook):
    """Each site's state with the reason; exit code 1 when any site is unhealthy.

    Unhealthy: the latest run found no articles where earlier ones did, a field (date, editor,
    source, body) is on fewer than 90% of the newest run's new articles, the latest run was
    interrupted (killed, crashed, or its end refused by a full disk), or 3 runs failed in a row.

    Example:

        incubator-crawler health --json || echo "a site needs attention"
    """
    db = open_db(db_path, readonly=True)
    try:
        sites = site_health_configs()
        report = [
            h.as_dict() for h in archive_health(db, sites, writer_alive=holder_alive(db_path))
        ]
    finally:
        db.close()
    unhealthy = [h for h in report if h["state"] == "unhealthy"]
    if as_json:
        echo_jsonl(report)
    else:
        for h in report:
            mark = {"healthy": "ok  ", "unhealthy": "FAIL", "unknown": "?   "}[h["state"]]
            reasons = (
                "; ".join(h["reasons"]) or f"{h['articles']} articles, last run {h['last_run_id']}"
            )
            click.echo(f"{mark} {h['site']:<14} {reasons}")
    if unhealthy:
        payload = json.dumps({"unhealthy": unhealthy, "sites": report}, ensure_ascii=False)
        if notify_command:
            subprocess.run(notify_command, shell=True, input=payload, text=True, check=False)
        if webhook:
            request = urllib.request.Request(
                webhook, data=payload.encode("utf-8"), headers={"Content-Type": "application/json"}
            )
            try:
                urllib.request.urlopen(request, timeout=30).close()
            except OSError as exc:
                click.echo(f"webhook {webhook} failed: {exc}", err=True)
        raise SystemExit(1)


@cli.command()
@click.argument("kind", type=click.Choice(["cron", "systemd", "scrapyd"]))
@db_option
@click.option(
    "--workdir", default=lambda: os.getcwd(), help="Directory the job runs in (default: here)."
)
@click.option("--user", help="systemd: the user the service runs as.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="systemd: write the unit files here.",
)
@click.option(
    "--redis",
    "redis_url",
    metavar="URL",
    help="Distributed: schedule ingest + workers on this Redis (scrapyd: default local Redis).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="cron with --redis: worker lines for this machine.",
)
@click.option(
    "--scrapyd",
    "scrapyd_url",
    default=dist.DEFAULT_SCRAPYD,
    show_default=True,
    help="scrapyd: the Scrapyd to schedule jobs on.",
)
def schedule(kind, db_path, workdir, user, out_dir, redis_url, workers, scrapyd_url):
    """Print a ready schedule: a cron line, a systemd service + timer, or Scrapyd steps.

    The job is `crawl --all --quiet --wait 3600`: every site, incrementally, queued behind a
    crawl still running (the archive lock), exit 1 when a site failed so cron mails you.

    With --redis URL: `ingest` plus workers (`crawl --all --redis URL`) instead, for crawling
    on several machines. `scrapyd` prints the deploy, the ingest and one Scrapyd job per site.

    Example:

        incubator-crawler schedule systemd --out /etc/systemd/system --user crawler

        incubator-crawler schedule cron --redis redis://10.0.0.5:6379/0 --workers 4

        incubator-crawler schedule scrapyd --redis redis://10.0.0.5:6379/0
    """
    db = str(Path(db_path) if Path(db_path).is_absolute() else Path(workdir) / db_path)
    if kind == "cron" and redis_url:
        click.echo(dist.distributed_cron(db, workdir, redis_url, workers))
    elif kind == "cron":
        click.echo(cron_line(db, workdir))
    elif kind == "scrapyd":
        from ..sites import enabled_sites

        url = redis_url or "redis://127.0.0.1:6379/0"
        click.echo(
            dist.scrapyd_instructions(workdir, db, url, enabled_sites(), scrapyd_url), nl=False
        )
    else:
        if redis_url:
            units = dist.distributed_systemd_units(db, workdir, redis_url, user=user)
        else:
            units = systemd_units(db, workdir, user=user)
        if out_dir:
            target = Path(out_dir)
            if not target.is_dir():
                raise CliError(f"--out {out_dir} is not a directory")
            for name, text in units.items():
                (target / name).write_text(text, "utf-8")
                click.echo(f"wrote {target / name}", err=True)
            timers = (
                "incubator-crawler-ingest.timer incubator-crawler-worker@1.timer"
                if redis_url
                else "incubator-crawler.timer"
            )
            click.echo(
                f"then: systemctl daemon-reload && systemctl enable --now {timers}", err=True
            )
        else:
            for name, text in units.items():
                click.echo(f"# {name}\n{text}")
