"""Every site definition is complete, has a spider, and has a row in the README's sites table."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from incubator_crawler.crawl.runner import available_sites
from incubator_crawler.listing.pagination import PAGINATION_STRATEGIES
from incubator_crawler.sites import all_sites

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
TABLE = README.split("## Sites", 1)[1].split("\n\n**Pagination**", 1)[0]


@pytest.mark.parametrize("slug", list(all_sites()))
def test_site_definition(slug):
    site = all_sites()[slug]
    assert site["slug"] == slug
    assert site["name"]
    assert site["home"].startswith(("http://", "https://"))
    assert site.get("listings") or site.get("channels")
    pagination = site.get("pagination", "auto")
    names = [pagination] if isinstance(pagination, str) else list(pagination)
    assert all(n == "auto" or n in PAGINATION_STRATEGIES for n in names)
    if site.get("article_re"):
        re.compile(site["article_re"])
    assert slug in available_sites()
    host = urlsplit(site["home"]).hostname
    assert re.search(rf"^\| `{slug}` \|.*`{re.escape(host)}`", TABLE, re.M), slug
