"""follow296: a post's link-heavy meta row holding its writer's labelled item (issue 10, session 37).

- A Hexo theme's row above the headline links the post's date and its categories
  (``<a>2021-10-20</a> <a>新闻</a>►<a>通知</a> 作者：X``): its links outweigh its text, yet it is the
  article's meta row, and its ``作者：`` item names the writer. A related list's row
  (``<a>TITLE</a> 作者：X DATE``), a list of such rows under the text or in a sidebar, and a row
  holding two writers' items stay out.

Why: docs/benchmarks.md, follow296 (transplant seed 29: 7 ``meta`` nulls on thuce's hosts).
"""

from __future__ import annotations

from page_shapes import PROSE, run

P2 = "比赛经过预加载以及决赛正式加载两轮比拼，最终决出特等奖一名，一等奖一名，二等奖三名。" * 2
DATE_LINK = "<a href='/2023/06/25/3909/' class='article-date'><time>2023-06-25</time></a>"
CATS = (
    "<div class='article-category'><a href='/categories/a/'>新闻</a>►"
    "<a href='/categories/b/'>精彩赛事</a>►<a href='/categories/c/'>通知</a></div>"
)


def _post(row: str, after: str = "", side: str = "") -> dict:
    head = (
        "<title>赛事总结丨第二届景观浮桥设计大赛 | 示例学生科协</title>"
        "<meta property='article:published_time' content='2023-06-25T15:14:07.000Z'>"
    )
    body = (
        "<header><h1><a href='/'>示例学生科协</a></h1><nav><a href='/'>首页</a>"
        "<a href='/news'>新闻热点</a><a href='/about'>联系我们</a></nav></header>"
        f"<section id='main'><article><div class='article-meta'>{row}</div>"
        "<header><h1>赛事总结丨第二届景观浮桥设计大赛</h1></header>"
        f"<div class='article-entry'><p>{PROSE}</p><p>{P2}</p></div>{after}</article></section>"
        f"{side}<footer><p>Copyright © 2023 示例学生科协</p></footer>"
    )
    return run(body, head, "https://ce.example.org/2023/06/25/3909/")


def test_linked_meta_row_author_item_names_the_writer() -> None:
    out = _post(f"{DATE_LINK} {CATS}\xa0\xa0<span>作者：张明华</span>")
    assert out["author"] == "张明华"
    assert out["published_at"] == "2023-06-25T23:14:07+08:00"


def test_linked_meta_row_in_one_line_names_the_writer() -> None:
    row = (
        "<a href='/2023/06/25/3909/'>2023-06-25</a> <a href='/categories/a/'>新闻</a>►"
        "<a href='/categories/c/'>通知</a> 作者：张明华"
    )
    assert _post(row)["author"] == "张明华"


PLAIN = f"{DATE_LINK} {CATS}"


def test_neighbour_related_list_rows_under_the_text_name_no_writer() -> None:
    rows = "".join(
        f"<li><a href='/2023/0{i}/01/x/'>第{i}届结构设计大赛圆满落幕</a> 作者：{n} 2023-0{i}-01</li>"
        for i, n in ((3, "李四"), (4, "王五"), (5, "赵六"))
    )
    assert (
        _post(PLAIN, after=f"<div class='related'><h3>相关文章</h3><ul>{rows}</ul></div>")["author"]
        is None
    )


def test_neighbour_one_related_row_under_the_text_names_no_writer() -> None:
    row = "<li><a href='/2023/03/01/x/'>第三届结构设计大赛圆满落幕</a> 作者：李四 2023-03-01</li>"
    assert (
        _post(PLAIN, after=f"<div class='related'><h3>相关文章</h3><ul>{row}</ul></div>")["author"]
        is None
    )


def test_neighbour_sidebar_meta_like_rows_name_no_writer() -> None:
    rows = "".join(
        f"<li><a href='/2023/0{i}/01/'>2023-0{i}-01</a> <a href='/c/'>赛事</a> 作者：{n}</li>"
        for i, n in ((3, "李四"), (4, "王五"))
    )
    assert _post(PLAIN, side=f"<aside><h3>最新文章</h3><ul>{rows}</ul></aside>")["author"] is None
    # the same rows as a list under the text
    assert _post(PLAIN, after=f"<div><h3>最新文章</h3><ul>{rows}</ul></div>")["author"] is None


def test_neighbour_row_of_two_writers_items_names_no_writer() -> None:
    row = (
        "<p><a href='/1/'>2023-03-01</a> <a href='/c/'>赛事</a> 作者：李四 "
        "<a href='/2/'>2023-02-01</a> <a href='/c/'>通知</a> 作者：王五</p>"
    )
    assert _post(PLAIN, after=row)["author"] is None
