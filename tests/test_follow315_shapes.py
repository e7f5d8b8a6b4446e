"""follow315: a date line rebuilt (its links lost, moved under the text) reads no column or label
word as the source; each shape with its negative neighbours (issue 10, session 39)."""

from __future__ import annotations

from incubator_crawler.article.people.beside_date import _names_around_date, _source_after_date
from incubator_crawler.crawl.process import extract_normalized

_SENT = "上周六下午，全班同学一起来到社区服务站，帮助工作人员整理图书并打扫阅览室的卫生。"
_PARA = "<p>" + _SENT * 3 + "</p>"


def _run(html: str, url: str = "https://class.example.edu.cn/2018/03/20/post/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


def _page(meta_html: str, text_html: str = _PARA, title: str = "五班志愿服务：社区图书整理") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1><div class='meta'>{meta_html}</div>"
        f"<div class='content'>{text_html}</div></article></body></html>"
    )


# 1. a column of activities beside the date, its category link lost (xmuclass5's Hexo theme:
#    ``2018-03-20 | 班级活动 | 阅读量``): where the item is filed, no outlet and no writer


def test_activity_column_after_the_date_names_no_source():
    for column in ("班级活动", "社团活动", "年会活动"):
        for sep in (" | ", "<br>", "\u3000", "  "):
            out = _run(_page(f"<div>2018-03-20{sep}{column}{sep}阅读量</div>"))
            assert out["source"] is None, (column, sep)
            assert out["author"] is None, (column, sep)
    assert _source_after_date("2018-03-20 | 班级活动 | 阅读量") is None


def test_outlet_after_the_date_stays_the_source_beside_the_activity_shape():
    # negative neighbours: an outlet by its length or its ending, a centre of activities (an
    # office: 中心 closes it), and 活动 inside a name
    assert _source_after_date("2018-03-20 | 游民星空 | 阅读量") == "游民星空"
    assert _source_after_date("2018-03-20 | 中国青年报") == "中国青年报"
    assert _source_after_date("2018-03-20 | 青少年活动中心") == "青少年活动中心"
    out = _run(_page("<div>2018-03-20 | 澎湃新闻 | 阅读量</div>"))
    assert out["source"] == "澎湃新闻"


# 2. a template's 来源 slot printing the item's column unlinked (xingduqiao's EmpireCMS line
#    ``来源：年会活动 发布时间：DATE`` with its link to the column lost): no outlet


def test_activity_column_in_the_source_slot_names_no_source():
    for line in (
        "来源：年会活动丨发布时间：2022-07-18 10:08:39",
        "来源：年会活动 / 发布时间：2022-07-18 10:08:39",
        "[来源:班级活动] [发布时间:2022-07-18 10:08:39]",
    ):
        out = _run(_page(f"<div class='info'>{line}</div>"))
        assert out["source"] is None, line
        assert out["published_at"].startswith("2022-07-18"), line


def test_labelled_outlets_stay_the_source_beside_the_activity_shape():
    for value in ("新华社", "中国青年报", "青少年活动中心"):
        out = _run(_page(f"<div class='info'>来源：{value}丨发布时间：2022-07-18 10:08:39</div>"))
        assert out["source"] == value, value


# 3. an event's facts as label | value pairs (``活动时间 | DATE 活动地点 | 12舍活动室``, a club's
#    report opening so, read as the date line once the real one stands under the text): the word
#    a bar follows after the date labels the next value, no outlet


def test_a_label_after_the_date_in_bar_pairs_is_no_outlet():
    assert _names_around_date("活动时间 | 2026.1.3 活动地点 | 12舍活动室")[1] is None
    assert _names_around_date("会议日期 | 2026-01-03 会议地点 | 报告厅")[1] is None
    assert _source_after_date("活动时间 | 2026.1.3 活动地点 | 12舍活动室") is None


def test_bar_pairs_need_a_time_label_before_the_date():
    # negative neighbours: an outlet between bars after a bare date, and after a time label with
    # no bar following the outlet
    assert _source_after_date("2026-01-03 | 中国青年报 | 阅读量") == "中国青年报"
    assert _source_after_date("发布时间 | 2026-01-03 中国青年报") == "中国青年报"
