"""One writer per archive: an advisory lock file beside it, safe against killed holders.

The lock is an ``flock`` on ``<archive>.lock``; the kernel releases it when the holding
process dies, however it dies, so a killed crawl never leaves the archive locked. The
file also records who holds it (pid, host, command, since when) so that a second crawl can
say so, and so that a takeover after a crash can be reported.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

#: Locks this process holds, by lock file: the lock and how many users share it. A crawl in
#: the CLI's process joins the CLI's lock (a second flock on a new descriptor would conflict
#: with it); a bare ``scrapy crawl`` takes its own.
_HELD: dict[Path, _Held] = {}


@dataclass
class _Held:
    """A lock this process holds and how many users share it."""

    lock: ArchiveLock
    users: int = 1


class ArchiveLocked(Exception):
    """Another process holds the archive lock; the message names it."""


@dataclass
class LockInfo:
    """Who holds (or last held) the lock."""

    pid: int
    host: str
    command: str
    since: str

    def describe(self) -> str:
        """``pid 123 on host (incubator-crawler crawl --all) since 2026-…``."""
        return f"pid {self.pid} on {self.host} ({self.command}) since {self.since}"


def lock_path(db_path: str | Path) -> Path:
    """The lock file of an archive."""
    return Path(str(db_path) + ".lock")


class ArchiveLock:
    """Context manager holding the archive's lock; ``stale`` tells whether a dead holder's was taken over."""

    def __init__(
        self, db_path: str | Path, *, wait: float | None = None, command: str | None = None
    ):
        self.path = lock_path(db_path)
        self.wait = wait
        self.command = command or " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])
        self.stale: LockInfo | None = None
        self._fd: int | None = None

    def read_info(self) -> LockInfo | None:
        """The holder recorded in the lock file, if any."""
        try:
            data = json.loads(self.path.read_text("utf-8") or "null")
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        try:
            return LockInfo(
                int(data["pid"]), str(data["host"]), str(data["command"]), str(data["since"])
            )
        except (KeyError, ValueError):
            return None

    def acquire(self) -> None:
        """Take the lock, waiting up to ``wait`` seconds (None: fail at once)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = None if self.wait is None else time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is None or time.monotonic() >= deadline:
                    holder = self.read_info()
                    os.close(fd)
                    who = holder.describe() if holder else "another process"
                    raise ArchiveLocked(
                        f"archive is being written by {who}; wait for it, or pass --wait SECONDS"
                    ) from None
                time.sleep(0.2)
        # We hold the kernel lock: any info left in the file belongs to a dead holder.
        previous = self.read_info()
        if previous is not None:
            self.stale = previous
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "command": self.command,
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        os.fsync(fd)
        self._fd = fd
        _HELD[self.path.resolve()] = _Held(self)

    def release(self) -> None:
        """Clear the holder record and release the lock."""
        if self._fd is None:
            return
        _HELD.pop(self.path.resolve(), None)
        os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> ArchiveLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def holder_alive(db_path: str | Path) -> bool | None:
    """Whether a process holds the archive's lock now, told without taking it.

    False when none does (the file is empty: released, or never taken; or its holder's pid is
    gone on this host), True when its holder lives, None when the holder is on another host.
    Taking the lock to find out would refuse a crawl starting at that moment.
    """
    info = ArchiveLock(db_path).read_info()
    if info is None:
        return False
    if info.host != socket.gethostname():
        return None
    # killed: the kernel released its flock, its record stayed
    return pid_alive(info.pid)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this host (another user's counts: signal 0 is refused)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def hold_archive_lock(
    db_path: str | Path, wait: float | None, notice: Callable[[str], None]
) -> Iterator[ArchiveLock]:
    """Hold the archive's lock (``ArchiveLocked`` if another process keeps it past ``wait``).

    ``notice`` gets one line when the lock of a dead holder is taken over.
    """
    lock = ArchiveLock(db_path, wait=wait)
    lock.acquire()
    if lock.stale is not None:
        notice(f"taking over the lock left by {lock.stale.describe()}")
    try:
        yield lock
    finally:
        lock.release()


def join_archive_lock(
    db_path: str | Path, wait: float | None = None, command: str | None = None
) -> tuple[Callable[[], None], bool]:
    """Share this process's lock on the archive, or take it: ``(release, taken_here)``.

    ``taken_here`` is True when no one in this process held it, so the caller is the one
    writer that just started (and may close the runs a dead writer left). ``ArchiveLocked``
    when another process keeps it past ``wait`` seconds.
    """
    key = lock_path(db_path).resolve()
    entry = _HELD.get(key)
    taken_here = entry is None
    if entry is None:
        ArchiveLock(db_path, wait=wait, command=command).acquire()
        entry = _HELD[key]
    else:
        entry.users += 1

    def release() -> None:
        entry.users -= 1
        if entry.users == 0:
            entry.lock.release()

    return release, taken_here
