"""The lead's session-22 decisions (tests/real/LABELLING.md, "Decisions settled by the lead in
session 22"), each shape with exact values and its negative neighbours, on synthetic pages."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run
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


# -- 2: a labelled 发布日期 line beats a box's 生成日期 ----------------------------------------------
# gaps98's shape (a 信息公开 box whose only date is a 生成日期 / 发文日期 / 成文日期 cell, a hidden
# PubDate weeks away), with a 发布日期 line the meta-line picker passes over (moe.gov.cn)
NAME = "关于印发园区管理办法的通知"
PUBDATE = f"<meta name='PubDate' content='2018-03-14 11:30'><title>{NAME}_某市人民政府</title>"
GOV_TEXT = f"<div class='TRS_Editor'><p>第一条 {PROSE}</p><p>第二条 {PROSE}</p></div>"
GOV_URL = "http://www.example.gov.cn/zwgk/zcfg/201803/t20180314_224599.html"


def box(other: str) -> str:
    """A 信息公开 box of label and value cells (no colons) whose one date is ``other``'s."""
    rows = (("索引号", "YQ-2018-0001"), ("发布机构", "某市园区管理委员会"), (other, "2017-11-04"))
    cells = "".join(f"<tr><td><strong>{k}</strong></td><td>&nbsp;{v}</td></tr>" for k, v in rows)
    return f"<table class='xxgk'>{cells}</table>"


COLON_BOX = "<ul class='xxgk'><li>索引号：YQ-2018-0001</li><li>生成日期：2017-11-04</li><li>发布机构：教育部</li></ul>"


@pytest.mark.parametrize(
    ("body", "published", "rule"),
    [
        # the 发布日期 line under the text, each box date label
        *((f"<h1>{NAME}</h1>{box(o)}{GOV_TEXT}<p>发布日期：2018-01-02</p>", "2018-01-02", "label:发布日期(shown)")
          for o in ("生成日期", "发文日期", "成文日期")),
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}<div>来源：教育部　发布日期：2018-01-02</div>",
         "2018-01-02", "label:发布日期(shown)"),
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}<p>公开日期：2018-01-02</p>", "2018-01-02", "label:公开日期(shown)"),
        # the colon-line box (``生成日期：`` lines)
        (f"<h1>{NAME}</h1>{COLON_BOX}{GOV_TEXT}<p>发布日期：2018-01-02</p>", "2018-01-02", "label:发布日期(shown)"),
        # the line the picker already read, above the text: as before
        (f"<h1>{NAME}</h1><p>发布日期：2018-01-02</p>{box('生成日期')}{GOV_TEXT}", "2018-01-02", "label:发布日期(shown)"),
        # neighbour: no publish label shown, the box's date alone (gaps98)
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}", "2017-11-04", "meta-line:date(shown)"),
        # neighbour: an update's or a print's label under the text is no publish label
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}<p>更新日期：2018-01-02</p>", "2017-11-04", "meta-line:date(shown)"),
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}<p>打印日期：2018-01-02</p>", "2017-11-04", "meta-line:date(shown)"),
    ],
)  # fmt: skip
def test_a_shown_publish_line_beats_the_box_s_other_date(
    body: str, published: str, rule: str
) -> None:
    """生成日期 / 成文日期 / 发文日期 is a shown date only where no publish label is shown."""
    out = run(body, PUBDATE, GOV_URL)
    assert (out["published_at"], out["extraction"]["published"]) == (published, rule)
