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

from .base import ListingSpider

#: What ``crawl --name`` accepts: letters, digits, ``._-`` in segments joined by ``/``.
SITE_NAME_RE = re.compile(r"[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")
_DEFAULT_PORTS = {"http": 80, "https": 443}


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
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
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
    """

    name = "generic"
    SITE: dict[str, Any] = {"slug": "generic", "name": None, "home": "", "pagination": "auto"}
    article_re = None

    def __init__(
        self,
        start_url: str | None = None,
        allow: str | None = None,
        site: str | None = None,
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
        self.scope = site_scope(start_url)
        self.name = site or self.scope.key
        self.article_re = re.compile(allow) if allow else None
        self.SITE = {**self.SITE, "slug": self.name, "listings": [(start_url, "list")]}
