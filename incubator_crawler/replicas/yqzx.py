"""A DedeCMS park-news site with **no site definition**: the generic mode's test ground.

Modelled on common DedeCMS shapes: category directory ``/a/yqdt/``, pages
``list_106_2.html`` … with ``共 <strong>N</strong>页 <strong>M</strong>条`` and a numbered pager
(no 下一页 link), articles ``/a/yqdt/334332.html``, gb2312 declared only in ``<meta>`` (the
bytes are GBK), a DedeCMS click counter script, ``作者：admin`` / ``来源：本站原创`` placeholders,
and a 热门文章 sidebar whose links have the same URL shape as the main list but no dates.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from .base import Article, SiteReplica, chunks, html_response, paragraphs_html
from .text import compose, cut

SITE_NAME = "园区资讯网"
TYPEID = 106
N, PAGE_SIZE = 12, 5
SOURCES = ("本站原创", "江北新区管委会", "南京日报", "本站原创")
AUTHORS = ("admin", "钱卫东", "admin", "韩梅")

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
</head>
<body>
<div class="header"><ul id="navmenu"><li><a href="/">主页</a></li><li><a href="/a/yqdt/">园区动态</a></li><li><a href="/a/zcfg/">政策法规</a></li><li><a href="/a/qyfc/">企业风采</a></li></ul></div>
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/yqdt/">园区动态</a> &gt; </div>
<div class="w960">
<div class="pleft">{content}</div>
<div class="pright"><div class="commend"><dl><dt><strong>热门文章</strong></dt><dd><ul>{hot}</ul></dd></dl></div></div>
</div>
<div class="footer">Copyright &copy; 2012-2024 园区资讯网 版权所有 苏ICP备12034567号</div>
</body>
</html>
"""


class YqzxReplica(SiteReplica):
    """园区资讯网: one DedeCMS category of 12 articles over 3 list pages, GBK."""

    slug = "yqzx"
    name = SITE_NAME
    live_home = "http://www.yqzx.example/"

    def build_articles(self) -> list[Article]:
        out = []
        newest = date(2024, 3, 5)
        for i in range(N):
            day = newest - timedelta(days=4 * i + i % 2)
            hh, mm = 9 + i % 7, (i * 23) % 60
            text = compose(i + 3, salt=6, year=day.year, month=day.month)
            source, author = SOURCES[i % len(SOURCES)], AUTHORS[i % len(AUTHORS)]
            out.append(
                Article(
                    site=self.slug,
                    channel="yqdt",
                    path=f"/a/yqdt/{334332 - 9 * i}.html",
                    title=text.title,
                    published_at=f"{day.isoformat()}T{hh:02d}:{mm:02d}:00+08:00",
                    author=None if author == "admin" else author,
                    editor=None,
                    source=None if source == "本站原创" else source,
                    category="园区动态",
                    body=text.body,
                    paragraphs=text.paragraphs,
                    date=day,
                    time=f"{hh:02d}:{mm:02d}",
                    list_date=day.isoformat(),
                    extra={"source": source, "author": author},
                )
            )
        return out

    def listing_paths(self) -> list[str]:
        n = len(chunks(self.articles, PAGE_SIZE))
        return ["/a/yqdt/"] + [f"/a/yqdt/list_{TYPEID}_{k + 1}.html" for k in range(1, n)]

    def _hot(self) -> str:
        return "".join(
            f'<li><a href="{a.path}">{escape(a.title[:12])}</a></li>' for a in self.articles[2:7]
        )

    def render(self):
        pages = {}
        pages_of = chunks(self.articles, PAGE_SIZE)
        for k, rows in enumerate(pages_of):
            resp = html_response(self._listing(rows, k, len(pages_of)), "gbk", header_charset=False)
            if k == 0:
                pages["/a/yqdt/"] = resp
                pages["/a/yqdt/index.html"] = resp
            else:
                pages[f"/a/yqdt/list_{TYPEID}_{k + 1}.html"] = resp
        for a in self.articles:
            pages[a.path] = html_response(self._article(a), "gbk", header_charset=False)
        pages["/"] = pages["/a/yqdt/"]
        return pages

    def _listing(self, rows, k, total) -> str:
        items = "\n".join(
            f'<li><a href="{a.path}" class="title" title="{escape(a.title)}">'
            f'{escape(cut(a.title, 18))}</a><span class="info"><small>日期：</small>{a.list_date}'
            f'<small>点击：</small>{100 + 7 * i}</span><p class="intro">{escape(a.paragraphs[0][:30])}...</p></li>'
            for i, a in enumerate(rows)
        )

        def url(n: int) -> str:
            return "/a/yqdt/" if n == 0 else f"list_{TYPEID}_{n + 1}.html"

        pager = ["<li><a href='/a/yqdt/'>首页</a></li>"]
        for n in range(total):
            if n == k:
                pager.append(f"<li class='thisclass'>{n + 1}</li>")
            else:
                pager.append(f"<li><a href='{url(n)}'>{n + 1}</a></li>")
        pager.append(f"<li><a href='{url(total - 1)}'>末页</a></li>")
        pager.append(
            f"<li><span class='pageinfo'>共 <strong>{total}</strong>页<strong>{N}</strong>条</span></li>"
        )
        content = (
            f'<div class="listbox"><ul class="e2">\n{items}\n</ul></div>'
            f'<div class="dede_pages"><ul class="pagelist">{"".join(pager)}</ul></div>'
        )
        return PAGE.format(title=f"园区动态_{SITE_NAME}", content=content, hot=self._hot())

    def _article(self, a: Article) -> str:
        aid = a.path.rsplit("/", 1)[1].split(".")[0]
        content = (
            f'<div class="viewbox"><div class="title"><h2>{escape(a.title)}</h2></div>'
            f'<div class="info"><small>时间:</small>{a.date.isoformat()} {a.time}'
            f"<small>来源:</small>{a.extra['source']} <small>作者:</small>{a.extra['author']} "
            f'<small>点击:</small><script src="/plus/count.php?view=yes&aid={aid}&mid=1" '
            'type="text/javascript" language="javascript"></script>次</div>'
            f'<div class="content">\n{paragraphs_html(a.paragraphs)}\n</div>'
            '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
            '<div class="handle"><div class="context"><ul><li>上一篇：没有了</li><li>下一篇：没有了</li></ul></div>'
            "</div></div>"
        )
        return PAGE.format(title=f"{escape(a.title)}_{SITE_NAME}", content=content, hot=self._hot())


REPLICA = YqzxReplica()
