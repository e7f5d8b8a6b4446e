"""follow106: list-finder errors read on lists99's first contact (docs/benchmarks.md, lists99).

1. ``Javascript:`` with a capital J is a script all the same (HTML reads a scheme in any case):
   jspn.js.cn's pager ``<a href='Javascript:goToPageURL(2)'>2</a>`` POSTs a form to the page's own
   address, so it names no next page (LABELLING lists19), and no ``javascript:`` check of the list
   finder may take such an href for a relative address.
2. A pager's bare arrow may lead to the next block of numbers, not the next page: bonavis.cn's
   ``< 1 2 … 10 >`` points ``>`` at ``10_11.html``; the next page is the next number after the
   current one, ``10_2.html`` (the lead's decision, lists99).
3. Cards whose name link, tab links and summary link share one tag path (yulvhotel.com's hotel
   cards: ``hotel-378.html``, its ``room-378.html`` … tabs, a summary linked to ``room-378.html``
   and a ``biz-378.html`` 会场 link): the card's title link is the item, its record's other pages
   are its tabs; and the finder never lists one address twice.
4. A blank tile of a grid (bonavis.cn's first case card: an empty ``h1`` and ``h2`` in the one link
   of its ``li``, a picture with no words) is still a row of the list (the label keeps it).
"""

from __future__ import annotations

from list_shapes import links as _links
from list_shapes import next_url as _next
from parsel import Selector

from incubator_crawler.hrefs import is_script, leads_nowhere
from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.record_tabs import drop_record_tabs

HOST = "https://www.example.cn"


# 1. ``Javascript:`` in any case ---------------------------------------------------------------

NOTICES = (
    "关于做好价格鉴证师注册核准后续工作的通知",
    "全省价格认证工作会议在南京召开",
    "关于开展价格鉴证业务培训的通知",
    "前10月全国规模以上工业企业利润同比增长",
)


def _column(pager: str, row_href: str = "articleinfo-{n}.html") -> str:
    rows = "".join(
        f"<tr><td align='left'><a class='x_title' href='{row_href.format(n=570 + i)}'>{t}</a></td>"
        f"<td align='right'><span class='x_time'>2020-11-{20 + i}</span></td></tr>"
        for i, t in enumerate(NOTICES)
    )
    return (
        "<html><body><table class='list'>"
        f"{rows}</table>"
        "<form method='post' name='pageForm' action=''><input name='currpage' type='hidden'></form>"
        f"<div class='hodePage5'>{pager}</div></body></html>"
    )


def _pager(scheme: str) -> str:
    numbers = "".join(
        f"<a href='{scheme}goToPageURL({n})' title='第{n}页'>{n}</a>" for n in range(2, 6)
    )
    return (
        f"<a href='{scheme}goToPageURL(1)' title='首页'>首页</a>"
        f"<b><span class='hodePage5_cur_page'>1</span></b>{numbers}"
        f"<a href='{scheme}goToPageURL(16)' title='末页'>末页</a>"
    )


def test_script_hrefs_in_any_case():
    assert [is_script(h) for h in ("Javascript:go(2)", "JAVASCRIPT:;", " javascript:void(0)")] == [
        True,
        True,
        True,
    ]
    assert [is_script(h) for h in ("javascript.html", "java/script:1", "list_2.html")] == [
        False,
        False,
        False,
    ]
    assert [leads_nowhere(h) for h in ("#top", "JavaScript:;", "MAILTO:a@b.cn", "2.html")] == [
        True,
        True,
        False,
        False,
    ]
    assert leads_nowhere("MAILTO:a@b.cn", mailto=True) is True
    assert leads_nowhere("mailto.html", mailto=True) is False


def test_capital_j_script_pager_names_no_next_page():
    url = f"{HOST}/col1/articlecolumn.html"
    assert _next(_column(_pager("Javascript:")), url) is None
    assert _next(_column(_pager("JAVASCRIPT:")), url) is None


def test_lower_case_script_pager_names_no_next_page():
    url = f"{HOST}/col1/articlecolumn.html"
    assert _next(_column(_pager("javascript:")), url) is None


