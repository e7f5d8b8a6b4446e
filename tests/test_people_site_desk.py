"""people.accounts._site_desk: the one rule marked_author asks whether a credited name is the site's own."""

from __future__ import annotations

import pytest

from incubator_crawler.article.people.accounts import _site_desk


@pytest.mark.parametrize(
    ("name", "site_name", "desk"),
    [
        # the site's account, alone or with a role word, whatever the site name's length
        ("新浪", "新浪", True),
        ("新浪小编", "新浪", True),
        ("110网 律师", "110网", True),
        # a two-character site name opens a longer name only as an account
        ("新浪网友", "新浪", False),
        # from three characters, any name it opens, case aside (Rediff's cricket desk)
        ("REDIFF CRICKET", "Rediff", True),
        ("GMT 中文社区官方", "GMT 中文社区", True),
        ("罗娜", "GMT 中文社区", False),
        ("新浪", None, False),
    ],
)
def test_site_desk(name: str, site_name: str | None, desk: bool) -> None:
    assert _site_desk(name, site_name) is desk
