"""中国高新网 (www.chinahightech.com): 园区 and 高新区 news nationwide.

Lists ``/yaowen/node_479.html`` → ``node_479_2.html`` (rows ``.list-main .no-img``), articles
``/yaowen/2025-01/17/content_287543.html``.
"""

SITE = {
    "slug": "chinahightech",
    "name": "中国高新网",
    "home": "http://www.chinahightech.com/",
    "listings": [("/yaowen/node_479.html", "要闻"), ("/yuanqu/node_480.html", "园区")],
    "article_re": r"/\d{4}-\d{2}/\d{2}/content_\d+\.html$",
    "pagination": "auto",  # node_N_2.html, a numbered pager without 下一页
    "hints": {},
    "example_article": "http://www.chinahightech.com/yaowen/2025-01/17/content_287543.html",
}
