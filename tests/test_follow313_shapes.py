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

