"""Store items in the SQLite archive (always the last pipeline) and keep the crawl_runs row.

The archive writer runs on a thread of its own, which opens the archive and makes every call
on it in the order the crawl made them: a batch's transaction (SQLite works without the GIL;
about 30 ms of CPU per 50 articles, mostly the two search tables) no longer stops the reactor
thread, so responses keep being read while it commits.

A write that fails is never only logged: its pages are counted (``incubator/archive/write_failed``)
and named (the ``archive_write_failed`` signal, which the crawl's summary reports), and a
failure that will repeat (disk full, read-only or corrupt file) stops the crawl at once
(finish reason ``archive_failed``) rather than fetching pages it cannot keep.
"""

from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import fields

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from ...archive.db import open_archive
from ...archive.failures import ARCHIVE_FAILED, ArchiveWriteError, classify
from ...archive.writer import ArchiveWriter, close_dead_runs
from ...items import ArticleItem
from ...ops.lock import ArchiveLocked, join_archive_lock
from .. import signals as project_signals
from .base import prepared

logger = logging.getLogger(__name__)


class StoreArchivePipeline:
    """Upserts articles by URL in batched transactions; records rejects, fetch errors and the run."""

    def __init__(
        self,
        db_path: str,
        batch_size: int = 50,
        mode: str = "incremental",
        lock_wait: float | None = None,
    ):
        self.db_path = db_path
        self.lock_wait = lock_wait
        self._release_lock = None
        self.batch_size = batch_size
        # A kill loses what the writer has not committed: the batch it is gathering or writing
        # plus the calls queued for it. Half a batch each keeps that within INCUBATOR_BATCH_SIZE
        # items, the bound the settings promise, while the thread still writes in the background.
        self.write_batch = max(1, batch_size // 2)
        self.queue_limit = batch_size - self.write_batch
        self.mode = mode
        self.db = None
        self.writer: ArchiveWriter | None = None
        self.stats = None
        self.crawler = None
        self._thread: ThreadPoolExecutor | None = None
        # Calls queued to the writer thread and not yet done, oldest first.
        self._queued: deque[Future] = deque()
        #: The first failed write's one-line message (cause and what to do), if any.
        self.failure: str | None = None
        self._stopping = False

    @classmethod
    def from_crawler(cls, crawler):
        """Read ``INCUBATOR_DB`` and ``INCUBATOR_BATCH_SIZE``; hook the run-log signals."""
        path = crawler.settings.get("INCUBATOR_DB")
        if not path:
            raise NotConfigured("INCUBATOR_DB is not set")
        mode = "full" if crawler.settings.getbool("INCUBATOR_FULL_RECRAWL") else "incremental"
        wait = crawler.settings.getfloat("INCUBATOR_LOCK_WAIT", 0) or None
        pipeline = cls(path, crawler.settings.getint("INCUBATOR_BATCH_SIZE", 50), mode, wait)
        pipeline.stats = crawler.stats
        pipeline.crawler = crawler
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.fetch_failed, signal=project_signals.fetch_failed)
        crawler.signals.connect(pipeline.article_removed, signal=project_signals.article_removed)
        return pipeline

    def open_spider(self, spider=None):
        """Open the archive (on the writer thread) and start this run's ``crawl_runs`` row."""
        # Scrapy 2.14+ no longer passes the spider to pipeline methods.
        spider = spider or getattr(self.crawler, "spider", None)
        # One writer per archive: the CLI holds the lock already and this crawl shares it; a
        # bare `scrapy crawl` takes it here, so it cannot interleave runs with another crawl
        # (nor look dead to `health` while it runs).
        try:
            self._release_lock, taken_here = join_archive_lock(self.db_path, self.lock_wait)
        except ArchiveLocked as exc:
            message = str(exc).replace("--wait SECONDS", "-s INCUBATOR_LOCK_WAIT=SECONDS")
            raise ArchiveLocked(message) from None
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="archive-writer")
        site = getattr(spider, "name", "unknown")
        mode = "full" if getattr(spider, "full", False) else self.mode
        base_url = getattr(spider, "base_url", None)
        try:
            self._thread.submit(self._open, site, base_url, mode, taken_here).result()
        except BaseException:
            self._thread.shutdown()
            self._unlock()
            raise
        if spider is not None:
            spider.run_id = self.writer.run_id

    def _unlock(self) -> None:
        if self._release_lock is not None:
            self._release_lock()
            self._release_lock = None

    def _open(self, site: str, base_url: str | None, mode: str, first_writer: bool) -> None:
        # sqlite3 connections belong to the thread that opened them: this runs on the writer's.
        self.db = open_archive(self.db_path)
        if first_writer:
            # The lock is ours alone: a run still 'running' is a dead writer's (as the CLI does).
            close_dead_runs(self.db)
        self.writer = ArchiveWriter(self.db, batch_size=self.write_batch)
        self.writer.start_run(site, base_url=base_url, mode=mode)

    def _call(self, method, *args) -> None:
        """Run ``method(*args)`` on the writer thread, after every call queued before it.

        When more calls are queued than ``queue_limit``, wait for the oldest here: memory stays
        bounded, and a crash loses at most ``batch_size`` items (the writer's half batch being
        gathered or written, and the half queued behind it).
        """
        self._queued.append(self._thread.submit(method, *args))
        while self._queued and self._queued[0].done():
            self._check(self._queued.popleft())
        if len(self._queued) > self.queue_limit:
            oldest = self._queued.popleft()
            oldest.exception()  # waits
            self._check(oldest)

    def _check(self, future: Future, *, closing: bool = False) -> None:
        """Count, name and report the pages of a writer call that failed; stop on a lasting failure."""
        error = future.exception()
        if error is None:
            return
        if isinstance(error, ArchiveWriteError):
            failure, urls = error.failure, error.urls
        else:  # not a batch (nothing names its pages): still counted, never only logged
            failure, urls = classify(error), []
        line = failure.line(self.db_path)
        # The first failure's traceback is in the log; the ones after it are one line each.
        first = error if self.failure is None else None
        logger.error("%s (%d pages not stored)", line, len(urls), exc_info=first)
        if self.stats is not None:
            self.stats.inc_value("incubator/archive/write_failed", max(1, len(urls)))
            if self.failure is None:
                self.stats.set_value("incubator/archive/write_error", line)
        if self.failure is None:
            self.failure = line
        if self.crawler is not None:
            self.crawler.signals.send_catch_log(
                signal=project_signals.archive_write_failed, urls=urls, message=line
            )
        if failure.repeats and not closing and not self._stopping:
            self._stopping = True
            engine = getattr(self.crawler, "engine", None)
            if engine is not None:
                deferred_from_coro(engine.close_spider_async(reason=ARCHIVE_FAILED))

    def process_item(self, item):
        """Queue the item for the next batch write."""
        self._call(self.writer.add_article, _as_dict(item), _archive_values(item))
        return item

    def item_dropped(self, item, response, exception, spider=None):
        """Record a rejected item with the reason it was dropped."""
        if self.writer is not None:
            self._call(
                self.writer.add_reject, _as_dict(item), str(exception), _archive_values(item)
            )

    def fetch_failed(self, url, status, error, site=None):
        """Record a page that could not be fetched."""
        if self.writer is not None:
            self._call(self.writer.add_fetch_error, site or "unknown", url, status, error)

    def article_removed(self, url, status):
        """Mark a stored article whose page is gone."""
        if self.writer is not None:
            self._call(self.writer.add_removed, url, status)

    def spider_closed(self, spider, reason):
        """Flush the last batch and complete the run row with the finish reason and stats."""
        if self.writer is None:
            return
        try:
            # Every call queued is done and counted first, so the run row's stats hold them all.
            while self._queued:
                self._check(self._queued.popleft(), closing=True)
            stats = dict(self.stats.get_stats()) if self.stats else {}
            finish = self._thread.submit(self._finish, reason, stats)
            self._check(finish, closing=True)
        finally:
            self._thread.shutdown()
            self._unlock()
        if self.stats is not None:
            for outcome, count in self.writer.counts.items():
                self.stats.set_value(f"incubator/archive/{outcome}", count)
        self.writer = None

    def _finish(self, reason: str, stats: dict) -> None:
        try:
            self.writer.finish_run(reason, stats)
        finally:
            self.db.close()


def _as_dict(item) -> dict:
    """The item's fields as a dict; an ArticleItem's shallowly (the writer only reads it).

    ``ItemAdapter.asdict`` copies every nested list and dict: 2.7 s of a 45 s profiled crawl of
    1,000 articles, on the reactor thread.
    """
    if isinstance(item, ArticleItem):
        return {f.name: getattr(item, f.name) for f in fields(item)}
    return ItemAdapter(item).asdict()


def _archive_values(item) -> dict | None:
    """The archive values an extraction worker prepared for ``item`` (None: the writer computes them)."""
    done = prepared(item)
    return done.archive if done is not None else None
