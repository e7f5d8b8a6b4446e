"""Extraction off the reactor thread: page bytes → normalised item, in a pool of worker processes.

:func:`process_page` is the work for one page: decode, extract, normalise (every step of
``pipelines.PIPELINES``, outcomes kept for the stats), and what the archive writer and the
attachments pipeline can compute without the archive (``archive.writer.prepare_article``,
``find_attachment_links``). It takes and returns plain picklable data, so it runs the same in
this process (``INCUBATOR_EXTRACT_WORKERS = 0``) or in a :class:`ProcessPool` worker.

The pool's workers are forked from a fork server that imported this module once (a fork of a
process running the Twisted reactor and threads is unsafe; a fresh ``spawn`` per worker would
import Scrapy and lxml again). Each worker takes one page at a time; a thread per worker in the
parent sends it and waits for the answer, so a worker that dies (a crash in lxml, the OOM killer)
fails only its own page (:class:`WorkerCrashed`) and is replaced for the next one.
"""

from __future__ import annotations

import concurrent.futures
import gc
import itertools
import multiprocessing
import os
import queue
import signal
import threading
import traceback
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from typing import Any

from ..archive.writer import prepare_article
from ..article.sniff import not_html
from ..items import ArticleItem
from ..listing.attachments import find_attachment_links
from ..listing.links import ListingEntry, find_article_links
from ..listing.pagination import NextPage, find_next_page
from .pipelines import normalize_steps
from .pipelines.base import Prepared, attach_prepared
from .process import extract_page

#: Seconds one page may take in a worker before the worker is killed and the page failed.
PAGE_TIMEOUT = 300.0
#: Jobs sent to a worker ahead of its answer. More would only make a crash fail more pages' wait.
DEPTH = 2
#: A pickled job at most this big may be sent ahead: two of them always fit in the pipe's buffer,
#: so the parent never blocks on a send while the worker blocks on sending a big answer.
AHEAD_BYTES = 64 * 1024


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers_setting(value: Any) -> int:
    """``INCUBATOR_EXTRACT_WORKERS`` as a number: unset or empty → one per core, 0 → in-process."""
    if value is None or value == "":
        return default_workers()
    workers = int(value)
    if workers < 0:
        raise ValueError(f"INCUBATOR_EXTRACT_WORKERS must be 0 or more, not {workers}")
    return workers


# -- the work for one page ---------------------------------------------------------------
def page_job(body: bytes, url: str, **options: Any) -> dict[str, Any]:
    """The job :func:`process_page` takes for one fetched page: ``extract_page``'s arguments.

    ``options`` are ``extract_page``'s keyword arguments (status, headers, site, site_name,
    hints, list_title, list_date_raw, fetched_at), passed on to it unchanged.
    """
    return {"body": body, "url": url, "options": options}


