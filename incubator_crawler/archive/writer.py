"""Write crawl results into the archive in batched transactions."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from .. import __version__
from .migrations import CONTENT_COLUMNS, RAW_COLUMNS
from .queries import run_coverage
from .reprints import fingerprint_article
from .search_index import encode_bigrams, encode_text

#: Body characters indexed for search: a runaway page (a whole site in one body) would
#: otherwise make the character-pair index grow by hundreds of MB. Text past it is stored
#: but not searchable.
INDEX_BODY_CHARS = 200_000

#: Outcome of storing one article.
NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


def content_hash(article: Mapping[str, Any]) -> str:
    """SHA-256 over the normalised content columns; equal hashes mean an unchanged article."""
    payload = json.dumps([article.get(name) for name in CONTENT_COLUMNS], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class ArchiveWriter:
    """Buffers articles, rejects and errors, and writes them one transaction per batch.

    A crash or a kill loses at most the batch in flight: every committed batch is
    complete, and SQLite's WAL journal keeps the file consistent.
    """

    def __init__(self, db: Database, *, batch_size: int = 50):
        self.db = db
        self.batch_size = batch_size
        self.run_id: int | None = None
        self._pending: list[tuple[str, dict[str, Any]]] = []
        self.counts = {
            NEW: 0,
            UPDATED: 0,
            UNCHANGED: 0,
            "rejected": 0,
            "http_errors": 0,
            "removed": 0,
        }

    # -- runs ---------------------------------------------------------------
    def start_run(
        self, site: str, *, base_url: str | None = None, mode: str = "incremental"
    ) -> int:
        """Insert the ``crawl_runs`` row for a run that starts now and return its id."""
        with self.db.atomic():
            close_interrupted_runs(self.db, site)
            table = self.db.table("crawl_runs")
            table.insert(
                {
                    "site": site,
                    "base_url": base_url,
                    "mode": mode,
                    "started_at": _now(),
                    "finish_reason": "running",
                    "tool_version": __version__,
                }
            )
            self.run_id = table.last_pk
        return self.run_id

    def finish_run(self, reason: str, stats: Mapping[str, Any]) -> None:
        """Flush what is pending and complete the run row with counts and Scrapy stats."""
        self.flush()
        if self.run_id is None:
            return
        row = self.db.table("crawl_runs").get(self.run_id)
        finished = datetime.now().astimezone()
        started = datetime.fromisoformat(row["started_at"])
        clean_stats = {k: _jsonable(v) for k, v in sorted(stats.items())}
        with self.db.atomic():
            self.db.table("crawl_runs").update(
                self.run_id,
                {
                    "finished_at": finished.isoformat(timespec="seconds"),
                    "finish_reason": reason,
                    "duration_s": round((finished - started).total_seconds(), 3),
                    "pages_fetched": stats.get("downloader/response_count", 0),
                    "listing_pages": stats.get("incubator/listing_pages", 0),
                    "article_pages": stats.get("incubator/article_pages", 0),
                    "new": self.counts[NEW],
                    "updated": self.counts[UPDATED],
                    "unchanged": self.counts[UNCHANGED],
                    "rejected": self.counts["rejected"],
                    "http_errors": self.counts["http_errors"],
                    "removed": self.counts["removed"],
                    "coverage": json.dumps(run_coverage(self.db, self.run_id)),
                    "stats": json.dumps(clean_stats, ensure_ascii=False),
                },
            )

    # -- buffered writes ------------------------------------------------------
    def add_article(self, article: Mapping[str, Any]) -> None:
        """Queue a normalised article (an ArticleItem as a dict) for the next batch."""
        self._queue("article", dict(article))

    def add_reject(self, article: Mapping[str, Any], reason: str) -> None:
        """Queue an item that failed validation, with the reason, so it is never silently lost."""
        self._queue("reject", {"item": dict(article), "reason": reason})

    def add_fetch_error(self, site: str, url: str, status: int | None, error: str) -> None:
        """Queue a page that could not be fetched (HTTP error status or network failure)."""
        self._queue("error", {"site": site, "url": url, "status": status, "error": error})

    def add_removed(self, url: str, status: int) -> None:
        """Queue a stored article whose page now answers 404/410: it is marked removed, not deleted."""
        self._queue("removed", {"url": url, "status": status})

    def _queue(self, kind: str, payload: dict[str, Any]) -> None:
        self._pending.append((kind, payload))
        if len(self._pending) >= self.batch_size:
            self.flush()

    def flush(self) -> dict[str, int]:
        """Write every queued record in one transaction; returns the outcome counts of the batch."""
        batch, self._pending = self._pending, []
        outcomes: dict[str, int] = {}
        if not batch:
            return outcomes
        with self.db.atomic():
            for kind, payload in batch:
                if kind == "article":
                    outcome = self._store_article(payload)
                elif kind == "reject":
                    outcome = self._store_reject(payload["item"], payload["reason"])
                elif kind == "removed":
                    outcome = self._mark_removed(payload["url"])
                else:
                    outcome = self._store_error(payload)
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
        for outcome, n in outcomes.items():
            self.counts[outcome] = self.counts.get(outcome, 0) + n
        return outcomes

    # -- single records (inside the batch transaction) --------------------------
    def _store_page(
        self, page: Mapping[str, Any] | None, url: str, fetched_at: str | None
    ) -> str | None:
        if not page or page.get("body") is None:
            return None
        body: bytes = page["body"]
        sha = hashlib.sha256(body).hexdigest()
        self.db.execute(
            "INSERT OR IGNORE INTO pages (sha256, url, status, headers, encoding, size, body_zlib,"
            " fetched_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                sha,
                url,
                page.get("status"),
                json.dumps(page.get("headers") or {}, ensure_ascii=False),
                page.get("encoding"),
                len(body),
                zlib.compress(body, 6),
                fetched_at,
                self.run_id,
            ],
        )
        return sha

    def _store_article(self, item: dict[str, Any]) -> str:
        now = item.get("fetched_at") or _now()
        sha = self._store_page(item.get("page"), item["url"], now)
        row = {name: item.get(name) for name in ("url", "site", *CONTENT_COLUMNS, *RAW_COLUMNS)}
        row["images"] = json.dumps(item.get("images") or [], ensure_ascii=False)
        row["extraction"] = json.dumps(item.get("extraction") or {}, ensure_ascii=False)
        row["content_hash"] = content_hash(item)
        row["page_sha256"] = sha
        row["fetched_at"] = now
        row["last_seen_at"] = now
        row["last_run_id"] = self.run_id
        self._store_attachments(item, now)
        existing = next(self.db.query("SELECT * FROM articles WHERE url = ?", [item["url"]]), None)
        articles = self.db.table("articles")
        if existing is None:
            row.update(version=1, first_seen_at=now, updated_at=now, first_run_id=self.run_id)
            articles.insert(row)
            self._index(articles.last_pk, row)
            fingerprint_article(self.db, articles.last_pk, row.get("body"))
            return NEW
        if existing["content_hash"] == row["content_hash"]:
            # Same content: note that we saw it, keep the newest raw bytes for reprocessing.
            articles.update(
                existing["id"],
                {
                    "last_seen_at": now,
                    "last_run_id": self.run_id,
                    "page_sha256": sha or existing["page_sha256"],
                    "removed_at": None,
                },
            )
            return UNCHANGED
        version_row = {
            name: existing[name]
            for name in ("url", "site", *CONTENT_COLUMNS, *RAW_COLUMNS)
            + ("images", "extraction", "content_hash", "page_sha256", "fetched_at", "version")
        }
        version_row.update(
            article_id=existing["id"], replaced_at=now, replaced_by_run_id=self.run_id
        )
        self.db.table("article_versions").insert(version_row)
        self._unindex(existing["id"], existing)
        row.update(version=existing["version"] + 1, updated_at=now, removed_at=None)
        articles.update(existing["id"], row)
        self._index(existing["id"], row)
        if row.get("body") != existing["body"]:
            fingerprint_article(self.db, existing["id"], row.get("body"))
        return UPDATED

    def _index(self, rowid: int, row: Mapping[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO articles_search (rowid, title, body) VALUES (?, ?, ?)",
            [rowid, encode_text(row.get("title")), encode_text(_indexed_body(row))],
        )
        self.db.execute(
            "INSERT INTO articles_search2 (rowid, title, body) VALUES (?, ?, ?)",
            [rowid, encode_bigrams(row.get("title")), encode_bigrams(_indexed_body(row))],
        )

    def _unindex(self, rowid: int, row: Mapping[str, Any]) -> None:
        # A contentless FTS5 table deletes a row given the exact values it indexed.
        self.db.execute(
            "INSERT INTO articles_search (articles_search, rowid, title, body)"
            " VALUES ('delete', ?, ?, ?)",
            [rowid, encode_text(row.get("title")), encode_text(_indexed_body(row))],
        )
        self.db.execute(
            "INSERT INTO articles_search2 (articles_search2, rowid, title, body)"
            " VALUES ('delete', ?, ?, ?)",
            [rowid, encode_bigrams(row.get("title")), encode_bigrams(_indexed_body(row))],
        )

    def _store_reject(self, item: dict[str, Any], reason: str) -> str:
        now = item.get("fetched_at") or _now()
        sha = self._store_page(item.get("page"), item.get("url") or "", now)
        kept = {k: _jsonable(v) for k, v in item.items() if k != "page"}
        self.db.table("rejects").insert(
            {
                "run_id": self.run_id,
                "site": item.get("site"),
                "url": item.get("url"),
                "reason": reason,
                "fetched_at": now,
                "page_sha256": sha,
                "item": json.dumps(kept, ensure_ascii=False),
            }
        )
        return "rejected"

    def _mark_removed(self, url: str) -> str:
        cursor = self.db.execute(
            "UPDATE articles SET removed_at = ?, last_run_id = ? WHERE url = ? AND removed_at IS NULL",
            [_now(), self.run_id, url],
        )
        # A URL that was never stored (a known 404) or is already marked changes nothing.
        return "removed" if cursor.rowcount else "removed_again"

    def _store_attachments(self, item: dict[str, Any], now: str) -> None:
        """Link the article to its attachment files (stored once per content hash)."""
        for attachment in item.get("attachments") or []:
            sha = attachment.get("sha256")
            if sha:
                self.db.execute(
                    "INSERT OR IGNORE INTO attachments (sha256, size, content_type, path, first_url,"
                    " first_seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        sha,
                        attachment.get("size"),
                        attachment.get("content_type"),
                        attachment.get("path"),
                        attachment["url"],
                        now,
                    ],
                )
            self.db.execute(
                "INSERT INTO article_attachments (article_url, url, name, sha256, error, run_id)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_url, url) DO UPDATE SET"
                " name = excluded.name, sha256 = excluded.sha256, error = excluded.error,"
                " run_id = excluded.run_id",
                [
                    item["url"],
                    attachment["url"],
                    attachment.get("name"),
                    sha,
                    attachment.get("error"),
                    self.run_id,
                ],
            )

    def _store_error(self, payload: dict[str, Any]) -> str:
        self.db.table("fetch_errors").insert({"run_id": self.run_id, "at": _now(), **payload})
        return "http_errors"


#: finish_reason of a run that was killed or crashed before it could record its end.
INTERRUPTED = "interrupted"


def close_interrupted_runs(db: Database, site: str) -> list[int]:
    """Mark ``site``'s runs still ``running`` as interrupted, with counts from what they committed.

    Called when a new run of the site starts: the caller holds the archive lock, so a run
    still ``running`` then is one whose process died (kill -9, OOM, power cut).
    """
    ids = [
        row[0]
        for row in db.execute(
            "SELECT id FROM crawl_runs WHERE site = ? AND finish_reason = 'running'", [site]
        )
    ]
    for run_id in ids:
        counts = {
            "new": "SELECT count(*) FROM articles WHERE first_run_id = :id",
            "updated": "SELECT count(*) FROM article_versions WHERE replaced_by_run_id = :id",
            "unchanged": "SELECT count(*) FROM articles WHERE last_run_id = :id"
            " AND first_run_id <> :id AND id NOT IN"
            " (SELECT article_id FROM article_versions WHERE replaced_by_run_id = :id)",
            "rejected": "SELECT count(*) FROM rejects WHERE run_id = :id",
            "http_errors": "SELECT count(*) FROM fetch_errors WHERE run_id = :id",
        }
        row = {name: db.execute(sql, {"id": run_id}).fetchone()[0] for name, sql in counts.items()}
        row["article_pages"] = row["new"] + row["updated"] + row["unchanged"] + row["rejected"]
        # the last thing it committed is as close to its end as the archive knows
        last = db.execute(
            "SELECT max(at) FROM (SELECT max(last_seen_at) AS at FROM articles WHERE last_run_id = :id"
            " UNION ALL SELECT max(fetched_at) FROM rejects WHERE run_id = :id"
            " UNION ALL SELECT max(at) FROM fetch_errors WHERE run_id = :id)",
            {"id": run_id},
        ).fetchone()[0]
        row.update(finish_reason=INTERRUPTED, finished_at=last)
        row["coverage"] = json.dumps(run_coverage(db, run_id))
        db.table("crawl_runs").update(run_id, row)
    return ids


def _indexed_body(row: Mapping[str, Any]) -> str | None:
    """The part of an article's body that goes into the search indexes."""
    body = row.get("body")
    return body[:INDEX_BODY_CHARS] if body else body


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, (str, int, float, bool, type(None), list, dict)):
        return value
    return str(value)
