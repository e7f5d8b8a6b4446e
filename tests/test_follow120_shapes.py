"""Two of the lead's session-28 answers on dates (follow120, issue 10): a bare date under another
item's linked headline under the text is that item's, box heading or not; a two-digit-year date
with its clock alone on a line right under the headline is the publish date."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

HEAD = "<h1>园区举办第三届创新创业大赛决赛</h1>"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
FOOT = "<div class='foot'>版权所有：示例科技园 备案号：京ICP备000000号</div>"


def _published(out: dict) -> tuple[str | None, str | None]:
    return out["published_at"], out["published_precision"]


# ----------------------------- a date under another item's linked headline under the text
def _card(heading: str, date: str = "2019-05-16") -> str:
    return (
        f"<div class='more'><ul><li><h4>{heading}</h4>"
        "<p>孵化器今年新入驻企业二十家，涵盖人工智能、生物医药和新材料等方向。</p>"
        f"<span>{date}</span></li></ul></div>"
    )


LINKED = "<a href='/news/2019/0516/88.html'>孵化器新入驻企业二十家</a>"


def test_a_bare_date_under_a_linked_item_headline_is_the_items() -> None:
    """A card of another story under the text, no 相关文章 over it: its linked headline, its
    excerpt and a bare date; the page has no date of its own, so none."""
    assert _published(run(HEAD + TEXT + _card(LINKED) + FOOT)) == (None, None)


def test_the_pages_own_date_stays_over_a_linked_card() -> None:
    """The page's own date line under the headline is read; the card's date takes nothing."""
    dated = HEAD + "<div class='info'>发布时间：2024-03-04 09:30</div>" + TEXT
    assert _published(run(dated + _card(LINKED) + FOOT)) == (
        "2024-03-04T09:30:00+08:00",
        "minute",
    )


def test_a_clock_date_under_a_linked_card_is_the_items_too() -> None:
    out = run(HEAD + TEXT + _card(LINKED, "2019-05-16 14:20") + FOOT)
    assert _published(out) == (None, None)


@pytest.mark.parametrize("heading", ["结语", "案例详情", "孵化器新入驻企业二十家"])
def test_a_heading_without_a_link_keeps_the_closing_date_the_pages(heading: str) -> None:
    """Negative neighbour: a heading with no link (a subheading of the text itself, 结语, 案例详情,
    or an unlinked title-like heading) leaves the bare date line closing the page the page's."""
    assert _published(run(HEAD + TEXT + _card(heading) + FOOT)) == ("2019-05-16", "day")


def test_a_bare_date_under_the_text_with_no_heading_is_the_pages() -> None:
    """Negative neighbour: the bare date on a line of its own under the text, no heading over it."""
    assert _published(run(HEAD + TEXT + "<p>2019-05-16</p>" + FOOT)) == ("2019-05-16", "day")


# ------------------ a two-digit-year date with its clock alone right under the headline
def _short_year_page(line: str) -> str:
    return (
        "<div class='col'><h4>园区举办第三届创新创业大赛决赛</h4> <small>来源：<span> 示例日报 </span></small>"
        f" {line}<div class='share'><a href='#'></a></div><div class='article'><p>{PROSE}</p>"
        f"<p>{PROSE}</p></div></div>"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<small> 13-10-12 11:18</small>", "2013-10-12T11:18:00+08:00"),
        ("<span>21-06-18 09:40:05</span>", "2021-06-18T09:40:05+08:00"),
    ],
)
def test_a_short_year_clock_date_in_an_element_of_its_own_is_the_publish_date(
    line: str, expected: str
) -> None:
    """cwl.gov.cn's shape: the headline, the source, then ``yy-MM-dd HH:mm`` in an inline element
    of its own, all in the column that holds the text; the page's only date (LABELLING.md
    session 28, robust118's question)."""
    out = run(_short_year_page(line))
    assert out["published_at"] == expected
    assert out["source"] == "示例日报"


def test_a_short_year_clock_line_of_its_own_under_the_headline() -> None:
    body = f"<h1>园区举办第三届创新创业大赛决赛</h1><div>13-10-12 11:18</div>{TEXT}"
    assert _published(run(body)) == ("2013-10-12T11:18:00+08:00", "minute")


def test_a_short_year_date_without_its_clock_gives_no_date() -> None:
    """Negative neighbour: without the clock the order of ``13-10-12`` is not certain (the
    two-digit-year decision stands): no date."""
    assert _published(run(_short_year_page("<small> 13-10-12</small>"))) == (None, None)


def test_a_short_year_clock_run_into_another_line_is_not_alone() -> None:
    """Negative neighbour: the same date run into the source's line with no element of its own
    (``来源：示例日报 13-10-12 11:18`` as one text) stands on no line of its own here."""
    out = run(_short_year_page(" 13-10-12 11:18"))
    assert _published(out) == (None, None)


def test_a_short_year_clock_in_a_longer_element_is_not_alone() -> None:
    """Negative neighbour: an element whose text holds more than the date (a sentence) is no
    date line of its own."""
    out = run(_short_year_page("<small>活动将于13-10-12 11:18开始</small>"))
    assert _published(out) == (None, None)
