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


# 2. a one-line text over a box of other posts' rows

_LINE = "<p><a href='https://example.org/form'>欢迎大家通过线上表单报名参加本周末在社区服务中心举办的秋季义诊活动，名额有限，先到先得，请尽早报名！</a></p>"
_RELATED = (
    "<div><h3>相关新闻</h3><ul>"
    "<li><a href='/n/2.html'>街道召开年度总结表彰大会</a> 来源：新华网 2023-05-06</li>"
    "<li><a href='/n/3.html'>新一批志愿者上岗服务居民</a> 来源：人民网 2023-04-28</li></ul></div>"
)
_FOOTER = "<footer><section>© 2023 青禾社区</section><section>使用 Hugo 构建 主题 Stack 由 Jimmy 设计</section></footer>"


def _one_line(text: str, box: str) -> str:
    # a Hugo Stack post: the text, its tag row, then (where the theme puts it) the box, then
    # the site's footer
    return (
        f"<main><article><header><h2>{HEADLINE}</h2><div><time>Oct 12, 2023</time></div></header>"
        f"<section class='content'>{text}</section>"
        f"<footer><section><a href='/tags/a/'>Auth:小青</a></section></footer></article>"
        f"{box}{_FOOTER}</main>"
    )


def test_one_linked_line_keeps_its_line_over_a_related_box() -> None:
    out = run(_one_line(_LINE, _RELATED))
    assert (
        out["body"]
        == "欢迎大家通过线上表单报名参加本周末在社区服务中心举办的秋季义诊活动，名额有限，先到先得，请尽早报名！"
    )
    assert out["source"] is None


def test_one_linked_line_without_a_box_stays() -> None:
    out = run(_one_line(_LINE, ""))
    assert (
        out["body"]
        == "欢迎大家通过线上表单报名参加本周末在社区服务中心举办的秋季义诊活动，名额有限，先到先得，请尽早报名！"
    )


def test_unlinked_line_over_a_related_box_stays() -> None:
    # the nearest shape the rule leaves alone: a one-line text of its own words (no link) over
    # the same box is the densest text already; the box's row gives no source
    line = "<p>本周末社区服务中心举办秋季义诊活动，欢迎居民朋友们携家人前来参加，名额有限先到先得。</p>"
    out = run(_one_line(line, _RELATED))
    assert (
        out["body"]
        == "本周末社区服务中心举办秋季义诊活动，欢迎居民朋友们携家人前来参加，名额有限先到先得。"
    )
    assert out["source"] is None


def test_home_and_headline_bar_gives_way_to_a_marked_trail() -> None:
    # the host's trail a list of plain items in a breadcrumb list (no separator drawn in text)
    own = (
        "<ul class='breadcrumb'><li><a href='/'>科技网</a></li><li><a href='/cy/'>产业</a></li>"
        "<li><a href='/cy/bd/'>半导体</a></li></ul>"
    )
    body, head = _page(f"您的位置：<a href='/'>首页</a> &gt; {HEADLINE}", own)
    assert run(body, head)["category"] == "产业 > 半导体"  # 科技网: the site-like root
