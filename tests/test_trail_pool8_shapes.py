"""Trail shapes found on unlabelled company-site pages (pool8, issue 10): the channel's name
shown in the box beside its trail, and the 您当前位置 label. Pages of our own; exact values."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "高新区孵化器发布年度报告"
TRAIL = "<a href='/'>主页</a> > <a href='/news/'>新闻资讯</a> > <a href='/news/gq/'>园区动态</a> >"


def trail_page(box: str) -> dict:
    """A news page whose trail box ``box`` stands right above the headline."""
    return run(
        f"{box}<h1>{TITLE}</h1><div>发布时间：2024-03-05</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}_园区网</title>",
        url="http://www.park.cn/news/gq/2024/0305/1.html",
    )


@pytest.mark.parametrize(
    "box",
    [
        # the channel's heading, a bar, then the trail in one box
        f"<div class='t'><b><h2>园区动态</h2> | </b><em>{TRAIL}</em></div>",
        # the channel's name in a cell of its own before the labelled trail
        f"<div class='top'><div class='l'>园区动态</div><div class='r'>位置： {TRAIL}</div></div>",
        f"<table><tr><td><span>园区动态</span></td><td>当前位置：{TRAIL}</td></tr></table>",
    ],
    ids=["heading-bar", "name-cell-label", "name-td-label"],
)
def test_the_channels_name_beside_its_trail_is_no_item(box: str) -> None:
    """The box's title (the channel the trail ends at) is not the trail's first item."""
    assert trail_page(box)["category"] == "新闻资讯 > 园区动态"


@pytest.mark.parametrize("label", ["您当前位置：", "你现在位置：", "您目前的位置："])
def test_a_you_and_current_location_label_opens_a_trail(label: str) -> None:
    """``您当前位置：`` (a DedeCMS template's wording) is a trail label as ``当前位置：`` is."""
    box = f"<table><tr><td><span>园区动态</span></td><td>{label}{TRAIL}</td></tr></table>"
    assert trail_page(box)["category"] == "新闻资讯 > 园区动态"
