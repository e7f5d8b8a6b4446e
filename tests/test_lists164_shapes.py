"""lists164: pager readings the dev side lacked — a script pager whose function the page prints,
an address handed to a script, icon-font glyph arrows (issue 10, session 31)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from parsel import Selector

from incubator_crawler.listing.pager_words import without_glyphs
from incubator_crawler.listing.pagination import find_next_page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import list_variants  # noqa: E402

HOST = "https://www.kjj.example.gov.cn/xwzx/tzgg/"
ROWS = "".join(
    f"<li><a href='t{i}.html'>园区第{i}期企业服务沙龙活动顺利举办</a><span>2024-03-{i:02d}</span></li>"
    for i in range(1, 6)
)


def _next(pager: str, url: str) -> str | None:
    html = f"<html><body><ul class='list'>{ROWS}</ul><div class='page'>{pager}</div></body></html>"
    found = find_next_page(Selector(text=html), url)
    return found.url if found else None


GO_PAGE = (
    "<a href='javascript:goPage(1)'>上一页</a><a href='javascript:goPage(1)'>1</a><span>2</span>"
    "<a href='javascript:goPage(3)'>3</a><a href='javascript:goPage(3)'>下一页</a>"
)


def test_a_script_pager_whose_function_the_page_prints() -> None:
    script = "<script>function goPage(n){ window.location.href = 'list_' + n + '.html'; }</script>"
    assert _next(script + GO_PAGE, HOST + "list_2.html") == HOST + "list_3.html"
    # the numbers alone, 下一页 gone: the number after the current one
    numbers = GO_PAGE.replace("<a href='javascript:goPage(3)'>下一页</a>", "")
    numbers = numbers.replace("<a href='javascript:goPage(1)'>上一页</a>", "")
    assert _next(script + numbers, HOST + "list_2.html") == HOST + "list_3.html"
    # a query built from the number, called in onclick
    query = "<script>function turn(p) { location.href = '?page=' + p; }</script>"
    pager = "<span>2</span><a href='javascript:void(0)' onclick='turn(3);return false;'>下一页</a>"
    assert _next(query + pager, HOST + "list.php?page=2") == HOST + "list.php?page=3"


@pytest.mark.parametrize(
    "script",
    [
        "",  # no function printed: the number alone names no address
        "<script>function goPage(n){ location.href = 'index_' + (n - 1) + '.html'; }</script>",
        "<script>function goPage(n){ if (n > 1) { location.href = 'list_' + n + '.html'; } }</script>",
        "<script>function goPage(n){ document.forms[0].page.value = n; }</script>",
        "<script>function goPage(n){ location.href = 'a_' + n + '.html'; location.href = 'b.html'; }"
        "</script>",
    ],
    ids=["no-function", "computed", "branched", "posted", "two-navigations"],
)
def test_a_script_pager_we_cannot_read_gives_none(script: str) -> None:
    assert _next(script + GO_PAGE, HOST + "list_2.html") is None


def _handed(target: str) -> str:
    return (
        "<a href='javascript:void(0)' onclick=\"turnPage('index.html')\">上一页</a>"
        "<span class='current'>2</span>"
        f"<a href='javascript:void(0)' onclick=\"turnPage('{target}')\">下一页</a>"
    )


def test_a_next_link_handing_this_pages_address_numbered_one_above() -> None:
    assert _next(_handed("index_3.html"), HOST + "index_2.html") == HOST + "index_3.html"


@pytest.mark.parametrize(
    "target", ["index_5.html", "/ajax/newsList.jsp?page=3", "news_3.html"], ids=str
)
def test_a_next_link_handing_another_address_gives_none(target: str) -> None:
    # a block's jump, a script loading rows from an endpoint, another column: no page one above
    assert _next(_handed(target), HOST + "index_2.html") is None


def test_icon_font_glyph_arrows_are_wordless_arrows() -> None:
    pager = (
        "<a href='list_1.html'><i class='iconfont'>\ue600</i></a><span>第2页/共9页</span>"
        "<a href='list_3.html'><i class='iconfont'>\ue601</i></a>"
    )
    assert _next(pager, HOST + "list_2.html") == HOST + "list_3.html"


def test_icon_font_glyph_arrows_leading_elsewhere_give_none() -> None:
    # glyph arrows to other columns (a channel bar's ‹ › between 科技动态 and 政策法规): no page
    # of this page's own address numbered one above
    pager = (
        "<a href='../kjdt/'><i class='iconfont'>\ue600</i></a>"
        "<a href='../zcfg/'><i class='iconfont'>\ue601</i></a>"
    )
    assert _next(pager, HOST + "list_2.html") is None
    # a glyph beside words is a worded link: 更多 is no pager's arrow
    more = "<span>第2页/共9页</span><a href='list_3.html'><i class='iconfont'>\ue601</i> 更多</a>"
    assert _next(more, HOST + "list_2.html") is None


def test_without_glyphs() -> None:
    assert without_glyphs("\ue601") == ""
    assert without_glyphs("下一页 \ue601") == "下一页"
    assert without_glyphs("下一页") == "下一页"
    assert without_glyphs("Next \uf105") == "Next"


def _paged_label() -> dict:
    pager = (
        "<div class='pager'><a href='/list/p2.html'>2</a><a href='/list/p2.html'>下一页</a></div>"
    )
    rows = "".join(
        f"<li><a href='/a/{i}.html'>园区新闻标题第{i}条内容</a><span>2024-03-{i:02d}</span></li>"
        for i in range(1, 11)
    )
    html = f"<html><body><div class='main'><ul>{rows}</ul>{pager}</div></body></html>".encode()
    return {
        "html": html,
        "url": "http://www.example.gov.cn/list/",
        "next_page": "/list/p2.html",
        "links": [f"http://www.example.gov.cn/a/{i}.html" for i in range(1, 11)],
    }


@pytest.mark.parametrize(
    ("kind", "url", "nxt"),
    [
        ("current_self_links", "index_3.html", "index_4.html"),
        ("current_script_link", "list_7_3.html", "list_7_4.html"),
        ("trs_script_pager", "index_2.html", "index_3.html"),
        ("js_onclick_pager", "index_2.html", "index_3.html"),
        ("js_gopage_function", "list_2.html", "list_3.html"),
        ("attribute_words", "news.php?page=2", "news.php?page=3"),
        ("attribute_titles", "news.php?page=2", "news.php?page=3"),
        ("icon_glyph_arrows", "list_2.html", "list_3.html"),
        ("last_page_dead_words", "list_9.html", None),
    ],
)
def test_the_new_pager_reading_kinds_and_our_reading_of_them(kind, url, nxt) -> None:
    page = list_variants.Page(_paged_label())
    assert getattr(list_variants, kind)(page)
    folder = "http://www.example.gov.cn/list/"
    assert page.url == folder + url
    assert page.label["next_page"] == (folder + nxt if nxt else None)
    assert list_variants.score(page)[2]
