"""Publish-date shapes the dates4 note left open, as dates5 found them (no rule changed).

Pinned so a later change keeps them: a label cell without a colon before a numeric date is
already the page's date (as the meta line's unlabelled date), and the shapes dates5 measured
and did not build stay unread (a date only in ``<title>``, several ``"publishDate"`` values in
an inline script, an unlabelled two-digit-year date). Why each is left: docs/benchmarks.md,
dates5.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "高新区孵化器年度工作总结"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"


@pytest.mark.parametrize(
    ("cells", "value", "rule"),
    [
        (
            "<table><tr><th>发布日期</th><td>2024-05-13</td><th>来源</th><td>高新区管委会</td></tr>"
            "</table>",
            "2024-05-13",
            "meta-line:date",
        ),
        # the label cell's word labels the date (robust113: as ``发布日期：2024-05-13``)
        ("<dl><dt>发布日期</dt><dd>2024-05-13</dd></dl>", "2024-05-13", "label:发布日期"),
        (
            "<div><span>发布时间</span> <span>2024-05-13 10:20</span></div>",
            "2024-05-13T10:20:00+08:00",
            "label:发布时间",
        ),
    ],
    ids=["th-td", "dt-dd", "span-span"],
)
def test_a_label_cell_without_a_colon_before_a_numeric_date(
    cells: str, value: str, rule: str
) -> None:
    """``<th>发布日期</th><td>2024-05-13</td>``: the cell's date is the page's."""
    rec = run(f"<h1>{TITLE}</h1>{cells}{TEXT}", f"<title>{TITLE}</title>")
    assert rec["published_at"] == value
    assert rec["extraction"]["published"] == rule
    assert rec["title"] == TITLE


def test_a_date_only_in_the_document_title_stays_unread() -> None:
    """A ``<title>`` date names what the page is about (an event, a report's day), not when it
    was posted (a dev page's title names the day before its publish date)."""
    rec = run(
        f"<h1>{TITLE}</h1>{TEXT}",
        f"<title>2024年5月13日 {TITLE}</title>",
        url="http://www.example.cn/news/show.aspx?id=12",
    )
    assert rec["published_at"] is None


def test_several_publish_dates_in_an_inline_script_stay_unread() -> None:
    """A topic page's state script dates each story it gathers (``"publishDate"`` per item):
    no value of theirs is the page's date the reader sees."""
    script = (
        '<script>window.__STATE__ = {"topic": {"items": ['
        '{"title": "甲", "publishDate": "2024-05-12T05:51:23.000Z"},'
        '{"title": "乙", "publishDate": "2024-05-13T10:29:27.000Z"}],'
        '"publishDate": "2024-05-13T00:31:40.109Z"}};</script>'
    )
    rec = run(
        f"<h1>{TITLE}</h1>{TEXT}{script}",
        f"<title>{TITLE}</title>",
        url="http://www.example.cn/topic/7PM49H",
    )
    assert rec["published_at"] is None


def test_an_unlabelled_two_digit_year_date_stays_unread() -> None:
    """``24-5-13 17:07`` could be 2024-05-13 or 2013-05-24: without a label naming the order,
    no day is read (htmldate reads weibo's ``24-5-13`` as 2013-05-24)."""
    rec = run(
        f"<h1>{TITLE}</h1><div><a href='/u/1'>24-5-13 17:07</a> 来自 微博</div>{TEXT}",
        f"<title>{TITLE}</title>",
        url="http://www.example.cn/u/1/Oabc",
    )
    assert rec["published_at"] is None
