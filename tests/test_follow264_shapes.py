"""hunt262's first-contact misses (issue 10, session 35), on pages of our own.

- A post's own credit inside the text beats the bare name beside the meta row's date (a build's
  default name on every post): the closing ``作者`` box over the writer's photo, name and bio, and
  the opening ``翻译：NAME`` / ``原文：…`` run; both are cut from the body. With no such credit the
  name beside the date is still read.
- A book record's ``作者: A / B`` item (over ``出版社:`` / ``出版年:`` items) under a ``By NAME`` meta
  row is the book's: the row names the writer, and the item stays in the body.
- ``排版：NAME`` on a line of its own is a credit line, cut; a format rule after 排版 is text.

Why: docs/benchmarks.md, follow264.
"""

from __future__ import annotations

from page_shapes import PROSE, run

URL = "https://club.example.org/article/post-1/"
HEAD = "<title>星海读书会的一年 | 星海社</title>"
NAV = "<header><a href='/'>星海社</a><nav><a href='/news/'>新闻</a><a href='/article/'>文章</a></nav></header>"


def _post(content: str, meta: str = "<time datetime=2019-03-02>Mar 02, 2019</time>| 青柚") -> dict:
    body = f"{NAV}<main><h1>星海读书会的一年</h1><p>{meta}</p><div class='content'>{content}</div></main>"
    return run(body, HEAD, URL)


P2 = (
    "读书会每月在社区图书馆举行一次，成员轮流领读，讨论结束后大家一起整理笔记并发布在公众号上。" * 2
)
BIO = "九零后，星海大学社会学博士生，关注城市社区与公共生活，业余时间组织读书会和城市漫步活动。"


# 1. the closing 作者 box over the writer's photo


def _boxed(picture: bool = True) -> dict:
    photo = "<img src='/img/lin.jpg' alt='林小舟'>" if picture else ""
    box = (
        f"<blockquote><p><strong>作者</strong></p><figure>{photo}<figcaption><p>林小舟</p>"
        f"</figcaption></figure><p>{BIO}</p></blockquote>"
    )
    return _post(f"<p>{PROSE}</p><p>{P2}</p>{box}")


def test_closing_photo_box_names_the_writer_over_the_name_beside_the_date() -> None:
    assert _boxed()["author"] == "林小舟"


def test_closing_photo_box_is_cut_from_the_body() -> None:
    body = _boxed()["body"]
    assert body == f"{PROSE}\n\n{P2}"


def test_neighbour_bare_word_over_a_name_with_no_photo_is_no_box() -> None:
    out = _boxed(picture=False)
    assert out["author"] == "青柚"
    assert "林小舟" in out["body"]


def test_neighbour_name_beside_the_date_is_read_when_the_text_credits_no_one() -> None:
    assert _post(f"<p>{PROSE}</p><p>{P2}</p>")["author"] == "青柚"


# 2. the opening translator's run


def test_opening_translator_and_original_lines_name_the_translator() -> None:
    out = _post(
        f"<p><strong>翻译</strong>：林小舟<br><strong>原文</strong>：请查看原文链接</p><p>{PROSE}</p><p>{P2}</p>"
    )
    assert out["author"] == "林小舟"
    assert out["body"] == f"{PROSE}\n\n{P2}"


def test_neighbour_translator_line_alone_is_no_credit_run() -> None:
    # a language page's ``翻译：`` heads a translated sentence: no run without the original's line
    out = _post(f"<p>翻译：林小舟</p><p>{PROSE}</p><p>{P2}</p>")
    assert out["author"] == "青柚"


# 3. a book record under a By row


BY_ROW = "By <a href='#'>lanxi</a> | November 16, 2018"


def _book(meta: str = BY_ROW) -> dict:
    record = "<ul><li>作者: 张一鸣 / 李春华</li><li>出版社: 星海大学出版社</li><li>出版年: 2018</li></ul>"
    return _post(f"<p>{PROSE}</p><p>《城市的读法》</p>{record}<p>{PROSE}</p>", meta=meta)


def test_book_record_writers_are_no_byline_under_a_by_row() -> None:
    assert _book()["author"] == "lanxi"


def test_book_record_writers_line_stays_in_the_body() -> None:
    assert "作者: 张一鸣 / 李春华\n\n出版社: 星海大学出版社" in _book()["body"]


def test_neighbour_closing_writer_line_under_a_by_row_is_still_cut() -> None:
    out = _post(f"<p>{PROSE}</p><p>{P2}</p><p>作者：张一鸣</p>", meta=BY_ROW)
    assert "张一鸣" not in out["body"]


# 4. 排版 credit line


def test_layout_credit_line_is_cut() -> None:
    out = _post(f"<p>{PROSE}</p><p>{P2}</p><p>排版：以宁</p><p>物料由星海青年网络支持。</p>")
    assert out["body"] == f"{PROSE}\n\n{P2}\n\n物料由星海青年网络支持。"


def test_neighbour_layout_format_rule_is_text() -> None:
    out = _post(f"<p>{PROSE}</p><p>排版：A4纸，宋体小四号</p><p>{PROSE}</p>")
    assert "排版：A4纸，宋体小四号" in out["body"]
