"""lists106: shapes of list pages the dev list variants broke (issue 10, session 28)."""

from __future__ import annotations

import lxml.html
from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pictures import in_slideshow

URL = "https://blog.example.com/page/2/index.html"


def _slide(i: int, slide: str = "swiper-slide") -> str:
    return (
        f"<div class='post-item {slide}'><a href='/post/f{i}.html'><img src='/c/{i}.jpg'></a>"
        f"<div class='post-item-content'><span class='date'>2024-12-17</span>"
        f"<a href='/post/f{i}.html'>置顶推荐文章第{i}篇的标题</a><div>推荐文章的摘要，写了一段话。</div>"
        "</div></div>"
    )


def _post(i: int) -> str:
    return (
        f"<div class='recent-post-item'><div class='cover'><a href='/post/p{i}.html'>"
        f"<img src='/c/p{i}.jpg'></a></div><div class='info'><a href='/post/p{i}.html'>"
        f"博客的第{i}篇文章标题</a><div class='meta'><span>发表于 <time>2022-03-{i:02d}</time></span>"
        "<span> | <a href='/categories/notes/'>学习笔记</a></span>"
        "<span> | <a href='/tags/data/'>数据分析</a> <a href='/tags/sql/'>数据库</a></span></div>"
        "<div>文章的摘要，写了一段话。</div></div></div>"
    )


PAGER = (
    "<nav id='pagination'><div class='pagination'><a rel='prev' href='/'>上页</a><a href='/'>1</a>"
    "<span class='current'>2</span><a href='/page/3/'>3</a><span>…</span><a href='/page/5/'>5</a>"
    "<a rel='next' href='/page/3/'>下页</a></div></nav>"
)


def _blog(wrapper: str = "swiper-wrapper", pager: str = PAGER, slide: str = "swiper-slide") -> str:
    slides = "".join(_slide(i, slide) for i in range(1, 10))
    posts = "".join(_post(i) for i in range(1, 4))
    return (
        "<html><body><div class='page'>"
        f"<div class='home-card'><div class='post-card'><div class='{wrapper}'>{slides}</div></div></div>"
        f"<main><div class='recent-posts'><div class='recent-post-items'>{posts}</div>{pager}</div>"
        "</main></div></body></html>"
    )


def _found(html: str) -> list[str]:
    return [e.url for e in find_article_links_generic(Selector(text=html), URL)]


def test_a_slideshow_gives_way_to_the_posts_right_above_the_pager() -> None:
    # a Hexo theme's swiper of nine featured dated cards over a later page cut to three posts
    assert _found(_blog()) == [f"https://blog.example.com/post/p{i}.html" for i in (1, 2, 3)]


def test_without_a_pager_the_larger_box_of_slides_still_counts() -> None:
    # no pager, no witness: the rule does not decide between the two boxes
    assert _found(_blog(pager="")) == [
        f"https://blog.example.com/post/f{i}.html" for i in range(1, 10)
    ]


def test_a_box_not_named_as_a_slideshow_is_weighed_as_before() -> None:
    # the same nine cards in a plain box: the rule does not apply (the larger box wins, as on main)
    html = _blog(wrapper="featured-posts", slide="featured")
    assert _found(html) == [f"https://blog.example.com/post/f{i}.html" for i in range(1, 10)]


def test_in_slideshow_reads_class_and_id_words_not_entrance_effects() -> None:
    root = lxml.html.fromstring(
        "<div><div id='lunbo'><p class='a'>x</p></div><div class='card slideInUp'><p class='b'>y</p></div></div>"
    )
    assert in_slideshow(root.find(".//p[@class='a']"))
    assert not in_slideshow(root.find(".//p[@class='b']"))
