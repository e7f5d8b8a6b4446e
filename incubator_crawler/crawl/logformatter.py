"""Log formatting: a dropped item is logged by URL and reason, not dumped with its page bytes.

Scrapy logs every response ("Crawled") and every item ("Scraped from") at DEBUG. Its handlers
sit on the root logger at ``LOG_LEVEL`` (INFO by default) while the loggers themselves stay at
DEBUG, so each of those lines builds a LogRecord (caller lookup, clock, thread name) that every
handler then discards: about 18 µs a line, two lines a page, on the reactor thread. The formatter
skips a line no handler would take, by the same checks ``Logger.callHandlers`` makes.
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.logformatter import LogFormatter

DEBUG = logging.DEBUG
#: The loggers Scrapy writes the crawled and scraped lines to.
_ENGINE = logging.getLogger("scrapy.core.engine")
_SCRAPER = logging.getLogger("scrapy.core.scraper")


def taken(logger: logging.Logger, level: int) -> bool:
    """True when a record of ``level`` on ``logger`` would reach a handler that accepts it."""
    if not logger.isEnabledFor(level):
        return False
    current: logging.Logger | None = logger
    found = False
    while current is not None:
        for handler in current.handlers:
            found = True
            if level >= handler.level:
                return True
        if not current.propagate:
            break
        current = current.parent
    # no handler anywhere: logging falls back to its last-resort handler
    last = logging.lastResort
    return not found and last is not None and level >= last.level


class QuietDropLogFormatter(LogFormatter):
    """Scrapy's formatter, except that drops name the URL and reason only, and that the
    per-page DEBUG lines are not built when no handler would take them."""

    def crawled(self, request, response, spider=None):
        """Scrapy's "Crawled (200) <GET url>" line, or None when no handler takes DEBUG."""
        # Scrapy logs it at DEBUG; checked first, since building it reads the request's headers
        return super().crawled(request, response, spider) if taken(_ENGINE, DEBUG) else None

    def scraped(self, item, response, spider=None):
        """Scrapy's "Scraped from <url>" line, or None when no handler takes DEBUG."""
        return super().scraped(item, response, spider) if taken(_SCRAPER, DEBUG) else None

    def dropped(self, item, exception, response, spider=None):
        """Log ``Dropped <url>: <reason>`` at WARNING."""
        url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
        return {
            "level": logging.WARNING,
            "msg": "Dropped %(url)s: %(exception)s",
            "args": {"url": url, "exception": exception},
        }
