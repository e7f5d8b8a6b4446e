"""Replica of 北京市科委 (kw.beijing.gov.cn): its two layouts, as the team's notes on the live site describe them.

- ``/xwdt/`` (TRS): ``index.html``, ``index_1.html``, … with the page count only in
  ``createPageHTML(3, 0, "index", "html")``; rows ``.hot-news-list li`` (``a[title]`` + last
  ``span`` ``YYYY-MM-DD``) **not in date order**; articles ``./202404/t20240424_3612345.html`` with
  ``<meta name="PubDate">`` and ``<meta name="ContentSource">`` (no visible 来源, so no source:
  decide92), body ``#mainText``
- ``/col/col736/index.html`` (the legacy Hanweb column): rows only inside JavaScript
  (``urls[i]=…;headers[i]="<a title=…>";year[i]='2021';month[i]='04';day[i]='24';``), pages
  ``?uid=7361&pageNum=2``, articles ``/art/2021/4/24/art_736_12345.html``
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from .base import Article, SiteReplica, chunks, html_response, paragraphs_html
from .text import compose, cut

SITE_NAME = "北京市科学技术委员会、中关村科技园区管理委员会"
XWDT_N, XWDT_SIZE = 10, 4
COL_N, COL_SIZE = 6, 3
#: the order the xwdt list shows its articles in (by date rank): not newest first
XWDT_ORDER = (2, 0, 5, 1, 3, 9, 4, 7, 6, 8)
SOURCES = ("北京市科委、中关村管委会", "", "海淀区科学技术和信息化局", "北京日报")

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
{head}
</head>
<body>
<div class="header"><div class="nav"><a href="/">首页</a> <a href="/xwdt/">新闻动态</a> <a href="/zwgk/">政务公开</a> <a href="/col/col736/index.html">通知公告</a></div></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="{crumb_href}">{crumb}</a></div>
{content}
<div class="footer"><p>主办：北京市科学技术委员会、中关村科技园区管理委员会</p><p>京ICP备05064432号-1　京公网安备11010802039012号</p></div>
</body>
</html>
"""


