"""Tests for the offline replica of 中国孵化器网 (www.cnfuhuaqi.com)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from incubator_crawler.replicas import replica_server
from incubator_crawler.replicas.cnfuhuaqi import route
from incubator_crawler.replicas.cnfuhuaqi.catalog import (
    ARTICLES,
    CHANNELS,
    channel_articles,
    listing_ids,
    listing_pages,
    valid_articles,
)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


@pytest.fixture(scope="module")
def server():
    with replica_server("cnfuhuaqi") as srv:
        yield srv


def fetch(server, path):
    """Fetch a path; return (status, headers, body) without raising on 4xx/3xx."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(server.base_url + path, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_robots_txt(server):
    status, headers, body = fetch(server, "/robots.txt")
    assert status == 200
    text = body.decode("ascii")
    assert "User-agent: *" in text
    assert "Disallow: /member/" in text
    assert "Disallow: /search.aspx" in text
    assert "Sitemap" not in text


def test_gbk_article_bytes_and_header(server):
    art = next(a for a in valid_articles() if a.encoding == "gbk" and "堃" in a.title)
    status, headers, body = fetch(server, art.path)
    assert status == 200
    assert headers["Content-Type"] == "text/html"
    assert b'charset=gb2312"' in body
    assert art.title in body.decode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        body.decode("gb2312")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


def test_utf8_article_and_expected_fields(server):
    art = next(a for a in valid_articles() if a.encoding == "utf-8" and a.images)
    status, headers, body = fetch(server, art.path)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    html = body.decode("utf-8")
    assert f"<title>{art.title}" in html
    assert "当前位置：" in html
    assert "正文" in html
    assert art.published_raw in html
    for para in art.body.split("\n\n"):
        assert para in html
    status, headers, img = fetch(server, art.images[0][1])
    assert status == 200
    assert img[:4] in (b"GIF8", b"\x89PNG")


def test_pagination(server):
    big = max(CHANNELS, key=lambda c: len(channel_articles(c["slug"])))
    slug = big["slug"]
    assert len(channel_articles(slug)) >= 20
    pages = listing_pages(slug)
    assert pages >= 3
    status, _, body = fetch(server, f"/{slug}/list.aspx?page=3")
    assert status == 200
    html = body.decode(big["encoding"])
    main = html.split('class="newslist"')[1].split("</ul>")[0]
    ids = [int(x) for x in re.findall(r"/show/(\d+)\.aspx", main)]
    assert ids == listing_ids(slug, 3)
    assert ids == sorted(ids, reverse=True)
    assert f"页次 3/{pages}" in html
    assert f'href="/{slug}/list.aspx?page=2"' in html
    status, _, _ = fetch(server, f"/{slug}/list.aspx?page={pages + 1}")
    assert status == 404


def test_counts():
    valid = valid_articles()
    assert len(valid) >= 45
    with_content = [c for c in CHANNELS if any(a.channel == c["slug"] for a in valid)]
    assert len(with_content) >= 3
    ids = [a.id for a in ARTICLES]
    assert ids == list(range(ids[0], ids[0] + len(ids)))
    dates = [a.published_at[:10] for a in ARTICLES]
    assert dates == sorted(dates)
    assert len(set(dates)) == len(dates)
    assert sum(a.broken for a in ARTICLES) == 1
    assert sum(a.missing for a in ARTICLES) == 1
    bodies = [a.body for a in valid]
    assert len(set(bodies)) == len(bodies)


def test_broken_missing_and_404(server):
    broken = next(a for a in ARTICLES if a.broken)
    missing = next(a for a in ARTICLES if a.missing)
    status, _, body = fetch(server, broken.path)
    assert status == 200
    html = body.decode("utf-8")
    assert "该文章不存在或已被删除！" in html
    assert "<h1" not in html
    assert fetch(server, missing.path)[0] == 404
    for art in (broken, missing):
        page = 1 + channel_articles(art.channel).index(art) // 10
        status, _, listing = fetch(server, f"/{art.channel}/list.aspx?page={page}")
        assert art.path.encode() in listing
    status, _, body = fetch(server, "/no/such/page.html")
    assert status == 404
    assert "404" in body.decode("utf-8")


def test_redirect(server):
    status, headers, _ = fetch(server, "/news")
    assert status == 301
    assert headers["Location"] == "/news/"


def test_empty_channel(server):
    empty = next(c for c in CHANNELS if not channel_articles(c["slug"]))
    status, _, body = fetch(server, f"/{empty['slug']}/")
    assert status == 200
    assert "暂无内容" in body.decode("utf-8")


def test_request_log_and_concurrency():
    paths = [a.path for a in valid_articles()[:20]]
    with replica_server("cnfuhuaqi") as srv:
        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(lambda p: fetch(srv, p)[0], paths))
        assert statuses == [200] * len(paths)
        assert sorted(srv.request_log) == sorted(paths)


def test_every_page_renders():
    for art in ARTICLES:
        resp = route(art.path)
        assert resp.status == (404 if art.missing else 200)
    for ch in CHANNELS:
        for page in range(1, listing_pages(ch["slug"]) + 1):
            assert route(f"/{ch['slug']}/list.aspx?page={page}").status == 200
