"""perf184's cuts: each reads what the code before it read (outputs byte-identical)."""

from __future__ import annotations

import random
import re
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from lxml import etree

from incubator_crawler.article.page import node_text
from incubator_crawler.article.people import accounts
from incubator_crawler.article.text import nfkc_compact

_AUTHOR_ARCHIVE_RE = re.compile(r"/authors?/(?P<name>[^/]+)/?(?:index\.html?)?$", re.IGNORECASE)


def _ungated_archive_link(el: Any) -> bool:
    """_author_archive_link as it was: every link's address split."""
    if el.tag != "a":
        return False
    m = _AUTHOR_ARCHIVE_RE.search(urlsplit(el.get("href") or "").path)
    return m is not None and nfkc_compact(unquote(m["name"])) == nfkc_compact(node_text(el))


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://gmt-china.org/authors/罗娜/", True),
        ("/author/%E7%BD%97%E5%A8%9C/index.html", True),
        ("/AUTHOR/罗娜", True),
        ("/Authors/罗娜/", True),
        # a tab or a line break inside the word: urlsplit drops it, the path says "author"
        ("/au\tthor/罗娜/", True),
        ("/auth\nors/罗娜/", True),
        ("\r/author/罗娜/", True),
        # neighbours: no archive path, another name, the word in the query only
        ("/authority/罗娜/", False),
        ("/author/张三/", False),
        ("/news/1.html?author=罗娜", False),
        ("/writer/罗娜/", False),
        ("", False),
    ],
)
def test_author_archive_link_gate(href: str, expected: bool) -> None:
    a = etree.Element("a", href=href)
    a.text = "罗娜"
    assert accounts._author_archive_link(a) is expected
    assert _ungated_archive_link(a) is expected


def test_author_archive_link_gate_on_random_addresses() -> None:
    rng = random.Random(1841)
    pieces = ("/", "author", "Author", "AUTHOR", "s", "au", "thor", "\t", "\n", "\r", " ", "罗娜",
              "%E7%BD%97", "index.html", "?", "#", "x", "İ", "K")  # fmt: skip
    for _ in range(5000):
        href = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        a = etree.Element("a", href=href)
        a.text = rng.choice(("罗娜", "x", ""))
        assert accounts._author_archive_link(a) == _ungated_archive_link(a), repr(href)
