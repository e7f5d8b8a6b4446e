"""lists101: list shapes benchmarks/list_variants.py broke on the dev list pages, in our own words.

1. A list cut into boxes of five by rules, under one heading over their wrapper (a search
   page's 搜索结果, a column's name): every box is the list, the first box too, although the
   heading reads as its own (it opens the wrapper). A box headed by its own words (国际新闻
   beside 国内新闻) and a box headed 热门 stay apart.
2. Rows pinned in a 置顶 box built like the list above it are the list's first rows: when two
   dated pinned rows outweigh an undated list, and when the pinned titles share their tag path
   with a menu's entry (grouped at a wrapper above the box) or one of them is too short to be a
   candidate (grouped alone).
"""

from __future__ import annotations

from list_shapes import FOOT, HOST, MENU, TITLES, links

PAGER = '<div class="page"><a href="/xwdt/index_2.html">下一页</a><a href="/xwdt/index_9.html">尾页</a></div>'


def _page(body: str) -> str:
    return (
        "<html><head><title>新闻动态_某某科技园</title></head>"
        f"<body>{MENU}{body}{FOOT}</body></html>"
    )


def _links(html: str, url: str = f"{HOST}/xwdt/") -> list[str]:
    return links(html, url)


def _url(i: int) -> str:
    return f"{HOST}/xwdt/2024/{501 + i}.html"


def _rows(start: int, stop: int, dated: bool = True) -> str:
    return "".join(
        f'<li><a href="/xwdt/2024/{501 + i}.html">{TITLES[i]}</a>'
        + (f"<span>2024-05-{20 - i:02d}</span>" if dated else "")
        + "</li>"
        for i in range(start, stop)
    )


def _boxes(count: int = 15) -> str:
    """The rows in boxes of five, a rule between boxes."""
    return '<div class="line"></div>'.join(
        f'<ul class="list">{_rows(i, min(i + 5, count))}</ul>' for i in range(0, count, 5)
    )


# 1. A list cut into boxes under one heading --------------------------------------------------


def test_boxes_under_the_wrappers_first_heading_are_one_list() -> None:
    # ccdi.gov.cn's was5 search: h2 搜索结果 opens div.center_box0, the rows follow in boxes
    html = _page(f'<div class="box"><h2>搜索结果</h2>{_boxes()}</div>{PAGER}')
    assert _links(html) == [_url(i) for i in range(15)]


def test_boxes_under_a_heading_above_the_wrapper_are_one_list() -> None:
    # ferrosilicon.cn: the column's name over div.content, the first box opening it
    html = _page(f'<h2 class="tit">新闻动态</h2><div class="content">{_boxes()}</div>{PAGER}')
    assert _links(html) == [_url(i) for i in range(15)]


def test_a_box_headed_by_its_own_words_stays_apart() -> None:
    # a portal's 国内新闻 box opening the wrapper beside a 国际新闻 box headed by its own words
    html = _page(
        '<div class="box"><h2>国内新闻</h2>'
        f'<ul class="list">{_rows(0, 5)}</ul><h2>国际新闻</h2><ul class="list">{_rows(5, 12)}</ul>'
        "</div>"
    )
    assert _links(html) == [_url(i) for i in range(5, 12)]


def test_a_box_headed_hot_stays_apart() -> None:
    html = _page(
        '<div class="box"><h2>热门文章</h2>'
        f'<ul class="list">{_rows(0, 5, dated=False)}</ul><div class="line"></div>'
        f'<ul class="list">{_rows(5, 15)}</ul></div>{PAGER}'
    )
    assert _links(html) == [_url(i) for i in range(5, 15)]


# 2. Rows pinned in a 置顶 box built like the list ------------------------------------------


def _pinned(pinned: str, rows: str, pager: str = PAGER) -> str:
    return _page(
        f'<div class="main"><div class="top"><h3>置顶</h3><ul class="list">{pinned}</ul>'
        f'</div><ul class="list">{rows}</ul></div>{pager}'
    )


def test_dated_pinned_rows_join_an_undated_list() -> None:
    # cuasia.org's events: two dated pinned rows weighed more than the eight undated rows
    html = _pinned(_rows(0, 2), _rows(2, 10, dated=False), pager="")
    assert _links(html) == [_url(i) for i in range(10)]
    assert _links(html, "") == [f"/xwdt/2024/{501 + i}.html" for i in range(10)]


