"""Redis key names shared by workers and ``ingest``, and a checked connection to Redis."""

from __future__ import annotations

import socket

import redis

from ...ops.lock import pid_alive

PREFIX = "incubator"
#: scrapy-redis' per-spider request queue and dupefilter (``%(spider)s`` is the site name).
QUEUE_KEY = PREFIX + ":%(spider)s:requests"
DUPEFILTER_KEY = PREFIX + ":%(spider)s:dupefilter"
#: scrapy-redis' start-URL list of a spider (unused by our spiders, but RedisMixin reads it).
START_URLS_KEY = PREFIX + ":%(name)s:start_urls"
#: Items pushed by workers (LPUSH), drained by ingest from the other end.
ITEMS = PREFIX + ":items"
#: Items ingest has taken but not yet committed: recovered when ingest starts.
PROCESSING = PREFIX + ":items:processing"
#: Set by ingest once the known-URL sets below are filled from the archive.
PREPARED = PREFIX + ":prepared"
#: Sites whose last run did not finish: their workers read listings to the end.
RESUME = PREFIX + ":resume"
#: Minimum Redis version: BLMOVE/LMOVE came in 6.2.
MIN_VERSION = (6, 2)


def known_key(site: str) -> str:
    """Set of the archive's URLs of ``site`` that an incremental crawl does not fetch."""
    return f"{PREFIX}:known:{site}"


def recent_key(site: str) -> str:
    """Set of ``site``'s articles inside the revisit window (fetched again to catch edits)."""
    return f"{PREFIX}:recent:{site}"


def worker_key(site: str, worker: str) -> str:
    """A live worker's heartbeat (a key with a short TTL) for one site."""
    return f"{PREFIX}:worker:{site}:{worker}"


def starting_key(site: str, worker: str) -> str:
    """A starting worker's announcement for one site, until its spider for the site has opened."""
    return f"{PREFIX}:starting:{site}:{worker}"


def lease_key(site: str, worker: str) -> str:
    """Hash of the requests ``worker`` took from the queue and has not finished (id -> request)."""
    return f"{PREFIX}:{site}:inflight:{worker}"


def lease_owner(key: str) -> str:
    """The worker a lease key belongs to (``...:inflight:<worker>[:from:...]``)."""
    return key.split(":inflight:", 1)[1].split(":", 1)[0]


def local_pid(worker: str) -> int | None:
    """The pid of ``worker`` (``host-pid``) when it runs on this host, else None."""
    host, _, pid = worker.rpartition("-")
    return int(pid) if host == socket.gethostname() and pid.isdigit() else None


def worker_alive(client: redis.Redis, site: str, worker: str) -> bool:
    """Whether ``worker`` (``host-pid``) is alive: by its pid on this host, else by its heartbeat."""
    pid = local_pid(worker)
    if pid is not None:
        # On this machine a kill -9 is certain at once; the heartbeat would linger for its TTL.
        return pid_alive(pid)
    return bool(client.exists(worker_key(site, worker)))


def queue_key(site: str) -> str:
    """The scrapy-redis request queue of ``site``."""
    return QUEUE_KEY % {"spider": site}


def dupefilter_key(site: str) -> str:
    """The scrapy-redis dupefilter of ``site``."""
    return DUPEFILTER_KEY % {"spider": site}


class RedisUnavailable(Exception):
    """The Redis URL is malformed, the server cannot be reached, or it is too old."""


def connect(url: str, *, timeout: float = 5.0) -> redis.Redis:
    """A client for ``url``, checked with a PING and the server version (one-line errors)."""
    try:
        client = redis.Redis.from_url(
            url, socket_connect_timeout=timeout, socket_timeout=max(timeout, 30.0)
        )
    except ValueError as exc:
        raise RedisUnavailable(f"--redis {url!r} is not a Redis URL ({exc})") from None
    try:
        client.ping()
        version = client.info("server").get("redis_version", "0")
    except redis.RedisError as exc:
        raise RedisUnavailable(f"cannot reach Redis at {redacted(url)}: {exc}") from None
    parts = tuple(int(p) for p in str(version).split(".")[:2] if p.isdigit())
    if parts < MIN_VERSION:
        raise RedisUnavailable(
            f"Redis at {redacted(url)} is version {version}; 6.2 or later is needed (BLMOVE)"
        )
    return client


def redacted(url: str) -> str:
    """``url`` without its password, for messages and summaries."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return urlunsplit(parts._replace(netloc=user + netloc))


def live_workers(client: redis.Redis, site: str = "*") -> list[str]:
    """Heartbeat keys of the workers alive now (of ``site``, or of every site)."""
    alive = []
    for raw in client.scan_iter(match=worker_key(site, "*"), count=500):
        key = raw.decode()
        key_site, worker = key[len(PREFIX) + len(":worker:") :].rsplit(":", 1)
        if worker_alive(client, key_site, worker):
            alive.append(key)
        else:
            client.delete(key)  # a killed worker's heartbeat, not yet expired
    return alive


def starting_workers(client: redis.Redis, site: str = "*") -> set[str]:
    """Workers announced as starting (of ``site``, or of any site) whose process is alive.

    Alive as for heartbeats: on this host by the worker's pid (a kill -9 counts at once), on
    another host by the announcement's own expiry (``presence.STARTING_TTL``).
    """
    alive = set()
    for raw in client.scan_iter(match=starting_key(site, "*"), count=500):
        key = raw.decode()
        key_site, worker = key[len(PREFIX) + len(":starting:") :].rsplit(":", 1)
        if site != "*" and key_site != site:
            continue  # the pattern of site "a" also matches site "a:8001" (a port)
        pid = local_pid(worker)
        if pid is not None and not pid_alive(pid):
            client.delete(key)  # a killed worker's announcement, not yet expired
            continue
        alive.add(worker)
    return alive


def present_workers(client: redis.Redis, site: str = "*") -> set[str]:
    """Workers of ``site`` (or of any site) starting or crawling now: no one else may close it.

    A worker writes its heartbeat before it withdraws its starting announcement, so reading the
    announcements first and the heartbeats second never misses a worker passing between them.
    """
    starting = starting_workers(client, site)
    crawling = set()
    for key in live_workers(client, site):
        key_site, worker = key[len(PREFIX) + len(":worker:") :].rsplit(":", 1)
        if site == "*" or key_site == site:
            crawling.add(worker)
    return starting | crawling
