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
import zlib
from collections import Counter
from datetime import datetime
from typing import Any

from itemadapter import ItemAdapter
from sqlite_utils import Database

from ..archive.migrations import CONTENT_COLUMNS, RAW_COLUMNS
from ..archive.writer import UNCHANGED, UPDATED, ArchiveWriter, content_hash
from ..crawl.pipelines import normalize_item
from ..crawl.pipelines.require_fields import missing_fields
from ..crawl.process import extract_page
from ..sites import all_sites


def site_config(site: str) -> dict[str, Any]:
    """The site's ``SITE`` data (name, hints) from the sites registry; {} for a generic-mode site."""
    return dict(all_sites().get(site, {}))


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def reprocess(
    db: Database, *, site: str | None = None, batch_size: int = 200, dry_run: bool = False
) -> dict[str, Any]:
    """Re-extract every stored article of ``site`` (all sites when None) from its raw page.

    Returns counts: ``articles, changed, unchanged, raw_updated, no_page, now_rejected`` and
    ``fields`` (how many articles changed in each content field).
    """
    writer = ArchiveWriter(db)
    run_id = None if dry_run else writer.start_run(site or "*", mode="reprocess")
    counts: Counter = Counter()
    fields: Counter = Counter()
    configs: dict[str, dict[str, Any]] = {}
    where, params = ("WHERE site = ?", [site]) if site else ("", [])
    ids = [row[0] for row in db.execute(f"SELECT id FROM articles {where} ORDER BY id", params)]
    for start in range(0, len(ids), batch_size):
        with db.atomic():
            for article_id in ids[start : start + batch_size]:
                outcome = _reprocess_one(db, writer, article_id, run_id, configs, fields, dry_run)
                counts[outcome] += 1
    counts["articles"] = len(ids)
    result = {
        "run_id": run_id,
        "site": site,
        "articles": len(ids),
        "changed": counts[UPDATED],
        "unchanged": counts[UNCHANGED],
        "raw_updated": counts["raw_updated"],
        "no_page": counts["no_page"],
        "now_rejected": counts["now_rejected"],
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


def _reprocess_one(
    db: Database,
    writer: ArchiveWriter,
    article_id: int,
    run_id: int | None,
    configs: dict[str, dict[str, Any]],
    fields: Counter,
    dry_run: bool,
) -> str:
    existing = next(db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
    page = None
    if existing["page_sha256"]:
        page = next(
            db.query("SELECT * FROM pages WHERE sha256 = ?", [existing["page_sha256"]]), None
        )
    if page is None or page["body_zlib"] is None:
        return "no_page"
    body = zlib.decompress(page["body_zlib"])
    config = configs.setdefault(existing["site"], site_config(existing["site"]))
    fetched = page["fetched_at"] or existing["fetched_at"]
    item = extract_page(
        body,
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
    new = ItemAdapter(normalize_item(item)).asdict()
    if missing_fields({"url": new.get("url"), "title": new.get("title"), "body": new.get("body")}):
        # The new extractor loses a required field: keep the stored version, report it.
        return "now_rejected"
    row = {name: new.get(name) for name in (*CONTENT_COLUMNS, *RAW_COLUMNS)}
    row["images"] = json.dumps(new.get("images") or [], ensure_ascii=False)
    row["extraction"] = json.dumps(new.get("extraction") or {}, ensure_ascii=False)
    row["content_hash"] = content_hash(new)
    if row["content_hash"] == existing["content_hash"]:
        changed_raw = {k: v for k, v in row.items() if existing.get(k) != v}
        if not changed_raw:
            return UNCHANGED
        if not dry_run:
            db.table("articles").update(article_id, changed_raw)
        return "raw_updated"
    for name in CONTENT_COLUMNS:
        if existing[name] != row[name]:
            fields[name] += 1
    if dry_run:
        return UPDATED
    row.update(last_run_id=run_id)
    writer.new_version(existing, row, _now())
    return UPDATED