def test_plain_numbered_pager_still_names_next_page():
    url = f"{HOST}/col1/articlecolumn.html"
    pager = (
        "<a href='articlecolumn.html' title='首页'>首页</a>"
        "<b><span class='hodePage5_cur_page'>1</span></b>"
        + "".join(f"<a href='articlecolumn_{n}.html'>{n}</a>" for n in range(2, 6))
    )
    assert _next(_column(pager), url) == f"{HOST}/col1/articlecolumn_2.html"


def test_capital_j_script_rows_give_no_link():
    url = f"{HOST}/col1/articlecolumn.html"
    assert _links(_column(_pager("Javascript:")), url) == [
        f"{HOST}/col1/articleinfo-{n}.html" for n in range(570, 574)
    ]
    assert _links(_column(_pager("Javascript:"), row_href="Javascript:show({n})"), url) == []


# 2. A block arrow --------------------------------------------------------------------------

CASES = (
    "玩心大发，看看这次哪家品牌营销更胜一筹",
    "团建回顾：一日农家乐，一起玩",
    "品牌维观：老字号如何讲新故事",
)


def _news(pager: str) -> str:
    rows = "".join(
        f'<li><div class="addtime">2021.05.{10 + i}</div>'
        f'<div class="title"><a href="{1300 + i}.html">{t}</a></div></li>'
        for i, t in enumerate(CASES)
    )
    return (
        f'<html><body><ul class="news">{rows}</ul>'
        f'<div class="page_wrap"><div class="pager">{pager}</div></div></body></html>'
    )


def _block_pager(current: int, arrow: str, arrow_href: str) -> str:
    numbers = "".join(
        f'<span class="current">{n}</span>' if n == current else f"<a href='10_{n}.html'>{n}</a>"
        for n in range(1, 11)
    )
    return f"<span class=\"disabled\">&lt;</span>{numbers}<a href='{arrow_href}'>{arrow}</a>"


def test_block_arrow_gives_the_next_number():
    url = f"{HOST}/news/index.html"
    html = _news(_block_pager(1, "&gt;", "10_11.html"))
    assert _next(html, url) == f"{HOST}/news/10_2.html"
    assert _next(_news(_block_pager(1, "»", "10_11.html")), url) == f"{HOST}/news/10_2.html"


def test_block_arrow_on_a_middle_page():
    url = f"{HOST}/news/10_4.html"
    assert _next(_news(_block_pager(4, "&gt;", "10_11.html")), url) == f"{HOST}/news/10_5.html"


def test_arrow_to_the_next_number_is_kept():
    url = f"{HOST}/news/index.html"
    assert _next(_news(_block_pager(1, "&gt;", "10_2.html")), url) == f"{HOST}/news/10_2.html"


def test_arrow_of_another_address_pattern_is_kept():
    # one page, two addresses (the arrow a query, the numbers files): no block jump to tell
    url = f"{HOST}/news/index.html"
    html = _news(_block_pager(1, "&gt;", "list.php?page=2"))
    assert _next(html, url) == f"{HOST}/news/list.php?page=2"


def test_worded_next_link_past_the_next_number_is_kept():
    # 下一页 names the next page in words; only a bare arrow may mean the next block
    url = f"{HOST}/news/index.html"
    assert _next(_news(_block_pager(1, "下一页", "10_11.html")), url) == f"{HOST}/news/10_11.html"


def test_block_arrow_on_the_last_number_of_a_block():
    # on page 10 no number 11 is printed: the arrow is the next page
    url = f"{HOST}/news/10_10.html"
    assert _next(_news(_block_pager(10, "&gt;", "10_11.html")), url) == f"{HOST}/news/10_11.html"


# 3. A card's tabs ----------------------------------------------------------------------------

HOTELS = (
    (378, "龙门十字水生态温泉度假村", "Nankunshan Cross Water Hotel"),
    (341, "广州芙蓉会议中心", "Huadu Furong Conference Center"),
    (203, "肇庆奥威斯酒店", "OYC Hotel"),
    (499, "佛山枫丹白鹭酒店", "Fontainebleau Hotel"),
)


