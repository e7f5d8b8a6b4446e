"""End to end on a real redis-server: workers (`crawl --redis`) + `ingest` against the replica.

Every process is a real CLI process; the replica runs in this test process so that its request
log counts what the workers fetched. Kills are kill -9 (SIGKILL), at points the test makes
certain (a process blocked on the archive lock, a crawl with articles fetched), never by timing.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest
import redis

from incubator_crawler.crawl.distributed import keys
from incubator_crawler.replicas import replica_server
from incubator_crawler.replicas.server import ReplicaServer

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING")
FIELDS = ("url", "title", "published_at", "author", "editor", "source", "category", "body")
ARTICLE_PATH = re.compile(r"^/\w+/show/\d+\.aspx$")


def start(*args: str) -> subprocess.Popen:
    """``incubator-crawler ARGS`` as a background process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("INCUBATOR_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "incubator_crawler", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, list[dict], str]:
    """Wait for a process: exit code, its JSON lines, its stderr."""
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, [json.loads(line) for line in out.splitlines() if line], err


def run(*args: str) -> tuple[int, list[dict], str]:
    """Run ``incubator-crawler ARGS`` to the end."""
    return finish(start(*args))


def wait_for(predicate, what: str, timeout: float = 60.0) -> None:
    """Poll until ``predicate()`` holds (the deadline only turns a hang into a failure)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def articles_requested(server: ReplicaServer) -> Counter:
    """How often each article page was requested from the replica."""
    return Counter(p for p in server.request_log if ARTICLE_PATH.match(p))


def archive(db) -> dict[str, tuple]:
    conn = sqlite3.connect(db)
    try:
        return {r[0]: r for r in conn.execute(f"SELECT {', '.join(FIELDS)} FROM articles")}
    finally:
        conn.close()


def query(db, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def prepare(url: str, db) -> None:
    """What ingest does first: publish the archive's known URLs (in-process: no start-up time)."""
    from incubator_crawler.archive.db import open_archive
    from incubator_crawler.crawl.distributed.ingest import Ingester

    archive_db = open_archive(db)
    try:
        Ingester(redis.Redis.from_url(url), archive_db).prepare()
    finally:
        archive_db.close()


def worker(url: str, base_url: str, *extra: str) -> subprocess.Popen:
    return start(
        "crawl", "cnfuhuaqi", "--base-url", base_url, "--redis", url,
        "--idle-exit", "1", "--json", *FAST, *extra,
    )  # fmt: skip


def distributed_round(url: str, db, base_url: str, workers: int = 2):
    """N workers and an ingest running together; returns their summaries.

    The workers are started first and ingest once they count as alive: ingest exits after
    --idle-exit seconds without items and without live workers, and a worker's start-up time
    on a loaded machine must not decide the test.
    """
    client = redis.Redis.from_url(url)
    prepare(url, db)
    procs = [worker(url, base_url) for _ in range(workers)]
    wait_for(
        lambda: (
            len(keys.present_workers(client)) == workers or any(p.poll() is not None for p in procs)
        ),
        "the workers to start",
    )
    ingest = start("ingest", "--redis", url, "--db", str(db), "--idle-exit", "2", "--json")
    results = [finish(p) for p in procs]
    for code, _, err in results:
        assert code == 0, err
    code, summaries, err = finish(ingest)
    assert code == 0, err
    return [s for _, out, _ in results for s in out], summaries


@pytest.fixture
def fresh_redis(redis_url):
    """The module's Redis, emptied for one test."""
    redis.Redis.from_url(redis_url).flushdb()
    return redis_url


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory, redis_url):
    """A one-process crawl and a 2-worker crawl of the same replica, then a 2-worker recrawl."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    tmp = tmp_path_factory.mktemp("dist")
    replica = replica_server("cnfuhuaqi")
    route = replica.router
    both_present = {"wait": False}

    def home_once_both_workers_are_present(path: str):
        # The workers' rounds are about two workers sharing one crawl, so the crawl starts
        # once both are present for the site: announced as starting, or open. Not later:
        # a worker that finishes the recrawl (11 listing pages) while the other is still
        # starting must leave the dupefilter to it (presence.announce_starting), or the late
        # one would read the listings again. Before the per-site announcement this waited
        # for both spiders to open, which hid that race.
        if path == "/" and both_present["wait"]:
            wait_for(
                lambda: len(keys.present_workers(client, "cnfuhuaqi")) >= 2,
                "both workers to be present for the site",
                timeout=120,
            )
        return route(path)

    replica.router = home_once_both_workers_are_present
    with replica as server:
        base = server.base_url + "/"
        code, (single,), err = run("crawl", "cnfuhuaqi", "--base-url", base, "--db",
                                   str(tmp / "single.db"), "--json", *FAST)  # fmt: skip
        assert code == 0, err
        single_requests = articles_requested(server)
        server.request_log.clear()
        both_present["wait"] = True
        workers, (ingested,) = distributed_round(redis_url, tmp / "dist.db", base)
        first_requests = articles_requested(server)
        server.request_log.clear()
        re_workers, (re_ingested,) = distributed_round(redis_url, tmp / "dist.db", base)
        second_requests = articles_requested(server)
    return {
        "single": single, "single_requests": single_requests, "single_db": tmp / "single.db",
        "workers": workers, "ingested": ingested, "requests": first_requests,
        "db": tmp / "dist.db", "re_workers": re_workers, "re_ingested": re_ingested,
        "re_requests": second_requests,
    }  # fmt: skip


def test_two_workers_fetch_no_article_twice(two_workers):
    requests = two_workers["requests"]
    assert requests
    assert max(requests.values()) == 1
    assert set(requests) == set(two_workers["single_requests"])
    # Both workers took part in the crawl (the shared queue, not one worker doing it all).
    assert len(two_workers["workers"]) == 2
    assert all(w["finish_reason"] == "finished" for w in two_workers["workers"])
    assert sum(w["article_pages"] for w in two_workers["workers"]) == 48


def test_archive_equals_one_process_crawl(two_workers):
    single = archive(two_workers["single_db"])
    distributed = archive(two_workers["db"])
    assert len(single) == 47
    assert distributed == single
    for table in ("rejects", "fetch_errors"):
        rows = f"SELECT url FROM {table} ORDER BY url"
        assert query(two_workers["db"], rows) == query(two_workers["single_db"], rows)
    # Raw pages and the search index are written as by a one-process crawl.
    pages = "SELECT count(*) FROM articles a JOIN pages p ON p.sha256 = a.page_sha256"
    assert query(two_workers["db"], pages) == [(47,)]
    hits = "SELECT count(*) FROM articles_search WHERE articles_search MATCH '孵 化 器'"
    assert query(two_workers["db"], hits) == query(two_workers["single_db"], hits)


def test_distributed_run_recorded(two_workers):
    ingested, single = two_workers["ingested"], two_workers["single"]
    assert ingested["finish_reason"] == "finished"
    assert ingested["workers"] == 2
    for key in ("new", "rejected", "http_errors", "listing_pages", "article_pages"):
        assert ingested[key] == single[key], key
    mode, stats = query(two_workers["db"], "SELECT mode, stats FROM crawl_runs WHERE id = 1")[0]
    assert mode == "distributed"
    assert json.loads(stats)["incubator/distributed/workers"] == 2


def test_recrawl_of_unchanged_site_requests_no_article(two_workers):
    assert two_workers["re_requests"] == Counter()
    again = two_workers["re_ingested"]
    assert (again["new"], again["updated"], again["article_pages"]) == (0, 0, 0)
    assert again["listing_pages"] == 11  # the first listing page of each channel, as in one process
    assert len(archive(two_workers["db"])) == 47


def test_a_worker_still_starting_keeps_the_crawl_for_the_next_one(fresh_redis, tmp_path):
    """A worker that finishes while another of the site is starting leaves the dupefilter: the
    late worker, once open, reads nothing again. This test process stands in for a worker whose
    spider has not opened yet (announced as starting, alive: its pid is this one)."""
    from incubator_crawler.crawl.distributed.presence import announce_starting, withdraw_starting

    client = redis.Redis.from_url(fresh_redis)
    prepare(fresh_redis, tmp_path / "archive.db")
    announce_starting(client, ["cnfuhuaqi"])
    try:
        with replica_server("cnfuhuaqi") as server:
            base = server.base_url + "/"
            code, (first,), err = finish(worker(fresh_redis, base))
            assert code == 0, err
            assert first["finish_reason"] == "finished"
            assert client.exists(keys.dupefilter_key("cnfuhuaqi")) == 1
            fetched = len(server.request_log)
            code, (late,), err = finish(worker(fresh_redis, base))
            assert code == 0, err
            assert (late["finish_reason"], late["pages_fetched"]) == ("finished", 0)
            assert len(server.request_log) == fetched
    finally:
        withdraw_starting(client)
    assert first["article_pages"] == 48  # the whole site, read by the first worker alone


def test_killed_worker_loses_nothing(fresh_redis, tmp_path):
    db = tmp_path / "archive.db"
    prepare(fresh_redis, db)
    # A little latency so that the worker is surely mid-crawl when it is killed.
    with replica_server("cnfuhuaqi", latency=0.02) as server:
        base = server.base_url + "/"
        first = worker(fresh_redis, base)
        wait_for(lambda: len(articles_requested(server)) >= 10, "10 articles fetched")
        first.send_signal(signal.SIGKILL)
        first.wait()
        code, (restarted,), err = finish(worker(fresh_redis, base))
        assert code == 0, err
        assert restarted["finish_reason"] == "finished"
    code, (ingested,), err = run("ingest", "--redis", fresh_redis, "--db", str(db),
                                 "--idle-exit", "0", "--json")  # fmt: skip
    assert code == 0, err
    assert ingested["new"] == len(archive(db)) == 47
    assert query(db, "SELECT DISTINCT url FROM rejects") != []
    assert len(query(db, "SELECT DISTINCT url FROM fetch_errors")) == 1
    client = redis.Redis.from_url(fresh_redis)
    assert not client.exists(keys.queue_key("cnfuhuaqi"))
    assert list(client.scan_iter(match=keys.lease_key("cnfuhuaqi", "*"))) == []


def test_killed_ingest_loses_nothing_and_stores_nothing_twice(fresh_redis, tmp_path):
    db = tmp_path / "archive.db"
    prepare(fresh_redis, db)
    client = redis.Redis.from_url(fresh_redis)
    with replica_server("cnfuhuaqi") as server:
        code, _, err = finish(worker(fresh_redis, server.base_url + "/"))
        assert code == 0, err
    total = client.llen(keys.ITEMS)
    assert total == 50  # 47 articles, 1 reject, 1 fetch error, the worker's report
    # Hand ingest the first 10 items only, and let it commit them.
    client.rename(keys.ITEMS, "held")
    for _ in range(10):
        client.lmove("held", keys.ITEMS, "RIGHT", "LEFT")
    ingest = start("ingest", "--redis", fresh_redis, "--db", str(db), "--idle-exit", "60",
                   "--batch-size", "5")  # fmt: skip
    wait_for(lambda: query(db, "SELECT count(*) FROM ingested_items") == [(10,)], "10 committed")
    wait_for(lambda: client.llen(keys.PROCESSING) == 0, "10 acknowledged")
    # Hold the archive's write lock, give ingest the rest: it takes a batch and blocks in its
    # transaction. That is the moment to kill it.
    blocker = sqlite3.connect(db, timeout=60)
    blocker.execute("BEGIN IMMEDIATE")
    client.rename("held", keys.ITEMS)  # all at once, so the next batch is a full one
    wait_for(lambda: client.llen(keys.PROCESSING) == 5, "a batch taken")
    ingest.send_signal(signal.SIGKILL)
    ingest.wait()
    blocker.rollback()
    blocker.close()
    assert client.llen(keys.PROCESSING) + client.llen(keys.ITEMS) == total - 10
    code, (ingested,), err = run("ingest", "--redis", fresh_redis, "--db", str(db),
                                 "--idle-exit", "0", "--json")  # fmt: skip
    assert code == 0, err
    assert "recovered 5 items" in err
    assert client.llen(keys.PROCESSING) == client.llen(keys.ITEMS) == 0
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(47, 47)]
    assert query(db, "SELECT count(*) FROM rejects") == [(1,)]
    assert query(db, "SELECT count(*) FROM fetch_errors") == [(1,)]
    assert query(db, "SELECT count(*) FROM ingested_items") == [(total,)]
    assert query(db, "SELECT count(*) FROM article_versions") == [(0,)]


def test_item_committed_but_not_acknowledged_is_not_stored_twice(fresh_redis, tmp_path):
    """The window between a commit and its LREM: the restarted ingest skips those items."""
    from incubator_crawler.archive.db import open_archive
    from incubator_crawler.crawl.distributed import messages
    from incubator_crawler.crawl.distributed.ingest import Ingester

    client = redis.Redis.from_url(fresh_redis)
    db = open_archive(tmp_path / "archive.db")
    item = {"url": "http://x.example/a/show/1.aspx", "site": "x", "title": "标题",
            "body": "正文" * 40, "page": {"body": b"<html>\xe6\xad\xa3</html>", "status": 200}}  # fmt: skip
    raw = [messages.encode("article", "x", "w-1", item),
           messages.encode("reject", "x", "w-1", {"item": {"url": "u"}, "reason": "missing body"})]  # fmt: skip
    Ingester(client, db).commit(raw)
    # As if ingest died right after the commit: the items are still in the processing list.
    client.lpush(keys.PROCESSING, *raw)
    again = Ingester(client, db, idle_exit=0)
    again.run()
    assert (again.recovered, again.skipped) == (2, 2)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM rejects").fetchone()[0] == 1
    assert db.execute("SELECT body_zlib IS NOT NULL FROM pages").fetchone()[0] == 1
    assert client.llen(keys.PROCESSING) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ingest", "--redis", "http://127.0.0.1:1/"), "is not a Redis URL"),
        (("ingest", "--redis", "redis://127.0.0.1:1/0"), "cannot reach Redis"),
        (("crawl", "cnfuhuaqi", "--redis", "redis://127.0.0.1:1/0"), "cannot reach Redis"),
        (("crawl", "cnfuhuaqi", "--idle-exit", "5"), "--idle-exit goes with --redis"),
    ],
)
def test_bad_redis_is_one_line_exit_2(tmp_path, args, message):
    result = subprocess.run(
        [sys.executable, "-m", "incubator_crawler", *args, "--db", str(tmp_path / "a.db")],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
