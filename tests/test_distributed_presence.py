"""Who may reset a site's dupefilter, and when ingest may exit: workers starting count too.

Each step of each worker is called in turn on a real redis-server, so every interleaving here
is the one the test names: no sleeps, no timing. Workers named ``host-x-N`` live on another
host (alive while their keys are); a worker on this host with a dead pid is a kill -9.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
from types import SimpleNamespace

import pytest
import redis
from twisted.internet import task

from incubator_crawler.cli.common import CliError
from incubator_crawler.cli.workers import worker_finished, worker_overrides
from incubator_crawler.crawl.distributed import keys, presence
from incubator_crawler.crawl.distributed.ingest import Ingester
from incubator_crawler.crawl.distributed.worker import NotPrepared, worker_class

SITE, OTHER = "cnfuhuaqi", "chinatorch"
SEEN = {b"fingerprint-1", b"fingerprint-2"}


@pytest.fixture
def client(redis_url):
    """The module's Redis, emptied, with SITE's dupefilter holding what a crawl has seen."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    client.sadd(keys.dupefilter_key(SITE), *SEEN)
    return client


class ClockLoop(task.LoopingCall):
    """The heartbeat's LoopingCall on a clock of its own: the first beat only, no reactor."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.clock = task.Clock()


class Workers:
    """Worker processes, each step called by the test: announce, open, close."""

    def __init__(self, url: str, monkeypatch):
        self.url = url
        self.monkeypatch = monkeypatch
        monkeypatch.setattr(presence, "task", SimpleNamespace(LoopingCall=ClockLoop))

    def _as(self, worker: str) -> None:
        self.monkeypatch.setattr(presence, "worker_id", lambda: worker)

    def announce(self, worker: str, *sites: str, wait: float = 0.0) -> None:
        """``worker`` starts (its process, before any spider): it will crawl ``sites``."""
        self._as(worker)
        client = redis.Redis.from_url(self.url)
        presence.announce_starting(client, sites, wait)
        client.close()

    def open(self, worker: str, site: str) -> presence.WorkerPresence:
        """``worker``'s spider for ``site`` opens (Scrapy's spider_opened)."""
        self._as(worker)
        extension = presence.WorkerPresence(None, redis.Redis.from_url(self.url))
        extension.spider_opened(spider(site))
        return extension

    def close(self, extension: presence.WorkerPresence, site: str) -> None:
        """That spider closes with the shared frontier idle (finish reason ``finished``)."""
        extension.spider_closed(spider(site), "finished")


def spider(site: str) -> SimpleNamespace:
    return SimpleNamespace(name=site, logger=logging.getLogger("test"))


@pytest.fixture
def workers(redis_url, monkeypatch):
    return Workers(redis_url, monkeypatch)


def dead_worker() -> str:
    """A worker id of this host whose process has exited (as after a kill -9)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return f"{socket.gethostname()}-{proc.pid}"


def test_a_worker_still_starting_keeps_the_dupefilter_until_it_has_crawled(client, workers):
    workers.announce("host-b-2", SITE)
    a = workers.open("host-a-1", SITE)
    workers.close(a, SITE)  # A finished the recrawl before B's spider opened
    assert client.smembers(keys.dupefilter_key(SITE)) == SEEN
    b = workers.open("host-b-2", SITE)
    # The heartbeat took over from the announcement.
    assert client.exists(keys.worker_key(SITE, "host-b-2")) == 1
    assert client.exists(keys.starting_key(SITE, "host-b-2")) == 0
    assert keys.present_workers(client, SITE) == {"host-b-2"}
    workers.close(b, SITE)  # B, last out with the queue empty
    assert client.exists(keys.dupefilter_key(SITE)) == 0


def test_a_worker_starting_for_another_site_does_not_block_the_reset(client, workers):
    workers.announce("host-b-2", OTHER)
    a = workers.open("host-a-1", SITE)
    workers.close(a, SITE)
    assert client.exists(keys.dupefilter_key(SITE)) == 0
    assert keys.present_workers(client, OTHER) == {"host-b-2"}


def test_a_site_with_a_port_is_not_another_sites_worker(client, workers):
    # Generic mode's site keys keep the port: 127.0.0.1 and 127.0.0.1:8001 are two sites,
    # and the Redis pattern of the first also matches the keys of the second.
    workers.announce("host-b-2", "127.0.0.1:8001")
    workers.open("host-c-3", "127.0.0.1:8002/wp")
    assert keys.present_workers(client, "127.0.0.1") == set()
    assert keys.present_workers(client, "127.0.0.1:8001") == {"host-b-2"}


def test_a_killed_starting_worker_does_not_block_the_reset(client, workers):
    killed = dead_worker()
    workers.announce(killed, SITE)
    a = workers.open("host-a-1", SITE)
    workers.close(a, SITE)
    assert client.exists(keys.dupefilter_key(SITE)) == 0
    assert client.exists(keys.starting_key(SITE, killed)) == 0  # cleared by the check


