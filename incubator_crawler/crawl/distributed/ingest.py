"""The one archive writer of a distributed crawl: drain the Redis item list into the archive.

Every item goes through ``ArchiveWriter``, the storage code of a one-process crawl (versions,
raw pages, rejects, reprints, the search index), one ``crawl_runs`` row per site with mode
``distributed``. An item leaves Redis only after its transaction commits: BLMOVE takes it to a
processing list, LREM acknowledges it after the commit, and a restart moves what is left in the
processing list back. An item committed but not yet acknowledged when ingest died is recognised
by its id (``ingested_items``, written in the same transaction) and not stored twice.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import redis
from sqlite_utils import Database

from ...archive.db import write_transaction
from ...archive.queries import known_urls, last_run_interrupted, recent_urls
from ...archive.writer import ArchiveWriter, _now, close_dead_runs
from . import keys, messages

log = logging.getLogger(__name__)

#: Seconds a BLMOVE waits for an item before ingest looks at its idle clock again.
POLL_SECONDS = 1.0
#: ArchiveWriter flushes on its own past this many records; ingest flushes per batch itself.
_NEVER = 10**9


@dataclass
class SiteRun:
    """One site's share of the distributed run: its writer and what its workers reported."""

    writer: ArchiveWriter
    items: int = 0
    workers: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)
    stats: Counter = field(default_factory=Counter)


