"""Why a write to the archive failed, whether it will fail again, and what the user can do.

A crawl must not go on fetching pages it cannot keep: a disk that is full, a file that is
read-only or corrupt fails every later write too, and the crawl stops; a constraint error
(one item) or a lock held past the busy timeout (another process) may not, and it goes on.
Either way every lost page is counted and named, and the command exits non-zero.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

#: Exit code of a command that could not write everything it should have to the archive.
EXIT_WRITE_FAILED = 3
#: Finish reason of a crawl stopped because the archive refused its writes.
ARCHIVE_FAILED = "archive_failed"


@dataclass(frozen=True)
class WriteFailure:
    """What went wrong, in the user's words; ``repeats``: every later write will fail too."""

    cause: str
    advice: str
    repeats: bool

    def line(self, path: str) -> str:
        """The one-line message: cause and what to do."""
        return f"cannot write the archive {path}: {self.cause}; {self.advice}"


# Another connection kept the write lock past busy_timeout. Not ours (the crawl holds the
# archive lock): something writes outside it, and will likely go on doing so.
_HELD_BY_ANOTHER = WriteFailure(
    "another process kept it locked past the busy timeout",
    "stop the other writer (see `runs`), then crawl again",
    True,
)

# Primary SQLite result codes (the low byte of an extended code).
_BY_CODE = {
    sqlite3.SQLITE_FULL: WriteFailure(
        "the disk is full", "free space on its disk, then crawl again", True
    ),
    sqlite3.SQLITE_READONLY: WriteFailure(
        "it is read-only",
        "make the file and its directory writable by this user, or pass --db PATH",
        True,
    ),
    sqlite3.SQLITE_CORRUPT: WriteFailure(
        "the file is corrupt",
        "restore it from a backup or run sqlite3's .recover into a new file",
        True,
    ),
    sqlite3.SQLITE_NOTADB: WriteFailure(
        "the file is not a SQLite database", "pass --db PATH to an archive", True
    ),
    sqlite3.SQLITE_IOERR: WriteFailure(
        "the disk reported an I/O error (full, removed or failing)",
        "check the disk and its free space, then crawl again",
        True,
    ),
    sqlite3.SQLITE_CANTOPEN: WriteFailure(
        "its file or journal cannot be opened",
        "make the file and its directory writable by this user",
        True,
    ),
    sqlite3.SQLITE_BUSY: _HELD_BY_ANOTHER,
    sqlite3.SQLITE_LOCKED: _HELD_BY_ANOTHER,
    sqlite3.SQLITE_CONSTRAINT: WriteFailure(
        "a record broke a constraint of the schema",
        "report it with the URLs below; the other pages were stored",
        False,
    ),
}


def classify(error: BaseException) -> WriteFailure:
    """The WriteFailure a write's exception stands for (unknown errors count as repeating)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    if not isinstance(error, sqlite3.Error):
        # A bug on one record's data, not the archive: the next batch may well go through.
        return WriteFailure(f"{type(error).__name__}: {detail}", "see the log and report it", False)
    return WriteFailure(detail, "see the log for the full error", True)


class ArchiveWriteError(Exception):
    """A batch could not be committed: what failed, and the URLs of the pages it held."""

    def __init__(self, failure: WriteFailure, urls: list[str], error: BaseException):
        super().__init__(failure.cause)
        self.failure = failure
        self.urls = urls
        self.error = error


def check_writable(db, path: str) -> None:
    """Raise ArchiveError (one line) when the archive refuses a write: before any page is fetched.

    The write is rolled back. A read-only file or directory, a corrupt file or a lock held
    by another process fail here; a disk that fills up later fails the crawl's own batches.
    """
    from .db import ArchiveError

    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            db.conn.execute(
                "INSERT INTO crawl_runs (site, started_at, finish_reason) VALUES ('', '', 'check')"
            )
        finally:
            db.conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise ArchiveError(classify(exc).line(path)) from None
