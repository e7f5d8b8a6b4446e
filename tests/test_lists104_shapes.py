"""lists104: list shapes benchmarks/list_variants.py broke on the dev list pages, in our own words.

1. The lead's session-27 decision on off-site rows (LABELLING.md, cas-list-hfips-yjsc-tzgg): an
   off-site row built like the list's other rows (the same place and parts, a title link to an
   item's own address) is a row of the list, date or none: a notice column's row linking a
   university's ``/article/3480``, set out with a picture and no date as the column's other
   picture rows are. The advert guard keeps dropping off-site rows that differ: a picture where
   the list's rows show none, no date where every other row shows one, a link to a site's home
   or a channel.
2. A list whose dated rows come in two makes (plain, and set out with a picture) still drops an
   undated promotion built like neither (sspai's 会员 card leading to /bullet/); an undated row
   built like the picture rows stays.
"""

from __future__ import annotations

from list_shapes import FOOT, HOST, MENU, TITLES, links

PAGER = '<div class="page"><a href="/tzgg/index_2.html">下一页</a><a href="/tzgg/index_9.html">尾页</a></div>'
THUMB = '<div class="thumb"><img src="/images/thumb.jpg"></div>'
AWAY = "https://gradschool.example.edu.cn/article/3480"
AWAY_TITLE = "研究生院关于学科交叉人才培养专项申报的通知"


def _page(rows: str) -> str:
    return (
        f"<html><head><title>通知公告_某某科技园</title></head><body>{MENU}"
        f'<div class="list">{rows}</div>{PAGER}{FOOT}</body></html>'
    )


def _url(i: int) -> str:
    return f"{HOST}/tzgg/202606/t2026060{i}_82{i:04d}.html"


def _plain(i: int, href: str | None = None, title: str | None = None, date: bool = True) -> str:
    """A notice row: its title in a wrapper, its date in another."""
    day = f"2026-06-{20 - i:02d}" if date else ""
    return (
        f'<div class="article-item"><div class="article-title"><a href="{href or _url(i)}">'
        f'{title or TITLES[i]}</a></div><div class="article-time">{day}</div></div>'
    )


def _picture(i: int, href: str | None = None, title: str | None = None) -> str:
    """The same row set out with a thumbnail and no date, as a portal prints some notices."""
    return (
        f'<div class="article-item"><div class="pic-row">{THUMB}<div class="txt">'
        f'<div class="article-title"><a href="{href or _url(i)}">{title or TITLES[i]}</a></div>'
        '<div class="article-time"></div></div></div></div>'
    )


# 1. Off-site rows ----------------------------------------------------------------------------


def test_an_off_site_picture_row_among_picture_rows_is_a_row() -> None:
    # cas-list-hfips-yjsc-tzgg under list_variants --kind picture_rows: every other row set out
    # with a picture and no date; one of them links the university's notice off the site
    rows = [_picture(i) if i % 2 else _plain(i) for i in range(8)]
    rows[5] = _picture(5, AWAY, AWAY_TITLE)
    expected = [_url(i) for i in range(8)]
    expected[5] = AWAY
    assert links(_page("".join(rows)), f"{HOST}/tzgg/") == expected


def test_an_undated_off_site_row_among_undated_rows_is_a_row() -> None:
    # a plain column printing no dates: the off-site row built like its rows is one of them
    rows = [_plain(i, date=False) for i in range(6)]
    rows[3] = _plain(3, AWAY, AWAY_TITLE, date=False)
    expected = [_url(i) for i in range(6)]
    expected[3] = AWAY
    assert links(_page("".join(rows)), f"{HOST}/tzgg/") == expected


def test_a_dated_off_site_row_to_an_item_address_is_a_row() -> None:
    # the row as cas-list-hfips-yjsc-tzgg prints it: dated like the others, its address a
    # number without a file ending
    rows = [_plain(i) for i in range(6)]
    rows[2] = _plain(2, AWAY, AWAY_TITLE)
    expected = [_url(i) for i in range(6)]
    expected[2] = AWAY
    assert links(_page("".join(rows)), f"{HOST}/tzgg/") == expected


