"""Every site's fixtures (bytes as served by its replica + url/headers sidecar), field by field.

Listing fixtures: the main list's URLs, full titles and list dates, and the next page (with the
strategy that must find it). Article fixtures: every stored field against the replica catalog.
Re-create the fixtures with tests/fixtures/sites/save_fixtures.py.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from fixture_files import fixture_meta, load_fixture

from incubator_crawler.crawl.process import extract_normalized
from incubator_crawler.listing.links import date_entries, find_article_links
from incubator_crawler.listing.pagination import find_next_page
from incubator_crawler.replicas import get_replica
from incubator_crawler.replicas.base import FIELDS
from incubator_crawler.sites import all_sites

FIXTURES = Path(__file__).parent / "fixtures"
#: cnfuhuaqi's pages are checked by test_replica.py and test_crawl_e2e.py (its lists show
#: a broken and a missing article, which these tests have no catalog entry for)
SITES = [slug for slug in all_sites() if slug != "cnfuhuaqi"]


def _cases(prefix: str) -> list[tuple[str, str]]:
    return [
        (slug, path.stem)
        for slug in SITES
        for path in sorted((FIXTURES / slug).glob(f"{prefix}_*.html"))
    ]


LISTINGS = _cases("listing")
ARTICLES = _cases("article")


def _path(url: str) -> str:
    parts = url.split("/", 3)
    return "/" + parts[3] if len(parts) > 3 else "/"


def _fetched(slug: str, case: str) -> datetime:
    return datetime.fromisoformat(fixture_meta(FIXTURES / slug / case)["fetched_at"])


def test_every_site_has_fixtures():
    for slug in SITES:
        replica = get_replica(slug)
        assert len([c for c in LISTINGS if c[0] == slug]) == len(replica.listing_paths()) >= 2
        assert len(replica.articles) >= 8
        assert any(c[0] == slug for c in ARTICLES)


@pytest.mark.parametrize(("slug", "case"), LISTINGS)
def test_listing_entries(slug, case):
    response = load_fixture(FIXTURES / slug / case)
    site = all_sites()[slug]
    replica = get_replica(slug)
    by_path = {a.path: a for a in replica.articles}
    entries = date_entries(
        find_article_links(response.selector, response.url, re.compile(site["article_re"])),
        _fetched(slug, case),
    )
    assert entries, case
    listed = [by_path[_path(e.url)] for e in entries]
    # the list shows its articles in the replica's order (bjkw /xwdt/ is not by date)
    same_channel = [a for a in replica.articles if a.channel == listed[0].channel]
    start = same_channel.index(listed[0])
    assert listed == same_channel[start : start + len(listed)]
    for entry, article in zip(entries, listed, strict=True):
        assert entry.title == article.title  # a@title, not the cut anchor text
        assert entry.published == article.date.isoformat()  # [..], (..), MM-DD across the year


@pytest.mark.parametrize(("slug", "case"), LISTINGS)
def test_listing_found_by_content_too(slug, case):
    """Generic mode's list finder (no article regex) finds the same main list."""
    response = load_fixture(FIXTURES / slug / case)
    site = all_sites()[slug]
    named = find_article_links(response.selector, response.url, re.compile(site["article_re"]))
    generic = find_article_links(response.selector, response.url, None)
    assert [(e.url, e.title, e.date_raw) for e in generic] == [
        (e.url, e.title, e.date_raw) for e in named
    ]


@pytest.mark.parametrize(("slug", "case"), LISTINGS)
def test_next_page(slug, case):
    response = load_fixture(FIXTURES / slug / case)
    replica = get_replica(slug)
    paths = replica.listing_paths()
    here = paths.index(_path(response.url))
    next_page = find_next_page(response.selector, response.url, all_sites()[slug]["pagination"])
    first_of_channel = {
        i for i, p in enumerate(paths) if i == 0 or _channel_of(p) != _channel_of(paths[i - 1])
    }
    if here + 1 < len(paths) and here + 1 not in first_of_channel:
        assert next_page is not None, case
        assert _path(next_page.url) == paths[here + 1]
        assert next_page.via in replica.pagination  # the strategy its pages need
    else:
        assert next_page is None


def _channel_of(path: str) -> str:
    """A listing page's channel: its directory (every replica keeps a channel's pages in one)."""
    return path.split("?")[0].rsplit("/", 1)[0]


@pytest.mark.parametrize(("slug", "case"), ARTICLES)
@pytest.mark.parametrize("field", FIELDS)
def test_article_field(slug, case, field):
    meta = fixture_meta(FIXTURES / slug / case)
    body = (FIXTURES / slug / f"{case}.html").read_bytes()
    site = all_sites()[slug]
    record = extract_normalized(
        body,
        meta["url"],
        headers=meta["headers"],
        site=slug,
        site_name=site["name"],
        hints=site.get("hints"),
        fetched_at=_fetched(slug, case),
    )
    article = next(a for a in get_replica(slug).articles if a.path == _path(meta["url"]))
    assert record[field] == getattr(article, field)
    if field == "body":
        for junk in ("上一篇", "下一篇", "分享到", "版权所有", "打印本页", "ICP"):
            assert junk not in record["body"]


def test_gbk_site_served_as_gbk():
    meta = fixture_meta(FIXTURES / "wehdz" / "article_tz_68628")
    assert meta["headers"]["Content-Type"] == "text/html; charset=GBK"
    raw = (FIXTURES / "wehdz" / "article_tz_68628.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "王堃".encode("gbk") in raw  # 堃 is GBK, not GB2312


@pytest.mark.parametrize("slug", SITES)
def test_every_article_of_every_replica_extracts(slug):
    """Beyond the fixtures: every replica page, through the extractor, gives the catalog values."""
    replica = get_replica(slug)
    site = all_sites()[slug]
    mismatches = []
    for article in replica.articles:
        response = replica.route(article.path)
        record = extract_normalized(
            response.body,
            "http://127.0.0.1:8765" + article.path,
            headers=dict(response.headers),
            site=slug,
            site_name=site["name"],
            hints=site.get("hints"),
        )
        mismatches += [
            (article.path, f, getattr(article, f), record[f])
            for f in FIELDS
            if record[f] != getattr(article, f)
        ]
    assert mismatches == []
