"""Worker mode's last spider middleware: a callback's requests reach Redis as it yields them.

Scrapy hands a callback's output to a small in-memory queue (``CONCURRENT_ITEMS`` deep) and
schedules the requests in it from other tasks, so the callback can run to its end while up to
``2 * CONCURRENT_ITEMS`` of its requests are only in this process's memory. A worker releases
a listing page's lease when its callback ends; a kill -9 right then lost those requests for
good (the page was no longer leased, its links not yet queued). At the engine's end of the
middleware chain, this schedules each request itself before asking the callback for the next
output, so when the callback ends, everything it yielded is in the shared queue.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Request


class ScheduleAtOnce:
    """Schedule each request a callback yields at once; pass items on as usual."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        """The middleware, keeping the crawler for its engine."""
        return cls(crawler)

    def _scheduled(self, output: Any) -> bool:
        if isinstance(output, Request):
            self.crawler.engine.crawl(output)
            return True
        return False

    def process_spider_output(self, response, result: Iterable, spider=None) -> Iterable:
        """Schedule requests as they come; yield everything else."""
        for output in result:
            if not self._scheduled(output):
                yield output

    async def process_spider_output_async(
        self, response, result: AsyncIterator, spider=None
    ) -> AsyncIterator:
        """Schedule requests as they come; yield everything else."""
        async for output in result:
            if not self._scheduled(output):
                yield output
