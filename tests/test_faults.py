"""Bad pages: each fault alone, then a crawl of the fault replica (issue 11, items 1-6)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys

import pytest

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import search
from incubator_crawler.archive.writer import INDEX_BODY_CHARS, ArchiveWriter
from incubator_crawler.article.depth import flatten_nesting
from incubator_crawler.article.encoding import codec_name, decode_html
from incubator_crawler.article.sniff import not_html
from incubator_crawler.crawl.process import extract_normalized
from incubator_crawler.replicas import replica_server
from incubator_crawler.replicas.faults import FAULTS, GOOD, PDF_BYTES, REPLICA
from incubator_crawler.replicas.server import PNG_1X1

URL = "http://www.example.gov.cn/news/1.html"
BODY = "合肥高新区举办科技金融对接会，二十九家企业现场对接融资需求。" * 3
PAGE = (
    "<html><head><meta charset='utf-8'><title>科技金融对接会_示例网</title></head><body>"
    "<h1>科技金融对接会</h1><div>发布时间：2024-05-20　来源：示例网</div>"
    "{open}<p>" + BODY + "</p></body></html>{after}"
)


def page(open_: str = "", after: str = "") -> bytes:
    """The test article with markup before its body and text after ``</body>``."""
    return PAGE.format(open=open_, after=after).encode("utf-8")


@pytest.mark.parametrize(
    "after", ["统计代码</html>", "<script>var a=1;</script>统计", "<div>访问量：12</div>cnzz"]
)
def test_text_after_body_keeps_the_article(after):
    """Item 1: text after </body> used to raise IndexError in the block walk."""
    record = extract_normalized(page(after=after), URL)
    assert record["title"] == "科技金融对接会"
    assert record["body"] == BODY
    assert record["rejected"] is None


@pytest.mark.parametrize(("tag", "count"), [("font", 300), ("font", 3000), ("div", 20_000)])
def test_deep_nesting_keeps_the_body(tag, count):
    """Item 5: past libxml2's depth limit (256; 2048 with huge_tree) the body was lost."""
    record = extract_normalized(page(open_=f"<{tag}>" * count), URL)
    assert record["title"] == "科技金融对接会"
    assert record["body"] == BODY


def test_flatten_nesting_drops_only_the_deepest_tags():
    html = "<div>" * 5 + "<br><p>x</p><p>y</p>" + "</div>" * 5 + "<p>z</p>"
    # paragraphs past the limit keep their tags, so the body keeps its paragraph breaks
    flat = "<div><div><br><p>x</p><p>y</p></div></div><p>z</p>"
    assert flatten_nesting(html, max_depth=2) == flat


def test_flatten_nesting_on_an_unterminated_tag():
    """Found by the fuzz: "<aaaa…" with no ">" made the tag pattern backtrack quadratically."""
    html = "<b>" * 3 + "<" + "a" * 200_000
    assert flatten_nesting(html, max_depth=2) == "<b><b>" + "<" + "a" * 200_000


def test_utf8_labelled_gbk_is_decoded_as_gbk():
    """Item 3: header and <meta> say UTF-8, the bytes are GBK: the fallback is recorded."""
    body = page().replace(b"charset='utf-8'", b"charset='utf-8'").decode().encode("gbk")
    text, encoding = decode_html(body, "text/html; charset=utf-8")
    assert encoding == "gb18030 (declared utf-8)"
    assert codec_name(encoding) == "gb18030"
    assert BODY in text
    record = extract_normalized(body, URL, headers={"Content-Type": "text/html; charset=utf-8"})
    assert (record["body"], record["encoding"]) == (BODY, "gb18030 (declared utf-8)")


def test_a_few_broken_bytes_keep_the_declared_charset():
    """A truncated UTF-8 page is UTF-8 with errors, not re-read as GB18030 mojibake."""
    body = page() + "孵".encode()[:2]
    text, encoding = decode_html(body, "text/html; charset=utf-8")
    assert encoding == "utf-8 (with errors)"
    assert BODY in text


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (PNG_1X1, "PNG image"),
        (PDF_BYTES, "PDF document"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"PK\x03\x04\x14\x00", "ZIP archive (or DOCX/XLSX)"),
        (bytes(range(256)) * 4, "binary data"),
        (page(), None),
        ("<html>孵化器</html>".encode("gbk"), None),
        ("<html>孵化器</html>".encode("utf-16"), None),
        (b"", None),
    ],
)
def test_not_html(body, kind):
    """Item 2: content sniffing, whatever the Content-Type says."""
    assert not_html(body) == kind


def test_search_index_body_is_capped(tmp_path):
    """Item 4: only the first INDEX_BODY_CHARS of a body go into the search indexes."""
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db, batch_size=1)
    writer.start_run("s")
    body = "甲" * INDEX_BODY_CHARS + "乙丙"
    writer.add_article({"url": "http://s/1", "site": "s", "title": "标题", "body": body})
    assert [r["id"] for r in search(db, "甲甲")] == [1]
    assert search(db, "乙丙") == []
    assert db.execute("SELECT length(body) FROM articles").fetchone()[0] == INDEX_BODY_CHARS + 2


