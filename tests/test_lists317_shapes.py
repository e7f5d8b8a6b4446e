"""lists317: list_variants' small classes (issue 10, session 39) — a column folder whose name
holds a number (``/Category_100/``) served as its own first page; a row's read-more button
beside its title."""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.candidates import candidate_links
from incubator_crawler.listing.links import find_article_links_generic
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


# --- a row's read-more button beside its title (more_links: cuasia) -------------------------

EVENTS = "http://www.club.example.org/a/events/"


def _links(html: str, url: str = EVENTS) -> list[str]:
    return [e.url for e in find_article_links_generic(Selector(text=html), url)]


def _media_row(n: int, button: str = "查看详细内容>>", target: str = "") -> str:
    href = f"/a/events/2014/04{n:02d}/{170 + n}.html"
    return (
        f"<div class='media'><a href='{href}' class='pull-left'><img src='/uploads/{n}.png'></a>"
        f"<div class='media-body'><h4>[<b><a href='/a/events/'>Events</a></b>] "
        f"<a href='{href}'><b>校友会春季讲座第{n}场：科技与人文对话</b></a></h4></div>"
        f"校友会春季讲座第{n}场 Spring lecture series, part {n} ... "
        f"<a href='{target or href}'>{button}</a></div>"
    )


def _media_page(rows: str) -> str:
    """The rows in a DedeCMS theme's page: a header, hidden links, a breadcrumb, a pager, a
    footer; the buttons' tag path (``div > div > div > a``) is the header's and the hidden ones'."""
    return (
        "<html><body><div class='navi'><div><a href='/'><img src='/logo.gif'></a>"
        "<div><a href='/a/about/2013/0713/119.html'>Subscribe to E-mail Updates</a></div></div></div>"
        "<div style='display:none'><a href='/authentic-handbags-for-less/'>authentic handbags for"
        " less</a></div><div class='contents'><div class='breadcrumb'><a href='/'>Home</a> &gt; "
        f"<a href='/a/events/'>Events</a></div><div class='list'>{rows}</div>"
        "<div class='pagination'><a href='list_27_2.html'>下一页</a><a href='list_27_9.html'>末页</a>"
        "</div></div><div class='bottom'><a href='http://www.univ.example.edu/'>Our University</a>｜"
        "<a href='http://www.univ.example.edu/map/index.html'>Campus Map Here</a></div>"
        "<div style='display:none'><a href='/monogram-artsy-mm-sale/'>monogram artsy mm sale</a>"
        "<div><a href='/shoes-11-luggage-for-cheap/'>shoes 11 luggage for cheap</a></div></div>"
        "</body></html>"
    )


def test_a_read_more_button_beside_its_title_leaves_the_list_its_titles():
    rows = "".join(_media_row(n) for n in range(1, 11))
    links = _links(_media_page(rows))
    assert links == [
        f"http://www.club.example.org/a/events/2014/04{n:02d}/{170 + n}.html" for n in range(1, 11)
    ]


def test_a_button_alone_in_its_row_stays_a_candidate():
    # the title unlinked: the button is the row's only way in
    rows = "".join(
        f"<li><h3>校友会春季讲座第{n}场：科技与人文对话</h3><a href='/a/events/{170 + n}.html'>查看详细内容>></a></li>"
        for n in range(1, 6)
    )
    html = f"<html><body><ul>{rows}</ul></body></html>"
    found = [u for _, u in candidate_links(Selector(text=html), EVENTS, EVENTS)]
    assert found == [f"http://www.club.example.org/a/events/{170 + n}.html" for n in range(1, 6)]


def test_a_button_leading_elsewhere_than_its_title_stays():
    html = _media_page(_media_row(1, target="/a/events/signup.html"))
    found = [u for _, u in candidate_links(Selector(text=html), EVENTS, EVENTS)]
    assert "http://www.club.example.org/a/events/signup.html" in found


def test_a_worded_link_is_no_button():
    # 详细内容 closing a title's words is a title, not a button
    html = _media_page(_media_row(1, button="2014年春季讲座详细内容及报名办法"))
    found = [u for _, u in candidate_links(Selector(text=html), EVENTS, EVENTS)]
    assert found.count("http://www.club.example.org/a/events/2014/0401/171.html") == 2


# --- a 置顶 box of cards each grouped apart (pinned_block: yulvhotel) -------------------------

HOTELS = "http://www.hotel.example.cn/hotellist-B1DC_1.html"


def _card(n: int) -> str:
    """A hotel card: picture, name, tabs, a summary linking the rooms, a meeting-room link."""
    return (
        f"<div class='card'><div class='pic'><a href='hotel-{n}.html'><img src='/up/{n}.jpg'></a></div>"
        f"<div class='txt'><h2><a href='hotel-{n}.html' class='b'>珠江之滨第{n}号生态温泉度假酒店</a></h2>"
        f"<h2 class='tabs'><a href='room-{n}.html'>房型(12)</a><a href='food-{n}.html'>餐厅(2)</a>"
        f"<a href='map-{n}.html'>位置</a></h2><h2><a href='room-{n}.html'>度假酒店坐落于山水之间，"
        f"设施齐全，适合会议与家庭度假，第{n}号 ...</a></h2></div>"
        f"<div class='meet'><h2><a href='biz-{n}.html'><strong>会场 ({n % 7 + 1}) 间</strong></a></h2>"
        "<h2>最大容纳 (180) 人</h2></div></div>"
    )


def _hotel_page(pinned: str, heading: str = "置顶") -> str:
    rows = "".join(_card(n) for n in range(201, 209))
    box = (
        f"<div class='top'><h3>{heading}</h3><div class='list'>{pinned}</div></div>"
        if pinned
        else ""
    )
    return (
        f"<html><body><div class='main'>{box}<div class='list'>{rows}</div>"
        "<div class='pages'><a href='hotellist-B1DC_2.html'>下一页</a>"
        "<a href='hotellist-B1DC_9.html'>尾页</a></div></div></body></html>"
    )


def _hotels(html: str) -> list[str]:
    return [u.rsplit("/", 1)[1] for u in _links(html, HOTELS)]


def test_a_pinned_box_of_cards_joins_the_list():
    html = _hotel_page(_card(378) + _card(341))
    assert _hotels(html) == [f"hotel-{n}.html" for n in (378, 341, *range(201, 209))]


def test_the_cards_without_a_pinned_box_as_before():
    assert _hotels(_hotel_page("")) == [f"hotel-{n}.html" for n in range(201, 209)]


def test_a_box_of_cards_headed_otherwise_stays_out():
    # a 推荐酒店 box built like the list is another section's, not the list's pinned rows
    html = _hotel_page(_card(378) + _card(341), heading="推荐酒店")
    assert _hotels(html) == [f"hotel-{n}.html" for n in range(201, 209)]
