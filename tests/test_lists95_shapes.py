"""lists95: the lead's decisions on tmpl91's list questions, on pages written in our own words.

1. A picture card in the main list whose only content is a linked picture is a record, titled
   by the picture's ``alt`` (else ``title``), null when it has none. A carousel, a banner, a logo
   strip, partner logos or an advert picture is never a record.
2. decide92's marked-current-number rule covers windowed pagers: an ellipsis, the pager words
   and a jump box are pager furniture, so ``1 2 … 7`` with one marked number is a pager.
3. A short or undated main list against a bigger box: the list right above the pager whose
   rows lie in the channel's folder is the main list; a pager of numbers only and a pager of
   bare arrows round a marked current number page the list they stand under.
"""

from __future__ import annotations

from list_shapes import links as _links
from list_shapes import next_url as _next
from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic

HOST = "https://www.gongsi.example.cn"
MENU = (
    '<div class="menu"><a href="/">网站首页</a><a href="/gsjj/">公司简介</a>'
    '<a href="/cpzx/">产品中心</a><a href="/xwdt/">新闻动态</a><a href="/lxwm/">联系我们</a></div>'
)
FOOT = '<div class="copy">版权所有 某某机械有限公司 <a href="https://beian.miit.gov.cn/">备案号</a></div>'
NAMES = (
    "双轴搅拌机组装完成出厂",
    "全自动打包机试运行现场",
    "数控折弯机批量交付客户",
    "新型输送带通过质量检验",
    "液压升降平台完成安装调试",
    "节能烘干设备参加展会",
    "不锈钢储罐焊接工艺展示",
    "智能分拣线进入验收阶段",
)


def _page(body: str, title: str = "产品中心") -> str:
    return f"<html><head><title>{title}</title></head><body>{MENU}{body}{FOOT}</body></html>"


def _entries(html: str, url: str) -> list[tuple[str, str | None]]:
    return [(e.url, e.title) for e in find_article_links_generic(Selector(text=html), url)]


# 1. Picture cards whose only content is a linked picture ------------------------------------

CARD_URLS = [f"{HOST}/cpzx/{310 + i}.html" for i in range(8)]


def _picture_cards(alts=NAMES, attr: str = "alt") -> str:
    cards = "".join(
        f'<div class="col-6 col-lg-3"><div class="card"><div class="card-img">'
        f'<a href="/cpzx/{310 + i}.html"><img src="/upload/cp/{310 + i}.jpg"'
        f"{f' {attr}={chr(34)}{alt}{chr(34)}' if alt else ''}></a></div></div></div>"
        for i, alt in enumerate(alts)
    )
    return f'<div class="row">{cards}</div>'


PAGER_12 = (
    '<div class="pagebar"><span>1</span><a href="/cpzx_2/">2</a><a href="/cpzx_2/">下一页</a></div>'
)


def test_picture_only_cards_are_the_list_titled_by_their_alt():
    html = _page(f"<h2>产品中心</h2>{_picture_cards()}{PAGER_12}")
    assert _entries(html, f"{HOST}/cpzx/") == list(zip(CARD_URLS, NAMES, strict=True))


def test_picture_only_cards_titled_by_the_picture_title_when_no_alt():
    html = _page(f"<h2>产品中心</h2>{_picture_cards(attr='title')}{PAGER_12}")
    assert _entries(html, f"{HOST}/cpzx/") == list(zip(CARD_URLS, NAMES, strict=True))


def test_picture_only_cards_without_alt_are_records_with_a_null_title():
    alts = (*NAMES[:3], "", *NAMES[4:6])
    html = _page(f"<h2>产品中心</h2>{_picture_cards(alts)}{PAGER_12}")
    assert _entries(html, f"{HOST}/cpzx/") == [
        (CARD_URLS[0], NAMES[0]),
        (CARD_URLS[1], NAMES[1]),
        (CARD_URLS[2], NAMES[2]),
        (CARD_URLS[3], None),
        (CARD_URLS[4], NAMES[4]),
        (CARD_URLS[5], NAMES[5]),
    ]


