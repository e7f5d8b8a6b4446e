"""follow322: credit and meta-line leftovers of follow304 / follow310 / follow313.

1. A labelled value running on into the next colonless people label word (eastday's row
   ``选稿：许文杰 作者 石佳``): the word after a blank ends the value, as a colon label does.
2. A unit as a colonless ``图文`` credit closing a post (``图文 科协技术部``): cut as a named
   credit is, no author from it.

Why: docs/benchmarks.md, follow322.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.labels import split_labelled_line

NAV = "".join(f"<li><a href='/c/{i}/'>栏目{i}</a></li>" for i in range(12))
PARAS = [f"第{i}段。{PROSE[:70]}" for i in range(6)]


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("选稿：许文杰 作者 石佳", {"editor": "许文杰"}),
        ("来源:东方网 选稿：许文杰 作者 石佳", {"source": "东方网", "editor": "许文杰"}),
        ("作者：张三 摄影 李四", {"author": "张三"}),
        ("来源：新华网 审核 王五 2024-01-01", {"source": "新华网", "published": "2024-01-01"}),
        # neighbours: a title inside a writer's value is the writer's; a word glued to the
        # value (no blank before it) or a sentence after it ends nothing
        ("作者：新华社 记者 张三", {"author": "新华社 记者 张三"}),
        ("来源：作者协会", {"source": "作者协会"}),
        ("作者：王五 摄影，李四撰文", {"author": "王五 摄影，李四撰文"}),
    ],
)
def test_colonless_people_word_ends_the_value(line, fields):
    assert split_labelled_line(line) == fields


def eastday(*items: str) -> dict:
    """eastday's ``subInfo`` row: date, 来源, 选稿 and ``items``, one span each, under the h1."""
    spans = "\n".join(f"<span>{x}</span>" for x in items)
    return run(
        f"<ul>{NAV}</ul><h1 id='ivs_title'>突发！新疆地震</h1><div class='subInfo'>"
        "<span class='date'>2024-05-20 16:25:01</span>\n"
        "<span class='source'>来源:<a href=''>上海奉贤</a></span>\n"
        f"<span class='author'>选稿：许文杰</span>\n{spans}</div>"
        "<div class='detail'>" + "".join(f"<p>{x}</p>" for x in PARAS) + "</div>"
    )


@pytest.mark.parametrize(
    ("items", "author", "editor"),
    [
        (("作者 石佳",), "石佳", "许文杰"),
        ((), None, "许文杰"),
        (("责任编辑：王五",), None, "许文杰、王五"),
    ],
)
def test_eastday_row_with_a_colonless_writer(items, author, editor):
    out = eastday(*items)
    assert (out["author"], out["editor"], out["source"]) == (author, editor, "上海奉贤")


def closing(*tail: str) -> dict:
    """A society's post: nav, headline, date, the text box ending in ``tail`` lines."""
    lines = "".join(f"<p>{x}</p>" for x in [*PARAS, *tail])
    return run(
        f"<ul>{NAV}</ul><article><h1>技术帖 Office小技巧介绍</h1>"
        f"<div class='meta'>2020-07-18</div><div class='article-entry'>{lines}</div></article>"
    )


@pytest.mark.parametrize(
    ("tail", "author", "last"),
    [
        (("图文 科协技术部", "审核 陈旺、曹志坚"), None, PARAS[-1]),
        (("图文 科协技术部",), None, PARAS[-1]),
        (("图文 校学生会宣传中心",), None, PARAS[-1]),
        # neighbours: a person's credit gives the writer (follow313); a person whose name ends
        # like a unit is no unit; words that are neither stay text
        (("图文 张天野", "审核 陈旺、曹志坚"), "张天野", PARAS[-1]),
        (("图文 王文科",), None, "图文 王文科"),
        (("图文 并茂",), None, "图文 并茂"),
        (("图文 内容丰富多彩",), None, "图文 内容丰富多彩"),
    ],
)
def test_closing_text_pictures_credit_of_a_unit(tail, author, last):
    out = closing(*tail)
    assert (out["author"], out["editor"]) == (author, None)
    assert out["body"].split("\n\n")[-1] == last
