"""Source, editor and category shapes found on unlabelled real pages (pool7, issue 10), as pages
of our own. Why each shape: docs/benchmarks.md, pool7."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "高新区孵化器年度工作总结"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"


@pytest.mark.parametrize(
    "row",
    [
        "<a href='javascript:;'>编辑</a> <a href='javascript:;'>锁定</a>"
        " <a href='/talk?id=1'>讨论</a> <a href='javascript:;'>上传视频</a>",
        "<a href='javascript:;'>编辑</a> <a href='javascript:;'>锁定</a>"
        " <a href='/talk?id=1'>讨论</a>",
    ],
    ids=["four-buttons", "three-buttons"],
)
def test_a_row_of_buttons_under_the_headline_names_no_editor(row: str) -> None:
    """An edit button opening a row of buttons (``编辑 锁定 讨论``) is no 编辑 credit."""
    rec = run(f"<h1>{TITLE}</h1><div class='tools'>{row}</div>{TEXT}", f"<title>{TITLE}</title>")
    assert rec["editor"] is None
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("编辑 张三", "张三"),
        ("编辑：<a href='/u/1'>张三</a>", "张三"),
        ("<a href='/u/1'>编辑：张三</a>", "张三"),
    ],
    ids=["unlinked-space", "linked-name", "linked-with-colon"],
)
def test_an_editor_line_under_the_headline_still_credits(line: str, editor: str) -> None:
    """A credit line keeps its editor: its label unlinked, or followed by a colon."""
    rec = run(f"<h1>{TITLE}</h1><div class='info'>{line}</div>{TEXT}", f"<title>{TITLE}</title>")
    assert rec["editor"] == editor


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("本文转自园区发布公众号。", "园区发布公众号"),
        ("来源：科技日报。", "科技日报"),
        ("转载自光明日报。", "光明日报"),
    ],
    ids=["reprint-note", "labelled", "reprinted-from"],
)
def test_a_source_line_closed_by_a_full_stop_gives_the_outlet_without_it(
    line: str, source: str
) -> None:
    """The stop closing a 来源 / 转自 line is the sentence's, not part of the outlet's name."""
    body = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{line}</p></div>"
    rec = run(f"<h1>{TITLE}</h1>{body}", f"<title>{TITLE}</title>")
    assert rec["source"] == source


MASTHEAD = (
    "<header class='site'><h1 class='owner'><a href='/'>小林</a></h1><nav><ul>"
    "<li><a href='/'>主页</a></li><li><a href='/tags/随笔/'>随笔</a></li></ul></nav></header>"
)


def test_a_home_and_one_link_list_in_the_site_masthead_is_its_menu_not_a_trail() -> None:
    """Two links (主页, 随笔) closing a ``<header>`` that holds the site's name heading, right
    above the post's title in its own container: the site's menu, so no category."""
    body = f"{MASTHEAD}<article><h1>{TITLE}</h1><p>2019-11-01</p>{TEXT}</article>"
    rec = run(body, f"<title>{TITLE} | 小林的博客</title>")
    assert rec["category"] is None
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    "trail",
    [
        # the trail in the article's own header, the title below it in the same header
        f"<header><ul><li><a href='/'>首页</a></li><li><a href='/news/'>新闻动态</a></li></ul>"
        f"<h1>{TITLE}</h1></header>",
        # the trail in a <header> with no heading of its own, above the title
        "<header><ul><li><a href='/'>首页</a></li><li><a href='/news/'>新闻动态</a></li></ul>"
        f"</header><h1>{TITLE}</h1>",
    ],
    ids=["in-article-header", "header-without-heading"],
)
def test_a_two_item_trail_list_above_the_title_still_gives_the_category(trail: str) -> None:
    """A CSS-drawn two-item trail that is no masthead's menu keeps its leaf as the category."""
    rec = run(f"{trail}{TEXT}", f"<title>{TITLE}</title>")
    assert rec["category"] == "新闻动态"


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("（责任编辑：admin）", "admin"),
        ("责任编辑：管理员", "管理员"),
        ("(高新区服务中心责任编辑：admin)", "admin"),
    ],
    ids=["bracketed", "chinese-account", "unit-then-label"],
)
def test_a_cms_account_in_the_editor_slot_is_kept_as_written(line: str, editor: str) -> None:
    """``责任编辑：admin`` names the account that posted the page: kept (LABELLING.md)."""
    body = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{line}</p></div>"
    rec = run(f"<h1>{TITLE}</h1>{body}", f"<title>{TITLE}</title>")
    assert rec["editor"] == editor


def test_a_cms_account_in_the_author_slot_is_still_no_writer() -> None:
    """``作者：admin`` in the meta line names no writer (LABELLING.md)."""
    meta = "<p class='info'>发布时间：2024-05-06 作者：admin</p>"
    rec = run(f"<h1>{TITLE}</h1>{meta}{TEXT}", f"<title>{TITLE}</title>")
    assert rec["author"] is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：开源社区（OpenHub）", "开源社区（OpenHub）"),
        ("（来源：科技日报（北京））", "科技日报（北京）"),
        ("【来源：科技日报】", "科技日报"),
    ],
    ids=["own-bracket", "own-bracket-inside-bracketed-line", "bracketed-line"],
)
def test_a_trailer_source_keeps_its_own_closing_bracket(line: str, source: str) -> None:
    """The brackets around a credit line go; a closer whose opener the value holds stays."""
    body = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{line}</p></div>"
    rec = run(f"<h1>{TITLE}</h1>{body}", f"<title>{TITLE}</title>")
    assert rec["source"] == source


@pytest.mark.parametrize(
    "notice",
    [
        "版权声明：网站部分图文来源于网络，如有侵权请联系我们删除",
        "本站部分图文来源于网络，如有侵权，请及时联系我们删除",
    ],
    ids=["labelled-notice", "site-notice"],
)
@pytest.mark.parametrize("where", ["footer", "last-line"])
def test_a_takedown_notice_names_no_source(notice: str, where: str) -> None:
    """``…来源于网络，如有侵权请联系删除`` under the text asks for takedowns: no publisher."""
    text = f"<p>{PROSE}</p><p>{PROSE}</p>"
    if where == "footer":
        body = f"<div class='content'>{text}</div><div class='footer'><p>{notice}</p></div>"
    else:
        body = f"<div class='content'>{text}<p>{notice}</p></div>"
    rec = run(f"<h1>{TITLE}</h1>{body}", f"<title>{TITLE}</title>")
    assert rec["source"] is None


def test_a_source_line_before_a_takedown_notice_keeps_its_outlet() -> None:
    """The notice cut off, a 来源 before it still names the publisher."""
    body = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>来源：科技日报 如有侵权请联系删除</p></div>"
    rec = run(f"<h1>{TITLE}</h1>{body}", f"<title>{TITLE}</title>")
    assert rec["source"] == "科技日报"


def test_the_sites_own_short_name_after_the_date_is_the_outlet() -> None:
    """``DATE 金讯`` on 金讯网 (the site's name short of its 网) stands in the date line's
    outlet slot, where other items of the site print ``DATE 新华网``: the source, no writer."""
    line = "<div class='info'>2018-06-04 11:07:29 金讯</div>"
    rec = run(f"<h1>{TITLE}</h1>{line}{TEXT}", f"<title>{TITLE}-新闻频道-金讯网</title>")
    assert rec["source"] == "金讯"
    assert rec["author"] is None
