"""Published on the headline's meta line and under a header calendar (robust116).

Each page is small and written here; the values asserted are what a reader of the page takes
from it, with a negative neighbour for each shape.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

# ------------------------------------ a bare 时间 beside another credit slot against PubDate
BAODING_TITLE = "<title>保定市关于做好春季农业生产工作的通知</title>"
PUBDATE = "<meta name='PubDate' content='2021-04-09 10:21'>"


def against_pubdate(line: str) -> str | None:
    """The date of a page whose head states PubDate 2021-04-09 and whose headline has ``line``
    under it in a table cell (baoding.gov.cn's shape)."""
    body = (
        "<div class='main'><h1>保定市关于做好春季农业生产工作的通知</h1>"
        f"<table><tr><td>{line}</td></tr></table><div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return run(body, BAODING_TITLE + PUBDATE)["published_at"]


@pytest.mark.parametrize(
    "line",
    [
        "时间：2021-04-07&nbsp;&nbsp;&nbsp;信息发布人：管理员",
        "時間：2021-04-07&nbsp;&nbsp;&nbsp;信息发布人：管理员",
        "时间：2021-04-07&nbsp;&nbsp;来源：保定市农业农村局",
        "时间：2021-04-07&nbsp;&nbsp;作者：王明",
        "时间：2021-04-07&nbsp;&nbsp;点击数：35",
        "时间：2021-04-07&nbsp;&nbsp;浏览次数：35",
        # the labels the page shows as publish dates already won (corpus22, gaps82)
        "发布时间：2021-04-07&nbsp;&nbsp;&nbsp;信息发布人：管理员",
        "日期：2021-04-07&nbsp;&nbsp;&nbsp;信息发布人：管理员",
    ],
)
def test_a_bare_time_label_beside_another_slot_beats_a_hidden_pubdate(line: str) -> None:
    assert against_pubdate(line) == "2021-04-07"


@pytest.mark.parametrize(
    "line",
    [
        # a lone 时间 line: an event's or another story's time may stand there; the CMS's tag wins
        "时间：2021-04-07",
        # glued to another word, the label names no publish date
        "访问时间：2021-04-07&nbsp;&nbsp;&nbsp;信息发布人：管理员",
        "更新时间：2021-04-07&nbsp;&nbsp;&nbsp;信息发布人：管理员",
    ],
)
def test_a_lone_or_glued_time_label_yields_to_the_pubdate(line: str) -> None:
    assert (against_pubdate(line) or "")[:10] == "2021-04-09"
