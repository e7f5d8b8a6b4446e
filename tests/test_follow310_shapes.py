"""follow310: the meta-line and credit shapes audit302 and follow305 left.

1. An outing notice's ``时间：2026年4月25日（周六）一天`` opening the text box under the page's own
   ``文章来源： 作者： 发布时间：2026年04月23日`` row (sxyz.net): the page's row dates the page even
   when the container guess slipped to the footer's copyright ``<p>`` (the text is short).

Why: docs/benchmarks.md, follow310.
"""

from __future__ import annotations

import pytest
from page_shapes import run

NAV = "".join(f"<li><a href='/c/{i}/'>栏目{i}</a></li>" for i in range(12))
ROW = (
    "<div class='property'><span>文章来源：</span> <span>作者：</span>"
    " <span>发布时间：2026年04月23日</span> <span>点击数： 次</span></div>"
)
OUTING = [
    "出发时间：7:10各班于教室集合，教官进班清点人数，随队老师在分管班级等候，一起带队乘车出发。",
    "预计到校时间：17：00左右",
    "具体安排：",
]
FOOTER = (
    "<div class='copyRight'><p>绍兴市第一中学 版权所有 Copyright © SXYZ.NET All Rights Reserved."
    " 地址：绍兴市站前大道1898号 电话&amp;传真：0575-85173853 浙公网安备 33060202000394号"
    " ICP证：浙ICP备14042003号-1</p></div>"
)


def notice(row: str, box: str, footer: str = FOOTER) -> dict:
    """sxyz.net's PowerEasy item: nav, headline, the page's row, the text box, the footer."""
    return run(
        f"<ul class='nav'>{NAV}</ul><div class='mainContent'><div class='printArea'>"
        f"<h2 class='title'>高一春季研学活动具体安排</h2>{row}{box}</div></div>{footer}",
        "<title>高一春季研学活动具体安排--德育处-绍兴市第一中学</title>",
    )


def con_txt(*lines: str) -> str:
    """The text box: one ``<p>`` a line."""
    return "<div class='conTxt'>" + "".join(f"<p>{x}</p>" for x in lines) + "</div>"


EVENT = "<strong>时间：</strong>2026年4月25日（周六）一天"


@pytest.mark.parametrize(
    ("row", "box", "published", "author"),
    [
        # the event's 时间 line opens the text box under the page's labelled row
        (ROW, con_txt(EVENT, *OUTING), "2026-04-23", None),
        # neighbours: no row of the page's own: the 时间 line is the only date
        ("", con_txt(EVENT, *OUTING), "2026-04-25", None),
        # a 时间 line in a box of its own between the row and the text (no text goes on under it
        # in its box): the last dated line before the text, as before
        (ROW + f"<div class='date'>{EVENT}</div>", con_txt(*OUTING), "2026-04-25", None),
    ],
)
def test_an_events_date_line_under_the_pages_row_with_the_container_in_the_footer(
    row: str, box: str, published: str, author: str | None
) -> None:
    """The page's own 发布时间 row beats the text's 时间 line wherever the container guess lands."""
    out = notice(row, box)
    assert (out["published_at"][:10], out["author"]) == (published, author)


# -- 2: short opening lines of the text over its own date, the header's date above (sz-watech.com) ------
WATER = [
    "由深圳生态环境局主办的深圳市2025年六五环境日主题活动在深圳湾公园举行，市民踊跃参与互动。",
    "深圳水务科技携智慧供水成果亮相，展示了从水源到龙头的全流程智能监测与调度系统的应用情况。",
    "现场观众纷纷驻足体验，工作人员详细讲解了智能药剂投加系统如何全天候守护城市供水水质安全。",
]


def water_page(date_row: str, opening: list[str]) -> dict:
    """sz-watech.com's news page: the headline and its date in the header box, then the text box."""
    lines = "".join(f"<section><p>{x}</p></section>" for x in opening)
    paras = "".join(f"<p>{x}</p>" for x in WATER)
    return run(
        f"<ul class='nav'>{NAV}</ul><div class='newsDet-head'>"
        f"<h1 class='title'>美丽中国我先行丨深圳水务科技在“方寸之间”低碳行</h1>{date_row}</div>"
        f"<div class='newsDet-edit'><section>{lines}{paras}</section></div>",
        "<title>美丽中国我先行丨深圳水务科技在“方寸之间”低碳行</title>",
    )


