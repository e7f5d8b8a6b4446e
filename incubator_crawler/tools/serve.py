"""Browse the archive in Datasette, with Chinese search working in its interface and JSON API.

Datasette's search box runs ``articles_search MATCH escape_fts(:search)``. Our index has one token
per character (archive/search_index.py), so a plain query finds nothing in Chinese. This module is
a Datasette plugin, registered in-process by ``serve``: its ``prepare_connection`` replaces
``escape_fts`` with a function that encodes the query the way the index is built (words, "a
phrase", -excluded), and adds ``zh_match(q)`` and ``zh_snippet(text, q)`` for SQL and canned
queries. So ``/archive/articles?_search=孵化器`` and ``/archive/articles_browse?_search=孵化&_facet=source``
work in the browser and as ``.json``, and the canned query ``/archive/search?q=孵化器`` ranks results.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .. import __version__
from ..archive.queries import snippet
from ..archive.search_index import match_expression, parse_query

#: A MATCH expression that matches nothing (an empty or all-excluded query): the token of NUL.
NO_MATCH = '"x00"'


def zh_match(query: str | None) -> str:
    """The FTS5 expression for a user query over the per-character index."""
    if not query or not query.strip():
        return NO_MATCH
    try:
        return match_expression(*parse_query(query))
    except ValueError:
        return NO_MATCH


def zh_snippet(text: str | None, query: str | None) -> str:
    """A window of text around the first match, the match in [brackets]."""
    if not text or not query:
        return ""
    required, _ = parse_query(query)
    return snippet(text, required)


try:  # Datasette is an optional extra (pip install 'incubator-crawler[serve]').
    from datasette import hookimpl
except ImportError:  # pragma: no cover - without the extra, serve reports how to install it
    hookimpl = None

if hookimpl is not None:

    @hookimpl(trylast=True)
    def prepare_connection(conn, database, datasette):
        """Run after Datasette's own functions so that our ``escape_fts`` wins."""
        conn.create_function("escape_fts", 1, zh_match, deterministic=True)
        conn.create_function("zh_match", 1, zh_match, deterministic=True)
        conn.create_function("zh_snippet", 2, zh_snippet, deterministic=True)


def register_plugin() -> None:
    """Register this module as a Datasette plugin (once per process)."""
    from datasette.plugins import pm

    if not pm.is_registered(sys.modules[__name__]):
        pm.register(sys.modules[__name__], name="incubator_crawler_chinese_search")


COLUMN_DESCRIPTIONS = {
    "id": "Article id (stable; versions and reprints point to it)",
    "url": "Canonical URL of the article page",
    "site": "Site slug, e.g. cnfuhuaqi (中国孵化器网)",
    "title": "Title, cleaned (site suffix and 【栏目】 prefix removed)",
    "published_at": "Publish date at the precision the page gives (2024-04-24, 2024-04-24T10:30:00+08:00, 2024-04, 2024)",
    "published_precision": "year, month, day, minute or second",
    "author": "A person who wrote it (作者, 记者); null for placeholders",
    "editor": "Who edited it (编辑, 责任编辑), as written",
    "source": "Original publisher (来源); for a reprint, the site it was copied from",
    "category": "Breadcrumb path without the site name, e.g. 新闻动态 > 园区动态",
    "body": "Article text, paragraphs separated by a blank line",
    "images": "JSON list of images with captions",
    "extraction": "JSON: the extraction rule that produced each field",
    "content_hash": "SHA-256 of the content fields; changes make a new version",
    "page_sha256": "The raw page these values were extracted from (pages.sha256)",
    "version": "1 for the first version; older versions are in article_versions",
    "first_seen_at": "First crawl that stored it",
    "last_seen_at": "Last crawl that saw it",
    "duplicate_of": "For a reprint: the id of the story's earliest article; null for originals",
    "fingerprint": "MinHash of the body's 4-character shingles (reprint detection)",
    "year": "Year of publication (from published_at)",
    "month": "Month of publication, YYYY-MM",
}

