"""Replica of 武汉东湖高新区 (www.wehdz.gov.cn): the 2022 TRS layout of the team's notes, served as GBK.

- sections ``/2022/ggxw_68627/tz_68628/`` (通知公告) and ``/2022/ggxw_68627/ggxw_68629/`` (光谷要闻)
- list pages ``index.shtml``, ``index_1.shtml``; the page count exists only in the TRS script
  ``var countPage = 2; … createPageHTML(countPage, currentPage, "index", "shtml");``
- rows ``.list01-content-containerRight li``: ``a[title]`` + ``span`` ``YYYY-MM-DD``
- articles ``…/202601/t20260130_2721913.shtml``; body ``div.content_article``; ``<meta name="PubDate">``
- GBK bytes, charset in the header as ``GBK``; one editor's name (王堃) is outside GB2312
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from .base import Article, SiteReplica, chunks, html_response, paragraphs_html
from .text import compose, cut

SITE_NAME = "武汉东湖新技术开发区"
ROOT = "/2022/ggxw_68627"
#: (section, title, articles, newest date, first id)
CHANNELS = (
    ("tz_68628", "通知公告", 5, date(2026, 1, 30), 2721913),
    ("ggxw_68629", "光谷要闻", 5, date(2026, 1, 28), 2721850),
)
PAGE_SIZE = 3
SOURCES = ("东湖高新区管委会", "光谷创新发展研究院", "东湖高新区科技创新局")
EDITORS = ("王堃", "周婷", None)

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{title}</title>
{head}
<script type="text/javascript" src="/images/page.js"></script>
</head>
<body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="{root}/tz_68628/">通知公告</a></li><li><a href="{root}/ggxw_68629/">光谷要闻</a></li><li><a href="{root}/cydt_68630/">产业动态</a></li></ul></div>
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="{root}/">光谷新闻</a> &gt; <a href="{root}/{sec}/">{sec_title}</a></div>
{content}
<div class="footer"><p>武汉东湖新技术开发区管委会 主办　鄂ICP备05003317号</p></div>
</body>
</html>
"""


class WehdzReplica(SiteReplica):
    """东湖高新区: two TRS sections with JS-only pagination, GBK."""

    slug = "wehdz"
    name = "东湖高新区"
    live_home = "http://www.wehdz.gov.cn/"
    pagination = ("trs",)

    def build_articles(self) -> list[Article]:
        out = []
        for c, (sec, title, n, newest, first_id) in enumerate(CHANNELS):
            for i in range(n):
                day = newest - timedelta(days=5 * i + c)
                hh, mm = 9 + i % 8, (i * 13 + 7 * c) % 60
                text = compose(i + 7 * c, salt=3, year=day.year, month=day.month)
                aid = first_id - 11 * i
                out.append(
                    Article(
                        site=self.slug,
                        channel=sec,
                        path=f"{ROOT}/{sec}/{day:%Y%m}/t{day:%Y%m%d}_{aid}.shtml",
                        title=text.title,
                        published_at=f"{day.isoformat()}T{hh:02d}:{mm:02d}:00+08:00",
                        author=None,
                        editor=EDITORS[(i + c) % len(EDITORS)],
                        source=SOURCES[(i + c) % len(SOURCES)],
                        category=f"光谷新闻 > {title}",
                        body=text.body,
                        paragraphs=text.paragraphs,
                        date=day,
                        time=f"{hh:02d}:{mm:02d}",
                        list_date=day.isoformat(),
                    )
                )
        return out

    def listing_paths(self) -> list[str]:
        paths = []
        for sec, *_rest in CHANNELS:
            arts = [a for a in self.articles if a.channel == sec]
            for k in range(len(chunks(arts, PAGE_SIZE))):
                paths.append(f"{ROOT}/{sec}/index{'' if k == 0 else f'_{k}'}.shtml")
        return paths

    def _html(self, text: str):
        return html_response(text, "gbk")

    def render(self):
        pages = {}
        for sec, title, *_rest in CHANNELS:
            arts = [a for a in self.articles if a.channel == sec]
            pages_of = chunks(arts, PAGE_SIZE)
            for k, rows in enumerate(pages_of):
                body = self._html(self._listing(sec, title, rows, k, len(pages_of)))
                pages[f"{ROOT}/{sec}/index{'' if k == 0 else f'_{k}'}.shtml"] = body
                if k == 0:
                    pages[f"{ROOT}/{sec}/"] = body
            for a in arts:
                pages[a.path] = self._html(self._article(a, sec, title))
        pages["/"] = pages[f"{ROOT}/tz_68628/"]
        return pages

    def _listing(self, sec, title, rows, k, total) -> str:
        items = "\n".join(
            f'<li><a href="./{a.path.rsplit("/", 2)[1]}/{a.path.rsplit("/", 1)[1]}" '
            f'title="{escape(a.title)}" target="_blank">{escape(cut(a.title, 18))}</a>'
            f"<span>{a.list_date}</span></li>"
            for a in rows
        )
        script = (
            "<script>\n"
            f"var countPage = {total};//共多少页\n"
            f"var currentPage = {k};//当前页\n"
            'var prePage = "index";\n'
            'createPageHTML(countPage, currentPage, prePage, "shtml");\n'
            "</script>"
        )
        content = (
            f'<div class="list01"><div class="list01-content-containerRight"><h2>{title}</h2>'
            f'<ul>\n{items}\n</ul><div class="page">{script}</div></div></div>'
        )
        return PAGE.format(
            title=f"{title}-{SITE_NAME}",
            head="",
            root=ROOT,
            sec=sec,
            sec_title=title,
            content=content,
        )

    def _article(self, a: Article, sec, title) -> str:
        meta = f"发布时间：{a.date.isoformat()} {a.time}　来源：{a.source}"
        if a.editor:
            meta += f"　编辑：{a.editor}"
        meta += "　【字体：<a>大</a> <a>中</a> <a>小</a>】"
        head = (
            f'<meta name="ArticleTitle" content="{escape(a.title)}">\n'
            f'<meta name="PubDate" content="{a.date.isoformat()} {a.time}">\n'
            f'<meta name="ContentSource" content="{a.source}">\n'
            f'<meta name="ColumnName" content="{title}">'
        )
        content = (
            f'<div class="article"><h1 class="article-title">{escape(a.title)}</h1>'
            f'<div class="article-info">{meta}</div>'
            f'<div class="content_article">\n{paragraphs_html(a.paragraphs)}\n</div>'
            '<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a>'
            '<a href="javascript:window.close()">【关闭窗口】</a></div></div>'
        )
        return PAGE.format(
            title=f"{escape(a.title)}-{SITE_NAME}",
            head=head,
            root=ROOT,
            sec=sec,
            sec_title=title,
            content=content,
        )


REPLICA = WehdzReplica()