def test_pinned_rows_sharing_a_menus_tag_path_join_the_list() -> None:
    # gold166.com: a side menu's 在线视频播报 entry shares the pinned titles' tag path
    # (div/div/ul/li/a under one wrapper), so they were grouped with it at the wrapper
    html = _page(
        '<div class="content"><div class="sub"><div><ul><li><a href="/shipin/">在线视频播报</a>'
        '</li></ul></div></div><div class="inner"><div class="top"><h3>置顶</h3>'
        f'<ul class="list">{_rows(0, 2)}</ul></div><ul class="list">{_rows(2, 10, dated=False)}'
        f"</ul></div></div>{PAGER}"
    )
    assert _links(html) == [_url(i) for i in range(10)]


def test_a_short_pinned_title_joins_the_list() -> None:
    # yudashicai.dfco.cn: the second pinned row is titled 营销网络, too short for a candidate
    pinned = (
        f'<li><a href="/xwdt/2024/501.html">{TITLES[0]}</a><span>2024-05-20</span></li>'
        '<li><a href="/xwdt/2024/600.html">营销网络</a><span>2024-05-19</span></li>'
    )
    html = _pinned(pinned, _rows(2, 10))
    assert _links(html) == [_url(0), f"{HOST}/xwdt/2024/600.html"] + [_url(i) for i in range(2, 10)]


def test_a_box_headed_hot_above_the_list_is_not_pinned() -> None:
    html = _page(
        f'<div class="main"><div class="top"><h3>热门</h3><ul class="list">{_rows(0, 2)}</ul>'
        f'</div><ul class="list">{_rows(2, 10)}</ul></div>{PAGER}'
    )
    assert _links(html) == [_url(i) for i in range(2, 10)]


# 3. Stories at the site's root set out with a picture among the dated rows -------------------


def _root_rows(picture: bool) -> str:
    rows = []
    for i in range(9):
        href, title = f"/{490 - i}.html", TITLES[i]
        if picture and i % 2:
            # sz-watech.com's stories are flat files at the root (/456.html)
            rows.append(
                '<li><div class="pic-row"><div class="thumb"><img src="/images/t.jpg"></div>'
                f'<div class="txt"><a href="{href}">{title}</a></div></div></li>'
            )
        else:
            rows.append(f'<li><a href="{href}">{title}</a><span>2024-05-{20 - i:02d}</span></li>')
    return f'<ul class="news">{"".join(rows)}</ul>'


def test_picture_rows_of_root_stories_stay_in_the_list() -> None:
    # each root file was a section of its own, so a picture row led "elsewhere"
    html = _page(_root_rows(picture=True) + PAGER)
    assert _links(html) == [f"{HOST}/{490 - i}.html" for i in range(9)]


def test_plain_root_rows_are_the_list() -> None:
    html = _page(_root_rows(picture=False) + PAGER)
    assert _links(html) == [f"{HOST}/{490 - i}.html" for i in range(9)]


# 4. Picture rows of a list that mixes sections ----------------------------------------------

SECTIONS = ("focus", "zijin", "jiaoyitishi", "article")


def _mixed_rows(promotion: bool = False) -> str:
    rows = []
    for i in range(9):
        href = f"/{SECTIONS[(i // 2) % 4]}/2024-05-{20 - i:02d}/{70 - i}.html"
        if i == 1:
            # gold166.com: an undated picture row leading to a section no dated row leads to
            href = "/niuxiong/2024-05-19/69.html" if not promotion else "/vote/index.html"
        if i % 2:
            rows.append(
                '<li><div class="pic-row"><div class="thumb"><img src="/images/t.jpg"></div>'
                f'<div class="txt"><a href="{href}">{TITLES[i]}</a></div></div></li>'
            )
        else:
            rows.append(
                f'<li><a href="{href}">{TITLES[i]}</a><span>2024-05-{20 - i:02d}</span></li>'
            )
    return f'<ul class="news">{"".join(rows)}</ul>'


def test_a_picture_row_in_another_section_of_a_mixed_list_stays() -> None:
    html = _page(_mixed_rows() + PAGER)
    links = _links(html, "")
    assert links[:2] == ["/focus/2024-05-20/70.html", "/niuxiong/2024-05-19/69.html"]
    assert len(links) == 9


def test_a_promotion_row_in_a_mixed_list_is_dropped() -> None:
    # an undated picture row whose address is built unlike every story's (a vote page)
    html = _page(_mixed_rows(promotion=True) + PAGER)
    links = _links(html, "")
    assert "/vote/index.html" not in links
    assert len(links) == 8
