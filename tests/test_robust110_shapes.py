"""Title, published and category on other CMSs' markup of dev pages' own spots (robust110).

Each page is small and written here; the values asserted are what a reader of the page takes
from it, with a negative neighbour for each shape.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

H1 = "<h1>秦瑶：一名本科生的科研故事</h1>"
TEXT = f"<div class='entry-content'><p>{PROSE}</p><p>{PROSE}</p></div>"
TITLE = "<title>秦瑶：一名本科生的科研故事 – IIAU-LAB</title>"


def published(meta: str, under: bool = False) -> str | None:
    body = (
        f"<article>{H1}{TEXT}{meta}</article>" if under else f"<article>{meta}{H1}{TEXT}</article>"
    )
    return run(body, TITLE)["published_at"]


# ------------------------------------------------------------ an English comment count on the line
@pytest.mark.parametrize(
    "meta",
    [
        # a WordPress theme's meta line printed as text (iiaulab's, its spans gone)
        "<div class='entry-meta'>2015年4月29日 | 0 Feedbacks on “秦瑶：一名本科生的科研故事” | by iiau</div>",
        "<div class='entry-meta'>2015年4月29日 | 0 Feedbacks | by iiau</div>",
        "<div>by iiau  12 Comments  2015年4月29日</div>",
        "<ul><li>2015年4月29日  3 Responses  by iiau</li></ul>",
        # the comment count a link naming the post, the writer a short link
        "<div>2015年4月29日  <a href='#c'>0 Feedbacks on “秦瑶：一名本科生的科研故事”</a>"
        "  <a href='/author/iiau/'>by iiau</a></div>",
    ],
)
def test_an_english_comment_count_is_no_word_of_the_date_line(meta: str) -> None:
    assert published(meta) == "2015-04-29"


def test_a_sentence_with_comments_in_it_stays_no_date_line() -> None:
    """Words around the count (a sentence naming comments) still make the line too long."""
    assert published("<p>2015年4月29日 | 发表了12篇论文和3 Comments on the review</p>") is None


def test_a_long_link_of_another_story_beside_the_date_stays_a_list_row() -> None:
    """A long link that is no comment count (another story's headline) is no date line's word."""
    meta = "<div>2015年4月29日  <a href='/p/9/'>大连理工大学蝉联国际视觉跟踪竞赛冠军桂冠</a></div>"
    assert published(meta) is None
