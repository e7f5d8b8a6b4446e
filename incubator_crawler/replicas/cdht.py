"""Replica of 成都高新区 (www.cdht.gov.cn): one column list, a plausible guess in most of its markup.

Known (from what is documented about the site): the column list ``/cdht/c139391/gk_list.shtml``,
the home ``/cdht/shouye/sy.shtml``, and that 成都 lists page as ``column-index-N.shtml``.
Guessed, because nothing documents them: the column's name (工作动态), the article URLs
``/cdht/c139391/YYYY-MM/DD/content_<32hex>.shtml``, the rows ``ul.list li > a[title] + span``
(the dominant government-list pattern), the 首页/上一页/下一页/尾页 pager, the meta line
``发布时间：… 来源：…``, the body in ``#zoom`` with a 责任编辑 line after it, and UTF-8.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from .base import Article, SiteReplica, chunks, hex_id, html_response, paragraphs_html
from .text import compose, cut

SITE_NAME = "成都高新技术产业开发区"
COLUMN = "/cdht/c139391"
N = 10
PAGE_SIZE = 4
SOURCES = ("成都高新区管委会", "成都日报", "四川日报")
EDITORS = ("李明", "王晓雨", "陈思远")

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="SiteName" content="{site}">
</head>
<body>
<div class="header"><a href="/cdht/shouye/sy.shtml">首页</a> <a href="{column}/gk_list.shtml">工作动态</a> <a href="/cdht/c139392/gk_list.shtml">通知公告</a> <a href="/cdht/c139393/gk_list.shtml">政策文件</a></div>
<div class="location">当前位置：<a href="/cdht/shouye/sy.shtml">首页</a> &gt; <a href="/cdht/xwzx/">新闻中心</a> &gt; <a href="{column}/gk_list.shtml">工作动态</a></div>
{content}
<div class="footer">
<p>主办：成都高新区管委会　<a href="/cdht/wzdt/">网站地图</a>　<a href="/cdht/lxwm/">联系我们</a></p>
<p>蜀ICP备05018021号　川公网安备 51019002000123号</p>
</div>
</body>
</html>
"""


def _page_url(k: int) -> str:
    """Page ``k`` (0-based) of the column: ``gk_list.shtml``, then ``column-index-2.shtml``, …"""
    return "gk_list.shtml" if k == 0 else f"column-index-{k + 1}.shtml"


class CdhtReplica(SiteReplica):
    """成都高新区: one column list of ``content_`` articles, paged by 下一页 links."""

    slug = "cdht"
    name = "成都高新区"
    live_home = "http://www.cdht.gov.cn/"
    pagination = ("next-link",)

    def build_articles(self) -> list[Article]:
        out = []
        newest = date(2026, 1, 15)
        for i in range(N):
            day = newest - timedelta(days=3 * i + i % 2)
            hh, mm = 8 + i % 9, (i * 13) % 60
            text = compose(i + 3, salt=9, year=day.year, month=day.month)
            out.append(
                Article(
                    site=self.slug,
                    channel="c139391",
                    path=f"{COLUMN}/{day:%Y-%m}/{day:%d}/content_{hex_id(f'cdht{i}')}.shtml",
                    title=text.title,
                    published_at=f"{day.isoformat()}T{hh:02d}:{mm:02d}:00+08:00",
                    author=None,
                    editor=EDITORS[i % len(EDITORS)],
                    source=SOURCES[i % len(SOURCES)],
                    category="新闻中心 > 工作动态",
                    body=text.body,
                    paragraphs=text.paragraphs,
                    date=day,
                    time=f"{hh:02d}:{mm:02d}",
                    list_date=day.isoformat(),
                )
            )
        return out

    def listing_paths(self) -> list[str]:
        n = len(chunks(self.articles, PAGE_SIZE))
        return [f"{COLUMN}/{_page_url(k)}" for k in range(n)]

    def render(self):
        pages = {}
        pages_of = chunks(self.articles, PAGE_SIZE)
        for k, rows in enumerate(pages_of):
            pages[f"{COLUMN}/{_page_url(k)}"] = html_response(self._listing(rows, k, len(pages_of)))
        for a in self.articles:
            pages[a.path] = html_response(self._article(a))
        home = self._home()
        pages["/"] = pages["/cdht/shouye/sy.shtml"] = html_response(home)
        return pages

    def _home(self) -> str:
        links = "".join(
            f'<li><a href="{a.path}" title="{escape(a.title)}">{escape(cut(a.title))}</a></li>'
            for a in self.articles[:5]
        )
        content = f'<div class="home-news"><h3>工作动态</h3><ul>{links}</ul></div>'
        return PAGE.format(title=SITE_NAME, site=SITE_NAME, column=COLUMN, content=content)

    def _listing(self, rows, k, total) -> str:
        items = "\n".join(
            f'<li><a href="{a.path}" target="_blank" title="{escape(a.title)}">'
            f"{escape(cut(a.title))}</a><span>{a.list_date}</span></li>"
            for a in rows
        )
        pager = [f"<span>共{total}页</span>", f'<a href="{_page_url(0)}">首页</a>']
        if k > 0:
            pager.append(f'<a href="{_page_url(k - 1)}">上一页</a>')
        if k + 1 < total:
            pager.append(f'<a href="{_page_url(k + 1)}">下一页</a>')
        pager.append(f'<a href="{_page_url(total - 1)}">尾页</a>')
        content = (
            f'<div class="main"><h2>工作动态</h2><ul class="list">\n{items}\n</ul>'
            f'<div class="pager">{" ".join(pager)}</div></div>'
        )
        return PAGE.format(
            title=f"工作动态_{SITE_NAME}", site=SITE_NAME, column=COLUMN, content=content
        )

    def _article(self, a: Article) -> str:
        meta = f"发布时间：{a.date.isoformat()} {a.time}　　来源：{a.source}"
        content = (
            f'<div class="article"><h1>{escape(a.title)}</h1>'
            f'<div class="info">{meta}　　【字体：<a href="#">大</a> <a href="#">中</a> '
            '<a href="#">小</a>】</div>'
            f'<div id="zoom">\n{paragraphs_html(a.paragraphs)}\n</div>'
            f'<div class="editor">责任编辑：{a.editor}</div>'
            '<div class="tools"><a href="javascript:window.print()">【打印本页】</a> '
            '<a href="javascript:window.close()">【关闭窗口】</a></div></div>'
        )
        return PAGE.format(
            title=f"{escape(a.title)}_{SITE_NAME}", site=SITE_NAME, column=COLUMN, content=content
        )


REPLICA = CdhtReplica()
