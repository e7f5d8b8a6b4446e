"""Publish-date shapes LABELLING.md decides, beyond test_policy_fields.py's, one whole page each.

Written from the policy's wording alone (no labelled page opened): two-digit years as DedeCMS
prints them, month-day-year where the day (> 12) makes the order certain, dates with a weekday
or a 12-hour clock, and an event's date range in the text that is not the publish date.
"""

from __future__ import annotations

import pytest
from test_policy_fields import TP1, TP2, TP3, check, meta, page, text

BARE_URL = "http://www.hitech.example.cn/xwzx/yqdt/1234.html"

CASES: dict[str, tuple[dict, dict]] = {
    # thirteenth round: DedeCMS's two-digit year with a clock to the second
    "two-digit-year-seconds": (
        {"meta": meta("25-05-07 17:10:28 来源：高新区科技局"), "url": BARE_URL},
        {"published": ("2025-05-07T17:10:28", "second")},
    ),
    "two-digit-year-label-minute": (
        {"meta": meta("发布：21-06-11 15:11 来源：高新区科技局"), "url": BARE_URL},
        {"published": ("2021-06-11T15:11", "minute")},
    ),
    "two-digit-year-label-day-unpadded": (
        {"meta": meta("发布时间：24-3-5 来源：高新区科技局"), "url": BARE_URL},
        {"published": ("2024-03-05", "day")},
    ),
    "two-digit-year-date-label": (
        {"meta": meta("日期：24-03-05 作者：张明"), "url": BARE_URL},
        {"published": ("2024-03-05", "day")},
    ),
    # a bare two-digit triple with neither label nor clock stays unread (yy-mm-dd or dd-mm-yy?)
    "two-digit-triple-unlabelled": (
        {"meta": meta("24-03-05 高新区科技局"), "url": BARE_URL},
        {"published": None},
    ),
    # month-day-year: a day above 12 makes the order certain
    "month-day-year-dash": (
        {"meta": meta("- 熱血編輯部 @ 05-19-2013 / 2 years ago"), "url": BARE_URL},
        {"published": ("2013-05-19", "day")},
    ),
    "day-month-year-dash": (
        {"meta": meta("Posted on 19-05-2013 by 张明"), "url": BARE_URL},
        {"published": ("2013-05-19", "day")},
    ),
    # both numbers could be a month: the order is not certain, the date stays unread
    "month-day-year-ambiguous": (
        {"meta": meta("05-11-2013 高新区科技局"), "url": BARE_URL},
        {"published": None},
    ),
    "month-day-year-slash-label": (
        {"meta": meta("Posted: 05/19/2013 by 张明"), "url": BARE_URL},
        {"published": ("2013-05-19", "day")},
    ),
    # a weekday beside the date (fifth round: the article's own line, not a header clock)
    "date-with-weekday": (
        {"meta": meta("2024年3月5日 星期二 来源：高新区科技局"), "url": BARE_URL},
        {"published": ("2024-03-05", "day")},
    ),
    "date-with-weekday-label": (
        {"meta": meta("发布时间：2024年03月05日 星期二 10:20"), "url": BARE_URL},
        {"published": ("2024-03-05T10:20", "minute")},
    ),
    # a 12-hour clock written in Chinese
    "date-afternoon-clock": (
        {"meta": meta("发布时间：2024年3月5日 下午3:05"), "url": BARE_URL},
        {"published": ("2024-03-05T15:05", "minute")},
    ),
    "date-morning-clock-traditional": (
        {
            "meta": meta("發佈時間：2024年3月5日 上午9:05"),
            "body": text(TP1, TP2, TP3),
            "url": BARE_URL,
        },
        {"published": ("2024-03-05T09:05", "minute")},
    ),
    # an event's date range in the text is not the publish date
    "event-range-not-publish": (
        {
            "meta": meta("发布时间：2024-02-20 来源：高新区科技局"),
            "body": text("活动时间：2024年3月5日-3月8日", TP2, TP3),
            "url": BARE_URL,
        },
        {"published": ("2024-02-20", "day")},
    ),
    # 修改 after the publish label: the publish date
    "modified-after-publish": (
        {"meta": meta("发布日期：2024-03-05 修改日期：2024-03-09"), "url": BARE_URL},
        {"published": ("2024-03-05", "day")},
    ),
    # ROC year with 民國 and a clock
    "roc-year-clock": (
        {
            "meta": meta("發布時間：民國113年3月27日 14:30"),
            "body": text(TP1, TP2, TP3),
            "url": BARE_URL,
        },
        {"published": ("2024-03-27T14:30", "minute")},
    ),
    # yesterday + time is relative: no date (thirteenth round)
    "yesterday-time": (
        {"meta": meta("昨天 15:23 高新区科技局"), "url": BARE_URL},
        {"published": None},
    ),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", sorted(CASES))
def test_policy_date_shape(name: str) -> None:
    """Each date shape gives the publish date LABELLING.md labels for it."""
    if name in XFAIL:
        pytest.xfail(XFAIL[name])
    parts, want = CASES[name]
    check(page(**parts), want)
