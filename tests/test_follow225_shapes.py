"""hunt219's first-contact misses on two open-source community blogs (issue 10, session 34), on
pages of our own.

- A post-kind badge (``翻译``, ``演讲``) on a theme's thumbnail right over its ``by NAME/ on DATE``
  row is no account's name; the row's ``by`` names the writers, a few blank-parted names too.
- ``原文（作者 X）：<link>`` in a translated post's opening credit box adds the original's writer X
  after the translator.
- A meta row's 作者 glued to ``组织者`` (the organisers) names no one; the closing
  ``本文原作者：TITLE NAME 先生`` gives NAME.
- The ``发布于：DATE`` in a translated text's credit box is the original's date; the page's own
  meta row dates the page.

Why: docs/benchmarks.md, follow225.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.people.names import clean_person

URL = "http://www.example.org/blog/post-1/"
HEAD = "<title>星海社区年会回顾 | 星海社区</title>"


def _card(badge: str, by: str, box: str = "", headline: str = "星海社区年会回顾") -> dict:
    body = (
        "<nav><a href='/'>首页</a><a href='/blog/'>博客</a><a href='/about/'>关于</a></nav>"
        f"<h2>{headline}</h2><div class='col'><div class='thumb'><img src='/a.jpg' alt='t'>"
        f"<div class='card-type'>{badge}</div></div>"
        f"<div class='card-meta'>by <strong>{by}</strong>/ on <strong>21 Sep 2019</strong></div>"
        f"<h2>{headline}</h2><div class='content'>{box}<p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return run(body, HEAD, URL)


# 1. the badge over the by-row


def test_translation_badge_is_no_name_the_by_row_names_the_writer() -> None:
    out = _card("翻译", "林小舟")
    assert out["author"] == "林小舟"
    assert str(out["published_at"]).startswith("2019-09-21")


def test_talk_badge_is_no_name() -> None:
    assert _card("演讲", "林小舟")["author"] == "林小舟"


def test_by_row_with_three_blank_parted_names() -> None:
    assert _card("翻译", "林小舟 韩梅 陈思宇")["author"] == "林小舟、韩梅、陈思宇"


def test_neighbour_a_name_over_the_by_row_badge_place_stays_a_name_rule() -> None:
    # a real name in the badge's place is still read by some rule: the by-row's writer or the
    # name; the badge words only are no name
    out = _card("周明轩", "林小舟")
    assert out["author"] in ("周明轩", "林小舟")
    assert out["author"] not in ("翻译", "演讲")


def test_neighbour_by_row_with_a_long_phrase_is_no_names() -> None:
    # a phrase after by with blanks (five words) is no list of names
    out = _card("翻译", "星海 社区 年会 筹备 小组")
    assert out["author"] is None or "星海" not in out["author"]


# 2 and 4. the translated post's credit box


def _box(*lines: str) -> str:
    return "<blockquote>" + "".join(f"<p>{line}</p>" for line in lines) + "</blockquote>"


TRANSLATED = _box(
    "译者：林小舟",
    "审校：韩梅",
    "原文（作者 Mark Evans）：<a href='https://example.com/post'>How Teams Work</a>",
    "发布于：2018年2月4日",
)


def test_credit_box_original_writer_after_translator_and_page_date() -> None:
    out = _card("翻译", "林小舟", TRANSLATED)
    assert out["author"] == "林小舟、Mark Evans"
    assert str(out["published_at"]).startswith("2019-09-21")
    assert not out["body"].startswith("审校")
    assert "2018年2月4日" not in out["body"]


def test_neighbour_box_without_a_translator_keeps_its_date() -> None:
    # no translator credited: the box's 发布于 is the post's own date line, read as before
    box = _box("作者：林小舟", "审校：韩梅", "发布于：2018年2月4日")
    out = _card("演讲", "林小舟", box)
    assert str(out["published_at"]).startswith("2018-02-04")


def test_neighbour_no_original_writer_without_the_bracket() -> None:
    box = _box(
        "译者：林小舟",
        "原文：<a href='https://example.com/post'>How Teams Work</a>",
        "发布于：2018年2月4日",
    )
    out = _card("翻译", "林小舟", box)
    assert out["author"] == "林小舟"
    assert str(out["published_at"]).startswith("2019-09-21")


# 3. 作者组织者 and the closing 原作者


def _meta_row(author_item: str, closing: str) -> dict:
    body = (
        "<h1>星海社区首站纪实</h1>"
        f"<p class='meta'>{author_item} | 归档于<a href='/categories/x'>大会</a> | 发表于 2018-06-08</p>"
        f"<div id='post-content'><p>{PROSE}</p><p>{PROSE}</p><p>{closing}</p></div>"
    )
    return run(body, "<title>星海社区首站纪实 | 星海社区</title>", URL)


def test_organisers_item_is_no_name_closing_original_writer_is() -> None:
    out = _meta_row("作者组织者", "本文原作者：星海社区联合发起人 林小舟 先生")
    assert out["author"] == "林小舟"


def test_neighbour_glued_author_item_with_a_name_stays() -> None:
    out = _meta_row("作者林小舟", "谢谢大家。")
    assert out["author"] == "林小舟"


def test_clean_person_title_name_honorific() -> None:
    assert clean_person("星海社区联合发起人 林小舟 先生", role="author") == "林小舟"
    assert clean_person("星海社区理事长 韩梅 女士", role="author") == "韩梅"


def test_clean_person_neighbour_two_names_and_honorific_kept_apart() -> None:
    # a short word before the name is no title: not cut to the last name
    assert clean_person("林小舟 韩梅 先生", role="author") != "韩梅"
