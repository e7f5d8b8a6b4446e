"""Full crawl vs a bare Scrapy spider, the incremental recrawl, and archive bytes per article.

Run: .venv/bin/python benchmarks/crawl.py [--n 10000] [--concurrency 16] [--latency-ms 0]
     [--workers 2[,0,...]] [--keep DIR]

Serves the synthetic site (``benchmarks/synthetic_site.py``, N articles in the replica's layout)
from its own process, then, in the same run and against the same server:

1. **bare**: a plain Scrapy spider doing the same traversal (robots.txt, home page, the nav's
   channels, each listing newest first with 下一页, every article) and discarding the pages;
2. **full**: ``incubator-crawler crawl cnfuhuaqi --base-url ...`` into a fresh archive (fetch,
   extract, normalise, store);
3. **incremental**: the same command again on the unchanged site;

each in its own process with the same concurrency, no delay and no AutoThrottle. ``--workers``
sets ``INCUBATOR_EXTRACT_WORKERS`` for the full crawl (default: unset, one per core); a list
(``2,0``) runs one full crawl per value, each into a fresh archive, all against the same bare run.
pages/s is Scrapy's ``response_received_count / elapsed_time_seconds`` (engine start to close;
process start-up is shown separately as wall time). Peak memory is the child's ``ru_maxrss``
(os.wait4), CPU ms/page its user + system CPU time (workers included: they are reaped within
the child) over the responses, process start-up included, and, since the full crawl has worker
processes, the peak of the RSS summed over the
child and all its descendants (sampled every 0.2 s with psutil; shared pages are counted once per
process, so it is an upper bound).
Then archive bytes per article, with the share of each table (SQLite ``dbstat``).

Targets (issue 7): full >= 0.8x bare pages/s, peak RSS < 400 MB; incremental requests only the
listing pages up to the first page of known articles per channel, zero article requests, in
< 5% of the full crawl's time.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_site import SiteProcess  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


class TreeRss:
    """Samples the RSS summed over a process and its descendants; ``peak`` in MB."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak = 0.0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.wait(0.2):
            total = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        total += proc.memory_info().rss
                        times = proc.cpu_times()
                        self.cpu[proc.pid] = times.user + times.system
                    except psutil.Error:
                        pass
            except psutil.Error:
                return
            self.peak = max(self.peak, total / 2**20)

    def descendants_cpu(self) -> float:
        """CPU seconds of the descendants, as last sampled."""
        return sum(cpu for pid, cpu in self.cpu.items() if pid != self.pid)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_child(args: list[str], log: Path) -> tuple[str, float, float, int, float]:
    """Run a child process; return (stdout, wall s, peak RSS MB, exit code, peak tree RSS MB)."""
    started = time.perf_counter()
    with open(log, "w") as err:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True, cwd=log.parent)
        tree = TreeRss(proc.pid)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        tree_peak = tree.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    global _LAST_CPU, _LAST_OWN_CPU
    # the child's own CPU (exact) plus its descendants' as last sampled (the extraction workers
    # are the fork server's children, which the child never reaps)
    _LAST_OWN_CPU = usage.ru_utime + usage.ru_stime
    _LAST_CPU = _LAST_OWN_CPU + tree.descendants_cpu()
    return out, wall, usage.ru_maxrss / 1024, proc.returncode, tree_peak


_LAST_CPU = _LAST_OWN_CPU = 0.0


def _measured(wall: float, rss: float, code: int, tree: float, stats: dict) -> dict:
    """A crawl's measurements, the CPU times of the child ``run_child`` ran last among them."""
    return {"wall": wall, "cpu": _LAST_CPU, "own_cpu": _LAST_OWN_CPU, "rss": rss, "tree": tree,
            "code": code, "stats": stats}  # fmt: skip


