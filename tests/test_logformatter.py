"""The log formatter: per-page DEBUG lines only when a handler takes them."""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.http import HtmlResponse

from incubator_crawler.crawl.logformatter import QuietDropLogFormatter, taken
from incubator_crawler.items import ArticleItem


def _page():
    request = Request("http://example.com/news/1.html")
    return request, HtmlResponse(request.url, body=b"<html></html>", request=request)


def test_taken_follows_handler_levels():
    logger = logging.getLogger("test_logformatter.a.b")
    parent = logging.getLogger("test_logformatter.a")
    handler = logging.NullHandler()
    handler.setLevel(logging.INFO)
    parent.addHandler(handler)
    logger.setLevel(logging.DEBUG)  # as Scrapy leaves its loggers: the handlers filter
    parent.propagate = False  # pytest's own handlers on the root take everything
    try:
        assert taken(logger, logging.DEBUG) is False
        assert taken(logger, logging.INFO) is True
        handler.setLevel(logging.DEBUG)
        assert taken(logger, logging.DEBUG) is True
        logger.setLevel(logging.INFO)  # the logger itself refuses DEBUG
        assert taken(logger, logging.DEBUG) is False
    finally:
        parent.removeHandler(handler)
        parent.propagate = True
        logger.setLevel(logging.NOTSET)


def test_crawled_and_scraped_skipped_when_no_handler_takes_debug():
    formatter = QuietDropLogFormatter()
    request, response = _page()
    item = ArticleItem(url=request.url, site="x", title="t", body="b")
    root = logging.getLogger()
    saved = root.handlers[:]
    handler = logging.NullHandler()
    handler.setLevel(logging.INFO)
    root.handlers = [handler]
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        assert formatter.crawled(request, response, None) is None
        assert formatter.scraped(item, response, None) is None
        root.handlers[0].setLevel(logging.DEBUG)
        crawled = formatter.crawled(request, response, None)
        assert crawled["level"] == logging.DEBUG
        assert crawled["args"]["status"] == 200
        scraped = formatter.scraped(item, response, None)
        assert (scraped["level"], scraped["args"]["item"]) == (logging.DEBUG, item)
    finally:
        root.handlers = saved
        root.setLevel(level)


def test_dropped_names_url_and_reason():
    formatter = QuietDropLogFormatter()
    request, response = _page()
    out = formatter.dropped(
        ArticleItem(url=request.url, site="x"), ValueError("missing title"), response
    )
    assert out["level"] == logging.WARNING
    assert out["args"] == {"url": request.url, "exception": out["args"]["exception"]}
    assert str(out["args"]["exception"]) == "missing title"