ROW_URLS = [f"{HOST}/xwdt/2025/0{3 + i}/{720 + i}.html" for i in range(3)]
ROWS_3 = "".join(
    f'<li><a href="/xwdt/2025/0{3 + i}/{720 + i}.html">{t}</a><span>2025-0{3 + i}-1{i}</span></li>'
    for i, t in enumerate(
        ("公司参加行业协会年会", "新厂房奠基仪式隆重举行", "年度安全生产培训圆满结束")
    )
)
PAGER_LAST = (
    '<div class="pagebar"><a href="/xwdt/list_2.html">上一页</a><a href="/xwdt/">1</a>'
    '<a href="/xwdt/list_2.html">2</a><span>3</span></div>'
)


def _slides(box: str, slide: str, count: int = 5, folder: str = "xwdt/2025/01") -> str:
    items = "".join(
        f'<div class="{slide}"><a href="/{folder}/{900 + i}.html">'
        f'<img src="/upload/hd/{900 + i}.jpg" alt="{NAMES[i]}"></a></div>'
        for i in range(count)
    )
    return f'<div class="{box}">{items}</div>'


def _last_page(extra: str) -> str:
    return _page(
        f'{extra}<h2>新闻动态</h2><ul class="news">{ROWS_3}</ul>{PAGER_LAST}', title="新闻动态"
    )


def test_a_carousel_of_pictures_is_no_list():
    html = _last_page(_slides("swiper-container", "swiper-slide"))
    assert _links(html, f"{HOST}/xwdt/list_3.html") == ROW_URLS


def test_a_banner_of_pictures_is_no_list():
    html = _last_page(_slides("banner", "item"))
    assert _links(html, f"{HOST}/xwdt/list_3.html") == ROW_URLS


def test_a_focus_slideshow_alone_is_no_list():
    html = _page(_slides("focus", "pic", 6), title="首页")
    assert _links(html, f"{HOST}/index.html") == []


def test_partner_logos_are_no_list():
    logos = "".join(
        f'<li><a href="https://www.hezuo{i}.example.com/"><img src="/upload/logo{i}.png"'
        f' alt="合作伙伴{i}号企业"></a></li>'
        for i in range(6)
    )
    html = _last_page(f'<div class="hzhb"><ul>{logos}</ul></div>')
    assert _links(html, f"{HOST}/xwdt/list_3.html") == ROW_URLS


def test_a_logo_strip_of_item_pages_is_no_list():
    logos = "".join(
        f'<li><a href="/pp/{40 + i}.html"><img src="/upload/brand_logo_{i}.png" alt="品牌{i}"></a></li>'
        for i in range(6)
    )
    html = _last_page(f'<div class="brands"><ul>{logos}</ul></div>')
    assert _links(html, f"{HOST}/xwdt/list_3.html") == ROW_URLS


def test_advert_pictures_are_no_list():
    html = _last_page(_slides("ad-box", "ad", 4, folder="zt"))
    assert _links(html, f"{HOST}/xwdt/list_3.html") == ROW_URLS


def test_three_pictures_are_no_grid():
    html = _page(f"<h2>产品中心</h2>{_picture_cards(NAMES[:3])}")
    assert _links(html, f"{HOST}/cpzx/") == []


# 2. A windowed pager's marked number ---------------------------------------------------------


def _window(numbers, marked: int, extra: str = "", gap: str = "…") -> str:
    cells = []
    for n in numbers:
        if n is None:
            cells.append(f"<li><span>{gap}</span></li>")
        else:
            mark = ' class="active"' if n == marked else ""
            cells.append(f'<li{mark}><a href="/xwdt/p/{n}">{n}</a></li>')
    return f'<ul class="pagination">{"".join(cells)}{extra}</ul>'


LONG_ROWS = "".join(
    f'<li><a href="/xwdt/2025/02/{800 + i}.html">{NAMES[i]}</a><span>2025-02-{10 + i}</span></li>'
    for i in range(8)
)


def _paged(pager: str) -> str:
    return _page(f'<h2>新闻动态</h2><ul class="news">{LONG_ROWS}</ul>{pager}', title="新闻动态")


def test_a_window_with_its_first_number_marked_pages_to_two():
    html = _paged(_window((1, 2, 3, 4, None, 7), 1, '<li><a href="/xwdt/p/7">尾页</a></li>'))
    assert _next(html, f"{HOST}/xwdt/") == f"{HOST}/xwdt/p/2"


