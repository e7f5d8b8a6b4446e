"""Two credits closing the text that corpus48's second reading labelled (issue 10), on pages of our own.

- A repost credit run into the last paragraph, 转发自 read as 转载自 (emshu-post-143: ``…闭幕。
  本条新闻转发自中国高等教育学会官网，链接为： http://…。``): the outlet is the source, the credit and
  its link are cut from the body.
- ``资料来源:`` closing the text, a cited paper's reference, then the original's address
  (cbblab-xwzx-405): the address is the source, the three lines are cut.

The lead's decision on the byline-slot line's author is in tests/test_decide100.py. Why each shape:
docs/benchmarks.md, follow101.
"""

from __future__ import annotations

import pytest
from test_policy_fields import P1, P2, P3, page, text

from incubator_crawler.article.labels import run_in_credit
from incubator_crawler.article.meta_marks import slot_byline
from incubator_crawler.article.people import byline_among_items, label_address_lines

META = "<div class='info'>发布时间：2024-03-05 10:20</div>"
LINK = "http://www.hie.edu.cn/news_12577/20180725/t20180725_993868.shtml"
LAST = "会议决定专委会的发展会员事宜由秘书处具体操作执行。 会议于7月20日上午顺利闭幕。"
PAPER = "PNAS, 2013, doi: 10.1073/pnas.1301293110"
ORIGINAL = "http://news.sciencenet.cn/htmlpaper/201371214114516429504.shtm"


def _closing(last: str) -> tuple[str | None, str]:
    """(source, the body's last paragraph) of a page whose text ends with ``last``."""
    out = page(meta=META, body=text(P1, P2, P3, last))
    return out["source"], out["body"].split("\n\n")[-1]


# -- 1: 转发自 run into the last paragraph ----------------------------------------------------------
@pytest.mark.parametrize(
    ("credit", "source"),
    [
        # emshu-post-143: the credit and the original's linked address after it
        (f" 本条新闻转发自中国高等教育学会官网，链接为： {LINK}。", "中国高等教育学会官网"),
        # the same without the link, and 转载自 with one (a link after any reprint credit)
        ("本条新闻转发自中国高等教育学会官网。", "中国高等教育学会官网"),
        (f"本文转载自科技日报，原文链接：{LINK}", "科技日报"),
    ],
)
def test_reprint_credit_run_in(credit: str, source: str) -> None:
    """The outlet after 转发自 is the source; the credit and its link are cut from the text."""
    assert _closing(LAST + credit) == (source, LAST)


@pytest.mark.parametrize(
    "last",
    [
        # neighbour: 转发自 in a sentence of the story (no 本文 / 本条新闻 credit)
        f"{LAST}该视频转发自网友微博，链接为： {LINK}。",
        # neighbour: a phrase after the outlet (``X的一篇评论文章``): a sentence, no credit
        f"{LAST}本条新闻转发自中国高等教育学会的一篇评论文章。",
        # neighbour: an address closing the text with no credit before it
        f"{LAST}详情请见： {LINK}",
    ],
)
def test_no_reprint_credit(last: str) -> None:
    """No repost credit: no source, the paragraph whole."""
    assert _closing(last) == (None, last)


def test_run_in_span_reaches_past_the_address() -> None:
    """The credit's start is found however long the address closing it is."""
    para = LAST + f" 本条新闻转发自中国高等教育学会官网，链接为： {LINK}。"
    assert run_in_credit(para) == len(LAST)
    assert run_in_credit(f"{LAST} 访问 {LINK}") is None


# -- 2: 资料来源, a paper's reference, the original's address ------------------------------------
def test_source_label_reference_then_address() -> None:
    """cbblab-xwzx-405: the address is the source, the label, reference and address are cut."""
    out = page(meta=META, body=text(P1, P2, P3, "资料来源:", PAPER, ORIGINAL))
    assert (out["source"], out["body"].split("\n\n")[-1]) == (ORIGINAL, P3)


@pytest.mark.parametrize(
    "lines",
    [
        # neighbour: two references under the label, a list of works (no single origin)
        ("资料来源:", PAPER, "Nature, 2013, 499(7457): 178-183", ORIGINAL),
        # neighbour: a sentence between the label and the address
        ("资料来源:", "本文根据相关论文整理而成，仅供参考。", ORIGINAL),
    ],
)
def test_source_label_not_one_origin(lines: tuple[str, ...]) -> None:
    """More than one paper's reference, or prose, between the label and the address: no source."""
    out = page(meta=META, body=text(P1, P2, P3, *lines))
    assert (out["source"], out["body"].split("\n\n")[-1]) == (None, lines[-1])


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["资料来源:", ORIGINAL], (ORIGINAL, 2)),
        (["资料来源:", PAPER, ORIGINAL], (ORIGINAL, 3)),
        (["资料来源:", "Nature, 2013, 499(7457): 178-183", ORIGINAL], (ORIGINAL, 3)),
        # compact keys (the body cleaner's): blanks gone
        (["资料来源:", "PNAS,2013,doi:10.1073/pnas.1301293110", ORIGINAL], (ORIGINAL, 3)),
        (["资料来源:", "PNAS 2013 年的论文", ORIGINAL], None),
        (["参考资料:", PAPER, ORIGINAL], None),
    ],
)
def test_label_address_lines(lines: list[str], found: tuple[str, int] | None) -> None:
    """The label alone, maybe one paper's reference, then the address."""
    assert label_address_lines(lines, 0) == found


# -- 3: the byline of a byline-slot line (the lead's decision; pages in test_decide100) ----------
@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Wang Xiaoyu | China Daily | Updated: 2024-05-13 09:08", "By Wang Xiaoyu"),
        ("By Zhang Yi in Beijing | China Daily | Updated: 2024-05-13 09:08", "By Zhang Yi"),
        ("记者 张明华 | 人民网 | 2024-03-05", "记者 张明华"),
        ("记者 张明华 | 新闻中心 | 2024-03-05", "记者 张明华"),
        # neighbours: no slot, no byline, no date after the slot
        ("记者 张明华 | 2024-03-05", None),
        ("chinadaily.com.cn | Updated: 2024-05-20 14:41", None),
        ("记者 张明华 | 人民网 | 浏览：12", None),
    ],
)
def test_slot_byline(line: str, byline: str | None) -> None:
    """The byline of a byline, slot and date line, where it was reported cut."""
    assert slot_byline(line) == byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Wang Xiaoyu | China Daily | Updated: 2024-03-05 10:20", "Wang Xiaoyu"),
        ("本报记者 张明华 李小红 | 科技日报 | 2024-01-01 10:00", "张明华 李小红"),
        ("文/张明华 | 科技日报 | 2024-01-01", "张明华"),
        # neighbours: an outlet or a desk after By names no person, as on a line of its own; two
        # English names are read by no byline rule, with or without the slot
        ("By China Daily | Xinhua | Updated: 2024-03-05 10:20", None),
        ("By Staff Reporter | China Daily | Updated: 2024-03-05 10:20", None),
        ("By Wang Xiaoyu and Li Hong | China Daily | Updated: 2024-03-05 10:20", None),
    ],
)
def test_slot_line_names(line: str, names: str | None) -> None:
    """The names a byline-slot line credits (NFKC text, as the byline finder passes it)."""
    assert byline_among_items(line) == names
