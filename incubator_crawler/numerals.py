"""Numbers written in Chinese words (一 … 九十九), read once for dates and pagers alike."""

from __future__ import annotations

#: The digits, ``〇`` as dates write zero in a year (二〇二四) and ``零`` as elsewhere.
CHINESE_DIGITS = {"〇": 0, **{c: i for i, c in enumerate("零一二三四五六七八九")}}


def chinese_number(words: str) -> int | None:
    """The number written in Chinese words up to 99 (二, 十二, 二十, 九十九), or None."""
    tens, _, units = words.rpartition("十")
    if "十" not in words:
        return CHINESE_DIGITS.get(words) if len(words) == 1 else None
    if len(tens) > 1 or len(units) > 1 or "十" in tens + units:
        return None
    if (tens and tens not in CHINESE_DIGITS) or (units and units not in CHINESE_DIGITS):
        return None
    return (CHINESE_DIGITS[tens] if tens else 1) * 10 + (CHINESE_DIGITS[units] if units else 0)
