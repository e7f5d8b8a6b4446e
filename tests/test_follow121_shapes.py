"""Blog authors the lead settled in session 28 (issue 10; tmpl129's rendered blog templates).

- A copyright box's ``本站原创文章，由 NAME 于 DATE 发表`` under the post (WordPress Puock; also
  ``本文由 NAME 发布于 DATE``) names the writer, where no byline names another.
- A poster box in the post's header (Hexo Keep: the avatar, ``NAME`` and its level badge ``Lv1``,
  then the date line) names the author; the badge is no part of the name.

Pages of our own words; why each shape: docs/benchmarks.md, follow121.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "<h1>滨江园区召开年度创新工作推进会</h1>"
TEXT = f"<div class='entry'><p>{PROSE}</p><p>{PROSE}</p></div>"


def _puock(sentence: str, licence: str = "版权声明：", byline: str = "") -> str:
    """A post, then its copyright box as Puock prints it (the label, the sentence, a link name)."""
    return (
        f"<article>{TITLE}{byline}{TEXT}</article>"
        f"<div class='box'><div><span>{licence}</span><span>{sentence}</span></div></div>"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "本站原创文章，由 <a href='/u/1'>周若溪 </a>于2024-03-08发表，共计980字。",
        "本文由 周若溪 发布于 2024-03-08，转载请注明出处。",
        "本文由周若溪于2024年3月8日发表",
    ],
)
def test_copyright_box_poster_sentence_names_the_author(sentence: str) -> None:
    assert run(_puock(sentence))["author"] == "周若溪"


def test_poster_sentence_without_a_licence_word_names_no_one() -> None:
    # the same sentence with no copyright box around it (a reprint note, a row): no writer
    assert run(_puock("本文由 周若溪 发布于 2024-03-08", licence="提示："))["author"] is None


def test_poster_sentence_with_the_name_left_empty_names_no_one() -> None:
    # the theme's box with the post's author field empty: ``由 于DATE发表``
    assert run(_puock("本站原创文章，由 <a href=''> </a>于2024-03-08发表"))["author"] is None


def test_byline_over_the_box_keeps_its_writer() -> None:
    # a byline naming another writer wins: the box's poster only where none is named
    byline = "<p class='meta'>作者：林晓川 2024-03-08</p>"
    out = run(_puock("本站原创文章，由 周若溪 于2024-03-08发表", byline=byline))
    assert out["author"] == "林晓川"


def _keep(badge: str, name: str = "周若溪", dates: str = "2024-03-08 10:15:00") -> str:
    """Hexo Keep's post header: the title, the avatar box, the name (and a badge), the date."""
    return (
        "<div class='post'><div class='post-title'>滨江园区召开年度创新工作推进会</div>"
        "<div class='post-header'><div class='avatar-box'><img src='/a.png' alt=''></div>"
        f"<div class='info-box'><div class='author'><span class='name'>{name}</span>{badge}</div>"
        f"<div class='meta-info'><span class='datetime'>{dates}</span></div>"
        f"</div></div>{TEXT}</div>"
    )


HEAD = "<title>滨江园区召开年度创新工作推进会 | 拾光小记</title>"


@pytest.mark.parametrize("badge", ["<span class='badge'>Lv1</span>", "<span>LV.12</span>", ""])
def test_poster_box_name_beside_the_avatar_is_the_author(badge: str) -> None:
    out = run(_keep(badge), head=HEAD)
    assert out["author"] == "周若溪"
    assert out["published_at"].startswith("2024-03-08")


def test_poster_box_control_word_names_no_one() -> None:
    # a header line that is a control (分享) over the date line names no one
    assert run(_keep("", name="分享"), head=HEAD)["author"] is None


def test_level_badge_alone_names_no_one() -> None:
    # a line holding only the badge is no name
    assert run(_keep("", name="Lv3"), head=HEAD)["author"] is None


# Keep's date line as it renders: the post's date and its updated date, no label (the meta-line
# rule takes no such line; the name line right above it is still the poster box's)
TWO_DATES = "2024-03-08 10:15:00</span> &nbsp; <span class='datetime'>2024-03-09 08:00:00"


def test_poster_box_over_a_bare_two_date_line() -> None:
    assert run(_keep("<span>Lv1</span>", dates=TWO_DATES), head=HEAD)["author"] == "周若溪"


def test_office_over_a_bare_date_line_names_no_writer() -> None:
    # an office's name over the date line is no account and no writer
    assert run(_keep("", name="科技局", dates=TWO_DATES), head=HEAD)["author"] is None
