"""Re-run extraction and normalisation on the stored raw pages, without touching the network.

After an extractor or normaliser upgrade, every article whose page bytes are in ``pages`` is
extracted again from those bytes (with the headers it was served with and the listing title/date
it was found with). Content that changed becomes a new version exactly as a re-crawl would make
it (the previous one goes to ``article_versions``, the search index and the reprint fingerprint
follow); changed raw strings alone are updated in place. The run is recorded in ``crawl_runs``
with mode ``reprocess``.

This process only schedules and writes: the pool's workers read the articles and pages
themselves, a chunk of ids at a time (``reprocess_worker.py``), and send back what changed.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import nullcontext
from datetime import datetime
from itertools import islice
from typing import Any

from itemadapter import ItemAdapter
from sqlite_utils import Database

from ..archive.db import write_transaction
from ..archive.writer import UNCHANGED, UPDATED, ArchiveWriter, close_dead_runs
from ..crawl.pipelines import normalize_item
from ..crawl.pool import ProcessPool, WorkerCrashed, default_workers
from ..items import ArticleItem
from .reprocess_worker import (
    article_row,
    chunk_job,
    chunk_outcomes,
    compare,
    reprocess_chunk,
)

log = logging.getLogger(__name__)

#: Articles per write transaction. Most of what this process does per article is SQLite's FTS5
#: work for the versioned ones (84% of its instructions, callgrind), and part of it is paid per
#: commit (FTS5 writes each transaction out as a new segment, then merges segments): with 10% of
#: 2,000 articles versioned with a new title it spent 20% fewer instructions at 1,000 per
#: transaction than at 200; one transaction for all 2,000 saved no more. A crash loses at most this many
#: re-extractions; what was committed stays, and the next run redoes the rest.
BATCH = 1000
#: Articles per pool job: enough that messages are few, few enough that the last chunks of a
#: run keep every worker busy.
CHUNK = 16


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def reprocess(
    db: Database,
    *,
    site: str | None = None,
    batch_size: int = BATCH,
    dry_run: bool = False,
    workers: int | None = None,
) -> dict[str, Any]:
    """Re-extract every stored article of ``site`` (all sites when None) from its raw page.

    ``workers`` extraction processes read and re-extract the articles (``crawl/pool.py``; None:
    one per core, 0: in this process, as for an archive in memory); this process writes the
    changes in order, one transaction per ``batch_size`` articles.
    Returns counts: ``articles, changed, unchanged, raw_updated, no_page, now_rejected, failed``
    and ``fields`` (how many articles changed in each content field).
    """
    workers = default_workers() if workers is None else workers
    path = _archive_file(db)
    writer = ArchiveWriter(db)
    if not dry_run:
        close_dead_runs(db)  # the caller holds the archive's lock: no other run is alive
    run_id = None if dry_run else writer.start_run(site or "*", mode="reprocess")
    counts: Counter = Counter()
    fields: Counter = Counter()
    where, params = ("WHERE site = ?", [site]) if site else ("", [])
    ids = [row[0] for row in db.execute(f"SELECT id FROM articles {where} ORDER BY id", params)]
    # workers read the archive through their own connections: it must be a file
    pool = ProcessPool(workers, reprocess_chunk) if workers and path else None
    try:
        outcomes = _pooled(pool, path, ids) if pool else _in_process(db, ids)
        while True:
            batch = list(islice(outcomes, batch_size))
            if not batch:
                break
            with write_transaction(db) if not dry_run else nullcontext():
                existing = _stored(db, [i for i, o in batch if o[0] in (UPDATED, "renormalise")])
                versions: list[tuple] = []
                for article_id, outcome in batch:
                    kind = _apply(db, article_id, outcome, existing, fields, dry_run, versions)
                    counts[kind] += 1
                if versions:
                    for _existing, row, _prepared in versions:
                        row.update(last_run_id=run_id)
                    writer.new_versions(versions, _now())
    finally:
        if pool is not None:
            pool.close()
    result = {
        "run_id": run_id,
        "site": site,
        "articles": len(ids),
        "changed": counts[UPDATED],
        "unchanged": counts[UNCHANGED],
        "raw_updated": counts["raw_updated"],
        "no_page": counts["no_page"],
        "now_rejected": counts["now_rejected"],
        "failed": counts["failed"],
        "fields": dict(sorted(fields.items())),
        "dry_run": dry_run,
    }
    if not dry_run:
        writer.counts[UPDATED] = counts[UPDATED]
        writer.counts[UNCHANGED] = counts[UNCHANGED] + counts["raw_updated"]
        writer.counts["rejected"] = counts["now_rejected"]
        writer.finish_run(
            "finished",
            {
                f"incubator/reprocess/{k}": v
                for k, v in result.items()
                if isinstance(v, int) and not isinstance(v, bool)
            },
        )
    return result


def _archive_file(db: Database) -> str | None:
    """The archive's file path; None for an archive in memory."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _in_process(db: Database, ids: list[int]) -> Iterator[tuple[int, tuple]]:
    """Each article id with its outcome, computed in this process."""
    for chunk in _chunks(ids):
        yield from zip(chunk, chunk_outcomes(db.conn, chunk), strict=True)


