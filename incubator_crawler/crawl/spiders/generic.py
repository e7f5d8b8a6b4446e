"""Generic mode: crawl any listing page, no site definition (``crawl --start-url URL``).

The main list is found by content (the repeated rows of title links with dates beside them),
the next page by every pagination strategy in turn, the articles by the generic extractor.
Articles are stored under a site key derived from the start URL (:func:`site_key`), or under
the name given with ``crawl --name``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response

from ...listing.domains import host_of
from ...listing.feeds import (
    feed_entries,
    feed_links,
    lists_articles,
    read_sitemap,
    robots_sitemaps,
    sitemap_body,
)
from ...listing.links import ListingEntry
from .base import ListingSpider

#: What ``crawl --name`` accepts: letters, digits, ``._-`` in segments joined by ``/``.
SITE_NAME_RE = re.compile(r"[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class SiteScope:
    """The part of the web a generic crawl calls one site: a host (and port) and a path prefix."""

    netloc: str
    """Host without ``www.``, lower-cased, with ``:port`` when not the scheme's default."""
    prefix: str
    """``/`` or ``/first-segment/``: the start URL's first directory."""

    @property
    def key(self) -> str:
        """The archive's site name: ``127.0.0.1:8001/wp``, ``example.gov.cn``."""
        return self.netloc + self.prefix.rstrip("/")

    def contains(self, url: str) -> bool:
        """True when ``url`` is on this host (http or https) under this path prefix."""
        parts = urlsplit(url)
        if parts.scheme not in _DEFAULT_PORTS:
            return False
        return _netloc(url) == self.netloc and (parts.path or "/").startswith(self.prefix)


