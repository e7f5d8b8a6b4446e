"""perf24: the two-character gates find what the plain patterns find (issue 14)."""

from __future__ import annotations

import random

import pytest

from incubator_crawler.article import labels

# DATE_RE's characters and their neighbours: every alternative's opening pairs, the letters that
# fold to a month's (``ſ`` is an ``s`` to a case-insensitive pattern), full-width and other digits
# (``\d`` is Unicode's), blanks of several kinds and what stands around dates in a line
_DATE_ALPHABET = (
    "0123456789012345678901234567890１２٣ \u3000\t-/.:年月日时分秒〇零一二三四五六七八九十"
    "中華华民國国星期周上下午()（）,，JanMayDecSepOctNovFebAprJulAugjunSEPſKpmHKT+08发布来源"
)

# one of each shape DATE_RE reads
# a date's slots, each with shapes DATE_RE reads and near misses, filled at random
_SLOTS = (
    ("", "x", "来源 ", "1", "a", "中華", "民國", "星期三 "),
    ("2024", "1999", "24", "113", "民國98", "中華民國 113", "二〇二四", "十二", "三", "5", "05", "31",
     "Sep", "ſep", "SEPT.", "jan", "April", "2"),
    ("-", "/", ".", " ", "年", "月", " 年 ", "", ", ", "x"),
    ("1", "05", "12", "13", "三", "十一", "Sep", "may", "31", "2024"),
    ("-", "/", ".", "月", " ", "", ", ", "日"),
    ("2", "15", "31", "五", "2024", "1999", "三十一", ""),
    ("", "日", " 10:20", "日 星期三 下午3:20", " (16:31)", "x", "1", " pm"),
)  # fmt: skip


def _date_like(rng: random.Random) -> str:
    return "".join(rng.choice(slot) for slot in _SLOTS)


_DATE_SHAPES = [
    "2024-01-02 10:00",
    "发布日期：2024年1月2日",
    "二〇二四年三月五日",
    "民國98年3月5日",
    "中華民國 113年5月13日",
    "113年5月13日",
    "11/29/2021",
    "05-19-2013",
    "3.1.2024",
    "22 April 2025",
    "Apr 22, 2025",
    "ſep 3, 2024",
    "SEPT. 3, 2024",
    "十二月 18, 2019",
    "11月 12, 2024",
    "2024 01/05 10:20:35",
]
# and texts it reads no date in (full-width digits are no ASCII 19 / 20, NFKC makes them so)
_DATE_CASES = [
    *_DATE_SHAPES,
    "",
    "12345年1月2日",
    "２０２４-０１-０２",
    "第一季度 三月 五日",
    "Sunday, Monday",
]


def _key(m):
    return m and (m.span(), m.group(0), m.groups())


def test_date_gate_finds_what_the_plain_date_pattern_finds():
    raw = labels.DATE_RE._pattern
    rng = random.Random(24)
    texts = _DATE_CASES + [
        "".join(rng.choice(_DATE_ALPHABET) for _ in range(rng.randint(1, 30))) for _ in range(10000)
    ]
    texts += [_date_like(rng) for _ in range(40000)]
    found = sum(labels.DATE_RE.search(t) is not None for t in texts)
    assert found > 150  # the slots make dates often enough for the test to mean something
    for text in texts:
        for pos in (0, 1, 4):
            assert _key(raw.search(text, pos)) == _key(labels.DATE_RE.search(text, pos)), text
            end = max(0, len(text) - 2)
            assert _key(raw.search(text, pos, end)) == _key(labels.DATE_RE.search(text, pos, end))
        assert [_key(m) for m in raw.finditer(text)] == [
            _key(m) for m in labels.DATE_RE.finditer(text)
        ], text


@pytest.mark.parametrize("text", _DATE_SHAPES)
def test_every_date_shape_passes_the_gate_where_it_starts(text):
    m = labels.DATE_RE._pattern.search(text)
    assert m is not None
    assert labels._DATE_GATE.match(text, m.start()) is not None


def _label_like(rng: random.Random) -> str:
    """A line of labels (a letter's case flipped, blanks inside), their values and near misses."""
    labs = list(labels._ALL_CJK) + list(labels._ALL_EN)
    firsts = sorted({lab[0] for lab in labs})
    parts = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.random()
        if kind < 0.45:
            lab = rng.choice(labs)
            if lab.isascii() and rng.random() < 0.5:
                lab = "".join(c.swapcase() if rng.random() < 0.5 else c for c in lab)
                lab = lab.replace("s", "\u017f") if rng.random() < 0.2 else lab
            if rng.random() < 0.2:
                lab = " ".join(lab)  # ``索 引 号``
            parts.append(lab)
        elif kind < 0.6:
            parts.append(rng.choice(firsts) + rng.choice(("", " ", "x", "的", rng.choice(firsts))))
        else:
            parts.append(
                rng.choice(
                    (":", "：", " : ", "|", "/", " / ", "丨", " ", "  ", "张三", "新华网", "2024-01-02",
                     "文", "图", "圖", "摄", "攝", "本站编辑", "记者", "Posted", " @ ", ")", "(", "○")
                )
            )  # fmt: skip
    return "".join(parts)


def test_label_gate_finds_what_the_plain_label_pattern_finds():
    raw = labels.LABEL_RE._pattern
    rng = random.Random(2024)
    texts = [_label_like(rng) for _ in range(30000)]
    found = sum(raw.search(t) is not None for t in texts)
    assert found > 2500  # a tenth of the lines hold a label: the test means something
    for text in texts:
        for pos in (0, 1, 4):
            assert _key(raw.search(text, pos)) == _key(labels.LABEL_RE.search(text, pos)), text
        end = max(0, len(text) - 2)
        assert _key(raw.search(text, 0, end)) == _key(labels.LABEL_RE.search(text, 0, end)), text
        assert [_key(m) for m in raw.finditer(text)] == [
            _key(m) for m in labels.LABEL_RE.finditer(text)
        ], text


@pytest.mark.parametrize(
    "text",
    [
        "作者:张三",
        "来 源:新华网",
        "AUTHOR: Jim",
        "\u017fource: AP",
        "文/张三",
        "文 | 张三",
        "图/文 李四",
        "图文:张明华",
        "摄:李四",
        "责任编辑 王五",
        "记者 张明华",
        "○博主 X",
    ],
)
def test_every_label_shape_passes_the_gate_where_it_starts(text):
    m = labels.LABEL_RE._pattern.search(text)
    assert m is not None
    assert labels._LABEL_GATE.match(text, m.start()) is not None
