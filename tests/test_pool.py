"""The extraction pool (crawl/pool.py): same output as in-process, crashes recorded, crawl goes on."""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import fields
from datetime import datetime
from pathlib import Path

import pytest

from incubator_crawler.archive.writer import prepare_article
from incubator_crawler.article.published import SHANGHAI
from incubator_crawler.crawl import pool
from incubator_crawler.crawl.pipelines import normalize_item
from incubator_crawler.crawl.pool import (
    ProcessPool,
    WorkerCrashed,
    item_from_result,
    page_job,
    process_page,
    workers_setting,
)
from incubator_crawler.crawl.process import extract_page

FIXTURES = Path(__file__).parent / "fixtures"
FETCHED = datetime(2026, 11, 28, 13, 51, 26, tzinfo=SHANGHAI)


def _jobs() -> list[dict]:
    """One job per article fixture of every site (and the extract fixtures)."""
    jobs = []
    for meta_path in sorted(FIXTURES.glob("*/*.json")):
        if meta_path.stem.startswith("listing"):
            continue
        html_path = meta_path.with_suffix(".html")
        if not html_path.exists():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if "url" not in meta:
            continue
        jobs.append(
            page_job(
                html_path.read_bytes(),
                meta["url"],
                status=int(meta.get("status", 200)),
                headers=meta.get("headers") or {},
                site=meta_path.parent.name,
                list_title="列表标题",
                list_date_raw="2024-04-24",
                fetched_at=FETCHED,
            )
        )
    return jobs


def test_fixtures_are_found():
    assert len(_jobs()) >= 15  # the article fixtures of every site


def test_pool_output_equals_in_process_output():
    jobs = _jobs()
    here = [process_page(job) for job in jobs]
    with ProcessPool(2) as workers:
        there = list(workers.map(jobs))
    assert there == here
    assert [("error" in r) for r in here] == [False] * len(jobs)


def test_process_page_equals_extract_then_pipelines():
    """The worker's item and prepared values are what extract_page + the steps + the writer make."""
    for job in _jobs():
        result = process_page(job)
        legacy = normalize_item(extract_page(job["body"], job["url"], **job["options"]))
        item = item_from_result(result, job["body"])
        names = [f.name for f in fields(legacy)]
        assert {n: getattr(item, n) for n in names} == {n: getattr(legacy, n) for n in names}
        expected = prepare_article({n: getattr(legacy, n) for n in names})
        assert result["archive"] == expected


