"""follow279: a credit line in the run of credit lines that opens the text (issue 10, session 36).

A text may open with a heading it repeats and a run of credit lines, one to a line, before its
prose (``作者：X`` / ``审核：Y`` / ``来源：Z``; a translation's ``原文链接：URL`` / ``译者：X`` /
``校对：Y`` / ``编辑：Z``). A 来源 or 编辑 line of that run is read below the text's third line too,
while every line above it is a header line (short with no sentence mark, or a labelled credit or
an address line of any length): up to six lines. Below a paragraph of prose it is not.

A licence box's item made of blocks (``<div><div>作者</div><div>X</div></div>``) closing the
text is read as its writer also above the text's own closing credit lines (``（编辑：A B）``,
``供稿：C 责任编辑：D``; three at most), as where it closes the text.

Why: docs/benchmarks.md, follow279 (transplant.py's ``first`` and ``trailer`` placings).
"""

from __future__ import annotations

from page_shapes import PROSE, run

P2 = "新学期开始后，社团整理了大家最常问到的问题，并请几位老成员逐条写下自己的经验和建议。" * 2
# a long text: the trailer's window (its last fifteen paragraphs) does not reach its opening
LONG = "".join(f"<p>第{i}段：{P2}</p>" for i in range(20))
ADDRESS = "https://wiki.example.org/display/INCUBATOR/New+Podling+Proposal?desktop=true&amp;x=" + (
    "markdown" * 4
)


def _post(opening: str) -> dict:
    head = "<title>到底什么是开放协作？ | 开源小站</title>"
    body = (
        "<main><h1>到底什么是开放协作？</h1><p><time datetime='2020-08-30'>30 Aug 2020</time></p>"
        f"<div class='markdown'>{opening}<p>{PROSE}</p>{LONG}</div></main>"
    )
    return run(body, head, "https://open.example.org/posts/2020-08-30-collab/")


def test_source_line_under_a_repeated_heading_and_two_credit_lines() -> None:
    out = _post(
        "<p>到底什么是开放协作？</p><p>作者：谭明</p><p>审核：姜林 李健</p><p>来源: 长江网</p>"
    )
    assert out["source"] == "长江网"
    assert out["author"] == "谭明"


def test_source_line_under_an_address_line_and_translation_credits() -> None:
    out = _post(f"<p>原文链接： {ADDRESS}</p><p>译者： 刘天 Ted Liu</p><p>校对： 姜林</p>"
                "<p>稿源：省消保委秘书处</p>")  # fmt: skip
    assert out["source"] == "省消保委秘书处"


def test_editor_line_under_an_address_line_and_translation_credits() -> None:
    out = _post(f"<p>原文链接： {ADDRESS}</p><p>译者： 刘天 Ted Liu</p><p>校对： 姜林</p>"
                "<p>【编辑：姚昊】</p><p>摘要 Abstract</p>")  # fmt: skip
    assert out["editor"] == "姚昊"


def test_neighbour_source_line_below_a_paragraph_of_prose_is_not_read() -> None:
    out = _post(f"<p>到底什么是开放协作？</p><p>{P2}</p><p>审核：姜林 李健</p><p>来源: 长江网</p>")
    assert out["source"] is None


def test_neighbour_editor_line_below_a_paragraph_of_prose_is_not_read() -> None:
    out = _post(f"<p>原文链接： {ADDRESS}</p><p>{P2}</p><p>校对： 姜林</p><p>【编辑：姚昊】</p>")
    assert out["editor"] is None


def test_neighbour_source_line_below_six_short_lines_is_not_read() -> None:
    # a list of short lines (a programme's items) is no header: the run stops at six lines
    items = "".join(f"<p>第{i}项：分组讨论</p>" for i in range(6))
    assert _post(f"{items}<p>来源: 长江网</p>")["source"] is None


def test_neighbour_long_unlabelled_line_is_no_header_line() -> None:
    # a long line with no label or address (an English sentence with no Chinese full stop)
    long = "The Apache Way is a set of practices that projects follow " * 2
    out = _post(f"<p>{long}</p><p>译者： 刘天 Ted Liu</p><p>校对： 姜林</p><p>【编辑：姚昊】</p>")
    assert out["editor"] is None


# 2. a licence box's 作者 item above the text's closing credit lines

ITEM = "<div class='license-meta-item'><div>作者</div><div>{name}</div></div>"


def _closed(closing: str, name: str = "Kovacs") -> dict:
    head = "<title>园区调研纪实 - 开源小站</title>"
    body = (
        "<div class='post'><h1>园区调研纪实</h1><div class='meta'><span>2023-09-12</span></div>"
        f"<div class='content'><p>{PROSE}</p><p>{P2}</p>{ITEM.format(name=name)}{closing}</div>"
        "</div>"
    )
    return run(body, head)


def test_item_pair_above_an_editor_line() -> None:
    out = _closed("<p>（编辑：严玉洁 王辉）</p>")
    assert out["author"] == "Kovacs"


def test_item_pair_above_two_credit_lines() -> None:
    out = _closed("<p>供稿：路南社区分院 责任编辑：李春燕</p><p>【责任编辑：严玉洁】</p>", "周明远")
    assert out["author"] == "周明远"


def test_neighbour_item_pair_above_a_paragraph_of_prose_is_not_read() -> None:
    assert _closed(f"<p>{P2}</p>")["author"] is None


def test_neighbour_item_pair_above_four_credit_lines_is_not_read() -> None:
    lines = "<p>供稿：社区分院</p><p>审核：王林</p><p>校对：李华</p><p>责任编辑：严玉洁</p>"
    assert _closed(lines)["author"] is None


def test_neighbour_item_pair_with_sentence_value_above_editor_line() -> None:
    out = _closed("<p>（编辑：严玉洁 王辉）</p>", "本文由多位老师共同整理完成，欢迎转载。")
    assert out["author"] is None
