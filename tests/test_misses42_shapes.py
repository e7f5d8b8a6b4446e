"""Shapes of corpus37's untuned dev pages (misses42), as pages of our own.

Why each shape: docs/benchmarks.md, misses42; the labels' reasons: tests/real/LABELLING.md,
the twenty-eighth collection round (corpus37).
"""

from __future__ import annotations

from page_shapes import PROSE, run

NAV = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/news/'>最新资讯</a></li></ul>"


def test_the_heading_under_a_column_box_heading_is_the_headline() -> None:
    """A header box's ``<h1>最新资讯</h1>`` that <title> repeats, the item's own ``<h2>`` under it
    over the date line: the h2 is the title (a lab's news pages)."""
    rec = run(
        f"{NAV}<header class='secondary'><div class='row'><h1>最新资讯</h1></div></header>"
        "<div class='container'><h2 align='center'>今天你马拉松了吗？ </h2>"
        "<div align='right'><span>2017-01-12 10:00</span></div>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>最新资讯|厦门大学智能数据分析与处理实验室</title>",
    )
    assert rec["title"] == "今天你马拉松了吗？"
    assert rec["published_at"] == "2017-01-12T10:00:00+08:00"


def test_a_column_heading_with_no_date_line_under_it_stays_the_title() -> None:
    """A column's h1 over a box's h2 with no date line below it: nothing says the h2 is an
    item's headline, the h1 stays."""
    rec = run(
        f"{NAV}<h1>最新资讯</h1><h2>不错过全球AI革新的每一个时刻</h2><p>{PROSE}</p><p>{PROSE}</p>",
        "<title>最新资讯|某某实验室</title>",
    )
    assert rec["title"] == "最新资讯"


def test_an_exchanges_short_name_after_the_date_is_the_source() -> None:
    """``2018-11-02 上交所`` under the headline, the slot other items fill with 证券日报: a body's
    name (an organisation's ending) is the outlet, the source."""
    title = "上交所关于发布沪伦通存托凭证业务配套业务规则的答记者问"
    rec = run(
        "<div class='crumb'><a href='/regulation/'>监管</a> &gt; <a href='/regulation/sse/'>"
        f"上交所</a> &gt; 正文</div><h1>{title}</h1>"
        "<div class='info'><span>2018-11-02</span> <span>上交所</span></div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{title} - 上交所 - 上证通网</title>",
    )
    assert rec["source"] == "上交所"
    assert rec["author"] is None
