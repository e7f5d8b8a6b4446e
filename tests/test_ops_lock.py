"""The archive lock with real processes: contention names the holder; a killed holder's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from incubator_crawler.ops.lock import ArchiveLock, ArchiveLocked

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
