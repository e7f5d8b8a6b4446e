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
        # a traditional page's slots (the session-27 script parity)
        "時間：2021-04-07&nbsp;&nbsp;來源：保定市農業農村局",
        "時間：2021-04-07&nbsp;&nbsp;點擊數：35",
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


# ------------------------------------------------ a header calendar over the headline
MYD_TITLE = "<title>首次采样带回 嫦娥五号为什么是中国航天史上最复杂任务？一图看懂-快科技</title>"
MYD_HEAD = "首次采样带回 嫦娥五号为什么是中国航天史上最复杂任务？一图看懂"
HOT = "".join(
    f"<li><a href='/1/78{n}.htm'>今日热点新闻第{n}条的标题写在这里</a></li>" for n in range(6)
)
CREDITS = "2020-11-23 10:22:14&nbsp;&nbsp;出处：快科技 作者：宪瑞 编辑：宪瑞 人气：5380 次"


def calendar_page(top: str, under: str = "", closing: str = "") -> str | None:
    """The date of a page with ``top`` in its top bar over a hot list, the headline in a plain
    ``div``, ``under`` right under it and ``closing`` closing the text (mydrivers' shape)."""
    body = (
        f"<div class='top'><h3><span>今日视点</span><span>{top}</span></h3><ul>{HOT}</ul></div>"
        f"<div class='main'><div class='news_bt'>{MYD_HEAD}</div>{under}"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p>{closing}</div></div>"
    )
    return run(body, MYD_TITLE)["published_at"]


@pytest.mark.parametrize(
    "top", ["2021年10月7日 星期四", "2021年10月7日（周四）", "2021-10-07 星期四"]
)
def test_a_header_calendar_is_no_publish_date_the_closing_credit_line_is(top: str) -> None:
    assert calendar_page(top, closing=f"<p>{CREDITS}</p>") == "2020-11-23T10:22:14+08:00"


def test_a_header_calendar_alone_dates_nothing() -> None:
    assert calendar_page("2021年10月7日 星期四") is None


def test_a_weekday_date_right_under_the_headline_stays_the_date() -> None:
    under = "<div class='date'>2020年11月23日 星期一</div>"
    assert calendar_page("2021年10月7日 星期四", under=under) == "2020-11-23"


def test_a_weekday_date_right_over_the_headline_stays_the_date() -> None:
    body = (
        f"<div class='main'><div class='date'>2020年11月23日 星期一</div><h1>{MYD_HEAD}</h1>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    assert run(body, MYD_TITLE)["published_at"] == "2020-11-23"


def test_a_plain_date_in_the_top_bar_is_left_as_it_was() -> None:
    # no weekday: not the calendar's shape (a date line set over the hot list stays a date line)
    assert calendar_page("2021年10月7日")[:10] == "2021-10-07"


def test_a_weekday_date_in_the_headlines_box_over_a_story_menu_stays_the_date() -> None:
    # mingpao's print edition: the day, the column's heading and a <select> of the day's stories
    # (no links) over the <h1>
    menu = "".join(f"<option>今日港聞第{n}篇報道的標題</option>" for n in range(6))
    body = (
        "<div class='article'><div class='date'>2020年11月23日星期一</div><h3>港聞一</h3>"
        f"<form><select>{menu}</select></form><div><a href='/next.htm'>下一篇</a></div>"
        f"<h1>{MYD_HEAD}</h1><div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    assert run(body, MYD_TITLE)["published_at"] == "2020-11-23"
