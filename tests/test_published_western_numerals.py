"""western_numerals skips a rewrite whose pattern cannot match: the same text as running them all."""

from __future__ import annotations

import random
from re import _constants as sre_c
from re import _parser as sre_parse

import pytest

from incubator_crawler.article import published
from incubator_crawler.article.published import (
    _YEAR_DIGITS,
    CN_MONTH_FIRST_DATE,
    CN_NUMERAL_DATE,
    ROC_DATE,
    ROC_NUMERIC_DATE,
    _month_first_date,
    _western_date,
    western_numerals,
)


def _every_rewrite(text: str) -> str:
    """western_numerals before perf20: every pattern run over the text."""
    text = CN_NUMERAL_DATE.sub(_western_date, text)
    if "月" in text:
        text = CN_MONTH_FIRST_DATE.sub(_month_first_date, text)
    if ":" in text or "於" in text or "于" in text:
        text = ROC_NUMERIC_DATE.sub(lambda m: f"{m['sp']}{int(m['y']) + 1911}", text)
    return ROC_DATE.sub(lambda m: f"{int(_YEAR_DIGITS.search(m[0])[0]) + 1911}年", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布于二〇二四年三月五日 10:00", "发布于2024年3月5日 10:00"),
        ("十二月 18, 2019 阅读", "2019年12月18日 阅读"),
        ("發布日期: 113-03-27", "發布日期: 2024-03-27"),
        ("民國113年5月13日", "2024年5月13日"),
        ("113年 5月", "2024年 5月"),
        ("2024年3月5日 来源：新华网", "2024年3月5日 来源：新华网"),
    ],
)
def test_each_rewrite_still_applies(text, expected):
    assert western_numerals(text) == expected == _every_rewrite(text)


def test_skipping_rewrites_gives_the_text_every_rewrite_gives():
    rng = random.Random(20)
    alphabet = list("〇零一二三四五六七八九十年月日民國国中華 :於于-/.,\n0112345") + [
        "二〇二四",
        "十二月 ",
        "113",
        "2019",
        "民國",
        "：",
    ]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(6000)]
    for text in texts:
        assert western_numerals(text) == _every_rewrite(text), text


def _items(pattern):
    return list(sre_parse.parse(pattern.pattern, pattern.flags))


def _spaces(item) -> bool:
    """``\\s+``: one blank or more."""
    op, av = item
    return (
        op is sre_c.MAX_REPEAT
        and av[0] == 1
        and list(av[2]) == [(sre_c.IN, [(sre_c.CATEGORY, sre_c.CATEGORY_SPACE)])]
    )


def test_month_first_date_needs_a_month_then_a_blank():
    # _MONTH_FIRST_NEEDS (月\s) stands for the pattern: its only path holds 月 and \s+ in a row
    items = _items(CN_MONTH_FIRST_DATE)
    at = items.index((sre_c.LITERAL, ord("月")))
    assert _spaces(items[at + 1])
    assert published._MONTH_FIRST_NEEDS.pattern == r"月\s"


def test_roc_numeric_date_needs_a_label_mark_then_the_year():
    # _ROC_NUMERIC_NEEDS ([:於于]\s*1[01]\d): the lookbehind's class, the blanks, then the
    # lookahead's year, which the pattern's own three digits consume
    items = _items(ROC_NUMERIC_DATE)
    behind = items[0]
    assert behind[0] is sre_c.ASSERT
    assert behind[1][0] == -1
    assert [(op, av) for op, av in behind[1][1]] == [
        (sre_c.IN, [(sre_c.LITERAL, ord(c)) for c in ":於于"])
    ]
    ahead = items[2]
    assert ahead[0] is sre_c.ASSERT
    assert ahead[1][0] == 1
    assert list(ahead[1][1])[:2] == [
        (sre_c.LITERAL, ord("1")),
        (sre_c.IN, [(sre_c.LITERAL, ord("0")), (sre_c.LITERAL, ord("1"))]),
    ]
    assert published._ROC_NUMERIC_NEEDS.pattern == r"[:於于]\s*1[01]\d"
