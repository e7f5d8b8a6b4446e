"""A site that changes between runs, a crawl killed half-way, two crawls at once.

Real processes throughout: the crawl runs as the CLI in a subprocess against a replica
served from this process, whose content the test changes between runs.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from conftest import REPO, run_cli

from incubator_crawler.replicas.cnfuhuaqi import route
from incubator_crawler.replicas.cnfuhuaqi.catalog import ARTICLES, valid_articles
from incubator_crawler.replicas.server import ReplicaServer, Response

BY_ID = {a.id: a for a in ARTICLES}
FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=0",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
]
NEW_TITLE = "孵化器联盟发布2024年度服务标准"
EDIT_NOTE = "（本文已于6月21日更新）"


class ChangingSite:
    """The 中国孵化器网 replica, plus a second version with a new, an edited and a removed article.

    In version 2 the site is also "redesigned" so that new pages lose their 来源 field.
    """

    def __init__(self):
        self.version = 1
        self.delay = 0.0
        #: (n, seconds): article pages after the first n take this long instead of ``delay``.
        self.slow_after: tuple[int, float] | None = None
        self.shown = 0

    def __call__(self, path: str) -> Response:
        if "/show/" in path:
            self.shown += 1
            delay = self.delay
            if self.slow_after and self.shown > self.slow_after[0]:
                delay = self.slow_after[1]
            if delay:
                time.sleep(delay)
        if self.version == 1:
            return route(path)
        if path == "/news/show/6350.aspx":
            page = route("/news/show/6349.aspx").body.decode("utf-8")
            old = BY_ID[6349]
            page = page.replace(old.title, NEW_TITLE).replace("2024-06-20", "2024-06-25")
            page = page.replace(f"来源：{old.source}", "")
            return Response(
                200, page.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")]
            )
        if path == "/fuhuaqi/show/6348.aspx":
            return Response(404, b"<html><body>404</body></html>", [("Content-Type", "text/html")])
        response = route(path)
        if path in ("/news/", "/news/list.aspx?page=1"):
            page = response.body.decode("utf-8")
            item = (
                f'<li><a href="/news/show/6350.aspx" title="{NEW_TITLE}" target="_blank">'
                f"{NEW_TITLE}</a><span>2024-06-25</span></li>\n"
            )
            page = page.replace('<ul class="newslist">\n', '<ul class="newslist">\n' + item, 1)
            return Response(200, page.encode("utf-8"), response.headers)
        if path == "/fuhuaqi/":
            page = response.body.decode("utf-8")
            page = "\n".join(
                line
                for line in page.split("\n")
                if "/fuhuaqi/show/6348.aspx" not in line or "<li" not in line
            )
            return Response(200, page.encode("utf-8"), response.headers)
        if path == "/news/show/6349.aspx":
            last = BY_ID[6349].body.split("\n\n")[-1]
            page = response.body.decode("utf-8").replace(last, last + EDIT_NOTE)
            return Response(200, page.encode("utf-8"), response.headers)
        return response


def crawl(db, base_url, *extra):
    result = run_cli(
        "crawl",
        "cnfuhuaqi",
        "--db",
        str(db),
        "--base-url",
        base_url,
        "--json",
        "--quiet",
        *FAST,
        "-s",
        "INCUBATOR_REVISIT_DAYS=100000",
        *extra,
    )
    return result, json.loads(result.stdout.splitlines()[-1]) if result.stdout.strip() else None


def start_slow_crawl(db, base_url, *settings):
    """Start a one-request-at-a-time crawl in the background, as a separate process."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "incubator_crawler",
            "crawl",
            "cnfuhuaqi",
            "--db",
            str(db),
            "--base-url",
            base_url,
            "--quiet",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
            *settings,
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_new_edited_removed_and_redesigned(tmp_path):
    site = ChangingSite()
    db = tmp_path / "archive.db"
    with ReplicaServer(router=site) as server:
        result, first = crawl(db, server.base_url)
        assert result.returncode == 0, result.stderr
        assert (first["new"], first["updated"], first["rejected"]) == (47, 0, 1)
        site.version = 2
        result, second = crawl(db, server.base_url)
    # Exit 1: the redesign left the new article without a source, which the site always had.
    assert result.returncode == 1, result.stderr
    assert (
        "unhealthy: cnfuhuaqi: source on 0% of run 2's new articles (minimum 90%)" in result.stderr
    )
    assert (second["new"], second["updated"], second["unchanged"]) == (1, 1, 45)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT removed FROM crawl_runs WHERE id = 2").fetchone() == (1,)
    removed = conn.execute("SELECT url FROM articles WHERE removed_at IS NOT NULL").fetchall()
    assert [url.split("/", 3)[3] for (url,) in removed] == ["fuhuaqi/show/6348.aspx"]
    edited = conn.execute(
        "SELECT a.version, a.body, v.version, v.body FROM articles a"
        " JOIN article_versions v ON v.article_id = a.id WHERE a.url LIKE '%/6349.aspx'"
    ).fetchone()
    assert edited == (2, BY_ID[6349].body + EDIT_NOTE, 1, BY_ID[6349].body)
    new = conn.execute(
        "SELECT title, source, published_at FROM articles WHERE url LIKE '%/6350.aspx'"
    ).fetchone()
    assert new == (NEW_TITLE, None, "2024-06-25")
    coverage = json.loads(
        conn.execute("SELECT coverage FROM crawl_runs WHERE id = 2").fetchone()[0]
    )
    assert coverage["source"] == 0.0
    health = run_cli("health", "--db", str(db), "--json")
    assert health.returncode == 1
    state = next(s for s in map(json.loads, health.stdout.splitlines()) if s["site"] == "cnfuhuaqi")
    assert state["state"] == "unhealthy"


