"""lists317: list_variants' small classes (issue 10, session 39) — a column folder whose name
holds a number (``/Category_100/``) served as its own first page."""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.pager_scheme import first_page_number, one_page_on
from incubator_crawler.listing.pagination import find_next_page

FOLDER = "http://www.school.example.cn/Category_100/"


def _next(html: str, url: str) -> str | None:
    found = find_next_page(Selector(text=html), url)
    return found.url if found else None


def _pager_page(pager: str) -> str:
    rows = "".join(
        f"<li><a href='/Item/{n}.aspx'>校园新闻第{n}期：师生共赴读书节</a><span>2024-03-{n:02d}</span></li>"
        for n in range(1, 6)
    )
    return f"<html><body><ul class='list'>{rows}</ul><div class='page'>{pager}</div></body></html>"


def _pictures(*hrefs: str) -> str:
    """首页 上一页 下一页 尾页 as pictures whose names say nothing (btn_01..04.gif)."""
    return "共3页 " + "".join(
        f"<a href='{h}'><img src='/images/btn_0{i}.gif' border='0'></a>"
        for i, h in enumerate(hrefs, 1)
    )


def test_a_numbered_column_folder_reads_as_a_first_page():
    # TRS's first page at its folder: 首页 / 上一页 link index.html, 下一页 index_1.html
    pager = _pictures("index.html", "index.html", "index_1.html", "index_2.html")
    assert _next(_pager_page(pager), FOLDER) == FOLDER + "index_1.html"
    assert one_page_on(FOLDER + "index_1.html", FOLDER)
    assert first_page_number(FOLDER + "index_1.html", FOLDER) == 1
    assert first_page_number(FOLDER + "list_2.html", FOLDER) == 2


def test_the_same_pager_on_a_plain_folder_as_before():
    folder = "http://www.school.example.cn/xwzx/"
    pager = _pictures("index.html", "index.html", "index_1.html", "index_2.html")
    assert _next(_pager_page(pager), folder) == folder + "index_1.html"


def test_a_numbered_folder_page_still_steps_to_the_next_folder():
    # /page/3/ is page 3: its next is /page/4/, a sibling folder, not a file inside it
    assert one_page_on("http://x.example.cn/news/page/4/", "http://x.example.cn/news/page/3/")
    pager = "<a href='/news/page/2/'></a><a href='/news/page/4/'></a>"
    assert _next(_pager_page(pager), "http://x.example.cn/news/page/3/") == (
        "http://x.example.cn/news/page/4/"
    )


def test_a_file_inside_the_folder_not_numbered_one_or_two_gives_none():
    # a picture link to index_5.html on the folder is no page 2
    assert not one_page_on(FOLDER + "index_5.html", FOLDER)
    pager = "<a href='index_5.html'><img src='/images/a.gif'></a><a href='index_9.html'></a>"
    assert _next(_pager_page(pager), FOLDER) is None


def test_a_numbered_file_page_keeps_reading_its_own_number():
    # /Category_100/index_2.html names page 2 (TRS: the third): its next is index_3.html
    page = FOLDER + "index_2.html"
    assert one_page_on(FOLDER + "index_3.html", page)
    assert not one_page_on(FOLDER + "index_1.html", page)
