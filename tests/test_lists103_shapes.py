"""lists103: list shapes benchmarks/list_variants.py broke on the dev list pages, in our own words.

1. A story set out with a picture among the list's plain rows, its headline too short for a
   candidate (渤海之白糖, 营销网络), is a row of the list: its link stands as the titles stand.
   A short tag or button in such a row, built unlike the titles, is no title.
2. An archive's year box of one plain row (grouped at the wrapper the boxes share) keeps its
   rows set out with a picture.
3. Links inside a paragraph's sentences (a post printed whole on a blog's last page: 敬請密切鎖定
   <a>Gitter 討論群組</a> 與 <a>Telegram 討論群組</a>，…) are no list; the post's title is the row.
   A row's title opening its paragraph, before a summary with commas, stays a row.
4. An archive's year of one post (grouped at the wrapper of all years) beside a year of
   several is one list with it; a box of one row headed by words of its own stays apart.
5. A card clicked through one empty link laid over it keeps its heading as the link's title
   when the card also holds a column link with words ([通知公告栏目]); a second empty link (an
   icon's) still leaves the card no one link's, and a heading inside another link is that
   link's title.
"""

from __future__ import annotations

from list_shapes import FOOT, HOST, MENU, TITLES, links
from parsel import Selector

from incubator_crawler.listing.links import overlay_title

PAGER = '<div class="page"><a href="/xwdt/index_2.html">下一页</a><a href="/xwdt/index_9.html">尾页</a></div>'
THUMB = '<div class="thumb"><img src="/images/thumb.jpg"></div>'


def _page(body: str, title: str = "新闻动态_某某科技园") -> str:
    return f"<html><head><title>{title}</title></head><body>{MENU}{body}{FOOT}</body></html>"


def _links(html: str, url: str = f"{HOST}/xwdt/") -> list[str]:
    return links(html, url)


def _url(i: int) -> str:
    return f"{HOST}/xwdt/2024/{50101 + i}.html"


def _plain(i: int, title: str | None = None) -> str:
    return (
        f'<li><a class="title" href="/xwdt/2024/{50101 + i}.html">{title or TITLES[i]}</a>'
        f'<span class="date">2024-05-{20 - i:02d}</span></li>'
    )


def _picture(i: int, title: str | None = None, extra: str = "") -> str:
    """A row set out with a thumbnail, its title in a wrapper of its own and no date."""
    return (
        f'<li><div class="pic-row">{THUMB}<div class="txt"><a class="title" '
        f'href="/xwdt/2024/{50101 + i}.html">{title or TITLES[i]}</a>{extra}</div></div></li>'
    )


# 1. A short headline in a row set out with a picture --------------------------------------


def test_a_picture_row_with_a_short_headline_is_a_row() -> None:
    # gold166-list-article-3 with every other row set out with a picture: the last story,
    # 渤海之白糖 (five characters), stood in a picture row, out of the plain rows' tag path
    rows = "".join(_picture(i) if i % 2 else _plain(i) for i in range(5))
    rows += _picture(5, "渤海之白糖")
    html = _page(f'<ul class="list">{rows}</ul>{PAGER}')
    assert _links(html) == [_url(i) for i in range(6)]


def test_a_picture_row_with_a_short_headline_in_a_list_of_picture_rows() -> None:
    # the same row among rows that all lead with a picture (dfco's 营销网络 case), the plain
    # rows first
    rows = _plain(0) + _plain(1) + _picture(2) + _picture(3, "营销网络") + _picture(4)
    html = _page(f'<ul class="list">{rows}</ul>{PAGER}')
    assert _links(html) == [_url(i) for i in range(5)]


def test_a_short_tag_in_a_picture_row_is_no_title() -> None:
    # negative neighbour: a row whose title is long keeps it; its short tag link beside the
    # title (built unlike the titles) adds nothing
    tag = '<a class="tag" href="/tags/yq/">园区</a>'
    rows = "".join(_picture(i, extra=tag) if i % 2 else _plain(i) for i in range(6))
    html = _page(f'<ul class="list">{rows}</ul>{PAGER}')
    assert _links(html) == [_url(i) for i in range(6)]


