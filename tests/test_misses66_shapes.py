"""Shapes left by pool61's pool, as pages of our own.
Why each shape and the page it came from: docs/benchmarks.md, misses66."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

SECOND = "沙龙吸引了四十余家初创企业参加，三位投资人现场点评了项目路演。"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"


@pytest.mark.parametrize(
    "meta",
    [
        "2006-11-02 14:25 作者： 赵婕 出自[人民文学出版社]",
        "作者： 赵婕 出自<a href='http://www.rw-cn.com/'>[人民文学出版社]</a>",
        "2006-11-02 14:25 作者：赵婕 选自《纯棉婚姻》",
        "2006-11-02 14:25 作者：赵婕 出自：人民文学出版社",
    ],
    ids=["bracketed", "linked", "book-title", "colon"],
)
def test_the_book_an_excerpt_is_taken_from_names_no_writer(meta: str) -> None:
    """263.net's book excerpts: ``作者： 赵婕 出自[人民文学出版社]``: 出自 (选自, 摘自) and the
    bracketed book or publisher after the name are the excerpt's origin, not a second writer."""
    title = "纯棉婚姻书摘"
    rec = run(f"<h1>{title}</h1><div>{meta}</div>{TEXT}", f"<title>{title}</title>")
    assert rec["author"] == "赵婕"


@pytest.mark.parametrize(
    ("names", "author"),
    [
        ("<a href='mailto:jiyuu0@gmail.com'>Chua Wen Kiat</a> (吉隆坡, 馬來西亞)", "Chua Wen Kiat"),
        ("Chua Wen Kiat（吉隆坡、馬來西亞）", "Chua Wen Kiat"),
        # a Han name's bracket stays the people module's (a role, a unit): unchanged
        ("張三（台北）", "張三（台北）"),
        # one bracketed word after a Latin name is its transliteration, kept
        ("John Smith (约翰·史密斯)", "John Smith (约翰·史密斯)"),
    ],
    ids=["city-country", "full-width", "han-name", "transliteration"],
)
def test_a_place_note_after_a_latin_name_is_no_second_name(names: str, author: str) -> None:
    """ubuntuguide.org: ``作者 : Chua Wen Kiat (吉隆坡, 馬來西亞)``: the city and country a writer
    lives in, bracketed after a Latin-lettered name, are a place note, not two more names."""
    title = "非官方 Ubuntu 5.04 新手指南"
    rec = run(
        f"<h1>{title}</h1><p>修正版 : 2.06<br/>作者 : {names}<br/></p>{TEXT}",
        f"<title>{title}</title>",
    )
    assert rec["author"] == author


@pytest.mark.parametrize(
    "hidden",
    [
        "<div class='Core3MdlInfo hidden'>当前位置</div>",
        "<div style='display:none'>当前位置：</div>",
        # shown, the label over the trail's own labelled line reads the same
        "<div>当前位置</div>",
    ],
    ids=["class-hidden", "display-none", "shown"],
)
def test_a_hidden_copy_of_the_trail_label_stays_out_of_the_category(hidden: str) -> None:
    """bjxch.gov.cn (pool61): a hidden 当前位置 over the shown ``当前位置：西城服务 > 社会服务 >
    信息详情``, both in one box: the label twice is one label; the category is the trail's items."""
    title = "“学书法晒快乐”书法培训"
    trail = (
        "<div class='dqwz'><ul><li>当前位置：</li><li><a href='/xcfw.html'>西城服务</a></li>"
        "<li>&gt;</li><li><a href='/xcfw/shfw.html'>社会服务</a></li><li>&gt;</li>"
        "<li><a>信息详情</a></li></ul></div>"
    )
    rec = run(
        f"<div class='coreContent'><div>{hidden}{trail}</div></div>"
        f"<h1>{title}</h1><div>发布时间：2017-05-02</div>{TEXT}",
        f"<title>{title}</title>",
    )
    assert rec["category"] == "西城服务 > 社会服务"


def test_a_trail_label_once_is_cut_once() -> None:
    """The label read once, as before: the items after it are the category."""
    from incubator_crawler.article.category import category_from_breadcrumb

    assert category_from_breadcrumb("当前位置 当前位置： 西城服务 > 社会服务 > 信息详情") == (
        "西城服务 > 社会服务"
    )
    assert category_from_breadcrumb("您的位置：首页 > 新闻中心 > 园区动态") == "新闻中心 > 园区动态"


@pytest.mark.parametrize(
    "heading",
    ["《播客热潮迅速蔓延 挑逗传统传媒业》已有1件评论", "共有3条评论", "已有 12 條評論"],
    ids=["titled", "count", "traditional"],
)
def test_readers_comments_under_their_heading_are_not_the_text(heading: str) -> None:
    """chinesenewsnet's blog (pool61): ``《标题》已有1件评论`` heads a reader's post (a whole
    article pasted) above the comment form: the text ends over the heading."""
    title = "播客热潮迅速蔓延 挑逗传统传媒业"
    comment = "花10分钟时间，就能拥有一个自己的私人声音平台。这在以前是无法想象的，如今已成现实。"
    rec = run(
        f"<div class='post'><p>Saturday, September 10th, 2005 10:56 am</p><h2>{title}</h2>"
        f"<p>{PROSE}</p><p>{SECOND}</p><h3>{heading}</h3><p>新宠的评论</p>"
        f"<p>September 19th, 2005 at 7:32 pm</p><p>{comment}</p></div>",
        f"<title>多维博客 &raquo; {title}</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"
