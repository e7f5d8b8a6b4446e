"""Search latency and export throughput on a generated archive of N articles.

Run: .venv/bin/python benchmarks/search_export.py            (100k articles)
     .venv/bin/python benchmarks/search_export.py --n 1000000 (1M; ~15 GB free disk, long)

Builds (or reuses, with --db) an archive of N synthetic Chinese articles (titles of 8-30 and
bodies of 300-1,000 characters: 15% of the words from an incubator-news vocabulary, the rest
pseudo-words over 3,500 CJK characters; 3 sites, 12 sources, 4 categories, dates 2015-2024) through the same schema, index encoding and migrations as a crawl, then prints:

- p50/p95 latency of 1-, 2-, 3- and 6-character queries: ranked ``search`` (top 20, as the CLI),
  all matching ids from the FTS index, and the ``LIKE '%q%'`` scan that returns the same ids;
- export rows/s and peak RSS for Parquet and CSV, each in a fresh process (the whole archive and
  a 10% slice, to show that memory does not grow with the number of rows); benchmarks/export.py
  measures exports in more detail, against a bare SELECT in the same run.

Articles are inserted in bulk (not through ArchiveWriter, whose per-article reprint fingerprint
would make generation slow); the index content is byte-identical to what ArchiveWriter writes.
"""

from __future__ import annotations

import argparse
import json
import random
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

from incubator_crawler.archive.search_index import encode_bigrams, encode_text, match_expression

QUERIES = {
    1: ["孵", "园", "策", "才", "投"],
    2: ["孵化", "高新", "人才", "政策", "基金"],
    3: ["孵化器", "高新区", "众创空", "科技部", "加速器"],
    6: ["科技企业孵化", "高新技术企业", "众创空间运营", "国家级科技企", "成果转化平台"],
}

WORDS = (
    "孵化器 高新区 众创空间 科技企业 人才 政策 补贴 园区 创业 投资 基金 项目 专利 成果 转化 产业 集群 "
    "服务 平台 载体 双创 示范 基地 申报 认定 评价 考核 运营 导师 路演 加速器 国家级 省级 市级 科技部 "
    "工信部 发改委 管委会 企业 发展 推动 建设 创新 合作 签约 落地 培育 引进 团队 高层次 研发 中心 "
    "实验室 数字经济 人工智能 新材料 生物医药 集成电路 新能源 智能制造 高新技术企业 瞪羚 独角兽 "
    "上市 融资 天使 风险投资 税收 优惠 房产税 土地 使用税 增值税 免征 通知 意见 办法 实施 细则 "
    "近日 记者 获悉 今年 以来 累计 同比 增长 亿元 万元 家 个 项 的 了 和 在 是 为 对 与 将 已 并"
).split()
PUNCT = "，，，。、；"
SITES = ["cnfuhuaqi", "wehdz", "zgc"]
SOURCES = [
    "济南高新区",
    "科技日报",
    "中国高新网",
    "光明日报",
    "东湖高新区",
    "中关村管委会",
    "经济日报",
    "人民网",
    "新华网",
    "科技部火炬中心",
    "上海科技",
    "深圳特区报",
]
CATEGORIES = [
    "新闻动态 > 园区动态",
    "新闻动态 > 行业新闻",
    "政策法规 > 国家政策",
    "政策法规 > 地方政策",
]


def filler_words(seed: int = 7, size: int = 20_000) -> list[str]:
    """Pseudo-words of 1-4 characters from 3,500 CJK characters: the rest of a news text."""
    rng = random.Random(seed)
    chars = [chr(0x4E00 + i) for i in range(0, 3500 * 5, 5)]
    return [
        "".join(rng.choice(chars) for _ in range(rng.choice((1, 2, 2, 2, 3, 4))))
        for _ in range(size)
    ]


FILLER = filler_words()
#: Share of words from the incubator vocabulary (the rest is filler), so queries have realistic hit rates.
DOMAIN_SHARE = 0.15