def test_a_pagers_dots_beside_the_rows_stay_out() -> None:
    # negative neighbour: the pager's ``...`` link (to page 11) in a box built like the rows
    # shows no word: no row (yulvhotel's AspNetPager)
    rows = "".join(
        f'<div><h2><a href="/xwdt/2024/{50101 + i}.html">{TITLES[i]}</a></h2></div>'
        for i in range(4)
    )
    pager = '<div><a href="/xwdt/index_2.html">2</a><a href="/xwdt/index_11.html">...</a></div>'
    html = _page(f'<div class="list">{rows}{pager}</div>')
    assert _links(html) == [_url(i) for i in range(4)]


def test_a_row_holding_only_a_short_tag_stays_out() -> None:
    # negative neighbour: a row of the list's box holding only a short link built unlike the
    # titles (a 专题 button) is no row
    rows = "".join(_plain(i) for i in range(4))
    rows += '<li><div class="pic-row"><span class="btn"><a href="/zt/">专题</a></span></div></li>'
    html = _page(f'<ul class="list">{rows}</ul>{PAGER}')
    assert _links(html) == [_url(i) for i in range(4)]


# 2. A year box of one plain row and its picture rows ---------------------------------------


def _year_box(year: int, rows: str) -> str:
    return (
        f'<div class="smalltitle"><h4>{year}年<span><a href="/xwdt/{year}/">more &gt;</a>'
        f'</span></h4></div><ul class="captions">{rows}</ul>'
    )


def _caption(i: int, picture: bool) -> str:
    year = 2017 if i < 5 else 2016
    inner = (
        f'<div class="caption"><h4 class="title"><a href="/xwdt/{year}/{50101 + i}.html">'
        f'{TITLES[i]}</a></h4><span class="date">05-{20 - i:02d}</span></div>'
    )
    if picture:
        inner = f'<div class="pic-row">{THUMB}<div class="txt">{inner}</div></div>'
    return f'<li class="active">{inner}</li>'


def test_a_year_box_keeps_its_picture_rows() -> None:
    # chnmedu-list-gzdt with every other row set out with a picture: the 2016年 box's one
    # plain row was read, its two picture rows were not
    new = "".join(_caption(i, i % 2 == 1) for i in range(5))
    old = "".join(_caption(i, i % 2 == 1) for i in range(5, 8))
    html = _page(
        f'<div class="maincontent"><h1>工作动态</h1>{_year_box(2017, new)}{_year_box(2016, old)}'
        "</div>",
        title="工作动态_某某科技园",
    )
    expected = [f"{HOST}/xwdt/{2017 if i < 5 else 2016}/{50101 + i}.html" for i in range(8)]
    assert _links(html) == expected


# 3. Links in a post's sentences --------------------------------------------------------------

BLOG = "https://blog.example.org"


def _post(body: str) -> str:
    return (
        '<html><head><title>最新消息 | 某某社群</title></head><body><nav><a href="/">首頁</a>'
        '<a href="/news/">最新消息</a></nav><section class="content"><article class="post">'
        '<h1 class="post__title"><a href="/2018/08/02/coscup-2018.html">'
        "社群成員參加年度開源大會的活動彙整</a></h1>"
        '<div class="meta">小平 發表於 Thu, 02 Aug 2018 20:00:00 +0800</div>'
        f'<div class="body">{body}</div></article><div class="pagination">'
        '<a href="/news/" class="previous">前頁</a><a href="/news/page3/" class="next">次頁</a>'
        "</div></section></body></html>"
    )


