"""Government orders (国务院公报 / 令 pages): no headline over the text, which opens with the
order's letterhead (the issuing bodies, 令, 第N号), its paragraph, signatures and date; the
title is the measures' own heading below them (title._measure_under_letterhead)."""

from __future__ import annotations

import pytest
from page_shapes import run

from incubator_crawler.article.title import _is_letterhead

ORDER = (
    "<p>　　《示范管理办法》已经2014年4月8日局务会议审议通过，现予公布，自2014年8月1日起施行。</p>"
    "<p style='text-align: right;'>局　长　 张三<br>2014年4月21日</p><p>&nbsp;</p>"
)
ARTICLES = (
    "<p align='center'>第一章　总　　则</p>"
    "<p>　　<strong>第一条</strong>　为了规范示范活动，根据有关法律、行政法规，制定本办法。</p>"
    "<p>　　<strong>第二条</strong>　在中华人民共和国境内进行示范活动，适用本办法。本办法所称示范"
    "活动，是指依托示范系统完成的全部或者部分活动。</p>"
)
CRUMB = "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/gb/'>国务院公报</a> &gt; 2014年第20号</div>"


def bold_centred(text: str) -> str:
    """A heading as the 公报 sets it: a centred paragraph of big bold type."""
    return f"<p align='center'><font size='1' style='FONT-SIZE: 18pt'><strong>{text}</strong></font></p>"


def order_page(letterhead: str, heading: str, title: str, between: str = "") -> dict:
    """A 公报 page: trail, then the text (letterhead, number, order, heading, articles)."""
    body = (
        f"{CRUMB}<div class='pages_content' id='UCAP-CONTENT'>{letterhead}"
        f"<p align='center'>第　<strong>156</strong>　号</p>{ORDER}{heading}{between}{ARTICLES}</div>"
    )
    return run(body, f"<title>{title}__2014年第20号国务院公报_中国政府网</title>")


def test_a_one_line_letterhead_yields_to_the_measures_heading() -> None:
    out = order_page(
        bold_centred("国家示范监督总局令"),
        bold_centred("示范管理办法"),
        "国家示范监督总局令（第156号） 示范管理办法",
    )
    assert out["title"] == "示范管理办法"
    assert out["extraction"]["title"] == "measure-heading(under letterhead)"
    # the order's lines stay the text's; the heading is the title shown again
    assert out["body"].split("\n\n")[:3] == [
        "国家示范监督总局令",
        "第 156 号",
        "《示范管理办法》已经2014年4月8日局务会议审议通过，现予公布，自2014年8月1日起施行。",
    ]
    assert "\n\n示范管理办法\n\n" not in out["body"]


def test_a_heading_broken_over_two_lines_is_joined() -> None:
    out = order_page(
        bold_centred("国家示范监督总局令"),
        bold_centred("中华人民共和国工业产品示范<br>许可证管理条例实施办法"),
        "国家示范监督总局令（第156号） 中华人民共和国工业产品示范许可证管理条例实施办法",
    )
    assert out["title"] == "中华人民共和国工业产品示范许可证管理条例实施办法"
    assert out["body"].startswith("国家示范监督总局令\n\n第 156 号\n\n")


def test_a_letterhead_of_several_ministries_in_a_table() -> None:
    letterhead = (
        "<table><tr><td align='right'><strong>中华人民共和国国家示范委员会<br>"
        "中 华 人 民 共 和 国 工 业 部<br>中 华 人 民 共 和 国 商 务 部</strong></td>"
        "<td><strong>令</strong></td></tr></table>"
    )
    out = order_page(
        letterhead,
        bold_centred("电子示范投标办法"),
        "中华人民共和国国家示范委员会 中华人民共和国工业部 中华人民共和国商务部令 （第156号） 电子示范投标办法",
        "<p align='center'>（2013年2月4日公布）</p>",
    )
    assert out["title"] == "电子示范投标办法"
    assert out["body"].startswith(
        "中华人民共和国国家示范委员会\n\n中 华 人 民 共 和 国 工 业 部\n\n"
    )


def test_a_notice_headline_over_the_attached_measures_stays() -> None:
    # the 通知 that issues the measures is the headline: it names a matter, it is no letterhead
    out = order_page(
        bold_centred("国家示范监督总局关于印发示范管理办法的通知"),
        bold_centred("示范管理办法"),
        "国家示范监督总局关于印发示范管理办法的通知",
    )
    assert out["title"] == "国家示范监督总局关于印发示范管理办法的通知"


def test_a_body_naming_the_first_line_of_its_heading_keeps_the_whole_heading() -> None:
    # gne-other-1: 全国人民代表大会常务委员会 / 关于批准…的决议, one centred paragraph
    heading = bold_centred("全国人民代表大会常务委员会<br>关于批准示范国债余额限额的决议")
    body = (
        f"<div class='content'>{heading}<p align='center'>（2007年6月29日通过）</p>{ARTICLES}</div>"
    )
    out = run(
        body, "<title>全国人民代表大会常务委员会关于批准示范国债余额限额的决议_中国政府网</title>"
    )
    assert out["title"] == "全国人民代表大会常务委员会关于批准示范国债余额限额的决议"


def test_a_measure_line_that_no_text_follows_is_no_heading() -> None:
    # a centred 办法 line over a short line, not over 第一章 / 第一条 or a paragraph, opens no text
    out = order_page(
        bold_centred("国家示范监督总局令"),
        bold_centred("示范管理办法") + "<p align='center'>示范说明</p>",
        "国家示范监督总局令（第156号）",
    )
    assert out["title"] == "国家示范监督总局令"


@pytest.mark.parametrize(
    ("line", "letterhead"),
    [
        ("国家质量监督检验检疫总局令", True),
        ("中华人民共和国国家发展和改革委员会", True),
        ("中 华 人 民 共 和 国 商 务 部", True),
        ("令", True),
        ("第 20 号", True),
        ("（第20号）", True),
        ("中国证券监督管理委员会公告", True),
        ("关于开展示范工作的公告", False),
        ("示范管理办法", False),
        ("国务院办公厅的通知", False),
        ("2024年第3号", False),
    ],
)
def test_letterhead_lines(line: str, letterhead: bool) -> None:
    assert _is_letterhead(line) is letterhead


def test_a_decision_over_its_paragraphs_under_the_state_councils_order() -> None:
    # a 决定 has no 第一条: its paragraphs follow the heading
    text = (
        "<p>　　为全面贯彻示范精神，国务院对示范行政法规进行了清理，决定对其中的部分条款予以修改。"
        "现将有关事项决定如下。</p>"
    )
    body = (
        f"{CRUMB}<div id='UCAP-CONTENT'>{bold_centred('中华人民共和国国务院令')}"
        f"<p align='center'>第　<strong>797</strong>　号</p>{ORDER}"
        f"{bold_centred('国务院关于修改部分示范行政法规的决定')}{text}{text}</div>"
    )
    out = run(body, "<title>中华人民共和国国务院令（第797号）_中国政府网</title>")
    assert out["title"] == "国务院关于修改部分示范行政法规的决定"