def process_page(job: dict[str, Any]) -> dict[str, Any]:
    """Extract and normalise one page (a :func:`page_job`; ``body_zlib`` may replace ``body``).

    With ``sniff``, bytes that are not text (``article.sniff.not_html``) give
    ``{"skipped": "not HTML: PNG image"}``. Returns ``{"error": "Type: message", "traceback": ...}``
    when extraction fails, else
    ``{"item": fields, "outcomes", "archive", "attachment_links"}``: the item's fields without
    the page bytes (the caller has them), each normalisation step's outcomes (None when a step
    raised: the pipelines then normalise, and fail, as without a pool), the archive writer's
    prepared values and the attachment links.
    """
    body = job["body"] if job.get("body") is not None else zlib.decompress(job["body_zlib"])
    if job.get("sniff"):
        kind = not_html(body)
        if kind:
            # An image or PDF served as text/html would otherwise be stored as an article.
            return {"skipped": f"not HTML: {kind}"}
    try:
        item = extract_page(body, job["url"], **job["options"])
    except Exception as exc:  # noqa: BLE001 - the spider records the page as failed
        return {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
    raw = item_values(item)
    try:
        outcomes = normalize_steps(item)
    except Exception:  # noqa: BLE001 - left to the pipelines, which log it as they always did
        return {"item": without_page_body(raw), "outcomes": None, "archive": None}
    data = item_values(item)
    result = {"item": without_page_body(data), "outcomes": outcomes, "archive": None}
    try:
        result["archive"] = prepare_article(data)
        result["attachment_links"] = find_attachment_links(
            body, item.page.get("encoding"), item.url
        )
    except Exception:  # noqa: BLE001 - the writer and the pipeline compute them again
        result["archive"] = None
    return result


def item_from_result(result: dict[str, Any], body: bytes) -> ArticleItem:
    """The ArticleItem of a :func:`process_page` result, page bytes put back, Prepared attached."""
    data = dict(result["item"])
    data["page"] = {**data["page"], "body": body}
    item = ArticleItem(**data)
    return attach_prepared(
        item,
        Prepared(
            outcomes=result["outcomes"],
            archive=result.get("archive"),
            attachment_links=result.get("attachment_links"),
        ),
    )


# -- the work for one listing page ---------------------------------------------------------
def listing_job(response: Any, article_re: Any, pagination: Any = "auto") -> dict[str, Any]:
    """The job :func:`process_listing` takes for a fetched listing page (a Scrapy TextResponse).

    It carries what rebuilds the same response in the worker (class, URL, headers, bytes), so
    the worker decodes and parses the page exactly as ``response.selector`` would.
    """
    return {
        "kind": "listing",
        "cls": type(response),
        "url": response.url,
        "headers": {key: list(values) for key, values in response.headers.items()},
        "body": response.body,
        "article_re": article_re,
        "pagination": pagination,
    }


def read_listing(
    html: Any, page_url: str, article_re: Any, pagination: Any = "auto"
) -> tuple[list[ListingEntry], NextPage | None]:
    """A listing page's article entries and its next page (``find_article_links``, ``find_next_page``)."""
    return find_article_links(html, page_url, article_re), find_next_page(
        html, page_url, pagination
    )


def process_listing(job: dict[str, Any]) -> dict[str, Any]:
    """Read one listing page (a :func:`listing_job`): ``{"entries": [...], "next_page": ...}``.

    ``{"error": "Type: message"}`` when reading it raised; the spider then reads it in its own
    process, where the error is raised and logged as it always was.
    """
    response = job["cls"](url=job["url"], headers=job["headers"], body=job["body"])
    try:
        entries, next_page = read_listing(
            response.selector, response.url, job["article_re"], job["pagination"]
        )
    except Exception as exc:  # noqa: BLE001 - the spider reads the page again itself
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {"entries": entries, "next_page": next_page}


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    """A crawl's job for the pool: a listing page (:func:`process_listing`) or an article page."""
    if job.get("kind") == "listing":
        return process_listing(job)
    return process_page(job)


def item_values(item: ArticleItem) -> dict[str, Any]:
    """The item's fields as a plain dict (what crosses the process boundary)."""
    return {f.name: getattr(item, f.name) for f in fields(item)}


def without_page_body(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the page bytes: the parent already has them, so they are not sent back."""
    page = {k: v for k, v in (data.get("page") or {}).items() if k != "body"}
    return {**data, "page": page}


# -- the pool ------------------------------------------------------------------------------
class WorkerCrashed(RuntimeError):
    """The worker process died (or was killed for taking too long) while it had this job."""


class ProcessPool:
    """``workers`` processes running ``func`` one job at a time; :meth:`submit` returns a Future.

    A worker that dies fails its job with :class:`WorkerCrashed` and is started again for the
    next job; the other workers and their jobs are not affected.
    """

    def __init__(
        self,
        workers: int,
        func: Callable[[Any], Any] = process_page,
        *,
        timeout: float | None = PAGE_TIMEOUT,
    ):
        if workers < 1:
            raise ValueError("a process pool needs at least one worker")
        self.workers = workers
        self.func = func
        self.timeout = timeout
        self.crashes = 0
        #: Set once a worker process is up (the fork server imports the extraction code first).
        self.started = threading.Event()
        self._context = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has imported the extraction code once.
        self._context.set_forkserver_preload([__name__])
        # (priority, order, entry): listing pages first, then in order of submission.
        self._jobs: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self._closed = False
        self._threads = [
            threading.Thread(target=self._feed, name=f"extract-pool-{i}", daemon=True)
            for i in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, job: Any) -> concurrent.futures.Future:
        """Queue ``job`` for the next free worker; the Future holds ``func(job)``."""
        if self._closed:
            raise RuntimeError("the pool is closed")
        future: concurrent.futures.Future = concurrent.futures.Future()
        first = isinstance(job, dict) and job.get("kind") == "listing"
        self._jobs.put((0 if first else 1, next(self._order), (job, future)))
        return future

    def map(self, jobs: Iterable[Any], window: int | None = None) -> Iterator[Any]:
        """``func(job)`` for each job, in order, with at most ``window`` jobs in flight.

        A job whose worker crashed yields its :class:`WorkerCrashed` instead of a result.
        """
        window = window or 4 * self.workers
        pending: list[concurrent.futures.Future] = []
        for job in jobs:
            pending.append(self.submit(job))
            if len(pending) >= window:
                yield _outcome(pending.pop(0))
        while pending:
            yield _outcome(pending.pop(0))

    def close(self) -> None:
        """Let the queued jobs finish, then stop the workers and their threads."""
        if self._closed:
            return
        self._closed = True
        for _ in self._threads:
            self._jobs.put((2, next(self._order), None))
        for thread in self._threads:
            thread.join()

    def __enter__(self) -> ProcessPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one thread per worker ------------------------------------------------------------
    def _start(self) -> tuple[Any, Any]:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(child, self.func), daemon=True)
        process.start()
        child.close()
        return process, parent

    def _feed(self) -> None:
        process = conn = None
        sent: deque = deque()  # (pickled job, future) sent to the worker, oldest first
        again: deque = deque()  # sent to a worker that died while working on an older job
        stopping = False
        try:
            while True:
                # Send jobs while the worker has room: the first one waits for a job, the
                # next ones are taken only if already queued, and only if small.
                while len(sent) < DEPTH and (again or not stopping):
                    if again:
                        data, future = again.popleft()
                    else:
                        try:
                            entry = self._jobs.get(block=not sent)[2]
                        except queue.Empty:
                            break
                        if entry is None:
                            stopping = True
                            break
                        job, future = entry
                        if not future.set_running_or_notify_cancel():
                            continue
                        try:
                            data = _pickle(job)
                        except BaseException as exc:  # noqa: BLE001 - e.g. a job that cannot be pickled
                            future.set_exception(exc)
                            continue
                    if sent and len(data) > AHEAD_BYTES:
                        again.appendleft((data, future))  # sent once the worker is free
                        break
                    if process is None:
                        try:
                            process, conn = self._start()
                            self.started.set()
                        except Exception as exc:  # noqa: BLE001 - fail the job, not the thread
                            future.set_exception(exc)
                            continue
                    try:
                        conn.send_bytes(data)
                    except OSError:
                        again.appendleft((data, future))
                        break  # the worker died: the receive below says so
                    sent.append((data, future))
                if not sent:
                    if stopping and not again:
                        return
                    if process is None or not again:
                        continue
                future = sent[0][1] if sent else again[0][1]
                try:
                    if not sent:
                        raise EOFError
                    if self.timeout is not None and not conn.poll(self.timeout):
                        process.kill()
                        raise TimeoutError
                    ok, value = conn.recv()
                except (EOFError, OSError, TimeoutError) as exc:
                    process.join(5)
                    code = process.exitcode
                    conn.close()
                    process = conn = None
                    self.crashes += 1
                    reason = (
                        f"worker killed after {self.timeout:g} s"
                        if isinstance(exc, TimeoutError)
                        else f"worker crashed (exit code {code})"
                    )
                    # the oldest job is the one it was working on; the others go to the next worker
                    failed = sent.popleft() if sent else again.popleft()
                    again.extendleft(reversed(sent))
                    sent.clear()
                    failed[1].set_exception(WorkerCrashed(reason))
                    continue
                sent.popleft()
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(RuntimeError(value))
        finally:
            for _data, future in [*sent, *again]:
                if not future.done():
                    future.set_exception(WorkerCrashed("the pool was closed"))
            if process is not None:
                try:
                    conn.send(None)
                except OSError:
                    pass
                process.join(5)
                if process.is_alive():
                    process.kill()
                conn.close()


def _pickle(job: Any) -> bytes:
    """``job`` as the bytes ``Connection.send`` would write (the worker's ``recv`` reads them)."""
    return bytes(multiprocessing.reduction.ForkingPickler.dumps(job))


def _outcome(future: concurrent.futures.Future) -> Any:
    try:
        return future.result()
    except WorkerCrashed as exc:
        return exc


def _serve(conn: Any, func: Callable[[Any], Any]) -> None:
    """A worker's loop: run ``func`` on each job received until ``None`` or the pipe closes."""
    # Ctrl-C is for the parent, which then closes the pool; the worker finishes its page.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The modules, patterns and tables the fork server imported live as long as the worker:
    # frozen, the cyclic collector no longer walks them in its older generations, which it did
    # inside every page's allocation-heavy stages (docs/benchmarks.md, extraction, issue 14).
    gc.freeze()
    frozen_again = False
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            reply = (True, func(job))
        except Exception as exc:  # noqa: BLE001 - sent back to the caller
            reply = (False, f"{type(exc).__name__}: {exc}")
        conn.send(reply)
        if not frozen_again:
            # what the first page built to keep (compiled patterns, the NFKC table, caches)
            gc.freeze()
            frozen_again = True


# -- one pool per process, shared by the spiders of a run -------------------------------------
_shared: dict[int, list] = {}
_shared_lock = threading.Lock()


def acquire(workers: int) -> ProcessPool:
    """The process-wide pool of ``workers`` workers (started on first use); pair with :func:`release`.

    ``crawl --all`` runs several spiders in one process: they share one pool sized to the cores
    instead of starting one each.
    """
    with _shared_lock:
        entry = _shared.get(workers)
        if entry is None:
            entry = _shared[workers] = [ProcessPool(workers, run_job), 0]
        entry[1] += 1
        return entry[0]


def release(pool: ProcessPool) -> None:
    """Give back a pool from :func:`acquire`; the last user closes it."""
    with _shared_lock:
        entry = _shared.get(pool.workers)
        if entry is None or entry[0] is not pool:
            pool.close()
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _shared[pool.workers]
    pool.close()
