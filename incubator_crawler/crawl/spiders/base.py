"""ListingSpider: home page -> channel listings -> pagination -> articles, incremental by default.

Each site's spider class is generated from its ``SITE`` data (``spiders/sites.py``). All
crawling logic is here.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, DownloadCancelledError, ResponseDataLossError
from scrapy.http import FormRequest, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from ...archive.db import open_archive
from ...archive.queries import MAX_PAGES_STAT, known_urls, last_run_interrupted, recent_urls
from ...article.published import SHANGHAI
from ...listing.channels import find_channel_links
from ...listing.domains import host_of
from ...listing.links import ListingEntry
from .. import pool as extract_pool
from .. import signals as project_signals
from ..pipelines.base import prepared
from ..pool import (
    WorkerCrashed,
    item_from_result,
    listing_job,
    page_job,
    read_listing,
    run_job,
    workers_setting,
)
from ..process import canonical_url

_TRUE = {"1", "true", "yes", "on"}


class ListingSpider(scrapy.Spider):
    """Crawls a site's channel listings and their articles into ArticleItems.

    Spider arguments (``-a NAME=VALUE``): ``base_url`` (crawl a replica or mirror instead of
    the live site), ``channels`` (comma-separated nav names or URL paths to restrict to),
    ``full`` (``1`` re-fetches known articles), ``max_pages`` (listing pages per channel),
    ``resume`` (``1`` reads listings to the end, fetching only what is not stored yet).

    Known articles published within ``INCUBATOR_REVISIT_DAYS`` are fetched again when a
    listing shows them, so later edits become versions. After a run that did not finish (a
    kill, a crash), the next run resumes by itself: it reads the listings past the first page
    of known articles, since that run may have stored page 1 and died before page 2.
    """

    SITE: dict[str, Any] = {}
    #: Article URL paths, e.g. ``/news/show/6378.aspx`` (None: find the main list by content).
    article_re: re.Pattern | None = re.compile(r"$^")

    def __init__(
        self,
        base_url: str | None = None,
        channels: str | None = None,
        full: str | bool | None = None,
        max_pages: str | int | None = None,
        resume: str | bool | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.base_url = (base_url or self.SITE["home"]).rstrip("/") + "/"
        self.channel_filter = [c.strip() for c in channels.split(",")] if channels else None
        self.full_arg = full
        self.max_pages = int(max_pages) if max_pages else None
        self.known: set[str] = set()
        self.recent: set[str] = set()
        self.resume = str(resume).lower() in _TRUE if resume is not None else False
        self.scheduled: set[str] = set()
        self.revisited_unlisted = False
        self.run_id: int | None = None
        #: Extraction worker processes (INCUBATOR_EXTRACT_WORKERS; 0: extract in this process).
        self.extract_workers = 0
        self.pool: extract_pool.ProcessPool | None = None

    @classmethod
    def update_settings(cls, settings):
        """Apply the site's own politeness (``SITE["settings"]``, e.g. DOWNLOAD_DELAY) at spider priority.

        Command-line ``-s`` still wins, as with any Scrapy spider's ``custom_settings``.
        """
        super().update_settings(settings)
        settings.setdict(cls.SITE.get("settings") or {}, priority="spider")

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        """Apply settings: INCUBATOR_BASE_URL, INCUBATOR_FULL_RECRAWL, INCUBATOR_DB (known URLs)."""
        settings = crawler.settings
        # Per-site copies for `crawl --all` (a mirror, a replica): {"slug": "http://..."}.
        per_site = settings.getdict("INCUBATOR_SITE_BASE_URLS")
        kwargs.setdefault(
            "base_url", per_site.get(cls.name) or settings.get("INCUBATOR_BASE_URL") or None
        )
        spider = super().from_crawler(crawler, *args, **kwargs)
        full = spider.full_arg
        if full is None:
            spider.full = settings.getbool("INCUBATOR_FULL_RECRAWL")
        else:
            spider.full = str(full).lower() in _TRUE
        db_path = settings.get("INCUBATOR_DB")
        if db_path:
            db = open_archive(db_path)
            try:
                spider.known = known_urls(db, spider.name)
                days = settings.getfloat("INCUBATOR_REVISIT_DAYS", 7)
                spider.recent = recent_urls(db, spider.name, days) if days > 0 else set()
                if not spider.resume and last_run_interrupted(db, spider.name):
                    spider.resume = True
                    spider.logger.info(
                        "the last run did not finish: resuming (reading listings to the end)"
                    )
            finally:
                db.close()
        spider.extract_workers = workers_setting(settings.get("INCUBATOR_EXTRACT_WORKERS"))
        crawler.signals.connect(spider.close_pool, signal=signals.spider_closed)
        crawler.signals.connect(spider.revisit_unlisted, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        host = host_of(spider.base_url)
        # www.example.gov.cn and example.gov.cn are one site: a redirect between them must not
        # be dropped as off-site (OffsiteMiddleware allows subdomains of what is listed).
        spider.allowed_domains = [host] if host else []
        return spider

    # -- requests -----------------------------------------------------------------
    async def start(self):
        """Start at the site's listing pages, or at the home page whose nav names the channels."""
        if self.SITE.get("nav_channels") or not self.SITE.get("listings"):
            yield scrapy.Request(self.base_url, callback=self.parse_home, errback=self.on_error)
            return
        for request in self.channel_requests(
            [(self.rebase(path), name) for path, name in self.SITE["listings"]]
        ):
            yield request

    def revisit_unlisted(self):
        """When the listings are done, re-fetch the recent articles they no longer showed.

        An edited article may have moved down the list, a removed one off it; both must be
        fetched to record the edit or the removal.
        """
        if self.revisited_unlisted or self.full:
            return
        self.revisited_unlisted = True
        pending = sorted(self.recent - self.scheduled)
        for url in pending:
            self.scheduled.add(url)
            self.crawler.stats.inc_value("incubator/revisit/unlisted")
            self.crawler.engine.crawl(
                scrapy.Request(url, callback=self.parse_article, errback=self.on_error)
            )
        if pending:
            raise DontCloseSpider

    def rebase(self, url: str) -> str:
        """A live-site URL or path on the crawled copy (``base_url``: replica, mirror, http)."""
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return urljoin(self.base_url, path or "/")

    def parse_home(self, response: Response):
        """Follow each channel's listing from the home page navigation (or the known paths)."""
        names = {name: name for name in self.SITE.get("nav_channels", ())}
        channels = find_channel_links(response.selector, response.url, names)
        if not channels:
            # Redesigned home page: fall back to the listing paths we know of.
            self.crawler.stats.inc_value("incubator/discover/home_nav_missing")
            channels = [(response.urljoin(path), name) for path, name in self.SITE["listings"]]
        yield from self.channel_requests(channels)

    def channel_requests(self, channels: list[tuple[str, str]]):
        """Page 1 of each channel ``(url, name)`` that ``-a channels=`` lets through."""
        for url, name in channels:
            if self.channel_filter and not any(
                f in (name, urlsplit(url).path.strip("/")) for f in self.channel_filter
            ):
                continue
            self.crawler.stats.inc_value("incubator/discover/channels")
            yield scrapy.Request(
                url,
                callback=self.parse_listing,
                errback=self.on_error,
                cb_kwargs={"channel": name, "page": 1},
            )

    async def parse_listing(self, response: Response, channel: str, page: int):
        """Request the unknown articles of a listing page, then the next page unless all were known."""
        self.crawler.stats.inc_value("incubator/listing_pages")
        entries, next_page = await self.read_listing(response)
        fresh = 0
        for entry in entries:
            request, new = self.article_request(entry)
            if request is not None:
                fresh += new
                yield request
        if (
            entries
            and not fresh
            and not self.full
            and not self.resume
            and self.SITE.get("ordered", True)
        ):
            # Listings are newest first: a page of known articles means the rest is known too.
            # (A site whose lists are not in date order sets ``ordered: False`` and is read whole.)
            self.crawler.stats.inc_value("incubator/incremental/stopped_paging")
            return
        if self.max_pages and page >= self.max_pages:
            if next_page is not None:
                # Pages were left unread: the next run reads on (see last_run_interrupted).
                self.crawler.stats.inc_value(MAX_PAGES_STAT)
            return
        kwargs = {"channel": channel, "page": page + 1}
        if next_page is None:
            return
        self.crawler.stats.inc_value(f"incubator/discover/next_page/{next_page.via}")
        if next_page.postback:
            # ASP.NET pagers post the form back instead of linking to the page.
            target, argument = next_page.postback
            yield FormRequest.from_response(
                response,
                formdata={"__EVENTTARGET": target, "__EVENTARGUMENT": argument},
                dont_click=True,
                callback=self.parse_listing,
                errback=self.on_error,
                cb_kwargs=kwargs,
            )
        else:
            yield response.follow(
                next_page.url, callback=self.parse_listing, errback=self.on_error, cb_kwargs=kwargs
            )

    async def read_listing(self, response: Response):
        """The listing page's article entries and next page, read in an extraction worker.

        The crawl's process only schedules what they name (``pool.process_listing``). A page
        the worker could not read is read here, so an error is raised and logged as before.
        """
        pagination = self.SITE.get("pagination", "auto")
        # Until the first article page has started a worker, read here rather than wait for
        # it (an incremental run that fetches no article starts no pool at all).
        if isinstance(response, TextResponse) and (
            not self.extract_workers or (self.pool is not None and self.pool.started.is_set())
        ):
            try:
                result = await self.run_in_pool(listing_job(response, self.article_re, pagination))
            except WorkerCrashed as exc:
                self.logger.warning("listing %s read here: %s", response.url, exc)
                result = {"error": str(exc)}
            if "error" not in result:
                return result["entries"], result["next_page"]
        return read_listing(response.selector, response.url, self.article_re, pagination)

    def is_own_host(self, url: str) -> bool:
        """True for a URL on the crawled copy's host or the live site's (and their subdomains)."""
        host = (urlsplit(url).hostname or "").lower()
        own = [
            *getattr(self, "allowed_domains", []),
            urlsplit(self.SITE.get("home") or "").hostname,
        ]
        own = [d.removeprefix("www.") for d in own if d]
        return not own or any(host == d or host.endswith("." + d) for d in own)

    def article_request(self, entry: ListingEntry) -> tuple[scrapy.Request | None, bool]:
        """The request for a listed article and whether it is new; None when known or scheduled."""
        url = canonical_url(entry.url)
        if url in self.scheduled:
            return None, False
        if not self.is_own_host(url):
            # The list finder keeps off-site rows of a list (ai-bot.cn's day groups); the site
            # is not theirs to archive, and they must not count as new for the paging stop.
            self.crawler.stats.inc_value("incubator/discover/offsite_skipped")
            return None, False
        revisit = False
        if url in self.known and not self.full:
            if url not in self.recent:
                self.crawler.stats.inc_value("incubator/incremental/known_skipped")
                return None, False
            # A recent article: fetch it again to catch edits (not "fresh" for paging).
            revisit = True
            self.crawler.stats.inc_value("incubator/revisit/requested")
        self.scheduled.add(url)
        request = scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            cb_kwargs={"list_title": entry.title, "list_date_raw": entry.date_raw},
        )
        return request, not revisit

    async def parse_article(self, response: Response, list_title=None, list_date_raw=None):
        """Extract one article page into a normalised ArticleItem, in an extraction worker.

        The worker also prepares what the pipelines and the archive writer would otherwise
        compute on the reactor thread (see ``crawl/pool.py``).
        """
        self.crawler.stats.inc_value("incubator/article_pages")
        job = page_job(
            response.body,
            response.url,
            status=response.status,
            headers=_headers(response),
            site=self.name,
            site_name=self.SITE.get("name"),
            hints=self.SITE.get("hints"),
            list_title=list_title,
            list_date_raw=list_date_raw,
            fetched_at=datetime.now(SHANGHAI),
        )
        job["sniff"] = True  # an image or PDF served as text/html is skipped, not stored
        try:
            result = await self.run_in_pool(job)
        except WorkerCrashed as exc:
            self.logger.error("extraction failed on %s: %s", response.url, exc)
            self.record_skipped(response, f"extraction failed: {exc}")
            return None
        if "skipped" in result:
            self.record_skipped(response, result["skipped"])
            return None
        if "error" in result:
            # Scrapy would log it and move on, leaving nothing in the archive to say so.
            self.logger.error("extraction failed on %s\n%s", response.url, result["traceback"])
            self.record_skipped(response, f"extraction failed: {result['error']}")
            return None
        item = item_from_result(result, response.body)
        redirects = response.meta.get("redirect_urls")
        if redirects:
            # Keep the URL the listing links to as the archive key, so the next incremental
            # run recognises it (http -> https and similar redirects would otherwise make
            # every run fetch the article again).
            self.crawler.stats.inc_value("incubator/article_redirected")
            item.url = canonical_url(redirects[0])
            # The attachment links resolve against the item's URL: find them again with this one.
            prepared(item).attachment_links = None
        return item

    async def run_in_pool(self, job: dict[str, Any]) -> dict[str, Any]:
        """:func:`pool.run_job` on ``job``: in a worker process, or here with 0 workers."""
        if not self.extract_workers:
            return run_job(job)
        if self.pool is None:
            self.pool = extract_pool.acquire(self.extract_workers)
        return await maybe_deferred_to_future(_deferred(self.pool.submit(job)))

    def close_pool(self, spider=None, reason=None):
        """Give the extraction pool back when the spider closes (the last spider stops it)."""
        if self.pool is not None:
            pool, self.pool = self.pool, None
            extract_pool.release(pool)

    def on_dropped(self, request, spider=None):
        """Record a redirect that the duplicate filter dropped because it leads back into its chain."""
        chain = request.meta.get("redirect_urls") or []
        if request.url not in chain:
            return
        # A -> B -> A: the scheduler drops the second A as a duplicate, so no errback runs.
        self.crawler.stats.inc_value("incubator/redirect_loops")
        error = "redirect loop: " + " -> ".join([*chain, request.url])
        self.logger.warning("could not fetch %s: %s", chain[0], error)
        self.crawler.signals.send_catch_log(
            signal=project_signals.fetch_failed,
            url=chain[0],
            status=None,
            error=error,
            site=self.name,
        )

    def record_skipped(self, response: Response, reason: str) -> None:
        """Record a fetched page that is not an article (binary bytes) in ``fetch_errors``."""
        self.crawler.stats.inc_value("incubator/skipped_pages")
        self.logger.warning("skipped %s: %s", response.url, reason)
        self.crawler.signals.send_catch_log(
            signal=project_signals.fetch_failed,
            url=response.url,
            status=response.status,
            error=reason,
            site=self.name,
            request=response.request,  # a worker ends the page's lease once this is recorded
        )

    def on_error(self, failure):
        """Count and record a page that could not be fetched; the crawl goes on."""
        request = failure.request
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            error = f"HTTP {status}"
        elif failure.check(ResponseDataLossError):
            error = "truncated: the body ended before its Content-Length"
        elif failure.check(DownloadCancelledError):
            # Scrapy cancels a response over DOWNLOAD_MAXSIZE; say so in the archive's words.
            error = f"too large: {failure.getErrorMessage()}"
        else:
            error = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.crawler.stats.inc_value("incubator/fetch_errors")
        self.logger.warning("could not fetch %s: %s", request.url, error)
        if status in (404, 410) and canonical_url(request.url) in self.known:
            # A stored article that is gone from the site: marked removed, never deleted.
            self.crawler.stats.inc_value("incubator/removed")
            self.crawler.signals.send_catch_log(
                signal=project_signals.article_removed,
                url=canonical_url(request.url),
                status=status,
            )
        self.crawler.signals.send_catch_log(
            signal=project_signals.fetch_failed,
            url=request.url,
            status=status,
            error=error,
            site=self.name,
            request=request,
        )


def _headers(response: Response) -> dict[str, str]:
    """The response headers as a dict of str (as the archive stores them)."""
    return {
        key.decode("latin-1"): b", ".join(values).decode("latin-1")
        for key, values in response.headers.items()
    }


def _deferred(future) -> Deferred:
    """A Deferred that fires in the reactor thread when a concurrent Future (a pool job) is done."""
    from twisted.internet import reactor

    deferred: Deferred = Deferred()

    def settle(done):
        if done.exception() is not None:
            deferred.errback(done.exception())
        else:
            deferred.callback(done.result())

    future.add_done_callback(lambda done: reactor.callFromThread(settle, done))
    return deferred