def sentence(rng: random.Random, chars: int) -> str:
    out: list[str] = []
    n = 0
    while n < chars:
        word = rng.choice(WORDS) if rng.random() < DOMAIN_SHARE else rng.choice(FILLER)
        out.append(word)
        n += len(word)
        if rng.random() < 0.12:
            out.append(rng.choice(PUNCT))
            n += 1
    return "".join(out)


def generate(path: Path, n: int, seed: int = 20241128, *, index: bool = True) -> float:
    """Create an archive of ``n`` articles at ``path``; returns seconds taken.

    ``index=False`` leaves the search indexes empty (the articles are the same): an export
    never reads them, and building them is most of the time at 1M articles.
    """
    started = time.perf_counter()
    rng = random.Random(seed)
    db = open_archive(path)
    db.execute(
        "INSERT INTO crawl_runs (site, mode, started_at, finished_at, finish_reason, tool_version)"
        " VALUES ('synthetic', 'bench', '2025-01-01', '2025-01-01', 'finished', 'bench')"
    )
    conn = db.conn
    batch = 5000
    for start in range(0, n, batch):
        articles, search_rows, pairs = [], [], []
        for i in range(start, min(n, start + batch)):
            title = sentence(rng, rng.randint(8, 30))
            paragraphs = [
                sentence(rng, rng.randint(60, 250)) + "。" for _ in range(rng.randint(2, 6))
            ]
            body = "\n\n".join(paragraphs)[: rng.randint(300, 1000)]
            date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            articles.append(
                (
                    i + 1,
                    f"http://{SITES[i % 3]}.test/news/{i}.html",
                    SITES[i % 3],
                    title,
                    date,
                    "day",
                    rng.choice(SOURCES),
                    rng.choice(CATEGORIES),
                    body,
                    f"h{i}",
                    1,
                    "2025-01-01",
                    "2025-01-01",
                    1,
                    1,
                )
            )
            if index:
                search_rows.append((i + 1, encode_text(title), encode_text(body)))
                pairs.append((i + 1, encode_bigrams(title), encode_bigrams(body)))
        with db.atomic():
            conn.executemany(
                "INSERT INTO articles (id, url, site, title, published_at, published_precision, source,"
                " category, body, content_hash, version, first_seen_at, last_seen_at, first_run_id,"
                " last_run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                articles,
            )
            conn.executemany(
                "INSERT INTO articles_search (rowid, title, body) VALUES (?, ?, ?)", search_rows
            )
            conn.executemany(
                "INSERT INTO articles_search2 (rowid, title, body) VALUES (?, ?, ?)", pairs
            )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return time.perf_counter() - started


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def time_calls(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def bench_search(path: Path, repeats: int) -> list[dict]:
    db = open_archive(path, create=False)
    rows = []
    for length, queries in QUERIES.items():
        ranked, ids, like, hits = [], [], [], []
        for query in queries:
            expression = match_expression([query], [])
            search(db, query)  # warm the page cache
            ranked += time_calls(lambda q=query: search(db, q, limit=20), repeats)
            ids += time_calls(
                lambda e=expression: db.execute(
                    "SELECT rowid FROM articles_search WHERE articles_search MATCH ?", [e]
                ).fetchall(),
                repeats,
            )
            like += time_calls(lambda q=query: like_search_ids(db, q), max(1, repeats // 3))
            found = {
                r[0]
                for r in db.execute(
                    "SELECT rowid FROM articles_search WHERE articles_search MATCH ?", [expression]
                )
            }
            like_ids = like_search_ids(db, query)
            assert found == like_ids, query  # same answer, or the timing is moot
            # search() itself, with the pair index for 2+ characters, must give the same set.
            assert {r["id"] for r in search(db, query, limit=10**9)} == like_ids, query
            hits.append(len(found))
        rows.append(
            {
                "chars": length,
                "median_hits": int(statistics.median(hits)),
                "ranked_p50": pct(ranked, 0.5),
                "ranked_p95": pct(ranked, 0.95),
                "ids_p50": pct(ids, 0.5),
                "ids_p95": pct(ids, 0.95),
                "like_p50": pct(like, 0.5),
                "like_p95": pct(like, 0.95),
            }
        )
    db.close()
    return rows


CHILD = """
import resource, sys, time
from click.testing import CliRunner
from incubator_crawler.cli import cli
started, cpu = time.perf_counter(), time.process_time()
result = CliRunner().invoke(cli, sys.argv[1:], catch_exceptions=False)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
assert result.exit_code == 0, result.output
print(seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

BASELINE = """
import resource, sys
import incubator_crawler.cli, incubator_crawler.tools.export
if sys.argv[1] == "parquet":
    import pyarrow.parquet
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def baseline_rss_mb(fmt: str) -> float:
    """Peak RSS of a process that only imports what an export of ``fmt`` imports."""
    proc = subprocess.run(
        [sys.executable, "-c", BASELINE, fmt], capture_output=True, text=True, check=True
    )
    return int(proc.stdout) / 1024


def bench_export(path: Path, out_dir: Path, total: int) -> list[dict]:
    rows = []
    for fmt in ("parquet", "csv"):
        for label, extra in (("10%", ["--since", "2024-01-01"]), ("all", [])):
            out = out_dir / f"export.{fmt}"
            proc = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    CHILD,
                    "export",
                    "--db",
                    str(path),
                    "--format",
                    fmt,
                    "--out",
                    str(out),
                    *extra,
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds, cpu, maxrss = proc.stdout.split()
            manifest = json.loads(Path(str(out) + ".manifest.json").read_text("utf-8"))
            rows.append(
                {
                    "format": fmt,
                    "slice": label,
                    "rows": manifest["rows"],
                    "seconds": float(seconds),
                    "rows_per_s": manifest["rows"] / float(seconds),
                    # CPU seconds of the export alone: steadier than wall time on a shared machine.
                    "cpu_rows_per_s": manifest["rows"] / float(cpu),
                    "peak_rss_mb": int(maxrss) / 1024,
                    "baseline_rss_mb": baseline_rss_mb(fmt),
                    "file_mb": manifest["bytes"] / 1e6,
                }
            )
            out.unlink()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--n", type=int, default=100_000, help="articles to generate (default 100000)"
    )
    parser.add_argument(
        "--db", type=Path, help="reuse/keep the archive here (generated if missing)"
    )
    parser.add_argument("--repeats", type=int, default=9, help="timed runs per query")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            print(f"generating {args.n:,} articles…", file=sys.stderr)
            seconds = generate(path, args.n)
            print(
                f"generated in {seconds:.0f} s ({path.stat().st_size / 1e6:.0f} MB)",
                file=sys.stderr,
            )
        db = open_archive(path, create=False)
        count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        size = path.stat().st_size / 1e6
        db.close()
        print(f"\nArchive: {count:,} articles, {size:,.0f} MB\n")
        print(
            "| query chars | median hits | search top-20 p50 / p95 (ms) | FTS all ids p50 / p95 (ms)"
            " | LIKE scan p50 / p95 (ms) |"
        )
        print("|---|---|---|---|---|")
        for row in bench_search(path, args.repeats):
            print(
                f"| {row['chars']} | {row['median_hits']:,} | {row['ranked_p50']:.1f} / {row['ranked_p95']:.1f}"
                f" | {row['ids_p50']:.1f} / {row['ids_p95']:.1f} | {row['like_p50']:.0f} / {row['like_p95']:.0f} |"
            )
        print(
            "\n| format | rows | seconds | rows/s | rows/s by CPU time | peak RSS (MB)"
            " | RSS after imports only (MB) | file (MB) |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for row in bench_export(path, Path(tmp), count):
            print(
                f"| {row['format']} ({row['slice']}) | {row['rows']:,} | {row['seconds']:.1f} |"
                f" {row['rows_per_s']:,.0f} | {row['cpu_rows_per_s']:,.0f} | {row['peak_rss_mb']:.0f}"
                f" | {row['baseline_rss_mb']:.0f} |"
                f" {row['file_mb']:.0f} |"
            )


if __name__ == "__main__":
    main()
