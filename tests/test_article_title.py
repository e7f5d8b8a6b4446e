"""Table-driven tests for incubator_crawler.article.title."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.title import clean_title, strip_site_suffix

SITE = "中国孵化器网"

CLEAN = [
    # Seed h1, kept as written.
    ("双榜提名!济南高新区人才工作再获两项省级荣誉", "双榜提名!济南高新区人才工作再获两项省级荣誉"),
    # cxsci.com: 【栏目】 prefix (SITES.md §3, verbatim).
    ("【新闻】青岛市科技企业孵化器管理办法", "青岛市科技企业孵化器管理办法"),
    ("[转载] 深圳南山孵化器迎来新企业", "深圳南山孵化器迎来新企业"),
    ("【视频】 孵化器里的创业者", "孵化器里的创业者"),
    # Kept: the whole title bracketed, a number in brackets, nothing after the bracket,
    # a bracket longer than a column word, a bracket that is not at the start.
    ("【关于开展科技企业孵化器评价工作的通知】", "【关于开展科技企业孵化器评价工作的通知】"),
    ("【2024】第3号公告", "【2024】第3号公告"),
    ("【新闻】", "【新闻】"),
    ("【新闻】短", "【新闻】短"),
    ("【创新创业大赛获奖名单】公布", "【创新创业大赛获奖名单】公布"),
    ("深圳【双创周】开幕", "深圳【双创周】开幕"),
    # Whitespace: collapsed, CJK padding removed, zero-width removed; an ideographic space
    # between two words of the headline is kept as written (LABELLING.md, decide76).
    ("  双榜提名!济南\u3000高新区\n人才工作  ", "双榜提名!济南\u3000高新区 人才工作"),
    ("通\u3000知", "通知"),
    ("关于\u3000\u3000开展 评\u3000价工作", "关于开展 评价工作"),
    ("国务院确定首批28个\u200b双创示范基地", "国务院确定首批28个双创示范基地"),
    ("Apple&nbsp;Inc 在华孵化器", "Apple Inc 在华孵化器"),
]


@pytest.mark.parametrize(("raw", "expected"), CLEAN)
def test_clean_title(raw, expected):
    assert clean_title(raw, site_name=SITE) == expected


@pytest.mark.parametrize(
    ("raw", "html_title", "expected"),
    [
        (
            None,
            "双榜提名!济南高新区人才工作再获两项省级荣誉 - 园区动态 - 中国孵化器网",
            "双榜提名!济南高新区人才工作再获两项省级荣誉",
        ),
        ("", "【新闻】青岛市科技企业孵化器管理办法_中国孵化器网", "青岛市科技企业孵化器管理办法"),
        ("   ", "标题 - 四川省政府信息公开", "标题"),
        ("h1 wins", "other - 中国孵化器网", "h1 wins"),
        (None, None, None),
        ("", "", None),
    ],
)
def test_clean_title_falls_back_to_html_title(raw, html_title, expected):
    assert clean_title(raw, html_title=html_title, site_name=SITE) == expected


SUFFIX = [
    (
        "双榜提名!济南高新区人才工作再获两项省级荣誉 - 园区动态 - 中国孵化器网",
        SITE,
        "双榜提名!济南高新区人才工作再获两项省级荣誉",
    ),
    # SITES.md §5.3 shapes.
    ("标题 - 四川省政府信息公开", None, "标题"),
    ("标题_栏目_站点网", None, "标题"),
    ("上篇_下篇_站点网", None, "上篇_下篇"),  # not channel-like: kept
    ("标题_新闻中心_成都高新区", None, "标题"),
    ("关于XX的通知_通知公告_北京市科学技术委员会、中关村科技园区管理委员会", None, "关于XX的通知"),
    ("标题|中国高新网", None, "标题"),
    ("标题 | 首页", None, "标题"),
    ("标题－火炬中心官网", None, "标题"),
    ("标题—科技日报门户", None, "标题"),
    ("标题 -- 工作动态 -- 武汉东湖新技术开发区管委会", None, "标题"),
    # A leading site name is dropped too.
    ("中国孵化器网 | 标题", SITE, "标题"),
    # Hyphens inside the title and a real subtitle after —— stay.
    ("2024-2025年度报告 - 中国高新网", None, "2024-2025年度报告"),
    ("深圳南山——一家孵化器的故事", None, "深圳南山——一家孵化器的故事"),
    ("A_B", None, "A_B"),
    # Never empty: the first segment always stays.
    ("中国孵化器网", SITE, "中国孵化器网"),
    ("", SITE, ""),
    (None, SITE, ""),
]


@pytest.mark.parametrize(("html_title", "site_name", "expected"), SUFFIX)
def test_strip_site_suffix(html_title, site_name, expected):
    assert strip_site_suffix(html_title, site_name) == expected


def test_a_page_control_set_as_a_heading_is_no_headline() -> None:
    """An old magazine's ``<h1><a>[返回]</a></h1>`` (back to the cover) under the bold headline
    and its 作者 line: the control is no headline, the bold line <title> names is."""
    head = "<title>园区杂志第三期: 孵化器的发展展望</title>"
    rec = run(
        "<table><tr><td><p align='center'><big><strong>孵化器的发展展望</strong></big></p>"
        "<p align='center'>作者：张明华</p>"
        "<h1 align='center'><a href='cover.html'>[返回]</a></h1><hr>"
        f"<p>{PROSE}</p><p>{PROSE}</p></td></tr></table>",
        head,
    )
    assert (rec["title"], rec["author"]) == ("孵化器的发展展望", "张明华")


def test_a_heading_of_two_paragraph_lines_is_one_headline() -> None:
    """ccdi.gov.cn: ``<h2><p>line 1</p><p>line 2</p></h2>`` (the parser closes the h2 at the
    first <p>), <title> joining both lines: the headline is both lines, not the one nearest the
    date line."""
    rec = run(
        "<div><h2 class='tit'><p>电视专题片第三集聚焦强化正风肃纪</p><p>久久为功抓作风</p></h2>"
        "<h3><em>来源：中央纪委国家监委网站</em><em>发布时间：2024-01-09 06:00</em></h3>"
        f"<div class='content'><p>{PROSE}</p></div></div>",
        "<title>电视专题片第三集聚焦强化正风肃纪久久为功抓作风——观察——中央纪委国家监委网站</title>",
    )
    assert rec["title"] == "电视专题片第三集聚焦强化正风肃纪久久为功抓作风"
    assert rec["body"] == PROSE


def test_a_paragraph_above_the_headline_that_title_does_not_join_stays_out() -> None:
    """A sibling line <title> does not hold joined to the headline (a kicker) is not taken."""
    rec = run(
        "<div><p>专题报道</p><p>园区举办创业沙龙</p>"
        f"<div>发布时间：2024-01-09 06:00</div><div class='content'><p>{PROSE}</p></div></div>",
        "<title>园区举办创业沙龙_新闻中心</title>",
    )
    assert rec["title"] == "园区举办创业沙龙"


def test_a_byline_line_closing_a_heading_box_is_no_part_of_the_headline() -> None:
    """中国纪检监察杂志: headline, deck and ``本刊记者 X`` as three <p>s of one box, <title> joining
    all three: the headline is the first two, the byline names the author."""
    rec = run(
        "<div class='tit'><p>严字当头 一严到底</p><p>——扎实开展干部队伍教育整顿综述</p>"
        "<p>本刊记者 赵振宇</p></div><div>发布时间：2023-08-17 08:00</div>"
        f"<div class='content'><p>{PROSE}</p></div>",
        "<title>严字当头 一严到底——扎实开展干部队伍教育整顿综述本刊记者 赵振宇--杂志</title>",
    )
    assert rec["title"] == "严字当头 一严到底——扎实开展干部队伍教育整顿综述"
    assert rec["author"] == "赵振宇"
