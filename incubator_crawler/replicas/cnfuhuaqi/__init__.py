"""Replica of 中国孵化器网 (www.cnfuhuaqi.com), the demo's site: an ASP.NET portal on IIS.

Reconstructed from the one real article page known (``/policy/show/6378.aspx``); the list
pages' markup is unknown and is a plausible guess. 11 nav channels (3 with articles), 下一页
pagination (``/news/list.aspx?page=2``), a GBK channel, a broken and a missing article among
the 49 listed. ``catalog.py`` builds the articles, ``pages.py`` renders them, ``text.py`` holds
their original text. Served with ``python -m incubator_crawler.replicas cnfuhuaqi``.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import parse_qs, urlsplit

from ..base import Article, SiteReplica
from ..server import GIF_1X1, PNG_1X1, Response
from . import pages
from .catalog import BY_ID, CHANNELS, channel, listing_page_url, listing_pages, valid_articles

_ARTICLE_RE = re.compile(r"^/([a-z]+)/show/(\d+)\.aspx$")
_LIST_RE = re.compile(r"^/([a-z]+)/(?:list\.aspx)?$")


def _html(text: str, encoding: str = "utf-8", status: int = 200) -> Response:
    """Encode an HTML page; GBK pages get a Content-Type without charset."""
    if encoding == "gbk":
        return Response(status, text.encode("gbk"), [("Content-Type", "text/html")])
    return Response(status, text.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")])


def not_found() -> Response:
    """Return the small 404 page."""
    return _html(pages.NOT_FOUND, status=404)


def route(raw_path: str) -> Response:
    """Map a request path (with query) to a response."""
    parts = urlsplit(raw_path)
    path = parts.path
    if path == "/" or path.lower() in ("/default.aspx", "/index.aspx"):
        return _html(pages.home_page())
    if path == "/robots.txt":
        return Response(200, pages.ROBOTS.encode("ascii"), [("Content-Type", "text/plain")])
    if path.startswith("/UploadFiles/"):
        if path.endswith(".gif"):
            return Response(200, GIF_1X1, [("Content-Type", "image/gif")])
        if path.endswith(".png"):
            return Response(200, PNG_1X1, [("Content-Type", "image/png")])
        return not_found()
    m = _ARTICLE_RE.match(path)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if a is None or a.channel != m.group(1) or a.missing:
            return not_found()
        if a.broken:
            return _html(pages.broken_page(a), a.encoding)
        return _html(pages.article_page(a), a.encoding)
    if path.count("/") == 1 and channel(path[1:]):
        location = path + "/" + (f"?{parts.query}" if parts.query else "")
        body = pages.MOVED.format(location=escape(location)).encode("utf-8")
        return Response(
            301, body, [("Location", location), ("Content-Type", "text/html; charset=utf-8")]
        )
    m = _LIST_RE.match(path)
    if m and channel(m.group(1)):
        slug = m.group(1)
        try:
            page = int(parse_qs(parts.query).get("page", ["1"])[0])
        except ValueError:
            page = 1
        page = max(page, 1)
        if page > listing_pages(slug):
            return not_found()
        return _html(pages.listing_page(slug, page), channel(slug)["encoding"])
    return not_found()


class CnfuhuaqiReplica(SiteReplica):
    """中国孵化器网: pages rendered on request by ``route`` (the catalog is module-level)."""

    slug = "cnfuhuaqi"
    name = "中国孵化器网"
    live_home = "https://www.cnfuhuaqi.com/"
    server_header = "Microsoft-IIS/7.5"
    extra_headers = (("X-Powered-By", "ASP.NET"),)
    pagination = ("next-link",)

    def build_articles(self) -> list[Article]:
        """The articles a crawl stores (the broken and the missing one are listed, not stored)."""
        return valid_articles()

    def listing_paths(self) -> list[str]:
        """Every listing page of the channels that have articles, first page first."""
        return [
            listing_page_url(ch["slug"], page)
            for ch in CHANNELS
            if any(a.channel == ch["slug"] for a in BY_ID.values())
            for page in range(1, listing_pages(ch["slug"]) + 1)
        ]

    def route(self, raw_path: str) -> Response:
        """Map a request path (with query) to a response."""
        return route(raw_path)


REPLICA = CnfuhuaqiReplica()
