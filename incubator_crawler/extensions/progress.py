"""Live progress in a terminal: pages, new items, errors, rate and the current site (rich)."""

from __future__ import annotations

import time

from rich.console import Console
from rich.live import Live
from rich.table import Table
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class ProgressDisplay:
    """Scrapy extension drawing a one-line live status on stderr; ``INCUBATOR_PROGRESS_ENABLED``."""

    def __init__(self, crawler, interval: float = 0.5):
        self.crawler = crawler
        self.interval = interval
        self.console = Console(stderr=True)
        self.live: Live | None = None
        self.loop: task.LoopingCall | None = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        """Enabled only when INCUBATOR_PROGRESS_ENABLED is set (the CLI sets it on a terminal)."""
        if not crawler.settings.getbool("INCUBATOR_PROGRESS_ENABLED"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def render(self) -> Table:
        """The status line as a rich table row."""
        stats = self.crawler.stats
        elapsed = max(time.monotonic() - self.started, 1e-6)
        pages = stats.get_value("downloader/response_count", 0)
        items = stats.get_value("item_scraped_count", 0)
        dropped = stats.get_value("item_dropped_count", 0)
        errors = stats.get_value("incubator/fetch_errors", 0)
        table = Table.grid(padding=(0, 2))
        spider = getattr(self.crawler, "spider", None)
        table.add_row(
            f"[bold]{getattr(spider, 'name', '?')}[/bold]",
            f"pages {pages}",
            f"new/updated items {items}",
            f"rejected {dropped}",
            f"errors {errors}",
            f"{pages / elapsed * 60:.0f} pages/min",
            f"{elapsed:.0f} s",
        )
        return table

    def refresh(self) -> None:
        """Redraw the status."""
        if self.live is not None:
            self.live.update(self.render())

    def spider_opened(self, spider=None):
        """Start drawing."""
        self.started = time.monotonic()
        self.live = Live(self.render(), console=self.console, transient=True, auto_refresh=False)
        self.live.start()
        self.loop = task.LoopingCall(self.refresh)
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider=None, reason=None):
        """Stop drawing (the CLI prints the summary)."""
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.live is not None:
            self.live.stop()
            self.live = None
