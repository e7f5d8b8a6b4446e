"""Publish-date shapes found on unlabelled real pages (pool8, issue 10), as pages of our own.

Why each shape: docs/benchmarks.md, pool8.
"""

from __future__ import annotations

from page_shapes import PROSE, run

TITLE = "孵化器入驻服务"
BLURB = (
    "<div class='intro'><p>本公司秉承“创新、协作、共赢”的核心理念，依靠领先的产品、技术与服务，"
    "本着一如既往继往开来的创新姿态，为园区企业的成长提供全方位的支持，不懈努力。</p></div>"
)
NAV = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/a/'>服务</a></li></ul>"
SHORT_LINES = (
    "<div class='detail'><span>可为入驻企业提供如下服务：<br><br>工商注册代办；<br><br>"
    "财务与税务咨询；<br><br>知识产权申报；<br><br>融资对接与路演。</span></div>"
)


def test_a_date_line_under_the_headline_below_a_denser_header_blurb() -> None:
    """A header's one-paragraph blurb outscores a short text of short lines: the labelled date
    line right under the ``<h1>`` below it is still the page's meta line (and the text follows
    it), not nothing."""
    rec = run(
        f"{BLURB}{NAV}<h1>{TITLE}</h1><div class='info'><span>日期：</span>2024-05-13 "
        f"<span>浏览：</span></div>{SHORT_LINES}",
        f"<title>{TITLE}_某某科技</title>",
    )
    assert rec["published_at"] == "2024-05-13"
    assert rec["title"] == TITLE
    assert rec["body"].startswith("可为入驻企业提供如下服务：")


def test_a_list_row_under_a_headline_below_the_text_does_not_date_the_page() -> None:
    """A dated row after the text, under a heading that is no ``<h1>`` (a related list), stays
    out: the page shows no date of its own."""
    rec = run(
        f"<h1>{TITLE}</h1><div class='content'><p>{PROSE}</p></div>"
        f"<h3>相关新闻</h3><div class='row'>日期：2024-05-13</div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] is None


def test_a_date_line_element_left_open_around_the_text() -> None:
    """A date line whose element is never closed holds the text after it (the parser nests
    the rest inside it): its own first line is still the meta line, above the text."""
    rec = run(
        f"<div class='box'><h1>{TITLE}</h1><div class='date'>2021-01-27 09:19 "
        "<span class='font'>来源： 园区网</span><div class='print'>【字体：大 中 小】打印</div>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] == "2021-01-27T09:19:00+08:00"
    assert rec["title"] == TITLE
    assert rec["source"] == "园区网"
    assert rec["body"].startswith(PROSE[:20])
