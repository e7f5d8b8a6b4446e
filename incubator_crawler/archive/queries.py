"""Read the archive: known URLs, search, export rows, stats. Shared by the CLI, spiders and tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from ..items import CONTENT_FIELDS
from .migrations import RUN_COLUMNS
from .search_index import bigram_phrase, match_expression, parse_query, phrase, use_bigrams

#: Columns of search results and exports, in order (documented in the README).
ARTICLE_FIELDS = (
    "id",
    "url",
    "site",
    *CONTENT_FIELDS,
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


#: A body shorter than this many characters does not count as present in coverage figures.
MIN_BODY_CHARS = 50


def run_field_counts(db: Database, *run_ids: int) -> tuple[int, dict[str, int]]:
    """New articles of the runs taken together, and how many have a date, an editor, a source, a body."""
    row = db.execute(
        "SELECT count(*), sum(published_at IS NOT NULL), sum(editor IS NOT NULL),"
        " sum(source IS NOT NULL), sum(length(body) >= ?) FROM articles"
        f" WHERE first_run_id IN ({', '.join('?' * len(run_ids))})",
        [MIN_BODY_CHARS, *run_ids],
    ).fetchone()
    names = ("published_at", "editor", "source", "body")
    return row[0], {name: value or 0 for name, value in zip(names, row[1:], strict=True)}


def run_coverage(db: Database, *run_ids: int) -> dict[str, float] | None:
    """Share of the runs' new articles (taken together) with a date, an editor, a source, a body.

    None when the runs stored no new article. Rounded to 4 decimals for display; health
    judges on ``run_field_counts``, which are exact.
    """
    return coverage_shares(*run_field_counts(db, *run_ids))


def coverage_shares(total: int, present: dict[str, int]) -> dict[str, float] | None:
    """``run_field_counts``'s counts as shares rounded to 4 decimals; None for no article."""
    if not total:
        return None
    return {name: round(count / total, 4) for name, count in present.items()}


def recent_urls(db: Database, site: str, days: float) -> set[str]:
    """Stored articles of ``site`` published (or, undated, first seen) in the last ``days`` days."""
    sql = (
        "SELECT url FROM articles WHERE site = :site AND ("
        " substr(published_at, 1, 10) >= date('now', :offset)"
        " OR (published_at IS NULL AND first_seen_at >= datetime('now', :offset)))"
    )
    return {row[0] for row in db.execute(sql, {"site": site, "offset": f"-{days} days"})}


#: Crawl stat of a run that stopped paging at ``--max-pages`` with more pages left: the next
#: run must read on, as after a kill.
MAX_PAGES_STAT = "incubator/paging/max_pages_reached"


def last_run_interrupted(db: Database, site: str) -> bool:
    """True when the site's latest run did not finish (killed, crashed) or stopped at --max-pages."""
    row = db.execute(
        "SELECT finish_reason, json_extract(stats, '$.\"' || ? || '\"') FROM crawl_runs"
        " WHERE site = ? AND mode <> 'reprocess' ORDER BY id DESC LIMIT 1",
        [MAX_PAGES_STAT, site],
    ).fetchone()
    return row is not None and (row[0] != "finished" or bool(row[1]))


