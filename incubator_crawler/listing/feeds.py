"""Article URLs a site advertises besides its lists: sitemaps (robots.txt ``Sitemap:``) and
RSS/Atom feeds (``<link rel="alternate">``), read with Scrapy's sitemap tools and w3lib."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import Response
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from w3lib.html import strip_html5_whitespace

from .entries import ListingEntry

FEED_TYPES = ("application/rss+xml", "application/atom+xml")
#: Sub-sitemaps of archive pages, not articles (WordPress core, Yoast, Rank Math name them so).
_NON_ARTICLE_SITEMAP_RE = re.compile(
    r"taxonom|categor|post_tag|author|(?:^|[-_])(?:pages?|tags?|users?)(?:[-_.]|$)", re.I
)


def feed_links(html: Selector, page_url: str) -> list[str]:
    """URLs of the RSS/Atom feeds a page advertises in ``<link rel="alternate" type=…>``, in order."""
    found: list[str] = []
    for link in html.xpath("//link[@href][@type]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = link.attrib["type"].split(";", 1)[0].strip().lower()
        if "alternate" not in rel or kind not in FEED_TYPES:
            continue
        url = _join(page_url, strip_html5_whitespace(link.attrib["href"]))
        if url not in found:
            found.append(url)
    return found


def _join(base: str, href: str) -> str:
    """``href`` made absolute against ``base``, without its fragment."""
    return urljoin(base, href).split("#", 1)[0]


def feed_entries(body: bytes | str, feed_url: str) -> list[ListingEntry]:
    """The items of an RSS 2.0/1.0 or Atom feed: URL and title, in feed order."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        xml = Selector(text=text, type="xml")
    except ValueError:
        return []
    xml.remove_namespaces()
    entries: list[ListingEntry] = []
    for item in xml.xpath("//item | //entry"):
        href = item.xpath("link[@rel='alternate' or not(@rel)]/@href").get()
        href = href or item.xpath("link/text()").get() or item.xpath("@about").get()
        if not href or not href.strip():
            continue
        title = " ".join(item.xpath("title//text()").getall()).strip() or None
        entries.append(ListingEntry(url=_join(feed_url, href.strip()), title=title, date_raw=None))
    return entries


def robots_sitemaps(robots_body: bytes, robots_url: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt, absolute."""
    return list(dict.fromkeys(sitemap_urls_from_robots(robots_body, base_url=robots_url)))


def sitemap_body(response: Response, max_size: int = 0) -> bytes | None:
    """The XML of a sitemap response, gunzipped if need be, as Scrapy's SitemapSpider reads it.

    None when the archive is broken or inflates past ``max_size`` (a decompression bomb).
    """
    if gzip_magic_number(response):
        try:
            return gunzip(response.body, max_size=max_size)
        except (OSError, ValueError, EOFError):
            return None
    return response.body


def read_sitemap(body: bytes) -> tuple[str, list[str]]:
    """A sitemap's type (``urlset`` or ``sitemapindex``; empty when unreadable) and its locs."""
    try:
        sitemap = Sitemap(body)
    except Exception:  # lxml raises several kinds on a non-XML body
        return "", []
    if sitemap.type not in ("urlset", "sitemapindex"):
        return "", []
    locs = [entry["loc"].strip() for entry in sitemap if entry.get("loc")]
    return sitemap.type, locs


def lists_articles(sitemap_url: str) -> bool:
    """False for sub-sitemaps of categories, tags, authors and static pages."""
    return not _NON_ARTICLE_SITEMAP_RE.search(sitemap_url.rsplit("/", 1)[-1])
