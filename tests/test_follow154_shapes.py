"""hunt147's first-contact misses on new dev pages, by shape (issue 10, session 30).

A theme's ``DATE by NAME`` meta row with a one-word Latin name (herearoma's Hugo theme), a team
named with the site's own name in a copyright box (玩转湖大团队), a list of linked items set in the
text's box between its paragraphs (chengdujs's posts), and a policy's version line opening its
text (``版本：2020 年 1 月 1 日``). Pages of our own words; why each shape: docs/benchmarks.md,
follow154.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.people.beside_date import _author_beside_date
from incubator_crawler.article.people.settle import _names_the_firm

HEADLINE = "园区服务说明与注意事项"
TITLE = f"<title>{HEADLINE} | 园区观察</title>"


def _post(row: str, text: str = f"<p>{PROSE}</p><p>{PROSE}</p>") -> str:
    return f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>{row}</div>{text}</div>"


# 1. author: ``Jan 01, 2020 by Will``


def test_by_latin_name_after_english_date_is_the_author() -> None:
    out = run(_post("<span>Jan 01, 2020</span> <span>by Will</span>"), TITLE)
    assert out["author"] == "Will"
    assert out["published_at"] == "2020-01-01"


def test_two_word_latin_name_after_by() -> None:
    assert _author_beside_date("Jan 01, 2020 by Will Liu") == "Will Liu"


def test_latin_word_after_date_without_by_is_no_author() -> None:
    # an outlet's name after the date, no "by": no writer
    out = run(_post("<span>Jan 01, 2020</span> <span>Reuters</span>"), TITLE)
    assert out["author"] is None
    assert _author_beside_date("Jan 01, 2020 Reuters") is None


def test_by_admin_and_by_kind_word_name_no_one() -> None:
    out = run(_post("<span>Jan 01, 2020</span> <span>by admin</span>"), TITLE)
    assert out["author"] is None
    assert _author_beside_date("Jan 01, 2020 by News") is None


# 2. author false+: a team named with the site's name


def test_team_named_with_site_name_is_the_site() -> None:
    assert _names_the_firm("园区观察团队", ["园区观察文章作品集"])
    assert _names_the_firm("Parkview Team", ["parkviewblog"])


def test_team_of_another_name_and_a_desk_stay() -> None:
    # a team the site's name does not open is someone else's; a newsroom's 编辑部 writes items
    assert not _names_the_firm("星火团队", ["园区观察文章作品集"])
    assert not _names_the_firm("园区观察编辑部", ["园区观察"])
    assert not _names_the_firm("张明", ["园区观察文章作品集"])


def _boxed(who: str) -> str:
    return (
        "<div class='post'><h1>文本消息_1</h1><div class='meta'><span>2014-03-02</span></div>"
        f"<div class='entry'><p>{PROSE}</p></div><div class='copyright'><ul>"
        f"<li><strong>原文作者：</strong><a rel='author' href='/'>{who}</a></li>"
        "<li><strong>原文链接：</strong><a href='/p/1/'>http://www.example.cn/p/1/</a></li></ul></div></div>"
    )


def test_copyright_box_team_of_the_site_names_no_author() -> None:
    out = run(_boxed("园区观察团队"), "<title>文本消息_1 | 园区观察文章作品集</title>")
    assert out["author"] is None


def test_copyright_box_person_is_the_author() -> None:
    out = run(_boxed("张明"), "<title>文本消息_1 | 园区观察文章作品集</title>")
    assert out["author"] == "张明"


# 3. body: a list of links between the text's paragraphs

LINKED = (
    "<li><a href='https://vue.example.org/'>Vuejs</a></li>"
    "<li><a href='https://webpack.example.org/'>Webpack</a></li>"
    "<li><a href='https://node.example.org/'>Nodejs</a></li>"
)


def _text_with_list(header: str, links: str, after: str) -> str:
    return _post(
        "<span>2017-02-08</span>",
        f"<div class='entry'><p>{PROSE}</p><h3>{header}</h3><ul>{links}</ul>{after}</div>",
    )


def test_linked_list_between_paragraphs_is_text() -> None:
    out = run(_text_with_list("涉及相关技术", LINKED, "<p>再次感谢大家的支持。</p>"), TITLE)
    paras = out["body"].split("\n\n")
    assert paras[-4:] == ["Vuejs", "Webpack", "Nodejs", "再次感谢大家的支持。"]


def test_linked_list_closing_the_text_is_no_text() -> None:
    out = run(_text_with_list("涉及相关技术", LINKED, ""), TITLE)
    assert "Webpack" not in out["body"]


def test_related_list_between_paragraphs_is_no_text() -> None:
    out = run(_text_with_list("相关文章", LINKED, "<p>再次感谢大家的支持。</p>"), TITLE)
    assert "Webpack" not in out["body"]


def test_table_of_contents_between_paragraphs_is_no_text() -> None:
    toc = "<li><a href='#a'>第一节 园区概况</a></li><li><a href='#b'>第二节 入驻流程</a></li>"
    out = run(_text_with_list("本页内容", toc, f"<p>{PROSE}</p>"), TITLE)
    assert "入驻流程" not in out["body"]


# 4. body: a version line opening a policy's text


def test_version_line_opening_the_text_is_text() -> None:
    text = f"<p>版本：2020 年 1 月 1 日</p><p>{PROSE}</p>"
    out = run(_post("<span>Jan 01, 2020</span> <span>by Will</span>", text), TITLE)
    assert out["body"].split("\n\n")[0] == "版本：2020 年 1 月 1 日"
    assert out["published_at"] == "2020-01-01"


def test_bare_date_line_opening_the_text_is_the_date_line() -> None:
    # the nearest shape: a bare date line under the headline, no version label, dates the page
    text = f"<p>2020 年 3 月 5 日</p><p>{PROSE}</p>"
    out = run(f"<div class='post'><h1>{HEADLINE}</h1>{text}</div>", TITLE)
    assert out["published_at"] == "2020-03-05"
    assert not out["body"].startswith("2020")
