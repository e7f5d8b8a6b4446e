"""listing.domains: the host of a URL, the one helper the generic scope, the spiders' allowed
domains and split_people's own-address check share."""

from __future__ import annotations

import pytest

from incubator_crawler.listing.domains import host_of


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://www.X.test/news/4.html", "x.test"),
        ("https://news.buaa.edu.cn/info/1002/123.htm", "news.buaa.edu.cn"),
        ("http://www.example.gov.cn.:8080/a/", "example.gov.cn"),
        ("http://127.0.0.1:8001/wp/", "127.0.0.1"),
        ("/relative/path.html", ""),
    ],
)
def test_host_of(url: str, host: str) -> None:
    assert host_of(url) == host
