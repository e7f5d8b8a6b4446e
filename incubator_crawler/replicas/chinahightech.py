"""Replica of 中国高新网 (www.chinahightech.com): the node_/content_ layout of the team's notes on the live site.

- lists ``/yaowen/node_479.html`` then ``node_479_2.html``: a numbered pager, no 下一页 link
- rows ``.list-main .no-img``: title in ``h3 a`` (a@title whole), date ``(2025-01-17)`` in a span
- articles ``/yaowen/2025-01/17/content_287543.html`` (the date is in the path)
- meta ``2025-01-17 09:30 来源：… 作者：…``; 责任编辑 closes the article
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from .base import Article, SiteReplica, chunks, html_response, paragraphs_html
from .text import compose, cut

SITE_NAME = "中国高新网"
#: (directory, node id, title, articles, newest date, first content id)
CHANNELS = (
    ("yaowen", 479, "要闻", 6, date(2025, 1, 17), 287543),
    ("yuanqu", 480, "园区", 5, date(2025, 1, 9), 287101),
)
PAGE_SIZE = 4
SOURCES = ("中国高新网", "中国高新技术产业导报", "光明日报")
AUTHORS = ("李华", "马骁", "宋雨桐", "高翔")
EDITORS = ("王强", "贾蕾", "林一帆")

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
</head>
<body>
<div class="header"><div class="nav"><a href="/">首页</a><a href="/yaowen/node_479.html">要闻</a><a href="/yuanqu/node_480.html">园区</a><a href="/qiye/node_481.html">企业</a></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{ch}/node_{node}.html">{ch_title}</a></div>
{content}
<div class="footer">中国高新技术产业导报社 版权所有　京ICP备10031393号</div>
</body>
</html>
"""


class ChinahightechReplica(SiteReplica):
    """中国高新网: two node_ lists of content_ articles."""

    slug = "chinahightech"
    name = SITE_NAME
    live_home = "http://www.chinahightech.com/"
    pagination = ("node",)

    def build_articles(self) -> list[Article]:
        out = []
        for c, (ch, _node, title, n, newest, first_id) in enumerate(CHANNELS):
            for i in range(n):
                day = newest - timedelta(days=3 * i + (i % 2))
                hh, mm = 8 + (i * 3 + c) % 10, (i * 17 + 5) % 60
                text = compose(i + 11 * c, salt=2, year=day.year, month=day.month)
                path = f"/{ch}/{day:%Y-%m}/{day:%d}/content_{first_id - 7 * i}.html"
                out.append(
                    Article(
                        site=self.slug,
                        channel=ch,
                        path=path,
                        title=text.title,
                        published_at=f"{day.isoformat()}T{hh:02d}:{mm:02d}:00+08:00",
                        author=AUTHORS[(i + c) % len(AUTHORS)] if i % 3 != 2 else None,
                        editor=EDITORS[(i + 2 * c) % len(EDITORS)],
                        source=SOURCES[(i + c) % len(SOURCES)] if i % 4 != 3 else None,
                        category=title,
                        body=text.body,
                        paragraphs=text.paragraphs,
                        date=day,
                        time=f"{hh:02d}:{mm:02d}",
                        list_date=f"({day.isoformat()})",
                    )
                )
        return out

    def listing_paths(self) -> list[str]:
        paths = []
        for ch, node, *_rest in CHANNELS:
            arts = [a for a in self.articles if a.channel == ch]
            for k in range(len(chunks(arts, PAGE_SIZE))):
                paths.append(f"/{ch}/node_{node}{'' if k == 0 else f'_{k + 1}'}.html")
        return paths

    def render(self):
        pages = {}
        for ch, node, title, *_rest in CHANNELS:
            arts = [a for a in self.articles if a.channel == ch]
            pages_of = chunks(arts, PAGE_SIZE)
            for k, rows in enumerate(pages_of):
                name = f"node_{node}" if k == 0 else f"node_{node}_{k + 1}"
                pages[f"/{ch}/{name}.html"] = html_response(
                    self._listing(ch, node, title, rows, k, len(pages_of))
                )
            for a in arts:
                pages[a.path] = html_response(self._article(a, ch, node, title))
        pages["/"] = pages["/yaowen/node_479.html"]
        return pages

    def _listing(self, ch, node, title, rows, k, total) -> str:
        items = "\n".join(
            f'<div class="no-img"><h3><a href="..{a.path}" title="{escape(a.title)}">'
            f"{escape(cut(a.title, 20))}</a></h3><p>{escape(a.paragraphs[0][:40])}…</p>"
            f"<span>{a.list_date}</span></div>"
            for a in rows
        )
        numbers = " ".join(
            f"<b>{n + 1}</b>"
            if n == k
            else f'<a href="node_{node}{"" if n == 0 else f"_{n + 1}"}.html">{n + 1}</a>'
            for n in range(total)
        )
        content = (
            f'<div class="list-main"><h2>{title}</h2>\n{items}\n</div>'
            f'<div class="pages">{numbers}</div>'
        )
        return PAGE.format(
            title=f"{title}-{SITE_NAME}", ch=ch, node=node, ch_title=title, content=content
        )

    def _article(self, a: Article, ch, node, title) -> str:
        spans = [f"<span>{a.date.isoformat()} {a.time}</span>"]
        spans.append(f"<span>来源：{a.source or ''}</span>")
        if a.author:
            spans.append(f"<span>作者：{a.author}</span>")
        content = (
            f'<div class="article"><h1>{escape(a.title)}</h1>'
            f'<div class="info">{" ".join(spans)}</div>'
            f'<div class="content">\n{paragraphs_html(a.paragraphs)}\n'
            f'<p class="editor">（责任编辑：{a.editor}）</p></div>'
            f'<div class="share">分享到：微信 微博</div></div>'
        )
        return PAGE.format(
            title=f"{escape(a.title)}-{SITE_NAME}",
            ch=ch,
            node=node,
            ch_title=title,
            content=content,
        )


REPLICA = ChinahightechReplica()
