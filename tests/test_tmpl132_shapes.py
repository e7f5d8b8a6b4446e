"""Shapes this round's CMS article templates print (tmpl132, issue 10), one page each.

Pages of our own (the markup's structure, labels and icons, never a template's text), each with
its negative neighbours:

- the account's picture before its name and a person glyph before the writer's on one meta line
  (DedeBIZ: ``<img class="user-img-xs">王丽 · DATE · [globe]科技日报 · [fa-user]张明华``): the
  glyph labels the author; the avatar's name is the author only where no glyph labels one;
- a name alone before the date's own label (iCMS: ``<a href="/user/3">王丽</a> 发布时间：DATE``):
  the name beside the date (LABELLING.md, session 28) is the author; an office, an outlet, a
  column word or a page control there is none;
- "by" before a name and the date (Huxpro's Jekyll theme: ``Posted by 王丽 on May 17, 2023``; ``by
  王丽 2023-05-17``): the name is the author, as after the date (``DATE by X``); a site's
  ``Powered by`` credit, an outlet, an office or a page word there is none.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

HEADLINE = "新区召开重点企业服务座谈会"
PARAS = "".join(f"<p>{PROSE}</p>" for _ in range(3))
HEAD = f"<title>{HEADLINE}-新区门户网</title>"


def page(meta: str) -> dict:
    """A page with the headline, ``meta`` under it and three paragraphs."""
    return run(f"<div class='main'><h1>{HEADLINE}</h1>{meta}{PARAS}</div>", HEAD)


def meta_line(*items: str) -> str:
    """A meta line of spans, one an item, on lines of their own as a template prints them."""
    return "<div class='meta'>\n" + "\n".join(items) + "\n</div>"


AVATAR = '<a href="/u/3"><span><img src="/uploads/face/3.jpg" class="{cls}">陈静</span></a>'
DATE = '<span><i class="fa fa-calendar"></i>2024-03-05</span>'
WRITER = '<span><i class="fa fa-user"></i>张明华</span>'

AVATAR_AND_GLYPH = [
    # the account's picture, then a person glyph before the writer: the writer
    (
        "avatar-class-then-glyph",
        meta_line(AVATAR.format(cls="user-img-xs"), DATE, WRITER),
        "张明华",
    ),
    ("avatar-word-then-glyph", meta_line(AVATAR.format(cls="user-avatar"), DATE, WRITER), "张明华"),
    # neighbours: the avatar alone names the poster, the author where no glyph labels one
    ("avatar-alone", meta_line(AVATAR.format(cls="user-img-xs"), DATE), "陈静"),
    # a person glyph drawn as a picture (no picture word in its name) is a label as before
    (
        "glyph-picture-first",
        meta_line('<span><img src="/images/user.png">陈静</span>', DATE, WRITER),
        "陈静",
    ),
]


@pytest.mark.parametrize(
    ("meta", "author"), [c[1:] for c in AVATAR_AND_GLYPH], ids=[c[0] for c in AVATAR_AND_GLYPH]
)
def test_person_glyph_beats_the_avatar(meta: str, author: str) -> None:
    assert page(meta)["author"] == author


NAME_BEFORE_LABEL = [
    # the account's name, then the date under its own label: the name beside the date
    (
        "linked-name-then-label",
        '<div class="info"><a href="/user/3">陈静</a> 发布时间： 2024-03-05 10:20</div>',
        "陈静",
    ),
    ("name-then-date-label", '<div class="info">陈静 发布日期：2024-03-05</div>', "陈静"),
    # neighbours: an office, an outlet, a column word, a page control there name no writer
    ("office-then-label", '<div class="info">市科技局 发布时间：2024-03-05</div>', None),
    ("outlet-then-label", '<div class="info">新华社 发布时间：2024-03-05</div>', None),
    ("column-then-label", '<div class="info">政务公开 发布时间：2024-03-05</div>', None),
    ("home-then-label", '<div class="info">首页 发布时间：2024-03-05</div>', None),
    # glued to the label, no blank: no name read (the line is a label's run)
    ("glued-to-label", '<div class="info">陈静发布时间：2024-03-05</div>', None),
]


@pytest.mark.parametrize(
    ("meta", "author"), [c[1:] for c in NAME_BEFORE_LABEL], ids=[c[0] for c in NAME_BEFORE_LABEL]
)
def test_name_before_the_dates_label(meta: str, author: str | None) -> None:
    assert page(meta)["author"] == author


BY_BEFORE_DATE = [
    ("posted-by-on-latin-date", "Posted by 陈静 on March 5, 2024", "陈静"),
    ("by-before-iso-date", "by 陈静 2024-03-05", "陈静"),
    ("posted-by-latin-name", "Posted by Tom Lee on March 5, 2024", "Tom Lee"),
    # neighbours: a software credit, an outlet, an office, a page word
    ("powered-by", "Powered by Jekyll on March 5, 2024", None),
    ("by-outlet", "By 新华社 2024-03-05", None),
    ("by-office", "by 市科技局 2024-03-05", None),
    ("by-page-word", "Posted by 首页 on March 5, 2024", None),
]


@pytest.mark.parametrize(
    ("line", "author"), [c[1:] for c in BY_BEFORE_DATE], ids=[c[0] for c in BY_BEFORE_DATE]
)
def test_by_before_the_date(line: str, author: str | None) -> None:
    assert page(f'<div class="meta">{line}</div>')["author"] == author