def _pooled(pool: ProcessPool, path: str, ids: list[int]) -> Iterator[tuple[int, tuple]]:
    """Each article id with its outcome, from the pool's workers, in order."""
    window = 4 * pool.workers
    pending: deque = deque()
    for chunk in _chunks(ids):
        pending.append((chunk, pool.submit(chunk_job(path, chunk))))
        if len(pending) >= window:
            yield from _settled(pool, path, *pending.popleft())
    while pending:
        yield from _settled(pool, path, *pending.popleft())


def _settled(pool: ProcessPool, path: str, chunk: list[int], future) -> Iterator[tuple[int, tuple]]:
    try:
        outcomes = future.result()
    except WorkerCrashed as exc:
        if len(chunk) == 1:
            yield chunk[0], ("failed", str(exc))
            return
        # A page crashed (or hung) its worker: again one article per job, so only it fails.
        singles = [pool.submit(chunk_job(path, [i])) for i in chunk]
        for article_id, single in zip(chunk, singles, strict=True):
            yield from _settled(pool, path, [article_id], single)
        return
    yield from zip(chunk, outcomes, strict=True)


def _stored(db: Database, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The stored rows of the articles about to get a new version, read in the write transaction."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in db.query(f"SELECT * FROM articles WHERE id IN ({marks})", ids)}


def _apply(
    db: Database,
    article_id: int,
    outcome: tuple,
    existing: dict[int, dict[str, Any]],
    fields: Counter,
    dry_run: bool,
    versions: list[tuple],
) -> str:
    """Write one article's outcome (``reprocess_worker``); returns what it counts as.

    A new version is added to ``versions`` (``ArchiveWriter.new_versions``' entries), which
    the caller writes after the batch's other changes.
    """
    kind = outcome[0]
    if kind == "failed":
        url = db.execute("SELECT url FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        log.warning("re-extraction of %s failed: %s", url, outcome[1])
        return kind
    if kind == "renormalise":
        # a normalisation step raised in the worker: raise it here, as without a pool
        new = ItemAdapter(normalize_item(ArticleItem(**outcome[1]))).asdict()
        row = article_row(new)
        if row is None:
            return "now_rejected"
        outcome = compare(existing[article_id], row)
        kind = outcome[0]
    if kind == "raw_updated" and not dry_run:
        changed = outcome[1]
        db.execute(
            "UPDATE articles SET {} WHERE id = ?".format(", ".join(f"[{c}] = ?" for c in changed)),
            [*changed.values(), article_id],
        )
    if kind != UPDATED:
        return kind
    _, row, prepared, changed_fields = outcome
    fields.update(changed_fields)
    if not dry_run:
        versions.append((existing[article_id], row, prepared))
    return UPDATED
