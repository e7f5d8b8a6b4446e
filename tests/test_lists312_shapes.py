"""lists312: a last page of one post card under its pager (list_variants' one_row).

Pages in our own words, built as a developer community's column page prints its posts: a header
menu, the column's post cards (each an author's profile link, an ``h3`` title link and a summary
linking the post again, then view / like counters) and under them a pager of page numbers and
下一页. On a last page of one card the author's link, the title and the summary are three lone
links as deep and as far from the pager; the first printed (the author's profile) won. The one
in a heading, the card's title, is the row (:func:`.last_page.row_by_pager`).
"""

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic

_MENU = """<div class="header"><ul class="nav">
<li><a href="/developer">开发者社区</a></li><li><a href="/developer/column">专栏</a></li>
<li><a href="/developer/ask">问答</a></li><li><a href="/developer/salon">沙龙</a></li>
<li><a href="/developer/video">视频</a></li></ul></div>"""

_PAGER = """<div class="pager"><a href="/developer/column/88/page-1">1</a>
<a href="/developer/column/88/page-2">2</a><a href="/developer/column/88/page-3">3</a>
<a href="/developer/column/88/page-2">下一页</a></div>"""

_POSTS = (
    ("1676232", "基于配置文件的测试用例管理方案", "品质中心"),
    ("1676101", "移动端性能监控平台的设计与实践", "测试小组"),
    ("1675998", "一次接口自动化框架重构的复盘记录", "品质中心"),
)


def _card(i: int, heading: str = "h3") -> str:
    post, title, author = _POSTS[i]
    return f"""<section class="panel"><div class="panel-body">
<div class="panel-author"><a href="/developer/user/75{i}946">{author}腾讯移动组</a></div>
<{heading} class="panel-title"><a href="/developer/article/{post}">{title}</a></{heading}>
<p class="panel-desc"><a href="/developer/article/{post}">导语：使用配置文件描述测试用例，自动生成用例并
提供网页访问的能力，同时对用例数据做多维度的统计……</a></p>
<div class="operations"><span>60</span><a href="javascript:;">2</a></div></div></section>"""


def _page(cards: str, pager: str = _PAGER, side: str = "") -> Selector:
    return Selector(
        text=f"""<html><head><title>品质中心专栏</title></head><body>{_MENU}
<div class="main"><div class="article-list">{cards}</div>{pager}</div>{side}
<div class="footer"><a href="/about">关于我们</a></div></body></html>"""
    )


def _links(sel: Selector, url: str = "https://cloud.example.com/developer/column/88") -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_the_one_card_under_a_pager_is_its_title_not_the_authors_profile():
    assert _links(_page(_card(0))) == ["https://cloud.example.com/developer/article/1676232"]


def test_the_title_wins_in_any_heading_level():
    sel = _page(_card(0, "h2"))
    assert _links(sel) == ["https://cloud.example.com/developer/article/1676232"]


def test_three_cards_stay_the_three_posts():
    sel = _page("".join(_card(i) for i in range(3)))
    assert _links(sel) == [
        "https://cloud.example.com/developer/article/1676232",
        "https://cloud.example.com/developer/article/1676101",
        "https://cloud.example.com/developer/article/1675998",
    ]


def test_a_logo_heading_in_the_header_menu_is_no_row():
    # the site's name as ``h1 > a`` in the header is in a heading too, but far from the pager
    logo = '<div class="header"><h1 class="logo"><a href="/developer">腾讯云开发者社区首页</a></h1>'
    sel = _page(_card(0)).xpath("/html")[0].get().replace('<div class="header">', logo)
    assert _links(Selector(text=sel)) == ["https://cloud.example.com/developer/article/1676232"]


def test_two_cards_stay_the_two_posts():
    sel = _page(_card(0) + _card(1))
    assert _links(sel) == [
        "https://cloud.example.com/developer/article/1676232",
        "https://cloud.example.com/developer/article/1676101",
    ]


def test_an_article_pages_one_item_related_box_is_not_read_by_the_pager_rule():
    # no pager, so row_by_pager reads nothing: the finder's reading of an article page is as
    # before this change (the related card's title, never its author's profile)
    sel = Selector(
        text=f"""<html><head><title>一篇文章</title></head><body>{_MENU}
<div class="main"><h1>移动端崩溃率治理的三个阶段</h1><div class="content"><p>正文第一段，讲崩溃率的
统计口径与告警方式，以及为什么要按版本拆分。</p><p>正文第二段。</p></div>
<div class="related"><h4>相关文章</h4>{_card(1)}</div></div></body></html>"""
    )
    urls = _links(sel, "https://cloud.example.com/developer/article/1670000")
    assert urls == ["https://cloud.example.com/developer/article/1676101"]


# A blog's later page (a Butterfly-like theme): each post a card whose cover picture and title both
# link the post (the cover's link titled as the post, so both are candidates), a pager under the posts, and beside them an aside of the latest posts, dated.
_ASIDE = (
    """<div class="aside"><div class="card-recent"><div class="headline">最新文章</div>
<div class="aside-list">"""
    + "".join(
        f'<div class="aside-item"><a class="thumb" href="/post/a{i}.html"><img src="t{i}.jpg"></a>'
        f'<div class="content"><a class="title" href="/post/a{i}.html">最近写下的第{i}篇长文章标题</a>'
        f"<time>2024-0{i}-12</time></div></div>"
        for i in range(1, 5)
    )
    + "</div></div></div>"
)

_BLOG_PAGER = """<nav id="pagination"><div class="pagination"><a class="page-number" href="/">1</a>
<span class="page-number current">2</span><a class="page-number" href="/page/3/">3</a>
<a class="extend next" href="/page/3/">下一页</a></div></nav>"""


def _post(i: int, cover: bool = True) -> str:
    title = f"博客改版后的第{i}次记录与想法"
    pic = (
        f'<div class="cover"><a href="/post/p{i}.html" title="{title}">'
        f'<img src="c{i}.jpg" alt="{title}"></a></div>'
    )
    return (
        f'<div class="recent-post-item">{pic if cover else ""}<div class="info">'
        f'<a class="article-title" href="/post/p{i}.html">{title}</a>'
        f'<div class="meta"><time>2023-1{i}-02</time></div><div class="content">这次改版做了很多'
        f"事情，这里一一记下来。</div></div></div>"
    )


def _blog(posts: str) -> Selector:
    return Selector(
        text=f"""<html><head><title>我的博客 - 第 2 页</title></head><body>{_MENU}
<main id="content-inner"><div id="recent-posts">{posts}{_BLOG_PAGER}</div>{_ASIDE}</main>
</body></html>"""
    )


def test_a_post_card_of_cover_and_title_under_the_pager_beats_the_dated_aside():
    assert _links(_blog(_post(1)), "https://blog.example.com/page/2/") == [
        "https://blog.example.com/post/p1.html"
    ]


def test_the_post_without_a_cover_too():
    assert _links(_blog(_post(1, cover=False)), "https://blog.example.com/page/2/") == [
        "https://blog.example.com/post/p1.html"
    ]


def test_two_post_cards_stay_the_two_posts():
    assert _links(_blog(_post(1) + _post(2)), "https://blog.example.com/page/2/") == [
        "https://blog.example.com/post/p1.html",
        "https://blog.example.com/post/p2.html",
    ]
