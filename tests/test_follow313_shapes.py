"""follow313: the credit shapes sessions 37-38 left.

1. A closing WeChat credit block ``文字/张三`` / ``图片/李四`` / ``编辑/刘曦`` (a slash for the colon):
   the writer's line is cut with the others (LABELLING.md: credit lines stay out of the body;
   文字 / 文案 / 图文 credit the text), its name read as the author.

Why: docs/benchmarks.md, follow313.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

NAV = "".join(f"<li><a href='/c/{i}/'>栏目{i}</a></li>" for i in range(12))
PARAS = [f"第{i}段。{PROSE[:70]}" for i in range(6)]


def wechat(*tail: str, paras: list[str] = PARAS) -> dict:
    """A reposted WeChat post: nav, headline, date, the text box ending in ``tail`` lines."""
    lines = "".join(f"<p>{x}</p>" for x in [*paras, *tail])
    return run(
        f"<ul>{NAV}</ul><div class='rich_media'><h1>校园开放日圆满举行</h1>"
        f"<div class='meta'>2024-03-01</div><div id='js_content'>{lines}</div></div>"
    )


@pytest.mark.parametrize(
    ("tail", "author", "editor", "last"),
    [
        (("文字/张三", "图片/李四", "编辑/刘曦"), "张三", "刘曦", PARAS[-1]),
        (("文字／张三", "图片／李四", "编辑／刘曦"), "张三", "刘曦", PARAS[-1]),
        (("图文/张三", "编辑/刘曦"), "张三", "刘曦", PARAS[-1]),
        (("文字/张三",), "张三", None, PARAS[-1]),
        # as before: the colon and the 文/ / 撰文/ forms
        (("文字：张三", "图片：李四", "编辑：刘曦"), "张三", "刘曦", PARAS[-1]),
        (("撰文/张三", "编辑/刘曦"), "张三", "刘曦", PARAS[-1]),
        # neighbours: a sentence after the slash is text; a bracketed 图文 credit closing a
        # quoted record stays (ziqiang's ``（图文：许海青 邓川川）``, LABELLING.md)
        (
            ("文字/图片的比例要协调，版面才好看。",),
            None,
            None,
            "文字/图片的比例要协调，版面才好看。",
        ),
        (("（图文：许海青 邓川川）",), None, None, "（图文：许海青 邓川川）"),
    ],
)
def test_closing_slash_writer_credit(tail, author, editor, last):
    out = wechat(*tail)
    assert (out["author"], out["editor"]) == (author, editor)
    assert out["body"].split("\n\n")[-1] == last


def test_slash_writer_credit_inside_the_text_stays():
    # a 文字/X line with the text going on under it is no closing credit
    out = wechat(paras=[*PARAS[:3], "文字/张三", *PARAS[3:]])
    assert "文字/张三" in out["body"].split("\n\n")


# 2. funhubu: a WeChat post's ``编辑/刘曦`` under its 【推荐阅读】 list of other posts, above 点个在看
RELATED = "<p>【推荐阅读】</p>" + "".join(
    f"<p><a href='http://mp.weixin.qq.com/s?i={i}'>湖大人注意，第{i}份防护指南请收好</a></p>"
    for i in range(3)
)


def funhubu(credit: str) -> dict:
    """The WeChat repost: its text, the 推荐阅读 list, ``credit``, the 点个在看 line."""
    return run(
        f"<ul>{NAV}</ul><div class='post'><h1>致全球湖大人的倡议书</h1>"
        f"<div class='meta'>2020-01-27</div><div class='content'>"
        + "".join(f"<p>{x}</p>" for x in PARAS)
        + f"{RELATED}{credit}<p>点个在看</p></div></div>"
    )


@pytest.mark.parametrize(
    ("credit", "editor"),
    [
        ("<section><span>编辑/刘曦</span></section>", "刘曦"),
        ("<p>编辑／刘曦</p>", "刘曦"),
        # as before: a full label
        ("<p>责任编辑：刘曦</p>", "刘曦"),
        # neighbours: a control's 编辑/删除, a menu link, the bare word
        ("<p>编辑/删除</p>", None),
        ("<p><a href='/u/1'>编辑/刘曦</a></p>", None),
        ("<p>编辑</p>", None),
    ],
)
def test_slashed_editor_under_a_related_list(credit, editor):
    out = funhubu(credit)
    assert out["editor"] == editor
    assert "刘曦" not in out["body"]
