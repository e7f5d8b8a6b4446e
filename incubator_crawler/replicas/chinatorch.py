"""Replica of 火炬中心 (www.chinatorch.gov.cn), as the team's notes on the live site describe it.

- articles at ``/{channel}/{sub}/{YYYYMM}/{32hex}.shtml``; body in ``#allStyleDIV``
- lists ``/{channel}/{sub}/index.shtml``, ``index_1.shtml``, … with 下一页/尾页 links
- list rows ``li > a[title] + span`` with dates as ``[2024-04-24]`` and anchor text cut with ...
- the footer carries the ICP and 公安备案 lines
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from .base import Article, SiteReplica, chunks, hex_id, html_response, paragraphs_html
from .text import compose, cut

SITE_NAME = "工业和信息化部火炬高技术产业开发中心"
#: (channel, sub, channel title, sub title, articles, first date, source)
CHANNELS = (
    ("fhq", "gzdt", "孵化器", "工作动态", 6, date(2024, 4, 24)),
    ("gxq", "gxdt", "高新区", "高新区动态", 5, date(2024, 3, 29)),
)
PAGE_SIZE = 4
SOURCES = ("工业和信息化部火炬中心", "科技日报", "中国高新技术产业导报")

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="SiteName" content="{site}">
<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/fhq/gzdt/index.shtml">孵化器</a> | <a href="/gxq/gxdt/index.shtml">高新区</a> | <a href="/kjfw/">科技服务</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/{ch}/">{ch_title}</a> &gt; <a href="/{ch}/{sub}/index.shtml">{sub_title}</a></div>
{content}
<div class="footer">
<p>主办单位：{site}</p>
<p>京ICP备05034026号-1　京公网安备 11010202000532号</p>
</div>
</body>
</html>
"""


class ChinatorchReplica(SiteReplica):
    """火炬中心: two channels of TRS-like .shtml lists."""

    slug = "chinatorch"
    name = "火炬中心"
    live_home = "http://www.chinatorch.gov.cn/"
    pagination = ("next-link",)

    def build_articles(self) -> list[Article]:
        out = []
        for c, (ch, sub, ch_title, sub_title, n, first) in enumerate(CHANNELS):
            for i in range(n):
                day = first - timedelta(days=6 * i + c)
                text = compose(i + 20 * c, salt=1, year=day.year, month=day.month)
                source = SOURCES[(i + c) % len(SOURCES)]
                author = ("张晓光", None, "刘畅")[i % 3] if source != SOURCES[0] else None
                path = f"/{ch}/{sub}/{day:%Y%m}/{hex_id(f'{ch}{sub}{i}')}.shtml"
                out.append(
                    Article(
                        site=self.slug,
                        channel=f"{ch}/{sub}",
                        path=path,
                        title=text.title,
                        published_at=day.isoformat(),
                        author=author,
                        editor=None,
                        source=source,
                        category=f"{ch_title} > {sub_title}",
                        body=text.body,
                        paragraphs=text.paragraphs,
                        date=day,
                        list_date=f"[{day.isoformat()}]",
                    )
                )
        return out

    def listing_paths(self) -> list[str]:
        paths = []
        for ch, sub, *_rest in CHANNELS:
            arts = [a for a in self.articles if a.channel == f"{ch}/{sub}"]
            for k in range(len(chunks(arts, PAGE_SIZE))):
                paths.append(f"/{ch}/{sub}/index{'' if k == 0 else f'_{k}'}.shtml")
        return paths

    def render(self):
        pages = {"/": html_response(self._home())}
        for ch, sub, ch_title, sub_title, *_rest in CHANNELS:
            arts = [a for a in self.articles if a.channel == f"{ch}/{sub}"]
            pages_of = chunks(arts, PAGE_SIZE)
            for k, rows in enumerate(pages_of):
                name = "index" if k == 0 else f"index_{k}"
                pages[f"/{ch}/{sub}/{name}.shtml"] = html_response(
                    self._listing(ch, sub, ch_title, sub_title, rows, k, len(pages_of))
                )
            for a in arts:
                pages[a.path] = html_response(self._article(a, ch, sub, ch_title, sub_title))
        return pages

    def _home(self) -> str:
        links = "".join(
            f'<li><a href="{a.path}" title="{escape(a.title)}">{escape(cut(a.title))}</a></li>'
            for a in self.articles[:5]
        )
        content = f'<div class="home-news"><h3>工作动态</h3><ul>{links}</ul></div>'
        return _page(SITE_NAME, content, "fhq", "gzdt", "孵化器", "工作动态")

    def _listing(self, ch, sub, ch_title, sub_title, rows, k, total) -> str:
        items = "\n".join(
            f'<li><a href="./{a.path.split("/", 3)[3]}" target="_blank" title="{escape(a.title)}">'
            f"{escape(cut(a.title))}</a><span>{a.list_date}</span></li>"
            for a in rows
        )

        def page_url(n: int) -> str:
            return "index.shtml" if n == 0 else f"index_{n}.shtml"

        pager = [f"<span>共{total}页</span>", f'<a href="{page_url(0)}">首页</a>']
        if k > 0:
            pager.append(f'<a href="{page_url(k - 1)}">上一页</a>')
        if k + 1 < total:
            pager.append(f'<a href="{page_url(k + 1)}">下一页</a>')
        pager.append(f'<a href="{page_url(total - 1)}">尾页</a>')
        hot = "".join(
            f'<li><a href="{a.path}">{escape(a.title[:8])}</a></li>' for a in self.articles[-3:]
        )
        content = (
            f'<div class="list-left"><h2>{sub_title}</h2><ul class="list">\n{items}\n</ul>'
            f'<div class="page">{" ".join(pager)}</div></div>'
            f'<div class="list-right"><h3>热点推荐</h3><ul>{hot}</ul></div>'
        )
        return _page(f"{sub_title}_{SITE_NAME}", content, ch, sub, ch_title, sub_title)

    def _article(self, a: Article, ch, sub, ch_title, sub_title) -> str:
        meta = f"发布日期：{a.published_at}　　来源：{a.source}"
        if a.author:
            meta += f"　　作者：{a.author}"
        content = (
            f'<div class="article"><h1 class="title">{escape(a.title)}</h1>'
            f'<div class="info">{meta}</div>'
            f'<div id="allStyleDIV"><div class="TRS_Editor">\n{paragraphs_html(a.paragraphs)}\n'
            f"</div></div>"
            f'<div class="tools"><a href="javascript:window.print()">打印本页</a> '
            f'<a href="javascript:window.close()">关闭窗口</a></div></div>'
        )
        return _page(f"{escape(a.title)}_{SITE_NAME}", content, ch, sub, ch_title, sub_title)


REPLICA = ChinatorchReplica()


def _page(title: str, content: str, ch: str, sub: str, ch_title: str, sub_title: str) -> str:
    """A page of the site: ``content`` under the header, whose menu marks channel ``ch``/``sub``."""
    return PAGE.format(title=title, site=SITE_NAME, ch=ch, sub=sub, ch_title=ch_title,
                       sub_title=sub_title, content=content)  # fmt: skip
