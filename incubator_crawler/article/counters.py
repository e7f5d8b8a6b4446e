"""The words of a page's view, reader and comment counters, spelled once.

A meta line prints its counters beside the credits (``阅读 12``, ``237 點擊數``, ``3 条评论``,
``12人看过``); the rules that end a value before one (labels' controls and stops, people's
counter, names' trailing junk), that drop one from a date line (date_lines) or from the text
(body.clean) each build their pattern from these words. Every tuple is free of prefixes (no word
starts another), so the order an alternation lists them in changes no match.
"""

from __future__ import annotations

_VIEW_PAIRS = (("点击", "點擊"), ("浏览", "瀏覽"), ("阅读", "閱讀"), ("热度", "熱度"))
#: A view counter's words, simplified and traditional (``点击 12``, ``237 點擊數``, ``热度 12``).
VIEW_WORDS = tuple(w for pair in _VIEW_PAIRS for w in pair)
#: The same in simplified characters alone (``363次浏览``).
VIEW_WORDS_SIMPLIFIED = tuple(simplified for simplified, _ in _VIEW_PAIRS)
#: The view words a count is printed before (``12人阅读``, ``3 条回复 5 次浏览``, ``12次点击``):
#: all but 热度, a hotness and no count of readers or clicks.
READ_WORDS = VIEW_WORDS[:6]
#: A comment counter's words (``3 条评论``, ``5 条回覆``).
COMMENT_WORDS = ("评论", "評論", "回复", "回覆")
#: JEECMS's reader counter after its count (``<span id="views"></span>人看过``).
SEEN_WORDS = ("看过", "看過")


def either(words: tuple[str, ...]) -> str:
    """``words`` as a regex alternation (``点击|點擊|…``)."""
    return "|".join(words)
