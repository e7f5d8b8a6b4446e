"""中关村管委会 (zgcgw.beijing.gov.cn, formerly www.zgc.gov.cn): an EasySite CMS.

Lists ``/zgc/zwgk/tzgg/index.html`` and ``/zgc/yw/gzdt/index.html`` (rows ``div.w_ul_list ul li``,
dates ``MM-DD`` with no year); the next page's URL is only in the ``tagname`` attribute of the
下一页 link; articles are numeric directories ``/zgc/zwgk/tzgg/10870021/``. TLS is reported
unstable: ``--base-url http://zgcgw.beijing.gov.cn/``.
"""

SITE = {
    "slug": "zgcgw",
    "name": "中关村管委会",
    "home": "https://zgcgw.beijing.gov.cn/",
    "listings": [
        ("/zgc/zwgk/tzgg/index.html", "通知公告"),
        ("/zgc/yw/gzdt/index.html", "工作动态"),
    ],
    "article_re": r"^/zgc/.+/\d{6,}/(index\.html)?$",
    "pagination": "auto",  # EasySite tagname
    "hints": {"meta_line": ".easysite-news-describe", "body": ".easysite-news-text"},
    "example_article": "https://zgcgw.beijing.gov.cn/zgc/zwgk/tzgg/10870021/",
    "access": "TLS reported unstable: use --base-url http://zgcgw.beijing.gov.cn/",
}