class BjkwReplica(SiteReplica):
    """北京市科委: the TRS /xwdt/ list and the legacy JS-array column."""

    slug = "bjkw"
    name = "北京市科委"
    live_home = "https://kw.beijing.gov.cn/"
    pagination = ("trs", "hanweb")

    def build_articles(self) -> list[Article]:
        by_rank = []
        newest = date(2024, 4, 24)
        for i in range(XWDT_N):
            day = newest - timedelta(days=4 * i + i % 3)
            hh, mm = 8 + i % 9, (i * 19) % 60
            text = compose(i, salt=4, year=day.year, month=day.month)
            aid = 3612345 - 37 * i
            source = SOURCES[i % len(SOURCES)]
            by_rank.append(
                Article(
                    site=self.slug,
                    channel="xwdt",
                    path=f"/xwdt/{day:%Y%m}/t{day:%Y%m%d}_{aid}.html",
                    title=text.title,
                    published_at=f"{day.isoformat()}T{hh:02d}:{mm:02d}:00+08:00",
                    author=None,
                    editor=None,
                    # the ContentSource meta is shown in no 来源 slot: no source, whatever body
                    # it names (LABELLING.md, session 21: hidden metas give a source only where
                    # the page shows that value in its 来源 slot)
                    source=None,
                    category="新闻动态",
                    body=text.body,
                    paragraphs=text.paragraphs,
                    date=day,
                    time=f"{hh:02d}:{mm:02d}",
                    list_date=day.isoformat(),
                    extra={"content_source": source},
                )
            )
        out = [by_rank[r] for r in XWDT_ORDER]
        newest = date(2021, 4, 24)
        for i in range(COL_N):
            day = newest - timedelta(days=9 * i)
            text = compose(i + 13, salt=4, year=day.year, month=day.month)
            aid = 12345 - 5 * i
            out.append(
                Article(
                    site=self.slug,
                    channel="col736",
                    path=f"/art/{day.year}/{day.month}/{day.day}/art_736_{aid}.html",
                    title=text.title,
                    published_at=day.isoformat(),
                    author=None,
                    editor=("赵铭", None)[i % 2],
                    source="北京市科委",
                    category="通知公告",
                    body=text.body,
                    paragraphs=text.paragraphs,
                    date=day,
                    list_date=day.isoformat(),
                )
            )
        return out

    def listing_paths(self) -> list[str]:
        n_xwdt = len(chunks(list(range(XWDT_N)), XWDT_SIZE))
        n_col = len(chunks(list(range(COL_N)), COL_SIZE))
        return [f"/xwdt/index{'' if k == 0 else f'_{k}'}.html" for k in range(n_xwdt)] + [
            "/col/col736/index.html"
            if k == 0
            else f"/col/col736/index.html?uid=7361&pageNum={k + 1}"
            for k in range(n_col)
        ]

    def render(self):
        pages = {}
        xwdt = [a for a in self.articles if a.channel == "xwdt"]
        pages_of = chunks(xwdt, XWDT_SIZE)
        for k, rows in enumerate(pages_of):
            resp = html_response(self._xwdt_listing(rows, k, len(pages_of)))
            pages[f"/xwdt/index{'' if k == 0 else f'_{k}'}.html"] = resp
            if k == 0:
                pages["/xwdt/"] = resp
        for a in xwdt:
            pages[a.path] = html_response(self._xwdt_article(a))
        col = [a for a in self.articles if a.channel == "col736"]
        pages_of = chunks(col, COL_SIZE)
        for k, rows in enumerate(pages_of):
            resp = html_response(self._col_listing(rows, k, len(pages_of)))
            pages[f"/col/col736/index.html?uid=7361&pageNum={k + 1}"] = resp
            if k == 0:
                pages["/col/col736/index.html"] = resp
        for a in col:
            pages[a.path] = html_response(self._col_article(a))
        pages["/"] = pages["/xwdt/"]
        return pages

    # -- /xwdt/ (TRS) ---------------------------------------------------------------
    def _xwdt_listing(self, rows, k, total) -> str:
        items = "\n".join(
            f'<li><a href="./{a.path.split("/", 2)[2]}" title="{escape(a.title)}" target="_blank">'
            f'{escape(cut(a.title, 22))}</a><span class="tag">新闻</span><span>{a.list_date}</span></li>'
            for a in rows
        )
        content = (
            '<div class="hot-news"><h2>新闻动态</h2>'
            f'<ul class="hot-news-list">\n{items}\n</ul>'
            f'<div class="page"><script>createPageHTML({total}, {k}, "index", "html");</script></div></div>'
        )
        return PAGE.format(
            title=f"新闻动态_{SITE_NAME}",
            head="",
            crumb_href="/xwdt/",
            crumb="新闻动态",
            content=content,
        )

    def _xwdt_article(self, a: Article) -> str:
        head = (
            f'<meta name="ArticleTitle" content="{escape(a.title)}">\n'
            f'<meta name="PubDate" content="{a.date.isoformat()} {a.time}">\n'
            f'<meta name="ContentSource" content="{a.extra["content_source"]}">\n'
            '<meta name="ColumnName" content="新闻动态">'
        )
        content = (
            f'<div class="article"><h1>{escape(a.title)}</h1>'
            f'<div class="article-info"><span>发布时间：{a.date.isoformat()} {a.time}</span>'
            '<span class="font">【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div id="mainText"><div class="TRS_UEDITOR">\n{paragraphs_html(a.paragraphs)}\n</div></div>'
            '<div class="share">分享到：</div></div>'
        )
        return PAGE.format(
            title=f"{escape(a.title)}_{SITE_NAME}",
            head=head,
            crumb_href="/xwdt/",
            crumb="新闻动态",
            content=content,
        )

    # -- /col/col736/ (legacy Hanweb, rows in JavaScript) ------------------------------
    def _col_listing(self, rows, k, total) -> str:
        lines = [
            "var urls=new Array();var headers=new Array();",
            "var year=new Array();var month=new Array();var day=new Array();",
        ]
        for i, a in enumerate(rows):
            lines.append(
                f"urls[{i}]='{a.path}';"
                f"headers[{i}]=\"<a title='{escape(a.title)}' href='{a.path}' target='_blank'>"
                f'{escape(cut(a.title, 15))}</a>";'
                f"year[{i}]='{a.date.year}';month[{i}]='{a.date.month:02d}';day[{i}]='{a.date.day:02d}';"
            )
        lines.append(
            "for(var i=0;i<urls.length;i++){document.write('<tr><td>'+headers[i]+'</td><td>'"
            "+year[i]+'-'+month[i]+'-'+day[i]+'</td></tr>');}"
        )
        numbers = " ".join(
            f"<span>{n + 1}</span>"
            if n == k
            else f'<a href="/col/col736/index.html?uid=7361&amp;pageNum={n + 1}">{n + 1}</a>'
            for n in range(total)
        )
        content = (
            '<div class="col"><h2>通知公告</h2><table class="list"><script type="text/javascript">\n'
            + "\n".join(lines)
            + f'\n</script></table><div class="pages">共{total}页 {numbers}</div></div>'
        )
        return PAGE.format(
            title=f"通知公告_{SITE_NAME}",
            head="",
            crumb_href="/col/col736/index.html",
            crumb="通知公告",
            content=content,
        )

    def _col_article(self, a: Article) -> str:
        tail = f"<p>（责任编辑：{a.editor}）</p>" if a.editor else ""
        content = (
            '<table class="art" width="100%"><tr><td class="title" align="center">'
            f"<h2>{escape(a.title)}</h2></td></tr>"
            f'<tr><td class="info">发布日期：{a.date.isoformat()}　信息来源：{a.source}　'
            "【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>"
            f'<tr><td id="zoom">\n{paragraphs_html(a.paragraphs)}\n{tail}</td></tr></table>'
        )
        return PAGE.format(
            title=f"{escape(a.title)}",
            head="",
            crumb_href="/col/col736/index.html",
            crumb="通知公告",
            content=content,
        )


REPLICA = BjkwReplica()
