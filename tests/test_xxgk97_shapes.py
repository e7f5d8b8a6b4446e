"""A 信息公开 box of label cells and value cells on a page with no headline element (issue 10).

gsj.wuhan.gov.cn's TRS 政务公开 item (wuhan-gsj-scjdj-test, dev) has no headline element: its
<title> is the template's page-type name 政务公开信息内容页 and the article is named only in the
box's 名称 cell; the box's 公开日期 cell shows the date, which beats the head's hidden PubDate
(decide76 (c)). Labels and values sit in cells of their own, without colons. Pages of our own;
why each shape: docs/benchmarks.md, xxgk97.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.info_box import label_of

NAME = "中华人民共和国反不正当竞争法"
PAGE_TYPE = "<title>政务公开信息内容页</title>"
HEAD = f"<meta name='PubDate' content='2018-03-14 11:30'>{PAGE_TYPE}"
TEXT = f"<div class='TRS_Editor'><p>第一条 {PROSE}</p><p>第二条 {PROSE}</p></div>"
URL = "http://gsj.example.gov.cn/zwgk/zcfg/201803/t20180314_224599.html"

INDEX = (("索 引 号", "Whgs-16-02-010"), ("信息分类", ""))
ISSUER = (("发布机构", "武汉市工商局"), ("公开日期", "2018-01-01"))
NAMED = (("名称", NAME),)
NUMBER = (("文号", ""), ("关键词", ""))


def _table(*rows: tuple[tuple[str, str], ...]) -> str:
    """A box as gsj.wuhan.gov.cn sets it: ``<td><strong>label</strong></td><td>&nbsp;value</td>``."""
    cells = (
        "<tr>"
        + "".join(
            f"<td><strong>{label}</strong></td><td>&nbsp;{value}</td>" for label, value in row
        )
        + "</tr>"
        for row in rows
    )
    return "<table class='table_suoyin'>" + "".join(cells) + "</table>"


_ITEMS = [
    ("索引号", "Whgs-16-02-010"),
    ("发布机构", "武汉市工商局"),
    ("公开日期", "2018-01-01"),
    ("名称", NAME),
    ("文号", "武工商〔2018〕1号"),
]
DL_BOX = "<dl class='xxgk'>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in _ITEMS) + "</dl>"
LI_BOX = (
    "<ul class='xxgk'>"
    + "".join(f"<li><span>{k}</span><span>{v}</span></li>" for k, v in _ITEMS)
    + "</ul>"
)


@pytest.mark.parametrize(
    "box",
    [_table(INDEX, ISSUER, NAMED, NUMBER), DL_BOX, LI_BOX],
    ids=["table-cells", "dl", "li-spans"],
)
def test_the_name_cell_is_the_title_and_the_shown_date_beats_pubdate(box: str) -> None:
    """No headline element: the 名称 cell's value is the title, never a label cell (公开日期,
    发布机构武汉市工商局); the 公开日期 cell's day, not the hidden PubDate 2018-03-14 11:30."""
    rec = run(box + TEXT, HEAD, URL)
    assert rec["title"] == NAME
    assert rec["published_at"] == "2018-01-01"


def test_a_release_date_cell_labels_the_date_as_well() -> None:
    """``<td>发布日期</td><td>2018-01-01</td>`` is read as 发布日期：2018-01-01."""
    issuer = (("发布机构", "武汉市工商局"), ("发布日期", "2018-01-01"))
    rec = run(_table(INDEX, issuer, NAMED, NUMBER) + TEXT, HEAD, URL)
    assert rec["published_at"] == "2018-01-01"
    assert rec["title"] == NAME


def test_a_signing_date_cell_yields_to_the_boxs_publish_date() -> None:
    """A 成文日期 cell nearer the text than the 公开日期 cell is the document's signing date: the
    box's 公开日期 is the date (LABELLING.md: 成文日期 is not used when a 发布日期 is shown)."""
    signed = (("成文日期", "2017-11-04"),)
    rec = run(_table(INDEX, ISSUER, signed, NAMED, NUMBER) + TEXT, HEAD, URL)
    assert rec["published_at"] == "2018-01-01"
    assert rec["title"] == NAME


def test_a_signing_date_cell_alone_is_the_shown_date() -> None:
    """A box whose only date is 成文日期: that shown date beats the PubDate 130 days away (the
    lead's gaps98 decision; xxgk97 kept the PubDate)."""
    issuer = (("发布机构", "武汉市工商局"), ("成文日期", "2017-11-04"))
    rec = run(_table(INDEX, issuer, NAMED, NUMBER) + TEXT, HEAD, URL)
    assert rec["published_at"] == "2017-11-04"
    assert rec["title"] == NAME


def test_a_headline_above_the_box_keeps_the_title() -> None:
    """A real h1 above the box whose 名称 cell differs is the title; the date is still the box's."""
    h1 = "关于印发反不正当竞争执法指引的通知"
    rec = run(f"<h1>{h1}</h1>" + _table(INDEX, ISSUER, NAMED, NUMBER) + TEXT, HEAD, URL)
    assert rec["title"] == h1
    assert rec["published_at"] == "2018-01-01"


def test_a_box_without_a_name_cell_gives_no_label_as_title() -> None:
    """No 名称 cell: the label cell 公开日期 is still no title; the ArticleTitle meta names it."""
    head = f"<meta name='ArticleTitle' content='{NAME}'>{HEAD}"
    rec = run(_table(INDEX, ISSUER, NUMBER) + TEXT, head, URL)
    assert rec["title"] == NAME
    assert rec["published_at"] == "2018-01-01"


@pytest.mark.parametrize(
    ("where", "title", "value"),
    [
        ("before", "<title>高新区孵化器年度工作总结_武汉市</title>", "高新区孵化器年度工作总结"),
        # the page-type <title> names no article either (gaps98): null
        ("in-text", PAGE_TYPE, None),
    ],
)
def test_a_name_cell_outside_a_box_is_no_title(where: str, title: str, value: str | None) -> None:
    """A 名称 cell of a two-row table (名称 / 单位) is no 信息公开 box: its value names a table,
    not the article (the page keeps whatever it had: <title>, none for a page type)."""
    table = "<table><tr><td>名称</td><td>园区年度产值统计表</td></tr><tr><td>单位</td><td>万元</td></tr></table>"
    body = table + TEXT if where == "before" else TEXT.replace("</div>", table + "</div>")
    rec = run(body, title, URL)
    assert rec["title"] == value


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("索 引 号", "索引号"),
        ("公开日期：", "公开日期"),
        ("名称", "名称"),
        ("名　　称:", "名称"),
        ("名称规范", None),
        ("中华人民共和国反不正当竞争法", None),
    ],
)
def test_label_of_reads_a_label_cell(text: str, label: str | None) -> None:
    """A label cell's text, blanks and colon aside, is a box label; other text is none."""
    assert label_of(text) == label