def _hotel(n: int, name: str, english: str) -> str:
    tabs = "".join(
        f'<a href="{page}-{n}.html" title="{tip}">{word}</a>'
        for page, tip, word in (
            ("room", "酒店客房", "房型(12)"),
            ("food", "餐饮服务", "餐厅(2)"),
            ("map", "地理位置", "位置"),
        )
    )
    return (
        '<div id="card"><div id="pic">'
        f'<a href="hotel-{n}.html"><img src="UploadFiles/{n}.jpg" alt="{name}"></a></div>'
        f'<div id="name"><h2><a href="hotel-{n}.html" title="{english}" class="b">{name}</a></h2>'
        f'<h2 id="tabs">{tabs}</h2>'
        f'<h2><a href="room-{n}.html">{name}是一家会议、度假型酒店，坐落于风景秀丽的湖畔 ...</a></h2>'
        f'</div><div id="biz"><h2><a href="biz-{n}.html"><strong>会场 (5) 间</strong></a></h2>'
        "<h2>最大容纳 (180) 人</h2></div></div>"
    )


def _hotels(hotels=HOTELS) -> str:
    return (
        '<html><body><div id="list">'
        + "".join(_hotel(*hotel) for hotel in hotels)
        + '</div><div class="pager"><a href="hotellist-A_2.html">下一页</a></div></body></html>'
    )


def test_hotel_cards_give_their_names():
    assert _links(_hotels(), "") == [f"hotel-{n}.html" for n, _, _ in HOTELS]


def test_hotel_cards_on_an_address():
    url = f"{HOST}/hotellist-A.html"
    assert _links(_hotels(), url) == [f"{HOST}/hotel-{n}.html" for n, _, _ in HOTELS]


def _candidates(html: str) -> tuple[list, list]:
    page = Selector(text=html)
    links = [(a, a.attrib["href"]) for a in page.xpath("//a[@href]")]
    matching = [(a, u) for a, u in links if len(a.xpath("string()").get().strip()) >= 6]
    short = [(a, u) for a, u in links if (a, u) not in matching]
    return matching, short


def test_record_tabs_dropped_from_the_cards():
    # the tabs, summaries and 会场 links go; the picture links (another tag path) and the
    # pager stay
    matching, short = drop_record_tabs(*_candidates(_hotels()))
    assert [u for _, u in matching] == [f"hotel-{n}.html" for n, _, _ in HOTELS]
    assert [u for _, u in short] == [
        *(f"hotel-{n}.html" for n, _, _ in HOTELS),
        "hotellist-A_2.html",
    ]


def test_two_cards_are_no_list_of_cards():
    html = _hotels(HOTELS[:2])
    matching, short = _candidates(html)
    assert drop_record_tabs(matching, short) == (matching, short)


def test_a_posters_link_before_the_title_is_no_item():
    # /user/3 beside /post/3: the title-like link is the item, the short name its tab
    rows = "".join(
        f'<li class="item"><a href="/user/{n}">作者{n}</a>'
        f'<a class="title" href="/post/{n}">前端频道第{n}篇文章的标题</a></li>'
        for n in range(5)
    )
    html = f'<html><body><ul class="entries">{rows}</ul></body></html>'
    assert _links(html, "https://x.test/frontend") == [f"https://x.test/post/{n}" for n in range(5)]
    matching, short = drop_record_tabs(*_candidates(html))
    assert [u for _, u in matching] == [f"/post/{n}" for n in range(5)]
    assert short == []


def test_stories_of_one_months_folder_are_no_record():
    # /2024/05/spring and /2024/05/summer share their folder's numbers, not a record's
    boxes = "".join(
        f'<div class="month"><h3>2024-0{m}</h3><ul>'
        + "".join(
            f'<li><a href="/2024/0{m}/{word}-notes">{m}月的{word}读书笔记与随想</a></li>'
            for word in ("spring", "summer", "autumn")
        )
        + "</ul></div>"
        for m in range(3, 7)
    )
    html = f"<html><body><div class='archive'>{boxes}</div></body></html>"
    matching, short = _candidates(html)
    assert drop_record_tabs(matching, short) == (matching, short)


