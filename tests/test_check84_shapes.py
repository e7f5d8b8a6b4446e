"""The shapes corpus46's dev pages showed ours getting wrong, as pages of our own.
Why each shape and the page it came from: docs/benchmarks.md, check84."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.people import clean_person

TITLE = "我系举办花之圆舞曲环院第一届压花作品展"
LINES = [
    "为了使同学们更了解压花的原理和过程，我系团总支在全院范围内征集压花作品。" * 3,
    PROSE,
    "此次作品展让更多人了解了我系这门专业课程，展现了参赛者们丰富的想象力和动手能力。" * 3,
]


def _dede(cell: str, title: str = TITLE) -> dict:
    """A DedeCMS article page: trail, h2, 时间 line, then ``cell`` inside div.content's table."""
    return run(
        "<div class='place'><strong>当前位置:</strong> <a href='/'>生态环境系</a> &gt; "
        "<a href='/a/xueshenghuodong/'>学生活动</a> &gt;</div>"
        f"<div class='viewbox'><div class='title'><h2>{title}</h2></div>"
        "<div class='info'><small>时间:</small>2014-07-08 11:48</div>"
        f"<div class='content'><table width='100%'><tr><td>{cell}</td></tr></table></div></div>"
        "<div class='footer'><p>Powered by 广东环境保护工程职业学院 © 2010-2014</p></div>",
        f"<title>{title}_生态环境系</title>",
    )


def _br_text(*tail: str) -> str:
    """The report typed as one <p>, a <br> between its paragraphs, ``tail`` lines after them."""
    return "<p>" + "<br/>".join([*LINES, *tail]) + "</p>"


IMG = "<a href='/u/{0}.jpg'><img alt='点击放大图片观看' src='/u/{0}.jpg'/></a>"


def test_captions_in_sibling_paragraphs_of_a_br_text_stay() -> None:
    """gdepc-stx-xshd-141: the report's three paragraphs, its closing credit and the first photo
    stand in one <p> cut by <br>; the next captions stand in sibling <p>s of the same cell.
    Density took the first <p> alone and lost them; LABELLING.md (check84) keeps captions that
    stand in the text after a closing editor credit."""
    cell = (
        _br_text(
            "（编辑:肖振龙 摄影:杨嘉豪、梁海洲）", IMG.format(1), "学生作品《花旦》", IMG.format(2)
        )
        + f"<p>3、4栋之间的压花画展览现场<br/>{IMG.format(3)}</p>"
        + "<p>部分工作人员于行政楼展览厅合影</p>"
    )
    rec = _dede(cell)
    assert rec["body"].split("\n\n") == [
        *LINES,
        "学生作品《花旦》",
        "3、4栋之间的压花画展览现场",
        "部分工作人员于行政楼展览厅合影",
    ]
    assert rec["editor"] == "肖振龙"
    assert rec["author"] is None


def test_a_notices_lines_in_sibling_elements_of_a_br_text_stay() -> None:
    """cuasia-career-41: the time and venue lines in <div>s above the <br> text, the agenda in a
    table below it, all in the one cell: every line is the notice's."""
    cell = (
        "<div style='font-size: 16px'>时间：2012年2月14日15:00-18:30</div>"
        "<div style='font-size: 16px'>地点：纽约Ritz-Carlton酒店</div>"
        f"<div style='font-size: 16px'>{'<br/>'.join(LINES)}</div>"
        "<table><tr><td>14:00</td><td>签到</td></tr>"
        "<tr><td>15:00-15:05</td><td>主持人宣布会议开始</td></tr></table>"
    )
    rec = _dede(cell)
    assert rec["body"].split("\n\n") == [
        "时间：2012年2月14日15:00-18:30",
        "地点：纽约Ritz-Carlton酒店",
        *LINES,
        "14:00",
        "签到",
        "15:00-15:05",
        "主持人宣布会议开始",
    ]


@pytest.mark.parametrize(
    "sibling",
    [
        # a template's box beside the text (a class on the <div>): not the editor's line
        "<div class='ad'>暑期培训班火热报名中，详情请咨询学院招生办公室。</div>",
        # links: a related list set in the cell
        "<p><a href='/a/2.html'>我系举办第二届压花作品展圆满结束</a><br/>"
        "<a href='/a/3.html'>我系学生在全国职业技能大赛中获得佳绩</a><br/>"
        "<a href='/a/4.html'>生态环境系召开新学期学生干部工作会议</a></p>",
    ],
    ids=["classed-div", "linked-lines"],
)
def test_a_br_text_keeps_to_itself_beside_other_boxes(sibling: str) -> None:
    """The cell is the text only when its other elements are the editor's plain lines."""
    rec = _dede(_br_text() + sibling)
    assert rec["body"].split("\n\n") == LINES


def test_a_text_of_paragraphs_is_unchanged() -> None:
    """One <p> a paragraph: density already credits them to the cell; captions stay as before."""
    cell = "".join(f"<p>{p}</p>" for p in LINES) + f"<p>{IMG.format(1)}</p><p>学生作品《花旦》</p>"
    assert _dede(cell)["body"].split("\n\n") == [*LINES, "学生作品《花旦》"]


