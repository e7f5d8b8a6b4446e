"""lists136: the lead's session-28 answers on list pages (a lone row in the channel's folder above
the pager; a wordless pager link to the next page's address) and list shapes no dev page shows
(issue 10, session 29)."""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.last_page import pager_folder
from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pager_scheme import one_page_on
from incubator_crawler.listing.pagination import find_next_page

PAGE = "http://www.park.example.cn/tzgg/index_2.html"


def _links(html: str, url: str = PAGE) -> list[str]:
    return [e.url.split(".cn", 1)[1] for e in find_article_links_generic(Selector(text=html), url)]


def _next(html: str, url: str) -> str | None:
    found = find_next_page(Selector(text=html), url)
    return found.url if found else None


# --- (a) a lone row right above the pager, in the channel's folder ---------------------------


def _box(folder: str) -> str:
    """A box of six dated stories of ``folder`` above the column (a hub's bigger box)."""
    rows = "".join(
        f"<li><a href='/{folder}/2024{i:02d}/t2024_{i}.html'>高新区举办产业对接活动第{i}场</a>"
        f"<span>2024-02-{i:02d}</span></li>"
        for i in range(10, 16)
    )
    return f"<div class='box'><ul>{rows}</ul></div>"


def _last_page(row_href: str, box: str) -> str:
    return (
        f"<html><body>{box}<div class='main'><ul class='list'><li><a href='{row_href}'>"
        "园区孵化项目路演活动圆满举行</a><span>2024-03-05</span></li></ul>"
        "<div class='pages'><a href='/tzgg/index.html'>首页</a><a href='/tzgg/index_1.html'>上一页</a>"
        "<a href='/tzgg/index.html'>1</a><a href='/tzgg/index_1.html'>2</a><span class='cur'>3</span>"
        "</div></div></body></html>"
    )


def test_lone_row_in_the_folder_above_the_pager_beats_a_box_filed_elsewhere():
    html = _last_page("/tzgg/202403/t2024_9.html", _box("xwdt"))
    assert _links(html) == ["/tzgg/202403/t2024_9.html"]


def test_lone_row_filed_elsewhere_leaves_the_bigger_box():
    # neither the row nor the box lies in the folder: a reader cannot tell, the written rules stand
    html = _last_page("/other/202403/t2024_9.html", _box("xwdt"))
    assert _links(html)[:2] == ["/xwdt/202410/t2024_10.html", "/xwdt/202411/t2024_11.html"]


def test_lone_row_beside_a_box_of_the_same_folder_leaves_the_bigger_box():
    # both lie in the folder: the written rules stand
    html = _last_page("/tzgg/202403/t2024_9.html", _box("tzgg"))
    assert len(_links(html)) == 6


def test_lone_row_of_a_page_without_its_address_is_placed_by_its_pager():
    pager = [
        "http://www.park.example.cn/tzgg/index_1.html",
        "http://www.park.example.cn/tzgg/index.html",
    ]
    assert pager_folder("", pager) == "www.park.example.cn/tzgg/"
    assert pager_folder("", [*pager, "http://www.park.example.cn/xwdt/index_1.html"]) is None
    # a page whose pager leads to another folder names no folder the two share
    assert pager_folder("http://www.park.example.cn/xwdt/index_2.html", pager) is None
    assert pager_folder(PAGE, pager) == "www.park.example.cn/tzgg/"


# --- (b) a pager link with no words, to this page's address numbered one above ---------------


def _pager_page(pager: str) -> str:
    return (
        "<html><body><ul class='list'><li><a href='/tzgg/202403/t2024_1.html'>园区召开年度工作会议</a>"
        f"<span>2024-03-01</span></li></ul><div class='page'>{pager}</div></body></html>"
    )


def test_empty_links_of_a_pager_give_the_next_page_by_its_address():
    pager = (
        "<a href='index.html' class='first'></a><a href='index_1.html' class='prev'></a>"
        "<a href='index_3.html' class='next-page'></a><a href='index_9.html' class='last'></a>共10页"
    )
    assert _next(_pager_page(pager), PAGE) == "http://www.park.example.cn/tzgg/index_3.html"


def test_pictures_with_names_that_say_nothing_give_the_next_page_by_its_address():
    pager = "".join(
        f"<a href='{href}'><img src='/images/btn_0{i}.gif'></a>"
        for i, href in enumerate(("index.html", "index_1.html", "index_3.html", "index_9.html"), 1)
    )
    assert _next(_pager_page(pager), PAGE) == "http://www.park.example.cn/tzgg/index_3.html"


def test_icon_links_of_a_first_page_give_page_two():
    pager = (
        "<span>首页</span><span>上一页</span><a href='index_1.html'><i class='iconfont'></i></a>"
        "<a href='index_9.html'><i class='iconfont'></i></a>"
    )
    url = "http://www.park.example.cn/tzgg/"
    assert _next(_pager_page(pager), url) == "http://www.park.example.cn/tzgg/index_1.html"


def test_empty_links_by_query_and_dede_addresses():
    pager = "<a href='?page=2'></a><a href='?page=4'></a><a href='?page=9'></a>"
    assert _next(_pager_page(pager), "http://x.example.cn/list.php?page=3") == (
        "http://x.example.cn/list.php?page=4"
    )
    pager = "<a href='list_12_2.html'></a><a href='list_12_4.html'></a>"
    assert _next(_pager_page(pager), "http://x.example.cn/a/news/list_12_3.html") == (
        "http://x.example.cn/a/news/list_12_4.html"
    )


