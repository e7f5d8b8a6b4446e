"""Numbers in Chinese words: the one reader dates (published.py) and pagers (pagination.py) share."""

import pytest

from incubator_crawler.numerals import chinese_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("一", 1),
        ("九", 9),
        ("〇", 0),
        ("零", 0),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("三十一", 31),
        ("九十九", 99),
    ],
)
def test_chinese_number(words, value):
    assert chinese_number(words) == value


@pytest.mark.parametrize("words", ["", "一二", "十十", "二十三四", "百", "廿", "二十X"])
def test_not_a_chinese_number(words):
    assert chinese_number(words) is None
