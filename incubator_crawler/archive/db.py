"""Open the archive: WAL mode, foreign keys, migrations applied."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from .migrations import MIGRATIONS


class ArchiveError(Exception):
    """The archive cannot be opened or used; the message says how to fix it."""


def open_archive(path: str | Path, *, create: bool = True) -> Database:
    """Open (and with ``create``, create) the SQLite archive at ``path`` with the schema up to date."""
    path = Path(path)
    if str(path) != ":memory:":
        if not path.exists():
            if not create:
                raise ArchiveError(
                    f"archive {path} does not exist; run a crawl first or pass --db PATH"
                )
            if not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise ArchiveError(f"archive {path} is a directory; pass --db PATH to a file")
    try:
        db = Database(":memory:" if str(path) == ":memory:" else path)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 10000")
        if str(path) != ":memory:":
            db.enable_wal()
            # WAL with synchronous=NORMAL is durable against application crashes
            # and never corrupts; a power cut can lose only the last commits.
            db.execute("PRAGMA synchronous = NORMAL")
        MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(
            f"{path} is not a usable SQLite archive ({exc}); pass --db PATH to another file"
        ) from exc
    return db


def open_archive_readonly(path: str | Path) -> Database:
    """Open an existing archive for reading only; refuse any file that is not an archive.

    Nothing is written: not the schema (a stray ``--db notes.sqlite`` must stay untouched),
    not WAL mode. An archive of an older version is upgraded first, since that is a write
    to an archive, which a later crawl would do anyway.
    """
    path = Path(path)
    if not path.exists():
        raise ArchiveError(f"archive {path} does not exist; run a crawl first or pass --db PATH")
    if path.is_dir():
        raise ArchiveError(f"archive {path} is a directory; pass --db PATH to a file")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ArchiveError(
            f"{path} is not a usable SQLite archive ({exc}); pass --db PATH to another file"
        ) from None
    if not {"articles", MIGRATIONS.migrations_table} <= tables:
        conn.close()
        raise ArchiveError(
            f"{path} is not an incubator-crawler archive (no articles table); "
            "pass --db PATH to an archive made by crawl or demo"
        )
    db = Database(conn)
    db.execute("PRAGMA busy_timeout = 10000")
    if MIGRATIONS.pending(db):
        db.close()
        return open_archive(path, create=False)
    return db


def schema_version(db: Database) -> list[str]:
    """Names of the migrations applied to this archive, oldest first."""
    return [m.name for m in MIGRATIONS.applied(db)]


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A transaction that takes the archive's write lock when it begins (``BEGIN IMMEDIATE``).

    sqlite-utils' ``atomic()`` begins a deferred transaction. One that reads before it writes
    (the writer's batch looks up known URLs first) fails at once with "database is locked",
    without waiting for ``busy_timeout``, when another connection committed in between: WAL
    cannot upgrade a stale snapshot to a writer. Several writers on one archive (``crawl
    --all``, whose spiders each write from their own writer thread, ingest, reprocess) then
    lose batches. Taking the lock first makes them wait their turn instead. Inside a
    transaction already open, this is a savepoint, as ``atomic()`` makes it.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
