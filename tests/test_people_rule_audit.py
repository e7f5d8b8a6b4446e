"""People values whose rule was wrong on unlabelled pages of dev-side sites (audit50: each
people rule read on the pools, five pages a site), as pages of our own. Why each shape:
docs/benchmarks.md, audit50."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.people import clean_person

TITLE = "高新区孵化器年度工作总结"
HEAD = f"<title>{TITLE}</title>"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"


@pytest.mark.parametrize(
    "footer",
    [
        # ferrosilicon.cn: the notice after the site's credit in the footer
        "Powered by<a href='/'>正德冶金</a> 声明：本网站部分图片来源于网络，产品以实物为准，"
        "如有侵权请联系我们删除谢谢合作！",
        # kuaiqitong.com: the notice in a box of its own under the text
        "△声明:以上部分图文来源于网络，如有侵权，请及时联系我们删除。",
        "本站部分图片来自网络，如有侵权请联系删除",
    ],
    ids=["after-credit", "declared", "bare"],
)
def test_a_takedown_notice_names_no_source(footer: str) -> None:
    """``部分图片来源于网络，…如有侵权请…`` says where pictures came from: no 来源 of the page."""
    body = f"<h1>{TITLE}</h1><div>2024-05-20 10:00</div>{TEXT}<p>{footer}</p>"
    assert run(body, HEAD)["source"] is None


@pytest.mark.parametrize(
    "line",
    ["来源：科技日报 如有侵权请联系删除", "来源：科技日报。部分图片来源于网络，如有侵权请联系删除"],
    ids=["notice-after", "notice-sentence-after"],
)
def test_a_source_before_a_takedown_notice_stays(line: str) -> None:
    """A labelled 来源 standing before the notice's own sentence is the page's source."""
    body = f"<h1>{TITLE}</h1><div>2024-05-20 10:00</div>{TEXT}<p>{line}</p>"
    assert run(body, HEAD)["source"] == "科技日报"


@pytest.mark.parametrize(("slot", "author"), [("探访", None), ("专访", None), ("孙韶华", "孙韶华")])
def test_a_report_kind_in_the_byline_slot_is_no_writer(slot: str, author: str | None) -> None:
    """people.com.cn prints ``<p class="author">探访</p>`` under a headline where its other pages
    print the writer (``<p class="author">孙韶华</p>``): a report's kind, no one's name."""
    body = (
        f"<h1>{TITLE}</h1><p class='author'>{slot}</p>"
        "<div class='box01'>2018年06月11日10:00&nbsp;&nbsp;来源：<a href='/x'>人民网</a></div>"
        f"{TEXT}"
    )
    rec = run(body, HEAD)
    assert rec["author"] == author
    assert rec["source"] == "人民网"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：admin<a href='tel:027-83855737'>点击电话咨询</a>", None),
        ("来源：园区发布<a href='tel:027-83855737'>点击咨询</a>", "园区发布"),
    ],
    ids=["placeholder", "outlet"],
)
def test_a_call_link_glued_after_the_source_is_no_part_of_it(line: str, source: str | None) -> None:
    """whltyy.com: ``来源：admin<a href="tel:…">点击电话咨询</a>`` under the headline; the link is
    a control, what stands before it is the value (``admin`` names no publisher)."""
    body = f"<h1>{TITLE}</h1><p class='show_ly'>{line}</p>{TEXT}"
    assert run(body, HEAD)["source"] == source


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("admin点击电话咨询", None),
        ("园区发布 在线咨询", "园区发布"),
        ("赛迪咨询", "赛迪咨询"),
        ("中国在线咨询网", "中国在线咨询网"),
    ],
)
def test_clean_source_cuts_a_call_to_action_only_at_its_end(raw: str, value: str | None) -> None:
    """A consultancy's name (赛迪咨询) is an outlet; only a call to act closing the value goes."""
    assert clean_person(raw, role="source") == value