def test_a_starting_announcement_from_another_host_expires(client, workers):
    # Its pid cannot be checked from here: the announcement lasts the start-up (the wait for
    # ingest included) and then expires with the worker unheard of.
    workers.announce("host-b-2", SITE, OTHER, wait=30)
    for site in (SITE, OTHER):
        ttl = client.ttl(keys.starting_key(site, "host-b-2"))
        assert presence.STARTING_TTL < ttl <= presence.STARTING_TTL + 30


def test_a_worker_opening_between_the_two_reads_of_the_check_is_not_missed(
    client, workers, monkeypatch
):
    """B's spider opens while A looks for others: after A's first read, before its second.

    B writes its heartbeat before it withdraws its announcement; A reads the announcements
    before the heartbeats. Either B is still announced at A's first read, or its heartbeat is
    there at A's second."""
    workers.announce("host-b-2", SITE)
    a = workers.open("host-a-1", SITE)
    reads = []

    def reading(real):
        def read(*args, **kwargs):
            found = real(*args, **kwargs)
            reads.append(real.__name__)
            if len(reads) == 1:
                workers.open("host-b-2", SITE)
            return found

        return read

    monkeypatch.setattr(keys, "starting_workers", reading(keys.starting_workers))
    monkeypatch.setattr(keys, "live_workers", reading(keys.live_workers))
    workers.close(a, SITE)
    assert client.smembers(keys.dupefilter_key(SITE)) == SEEN
    assert reads == ["starting_workers", "live_workers"]


def test_ingest_waits_for_a_worker_still_starting(client, workers, monkeypatch, tmp_path):
    """A starting worker's announcement (a Scrapyd job's too) keeps ingest waiting.

    Each empty poll of the item list is one step of worker B: still starting, then crawling,
    then gone. Ingest (idle exit 0) must poll until B is gone."""
    from incubator_crawler.archive.db import open_archive

    opened = []
    steps = [
        lambda: None,
        lambda: opened.append(workers.open("host-b-2", OTHER)),
        lambda: workers.close(opened[0], OTHER),
    ]

    def empty_poll(*args, **kwargs):
        if not steps:
            raise AssertionError("ingest still polling after worker B has gone")
        steps.pop(0)()
        return None

    workers.announce("host-b-2", OTHER)
    db = open_archive(tmp_path / "archive.db")
    ingester = Ingester(client, db, idle_exit=0)
    monkeypatch.setattr(client, "blmove", empty_poll)
    ingester.drain()
    db.close()
    assert steps == []  # it polled through B's start and crawl, and left once B had gone
    assert keys.present_workers(client) == set()


def test_crawl_announces_its_sites_from_the_start_and_withdraws_them_at_exit(client, redis_url):
    from incubator_crawler.crawl.distributed.pipeline import worker_id

    me = worker_id()
    with pytest.raises(CliError, match="no ingest has prepared this Redis"):
        worker_overrides(redis_url, 0, [SITE, OTHER])
    assert keys.present_workers(client) == set()  # a failed start leaves nothing behind
    client.set(keys.PREPARED, "now")
    worker_overrides(redis_url, 0, [SITE, OTHER])
    assert keys.present_workers(client, SITE) == keys.present_workers(client, OTHER) == {me}
    assert keys.present_workers(client, "example.gov.cn") == set()
    worker_finished(redis_url)
    assert keys.present_workers(client) == set()


def test_the_sites_a_worker_announces_are_its_jobs_site_keys():
    from incubator_crawler.crawl.jobs import CrawlRequest, job_site, plan_jobs

    start = "http://127.0.0.1:8001/wp/category/news/"
    assert [job_site(j) for j in plan_jobs(CrawlRequest(site=SITE))] == [SITE]
    assert [job_site(j) for j in plan_jobs(CrawlRequest(start_url=start))] == ["127.0.0.1:8001/wp"]
    named = CrawlRequest(start_url=start, site_name="parks/wp")
    assert [job_site(j) for j in plan_jobs(named)] == ["parks/wp"]


def test_a_scrapyd_worker_announces_its_site_when_its_spider_is_built(client, redis_url):
    """`scrapy crawl SITE -s INCUBATOR_REDIS_URL=...` has no `crawl` start: the spider's
    construction announces it, and withdraws the announcement when its start fails."""
    from scrapy.utils.test import get_crawler

    from incubator_crawler.crawl.distributed.pipeline import worker_id
    from incubator_crawler.crawl.spiders.sites import SPIDERS

    spidercls = worker_class(SPIDERS[SITE])
    settings = {"INCUBATOR_REDIS_URL": redis_url, "INCUBATOR_IDLE_EXIT": 0}
    crawler = get_crawler(spidercls, settings)
    with pytest.raises(NotPrepared):
        spidercls.from_crawler(crawler)
    assert keys.present_workers(client) == set()
    client.set(keys.PREPARED, "now")
    spider = spidercls.from_crawler(get_crawler(spidercls, settings))
    assert spider.name == SITE
    assert keys.present_workers(client, SITE) == {worker_id()}
    ttl = client.ttl(keys.starting_key(SITE, worker_id()))
    assert presence.STARTING_TTL - 5 < ttl <= presence.STARTING_TTL