CUT = "中国无锡海外（美国）高层次人才回国创业恳谈"


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        # the headline the CMS cut, in full, opening the text (an h1 or a plain line)
        (f"<h1>{CUT}会</h1>", False),
        (f"<p>{CUT}会</p>", False),
        # a footnote mark after the headline repeated (job-yichun-jiangxi-tjgb-2022)
        (f"<p>{CUT}[1]</p>", False),
        # a sentence that starts with the headline's words is text
        (f"<p>{CUT}会，于2月14日下午举行。</p>", True),
        (f"<p>{CUT}会在纽约召开</p>", True),
    ],
    ids=["h1", "line", "footnote", "sentence", "longer"],
)
def test_the_cut_headline_in_full_opening_the_text_goes(first: str, kept: bool) -> None:
    """cuasia-career-41: the h2 ``…回国创业恳谈`` (DedeCMS cut it), the text opening with the h1
    ``…回国创业恳谈会``: the headline shown again, left out (LABELLING.md, labelcheck13)."""
    cell = first + "".join(f"<p>{p}</p>" for p in LINES)
    body = _dede(cell, title=CUT)["body"].split("\n\n")
    assert body[0] == (first[3:-4] if kept else LINES[0])
    assert body[-1] == LINES[-1]


def test_a_short_title_opening_a_line_is_no_headline_shown_again() -> None:
    """Below ten characters a title is as often a line's first words (``通知`` / ``通知书``)."""
    cell = "<p>工会通知书</p>" + "".join(f"<p>{p}</p>" for p in LINES)
    assert _dede(cell, title="工会通知")["body"].split("\n\n")[0] == "工会通知书"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("图片来源：NASA网站", False),
        ("（图片来源：全景视觉）", False),
        ("题图：视觉中国", False),
        # a sentence about a picture's source is text
        ("图片来源：NASA网站，拍摄于6月28日，展示了卫星发射的全过程。", True),
    ],
    ids=["plain", "bracketed", "title-picture", "sentence"],
)
def test_a_picture_credit_opening_the_text_goes(line: str, kept: bool) -> None:
    """cbblab-xwzx-398: 图片来源：NASA网站 in bold under the head pictures, above the first
    paragraph: the head picture's credit (LABELLING.md's nineteenth round; decide76: no source)."""
    cell = f"<p>{IMG.format(1)}</p><p><strong>{line}</strong></p>" + "".join(
        f"<p>{p}</p>" for p in LINES
    )
    rec = _dede(cell)
    assert rec["body"].split("\n\n") == ([line] if kept else []) + LINES
    assert rec["source"] is None


def test_a_picture_credit_between_paragraphs_is_a_caption() -> None:
    """A 图片来源 line under a picture between paragraphs stays (nbd-1225825, the nineteenth round)."""
    cell = f"<p>{LINES[0]}</p><p>{IMG.format(1)}</p><p>图片来源：视觉中国</p>" + "".join(
        f"<p>{p}</p>" for p in LINES[1:]
    )
    assert _dede(cell)["body"].split("\n\n") == [LINES[0], "图片来源：视觉中国", *LINES[1:]]


@pytest.mark.parametrize(
    ("value", "author"),
    [
        ("党办郭彤阳", "郭彤阳"),
        ("宣传部辛欣", "辛欣"),
        ("院办王芳", "王芳"),
        ("党委宣传部周明轩", "周明轩"),
        ("党办 郭彤阳", "郭彤阳"),
        # a body's name alone, a ministry's department, a name ending like an office: unchanged
        ("市委宣传部", "市委宣传部"),
        ("科技部高新司", "科技部高新司"),
        ("王文科", "王文科"),
        ("欧阳明华", "欧阳明华"),
        ("陈林美玲", "陈林美玲"),
    ],
    ids=[
        "party-office", "publicity", "school-office", "two-level", "spaced",
        "office-alone", "ministry-department", "name-like-office", "compound-surname", "two-surnames",
    ],
)  # fmt: skip
def test_an_office_glued_before_the_writer_goes(value: str, author: str) -> None:
    """pjhospital-journalism-1446 closes with ``作者：党办郭彤阳``: the party office 党办 glued to
    the writer; LABELLING.md drops a unit before a name (the ninth round's 武汉大学历史学院郭伦,
    the same site's 宣传部辛欣)."""
    assert clean_person(value, role="author") == author


def test_the_closing_author_line_with_a_glued_office() -> None:
    """The page's shape: a right-aligned 作者： line closing the text."""
    cell = "".join(f"<p>{p}</p>" for p in LINES) + (
        "<div style='text-align: right;'>作者：党办郭彤阳</div>"
    )
    rec = _dede(cell)
    assert rec["author"] == "郭彤阳"
    assert rec["body"].split("\n\n") == LINES
