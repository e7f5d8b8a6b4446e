"""perf256: nfkc_compact and strip_site_suffix answer from a cache sized to a page; the answers
are the functions' own (both pure: a text in, a text out)."""

from __future__ import annotations

import random

from incubator_crawler.article.text import nfkc, nfkc_compact
from incubator_crawler.article.title import strip_site_suffix

_PIECES = (
    "标题",
    "　",
    " ",
    "\u00a0",
    "：",
    ":",
    "（",
    "）",
    "Ａ",
    "a",
    "ｂ",
    "1",
    "２",
    "-",
    "｜",
    "_",
    "网",
    "\n",
)


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_nfkc_compact_cached_is_the_function() -> None:
    texts = _texts(256, 3000)
    for text in texts + texts[::-1]:  # asked again, from the cache
        assert nfkc_compact(text) == "".join(nfkc(text).split())


def test_nfkc_compact_exact_values() -> None:
    assert nfkc_compact("　标题：Ａ ｂ\n２") == "标题:Ab2"
    assert nfkc_compact(" \u00a0\u3000") == ""


def test_strip_site_suffix_cached_is_the_function() -> None:
    uncached = strip_site_suffix.__wrapped__
    pairs = [
        ("园区动态 - 某某孵化器网", "某某孵化器网"),
        ("标题-中国孵化器网", "中国孵化器网"),
        ("标题_新闻中心_某某网", None),
        ("某某网 | 标题文字很长一些", "某某网"),
        (None, "某某网"),
        ("", None),
    ]
    for _ in range(3):
        for title, site in pairs:
            assert strip_site_suffix(title, site) == uncached(title, site)
    assert strip_site_suffix("标题-中国孵化器网", "中国孵化器网") == "标题"
