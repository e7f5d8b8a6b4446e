"""follow144 (issue 10, session 29): a short lone row in the channel's folder above the pager
(the lead's session-29 answer), a two-digit-year date glued after a closing bracket, each with
its exact value on a page in our own words and the nearest shape that must not give it."""

from __future__ import annotations

from page_shapes import PROSE, run
from scrapy import Selector

from incubator_crawler.article.labels import split_labelled_line
from incubator_crawler.listing.last_page import in_folder
from incubator_crawler.listing.links import find_article_links_generic

# --- 1. a lone row titled short, in the channel's folder right above the pager ---------------

MENU = "".join(
    f"<li><a href='/{slug}/'>{name}栏目 Channel</a></li>"
    for slug, name in [
        ("xxgk", "信息公开"),
        ("zsjy", "招生就业"),
        ("jxky", "教学科研"),
        ("dwgz", "党委工作"),
        ("xyfc", "校园风采"),
        ("lxwm", "联系我们"),
    ]
)
PAGER = (
    "<div class='pages'><a>共3条</a><span class='cur'>1</span>"
    "<a href='{host}/zyjs/index_2.html'>2</a><a href='{host}/zyjs/index_2.html'>下一页</a>"
    "<a href='{host}/zyjs/index_2.html'>尾页</a></div>"
)


def _card_page(
    row_href: str, title: str = "新设专业", host: str = "http://www.school.example.cn"
) -> str:
    """A header menu of six channels, then one card (a picture link and a title link to one
    address) right above the pager: a column's page of one row."""
    return (
        f"<html><body><div class='nav'><ul>{MENU}</ul></div><div class='main'>"
        f"<dl class='card'><dt><a href='{row_href}' title='{title}'><img src='/p/1.jpg'></a></dt>"
        f"<dd><a href='{row_href}' title='{title}'>{title}</a></dd></dl>"
        f"{PAGER.format(host=host)}</div></body></html>"
    )


def _links(html: str, url: str = "") -> list[str]:
    return [e.url for e in find_article_links_generic(Selector(text=html), url)]


def test_a_short_lone_row_in_the_folder_above_the_pager_is_the_list() -> None:
    """yqfk.cn's shape: a saved page (no address), relative rows, the pager's absolute links."""
    assert _links(_card_page("/zyjs/12.html")) == ["/zyjs/12.html"]


def test_a_short_lone_row_on_a_page_read_with_its_address() -> None:
    url = "http://www.school.example.cn/zyjs/index.html"
    found = _links(_card_page("/zyjs/12.html"), url)
    assert found == ["http://www.school.example.cn/zyjs/12.html"]


def test_a_short_lone_row_filed_elsewhere_leaves_the_menu() -> None:
    """Neighbour: the short row outside the channel's folder has no witness; the menu stands."""
    found = _links(_card_page("/other/12.html"))
    assert "/other/12.html" not in found
    assert found[:2] == ["/xxgk/", "/zsjy/"]


def test_a_short_link_below_the_pager_is_no_row() -> None:
    """Neighbour: a short link in the folder after the pager is no row above it."""
    host = "http://www.school.example.cn"
    html = (
        f"<html><body><div class='nav'><ul>{MENU}</ul></div><div class='main'>"
        f"{PAGER.format(host=host)}<p><a href='/zyjs/12.html'>新设专业</a></p></div></body></html>"
    )
    assert "/zyjs/12.html" not in _links(html)


def test_a_short_link_beside_the_pager_links_is_the_pagers() -> None:
    """Neighbour: a 下5页 link among the pager's links, to a later page in the folder, is the
    pager's own, not a lone row above it (hf.cas.cn's TRS pager)."""
    host = "http://www.school.example.cn"
    pager = PAGER.format(host=host).replace(
        f"<a href='{host}/zyjs/index_2.html'>尾页</a>",
        f"<a href='{host}/zyjs/index_6.html'>下5页</a><a href='{host}/zyjs/index_2.html'>尾页</a>",
    )
    html = f"<html><body><div class='nav'><ul>{MENU}</ul></div><div class='main'>{pager}</div></body></html>"
    assert f"{host}/zyjs/index_6.html" not in _links(html)


def test_a_relative_address_lies_in_the_folder_of_the_page_host() -> None:
    assert in_folder("/zyjs/12.html", "www.school.example.cn/zyjs/")
    assert not in_folder("/zyjsx/12.html", "www.school.example.cn/zyjs/")
    assert not in_folder("/zyjs/", "www.school.example.cn/zyjs/")  # the folder itself
    assert not in_folder("http://other.example.cn/zyjs/12.html", "www.school.example.cn/zyjs/")