HEAD_DATE = "<div class='date'>2025-06-07</div>"
SHORT = ["方寸之间，智慧供水千万家", "AI智能药剂师全天候守护水质"]


@pytest.mark.parametrize(
    ("date_row", "opening", "published", "author"),
    [
        # the text's short opening lines over its own date: the header's date dates the page
        (HEAD_DATE, [*SHORT, "2025年6月5日"], "2025-06-07", None),
        # neighbours: no header date: the text's date is the only one (the line over it still
        # reads as an account there, account-line's old reading: not this rule's, not checked)
        ("", [*SHORT, "2025年6月5日"], "2025-06-05", ...),
        # the text box opening with its date (no line of text above it): as before
        (HEAD_DATE, ["2025年6月5日", *SHORT], "2025-06-05", None),
    ],
)
def test_short_opening_lines_over_the_texts_own_date_are_text(
    date_row: str, opening: list[str], published: str, author: object
) -> None:
    """A date inside the text box under lines of the text is the text's, not the meta line."""
    out = water_page(date_row, opening)
    assert out["published_at"][:10] == published
    if author is not ...:
        assert out["author"] == author


SPEECH = "第三届第三次理事会年度工作报告"


def speech_page(opening: list[str]) -> dict:
    """emshu.io's WordPress post: the headline's ``<h1>``, the posted-on row, then the text."""
    lines = "".join(f"<p style='text-align:center'>{x}</p>" for x in opening)
    paras = "".join(f"<p>{x}</p>" for x in WATER)
    return run(
        f"<ul class='nav'>{NAV}</ul><header class='vl-main-header'><h1>{SPEECH}</h1></header>"
        "<article><header class='entry-header'><div class='posted-on'><time class='entry-date'"
        " datetime='2019-04-01T03:59:17+08:00'>2019年4月1日</time><span class='byline'> by"
        " <span class='author vcard'>管理员</span></span></div></header>"
        f"<div class='entry-content'>{lines}{paras}</div></article>",
        f"<title>{SPEECH} – 学会</title>",
    )


def test_the_headline_repeated_over_a_signature_is_no_line_of_the_text() -> None:
    """emshu.io's speech: its bold title repeated over ``朱华伟  2016年7月21日`` opens the text
    box; the signature's line is still the meta line (its writer), as before."""
    out = speech_page([f"<strong>{SPEECH}</strong>", "朱华伟  2016年7月21日"])
    assert (out["published_at"][:10], out["author"]) == ("2019-04-01", "朱华伟")


# -- 3: a paper titled as a report after the date (sztnet.com's ``DATE 21世纪经济报道``) -------------------
MARKET = [
    "格力董事长董明珠因被刘姝威点名而广受关注之后，美的集团董事长方洪波近日也被投资者频频提及。",
    "业内人士认为，家电龙头企业的治理结构与分红政策，正在成为资本市场关注的新焦点和新话题。",
    "多家机构发布研报指出，家电行业的竞争格局已经基本稳定，龙头企业的估值仍有一定修复空间。",
]


def market_page(after: str) -> dict:
    """sztnet.com's PHPCMS item: the headline, then ``DATE  OUTLET`` beside the comment counter."""
    paras = "".join(f"<p>{x}</p>" for x in MARKET)
    return run(
        f"<ul class='nav'>{NAV}</ul><h1 class='h1-a'>拜刘姝威所赐 美的集团董事长方洪波也被“关注”了</h1>"
        f"<div class='headInfo'><div class='headInfoLt'>2019-02-19&nbsp;&nbsp;{after}</div>"
        "<div class='headInfoRt'>评论：<a href='#c'>0</a>&nbsp;&nbsp;点击：<span></span></div></div>"
        f"<div class='content'>{paras}</div>",
        "<title>拜刘姝威所赐 美的集团董事长方洪波也被“关注”了_上证通网</title>",
    )


@pytest.mark.parametrize(
    ("after", "source"),
    [
        ("21世纪经济报道", "21世纪经济报道"),
        # neighbours: the site's other outlets, as before; a credit word and a dateline's report
        # after the date name no outlet
        ("北京青年报", "北京青年报"),
        ("综合报道", None),
        ("5日报道", None),
    ],
)
def test_a_numbered_papers_report_title_after_the_date_is_the_source(
    after: str, source: str | None
) -> None:
    """``DATE 21世纪经济报道``: the outlet's name ends in 报道 and is no credit word."""
    out = market_page(after)
    assert (out["source"], out["author"], out["published_at"][:10]) == (source, None, "2019-02-19")
