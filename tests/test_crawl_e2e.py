"""End to end: serve the replica, crawl it into a temporary archive, check every field, re-crawl."""

from __future__ import annotations

import json
import sqlite3

import pytest

from incubator_crawler.replicas.cnfuhuaqi.catalog import ARTICLES, valid_articles

FIELDS = ("title", "published_at", "author", "editor", "source", "category", "body")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Two demo runs on the same port and archive; returns (archive path, first, second summary)."""
    from conftest import free_port, run_cli

    db = tmp_path_factory.mktemp("e2e") / "archive.db"
    port = str(free_port())
    first = run_cli("demo", "--db", str(db), "--port", port, "--json")
    assert first.returncode == 0, first.stderr
    second = run_cli("demo", "--db", str(db), "--port", port, "--json")
    assert second.returncode == 0, second.stderr
    return db, json.loads(first.stdout), json.loads(second.stdout), port


def rows(db):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return {
        row["url"].split(":", 2)[2].split("/", 1)[1]: dict(row)
        for row in conn.execute("SELECT * FROM articles")
    }


def test_first_run_counts(crawled):
    _, first, _, _ = crawled
    assert first["new"] == len(valid_articles()) == 47
    assert first["rejected"] == 1  # the deleted-article page
    assert first["http_errors"] == 1  # the listing link that answers 404
    assert first["article_pages"] == 48
    assert first["listing_pages"] == 15
    assert first["finish_reason"] == "finished"


def test_every_field_of_every_article(crawled):
    db, *_ = crawled
    stored = rows(db)
    assert len(stored) == 47
    mismatches = []
    for article in valid_articles():
        row = stored.get(article.path.lstrip("/"))
        assert row is not None, article.path
        for field in FIELDS:
            if row[field] != getattr(article, field):
                mismatches.append((article.id, field, getattr(article, field), row[field]))
    assert mismatches == []


@pytest.mark.parametrize(
    ("article_id", "field", "expected"),
    [
        (6317, "title", "财政部税务总局明确科技企业孵化器税收优惠政策延续执行"),
        (6307, "author", None),  # 作者：佚名
        (6316, "author", "李明"),
        (6335, "editor", "王芳"),  # 责任编辑：王芳
        (6337, "editor", "田博群"),  # 【编辑：田博群】 at the end of the body
        (6320, "source", None),  # 来源：本站原创
        (6321, "source", None),  # empty 来源：
        (6349, "editor", "中国孵化器网"),
    ],
)
def test_named_cases(crawled, article_id, field, expected):
    db, *_ = crawled
    article = next(a for a in ARTICLES if a.id == article_id)
    row = rows(db)[article.path.lstrip("/")]
    if field == "title":
        assert row["title"] == article.title
        assert "【" not in row["title"]
    else:
        assert row[field] == expected


def test_gbk_channel_decoded_and_raw_bytes_kept(crawled):
    db, *_ = crawled
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT a.title, p.encoding, p.headers FROM articles a JOIN pages p ON p.sha256 = a.page_sha256"
        " WHERE a.url LIKE '%/policy/show/6331.aspx'"
    ).fetchone()
    assert row[0] == "省科技厅王堃一行调研孵化载体建设工作"  # 堃 is GBK but not GB2312
    assert row[1] == "gb18030"
    assert json.loads(row[2])["Content-Type"] == "text/html"


def test_reject_and_fetch_error_recorded(crawled):
    db, *_ = crawled
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT url, reason FROM rejects").fetchall() == [
        (f"http://127.0.0.1:{crawled[3]}/fuhuaqi/show/6315.aspx", "missing body")
    ]
    assert conn.execute("SELECT url, status FROM fetch_errors").fetchall() == [
        (f"http://127.0.0.1:{crawled[3]}/policy/show/6325.aspx", 404)
    ]


def test_second_run_is_incremental(crawled):
    _, _, second, _ = crawled
    assert second["new"] == 0
    assert second["updated"] == 0
    assert second["article_pages"] == 0
    # robots.txt + home page + the first listing page of each of the 11 channels.
    assert second["listing_pages"] == 11
    assert second["pages_fetched"] == 13


def test_crawl_runs_rows(crawled):
    db, *_ = crawled
    conn = sqlite3.connect(db)
    runs = conn.execute(
        "SELECT site, mode, finish_reason, new, rejected, article_pages FROM crawl_runs ORDER BY id"
    ).fetchall()
    assert runs == [
        ("cnfuhuaqi", "incremental", "finished", 47, 1, 48),
        ("cnfuhuaqi", "incremental", "finished", 0, 0, 0),
    ]


def test_full_recrawl_fetches_everything_and_changes_nothing(crawled, cli_run):
    db, _, _, port = crawled
    result = cli_run("demo", "--db", str(db), "--port", port, "--full", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["new"], summary["updated"], summary["unchanged"]) == (0, 0, 47)
    assert summary["article_pages"] == 48
