"""Worker mode never loses a request to a kill -9, whichever instruction the kill lands on.

A worker's request is always in one of three places: the shared queue, its lease hash, or
(once its page is done) everything it led to is in Redis. These tests check the two ways that
could break, deterministically: a kill between any two Redis commands of the scheduler (each
step is one command now), and a lease that ends before what its page led to reached Redis
(the requests a listing yields, the item an article becomes).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import redis
import scrapy
from redis.client import Pipeline
from scrapy.utils.test import get_crawler

from incubator_crawler.crawl.distributed import scheduler as scheduler_module
from incubator_crawler.crawl.distributed.scheduler import LeasingScheduler
from incubator_crawler.replicas import replica_server
from incubator_crawler.replicas.cnfuhuaqi.catalog import valid_articles

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLE_PATH = re.compile(r"/\w+/show/\d+\.aspx$")


class Killed(BaseException):
    """The worker process died (as kill -9: nothing after it runs)."""


class KillAfter:
    """Counts the Redis commands every client sends; the ``n``-th one is the last."""

    def __init__(self, n: int | None):
        self.n = n
        self.sent = 0

    def tick(self) -> None:
        self.sent += 1
        if self.n is not None and self.sent >= self.n:
            raise Killed


class NoWaker:
    """Stands in for the scheduler's LoopingCall: these tests run no reactor."""

    running = False

    def __init__(self, *args):
        pass

    def start(self, *args, **kwargs):
        pass


def open_scheduler(url: str, worker: str, monkeypatch) -> LeasingScheduler:
    """A worker's LeasingScheduler on site ``site``, as worker mode configures it."""
    from incubator_crawler.crawl.distributed.worker import apply_worker_settings
    from incubator_crawler.crawl.runner import project_settings

    settings = project_settings({"INCUBATOR_REDIS_URL": url})
    apply_worker_settings(settings)
    names = ("SCHEDULER_QUEUE_CLASS", "SCHEDULER_QUEUE_KEY", "SCHEDULER_DUPEFILTER_KEY",
             "DUPEFILTER_CLASS", "SCHEDULER_PERSIST", "REDIS_URL")  # fmt: skip
    crawler = get_crawler(scrapy.Spider, {name: settings[name] for name in names})
    spider = scrapy.Spider.from_crawler(crawler, name="site")
    monkeypatch.setattr(scheduler_module, "worker_id", lambda: worker)
    monkeypatch.setattr(scheduler_module.task, "LoopingCall", NoWaker)
    scheduler = LeasingScheduler.from_crawler(crawler)
    scheduler.open(spider)
    return scheduler


def take(url: str, monkeypatch, kill: KillAfter) -> None:
    """A worker queues a request (a listing's link), then takes it off the queue to fetch it."""
    real_command, real_execute = redis.Redis.execute_command, Pipeline.execute

    def command(self, *args, **options):
        result = real_command(self, *args, **options)
        kill.tick()
        return result

    def execute(self, *args, **kwargs):
        result = real_execute(self, *args, **kwargs)
        kill.tick()
        return result

    worker = open_scheduler(url, "host-a-1", monkeypatch)  # another host: dead without heartbeat
    with monkeypatch.context() as patch:
        patch.setattr(redis.Redis, "execute_command", command)
        patch.setattr(Pipeline, "execute", execute)
        try:
            worker.enqueue_request(scrapy.Request("http://x.example/news/show/1.aspx"))
            assert worker.next_request().url == "http://x.example/news/show/1.aspx"
        except Killed:
            pass


def test_a_kill_between_any_two_redis_commands_loses_no_request(redis_url, monkeypatch):
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    client.script_flush()  # each take() then loads each script (one command) and runs it (one)
    whole = KillAfter(None)
    take(redis_url, monkeypatch, whole)
    assert whole.sent == 4
    for n in range(1, whole.sent + 1):
        client.flushdb()
        client.script_flush()
        take(redis_url, monkeypatch, KillAfter(n))
        # The restarted worker takes back the dead one's leases; the listing page that linked
        # the request is still leased too, so it is parsed again and links the request again.
        restarted = open_scheduler(redis_url, "host-b-2", monkeypatch)
        request = restarted.next_request()
        if request is None:
            assert restarted.enqueue_request(scrapy.Request("http://x.example/news/show/1.aspx"))
            request = restarted.next_request()
        assert request.url == "http://x.example/news/show/1.aspx", n
        assert restarted.next_request() is None  # and exactly once


