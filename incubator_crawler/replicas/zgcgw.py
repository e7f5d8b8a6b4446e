"""Replica of 中关村管委会 (zgcgw.beijing.gov.cn): the EasySite layout of the team's notes on the live site.

- lists ``/zgc/zwgk/tzgg/index.html`` (通知公告) and ``/zgc/yw/gzdt/index.html`` (工作动态), pages
  ``index_2.html`` …; the next page's URL is only in the ``tagname`` attribute of the 下一页 link
- rows ``div.w_ul_list ul li``: title in ``span a`` (a@title whole), date in ``.fr`` as ``MM-DD``
  (no year: the lists run from January 2026 back into December 2025)
- articles in numeric directories ``/zgc/zwgk/tzgg/10870021/index.html``
- meta block ``.easysite-news-describe`` ``发布时间：… 信息来源：… 字体：[大 中 小]``, body
  ``.easysite-news-text``
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from .base import Article, SiteReplica, chunks, html_response, paragraphs_html
from .text import compose, cut

SITE_NAME = "中关村科技园区管理委员会"
#: (path, crumb titles, articles, newest date, first id)
CHANNELS = (
    ("zwgk/tzgg", ("政务公开", "通知公告"), 6, date(2026, 1, 12), 10870021),
    ("yw/gzdt", ("要闻", "工作动态"), 5, date(2026, 1, 6), 10869644),
)
PAGE_SIZE = 4
SOURCES = ("中关村科技园区管理委员会", "中关村科学城管委会", "北京经济技术开发区管委会")

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="generator" content="EasySite" />
</head>
<body>
<div class="top"><a href="/zgc/index.html">首页</a> <a href="/zgc/zwgk/tzgg/index.html">通知公告</a> <a href="/zgc/yw/gzdt/index.html">工作动态</a> <a href="/zgc/zwgk/zcfg18/">政策法规</a></div>
<div class="w_position">当前位置：<a href="/zgc/index.html">首页</a> &gt; {crumb}</div>
{content}
<div class="footer">中关村科技园区管理委员会 版权所有 京ICP备05061390号</div>
</body>
</html>
"""


class ZgcgwReplica(SiteReplica):
    """中关村管委会: two EasySite lists, tagname pagination, MM-DD dates."""

    slug = "zgcgw"
    name = "中关村管委会"
    live_home = "http://zgcgw.beijing.gov.cn/zgc/index.html"
    pagination = ("tagname",)

    def build_articles(self) -> list[Article]:
        out = []
        for c, (path, crumbs, n, newest, first_id) in enumerate(CHANNELS):
            for i in range(n):
                day = newest - timedelta(days=5 * i + 2 * c)
                text = compose(i + 17 * c, salt=5, year=day.year, month=day.month)
                out.append(
                    Article(
                        site=self.slug,
                        channel=path,
                        path=f"/zgc/{path}/{first_id - 13 * i}/index.html",
                        title=text.title,
                        published_at=day.isoformat(),
                        author=None,
                        editor=None,
                        source=SOURCES[(i + c) % len(SOURCES)],
                        category=" > ".join(crumbs),
                        body=text.body,
                        paragraphs=text.paragraphs,
                        date=day,
                        list_date=f"{day:%m-%d}",
                    )
                )
        return out

    def listing_paths(self) -> list[str]:
        paths = []
        for path, *_rest in CHANNELS:
            arts = [a for a in self.articles if a.channel == path]
            for k in range(len(chunks(arts, PAGE_SIZE))):
                paths.append(f"/zgc/{path}/index{'' if k == 0 else f'_{k + 1}'}.html")
        return paths

    def render(self):
        pages = {}
        for path, crumbs, *_rest in CHANNELS:
            arts = [a for a in self.articles if a.channel == path]
            pages_of = chunks(arts, PAGE_SIZE)
            for k, rows in enumerate(pages_of):
                pages[f"/zgc/{path}/index{'' if k == 0 else f'_{k + 1}'}.html"] = html_response(
                    self._listing(path, crumbs, rows, k, len(pages_of))
                )
            for a in arts:
                pages[a.path] = html_response(self._article(a, path, crumbs))
        pages["/zgc/index.html"] = pages["/zgc/zwgk/tzgg/index.html"]
        pages["/"] = pages["/zgc/index.html"]
        return pages

    def _crumb(self, path, crumbs) -> str:
        return f'<a href="/zgc/{path.split("/")[0]}/">{crumbs[0]}</a> &gt; <a href="/zgc/{path}/index.html">{crumbs[1]}</a>'

    def _listing(self, path, crumbs, rows, k, total) -> str:
        items = "\n".join(
            f'<li><span><a href="{a.path}" title="{escape(a.title)}" target="_blank">'
            f'{escape(cut(a.title, 20))}</a></span><span class="fr">{a.list_date}</span></li>'
            for a in rows
        )

        def url(n: int) -> str:
            return f"/zgc/{path}/index{'' if n == 0 else f'_{n + 1}'}.html"

        pager = [f'<span class="pagingNormal">共{total}页</span>']
        pager.append(
            f'<a class="pagingNormal" href="javascript:void(0)" tagname="{url(0)}">首页</a>'
        )
        if k > 0:
            pager.append(
                f'<a class="pagingNormal" href="javascript:void(0)" tagname="{url(k - 1)}">上一页</a>'
            )
        if k + 1 < total:
            pager.append(
                f'<a class="pagingNormal" href="javascript:void(0)" tagname="{url(k + 1)}">下一页</a>'
            )
        pager.append(
            f'<a class="pagingNormal" href="javascript:void(0)" tagname="{url(total - 1)}">尾页</a>'
        )
        content = (
            f'<div class="w_ul_list"><h2>{crumbs[1]}</h2><ul>\n{items}\n</ul>'
            f'<div class="easysite-page-wrap">{" ".join(pager)}</div></div>'
        )
        return PAGE.format(
            title=f"{crumbs[1]}-{SITE_NAME}", crumb=self._crumb(path, crumbs), content=content
        )

    def _article(self, a: Article, path, crumbs) -> str:
        content = (
            '<div class="easysite-news-page">'
            f'<div class="easysite-news-title"><h2>{escape(a.title)}</h2></div>'
            f'<div class="easysite-news-describe">发布时间：{a.published_at}　信息来源：{a.source}　'
            "字体：[<a>大</a> <a>中</a> <a>小</a>]</div>"
            f'<div class="easysite-news-text">\n{paragraphs_html(a.paragraphs)}\n</div>'
            '<div class="easysite-news-operation"><a href="javascript:window.print()">打印</a> '
            '<a href="javascript:window.close()">关闭</a></div></div>'
        )
        return PAGE.format(
            title=f"{escape(a.title)}-{SITE_NAME}", crumb=self._crumb(path, crumbs), content=content
        )


REPLICA = ZgcgwReplica()
