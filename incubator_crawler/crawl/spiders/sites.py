"""One spider class per site definition in ``incubator_crawler.sites`` (generated, not written).

Each class is a plain :class:`ListingSpider` subclass named ``<Slug>Spider`` with the site's
``SITE`` dict and compiled ``article_re``; extra request headers become the spider's
``DEFAULT_REQUEST_HEADERS`` (merged with the project's).
"""

from __future__ import annotations

import re
from typing import Any

from ...sites import all_sites
from .. import settings as project_settings
from .base import ListingSpider


def spider_class(site: dict[str, Any]) -> type[ListingSpider]:
    """Build the spider class of a site definition."""
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
    class_name = "".join(part.title() for part in re.split(r"[^a-z0-9]+", site["slug"])) + "Spider"
    return type(class_name, (ListingSpider,), attrs)


SPIDERS: dict[str, type[ListingSpider]] = {}
for _slug, _site in all_sites().items():
    if _slug == "cnfuhuaqi":  # hand-written: incubator_crawler.crawl.spiders.cnfuhuaqi
        continue
    SPIDERS[_slug] = spider_class(_site)
    globals()[SPIDERS[_slug].__name__] = SPIDERS[_slug]