def test_links_in_a_posts_sentences_are_no_list() -> None:
    # archlinuxtw-list-news-page2 cut to one post: the post is printed whole, and its last
    # sentence's two links (off-site chat groups) outweighed the lone title as a list of two
    body = (
        "<ul><li><p>第二天：社群議程在下午開始，還有 "
        '<a href="https://goo.gl/9NJ7y4">社群專屬限量贈品</a> ，千萬不要錯過！</p></li></ul>'
        '<p>其他資訊敬請密切鎖定 <a href="https://gitter.im/example/room">Gitter 討論群組</a> 與 '
        '<a href="https://t.me/ExampleGroup">Telegram 討論群組</a> ，快來跟我們一起共襄盛舉吧！</p>'
    )
    assert _links(_post(body), f"{BLOG}/news/page2/") == [f"{BLOG}/2018/08/02/coscup-2018.html"]


def test_titles_opening_paragraphs_with_summaries_stay_a_list() -> None:
    # negative neighbour: each row's paragraph opens with its (bracket-marked) title, a
    # summary with commas after it
    rows = "".join(
        f'<p>【园区动态】<a href="/xwdt/2024/{50101 + i}.html">{TITLES[i]}</a>'
        f"　本次活动由管委会主办，园区企业代表参加，现场交流热烈。</p>"
        for i in range(4)
    )
    html = _page(f'<div class="list">{rows}</div>')
    assert _links(html) == [_url(i) for i in range(4)]


# 4. An archive's year of one post beside the year of three ---------------------------------


def _year_panel(year: int, rows: list[int]) -> str:
    links = "".join(
        f'<a class="item" href="/{year}/0{i % 9 + 1}/1{i}/post-{i}/"><time>{year}-0{i % 9 + 1}-1{i}'
        f"</time> {TITLES[i]}</a>"
        for i in rows
    )
    return (
        f'<section class="panel"><div class="panel-heading"><h3><a href="#c{year}">{year}</a></h3>'
        f'</div><div id="c{year}" class="panel-collapse"><div class="panel-body">'
        f'<div class="collection">{links}</div></div></div></section>'
    )


def _archive(panels: str) -> str:
    return (
        "<html><head><title>归档 | 某某的博客</title></head><body>"
        '<nav><a href="/">首页</a><a href="/archives">归档</a></nav><main><article>'
        f'<h1>归档</h1><div class="article-body">{panels}</div></article>'
        '<ul class="pager"><li><a href="/archives/">上一页</a></li>'
        '<li><a href="/archives/page/3/">下一页</a></li></ul></main></body></html>'
    )


def _post_url(year: int, i: int) -> str:
    return f"{BLOG}/{year}/0{i % 9 + 1}/1{i}/post-{i}/"


def test_a_year_of_one_post_joins_the_year_before_it() -> None:
    # castile-list-archives-2 cut to four posts: three in the 2024 panel, one in 2023; the
    # 2023 row, grouped at the wrapper of all years, stood right above the pager under the
    # h1 and won alone
    html = _archive(_year_panel(2024, [0, 1, 2]) + _year_panel(2023, [3]))
    assert _links(html, f"{BLOG}/archives/page/2/") == [
        *(_post_url(2024, i) for i in range(3)),
        _post_url(2023, 3),
    ]


def test_a_lone_row_headed_by_its_own_words_stays_apart() -> None:
    # negative neighbour: a box of one row headed by words (推荐阅读), built like the year's
    # box, is no year of the list
    side = _year_panel(2023, [3]).replace(
        '<div class="panel-body">', '<div class="panel-body"><h4>推荐阅读</h4>'
    )
    html = _archive(_year_panel(2024, [0, 1, 2]) + side)
    assert _links(html, f"{BLOG}/archives/page/2/") == [_post_url(2024, i) for i in range(3)]


def test_a_side_menus_lone_link_is_no_year_of_the_list() -> None:
    # negative neighbour: nuc-list-cst-xwzx-tzgg's sub-channel menu (学院新闻 >, its other
    # entry too short) stands in a ul built like the list's; its lone link, grouped at the
    # wrapper of menu and list, won nothing and is no box of the list
    menu = (
        '<div class="left"><ul><li><a href="/xwdt/xyxw.htm">学院新闻<span>&gt;</span></a></li>'
        '<li class="cursor"><a href="/xwdt/tzgg.htm">通知<span>&gt;</span></a></li></ul></div>'
    )
    html = _page(
        f'<div class="list">{menu}<div class="right"><ul>{"".join(_plain(i) for i in range(5))}'
        f"</ul>{PAGER}</div></div>"
    )
    assert _links(html) == [_url(i) for i in range(5)]