def test_an_off_site_advert_with_a_picture_among_text_rows_stays_out() -> None:
    # negative neighbour: the list's rows show no picture; an off-site row set out with one
    # (and no date) is an advert, whatever its address
    rows = [_plain(i) for i in range(6)]
    rows.insert(
        3, _picture(9, "https://ad.example.com/item/88231.html", "限时优惠课程报名立减五百元")
    )
    assert links(_page("".join(rows)), f"{HOST}/tzgg/") == [_url(i) for i in range(6)]


def test_an_undated_off_site_row_among_dated_rows_stays_out() -> None:
    # negative neighbour: every other row shows its date; the off-site row without one is
    # sponsored
    rows = [_plain(i) for i in range(6)]
    rows.insert(
        3, _plain(9, "https://ad.example.com/item/88231.html", "限时优惠课程报名立减五百元", False)
    )
    assert links(_page("".join(rows)), f"{HOST}/tzgg/") == [_url(i) for i in range(6)]


def test_an_off_site_home_link_built_like_the_rows_stays_out() -> None:
    # negative neighbour: a row like the picture rows linking another site's home page
    rows = [_picture(i) if i % 2 else _plain(i) for i in range(8)]
    rows[5] = _picture(5, "https://gradschool.example.edu.cn/", "中国科学技术大学研究生院网站")
    expected = [_url(i) for i in range(8) if i != 5]
    assert links(_page("".join(rows)), f"{HOST}/tzgg/") == expected


def test_an_off_site_channel_link_built_like_the_rows_stays_out() -> None:
    # negative neighbour: a dated row like the others linking another site's channel
    rows = [_plain(i) for i in range(6)]
    rows.insert(2, _plain(9, "https://gradschool.example.edu.cn/tzgg/", "研究生院通知公告栏目"))
    assert links(_page("".join(rows)), f"{HOST}/tzgg/") == [_url(i) for i in range(6)]


# 2. A promotion among dated rows of two makes (plain and set out with a picture) -----------


def _story(i: int, picture: bool) -> str:
    """A story row dated 昨天 (a relative date the picture rows keep), plain or with a picture."""
    inner = (
        f'<div class="title"><a href="/post/{98401 + i}">{TITLES[i]}</a></div>'
        f'<div class="meta"><span class="time">昨天 1{i}:51</span></div>'
    )
    if picture:
        inner = f'<div class="pic-row">{THUMB}<div class="txt">{inner}</div></div>'
    return f'<div class="item">{inner}</div>'


PROMO = (
    '<div class="item"><div class="ad-card"><div class="img_box"><a href="/bullet/1745227576">'
    '<img src="/ad.jpg"></a></div><div class="card_bottom"><a href="/bullet/1745227576">'
    "会员限时五折优惠活动进行中</a></div></div></div>"
)


def _stories(rows: str) -> str:
    return (
        "<html><head><title>首页_某某派</title></head><body>"
        f'<div class="feed">{rows}</div></body></html>'
    )


def test_a_promotion_among_plain_and_picture_rows_stays_out() -> None:
    # gerapy-list-sspai-com under list_variants --kind picture_rows: the dated rows come in two
    # makes, and the undated promotion card between them (built like neither, leading to
    # /bullet/) joined the list
    rows = [_story(i, i % 2 == 1) for i in range(8)]
    rows.insert(4, PROMO)
    expected = [f"{HOST}/post/{98401 + i}" for i in range(8)]
    assert links(_stories("".join(rows)), f"{HOST}/") == expected


def test_an_undated_picture_row_among_two_makes_is_a_row() -> None:
    # negative neighbour: a story row set out with a picture and no date, built like the
    # dated picture rows, stays a row of the list
    rows = [_story(i, i % 2 == 1) for i in range(8)]
    rows[5] = rows[5].replace("昨天 15:51", "")
    expected = [f"{HOST}/post/{98401 + i}" for i in range(8)]
    assert links(_stories("".join(rows)), f"{HOST}/") == expected
