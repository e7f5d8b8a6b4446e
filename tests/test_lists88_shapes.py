"""lists88: the lead's decisions on lists86's open list shapes (LABELLING.md, lists88 round).

1. An icon-font arrow after the pager's current number is the next page (shenlanbao.com's
   Element UI pager: ``<a href="/zhinan/list-6/p2"><i class="el-icon el-icon-arrow-right">``).
2. English pager words on a Chinese page read as their Chinese equivalents (guangshanban.com's
   DedeCMS pager ``2 Next Last Page``): Last Page is 尾页, never a record.
3. A record's control (打印, 评论 …) and tag links never stand for it (wenxuecity's month archive,
   eurkon's Butterfly archive); a record with no other link gives none.
"""

from __future__ import annotations

import pytest
from list_shapes import links, next_url
from parsel import Selector

from incubator_crawler.listing.links import (
    is_last_page_text,
    is_pager_link,
    is_pager_word,
)

URL = "https://www.example.cn/zhinan/list-6/p1"
MENU = (
    '<div class="nav"><a href="/">首页</a><a href="/zhinan/">保险指南</a>'
    '<a href="/about/">关于我们</a><a href="/contact/">联系我们</a></div>'
)
TITLES = (
    "重疾险怎么买才划算一文读懂",
    "医疗险和重疾险有什么区别",
    "意外险的保障范围有哪些呢",
    "定期寿险适合哪些家庭购买",
)


def _rows(titles=TITLES) -> str:
    return "".join(
        f'<li><a href="/zhinan/{100 + i}.html">{t}</a><span>2025-04-{20 + i}</span></li>'
        for i, t in enumerate(titles)
    )


def _page(body: str) -> str:
    return f"<html><head><title>保险指南</title></head><body>{MENU}{body}</body></html>"


def _next(html: str, url: str = URL) -> str | None:
    return next_url(html, url)


def _links(html: str, url: str = URL) -> list[str]:
    return links(html, url)


ROWS = [f"https://www.example.cn/zhinan/{100 + i}.html" for i in range(4)]


# 1. An icon pager arrow ------------------------------------------------------------------

#: A saved page's address matching no number of its pager (only the icon could name the next).
SAVED = "http://shenlanbao.com/shenlanbao_debug.html"


def _element_pager(current: int = 1, arrow: str = "el-icon el-icon-arrow-right") -> str:
    """shenlanbao's pager: every number linked, the current one marked ``li.number.active``."""
    numbers = "".join(
        f'<li class="number{" active" if n == current else ""}">'
        f'<a href="/zhinan/list-6/p{n}">{n}</a></li>'
        for n in range(1, 7)
    )
    return (
        '<ul class="app-pagination"><li><div class="disable-icon">'
        '<i class="el-icon el-icon-arrow-left disabled"></i></div></li>'
        f'{numbers}<li><a href="/zhinan/list-6/p{current + 1}"><i class="{arrow}"></i></a></li></ul>'
    )


def test_element_ui_arrow_after_the_active_number_is_the_next_page():
    html = _page(f"<ul>{_rows()}</ul>{_element_pager()}")
    assert _next(html) == "https://www.example.cn/zhinan/list-6/p2"
    assert _links(html) == ROWS


def test_element_ui_arrow_on_a_saved_page_whose_address_is_unknown():
    # shenlanbao_debug.html: the file's own name matches no number; li.active marks page 1
    html = _page(f"<ul>{_rows()}</ul>{_element_pager()}")
    assert _next(html, SAVED) == "http://shenlanbao.com/zhinan/list-6/p2"


@pytest.mark.parametrize(
    "icon",
    [
        "fa fa-angle-right",
        "fa fa-chevron-right",
        "icon-next",
        "arrow-right",
        "layui-icon layui-icon-right",
        "glyphicon glyphicon-chevron-right",
    ],
)
def test_icon_font_arrows_after_the_active_number(icon):
    html = _page(f"<ul>{_rows()}</ul>{_element_pager(current=2, arrow=icon)}")
    assert _next(html, SAVED) == "http://shenlanbao.com/zhinan/list-6/p3"