def test_killed_crawl_resumes_without_refetching(tmp_path):
    site = ChangingSite()
    site.delay = 0.05
    # The first 15 article pages come at once, the rest slowly: the kill lands after some
    # batches are stored and long before the last (the crawl extracts and stores fast enough
    # now that 47 quick pages could all be stored between two looks at the archive).
    site.slow_after = (15, 5.0)
    db = tmp_path / "archive.db"
    with ReplicaServer(router=site) as server:
        proc = start_slow_crawl(db, server.base_url, "-s", "INCUBATOR_BATCH_SIZE=5")
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and stored < 10:
            time.sleep(0.2)
            if db.exists():
                try:
                    stored = (
                        sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
                    )
                except sqlite3.OperationalError:
                    stored = 0
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        before = {url for (url,) in conn.execute("SELECT url FROM articles")}
        assert 10 <= len(before) < 47
        assert conn.execute("SELECT finish_reason FROM crawl_runs").fetchall() == [("running",)]
        server.request_log.clear()
        site.delay = 0.0
        site.slow_after = None
        result = run_cli(
            "crawl",
            "cnfuhuaqi",
            "--db",
            str(db),
            "--base-url",
            server.base_url,
            "--json",
            "--quiet",
            *FAST,
        )
    assert result.returncode == 0, result.stderr
    assert "taking over the lock left by pid" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 47 - len(before)
    stored_paths = {"/" + url.split("/", 3)[3] for url in before}
    fetched_paths = {path for path in server.request_log if "/show/" in path}
    assert fetched_paths & stored_paths == set()
    assert summary["articles_in_archive"] == len(valid_articles()) == 47


def test_second_crawl_is_refused_while_one_runs(tmp_path):
    """A real crawl holds the archive; a second crawl started meanwhile is refused, naming it.

    The first crawl's first article page does not answer until the second crawl has returned,
    so the first is certainly still running (and holding the lock) however slowly either starts:
    nothing depends on how long a crawl or an interpreter start-up takes.
    """
    from incubator_crawler.ops.lock import ArchiveLock

    reached, answer = threading.Event(), threading.Event()

    def held_site(path: str) -> Response:
        if "/show/" in path:
            reached.set()
            answer.wait()  # set once the second crawl has returned (or the server stops)
        return route(path)

    db = tmp_path / "archive.db"
    with ReplicaServer(router=held_site) as server:
        proc = start_slow_crawl(db, server.base_url)
        try:
            # Wait for the page or the crawl's end; the 300 s bound only keeps a broken
            # build from hanging CI (a crawl reaches it in seconds).
            deadline = time.monotonic() + 300
            while not reached.wait(0.2) and proc.poll() is None:
                assert time.monotonic() < deadline, "the first crawl never reached an article"
            assert reached.is_set(), "the first crawl ended before its first article page"
            holder = ArchiveLock(db).read_info()
            assert holder is not None
            assert holder.pid == proc.pid
            second = run_cli(
                "crawl",
                "cnfuhuaqi",
                "--db",
                str(db),
                "--base-url",
                server.base_url,
                "--quiet",
                *FAST,
            )
            # The first crawl was still waiting for that page the whole time.
            assert proc.poll() is None
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            answer.set()
    assert second.returncode == 1, second.stdout + second.stderr
    assert f"Error: archive is being written by pid {proc.pid} on " in second.stderr
    assert "crawl cnfuhuaqi" in second.stderr
    assert "pass --wait SECONDS" in second.stderr


