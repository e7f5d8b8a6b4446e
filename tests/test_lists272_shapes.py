"""lists272: a words-only older/newer pager; three pages of one post (list_variants' one_row).

Pages in our own words. The pager is a blog theme's ``ul.pager`` of two words-only links
(``← Newer`` / ``Older →`` and the Chinese ``← 更新`` / ``更旧 →``). The one-post pages are: a
blog index of one whole post whose text closes with links to articles on one outside host; an
archive of one post with a five-character title; one card whose title link names the post by a
hash, beside a profile widget's link to the about page.
"""

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pager_words import is_next_page_text, is_prev_page_text
from incubator_crawler.listing.pagination import find_next_page

_ROWS = "".join(
    f'<section class="post"><h2><a href="/blog/post-{i}/">第{i}篇博客文章的标题在这里</a></h2>'
    f"<p>2020-01-0{i}</p></section>"
    for i in range(1, 6)
)


def _pager(prev: str, nxt: str, prev_href: str = "#", next_href: str = "#") -> Selector:
    return Selector(
        text=f"""<html><body><div id="blog">{_ROWS}
<ul class="pager"><li class="previous"><a href="{prev_href}">&larr; {prev}</a></li>
<li class="next"><a href="{next_href}">{nxt} &rarr;</a></li></ul></div></body></html>"""
    )


def _next(sel: Selector, url: str) -> str | None:
    found = find_next_page(sel, url)
    return found.url if found is not None else None


def test_older_is_the_next_page():
    sel = _pager("Newer", "Older", "/blog/", "/blog/page/3/")
    assert _next(sel, "http://x.example.org/blog/page/2/") == "http://x.example.org/blog/page/3/"


def test_chinese_older_is_the_next_page():
    sel = _pager("更新", "更旧", "#", "/blog/page/2/")
    assert _next(sel, "http://x.example.org/blog/") == "http://x.example.org/blog/page/2/"


def test_a_disabled_older_link_gives_no_next_page():
    # the last page: 更旧 leads nowhere (href #), the live 更新 link is the newer page
    sel = _pager("更新", "更旧", "/blog/", "#")
    assert _next(sel, "http://x.example.org/blog/page/2/") is None


def test_the_words_alone():
    assert is_next_page_text("Older →")
    assert is_next_page_text("更旧 →")
    assert is_prev_page_text("← Newer")
    assert is_prev_page_text("Newer posts →")
    assert is_prev_page_text("« 较新文章")
    # 更新 alone is "update", no pager word; 更新日志 is a title
    assert not is_prev_page_text("← 更新")
    assert not is_next_page_text("更新日志")
    assert not is_next_page_text("Older versions of the guide")


def test_a_row_titled_older_in_a_dated_list_is_no_pager():
    sel = Selector(
        text="""<html><body><ul>
<li><a href="/a/1.html">Older</a> 2020-01-01</li><li><a href="/a/2.html">Newer</a> 2020-01-02</li>
<li><a href="/a/3.html">Other</a> 2020-01-03</li></ul></body></html>"""
    )
    assert _next(sel, "http://x.example.org/a/") is None


# -- one whole post whose text links to three articles on one outside host ----------------

_SITE = "https://club.example.org/page/2/"
_POST = "/2019/08/15/our-salon/"


def _whole_post(body_links: str, date: str = "2019-08-15") -> str:
    stamp = f'<div class="post-meta"><span>发表于</span><time>{date}</time></div>' if date else ""
    return f"""<article class="post-block"><header class="post-header">
<h2 class="post-title"><a href="{_POST}">一个下午认识十个学术社团的沙龙</a></h2>{stamp}</header>
<div class="post-body"><p>这是一篇完整的文章，正文讲述了沙龙的安排和报名的方法。</p>
{body_links}</div><footer class="post-footer"></footer></article>"""


_CITED = "".join(
    f'<p><a href="http://mp.weixin.qq.com/s?__biz=AB&amp;mid={n}">往期回顾第{n}篇文章标题</a></p>'
    for n in (1, 2, 3)
)


def _blog(main: str, side: str = "") -> Selector:
    return Selector(
        text=f"""<html><body><div class="main"><div class="content posts-expand">{main}</div>
{side}</div></body></html>"""
    )


def _links(sel: Selector, url: str) -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_one_whole_post_beats_the_links_of_its_own_text():
    assert _links(_blog(_whole_post(_CITED)), _SITE) == [
        "https://club.example.org/2019/08/15/our-salon/"
    ]


def test_an_undated_whole_post_leaves_the_cited_links():
    # nothing tells the post from a box of links: the heavier group stays
    assert "https://club.example.org/2019/08/15/our-salon/" not in _links(
        _blog(_whole_post(_CITED, date="")), _SITE
    )


def test_outside_rows_beside_the_post_stay_a_list():
    # thirty outside links in a box of their own beside the post (an aggregator's column)
    # are no part of the post's text: the heavier column stays
    rows = "".join(
        f'<p><a href="http://mp.weixin.qq.com/s?__biz=AB&amp;mid={n}">专栏第{n}篇文章的标题</a></p>'
        for n in range(30)
    )
    found = _links(_blog(_whole_post(""), f'<div class="column">{rows}</div>'), _SITE)
    assert "https://club.example.org/2019/08/15/our-salon/" not in found
    assert len(found) == 30


