"""Worker mode: a site's spider on scrapy-redis' shared scheduler, dupefilter and idle handling.

``INCUBATOR_REDIS_URL`` (``crawl --redis URL``, or ``-s`` in a Scrapyd job) turns it on: the
spider loader then hands out each spider class with scrapy-redis' ``RedisMixin`` mixed in, and
the class switches the crawl's settings to the shared frontier and the Redis item list. The
spider itself is unchanged, so named sites and generic mode crawl the same way as in one process.
"""

from __future__ import annotations

import functools
import time
import warnings

from scrapy import signals
from scrapy.spiderloader import SpiderLoader

from . import keys
from .presence import announce_starting, withdraw_starting

# scrapy-redis 0.9 still passes spider= to the stats collector, once per request.
warnings.filterwarnings("ignore", message="Passing a 'spider' argument to StatsCollector")
warnings.filterwarnings("ignore", message=r"Spider.log\(\) is deprecated")


class WorkerSpiderLoader(SpiderLoader):
    """Scrapy's spider loader; with ``INCUBATOR_REDIS_URL`` set it loads the worker variants."""

    def __init__(self, settings):
        super().__init__(settings)
        self.redis_url = settings.get("INCUBATOR_REDIS_URL")

    def load(self, spider_name: str):
        """The spider class of ``spider_name``, as a worker when Redis is configured."""
        spidercls = super().load(spider_name)
        return worker_class(spidercls) if self.redis_url else spidercls


def apply_worker_settings(settings) -> None:
    """Switch a crawl's settings to the shared frontier and the Redis item list (spider priority)."""
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    # Normalisation and attachments run on the worker, as in one process; storing is ingest's.
    pipelines.pop("incubator_crawler.crawl.pipelines.store_archive.StoreArchivePipeline", None)
    pipelines["incubator_crawler.crawl.distributed.pipeline.RedisItemsPipeline"] = 900
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["incubator_crawler.crawl.distributed.presence.WorkerPresence"] = 510
    middlewares = dict(settings.getdict("SPIDER_MIDDLEWARES"))
    # Lowest number: the engine's end of the chain, after every other middleware has seen
    # (and possibly dropped) a request, as the engine itself would schedule it.
    middlewares["incubator_crawler.crawl.distributed.middleware.ScheduleAtOnce"] = 0
    per_domain = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 1)
    settings.setdict(
        {
            # Take from the shared queue only what can be downloaded now: with the default 16 a
            # worker would pull a site's whole frontier into its own downloader queue, leaving
            # nothing for the other workers (a crawler crawls one site, so per-domain is all).
            "CONCURRENT_REQUESTS": per_domain,
            "SCHEDULER": "incubator_crawler.crawl.distributed.scheduler.LeasingScheduler",
            # LeasingScheduler's atomic scripts work on this queue's sorted set.
            "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            # Requests outlive a worker: a killed worker's requests stay for the others.
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_QUEUE_KEY": keys.QUEUE_KEY,
            "SCHEDULER_DUPEFILTER_KEY": keys.DUPEFILTER_KEY,
            "REDIS_URL": settings.get("INCUBATOR_REDIS_URL"),
            "REDIS_START_URLS_KEY": keys.START_URLS_KEY,
            # scrapy-redis' own idle handling closes the spider after this many idle seconds.
            "MAX_IDLE_TIME_BEFORE_CLOSE": settings.getint("INCUBATOR_IDLE_EXIT", 30),
            "ITEM_PIPELINES": pipelines,
            "EXTENSIONS": extensions,
            "SPIDER_MIDDLEWARES": middlewares,
            # A worker never opens the archive: known URLs come from Redis (filled by ingest).
            "INCUBATOR_DB": "",
        },
        priority="spider",
    )


class NotPrepared(Exception):
    """No ``ingest`` has filled this Redis with the archive's known URLs yet."""


def wait_prepared(client, timeout: float) -> None:
    """Wait up to ``timeout`` seconds for ingest's known-URL sets; NotPrepared if they never come."""
    deadline = time.monotonic() + timeout
    while not client.exists(keys.PREPARED):
        if time.monotonic() >= deadline:
            raise NotPrepared(
                "no ingest has prepared this Redis yet (the archive's known URLs): "
                "start `incubator-crawler ingest --redis URL --db PATH` first"
            )
        time.sleep(0.5)


