"""Distractor breaks of session 34 (issue 10, session 35), on pages of our own.

- A list of posts beside the text (a Hexo theme's 最新文章 sidebar: each ``<li>`` a titled link and
  a ``<time itemprop=datePublished>``) dates other posts: its first ``<time>`` is no witness of the
  page's date, on a page showing none or one shown in no ``<time>``.

Why: docs/benchmarks.md, variants255.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEAD = "<title>春季联欢会顺利举行</title>"


def _sidebar(n: int = 3, link_words: str = "篇活动回顾的标题") -> str:
    items = "".join(
        f"<li><p><a href='/p{i}/'>第{i}{link_words}</a></p><p><time datetime='2018-10-1{i}T11:33:28Z'"
        f" itemprop='datePublished'>2018-10-1{i}</time></p></li>"
        for i in range(n)
    )
    return f"<aside><h3>最新文章</h3><ul>{items}</ul></aside>"


def _page(meta: str, aside: str) -> dict:
    body = f"<h1>春季联欢会顺利举行</h1>{meta}<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>{aside}"
    return run(body, HEAD)


def test_recent_posts_list_dates_no_undated_page() -> None:
    out = _page("", _sidebar())
    assert out["published_at"] is None
    assert out["title"] == "春季联欢会顺利举行"


def test_recent_posts_list_gives_way_to_the_pages_own_unmarked_time() -> None:
    out = _page(
        "<div class='meta'>发布于 <time datetime='2018-03-08'>2018-03-08</time></div>", _sidebar()
    )
    assert out["published_at"] == "2018-03-08"


def test_meta_list_time_without_a_title_link_is_still_read() -> None:
    # negative neighbour: a meta row drawn as a list (the date item, the column's short link)
    meta = (
        "<ul class='meta'><li><time datetime='2018-03-08T10:00:00+08:00'>2018-03-08</time></li>"
        "<li><a href='/c/'>活动</a></li><li><time datetime='2018-03-09T10:00:00+08:00'>更新</time></li></ul>"
    )
    out = _page(meta, "")
    assert out["published_at"] == "2018-03-08"  # the day the reader sees


def test_a_single_dated_item_is_no_list() -> None:
    # negative neighbour: one <li> with a titled link and a <time> (no second dated item): read
    meta = (
        "<ul><li><a href='/a/1.html'>春季联欢会顺利举行</a> "
        "<time datetime='2018-03-08T10:00:00+08:00'>2018-03-08</time></li></ul>"
    )
    out = _page(meta, "")
    assert out["published_at"] == "2018-03-08"  # the day the reader sees
