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
