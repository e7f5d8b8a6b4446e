"""Schedules of a distributed crawl: ingest plus N workers (cron, systemd) and Scrapyd jobs."""

from __future__ import annotations

import shlex
from pathlib import Path

from .schedule import _command_path

#: Scrapyd's own default address, and scrapy.cfg's [deploy] url.
DEFAULT_SCRAPYD = "http://127.0.0.1:6800"
PROJECT = "incubator_crawler"


def ingest_command(db: str, redis_url: str, *, command: str | None = None) -> str:
    """The writer: drains the workers' items into the archive, queued behind another writer."""
    exe = shlex.quote(command or _command_path())
    return f"{exe} ingest --redis {shlex.quote(redis_url)} --db {shlex.quote(db)} --wait 3600"


def worker_command(redis_url: str, *, command: str | None = None) -> str:
    """A worker: every enabled site, on the shared frontier."""
    exe = shlex.quote(command or _command_path())
    return f"{exe} crawl --all --quiet --redis {shlex.quote(redis_url)}"


def _logged(workdir: str, cmd: str, log_name: str) -> str:
    log = shlex.quote(str(Path(workdir) / "data" / log_name))
    return f"cd {shlex.quote(workdir)} && {cmd} >> {log} 2>&1 || tail -n 50 {log}"


def distributed_cron(
    db: str, workdir: str, redis_url: str, workers: int, *, hour: int = 6, minute: int = 17
) -> str:
    """Crontab lines: ingest on the archive's machine, then N workers a minute later."""
    lines = [
        "# on the machine with the archive: the one writer",
        f"{minute} {hour} * * * {_logged(workdir, ingest_command(db, redis_url), 'ingest.log')}",
        f"# on each worker machine: {workers} worker(s)",
    ]
    for n in range(1, workers + 1):
        cmd = _logged(workdir, worker_command(redis_url), f"worker-{n}.log")
        lines.append(f"{(minute + 1) % 60} {hour} * * * {cmd}")
    return "\n".join(lines)


def distributed_systemd_units(
    db: str,
    workdir: str,
    redis_url: str,
    *,
    user: str | None = None,
    on_calendar: str = "*-*-* 06:17:00",
) -> dict[str, str]:
    """ingest service + timer, and a worker template (``@N``) service + timer."""
    user_line = f"User={user}\n" if user else ""

    def service(description: str, command: str) -> str:
        return f"""[Unit]
Description={description}
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
{user_line}WorkingDirectory={workdir}
ExecStart={command}
Nice=10
TimeoutStartSec=12h

[Install]
WantedBy=multi-user.target
"""

    def timer(description: str, unit: str) -> str:
        return f"""[Unit]
Description={description}

[Timer]
OnCalendar={on_calendar}
Persistent=true
Unit={unit}

[Install]
WantedBy=timers.target
"""

    return {
        "incubator-crawler-ingest.service": service(
            f"incubator-crawler: write the workers' items into {db}",
            ingest_command(db, redis_url),
        ),
        "incubator-crawler-ingest.timer": timer(
            "Start the daily ingest", "incubator-crawler-ingest.service"
        ),
        "incubator-crawler-worker@.service": service(
            "incubator-crawler worker %i on the shared frontier", worker_command(redis_url)
        ),
        "incubator-crawler-worker@.timer": timer(
            "Start worker %i daily", "incubator-crawler-worker@%i.service"
        ),
    }


def scrapyd_instructions(
    workdir: str, db: str, redis_url: str, sites: list[str], scrapyd: str = DEFAULT_SCRAPYD
) -> str:
    """Deploy the egg, start ingest, schedule one worker job per site, watch the jobs."""
    scrapyd = scrapyd.rstrip("/")
    redis_q = shlex.quote(f"setting=INCUBATOR_REDIS_URL={redis_url}")
    lines = [
        f"# scrapy.cfg's [deploy] target is Scrapyd at {DEFAULT_SCRAPYD}/; for another, add",
        f"# [deploy:NAME] with url = {scrapyd}/ and run scrapyd-deploy NAME.",
        f"cd {shlex.quote(workdir)}",
        f"scrapyd-deploy -p {PROJECT}",
        "# the one writer, on the machine with the archive (exits when the jobs are done):",
        f"{ingest_command(db, redis_url)} &",
        "# one worker job per site; Scrapyd keeps no schedule, so these lines go in cron:",
    ]
    for site in sites:
        lines.append(
            f"curl -sS {scrapyd}/schedule.json -d project={PROJECT} -d spider={site} -d {redis_q}"
        )
    lines += [
        "# watch: pending, running and finished jobs; each job's log is under Scrapyd's logs_dir",
        f"curl -sS '{scrapyd}/listjobs.json?project={PROJECT}'",
    ]
    return "\n".join(lines) + "\n"
