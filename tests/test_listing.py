"""Listing discovery: main list vs sidebars, list dates, 下一页 links and ASP.NET postbacks."""

from __future__ import annotations

import re

import pytest
from parsel import Selector

from incubator_crawler.listing.channels import find_channel_links
from incubator_crawler.listing.links import find_article_links
from incubator_crawler.listing.pagination import NextPage, find_next_page
from incubator_crawler.replicas.cnfuhuaqi import route
from incubator_crawler.replicas.cnfuhuaqi.catalog import listing_ids

ARTICLE_RE = re.compile(r"^/[A-Za-z]+/show/\d+\.aspx$")
BASE = "http://127.0.0.1:8765"


def page(path):
    response = route(path)
    return Selector(
        text=response.body.decode("gb18030" if b"gb2312" in response.body[:400] else "utf-8")
    )


def test_main_list_not_the_hot_sidebar():
    # Page 3 of news lists 4 articles; its 热门文章 sidebar lists 6 of other channels.
    entries = find_article_links(
        page("/news/list.aspx?page=3"), BASE + "/news/list.aspx?page=3", ARTICLE_RE
    )
    assert [int(e.url.rsplit("/", 1)[1].split(".")[0]) for e in entries] == listing_ids("news", 3)
    assert all(e.date_raw and re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.date_raw) for e in entries)


def test_full_title_from_title_attribute_and_bracketed_date():
    entries = find_article_links(page("/policy/"), BASE + "/policy/", ARTICLE_RE)
    assert entries[0].date_raw.startswith("[")
    assert entries[0].date_raw.endswith("]")
    assert all(not e.title.endswith("...") for e in entries)


def test_next_page_links():
    html = page("/news/")
    assert find_next_page(html, BASE + "/news/") == NextPage(url=BASE + "/news/list.aspx?page=2")
    assert find_next_page(page("/news/list.aspx?page=3"), BASE + "/news/list.aspx?page=3") is None


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<a href=\"javascript:__doPostBack('ctl00$Pager','2')\">下一页</a>",
            NextPage(postback=("ctl00$Pager", "2")),
        ),
        ('<a href="list_106_3.html">下一页</a>', NextPage(url="http://x.test/a/list_106_3.html")),
        ('<a href="?page=2">&gt;</a>', NextPage(url="http://x.test/a/list_106_2.html?page=2")),
        ('<a href="javascript:void(0)">下一页</a>', None),
        ('<a href="list_106_2.html">下一页</a>', None),  # a link to the page itself (the last page)
        (  # a WordPress theme's button, its text in a span beside an SVG arrow
            '<a href="/a/page/3/"><span>Load more</span><svg><path d="M0"/></svg></a>',
            NextPage(url="http://x.test/a/page/3/"),
        ),
        ('<a href="/a/page/3/">&laquo; Older posts</a>', NextPage(url="http://x.test/a/page/3/")),
        ('<a href="list_106_3.html">加载更多</a>', NextPage(url="http://x.test/a/list_106_3.html")),
        ('<a href="/more/">查看更多</a>', None),  # a box's "more" link leads to a channel
    ],
)
def test_next_page_shapes(html, expected):
    assert (
        find_next_page(Selector(text=f"<div>{html}</div>"), "http://x.test/a/list_106_2.html")
        == expected
    )


def test_next_page_resolved_against_the_base_href():
    """``<base href="/">`` makes the pager's ``xmzx/index_2.html`` the site's
    ``/xmzx/index_2.html``, as a browser follows it."""
    html = Selector(
        text='<html><head><base href="/"></head><body><div class="pages">'
        '<a href="xmzx/index_2.html">2</a><a href="xmzx/index_2.html">下一页</a></div></body></html>'
    )
    assert find_next_page(html, "https://x.test/xmzx/") == NextPage(
        url="https://x.test/xmzx/index_2.html"
    )
    assert find_next_page(html, "") == NextPage(url="/xmzx/index_2.html")


def test_a_saved_last_page_of_a_dede_column_has_no_next_page():
    """A DedeCMS column's last page read without its address: its pager links 首页, 上一页
    (list_13_3.html) and the pages 1 to 3; the page is the fourth, so there is no next one,
    not the first number linked."""
    html = Selector(
        text='<ul class="pagelist"><li><a href="list_13_1.html">首页</a></li>'
        '<li><a href="list_13_3.html">上一页</a></li><li><a href="list_13_1.html">1</a></li>'
        '<li><a href="list_13_2.html">2</a></li><li><a href="list_13_3.html">3</a></li>'
        '<li class="thisclass">4</li><li><span class="pageinfo">共 <strong>4</strong>页</span></li>'
        "</ul>"
    )
    assert find_next_page(html, "") is None
    middle = Selector(
        text='<ul class="pagelist"><li><a href="list_13_1.html">上一页</a></li>'
        '<li><a href="list_13_1.html">1</a></li><li class="thisclass">2</li>'
        '<li><a href="list_13_3.html">3</a></li></ul>'
    )
    assert find_next_page(middle, "", "dede") == NextPage(url="list_13_3.html", via="dede")


def test_next_page_in_traditional_script():
    """A Taiwan board's pager prints the short traditional forms: ‹ 上頁 and 下頁 ›."""
    html = Selector(
        text='<div class="paging"><a href="/bbs/B/index1.html">最舊</a>'
        '<a href="/bbs/B/index2218.html">&lsaquo; 上頁</a>'
        '<a href="/bbs/B/index2220.html">下頁 &rsaquo;</a><a href="/bbs/B/index.html">最新</a></div>'
    )
    found = find_next_page(html, "https://x.test/bbs/B/index2219.html")
    assert found == NextPage(url="https://x.test/bbs/B/index2220.html")


def test_channel_links_from_nav_deduplicated():
    html = page("/")
    names = {n: n for n in ("新闻", "政策", "孵化器")}
    assert find_channel_links(html, BASE + "/", names) == [
        (BASE + "/news/", "新闻"),
        (BASE + "/policy/", "政策"),
        (BASE + "/fuhuaqi/", "孵化器"),
    ]