CANNED_QUERIES = {
    "search": {
        "title": "Search in Chinese (exact substring, any length)",
        "description": (
            'Words must all occur; "a phrase" keeps its spaces; -word excludes. Ranked by bm25, '
            "title matches weigh 10x. Example: 孵化器 -招聘"
        ),
        "sql": (
            "select a.id, a.published_at, a.site, a.source, a.title,"
            " zh_snippet(a.body, :q) as snippet, a.url, a.duplicate_of"
            " from articles_search join articles a on a.id = articles_search.rowid"
            " where articles_search match zh_match(:q)"
            " order by bm25(articles_search, 10.0, 1.0), a.published_at desc limit 200"
        ),
    },
    "articles_per_month_per_site": {
        "title": "Articles per month per site",
        "sql": (
            "select substr(published_at, 1, 7) as month, site, count(*) as articles,"
            " sum(duplicate_of is null) as unique_stories from articles"
            " where published_at is not null group by month, site order by month, site"
        ),
    },
    "top_sources": {
        "title": "Top sources (来源)",
        "sql": (
            "select source, count(*) as articles, count(distinct site) as sites,"
            " min(published_at) as first, max(published_at) as last from articles"
            " where source is not null group by source order by articles desc limit 100"
        ),
    },
    "field_coverage": {
        "title": "Field coverage per site",
        "sql": (
            "select site, count(*) as articles,"
            " round(100.0 * sum(published_at is not null) / count(*), 1) as pct_date,"
            " round(100.0 * sum(author is not null) / count(*), 1) as pct_author,"
            " round(100.0 * sum(editor is not null) / count(*), 1) as pct_editor,"
            " round(100.0 * sum(source is not null) / count(*), 1) as pct_source,"
            " round(100.0 * sum(category is not null) / count(*), 1) as pct_category"
            " from articles group by site order by site"
        ),
    },
    "reprints": {
        "title": "Reprinted stories",
        "description": "Stories that appear more than once, with the original and each reprint",
        "sql": (
            "select o.id as original_id, o.site as original_site, o.title, o.published_at,"
            " r.id as reprint_id, r.site as reprint_site, r.source as reprint_source, r.url"
            " from articles r join articles o on o.id = r.duplicate_of"
            " order by o.published_at desc, o.id, r.id"
        ),
    },
    "latest_crawl_runs": {
        "title": "Latest crawl runs",
        "sql": (
            "select id, site, mode, started_at, finished_at, finish_reason, pages_fetched, new,"
            " updated, unchanged, rejected, http_errors from crawl_runs order by id desc limit 50"
        ),
    },
}


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for the archive opened under the name ``database``."""
    search_note = (
        " Search box: Chinese words of any length (exact substring), several words, "
        '"a phrase", -excluded.'
    )
    return {
        "title": "incubator-crawler archive",
        "description": (
            "Chinese incubator and high-tech-zone news crawled by incubator-crawler "
            f"{__version__}. Start with articles_browse (facets by site, source, category, year) "
            "or the search query."
        ),
        "databases": {
            database: {
                "tables": {
                    "articles": {
                        "description": "One row per article (canonical URL), current version."
                        + search_note,
                        "fts_table": "articles_search",
                        "fts_pk": "id",
                        "facets": ["site", "source", "category"],
                        "label_column": "title",
                        "sort_desc": "published_at",
                        "columns": COLUMN_DESCRIPTIONS,
                    },
                    "articles_browse": {
                        "description": "Articles without the body, with year and month: facet and browse."
                        + search_note,
                        "fts_table": "articles_search",
                        "fts_pk": "id",
                        "facets": ["site", "source", "category", "year"],
                        "sort_desc": "published_at",
                        "columns": COLUMN_DESCRIPTIONS,
                    },
                    "article_versions": {
                        "description": "Superseded versions of articles (history)",
                        "columns": {
                            "article_id": "articles.id",
                            "replaced_at": "When a newer version replaced it",
                            **COLUMN_DESCRIPTIONS,
                        },
                    },
                    "pages": {"description": "Raw pages as served (zlib), for reprocessing"},
                    "crawl_runs": {"description": "One row per crawl (and reprocess) run"},
                    "rejects": {"description": "Pages rejected by validation, with the reason"},
                    "fetch_errors": {"description": "Pages that could not be fetched"},
                    "reprint_bands": {"hidden": True},
                    "_sqlite_migrations": {"hidden": True},
                },
                "queries": CANNED_QUERIES,
            }
        },
    }


def make_datasette(db_path: str | Path):
    """A Datasette instance over the archive with the Chinese-search plugin and metadata."""
    from datasette.app import Datasette

    register_plugin()
    path = Path(db_path)
    return Datasette(
        files=[str(path)],
        metadata=metadata(path.stem),
        settings={
            "truncate_cells_html": 300,
            "facet_time_limit_ms": 1000,
            "sql_time_limit_ms": 5000,
        },
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the archive until interrupted."""
    import uvicorn

    datasette = make_datasette(db_path)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
