"""A 信息公开 box above the headline whose cells hold label and value together (issue 10).

jiangxi.gov.cn's 政府信息公开 pages (chairmenfrog-jx-*, dev) set the box *above* the headline, each
cell ``<td><b>组配分类: </b> 政策文件</td>``, and the box's last cell ``成文日期: …`` is the meta line:
no such cell is the title, and the ``p.sp_title`` headline under the box, which <title> holds, is.
Pages of our own; why each shape: docs/benchmarks.md, follow108.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.info_box import labelled_cell
from incubator_crawler.article.page import Block, parse_html, walk

HEADLINE = "江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见"
TITLE = f"<title>江西省人民政府 政策文件 {HEADLINE}</title>"
URL = "http://www.jiangxi.example.gov.cn/art/2020/2/26/art_4975_1510362.html"
CRUMB = "<div class='dqwz'>当前位置：<a href='/'>首页</a> &gt; <a href='/c/4975'>政策文件</a></div>"
TEXT = f"<div id='zoom'><p>各市、县（区）人民政府：</p><p>{PROSE}</p><p>{PROSE}</p></div>"
CELLS = (
    ("索 引 号", "014500815/2020-02346"),
    ("发文机关", "省政府办公厅"),
    ("文 号", "赣府厅发〔2020〕6号"),
    ("主题分类", "卫健、体育"),
    ("组配分类", "政策文件"),
    ("成文日期", "2020-02-21"),
)


def _box(cell: str = "<td><b>{k}: </b> {v}</td>", row: str = "<tr>{}</tr>") -> str:
    """The box as jiangxi.gov.cn sets it: two ``label: value`` cells a row."""
    cells = [cell.format(k=k, v=v) for k, v in CELLS]
    rows = "".join(row.format("".join(cells[i : i + 2])) for i in range(0, len(cells), 2))
    return f"<table class='xxgk'>{rows}</table>"


SP_TITLE = f"<p class='sp_title'>{HEADLINE}</p>"


@pytest.mark.parametrize(
    "box",
    [
        _box(),
        _box("<td>{k}：{v}</td>"),  # label and value in the cell's own text, no <b>
        _box("<li><b>{k}: </b>{v}</li>", "{}").replace("table", "ul"),
    ],
    ids=["td-bold-label", "td-plain", "li"],
)
def test_the_headline_under_the_box_is_the_title(box: str) -> None:
    """The 组配分类 cell before the 成文日期 meta line is no title; the headline under the box is."""
    rec = run(CRUMB + box + SP_TITLE + TEXT, TITLE, URL)
    assert rec["title"] == HEADLINE
    assert rec["published_at"] == "2020-02-21"


def test_an_h2_headline_under_the_box_is_the_title() -> None:
    """A heading under the box counts like the marked paragraph."""
    rec = run(CRUMB + _box() + f"<h2>{HEADLINE}</h2>" + TEXT, TITLE, URL)
    assert rec["title"] == HEADLINE


def test_a_headline_above_the_box_keeps_the_title() -> None:
    """The headline printed above the box (the usual 信息公开 layout) stays the title."""
    rec = run(CRUMB + f"<h1>{HEADLINE}</h1>" + _box() + TEXT, TITLE, URL)
    assert rec["title"] == HEADLINE
    assert rec["published_at"] == "2020-02-21"


def test_a_line_under_the_box_that_title_does_not_hold_is_no_title() -> None:
    """<title> naming another article: the line under the box is not taken, and no box cell is
    the title either (<title>'s own headline is)."""
    other = "<title>关于做好春季农业生产工作的通知_江西省人民政府</title>"
    rec = run(CRUMB + _box() + SP_TITLE + TEXT, other, URL)
    assert rec["title"] == "关于做好春季农业生产工作的通知"


def test_the_text_right_under_the_box_is_no_title() -> None:
    """No headline under the box (the text opens there): <title>'s headline, no box cell."""
    rec = run(CRUMB + _box() + TEXT, f"<title>{HEADLINE}_江西省人民政府</title>", URL)
    assert rec["title"] == HEADLINE


def _block(html: str) -> Block:
    """The first block of a page holding ``html``."""
    return walk(parse_html(f"<html><body>{html}</body></html>")).blocks[0]


@pytest.mark.parametrize(
    ("html", "label"),
    [
        ("<table><tr><td><b>组配分类: </b> 政策文件</td></tr></table>", "组配分类"),
        ("<table><tr><td>成文日期：2020-02-21</td></tr></table>", "成文日期"),
        ("<ul><li><span>发布机构：</span>江西省市场监督管理局</li></ul>", "发布机构"),
        ("<table><tr><td>索 引 号:</td></tr></table>", "索引号"),
        # a paragraph opening with a label is a meta line, not a box cell
        ("<p>发文机关：省政府办公厅</p>", None),
        # a cell whose opening word is no box label
        ("<table><tr><td>政策文件：关于促进照护服务发展的实施意见</td></tr></table>", None),
    ],
)
def test_labelled_cell_reads_a_label_value_cell(html: str, label: str | None) -> None:
    assert labelled_cell(_block(html)) == label
