"""The site a URL belongs to: its registrable domain, as a reader counts sites.

``g.csdn.net`` and ``www.csdn.net`` are one site; ``www.gov.cn`` and ``www.most.gov.cn`` are two
(``gov.cn`` is a public suffix). The public-suffix list is the snapshot bundled with
tldextract (a Scrapy dependency): never fetched, never cached on disk.
"""

from __future__ import annotations

from functools import cache, lru_cache
from urllib.parse import urlsplit

from tldextract import TLDExtract


@cache
def _extract() -> TLDExtract:
    return TLDExtract(suffix_list_urls=(), cache_dir=None)


def site_of(url: str) -> str:
    """The registrable domain of ``url``'s host, or its host and port when it has none
    (an IP address, ``localhost``, a test domain)."""
    return _site_of_netloc(urlsplit(url).netloc.lower())


def host_of(url: str) -> str:
    """``url``'s host name, lower-cased, without ``www.`` and a closing dot; no port."""
    return (urlsplit(url).hostname or "").lower().rstrip(".").removeprefix("www.")


# Keyed by host, not by URL: a crawl meets millions of URLs but few hosts, and an unbounded
# per-URL cache would grow with every page for as long as the crawl runs.
@lru_cache(maxsize=4096)
def _site_of_netloc(netloc: str) -> str:
    parts = _extract()(netloc)
    # tldextract 5.3 renamed registered_domain (now deprecated) to top_domain_under_public_suffix
    if hasattr(parts, "top_domain_under_public_suffix"):
        domain = parts.top_domain_under_public_suffix
    else:
        domain = parts.registered_domain
    return domain or netloc
