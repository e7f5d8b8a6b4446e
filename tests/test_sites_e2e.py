"""End to end, through the CLI in a subprocess: every site's replica, generic mode, unordered lists."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import free_ports

from incubator_crawler.replicas import get_replica, replica_server
from incubator_crawler.replicas.base import FIELDS
from incubator_crawler.sites import all_sites

SITES = list(all_sites())
NEW_SITES = SITES[1:]
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING")
FAST += ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")


def articles(db, site=None):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    sql, args = "SELECT * FROM articles", []
    if site:
        sql, args = sql + " WHERE site = ?", [site]
    return {"/" + row["url"].split("/", 3)[3]: dict(row) for row in conn.execute(sql, args)}


@pytest.fixture(scope="module")
def demo_all(tmp_path_factory):
    """``demo --site all`` twice on one archive: (db, first run by site, second run by site)."""
    from conftest import run_cli

    db = tmp_path_factory.mktemp("sites") / "archive.db"
    port = str(free_ports(len(SITES)))
    runs = []
    for _ in range(2):
        result = run_cli("demo", "--site", "all", "--db", str(db), "--port", port, "--json")
        assert result.returncode == 0, result.stderr
        runs.append({s["site"]: s for s in map(json.loads, result.stdout.splitlines())})
    return db, runs[0], runs[1]


@pytest.mark.parametrize("slug", NEW_SITES)
def test_first_run(demo_all, slug):
    _, first, _ = demo_all
    replica = get_replica(slug)
    run = first[slug]
    assert run["finish_reason"] == "finished"
    assert run["new"] == run["article_pages"] == len(replica.articles) >= 8
    assert run["listing_pages"] == len(replica.listing_paths()) >= 2
    assert (run["rejected"], run["http_errors"]) == (0, 0)
    print(
        f"{slug}: {run['new']} articles, {run['listing_pages']} listing pages, {run['seconds']} s"
    )


@pytest.mark.parametrize("slug", NEW_SITES)
def test_every_field_of_every_article(demo_all, slug):
    db, *_ = demo_all
    stored = articles(db, slug)
    replica = get_replica(slug)
    assert set(stored) == {a.path for a in replica.articles}
    mismatches = [
        (a.path, f, getattr(a, f), stored[a.path][f])
        for a in replica.articles
        for f in FIELDS
        if stored[a.path][f] != getattr(a, f)
    ]
    assert mismatches == []


def test_sites_kept_apart(demo_all):
    db, first, _ = demo_all
    conn = sqlite3.connect(db)
    counts = dict(conn.execute("SELECT site, count(*) FROM articles GROUP BY site").fetchall())
    assert counts == {slug: first[slug]["new"] for slug in SITES}
    # each site's articles come from its own replica (its own port)
    ports = conn.execute(
        "SELECT site, count(DISTINCT substr(url, 1, instr(substr(url, 8), '/') + 7)) "
        "FROM articles GROUP BY site"
    ).fetchall()
    assert all(n == 1 for _, n in ports)
    runs = conn.execute("SELECT site FROM crawl_runs ORDER BY id").fetchall()
    assert sorted(r[0] for r in runs) == sorted(SITES * 2)


@pytest.mark.parametrize("slug", NEW_SITES)
def test_second_run_is_incremental(demo_all, slug):
    _, _, second = demo_all
    run = second[slug]
    assert (run["new"], run["updated"], run["article_pages"]) == (0, 0, 0)
    listings = len(all_sites()[slug]["listings"])
    if all_sites()[slug].get("ordered", True):
        assert run["listing_pages"] == listings  # stops at each listing's first page
    else:
        # bjkw: a list not in date order is read whole, every time
        assert run["listing_pages"] == len(get_replica(slug).listing_paths())


def test_sites_command_shows_last_runs(demo_all, cli_run):
    db, _, second = demo_all
    result = cli_run("sites", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    listed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["slug"] for s in listed] == SITES
    assert len(listed) >= 6
    for site in listed:
        assert site["start_urls"]
        assert site["last_run"]["id"] == second[site["slug"]]["run_id"]
        assert site["last_run"]["finish_reason"] == "finished"


def test_generic_mode_finds_every_article_and_page(tmp_path, cli_run):
    """A DedeCMS replica with no site definition: the list, the pages and the fields by content."""
    replica = get_replica("yqzx")
    db = tmp_path / "generic.db"
    with replica_server("yqzx") as server:
        result = cli_run(
            "crawl", "--start-url", server.base_url + "/a/yqdt/", "--db", str(db), "--json", *FAST
        )
        requested = list(server.request_log)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    key = f"127.0.0.1:{server.port}/a"  # host, port and the start URL's first directory
    assert summary["site"] == key
    assert summary["new"] == len(replica.articles) == 12
    assert summary["listing_pages"] == len(replica.listing_paths()) == 3
    for path in replica.listing_paths():
        assert path in requested
    stored = articles(db)
    assert set(stored) == {a.path for a in replica.articles}
    assert {row["site"] for row in stored.values()} == {key}
    mismatches = [
        (a.path, f, getattr(a, f), stored[a.path][f])
        for a in replica.articles
        for f in FIELDS
        if stored[a.path][f] != getattr(a, f)
    ]
    assert mismatches == []


def test_generic_mode_allow_and_max_pages(tmp_path, cli_run):
    db = tmp_path / "generic.db"
    with replica_server("zgcgw") as server:
        result = cli_run(
            "crawl",
            "--start-url",
            server.base_url + "/zgc/zwgk/tzgg/index.html",
            "--allow",
            r"/zgc/zwgk/tzgg/\d+/",
            "--max-pages",
            "1",
            "--db",
            str(db),
            "--json",
            *FAST,
        )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["listing_pages"], summary["new"]) == (1, 4)


def test_unordered_list_loses_nothing_incrementally(tmp_path, cli_run):
    """bjkw's /xwdt/ is not in date order: after a partial crawl, the next one still reads every
    page and fetches what the first one did not reach (an ordered site would stop at page 1)."""
    db = tmp_path / "bjkw.db"
    replica = get_replica("bjkw")
    with replica_server("bjkw") as server:
        base = ("crawl", "bjkw", "--base-url", server.base_url, "--db", str(db), "--json", *FAST)
        first = cli_run(*base, "--max-pages", "1")
        second = cli_run(*base)
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert json.loads(first.stdout)["new"] == 4 + 3  # page 1 of each listing
    assert json.loads(second.stdout)["new"] == len(replica.articles) - 7
    assert len(articles(db)) == len(replica.articles)
