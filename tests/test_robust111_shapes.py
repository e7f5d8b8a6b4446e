"""Title, published and category on other CMSs' markup of dev pages' own spots (robust111).

Each page is small and written here; the values asserted are what a reader of the page takes
from it, with a negative neighbour for each shape.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

H1 = "<h1>逆水寒再按照这个速度研发下去 应该马上就要收到律师函了</h1>"
TITLE = "<title>逆水寒再按照这个速度研发下去 应该马上就要收到律师函了_游戏新闻</title>"


def closing(line: str, *, head: str = "", after: str = "") -> str | None:
    """The date of a page whose text closes with ``line`` (in the text's own box)."""
    body = f"<div class='main'>{head}{H1}<div class='text'><p>{PROSE}</p><p>{PROSE}</p>{line}</div>{after}</div>"
    return run(body, TITLE)["published_at"]


# ------------------------------------------------------------ a DATE OUTLET line closing the text
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("<div>2019-09-05 11:10 游民星空[整理]</div>", "2019-09-05T11:10:00+08:00"),
        ("<p>2018-10-31&nbsp;&nbsp;中国证券报</p>", "2018-10-31"),
        (
            "<div><span>2018-02-24 09:21:54</span> <a href='http://x.cn/1.htm'>国土资源部网站</a> 吴启华</div>",
            "2018-02-24T09:21:54+08:00",
        ),
        ("<p>2017-12-22 <span>|</span>来自:厦门日报</p>", "2017-12-22"),
        # the outlet before the date, the date with its clock (toutiao, 39健康网, 風傳媒)
        ("<div><span>原创</span> <span>南方都市报</span> <span>2019-09-09 16:01:46</span></div>",
         "2019-09-09T16:01:46+08:00"),
        ("<h4><span>原创：</span><span>39健康网</span><span>2024-04-23 12:27:25</span></h4>",
         "2024-04-23T12:27:25+08:00"),
        ("<p>編譯中心 2014年12月13日 09:33 <span>237 點擊數</span></p>", "2014-12-13T09:33:00+08:00"),
    ],
)  # fmt: skip
def test_a_date_outlet_line_closing_the_text_dates_it(line: str, want: str) -> None:
    assert closing(line) == want


@pytest.mark.parametrize(
    "line",
    [
        # a notice's signature: the unit's name over the day it was signed, no clock
        "<p>南工社团工作室 2019年11月5日</p>",
        # a related item's row: a linked headline beside the date
        "<div>2019-09-05 <a href='/n/2.html'>逆水寒新版本今日上线全新玩法</a></div>",
        # dated rows of a list under the text
        "<ul><li>2019-09-05 中国证券报</li><li>2019-09-06 中国证券报</li></ul>",
        # a sentence with a date in it
        "<p>2019-09-05 我们发布了新版本，欢迎体验</p>",
    ],
)
def test_other_dated_lines_closing_the_text_date_nothing(line: str) -> None:
    assert closing(line) is None


def test_two_date_outlet_lines_are_a_list_and_date_nothing() -> None:
    assert (
        closing("<div>2019-09-05 11:10 游民星空[整理]</div><div>2019-09-06 10:10 中国证券报</div>")
        is None
    )


def test_a_date_by_the_headline_beats_the_closing_line() -> None:
    """The meta line under the headline is the page's date; the closing line another's."""
    body = (
        f"<div class='main'>{H1}<div class='info'>2019-09-01 10:00 来源：游民星空</div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p><div>2019-09-05 11:10 游民星空</div></div></div>"
    )
    assert run(body, TITLE)["published_at"] == "2019-09-01T10:00:00+08:00"


def test_a_closing_line_outside_the_text_box_dates_nothing() -> None:
    """Under a 相关阅读 heading the dated line is a related item's."""
    after = "<h3>相关阅读</h3><div>2019-09-05 11:10 游民星空[整理]</div>"
    assert closing("", after=after) is None