def test_a_window_in_the_middle_with_two_dots_and_a_jump_box():
    extra = '<li><a>共7页</a></li><li><a href="javascript:;">跳转</a></li>'
    html = _paged(_window((1, None, 3, 4, 5, None, 7), 4, extra, gap=".."))
    assert _next(html, f"{HOST}/xwdt/?page=4") == f"{HOST}/xwdt/p/5"


def test_a_window_with_english_words_and_guillemets():
    extra = '<li><a href="/xwdt/p/3">Next »</a></li><li><a href="/xwdt/p/9">Last</a></li>'
    html = _paged(
        '<ul class="pagination"><li><a href="/xwdt/p/1">« First</a></li></ul>'
        + _window((1, 2, 3, None, 9), 2, extra)
    )
    assert _next(html, f"{HOST}/xwdt/?page=2") == f"{HOST}/xwdt/p/3"


def test_a_window_whose_box_holds_another_section_is_no_pager():
    html = _paged(_window((1, 2, 3, None, 7), 1, '<li><a href="/lxwm/">联系我们</a></li>'))
    assert _next(html, f"{HOST}/xwdt/") is None


def test_a_window_with_two_marked_numbers_gives_null():
    pager = _window((1, 2, 3, None, 7), 1).replace(
        '<li><a href="/xwdt/p/3">', '<li class="active"><a href="/xwdt/p/3">'
    )
    assert _next(_paged(pager), f"{HOST}/xwdt/") is None


def test_a_window_with_no_marked_number_gives_null():
    assert _next(_paged(_window((1, 2, 3, None, 7), 0)), f"{HOST}/xwdt/") is None


# 3. The short main list above its pager against a bigger box --------------------------------

TWO_ROWS = "".join(
    f'<li><div class="date"><b>0{4 - i}</b></div><div class="info"><h4>'
    f'<a href="/xwdt/2025/05/{930 + i}.html">{t}</a></h4><p>{t}。公司全体员工参加。'
    f'<a href="/xwdt/2025/05/{930 + i}.html">【详细】</a></p></div></li>'
    for i, t in enumerate(("质量月活动总结表彰大会召开", "员工技能比武决赛落下帷幕"))
)
TWO_URLS = [f"{HOST}/xwdt/2025/05/{930 + i}.html" for i in range(2)]
LEAD_BOX = (
    '<div class="lead">'
    + "".join(
        f'<div class="pic"><img src="/upload/tj/{850 + i}.jpg"></div><div class="txt"><h2>{NAMES[i]}</h2>'
        f'<p>{NAMES[i]}。详见全文。<a href="/tzgg/2025/01/{850 + i}.html">【详细】</a></p></div>'
        for i in range(8)
    )
    + "</div>"
)
SCROLLER = (
    '<div class="scrollbot"><ul>'
    + "".join(
        f'<li><a href="/tzgg/2025/02/{870 + i}.html" title="{NAMES[i]}"><img src="/upload/gd/{870 + i}.jpg">'
        f"<p>{NAMES[i]}</p></a></li>"
        for i in range(8)
    )
    + "</ul></div>"
)
WINDOW_12 = (
    '<div class="page"><a class="a1">57条</a> <a href="/xwdt/11.html" class="a1">上一页</a> '
    '<a href="/xwdt/index.html">1</a>.. <a href="/xwdt/10.html">10</a> <a href="/xwdt/11.html">11</a>'
    ' <span>12</span> <a href="/xwdt/12.html" class="a1">下一页</a></div>'
)


def test_a_last_page_of_two_rows_right_above_its_pager_beats_a_lead_box_and_a_scroller():
    html = _page(
        f'<div class="right"><div class="rt"><em>新闻动态</em></div><div class="news">{LEAD_BOX}'
        f'<div class="clear"></div><ul>{TWO_ROWS}</ul><div class="clear"></div>{WINDOW_12}'
        f"</div></div>{SCROLLER}",
        title="",
    )
    assert _links(html, f"{HOST}/xwdt/12.html") == TWO_URLS
    assert _next(html, f"{HOST}/xwdt/12.html") is None


