"""process.canonical_url: its shortcut returns what w3lib's canonicalize_url does."""

from __future__ import annotations

import random

import pytest
from w3lib.url import canonicalize_url

from incubator_crawler.crawl.process import _CANONICAL_AS_IS, canonical_url


@pytest.mark.parametrize(
    ("url", "shortcut"),
    [
        ("http://www.example.com/2024/01/02/c_123.html", True),
        ("https://xn--fiqs8s.cn/a/b/", True),
        ("http://example.com/", True),
        ("http://example.com", False),  # canonicalize_url adds the "/"
        ("http://Example.com/a", False),
        ("http://example.com:80/a", False),
        ("http://example.com/a/../b", False),
        ("http://example.com/a?b=1&a=2", False),
        ("http://example.com/a#top", False),
        ("http://example.com/%e4%b8%ad", False),
        ("http://example.com/中文", False),
    ],
)
def test_shortcut_only_for_urls_left_as_they_are(url, shortcut):
    assert bool(_CANONICAL_AS_IS.fullmatch(url)) is shortcut
    assert canonical_url(url) == canonicalize_url(url, keep_fragments=False)


def _outcome(fn, url):
    try:
        return fn(url)
    except ValueError as exc:  # w3lib rejects some of them (``:80Y`` is no port): so must we
        return type(exc)


def test_shortcut_agrees_with_w3lib_on_generated_urls():
    rng = random.Random(14)
    hosts = ["a.com", "xn--fiqs8s.cn", "A.com", "a-b.c", "a..b", "-a.com", "a.com:80", "1.2.3.4",
             "x" * 63 + ".com", "x" * 64 + ".com", "user@a.com"]  # fmt: skip
    # mostly pieces a plain path is made of, now and then one that makes it not plain
    pieces = ["/", "/", "a", "Z", "9", "-", "_", "~", ".", "..", "/.", "/..", "%2f", "%", "?", "&",
              "=", "#", ";", ":", "@", "+", "!", "$", "'", "(", "*", ",", " ", "\u4e2d"]  # fmt: skip
    weights = [12, 12, 12, 6, 6, 3, 3, 3, 3, 2, 2, 2] + [1] * (len(pieces) - 12)
    shortcuts = 0
    for _ in range(20000):
        path = "".join(rng.choices(pieces, weights, k=rng.randint(0, 12)))
        url = rng.choice(["http://", "https://", "HTTP://"]) + rng.choice(hosts) + path
        expected = _outcome(lambda u: canonicalize_url(u, keep_fragments=False), url)
        assert _outcome(canonical_url, url) == expected, url
        shortcuts += bool(_CANONICAL_AS_IS.fullmatch(url))
    assert shortcuts > 250  # the shortcut itself was taken (375 times with this seed)
