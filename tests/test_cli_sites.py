"""`sites`, `fixture save`, and the usage errors of `crawl --start-url` / `demo --site`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fixture_files import fixture_meta, load_fixture

from incubator_crawler.cli import cli
from incubator_crawler.crawl.spiders.generic import site_key, site_scope
from incubator_crawler.replicas import get_replica, replica_server
from incubator_crawler.sites import all_sites


def invoke(*args):
    return CliRunner().invoke(cli, list(args))


def test_sites_lists_every_site_never_crawled(tmp_path):
    result = invoke("sites", "--db", str(tmp_path / "none.db"), "--json")
    assert result.exit_code == 0, result.output
    listed = [json.loads(line) for line in result.output.splitlines()]
    assert [s["slug"] for s in listed] == list(all_sites())
    assert [s["slug"] for s in listed][:7] == [  # sites added later come after these
        "cnfuhuaqi",
        "chinatorch",
        "chinahightech",
        "wehdz",
        "bjkw",
        "zgcgw",
        "stdaily",
    ]
    assert all(s["last_run"] is None for s in listed)
    bjkw = listed[4]
    assert bjkw["start_urls"] == [
        "https://kw.beijing.gov.cn/xwdt/",
        "https://kw.beijing.gov.cn/col/col736/index.html",
    ]
    assert bjkw["ordered"] is False
    text = invoke("sites", "--db", str(tmp_path / "none.db")).output
    assert "never crawled" in text
    assert "http://www.chinatorch.gov.cn/fhq/gzdt/index.shtml" in text


def test_fixture_save_keeps_bytes_and_headers(tmp_path):
    replica = get_replica("wehdz")
    article = replica.articles[0]
    with replica_server("wehdz") as server:
        result = invoke(
            "fixture", "save", "wehdz", server.base_url + article.path, "--dir", str(tmp_path)
        )
    assert result.exit_code == 0, result.output
    case = tmp_path / "wehdz" / article.path.rsplit("/", 1)[1].split(".")[0]
    assert (case.parent / (case.name + ".html")).read_bytes() == replica.route(article.path).body
    meta = fixture_meta(case)
    assert meta["url"] == server.base_url + article.path
    assert meta["headers"]["Content-Type"] == "text/html; charset=GBK"
    assert meta["fetched_at"]
    assert article.title in load_fixture(case).text


def test_fixture_save_errors(tmp_path):
    with replica_server("wehdz") as server:
        missing = invoke("fixture", "save", "wehdz", server.base_url + "/nope.html")
    assert missing.exit_code == 2
    assert "404" in missing.output
    assert invoke("fixture", "save", "Bad Slug", "http://x.test/").exit_code == 2
    assert invoke("fixture", "save", "wehdz", "ftp://x.test/").exit_code == 2


@pytest.mark.parametrize(
    "args",
    [
        ("crawl", "--allow", "x"),
        ("crawl", "bjkw", "--start-url", "http://x.test/list/"),
        ("crawl", "--start-url", "ftp://x.test/list/"),
        ("crawl", "--start-url", "http://x.test/list/", "--allow", "("),
        ("crawl", "generic"),
        ("crawl", "--start-url", "http://x.test/list/", "--name", ""),
        ("crawl", "--start-url", "http://x.test/list/", "--name", "two words"),
        ("crawl", "--start-url", "http://x.test/list/", "--name", "园区"),
        ("crawl", "--start-url", "http://x.test/list/", "--name", "/lead"),
        ("crawl", "--start-url", "http://x.test/list/", "--name", "bjkw"),
        ("crawl", "bjkw", "--name", "x"),
        ("demo", "--site", "nosuchsite"),
    ],
)
def test_usage_errors_exit_2(tmp_path, args):
    result = invoke(*args, "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.example.gov.cn/xwdt/", "example.gov.cn/xwdt"),
        ("https://www.example.gov.cn:443/xwdt/index.html", "example.gov.cn/xwdt"),
        ("http://KW.Beijing.gov.cn:8080/xwdt/", "kw.beijing.gov.cn:8080/xwdt"),
        ("http://kw.beijing.gov.cn:80/col/col736/index.html", "kw.beijing.gov.cn/col"),
        ("http://127.0.0.1:8765/a/yqdt/", "127.0.0.1:8765/a"),
        ("http://127.0.0.1:8001/wp/category/news/", "127.0.0.1:8001/wp"),
        ("http://127.0.0.1:8001/wp/category/news/page/2/?x=1", "127.0.0.1:8001/wp"),
        ("http://www.example.com/list.html", "example.com"),
        ("http://www.example.com/", "example.com"),
        ("http://www.example.com/news", "example.com"),
    ],
)
def test_site_key_is_host_port_and_first_directory(url, site):
    assert site_key(url) == site


def test_site_scope_contains_host_and_prefix_only():
    scope = site_scope("http://127.0.0.1:8001/wp/category/news/")
    inside = [
        "http://127.0.0.1:8001/wp/2024/04/22/fhgc-505/",
        "https://127.0.0.1:8001/wp/?p=7",
    ]
    outside = [
        "http://127.0.0.1:8002/wp/2024/04/22/fhgc-505/",
        "http://127.0.0.1:8001/wpx/2024/",
        "http://127.0.0.1:8001/other/2024/",
        "http://127.0.0.1:8001/",
        "ftp://127.0.0.1:8001/wp/a",
    ]
    assert [u for u in inside + outside if scope.contains(u)] == inside


def test_name_in_crawl_help():
    text = " ".join(invoke("crawl", "--help").output.split())  # click rewraps the lines
    assert "--name NAME" in text
    assert "--start-url http://127.0.0.1:8001/wp/category/news/ --name parks/wp" in text
