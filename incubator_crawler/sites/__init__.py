"""Site definitions as data: one module per site, each exporting ``SITE``.

A spider class is generated from each definition (``incubator_crawler.crawl.spiders.sites``).
Adding a site: docs/architecture.md, "Where to add" (``tests/test_site_checklist.py`` names what
is missing). Keys of ``SITE``:

``slug``            short name, used everywhere (spider name, ``site`` column, fixtures dir)
``name``            the site's own name (the extractor drops it where it is not a value)
``home``            the live site's home page; ``--base-url`` replaces its scheme and host
``listings``        ``[(path or URL, channel name), ...]``: the start listing pages
``article_re``      regex searched in a link's URL path: the article links
``pagination``      ``"auto"`` (default) or a strategy name / list of names from
                    ``listing.pagination.PAGINATION_STRATEGIES`` (next-link, tagname, trs, laypage, dede,
                    node, hanweb, numbered, picker)
``ordered``         ``False`` when a list is not newest first: an incremental crawl then reads
                    every listing page instead of stopping at the first page with nothing new
``hints``           optional CSS selectors for the extractor (title, meta_line, body, breadcrumb);
                    a hint that matches nothing falls back to the generic rules
``headers``         optional extra request headers (e.g. the Referer kw.beijing expects)
``settings``        optional Scrapy settings for this site only, e.g. ``{"DOWNLOAD_DELAY": 5,
                    "CONCURRENT_REQUESTS_PER_DOMAIN": 1}`` (its politeness); ``-s`` still wins
``enabled``         ``False`` keeps the site out of ``crawl --all``
``health``          optional ``{"min_coverage": {"source": 0.5}, "max_failures": 3}``
``example_article`` one real article URL, for the docs
``access``          optional note on reaching the live site (TLS, geo, WAF)
``nav_channels``    optional nav texts naming the channels: the crawl then starts at ``home`` and
                    follows those nav links, with ``listings`` as the fallback when none is found
"""

from __future__ import annotations

import importlib
from typing import Any

#: Site modules in display order.
SITE_MODULES = (
    "incubator_crawler.sites.cnfuhuaqi",
    "incubator_crawler.sites.chinatorch",
    "incubator_crawler.sites.chinahightech",
    "incubator_crawler.sites.wehdz",
    "incubator_crawler.sites.bjkw",
    "incubator_crawler.sites.zgcgw",
    "incubator_crawler.sites.stdaily",
    "incubator_crawler.sites.cdht",
)


def all_sites() -> dict[str, dict[str, Any]]:
    """``{slug: SITE}`` for every known site, in display order."""
    sites = {}
    for module in SITE_MODULES:
        site = importlib.import_module(module).SITE
        sites[site["slug"]] = site
    return sites


def enabled_sites() -> list[str]:
    """The named sites a scheduled ``crawl --all`` visits (SITE["enabled"] defaults to true)."""
    return [slug for slug, site in all_sites().items() if site.get("enabled", True)]


def start_urls(site: dict[str, Any]) -> list[str]:
    """The site's start listing URLs on the live site (the home page for nav-driven sites)."""
    from urllib.parse import urljoin

    if site.get("listings") and not site.get("nav_channels"):
        return [urljoin(site["home"], path) for path, _name in site["listings"]]
    return [site["home"]]
