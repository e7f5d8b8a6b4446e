"""中国科技网 / 科技日报 (www.stdaily.com): national science and technology news.

List ``/web/rdxw/node_327.html`` (rows ``.f_lieb_list > dl``, title ``h3 a``, ``.sourthTime``
spans: source first, time last); article meta ``.articleHead .f_source`` and ``.time1``
(``YYYY-MM-DD HH:MM:SS``), body ``.pages_content .content`` with a ``.videoBox`` to leave out.
"""

SITE = {
    "slug": "stdaily",
    "name": "中国科技网",
    "home": "http://www.stdaily.com/",
    "listings": [("/web/rdxw/node_327.html", "热点新闻")],
    "article_re": r"/web/[a-z]+/\d{4}-\d{2}/\d{2}/content_\d+\.html$",
    "pagination": "auto",  # node_327_2.html
    "hints": {"body": ".pages_content .content"},
    "example_article": "http://www.stdaily.com/web/rdxw/node_327.html",
}
