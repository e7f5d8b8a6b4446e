"""An article behind a redirect is stored under the URL the listing links to, and not refetched."""

from __future__ import annotations

import json

from conftest import run_cli

from incubator_crawler.replicas.cnfuhuaqi import route
from incubator_crawler.replicas.server import ReplicaServer, Response

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "--json", "--quiet"]


def redirecting(path: str) -> Response:
    """The replica, with every news article moved to /news/show/v2/{id}.aspx behind a 301."""
    if path.startswith("/news/show/") and "/v2/" not in path:
        return Response(301, b"", [("Location", path.replace("/news/show/", "/news/show/v2/"))])
    if path.startswith("/news/show/v2/"):
        return route(path.replace("/v2/", "/"))
    return route(path)


def test_redirected_articles_are_known_next_time(tmp_path):
    db = tmp_path / "a.db"
    with ReplicaServer(router=redirecting) as server:
        first = run_cli("crawl", "--db", str(db), "--base-url", server.base_url, *FAST)
        server.request_log.clear()
        second = run_cli("crawl", "--db", str(db), "--base-url", server.base_url, *FAST)
        article_requests = [p for p in server.request_log if "/show/" in p]
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["new"] == 47
    assert json.loads(second.stdout)["new"] == 0
    assert article_requests == []
