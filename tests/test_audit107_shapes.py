"""Publish-date shapes found by a wide screen of unlabelled dev-side pages (audit107, issue 10):
a meeting record's spaced 时 间 / 地 点 header, a 相似推荐 box of dated rows under a case page, a
colon-less 会议时间 heading over its day, and a notice set in short centred lines between its date
line and the event's day."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.labels import VENUE_LABEL_RE

TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"


def _published(out: dict) -> tuple[str | None, str | None]:
    return out["published_at"], out["published_precision"]


# ------------------------------------------------ a meeting record's spaced header (nuc.edu.cn)
def _minutes(place_label: str) -> str:
    return (
        "<div class='crumb'>当前位置: 首页 >> 院务公开 >> 正文</div><h3>2018年9月21日推进会纪要</h3>"
        "<div class='attribute'>发布时间：2018年09月25日 18:06&nbsp;&nbsp;作者：&nbsp;&nbsp;来源：</div>"
        "<div class='content'><p>时&nbsp; &nbsp;间：2018年9月21日</p>"
        f"<p>{place_label}：11号楼622会议室</p><p>主 持 人：院党委书记</p>{TEXT}</div>"
    )


@pytest.mark.parametrize("place_label", ["地&nbsp;&nbsp;点", "地 点", "地　点", "地点", "会 场"])
def test_spaced_meeting_header_is_the_events(place_label: str) -> None:
    out = run(_minutes(place_label))
    assert out["title"] == "2018年9月21日推进会纪要"
    assert _published(out) == ("2018-09-25T18:06:00+08:00", "minute")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地 点:11号楼", True),
        ("地\u3000点:11号楼", True),  # NFKC makes the ideographic space a blank
        ("地点:11号楼", True),
        ("场 地:体育馆", True),
        ("地 方:11号楼", False),  # no place label
        ("地 点 11号楼", False),  # no colon
        ("目的地:11号楼", False),  # matched only where the line opens (re.match)
    ],
)
def test_venue_label_with_blanks(text: str, expected: bool) -> None:
    assert (VENUE_LABEL_RE.match(text) is not None) is expected
