"""What the list-shape tests ask of a list page: its article links and its next page, as the crawler finds them."""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pagination import find_next_page


def links(html: str, url: str) -> list[str]:
    """The article links the generic finder takes from ``html`` served at ``url``, in order."""
    return [e.url for e in find_article_links_generic(Selector(text=html), url)]


def next_url(html: str, url: str) -> str | None:
    """The next page's address the pager of ``html`` served at ``url`` gives, or None."""
    found = find_next_page(Selector(text=html), url)
    return found.url if found else None
