"""Replica of 中国科技网 / 科技日报 (www.stdaily.com), as the team's notes on the live site describe it.

- list ``/web/rdxw/node_327.html`` → ``node_327_2.html`` (numbered pager); rows
  ``.f_lieb_list > dl`` with the title in ``h3 a`` and ``.sourthTime`` spans (source first,
  time last)
- articles ``/web/rdxw/2025-03/14/content_1726354.html``; ``.articleHead`` holds ``.f_source``
  and ``.time1`` (``YYYY-MM-DD HH:MM:SS``); body ``.pages_content .content`` with a ``.videoBox``
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from .base import Article, SiteReplica, chunks, html_response, paragraphs_html
from .text import compose

SITE_NAME = "中国科技网"
N, PAGE_SIZE = 9, 5
SOURCES = ("科技日报", "中国科技网", "新华社")
AUTHORS = ("张佳欣", "刘园园", None)

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body>
<div class="header"><a href="/">首页</a> <a href="/web/rdxw/node_327.html">热点新闻</a> <a href="/web/gdxw/node_324.html">滚动新闻</a></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/web/rdxw/node_327.html">热点新闻</a></div>
{content}
<div class="footer">科技日报社版权所有 京ICP备05033283号</div>
</body>
</html>
"""


class StdailyReplica(SiteReplica):
    """中国科技网: one node_ list of content_ articles."""

    slug = "stdaily"
    name = SITE_NAME
    live_home = "http://www.stdaily.com/"
    pagination = ("node",)

    def build_articles(self) -> list[Article]:
        out = []
        newest = date(2025, 3, 14)
        for i in range(N):
            day = newest - timedelta(days=2 * i + i % 2)
            hh, mm, ss = 7 + i % 12, (i * 11) % 60, (i * 29) % 60
            text = compose(i + 5, salt=8, year=day.year, month=day.month)
            out.append(
                Article(
                    site=self.slug,
                    channel="rdxw",
                    path=f"/web/rdxw/{day:%Y-%m}/{day:%d}/content_{1726354 - 13 * i}.html",
                    title=text.title,
                    published_at=f"{day.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}+08:00",
                    author=AUTHORS[i % len(AUTHORS)],
                    editor=None,
                    source=SOURCES[i % len(SOURCES)],
                    category="热点新闻",
                    body=text.body,
                    paragraphs=text.paragraphs,
                    date=day,
                    time=f"{hh:02d}:{mm:02d}:{ss:02d}",
                    list_date=f"{day.isoformat()} {hh:02d}:{mm:02d}",
                )
            )
        return out

    def listing_paths(self) -> list[str]:
        n = len(chunks(self.articles, PAGE_SIZE))
        return [f"/web/rdxw/node_327{'' if k == 0 else f'_{k + 1}'}.html" for k in range(n)]

    def render(self):
        pages = {}
        pages_of = chunks(self.articles, PAGE_SIZE)
        for k, rows in enumerate(pages_of):
            pages[self.listing_paths()[k]] = html_response(self._listing(rows, k, len(pages_of)))
        for a in self.articles:
            pages[a.path] = html_response(self._article(a))
        pages["/"] = pages["/web/rdxw/node_327.html"]
        return pages

    def _listing(self, rows, k, total) -> str:
        items = "\n".join(
            f'<dl><dt><img src="/images/{i}.jpg"></dt><dd><h3><a href="{a.path}" target="_blank">'
            f"{escape(a.title)}</a></h3><p>{escape(a.paragraphs[0][:36])}</p>"
            f'<div class="sourthTime"><span>{a.source}</span><span>{a.list_date}</span></div></dd></dl>'
            for i, a in enumerate(rows)
        )
        numbers = " ".join(
            f"<span>{n + 1}</span>"
            if n == k
            else f'<a href="node_327{"" if n == 0 else f"_{n + 1}"}.html">{n + 1}</a>'
            for n in range(total)
        )
        content = f'<div class="f_lieb_list">\n{items}\n</div><div class="page">{numbers}</div>'
        return PAGE.format(title=f"热点新闻_{SITE_NAME}", content=content)

    def _article(self, a: Article) -> str:
        source = f"来源：{a.source}"
        if a.author:
            source += f"　作者：{a.author}"
        content = (
            f'<div class="articleHead"><h1>{escape(a.title)}</h1>'
            f'<div class="f_source">{source}</div>'
            f'<div class="time1">{a.date.isoformat()} {a.time}</div></div>'
            '<div class="pages_content"><div class="content">'
            '<div class="videoBox"><video src="/video/1.mp4"></video></div>\n'
            f"{paragraphs_html(a.paragraphs)}\n</div></div>"
        )
        return PAGE.format(title=f"{escape(a.title)}_{SITE_NAME}", content=content)


REPLICA = StdailyReplica()
