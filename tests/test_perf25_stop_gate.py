"""perf25: STOP_RE's two-character gate finds what the plain pattern finds (issue 14)."""

from __future__ import annotations

import random
import re

import pytest

from incubator_crawler.article import labels

_PLAIN = labels.STOP_RE._pattern
# every run of Chinese characters the pattern spells (its controls, labels, account kinds), and
# each one's first character alone and with a wrong second
_WORDS = sorted(set(re.findall(r"[\u4e00-\u9fff]+", _PLAIN.pattern)))
_FIRSTS = sorted({w[0] for w in _WORDS})
# what stands around them in a meta line: bars, brackets, digits (full-width and other digits too,
# ``\d`` is Unicode's), blanks of several kinds, colons, names, dates
_AROUND = (
    "|", "丨", "│", "┃", "【", "[", "〖", "】", "]", ":", "：", " ", "  ", "\u3000", "\t", "\n",
    "1", "12", "2024-01-02", "１２", "٣", "A+", "A-", "A", "+", "张三", "新华网", "来源", "编辑",
    "的", "大", "一", "数", "次", "量", "x", "X", "人", "/",
)  # fmt: skip


def _stop_like(rng: random.Random) -> str:
    """A line of controls, labels and counters, their neighbours and near misses."""
    parts = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.35:
            parts.append(rng.choice(_WORDS))
        elif kind < 0.5:
            parts.append(
                rng.choice(_FIRSTS) + rng.choice(("", " ", "x", "的", rng.choice(_FIRSTS)))
            )
        else:
            parts.append(rng.choice(_AROUND))
    return "".join(parts)


def _key(m):
    return m and (m.span(), m.group(0), m.groups())


def test_stop_gate_finds_what_the_plain_stop_pattern_finds():
    rng = random.Random(25)
    alphabet = "".join(_FIRSTS) + "".join(_AROUND) + "击赞览读看气号文经"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(10000)]
    texts += [_stop_like(rng) for _ in range(30000)]
    found = sum(_PLAIN.search(t) is not None for t in texts)
    assert found > 10000  # the lines hold stops often enough for the test to mean something
    for text in texts:
        for pos in (0, 1, 4):
            assert _key(_PLAIN.search(text, pos)) == _key(labels.STOP_RE.search(text, pos)), text
        end = max(0, len(text) - 2)
        assert _key(_PLAIN.search(text, 0, end)) == _key(labels.STOP_RE.search(text, 0, end))
        assert [_key(m) for m in _PLAIN.finditer(text)] == [
            _key(m) for m in labels.STOP_RE.finditer(text)
        ], text


@pytest.mark.parametrize(
    "text",
    [
        "来源：新华网 | 作者：张三",
        "来源：新华网【打印】",
        "编辑： 王巍纠错：171964650@qq.com",
        "作者:张三 12次浏览",
        "作者:张三 35 人看过",
        "作者：张明华人看过",
        "来源:作者:点击:次",
        "来源:科技日报点击次数:",  # NFKC text: the colon is ASCII
        "作者: 分类:园区动态",
        "文字编辑：X 未经正式授权严禁转载本文",
        "来源：新华网 A+ A-",
        "来源：生活时报 丁永明 我有话说",
        "来源：Mtime时光网 查看原文",
        "來源： 字號: 小 中 大 轉發 列印",
    ],
)
def test_every_stop_shape_passes_the_gate_where_it_starts(text):
    m = _PLAIN.search(text)
    assert m is not None
    assert labels._STOP_GATE.match(text, m.start()) is not None
    assert _key(labels.STOP_RE.search(text)) == _key(m)
