"""北京市科委、中关村管委会 (kw.beijing.gov.cn): /xwdt/ on TRS, plus the legacy Hanweb column.

``/xwdt/`` rows ``.hot-news-list li`` are **not in date order**, so ``ordered`` is False (an
incremental crawl reads every list page); articles ``t20YYMMDD_N.html`` with
``<meta name="PubDate">``/``ContentSource``, body ``#mainText``; no 来源 is shown, so the hidden
ContentSource gives no source (LABELLING.md, the lead's session-21 decisions). The legacy ``/col/col736/``
column writes its rows from JavaScript arrays and pages with ``?pageNum=``. The live site is
marked antiCrawler and expects a Referer from www.beijing.gov.cn.
"""

SITE = {
    "slug": "bjkw",
    "name": "北京市科委",
    "home": "https://kw.beijing.gov.cn/",
    "listings": [("/xwdt/", "新闻动态"), ("/col/col736/index.html", "通知公告")],
    "article_re": r"/t20\d{6}_\d+\.html$|/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$",
    "pagination": "auto",  # TRS createPageHTML on /xwdt/, Hanweb ?pageNum= on /col/
    "ordered": False,
    "hints": {},
    "headers": {"Referer": "https://www.beijing.gov.cn/"},
    "example_article": "https://kw.beijing.gov.cn/xwdt/kcyx/xwdtshgg/",
}