def test_ten_links_in_the_post_own_text_still_give_the_post():
    rows = "".join(
        f'<p><a href="http://mp.weixin.qq.com/s?__biz=AB&amp;mid={n}">专栏第{n}篇文章的标题</a></p>'
        for n in range(10)
    )
    assert _links(_blog(_whole_post(rows)), _SITE) == [
        "https://club.example.org/2019/08/15/our-salon/"
    ]


# -- an archive of one post with a five-character title ---------------------------------


def _archive(rows: str) -> Selector:
    return Selector(
        text=f"""<html><body><nav><ul class="menu"><li><a href="/">首页</a></li>
<li><a href="/tags/">标签</a></li><li><a href="/archives/">归档</a></li></ul></nav>
<div class="posts-collapse"><h1 class="archive-year">2018</h1>{rows}</div></body></html>"""
    )


def _archive_row(href: str, title: str, day: str) -> str:
    stamp = f'<div class="post-meta"><time>{day}</time></div>' if day else ""
    return f"""<article class="post"><header class="post-header">
<h2 class="post-title"><a href="{href}"><span>{title}</span></a></h2>{stamp}</header></article>"""


_ARCHIVE = "https://club.example.org/archives/2018/"


def test_a_short_title_that_is_the_only_dated_row():
    sel = _archive(_archive_row("/2018/new-year-tea/", "新年茶话会", "12-27"))
    found = find_article_links_generic(sel, _ARCHIVE)
    assert [(e.url, e.title, e.date_raw) for e in found] == [
        ("https://club.example.org/2018/new-year-tea/", "新年茶话会", "12-27")
    ]


def test_an_undated_short_title_gives_nothing():
    assert _links(_archive(_archive_row("/2018/new-year-tea/", "新年茶话会", "")), _ARCHIVE) == []


def test_two_dated_short_titles_give_nothing_new():
    rows = _archive_row("/2018/a/", "新年茶话会", "12-27") + _archive_row(
        "/2018/b/", "秋游", "10-01"
    )
    assert _links(_archive(rows), _ARCHIVE) == []


def test_a_short_title_on_another_host_gives_nothing():
    row = _archive_row("https://other.example.net/2018/x/", "新年茶话会", "12-27")
    assert _links(_archive(row), _ARCHIVE) == []


# -- one card named by a hash beside the profile widget's about link --------------------


def _card_page(date: str) -> Selector:
    # a card's meta line: 发表于 its date, 更新于, a category link
    stamp = f"<span>发表于 </span><time>{date}</time><span> | </span>" if date else ""
    return Selector(
        text=f"""<html><body><div class="page home"><main class="layout">
<div class="recent-posts"><div class="recent-post-item"><div class="recent-post-content left">
<div class="recent-post-info"><a class="article-title" href="/posts/9ab3c2de.html"
title="【例会】2026年春季第一次联合例会"><div>【例会】2026年春季第一次联合例会</div></a>
<div class="meta"><div class="wrap"><span class="date">{stamp}<span>更新于 </span></span>
<span class="cat"><span> | </span><a href="/categories/meeting/">例会记录</a></span></div></div>
</div><a class="article-content" href="/posts/9ab3c2de.html" title="【例会】2026年春季第一次联合例会">
<div>春季联合例会的活动图片与文字记录</div></a><div class="arrow"></div></div></div></div>
<div class="aside-content"><div class="card-widget card-info"><div class="author">
<div class="avatar"><div class="img"></div></div><b><div class="name">我们的社团</div></b>
<div class="description">一个互相帮助的学生社团</div></div>
<a id="card-info-btn" href="/about/" title="前往社团的介绍页面"><span>了解社团</span></a></div>
</div></main></div></body></html>"""
    )


def test_a_dated_card_named_by_a_hash_beats_the_about_link():
    assert _links(_card_page("2026-03-15"), "https://club.example.org/page/2/") == [
        "https://club.example.org/posts/9ab3c2de.html"
    ]


def test_an_undated_card_named_by_a_hash_stays_a_tie():
    # no date in the card: nothing tells the post from the about link; no post is chosen
    found = _links(_card_page(""), "https://club.example.org/page/2/")
    assert found != ["https://club.example.org/posts/9ab3c2de.html"]


def test_a_short_title_beside_its_category_link():
    # the meta line's category link (short, dated by the same line) is no heading: the title is
    row = """<article class="post"><header><h2><a href="/2018/new-year-tea/">新年茶话会</a></h2>
<div class="post-meta"><time>12-27</time> <a href="/categories/club/">活动</a></div></header></article>"""
    assert _links(_archive(row), _ARCHIVE) == ["https://club.example.org/2018/new-year-tea/"]


def test_a_dated_short_link_in_no_heading_gives_nothing():
    # a short link beside a date in a plain line (a notice's 详见 link) is no post's title
    row = '<div class="note"><span>12-27</span> <a href="/2018/notice/">通知原文</a></div>'
    assert _links(_archive(row), _ARCHIVE) == []
