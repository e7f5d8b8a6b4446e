"""Runs that end badly or partly, and writers that meet (issue 11, items 7-10 and the kill test)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import last_run_interrupted, search
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.ops.lock import ArchiveLock
from incubator_crawler.replicas import replica_server
from incubator_crawler.replicas.cnfuhuaqi.catalog import valid_articles
from incubator_crawler.replicas.text import compose

FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING")
FAST += ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")


def article(n: int, title: str = "标题", body: str = "正文") -> dict:
    """A minimal article row for the writer."""
    return {"url": f"http://s/{n}", "site": "s", "title": f"{title}{n}", "body": f"{body}{n}"}


def test_killed_run_is_marked_interrupted_with_its_counts(tmp_path):
    """Item 7: a run that never finished is closed at the next start, from what it committed."""
    db = open_archive(tmp_path / "a.db")
    killed = ArchiveWriter(db, batch_size=2)
    first = killed.start_run("s")
    for n in range(5):
        killed.add_article(article(n))
    killed.add_fetch_error("s", "http://s/x", 500, "HTTP 500")  # 6 queued: 3 batches committed
    ArchiveWriter(db).start_run("other")  # another site's start leaves it alone
    assert db.table("crawl_runs").get(first)["finish_reason"] == "running"
    ArchiveWriter(db).start_run("s")
    row = db.table("crawl_runs").get(first)
    assert row["finish_reason"] == "interrupted"
    counts = [row[k] for k in ("new", "updated", "unchanged", "rejected", "http_errors")]
    assert counts == [5, 0, 0, 0, 1]
    assert row["article_pages"] == 5
    assert row["finished_at"] is not None


def test_max_pages_leaves_a_marker_the_next_crawl_reads_on_from(tmp_path, cli_run):
    """Item 8: after --max-pages 1 a plain crawl fetches the rest, not "0 new"."""
    db = tmp_path / "a.db"
    with replica_server("cnfuhuaqi") as server:
        base = ("crawl", "cnfuhuaqi", "--base-url", server.base_url, "--db", str(db), "--json")
        first = cli_run(*base, "--max-pages", "1", *FAST)
        second = cli_run(*base, *FAST)
        third = cli_run(*base, *FAST)
    assert [r.returncode for r in (first, second, third)] == [0, 0, 0], first.stderr
    new = [json.loads(r.stdout)["new"] for r in (first, second, third)]
    assert new[0] < len(valid_articles())
    assert new == [new[0], len(valid_articles()) - new[0], 0]
    conn = open_archive(db)
    assert last_run_interrupted(conn, "cnfuhuaqi") is False
    stats = json.loads(conn.table("crawl_runs").get(1)["stats"])
    assert stats["incubator/paging/max_pages_reached"] == 3  # each channel has a page 2


def test_reprints_rebuild_and_reprocess_wait_for_the_lock(tmp_path, cli_run):
    """Item 9: both write the archive, so both refuse while a crawl holds it (and wipe nothing)."""
    db = tmp_path / "a.db"
    conn = open_archive(db)
    writer = ArchiveWriter(conn)
    writer.start_run("s")
    writer.add_article(article(1, body="".join(compose(3).paragraphs)))
    writer.finish_run("finished", {})
    before = conn.execute("SELECT count(*) FROM reprint_bands").fetchone()[0]
    with ArchiveLock(db, command="incubator-crawler crawl --all"):
        rebuild = cli_run("reprints", "--rebuild", "--db", str(db))
        reprocess = cli_run("reprocess", "--db", str(db))
    for result in (rebuild, reprocess):
        assert result.returncode == 1
        assert result.stderr.startswith(
            f"Error: archive is being written by pid {os.getpid()} on "
        ), result.stderr
        assert "Traceback" not in result.stderr
    assert conn.execute("SELECT count(*) FROM reprint_bands").fetchone()[0] == before == 8


def test_search_stays_under_the_variable_limit(tmp_path):
    """Item 10: tier 2 excluded tier 1 by binding one parameter per title hit."""
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db, batch_size=100)
    writer.start_run("s")
    for n in range(60):
        writer.add_article(article(n, title="孵化器"))
    for n in range(60, 75):
        writer.add_article(article(n, body="孵化器"))
    writer.flush()
    db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 20)
    results = search(db, "孵化器", limit=1000)
    assert [r["rank"] for r in results] == [1] * 60 + [2] * 15
    assert sorted(r["id"] for r in results) == list(range(1, 76))
    assert [r["id"] for r in search(db, "孵化器", limit=62)][-3:] == [1, 75, 74]


def test_kill_9_loses_nothing_committed_and_duplicates_nothing(tmp_path):
    """Three crawls killed at seeded random points (batch size 3), then one to the end."""
    db = tmp_path / "a.db"
    rng = random.Random(11)
    committed: set[str] = set()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("INCUBATOR_DB", None)
    with replica_server("cnfuhuaqi") as server:
        command = [sys.executable, "-m", "incubator_crawler", "crawl", "cnfuhuaqi", "--db", str(db)]
        command += ["--base-url", server.base_url, *FAST, "-s", "INCUBATOR_BATCH_SIZE=3"]
        command += ["-s", "DOWNLOAD_DELAY=0.05", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
        for _ in range(3):
            proc = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(rng.uniform(1.5, 3.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            conn = sqlite3.connect(db)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # On a loaded machine a kill can land before start-up has created the schema:
            # then nothing was committed, and the file must still be sound.
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
            ).fetchone()
            urls = (
                {row[0] for row in conn.execute("SELECT url FROM articles")} if has_table else set()
            )
            assert committed <= urls  # nothing committed before is lost
            committed |= urls
            conn.close()
        final = subprocess.run(command + ["--json"], env=env, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    urls = [row[0] for row in conn.execute("SELECT url FROM articles")]
    assert len(urls) == len(set(urls)) == len(valid_articles())
    assert committed <= set(urls)
    reasons = [row[0] for row in conn.execute("SELECT finish_reason FROM crawl_runs ORDER BY id")]
    assert reasons[-1] == "finished"
    assert set(reasons[:-1]) <= {"interrupted"}
    assert conn.execute(
        "SELECT count(*) FROM crawl_runs WHERE finish_reason = 'running'"
    ).fetchone() == (0,)