def test_rows_of_another_folder_right_above_the_pager_are_not_anchored():
    # the same page filed elsewhere: the two rows lie outside the channel's folder, so the pager
    # after them is one witness only and the bigger scroller's stories win by their number
    html = _page(
        f'<div class="right"><div class="news"><ul>{TWO_ROWS}</ul><div class="clear"></div>'
        f"{WINDOW_12}</div></div>{SCROLLER}",
        title="",
    )
    assert _links(html, f"{HOST}/zxzx/12.html") == [
        f"{HOST}/tzgg/2025/02/{870 + i}.html" for i in range(8)
    ]


UNDATED = "".join(
    f'<dl><dt><a href="/xwdt/2025/1{i % 2}/{760 + i}.html" title="{NAMES[i]}">{NAMES[i]}</a></dt>'
    f"<dd>{NAMES[i]}。本次活动旨在加强交流。</dd></dl>"
    for i in range(8)
)
FAQ_BOX = (
    '<div class="faq"><div class="faq-hd"><span>常见问题</span><a href="/cjwt/">查看更多>></a></div>'
    '<div class="faq-pic"><img src="/upload/faq.jpg"></div><ul>'
    + "".join(
        f'<li><a href="/cjwt/2024/01/{901 + i}.html">{NAMES[i]}的答复</a><span>2024-12-2{i}</span></li>'
        for i in range(6)
    )
    + "</ul></div>"
)


def test_undated_rows_above_the_pager_beat_a_dated_box_after_it():
    pager = (
        '<div class="pages"><a href="/xwdt/3.html">上一页</a> <a href="/xwdt/index.html">1</a>'
        ' <a href="/xwdt/2.html">2</a> <a href="/xwdt/3.html">3</a> <span>4</span></div>'
    )
    html = _page(
        f'<div class="main"><div class="trail">当前位置：<a href="/">首页</a> &gt; '
        f'<a href="/xwdt/">新闻动态</a></div><h2>新闻动态</h2><div class="bd">'
        f'<div class="rows">{UNDATED}</div>{pager}</div>{FAQ_BOX}</div>',
        title="",
    )
    assert _links(html, f"{HOST}/xwdt/4.html") == [
        f"{HOST}/xwdt/2025/1{i % 2}/{760 + i}.html" for i in range(8)
    ]


CARDS_2 = "".join(
    f'<li class="p_show"><div class="pic"><a href="/a/xwdt/2025/0{i + 1}08/{1300 + i}.html">'
    f'<img src="/uploads/{1300 + i}.jpg"></a></div><div class="right">'
    f'<a href="/a/xwdt/2025/0{i + 1}08/{1300 + i}.html"><h3>{NAMES[i]}</h3></a>'
    f'<a class="btn more" href="/a/xwdt/2025/0{i + 1}08/{1300 + i}.html">了解更多 》</a></div></li>'
    for i in range(2)
)
SIDE_GRID = (
    '<div class="side"><div class="tit">图文欣赏</div><ul class="clear">'
    + "".join(
        f'<li><a href="/a/tzgg/2024/0{i % 9 + 1}10/{5001 + i}.html"><img src="/uploads/s{i}.jpg">'
        f"<p>{NAMES[i % 8]}（{i}）</p></a></li>"
        for i in range(10)
    )
    + "</ul></div>"
)


def test_a_pager_of_numbers_only_pages_the_cards_it_stands_in():
    pager = (
        '<div class="page_change"><li><a href="list_5_1.html">1</a></li>'
        '<li><a href="list_5_2.html">2</a></li><li class="thisclass">3</li></div>'
    )
    html = _page(
        f'<div class="cont"><ul class="main">{CARDS_2}{pager}</ul>{SIDE_GRID}</div>', title="新闻"
    )
    assert _links(html, f"{HOST}/a/xwdt/list_5_3.html") == [
        f"{HOST}/a/xwdt/2025/0{i + 1}08/{1300 + i}.html" for i in range(2)
    ]


