"""Which workers are alive, and who closes a finished crawl's frontier.

Each worker keeps a heartbeat key per site with a short TTL, so a killed worker disappears by
itself. ``ingest`` waits for live workers before it exits. The last worker of a site to finish
with an empty queue deletes the site's dupefilter: scrapy-redis keeps it (SCHEDULER_PERSIST)
so that a killed worker's restart does not fetch pages again, but the next day's crawl must be
able to read the same listing pages.

Before its spider opens, a worker has no heartbeat yet, so it announces itself for each site it
will crawl (``announce_starting``, from process start) until the spider is open or the worker
exits. Without that, a worker finishing a small recrawl before another worker of the site had
opened reset the dupefilter, and the late worker read the listing pages again. The
announcement is per site, so a starting worker of another site never stops this site's reset.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import redis
from scrapy import signals
from twisted.internet import task

from . import keys
from .pipeline import worker_id

#: Seconds between heartbeats, and how long a heartbeat lasts when it is not renewed.
HEARTBEAT_EVERY = 2.0
HEARTBEAT_TTL = 10
#: How long a starting worker counts as alive without a heartbeat, on top of its wait for ingest.
STARTING_TTL = 120


def announce_starting(client: redis.Redis, sites: Iterable[str], wait: float = 0.0) -> None:
    """Count this worker as present for each of ``sites`` until its spider there opens or it exits.

    Liveness is what heartbeats use: on this host the worker's pid (``ops.lock.pid_alive``: a
    kill -9 stops counting at once), on another host the announcement's expiry,
    ``STARTING_TTL`` seconds plus ``wait`` (the longest this worker may wait for ingest).
    """
    ttl = STARTING_TTL + math.ceil(max(0.0, wait))
    worker = worker_id()
    pipe = client.pipeline()
    for site in sites:
        pipe.set(keys.starting_key(site, worker), "1", ex=ttl)
    pipe.execute()


def withdraw_starting(client: redis.Redis, site: str = "*") -> None:
    """End this worker's starting announcement for ``site`` (for every site: ``*``)."""
    if site == "*":
        names = list(client.scan_iter(match=keys.starting_key("*", worker_id()), count=500))
    else:
        names = [keys.starting_key(site, worker_id())]
    if names:
        client.delete(*names)


class WorkerPresence:
    """Scrapy extension of worker mode: heartbeat while open, frontier cleanup when done."""

    def __init__(self, crawler, client):
        self.crawler = crawler
        self.client = client
        self.worker = worker_id()
        self.key: str | None = None
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        """Connect to ``INCUBATOR_REDIS_URL`` and follow the spider's life."""
        presence = cls(crawler, keys.connect(crawler.settings.get("INCUBATOR_REDIS_URL")))
        crawler.signals.connect(presence.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(presence.spider_closed, signal=signals.spider_closed)
        return presence

    def beat(self) -> None:
        """Renew this worker's heartbeat."""
        self.client.set(self.key, "1", ex=HEARTBEAT_TTL)

    def spider_opened(self, spider):
        """Start the heartbeat; it replaces this worker's starting announcement for the site."""
        self.key = keys.worker_key(spider.name, self.worker)
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(HEARTBEAT_EVERY, now=True)  # the first beat is written now
        # Only after the heartbeat: this worker is never in neither (see keys.present_workers).
        self.client.delete(keys.starting_key(spider.name, self.worker))

    def spider_closed(self, spider, reason):
        """Stop the heartbeat; the last worker out of a finished crawl resets its dupefilter."""
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        # Delete our heartbeat before looking for others: of two workers ending together,
        # at least the later one then sees nobody left and cleans up.
        self.client.delete(self.key)
        site = spider.name
        # Workers still starting for this site count too: one that has not opened yet would
        # otherwise read the listing pages again after this reset.
        if (
            reason == "finished"
            and not self.client.exists(keys.queue_key(site))
            and not keys.present_workers(self.client, site)
        ):
            self.client.delete(keys.dupefilter_key(site))
            spider.logger.info("frontier of %s finished: dupefilter reset for the next crawl", site)
        self.client.close()