FAST = (
    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=1",
    "-s", "INCUBATOR_RETRY_AFTER_MAX=1",
)  # fmt: skip
#: Runs the crawl as its only child and prints the child's peak RSS (KiB) on its last line.
MEASURE = (
    "import resource, subprocess, sys; "
    "rc = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(rc)"
)


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory):
    """One generic-mode crawl of the fault replica: (archive, summary, requests, peak RSS MiB)."""
    db = tmp_path_factory.mktemp("faults") / "archive.db"
    with replica_server("faults") as server:
        command = [sys.executable, "-m", "incubator_crawler", "crawl", "--json", "--db", str(db)]
        command += ["--start-url", server.base_url + "/news/", *FAST]
        result = subprocess.run(
            [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, timeout=120
        )
        requested = list(server.request_log)
    assert result.returncode == 0, result.stderr
    summary_line, rss = result.stdout.strip().splitlines()
    return db, json.loads(summary_line), requested, int(rss) / 1024, server.base_url


def test_fault_crawl_stores_exactly_the_good_pages(fault_crawl):
    db, summary, *_ = fault_crawl
    conn = sqlite3.connect(db)
    stored = {
        url.split("/", 3)[3]: (title, published_at, body)
        for url, title, published_at, body in conn.execute(
            "SELECT url, title, published_at, body FROM articles"
        )
    }
    expected = {a.path[1:]: (a.title, a.published_at, a.body) for a in REPLICA.articles}
    assert stored == expected
    assert sorted("/" + p for p in stored) == sorted(GOOD)
    assert (summary["new"], summary["rejected"], summary["http_errors"]) == (8, 1, 10)


def test_fault_crawl_records_every_fault_by_url(fault_crawl):
    db, _, _, _, base = fault_crawl
    conn = sqlite3.connect(db)
    recorded = dict(conn.execute("SELECT url, error FROM fetch_errors"))
    recorded.update(conn.execute("SELECT url, reason FROM rejects"))
    reasons = {url.removeprefix(base): reason for url, reason in recorded.items()}
    assert sorted(reasons) == sorted(FAULTS)
    assert reasons["/news/2001.html"] == "HTTP 500"
    assert reasons["/news/2002.html"] == "HTTP 503"
    assert reasons["/news/2003.html"] == "HTTP 429"
    assert reasons["/news/2004.html"].startswith("DownloadTimeoutError: ")
    assert reasons["/news/2005.html"] == "truncated: the body ended before its Content-Length"
    assert reasons["/news/2006.html"] == (
        f"redirect loop: {base}/news/2006.html -> {base}/news/2012.html -> {base}/news/2006.html"
    )
    assert reasons["/news/2007.html"].startswith("too large: Expected to receive 10486")
    assert reasons["/news/2008.html"] == "not HTML: PNG image"
    assert reasons["/news/2009.html"] == "not HTML: PDF document"
    assert reasons["/news/2010.html"] == "missing body"
    assert reasons["/news/2011.html"] == "IgnoreRequest: Forbidden by robots.txt"


def test_fault_crawl_obeys_robots_and_retries_once_only_faults(fault_crawl):
    _, _, requested, _, _ = fault_crawl
    assert "/news/2011.html" not in requested
    assert requested.count("/robots.txt") == 1
    for path in ("/news/1006.html", "/news/1007.html", "/news/1008.html", "/news/2001.html"):
        assert requested.count(path) == 2  # the fault, then one retry


def test_fault_crawl_memory_stays_bounded(fault_crawl):
    """Item 4: the 10 MB page is cancelled at DOWNLOAD_MAXSIZE, so memory stays flat."""
    _, _, _, rss_mib, _ = fault_crawl
    assert rss_mib < 400


def test_an_extraction_error_is_recorded_not_dropped(monkeypatch):
    """Item 1: a page the extractor raised on vanished; it now reaches fetch_errors."""
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from incubator_crawler.crawl import pool
    from incubator_crawler.crawl import signals as project_signals
    from incubator_crawler.crawl.spiders import base

    def explode(*args, **kwargs):
        raise IndexError("list index out of range")

    class Example(base.ListingSpider):
        name = "example"
        SITE = {"home": "http://www.example.gov.cn/", "name": "示例网"}

    # in this process (0 workers), so that the patched extractor is the one called
    monkeypatch.setattr(pool, "extract_page", explode)
    crawler = get_crawler(Example, {"INCUBATOR_EXTRACT_WORKERS": 0})
    spider = Example.from_crawler(crawler)
    recorded = []

    def on_failed(**kwargs):
        recorded.append(kwargs)

    # a named function: signal receivers are weak references, a lambda would be collected
    crawler.signals.connect(on_failed, signal=project_signals.fetch_failed)
    response = HtmlResponse(URL, body=page(), headers={"Content-Type": "text/html; charset=utf-8"})
    assert asyncio.run(spider.parse_article(response)) is None
    assert [(r["url"], r["status"], r["error"], r["site"]) for r in recorded] == [
        (URL, 200, "extraction failed: IndexError: list index out of range", "example")
    ]
