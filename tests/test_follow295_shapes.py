"""Variant breaks of session 36's re-measure, fixed by shape (issue 10, session 37).

- A meta line showing only a change date (``更新日期：Y``, ``Update Date: Y``) over a text closed
  by a line labelled as the publish date (``发布日期：X``, ``Publish Date: X``): X. A publish date
  a reader sees outranks a change date. An update date alone stays the date; a publish label in
  a related item or a comment under the text dates no page.
- A writer's label and its name as two lines at the text's opening (``<dl><dt>作者</dt><dd>肖锐
  </dd></dl>``, ``<dt>原作者：</dt><dd>X</dd>``, a ``<th>`` / ``<td>`` pair): one credit, both
  lines cut from the body. A definition list of other words, a label line over a paragraph of
  prose, and a label further down the text stay as they are.
- A WeChat post's header as a plain line, ``NAME ACCOUNT DATE``, the account the site's own name
  (``方文达  玩转湖大  2014-05-31`` on 玩转湖大文章作品集): NAME is the writer. The account alone,
  a control's word or an office before it, or another account, name no writer by this rule.

Why: docs/benchmarks.md, follow295.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.people import find_inline_people

URL = "https://class.example.io/2022/202210aosen/"


def _dated(meta: str, under: str = "", after: str = "") -> dict:
    body = (
        "<nav><a href='/'>首页</a><a href='/tags'>标签</a></nav>"
        f"<h1 class='title'>秋日团建</h1><div class='post-info'>{meta}"
        "<div>Word Count:&nbsp;&nbsp; 767</div></div>"
        f"<div id='articleContent'><p>{PROSE}</p><p>{PROSE}</p>{under}</div>{after}"
        "<footer><div>Copyright © 2022 快乐老家 | Powered by Hexo</div></footer>"
    )
    return run(body, "<title>秋日团建</title>", URL)


def _row(label: str, day: str) -> str:
    return f"<div class='post-date'><i class='far'></i>{label}&nbsp;&nbsp; {day}</div>"


def test_publish_date_row_under_the_text_over_an_update_row() -> None:
    got = _dated(_row("Update Date:", "2022-11-04"), after=_row("Publish Date:", "2022-11-02"))
    assert got["published_at"] == "2022-11-02"


def test_chinese_publish_row_under_the_text_over_an_update_row() -> None:
    got = _dated(_row("更新日期：", "2022-11-04"), after=_row("发布日期：", "2022-11-02"))
    assert got["published_at"] == "2022-11-02"


def test_published_time_line_in_the_text_over_an_update_time() -> None:
    got = _dated(_row("更新时间：", "2022-11-04 10:00"), under="<p>发表时间：2022-11-02 09:30</p>")
    assert got["published_at"] == "2022-11-02T09:30:00+08:00"


def test_neighbour_an_update_date_alone_is_the_date() -> None:
    assert _dated(_row("更新日期：", "2022-11-04"))["published_at"] == "2022-11-04"
    assert _dated(_row("Update Date:", "2022-11-04"))["published_at"] == "2022-11-04"


def test_neighbour_a_bare_date_under_the_text_is_no_publish_label() -> None:
    got = _dated(_row("Update Date:", "2022-11-04"), after=_row("Date:", "2022-11-02"))
    assert got["published_at"] == "2022-11-04"


def test_neighbour_a_plain_date_row_keeps_its_date() -> None:
    got = _dated(_row("日期：", "2022-11-04"), after=_row("发布日期：", "2022-11-02"))
    assert got["published_at"] == "2022-11-04"


def test_neighbour_publish_label_in_a_related_list_under_the_text() -> None:
    related = (
        "<div class='related'><h3>相关文章</h3><ul>"
        "<li><a href='/2021/a/'>去年的秋日团建回顾与总结</a><span>发布日期：2021-10-02</span></li>"
        "<li><a href='/2021/b/'>班级春游活动安排通知发布</a><span>发布日期：2021-04-12</span></li>"
        "</ul></div>"
    )
    got = _dated(_row("更新日期：", "2022-11-04"), after=related)
    assert got["published_at"] == "2022-11-04"


def test_neighbour_publish_label_in_a_comment_under_the_text() -> None:
    comments = (
        "<div class='comments'><h3>评论</h3><div class='comment'><div class='who'>张同学</div>"
        "<div class='when'>发布日期：2022-12-01</div><p>写得真好，期待下次活动！我们明年再一起去吧，"
        "大家都很开心，照片也拍得很好看。</p></div></div>"
    )
    got = _dated(_row("更新日期：", "2022-11-04"), after=comments)
    assert got["published_at"] == "2022-11-04"


POST = "https://acm.example.io/2018/12/14/new/"


def _opening(first: str) -> dict:
    body = (
        "<h1>18-19学年集训队招新</h1><div class='meta'>2018-12-14 19:30:11</div>"
        f"<article><h2>集训队招新算法考核</h2>{first}<h3>简介</h3><p>{PROSE}</p><p>{PROSE}</p>"
        "</article><footer>Powered by Hexo</footer>"
    )
    return run(body, "<title>18-19学年集训队招新</title>", POST)


def test_definition_list_pair_at_the_opening_is_the_credit() -> None:
    got = _opening("<dl class='info'><dt>作者</dt><dd>肖锐</dd></dl>")
    assert got["author"] == "肖锐"
    assert got["body"].split("\n\n")[:2] == ["集训队招新算法考核", "简介"]


def test_original_writer_pair_with_its_colon() -> None:
    got = _opening("<dl><dt>原作者：</dt><dd>王雨林</dd></dl>")
    assert got["author"] == "王雨林"
    assert "原作者" not in got["body"]


def test_table_label_cell_pair_at_the_opening() -> None:
    got = _opening("<table><tr><th>作者</th><td>肖锐</td></tr></table>")
    assert got["author"] == "肖锐"
    assert got["body"].split("\n\n")[:2] == ["集训队招新算法考核", "简介"]


def test_inline_people_marks_both_lines() -> None:
    got = find_inline_people(["集训队招新算法考核", "作者", "肖锐", "简介", PROSE])
    assert (got["author"], got["author_label_index"], got["author_line_index"]) == ("肖锐", 1, 2)


def test_neighbour_a_definition_list_of_terms() -> None:
    got = _opening("<dl><dt>术语</dt><dd>释义</dd><dt>贪心</dt><dd>每步取当前最优</dd></dl>")
    assert got["author"] is None
    assert got["body"].split("\n\n")[1:3] == ["术语", "释义"]


def test_neighbour_a_label_line_over_a_paragraph() -> None:
    got = find_inline_people(["作者", PROSE, PROSE])
    assert (got["author"], got["author_label_index"]) == (None, None)


def test_neighbour_a_label_line_over_a_heading_of_words() -> None:
    got = find_inline_people(["集训队招新算法考核", "作者", "比赛结果与题目讲解如下", PROSE])
    assert got["author_label_index"] is None
    assert got["author"] != "比赛结果与题目讲解如下"


SITE = "玩转湖大文章作品集"


def _wechat_line(line: str) -> dict:
    body = (
        f"<header><a href='/'>{SITE}</a><nav><a href='/'>首页</a><a href='/all'>所有文章</a></nav>"
        f"</header><h1>招募小伙伴啦~</h1><div class='meta'>{line}</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div><footer>© {SITE}</footer>"
    )
    head = f"<title>招募小伙伴啦~ | {SITE}</title><meta property='og:site_name' content='{SITE}'>"
    return run(body, head, "https://fang.example.com/2014/zhaomu/")


def test_name_before_the_sites_own_account_beside_the_date() -> None:
    got = _wechat_line("方文达&nbsp;&nbsp;玩转湖大&nbsp;&nbsp;2014-05-31")
    assert (got["author"], got["extraction"]["author"]) == ("方文达", "beside-date:before-account")


def test_a_handle_before_the_account() -> None:
    assert (
        _wechat_line("比崔是只鸟&nbsp;&nbsp;玩转湖大&nbsp;&nbsp;2016-11-01")["author"]
        == "比崔是只鸟"
    )


def test_neighbour_the_account_alone_beside_the_date() -> None:
    # (the account alone is read as on main: ``beside-date`` takes a part of the site's name as
    # a name; only a name equal to the site's is dropped there: left, see follow295)
    got = _wechat_line("玩转湖大&nbsp;&nbsp;2014-05-31")
    assert got["extraction"].get("author") != "beside-date:before-account"


def test_neighbour_a_control_or_an_office_before_the_account() -> None:
    for first in ("打印", "学生工作办公室"):
        got = _wechat_line(f"{first}&nbsp;&nbsp;玩转湖大&nbsp;&nbsp;2014-05-31")
        assert got["extraction"].get("author") != "beside-date:before-account"
        assert got["author"] != first


def test_neighbour_another_account_is_no_mark_of_the_writer() -> None:
    got = _wechat_line("方文达&nbsp;&nbsp;星海学堂&nbsp;&nbsp;2014-05-31")
    assert got["extraction"].get("author") != "beside-date:before-account"