@pytest.mark.parametrize("mark", ["current", "cur", "on"])
def test_the_current_number_marked_on_its_link(mark):
    pager = (
        f'<div class="pages"><a class="{mark}" href="/zhinan/list-6/p1">1</a>'
        '<a href="/zhinan/list-6/p2">2</a><a href="/zhinan/list-6/p3">3</a>'
        '<a href="/zhinan/list-6/p2"><i class="fa fa-angle-right"></i></a></div>'
    )
    html = _page(f"<ul>{_rows()}</ul>{pager}")
    assert _next(html, SAVED) == "http://shenlanbao.com/zhinan/list-6/p2"


def test_an_unlinked_current_number_before_the_arrow():
    pager = (
        '<div class="pages"><a href="/zhinan/list-6/p1">1</a><span>2</span>'
        '<a href="/zhinan/list-6/p3">3</a>'
        '<a href="/zhinan/list-6/p3"><i class="layui-icon layui-icon-right"></i></a></div>'
    )
    html = _page(f"<ul>{_rows()}</ul>{pager}")
    assert _next(html, SAVED) == "http://shenlanbao.com/zhinan/list-6/p3"


# Since decide92 a marked number is read by the page-number reader too: the next number after it
# is the next page. The arrows' negatives below therefore mark the last number, which has none.


def test_an_arrow_before_the_current_number_is_the_previous_page():
    # the right-pointing icon stands before the active number: a reader does not read it as next
    pager = (
        '<ul class="pager"><li><a href="/zhinan/list-6/p4"><i class="fa fa-angle-right"></i></a>'
        '</li><li><a href="/zhinan/list-6/p1">1</a></li><li><a href="/zhinan/list-6/p2">2</a></li>'
        '<li class="number active"><a href="/zhinan/list-6/p3">3</a></li></ul>'
    )
    html = _page(f"<ul>{_rows()}</ul>{pager}")
    assert _next(html, "https://www.example.cn/zhinan/list-6/x") is None


def test_a_left_arrow_after_the_current_number_is_no_next_page():
    html = _page(f"<ul>{_rows()}</ul>{_element_pager(6, arrow='el-icon el-icon-arrow-left')}")
    assert _next(html, SAVED) is None


def test_a_double_arrow_jumps_to_the_last_page_and_is_no_next_page():
    html = _page(f"<ul>{_rows()}</ul>{_element_pager(6, arrow='fa fa-angle-double-right')}")
    assert _next(html, SAVED) is None


def test_a_carousel_arrow_is_no_next_page():
    carousel = (
        '<div class="banner"><div class="slides"><a href="/zhinan/200.html"><img src="/a.jpg">'
        '</a></div><a class="next" href="/zhinan/201.html"><i class="fa fa-chevron-right"></i>'
        "</a></div>"
    )
    html = _page(f"{carousel}<ul>{_rows()}</ul>")
    assert _next(html) is None
    assert _links(html) == ROWS


def test_a_back_to_top_button_is_no_next_page():
    top = '<a class="to-top" href="/zhinan/list-6/p1#top"><i class="fa fa-arrow-up"></i></a>'
    html = _page(f"<ul>{_rows()}</ul>{top}")
    assert _next(html) is None


def test_a_pager_with_no_current_number_marked_gives_no_icon_next():
    # every number linked, none marked, none this page: a reader cannot tell where they stand
    pager = _element_pager().replace(" active", "")
    html = _page(f"<ul>{_rows()}</ul>{pager}")
    assert _next(html, "https://www.example.cn/zhinan/list-6/x") is None


def test_an_icon_link_with_a_label_is_read_by_its_label():
    # a label says what the link is: 上一页 is no next page whatever its icon
    pager = _element_pager(6).replace(
        '<a href="/zhinan/list-6/p7"><i', '<a href="/zhinan/list-6/p7" title="上一页"><i'
    )
    html = _page(f"<ul>{_rows()}</ul>{pager}")
    assert _next(html, "https://www.example.cn/zhinan/list-6/x") is None


# 2. English pager words -----------------------------------------------------------------


