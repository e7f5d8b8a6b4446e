"""成都高新区 (www.cdht.gov.cn): Chengdu Hi-tech Zone's portal, ``.shtml`` pages under ``/cdht/``.

Known: the list ``/cdht/c139391/gk_list.shtml`` and the home ``/cdht/shouye/sy.shtml``; 成都
lists page as ``column-index-N.shtml``. The older site was JEECMS (``/cycjcyyq/50449.jhtml``).
Not known, and guessed here as in the replica: the article URL shape
(``/cdht/c139391/YYYY-MM/DD/content_<32hex>.shtml``), the list markup and the meta line. Check
them against the live site (``crawl --start-url`` first) before relying on ``article_re``.
"""

SITE = {
    "slug": "cdht",
    "name": "成都高新区",
    "home": "http://www.cdht.gov.cn/",
    "listings": [("/cdht/c139391/gk_list.shtml", "工作动态")],
    "article_re": r"^/cdht/c\d+/\d{4}-\d{2}/\d{2}/content_[0-9a-f]{32}\.shtml$",
    "pagination": "auto",  # 下一页 links to column-index-N.shtml (guessed)
    "hints": {},
    "example_article": "http://www.cdht.gov.cn/cdht/c139391/gk_list.shtml",
}