@pytest.mark.parametrize("flag", ["--all"])
def test_crawl_all_every_site_into_one_archive(tmp_path, flag):
    from incubator_crawler.replicas import replica_server
    from incubator_crawler.sites import all_sites

    db = tmp_path / "archive.db"
    servers = [replica_server(slug) for slug in all_sites()]
    for server in servers:
        server.start()
    try:
        mapping = {
            slug: server.base_url + "/" for slug, server in zip(all_sites(), servers, strict=True)
        }
        result = run_cli(
            "crawl",
            flag,
            "--db",
            str(db),
            "--json",
            "--quiet",
            *FAST,
            "-s",
            "INCUBATOR_SITE_BASE_URLS=" + json.dumps(mapping),
        )
    finally:
        for server in servers:
            server.stop()
    assert result.returncode == 0, result.stderr
    summaries = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(s["site"] for s in summaries) == sorted(all_sites())
    assert all(s["finish_reason"] == "finished" and s["new"] > 0 for s in summaries)


class SiteWithAttachments:
    """The replica with files linked from three articles: one PDF under two URLs, one too large."""

    PDF = b"%PDF-1.4\n" + b"0" * 600
    LINKS = {
        "/news/show/6349.aspx": ("/UploadFiles/2024/a.pdf", "附件1：实施细则.pdf", "utf-8"),
        "/policy/show/6347.aspx": ("/UploadFiles/copy/a-copy.pdf", "附件：实施细则", "gbk"),
        "/fuhuaqi/show/6348.aspx": ("/UploadFiles/2024/big.zip", "资料包.zip", "utf-8"),
    }

    def __call__(self, path: str) -> Response:
        if path.endswith(".pdf"):
            return Response(200, self.PDF, [("Content-Type", "application/pdf")])
        if path.endswith(".zip"):
            return Response(200, b"PK" + b"1" * 5000, [("Content-Type", "application/zip")])
        response = route(path)
        if path in self.LINKS:
            href, name, encoding = self.LINKS[path]
            link = f'<p><a href="{href}">{name}</a></p></form>'.encode(encoding)
            return Response(200, response.body.replace(b"</form>", link, 1), response.headers)
        return response


def test_attachments_downloaded_once_by_content(tmp_path):
    db = tmp_path / "archive.db"
    with ReplicaServer(router=SiteWithAttachments()) as server:
        result, summary = crawl(db, server.base_url, "-s", "INCUBATOR_ATTACHMENT_MAX_BYTES=2000")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT size, content_type, path FROM attachments").fetchall()
    assert len(stored) == 1
    assert stored[0][:2] == (len(SiteWithAttachments.PDF), "application/pdf")
    files = [p for p in (tmp_path / "files").rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in files] == [SiteWithAttachments.PDF]
    links = conn.execute(
        "SELECT substr(article_url, instr(article_url, '/show/') - 8), name, sha256 IS NOT NULL, error"
        " FROM article_attachments ORDER BY article_url"
    ).fetchall()
    assert [(name, ok) for _, name, ok, _ in links] == [
        ("资料包.zip", 0),
        ("附件1：实施细则.pdf", 1),
        ("附件：实施细则", 1),
    ]
    assert "maxsize" in links[0][3].lower() or "cancel" in links[0][3].lower()


def test_attachments_off(tmp_path):
    db = tmp_path / "archive.db"
    with ReplicaServer(router=SiteWithAttachments()) as server:
        result, summary = crawl(db, server.base_url, "-s", "INCUBATOR_ATTACHMENTS_ENABLED=0")
        assert not any(p.endswith((".pdf", ".zip")) for p in server.request_log)
    assert result.returncode == 0, result.stderr
    assert summary["new"] == 47
    assert sqlite3.connect(db).execute("SELECT count(*) FROM attachments").fetchone() == (0,)