def _filters(
    site: str | None,
    since: str | None,
    until: str | None,
    source: str | None = None,
    category: str | None = None,
    *,
    alias: str = "a",
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if site:
        clauses.append(f"{alias}.site = ?")
        params.append(site)
    if source:
        clauses.append(f"{alias}.source = ?")
        params.append(source)
    if category:
        # A category path also matches its subcategories: 新闻动态 matches 新闻动态 > 园区动态.
        clauses.append(f"({alias}.category = ? OR substr({alias}.category, 1, ?) = ?)")
        params.extend([category, len(category) + 3, category + " > "])
    if since:
        clauses.append(f"{alias}.published_at >= ?")
        params.append(since)
    if until:
        # Compare as many characters as --until has, so it is inclusive at its own precision:
        # 2024 takes in all of 2024, 2024-03 all of March, 2024-03-05 that day (at any time).
        clauses.append(f"substr({alias}.published_at, 1, ?) <= ?")
        params.extend([len(until), until])
    return (" AND " + " AND ".join(clauses)) if clauses else "", params


def search(
    db: Database,
    query: str,
    *,
    limit: int = 20,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    category: str | None = None,
    unique: bool = False,
) -> list[dict[str, Any]]:
    """Articles whose title or body contain every query term (substring match), best first.

    Ranking: articles whose title holds every term come first (``rank`` 1), then the others
    (``rank`` 2); within each tier the most recently archived first. Both tiers are read
    from the index in rowid order and stop at ``limit``, so a one-character query on a
    million articles costs what 20 results cost, not what every match costs (bm25 over
    per-character tokens needed every match and ranked little better: a character's IDF is
    near zero in a Chinese archive). Each result carries a ``snippet`` with the first match
    in ``[…]`` and ``duplicate_of`` (the story's original when this article is a reprint).
    ``unique`` keeps originals only (one result per story).
    """
    required, excluded = parse_query(query)
    # Terms of 2+ characters go to the pair index (short position lists); a 1-character term
    # needs the character index.
    pairs = use_bigrams(required, excluded)
    table = "articles_search2" if pairs else "articles_search"
    quote = bigram_phrase if pairs else phrase
    expression = match_expression(required, excluded, bigrams=pairs)
    # NOT binds tighter than AND in FTS5, so appending the exclusions keeps their meaning.
    title_only = "title : (" + match_expression(required, [], bigrams=pairs) + ")"
    title_only += "".join(" NOT " + quote(term) for term in excluded)
    where, params = _filters(site, since, until, source, category)
    if unique:
        where += " AND a.duplicate_of IS NULL"
    results: list[dict[str, Any]] = []
    for rank, match in ((1, title_only), (2, expression)):
        if len(results) >= limit:
            break
        # Tier 2 leaves out tier 1 by its MATCH, not by binding one id per hit: 33,000 title
        # hits would pass SQLite's limit on bound variables (32,766, often less).
        exclude_tier1 = (
            f" AND a.id NOT IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
            if rank == 2
            else ""
        )
        sql = (
            "SELECT a.id, a.url, a.site, a.title, a.published_at, a.author, a.editor, a.source,"
            " a.category, a.body, a.duplicate_of"
            f" FROM {table} s JOIN articles a ON a.id = s.rowid"
            f" WHERE {table} MATCH ?{where}{exclude_tier1}"
            " ORDER BY s.rowid DESC LIMIT ?"
        )
        tier1 = [title_only] if rank == 2 else []
        rows = db.conn.execute(sql, [match, *params, *tier1, limit - len(results)])
        keys = [d[0] for d in rows.description]
        for values in rows:
            row = dict(zip(keys, values, strict=True))
            body = row.pop("body") or ""
            row["rank"] = rank
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


#: Export columns: ARTICLE_FIELDS, then (added later, at the end) the reprint link.
EXPORT_FIELDS = (*ARTICLE_FIELDS, "duplicate_of")
#: Extra export columns with ``include_versions``: is the row the current version, when replaced.
VERSION_FIELDS = ("is_current", "replaced_at")


def query_ids_clause(query: str, alias: str = "a") -> tuple[str, list[Any]]:
    """SQL restricting ``alias.id`` to the articles matching a search query (no limit)."""
    required, excluded = parse_query(query)
    expression = match_expression(required, excluded)
    return (
        f" AND {alias}.id IN (SELECT rowid FROM articles_search WHERE articles_search MATCH ?)",
        [expression],
    )


def _article_columns(fields: tuple[str, ...], provenance: bool) -> tuple[str, list[str]]:
    # Aliases name every column, so a wrapping SELECT (export's JSON lines) can refer to them.
    columns = ", ".join(f'a.{name} AS "{name}"' for name in fields)
    names = list(fields)
    if provenance:
        columns += ', a.first_run_id AS "_first_run", a.last_run_id AS "_last_run"'
        names += ["_first_run", "_last_run"]
    return columns, names


def articles_by_id_query(
    fields: tuple[str, ...] = ARTICLE_FIELDS, *, provenance: bool = False
) -> tuple[str, list[str]]:
    """The SQL and column names that read the articles whose ids a JSON array (the one parameter)
    lists, in the array's order (``CROSS JOIN`` makes the array the outer loop).

    With the ids of :func:`article_query` (``fields=("id",)``), this reads the same rows in the
    same order, but SQLite sorts only the ids instead of whole rows.
    """
    columns, names = _article_columns(fields, provenance)
    sql = f"SELECT {columns} FROM json_each(?) AS k CROSS JOIN articles a ON a.id = k.value"
    return sql, names


def article_query(
    db: Database,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    category: str | None = None,
    query: str | None = None,
    changed_since: int | None = None,
    unique: bool = False,
    include_versions: bool = False,
    fields: tuple[str, ...] = ARTICLE_FIELDS,
    provenance: bool = False,
) -> tuple[str, list[Any], list[str]]:
    """The SQL, parameters and column names that stream articles in ``published_at, id`` order.

    Filters: the search ``query`` (current text, substring semantics), articles written
    (new or changed) by a run after ``changed_since``, ``unique`` (originals only, one row per
    story). ``include_versions`` adds each article's superseded versions after it (``is_current``
    0, ``replaced_at`` set; their ``id`` is the article's id). ``provenance`` adds
    ``_runs`` (run ids that wrote the row) for manifests.
    """
    where, params = _filters(site, since, until, source, category)
    extra = ""
    extra_params: list[Any] = []
    if query:
        clause, qparams = query_ids_clause(query)
        extra += clause
        extra_params += qparams
    if changed_since is not None:
        extra += (
            " AND (a.first_run_id > ? OR a.id IN"
            " (SELECT article_id FROM article_versions WHERE replaced_by_run_id > ?))"
        )
        extra_params += [changed_since, changed_since]
    if unique:
        extra += " AND a.duplicate_of IS NULL"
    columns, names = _article_columns(fields, provenance)
    if not include_versions:
        sql = f"SELECT {columns} FROM articles a WHERE 1 = 1{where}{extra} ORDER BY a.published_at, a.id"
        all_params = [*params, *extra_params]
    else:
        version_columns = []
        for name in fields:
            if name == "id":
                version_columns.append("v.article_id")
            elif name == "first_seen_at":
                version_columns.append("v.fetched_at")
            elif name == "last_seen_at":
                version_columns.append("v.replaced_at")
            elif name == "duplicate_of":
                version_columns.append("a.duplicate_of")
            else:
                version_columns.append(f"v.{name}")
        vcols = ", ".join(version_columns)
        if provenance:
            vcols += ", NULL, v.replaced_by_run_id"
        vwhere, vparams = _filters(site, since, until, source, category, alias="v")
        sql = (
            f"SELECT * FROM (SELECT {columns}, 1 AS is_current, NULL AS replaced_at,"
            f" a.published_at AS _sort, a.id AS _id, a.version AS _v"
            f" FROM articles a WHERE 1 = 1{where}{extra}"
            f" UNION ALL SELECT {vcols}, 0, v.replaced_at, a.published_at, a.id, v.version"
            f" FROM article_versions v JOIN articles a ON a.id = v.article_id"
            f" WHERE 1 = 1{vwhere}{extra}) ORDER BY _sort, _id, _v DESC"
        )
        all_params = [*params, *extra_params, *vparams, *extra_params]
        names += list(VERSION_FIELDS) + ["_sort", "_id", "_v"]
    return sql, all_params, names


def iter_articles(db: Database, **filters: Any) -> Iterator[dict[str, Any]]:
    """Stream articles as dicts (see :func:`article_query` for the filters), flat memory."""
    sql, params, names = article_query(db, **filters)
    for values in db.conn.execute(sql, params):
        row = dict(zip(names, values, strict=True))
        for key in ("_sort", "_id", "_v"):
            row.pop(key, None)
        yield row


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
            f"SELECT {', '.join(c for c in RUN_FIELDS if c != 'removed')}"
            " FROM crawl_runs ORDER BY id DESC LIMIT 5"
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


#: What ``runs`` shows of each crawl_runs row (coverage and stats are read apart, then decoded).
RUN_FIELDS = tuple(
    c for c in RUN_COLUMNS if c not in ("base_url", "stats", "tool_version", "coverage")
)

#: What ``sites`` shows of each site's last crawl_runs row: counts of what was crawled and stored.
LAST_RUN_FIELDS = tuple(
    c
    for c in RUN_COLUMNS
    if c
    not in (
        "site",
        "base_url",
        "mode",
        "pages_fetched",
        "unchanged",
        "stats",
        "tool_version",
        "coverage",
        "removed",
    )
)


def recent_runs(db: Database, *, site: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """The newest crawl_runs rows, newest first: ``RUN_FIELDS``, the coverage decoded, and from
    the stats the HTTP status counts (``http_status``) and ``retries``."""
    where, params = ("WHERE site = ?", [site]) if site else ("", [])
    rows = list(
        db.query(
            f"SELECT {', '.join(RUN_FIELDS)}, coverage, stats FROM crawl_runs {where}"
            " ORDER BY id DESC LIMIT ?",
            [*params, limit],
        )
    )
    for row in rows:
        stats = json.loads(row.pop("stats") or "{}")
        row["http_status"] = {
            key.rsplit("/", 1)[1]: value
            for key, value in stats.items()
            if key.startswith("downloader/response_status_count/")
        }
        row["retries"] = stats.get("retry/count", 0)
        row["coverage"] = json.loads(row["coverage"]) if row.get("coverage") else None
    return rows


def last_runs(db: Database) -> dict[str, dict[str, Any]]:
    """Each site's latest crawl_runs row (``LAST_RUN_FIELDS``), by site."""
    rows = db.execute(
        f"SELECT site, {', '.join(LAST_RUN_FIELDS)} FROM crawl_runs WHERE id IN "
        "(SELECT max(id) FROM crawl_runs GROUP BY site)"
    ).fetchall()
    return {row[0]: dict(zip(LAST_RUN_FIELDS, row[1:], strict=True)) for row in rows}


def article_count(db: Database, site: str) -> int:
    """How many articles of ``site`` the archive holds."""
    return db.execute("SELECT count(*) FROM articles WHERE site = ?", [site]).fetchone()[0]


def has_articles(db: Database, site: str) -> bool:
    """Whether the archive holds any article of ``site``."""
    return (
        db.execute("SELECT 1 FROM articles WHERE site = ? LIMIT 1", [site]).fetchone() is not None
    )
