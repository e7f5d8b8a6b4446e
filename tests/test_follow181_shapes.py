"""Variant breaks on session 31's new dev pages (issue 10, session 32), on pages of our own.

- ``Posted by NAME on Weekday, Month D, YYYY`` in one line with the headline before it (52sask's
  Hugo CleanWhite heading box retyped as one ``<p>``, ``<li>``, ``<td>`` or a row of ``<span>``s):
  the meta line's part after the headline is read beside its date, the weekday opening the date.
- The ``Auth:NAME`` tag row under the text (chemuasso's Hugo Stack tags) retyped as plain words or
  ``<em>``s parted by wide gaps, or with the label outside the first link: the first item
  ``Auth:NAME`` is the writer when every other item is a bare tag word.
- A source label cell and its value cell (``<td>来源：</td><td>X</td>``, ``<th>``, ``<dt>/<dd>``)
  among the text's last lines, above a donation box the text runs on into (52sask): the source,
  as its ``来源：X`` line is read there.
- A schema.org Person card whose name element carries no ``itemprop="name"`` (``<p>NAME</p>``
  over the bio): the card still shows the article:author as the person's name (sustechos).

Why: docs/benchmarks.md, follow181.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

HEADLINE = "星海园区春季招聘会下月举行"
TITLE = f"<title>{HEADLINE}</title>"
GAP = "\u00a0\u00a0"
TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"


def _posted(line: str) -> dict:
    body = (
        "<div class='container'><div class='row'><div class='col'>"
        f"{line}</div></div></div><article class='post-container'>{TEXT}</article>"
    )
    return run(body, TITLE)


def _joined(*items: str, tag: str = "p") -> str:
    return f"<{tag}>" + GAP.join(items) + f"</{tag}>"


BYLINE = ("Posted by", "王明远", "on", "Monday, March 4, 2024")


# 1. the headline and the Posted-by line in one line


@pytest.mark.parametrize(
    "line",
    [
        _joined(HEADLINE, *BYLINE),
        _joined(HEADLINE, *BYLINE, tag="div"),
        "<ul>" + _joined(HEADLINE, *BYLINE, tag="li") + "</ul>",
        "<table><tr>" + _joined(HEADLINE, *BYLINE, tag="td") + "</tr></table>",
        "<div class='post-heading'>"
        + GAP.join(f"<span>{i}</span>" for i in (HEADLINE, *BYLINE))
        + "</div>",
    ],
)
def test_posted_by_after_the_headline_in_one_line(line: str) -> None:
    out = _posted(line)
    assert out["author"] == "王明远"
    assert out["title"] == HEADLINE


def test_posted_by_weekday_abbreviated() -> None:
    out = _posted(_joined(HEADLINE, "Posted by", "王明远", "on", "Mon., March 4, 2024"))
    assert out["author"] == "王明远"


def test_posted_by_office_after_the_headline_names_no_writer() -> None:
    # the neighbour: an office posts notices, it writes none
    out = _posted(_joined(HEADLINE, "Posted by", "园区管委会", "on", "Monday, March 4, 2024"))
    assert out["author"] is None


def test_posted_on_weekday_without_by_names_no_writer() -> None:
    out = _posted(_joined(HEADLINE, "Posted on", "Monday, March 4, 2024"))
    assert out["author"] is None


def test_name_then_a_word_no_weekday_names_no_writer() -> None:
    # the neighbour: the word before the date is no weekday (a place), so no "by NAME on DATE"
    out = _posted(_joined(HEADLINE, "Posted by", "王明远", "on", "Harbour, March 4, 2024"))
    assert out["author"] is None


# 2. the Auth:NAME tag row in another theme's markup


def _tagged(row: str) -> dict:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>Feb 24, 2025</div>"
        f"<article>{TEXT}</article>{row}</div>"
    )
    return run(body, TITLE)


@pytest.mark.parametrize(
    "row",
    [
        "<p>Auth:林一帆</p>",
        "<table><tr><td>Auth:林一帆</td></tr></table>",
        _joined("Auth:林一帆", "催化剂", "试剂"),
        "<ul>" + _joined("Auth:林一帆", "催化剂", tag="li") + "</ul>",
        "<section class='tags'>"
        + GAP.join(f"<em>{t}</em>" for t in ("Auth:林一帆", "催化剂"))
        + "</section>",
        f"<section class='tags'>Auth:<a href='/tags/a/'>林一帆</a>{GAP}<a href='/tags/b/'>催化剂</a></section>",
    ],
)
def test_auth_tag_row_retyped_is_the_writer(row: str) -> None:
    assert _tagged(row)["author"] == "林一帆"


@pytest.mark.parametrize(
    "row",
    [
        # a sentence after the item: no tag row
        _joined("Auth:林一帆", "本文介绍了催化剂在实验中的用法。"),
        # a labelled item after it: a meta line, not a tag row
        _joined("Auth:林一帆", "来源:化学网站"),
        # plain tag words, no writer's label
        _joined("催化剂", "试剂"),
        # a word that only opens with Auth (an OAuth token's name): no label
        _joined("OAuth:林一帆", "催化剂"),
    ],
)
def test_auth_tag_row_neighbours_name_no_writer(row: str) -> None:
    assert _tagged(row)["author"] is None


# 3. a source label cell above a donation box the text runs on into

DONATE = "<p>「真诚赞赏，手留余香」</p><p>星海园区</p><p>真诚赞赏，手留余香</p><p>使用微信扫描二维码完成支付</p>"


def _sourced(cells: str) -> dict:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>2024-03-04</div>"
        f"<article>{TEXT}{cells}{DONATE}</article></div>"
    )
    return run(body, TITLE)


@pytest.mark.parametrize(
    "cells",
    [
        "<table><tr><td>来源：</td><td>环球邮报</td></tr></table>",
        "<table><tr><th>来源</th><td>环球邮报</td></tr></table>",
        "<dl class='info'><dt>来源：</dt><dd>环球邮报</dd></dl>",
    ],
)
def test_source_cell_pair_over_a_donation_box(cells: str) -> None:
    assert _sourced(cells)["source"] == "环球邮报"


def test_source_line_over_a_donation_box_still_read() -> None:
    assert _sourced("<p>来源：环球邮报</p>")["source"] == "环球邮报"


@pytest.mark.parametrize(
    "cells",
    [
        # another label's cell (a place) names no source
        "<table><tr><td>地点：</td><td>创业大厦</td></tr></table>",
        # the value cell a sentence: no outlet's name
        "<table><tr><td>来源：</td><td>据了解，本次活动由园区主办，共有三百人参加。</td></tr></table>",
    ],
)
def test_cell_pair_neighbours_give_no_source(cells: str) -> None:
    assert _sourced(cells)["source"] is None


# 4. a Person card whose name element has no itemprop


def _carded(card: str, author: str = "林一帆") -> dict:
    url = "https://club-x.github.io/ideas/1/"
    head = (
        f"<title>{HEADLINE}</title><meta property='article:author' content='{author}'>"
        f"<meta property='og:url' content='{url}'>"
    )
    body = (
        f"<div class='sidebar'><div itemscope itemtype='https://schema.org/Person'>{card}</div></div>"
        f"<article><h1>{HEADLINE}</h1><p><time>August 6, 2022</time> 少于 1 分钟阅读</p>{TEXT}</article>"
    )
    return run(body, head, url=url)


def test_person_card_plain_name_line_is_the_writer() -> None:
    card = "<img src='/a.png' alt='林一帆'><div><p>林一帆</p><div><p>一名程序员</p></div></div>"
    assert _carded(card)["author"] == "林一帆"


def test_person_card_itemprop_name_still_read() -> None:
    card = "<div><h3 itemprop='name'>林一帆</h3><p>一名程序员</p></div>"
    assert _carded(card)["author"] == "林一帆"


def test_person_card_name_only_in_the_bio_names_no_writer() -> None:
    # the neighbour: the name inside a sentence of the card (and the image's alt text) is no
    # name line of the card
    card = "<img src='/a.png' alt='林一帆'><div><p>林一帆是一名程序员</p></div>"
    assert _carded(card)["author"] is None


def test_person_card_name_in_a_link_list_names_no_writer() -> None:
    card = "<div><p>一名程序员</p><ul><li><a href='/x'>林一帆</a></li></ul></div>"
    assert _carded(card)["author"] is None


def test_copyright_box_author_link_is_not_a_tag_row() -> None:
    # the neighbour (hfimuse's Stun box): ``Author: <a>X</a>`` under the text is a licence box's
    # item, read (or not) as the box is; the text path reads only the tag row's ``Auth:``
    row = (
        "<div class='copyright'><div><span>Author: </span><span><a href='https://club-x.github.io'>"
        "Members of Club X</a></span></div><div><span>Link: </span><span><a href='/1/'>"
        "https://club-x.github.io/1/</a></span></div></div>"
    )
    assert _tagged(row)["author"] is None
