"""Re-run extraction and normalisation on the stored raw pages, without touching the network.

After an extractor or normaliser upgrade, every article whose page bytes are in ``pages`` is
extracted again from those bytes (with the headers it was served with and the listing title/date
it was found with). Content that changed becomes a new version exactly as a re-crawl would make
it (the previous one goes to ``article_versions``, the search index and the reprint fingerprint
follow); changed raw strings alone are updated in place. The run is recorded in ``crawl_runs``
with mode ``reprocess``.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, deque
from collections.abc import Iterator
from datetime import datetime
from itertools import islice
from typing import Any

from itemadapter import ItemAdapter
from sqlite_utils import Database

from ..archive.db import write_transaction
from ..archive.migrations import CONTENT_COLUMNS, RAW_COLUMNS
from ..archive.writer import UNCHANGED, UPDATED, ArchiveWriter, content_hash
from ..crawl.pipelines import normalize_item
from ..crawl.pipelines.require_fields import missing_fields
from ..crawl.pool import ProcessPool, WorkerCrashed, default_workers, page_job, process_page
from ..items import ArticleItem
from ..sites import all_sites

log = logging.getLogger(__name__)


def site_config(site: str) -> dict[str, Any]:
    """The site's ``SITE`` data (name, hints) from the sites registry; {} for a generic-mode site."""
    return dict(all_sites().get(site, {}))


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


#: Articles read per query while the pool works on the ones before.
_READ_CHUNK = 200


def reprocess(
    db: Database,
    *,
    site: str | None = None,
    batch_size: int = 200,
    dry_run: bool = False,
    workers: int | None = None,
) -> dict[str, Any]:
    """Re-extract every stored article of ``site`` (all sites when None) from its raw page.

    ``workers`` extraction processes do the extraction (``crawl/pool.py``; None: one per core,
    0: in this process); this process reads the pages and writes the changes in order.
    Returns counts: ``articles, changed, unchanged, raw_updated, no_page, now_rejected, failed``
    and ``fields`` (how many articles changed in each content field).
    """
    workers = default_workers() if workers is None else workers
    writer = ArchiveWriter(db)
    run_id = None if dry_run else writer.start_run(site or "*", mode="reprocess")
    counts: Counter = Counter()
    fields: Counter = Counter()
    where, params = ("WHERE site = ?", [site]) if site else ("", [])
    ids = [row[0] for row in db.execute(f"SELECT id FROM articles {where} ORDER BY id", params)]
    jobs = _jobs(db, ids)
    pool = ProcessPool(workers, reprocess_page) if workers else None
    try:
        results = _results(jobs, pool)
        while True:
            batch = list(islice(results, batch_size))
            if not batch:
                break
            with write_transaction(db):
                for existing, result in batch:
                    counts[_apply(db, writer, existing, result, run_id, fields, dry_run)] += 1
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


def _jobs(db: Database, ids: list[int]) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each article row with the pool job for its stored page (None: no page stored)."""
    configs: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _READ_CHUNK):
        chunk = ids[start : start + _READ_CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = {
            r["id"]: r for r in db.query(f"SELECT * FROM articles WHERE id IN ({marks})", chunk)
        }
        shas = sorted({r["page_sha256"] for r in rows.values() if r["page_sha256"]})
        marks = ",".join("?" * len(shas))
        pages = {
            p["sha256"]: p
            for p in db.query(
                "SELECT sha256, status, headers, body_zlib, fetched_at FROM pages"
                f" WHERE sha256 IN ({marks})",
                shas,
            )
        }
        for article_id in chunk:
            existing = rows[article_id]
            page = pages.get(existing["page_sha256"])
            if page is None or page["body_zlib"] is None:
                yield existing, None
                continue
            if existing["site"] not in configs:
                configs[existing["site"]] = site_config(existing["site"])
            config = configs[existing["site"]]
            fetched = page["fetched_at"] or existing["fetched_at"]
            job = page_job(
                b"",
                existing["url"],
                status=page["status"] or 200,
                headers=json.loads(page["headers"] or "{}"),
                site=existing["site"],
                site_name=config.get("name"),
                hints=config.get("hints") or None,
                list_title=existing["list_title"],
                list_date_raw=existing["list_date_raw"],
                fetched_at=datetime.fromisoformat(fetched) if fetched else None,
            )
            # the compressed bytes travel to the worker, which decompresses them
            job.update(body=None, body_zlib=page["body_zlib"])
            job["known"] = {k: existing[k] for k in _ROW_COLUMNS}
            yield existing, job


def _results(
    jobs: Iterator[tuple[dict[str, Any], dict[str, Any] | None]], pool: ProcessPool | None
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each article row with its :func:`reprocess_page` result, in order (None: no page)."""
    if pool is None:
        for existing, job in jobs:
            yield existing, reprocess_page(job) if job is not None else None
        return
    window = 8 * pool.workers
    pending: deque = deque()
    for existing, job in jobs:
        pending.append((existing, pool.submit(job) if job is not None else None))
        if len(pending) >= window:
            yield _settled(*pending.popleft())
    while pending:
        yield _settled(*pending.popleft())


