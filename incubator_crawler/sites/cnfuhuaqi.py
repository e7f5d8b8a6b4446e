"""中国孵化器网 (www.cnfuhuaqi.com): an ASP.NET portal; articles at /{channel}/show/{id}.aspx.

Its list-page HTML is unknown, so the crawl starts at the home page and follows the
navigation (``nav_channels``); ``listings`` are only the fallback when the nav is not found.
"""

SITE = {
    "slug": "cnfuhuaqi",
    "name": "中国孵化器网",
    "home": "https://www.cnfuhuaqi.com/",
    # Only /policy/ is confirmed by public links; /news/ is inferred from the nav.
    "listings": [("/news/", "新闻"), ("/policy/", "政策")],
    "article_re": r"^/[A-Za-z]+/show/\d+\.aspx$",
    # The channels come from the home page's nav; pages only by 下一页 links.
    "pagination": "next-link",
    "hints": {},
    "example_article": "http://www.cnfuhuaqi.com/policy/show/6378.aspx",
    # Nav texts that name a channel (新闻 appears twice in the real nav: dropdown head and item).
    "nav_channels": (
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
    ),
}
