"""Live progress in a terminal: pages, new items, errors, rate, per site (rich).

One board is shared by every crawler of the process (``crawl --all`` runs several), since
rich allows one live display at a time.
"""

from __future__ import annotations

import time

from rich.console import Console
from rich.live import Live
from rich.table import Table
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class _Board:
    """The live table: one row per running crawler."""

    def __init__(self):
        self.crawlers: list = []
        self.started: dict[int, float] = {}
        self.live: Live | None = None
        self.loop: task.LoopingCall | None = None

    def render(self) -> Table:
        table = Table(box=None, padding=(0, 1))
        for column in ("site", "pages", "stored", "rejected", "errors", "pages/min", "s"):
            table.add_column(column, justify="left" if column == "site" else "right")
        for crawler in self.crawlers:
            stats = crawler.stats
            elapsed = max(time.monotonic() - self.started.get(id(crawler), time.monotonic()), 1e-6)
            pages = stats.get_value("downloader/response_count", 0)
            table.add_row(
                getattr(crawler.spider, "name", "?"),
                str(pages),
                str(stats.get_value("item_scraped_count", 0)),
                str(stats.get_value("item_dropped_count", 0)),
                str(stats.get_value("incubator/fetch_errors", 0)),
                f"{pages / elapsed * 60:.0f}",
                f"{elapsed:.0f}",
            )
        return table

    def refresh(self) -> None:
        if self.live is not None:
            self.live.update(self.render(), refresh=True)

    def add(self, crawler) -> None:
        self.crawlers.append(crawler)
        self.started[id(crawler)] = time.monotonic()
        if self.live is None:
            self.live = Live(
                self.render(), console=Console(stderr=True), transient=True, auto_refresh=False
            )
            self.live.start()
            self.loop = task.LoopingCall(self.refresh)
            self.loop.start(0.5, now=False)

    def remove(self, crawler) -> None:
        if crawler in self.crawlers:
            self.crawlers.remove(crawler)
        if not self.crawlers and self.live is not None:
            if self.loop is not None and self.loop.running:
                self.loop.stop()
            self.live.stop()
            self.live = None


_BOARD = _Board()


class ProgressDisplay:
    """Scrapy extension adding its crawler to the live board; ``INCUBATOR_PROGRESS_ENABLED``."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        """Enabled only when INCUBATOR_PROGRESS_ENABLED is set (the CLI sets it on a terminal)."""
        if not crawler.settings.getbool("INCUBATOR_PROGRESS_ENABLED"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider=None):
        """Show this crawler's row."""
        _BOARD.add(self.crawler)

    def spider_closed(self, spider=None, reason=None):
        """Drop this crawler's row (the CLI prints the summary)."""
        _BOARD.remove(self.crawler)