def _cards() -> str:
    """guangshanban's product grid: a picture and a name in one link, nine to a page."""
    names = (
        "裸眼3D灯箱，立体画灯箱",
        "立体画技术培训；裸眼",
        "光栅板厂家直销批发",
        "UV立体画打印机设备",
        "18线光栅板价格优惠",
    )
    return "".join(
        f'<div class="albumblock"><div class="inner"><a href="/cn/product/p{i}.html" '
        f'title="{n}"><img src="/uploads/{i}.jpg"><div class="albumtitle">{n}</div></a></div></div>'
        for i, n in enumerate(names)
    )


def _dede_pager(last: str = "Last Page", nxt: str = "Next") -> str:
    return (
        '<div class="t_page"><li>Home Page</li><li class="thisclass">1</li>'
        "<li><a href='list_4_2.html'>2</a></li>"
        f"<li><a href='list_4_2.html'>{nxt}</a></li><li><a href='list_4_2.html'>{last}</a></li></div>"
    )


PRODUCT_URL = "http://guangshanban.com/cn/product/index.html"
CARDS = [f"http://guangshanban.com/cn/product/p{i}.html" for i in range(5)]


def test_last_page_is_never_a_record():
    html = _page(f'<div class="list">{_cards()}</div>{_dede_pager()}')
    assert _links(html, PRODUCT_URL) == CARDS
    assert _next(html, PRODUCT_URL) == "http://guangshanban.com/cn/product/list_4_2.html"


@pytest.mark.parametrize("text", ["Last Page", "Last", "Last »", "LAST PAGE", "尾页"])
def test_last_page_words(text):
    assert is_last_page_text(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Next",
        "Next Page",
        "Next »",
        "Last Page",
        "Last",
        "Previous",
        "Prev",
        "« Prev Page",
        "First",
    ],
)
def test_english_pager_words(text):
    assert is_pager_word(text) is True


@pytest.mark.parametrize(
    "text",
    ["The Last Emperor 末代皇帝", "Last Christmas 圣诞歌单", "Next Generation 下一代", "首页"],
)
def test_a_longer_title_holding_last_or_next_is_no_pager_word(text):
    assert is_pager_word(text) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("First", True),
        ("« First", True),
        ("First Page", True),
        ("下一页", True),
        ("Last Page", True),
        ("First Steps 入门指南", False),
        ("首页", False),
    ],
)
def test_a_pager_link_is_any_pager_word(text, expected):
    """tidy100: the pager's link test reads every pager word, English First too (is_pager_word)."""
    link = Selector(text=f'<div><a href="/zhinan/list-6/p1">{text}</a></div>').xpath("//a")[0]
    assert is_pager_link(link) is expected


def test_previous_page_is_never_a_record():
    # naod.com.cn's Hugo pager (``← Prev page`` / ``Next page →``) on a page of five posts
    pager = (
        '<div class="pagination"><a href="/page/5/">← Prev page</a>'
        '<a href="/page/7/">Next page →</a></div>'
    )
    html = _page(f"<ul>{_rows()}</ul>{pager}")
    url = "https://www.example.cn/page/6/"
    assert _links(html, url) == ROWS
    assert _next(html, url) == "https://www.example.cn/page/7/"


def test_a_title_holding_last_stays_a_record():
    titles = (*TITLES[:3], "The Last Emperor 末代皇帝观后感")
    html = _page(f"<ul>{_rows(titles)}</ul>")
    assert _links(html) == ROWS


def test_a_record_titled_next_is_no_next_page():
    # a dated row of the list whose title is the word Next: the pager after it is the next page
    titles = ("Next", *TITLES[1:])
    pager = (
        '<div class="pages"><span>1</span><a href="/zhinan/list-6/p2">2</a>'
        '<a href="/zhinan/list-6/p2">下一页</a></div>'
    )
    html = _page(f"<ul>{_rows(titles)}</ul>{pager}")
    assert _next(html) == "https://www.example.cn/zhinan/list-6/p2"
    assert _links(html) == ROWS


def test_a_next_link_printed_in_the_box_of_dated_rows_stays_the_pager():
    # wm114.cn: 下页 and 尾页 printed after the rows' ul inside the same box, no row of their own
    html = _page(
        f"<div><ul>{_rows()}</ul>共<b>11168</b>篇文章 <a href='index2.html'><u>下页</u></a> "
        "<a href='index6.html'><u>尾页</u></a>页次1/6</div>"
    )
    assert _next(html, "http://wm114.cn/0o/28/index.html") == "http://wm114.cn/0o/28/index2.html"