def test_a_lone_row_beside_a_menu_at_its_tag_path_stays_the_list() -> None:
    # negative neighbour: dfco-list-yudashicai-xwzx cut to one row: the product menu's ul
    # shares the row's tag path under the wrapper the lone row was grouped at; undated and
    # built otherwise, it is no box of rows the lone row stands beside
    menu = "".join(
        f'<li><a href="/cpzx/{slug}/">{name}</a></li>'
        for slug, name in (
            ("dfydb", "大型石材荒料"),
            ("hbydx", "汉白玉雕刻产品"),
            ("dkgyp", "大理石工艺品"),
        )
    )
    html = _page(
        f'<div class="wrap"><div class="side"><ul class="yunu">{menu}</ul></div>'
        f'<div class="main"><ul class="list-5">{_plain(0)}</ul>{PAGER}</div></div>',
        title="公司新闻_某某石材",
    )
    assert _links(html) == [_url(0)]


# 5. A card's empty overlay link beside a column link -------------------------------------


def _card(i: int, extra: str) -> str:
    return (
        f'<li><div class="pic"><img src="/d/{i}.png" alt="合作{i}"></div>'
        f'<h2 class="txt1">{TITLES[i]}</h2><span class="time">2021-10-1{i}</span>'
        f'<p>双方将充分利用互联网技术</p><a href="/xwdt/2024/{50101 + i}.html" class="linkA"></a>'
        f"{extra}</li>"
    )


def test_an_overlay_card_with_a_column_link_is_titled_by_its_heading() -> None:
    # xingduqiao-list-xmzx with a column link after each card's title link: the card held two
    # links, so the empty one lost its heading and the column link won as a list of one page
    cards = "".join(_card(i, '<a href="/channel/tzgg/">[通知公告栏目]</a>') for i in range(4))
    html = _page(f'<ul class="news2-list">{cards}</ul>{PAGER}')
    assert _links(html) == [_url(i) for i in range(4)]


def test_an_overlay_card_with_an_icon_link_is_no_ones_card() -> None:
    # negative neighbour: a second empty link (a share icon) in each card leaves the heading to
    # neither; the dated list below is the page's list
    icon = '<a href="/share/wx/" class="icon"><i class="i-wx"></i></a>'
    cards = "".join(_card(i, icon) for i in range(4))
    rows = "".join(_plain(i) for i in range(4, 9))
    html = _page(f'<ul class="news2-list">{cards}</ul><ul class="list">{rows}</ul>{PAGER}')
    assert _links(html) == [_url(i) for i in range(4, 9)]


def _overlay(card: str) -> str:
    """The title the card's first link (an empty one) takes from the card it lies over."""
    link = Selector(text=f"<html><body><ul>{card}</ul></body></html>").css("li a")[0]
    return overlay_title(link)


def test_an_empty_link_beside_the_cards_titled_link_takes_no_heading() -> None:
    # morningpaper-list-segmentfault-frontend cut to one row: the card's empty link stands
    # beside the link round its h4; titled by that h4 it made the lone story two links, and
    # the story lost its lone-row standing to the side menu
    card = (
        '<li><a href="/a/1190000022913729"></a><a href="/a/1190000022913729">'
        '<h4>让你眼前一亮的十大项目</h4></a><span><a href="/u/angular4">阿宝哥</a></span></li>'
    )
    assert _overlay(card) == ""
    # the card's own heading, beside a column link with words, is the empty link's title
    card = (
        '<li><h2>物业公司上线云服务平台</h2><a href="/xmzx/162.html" class="linkA"></a>'
        '<a href="/channel/tzgg/">[通知公告栏目]</a></li>'
    )
    assert _overlay(card) == "物业公司上线云服务平台"