def _netloc(url: str) -> str:
    """Host without ``www.``, lower-cased, plus the port when it is not the scheme's default."""
    parts = urlsplit(url)
    host = host_of(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    # Different ports are different servers: 8 replicas on 127.0.0.1 are 8 sites.
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        return f"{host}:{port}"
    return host


def site_scope(start_url: str) -> SiteScope:
    """The scope of a generic crawl starting at ``start_url``.

    The prefix is the first segment of the start URL's directory: a listing at
    ``/wp/category/news/`` belongs to the ``/wp/`` site (a WordPress install in a folder), one at
    ``/list.html`` to the whole host. One segment, not the whole directory, so that a site's
    other listings (``/wp/category/events/``) fall under the same key.
    """
    directory = urlsplit(start_url).path.rsplit("/", 1)[0]
    first = directory.strip("/").split("/", 1)[0]
    return SiteScope(_netloc(start_url), f"/{first}/" if first else "/")


def site_key(start_url: str) -> str:
    """The archive's site name for a generic crawl of ``start_url`` (see :func:`site_scope`)."""
    return site_scope(start_url).key


def valid_site_name(name: str | None) -> bool:
    """True when ``name`` is usable as a site key given with ``crawl --name``."""
    return bool(name) and SITE_NAME_RE.fullmatch(name) is not None


class GenericSpider(ListingSpider):
    """Crawls the listing at ``start_url`` (``-a start_url=URL``), its pages and its articles.

    ``allow`` (``-a allow=REGEX``) restricts article links to paths the regex matches; without
    it the main list is found by content. ``site`` (``-a site=NAME``) names the site in the
    archive instead of the key derived from the start URL.

    The sitemaps named in robots.txt and the RSS/Atom feeds the start page links to are a second
    source of article URLs, kept to the start URL's host and path prefix (``-a feeds=0`` turns
    them off). They go through the same incremental rules as listed articles.
    """

    name = "generic"
    SITE: dict[str, Any] = {"slug": "generic", "name": None, "home": "", "pagination": "auto"}
    article_re = None

    def __init__(
        self,
        start_url: str | None = None,
        allow: str | None = None,
        site: str | None = None,
        feeds: str | bool | None = None,
        **kwargs: Any,
    ):
        if not start_url:
            raise ValueError("the generic spider needs -a start_url=URL")
        if site is not None and not valid_site_name(site):
            raise ValueError(f"site name {site!r}: use letters, digits, '.', '_', '-' and '/'")
        if not kwargs.get("base_url"):
            kwargs["base_url"] = start_url
        super().__init__(**kwargs)
        self.start_url = start_url
        self.name = site or site_key(start_url)
        # Sitemap and feed URLs are kept to the copy actually crawled (--base-url may move it).
        self.scope = site_scope(self.rebase(start_url))
        self.article_re = re.compile(allow) if allow else None
        self.SITE = {**self.SITE, "slug": self.name, "listings": [(start_url, "list")]}
        self.use_feeds = str(feeds).lower() not in _FALSE if feeds is not None else True
        self.feeds_requested = False
        self.robots_seen: Response | None = None

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        """Listen for the robots.txt that Scrapy's RobotsTxtMiddleware fetches anyway."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_response_received, signal=signals.response_received)
        return spider

    def on_response_received(self, response: Response, request: scrapy.Request, spider) -> None:
        """Keep the middleware's robots.txt of this host: its ``Sitemap:`` lines are read from
        it instead of fetching robots.txt a second time."""
        if (
            request.meta.get("dont_obey_robotstxt")
            and urlsplit(response.url).path == "/robots.txt"
            and _netloc(response.url) == self.scope.netloc
            and response.status == 200
        ):
            self.robots_seen = response

    async def parse_listing(self, response: Response, channel: str, page: int):
        """A listing page; the first one also asks for the site's sitemaps and feeds."""
        async for request in super().parse_listing(response, channel, page):
            yield request
        if page == 1 and self.use_feeds and not self.feeds_requested:
            self.feeds_requested = True
            for request in self.feed_requests(response):
                yield request

    def feed_requests(self, response: Response):
        """robots.txt (for its ``Sitemap:`` lines) and the feeds the start page advertises."""
        if self.robots_seen is not None:
            yield from self.parse_robots(self.robots_seen)
        elif not self.crawler.settings.getbool("ROBOTSTXT_OBEY"):
            yield self._side_request(response.urljoin("/robots.txt"), self.parse_robots)
        for url in feed_links(response.selector, response.url):
            if _netloc(url) == self.scope.netloc:
                self.crawler.stats.inc_value("incubator/discover/feeds")
                yield self._side_request(url, self.parse_feed)

    def _side_request(self, url: str, callback) -> scrapy.Request:
        """A request for robots.txt, a sitemap or a feed (its failure is no fetch error)."""
        return scrapy.Request(url, callback=callback, errback=self.on_side_error)

    def parse_robots(self, response: Response):
        """Follow the sitemaps robots.txt names on this host."""
        for url in robots_sitemaps(response.body, response.url):
            if _netloc(url) == self.scope.netloc:
                yield self._side_request(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response):
        """A sitemap index (follow its article sitemaps on this host) or a list of URLs."""
        body = sitemap_body(
            response,
            response.meta.get("download_maxsize", self.crawler.settings.getint("DOWNLOAD_MAXSIZE")),
        )
        kind, locs = read_sitemap(body) if body else ("", [])
        if not kind:
            self.crawler.stats.inc_value("incubator/discover/sitemap_unreadable")
            return
        self.crawler.stats.inc_value("incubator/discover/sitemaps")
        if kind == "sitemapindex":
            for url in locs:
                if _netloc(url) == self.scope.netloc and lists_articles(url):
                    yield self._side_request(url, self.parse_sitemap)
            return
        for url in locs:
            yield from self._advertised(ListingEntry(url=url, title=None, date_raw=None), "sitemap")

    def parse_feed(self, response: Response):
        """Request the feed's articles (their titles kept as list titles)."""
        for entry in feed_entries(response.body, response.url):
            yield from self._advertised(entry, "feed")

    def _advertised(self, entry: ListingEntry, source: str):
        """The article request for a sitemap or feed entry inside the site's scope, if wanted."""
        if not self.in_scope(entry.url):
            self.crawler.stats.inc_value(f"incubator/discover/{source}_out_of_scope")
            return
        request, _ = self.article_request(entry)
        if request is not None:
            self.crawler.stats.inc_value(f"incubator/discover/{source}_urls")
            yield request

    def in_scope(self, url: str) -> bool:
        """True for an article URL on the start URL's host and prefix (and ``allow``, if given)."""
        parts = urlsplit(url)
        path = parts.path
        # The prefix's own root (/wp/) is the site's home page, not an article; /wp/?p=7 is one.
        is_root = path.rstrip("/") == self.scope.prefix.rstrip("/") and not parts.query
        if not self.scope.contains(url) or is_root:
            return False
        if url.split("#", 1)[0] == self.start_url:
            return False
        return self.article_re is None or bool(self.article_re.search(path))

    def on_side_error(self, failure):
        """A missing robots.txt, sitemap or feed is normal: count it, record no fetch error."""
        self.crawler.stats.inc_value("incubator/discover/feed_errors")
        self.logger.debug("no sitemap/feed at %s: %s", failure.request.url, failure.value)
