"""perf247: the shortcuts outside the walk give what the full computations give (issue 14)."""

from __future__ import annotations

import random
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from incubator_crawler.article.category import _is_home_link
from incubator_crawler.article.page import HOME_PATHS


def _reference(href: str | None, base: str) -> bool:
    return urlsplit(urljoin(base, href or "")).path.lower() in HOME_PATHS


def _anchor(href: str | None) -> lxml.html.HtmlElement:
    a = lxml.html.fromstring("<a>首页</a>")
    if href is not None:
        a.set("href", href)
    return a


@pytest.mark.parametrize(
    ("href", "base", "home"),
    [
        ("/", "http://www.example.cn/news/2024/a.html", True),
        ("../../index.html", "http://www.example.cn/news/2024/a.html", True),
        ("index.html", "http://www.example.cn/a.html", True),
        ("INDEX.HTM?from=nav", "http://www.example.cn/a.html", True),
        ("//www.example.cn", "http://www.example.cn/news/a.html", True),
        ("http://www.example.cn/", "http://www.example.cn/news/a.html", True),
        ("./", "http://www.example.cn/a.html", True),
        ("..", "http://www.example.cn/news/a.html", True),
        ("#top", "http://www.example.cn/", True),
        (None, "http://www.example.cn/", True),
        ("index.html\n", "http://www.example.cn/a.html", True),
        ("  /", "http://www.example.cn/news/a.html", True),
        # the nearest links that are not the home page
        ("index.html", "http://www.example.cn/news/a.html", False),
        ("/news/", "http://www.example.cn/a.html", False),
        ("/news/list.html", "http://www.example.cn/a.html", False),
        ("list.html#index.html", "http://www.example.cn/a.html", False),
        ("javascript:void(0)", "http://www.example.cn/a.html", False),
        ("#top", "http://www.example.cn/news/a.html", False),
    ],
)
def test_home_link_values(href: str | None, base: str, home: bool) -> None:
    assert _is_home_link(_anchor(href), base) is home
    assert _reference(href, base) is home


def test_home_link_matches_the_join_on_random_links() -> None:
    rng = random.Random(247)
    parts = [
        "",
        "/",
        "//",
        ".",
        "..",
        "./",
        "../",
        "index.html",
        "INDEX.shtml",
        "default.aspx",
        "news",
        "list_2.html",
        "a;b",
        "?q=1",
        "#x",
        ":",
        "http:",
        "https://h.cn",
        "//h.cn",
        " ",
        "\t",
        "\n",
        "%2F",
        "index.htm?x",
        "页",
        "[",
        "c.html#",
        "http://h.cn",
        "HTTPS://例.cn",
        "http://[::1]",
        "http://h.cn:80",
        "ftp://h",
        "http:x",
        "x/../",
        "@",
        "\\",
    ]
    bases = [
        "http://www.example.cn/",
        "http://www.example.cn/news/2024/a.html",
        "https://h.cn/a/b/",
        "http://www.example.cn",
        "about:blank",
        "",
        "http://例子.cn/a/",
        "http://www.example.cn/a.html?x=1#f",
        "file:///tmp/a.html",
    ]
    for _ in range(20000):
        href = "".join(rng.choice(parts) for _ in range(rng.randint(0, 5)))
        base = rng.choice(bases)
        try:
            want = _reference(href, base)
        except ValueError:
            with pytest.raises(ValueError, match="URL|netloc"):
                _is_home_link(_anchor(href), base)
            continue
        assert _is_home_link(_anchor(href), base) is want, (href, base)


def _squash_reference(s: str | None) -> str:
    from incubator_crawler.article.page import ASCII_WS_RE, OTHER_WS_RE

    if not s:
        return ""
    if OTHER_WS_RE.search(s) is None:
        return " ".join(s.split())
    return ASCII_WS_RE.sub(" ", s).strip()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("\u3000\u3000标题\xa0", "标题"),  # one word: its blank ends go, ASCII or not
        (" \n ", ""),
        ("首页 >  新闻", "首页 > 新闻"),
        ("第一段\u3000第二段", "第一段\u3000第二段"),  # a non-ASCII blank inside is kept
        ("\u3000第一段 \u3000 第二段\n", "第一段 \u3000 第二段"),
    ],
)
def test_squash_values(text: str, want: str) -> None:
    from incubator_crawler.article.page import squash

    assert squash(text) == want
    assert _squash_reference(text) == want


def test_squash_matches_the_reference_on_random_texts() -> None:
    from incubator_crawler.article.page import squash

    rng = random.Random(2470)
    alphabet = ["a", "字", " ", "\n", "\t", "\x1c", "\x85", "\xa0", "\u3000", "\u2003", "\u200b"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert squash(text) == _squash_reference(text), repr(text)
