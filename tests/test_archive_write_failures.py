"""A write the archive refuses is counted, named and ends the command non-zero; nothing committed is lost.

Each failure is a real one, provoked through SQLite: a full disk (``PRAGMA max_page_count``,
or a file size limit on the crawl process), a read-only connection, a lock held by another
connection past the busy timeout, a constraint (a trigger that aborts one URL's insert).
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
from types import SimpleNamespace

import pytest
from scrapy.signalmanager import SignalManager
from test_archive import make_article
from twisted.internet.defer import succeed

from incubator_crawler.archive.db import ArchiveError, open_archive
from incubator_crawler.archive.failures import ArchiveWriteError, check_writable
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.crawl import signals as project_signals
from incubator_crawler.replicas import replica_server

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING")


def url(n: int) -> str:
    return f"http://example.test/news/show/{n}.aspx"


def article(n: int) -> dict:
    """An article whose raw page (20 kB, incompressible) needs new pages of the archive."""
    page = {**make_article(n)["page"], "body": random.Random(n).randbytes(20_000)}
    return make_article(n, page=page)


def fill_disk(db) -> None:
    """From now on the archive cannot grow by a page on this connection: a full disk."""
    db.execute("VACUUM")  # no free pages left to reuse
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def check(path) -> tuple[str, int]:
    """The archive's integrity check and article count, from a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return integrity, conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_full_disk_fails_the_batch_names_its_pages_and_keeps_what_was_committed(tmp_path):
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db, batch_size=100)
    writer.start_run("cnfuhuaqi")
    for n in range(3):
        writer.add_article(article(n))
    writer.flush()
    fill_disk(db)
    for n in range(3, 8):
        writer.add_article(article(n))
    writer.add_fetch_error("cnfuhuaqi", url(99), 500, "HTTP 500")
    with pytest.raises(ArchiveWriteError) as failed:
        writer.flush()
    assert failed.value.failure.cause == "the disk is full"
    assert failed.value.failure.repeats
    assert failed.value.urls == [url(n) for n in range(3, 8)] + [url(99)]
    assert writer.counts["new"] == 3
    assert check(tmp_path / "a.db") == ("ok", 3)
    # The archive is not damaged: once there is room, the same batch goes in.
    db.execute("PRAGMA max_page_count = 1073741823")
    for n in range(3, 8):
        writer.add_article(article(n))
    writer.flush()
    db.close()
    assert check(tmp_path / "a.db") == ("ok", 8)


def test_read_only_archive_is_named_as_such(tmp_path):
    open_archive(tmp_path / "a.db").close()
    uri = f"{(tmp_path / 'a.db').resolve().as_uri()}?mode=ro"
    from sqlite_utils import Database

    db = Database(sqlite3.connect(uri, uri=True))
    writer = ArchiveWriter(db, batch_size=100)
    writer.add_article(make_article(1))
    with pytest.raises(ArchiveWriteError) as failed:
        writer.flush()
    assert (failed.value.failure.cause, failed.value.urls) == ("it is read-only", [url(1)])
    with pytest.raises(ArchiveError) as refused:
        check_writable(db, "a.db")
    assert str(refused.value) == (
        "cannot write the archive a.db: it is read-only; make the file and its directory "
        "writable by this user, or pass --db PATH"
    )
    db.close()


def test_lock_held_past_the_busy_timeout(tmp_path):
    db = open_archive(tmp_path / "a.db")
    db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(tmp_path / "a.db")
    other.execute("BEGIN IMMEDIATE")
    writer = ArchiveWriter(db, batch_size=100)
    writer.add_article(make_article(1))
    with pytest.raises(ArchiveWriteError) as failed:
        writer.flush()
    other.rollback()
    other.close()
    assert failed.value.failure.cause == "another process kept it locked past the busy timeout"
    assert failed.value.urls == [url(1)]
    assert not db.conn.in_transaction
    db.close()
    assert check(tmp_path / "a.db") == ("ok", 0)


class Stats(dict):
    """The part of Scrapy's stats collector the pipeline uses."""

    def inc_value(self, key, count=1):
        self[key] = self.get(key, 0) + count

    def set_value(self, key, value):
        self[key] = value

    def get_stats(self):
        return dict(self)


