"""One spider class per site definition in ``incubator_crawler.sites``, generated from its ``SITE``.

Each class is a plain :class:`ListingSpider` subclass named ``<Slug>Spider`` with the site's
``SITE`` dict and compiled ``article_re``; extra request headers become the spider's
``DEFAULT_REQUEST_HEADERS`` (merged with the project's). The classes are spelled out below, one
line per site, so that Scrapy (which looks for classes in this module) and grep both find them;
``tests/test_site_checklist.py`` names a site whose line is missing.
"""

from __future__ import annotations

import re
from typing import Any

from ...sites import all_sites
from .. import settings as project_settings
from .base import ListingSpider


def spider_class(slug: str) -> type[ListingSpider]:
    """Build the spider class of the site ``slug`` from its definition."""
    site = all_sites()[slug]
    attrs: dict[str, Any] = {
        "__module__": __name__,
        "__doc__": f"Spider for {site['name']} ({site['home']}), generated from its SITE.",
        "name": site["slug"],
        "SITE": site,
        "article_re": re.compile(site["article_re"]) if site.get("article_re") else None,
    }
    if site.get("headers"):
        attrs["custom_settings"] = {
            "DEFAULT_REQUEST_HEADERS": {
                **project_settings.DEFAULT_REQUEST_HEADERS,
                **site["headers"],
            }
        }
    return type(spider_class_name(slug), (ListingSpider,), attrs)


def spider_class_name(slug: str) -> str:
    """``bjkw`` -> ``BjkwSpider``."""
    return "".join(part.title() for part in re.split(r"[^a-z0-9]+", slug)) + "Spider"


CnfuhuaqiSpider = spider_class("cnfuhuaqi")
ChinatorchSpider = spider_class("chinatorch")
ChinahightechSpider = spider_class("chinahightech")
WehdzSpider = spider_class("wehdz")
BjkwSpider = spider_class("bjkw")
ZgcgwSpider = spider_class("zgcgw")
StdailySpider = spider_class("stdaily")
CdhtSpider = spider_class("cdht")

#: ``{slug: spider class}`` for every class above.
SPIDERS: dict[str, type[ListingSpider]] = {
    cls.name: cls
    for cls in (
        CnfuhuaqiSpider,
        ChinatorchSpider,
        ChinahightechSpider,
        WehdzSpider,
        BjkwSpider,
        ZgcgwSpider,
        StdailySpider,
        CdhtSpider,
    )
}
