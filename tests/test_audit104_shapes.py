"""Two source shapes the audit104 read of unlabelled dev-side pages found (issue 10).

1. A 来源 slot printing the CMS's fill-in for an empty field (``来源：未知``, DedeCMS; decide79 reads
   it as the 佚名 of an empty 作者 slot) names no one: a 来源 line closing or opening the text names
   the source, as under an empty slot (LABELLING.md, eighth round). 本站 / 网络 in the slot, a
   filled slot and a 来源 word in prose keep their old readings.
2. Bare counters after the value (a comment and a view count drawn as icons: ``来源： X <i>0</i>
   <i>34</i>``) are no part of it, as one bare number set apart already was not.

Pages of our own; the audit: docs/benchmarks.md, audit104.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

HEADLINE = "专家提醒慎用保健品"
HEAD = f"<title>{HEADLINE}_伊尔净</title>"
TEXT = [f"第{n}段：{PROSE}" for n in "一二三"]
PARAS = "".join(f"<p>{p}</p>" for p in TEXT)


def article(meta: str, closing: str = "", opening: str = "") -> str:
    """A DedeCMS-like page: trail, headline, meta line, text, closing lines, 责任编辑."""
    return (
        "<div class='place'><a href='/'>主页</a> &gt; <a href='/news/'>新闻资讯</a> &gt; </div>"
        f"<div class='art'><h1>{HEADLINE}</h1><div class='info'>{meta}</div>"
        f"<div class='content'>{opening}{PARAS}{closing}<p>(责任编辑：system)</p></div></div>"
    )


DEDE = "2015-05-27 14:29 来源：{} 编辑：system 点击：次"


# --- 1. an unknown-source placeholder in the slot, a 来源 line in the text -----------------------


@pytest.mark.parametrize(
    ("slot", "closing", "source"),
    [
        ("未知", "<p>来源：国家食品药品监督管理局</p>", "国家食品药品监督管理局"),
        ("未知", "<p>文章来源: 千龙网</p>", "千龙网"),
        ("未知", "<p>（文章来源：世界卫生组织）</p>", "世界卫生组织"),
        ("不详", "<p>来源：国家食品药品监督管理局</p>", "国家食品药品监督管理局"),
        ("admin", "<p>来源：国家食品药品监督管理局</p>", "国家食品药品监督管理局"),
    ],
)
def test_unknown_slot_gives_way_to_a_closing_source_line(slot, closing, source):
    rec = run(article(DEDE.format(slot), closing=closing), HEAD)
    assert rec["source"] == source
    assert rec["editor"] == "system"
    assert rec["body"] == "\n\n".join(TEXT)  # the closing 来源 line cut


def test_unknown_slot_gives_way_to_a_source_line_opening_the_text():
    rec = run(article(DEDE.format("未知"), opening="<p>来源：上海奉贤</p>"), HEAD)
    assert rec["source"] == "上海奉贤"


def test_unknown_slot_alone_stays_no_source():
    rec = run(article(DEDE.format("未知")), HEAD)
    assert rec["source"] is None
    assert rec["category"] == "新闻资讯"


def test_unknown_slot_and_the_word_in_prose_stay_no_source():
    prose = "<p>尽管感染的来源及传播模式尚不能确定，但注意基本卫生是一种谨慎的做法。</p>"
    rec = run(article(DEDE.format("未知"), closing=prose), HEAD)
    assert rec["source"] is None


def test_picture_credit_under_an_unknown_slot_is_no_source():
    rec = run(article(DEDE.format("未知"), closing="<p>图片来源：视觉中国</p>"), HEAD)
    assert rec["source"] is None


@pytest.mark.parametrize(
    ("slot", "source"),
    [
        ("科技日报", "科技日报"),  # a filled slot names the source; the closing line does not win
        ("本站", None),  # 本站 names this site (scored as none): no change, a question for the lead
    ],
)
def test_a_slot_that_names_someone_keeps_its_reading(slot, source):
    rec = run(article(DEDE.format(slot), closing="<p>来源：新华社</p>"), HEAD)
    assert rec["source"] == source


# --- 2. bare counters after the value -------------------------------------------------------


def counter_line(after: str) -> str:
    return f"<span class='time'> 2017-11-27 17:40</span> <span class='from'> 来源： {after}"


@pytest.mark.parametrize(
    ("meta", "source"),
    [
        # two icon counters (comments, views): ev817.com's span.from, then i.repeat and i.seen
        (
            counter_line("环球商用车 </span><i class='repeat'>0</i> <i class='seen'>34</i>"),
            "环球商用车",
        ),
        ("2017-11-27 17:40 来源：中国汽车报 0 39", "中国汽车报"),
        ("2017-11-27 17:40 来源：中国汽车报 0 39 7", "中国汽车报"),
        # one counter, as before
        ("2017-11-27 17:40 来源：中国汽车报 <span class='icon-eye'>339</span>", "中国汽车报"),
        # digits inside the outlet's name stay
        ("2017-11-27 17:40 来源：21世纪经济报道 0 39", "21世纪经济报道"),
        ("2017-11-27 17:40 来源：CCTV-13 0 3", "CCTV-13"),
        ("2017-11-27 17:40 来源：36氪", "36氪"),
    ],
)
def test_bare_counters_after_the_source_are_cut(meta, source):
    assert run(article(meta), HEAD)["source"] == source


# --- 3. a journal's issue stamp after the name -----------------------------------------------


@pytest.mark.parametrize(
    ("meta", "opening", "source"),
    [
        # yerjing.com: 文章出处 opening the text under DedeCMS's 来源：未知
        (
            DEDE.format("未知"),
            "<p>文章出处：中国优生与遗传杂志2002年第10卷第3期</p>",
            "中国优生与遗传杂志",
        ),
        ("2019-03-01 来源：求是 2019年第5期", "", "求是"),
        # a paper's edition note, as before (decide79)
        ("2024-05-20 来源：人民日报（2024年05月20日 第03版）", "", "人民日报"),
    ],
)
def test_issue_stamp_after_the_source_is_cut(meta, opening, source):
    assert run(article(meta, opening=opening), HEAD)["source"] == source