# 3. Controls and tags never stand for a record -------------------------------------------


def _blog_post(pid: int, title: str, permalink: bool) -> str:
    """wenxuecity's month archive: each post whole, its title unlinked, then its controls."""
    date = f"2005-03-{10 + pid % 10:02d} 01:20:44"
    stamp = (
        f'<a href="/blogview.php?postID={pid}" title="{title}">{date}</a>' if permalink else date
    )
    return (
        f'<table class="post"><tr><td class="post-title">{title}</td><td>{date}</td></tr>'
        f'<tr><td class="post-body">{"正文段落。" * 30}</td></tr>'
        f'<tr><td>[<a href="/blogarticle.php?postID={pid}">打印</a>]</td></tr>'
        f'<tr><td class="post-footer">由海姑娘张贴 @ {stamp} '
        f'<a href="/blogview.php?postID={pid}#mark">共 3 篇评论</a> '
        f'<a href="/comment.php?postID={pid}">发表评论 >>></a></td></tr></table>'
    )


BLOG_URL = "http://blog.example.com/blog.php?date=200503"
POSTS = ((12128, "昨天去金矿玩 (图)"), (10317, "周末的海边日落"), (10314, "春天的花园"))


def test_a_post_with_a_permalink_is_listed_by_it_not_by_its_print_link():
    html = _page("".join(_blog_post(pid, t, True) for pid, t in POSTS))
    assert _links(html, BLOG_URL) == [
        f"http://blog.example.com/blogview.php?postID={pid}" for pid, _ in POSTS
    ]


def test_a_post_with_no_link_of_its_own_gives_none():
    # principle (d): the print, comment and reply controls never stand for the post
    html = _page("".join(_blog_post(pid, t, False) for pid, t in POSTS))
    assert _links(html, BLOG_URL) == []


def _butterfly_row(slug: str, title: str, tags: tuple[str, ...]) -> str:
    tag_links = "".join(f'<a class="article-meta__tags" href="/tags/{t}/">{t}</a>' for t in tags)
    return (
        f'<div class="article-sort-item"><a class="article-sort-item-img" href="/post/{slug}.html"'
        f' title="{title}"><img src="/img/{slug}.jpg" alt="{title}"></a>'
        f'<div class="article-sort-item-info"><a class="article-sort-item-title" '
        f'href="/post/{slug}.html" title="{title}">{title}</a><span class="tags">{tag_links}</span>'
        f'<time datetime="2021-01-22">2021-01-22</time></div></div>'
    )


def test_a_butterfly_archive_gives_its_titles_not_its_tags():
    rows = "".join(
        _butterfly_row(slug, title, tags)
        for slug, title, tags in (
            ("741c153c", "R 语言统计分析", ("大数据", "R")),
            ("996a1090", "R 语言数据接口", ("R", "Python")),
            ("b35ac98a", "Spark 入门与实践", ("Spark", "大数据")),
        )
    )
    html = _page(f'<div id="archive"><div class="article-sort">{rows}</div></div>')
    assert _links(html, "https://blog.eurkon.com/archives/2021/01/") == [
        "https://blog.eurkon.com/post/741c153c.html",
        "https://blog.eurkon.com/post/996a1090.html",
        "https://blog.eurkon.com/post/b35ac98a.html",
    ]


def test_rel_tag_links_are_no_records():
    tags = "".join(
        f'<li><a rel="tag" href="/topics/{t}">{t}相关的全部文章合集</a><span>2025-04-01</span></li>'
        for t in ("重疾险", "医疗险", "意外险")
    )
    html = _page(f"<ul>{_rows()}</ul><ul>{tags}</ul>")
    assert _links(html) == ROWS


def test_a_title_naming_a_control_word_stays_a_record():
    # 评论 inside a longer title is a title: only the control's own words are matched whole
    titles = (*TITLES[:3], "网友评论：重疾险理赔难在哪里")
    html = _page(f"<ul>{_rows(titles)}</ul>")
    assert _links(html) == ROWS
