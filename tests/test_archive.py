"""Archive writes: upsert by URL, versions on change, rejects, raw pages, runs, WAL."""

import json
import sqlite3
import zlib

import pytest

from incubator_crawler.archive.db import ArchiveError, open_archive, schema_version
from incubator_crawler.archive.queries import archive_stats, known_urls, search
from incubator_crawler.archive.writer import ArchiveWriter, content_hash


def make_article(n: int, **overrides):
    article = {
        "url": f"http://example.test/news/show/{n}.aspx",
        "site": "cnfuhuaqi",
        "title": f"济南高新区第{n}号通知",
        "published_at": "2024-04-24",
        "published_precision": "day",
        "editor": "中国孵化器网",
        "source": "济南高新区",
        "category": "新闻动态 > 园区动态",
        "body": "近日，济南高新区获评人才工作表现突出单位。\n\n下一步将继续努力。",
        "fetched_at": "2025-06-01T10:00:00+08:00",
        "page": {
            "status": 200,
            "headers": {"Content-Type": "text/html"},
            "encoding": "gb18030",
            "body": f"<html>{n}</html>".encode(),
        },
    }
    article.update(overrides)
    return article


@pytest.fixture
def db(tmp_path):
    database = open_archive(tmp_path / "archive.db")
    yield database
    database.close()


def test_new_unchanged_updated_counts_and_versions(db):
    writer = ArchiveWriter(db, batch_size=2)
    writer.start_run("cnfuhuaqi")
    for n in range(3):
        writer.add_article(make_article(n))
    writer.finish_run("finished", {"downloader/response_count": 5})
    assert writer.counts["new"] == 3

    writer = ArchiveWriter(db)
    writer.start_run("cnfuhuaqi")
    writer.add_article(make_article(0))
    writer.add_article(make_article(1, body="更正后的正文。"))
    writer.finish_run("finished", {})
    assert (writer.counts["unchanged"], writer.counts["updated"], writer.counts["new"]) == (1, 1, 0)

    row = db.table("articles").get(2)
    assert row["version"] == 2
    assert row["body"] == "更正后的正文。"
    old = list(db.query("SELECT version, body FROM article_versions WHERE article_id = 2"))
    assert old == [{"version": 1, "body": make_article(1)["body"]}]
    runs = list(db.query("SELECT new, updated, unchanged, pages_fetched FROM crawl_runs"))
    assert runs == [
        {"new": 3, "updated": 0, "unchanged": 0, "pages_fetched": 5},
        {"new": 0, "updated": 1, "unchanged": 1, "pages_fetched": 0},
    ]


def test_search_index_follows_updates(db):
    writer = ArchiveWriter(db)
    writer.start_run("cnfuhuaqi")
    writer.add_article(make_article(1))
    writer.flush()
    assert [r["id"] for r in search(db, "表现突出")] == [1]
    writer.add_article(make_article(1, body="更正后的正文。"))
    writer.flush()
    assert search(db, "表现突出") == []
    assert [r["id"] for r in search(db, "更正")] == [1]


def test_a_batch_of_updates_writes_the_search_tables_once(db):
    """Versioning an article between two search-table writes makes FTS5 write out its pending
    entries as a segment of their own (~1.5 ms each): a batch writes every version first."""
    writer = ArchiveWriter(db, batch_size=100)
    writer.start_run("cnfuhuaqi")
    for n in range(20):
        writer.add_article(make_article(n))
    writer.flush()
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    for n in range(20):
        writer.add_article(make_article(n, body=f"第{n}次更正后的正文。"))
    writer.flush()
    db.conn.set_trace_callback(None)
    kinds = []
    for sql in statements:
        kind = (
            "search"
            if "articles_search" in sql
            else "version"
            if "article_versions" in sql or sql.startswith("UPDATE articles SET [")
            else None
        )
        if kind and (not kinds or kinds[-1] != kind):
            kinds.append(kind)
    assert kinds == ["version", "search"]
    assert writer.counts["updated"] == 20
    assert [r["id"] for r in search(db, "第7次更正")] == [8]
    assert search(db, "表现突出") == []


def test_raw_page_is_kept_compressed(db):
    writer = ArchiveWriter(db)
    writer.start_run("cnfuhuaqi")
    writer.add_article(make_article(7))
    writer.flush()
    page = next(db.query("SELECT * FROM pages"))
    assert zlib.decompress(page["body_zlib"]) == b"<html>7</html>"
    assert json.loads(page["headers"]) == {"Content-Type": "text/html"}
    assert page["encoding"] == "gb18030"
    assert db.table("articles").get(1)["page_sha256"] == page["sha256"]


