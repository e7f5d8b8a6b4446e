"""火炬中心 (www.chinatorch.gov.cn): the national authority for 孵化器, 众创空间 and 高新区.

Articles ``/{channel}/{sub}/{YYYYMM}/{32hex}.shtml`` with the body in ``#allStyleDIV``
The live section list is not public; the two listings below are the
孵化器 and 高新区 news columns as modelled in the replica. Some crawlers could not reach the
domain at all (cause unknown).
"""

SITE = {
    "slug": "chinatorch",
    "name": "火炬中心",
    "home": "http://www.chinatorch.gov.cn/",
    "listings": [
        ("/fhq/gzdt/index.shtml", "孵化器 工作动态"),
        ("/gxq/gxdt/index.shtml", "高新区动态"),
    ],
    "article_re": r"^/[a-z0-9]+/[a-z0-9]+/\d{6}/[0-9a-f]{32}\.shtml$",
    "pagination": "auto",  # 下一页 / 尾页 links to index_N.shtml
    "hints": {"body": "#allStyleDIV"},
    "example_article": "http://www.chinatorch.gov.cn/kjfw/tjbb/202501/0ece4cf02678428b935f38c3c1a572d5.shtml",
    "access": "reported unreachable by at least one crawler; try --base-url http://…",
    # A national authority's server: slower than the project default, to be a good guest.
    "settings": {"DOWNLOAD_DELAY": 5},
}
