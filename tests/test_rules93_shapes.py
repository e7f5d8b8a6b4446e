"""Meta-line shapes other people's site spiders read, crossed with our chains (rules93, issue 10).

Public crawler projects carry per-site rules written against live pages (myirelias/white_list's
290 site configs, jas0no7/local_spider_jason's provincial government spiders, the Discuz portal
template); docs/benchmarks.md "rules93" tabulates the label words and value shapes they read.
Each shape is written here as a page of our own (tests/test_policy_people.py's page builder) with
its negative neighbours; no third-party code or page is copied.

- A 信息公开 table printed without colons (``<td>发布机构</td><td>市科技局</td>``): the label
  cell names no one. LABELLING.md, Fields: the author is a person credited with writing; a label
  word is none. The publisher cell's value stays the source (corpus22: 发布机构 when no 来源).
- Discuz's portal line ``DATE | 发布者: admin | 查看: N | 评论: N | 原作者: X | 来自: Y``: the
  原作者 is the writer; the poster's slot gives the author only when no writer is named
  (LABELLING.md, seventh round: a Discuz portal 发布者 with no other writer named is the author;
  作者：admin, the account that posted, is none). 来自 is not read (a question for the lead).
- A weekday closing the date line after the last credit (``来源：新华网 星期一``, ``作者：张明华
  星期一``): the day's name, never a writer (Fields: the author is a person credited with writing).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_policy_people import page

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import names  # noqa: E402


def _table(*pairs: tuple[str, str]) -> str:
    """A two-column 信息公开 table, one label cell and one value cell a pair."""
    cells = "".join(f"<td>{label}</td><td>{value}</td>" for label, value in pairs)
    return f"<table><tr>{cells}</tr></table>"


def _dl(*pairs: tuple[str, str]) -> str:
    return "<dl>" + "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in pairs) + "</dl>"


_PIPE = "<span class='pipe'>|</span>"


def _discuz(*items: str) -> str:
    """A Discuz portal article's info line: the date, then items parted by pipe spans."""
    return "<p class='xg1'>2024-5-20 10:00" + "".join(f"{_PIPE}{item}" for item in items) + "</p>"


_POSTER = "发布者: <a href='home.php?mod=space&amp;uid=1'>admin</a>"
_COUNTS = ("查看: <em>120</em>", "评论: <em>0</em>")

CASES = [
    # --- a colonless label cell (the 信息公开 box as CMS templates print it) ---
    pytest.param(
        _table(("发布机构", "高新区科技局"), ("发布日期", "2024-05-20")),
        None,
        "高新区科技局",
        id="xxgk-colonless-publisher-cell",
    ),
    pytest.param(
        _table(("索引号", "001-2024-12"), ("发布机构", "高新区科技局"), ("发文日期", "2024-05-20")),
        None,
        "高新区科技局",
        id="xxgk-colonless-index-then-publisher",
    ),
    pytest.param(
        _table(("发文机关", "高新区科技局"), ("成文日期", "2024-05-20")),
        None,
        "高新区科技局",
        id="xxgk-colonless-issuing-office-cell",
    ),
    pytest.param(
        _dl(("发布机构", "高新区科技局"), ("发布日期", "2024-05-20")),
        None,
        "高新区科技局",
        id="dl-colonless-publisher-term",
    ),
    pytest.param(
        _table(("文号", "高科发〔2024〕3号"), ("发布日期", "2024-05-20")),
        None,
        None,
        id="xxgk-colonless-doc-number-cell",
    ),
    # neighbours: the same cells with colons, and a writer's cells, which still name the writer
    pytest.param(
        _table(("发布机构：", "高新区科技局"), ("发布日期：", "2024-05-20")),
        None,
        "高新区科技局",
        id="xxgk-colon-publisher-cell",
    ),
    pytest.param(
        _table(("作者", "张明华"), ("发布日期", "2024-05-20"), ("来源", "科技日报")),
        "张明华",
        "科技日报",
        id="colonless-writer-and-source-cells",
    ),
    pytest.param(
        "<div class='name'>张明华</div><div>发布时间：2024-05-20 10:00</div>",
        "张明华",
        None,
        id="account-name-line-over-date",
    ),
    # --- Discuz's portal line: the poster's slot and the original writer ---
    pytest.param(
        _discuz(
            _POSTER,
            *_COUNTS,
            "原作者: 张明华",
            "来自: <a href='http://news.example.cn/'>宁波日报</a>",
        ),
        "张明华",
        # 来自 on the portal's meta line labels the source (LABELLING.md, the lead's session-21
        # decision; tmpl94)
        "宁波日报",
        id="discuz-portal-original-writer-and-from",
    ),
    pytest.param(
        _discuz(_POSTER, *_COUNTS, "原作者: 张明华"),
        "张明华",
        None,
        id="discuz-portal-original-writer",
    ),
    pytest.param(
        "发布人：王小红　作者：张明华　发布时间：2024-05-20",
        "张明华",
        None,
        id="poster-then-writer-labels",
    ),
    # neighbours: the writer first keeps the writer; the poster alone is kept when a person,
    # dropped when a placeholder account; an office in the poster's slot names no writer
    pytest.param(
        "作者：张明华　发布人：王小红　发布时间：2024-05-20",
        "张明华",
        None,
        id="writer-then-poster-labels",
    ),
    pytest.param(
        _discuz("发布者: <a href='home.php?mod=space&amp;uid=2'>王小红</a>", *_COUNTS),
        "王小红",
        None,
        id="discuz-portal-poster-only-person",
    ),
    pytest.param(_discuz(_POSTER, *_COUNTS), None, None, id="discuz-portal-poster-only-admin"),
    pytest.param("发布者：团委 / 发布时间：2024-05-20", None, None, id="poster-office-only"),
    pytest.param(
        "记者：张明华　通讯员：李晓明　发布者：王小红　发布时间：2024-05-20",
        "张明华 李晓明",
        None,
        id="reporters-then-poster",
    ),
]


CASES += [
    # --- the date line's weekday after the last credit: the day's name, no writer (found while
    # crossing the portal date lines the spiders cut at 星期 / 来源) ---
    pytest.param(
        "2024年05月20日 10:00 来源：新华网 星期一", None, "新华网", id="weekday-after-source"
    ),
    pytest.param(
        "2024年05月20日 10:00 来源：新华网 周五", None, "新华网", id="short-weekday-after-source"
    ),
    pytest.param(
        "2024-05-20 10:00 来源：新华网 作者：张明华 星期一",
        "张明华",
        "新华网",
        id="weekday-after-writer",
    ),
    # neighbours: a writer after the source is still read, a name that starts like a weekday
    # stays whole, and the weekday before the source is the date's
    pytest.param(
        "2024年05月20日 10:00 来源：新华网 张明华", "张明华", "新华网", id="writer-after-source"
    ),
    pytest.param(
        "2024-05-20 来源：新华网 作者：周一鸣", "周一鸣", "新华网", id="name-like-weekday"
    ),
    pytest.param("2024年05月20日 星期一 来源：新华网", None, "新华网", id="weekday-before-source"),
]


@pytest.mark.parametrize(("info", "author", "source"), CASES)
def test_rules93_meta_shapes(info: str, author: str | None, source: str | None) -> None:
    rec = page(info=info)
    assert (names(rec["author"]), rec["source"]) == (names(author), source)
