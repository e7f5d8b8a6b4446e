"""Log formatting: a dropped item is logged by URL and reason, not dumped with its page bytes."""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.logformatter import LogFormatter


class QuietDropLogFormatter(LogFormatter):
    """Scrapy's formatter, except that drops name the URL and reason only."""

    def dropped(self, item, exception, response, spider=None):
        """Log ``Dropped <url>: <reason>`` at WARNING."""
        url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
        return {
            "level": logging.WARNING,
            "msg": "Dropped %(url)s: %(exception)s",
            "args": {"url": url, "exception": exception},
        }
