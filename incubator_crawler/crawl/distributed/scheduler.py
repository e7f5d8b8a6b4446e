"""scrapy-redis' Scheduler plus leases: a request a worker took is not lost when it is killed.

scrapy-redis pops a request off the shared queue when the worker takes it; a kill -9 then loses
it. This scheduler also records each taken request in the worker's lease hash
(``incubator:<site>:inflight:<worker>``) until the worker has finished with it (its callback
ran, its item was pushed). Leases of dead workers go back on the queue when a worker opens or
goes idle, so the killed worker's in-flight page is fetched again by someone else (at least
once, not exactly once: ingest's upsert by URL makes a second copy harmless).

A kill may come between any two Redis commands, so every step that moves a request from one
place to another is one command: marking it seen and queueing it (``enqueue_request``), taking
it off the queue and leasing it (``next_request``) are each one Lua script. As two commands, a
kill after the first lost the request for good (seen but never queued; popped but not leased).
"""

from __future__ import annotations

import uuid

import redis
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from . import keys
from .pipeline import worker_id

#: Meta key holding the lease id of a request taken from the shared queue.
LEASE = "incubator_lease"
#: Seconds between looks at the shared queue while this worker has nothing to do.
WAKE_EVERY = 0.5

#: Mark a request seen and queue it, in one step: KEYS dupefilter, queue; ARGV fingerprint
#: ("" for a dont_filter request), score, data. Returns 1 when queued, 0 when already seen.
_ENQUEUE = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

#: Take the first request off the queue and lease it, in one step: KEYS queue, lease hash;
#: ARGV lease id. Returns the request's data, or nil when the queue is empty.
_POP_AND_LEASE = """
local first = redis.call('ZRANGE', KEYS[1], 0, 0)
if #first == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], ARGV[1], first[1])
return first[1]
"""


class LeasingScheduler(Scheduler):
    """The shared scrapy-redis queue and dupefilter, with a lease per request taken."""

    @classmethod
    def from_crawler(cls, crawler):
        """scrapy-redis' scheduler, keeping the crawler to wake its engine."""
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        return scheduler

    def open(self, spider):
        """Open the queue, then put back what dead workers of this site had taken."""
        super().open(spider)
        self.worker = worker_id()
        self.lease_key = keys.lease_key(spider.name, self.worker)
        self._enqueue = self.server.register_script(_ENQUEUE)
        self._pop_and_lease = self.server.register_script(_POP_AND_LEASE)
        spider.lease_scheduler = self
        self.recover()
        self.waker = task.LoopingCall(self.wake)
        self.waker.start(WAKE_EVERY, now=False)

    def wake(self) -> None:
        """Let an idle engine take requests another worker just queued.

        Scrapy looks at the scheduler again only every 5 s once idle; another worker's listing
        page may queue dozens of articles meanwhile. Asking the engine for its next requests is
        harmless when it is busy (it backs out at once).
        """
        slot = getattr(self.crawler.engine, "_slot", None)  # Scrapy's own loop, as the heartbeat
        if slot is not None and slot.closing is None and len(self.queue):
            slot.nextcall.schedule()

    def frontier_active(self) -> bool:
        """Whether the site's crawl goes on somewhere: requests queued or in any worker's hands."""
        if len(self.queue):
            return True
        for raw in self.server.scan_iter(match=keys.lease_key(self.spider.name, "*"), count=500):
            if raw.decode() != self.lease_key and self.server.hlen(raw):
                return True
        return False

    def enqueue_request(self, request) -> bool:
        """Queue ``request`` unless the shared dupefilter has seen it: one atomic step."""
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        data = self.queue._encode_request(request)
        queued = self._enqueue(
            keys=[self.df.key, self.queue.key], args=[fingerprint, -request.priority, data]
        )
        if not queued:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self):
        """Pop a request off the shared queue and lease it to this worker, in one atomic step."""
        lease = uuid.uuid4().hex
        data = self._pop_and_lease(keys=[self.queue.key, self.lease_key], args=[lease])
        if data is None:
            return None
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        request = self.queue._decode_request(data)
        # A retried or redirected request carries its predecessor's lease: now that it came
        # back through the queue (and is leased anew), the old lease is done.
        self.release(request)
        request.meta[LEASE] = lease
        return request

    def release(self, request) -> None:
        """The worker is done with ``request``: forget its lease."""
        lease = request.meta.pop(LEASE, None)
        if lease:
            self.server.hdel(self.lease_key, lease)

    def recover(self) -> int:
        """Put the requests leased by dead workers of this site back on the queue."""
        site = self.spider.name
        recovered = 0
        for raw in self.server.scan_iter(match=keys.lease_key(site, "*"), count=500):
            key = raw.decode()
            owner = keys.lease_owner(key)
            if owner == self.worker or keys.worker_alive(self.server, site, owner):
                continue
            # Claim the hash by renaming it under our name: of two workers recovering at once,
            # only one rename succeeds, and a claim of ours dying with us is recovered in turn.
            claimed = f"{self.lease_key}:from:{owner}:{uuid.uuid4().hex[:8]}"
            try:
                self.server.rename(key, claimed)
            except redis.ResponseError:
                continue  # someone else claimed it first
            for data in self.server.hvals(claimed):
                self.queue.push(self.queue._decode_request(data))
                recovered += 1
            self.server.delete(claimed)
        if recovered:
            self.spider.logger.info("put back %d requests left by killed workers", recovered)
            if self.stats:
                self.stats.inc_value("incubator/redis/recovered", recovered)
        return recovered

    def close(self, reason):
        """A finished worker has nothing in flight: drop leases left by redirects and drops."""
        if getattr(self, "waker", None) is not None and self.waker.running:
            self.waker.stop()
        if reason == "finished":
            self.server.delete(self.lease_key)
        super().close(reason)