def load_incremental_state(spider, client) -> None:
    """Give the spider what a one-process crawl reads from the archive: known, recent, resume."""
    spider.known = {u.decode() for u in client.smembers(keys.known_key(spider.name))}
    spider.recent = {u.decode() for u in client.smembers(keys.recent_key(spider.name))}
    if not spider.resume and client.sismember(keys.RESUME, spider.name):
        spider.resume = True
        spider.logger.info("the last run did not finish: resuming (reading listings to the end)")


@functools.cache
def worker_class(spidercls: type) -> type:
    """``spidercls`` with scrapy-redis' RedisMixin: shared idle handling, Redis-backed state."""
    from scrapy_redis.spiders import RedisMixin

    class Worker(RedisMixin, spidercls):
        redis_key = keys.START_URLS_KEY
        redis_worker = True

        @classmethod
        def update_settings(cls, settings):
            """The site's settings, then the worker's (shared frontier, items to Redis)."""
            super().update_settings(settings)
            apply_worker_settings(settings)

        @classmethod
        def from_crawler(cls, crawler, *args, **kwargs):
            """Build the spider, connect it to Redis and load the known URLs ingest published."""
            settings = crawler.settings
            client = keys.connect(settings.get("INCUBATOR_REDIS_URL"))
            wait = settings.getfloat("INCUBATOR_IDLE_EXIT", 30)
            # The spider first, for its site name (generic mode's comes from its arguments);
            # it reads nothing from Redis. Then count as starting for that site until the
            # spider opens: `crawl --redis` announced it already, a Scrapyd job has not.
            spider = super().from_crawler(crawler, *args, **kwargs)
            announce_starting(client, [spider.name], wait)
            try:
                wait_prepared(client, wait)
            except BaseException:
                withdraw_starting(client, spider.name)
                raise
            # Before RedisMixin's own idle handler (connected by setup_redis), which it feeds.
            crawler.signals.connect(spider.watch_frontier, signal=signals.spider_idle)
            spider.setup_redis(crawler)
            load_incremental_state(spider, client)
            client.close()
            # RedisMixin's idle clock is a class attribute set at import time and reset only by
            # its start-URL list; restart it now and on every response, so "idle" means no work.
            spider.spider_idle_start_time = int(time.time())
            crawler.signals.connect(spider.mark_busy, signal=signals.response_received)
            return spider

        def mark_busy(self, *args, **kwargs):
            """Restart the idle clock: this worker just got a response."""
            self.spider_idle_start_time = int(time.time())

        # A request's lease ends once everything it led to is in Redis: the pages it links
        # (queued by ScheduleAtOnce as the callback yields them, so all of them by the time
        # the callback ends), or its item, reject or fetch error (a failed fetch, a page that
        # is no article or whose extraction failed): RedisItemsPipeline releases those after
        # the push.
        def _release(self, request) -> None:
            scheduler = getattr(self, "lease_scheduler", None)
            if scheduler is not None and request is not None:
                scheduler.release(request)

        def parse_home(self, response, *args, **kwargs):
            """The site's home page; its lease ends when its channel requests are queued."""
            yield from super().parse_home(response, *args, **kwargs)
            self._release(response.request)

        async def parse_listing(self, response, *args, **kwargs):
            """A listing page; its lease ends when its article and next-page requests are queued."""
            async for request in super().parse_listing(response, *args, **kwargs):
                yield request
            self._release(response.request)

        def watch_frontier(self):
            """When idle: take over dead workers' requests; stay while others are crawling.

            The idle clock measures the shared frontier, not this worker: while another worker
            holds a request of this site, more may come from it.
            """
            scheduler = getattr(self, "lease_scheduler", None)
            if scheduler is None:
                return
            scheduler.recover()
            if scheduler.frontier_active():
                self.spider_idle_start_time = int(time.time())

    Worker.__name__ = Worker.__qualname__ = f"Redis{spidercls.__name__}"
    Worker.__module__ = spidercls.__module__
    Worker.__doc__ = f"{spidercls.__name__} as a worker on the shared scrapy-redis frontier."
    return Worker
