"""Shared pieces of the site replicas: the one article record and the replica base class.

A replica is a ``SiteReplica`` subclass that builds its articles (with the values a correct
crawl must store) and renders every page once into ``pages``: ``{path[?query]: Response}``.
``route(path)`` is a pure function over that table (or, for cnfuhuaqi, renders on request),
served by ``ReplicaServer`` (``server.py``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from urllib.parse import urlsplit

from incubator_crawler.items import CHECKED_FIELDS

from .server import Response

ROBOTS = "User-agent: *\nDisallow: /search/\nDisallow: /admin/\n"
NOT_FOUND = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>404</title></head>"
    "<body><h1>404 Not Found</h1><p>您访问的页面不存在。</p></body></html>"
)


@dataclass(frozen=True)
class Article:
    """One replica article with the values a correct crawl stores (the catalog entry)."""

    site: str
    channel: str
    path: str
    title: str
    published_at: str
    author: str | None
    editor: str | None
    source: str | None
    category: str
    body: str
    # rendering details, not expected values
    paragraphs: tuple[str, ...] = ()
    date: date | None = None
    time: str | None = None
    list_date: str = ""
    #: the site's own article number, where its URLs have one
    id: int | None = None
    #: the date as the page writes it
    published_raw: str = ""
    encoding: str = "utf-8"
    #: ``(after paragraph index, image path, caption or None)``
    images: tuple[tuple[int, str, str | None], ...] = ()
    #: listed but served as an empty "deleted" page (``broken``) or as a 404 (``missing``)
    broken: bool = False
    missing: bool = False
    #: anything else one replica's pages need (a heading prefix, a meta line's layout, ...)
    extra: dict = field(default_factory=dict, compare=False, hash=False)


#: The fields each replica page states and a crawl of it must find.
FIELDS = CHECKED_FIELDS


def html_response(text: str, encoding: str = "utf-8", *, header_charset: bool = True) -> Response:
    """Encode a page; ``header_charset=False`` leaves the charset to the page's <meta>."""
    ctype = f"text/html; charset={encoding.upper() if encoding != 'utf-8' else 'utf-8'}"
    return Response(
        200, text.encode(encoding), [("Content-Type", ctype if header_charset else "text/html")]
    )


class SiteReplica:
    """A replica site: ``articles`` (expected values), ``pages`` (rendered), ``route``."""

    slug = ""
    name = ""
    #: the live site's home, for the fixtures' sidecars and the docs
    live_home = ""
    #: the pagination strategies its listing pages need (``listing.pagination``), which
    #: ``"auto"`` must pick on them (``tests/test_sites.py``)
    pagination: tuple[str, ...] = ()
    #: the ``Server`` header and any extra headers every response carries
    server_header = "nginx"
    extra_headers: tuple[tuple[str, str], ...] = ()

    @cached_property
    def articles(self) -> list[Article]:
        """All articles, in the order the listings show them per channel."""
        return self.build_articles()

    @cached_property
    def pages(self) -> dict[str, Response]:
        """Every page of the site, rendered once: ``{path or path?query: Response}``."""
        pages = {"/robots.txt": Response(200, ROBOTS.encode(), [("Content-Type", "text/plain")])}
        pages.update(self.render())
        return pages

    def build_articles(self) -> list[Article]:  # pragma: no cover - abstract
        raise NotImplementedError

    def render(self) -> dict[str, Response]:  # pragma: no cover - abstract
        raise NotImplementedError

    #: listing page paths per channel, first page first (what a crawl must read)
    def listing_paths(self) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def route(self, raw_path: str) -> Response:
        """Map a request path (with query) to a response; unknown paths answer 404."""
        parts = urlsplit(raw_path)
        if parts.query:
            hit = self.pages.get(f"{parts.path}?{parts.query}")
            if hit is not None:
                return hit
        hit = self.pages.get(parts.path)
        if hit is None and parts.path.endswith("/"):
            hit = self.pages.get(parts.path + "index.html")
        if hit is None:
            return Response(404, NOT_FOUND.encode(), [("Content-Type", "text/html; charset=utf-8")])
        return hit


def hex_id(seed: str) -> str:
    """A stable 32-hex article id from ``seed`` (TRS-style ``{32hex}.shtml`` / ``content_{hex}`` paths)."""
    return hashlib.md5(seed.encode()).hexdigest()


def chunks(items: list, size: int) -> list[list]:
    """Split a list into pages of ``size``."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def paragraphs_html(paras: tuple[str, ...], indent: str = "\u3000\u3000") -> str:
    """Body paragraphs as <p> elements with the site's indent."""
    return "\n".join(f"<p>{indent}{p}</p>" for p in paras)
