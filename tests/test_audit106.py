"""audit106's classes (a wide screen of author and editor over unlabelled dev-side pages,
session 23), each with exact values and its negative neighbours, on synthetic pages."""

from __future__ import annotations

import pytest
from test_policy_fields import P1, P2, P3, TITLE, page, text

NO_META = "<div class='info'>发布时间：2024-03-05 10:20 浏览次数：128</div>"
RELATED = (
    "<div class='relate'><h5>相关阅读</h5><ul>"
    + "".join(f"<li><a href='/post/{i}/'>园区企业座谈会第{i}场纪要</a></li>" for i in range(20))
    + "</ul></div>"
)
LICENCE = "<p>版权声明：本作品采用知识共享署名-非商业性使用 4.0 国际许可协议进行许可。</p>"


# -- 1: a copyright box past the trailer's window ----------------------------------------------------
@pytest.mark.parametrize(
    ("after", "author"),
    [
        # qcrao.com (Hugo): a 相关阅读 list between the text and ``原文作者：`` / ``原文链接：``
        (f"{RELATED}<p>原文作者：饶全成</p><p>原文链接：https://qcrao.com/post/a/</p>{LICENCE}", "饶全成"),
        # hegongshan.com (Hexo NexT): ``本文作者： Gongshan He`` 20 lines past the text
        (f"{RELATED}<p>本文作者： Gongshan He</p><p>本文链接： https://www.hegongshan.com/a/</p>{LICENCE}",
         "Gongshan He"),
        # neighbour: the box right under the text, read by the trailer as before
        (f"<p>本文作者： Gongshan He</p><p>本文链接： https://www.hegongshan.com/a/</p>{LICENCE}",
         "Gongshan He"),
        # neighbours: no link line under the 作者 line, or no licence word beside them: no box
        (f"{RELATED}<p>原文作者：饶全成</p>{LICENCE}", None),
        (f"{RELATED}<p>原文作者：饶全成</p><p>原文链接：https://qcrao.com/post/a/</p>", None),
        # neighbour: a related row's 作者 over its address line (no licence): another item's
        (f"{RELATED}<p>作者：黄小叶</p><p>文章地址：/post/3/</p>", None),
    ],
)  # fmt: skip
def test_copyright_box_past_the_window(after: str, author: str | None) -> None:
    """A post's copyright box (作者 line, link line, licence word) is read wherever it stands
    after the text, past a related list or a part the body leaves out."""
    out = page(meta=NO_META, after=after, sidebar="")
    assert (out["author"], out["published_at"][:10]) == (author, "2024-03-05")


# -- 2: a series' issue number dashed under the headline -----------------------------------------
@pytest.mark.parametrize(
    ("line", "author"),
    [
        # xingduqiao.com (EmpireCMS): ``业主大会和业主委员会工作80问——第三期`` repeats its part
        ("——第三期", None),
        ("——第12期", None),
        ("—— 第二章", None),
        # neighbours: a signature dash before a writer's name is still the byline
        ("—— 张明华", "张明华"),
        ("——第五强", "第五强"),  # 第五 is a surname: no issue word follows the number
    ],
)
def test_dashed_issue_number_is_no_byline(line: str, author: str | None) -> None:
    """A dashed ``第N期`` line beside the meta line is a series' part, not a writer."""
    out = page(meta=NO_META + f"<p>{line}</p>", sidebar="")
    assert (out["author"], out["published_at"][:10]) == (author, "2024-03-05")


# -- 3: a preposition before the date line's date -------------------------------------------------
@pytest.mark.parametrize(
    ("meta", "author"),
    [
        # chnmedu.org: a headline's second line ``截至2016年1月10日建设应用进展情况的通报`` read as
        # the date line gave 截至 as the writer
        ("<div class='info'>截至2024年3月5日建设应用进展情况的通报</div>", None),
        ("<div class='info'>截止 2024-03-05</div>", None),
        ("<div class='info'>定于 2024-03-05</div>", None),
        # neighbour: a name before the date is still the writer
        ("<div class='info'>张明华 2024-03-05</div>", "张明华"),
    ],
)
def test_date_preposition_is_no_writer(meta: str, author: str | None) -> None:
    """截至 / 截止 / 定于 before a date put it into a phrase: no one stands there."""
    out = page(meta=meta, sidebar="")
    assert (out["author"], out["published_at"][:10]) == (author, "2024-03-05")


# -- 4: an outlet's line with a role word between its writers ------------------------------------
@pytest.mark.parametrize(
    ("line", "author"),
    [
        # ccdi.gov.cn: the outlet, its reporter, 通讯员 and the correspondent, opening the text
        ("中央纪委国家监委网站 王生霞 通讯员 杨生军", "王生霞、杨生军"),
        ("新华社 张明华 实习生 李小红", "张明华、李小红"),
        # neighbours: the line without the role word, as before; a role word first is no name
        ("中央纪委国家监委网站 王生霞 杨生军", "王生霞、杨生军"),
        ("新华社 通讯员 李小红", "李小红"),
        ("新华社 张明华 通讯员 园区", None),  # a word after the role that is no name: none
    ],
)
def test_outlet_line_with_role_word(line: str, author: str | None) -> None:
    """``OUTLET NAME 通讯员 NAME`` opening the text credits both (the line leaves the body)."""
    out = page(meta=NO_META, body=f"<p>{line}</p>" + text(P1, P2, P3), sidebar="")
    assert (out["author"], line in out["body"]) == (author, False)


# -- 5: the site's keyword run, <title>'s tail, in a 作者 slot the trailer reads ------------------
KEYWORDS = (
    "甘肃板式换热器，甘肃换热站安装，兰州换热机组，兰州管壳式换热器，甘肃明达热力设备工程有限公司"
)


@pytest.mark.parametrize(
    ("tail", "credit", "author"),
    [
        # sxlmrl.com (DedeCMS): the slot holds the keyword run <title> ends with
        (KEYWORDS, KEYWORDS, None),
        ("甘肃明达热力设备工程有限公司", "甘肃明达热力设备工程有限公司", None),
        # neighbour: a person in the slot under the same <title>
        (KEYWORDS, "张明华", "张明华"),
    ],
)
def test_title_tail_in_trailer_author_slot(tail: str, credit: str, author: str | None) -> None:
    """A 作者 value equal to <title>'s part after the headline, a keyword run or an
    organisation, is the site's account: no writer."""
    out = page(
        meta="",
        after=f"<p>作者：{credit} 发布日期：2024-03-05 10:20</p>",
        head_title=f"{TITLE}_{tail}",
        sidebar="",
    )
    assert (out["author"], out["published_at"][:10]) == (author, "2024-03-05")
