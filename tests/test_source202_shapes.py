"""Source and category leftovers, by shape (issue 10, session 33).

source189's ``benchmarks/distractors.py --kinds colsrc`` put a second labelled position bar above
a host's own: a portal's bar holding only the site's name and 正文 (``当前位置：SITE 正文``) or 首页
and the headline (``您的位置：首页 > HEADLINE``). Neither names a column; the host's own trail
nearer the headline does, and a reader takes the column from it. Pages of our own words; why
each shape: docs/benchmarks.md, source202.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEADLINE = "社区开展秋季义诊服务活动"
SITE = "青禾社区服务中心"


def _page(top: str, own: str) -> tuple[str, str]:
    body = (
        f"<div>{top}</div><div class='nav'><a href='/'>首页</a> <a href='/a/'>关于我们</a></div>"
        f"<div class='pos'>{own}</div>"
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'><span>2023-10-12</span></div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return body, f"<title>{HEADLINE} - {SITE}</title>"


_OWN = "当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>新闻中心</a> &gt; <a href='/news/sq/'>社区动态</a>"
_OWN_BARE = (
    "<a href='/'>首页</a> &gt; <a href='/news/'>新闻中心</a> &gt; <a href='/news/sq/'>社区动态</a>"
)


def test_site_name_and_zhengwen_bar_gives_way_to_the_own_trail() -> None:
    body, head = _page(f"当前位置：{SITE} 正文", _OWN)
    assert run(body, head)["category"] == "新闻中心 > 社区动态"


def test_home_and_headline_bar_gives_way_to_the_own_trail() -> None:
    body, head = _page(f"您的位置：<a href='/'>首页</a> &gt; {HEADLINE}", _OWN)
    assert run(body, head)["category"] == "新闻中心 > 社区动态"


def test_home_and_headline_bar_gives_way_to_an_unlabelled_trail() -> None:
    body, head = _page(f"您的位置：<a href='/'>首页</a> &gt; {HEADLINE}", _OWN_BARE)
    assert run(body, head)["category"] == "新闻中心 > 社区动态"


def test_bar_naming_a_column_before_the_headline_stays() -> None:
    # the nearest shape that names one: 首页, a column, then the headline; it stands first
    top = f"您的位置：<a href='/'>首页</a> &gt; <a href='/tz/'>通知公告</a> &gt; {HEADLINE}"
    body, head = _page(top, "")
    assert run(body, head)["category"] == "通知公告"


def test_lone_home_and_headline_bar_names_no_column() -> None:
    # with no other trail on the page, the bar still gives no column
    body, head = _page(f"您的位置：<a href='/'>首页</a> &gt; {HEADLINE}", "")
    assert run(body, head)["category"] is None


def test_first_bar_naming_a_column_stays() -> None:
    # a column's name and 正文 (not the site's name) is the column, over the host's trail below
    body, head = _page("当前位置：<a href='/zy/'>志愿服务</a> &gt; 正文", _OWN)
    assert run(body, head)["category"] == "志愿服务"
