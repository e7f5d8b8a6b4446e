"""Read the archive: known URLs, search, export rows, stats. Shared by the CLI, spiders and tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from .search_index import match_expression, parse_query

#: Columns of search results and exports, in order (documented in the README).
ARTICLE_FIELDS = (
    "id",
    "url",
    "site",
    "title",
    "published_at",
    "published_precision",
    "author",
    "editor",
    "source",
    "category",
    "body",
    "first_seen_at",
    "last_seen_at",
    "version",
    "content_hash",
)


def known_urls(db: Database, site: str) -> set[str]:
    """URLs an incremental crawl of ``site`` does not fetch again.

    Stored articles, pages rejected as broken and pages that answered 404/410: all are
    recorded in the archive; ``--full`` fetches them again.
    """
    sql = (
        "SELECT url FROM articles WHERE site = :site"
        " UNION SELECT url FROM rejects WHERE site = :site"
        " UNION SELECT url FROM fetch_errors WHERE site = :site AND status IN (404, 410)"
    )
    return {row[0] for row in db.execute(sql, {"site": site})}


def _filters(site: str | None, since: str | None, until: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if site:
        clauses.append("a.site = ?")
        params.append(site)
    if since:
        clauses.append("a.published_at >= ?")
        params.append(since)
    if until:
        # published_at may carry a time; compare on the date part so --until is inclusive.
        clauses.append("substr(a.published_at, 1, 10) <= ?")
        params.append(until)
    return (" AND " + " AND ".join(clauses)) if clauses else "", params


def search(
    db: Database,
    query: str,
    *,
    limit: int = 20,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Articles whose title or body contain every query term (substring match), best first.

    Ranking is FTS5's bm25 with title matches weighted ten times body matches, then
    newest first. Each result carries a ``snippet`` with the first match in ``[…]``.
    """
    required, excluded = parse_query(query)
    expression = match_expression(required, excluded)
    where, params = _filters(site, since, until)
    sql = (
        "SELECT a.id, a.url, a.site, a.title, a.published_at, a.author, a.editor, a.source,"
        " a.category, a.body, bm25(articles_search, 10.0, 1.0) AS rank"
        " FROM articles_search JOIN articles a ON a.id = articles_search.rowid"
        f" WHERE articles_search MATCH ?{where}"
        " ORDER BY rank, a.published_at DESC LIMIT ?"
    )
    rows = db.conn.execute(sql, [expression, *params, limit])
    keys = [d[0] for d in rows.description]
    results = []
    for values in rows:
        row = dict(zip(keys, values, strict=True))
        body = row.pop("body") or ""
        row["snippet"] = snippet(body, required) or snippet(row["title"] or "", required)
        results.append(row)
    return results


def snippet(text: str, terms: list[str], width: int = 36) -> str:
    """A window of ``text`` around the first occurrence of any term, the match in brackets."""
    folded = text.lower()
    best = None
    for term in terms:
        pos = folded.find(term.lower())
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, len(term))
    if best is None:
        return ""
    pos, length = best
    start = max(0, pos - width)
    end = min(len(text), pos + length + width)
    piece = (
        text[start:pos] + "[" + text[pos : pos + length] + "]" + text[pos + length : end]
    ).replace("\n", " ")
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


def like_search_ids(db: Database, term: str) -> set[int]:
    """Ids of articles whose title or body contain ``term``, by a full ``LIKE`` scan (the reference)."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = db.execute(
        "SELECT id FROM articles WHERE title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\'",
        [pattern, pattern],
    )
    return {row[0] for row in rows}


def iter_articles(
    db: Database,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream articles (ARTICLE_FIELDS) in ``published_at, id`` order, without loading them all."""
    where, params = _filters(site, since, until)
    columns = ", ".join(f"a.{name}" for name in ARTICLE_FIELDS)
    cursor = db.conn.execute(
        f"SELECT {columns} FROM articles a WHERE 1 = 1{where} ORDER BY a.published_at, a.id",
        params,
    )
    for values in cursor:
        yield dict(zip(ARTICLE_FIELDS, values, strict=True))


def archive_stats(db: Database) -> dict[str, Any]:
    """Counts per site, field coverage, versions, rejects and the latest runs."""

    def scalar(sql: str, params: list[Any] | None = None) -> Any:
        return db.execute(sql, params or []).fetchone()[0]

    sites = []
    for row in db.query(
        "SELECT site, count(*) AS articles, min(published_at) AS first_published,"
        " max(published_at) AS last_published,"
        " sum(published_at IS NOT NULL) AS with_date, sum(editor IS NOT NULL) AS with_editor,"
        " sum(source IS NOT NULL) AS with_source, sum(author IS NOT NULL) AS with_author,"
        " sum(category IS NOT NULL) AS with_category"
        " FROM articles GROUP BY site ORDER BY site"
    ):
        sites.append(row)
    runs = list(
        db.query(
            "SELECT id, site, mode, started_at, finished_at, finish_reason, duration_s,"
            " pages_fetched, listing_pages, article_pages, new, updated, unchanged, rejected,"
            " http_errors FROM crawl_runs ORDER BY id DESC LIMIT 5"
        )
    )
    return {
        "articles": scalar("SELECT count(*) FROM articles"),
        "versions": scalar("SELECT count(*) FROM article_versions"),
        "pages": scalar("SELECT count(*) FROM pages"),
        "rejects": scalar("SELECT count(*) FROM rejects"),
        "fetch_errors": scalar("SELECT count(*) FROM fetch_errors"),
        "runs": scalar("SELECT count(*) FROM crawl_runs"),
        "sites": sites,
        "latest_runs": runs,
    }


def run_stats(db: Database, run_id: int) -> dict[str, Any]:
    """The ``crawl_runs`` row of one run, its stats JSON decoded."""
    row = db.table("crawl_runs").get(run_id)
    row["stats"] = json.loads(row["stats"] or "{}")
    return row
