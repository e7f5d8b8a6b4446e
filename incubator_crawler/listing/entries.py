"""A list link as an entry: its text and title, the date beside it, the base URL, list dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from .cards import BUTTON_RE, card_title
from .evidence import HEADING_TAGS

#: Dates printed beside list links: 2024-04-24, [2024-04-24], (04-24), 2024年04月24日, 2024/4/24.
LIST_DATE_RE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?<!\d)\d{1,2}-\d{1,2}(?!\d)"
)


@dataclass(frozen=True)
class ListingEntry:
    """One article link on a listing page."""

    url: str
    title: str | None
    """Full title: ``a@title`` when present (anchor text is often cut with ...)."""
    date_raw: str | None
    published: str | None = field(default=None, compare=False)
    """``date_raw`` parsed (ISO, year inferred for ``MM-DD``); set by :func:`date_entries`."""


# ``.//text()`` compiled once and run on the element: parsel's ``xpath`` compiled it again at
# each call and wrapped each text node in a Selector (63,693 calls on the 92 dev list pages)
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False)


def selector_text(node) -> str:
    """A selector's text nodes joined by a space, whitespace runs squashed."""
    return spaced_text(node.root)


def spaced_text(el) -> str:
    """An lxml element's text nodes joined by a space, whitespace runs squashed."""
    return " ".join(" ".join(_TEXT_NODES(el)).split())


def overlay_title(link) -> str:
    """The heading of the card an empty link is laid over, or "".

    A card of picture, title, date and summary may be clickable through one empty link
    stretched over it (``<li><img><h2>title</h2><span>date</span><a class="linkA"></a></li>``,
    an EmpireCMS company site's 项目资讯): the card's heading is that link's title. A link
    holding a picture is a picture link, and a box of several empty links is no one link's
    card; a link with words of its own beside it (the card's [通知公告栏目] column link) leaves
    the card the empty link's, and a heading holding a link or held by one is that link's
    title.
    """
    node = link.root
    parent = node.getparent()
    if parent is None or len(node) or "".join(node.itertext()).strip():
        return ""
    if any(a is not node and _empty_link(a) for a in parent.iter("a")):
        return ""
    for heading in parent.iter(*HEADING_TAGS):
        text = " ".join("".join(heading.itertext()).split())
        if text:
            # a heading holding a link, or held by one (segmentfault's empty link beside the
            # card's link round its h4), is that link's title
            linked = next(heading.iter("a"), None) is not None
            return "" if linked or _in_link(heading, parent) else text
    return ""


def _in_link(node, top) -> bool:
    """True when ``node`` stands inside a link below ``top``."""
    for up in node.iterancestors():
        if up is top:
            return False
        if up.tag == "a":
            return True
    return False


def _empty_link(el) -> bool:
    """True for a link that shows no words and no picture (an icon's link counts)."""
    return not "".join(el.itertext()).strip() and next(el.iter("img"), None) is None


def link_title(link) -> str:
    """What a link is titled: its ``title``, its text, else the heading of the card it covers,
    else the title of the card it is the only way into (a picture or 查看详情 button)."""
    title = (link.attrib.get("title") or "").strip()
    if title:
        return title
    text = selector_text(link)
    if text and not BUTTON_RE.match(text):
        return text
    return overlay_title(link) or card_title(link) or text


def row_date(link) -> str | None:
    row = link.xpath("ancestor::*[self::li or self::tr or self::dd or self::dt or self::p][1]")
    if row:
        return date_beside(link, selector_text(row[0]))
    # a div row holding just this link: <div class="no-img"><h3><a/></h3><span>(date)</span>
    box = lone_link_box(link.root)
    if box is None:
        return None
    return date_beside(link, spaced_text(box))


def lone_link_box(el):
    """The nearest div, section or article above ``el`` that holds one ``a[@href]``, or None:
    XPath's ``ancestor::*[self::div or self::section or self::article][count(.//a[@href]) = 1]
    [1]``, which counted the links of every such ancestor up to <body> (a page's whole set, for
    each link of each list: most of the list finder's time). An ancestor holds every link of
    the ones below it, so past one with two links none holds one: the count stops at two."""
    for box in el.iterancestors("div", "section", "article"):
        links = 0
        for a in box.iter("a"):
            if a.get("href") is not None:
                links += 1
                if links == 2:
                    return None
        if links == 1:
            return box
    return None


def date_beside(link, row_text: str) -> str | None:
    """The first list date in ``row_text`` outside the link's own text (brackets kept)."""
    row_text = row_text.replace(selector_text(link), " ", 1)
    match = LIST_DATE_RE.search(row_text)
    if not match:
        return None
    # Keep the brackets a list page prints around the date, e.g. [04-24]: it is the raw value.
    start, end = match.span()
    if start > 0 and row_text[start - 1] in "[(（【" and end < len(row_text):
        return row_text[start - 1 : end + 1]
    return match.group(0)


def without_fragment(url: str | None) -> str:
    return (url or "").split("#", 1)[0]


def base_url(html: Selector, page_url: str) -> str:
    """The address the page's relative links resolve against: its ``<base href>`` joined to
    ``page_url``, else ``page_url``.

    A browser resolves ``xmzx/162.html`` on ``/xmzx/`` against ``<base href="/">`` to
    ``/xmzx/162.html`` (an EmpireCMS company site's 项目资讯 cards), not ``/xmzx/xmzx/162.html``.
    """
    for href in html.xpath("//base/@href").getall():
        if href.strip():
            return urljoin(page_url, href.strip())
    return page_url


def parse_list_date(raw: str | None, now: datetime | None = None) -> str | None:
    """A list-page date as ISO: ``[2024-04-24]``, ``(2024-04-24)``, ``2024年4月24日``, or ``04-24``
    with the year inferred (the latest not after ``now``, so 12-28 seen in January is last year)."""
    if not raw:
        return None
    from ..article.published import parse_cn_date

    parsed = parse_cn_date(raw.strip().strip("[]()（）【】"), now)
    return parsed.value if parsed else None


def date_entries(entries: list[ListingEntry], now: datetime | None = None) -> list[ListingEntry]:
    """The entries with ``published`` set from their list dates (year inferred for ``MM-DD``)."""
    return [
        ListingEntry(e.url, e.title, e.date_raw, parse_list_date(e.date_raw, now)) for e in entries
    ]
