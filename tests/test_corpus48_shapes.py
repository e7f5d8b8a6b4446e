"""Three shapes the corpus48 round's first contact missed on new dev pages (issue 10).

- sz-watech's WeChat-style post (szwatech-news-195): a section heading inside the text with the
  event's days under it (``三款新品 首次亮相`` / ``2024.4.18-20``) posed as the headline and its meta
  line, above the first long paragraph; a date followed by a span's end is an event's days, no
  date line of the page.
- xmusmartdsp's banner (xmusmartdsp-news-20210608): ``<header><h1>团队建设</h1></header>`` over the
  item's ``<h2>`` and date line, <title> ``团队建设|实验室``; a banner holding only a heading <title>
  opens with is the column (the category), not the headline, though 团队建设 has no channel word.
- hnwanqian's 国家能源局 statistics table (hnwanqian-news-73): cells holding the same figure one
  after another are a table's data, not a paragraph printed twice.

Pages of our own; why each shape: docs/benchmarks.md, corpus48.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.body import clean_body
from incubator_crawler.article.date_lines import _ends_date_span
from incubator_crawler.article.labels import DATE_RE
from incubator_crawler.article.text import nfkc

# --------------------------------------------------------------------------- an event's days

H1 = "【三大新品亮相】深圳水务科技公司邀您相聚水协2024年会"
LINES = "".join(
    f"<p style='text-align:center'>{line}</p><p><br></p>"
    for line in (
        "“会朋友、议良策、寻机遇、求发展”",
        "中国城镇供水排水协会2024年会",
        "将在青岛如期而至",
    )
)


def _post(stamp: str) -> str:
    """The company's news page: h1 and its date, short centred lines, then a section with ``stamp``."""
    return (
        f"<div class='newsDet-head'><h1 class='title'>{H1}</h1><div class='date'>2024-04-15</div></div>"
        f"<div class='newsDet-edit'>{LINES}"
        f"<p style='text-align:center'><strong>三款新品 首次亮相</strong></p>"
        f"<p style='text-align:center'>{stamp}</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>"
    )


@pytest.mark.parametrize("stamp", ["2024.4.18-20", "2024年4月18日至20日", "2024.04.18-2024.04.20"])
def test_an_events_days_in_the_text_are_no_date_line(stamp: str) -> None:
    """The h1 is the title and its own 2024-04-15 the date; the text starts with the centred
    lines, not after the section's stamp."""
    rec = run(_post(stamp), f"<title>{H1}</title>")
    assert rec["title"] == H1
    assert rec["published_at"] == "2024-04-15"
    assert rec["body"].startswith("“会朋友、议良策、寻机遇、求发展”")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2024.4.18-20", True),
        ("2024年4月18日-20日", True),
        ("2024-04-18至20日", True),
        ("2024.4.18-5.2", True),
        ("2024.04.18-2024.04.20", True),
        # negative neighbours: a time after the date, a bare date, a date with words after it
        ("2024-04-18 10:20", False),
        ("2024.4.18", False),
        ("2024-04-18 来源：新华社", False),
        ("2024-04-18 阅读 20", False),
    ],
)
def test_a_span_end_after_the_date(text: str, span: bool) -> None:
    """Only a date and a span's end, nothing else, make an event's days."""
    norm = nfkc(text)
    m = DATE_RE.search(norm)
    assert m is not None
    assert _ends_date_span(norm, m) is span


# --------------------------------------------------------------------------- a banner's column

ITEM = "SmartDSP 2018级硕士研究生毕业论文答辩圆满完成"
LAB = "厦门大学智能数据分析与处理实验室"
NAV = "<div class='navbar'><a href='../index.html'><img src='logo.png' alt='logo'></a></div>"
ITEM_BOX = (
    f"<div class='container'><h2 align='center'>{ITEM}</h2>"
    f"<div align='right'><span>2021-06-08 10:00</span></div><p>{PROSE}</p><p>{PROSE}</p></div>"
)


def _banner(heading: str, wrapper: str = "header") -> str:
    return f"{NAV}<{wrapper} id='head'><div class='container'><h1>{heading}</h1></div></{wrapper}>"


def test_a_banner_heading_title_names_is_the_column() -> None:
    """团队建设 alone in the page's <header>, <title> ``团队建设|实验室``: the h2 is the title and
    团队建设 the category."""
    rec = run(_banner("团队建设") + ITEM_BOX, f"<title>团队建设|{LAB}</title>")
    assert rec["title"] == ITEM
    assert rec["category"] == "团队建设"
    assert rec["published_at"] == "2021-06-08T10:00:00+08:00"


def test_a_banner_heading_title_does_not_open_with_stays() -> None:
    """Negative neighbour: <title> names the item, not the banner's word: no category from the
    banner (its word is no channel word and nothing else names it a column)."""
    rec = run(_banner("团队建设") + ITEM_BOX, f"<title>{ITEM}|{LAB}</title>")
    assert rec["title"] == ITEM
    assert rec["category"] is None


def test_a_heading_in_an_articles_own_header_is_the_headline() -> None:
    """Negative neighbour: ``<article><header><h1>…</h1></header>`` holds the article's own
    headline; a short one <title> opens with stays the title, the h2 under it a deck."""
    headline = "实验室年会召开"
    page = (
        f"{NAV}<article><header><h1>{headline}</h1></header>"
        f"<h2>{ITEM}</h2><div><span>2021-06-08 10:00</span></div><p>{PROSE}</p><p>{PROSE}</p></article>"
    )
    rec = run(page, f"<title>{headline}|{LAB}</title>")
    assert rec["title"] == headline
    assert rec["category"] is None


def test_a_header_holding_more_than_the_heading_is_no_banner_column() -> None:
    """Negative neighbour: a <header> holding the heading and a menu is the site's header, not a
    column banner: nothing there names the category."""
    page = (
        f"<header><h1>团队建设</h1><ul><li><a href='/a.html'>首页</a></li>"
        f"<li><a href='/b.html'>联系我们</a></li></ul></header>{ITEM_BOX}"
    )
    rec = run(page, f"<title>团队建设|{LAB}</title>")
    assert rec["category"] is None


# --------------------------------------------------------------------------- a table's figures


def test_a_repeated_figure_is_kept_cell_by_cell() -> None:
    """新疆兵团's row: 0.0 four times, 105.8 twice, all kept; a repeated sentence still collapses."""
    cells = ["新疆兵团", "0.0", "0.0", "0.0", "0.0", "105.8", "105.8", "0.0"]
    assert clean_body(cells) == "\n\n".join(cells)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["项目一期已经完工。", "项目一期已经完工。", "0.4%"], ["项目一期已经完工。", "0.4%"]),
        (["-5.5%", "-5.5%"], ["-5.5%", "-5.5%"]),
        (["1,234", "1,234"], ["1,234", "1,234"]),
        # a figure with words and no sentence is a line a page may show twice: kept as shown
        # (body152; a sentence repeated still collapses)
        (["增长0.4%", "增长0.4%"], ["增长0.4%", "增长0.4%"]),
    ],
)
def test_only_bare_figures_escape_the_duplicate_rule(
    paragraphs: list[str], expected: list[str]
) -> None:
    """A paragraph of sentences printed twice collapses; a bare figure or a line does not."""
    assert clean_body(paragraphs) == "\n\n".join(expected)
