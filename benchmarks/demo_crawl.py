"""Demo crawl and search latency on the demo archive, against references measured in the same run.

Run: .venv/bin/python benchmarks/demo_crawl.py

Prints the wall time of a full and an incremental demo crawl of the bundled replica (each in
its own process, as a user runs it), and p50/p95 latency of 1-, 2-, 3- and 6-character
Chinese searches against a LIKE '%q%' scan of the same archive.
"""

from __future__ import annotations

import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import search

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from reference_search import like_search_ids  # noqa: E402

QUERIES = {
    1: ["孵", "园", "策", "才"],
    2: ["孵化", "高新", "人才", "政策"],
    3: ["孵化器", "高新区", "众创空", "科技部"],
    6: ["科技企业孵化", "高新技术企业", "众创空间运营", "国家级科技企"],
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo(db: Path, port: int) -> tuple[float, dict]:
    started = time.perf_counter()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "incubator_crawler",
            "demo",
            "--db",
            str(db),
            "--port",
            str(port),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, json.loads(out.stdout)


def timed(fn, repeat: int = 50) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def pct(samples: list[float], q: float) -> float:
    return statistics.quantiles(samples, n=100)[int(q) - 1]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "archive.db"
        port = free_port()
        full_s, first = demo(db_path, port)
        incr_s, second = demo(db_path, port)
        print("| crawl | wall s (process) | crawl s | pages | article pages | new |")
        print("|---|---|---|---|---|---|")
        print(
            f"| full | {full_s:.2f} | {first['seconds']} | {first['pages_fetched']} | {first['article_pages']} | {first['new']} |"
        )
        print(
            f"| incremental | {incr_s:.2f} | {second['seconds']} | {second['pages_fetched']} | {second['article_pages']} | {second['new']} |"
        )
        print(f"incremental / full crawl time: {second['seconds'] / first['seconds']:.2f}")
        db = open_archive(db_path)
        print()
        print(
            f"| query length | search p50 ms | p95 ms | LIKE scan p50 ms | p95 ms | same results | ({first['new']} articles) |"
        )
        print("|---|---|---|---|---|---|---|")
        for length, queries in QUERIES.items():
            fts, like, same = [], [], True
            for q in queries:
                fts += timed(lambda q=q: search(db, q, limit=20))
                like += timed(lambda q=q: like_search_ids(db, q))
                same &= {r["id"] for r in search(db, q, limit=100_000)} == like_search_ids(db, q)
            print(
                f"| {length} | {pct(fts, 50):.3f} | {pct(fts, 95):.3f} | {pct(like, 50):.3f} | {pct(like, 95):.3f} | {same} | |"
            )
        db.close()


if __name__ == "__main__":
    main()
