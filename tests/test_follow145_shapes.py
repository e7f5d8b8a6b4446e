"""follow145 (issue 10, session 29): a labelled trail whose items name no column (home and the
page's kind only) gives way to a later labelled trail that names one (distractors.py, seed 19: an
outer ``您现在的位置：网站首页 > 详情页`` bar above a host's own ``当前位置：… > 理论学习`` bar). Pages
in our own words; why: docs/benchmarks.md, follow145."""

from __future__ import annotations

from page_shapes import PROSE, run

OUTER = "<div class='pos'>您现在的位置：<a href='/web/wzsy/index.html'>网站首页</a> &gt; <span>详情页</span></div>"
HOST = (
    "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/xxjy/'>学习教育</a>"
    " &gt; <a href='/xxjy/llxx/'>理论学习</a></div>"
)
ARTICLE = (
    "<h1>园区召开专题学习会议</h1><div class='info'>发布时间：2024-03-05</div>"
    f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
)


def _page(*bars: str) -> dict:
    return run("<div class='header'><a href='/'>园区网</a></div>" + "".join(bars) + ARTICLE)


def test_a_trail_naming_no_column_gives_way_to_the_hosts_below() -> None:
    assert _page(OUTER, HOST)["category"] == "学习教育 > 理论学习"


def test_a_lone_trail_naming_no_column_gives_none_as_before() -> None:
    assert _page(OUTER)["category"] is None


def test_two_trails_naming_columns_the_first_stands() -> None:
    first = (
        "<div class='pos'>您现在的位置：<a href='/'>网站首页</a> &gt; "
        "<a href='/tzgg/'>通知公告</a></div>"
    )
    assert _page(first, HOST)["category"] == "通知公告"


def test_a_trail_naming_no_column_below_a_trail_naming_one_changes_nothing() -> None:
    assert _page(HOST, OUTER)["category"] == "学习教育 > 理论学习"


# the host's own trail unlabelled (``首页 > 工作动态``, links parted by arrows)
PLAIN = (
    "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/gzdt/'>工作动态</a>"
    " &gt; <a href='/gzdt/2016/'>2016年</a></div>"
)


def test_a_trail_naming_no_column_gives_way_to_an_unlabelled_trail_below() -> None:
    assert _page(OUTER, PLAIN)["category"] == "工作动态 > 2016年"


def test_an_unlabelled_trail_alone_reads_as_before() -> None:
    assert _page(PLAIN)["category"] == "工作动态 > 2016年"


def test_a_line_of_text_below_a_trail_naming_no_column_is_no_trail() -> None:
    line = "<p>本站信息 &gt; 欢迎访问</p>"
    assert _page(OUTER, line)["category"] is None
