"""gone320: an author only the head names (JSON-LD's author, a ``<title>`` 「X的博客」, og:site_name's
``X's Blog``) is given only where the page shows that name as a credit: outside the text, outside
the comments, and not only as the owner of the site's name (LABELLING.md: an author only in the
head is no byline). Each case on a built page in the real shape, with the neighbour that shows it."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "园区举办创新创业大赛决赛"
LD = '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Person", "name": "北鸮"}}</script>'
COMMENT = (
    "<div class='comment'><div class='comment-list-wrapper'><div class='comment-item'>"
    "<span>北鸮</span><p>谢谢大家的支持，后续还会更新。</p></div></div></div>"
)


def _page(extra: str = "", head: str = LD, text: str = PROSE, top: str = "") -> dict:
    return run(
        f"{top}<h1>{TITLE}</h1><div class='meta'>2022-05-03 15:00</div>"
        f"<div class='post-body'><p>{text}</p><p>{PROSE}</p></div>{extra}",
        f"<title>{TITLE}</title>{head}",
    )


@pytest.mark.parametrize(
    ("extra", "text"),
    [
        (COMMENT, PROSE),  # the writer's reply under the text (sspai)
        ("", "北鸮在文中提到，" + PROSE),  # a name in the text is its subject
    ],
)
def test_a_json_ld_author_shown_only_in_a_reply_or_the_text_is_no_byline(
    extra: str, text: str
) -> None:
    rec = _page(extra, text=text)
    assert rec["author"] is None


def test_a_json_ld_author_shown_on_an_author_card_is_the_writer() -> None:
    """The neighbour: the card under the text shows the name (sspai's author box)."""
    rec = _page("<div class='article-author'><span class='nickname'>北鸮</span></div>" + COMMENT)
    assert (rec["author"], rec["extraction"]["author"]) == ("北鸮", "jsonld:author")


BLOG_TITLE = f"<title>{TITLE} | 贺巩山的博客</title>"


def _blog(top: str, extra: str = "") -> dict:
    return run(
        f"{top}<h1>{TITLE}</h1><div class='meta'>2022-05-03</div>"
        f"<div class='post-body'><p>{PROSE}</p><p>{PROSE}</p></div>{extra}",
        BLOG_TITLE,
    )


def test_a_title_blogger_shown_only_as_the_site_name_is_no_byline() -> None:
    """The header's ``贺巩山的博客`` is the site's name: the page credits no writer."""
    rec = _blog("<header><a class='brand'>贺巩山的博客</a></header>")
    assert rec["author"] is None


def test_a_title_blogger_shown_in_the_sidebar_owner_box_is_the_writer() -> None:
    """The neighbour: the sidebar's blogger box names him (a NexT theme's site-author-name)."""
    rec = _blog(
        "<header><a class='brand'>贺巩山的博客</a></header>",
        "<aside class='sidebar'><p class='site-author-name'>贺巩山</p></aside>",
    )
    assert (rec["author"], rec["extraction"]["author"]) == ("贺巩山", "title:blogger")


OWNER_HEAD = (
    f"<title>{TITLE}</title><meta property='og:site_name' content=\"Hong-Sheng Huang's Blog\">"
)


@pytest.mark.parametrize(
    ("footer", "author"),
    [
        ("", None),  # the site's name alone: no byline
        ("<footer><span>© 2025 Hong-Sheng Huang</span></footer>", "Hong-Sheng Huang"),
    ],
)
def test_a_site_owner_needs_the_name_shown_beside_the_site_name(
    footer: str, author: str | None
) -> None:
    """og:site_name ``X's Blog``: X writes the post where the page shows X itself (the footer's
    © line, scientiatw), not where it shows only ``X's Blog``."""
    rec = run(
        f"<aside><h1 class='site-name'><a>Hong-Sheng Huang's Blog</a></h1></aside>"
        f"<h2>{TITLE}</h2><div class='meta'>2025-03-02</div>"
        f"<div class='post-body'><p>{PROSE}</p><p>{PROSE}</p></div>{footer}",
        OWNER_HEAD,
    )
    assert rec["author"] == author
