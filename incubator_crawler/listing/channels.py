"""Channel listings: the nav links named like the site's channels."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from parsel import Selector

from ..hrefs import leads_nowhere
from .entries import selector_text


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
        text = selector_text(link)
        if text not in names:
            continue
        href = link.attrib["href"].strip()
        if leads_nowhere(href, mailto=True):
            continue
        url = urljoin(page_url, href).split("#", 1)[0]
        if urlsplit(url).netloc != host or url in seen:
            continue
        seen.add(url)
        found.append((url, names[text]))
    return found