def test_store_pipeline_counts_names_and_stops_on_a_full_disk(tmp_path):
    from incubator_crawler.crawl.pipelines.store_archive import StoreArchivePipeline

    closed: list[str] = []

    def close_spider_async(reason):
        closed.append(reason)
        return succeed(None)  # what the engine's coroutine would give, without a reactor

    lost: list[tuple[list[str], str]] = []
    crawler = SimpleNamespace(
        signals=SignalManager(), engine=SimpleNamespace(close_spider_async=close_spider_async)
    )
    crawler.signals.connect(
        lambda urls, message, **kw: lost.append((urls, message)),
        signal=project_signals.archive_write_failed,
        weak=False,
    )
    pipeline = StoreArchivePipeline(str(tmp_path / "a.db"), batch_size=4)  # batches of 2
    pipeline.stats, pipeline.crawler = Stats(), crawler
    pipeline.open_spider(SimpleNamespace(name="cnfuhuaqi", full=False, base_url=None))
    for n in range(2):
        pipeline.process_item(article(n))
    pipeline._thread.submit(fill_disk, pipeline.db).result()  # on the writer's connection
    for n in range(2, 4):
        pipeline.process_item(article(n))
    pipeline._thread.submit(lambda: None).result()  # the writer is done with that batch
    for n in range(4, 6):
        pipeline.process_item(article(n))  # the first sees the failure: stop the crawl
    pipeline.spider_closed(None, "archive_failed")
    assert closed == ["archive_failed"]  # asked once, at the first failure
    assert [urls for urls, _ in lost] == [[url(2), url(3)], [url(4), url(5)]]
    message = f"cannot write the archive {tmp_path / 'a.db'}: the disk is full; free space on its disk, then crawl again"
    assert {m for _, m in lost} == {message}
    assert pipeline.stats["incubator/archive/write_failed"] == 4
    assert pipeline.stats["incubator/archive/write_error"] == message
    assert pipeline.stats["incubator/archive/new"] == 2
    assert check(tmp_path / "a.db") == ("ok", 2)


def crawl(db, base_url: str, *extra: str, preexec_fn=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("INCUBATOR_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "incubator_crawler", "crawl", "cnfuhuaqi", "--base-url", base_url,
         "--db", str(db), "--json", "--workers", "0", *FAST, *extra],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300, preexec_fn=preexec_fn,
    )  # fmt: skip


def stored_urls(db) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {
            row[0]
            for row in conn.execute(
                "SELECT url FROM articles UNION SELECT url FROM rejects UNION SELECT url FROM fetch_errors"
            )
        }
    finally:
        conn.close()


def test_crawl_on_a_disk_that_fills_up_stops_exits_3_and_names_the_lost_pages(tmp_path):
    db = tmp_path / "a.db"
    open_archive(db).close()
    limit = os.path.getsize(db) + 400_000  # room for a few batches of the WAL

    def small_disk():
        # Writes past the limit fail with EFBIG (as on a full disk) instead of killing us.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    with replica_server("cnfuhuaqi") as server:
        base = server.base_url + "/"
        full = crawl(db, base, "-s", "INCUBATOR_BATCH_SIZE=4", preexec_fn=small_disk)
        assert full.returncode == 3, full.stderr
        (summary,) = [json.loads(line) for line in full.stdout.splitlines()]
        last = full.stderr.strip().splitlines()[-1]
        assert last.startswith(f"Error: cannot write the archive {db}: ")
        assert last.endswith(f" ({summary['write_failed']} pages not stored)")
        assert summary["finish_reason"] == "archive_failed"
        assert summary["write_failed"] == len(summary["lost_urls"]) > 0
        assert summary["new"] == summary["articles_in_archive"] > 0
        # It stopped: far fewer than the 66 pages of a whole crawl were fetched.
        assert summary["pages_fetched"] < 66
        integrity, articles = check(db)
        assert (integrity, articles) == ("ok", summary["new"])
        assert not stored_urls(db) & set(summary["lost_urls"])
        # With room again, the next crawl fetches what was lost and the archive is whole.
        again = crawl(db, base)
        assert again.returncode == 0, again.stderr
    assert check(db) == ("ok", 47)
    assert set(summary["lost_urls"]) <= stored_urls(db)


