"""Title, published and category on other CMSs' markup of dev pages' own spots (robust113).

Each page is small and written here; the values asserted are what a reader of the page takes
from it, with a negative neighbour for each shape.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.published import parse_cn_date

H1 = "<h1>光山县板栗种植技术要点与病虫害防治</h1>"
TITLE = "<title>光山县板栗种植技术要点与病虫害防治_技术资料</title>"
URL = "http://www.example.cn/jishu/2020/1127/53.html"


def dated(line: str, url: str = URL) -> str | None:
    """The date of a page whose headline has ``line`` under it."""
    body = f"<div class='main'>{H1}{line}<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    return run(body, TITLE, url)["published_at"]


# ------------------------------------------------- a month-name date in a line of Chinese words
@pytest.mark.parametrize(
    ("line", "want"),
    [
        # DedeCMS's 发布 label (not one of the chain's label words) over an English date
        ("<div class='infos'>发布：Jun 11, 2021 15:11&nbsp;&nbsp;点击：12</div>", "2021-06-11T15:11:00+08:00"),
        ("<div class='infos'>发布：11 June 2021&nbsp;&nbsp;点击：12</div>", "2021-06-11"),
    ],
)  # fmt: skip
def test_a_month_name_date_among_chinese_words_dates_the_page(line: str, want: str) -> None:
    assert dated(line) == want


@pytest.mark.parametrize(
    "text",
    [
        "来源：Junior 11, 2021",  # a word that opens like a month name
        "发布：Jun 11 15:11",  # no year: not read here
        "产品型号 May 2021",  # no day
        "阅读：Junes 11, 2021 15:11",  # no month's name
    ],
)
def test_no_month_name_date_among_chinese_words(text: str) -> None:
    assert parse_cn_date(text) is None


# ------------------------------------------- a publish label in a cell of its own, the date beside
CUC_H2 = "<h2>雄安新区发展研究院揭牌</h2>"
CUC_TITLE = "<title>雄安新区发展研究院揭牌_雄安新区发展研究院</title>"


def cells(line: str, opening: str = "<p>2017年4月22日</p>") -> str | None:
    """The date of a page whose headline has ``line`` under it and whose text opens with
    ``opening`` (the event's day, cuc.edu.cn's item)."""
    body = f"<div class='main'>{CUC_H2}{line}<div class='text'>{opening}<p>{PROSE}</p><p>{PROSE}</p></div></div>"
    return run(body, CUC_TITLE)["published_at"]


@pytest.mark.parametrize(
    "line",
    [
        "<dl class='info'><dt>作者</dt><dd>admin</dd><dt>时间</dt><dd>2017-04-19</dd></dl>",
        "<table><tr><th>作者</th><td>admin</td><th>时间</th><td>2017-04-19</td></tr></table>",
        "<div class='info'><span class='label'>作者</span><span>admin</span>&nbsp;&nbsp;"
        "<span class='label'>发布日期</span><span>2017-04-19</span></div>",
    ],
)
def test_a_date_labelled_by_its_cell_beats_a_date_opening_the_text(line: str) -> None:
    assert cells(line) == "2017-04-19"


@pytest.mark.parametrize(
    "line",
    [
        # a cell that is no publish label: the date stays bare, the text's nearer date line wins
        "<dl class='info'><dt>作者</dt><dd>admin</dd><dt>截止</dt><dd>2017-04-19</dd></dl>",
        # the label and the date in one cell: no pair (its own colonless shape, not read here)
        "<div class='info'><span>作者 admin</span>&nbsp;&nbsp;<span>地址 2017-04-19</span></div>",
    ],
)
def test_a_bare_date_in_cells_yields_to_the_text_opening_date(line: str) -> None:
    assert cells(line) == "2017-04-22"


# ------------------------------------ a 信息公开 box's 生成日期 against a 日期 credit line under the text
MOE_TITLE = "<title>教育部办公厅关于举办2024年高校宣传教育活动的通知 - 中华人民共和国教育部政府门户网站</title>"
MOE_BOX = (
    "<table class='box'><tr><td>信息名称：</td><td>教育部办公厅关于举办2024年高校宣传教育活动的通知</td></tr>"
    "<tr><td>信息索引：</td><td>360A12-07-2024-0008-1</td></tr>"
    "<tr><td>生成日期：</td><td>2024-06-04</td></tr>"
    "<tr><td>发文机构：</td><td>教育部办公厅</td></tr></table>"
)


def boxed(line: str) -> str | None:
    """The date of a page with a 信息公开 box over its text and ``line`` under the text."""
    body = (
        f"<div class='main'>{MOE_BOX}<h2>教育部办公厅关于举办2024年高校宣传教育活动的通知</h2>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>{line}</div>"
    )
    return run(body, MOE_TITLE)["published_at"]


@pytest.mark.parametrize("label", ["发布日期", "日期", "时间"])
def test_a_credit_line_under_the_text_dates_the_page_over_the_boxs_other_date(label: str) -> None:
    assert (
        boxed(f"<div class='foot'>{label}：2024-06-13\u3000来源：教育部\u3000下载\u3000收藏</div>")
        == "2024-06-13"
    )


def test_a_bare_date_label_under_the_text_crediting_nobody_leaves_the_boxs_date() -> None:
    assert boxed("<div class='foot'>日期：2024-06-13\u3000下载\u3000收藏</div>") == "2024-06-04"


# ------------------------------- the headline under a column's heading, the date line under the text
XMU_TITLE = "<title>最新资讯|厦门大学智能数据分析与处理实验室</title>"
XMU_DATE = "<div align='right'><span>2017-01-12 10:00</span></div>"


def under_column(top: str, headline: str, *, between: str = "") -> dict:
    """A page whose banner holds ``top``, with ``headline`` over the text and the date line
    under the text (xmusmartdsp's news item as a CMS printing its date last)."""
    body = (
        "<div class='nav'><a href='/'>首页</a> <a href='/news.html'>最新资讯</a></div>"
        f"<header><div class='row'><div class='col'>{top}</div></div></header>"
        f"<div class='container'>{headline}{between}<p>{PROSE}</p><p>{PROSE}</p>{XMU_DATE}</div>"
    )
    return run(body, XMU_TITLE)


def test_the_headline_under_a_columns_heading_right_over_the_text_is_the_title() -> None:
    rec = under_column("<h1>最新资讯</h1>", "<h2 align='center'>今天你马拉松了吗？</h2>")
    assert (rec["title"], rec["category"]) == ("今天你马拉松了吗？", "最新资讯")


def test_a_heading_under_a_headline_that_is_no_column_stays_the_deck() -> None:
    # <title> names the h1 as the headline, not a column: the h2 over the text is its deck
    body = (
        "<div class='container'><h1>厦门马拉松开跑</h1><h2>三万名选手参赛</h2>"
        f"<p>{PROSE}</p><p>{PROSE}</p>{XMU_DATE}</div>"
    )
    assert (
        run(body, "<title>厦门马拉松开跑|厦门大学智能数据分析与处理实验室</title>")["title"]
        == "厦门马拉松开跑"
    )


# ----------------------------- the line opening the article's box, the meta line under the text
CC_MSG = "<p class='message'><span>时间：2019-07-24</span><span>来源：</span><span>浏览次数：447</span></p>"
CC_NAV = (
    "<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/a'>信用动态</a></li>"
    "<li><a href='/b'>红黑榜</a></li></ul></div>"
)
CC_LINKS = "<div class='links'><h3>友情链接</h3><a href='/x'>发展改革委</a> <a href='/y'>中央文明办</a></div>"


def article_box(opening: str, *, after: str = "", inside: bool = False) -> dict:
    """creditchina315's item: the article box opens with ``opening`` over the text's box, the
    meta line under the text (inside the text's box when ``inside``), <title> the site's name."""
    text = f"<div class='arti_con'><p>国办发明电〔2020〕6号</p><p>{PROSE}</p><p>{PROSE}</p>{CC_MSG if inside else ''}</div>"
    box = f"<div class='article'>{opening}<br><div class='line'></div>{text}{'' if inside else CC_MSG}{after}</div>"
    return run(
        f"{CC_NAV}<div class='wrapper'><div class='container'>{box}</div></div>{CC_LINKS}",
        "<title>山东企业信息网</title>",
    )


def test_the_line_opening_the_article_box_is_the_headline_when_the_meta_line_closes_it() -> None:
    # the meta line moved under the text, in the text's own box (the variant's shape)
    rec = article_box("<p class='title'>海淀将推动“个人诚信分”落地应用</p>", inside=True)
    assert (rec["title"], rec["published_at"]) == ("海淀将推动“个人诚信分”落地应用", "2019-07-24")


@pytest.mark.parametrize(
    ("opening", "after"),
    [
        # a linked line is a menu's or a related item's, no headline
        ("<p><a href='/n/2.html'>海淀将推动“个人诚信分”落地应用</a></p>", ""),
        # three lines over the text's box: a box of the page, not the article's
        ("<p>信用动态</p><p>政策文件</p><p>海淀将推动个人诚信分落地应用</p>", ""),
        # the box goes on past the meta line (a related list): more than the article
        (
            "<p>海淀将推动“个人诚信分”落地应用</p>",
            "<ul><li>相关新闻一则标题在此</li><li>相关新闻二则标题在此</li></ul>",
        ),
    ],
)
def test_no_headline_from_a_box_that_is_not_the_articles_alone(opening: str, after: str) -> None:
    assert article_box(opening, after=after, inside=True)["title"] == "山东企业信息网"


# -------------------------------------------- an event's 时间 over its 地点 line under the headline
def event_header(lines: str) -> str | None:
    """The date of a page with ``lines`` in a box of their own between its headline and its
    text, no other date (cuasia's event page with its date line moved under the text)."""
    body = (
        "<div class='main'><h2>中国无锡海外高层次人才回国创业恳谈会</h2>"
        f"<div>{lines}</div><div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    url = "http://www.example.cn/a/41.html"
    return run(body, "<title>中国无锡海外高层次人才回国创业恳谈会-CUASIA</title>", url)[
        "published_at"
    ]


def test_an_events_time_over_its_place_line_dates_no_page() -> None:
    lines = "<p>时间：2012年2月14日15:00-18:30</p><p>地点：纽约Ritz-Carlton酒店</p><p>报名链接：见下方</p>"
    assert event_header(lines) is None


def test_a_time_line_with_no_place_under_it_still_dates_the_page() -> None:
    lines = "<p>时间：2012年2月14日15:00</p><p>报名链接：见下方</p><p>主办单位：无锡市人民政府</p>"
    assert event_header(lines) == "2012-02-14T15:00:00+08:00"


@pytest.mark.parametrize(
    ("cells", "want"),
    [
        ("<dt>发布日期</dt><dd>2024-06-13</dd><dt>来源</dt><dd>教育部</dd>", "2024-06-13"),
        ("<dt>发布日期：</dt><dd>2024-06-13</dd><dt>来源：</dt><dd>教育部</dd>", "2024-06-13"),
        # a cell that labels no publish date: the box's 生成日期 stays
        ("<dt>截止日期</dt><dd>2024-06-13</dd><dt>来源</dt><dd>教育部</dd>", "2024-06-04"),
    ],
)
def test_a_publish_label_cell_under_the_text_labels_its_date(cells: str, want: str) -> None:
    assert boxed(f"<dl class='info'>{cells}<dd>下载</dd><dd>收藏</dd></dl>") == want
