"""Generic mode: crawl any listing page, no site definition (``crawl --start-url URL``).

The main list is found by content (the group of same-shaped links with dates beside them),
the next page by every pagination strategy in turn, the articles by the generic extractor.
Articles are stored under a site name derived from the host (``www.example.gov.cn`` →
``example.gov.cn``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .base import ListingSpider


def site_from_host(url: str) -> str:
    """The archive's site name for a URL: its host, lower-cased, without ``www.`` or port."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


class GenericSpider(ListingSpider):
    """Crawls the listing at ``start_url`` (``-a start_url=URL``), its pages and its articles.

    ``allow`` (``-a allow=REGEX``) restricts article links to paths the regex matches; without
    it the main list is found by content.
    """

    name = "generic"
    SITE: dict[str, Any] = {"slug": "generic", "name": None, "home": "", "pagination": "auto"}
    article_re = None

    def __init__(self, start_url: str | None = None, allow: str | None = None, **kwargs: Any):
        if not start_url:
            raise ValueError("the generic spider needs -a start_url=URL")
        if not kwargs.get("base_url"):
            kwargs["base_url"] = start_url
        super().__init__(**kwargs)
        self.start_url = start_url
        self.name = site_from_host(start_url)
        self.article_re = re.compile(allow) if allow else None
        self.SITE = {**self.SITE, "slug": self.name, "listings": [(start_url, "list")]}
