"""Sitemaps and RSS/Atom feeds as a source of article URLs: the pure readers, on fixture bytes."""

from __future__ import annotations

import gzip

import wp_site
from parsel import Selector
from scrapy.http import Response

from incubator_crawler.listing.feeds import (
    feed_entries,
    feed_links,
    lists_articles,
    read_sitemap,
    robots_sitemaps,
    sitemap_body,
)

BASE = "http://127.0.0.1:8001"
PAGES = wp_site.pages(BASE)
POSTS = [BASE + p.path for p in (*wp_site.LISTED, wp_site.OLDER)]


def test_feed_links_from_head():
    html = Selector(text=wp_site.list_page(BASE))
    assert feed_links(html, BASE + wp_site.LIST_PATH) == [
        BASE + "/wp/feed/",
        BASE + "/wp/feed/atom/",
        "http://elsewhere.test/feed/",
    ]


def test_feed_links_need_alternate_and_a_feed_type():
    head = (
        "<link rel='stylesheet' type='text/css' href='/a.css'>"
        "<link rel='alternate' type='text/html' href='/en/'>"
        "<link rel='Alternate' type='application/rss+xml; charset=utf-8' href=' feed.xml '>"
    )
    html = Selector(text=f"<html><head>{head}</head></html>")
    assert feed_links(html, "http://x.test/news/") == ["http://x.test/news/feed.xml"]


def test_rss_entries():
    entries = feed_entries(PAGES["/wp/feed/"].body, BASE + "/wp/feed/")
    assert [e.url for e in entries] == [*POSTS, "http://elsewhere.test/2024/x/"]
    assert entries[0].title == "民营孵化器十年：从孵化空间到产业生态"


def test_atom_entries():
    entries = feed_entries(PAGES["/wp/feed/atom/"].body, BASE + "/wp/feed/atom/")
    assert [(e.url, e.title) for e in entries] == [
        (BASE + p.path, p.title) for p in (*wp_site.LISTED, wp_site.OLDER)
    ]


def test_broken_feed_gives_nothing():
    assert feed_entries(b"<html><body>not a feed</body></html>", "http://x.test/feed/") == []
    assert feed_entries(b"", "http://x.test/feed/") == []


def test_robots_sitemap_lines():
    robots = (
        b"User-agent: *\nDisallow: /x/\nSitemap: /sitemap.xml\nsitemap: http://x.test/news.xml\n"
    )
    assert robots_sitemaps(robots, "http://x.test/robots.txt") == [
        "http://x.test/sitemap.xml",
        "http://x.test/news.xml",
    ]
    assert robots_sitemaps(PAGES["/robots.txt"].body, BASE + "/robots.txt") == [
        BASE + "/wp/wp-sitemap.xml"
    ]


def test_sitemap_index_and_urlset():
    assert read_sitemap(PAGES["/wp/wp-sitemap.xml"].body) == (
        "sitemapindex",
        [
            BASE + "/wp/wp-sitemap-posts-post-1.xml",
            BASE + "/wp/wp-sitemap-taxonomies-category-1.xml",
            BASE + "/wp/wp-sitemap-users-1.xml",
            "http://elsewhere.test/sitemap.xml",
        ],
    )
    assert read_sitemap(PAGES["/wp/wp-sitemap-posts-post-1.xml"].body) == (
        "urlset",
        [*POSTS, BASE + "/other/2024/04/01/outside/"],
    )
    assert read_sitemap(b"<html><body>moved</body></html>") == ("", [])


def test_gzipped_sitemap_and_size_cap():
    xml = PAGES["/wp/wp-sitemap-posts-post-1.xml"].body
    url = "http://x.test/sitemap.xml.gz"
    assert sitemap_body(Response(url, body=gzip.compress(xml))) == xml
    assert sitemap_body(Response(url, body=xml)) == xml
    assert sitemap_body(Response(url, body=gzip.compress(xml)), max_size=100) is None
    assert sitemap_body(Response(url, body=gzip.compress(xml)[:40])) is None


def test_article_sitemaps_only():
    names = [
        "wp-sitemap-posts-post-1.xml",
        "wp-sitemap-posts-page-1.xml",
        "wp-sitemap-taxonomies-category-1.xml",
        "wp-sitemap-users-1.xml",
        "post-sitemap.xml",
        "page-sitemap.xml",
        "category-sitemap.xml",
        "post_tag-sitemap.xml",
        "tag-sitemap.xml",
        "author-sitemap.xml",
        "sitemap-news.xml",
        "sitemap.xml.gz",
    ]
    assert [n for n in names if lists_articles("http://x.test/" + n)] == [
        "wp-sitemap-posts-post-1.xml",
        "post-sitemap.xml",
        "sitemap-news.xml",
        "sitemap.xml.gz",
    ]
