"""follow322: credit and meta-line leftovers of follow304 / follow310 / follow313.

1. A labelled value running on into the next colonless people label word (eastday's row
   ``选稿：许文杰 作者 石佳``): the word after a blank ends the value, as a colon label does.

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
