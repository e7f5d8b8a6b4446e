"""A WordPress-style news site in a folder (``/wp/``), for the generic mode's discovery tests.

Its category list mixes slug shapes (``/2024/04/22/fhgc-505/`` beside
``/2024/04/24/private-incubator-ten-years/``), carries a dated 推荐阅读 box and a 热门文章
widget, advertises a sitemap in robots.txt and RSS/Atom feeds in ``<head>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from incubator_crawler.replicas.server import Response


@dataclass(frozen=True)
class Post:
    """One post and the values a crawl must store."""

    path: str
    title: str
    published_at: str
    body: str


LISTED = (
    Post(
        "/wp/2024/04/24/private-incubator-ten-years/",
        "民营孵化器十年：从孵化空间到产业生态",
        "2024-04-24",
        "十年前，园区里只有两家民营孵化器。如今，民营孵化器已经成为区域创新创业的重要力量，累计服务初创企业超过八百家。",
    ),
    Post(
        "/wp/2024/04/22/fhgc-505/",
        "高新区孵化工场第五批入驻企业名单公布",
        "2024-04-22",
        "经过材料审核和现场答辩，共有二十三家企业入驻孵化工场，涵盖人工智能、生物医药和新材料等领域。",
    ),
    Post(
        "/wp/2024/04/18/众创空间绩效评价/",
        "市级众创空间年度绩效评价结果出炉",
        "2024-04-18",
        "本次评价共有四十六家众创空间参加，其中十二家评为优秀，评价结果将作为财政补贴的重要依据。",
    ),
    Post(
        "/wp/2024/04/15/3021/",
        "科技企业孵化器专场招聘会举办",
        "2024-04-15",
        "招聘会吸引了六十余家在孵企业参加，提供研发、测试和运营等岗位三百多个，现场达成意向二百余人。",
    ),
    Post(
        "/wp/?p=3007",
        "园区举办知识产权质押融资政策解读会",
        "2024-04-10",
        "解读会邀请银行和知识产权服务机构现场讲解质押融资流程，帮助在孵企业盘活无形资产。",
    ),
)
#: In the sitemap and the feeds only (older than the first list page).
OLDER = Post(
    "/wp/2024/03/30/older-post/",
    "孵化器运营人员培训班开班",
    "2024-03-30",
    "培训班为期五天，围绕孵化服务体系建设、投融资对接和企业辅导等内容开展专题教学。",
)
#: Widgets: the same slug shapes, but side lists.
HOT = ("/wp/2023/12/01/hot-one/", "/wp/2023/11/20/hot-two/", "/wp/2023/10/02/hot-three/")
RELATED = ("/wp/2023/09/01/related-one/", "/wp/2023/08/15/related-two/")
LIST_PATH = "/wp/category/news/"
SECOND = "相关负责人表示，下一步将继续完善孵化服务体系，推动更多科技成果在园区转化落地。"


def _head(title: str, base: str) -> str:
    return (
        f"<head><meta charset='utf-8'><title>{title} – 园区创新网</title>"
        f"<link rel='alternate' type='application/rss+xml' title='园区创新网 » Feed' href='{base}/wp/feed/'>"
        f"<link rel='alternate' type='application/atom+xml' title='Atom' href='{base}/wp/feed/atom/'>"
        f"<link rel='alternate' type='application/rss+xml' title='elsewhere' href='http://elsewhere.test/feed/'>"
        "</head>"
    )


def _nav() -> str:
    items = "".join(
        f"<li><a href='/wp/category/{c}/'>{t}</a></li>"
        for c, t in (("news", "园区新闻动态栏目"), ("policy", "孵化器政策法规栏目"))
    )
    return f"<header id='masthead'><nav class='main-navigation'><ul>{items}</ul></nav></header>"


def _sidebar() -> str:
    hot = "".join(f"<li><a href='{p}'>热门文章标题第{i}篇内容</a></li>" for i, p in enumerate(HOT))
    return (
        "<aside id='secondary' class='widget-area'><section class='widget'>"
        f"<h2 class='widget-title'>热门文章</h2><ul>{hot}</ul></section></aside>"
    )


def _related() -> str:
    rows = "".join(
        f"<li><a href='{p}'>推荐阅读的文章标题第{i}篇</a><span>2023-0{9 - i}-01</span></li>"
        for i, p in enumerate(RELATED)
    )
    return f"<div class='related'><h3>推荐阅读</h3><ul>{rows}</ul></div>"


def _row(post: Post) -> str:
    y, m, d = post.published_at.split("-")
    return (
        f"<article class='post type-post status-publish format-standard hentry'>"
        f"<header class='entry-header'><h2 class='entry-title'><a href='{post.path}' rel='bookmark'>{post.title}</a></h2>"
        f"<div class='entry-meta'><span class='posted-on'><a href='{post.path}' rel='bookmark'>"
        f"<time class='entry-date published' datetime='{post.published_at}T09:00:00+08:00'>{y}年{int(m)}月{int(d)}日</time></a></span>"
        "<span class='byline'> 作者 <a href='/wp/author/admin/'>admin</a></span></div></header>"
        f"<div class='entry-summary'><p>{post.body[:30]}…</p></div>"
        "<footer class='entry-footer'><span class='cat-links'>分类：<a href='/wp/category/news/'>园区新闻动态栏目</a></span></footer>"
        "</article>"
    )


def list_page(base: str) -> str:
    """The category page: five posts of mixed slugs, a related box, a hot widget, a pager."""
    rows = "".join(_row(p) for p in LISTED)
    return (
        f"<!DOCTYPE html><html lang='zh-CN'>{_head('新闻动态', base)}<body>{_nav()}"
        "<div id='content' class='site-content'><div id='primary' class='content-area'>"
        "<main id='main' class='site-main'><header class='page-header'><h1>分类：新闻动态</h1></header>"
        f"{rows}"
        "<nav class='navigation pagination'><span class='page-numbers current'>1</span></nav>"
        f"</main>{_related()}</div>{_sidebar()}</div>"
        "<footer id='colophon'><a href='/wp/about/'>关于我们园区创新网</a> 2024-01-01 备案号</footer>"
        "</body></html>"
    )


def post_page(post: Post, base: str) -> str:
    """A single post: title, date line, body paragraphs."""
    return (
        f"<!DOCTYPE html><html lang='zh-CN'>{_head(post.title, base)}<body>{_nav()}"
        "<div id='primary'><main id='main'><article class='post'>"
        f"<header class='entry-header'><h1 class='entry-title'>{post.title}</h1>"
        f"<div class='entry-meta'>发布时间：{post.published_at}　来源：园区创新网</div></header>"
        f"<div class='entry-content'><p>{post.body}</p><p>{SECOND}</p></div>"
        f"</article></main></div>{_sidebar()}</body></html>"
    )


def _xml(text: str, kind: str = "application/xml") -> Response:
    return Response(200, text.encode("utf-8"), [("Content-Type", f"{kind}; charset=utf-8")])


def pages(base: str) -> dict[str, Response]:
    """Every page of the site at ``base`` (``http://127.0.0.1:PORT``): ``{path: Response}``."""
    html = [("Content-Type", "text/html; charset=utf-8")]
    out = {
        "/robots.txt": Response(
            200,
            f"User-agent: *\nDisallow: /wp/wp-admin/\nSitemap: {base}/wp/wp-sitemap.xml\n".encode(),
            [("Content-Type", "text/plain")],
        ),
        LIST_PATH: Response(200, list_page(base).encode(), html),
    }
    for post in (*LISTED, OLDER):
        out[post.path] = Response(200, post_page(post, base).encode(), html)
    sub = ("posts-post-1", "taxonomies-category-1", "users-1")
    out["/wp/wp-sitemap.xml"] = _xml(
        "<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        + "".join(f"<sitemap><loc>{base}/wp/wp-sitemap-{s}.xml</loc></sitemap>" for s in sub)
        + "<sitemap><loc>http://elsewhere.test/sitemap.xml</loc></sitemap></sitemapindex>"
    )
    locs = [p.path for p in (*LISTED, OLDER)] + ["/other/2024/04/01/outside/"]
    out["/wp/wp-sitemap-posts-post-1.xml"] = _xml(
        "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        + "".join(f"<url><loc>{base}{p.replace('&', '&amp;')}</loc></url>" for p in locs)
        + "</urlset>"
    )
    # Taxonomy and user sitemaps list archive pages, not articles: never fetched.
    out["/wp/wp-sitemap-taxonomies-category-1.xml"] = _xml(
        "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<url><loc>{base}{LIST_PATH}</loc></url></urlset>"
    )
    feed_items = "".join(
        f"<item><title>{p.title}</title><link>{base}{p.path.replace('&', '&amp;')}</link></item>"
        for p in (*LISTED, OLDER)
    )
    out["/wp/feed/"] = _xml(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>园区创新网</title>{feed_items}"
        "<item><title>站外文章</title><link>http://elsewhere.test/2024/x/</link></item></channel></rss>",
        "application/rss+xml",
    )
    out["/wp/feed/atom/"] = _xml(
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>园区创新网</title>"
        + "".join(
            f"<entry><title>{p.title}</title><link rel='alternate' href='{base}{p.path.replace('&', '&amp;')}'/></entry>"
            for p in (*LISTED, OLDER)
        )
        + "</feed>",
        "application/atom+xml",
    )
    return out


def router(base: str):
    """A ReplicaServer router over :func:`pages` (unknown paths answer 404)."""
    table = pages(base)

    def route(raw_path: str) -> Response:
        # Clients send the Chinese slug percent-encoded, as WordPress accepts it.
        hit = table.get(unquote(raw_path))
        if hit is None:
            return Response(404, b"<html><body>404</body></html>", [("Content-Type", "text/html")])
        return hit

    return route
