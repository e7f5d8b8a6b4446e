"""Find channel listings, article links and the next page on a listing, as a reader would.

The live sites' list markup is unknown (and changes), so nothing here uses class names:
channels come from nav links named like the site's channels, articles from URL patterns,
the main list is the link group that looks like one (dates beside links, same channel),
and the next page is the link labelled 下一页.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parsel import Selector

#: Text of a link to the next listing page.
NEXT_PAGE_TEXTS = frozenset(
    {"下一页", "下页", "后一页", "下一頁", ">", ">>", "›", "»", "next", "Next"}
)
#: Text of a link to the last listing page.
LAST_PAGE_TEXTS = frozenset({"尾页", "末页", "最后一页", "尾頁", "末頁"})
#: Dates printed beside list links: 2024-04-24, [2024-04-24], (04-24), 2024年04月24日, 2024/4/24.
LIST_DATE_RE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?<!\d)\d{1,2}-\d{1,2}(?!\d)"
)
POSTBACK_RE = re.compile(r"__doPostBack\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)")
_GROUP_TAGS = ("ul", "ol", "table", "tbody", "dl", "div", "section")


@dataclass(frozen=True)
class ListingEntry:
    """One article link on a listing page."""

    url: str
    title: str | None
    """Full title: ``a@title`` when present (anchor text is often cut with ...)."""
    date_raw: str | None


def _text(node) -> str:
    return " ".join(" ".join(node.xpath(".//text()").getall()).split())


def find_article_links(html: Selector, page_url: str, article_re: re.Pattern) -> list[ListingEntry]:
    """The entries of the page's main list of articles (sidebars and hot lists left out)."""
    groups: dict[int, list] = {}
    order: list[int] = []
    for link in html.xpath("//a[@href]"):
        url = urljoin(page_url, link.attrib["href"].strip())
        if not article_re.search(urlsplit(url).path):
            continue
        container = link.xpath(f"ancestor::*[{' or '.join(f'self::{t}' for t in _GROUP_TAGS)}][1]")
        key = id(container[0].root) if container else 0
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((link, url))
    if not groups:
        return []
    section = urlsplit(page_url).path.strip("/").split("/")[0]

    def score(key: int) -> float:
        links = groups[key]
        dated = sum(1 for link, _ in links if _row_date(link))
        same = sum(1 for _, url in links if urlsplit(url).path.strip("/").split("/")[0] == section)
        return len(links) + 2 * dated + 2 * same

    best = max(order, key=lambda key: (score(key), -order.index(key)))
    entries: list[ListingEntry] = []
    seen: set[str] = set()
    for link, url in groups[best]:
        url = url.split("#", 1)[0]
        if url in seen:
            continue
        seen.add(url)
        title = (link.attrib.get("title") or "").strip() or _text(link) or None
        entries.append(ListingEntry(url=url, title=title, date_raw=_row_date(link)))
    return entries


def _row_date(link) -> str | None:
    row = link.xpath("ancestor::*[self::li or self::tr or self::dd or self::dt or self::p][1]")
    if not row:
        return None
    link_text = _text(link)
    row_text = _text(row[0]).replace(link_text, " ", 1)
    match = LIST_DATE_RE.search(row_text)
    if not match:
        return None
    # Keep the brackets a list page prints around the date, e.g. [04-24]: it is the raw value.
    start, end = match.span()
    if start > 0 and row_text[start - 1] in "[(（【" and end < len(row_text):
        return row_text[start - 1 : end + 1]
    return match.group(0)


@dataclass(frozen=True)
class NextPage:
    """How to reach the next listing page: a URL, or an ASP.NET postback target."""

    url: str | None = None
    postback: tuple[str, str] | None = None


def find_next_page(html: Selector, page_url: str) -> NextPage | None:
    """The link labelled 下一页 (or > / »), as a URL or an ASP.NET ``__doPostBack`` target."""
    for link in html.xpath("//a"):
        if _text(link) not in NEXT_PAGE_TEXTS:
            continue
        href = (link.attrib.get("href") or "").strip()
        postback = POSTBACK_RE.search(href)
        if postback:
            return NextPage(postback=(postback.group(1), postback.group(2)))
        if not href or href.startswith(("javascript:", "#")):
            continue
        url = urljoin(page_url, href)
        if url.split("#", 1)[0] != page_url.split("#", 1)[0]:
            return NextPage(url=url)
    return None


def find_last_page_url(html: Selector, page_url: str) -> str | None:
    """The URL of the link labelled 尾页, if any (used to report the listing's length)."""
    for link in html.xpath("//a[@href]"):
        if _text(link) in LAST_PAGE_TEXTS:
            return urljoin(page_url, link.attrib["href"].strip())
    return None


def find_channel_links(
    html: Selector, page_url: str, names: dict[str, str]
) -> list[tuple[str, str]]:
    """Navigation links whose text is a channel name: ``[(url, name)]`` on the same host, in order.

    ``names`` maps the nav text (新闻, 政策, ...) to the channel's listing name.
    """
    host = urlsplit(page_url).netloc
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for link in html.xpath("//a[@href]"):
        text = _text(link)
        if text not in names:
            continue
        href = link.attrib["href"].strip()
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        url = urljoin(page_url, href).split("#", 1)[0]
        if urlsplit(url).netloc != host or url in seen:
            continue
        seen.add(url)
        found.append((url, names[text]))
    return found
