"""reprocess's work for a chunk of articles: read them, re-extract them, say what to write.

A pool worker (``crawl/pool.py``) runs :func:`reprocess_chunk` on a chunk of article ids. It
reads the articles and their stored pages itself, through its own read-only connection to the
archive (WAL lets it read while the parent writes), decompresses the page, extracts and
normalises it and compares the new row with the stored one. So the parent sends only ids and
receives only an outcome per article (mostly "unchanged"); it has nothing left to do but write.
``reprocess --workers 0`` calls :func:`chunk_outcomes` on its own connection instead.

An outcome is a tuple whose first item is its kind:

- ``("no_page",)``: no page bytes stored for the article;
- ``("failed", error)``: extraction raised (``"Type: message"``);
- ``("now_rejected",)``: a required field is lost (the stored version is kept);
- ``(UNCHANGED,)``: every recomputed column equals the stored one;
- ``("raw_updated", columns)``: same content, some raw strings differ (``columns``: the new ones);
- ``(UPDATED, row, prepared, fields)``: a new version; ``prepared`` for the writer
  (search strings, old ones included, and the reprint fingerprint), ``fields`` the content
  columns that changed;
- ``("renormalise", item)``: a normalisation step raised; the parent runs it again, so the error
  is raised there as without a pool.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

from ..archive.migrations import CONTENT_COLUMNS, RAW_COLUMNS
from ..archive.writer import UNCHANGED, UPDATED, content_hash, prepare_article, search_tokens
from ..crawl.pipelines import normalize_item
from ..crawl.pipelines.require_fields import missing_fields
from ..crawl.pool import item_values, without_page_body
from ..crawl.process import extract_page
from ..sites import all_sites

#: The ``articles`` columns re-extraction recomputes.
ROW_COLUMNS = (*CONTENT_COLUMNS, *RAW_COLUMNS, "images", "extraction", "content_hash")
#: What the worker reads of an article: the extraction's inputs and the columns it compares.
_READ_COLUMNS = (
    "id",
    "url",
    "site",
    "list_title",
    "list_date_raw",
    "fetched_at",
    "page_sha256",
    *ROW_COLUMNS,
)

#: This worker's read-only connection per archive path (kept open between chunks).
_connections: dict[str, sqlite3.Connection] = {}
#: Each site's ``SITE`` data, read once per process.
_configs: dict[str, dict[str, Any]] = {}


def chunk_job(path: str, ids: list[int]) -> dict[str, Any]:
    """The pool job for a chunk of articles of the archive at ``path``."""
    return {"db": path, "ids": ids}


def reprocess_chunk(job: dict[str, Any]) -> list[tuple]:
    """A :func:`chunk_job`'s outcomes, one per id in order; run in a pool worker."""
    conn = _connections.get(job["db"])
    if conn is None:
        conn = _connections[job["db"]] = _open_readonly(job["db"])
    return chunk_outcomes(conn, job["ids"])


def _open_readonly(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def site_config(site: str) -> dict[str, Any]:
    """The site's ``SITE`` data (name, hints) from the sites registry; {} for a generic-mode site."""
    if site not in _configs:
        _configs[site] = dict(all_sites().get(site, {}))
    return _configs[site]


def chunk_outcomes(conn: sqlite3.Connection, ids: list[int]) -> list[tuple]:
    """Re-extract the articles ``ids`` read through ``conn``; their outcomes, in order."""
    marks = ",".join("?" * len(ids))
    cursor = conn.execute(
        "SELECT {} FROM articles WHERE id IN ({})".format(
            ", ".join(f"[{c}]" for c in _READ_COLUMNS), marks
        ),
        ids,
    )
    rows = {row[0]: dict(zip(_READ_COLUMNS, row, strict=True)) for row in cursor.fetchall()}
    shas = sorted({r["page_sha256"] for r in rows.values() if r["page_sha256"]})
    marks = ",".join("?" * len(shas))
    pages = {
        p[0]: p
        for p in conn.execute(
            "SELECT sha256, status, headers, body_zlib, fetched_at FROM pages"
            f" WHERE sha256 IN ({marks})",
            shas,
        ).fetchall()
    }
    return [_outcome(rows[i], pages.get(rows[i]["page_sha256"])) for i in ids]


def _outcome(known: dict[str, Any], page: tuple | None) -> tuple:
    if page is None or page[3] is None:
        return ("no_page",)
    _sha, status, headers, body_zlib, page_fetched = page
    config = site_config(known["site"])
    fetched = page_fetched or known["fetched_at"]
    try:
        item = extract_page(
            zlib.decompress(body_zlib),
            known["url"],
            status=status or 200,
            headers=json.loads(headers or "{}"),
            site=known["site"],
            site_name=config.get("name"),
            hints=config.get("hints") or None,
            list_title=known["list_title"],
            list_date_raw=known["list_date_raw"],
            fetched_at=datetime.fromisoformat(fetched) if fetched else None,
        )
    except Exception as exc:  # noqa: BLE001 - the parent counts and logs it
        return ("failed", f"{type(exc).__name__}: {exc}")
    raw = item_values(item)
    try:
        normalize_item(item)
    except Exception:  # noqa: BLE001 - raised again in the parent, as without a pool
        return ("renormalise", without_page_body(raw))
    row = article_row(item_values(item))
    if row is None:
        return ("now_rejected",)
    return compare(known, row, worker=True)


def compare(known: dict[str, Any], row: dict[str, Any], *, worker: bool = False) -> tuple:
    """The outcome of replacing the stored ``known`` columns with the new ``row``.

    With ``worker``, an :data:`UPDATED` outcome carries the writer's prepared values (search
    strings, the stored version's too, and the fingerprint), so the parent does not compute them.
    """
    if all(known.get(k) == v for k, v in row.items()):
        return (UNCHANGED,)
    if row["content_hash"] == known["content_hash"]:
        return ("raw_updated", {k: v for k, v in row.items() if known.get(k) != v})
    prepared = None
    if worker:
        prepared = prepare_article(row)
        # what the stored version was indexed with, for its removal from the index
        prepared["old_search"] = search_tokens(known)
    changed = tuple(name for name in CONTENT_COLUMNS if known[name] != row[name])
    return (UPDATED, row, prepared, changed)


def article_row(new: dict[str, Any]) -> dict[str, Any] | None:
    """The ``articles`` values of a re-extracted, normalised item (None: it would be rejected)."""
    if missing_fields({"url": new.get("url"), "title": new.get("title"), "body": new.get("body")}):
        return None
    row = {name: new.get(name) for name in (*CONTENT_COLUMNS, *RAW_COLUMNS)}
    row["images"] = json.dumps(new.get("images") or [], ensure_ascii=False)
    row["extraction"] = json.dumps(new.get("extraction") or {}, ensure_ascii=False)
    row["content_hash"] = content_hash(new)
    return row
