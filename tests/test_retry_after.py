"""Retry-After on 429/503 holds back the site's download slot before the retry."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from scrapy import Request, Spider
from scrapy.core.downloader import Slot
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from incubator_crawler.crawl.middlewares.retry_after import (
    RetryAfterMiddleware,
    retry_after_seconds,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (b"5", 5.0),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_seconds(value, expected):
    now = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert retry_after_seconds(value, now=now) == expected


def make_middleware():
    crawler = get_crawler(Spider, {"RETRY_TIMES": 2, "INCUBATOR_RETRY_AFTER_MAX": 60})
    crawler.spider = Spider.from_crawler(crawler, name="test")
    slot = Slot(concurrency=1, delay=0, jitter=0)
    downloader = SimpleNamespace(slots={"x.test": slot}, get_slot_key=lambda request: "x.test")
    crawler.engine = SimpleNamespace(downloader=downloader)
    return RetryAfterMiddleware.from_crawler(crawler), slot, crawler


def test_429_with_retry_after_holds_the_slot_and_retries():
    middleware, slot, crawler = make_middleware()
    request = Request("http://x.test/a")
    response = Response(
        "http://x.test/a", status=429, headers={"Retry-After": "30"}, request=request
    )
    before = time.time()
    retried = middleware.process_response(request, response)
    assert isinstance(retried, Request)
    assert retried.meta["retry_times"] == 1
    assert slot.lastseen >= before + 29
    assert crawler.stats.get_value("incubator/retry_after/honoured") == 1


def test_retry_after_is_capped():
    middleware, slot, _ = make_middleware()
    request = Request("http://x.test/a")
    response = Response(
        "http://x.test/a", status=503, headers={"Retry-After": "86400"}, request=request
    )
    middleware.process_response(request, response)
    assert slot.lastseen <= time.time() + 61


def test_500_retries_without_holding_the_slot():
    middleware, slot, _ = make_middleware()
    request = Request("http://x.test/a")
    assert isinstance(
        middleware.process_response(request, Response("http://x.test/a", status=500)), Request
    )
    assert slot.lastseen == 0
