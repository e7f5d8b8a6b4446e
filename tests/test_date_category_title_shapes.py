"""Date, category and title shapes met on real pages nobody here labelled, each written small.

Every case is a minimal page (or date string) in the shape a real site uses, named in the test,
with the exact value the extractor must give; each failed on the code before its rule.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from incubator_crawler.article.published import parse_cn_date
from incubator_crawler.crawl.process import extract_normalized

FETCHED = datetime.fromisoformat("2026-11-28T13:00:00+08:00")
PROSE = "调研组一行走访了园区企业，观看了宣传片，并围绕产业发展工作展开座谈，对成效表示肯定。" * 3


def run(body: str, head: str = "", url: str = "http://www.example.cn/a/1.html") -> dict:
    """Extract a page made of ``head`` and ``body`` markup."""
    html = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return extract_normalized(html.encode("utf-8"), url, fetched_at=FETCHED)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        # PTT's header row (時間 in a span of its own, then C's asctime)
        ("時間Wed Jul 12 00:32:12 2017", "2017-07-12T00:32:12+08:00"),
        ("時間：Wed Jul 12 00:32:12 2017", "2017-07-12T00:32:12+08:00"),
        # a month name after a Chinese label, the line's other labels after it
        ("发布时间：March 5, 2024 来源：新华网", "2024-03-05"),
        ("日期: 12 March 2024", "2024-03-12"),
    ],
)
def test_a_month_name_date_after_a_label(raw: str, value: str) -> None:
    """A labelled date written with a month name is read, not only a bare one."""
    parsed = parse_cn_date(raw, FETCHED)
    assert parsed is not None
    assert parsed.value == value