def test_a_box_holding_another_records_page_is_no_card():
    # two stories a row (a table of two columns) link different records: both stay
    rows = "".join(
        f'<tr><td><a href="/news/{n}.html">第{n}篇新闻的标题写在这里</a>'
        f'<a href="/photo/{n}.html">第{n}篇新闻的图片报道</a></td>'
        f'<td><a href="/news/{n + 50}.html">第{n + 50}篇新闻的标题写在这里</a></td></tr>'
        for n in range(4)
    )
    html = f"<html><body><table class='list'>{rows}</table></body></html>"
    matching, short = _candidates(html)
    assert drop_record_tabs(matching, short) == (matching, short)


def test_one_page_listed_once():
    # two rows leading to one tool's page under two headlines: the page is listed once
    rows = "".join(
        f'<li><a href="/tools/{slug}/">{title}</a><span>2025-04-{day}</span></li>'
        for slug, title, day in (
            ("trae", "国际版 Trae IDE 正式支持新的大模型", 17),
            ("o3", "推出最强推理模型 o3 和 o4-mini", 16),
            ("trae", "Trae已全量支持新的编程模型，免费使用", 15),
            ("kling", "可灵AI创意特效上线，好玩儿到停不下来", 14),
        )
    )
    html = f'<html><body><ul class="news">{rows}</ul></body></html>'
    assert _links(html, "https://ai.x.test/news/") == [
        "https://ai.x.test/tools/trae/",
        "https://ai.x.test/tools/o3/",
        "https://ai.x.test/tools/kling/",
    ]


# 4. A blank tile -----------------------------------------------------------------------------

CLIENTS = (
    (1304, "磁瑞品牌全案策划", "品牌战略咨询 品牌策划 品牌设计"),
    (1303, "优享8点品牌全案策划", "品牌定位 品牌形象策划 视觉形象设计"),
    (1302, "蜂乜水品牌全案策划", "品牌策划 品牌设计 包装设计"),
)


def _tile(n: int, name: str = "", line: str = "", li: str = "<li>") -> str:
    return (
        f'{li}<a href="{n}.html"><div class="clist"><h1>{name}</h1><h2>{line}</h2><i></i></div>'
        f'<div class="pic" style="background-image:url(/uploadfile/{n}.jpg)">'
        '<img src="../images/b.png"></div></a></li>'
    )


def _grid(first: str) -> str:
    tiles = "".join(_tile(*client) for client in CLIENTS)
    return (
        '<html><body><ul class="indcasecate"><li><a href="223_1.html">餐饮连锁</a></li></ul>'
        f'<ul class="newproject">{first}{tiles}</ul>'
        '<a href="#">查看更多案例</a></body></html>'
    )


def test_blank_first_tile_is_a_row():
    assert _links(_grid(_tile(1305)), "") == ["1305.html", "1304.html", "1303.html", "1302.html"]
    url = f"{HOST}/case/index.html"
    assert _links(_grid(_tile(1305)), url) == [
        f"{HOST}/case/{n}.html" for n in (1305, 1304, 1303, 1302)
    ]


def test_blank_tile_has_no_title():
    found = find_article_links_generic(Selector(text=_grid(_tile(1305))), "")
    assert [e.title for e in found] == [None, *(f"{name} {line}" for _, name, line in CLIENTS)]


def test_blank_tile_of_another_kind_is_no_row():
    # an advert's tile classed unlike the cards
    assert _links(_grid(_tile(1305, li='<li class="ad">')), "") == [
        "1304.html",
        "1303.html",
        "1302.html",
    ]


def test_blank_tile_into_another_folder_is_no_row():
    tile = _tile(1305).replace('href="1305.html"', 'href="/partner/1305.html"')
    assert _links(_grid(tile), "") == ["1304.html", "1303.html", "1302.html"]


def test_picture_link_beside_other_links_is_no_blank_tile():
    tile = '<li><a href="1305.html"><img src="../images/b.png"></a><a href="#top">返回顶部</a></li>'
    assert _links(_grid(tile), "") == ["1304.html", "1303.html", "1302.html"]


def test_picture_link_standing_apart_from_the_titles_is_no_blank_tile():
    tile = '<li><div class="pic"><a href="1305.html"><img src="../images/b.png"></a></div></li>'
    assert _links(_grid(tile), "") == ["1304.html", "1303.html", "1302.html"]
