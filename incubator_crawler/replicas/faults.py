"""A site whose every page is a fault a real site has served, beside a few good articles.

One listing (``/news/``) links every page below; a crawl must store exactly the good pages
with their real text and record every other one by URL with a reason. ``FAULTS`` maps each
bad path to what it does; ``GOOD`` the good ones (some arrive only after a fault, or in a
wrong or missing charset, or wrapped in faulty markup). Serve it alone with
``python -m incubator_crawler.replicas faults --port 8000`` and crawl it in generic mode:
``crawl --start-url http://127.0.0.1:8000/news/``.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from html import escape
from urllib.parse import urlsplit

from incubator_crawler.replicas.server import PNG_1X1, Response

from .base import NOT_FOUND, Article, SiteReplica, html_response, paragraphs_html
from .text import compose

SITE_NAME = "故障园区网"
ROBOTS = "User-agent: *\nDisallow: /news/2011.html\n"
#: Size of the oversized page; over the 5 MiB DOWNLOAD_MAXSIZE.
BIG_BYTES = 10 * 2**20
NESTED_TAGS = 20_000
#: How long the hanging page hangs (the crawl's DOWNLOAD_TIMEOUT must be shorter).
HANG_SECONDS = 30.0
RETRY_AFTER = "1"

#: Good pages: path -> how it is served.
GOOD = {
    "/news/1001.html": "plain UTF-8",
    "/news/1002.html": "text after </body>",
    "/news/1003.html": f"{NESTED_TAGS:,} nested tags",
    "/news/1004.html": "GBK bytes, header and <meta> say UTF-8",
    "/news/1005.html": "GBK bytes, no charset anywhere",
    "/news/1006.html": "500 once, then the page",
    "/news/1007.html": "503 with Retry-After once, then the page",
    "/news/1008.html": "429 with Retry-After once, then the page",
}
#: Bad pages: path -> what a crawl must record about it.
FAULTS = {
    "/news/2001.html": "HTTP 500 always",
    "/news/2002.html": "HTTP 503 with Retry-After always",
    "/news/2003.html": "HTTP 429 with Retry-After always",
    "/news/2004.html": "no answer (hang)",
    "/news/2005.html": "body cut short of its Content-Length",
    "/news/2006.html": "redirect loop",
    "/news/2007.html": "10 MB page",
    "/news/2008.html": "PNG bytes as text/html",
    "/news/2009.html": "PDF bytes as text/html",
    "/news/2010.html": "empty 200",
    "/news/2011.html": "disallowed by robots.txt",
}
#: path -> (status it answers, only on the first request)
ERRORS = {
    "/news/1006.html": (500, True),
    "/news/1007.html": (503, True),
    "/news/1008.html": (429, True),
    "/news/2001.html": (500, False),
    "/news/2002.html": (503, False),
    "/news/2003.html": (429, False),
}
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAGE = """<!DOCTYPE html>
<html><head>{meta}<title>{title}_{site}</title></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/news/">园区新闻</a></div>
<h1>{title}</h1>
<div class="info">发布时间：{date}　来源：{site}</div>
<div class="content">{open}{paragraphs}</div>
<div class="footer">版权所有 {site}</div>
</body></html>{after}"""


class FaultReplica(SiteReplica):
    """故障园区网: 8 good articles and 11 faults on one listing page."""

    slug = "faults"
    name = SITE_NAME
    live_home = "http://faults.example/"

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}
        self._seen_lock = threading.Lock()

    def build_articles(self) -> list[Article]:
        """The good pages with the values a crawl must store."""
        out = []
        for i, path in enumerate(GOOD):
            day = date(2024, 5, 20) - timedelta(days=i)
            text = compose(i + 11, salt=9, year=day.year, month=day.month)
            out.append(
                Article(
                    site=self.slug,
                    channel="news",
                    path=path,
                    title=text.title,
                    published_at=day.isoformat(),
                    author=None,
                    editor=None,
                    source=SITE_NAME,
                    category=None,
                    body=text.body,
                    paragraphs=text.paragraphs,
                    date=day,
                    list_date=day.isoformat(),
                )
            )
        return out

    def listing_paths(self) -> list[str]:
        """The one listing page."""
        return ["/news/"]

    def article_html(self, article: Article, *, charset: str | None = "utf-8") -> str:
        """An article page; the faulty markup of its path goes around the body."""
        nested = article.path == "/news/1003.html"
        return PAGE.format(
            meta=f'<meta charset="{charset}">' if charset else "",
            title=escape(article.title),
            site=SITE_NAME,
            date=article.date.isoformat(),
            paragraphs=paragraphs_html(article.paragraphs),
            # thousands of unclosed <font> tags, as old government pages have
            open="<font>" * NESTED_TAGS if nested else "",
            after="<div>本页访问量：12345</div>统计代码 cnzz"
            if article.path == "/news/1002.html"
            else "",
        )

    def render(self) -> dict[str, Response]:
        """Every static page: the listing, the good articles, the static faults."""
        pages = {"/robots.txt": Response(200, ROBOTS.encode(), [("Content-Type", "text/plain")])}
        rows = []
        paths = [*GOOD, *FAULTS]
        for i, path in enumerate(paths):
            day = date(2024, 5, 20) - timedelta(days=i)
            title = next((a.title for a in self.articles if a.path == path), FAULTS.get(path))
            rows.append(
                f'<li><a href="{path}">{escape(title)}</a><span>{day.isoformat()}</span></li>'
            )
        listing = (
            f"<html><head><meta charset='utf-8'><title>园区新闻_{SITE_NAME}</title></head><body>"
            f"<h2>园区新闻</h2><ul class='list'>{''.join(rows)}</ul></body></html>"
        )
        pages["/news/"] = html_response(listing)
        for article in self.articles:
            if article.path in ("/news/1004.html", "/news/1005.html"):
                continue
            pages[article.path] = html_response(self.article_html(article))
        wrong = self.by_path("/news/1004.html")
        pages[wrong.path] = Response(
            200,
            self.article_html(wrong, charset="utf-8").encode("gbk"),
            [("Content-Type", "text/html; charset=utf-8")],
        )
        missing = self.by_path("/news/1005.html")
        pages[missing.path] = Response(
            200,
            self.article_html(missing, charset=None).encode("gbk"),
            [("Content-Type", "text/html")],
        )
        html = [("Content-Type", "text/html; charset=utf-8")]
        pages["/news/2008.html"] = Response(200, PNG_1X1 * 40, html)
        pages["/news/2009.html"] = Response(200, PDF_BYTES, html)
        pages["/news/2010.html"] = Response(200, b"", html)
        filler = ("<p>" + "园区新闻" * 64 + "</p>\n").encode()
        pages["/news/2007.html"] = Response(200, filler * (BIG_BYTES // len(filler) + 1), html)
        pages["/news/2005.html"] = Response(200, b"<html><body><h1>", html, length=50_000)
        pages["/news/2004.html"] = Response(200, b"", html, delay=HANG_SECONDS)
        pages["/news/2011.html"] = html_response(self.article_html(self.articles[0]))
        return pages

    def by_path(self, path: str) -> Article:
        """The good article served at ``path``."""
        return next(a for a in self.articles if a.path == path)

    def _count(self, path: str) -> int:
        """How many times ``path`` was requested before, this request included."""
        with self._seen_lock:
            self._seen[path] = self._seen.get(path, 0) + 1
            return self._seen[path]

    def route(self, raw_path: str) -> Response:
        """Static pages, plus the stateful faults: errors (once or always) and the redirect loop."""
        path = urlsplit(raw_path).path
        n = self._count(path)
        status, once = ERRORS.get(path, (None, False))
        if status and (not once or n == 1):
            headers = [("Content-Type", "text/html; charset=utf-8")]
            if status != 500:
                headers.append(("Retry-After", RETRY_AFTER))
            body = NOT_FOUND.replace("404 Not Found", str(status)).encode()
            return Response(status, body, headers)
        if path in ("/news/2006.html", "/news/2012.html"):
            target = "/news/2012.html" if path == "/news/2006.html" else "/news/2006.html"
            return Response(302, b"", [("Location", target)])
        return super().route(raw_path)


REPLICA = FaultReplica()