def common_settings(concurrency: int) -> dict[str, str]:
    return {
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "0",
        "CONCURRENT_REQUESTS": str(concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(concurrency),
        "LOG_LEVEL": "WARNING",
    }


def crawl_ours(
    base_url: str, db: Path, concurrency: int, log: Path, workers: str | None = None
) -> dict:
    args = [sys.executable, "-m", "incubator_crawler", "crawl", "cnfuhuaqi"]
    args += ["--base-url", base_url, "--db", str(db), "--json"]
    settings = common_settings(concurrency)
    if workers is not None:
        settings["INCUBATOR_EXTRACT_WORKERS"] = workers
    for name, value in settings.items():
        args += ["-s", f"{name}={value}"]
    out, wall, rss, code, tree = run_child(args, log)
    summary = json.loads(out.strip().splitlines()[-1])
    con = sqlite3.connect(db)
    stats = json.loads(
        con.execute("SELECT stats FROM crawl_runs WHERE id = ?", [summary["run_id"]]).fetchone()[0]
    )
    con.close()
    return {**_measured(wall, rss, code, tree, stats), "summary": summary}


def crawl_bare(base_url: str, concurrency: int, log: Path) -> dict:
    args = [sys.executable, str(Path(__file__).resolve()), "_bare", base_url, str(concurrency)]
    out, wall, rss, code, tree = run_child(args, log)
    stats = json.loads(out.strip().splitlines()[-1])
    return _measured(wall, rss, code, tree, stats)


def bare_main(base_url: str, concurrency: int) -> None:
    """The reference: same traversal as ListingSpider, pages discarded (runs in a child)."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from incubator_crawler.crawl.settings import USER_AGENT

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self):
            yield scrapy.Request(base_url, callback=self.parse_home)

        def parse_home(self, response):
            seen = set()
            for href in response.xpath('//div[@id="ctl00_Top1_divNav"]//a/@href').getall():
                if href not in seen:
                    seen.add(href)
                    yield response.follow(href, callback=self.parse_listing)

        def parse_listing(self, response):
            for href in response.xpath('//ul[@class="newslist"]/li/a/@href').getall():
                yield response.follow(href, callback=self.parse_article)
            nxt = response.xpath('//a[text()="下一页"]/@href').get()
            if nxt:
                yield response.follow(nxt, callback=self.parse_listing)

        def parse_article(self, response):
            return None

    settings = {
        "ROBOTSTXT_OBEY": True,
        "USER_AGENT": USER_AGENT,
        "TELNETCONSOLE_ENABLED": False,
        **common_settings(concurrency),
    }
    settings = {
        k: (int(v) if isinstance(v, str) and v.isdigit() else v) for k, v in settings.items()
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler)
    process.start()
    stats = {
        k: (v.isoformat() if hasattr(v, "isoformat") else v)
        for k, v in crawler.stats.get_stats().items()
    }
    print(json.dumps(stats, default=str))


def pages_per_s(stats: dict) -> float:
    return stats.get("response_received_count", 0) / stats["elapsed_time_seconds"]


def archive_size(db: Path) -> tuple[int, int, list[tuple[str, int]]]:
    con = sqlite3.connect(db)
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        rows = con.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    except sqlite3.OperationalError:
        rows = []
    con.close()
    size = db.stat().st_size + sum(
        p.stat().st_size for p in db.parent.glob(db.name + "-wal") if p.exists()
    )
    return size, articles, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles on the site")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency-ms", type=float, default=0.0, help="server delay per response")
    parser.add_argument(
        "--workers",
        help="INCUBATOR_EXTRACT_WORKERS for the full crawl (default: one per core);"
        " a comma-separated list runs one full crawl per value",
    )
    parser.add_argument("--keep", help="keep the archive and logs in this directory")
    args = parser.parse_args()
    worker_values = args.workers.split(",") if args.workers else [None]

    tmp = Path(args.keep or tempfile.mkdtemp(prefix="crawl-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    db = tmp / "archive.db"
    for p in tmp.glob("archive.db*"):
        p.unlink()
    with SiteProcess(args.n, latency_ms=args.latency_ms) as site:
        info = site.info
        print(
            f"site: {info['articles']} articles, {info['listing_pages']} listing pages in"
            f" {info['channels']} channels, article page {info['article_bytes_mean']} B mean,"
            f" rendered in {info['render_s']} s; latency {args.latency_ms:g} ms;"
            f" concurrency {args.concurrency}; {os.cpu_count()} CPUs"
        )
        bare = crawl_bare(site.base_url, args.concurrency, tmp / "bare.log")
        fulls = []
        for i, workers in enumerate(worker_values):
            if i:  # each full crawl into a fresh archive; the last one is kept for what follows
                for p in tmp.glob("archive.db*"):
                    p.unlink()
            label = f"full crawl (workers {workers if workers is not None else 'default'})"
            log = tmp / f"full-{workers}.log"
            fulls.append((label, crawl_ours(site.base_url, db, args.concurrency, log, workers)))
        full = fulls[-1][1]
        incr = crawl_ours(site.base_url, db, args.concurrency, tmp / "incremental.log")

    expected_listing = int(info["channels"])  # page 1 of each channel is all known
    print()
    print(
        "| run | pages | article pages | crawl s | pages/s | wall s (process) | peak RSS MB"
        " | peak tree RSS MB | CPU ms/page (crawler process) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in (("bare Scrapy", bare), *fulls, ("incremental", incr)):
        s = r["stats"]
        articles = s.get("incubator/article_pages", "-") if name != "bare Scrapy" else "-"
        print(
            f"| {name} | {s.get('response_received_count', 0)} | {articles} |"
            f" {s['elapsed_time_seconds']:.1f} | {pages_per_s(s):.1f} | {r['wall']:.1f} |"
            f" {r['rss']:.0f} | {r['tree']:.0f} |"
            f" {1000 * r['cpu'] / max(1, s.get('response_received_count', 0)):.1f}"
            f" ({1000 * r['own_cpu'] / max(1, s.get('response_received_count', 0)):.1f}) |"
        )
    print()
    target = 0.95 if args.latency_ms >= 100 else 0.8
    for label, r in fulls:
        ratio = pages_per_s(r["stats"]) / pages_per_s(bare["stats"])
        print(
            f"{label} / bare pages/s: {ratio:.2f}x (target >= {target:.2f}x)"
            f" -> {'MET' if ratio >= target else 'MISSED'}"
        )
        print(
            f"{label} peak RSS: {r['rss']:.0f} MB, process tree {r['tree']:.0f} MB"
            f" (target < 400 MB) -> {'MET' if r['tree'] < 400 else 'MISSED'}"
        )
    summ = full["summary"]
    print(
        f"full crawl stored: new {summ['new']}, rejected {summ['rejected']},"
        f" HTTP errors {summ['http_errors']}, finish {summ['finish_reason']}"
    )
    s = incr["stats"]
    requests = s.get("downloader/request_count", 0)
    article_pages = s.get("incubator/article_pages", 0)
    listing = s.get("incubator/listing_pages", 0)
    share = s["elapsed_time_seconds"] / full["stats"]["elapsed_time_seconds"]
    wall_share = incr["wall"] / full["wall"]
    print(
        f"incremental: {requests} requests = robots.txt + home + {listing} listing pages"
        f" (expected {expected_listing}: page 1 of each channel), {article_pages} article pages,"
        f" new {incr['summary']['new']}"
    )
    ok = listing <= expected_listing and article_pages == 0
    print(f"  requests target -> {'MET' if ok else 'MISSED'}")
    print(
        f"  time: {share:.1%} of the full crawl (crawl s), {wall_share:.1%} (process wall s)"
        f" (target < 5%) -> {'MET' if max(share, wall_share) < 0.05 else 'MISSED'}"
    )

    size, articles, tables = archive_size(db)
    print()
    print(
        f"archive: {size / 2**20:.1f} MB for {articles} articles = {size / articles:,.0f} bytes/article"
    )
    print(f"site article pages: {info['article_bytes_mean']} B mean as served")
    if tables:
        print("| table or index | MB | bytes/article | share |")
        print("|---|---|---|---|")
        total = sum(b for _, b in tables)
        for name, b in tables[:12]:
            print(f"| {name} | {b / 2**20:.1f} | {b / articles:,.0f} | {b / total:.1%} |")
    print(f"(archive and logs in {tmp})")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_bare":
        bare_main(sys.argv[2], int(sys.argv[3]))
    else:
        main()