def _settled(existing: dict[str, Any], future) -> tuple[dict[str, Any], dict[str, Any] | None]:
    if future is None:
        return existing, None
    try:
        return existing, future.result()
    except WorkerCrashed as exc:
        return existing, {"error": f"{exc}"}


#: The ``articles`` columns re-extraction recomputes.
_ROW_COLUMNS = (*CONTENT_COLUMNS, *RAW_COLUMNS, "images", "extraction", "content_hash")


def article_row(new: dict[str, Any]) -> dict[str, Any] | None:
    """The ``articles`` values of a re-extracted, normalised item (None: it would be rejected)."""
    if missing_fields({"url": new.get("url"), "title": new.get("title"), "body": new.get("body")}):
        return None
    row = {name: new.get(name) for name in (*CONTENT_COLUMNS, *RAW_COLUMNS)}
    row["images"] = json.dumps(new.get("images") or [], ensure_ascii=False)
    row["extraction"] = json.dumps(new.get("extraction") or {}, ensure_ascii=False)
    row["content_hash"] = content_hash(new)
    return row


def reprocess_page(job: dict[str, Any]) -> dict[str, Any]:
    """``process_page`` for reprocess, run in a worker: the article's new row, or less.

    ``{"unchanged": True}`` when every recomputed column equals the stored one (``job["known"]``),
    ``{"rejected": True}`` when a required field is lost, else ``{"row", "archive"}``; errors
    and a failed normalisation come back as ``process_page`` gives them. The comparison happens
    here so that the parent, which reads and writes the archive, has the least to do.
    """
    result = process_page(job)
    if "item" not in result or result["outcomes"] is None:
        return result
    row = article_row(result["item"])
    if row is None:
        return {"rejected": True}
    known = job["known"]
    if all(known.get(k) == v for k, v in row.items()):
        return {"unchanged": True}
    return {"row": row, "archive": result["archive"]}


def _apply(
    db: Database,
    writer: ArchiveWriter,
    existing: dict[str, Any],
    result: dict[str, Any] | None,
    run_id: int | None,
    fields: Counter,
    dry_run: bool,
) -> str:
    """Compare one article's re-extraction with what is stored and write the difference."""
    if result is None:
        return "no_page"
    if "error" in result:
        log.warning("re-extraction of %s failed: %s", existing["url"], result["error"])
        return "failed"
    if result.get("unchanged"):
        return UNCHANGED
    if result.get("rejected"):
        # The new extractor loses a required field: keep the stored version, report it.
        return "now_rejected"
    row = result.get("row")
    if row is None:
        # a normalisation step raised in the worker: raise it here, as without a pool
        new = ItemAdapter(normalize_item(ArticleItem(**result["item"]))).asdict()
        row = article_row(new)
        if row is None:
            return "now_rejected"
    if row["content_hash"] == existing["content_hash"]:
        changed_raw = {k: v for k, v in row.items() if existing.get(k) != v}
        if not changed_raw:
            return UNCHANGED
        if not dry_run:
            db.table("articles").update(existing["id"], changed_raw)
        return "raw_updated"
    for name in CONTENT_COLUMNS:
        if existing[name] != row[name]:
            fields[name] += 1
    if dry_run:
        return UPDATED
    row.update(last_run_id=run_id)
    writer.new_version(existing, row, _now(), prepared=result.get("archive"))
    return UPDATED
