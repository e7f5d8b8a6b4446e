"""lists105: a box of files to download beside a hub's boxes is no list of stories.

The lead's session-27 decision (LABELLING.md, careleblue-list-mohrss-sydwgkzp): a 相关下载 box
beside a hub's boxes holds attachments (forms, templates), not the column's items, however it is
built. Under ``list_variants.py --kind one_row`` the hub's 招聘公告 box keeps one row, and the
相关下载 box's one form (拟聘人员公示（样式）, dated like the notices) joined it as a second row.
Neighbours: a notice column whose rows each link a page stays whole; a 下载中心 column whose only
list is its files keeps them (they are its list); unheaded boxes of one list, the older box's
notices posted as PDFs, stay.
"""

from __future__ import annotations

import pytest
from list_shapes import FOOT, MENU, links

HUB = "http://www.rsb.example.gov.cn/sydwgkzp/"


def _box(cls: str, heading: str, folder: str, rows: list[tuple[str, str, str]]) -> str:
    """A hub's box: a title bar with its 更多+ link, then a ``<ul>`` of dated rows."""
    items = "".join(
        f'<li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{day}</span></li>'
        for href, title, day in rows
    )
    return (
        f'<div class="{cls}"><div class="{cls}_title clear"><span class="fl">{heading}</span>'
        f'<a class="fr" href="./{folder}/">更多+</a></div><ul>{items}</ul></div>'
    )


def _hub(pairs: list[tuple[str, str]]) -> str:
    boxes = "".join(f'<div class="rsb_box{i} clear">{a}{b}</div>' for i, (a, b) in enumerate(pairs))
    return (
        f"<html><head><title>事业单位公开招聘</title></head><body>{MENU}"
        f'<div class="rsb_container">{boxes}</div>{FOOT}</body></html>'
    )


NOTICE = (
    "./zpgg/202606/t20260617_578493.html",
    "文化和旅游部直属事业单位2026年度公开招聘社会人员公告",
    "2026-06-17",
)
FORM = ("./xgxz/201806/t20180601_294911.html", "拟聘人员公示（样式）", "2020-03-24")


def test_a_hub_of_one_notice_leaves_its_download_box_out() -> None:
    # careleblue under one_row: the 招聘公告 box's one row, the 相关下载 box's one form
    html = _hub(
        [
            (
                _box("zpgg", "招聘公告", "zpgg", [NOTICE]),
                _box("zpzl", "高校毕业生招聘专栏", "gxbyszpzl", []),
            ),
            (_box("bcgg", "补充公告", "zytz", []), _box("zcfg", "政策法规", "xgzc", [])),
            (
                _box("rygs", "拟聘用人员公示", "nprygs", []),
                _box("xgzz", "相关下载", "xgxz", [FORM]),
            ),
        ]
    )
    assert links(html, HUB) == [HUB + "zpgg/202606/t20260617_578493.html"]


def _notices(folder: str, n: int, start: int = 0) -> list[tuple[str, str, str]]:
    return [
        (
            f"./{folder}/202606/t202606{10 + i:02d}_5780{i:02d}.html",
            f"某某研究院2026年度公开招聘工作人员公告第{i}批",
            f"2026-06-{10 + i:02d}",
        )
        for i in range(start, start + n)
    ]


@pytest.mark.parametrize(
    ("cls", "folder", "heading", "ext", "title"),
    [
        # careleblue's 相关下载 box of forms beside the hub's boxes of notices
        ("xgzz", "xgxz", "相关下载", "doc", "事业单位公开招聘报名表样式第{}版"),
        # a 表格 box whose rows are all files, beside boxes whose rows link pages: downloads
        ("bg", "bg", "常用表格", "xls", "事业单位公开招聘岗位信息表第{}号"),
    ],
    ids=["related-downloads", "forms-box"],
)
def test_a_hub_leaves_a_box_of_files_out(
    cls: str, folder: str, heading: str, ext: str, title: str
) -> None:
    files = [
        (f"./{folder}/202405/P0202405{i:02d}.{ext}", title.format(i), f"2024-05-{i:02d}")
        for i in range(1, 4)
    ]
    html = _hub(
        [
            (
                _box("zpgg", "招聘公告", "zpgg", _notices("zpgg", 3)),
                _box("bcgg", "补充公告", "zytz", _notices("zytz", 3, 4)),
            ),
            (
                _box("rygs", "拟聘用人员公示", "nprygs", _notices("nprygs", 3)),
                _box(cls, heading, folder, files),
            ),
        ]
    )
    found = links(html, HUB)
    assert [u for u in found if f"/{folder}/" in u] == []
    assert len(found) == 9


def test_a_notice_column_whose_rows_link_pages_stays_whole() -> None:
    # notices that each carry attachments link their own pages: the column's list
    rows = "".join(
        f'<li><a href="/tzgg/202606/t202606{10 + i:02d}_58{i:04d}.html">关于公布2026年度第{i}批申报材料及附件的通知</a>'
        f"<span>2026-06-{10 + i:02d}</span></li>"
        for i in range(1, 7)
    )
    html = (
        f"<html><body>{MENU}<div class='main'><div class='title'>通知公告</div><ul class='list'>{rows}</ul></div>"
        f"{FOOT}</body></html>"
    )
    found = links(html, "https://www.kjyq.example.cn/tzgg/")
    assert found == [
        f"https://www.kjyq.example.cn/tzgg/202606/t202606{10 + i:02d}_58{i:04d}.html"
        for i in range(1, 7)
    ]


def test_a_download_column_keeps_its_files() -> None:
    # a 下载中心 column: its only list is its files, and they are the list
    rows = "".join(
        f'<li><a href="/xzzx/202606/P02026061{i}.pdf">科技企业孵化器认定申报表格第{i}号</a><span>2026-06-1{i}</span></li>'
        for i in range(1, 7)
    )
    html = (
        f"<html><body>{MENU}<div class='main'><div class='title'>下载中心</div><ul class='list'>{rows}</ul></div>"
        f"{FOOT}</body></html>"
    )
    found = links(html, "https://www.kjyq.example.cn/xzzx/")
    assert found == [
        f"https://www.kjyq.example.cn/xzzx/202606/P02026061{i}.pdf" for i in range(1, 7)
    ]


def test_a_pinned_box_of_files_above_a_list_of_files_stays() -> None:
    # hrfund's announcements under list_variants' pinned_block: a 置顶 box of PDFs above the
    # column's PDFs is the list's own
    def row(i: int) -> str:
        return f'<li><a href="/Upload/File/202004/2020042418{i:02d}_{i:04d}.pdf">人才发展基金资助项目公示公告第{i}号</a><span>2020-04-{i:02d}</span></li>'

    html = (
        f"<html><body>{MENU}<div class='main'><div class='top'><h3>置顶</h3><ul class='list'>{row(1)}{row(2)}</ul></div>"
        f"<ul class='list'>{''.join(row(i) for i in range(3, 9))}</ul></div>{FOOT}</body></html>"
    )
    found = links(html, "https://www.kjyq.example.cn/tzgg/")
    assert found == [
        f"https://www.kjyq.example.cn/Upload/File/202004/2020042418{i:02d}_{i:04d}.pdf"
        for i in range(1, 9)
    ]
