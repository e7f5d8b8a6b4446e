"""Ready-to-install schedules: a cron line, a systemd service + timer pair (Scrapyd: distributed_schedule)."""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path


def _command_path() -> str:
    """Absolute path of the incubator-crawler command of this installation."""
    # The script beside the running interpreter is this installation's (a venv's bin/);
    # PATH may point at another one.
    beside = Path(sys.executable).parent / "incubator-crawler"
    if beside.exists():
        return str(beside.absolute())
    found = shutil.which("incubator-crawler")
    return str(Path(found).absolute()) if found else "incubator-crawler"


def crawl_command(db: str, *, command: str | None = None) -> str:
    """The scheduled command: every enabled site, incrementally, waiting for a running crawl."""
    exe = command or _command_path()
    return f"{shlex.quote(exe)} crawl --all --quiet --wait 3600 --db {shlex.quote(db)}"


def cron_line(
    db: str, workdir: str, *, hour: int = 6, minute: int = 17, command: str | None = None
) -> str:
    """A crontab line running the crawl daily; output goes to cron mail only when it fails."""
    log = shlex.quote(str(Path(workdir) / "data" / "crawl.log"))
    return (
        f"{minute} {hour} * * * cd {shlex.quote(workdir)} && "
        f"{crawl_command(db, command=command)} >> {log} 2>&1 || "
        f"tail -n 50 {log}"
    )


def systemd_units(
    db: str,
    workdir: str,
    *,
    user: str | None = None,
    on_calendar: str = "*-*-* 06:17:00",
    command: str | None = None,
) -> dict[str, str]:
    """``incubator-crawler.service`` and ``incubator-crawler.timer``: daily, persistent, jittered."""
    user_line = f"User={user}\n" if user else ""
    service = f"""[Unit]
Description=incubator-crawler: crawl every enabled site into {db}
Documentation=https://github.com/incubator-crawler/incubator-crawler
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
{user_line}WorkingDirectory={workdir}
ExecStart={crawl_command(db, command=command)}
# The archive lock (a flock beside the database) keeps two runs from writing at once;
# --wait makes a late run queue behind a long one instead of failing.
Nice=10
IOSchedulingClass=idle
TimeoutStartSec=6h

[Install]
WantedBy=multi-user.target
"""
    timer = f"""[Unit]
Description=Run incubator-crawler daily

[Timer]
OnCalendar={on_calendar}
# Catch up after downtime, and spread load so sites are not hit at the same second.
Persistent=true
RandomizedDelaySec=30min
AccuracySec=1min
Unit=incubator-crawler.service

[Install]
WantedBy=timers.target
"""
    return {"incubator-crawler.service": service, "incubator-crawler.timer": timer}
