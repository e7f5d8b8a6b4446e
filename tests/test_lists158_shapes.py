"""lists158: cards titled too short for a candidate that are built like the list's rows join the
list — in its box, in a box right above or below it, or as a last page's few rows above the
pager — read by markup and address shape, never by words (issue 10, session 30)."""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic

MENU = (
    "<div class='nav'><ul>"
    + "".join(
        f"<li><a href='/{slug}/'>{name}</a></li>"
        for slug, name in (
            ("", "园区首页Home"),
            ("gaikuang", "园区概况About"),
            ("chanye", "重点产业Industry"),
            ("zhengce", "扶持政策Policy"),
            ("news", "新闻中心NEWS"),
            ("fuwu", "企业服务Service"),
            ("rencai", "人才招引Talents"),
            ("lianxi", "联系我们Contact"),
        )
    )
    + "</ul></div>"
)
PAGER = (
    "<div class='paging'><a href='http://www.example.cn/chanye/index_2.html'>2</a>"
    "<a href='http://www.example.cn/chanye/index_2.html'>下一页</a></div>"
)


def _card(n: int, title: str, picture: bool = True) -> str:
    dt = f"<dt><a href='/chanye/{n}.html'><img src='/d/p{n}.jpg' alt='{title}'></a></dt>"
    return f"<dl>{dt if picture else ''}<dd><a href='/chanye/{n}.html'>{title}</a></dd></dl>"


LONG = {
    10: "集成电路设计与封装测试",
    9: "生物医药研发与临床转化",
    8: "新能源汽车整车及零部件",
    7: "高端装备制造与工业软件",
}


def _urls(html: str, url: str = "") -> list[str]:
    return [e.url for e in find_article_links_generic(Selector(text=html), url)]


# --- a last page's few cards above the pager, under a header menu ------------------------------


def _last_page(*cards: str) -> str:
    return (
        f"<html><body>{MENU}<div class='main'><h3>产业项目</h3>{''.join(cards)}"
        f"<div>{PAGER}</div></div></body></html>"
    )


def test_few_cards_two_titled_short_are_the_list_not_the_header_menu():
    html = _last_page(_card(12, "新材料"), _card(11, "智能制造"), _card(10, LONG[10]))
    assert _urls(html) == ["/chanye/12.html", "/chanye/11.html", "/chanye/10.html"]


def test_few_cards_built_unlike_each_other_leave_the_written_reading():
    # one card without its picture: no rows built alike, the lists150 reading stands
    html = _last_page(
        _card(12, "新材料"), _card(11, "智能制造", picture=False), _card(10, LONG[10])
    )
    assert "/chanye/12.html" not in _urls(html)


# --- short cards in a box right above the list ------------------------------------------------


def _list(above: str = "", rows: tuple = (10, 9, 8, 7)) -> str:
    body = "".join(_card(n, LONG[n]) for n in rows)
    return (
        f"<html><body>{MENU}<div class='main'>{above}<div class='cards'>{body}</div>"
        f"{PAGER}</div></body></html>"
    )


def test_short_cards_in_a_box_right_above_the_list_join_it():
    above = (
        f"<div class='top'><h3>推荐</h3><div class='cards'>{_card(12, '新材料')}"
        f"{_card(11, '智能制造')}</div></div>"
    )
    assert _urls(_list(above), "http://www.example.cn/chanye/") == [
        f"http://www.example.cn/chanye/{n}.html" for n in (12, 11, 10, 9, 8, 7)
    ]


def test_short_links_to_channel_roots_built_like_the_cards_do_not_join():
    # the same markup, but the addresses are channel roots, not the rows' /chanye/N.html
    above = (
        "<div class='top'><div class='cards'><dl><dt><a href='/fuwu/'><img src='/i.png'></a></dt>"
        "<dd><a href='/fuwu/'>企业服务</a></dd></dl><dl><dt><a href='/rencai/'><img src='/j.png'>"
        "</a></dt><dd><a href='/rencai/'>人才</a></dd></dl></div></div>"
    )
    assert _urls(_list(above), "http://www.example.cn/chanye/") == [
        f"http://www.example.cn/chanye/{n}.html" for n in (10, 9, 8, 7)
    ]


def test_short_cards_two_boxes_away_do_not_join():
    # a box of other matter stands between them and the list: no box right above it
    above = (
        f"<div class='top'><div class='cards'>{_card(12, '新材料')}{_card(11, '智能制造')}</div>"
        "</div><div class='intro'><p>园区聚焦四大主导产业。</p></div>"
    )
    assert _urls(_list(above), "http://www.example.cn/chanye/") == [
        f"http://www.example.cn/chanye/{n}.html" for n in (10, 9, 8, 7)
    ]


# --- a list a banner cut in two, its short cards in the half with one long row -------------------


