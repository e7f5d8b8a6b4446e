"""Generic mode end to end on 127.0.0.1: site keys per host+prefix, a WordPress list with mixed
slugs, and the sitemap and feeds a site advertises."""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import quote

import pytest
import wp_site
from conftest import free_port

from incubator_crawler.replicas import get_replica
from incubator_crawler.replicas.server import ReplicaServer, Response

FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING")
FAST += ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
POSTS = [p.path for p in wp_site.LISTED]


def two_sites_router(base: str):
    """The WordPress site under /wp/ and the yqzx DedeCMS replica under /a/, on one port."""
    wordpress = wp_site.router(base)
    yqzx = get_replica("yqzx").route

    def route(raw_path: str) -> Response:
        if raw_path.startswith(("/wp/", "/robots.txt")):
            return wordpress(raw_path)
        return yqzx(raw_path)

    return route


@pytest.fixture
def server():
    """Both sites on one free port of 127.0.0.1."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    srv = ReplicaServer("127.0.0.1", port, router=two_sites_router(base))
    srv.start()
    yield srv
    srv.stop()


def crawl(cli_run, db, url, *extra):
    result = cli_run("crawl", "--start-url", url, "--db", str(db), "--json", *FAST, *extra)
    return result.returncode, (json.loads(result.stdout) if result.stdout else None), result.stderr


def stored(db) -> dict[str, set[str]]:
    """Stored article paths by site."""
    out: dict[str, set[str]] = {}
    with sqlite3.connect(db) as conn:
        for site, url in conn.execute("SELECT site, url FROM articles"):
            out.setdefault(site, set()).add("/" + url.split("/", 3)[3])
    return out


def test_wordpress_list_sitemap_and_feeds(tmp_path, server, cli_run):
    """All 5 listed posts whatever their slugs, plus the older post only the sitemap and feeds
    list; nothing off the host or outside /wp/, no taxonomy sitemap; the rerun fetches nothing."""
    db = tmp_path / "wp.db"
    url = server.base_url + wp_site.LIST_PATH
    code, first, err = crawl(cli_run, db, url)
    assert code == 0, err
    key = f"127.0.0.1:{server.port}/wp"
    assert (first["site"], first["new"], first["listing_pages"]) == (key, 6, 1)
    assert (first["http_errors"], first["rejected"]) == (0, 0)
    # the archive keeps URLs percent-encoded, as requested (the Chinese slug)
    expected = {quote(p, safe="/?=") for p in (*POSTS, wp_site.OLDER.path)}
    assert stored(db) == {key: expected}
    requested = set(server.request_log)
    assert "/wp/wp-sitemap-posts-post-1.xml" in requested
    assert {"/wp/feed/", "/wp/feed/atom/"} <= requested
    assert "/wp/wp-sitemap-taxonomies-category-1.xml" not in requested
    assert "/wp/wp-sitemap-users-1.xml" not in requested
    assert not [p for p in requested if p.startswith("/other/")]
    code, second, err = crawl(cli_run, db, url)
    assert code == 0, err
    assert (second["new"], second["article_pages"]) == (0, 0)


def test_feeds_off_follows_the_list_only(tmp_path, server, cli_run):
    db = tmp_path / "wp.db"
    code, summary, err = crawl(cli_run, db, server.base_url + wp_site.LIST_PATH, "-a", "feeds=0")
    assert code == 0, err
    assert summary["new"] == 5
    assert "/robots.txt" in server.request_log  # Scrapy's own robots.txt check, once
    assert server.request_log.count("/robots.txt") == 1
    assert "/wp/feed/" not in server.request_log


def test_two_sites_on_one_host_are_two_sites(tmp_path, server, cli_run):
    """/a/ and /wp/ on one host and port: two keys, each healthy, each incremental on its own."""
    db = tmp_path / "both.db"
    yqzx_url = server.base_url + "/a/yqdt/"
    wp_url = server.base_url + wp_site.LIST_PATH
    results = [crawl(cli_run, db, u) for u in (yqzx_url, wp_url, yqzx_url, wp_url)]
    assert [r[0] for r in results] == [0, 0, 0, 0], [r[2] for r in results]
    assert [(r[1]["site"], r[1]["new"]) for r in results] == [
        (f"127.0.0.1:{server.port}/a", 12),
        (f"127.0.0.1:{server.port}/wp", 6),
        (f"127.0.0.1:{server.port}/a", 0),
        (f"127.0.0.1:{server.port}/wp", 0),
    ]
    health = cli_run("health", "--db", str(db), "--json")
    reports = map(json.loads, health.stdout.splitlines())
    # the defined sites are listed too, never crawled here
    states = [(h["site"], h["state"]) for h in reports if h["state"] != "unknown"]
    assert states == [
        (f"127.0.0.1:{server.port}/a", "healthy"),
        (f"127.0.0.1:{server.port}/wp", "healthy"),
    ]


def test_name_option_keys_the_site(tmp_path, server, cli_run):
    db = tmp_path / "named.db"
    code, summary, err = crawl(
        cli_run, db, server.base_url + wp_site.LIST_PATH, "--name", "parks/wp", "-a", "feeds=0"
    )
    assert code == 0, err
    assert (summary["site"], summary["new"]) == ("parks/wp", 5)
    assert set(stored(db)) == {"parks/wp"}
