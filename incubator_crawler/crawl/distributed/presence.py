"""Which workers are alive, and who closes a finished crawl's frontier.

Each worker keeps a heartbeat key per site with a short TTL, so a killed worker disappears by
itself. ``ingest`` waits for live workers before it exits. The last worker of a site to finish
with an empty queue deletes the site's dupefilter: scrapy-redis keeps it (SCHEDULER_PERSIST)
so that a killed worker's restart does not fetch pages again, but the next day's crawl must be
able to read the same listing pages.
"""

from __future__ import annotations

from scrapy import signals
from twisted.internet import task

from . import keys
from .pipeline import worker_id

#: Seconds between heartbeats, and how long a heartbeat lasts when it is not renewed.
HEARTBEAT_EVERY = 2.0
HEARTBEAT_TTL = 10


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
        """Start the heartbeat."""
        self.key = keys.worker_key(spider.name, self.worker)
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(HEARTBEAT_EVERY, now=True)

    def spider_closed(self, spider, reason):
        """Stop the heartbeat; the last worker out of a finished crawl resets its dupefilter."""
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        # Delete our heartbeat before looking for others: of two workers ending together,
        # at least the later one then sees nobody left and cleans up.
        self.client.delete(self.key)
        site = spider.name
        if (
            reason == "finished"
            and not self.client.exists(keys.queue_key(site))
            and not keys.live_workers(self.client, site)
        ):
            self.client.delete(keys.dupefilter_key(site))
            spider.logger.info("frontier of %s finished: dupefilter reset for the next crawl", site)
        self.client.close()