def _split(first: str) -> str:
    second = "".join(_card(n, LONG[n]) for n in (9, 8, 7))
    return (
        f"<html><body>{MENU}<div class='main'><div class='cards'>{first}</div>"
        "<div class='banner'><a href='/zt/2024/index.html'><img src='/b.jpg' alt='专题'></a></div>"
        f"<div class='cards'>{second}{PAGER}</div></div></body></html>"
    )


def test_short_cards_beside_the_one_long_row_a_banner_left_join_the_list():
    first = _card(12, "新材料") + _card(11, "智能制造") + _card(10, LONG[10])
    assert _urls(_split(first), "http://www.example.cn/chanye/") == [
        f"http://www.example.cn/chanye/{n}.html" for n in (12, 11, 10, 9, 8, 7)
    ]


def test_short_cards_above_without_the_rows_picture_do_not_join():
    # the box right above holds cards of another build (no picture where the rows have one)
    above = (
        f"<div class='top'><div class='cards'>{_card(12, '新材料', picture=False)}"
        f"{_card(11, '智能制造', picture=False)}</div></div>"
    )
    assert _urls(_list(above), "http://www.example.cn/chanye/") == [
        f"http://www.example.cn/chanye/{n}.html" for n in (10, 9, 8, 7)
    ]


# --- dated rows: an undated short row built alike is no row of theirs ---------------------------


def test_an_undated_short_row_does_not_join_dated_rows():
    rows = "".join(
        f"<li><a href='/news/2024/{n}.html'>{t}</a>2024-03-0{n}</li>"
        for n, t in (
            (1, "园区召开年度工作会议"),
            (2, "企业服务中心正式揭牌运营"),
            (3, "人才公寓第二批入住启动"),
        )
    )
    html = (
        "<html><body><ul><li><a href='/news/2024/9.html'>招聘</a></li></ul>"
        f"<ul>{rows}</ul><div><a href='/news/index_2.html'>下一页</a></div></body></html>"
    )
    assert _urls(html, "http://www.example.cn/news/") == [
        f"http://www.example.cn/news/2024/{n}.html" for n in (1, 2, 3)
    ]


def test_a_dated_short_row_right_above_dated_rows_joins_them():
    rows = "".join(
        f"<li><a href='/news/2024/{n}.html'>{t}</a>2024-03-0{n}</li>"
        for n, t in (
            (1, "园区召开年度工作会议"),
            (2, "企业服务中心正式揭牌运营"),
            (3, "人才公寓第二批入住启动"),
        )
    )
    html = (
        "<html><body><ul><li><a href='/news/2024/9.html'>招聘</a>2024-03-09</li></ul>"
        f"<ul>{rows}</ul><div><a href='/news/index_2.html'>下一页</a></div></body></html>"
    )
    assert _urls(html, "http://www.example.cn/news/") == [
        f"http://www.example.cn/news/2024/{n}.html" for n in (9, 1, 2, 3)
    ]


# --- a column's list under its heading beside a box of another column, in one wrapper ----------


def _two_lists(heading: str, news_heading: str = "<h3>新闻动态</h3>") -> str:
    def rows(folder: str, titles: tuple) -> str:
        return "".join(
            f"<li><a href='/{folder}/2024/{n}.html'>{t}</a><span>2024-03-0{n}</span></li>"
            for n, t in enumerate(titles, 1)
        )

    news = (
        "园区召开年度工作会议",
        "企业服务中心正式揭牌",
        "人才公寓第二批入住",
        "产业对接活动推动落地",
    )
    notices = (
        "关于申报孵化器认定的通知",
        "关于开展创业大赛报名的通知",
        "关于公布绩效评价结果的公告",
    )
    return (
        "<html><head><title>通知公告_科技园区</title></head><body>"
        "<div class='trail'>当前位置：<a href='/'>首页</a> &gt; <a href='/tzgg/'>通知公告</a></div>"
        "<div class='content'><div class='side'><div><ul><li><a href='/shipin/'>视频中心栏目</a>"
        "</li></ul></div></div><div class='inner'><div id='c'>"
        f"<div class='box'>{news_heading}<ul class='list'>{rows('xwdt', news)}</ul></div>"
        f"{heading}<ul class='list'>{rows('tzgg', notices)}</ul></div></div></div></body></html>"
    )


def test_a_column_list_under_its_heading_is_not_folded_into_the_box_beside_it():
    assert _urls(_two_lists("<h3>通知公告</h3>"), "http://www.example.cn/tzgg/") == [
        f"http://www.example.cn/tzgg/2024/{n}.html" for n in (1, 2, 3)
    ]


def test_headings_that_are_links_leave_the_lists_folded():
    # headings of links (a tab bar's) head no list apart: the written reading stands
    html = _two_lists(
        "<h3><a href='/tzgg/'>通知公告</a></h3>", "<h3><a href='/xwdt/'>新闻动态</a></h3>"
    )
    assert "http://www.example.cn/xwdt/2024/1.html" in _urls(html, "http://www.example.cn/tzgg/")
