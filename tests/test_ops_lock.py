"""The archive lock with real processes: contention names the holder; a killed holder's lock is taken over."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.ops.lock import ArchiveLock, ArchiveLocked, join_archive_lock

REPO = Path(__file__).resolve().parents[1]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from incubator_crawler.ops.lock import ArchiveLock
    lock = ArchiveLock(sys.argv[1], command="holder-test")
    lock.acquire()
    print("locked", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def holder(tmp_path):
    db = tmp_path / "archive.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    yield db, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_second_writer_is_told_who_holds_the_lock(holder):
    db, proc = holder
    with pytest.raises(ArchiveLocked, match=rf"pid {proc.pid} on .* \(holder-test\) since "):
        ArchiveLock(db).acquire()


def test_wait_gives_up_after_the_timeout(holder):
    db, _ = holder
    with pytest.raises(ArchiveLocked, match="--wait"):
        ArchiveLock(db, wait=0.5).acquire()


def test_lock_of_a_killed_process_is_taken_over(holder):
    db, proc = holder
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with ArchiveLock(db, command="next") as lock:
        assert lock.stale is not None
        assert lock.stale.pid == proc.pid
        assert lock.read_info().pid == os.getpid()
    assert ArchiveLock(db).read_info() is None  # released cleanly


def test_wait_gets_the_lock_when_the_holder_exits(holder):
    db, proc = holder
    proc.terminate()
    with ArchiveLock(db, wait=10) as lock:
        assert lock.read_info().command.startswith(lock.command)


def test_holder_alive_is_told_without_taking_the_lock(holder):
    from incubator_crawler.ops.lock import holder_alive

    db, proc = holder
    assert holder_alive(db) is True
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert holder_alive(db) is False  # its record stays, its pid is gone
    assert ArchiveLock(db).read_info().pid == proc.pid
    with ArchiveLock(db):
        assert holder_alive(db) is True
    assert holder_alive(db) is False  # released: the record is cleared
    assert holder_alive(db.parent / "never-locked.db") is False


def test_a_crawl_in_the_holders_process_shares_its_lock(tmp_path):
    db = tmp_path / "archive.db"
    with ArchiveLock(db, command="cli"):
        release, taken_here = join_archive_lock(db)
        assert taken_here is False  # a second flock here would conflict with the CLI's own
        release()
        assert ArchiveLock(db).read_info().command == "cli"  # still held by the CLI
    assert ArchiveLock(db).read_info() is None


def test_the_last_crawl_to_leave_releases_a_lock_it_took(tmp_path):
    db = tmp_path / "archive.db"
    first, taken_first = join_archive_lock(db, command="bare")
    second, taken_second = join_archive_lock(db)
    assert (taken_first, taken_second) == (True, False)
    first()
    assert ArchiveLock(db).read_info().command == "bare"
    second()
    assert ArchiveLock(db).read_info() is None


def _bare_crawl(db, *extra):
    """``scrapy crawl cnfuhuaqi`` from the repository root, against a closed port."""
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "cnfuhuaqi", "-s", f"INCUBATOR_DB={db}"]
        + ["-a", "base_url=http://127.0.0.1:9/", "-s", "RETRY_ENABLED=0", "-s", "LOG_LEVEL=ERROR"]
        + list(extra),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bare_scrapy_crawl_is_refused_while_another_process_writes(holder):
    db, proc = holder
    result = _bare_crawl(db)
    assert result.returncode == 1
    assert re.search(
        rf"ArchiveLocked: archive is being written by pid {proc.pid} on .* \(holder-test\)"
        r" since \S+; wait for it, or pass -s INCUBATOR_LOCK_WAIT=SECONDS",
        result.stderr,
    )
    database = open_archive(db)
    assert database["crawl_runs"].count == 0  # no run started, nothing written
    database.close()


def test_bare_scrapy_crawl_takes_the_lock_and_closes_a_dead_run(tmp_path):
    db = tmp_path / "archive.db"
    database = open_archive(db, create=True)
    dead = ArchiveWriter(database)
    dead.start_run("cnfuhuaqi")  # a crawl killed before it recorded its end
    database.close()
    result = _bare_crawl(db)
    assert result.returncode == 0, result.stderr
    database = open_archive(db)
    runs = list(database.execute("SELECT id, finish_reason FROM crawl_runs ORDER BY id"))
    database.close()
    assert runs == [(dead.run_id, "interrupted"), (dead.run_id + 1, "finished")]
    assert ArchiveLock(db).read_info() is None  # released at the end