def test_empty_link_not_one_above_gives_none():
    pager = "<a href='index_1.html'></a><a href='index_5.html'></a>"
    assert _next(_pager_page(pager), PAGE) is None


def test_empty_link_to_the_next_channel_number_gives_none():
    # /c/13/ beside /c/12/ is another channel: its number is no page's
    pager = "<a href='/c/11/'></a><a href='/c/13/'></a>"
    assert _next(_pager_page(pager), "http://x.example.cn/c/12/") is None


def test_empty_link_outside_a_pager_gives_none():
    # beside a link of words that is no pager furniture, or alone: not a pager's arrow
    assert (
        _next(_pager_page("<a href='index_3.html'></a><a href='/about/'>关于我们</a>"), PAGE)
        is None
    )
    assert _next(_pager_page("<a href='index_3.html'></a>"), PAGE) is None


def test_one_page_on():
    assert one_page_on("http://x.cn/news/index_4.html", "http://x.cn/news/index_3.html")
    assert one_page_on("http://x.cn/news/p/4/", "http://x.cn/news/p/3/")
    assert one_page_on("http://x.cn/gk/fg_4.shtml", "http://x.cn/gk/fg_3.shtml")
    assert one_page_on("http://x.cn/news/list.php?cid=3&page=2", "http://x.cn/news/list.php?cid=3")
    assert one_page_on("http://x.cn/a/news/list_12_2.html", "http://x.cn/a/news/")
    assert not one_page_on("http://x.cn/news/index_5.html", "http://x.cn/news/index_3.html")
    assert not one_page_on("http://y.cn/news/index_4.html", "http://x.cn/news/index_3.html")
    assert not one_page_on("http://x.cn/news/list.php?cid=4", "http://x.cn/news/list.php?cid=3")
    assert not one_page_on("http://x.cn/news/index_3.html", "http://x.cn/news/")


def test_dede_stem_from_a_pager_link_in_the_page_folder():
    pager = "<a href='list_12_2.html'>2</a><a href='list_12_3.html'>3</a> 共3页"
    url = "http://x.example.cn/a/news/"
    assert _next(_pager_page(pager), url) == "http://x.example.cn/a/news/list_12_2.html"


def test_dede_stem_from_another_hosts_column_link_gives_none():
    # a link to a faculty site's list_171_358.html beside a form pager's 共9页 names no page of this one
    page = _pager_page(
        "<a href='http://cfd.example.cn/list_171_358.html'>高层次人才</a>"
        "<form method='post'><input type='submit' value='下一页'> 第2页/共9页</form>"
    )
    assert _next(page, "http://www.example.cn/gqxw1/yw.htm") is None


# --- two lists built alike on one column page ------------------------------------------------


def _rows(folder: str, n: int) -> str:
    return "".join(
        f"<li><a href='/{folder}/2024/{i}.html'>{folder}栏目的第{i}条消息标题</a><span>2024-03-{i:02d}</span></li>"
        for i in range(1, n + 1)
    )


def test_a_list_headed_by_its_own_name_is_not_folded_into_a_box_headed_by_another():
    # 新闻动态's box (div > ul) and the column's own 通知公告 list (ul) built alike: the trail
    # names 通知公告, and its rows are the page's
    # a side link at a list's tag path may group rows at the page's wrapper, which holds the
    # other list too (gold166's 在线视频播报 link under list_variants' two_lists). A guard: this
    # small page gives the column's rows on main too; the fold itself showed on gold166 only
    html = (
        "<html><head><title>通知公告_科技园区</title></head><body><div class='location'>当前位置："
        "<a href='/'>首页</a> &gt; <a href='/tzgg/'>通知公告</a></div><div class='content'>"
        "<div class='left'><div class='a'><div class='b'><ul><li><a href='/shipin'>在线视频播报栏目</a>"
        "</li></ul></div></div></div><div class='right'><div class='inner'>"
        f"<div class='box'><h3>新闻动态</h3><ul class='list'>{_rows('xwdt', 8)}</ul></div>"
        f"<h3>通知公告</h3><ul class='list'>{_rows('tzgg', 8)}</ul>"
        "<div class='pages'><span>1</span><a href='/tzgg/index_1.html'>2</a>"
        "<a href='/tzgg/index_1.html'>下一页</a></div></div></div></div></body></html>"
    )
    links = _links(html, "http://www.park.example.cn/tzgg/")
    assert links == [f"/tzgg/2024/{i}.html" for i in range(1, 9)]


def test_a_pinned_box_inside_the_list_is_still_folded():
    # a 置顶 heading pins rows of the list: they stay its rows
    html = (
        "<html><body><div class='content'><ul class='list'>"
        f"<li><h4>置顶</h4><ul class='list'>{_rows('top', 2)}</ul></li>{_rows('tzgg', 6)}</ul>"
        "</div></body></html>"
    )
    links = _links(html, "http://www.park.example.cn/tzgg/")
    assert "/top/2024/1.html" in links
    assert "/tzgg/2024/6.html" in links
