"""Write crawl results into the archive in batched transactions."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from .. import __version__
from .db import write_transaction
from .failures import ArchiveWriteError, classify
from .migrations import CONTENT_COLUMNS, RAW_COLUMNS
from .minhash import BodyPrint, body_print
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


def search_tokens(row: Mapping[str, Any]) -> tuple[str, str, str, str]:
    """The strings the two search tables index for an article: title and body, by character and by pair."""
    body = _indexed_body(row)
    title = row.get("title")
    return encode_text(title), encode_text(body), encode_bigrams(title), encode_bigrams(body)


def prepare_article(article: Mapping[str, Any]) -> dict[str, Any]:
    """What storing a normalised article needs that does not touch the archive, computed once.

    The crawl's extraction workers call it off the reactor thread and hand the result to
    :meth:`ArchiveWriter.add_article`: content hash, page sha256 and zlib bytes, the search
    index strings and the reprint fingerprint. Plain picklable data.
    """
    prepared: dict[str, Any] = {
        "content_hash": content_hash(article),
        "search": search_tokens(article),
        "print": body_print(article.get("body")),
    }
    page = article.get("page") or {}
    if page.get("body") is not None:
        prepared.update(_page_digest(page["body"]))
    return prepared


def _page_digest(body: bytes) -> dict[str, Any]:
    return {
        "page_sha256": hashlib.sha256(body).hexdigest(),
        "page_zlib": zlib.compress(body, 6),
        "page_size": len(body),
    }


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
        with _failing_as_write_error(), write_transaction(self.db):
            close_interrupted_runs(self.db, site)
            table = self.db.table("crawl_runs")
            table.insert(
                {
                    "site": site,
                    "base_url": base_url,
                    "mode": mode,
                    "started_at": _now(),
                    "finish_reason": RUNNING,
                    "tool_version": __version__,
                }
            )
            self.run_id = table.last_pk
        return self.run_id

    def finish_run(self, reason: str, stats: Mapping[str, Any]) -> None:
        """Flush what is pending and complete the run row with counts and Scrapy stats.

        When the last batch fails, the run row is still completed (with the batch's pages
        added to ``incubator/archive/write_failed``) unless the failure would repeat, and the
        batch's ArchiveWriteError is raised after it.
        """
        failed = None
        try:
            self.flush()
        except ArchiveWriteError as exc:
            if exc.failure.repeats:
                raise  # the run row would fail the same way
            failed = exc
            key = "incubator/archive/write_failed"
            stats = {**stats, key: stats.get(key, 0) + len(exc.urls)}
        if self.run_id is None:
            if failed is not None:
                raise failed
            return
        row = self.db.table("crawl_runs").get(self.run_id)
        finished = datetime.now().astimezone()
        started = datetime.fromisoformat(row["started_at"])
        clean_stats = {k: _jsonable(v) for k, v in sorted(stats.items())}
        with _failing_as_write_error(), write_transaction(self.db):
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
        if failed is not None:
            raise failed

    # -- buffered writes ------------------------------------------------------
    def add_article(
        self, article: Mapping[str, Any], prepared: Mapping[str, Any] | None = None
    ) -> None:
        """Queue a normalised article (an ArticleItem as a dict) for the next batch.

        ``prepared`` is :func:`prepare_article` of the same article, computed elsewhere; it is
        used only when its content hash still matches the article's.
        """
        self._queue("article", {"item": dict(article), "prepared": prepared})

    def add_reject(
        self, article: Mapping[str, Any], reason: str, prepared: Mapping[str, Any] | None = None
    ) -> None:
        """Queue an item that failed validation, with the reason, so it is never silently lost."""
        self._queue("reject", {"item": dict(article), "reason": reason, "prepared": prepared})

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
        try:
            with write_transaction(self.db):
                for segment in _segments(batch):
                    for outcome in self._write(segment):
                        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        except Exception as exc:
            # The transaction rolled back: nothing of the batch is stored. Name its pages, so
            # the caller can count and report them instead of only logging an exception.
            raise ArchiveWriteError(classify(exc), _batch_urls(batch), exc) from exc
        for outcome, n in outcomes.items():
            self.counts[outcome] = self.counts.get(outcome, 0) + n
        return outcomes

    # -- one segment of a batch (inside the batch transaction) -----------------------
    def _write(self, segment: list[tuple[str, dict[str, Any]]]) -> list[str]:
        """Write records whose URLs are all different, with a few statements per kind.

        The effect is that of writing them one by one in order: pages are inserted in order
        (the first URL of a page's bytes is kept), new articles get their ids in order, and
        reprints are linked in order, since each link reads the articles linked before it.
        """
        articles = [self._article_row(p) for kind, p in segment if kind == "article"]
        self._store_pages(segment)
        existing = self._existing([row["url"] for row, _item, _pre in articles])
        fresh = [a for a in articles if a[0]["url"] not in existing]
        ids = self._insert_articles([(row, pre) for row, _item, pre in fresh])
        self._index_many([(ids[row["url"]], _tokens(row, pre)) for row, _item, pre in fresh])
        seen = []
        versioned = []
        outcomes = []
        for row, item, pre in articles:
            self._store_attachments(item, row["fetched_at"])
            old = existing.get(row["url"])
            if old is None:
                fingerprint_article(
                    self.db, ids[row["url"]], row.get("body"), _print(pre, row), fresh=True
                )
                outcomes.append(NEW)
            elif old["content_hash"] == row["content_hash"]:
                seen.append((row, old))
                outcomes.append(UNCHANGED)
            else:
                row["removed_at"] = None
                # In order, with the new articles: each reprint link reads the ones before it.
                versioned.append(self._store_version(old, row, row["fetched_at"], pre))
                outcomes.append(UPDATED)
        # The search index of the whole segment's versions at once (see new_versions).
        self._reindex(versioned)
        self.db.conn.executemany(
            "UPDATE articles SET last_seen_at = ?, last_run_id = ?, page_sha256 = ?,"
            " removed_at = NULL WHERE id = ?",
            [
                (
                    row["last_seen_at"],
                    self.run_id,
                    row["page_sha256"] or old["page_sha256"],
                    old["id"],
                )
                for row, old in seen
            ],
        )
        outcomes += self._store_rejects([p for kind, p in segment if kind == "reject"])
        outcomes += self._store_errors([p for kind, p in segment if kind == "error"])
        outcomes += [self._mark_removed(p["url"]) for kind, p in segment if kind == "removed"]
        return outcomes

    def _article_row(
        self, payload: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any], Mapping[str, Any] | None]:
        """The ``articles`` row of a queued article, its item, and its still-valid prepared values."""
        item = payload["item"]
        now = item.get("fetched_at") or _now()
        row = {name: item.get(name) for name in ("url", "site", *CONTENT_COLUMNS, *RAW_COLUMNS)}
        row["images"] = json.dumps(item.get("images") or [], ensure_ascii=False)
        row["extraction"] = json.dumps(item.get("extraction") or {}, ensure_ascii=False)
        row["content_hash"] = content_hash(item)
        pre = payload.get("prepared")
        if pre is not None and pre.get("content_hash") != row["content_hash"]:
            pre = None  # changed after it was prepared: compute everything here
        payload["prepared"] = pre
        row["page_sha256"] = _page_sha(item, pre)
        row["fetched_at"] = now
        row["last_seen_at"] = now
        row["last_run_id"] = self.run_id
        return row, item, pre

    def _store_pages(self, segment: list[tuple[str, dict[str, Any]]]) -> None:
        """``INSERT OR IGNORE`` the raw page of every article and reject, in batch order."""
        rows = []
        for kind, payload in segment:
            if kind not in ("article", "reject"):
                continue
            item = payload["item"]
            page = item.get("page")
            if not page or page.get("body") is None:
                continue
            digest = _digest(page["body"], payload.get("prepared"))
            rows.append(
                (
                    digest["page_sha256"],
                    item.get("url") or "",
                    page.get("status"),
                    json.dumps(page.get("headers") or {}, ensure_ascii=False),
                    page.get("encoding"),
                    digest["page_size"],
                    digest["page_zlib"],
                    item.get("fetched_at") or _now(),
                    self.run_id,
                )
            )
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO pages (sha256, url, status, headers, encoding, size, body_zlib,"
            " fetched_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _existing(self, urls: list[str]) -> dict[str, dict[str, Any]]:
        """The stored rows of these URLs, by URL: one SELECT per 500 URLs."""
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(urls), _IN_CHUNK):
            chunk = urls[start : start + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT * FROM articles WHERE url IN ({marks})", chunk):
                found[row["url"]] = row
        return found

    def _insert_articles(
        self, fresh: list[tuple[dict[str, Any], Mapping[str, Any] | None]]
    ) -> dict[str, int]:
        """Insert new article rows (version 1, fingerprint set) with one executemany; ids by URL."""
        if not fresh:
            return {}
        for row, pre in fresh:
            now = row["fetched_at"]
            row.update(version=1, first_seen_at=now, updated_at=now, first_run_id=self.run_id)
            _print(pre, row)
        columns = [c for c in fresh[0][0] if c != "_print"]
        sql = "INSERT INTO articles ({}, fingerprint) VALUES ({}, ?)".format(
            ", ".join(f"[{c}]" for c in columns), ", ".join("?" * len(columns))
        )
        self.db.conn.executemany(
            sql, [[row[c] for c in columns] + [row["_print"].packed] for row, _pre in fresh]
        )
        urls = [row["url"] for row, _pre in fresh]
        marks = ",".join("?" * len(urls))
        return dict(self.db.execute(f"SELECT url, id FROM articles WHERE url IN ({marks})", urls))

    def _index_many(self, tokens: list[tuple[int, tuple[str, ...]]]) -> None:
        """Add (rowid, :func:`search_tokens`) pairs to both search tables, one executemany each."""
        self.db.conn.executemany(
            "INSERT INTO articles_search (rowid, title, body) VALUES (?, ?, ?)",
            [(rowid, t[0], t[1]) for rowid, t in tokens],
        )
        self.db.conn.executemany(
            "INSERT INTO articles_search2 (rowid, title, body) VALUES (?, ?, ?)",
            [(rowid, t[2], t[3]) for rowid, t in tokens],
        )

    # -- public: versions and the search index (the crawl and ``reprocess``) ------------
    def new_version(
        self,
        existing: Mapping[str, Any],
        row: dict[str, Any],
        now: str,
        *,
        prepared: Mapping[str, Any] | None = None,
    ) -> None:
        """Store ``row`` as the next version of the stored article ``existing``.

        The stored content goes to ``article_versions``; the article row is updated with
        ``row`` plus ``version`` and ``updated_at``; the search index follows, and the reprint
        fingerprint when the body changed. Call it inside a transaction.
        """
        self.new_versions([(existing, row, prepared)], now)

    def new_versions(
        self,
        entries: list[tuple[Mapping[str, Any], dict[str, Any], Mapping[str, Any] | None]],
        now: str,
    ) -> None:
        """:meth:`new_version` for each ``(existing, row, prepared)``, the search index last.

        Same effect as one by one, but the search tables are written after every row: an
        FTS5 table keeps its pending writes in memory until the next statement that needs a
        statement journal (an UPDATE checked by foreign keys), which writes them out as a
        segment of their own, so interleaving cost ~1 ms per article.
        """
        self._reindex([self._store_version(e, row, now, p) for e, row, p in entries])

    def _store_version(
        self,
        existing: Mapping[str, Any],
        row: dict[str, Any],
        now: str,
        prepared: Mapping[str, Any] | None,
    ) -> tuple[Mapping[str, Any], dict[str, Any], Mapping[str, Any] | None]:
        """One version's rows and reprint link, without the search index; what to reindex."""
        version_row = {name: existing[name] for name in _VERSIONED}
        version_row.update(
            article_id=existing["id"], replaced_at=now, replaced_by_run_id=self.run_id
        )
        # Plain SQL: sqlite-utils' insert/update read the table's schema on every call.
        self.db.execute(
            "INSERT INTO article_versions ({}) VALUES ({})".format(
                ", ".join(f"[{c}]" for c in version_row), ", ".join("?" * len(version_row))
            ),
            list(version_row.values()),
        )
        row = {k: v for k, v in row.items() if k != "_print"}
        row.update(version=existing["version"] + 1, updated_at=now)
        self.db.execute(
            "UPDATE articles SET {} WHERE id = ?".format(", ".join(f"[{c}] = ?" for c in row)),
            [*row.values(), existing["id"]],
        )
        if row.get("body") != existing["body"]:
            fingerprint_article(self.db, existing["id"], row.get("body"), _print(prepared, row))
        return existing, row, prepared

    def _reindex(
        self, versioned: list[tuple[Mapping[str, Any], dict[str, Any], Mapping[str, Any] | None]]
    ) -> None:
        """Swap each versioned article's old search entries for its new ones, all at once.

        An article whose indexed strings did not change (a new author or date, the same title
        and body) is left as it is: deleting and adding the same tokens is most of what a new
        version costs the writer (FTS5 work, 84% of reprocess's writing process by callgrind).
        """
        swapped = []
        for existing, row, prepared in versioned:
            old_tokens = prepared.get("old_search") if prepared is not None else None
            old_tokens = tuple(old_tokens or search_tokens(existing))
            new_tokens = tuple(_tokens(row, prepared))
            if old_tokens == new_tokens:
                continue
            self.unindex_article(existing["id"], existing, tokens=old_tokens)
            swapped.append((existing["id"], new_tokens))
        self._index_many(swapped)

    def index_article(
        self, rowid: int, row: Mapping[str, Any], *, prepared: Mapping[str, Any] | None = None
    ) -> None:
        """Add an article's title and body to both search tables."""
        self._index_many([(rowid, _tokens(row, prepared))])

    def unindex_article(
        self, rowid: int, row: Mapping[str, Any], *, tokens: tuple[str, ...] | None = None
    ) -> None:
        """Remove an article from both search tables, given the values it was indexed with.

        ``tokens`` is :func:`search_tokens` of ``row`` when it was computed elsewhere.
        """
        # A contentless FTS5 table deletes a row given the exact values it indexed.
        title, body, title2, body2 = tokens or search_tokens(row)
        self.db.execute(
            "INSERT INTO articles_search (articles_search, rowid, title, body)"
            " VALUES ('delete', ?, ?, ?)",
            [rowid, title, body],
        )
        self.db.execute(
            "INSERT INTO articles_search2 (articles_search2, rowid, title, body)"
            " VALUES ('delete', ?, ?, ?)",
            [rowid, title2, body2],
        )

    def _store_rejects(self, payloads: list[dict[str, Any]]) -> list[str]:
        rows = []
        for payload in payloads:
            item = payload["item"]
            kept = {k: _jsonable(v) for k, v in item.items() if k != "page"}
            rows.append(
                (
                    self.run_id,
                    item.get("site"),
                    item.get("url"),
                    payload["reason"],
                    item.get("fetched_at") or _now(),
                    _page_sha(item, payload.get("prepared")),
                    json.dumps(kept, ensure_ascii=False),
                )
            )
        self.db.conn.executemany(
            "INSERT INTO rejects (run_id, site, url, reason, fetched_at, page_sha256, item)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return ["rejected"] * len(rows)

    def _store_errors(self, payloads: list[dict[str, Any]]) -> list[str]:
        now = _now()
        self.db.conn.executemany(
            "INSERT INTO fetch_errors (run_id, at, site, url, status, error) VALUES (?, ?, ?, ?, ?, ?)",
            [(self.run_id, now, p["site"], p["url"], p["status"], p["error"]) for p in payloads],
        )
        return ["http_errors"] * len(payloads)

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


#: finish_reason of a run that ended without recording its end: killed, crashed, or the archive
#: refused the write (a full disk), closed by a later run from what it had committed.
INTERRUPTED = "interrupted"
#: finish_reason of a run in progress, or of one that ended without a trace and is not closed yet.
RUNNING = "running"


def close_interrupted_runs(db: Database, site: str | None = None) -> list[int]:
    """Mark runs still ``running`` (of ``site``, or of every site) as interrupted, with counts.

    Call it only where no such run can be alive: when a run of ``site`` starts (its crawl
    stands in for the earlier one), or, for every site, under the archive's lock before this
    process starts a run. Then a run still ``running`` is one whose process died (kill -9, OOM,
    power cut) or whose last write the archive refused (a full disk). Its counts and
    ``finished_at`` come from what it committed; what it fetched and did not commit is unknown.
    """
    where, params = ("AND site = ?", [site]) if site is not None else ("", [])
    ids = [
        row[0]
        for row in db.execute(
            f"SELECT id FROM crawl_runs WHERE finish_reason = '{RUNNING}' {where} ORDER BY id",
            params,
        )
    ]
    for run_id in ids:
        counts = {
            "new": "SELECT count(*) FROM articles WHERE first_run_id = :id",
            "updated": "SELECT count(*) FROM article_versions WHERE replaced_by_run_id = :id",
            "unchanged": "SELECT count(*) FROM articles WHERE last_run_id = :id"
            " AND first_run_id <> :id AND removed_at IS NULL AND id NOT IN"
            " (SELECT article_id FROM article_versions WHERE replaced_by_run_id = :id)",
            "rejected": "SELECT count(*) FROM rejects WHERE run_id = :id",
            "http_errors": "SELECT count(*) FROM fetch_errors WHERE run_id = :id",
            "removed": "SELECT count(*) FROM articles WHERE last_run_id = :id"
            " AND removed_at IS NOT NULL",
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


def close_dead_runs(db: Database) -> list[int]:
    """Close every run left ``running``, in a transaction of its own; the ids closed.

    For a process that holds the archive's lock and has not started a run yet: no run it
    finds ``running`` can be alive, whichever site it belongs to.
    """
    if db.execute(f"SELECT 1 FROM crawl_runs WHERE finish_reason = '{RUNNING}' LIMIT 1").fetchone():
        with _failing_as_write_error(), write_transaction(db):
            return close_interrupted_runs(db)
    return []


#: The columns of an article's previous version kept in ``article_versions``.
_VERSIONED = (
    "url",
    "site",
    *CONTENT_COLUMNS,
    *RAW_COLUMNS,
    "images",
    "extraction",
    "content_hash",
    "page_sha256",
    "fetched_at",
    "version",
)

#: URLs per ``IN (...)`` lookup, well under SQLite's limit on bound variables.
_IN_CHUNK = 500


def _segments(batch: list[tuple[str, dict[str, Any]]]) -> list[list[tuple[str, dict[str, Any]]]]:
    """Cut a batch where a URL comes back (an article stored twice, a removal of a queued one),
    so that each segment can be written in bulk with the effect of writing it in order."""
    segments: list[list[tuple[str, dict[str, Any]]]] = [[]]
    urls: set[str] = set()
    for kind, payload in batch:
        url = payload["item"].get("url") if kind == "article" else payload.get("url")
        if kind in ("article", "removed"):
            if url in urls:
                segments.append([])
                urls = set()
            urls.add(url)
        segments[-1].append((kind, payload))
    return segments


def _batch_urls(batch: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """The URLs of a batch's records (articles, rejects, fetch errors, removals), once each."""
    urls: dict[str, None] = {}
    for kind, payload in batch:
        url = payload["item"].get("url") if kind in ("article", "reject") else payload.get("url")
        if url:
            urls[url] = None
    return list(urls)


@contextmanager
def _failing_as_write_error() -> Iterator[None]:
    """A run row that cannot be written fails as a batch does (no pages of its own)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise ArchiveWriteError(classify(exc), [], exc) from exc


def _digest(body: bytes, prepared: Mapping[str, Any] | None) -> Mapping[str, Any]:
    if prepared is not None and prepared.get("page_size") == len(body):
        return prepared
    return _page_digest(body)


def _page_sha(item: Mapping[str, Any], prepared: Mapping[str, Any] | None) -> str | None:
    page = item.get("page")
    if not page or page.get("body") is None:
        return None
    return _digest(page["body"], prepared)["page_sha256"]


def _tokens(row: Mapping[str, Any], prepared: Mapping[str, Any] | None) -> tuple[str, ...]:
    return prepared["search"] if prepared is not None else search_tokens(row)


def _print(prepared: Mapping[str, Any] | None, row: dict[str, Any]) -> BodyPrint:
    """The row's reprint fingerprint: prepared, or computed here (and kept on the row)."""
    if "_print" not in row:
        row["_print"] = prepared["print"] if prepared is not None else body_print(row.get("body"))
    return row["_print"]


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
