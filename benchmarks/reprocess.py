"""reprocess with N extraction workers against one worker, on the same archive, in the same run.

Run: .venv/bin/python benchmarks/reprocess.py [--n 2000] [--workers 1,2] [--repeat 2]
     [--stale 0.1] [--keep DIR]

Builds an archive of the synthetic site's N article pages (``benchmarks/synthetic_site.py``,
stored through the archive writer as a crawl would store them), marks a share ``--stale`` of them
as extracted by an older extractor (another title and content hash, so they become new versions,
as after an upgrade), then times ``reprocess`` on a fresh copy of that archive for each value of
``--workers``, interleaved, ``--repeat`` rounds. Prints articles/s for each run and, per round,
each value's speed as a ratio to the first value's (one worker by default), and the CPU time
the parent process itself used per article (reading, sending, comparing, writing): with W
workers the run cannot go faster than the parent allows.

Target (issue 14): 2 workers >= 1.8x one worker on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_site import Site  # noqa: E402

from incubator_crawler.archive.db import open_archive  # noqa: E402
from incubator_crawler.archive.writer import ArchiveWriter  # noqa: E402
from incubator_crawler.article.published import SHANGHAI  # noqa: E402
from incubator_crawler.crawl.pool import (  # noqa: E402
    ProcessPool,
    item_from_result,
    page_job,
)
from incubator_crawler.items import ArticleItem  # noqa: E402
from incubator_crawler.tools.reprocess import reprocess  # noqa: E402

BASE = "http://127.0.0.1:8765"


def build(path: Path, n: int, stale: float) -> int:
    """Store the synthetic site's article pages in a new archive; returns the article count."""
    site = Site(n)
    fetched = datetime(2026, 11, 28, 12, 0, tzinfo=SHANGHAI)
    jobs = [
        page_job(
            body,
            BASE + url_path,
            headers=dict(headers),
            site="cnfuhuaqi",
            site_name="中国孵化器网",
            fetched_at=fetched,
        )
        for url_path, (status, headers, body) in site.responses.items()
        if "/show/" in url_path and status == 200
    ]
    db = open_archive(path)
    writer = ArchiveWriter(db, batch_size=200)
    writer.start_run("cnfuhuaqi")
    with ProcessPool(os.cpu_count() or 1) as pool:
        for job, result in zip(jobs, pool.map(jobs), strict=True):
            item: ArticleItem = item_from_result(result, job["body"])
            writer.add_article(
                {f: getattr(item, f) for f in item.__dataclass_fields__}, result["archive"]
            )
    writer.finish_run("finished", {})
    every = max(1, round(1 / stale)) if stale else 0
    if every:
        db.execute(
            "UPDATE articles SET title = '旧标题', content_hash = 'old' WHERE id % ? = 0", [every]
        )
        db.conn.commit()
    db.close()
    return len(jobs)


def main() -> None:
    """Build the archive, then time reprocess per worker count, interleaved."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles in the archive")
    parser.add_argument(
        "--workers", default="1,2", help="worker counts, the first is the reference"
    )
    parser.add_argument("--repeat", type=int, default=2, help="rounds (each runs every count)")
    parser.add_argument("--stale", type=float, default=0.1, help="share of articles to re-version")
    parser.add_argument("--keep", help="keep the archives in this directory")
    args = parser.parse_args()
    counts = [int(w) for w in args.workers.split(",")]

    tmp = Path(args.keep or tempfile.mkdtemp(prefix="reprocess-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    source = tmp / "source.db"
    for p in tmp.glob("*.db*"):
        p.unlink()
    started = time.perf_counter()
    articles = build(source, args.n, args.stale)
    print(
        f"archive: {articles} articles, {args.stale:.0%} stale, built in"
        f" {time.perf_counter() - started:.1f} s; {os.cpu_count()} CPUs"
    )
    print()
    print(
        "| round | workers | seconds | articles/s | changed | parent CPU ms/article"
        f" | ratio to {counts[0]} |"
    )
    print("|---|---|---|---|---|---|---|")
    ratios: dict[int, list[float]] = {w: [] for w in counts}
    for round_no in range(1, args.repeat + 1):
        rates = {}
        for workers in counts:
            copy = tmp / f"run-{workers}.db"
            for p in tmp.glob(f"run-{workers}.db*"):
                p.unlink()
            shutil.copy(source, copy)
            db = open_archive(copy)
            t0, cpu0 = time.perf_counter(), time.process_time()
            result = reprocess(db, workers=workers)
            seconds = time.perf_counter() - t0
            cpu = time.process_time() - cpu0
            db.close()
            rates[workers] = result["articles"] / seconds
            ratio = rates[workers] / rates[counts[0]]
            ratios[workers].append(ratio)
            print(
                f"| {round_no} | {workers} | {seconds:.1f} | {rates[workers]:.1f} |"
                f" {result['changed']} | {1000 * cpu / result['articles']:.2f} | {ratio:.2f}x |"
            )
    print()
    for workers in counts[1:]:
        shown = ", ".join(f"{r:.2f}x" for r in ratios[workers])
        verdict = "MET" if workers == 2 and min(ratios[workers]) >= 1.8 else ""
        if workers == 2 and not verdict:
            verdict = "MISSED" if max(ratios[workers]) < 1.8 else "MET in some rounds"
        target = " (target >= 1.80x)" if workers == 2 else ""
        print(f"{workers} workers / {counts[0]}: {shown}{target} {verdict}".rstrip())
    print(f"(archives in {tmp})")


if __name__ == "__main__":
    main()
