"""lists86: list shapes read on unlabelled dev-side list pages (issue 10).

A blog theme's sidebar card titled by a heading inside its own box (Hexo Icarus: ``<div
class="card-content"><h3>最新文章</h3><article class="media">…``, chkaos.top and blog.luzy.top)
is built like the archive's rows in the main column; the finder took the card when the month
had as many or fewer posts. The heading inside the box now names it, as one before it does.
"""

from __future__ import annotations

from list_shapes import links
from parsel import Selector

from incubator_crawler.listing.pagination import find_next_page

URL = "https://blog.example.cn/archives/2020/07/"


def _row(slug: str, day: str, title: str) -> str:
    return (
        f'<article class="media"><div class="media-content"><p><time>{day}</time></p>'
        f'<p class="title"><a class="media-title" href="/posts/{slug}.html">{title}</a></p>'
        "</div></article>"
    )


MAIN = "".join(
    _row(slug, day, title)
    for slug, day, title in (
        ("a1", "2020-07-28", "为什么我要写博客这件事"),
        ("a2", "2020-07-19", "麻省理工挑战的一年记录"),
    )
)
RECENT = "".join(
    _row(slug, day, title)
    for slug, day, title in (
        ("r1", "2021-08-15", "创建型与结构型设计模式"),
        ("r2", "2021-07-27", "Deno 运行时简介与上手"),
        ("r3", "2021-06-27", "给年轻人的一些人生建议"),
    )
)
MENU = (
    '<nav class="navbar"><a href="/">首页</a><a href="/archives/">归档</a>'
    '<a href="/categories/">分类</a><a href="/about/">关于</a></nav>'
)


def _page(main: str, side: str) -> str:
    return (
        "<html><head><title>归档: 2020/7 - 博客</title></head><body>"
        f'{MENU}<div class="columns"><div class="column column-main"><div class="card">'
        f'<div class="card-content"><h3 class="tag">2020年7月</h3><div class="timeline">{main}'
        '</div></div></div></div><div class="column column-right">'
        f"{side}</div></div></body></html>"
    )


def _links(html: str, url: str = URL) -> list[str]:
    return links(html, url)


def _card(heading: str, rows: str) -> str:
    return f'<div class="card widget"><div class="card-content"><h3 class="menu-label">{heading}</h3>{rows}</div></div>'


MAIN_LINKS = ["https://blog.example.cn/posts/a1.html", "https://blog.example.cn/posts/a2.html"]


def test_a_sidebar_card_titled_inside_its_box_loses_to_the_archive_rows() -> None:
    html = _page(MAIN, _card("最新文章", RECENT))
    assert _links(html) == MAIN_LINKS
    assert find_next_page(Selector(text=html), URL) is None


def test_the_card_loses_when_it_lists_as_many_rows_as_the_archive() -> None:
    main = MAIN + _row("a3", "2020-07-02", "第三篇七月的旧文章")
    html = _page(main, _card("最新文章", RECENT))
    assert _links(html) == [*MAIN_LINKS, "https://blog.example.cn/posts/a3.html"]


def test_a_card_titled_with_no_side_word_still_wins_by_its_size() -> None:
    # negative neighbour: the heading is read, but 文章 alone says nothing of a side box, so
    # the longer list wins as before
    html = _page(MAIN, _card("文章", RECENT))
    assert _links(html) == [
        "https://blog.example.cn/posts/r1.html",
        "https://blog.example.cn/posts/r2.html",
        "https://blog.example.cn/posts/r3.html",
    ]


def test_a_section_heading_over_several_boxes_is_no_heading_of_its_list() -> None:
    # negative neighbour (dev yqfk-list-jiaoxue's shape): a section opens with its own h3, then
    # a slogan, a box of cards and the paged list under a caption naming the channel; the h3 is
    # not the list's heading, so the caption still marks the list over the top menu
    rows = "".join(
        f'<dl class="item"><dt><a href="/jiaoxue/{n}.html" title="专业{n}">'
        f'<img src="/p{n}.jpg" alt="专业{n}"></a></dt>'
        f'<dd><a href="/jiaoxue/{n}.html" title="专业{n}">建筑专业培训计划{n}</a></dd></dl>'
        for n in (12, 11, 10, 9, 8, 7)
    )
    menu = "".join(
        f'<li><a href="/{slug}/"><p>{name}</p><span>{english}</span></a></li>'
        for slug, name, english in (
            ("tese", "学校特色", "Our Feature"),
            ("jiaoxue", "热门专业", "Popular professional"),
            ("news", "新闻中心", "NEWS"),
            ("remen", "报名攻略", "Key to Application"),
            ("about", "关于学校", "About US"),
            ("edu", "教学成果", "Offers"),
            ("xs", "家长心声", "Parents aspirations"),
        )
    )
    html = (
        "<html><head><title>教学项目</title></head><body>"
        f'<div class="nav"><ul class="container">{menu}</ul></div>'
        '<div class="fuwu container"><h3>高中服务项目</h3><p>17年专注为中国孩子提供服务</p>'
        '<ul><li><h5>建筑工程施工</h5><a href="/jiaoxue/10.html">了解更多</a></li></ul>'
        "<div><span>教学项目</span></div>"
        f"{rows}</div></body></html>"
    )
    assert _links(html, "http://cdjzz.example.cn/jiaoxue/index.html") == [
        f"http://cdjzz.example.cn/jiaoxue/{n}.html" for n in (12, 11, 10, 9, 8, 7)
    ]
