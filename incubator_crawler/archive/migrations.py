"""Schema of the archive, as ordered sqlite-utils migrations (never edit an applied step; add one)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from ..items import CONTENT_FIELDS, RAW_FIELDS

MIGRATIONS = Migrations("incubator_crawler")

#: Columns that make up an article's content; a change in any of them is a new version.
CONTENT_COLUMNS = CONTENT_FIELDS

#: Raw strings kept beside the normalised ones, so extraction can be audited and redone.
RAW_COLUMNS = RAW_FIELDS


#: The ``crawl_runs`` table as m001 created it (never edit: an applied step).
_RUNS_V1: dict[str, type] = {
    "id": int,
    "site": str,
    "base_url": str,
    "mode": str,
    "started_at": str,
    "finished_at": str,
    "finish_reason": str,
    "duration_s": float,
    "pages_fetched": int,
    "listing_pages": int,
    "article_pages": int,
    "new": int,
    "updated": int,
    "unchanged": int,
    "rejected": int,
    "http_errors": int,
    "stats": str,
    "tool_version": str,
}
#: Every ``crawl_runs`` column, in table order (m003 added the last two).
RUN_COLUMNS = (*_RUNS_V1, "coverage", "removed")


def _article_columns() -> dict[str, type]:
    columns: dict[str, type] = {"url": str, "site": str}
    columns.update({name: str for name in CONTENT_COLUMNS})
    columns.update({name: str for name in RAW_COLUMNS})
    columns.update({"images": str, "extraction": str, "content_hash": str, "page_sha256": str})
    return columns


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """Create articles, versions, raw pages, rejects, fetch errors, crawl runs and the search index."""
    db.table("crawl_runs").create(_RUNS_V1, pk="id")
    db.table("pages").create(
        {
            "sha256": str,
            "url": str,
            "status": int,
            "headers": str,
            "encoding": str,
            "size": int,
            "body_zlib": bytes,
            "fetched_at": str,
            "run_id": int,
        },
        pk="sha256",
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    columns = {"id": int, **_article_columns()}
    columns.update(
        {
            "version": int,
            "fetched_at": str,
            "first_seen_at": str,
            "last_seen_at": str,
            "updated_at": str,
            "first_run_id": int,
            "last_run_id": int,
        }
    )
    db.table("articles").create(
        columns,
        pk="id",
        not_null={"url", "site"},
        foreign_keys=[("page_sha256", "pages", "sha256"), ("last_run_id", "crawl_runs", "id")],
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["site", "published_at"])
    version_columns = {"id": int, "article_id": int, "version": int, **_article_columns()}
    version_columns.update({"fetched_at": str, "replaced_at": str, "replaced_by_run_id": int})
    db.table("article_versions").create(
        version_columns,
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("page_sha256", "pages", "sha256")],
    )
    db.table("article_versions").create_index(["article_id", "version"], unique=True)
    db.table("rejects").create(
        {
            "id": int,
            "run_id": int,
            "site": str,
            "url": str,
            "reason": str,
            "fetched_at": str,
            "page_sha256": str,
            "item": str,
        },
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id"), ("page_sha256", "pages", "sha256")],
    )
    db.table("rejects").create_index(["url"])
    db.table("fetch_errors").create(
        {
            "id": int,
            "run_id": int,
            "site": str,
            "url": str,
            "status": int,
            "error": str,
            "at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    # Contentless FTS5 over one token per character (see archive/search_index.py):
    # exact substring matching for queries of any length, Chinese included.
    db.execute(
        "CREATE VIRTUAL TABLE articles_search USING fts5("
        "title, body, content='', tokenize='ascii', detail='full')"
    )


@MIGRATIONS()
def m002_reprints(db: Database) -> None:
    """Reprint detection: per-article MinHash fingerprint, LSH bands, ``duplicate_of``; a browse view.

    Existing articles get their fingerprints from ``incubator-crawler reprints`` (a backfill);
    new and changed articles get them when they are written.
    """
    articles = db.table("articles")
    if "fingerprint" not in articles.columns_dict:
        articles.add_column("fingerprint", bytes)
    if "duplicate_of" not in articles.columns_dict:
        articles.add_column("duplicate_of", int)
    articles.create_index(["duplicate_of"], if_not_exists=True)
    db.execute(
        "CREATE TABLE IF NOT EXISTS reprint_bands ("
        "key INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id),"
        " PRIMARY KEY (key, article_id)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX IF NOT EXISTS reprint_bands_article ON reprint_bands (article_id)")
    # One row per article without the body, with the year as a column (Datasette facets on it).
    db.execute(
        "CREATE VIEW IF NOT EXISTS articles_browse AS SELECT id, substr(published_at, 1, 4) AS year,"
        " substr(published_at, 1, 7) AS month, published_at, site, source, category, title, author,"
        " editor, url, duplicate_of, version, first_seen_at, last_seen_at FROM articles"
    )


@MIGRATIONS()
def m003_operations(db: Database) -> None:
    """Operations: removed articles, per-run field coverage, attachments stored by content hash."""
    articles = db.table("articles")
    if "removed_at" not in articles.columns_dict:
        articles.add_column("removed_at", str)
    runs = db.table("crawl_runs")
    if "coverage" not in runs.columns_dict:
        runs.add_column("coverage", str)
    if "removed" not in runs.columns_dict:
        runs.add_column("removed", int)
    db.table("attachments").create(
        {
            "sha256": str,
            "size": int,
            "content_type": str,
            "path": str,
            "first_url": str,
            "first_seen_at": str,
        },
        pk="sha256",
        if_not_exists=True,
    )
    db.table("article_attachments").create(
        {
            "id": int,
            "article_url": str,
            "url": str,
            "name": str,
            "sha256": str,
            "error": str,
            "run_id": int,
        },
        pk="id",
        if_not_exists=True,
    )
    db.table("article_attachments").create_index(
        ["article_url", "url"], unique=True, if_not_exists=True
    )


@MIGRATIONS()
def m004_pair_index(db: Database) -> None:
    """A second search index of character pairs, for fast long queries; filled from the articles."""
    from .search_index import encode_bigrams

    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_search2 USING fts5("
        "title, body, content='', tokenize='ascii', detail='full')"
    )
    cursor = db.conn.execute("SELECT id, title, body FROM articles ORDER BY id")
    while rows := cursor.fetchmany(2000):
        db.conn.executemany(
            "INSERT INTO articles_search2 (rowid, title, body) VALUES (?, ?, ?)",
            [(i, encode_bigrams(title), encode_bigrams(body)) for i, title, body in rows],
        )


@MIGRATIONS()
def m005_ingested_items(db: Database) -> None:
    """Ids of the Redis items `ingest` committed, so an item re-read after a crash is skipped."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS ingested_items ("
        "id TEXT PRIMARY KEY, run_id INTEGER, at TEXT) WITHOUT ROWID"
    )
