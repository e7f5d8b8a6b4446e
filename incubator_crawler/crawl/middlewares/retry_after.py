"""Retries that honour ``Retry-After``: a 429 or 503 with that header pauses the whole site.

Scrapy's RetryMiddleware re-queues at once. A site owner who answers 429/503 with
``Retry-After: 120`` is asking every request to that site to wait, so the site's download
slot is held back until then (capped by ``INCUBATOR_RETRY_AFTER_MAX``) before the retry.
"""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message

#: Statuses whose Retry-After header is honoured.
RETRY_AFTER_STATUSES = frozenset({429, 503})


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware(RetryMiddleware):
    """RetryMiddleware that, on 429/503 with Retry-After, delays the site's slot before retrying."""

    def __init__(self, settings, crawler=None):
        super().__init__(settings)
        self.crawler = crawler
        self.max_wait = settings.getfloat("INCUBATOR_RETRY_AFTER_MAX", 600.0)

    @classmethod
    def from_crawler(cls, crawler):
        """Build with the crawler's settings (and keep the crawler to reach the download slots)."""
        middleware = cls(crawler.settings, crawler)
        middleware.crawler = crawler
        return middleware

    def process_response(self, request, response, spider=None):
        """Hold the slot for Retry-After seconds, then retry as RetryMiddleware does."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = None
        if response.status in RETRY_AFTER_STATUSES:
            wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait:
            wait = min(wait, self.max_wait)
            self._hold_slot(request, wait)
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.inc_value("incubator/retry_after/honoured")
                self.crawler.stats.max_value("incubator/retry_after/max_wait", wait)
        reason = response_status_message(response.status)
        return self._retry(request, reason) or response

    def _hold_slot(self, request, wait: float) -> None:
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        if downloader is None:
            return
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is None:
            return
        # The downloader waits until lastseen + delay; pushing lastseen ahead holds the slot.
        slot.lastseen = max(slot.lastseen, time.time() + wait - slot.download_delay())