def test_a_run_the_full_disk_left_running_is_closed_by_the_next_crawl_of_any_site(tmp_path):
    """When the disk is full the run row cannot be completed either: it stays 'running'.
    health says the run is dead (nothing holds the archive); the next crawl, of another site
    here, closes it as interrupted with the counts of what it committed."""
    db = tmp_path / "a.db"
    conn = open_archive(db)
    writer = ArchiveWriter(conn, batch_size=100)
    writer.start_run("cnfuhuaqi")
    for n in range(3):  # with bodies long enough for health's coverage check
        writer.add_article(
            {**article(n), "body": f"第{n}篇。" + "济南高新区获评人才工作表现突出单位。" * 4}
        )
    writer.add_fetch_error("cnfuhuaqi", url(99), 500, "HTTP 500")
    writer.flush()
    fill_disk(conn)
    for n in range(3, 6):
        writer.add_article(article(n))
    with pytest.raises(ArchiveWriteError) as failed:
        writer.finish_run("finished", {"downloader/response_count": 12})
    assert failed.value.failure.cause == "the disk is full"
    conn.close()  # the process ends; the disk has room again
    assert check(db) == ("ok", 3)

    def cli(*args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        env.pop("INCUBATOR_DB", None)
        return subprocess.run(
            [sys.executable, "-m", "incubator_crawler", *args, "--db", str(db)],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    def health_reasons() -> list[str]:
        lines = cli("health", "--json").stdout.splitlines()
        (site,) = [json.loads(r) for r in lines if json.loads(r)["site"] == "cnfuhuaqi"]
        return [site["last_finish_reason"], *site["reasons"]]

    def run_rows() -> dict[int, dict]:
        return {r["id"]: r for r in map(json.loads, cli("runs", "--json").stdout.splitlines())}

    line = (
        "run 1 was interrupted before it recorded its end (killed, crashed or the archive"
        " refused the write), after 3 pages stored"
    )
    assert run_rows()[1]["finish_reason"] == "running"
    assert health_reasons() == ["running", line + "; the next crawl closes it"]
    with replica_server("chinatorch") as other:
        again = cli("crawl", "chinatorch", "--base-url", other.base_url + "/", "--json", *FAST)
    assert again.returncode == 0, again.stderr
    runs = run_rows()
    closed = {k: runs[1][k] for k in ("site", "finish_reason", "new", "article_pages")}
    assert closed == {
        "site": "cnfuhuaqi",
        "finish_reason": "interrupted",
        "new": 3,
        "article_pages": 3,
    }
    assert (runs[1]["http_errors"], runs[1]["finished_at"] is None) == (1, False)
    assert (runs[2]["site"], runs[2]["finish_reason"]) == ("chinatorch", "finished")
    assert health_reasons() == ["interrupted", line]


def test_crawl_with_one_refused_record_goes_on_and_exits_3(tmp_path):
    db = tmp_path / "a.db"
    conn = open_archive(db)
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.url LIKE '%/6330.aspx'"
        " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    conn.close()
    with replica_server("cnfuhuaqi") as server:
        base = server.base_url + "/"
        result = crawl(db, base, "-s", "INCUBATOR_BATCH_SIZE=2")  # one record per batch
    assert result.returncode == 3, result.stderr
    (summary,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert summary["finish_reason"] == "finished"  # a constraint does not stop the crawl
    assert summary["lost_urls"] == [base + "news/show/6330.aspx"]
    assert summary["write_failed"] == 1
    assert summary["new"] == summary["articles_in_archive"] == 46
    assert result.stderr.strip().splitlines()[-1] == (
        f"Error: cannot write the archive {db}: a record broke a constraint of the schema; "
        "report it with the URLs below; the other pages were stored (1 pages not stored)"
    )
    assert check(db) == ("ok", 46)
    conn = sqlite3.connect(db)
    stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    conn.close()
    assert stats["incubator/archive/write_failed"] == 1


def test_ingest_leaves_a_refused_batch_in_redis_for_the_next_ingest(tmp_path):
    import redis
    from servers import RedisServer

    from incubator_crawler.crawl.distributed import keys, messages
    from incubator_crawler.crawl.distributed.ingest import Ingester

    server = RedisServer(tmp_path / "redis").start()
    try:
        client = redis.Redis.from_url(server.url)
        raw = [messages.encode("article", "cnfuhuaqi", "w-1", article(n)) for n in range(3)]
        client.lpush(keys.ITEMS, *raw)
        db = open_archive(tmp_path / "a.db")
        fill_disk(db)
        with pytest.raises(ArchiveWriteError) as failed:
            Ingester(client, db, idle_exit=0).run()
        assert failed.value.failure.cause == "the disk is full"
        assert client.llen(keys.PROCESSING) + client.llen(keys.ITEMS) == 3  # none acknowledged
        assert check(tmp_path / "a.db") == ("ok", 0)
        db.execute("PRAGMA max_page_count = 1073741823")
        again = Ingester(client, db, idle_exit=0)
        again.run()
        assert (again.recovered, again.skipped) == (3, 0)
        assert client.llen(keys.PROCESSING) + client.llen(keys.ITEMS) == 0
        db.close()
        assert check(tmp_path / "a.db") == ("ok", 3)
    finally:
        server.stop()
