"""serve: Datasette over the archive, Chinese search through its UI, JSON API and canned query."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from reference_search import like_search_ids

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.writer import ArchiveWriter

pytest.importorskip("datasette")

from conftest import REPO, free_port  # noqa: E402

from incubator_crawler.tools.serve import make_datasette, zh_match  # noqa: E402

TEXTS = [
    ("济南高新区人才工作获评", "济南高新区获评人才工作表现突出单位。", "济南高新区", "2024-04-24"),
    ("孵化器税收优惠延续", "孵化器房产税优惠继续执行。", "财政部", "2023-09-01"),
    (
        "光谷发布人才新政",
        "东湖高新区发布人才政策，孵化器入驻企业可申请补贴。",
        "光谷",
        "2024-06-01",
    ),
    ("Fab Lab open day", "众创空间 open day，欢迎参观。", None, "2022-01-05"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "archive.db"
    db = open_archive(path)
    writer = ArchiveWriter(db)
    writer.start_run("x")
    for n, (title, body, source, date) in enumerate(TEXTS):
        writer.add_article(
            {
                "url": f"http://x.test/{n}",
                "site": "cnfuhuaqi" if n % 2 else "wehdz",
                "title": title,
                "body": body,
                "source": source,
                "published_at": date,
                "category": "新闻动态",
            }
        )
    writer.finish_run("finished", {})
    db.close()
    return path


def get_json(datasette, url):
    async def fetch():
        await datasette.invoke_startup()
        response = await datasette.client.get(url)
        assert response.status_code == 200, (url, response.text[:500])
        return response.json()

    return asyncio.run(fetch())


@pytest.mark.parametrize(
    "query", ["孵", "孵化", "孵化器", "高新区", "人才工作", "open", "人才 -光谷"]
)
def test_table_search_box_in_chinese(archive, query):
    datasette = make_datasette(archive)
    q = urllib.parse.quote(query)
    rows = get_json(datasette, f"/archive/articles.json?_search={q}&_shape=array&_col=id")
    db = open_archive(archive)
    words = query.split()
    expected = like_search_ids(db, words[0])
    for word in words[1:]:
        expected = expected - like_search_ids(db, word[1:]) if word.startswith("-") else expected
    db.close()
    assert {row["id"] for row in rows} == expected
    assert expected


def test_facets_and_canned_queries(archive):
    datasette = make_datasette(archive)
    data = get_json(
        datasette,
        "/archive/articles_browse.json?_search="
        + urllib.parse.quote("高新区")
        + "&_facet=source&_facet=year",
    )
    facets = data["facet_results"]
    assert {f["value"] for f in facets["source"]["results"]} == {"济南高新区", "光谷"}
    assert {f["value"] for f in facets["year"]["results"]} == {"2024"}
    found = get_json(
        datasette, "/archive/search.json?_shape=array&q=" + urllib.parse.quote("孵化器")
    )
    assert {row["title"] for row in found} == {"孵化器税收优惠延续", "光谷发布人才新政"}
    assert all("[孵化器]" in row["snippet"] for row in found)
    monthly = get_json(datasette, "/archive/articles_per_month_per_site.json?_shape=array")
    assert {"month": "2024-04", "site": "wehdz", "articles": 1, "unique_stories": 1} in monthly
    metadata = get_json(datasette, "/-/metadata.json")
    assert metadata["databases"]["archive"]["tables"]["articles"]["facets"] == [
        "site",
        "source",
        "category",
    ]


def test_empty_query_matches_nothing():
    assert zh_match("") == zh_match("-孵化") == '"x00"'


def test_serve_command_answers_http(archive):
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "incubator_crawler",
            "serve",
            "--db",
            str(archive),
            "--port",
            str(port),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        url = (
            f"http://127.0.0.1:{port}/archive/articles.json?_shape=array&_search="
            + urllib.parse.quote("孵化")
        )
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    rows = json.loads(response.read())
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert {row["title"] for row in rows} == {"孵化器税收优惠延续", "光谷发布人才新政"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
