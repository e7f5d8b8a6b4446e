"""The worker's last pipeline: push each item (page bytes included) to the Redis item list.

It takes StoreArchivePipeline's place and listens to the same signals, so everything a
one-process crawl records (articles, rejects, fetch errors, removals, the run's stats) reaches
``ingest`` as a message instead of a row.
"""

from __future__ import annotations

import os
import socket

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured

from .. import signals as project_signals
from . import keys, messages


def worker_id() -> str:
    """This process's name among the workers: host and pid."""
    return f"{socket.gethostname()}-{os.getpid()}"


class RedisItemsPipeline:
    """LPUSHes every item, reject, fetch error and removal to ``incubator:items``."""

    def __init__(self, client, crawler):
        self.client = client
        self.crawler = crawler
        self.worker = worker_id()

    @classmethod
    def from_crawler(cls, crawler):
        """Connect to ``INCUBATOR_REDIS_URL`` and hook the signals StoreArchivePipeline uses."""
        url = crawler.settings.get("INCUBATOR_REDIS_URL")
        if not url:
            raise NotConfigured("INCUBATOR_REDIS_URL is not set")
        pipeline = cls(keys.connect(url), crawler)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.fetch_failed, signal=project_signals.fetch_failed)
        crawler.signals.connect(pipeline.article_removed, signal=project_signals.article_removed)
        return pipeline

    @property
    def site(self) -> str:
        """The crawled site's name (for generic mode, the host, known once the spider exists)."""
        return getattr(self.crawler.spider, "name", "unknown")

    def _push(self, kind: str, data: dict) -> None:
        base_url = getattr(self.crawler.spider, "base_url", None)
        message = messages.encode(kind, self.site, self.worker, data, base_url)
        self.client.lpush(keys.ITEMS, message)
        self.crawler.stats.inc_value(f"incubator/redis/pushed/{kind}")

    def process_item(self, item):
        """Push the normalised item; ingest stores it as StoreArchivePipeline would."""
        self._push("article", ItemAdapter(item).asdict())
        return item

    def _release(self, request) -> None:
        # What the page led to is in Redis now: a kill from here on loses nothing, so the
        # page's lease may end. Only here, after the push, never from a signal handler of its
        # own (handlers of one signal run in the order they were connected).
        scheduler = getattr(self.crawler.spider, "lease_scheduler", None)
        if scheduler is not None and request is not None:
            scheduler.release(request)

    def item_scraped(self, item, response, spider=None):
        """The item went through every pipeline, this one's push included: its page's lease ends."""
        self._release(getattr(response, "request", None))

    def item_dropped(self, item, response, exception, spider=None):
        """Push a rejected item with the reason it was dropped, then end its page's lease."""
        self._push("reject", {"item": ItemAdapter(item).asdict(), "reason": str(exception)})
        self._release(getattr(response, "request", None))

    def fetch_failed(self, url, status, error, site=None, request=None):
        """Push a page that could not be fetched or extracted, then end its request's lease.

        The lease ends only after the push: a push that fails (the handler's exception is
        logged by Scrapy) leaves the page leased, so it is fetched again, never lost.
        """
        self._push("error", {"url": url, "status": status, "error": error})
        self._release(request)

    def article_removed(self, url, status):
        """Push a stored article whose page now answers 404/410."""
        self._push("removed", {"url": url, "status": status})

    def spider_closed(self, spider, reason):
        """Push this worker's stats for the site, which ingest adds up into the run row."""
        stats = dict(self.crawler.stats.get_stats())
        stats.pop("start_time", None)
        stats.pop("finish_time", None)
        self._push("worker", {"finish_reason": reason, "stats": stats})
        self.client.close()
