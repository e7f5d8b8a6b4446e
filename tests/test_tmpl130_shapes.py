"""Shapes government and enterprise CMS article templates print (tmpl130, issue 10), one page each.

Pages of our own (the markup's structure, labels and separators, never a template's text), each
with its negative neighbours:

- a headline heading closed by a link to its column (``<h1>标题<a href="/news/index.jhtml">新闻动态
  </a></h1>``, JEECMS's default theme): the column's name is no word of the headline; a link of
  other words, one <title> holds with the headline, or one that leads nowhere stays;
- a trail whose last link has the page's own name glued after it with no separator (EmpireCMS's
  ``首页 > 新闻中心 > <a>工作动态</a>标题``): the link's words are the leaf, the tail no part of it;
- a headline set as an ``<h2>`` / ``<h3>`` over a share bar and the text, no h1, no date, <title>
  the site's name alone (DTcms themes): that heading is the title; a short box heading or a
  column's name there is none.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_shapes import PROSE, run

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import category_leaf  # noqa: E402

HEADLINE = "新区召开重点企业服务座谈会"
PARAS = "".join(f"<p>{PROSE}</p>" for _ in range(3))
META = (
    "<div class='info'>发布时间：2024-03-05 10:00&nbsp;&nbsp;作者：陈立&nbsp;&nbsp;浏览次数：</div>"
)


def with_h1(inner: str, head: str = "<title>新区门户网 - Powered by CMS</title>") -> dict:
    """A page whose h1 holds ``inner``, a meta line and three paragraphs under it."""
    return run(f"<div class='main'><h1>{inner}</h1>{META}{PARAS}</div>", head)


COLUMN_LINKS = [
    # the column's name linked after the headline: dropped
    (
        "column-link-dynamics",
        f'{HEADLINE}<a class="pos" href="/news/index.jhtml">新闻动态</a>',
        HEADLINE,
    ),
    ("column-link-notice", f'{HEADLINE}<a href="/tzgg/">通知公告</a>', HEADLINE),
    ("column-link-park-news", f'{HEADLINE}<a href="/list-12.html">园区新闻</a>', HEADLINE),
    # neighbours: a link of other words closing the headline is part of it
    (
        "phrase-link-kept",
        '专家解读<a href="/zt/12/">数字经济促进条例</a>',
        "专家解读数字经济促进条例",
    ),
    # a link that leads nowhere, or runs a script
    ("hash-link-kept", f'{HEADLINE}<a href="#">新闻动态</a>', f"{HEADLINE}新闻动态"),
    ("script-link-kept", f'{HEADLINE}<a href="javascript:;">新闻动态</a>', f"{HEADLINE}新闻动态"),
    # too little left without it: the column word is the heading
    ("short-rest-kept", '要闻<a href="/news/">新闻动态</a>', None),
]


@pytest.mark.parametrize(("name", "inner", "title"), COLUMN_LINKS, ids=[c[0] for c in COLUMN_LINKS])
def test_column_link_closing_headline(name: str, inner: str, title: str | None) -> None:
    out = with_h1(inner)
    if title is None:
        assert out["title"] != HEADLINE
        assert "要闻" in (out["title"] or "")
    else:
        assert out["title"] == title


def test_column_link_title_holds_whole_heading_kept() -> None:
    # <title> names the heading with the link's words: the page calls the whole line its headline
    whole = "走进新闻动态"
    head = f"<title>{whole}长廊展览开幕 - 新区门户网</title>"
    out = with_h1('走进<a href="/news/">新闻动态</a>长廊展览开幕', head)
    assert out["title"] == f"{whole}长廊展览开幕"
    out = with_h1(f'{HEADLINE}<a href="/news/">新闻动态</a>', f"<title>{HEADLINE}新闻动态</title>")
    assert out["title"] == f"{HEADLINE}新闻动态"


SITE = "<title>星河智造科技有限公司</title>"
NAV = "<div class='nav'><a href='/'>首页</a><a href='/about/'>关于我们</a><a href='/news/'>新闻资讯</a></div>"
SHARE = "<div class='share'><span>分享到：</span><a href='#'>微信</a><a href='#'>微博</a></div>"


def company(heading: str) -> dict:
    """A company page: nav, a banner line, the heading, a share bar, the text; no date anywhere."""
    return run(
        f"{NAV}<div class='banner'><p>专注智能制造</p></div>{heading}{SHARE}<div class='text'>{PARAS}</div>",
        SITE,
    )


@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_heading_over_text_with_site_title(tag: str) -> None:
    out = company(f"<{tag} class='tit'>公司获评省级专精特新中小企业</{tag}>")
    assert out["title"] == "公司获评省级专精特新中小企业"


@pytest.mark.parametrize(
    "heading",
    [
        "<h2>公司新闻</h2>",  # a box heading: short
        "<h2>星河智造企业动态</h2>",  # a column's name: a channel word closes it
        "<h3>新闻资讯</h3>",
    ],
)
def test_box_heading_over_text_is_no_title(heading: str) -> None:
    out = company(heading)
    text = heading.split(">", 1)[1].rsplit("<", 1)[0]
    assert out["title"] != text


def test_heading_over_text_with_headline_title_is_no_title() -> None:
    # <title> names a headline the page does not show (``标题_机构名``): the organisation's h2 over
    # the text is no headline; <title>'s headline is
    head = "<title>关于加强园区企业安全生产管理的若干规定_星河市应急管理委员会</title>"
    out = run(f"{NAV}<h2>星河市应急管理委员会规章</h2><div class='text'>{PARAS}</div>", head)
    assert out["title"] != "星河市应急管理委员会规章"


def test_nearest_heading_only() -> None:
    # an h2 further up (a banner's slogan) with a box heading nearer the text: no pick of the far one
    out = company("<h2>以创新驱动高质量发展新格局</h2><p>　</p><h3>公司新闻</h3>")
    assert out["title"] != "以创新驱动高质量发展新格局"


def trail_page(trail: str) -> dict:
    """A page with no date and no headline element: a bold trail line, then the text."""
    return run(
        f"<div class='pos'><b>{trail}</b></div><div class='text'>{PARAS}</div>",
        "<title>无标题文档</title>",
    )


def test_headline_glued_to_trail_leaf_is_cut() -> None:
    # the page's own name printed right after the leaf's link, no separator between them
    trail = "<a href='/'>首页</a>&nbsp;>&nbsp;<a href='/xwzx/'>新闻中心</a>&nbsp;>&nbsp;<a href='/xwzx/gzdt/'>工作动态</a>"
    out = trail_page(trail + "市场监管局开展春季食品安全检查")
    assert category_leaf(out["category"]) == "工作动态"


@pytest.mark.parametrize(
    ("tail", "leaf"),
    [
        ("中心", "新闻中心"),  # a link's own suffix: part of the leaf
        ("发布会公告", "新闻发布会公告"),  # five characters: still a suffix
    ],
)
def test_short_tail_not_cut(tail: str, leaf: str) -> None:
    trail = "<a href='/'>首页</a>&nbsp;>&nbsp;<a href='/xwzx/'>新闻</a>"
    assert category_leaf(trail_page(trail + tail)["category"]) == leaf
