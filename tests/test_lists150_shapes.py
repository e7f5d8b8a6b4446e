"""lists150: a wordless pager arrow read as a reader reads the pager around it — the numbers it
stands beside show the current page, and a first page's 首页 linking ``?page=1`` is that page
(issue 10, session 30)."""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.pager_scheme import first_page_number
from incubator_crawler.listing.pagination import find_next_page


def _next(pager: str, url: str, before: str = "") -> str | None:
    html = (
        f"<html><body>{before}<ul class='list'><li><a href='/tzgg/202403/t2024_1.html'>"
        "园区召开年度工作会议</a><span>2024-03-01</span></li></ul>"
        f"<div class='page'>{pager}</div></body></html>"
    )
    found = find_next_page(Selector(text=html), url)
    return found.url if found else None


def _pictures(*hrefs: str) -> str:
    return "".join(
        f"<a href='{h}'><img src='/images/btn_0{i}.gif'></a>" for i, h in enumerate(hrefs, 1)
    )


# --- a first page whose 首页 names page 1 --------------------------------------------------


def test_first_page_whose_first_picture_links_page_one_gives_page_two():
    # list.aspx is page 1; its 首页 and 上一页 pictures link ?page=1, the page itself
    pager = "共9页 " + _pictures(*(f"list.aspx?page={n}" for n in (1, 1, 2, 9)))
    assert _next(pager, "http://x.example.cn/gk/list.aspx") == (
        "http://x.example.cn/gk/list.aspx?page=2"
    )


def test_first_page_whose_index_1_is_page_one_gives_index_2():
    pager = "<span>共9页</span>" + _pictures("index_1.html", "index_2.html", "index_9.html")
    assert _next(pager, "http://x.example.cn/tzgg/") == "http://x.example.cn/tzgg/index_2.html"


def test_trs_first_page_linking_itself_keeps_index_1():
    # TRS counts from 0: its 首页 and 上一页 lead to the page, index_1 is page 2 (three pages)
    pager = _pictures("index.html", "index.html", "index_1.html", "index_2.html")
    assert _next(pager, "http://x.example.cn/tzgg/") == "http://x.example.cn/tzgg/index_1.html"


def test_trs_first_page_printing_first_and_prev_unlinked_keeps_index_1():
    pager = (
        "<span>首页</span><span>上一页</span><a href='index_1.html'><i class='icon'></i></a>"
        "<a href='index_2.html'><i class='icon'></i></a>"
    )
    assert _next(pager, "http://x.example.cn/tzgg/") == "http://x.example.cn/tzgg/index_1.html"


def test_a_lone_page_one_link_is_still_tr_s_page_two():
    # nothing numbered 2 beside it: lists136's reading stands
    pager = "<span>首页</span><a href='index_1.html'></a><a href='index_9.html'></a>"
    assert _next(pager, "http://x.example.cn/tzgg/") == "http://x.example.cn/tzgg/index_1.html"


def test_first_page_number():
    assert first_page_number("http://x.cn/gk/list.aspx?page=1", "http://x.cn/gk/list.aspx") == 1
    assert first_page_number("http://x.cn/tzgg/index_2.html", "http://x.cn/tzgg/") == 2
    assert first_page_number("http://x.cn/a/list_12_1.html", "http://x.cn/a/") == 1
    # a numbered page has no first page's suffix, another host none either
    assert (
        first_page_number("http://x.cn/tzgg/index_4.html", "http://x.cn/tzgg/index_3.html") is None
    )
    assert first_page_number("http://y.cn/tzgg/index_1.html", "http://x.cn/tzgg/") is None


# --- numbers beside the arrows show the current page ----------------------------------------


def test_css_arrows_beside_numbers_follow_the_number_after_the_current_one():
    # DedeCMS's first page served at its folder: first/prev empty links to list_12_1.html,
    # the current 1 printed unmarked, 2 and 3 linked
    pager = (
        "<a class='first' href='list_12_1.html'></a><a class='prev' href='list_12_1.html'></a>"
        "<span>1</span><a href='list_12_2.html'>2</a><a href='list_12_3.html'>3</a>"
        "<a class='next' href='list_12_2.html'></a><a class='last' href='list_12_9.html'></a>"
    )
    assert _next(pager, "http://x.example.cn/a/news/") == (
        "http://x.example.cn/a/news/list_12_2.html"
    )


def test_a_picture_bar_of_columns_numbered_like_pages_gives_way_to_the_pager():
    # news_5.html is column 5's first page; news_6.html beside it is column 6
    nav = (
        "<div class='nav'><a href='news_4.html'><img src='/images/nav04.jpg'></a>"
        "<a href='news_6.html'><img src='/images/nav06.jpg'></a></div>"
    )
    pager = "<span>1</span><a href='news_5_2.html'>2</a><a href='news_5_3.html'>3</a>"
    assert _next(pager, "http://x.example.cn/news_5.html", before=nav) == (
        "http://x.example.cn/news_5_2.html"
    )


def test_picture_bar_of_columns_without_a_pager_still_reads_as_lists136_did():
    # negative neighbour: no numbers shown, the wordless reading stands (the address alone)
    pager = "<a href='index_1.html'></a><a href='index_3.html'></a><a href='index_9.html'></a>"
    assert _next(pager, "http://x.example.cn/tzgg/index_2.html") == (
        "http://x.example.cn/tzgg/index_3.html"
    )


# --- a date in the address is no page number ------------------------------------------------


def test_month_switcher_arrows_are_no_pager():
    # /archives/2024-04/ beside /archives/2024-03/ is the month after, not page 2
    pager = "<a class='prev' href='../2024-02/'></a><a class='next' href='../2024-04/'></a>"
    assert _next(pager, "http://x.example.cn/archives/2024-03/") is None
    days = "<a href='../2024-03-04/'></a><a href='../2024-03-06/'></a>"
    assert _next(days, "http://x.example.cn/archives/2024-03-05/") is None


def test_a_list_numbered_after_its_year_still_pages():
    # negative neighbour: list-2024-2.html names page 2 of the year's list (one digit, no month)
    pager = "<a href='list-2024-1.html'></a><a href='list-2024-3.html'></a>"
    assert _next(pager, "http://x.example.cn/news/list-2024-2.html") == (
        "http://x.example.cn/news/list-2024-3.html"
    )