def test_extraction_error_is_data(monkeypatch):
    def explode(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(pool, "extract_page", explode)
    result = process_page(_jobs()[0])
    assert result["error"] == "IndexError: list index out of range"
    assert "Traceback" in result["traceback"]


def crash_on(job):
    """A pool function for the tests: the worker dies on ``"crash"``, raises on ``"raise"``."""
    if job == "crash":
        os._exit(3)
    if job == "raise":
        raise ValueError("bad job")
    return job.upper()


def test_a_worker_crash_fails_its_job_and_the_pool_recovers():
    with ProcessPool(1, crash_on) as workers:
        results = list(workers.map(["a", "crash", "b", "crash", "c"], window=5))
        assert workers.crashes == 2
    assert results[0::2] == ["A", "B", "C"]
    assert [str(r) for r in results[1::2]] == ["worker crashed (exit code 3)"] * 2
    assert all(isinstance(r, WorkerCrashed) for r in results[1::2])


def test_the_job_sent_ahead_of_a_crash_goes_to_the_next_worker():
    """The worker dies on its page; the page sent to it ahead is done by its replacement."""
    with ProcessPool(1, crash_on) as workers:
        crashed, behind = workers.submit("crash"), workers.submit("b")
        assert behind.result() == "B"
        assert isinstance(crashed.exception(), WorkerCrashed)
        assert workers.crashes == 1


def test_big_jobs_wait_for_a_free_worker_and_are_done():
    big = "x" * (pool.AHEAD_BYTES + 1)
    with ProcessPool(1, crash_on) as workers:
        assert list(workers.map(["a", big, "b", big], window=4)) == [
            "A",
            big.upper(),
            "B",
            big.upper(),
        ]


def slow_kind(job):
    """A pool function for the tests: a little work, then the job's name."""
    sum(range(200_000))
    return job["name"]


def test_listing_jobs_go_before_article_jobs():
    """A listing page queued behind article pages is read next: the articles come from it."""
    done = []
    with ProcessPool(1, slow_kind) as workers:
        futures = [workers.submit({"name": f"a{i}"}) for i in range(6)]
        futures.append(workers.submit({"name": "listing", "kind": "listing"}))
        for future in futures:
            future.add_done_callback(lambda f: done.append(f.result()))
        for future in futures:
            future.result()
    # at most the first two article pages were with the worker when it came
    assert done.index("listing") in (0, 1, 2)
    assert [name for name in done if name != "listing"] == [f"a{i}" for i in range(6)]


def test_an_exception_in_the_function_reaches_the_caller():
    with ProcessPool(1, crash_on) as workers:
        future = workers.submit("raise")
        with pytest.raises(RuntimeError, match="ValueError: bad job"):
            future.result()
        assert workers.submit("ok").result() == "OK"


def test_workers_setting():
    assert workers_setting(None) == pool.default_workers()
    assert workers_setting("") == pool.default_workers()
    assert workers_setting("0") == 0
    assert workers_setting(3) == 3
    with pytest.raises(ValueError, match="0 or more"):
        workers_setting(-1)


def test_the_shared_pool_is_closed_by_its_last_user():
    first = pool.acquire(1)
    second = pool.acquire(1)
    assert first is second
    pool.release(first)
    assert first.submit("x") is not None  # still open for the second user
    pool.release(second)
    with pytest.raises(RuntimeError, match="closed"):
        first.submit("x")


def test_the_spider_records_a_crashed_worker_and_goes_on(monkeypatch):
    """A page whose worker died is recorded in fetch_errors; the next page is extracted."""
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from incubator_crawler.crawl import signals as project_signals
    from incubator_crawler.crawl.spiders import base

    class Example(base.ListingSpider):
        name = "example"
        SITE = {"home": "http://www.example.gov.cn/", "name": "示例网"}

    crawler = get_crawler(Example, {"INCUBATOR_EXTRACT_WORKERS": 0})
    spider = Example.from_crawler(crawler)
    calls = []

    async def extract(job):
        calls.append(job["url"])
        if len(calls) == 1:
            raise WorkerCrashed("worker crashed (exit code -9)")
        return process_page(job)

    monkeypatch.setattr(spider, "run_in_pool", extract)
    recorded = []

    def on_failed(**kwargs):
        recorded.append(kwargs)

    crawler.signals.connect(on_failed, signal=project_signals.fetch_failed)
    job = _jobs()[0]
    response = HtmlResponse(
        job["url"], body=job["body"], headers=job["options"]["headers"], request=Request(job["url"])
    )
    assert asyncio.run(spider.parse_article(response)) is None
    item = asyncio.run(spider.parse_article(response))
    assert item is not None
    assert item.title == process_page(job)["item"]["title"]
    assert [(r["url"], r["error"]) for r in recorded] == [
        (job["url"], "extraction failed: worker crashed (exit code -9)")
    ]
    assert crawler.stats.get_value("incubator/skipped_pages") == 1
    assert crawler.stats.get_value("incubator/article_pages") == 2


# -- listing pages ---------------------------------------------------------------------------
def _listing_responses() -> list[tuple]:
    """(response, article_re, pagination) for every listing fixture, as its site's spider reads it."""
    from scrapy.http import HtmlResponse

    from incubator_crawler.crawl.spiders.sites import spider_class

    cases = []
    for meta_path in sorted(FIXTURES.glob("*/listing*.json")):
        spider = spider_class(meta_path.parent.name)
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        response = HtmlResponse(
            meta["url"], body=meta_path.with_suffix(".html").read_bytes(), headers=meta["headers"]
        )
        cases.append((response, spider.article_re, spider.SITE.get("pagination", "auto")))
        # and as a generic crawl (no article pattern) would read it
        cases.append((response, None, "auto"))
    return cases


def test_listing_fixtures_are_found():
    assert len(_listing_responses()) == 2 * 26


def test_listing_in_a_worker_equals_in_process():
    """Entries (with titles and list dates) and the next page, in a worker and here, are equal."""
    from incubator_crawler.listing.links import find_article_links
    from incubator_crawler.listing.pagination import find_next_page

    cases = _listing_responses()
    jobs = [pool.listing_job(r, article_re, pagination) for r, article_re, pagination in cases]
    with ProcessPool(2, pool.run_job) as workers:
        there = list(workers.map(jobs))
    for (response, article_re, pagination), result in zip(cases, there, strict=True):
        entries = find_article_links(response.selector, response.url, article_re)
        next_page = find_next_page(response.selector, response.url, pagination)
        assert result == {"entries": entries, "next_page": next_page}
        # the fields compare=False leaves out of ==
        assert [e.published for e in result["entries"]] == [e.published for e in entries]
        assert getattr(result["next_page"], "via", None) == getattr(next_page, "via", None)
    assert sum(len(r["entries"]) for r in there) == 156


def test_listing_job_exact_values():
    """A known listing page: its entries and next page, read through the pool's job."""
    response, article_re, pagination = _listing_responses()[0]
    result = pool.run_job(pool.listing_job(response, article_re, pagination))
    entries, next_page = result["entries"], result["next_page"]
    assert response.url == "http://127.0.0.1:8769/xwdt/index.html"
    assert len(entries) == 4
    assert (entries[0].url, entries[0].title, entries[0].date_raw) == (
        "http://127.0.0.1:8769/xwdt/202404/t20240414_3612271.html",
        "张江科学城发布支持大学科技园高质量发展若干措施",
        "2024-04-14",
    )
    assert (next_page.url, next_page.via) == ("http://127.0.0.1:8769/xwdt/index_1.html", "trs")


def test_a_listing_that_fails_in_the_worker_is_data(monkeypatch):
    """An exception while reading a listing comes back as an error, for the spider to retry here."""
    response, article_re, pagination = _listing_responses()[0]

    def broken(*args, **kwargs):
        raise ValueError("bad list")

    monkeypatch.setattr(pool, "find_article_links", broken)
    assert pool.run_job(pool.listing_job(response, article_re, pagination)) == {
        "error": "ValueError: bad list"
    }
