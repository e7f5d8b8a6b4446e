"""Credit shapes the session-26 variants and transplants showed breaking (robust112, issue 10).

Each page is a small page of our own in the shape a variant or a transplant of a dev page showed;
the values asserted are what a reader of the page takes from it, and the near shapes beside them
must stay as they are.
"""

from __future__ import annotations

from page_shapes import PROSE, run

TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
MENU = (
    "<ul class='nav'><li><a href='flfg/'>法律法规</a></li><li><a href='alfx/'>案例分析</a></li>"
    "<li><a href='gzmb/'>工作模板</a></li></ul>"
)
BACK = "<div class='pn'><a href='alfx/296.html'>下一篇：产权证上的姓名</a><a href='alfx/'>返回列表 >></a></div>"


def _column_page(line: str, below: bool = False) -> str:
    meta = f"<div class='nts-time'>{line}</div>"
    head = "<h3 class='nd-title'>郑州暴雨后车库被淹，责任怎么算？</h3>"
    return MENU + head + ("" if below else meta) + TEXT + (meta if below else "") + BACK


def test_an_unlinked_source_slot_naming_the_column_back_to_list_returns_to() -> None:
    """``来源：案例分析`` printed without its link, where the menu's 案例分析 and 返回列表 both go to
    ``alfx/``: the item's own column, no origin (labelcheck9 read it linked); above or under the
    text, parted by a bar or a wide gap."""
    for line in (
        "来源：案例分析 | 发布时间：2021-10-26 19:39:54",
        "来源：案例分析\u3000发布时间：2021-10-26 19:39:54",
        "<span>来源：案例分析</span>&nbsp;&nbsp;<span>发布时间：2021-10-26 19:39:54</span>",
    ):
        for below in (False, True):
            out = run(_column_page(line, below))
            assert (out["source"], out["published_at"]) == (None, "2021-10-26T19:39:54+08:00")


def test_a_source_slot_not_naming_the_back_to_list_column_stays_the_source() -> None:
    """An outlet or a unit, or a name no link gives the column 返回列表 goes to, stays the source."""
    for value in ("工作模板", "中国社会报", "市场监管局", "新华网"):
        out = run(_column_page(f"来源：{value} | 发布时间：2021-10-26 19:39:54"))
        assert out["source"] == value, value
    # no 返回列表 on the page: a menu of the same name proves nothing
    page = _column_page("来源：案例分析 | 发布时间：2021-10-26 19:39:54").replace(BACK, "")
    assert run(page)["source"] == "案例分析"
