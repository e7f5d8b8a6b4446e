"""Title and publish-date shapes found reading unlabelled dev-side pages (audit105, issue 10):
the precision a page shows when a machine date says more, dates that are a rule's or an event's,
a headline under a column heading, a keyword <title>, and a <title> that cuts the headline off."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.meta_line import _schedule
from incubator_crawler.article.published import _day_in_other_order
from incubator_crawler.article.title import _completes_cut_title, _is_keyword_run

TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"


def _published(out: dict) -> tuple[str | None, str | None]:
    return out["published_at"], out["published_precision"]


# ------------------------------------------------------------ the precision the page shows
@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        # WordPress prints the day month first: the reader sees the day, not 13:04
        ("12-8-2019", ("2019-12-08", "day")),
        ("Dec 8, 2019", ("2019-12-08", "day")),
        ("8 December 2019", ("2019-12-08", "day")),
        # a clock shown: the datetime stays as it is
        ("12-8-2019 13:04", ("2019-12-08T13:04:00+08:00", "second")),
        # another day shown (12-9, Nov 8): the datetime's day is not the reader's, no date
        ("12-9-2019", (None, None)),
        ("Nov 8, 2019", (None, None)),
    ],
)
def test_time_element_day_in_another_order(shown: str, expected: tuple[str, str]) -> None:
    body = (
        "<header><div class='entry-meta'><span class='posted-on'><a href='/2019/1/'>"
        "<time class='entry-date published' datetime='2019-12-08T13:04:00+08:00'>"
        f"{shown}</time></a></span></div><h1>园区召开年度工作会议</h1></header>"
        f"<div class='entry-content'>{TEXT}</div>"
    )
    assert _published(run(body)) == expected


@pytest.mark.parametrize(
    ("shown", "day", "expected"),
    [
        ("12-8-2019", "2019-12-08", "2019-12-08"),
        ("8/12/2019", "2019-12-08", "2019-12-08"),
        ("Dec. 8, 2019", "2019-12-08", "2019-12-08"),
        ("2-22-2022", "2022-02-22", "2022-02-22"),
        ("12-8-19", "2019-12-08", None),  # no four-digit year: the order would be a guess
        ("12-8-2019 13:04", "2019-12-08", None),
        ("8-8-2019", "2019-12-08", None),
        ("Foo 8, 2019", "2019-12-08", None),
    ],
)
def test_day_in_other_order(shown: str, day: str, expected: str | None) -> None:
    assert _day_in_other_order(shown, day) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # Hugo's date-only front matter in the page's own offset: a filled-in midnight
        ("2024-11-12T00:00:00+00:00", ("2024-11-12", "day")),
        ("2024-11-12T00:00:00+08:00", ("2024-11-12", "day")),
        # a real time in the same offset stays
        ("2024-11-12T09:30:00+00:00", ("2024-11-12T09:30:00+00:00", "second")),
        # ``Z`` is converted to Beijing time: 08:00 is no midnight the site wrote
        ("2024-11-12T00:00:00Z", ("2024-11-12T08:00:00+08:00", "second")),
    ],
)
def test_midnight_in_the_page_offset_is_a_day(content: str, expected: tuple[str, str]) -> None:
    head = f"<meta property='article:published_time' content='{content}'>"
    body = f"<h1>园区召开年度工作会议</h1><div><span>Nov 12, 2024</span></div>{TEXT}"
    assert _published(run(body, head)) == expected


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        # 頭條日報: the line shows the minute, the ``Z`` time adds :00 seconds
        ("2018-09-19 11:05", ("2018-09-19T11:05:00+08:00", "minute")),
        ("2018-09-19 11:05:00", ("2018-09-19T11:05:00+08:00", "second")),
    ],
)
def test_wall_clock_shown_keeps_the_shown_precision(shown: str, expected: tuple[str, str]) -> None:
    head = "<meta name='pubdate' content='2018-09-19T11:05:00Z'>"
    body = f"<h1>园区召开年度工作会议</h1><div>{shown}</div>{TEXT}"
    assert _published(run(body, head)) == expected


# ------------------------------------------------------- a rule's or an event's date, no post date
def test_date_a_rule_takes_effect_in_the_headline() -> None:
    body = (
        "<h2>新闻动态</h2><h1>2019光伏补贴新政策 2019年7月1日起执行</h1>"
        "<div><span>作者：湖南万千光伏科技有限公司</span></div>" + TEXT
    )
    out = run(body)
    assert (out["title"], _published(out)) == (
        "2019光伏补贴新政策 2019年7月1日起执行",
        (None, None),
    )


def test_date_line_under_the_headline_still_dates_the_page() -> None:
    body = "<h2>新闻动态</h2><h1>2019光伏补贴新政策</h1><div>2019年7月1日</div>" + TEXT
    out = run(body)
    assert (out["title"], _published(out)) == ("2019光伏补贴新政策", ("2019-07-01", "day"))


def test_class_timetable_is_no_meta_line() -> None:
    body = (
        "<h1>黄喆：《一线串通初等数学》活动课实践记录</h1><div>2019年3月31日 by 管理员</div>"
        f"<p>{PROSE}</p><p>背景介绍</p><p>时间：每周五下午13:10-14:30（校活动课）</p><p>{PROSE}</p>"
    )
    assert _published(run(body)) == ("2019-03-31", "day")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("时间：每周五下午13:10-14:30（校活动课）", True),
        ("时间：13:10-14:30", True),
        ("日期：每天", True),
        ("时间：周五 下午", True),
        ("时间：2019-03-31 13:10", False),
        ("时间：2019年3月31日", False),
        ("发布时间：2019-03-31 13:10-14:30", False),  # a publish label is no bare 时间
    ],
)
def test_schedule(line: str, expected: bool) -> None:
    assert _schedule({"published": line}) is expected


def test_meeting_time_over_its_place_is_no_trailer_date() -> None:
    body = (
        "<h1>教育部办公厅关于召开全国高中阶段教育普及攻坚工作会议的通知</h1>"
        f"<div>{PROSE}</div><div>一、会议时间和地点</div>"
        "<div>时间：2017年4月24日（周一）全天，23日报到。</div><div>地点：四川省成都市新华宾馆。</div>"
        f"<div>{PROSE}</div>"
    )
    assert _published(run(body)) == (None, None)


def test_closing_date_line_without_a_place_still_dates_the_page() -> None:
    body = (
        "<h1>教育部办公厅关于召开全国高中阶段教育普及攻坚工作会议的通知</h1>"
        f"<div>{PROSE}</div><div>{PROSE}</div><div>时间：2017年4月24日</div>"
    )
    assert _published(run(body)) == ("2017-04-24", "day")


# ------------------------------------------------------------------------------------- titles
COLUMN_PAGE = (
    "<header id='head'><h1>最新资讯</h1></header><div class='container'>"
    "<h2 align='center'>{headline}</h2><div align='right'><span>2013-01-20 10:00</span></div>"
    f"<p>{PROSE}</p></div>"
)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # xmusmartdsp: a five-character headline under the column's h1, over its date line
        ("实验室春游", "实验室春游"),
        ("喜讯：实验室研究生斩获IJCAI-ECAI 2018！", "喜讯：实验室研究生斩获IJCAI-ECAI 2018！"),
        # three characters name no headline: the column's heading stays
        ("春游记", "最新资讯"),
    ],
)
def test_short_headline_under_a_column_heading(headline: str, expected: str) -> None:
    head = "<title>最新资讯|厦门大学智能数据分析与处理实验室</title>"
    assert run(COLUMN_PAGE.format(headline=headline), head)["title"] == expected


def test_keyword_title_is_no_headline() -> None:
    head = (
        "<title>湖南万千光伏科技有限公司官网|光伏发电一站式服务|光伏发电站承建|湖南光伏发电"
        "|光伏发电|太阳能发电|光伏发电加盟</title>"
    )
    body = (
        "<h2>新闻动态</h2><h1>国家能源局关于印发《光伏电站开发建设管理办法》的通知</h1>"
        "<div><span>作者：国家能源局</span></div>" + TEXT
    )
    assert run(body, head)["title"] == "国家能源局关于印发《光伏电站开发建设管理办法》的通知"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公司官网|光伏发电一站式服务|光伏发电站承建|湖南光伏发电", True),
        ("光伏发电一站式服务|光伏发电站承建|湖南光伏发电|光伏发电", True),
        ("光伏发电一站式服务|光伏发电站承建|湖南光伏发电", False),  # three: a headline's parts
        ("国家能源局关于印发《光伏电站开发建设管理办法》的通知|公司|光伏|新闻", False),
    ],
)
def test_is_keyword_run(text: str, expected: bool) -> None:
    assert _is_keyword_run(text) is expected


CUT_TITLE = "<title>基础一司参加国务院新闻办举行农村民工工作新_中国现代基础教育研究院</title>"


def test_heading_completing_a_cut_title_beats_a_column_heading() -> None:
    body = (
        "<div class='sidenav'><h2>新闻</h2><ul><li><h5><a href='/a/1.html'>基础一司参加国务院新闻办"
        "举行农村民工工作新</a></h5></li><li><h5><a href='/a/2.html'>教育部召开发布会介绍农村"
        "义教改革发展情况</a></h5></li></ul></div><div class='maincontent'>"
        f"<h1>基础一司参加国务院新闻办举行农村民工工作新闻发布会</h1><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert run(body, CUT_TITLE)["title"] == "基础一司参加国务院新闻办举行农村民工工作新闻发布会"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a centred bold line shows the headline <title> cuts off
        (
            "<div style='text-align: center;'><span><strong>基础一司参加国务院新闻办举行农村民工"
            "工作新闻发布会</strong></span></div>",
            "基础一司参加国务院新闻办举行农村民工工作新闻发布会",
        ),
        # a plain paragraph opening with the same words is text: <title>'s cut headline stays
        (
            "<div>基础一司参加国务院新闻办举行农村民工工作新闻发布会，介绍有关情况。</div>",
            "基础一司参加国务院新闻办举行农村民工工作新",
        ),
    ],
)
def test_line_completing_a_cut_title(line: str, expected: str) -> None:
    assert run(f"{line}<div>{PROSE}</div><div>{PROSE}</div>", CUT_TITLE)["title"] == expected


@pytest.mark.parametrize(
    ("text", "html_title", "expected"),
    [
        ("基础一司参加国务院新闻办举行农村民工工作新闻发布会", CUT_TITLE[7:-8], True),
        ("基础一司参加国务院新闻办举行农村民工工作新", CUT_TITLE[7:-8], False),  # equal: no cut
        ("园区召开年度工作会议暨表彰大会", "园区召开年度工作会议_某某网", True),
        ("园区召开会议暨表彰大会", "园区召开会议_某某网", False),  # a cut under 10 characters
    ],
)
def test_completes_cut_title(text: str, html_title: str, expected: bool) -> None:
    assert _completes_cut_title(text, html_title) is expected
