"""The lead's session-22 decisions (tests/real/LABELLING.md, "Decisions settled by the lead in
session 22"), each shape with exact values and its negative neighbours, on synthetic pages."""

from __future__ import annotations

import pytest
from test_policy_fields import HEADER, page

from incubator_crawler.article.meta_marks import byline_outlet

DAY = "2024-03-05"
ENGLISH_TRAIL = (
    "<div class='position'><a href='/'>Home</a> / <a href='/china/'>China</a> / "
    "<a href='/china/society/'>Society</a></div>"
)


# -- 1: a byline's outlet slot is a source ---------------------------------------------------------
@pytest.mark.parametrize(
    ("meta", "trail", "source", "author"),
    [
        # China Daily's English template: the slot between the byline and Updated
        ("<div class='info'><span class='info_l'>By Wang Xiaoyu | China Daily | Updated: 2024-03-05 10:20</span></div>",
         None, "China Daily", None),
        ("<div class='info'><span>By Zhang Yi in Beijing | China Daily | Updated: 2024-03-05 10:20</span></div>",
         None, "China Daily", None),
        # the Chinese twin with no 来源 label, the date unlabelled or under its label
        ("<div class='info'>记者 张明华 | 人民网 | 2024-03-05</div>", None, "人民网", None),
        ("<div class='info'>作者：张明华 ｜ 人民网 ｜ 发布时间：2024-03-05</div>", None, "人民网", "张明华"),
        # the outlet linked in its slot is still the slot's
        ("<div class='info'>记者 张明华 | <a href='http://www.people.com.cn/'>人民网</a> | 2024-03-05</div>",
         None, "人民网", None),
        # neighbour: no byline before the slot (the other China Daily page: the site's own chrome)
        ("<div class='info'><span>chinadaily.com.cn | Updated: 2024-03-05 10:20</span></div>", None, None, None),
        # neighbour: a byline and the date with no slot between
        ("<div class='info'>记者 张明华 | 2024-03-05</div>", None, None, "张明华"),
        # neighbour: the slot is a nav item (the menu's 新闻中心) ...
        ("<div class='info'>记者 张明华 | 新闻中心 | 2024-03-05</div>", None, None, None),
        # ... or the trail's item (a section, not an outlet)
        ("<div class='info'><span>By Wang Xiaoyu | Society | Updated: 2024-03-05 10:20</span></div>",
         ENGLISH_TRAIL, None, None),
        # neighbour: a control in the slot
        ("<div class='info'>记者 张明华 | 分享到微信 | 2024-03-05</div>", None, None, None),
    ],
)  # fmt: skip
def test_byline_outlet_slot(
    meta: str, trail: str | None, source: str | None, author: str | None
) -> None:
    """The slot between a byline and its date names the outlet; a section's name there none."""
    parts = {"meta": meta} if trail is None else {"meta": meta, "trail": trail}
    out = page(**parts)
    assert (out["source"], out["author"], out["published_at"][:10]) == (source, author, DAY)


def test_a_source_label_beats_the_slot() -> None:
    """A 来源 line the page shows is the source; the slot is read only where none is shown."""
    meta = "<div class='info'>记者 张明华 | 人民网 | 2024-03-05</div><p>来源：新华社</p>"
    assert page(meta=meta)["source"] == "新华社"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Wang Xiaoyu | China Daily | Updated: 2024-05-13 09:08", "China Daily"),
        ("By Wang Xiaoyu and Li Hong | China Daily | Updated: 2024-05-13 09:08", "China Daily"),
        ("本报记者 张明华 李小红 | 科技日报 | 2024-01-01 10:00", "科技日报"),
        ("chinadaily.com.cn | Updated: 2024-05-20 14:41", None),
        ("2024-01-01 | 人民网 | 记者 张明华", None),
        ("记者 张明华 | 人民网 | 浏览：12", None),
        ("记者 张明华 | 2024 | 2024-01-01", None),
    ],
)
def test_byline_outlet(line: str, outlet: str | None) -> None:
    """The line's shape alone: byline, one barred slot, then the date."""
    assert byline_outlet(line) == outlet


def test_header_is_unchanged() -> None:
    """The synthetic page's header has the nav item the section neighbour relies on."""
    assert "<a href='/xwzx/'>新闻中心</a>" in HEADER
