"""中国孵化器网 (www.cnfuhuaqi.com): an ASP.NET portal; articles at /{channel}/show/{id}.aspx.

Its list-page HTML is unknown, so the spider starts at the home page and
follows the navigation; the listing paths below are only a fallback.
"""

from __future__ import annotations

import re

from .base import ListingSpider

SITE = {
    "slug": "cnfuhuaqi",
    "name": "中国孵化器网",
    "home": "https://www.cnfuhuaqi.com/",
    # Nav text -> channel name. 新闻 appears twice in the real nav (dropdown head and item).
    "channels": {
        name: name
        for name in (
            "新闻",
            "政策",
            "技术",
            "创业",
            "孵化器",
            "企业",
            "项目",
            "专利",
            "协会",
            "金融",
            "中介",
        )
    },
    # Only /policy/ is confirmed by public links; the others are inferred from the nav.
    "listing_paths": [("/news/", "新闻"), ("/policy/", "政策")],
    "example_article": "http://www.cnfuhuaqi.com/policy/show/6378.aspx",
    # Hints are tried first by the extractor and silently ignored when they match nothing.
    "hints": {},
    # The channels are found in the home page's nav (above); pages only by 下一页 links.
    "pagination": "next-link",
}


class CnfuhuaqiSpider(ListingSpider):
    """Spider for 中国孵化器网."""

    name = "cnfuhuaqi"
    SITE = SITE
    article_re = re.compile(r"^/[A-Za-z]+/show/\d+\.aspx$")