def test_reject_is_recorded_with_reason(db):
    writer = ArchiveWriter(db)
    writer.start_run("cnfuhuaqi")
    writer.add_reject(make_article(9, title=None), "missing title")
    writer.add_fetch_error("cnfuhuaqi", "http://example.test/x.aspx", 404, "HTTP 404")
    writer.finish_run("finished", {})
    reject = next(db.query("SELECT url, reason, item FROM rejects"))
    assert reject["reason"] == "missing title"
    assert json.loads(reject["item"])["url"].endswith("/9.aspx")
    assert db.table("crawl_runs").get(1)["rejected"] == 1
    assert db.table("crawl_runs").get(1)["http_errors"] == 1
    assert archive_stats(db)["fetch_errors"] == 1


def test_unflushed_batch_is_lost_but_committed_batches_survive(tmp_path):
    path = tmp_path / "a.db"
    db = open_archive(path)
    writer = ArchiveWriter(db, batch_size=2)
    writer.start_run("cnfuhuaqi")
    for n in range(3):  # two committed in the first batch, the third in flight
        writer.add_article(make_article(n))
    # Simulate a kill: the connection is dropped without flushing.
    db.conn.close()
    reopened = open_archive(path)
    assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert known_urls(reopened, "cnfuhuaqi") == {make_article(n)["url"] for n in range(2)}


def test_wal_mode_and_migrations(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = schema_version(db)
    assert applied[0] == "m001_initial"
    assert "m002_reprints" in applied


def test_content_hash_ignores_raw_fields():
    assert content_hash(make_article(1)) == content_hash(make_article(1, title_raw="x"))
    assert content_hash(make_article(1)) != content_hash(make_article(1, editor="王芳"))


def test_open_missing_archive_without_create(tmp_path):
    with pytest.raises(ArchiveError, match="does not exist"):
        open_archive(tmp_path / "missing.db", create=False)


def test_open_garbage_file(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError, match="not a usable SQLite archive"):
        open_archive(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_sqlite_file_is_valid(tmp_path):
    path = tmp_path / "a.db"
    open_archive(path).close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("batch_size", [1, 4, 7])
def test_store_pipeline_never_holds_more_than_a_batch_uncommitted(
    tmp_path, monkeypatch, batch_size
):
    """The writer thread commits half batches with half a batch queued behind: whenever the
    crawl gets control back, at most INCUBATOR_BATCH_SIZE items are not yet committed (what a
    kill can lose). A slowed-down commit makes the writer lag, so the bound is reached."""
    import time
    from types import SimpleNamespace

    from incubator_crawler.crawl.pipelines.store_archive import StoreArchivePipeline

    flush = ArchiveWriter.flush

    def slow_flush(self):
        time.sleep(0.02)
        return flush(self)

    monkeypatch.setattr(ArchiveWriter, "flush", slow_flush)

    path = tmp_path / "a.db"
    pipeline = StoreArchivePipeline(str(path), batch_size=batch_size)
    pipeline.open_spider(SimpleNamespace(name="cnfuhuaqi", full=False, base_url=None))
    reader = sqlite3.connect(path)
    for n in range(30):
        pipeline.process_item(make_article(n))
        committed = reader.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert n + 1 - committed <= batch_size
    pipeline.spider_closed(None, "finished")
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 30
    reader.close()


def test_write_transaction_holds_the_write_lock_from_its_start(tmp_path):
    """A batch reads (known URLs) before it writes; with a deferred BEGIN another writer could
    commit in between and the batch's first write then failed at once with "database is
    locked" (crawl --all: one writer thread per spider). The lock is now taken at BEGIN: the
    other writer waits its turn, and the batch's write goes through."""
    from incubator_crawler.archive.db import write_transaction

    path = tmp_path / "a.db"
    first = open_archive(path)
    other = open_archive(path)
    other.execute("PRAGMA busy_timeout = 0")  # fail at once instead of waiting
    with write_transaction(first):
        first.execute("SELECT count(*) FROM crawl_runs").fetchone()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO crawl_runs (site) VALUES ('b')")
        first.execute("INSERT INTO crawl_runs (site) VALUES ('a')")
    other.execute("INSERT INTO crawl_runs (site) VALUES ('b')")
    assert [r[0] for r in first.execute("SELECT site FROM crawl_runs ORDER BY id")] == ["a", "b"]