class Ingester:
    """Prepares Redis for the workers, then drains their items into the archive until idle."""

    def __init__(
        self,
        client,
        db: Database,
        *,
        batch_size: int = 50,
        idle_exit: float = 30.0,
        revisit_days: float = 7.0,
    ):
        self.client = client
        self.db = db
        self.batch_size = max(1, batch_size)
        self.idle_exit = idle_exit
        self.revisit_days = revisit_days
        self.runs: dict[str, SiteRun] = {}
        self.stopping = False
        self.recovered = 0
        self.skipped = 0

    # -- start ----------------------------------------------------------------------
    def prepare(self) -> None:
        """Close dead runs, recover unacknowledged items, publish the archive's known URLs.

        Ingest holds the archive's lock and has started no run yet: a run still ``running``
        is dead, and is closed as interrupted before the known URLs are read.
        """
        close_dead_runs(self.db)
        while self.client.lmove(keys.PROCESSING, keys.ITEMS, "LEFT", "RIGHT") is not None:
            self.recovered += 1
        sites = [
            row[0]
            for row in self.db.execute(
                "SELECT site FROM articles UNION SELECT site FROM rejects"
                " UNION SELECT site FROM fetch_errors"
            )
            if row[0]
        ]
        resume = []
        for site in sites:
            self._replace_set(keys.known_key(site), known_urls(self.db, site))
            recent = recent_urls(self.db, site, self.revisit_days) if self.revisit_days > 0 else ()
            self._replace_set(keys.recent_key(site), recent)
            if last_run_interrupted(self.db, site):
                resume.append(site)
        self._replace_set(keys.RESUME, resume)
        self.client.set(keys.PREPARED, _now())

    def _replace_set(self, key: str, members) -> None:
        # Fill a new key and RENAME it over the old one: a worker starting now never reads a
        # half-filled set.
        members = list(members)
        if not members:
            self.client.delete(key)
            return
        temp = f"{key}:new"
        pipe = self.client.pipeline()
        pipe.delete(temp)
        for start in range(0, len(members), 5000):
            pipe.sadd(temp, *members[start : start + 5000])
        pipe.rename(temp, key)
        pipe.execute()

    # -- drain ----------------------------------------------------------------------
    def drain(self) -> None:
        """Take batches off the list until no worker is alive and none came for ``idle_exit`` s."""
        last_item = time.monotonic()
        while not self.stopping:
            raw = self.client.blmove(keys.ITEMS, keys.PROCESSING, POLL_SECONDS, "RIGHT", "LEFT")
            if raw is None:
                if keys.present_workers(self.client):
                    # A worker is still starting (announced per site, by `crawl --redis` or a
                    # Scrapyd job, before its spider opens) or crawling: the idle clock starts
                    # when the last one leaves.
                    last_item = time.monotonic()
                elif time.monotonic() - last_item >= self.idle_exit:
                    return
                continue
            batch = [raw]
            while len(batch) < self.batch_size:
                more = self.client.lmove(keys.ITEMS, keys.PROCESSING, "RIGHT", "LEFT")
                if more is None:
                    break
                batch.append(more)
            self.commit(batch)
            last_item = time.monotonic()

    def commit(self, batch: list[bytes]) -> None:
        """Store a batch in one transaction, then acknowledge its items (LREM)."""
        decoded: list[tuple[bytes, dict[str, Any]]] = []
        for raw in batch:
            try:
                decoded.append((raw, messages.decode(raw)))
            except ValueError:
                # Not ours: keep it aside for a person to look at, never lose it silently.
                log.warning("not an incubator-crawler item; moved to %s:bad", keys.ITEMS)
                self.client.lpush(f"{keys.ITEMS}:bad", raw)
        ids = [message["id"] for _, message in decoded]
        done = self._already_ingested(ids)
        fresh = [(raw, m) for raw, m in decoded if m["id"] not in done]
        self.skipped += len(decoded) - len(fresh)
        for _, message in fresh:
            self._run_of(message)  # start run rows outside the batch transaction
        known: dict[str, set[str]] = {}
        with write_transaction(self.db):
            for _, message in fresh:
                self._add(message, known)
            for run in self.runs.values():
                run.writer.flush()
            now = _now()
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO ingested_items (id, run_id, at) VALUES (?, ?, ?)",
                [(m["id"], self.runs[m["site"]].writer.run_id, now) for _, m in fresh],
            )
        # Committed: now the items may leave Redis. A kill before this line leaves them in the
        # processing list; the restart sees their ids in ingested_items and skips them.
        pipe = self.client.pipeline()
        for raw in batch:
            pipe.lrem(keys.PROCESSING, 1, raw)
        for site, urls in known.items():
            pipe.sadd(keys.known_key(site), *urls)
        pipe.execute()

    def _already_ingested(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id FROM ingested_items WHERE id IN ({marks})"
        return {row[0] for row in self.db.execute(sql, ids)}

    def _run_of(self, message: dict[str, Any]) -> SiteRun:
        site = message["site"]
        run = self.runs.get(site)
        if run is None:
            writer = ArchiveWriter(self.db, batch_size=_NEVER)
            writer.start_run(site, base_url=message.get("base_url"), mode="distributed")
            run = self.runs[site] = SiteRun(writer)
        return run

    def _add(self, message: dict[str, Any], known: dict[str, set[str]]) -> None:
        run = self.runs[message["site"]]
        writer, data, kind = run.writer, message["data"], message["kind"]
        run.items += 1
        run.workers.add(message["worker"])
        url = None
        if kind == "article":
            writer.add_article(data)
            url = data.get("url")
        elif kind == "reject":
            writer.add_reject(data["item"], data["reason"])
            url = data["item"].get("url")
        elif kind == "error":
            writer.add_fetch_error(message["site"], data["url"], data.get("status"), data["error"])
            url = data["url"] if data.get("status") in (404, 410) else None
        elif kind == "removed":
            writer.add_removed(data["url"], data["status"])
        else:  # worker: its final stats for this site
            run.reasons.append(data.get("finish_reason") or "unknown")
            for name, value in (data.get("stats") or {}).items():
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    run.stats[name] += value
        if url:
            known.setdefault(message["site"], set()).add(url)

    # -- end --------------------------------------------------------------------------
    def finish(self) -> None:
        """Complete each site's run row: summed worker stats, workers, and how it ended."""
        for site, run in self.runs.items():
            reason = next((r for r in run.reasons if r != "finished"), "finished")
            if self.stopping:
                reason = "shutdown"
            elif self._requests_left(site):
                # Workers are gone but requests are left: the next crawl resumes the site.
                reason = "unfinished"
            stats = dict(run.stats)
            stats["incubator/distributed/workers"] = len(run.workers)
            stats["incubator/distributed/items"] = run.items
            run.writer.finish_run(reason, stats)

    def _requests_left(self, site: str) -> bool:
        try:
            return bool(self.client.exists(keys.queue_key(site)))
        except redis.RedisError:
            return False  # Redis went away: the run row is still completed with what we have

    def run(self) -> dict[str, SiteRun]:
        """prepare, drain, finish: the whole of ``ingest``."""
        self.prepare()
        try:
            self.drain()
        finally:
            self.finish()
        return self.runs