def test_a_lease_ends_only_after_what_its_page_led_to_is_in_redis(redis_url, tmp_path):
    """A kill -9 just after any lease ends loses nothing: each page's links are queued and
    each article's item (or reject) pushed before its lease ends."""
    from incubator_crawler.archive.db import open_archive
    from incubator_crawler.crawl.distributed.ingest import Ingester

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    db = open_archive(tmp_path / "archive.db")
    Ingester(client, db).prepare()
    db.close()
    out = tmp_path / "events.json"
    with replica_server("cnfuhuaqi") as server:
        result = _probe_crawl(out, server.base_url, redis_url)
    assert result.returncode == 0, result.stderr
    events = json.loads(out.read_text())
    queued_by: dict[str, list[str]] = {}
    for event in events:
        if "queued" in event and event["from"]:
            queued_by.setdefault(event["from"], []).append(event["queued"])
    releases = [e for e in events if "released" in e]
    queued_so_far: set[str] = set()
    pages_with_links = articles = 0
    for event in events:
        if "queued" in event:
            queued_so_far.add(event["queued"])
            continue
        url = event["released"]
        links = set(queued_by.get(url, ()))
        assert links <= queued_so_far, f"{url}: lease ended before {sorted(links - queued_so_far)}"
        pages_with_links += bool(links)
        if ARTICLE_PATH.search(url):
            assert url in event["items"], f"{url}: lease ended before its item was pushed"
            articles += 1
    # the home page and the 8 listing pages that link something; 47 articles, 1 reject, 1 404
    assert (pages_with_links, articles) == (9, 49)
    assert len(releases) == 65  # and 7 listing pages that link nothing new


def test_a_page_whose_extraction_fails_ends_its_lease_once_the_failure_is_in_redis(
    redis_url, tmp_path
):
    """A page the worker cannot extract (bytes that are no web page) is recorded, with the
    reason, and its lease ends right after: not held until the worker exits, and not ended
    before the record reached Redis. Ingest stores the records as fetch errors of the run."""
    from incubator_crawler.archive.db import open_archive
    from incubator_crawler.crawl.distributed.ingest import Ingester
    from incubator_crawler.replicas.cnfuhuaqi import route
    from incubator_crawler.replicas.faults import PDF_BYTES
    from incubator_crawler.replicas.server import PNG_1X1, ReplicaServer, Response

    broken = {"/news/show/6301.aspx": PNG_1X1 * 40, "/policy/show/6302.aspx": PDF_BYTES}

    def site(path: str) -> Response:
        if path in broken:
            return Response(200, broken[path], [("Content-Type", "text/html; charset=utf-8")])
        return route(path)

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    db = open_archive(tmp_path / "archive.db")
    Ingester(client, db).prepare()
    out = tmp_path / "events.json"
    with ReplicaServer(router=site) as server:
        result = _probe_crawl(out, server.base_url, redis_url)
        base = server.base_url
    assert result.returncode == 0, result.stderr
    events = json.loads(out.read_text())
    for path in broken:
        ends = [e for e in events if e.get("released") == base + path]
        assert len(ends) == 1, path  # released while crawling, once
        assert base + path in ends[0]["items"], f"{path}: lease ended before its record"
    assert len([e for e in events if "released" in e]) == 65  # every page, as before
    # ingest records both, with the reason, and counts them with the run's 404
    ingester = Ingester(client, db, idle_exit=0)
    ingester.run()
    rows = db.execute("SELECT url, status, error FROM fetch_errors ORDER BY url").fetchall()
    assert [row for row in rows if row[1] == 200] == [
        (base + "/news/show/6301.aspx", 200, "not HTML: PNG image"),
        (base + "/policy/show/6302.aspx", 200, "not HTML: PDF document"),
    ]
    run = db.execute("SELECT new, http_errors FROM crawl_runs").fetchone()
    assert run == (len(valid_articles()) - 2, 3)
    db.close()


def _probe_crawl(out, base_url: str, redis_url: str) -> subprocess.CompletedProcess:
    """A worker crawl of the cnfuhuaqi replica at ``base_url`` under ``tests/lease_probe.py``,
    which writes every lease release and queue push, in order, to ``out``."""
    return subprocess.run(
        [sys.executable, os.path.join(REPO, "tests", "lease_probe.py"), str(out), "crawl",
         "cnfuhuaqi", "--base-url", base_url + "/", "--redis", redis_url,
         "--idle-exit", "1", "--json", "-s", "DOWNLOAD_DELAY=0", "-s",
         "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING"],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