ITEMS_5 = "".join(
    f'<a class="item" href="/xwzx/{480 + i}.html" title="{NAMES[i]}"><div class="img"></div>'
    f'<div class="name">{NAMES[i]}</div></a>'
    for i in range(5)
)
OTHER_6 = (
    '<div class="pros">'
    + "".join(
        f'<div class="col"><a href="/tzgg/{801 + i}.html" title="{NAMES[i]}的通知">'
        f'<div class="img"><img src="/upload/{801 + i}.jpg" alt=""></div><div class="title">{NAMES[i][:5]}</div></a></div>'
        for i in range(6)
    )
    + "</div>"
)


def test_bare_arrows_round_a_marked_current_number_page_the_list_above():
    pager = (
        '<div class="paging"><a class="prev" href="/xwzx_9/">&lt;</a>'
        '<span class="current">10</span><a class="next" href="javascript:;">&gt;</a></div>'
    )
    html = _page(f'{OTHER_6}<div class="prolist">{ITEMS_5}</div>{pager}', title="")
    assert _links(html, f"{HOST}/xwzx_10/") == [f"{HOST}/xwzx/{480 + i}.html" for i in range(5)]


def test_bare_arrows_without_a_marked_number_are_no_pager():
    # a slider's arrows round a counter that marks nothing: the bigger box wins by its size (on a
    # page of another column: at /xwzx_10/ the folder /xwzx/ witnesses the five items whatever the
    # arrows are, the lead's session-22 decision, tests/test_decide100.py)
    pager = '<div class="slider-nav"><a class="prev" href="/cpzx_9/">&lt;</a><span>10</span></div>'
    html = _page(f'{OTHER_6}<div class="prolist">{ITEMS_5}</div>{pager}', title="")
    assert _links(html, f"{HOST}/cpzx_10/") == [f"{HOST}/tzgg/{801 + i}.html" for i in range(6)]


def test_a_gallery_of_links_to_picture_files_is_no_list():
    gallery = "".join(
        f'<div class="thumb"><a href="/upload/2025/03/jbj-{i:02d}.png"><img src="/upload/2025/03/jbj-{i:02d}-150.png"'
        f' alt="{NAMES[0]}{i}"></a></div>'
        for i in range(6)
    )
    html = _page(f'<div class="gallery">{gallery}</div><h2>产品详情</h2><p>{NAMES[0]}。</p>')
    assert _links(html, f"{HOST}/cpzx/310.html") == []


def test_a_list_printed_twice_for_desktop_and_phone_gives_the_fuller_copy():
    # a PHPCMS theme prints the column's rows in ul#dn for the desktop (nine) and again in
    # ul#sj for the phone (eight), the pager after the second: the copy above the pager
    # vouches for its desktop twin, which holds every row
    def rows(count: int) -> str:
        return "".join(
            f'<li><a href="/xwdt/2025/06/{600 + i}.html"><img src="/up/{600 + i}.jpg">'
            f"<div><h3>{NAMES[i % 8]}（{i + 1}）</h3><p>{NAMES[i % 8]}。</p></div></a></li>"
            for i in range(count)
        )

    pager = (
        '<div id="pages"><a class="a1">57条</a> <span>1</span> <a href="/xwdt/2.html">2</a>'
        ' <a href="/xwdt/3.html">3</a> <a href="/xwdt/2.html" class="a1">下一页</a></div>'
    )
    html = _page(
        f'<div class="right"><div class="lop">当前位置：<a href="/">首页</a> - 新闻动态</div>'
        f'<ul class="lie" id="dn">{rows(9)}</ul>'
        f'<ul class="lie" id="sj">{rows(8)}</ul>{pager}</div>',
        title="",
    )
    assert _links(html, f"{HOST}/xwdt/") == [
        f"{HOST}/xwdt/2025/06/{600 + i}.html" for i in range(9)
    ]


def test_picture_cards_with_an_entrance_effect_are_still_the_list():
    # animate.css's slideInUp on each card is how it appears, no slideshow
    cards = _picture_cards().replace(
        'class="col-6 col-lg-3"', 'class="col-6 col-lg-3 wow slideInUp"'
    )
    html = _page(f"<h2>产品中心</h2>{cards}{PAGER_12}")
    assert _entries(html, f"{HOST}/cpzx/") == list(zip(CARD_URLS, NAMES, strict=True))