# --- 2. a two-digit-year date with its clock glued after a closing bracket ends the credit ---

HEAD = "<h1>园区举办第三届创新创业大赛决赛</h1>"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"


def test_a_short_year_date_glued_to_a_closing_book_mark_ends_the_source() -> None:
    assert split_labelled_line("来源：示例网-《示例日报》24-01-29 04:35") == {
        "source": "示例网-《示例日报》"
    }


def test_a_short_year_date_glued_to_a_closing_book_mark_on_a_page() -> None:
    """gmw.cn's two inline spans written with a two-digit year: the source ends at 》, the clock
    is the page's date."""
    body = (
        HEAD + "<div class='tips'><span>来源：<a href='/'>示例网-《示例日报》</a></span>"
        "<span>24-01-29 04:35</span></div>" + TEXT
    )
    out = run(body)
    assert out["source"] == "示例网-《示例日报》"
    assert (out["published_at"], out["published_precision"]) == (
        "2024-01-29T04:35:00+08:00",
        "minute",
    )


def test_a_short_year_date_inside_the_brackets_stays_in_the_source() -> None:
    """Neighbour: a date inside a bracket (an edition's) is no end of the name."""
    assert split_labelled_line("来源：示例日报（24-01-29 04:35）")["source"] == (
        "示例日报（24-01-29 04:35）"
    )


def test_a_short_year_date_without_a_clock_after_a_book_mark_stays() -> None:
    """Neighbour: ``24-01-29`` alone is no certain date (the two-digit rule wants the clock)."""
    assert split_labelled_line("来源：示例日报》24-01-29")["source"] == "示例日报》24-01-29"


# --- 3. a headline holding a date, in one box with its 来源于 line ---------------------------

ZS_HEAD = "园区街道工委一行到众创金融街开展调研工作"


def _headline_box(headline: str, title: str) -> tuple[str, str]:
    """zsnews.cn's shape: the headline and its 来源于 line in one centred box, parted by a rule
    table; the page's own date in the trailer's 发布日期 line."""
    body = (
        f"<table><tr><td><div align='center'><span class='Title'><b>{headline}</b></span><br>"
        "<table><tr><td height='6'></td></tr></table>"
        "<font color='#C30000'> 来源于：示例办事处 </font></div></td></tr>"
        f"<tr><td><p>{PROSE}</p><p>{PROSE}</p></td></tr></table>"
        "<div class='trailer'>责任编辑：龙小慧 发布日期：2019-03-06</div>"
    )
    return body, f"<title>{title}</title>"


def test_a_date_in_the_headline_over_its_source_line_is_no_published() -> None:
    headline = f"{ZS_HEAD}（2017年1月20日）"
    out = run(*_headline_box(headline, f"{headline} 示例办事处_示例网"))
    assert out["title"] == headline
    assert out["source"] == "示例办事处"
    assert (out["published_at"], out["published_precision"]) == ("2019-03-06", "day")


def test_a_date_line_over_the_source_line_stays_the_published() -> None:
    """Neighbour: a line of its own holding only a date above the 来源于 line is the date line."""
    out = run(*_headline_box("2017年1月20日", f"{ZS_HEAD} 示例办事处_示例网"))
    assert (out["published_at"], out["published_precision"]) == ("2017-01-20", "day")


PUBDATE = "<meta name='publishdate' content='2024-01-29'>"


def test_a_short_year_clock_shown_on_the_meta_day_gives_the_clock() -> None:
    """gmw.cn written with a two-digit year: a day-only publishdate meta under the shown
    ``24-01-29 04:35`` glued after 》: the clock shown is the page's."""
    body = (
        HEAD + "<div class='tips'><span>来源：<a href='/'>示例网-《示例日报》</a></span>"
        "<span>24-01-29 04:35</span></div>" + TEXT
    )
    out = run(body, PUBDATE)
    assert out["source"] == "示例网-《示例日报》"
    assert (out["published_at"], out["published_precision"]) == (
        "2024-01-29T04:35:00+08:00",
        "minute",
    )


def test_a_short_year_day_without_its_clock_leaves_the_meta_day() -> None:
    """Neighbour: ``24-01-29`` alone shows no clock (nor a certain order): the meta's day stands."""
    body = (
        HEAD + "<div class='tips'><span>来源：<a href='/'>示例网-《示例日报》</a></span>"
        "<span>24-01-29</span></div>" + TEXT
    )
    out = run(body, PUBDATE)
    assert (out["published_at"], out["published_precision"]) == ("2024-01-29", "day")
