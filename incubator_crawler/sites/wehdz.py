"""武汉东湖高新区 / 光谷 (www.wehdz.gov.cn): the 2022 TRS site.

Sections under ``/2022/ggxw_68627/``; list pages ``index.shtml``, ``index_1.shtml`` whose count
is only in ``createPageHTML(countPage, currentPage, "index", "shtml")``; articles
``…/202601/t20260130_2721913.shtml`` with the body in ``div.content_article``.
"""

SITE = {
    "slug": "wehdz",
    "name": "东湖高新区",
    "home": "http://www.wehdz.gov.cn/",
    "listings": [
        ("/2022/ggxw_68627/tz_68628/", "通知公告"),
        ("/2022/ggxw_68627/ggxw_68629/", "光谷要闻"),
    ],
    "article_re": r"/\d{6}/t20\d{6}_\d+\.shtml$",
    "pagination": "auto",  # TRS createPageHTML
    "hints": {"body": "div.content_article"},
    "example_article": "http://www.wehdz.gov.cn/2022/ggxw_68627/tz_68628/202601/t20260130_2721913.shtml",
}
