"""Export throughput and memory: CSV, Parquet and JSONL against a bare SELECT in the same run.

Run: .venv/bin/python benchmarks/export.py                      (100k articles, generated)
     .venv/bin/python benchmarks/export.py --n 1000000 --db PATH (1M; ~2.3 GB, kept at PATH)

The archive is the one of benchmarks/search_export.py (same generator and seed), without the
search indexes, which an export never reads (``--db`` also takes an archive that has them).
Each export runs in a fresh process through the CLI (``incubator-crawler export --format F``,
the whole archive), timed from the command's start to its end, manifest included. The reference,
in a fresh process too: the export's own SELECT (the same columns, filters and order) read with
``fetchmany(2000)`` and nothing else, which is the least any Python export of these rows costs.
Each figure is printed as rows/s and as a ratio to that reference, by wall time and by CPU time
(process time, all threads: steadier than wall time on a shared machine), with the peak RSS and
the RSS of a process that has only imported the export code. The export reads SQLite in its main
thread and encodes, hashes and writes in a second one: "reading / writing thread" splits its CPU
time between the two (main thread vs the rest); with a free core for each, the slower of the two
bounds the wall-clock rate.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_export import generate  # noqa: E402

FORMATS = ("csv", "parquet", "jsonl")
#: As export_read.EXPORT_MMAP_BYTES (kept here so the script also measures older code).
EXPORT_MMAP_BYTES = 1 << 40

SAMPLER = """
import threading
PEAK = {"RssAnon": 0, "RssFile": 0}
def _sample():
    # ru_maxrss counts mapped archive pages (clean, shared page cache) with the process's own
    # memory; RssAnon is the memory the process itself allocated. Sampled every 20 ms.
    while True:
        with open("/proc/self/status") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in PEAK:
                    PEAK[key] = max(PEAK[key], int(value.split()[0]))
        threading.Event().wait(0.02)
threading.Thread(target=_sample, daemon=True).start()
"""

EXPORT = (
    SAMPLER
    + """
import resource, sys, time
from click.testing import CliRunner
from incubator_crawler.cli import cli
started, cpu, main = time.perf_counter(), time.process_time(), time.thread_time()
result = CliRunner().invoke(cli, sys.argv[1:], catch_exceptions=False)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
main = time.thread_time() - main
assert result.exit_code == 0, result.output
print(seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, main,
      PEAK["RssAnon"], PEAK["RssFile"])
"""
)

BASELINE = (
    SAMPLER
    + """
import resource, sys, time
from incubator_crawler.archive.db import open_archive_readonly
from incubator_crawler.archive.queries import EXPORT_FIELDS, article_query
db = open_archive_readonly(sys.argv[1])
db.conn.execute(f"PRAGMA mmap_size = {int(sys.argv[2])}")
sql, params, _ = article_query(db, fields=tuple(EXPORT_FIELDS), provenance=True)
started, cpu = time.perf_counter(), time.process_time()
cursor, rows = db.conn.execute(sql, params), 0
while batch := cursor.fetchmany(2000):
    rows += len(batch)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
print(seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rows,
      PEAK["RssAnon"], PEAK["RssFile"])
"""
)

IMPORTS_ONLY = """
import resource
import incubator_crawler.cli, incubator_crawler.tools.export, pyarrow.csv, pyarrow.parquet
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, *args: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; its last stdout line, split."""
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return proc.stdout.split("\n")[-2].split()


def best(runs: list[dict]) -> dict:
    """The run with the least wall time (the one least disturbed by other work)."""
    return min(runs, key=lambda r: r["seconds"])


def measure(
    path: Path, out_dir: Path, repeats: int, formats: tuple[str, ...] = FORMATS
) -> tuple[dict, dict, list[dict]]:
    baselines = []
    # The export reads through a memory map (export_read.mapped); the second reference does too.
    for mmap in (0, EXPORT_MMAP_BYTES):
        runs = []
        for _ in range(repeats):
            seconds, cpu, maxrss, rows, anon, mapped = run(BASELINE, str(path), str(mmap))
            runs.append(
                {
                    "seconds": float(seconds),
                    "cpu": float(cpu),
                    "rss": int(maxrss),
                    "rows": int(rows),
                    "anon": int(anon),
                    "file": int(mapped),
                }
            )
        baselines.append(best(runs))
    baseline, mapped_baseline = baselines
    results = []
    for fmt in formats:
        runs = []
        for _ in range(repeats):
            out = out_dir / f"export.{fmt}"
            seconds, cpu, maxrss, main, anon, mapped = run(
                EXPORT, "export", "--db", str(path), "--format", fmt, "--out", str(out)
            )
            manifest = json.loads(Path(str(out) + ".manifest.json").read_text("utf-8"))
            runs.append(
                {
                    "format": fmt,
                    "rows": manifest["rows"],
                    "seconds": float(seconds),
                    "cpu": float(cpu),
                    "main": float(main),
                    "rss": int(maxrss),
                    "anon": int(anon),
                    "file": int(mapped),
                    "bytes": manifest["bytes"],
                }
            )
            out.unlink()
        results.append(best(runs))
    return baseline, mapped_baseline, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles to generate (100000)")
    parser.add_argument(
        "--db", type=Path, help="reuse/keep the archive here (generated if missing)"
    )
    parser.add_argument("--repeats", type=int, default=1, help="runs of each; the fastest counts")
    parser.add_argument(
        "--formats", default=",".join(FORMATS), help="comma-separated (csv,parquet,jsonl)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            print(f"generating {args.n:,} articles (no search index)…", file=sys.stderr)
            seconds = generate(path, args.n, index=False)
            print(f"generated in {seconds:.0f} s", file=sys.stderr)
        baseline, mapped_baseline, results = measure(
            path, Path(tmp), args.repeats, tuple(args.formats.split(","))
        )
    imports_mb = int(run(IMPORTS_ONLY)[0]) / 1024
    rows = baseline["rows"]
    base_wall, base_cpu = rows / baseline["seconds"], rows / baseline["cpu"]
    print(f"\nArchive: {path.stat().st_size / 1e6:,.0f} MB, {rows:,} articles exported")
    print(f"RSS after imports only: {imports_mb:.0f} MB\n")
    print(
        "| what | seconds | rows/s | ratio to SELECT | rows/s by CPU time | ratio by CPU"
        " | reading / writing thread, rows/s of CPU | peak RSS (MB) | peak anonymous / file-backed"
        " RSS (MB) | file (MB) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| bare SELECT + fetchmany | {baseline['seconds']:.1f} | {base_wall:,.0f} | 1.00 |"
        f" {base_cpu:,.0f} | 1.00 | | {baseline['rss'] / 1024:.0f} |"
        f" {baseline['anon'] / 1024:.0f} / {baseline['file'] / 1024:.0f} | |"
    )
    m = mapped_baseline
    print(
        f"| bare SELECT + fetchmany, mmap | {m['seconds']:.1f} | {rows / m['seconds']:,.0f} |"
        f" {baseline['seconds'] / m['seconds']:.2f} | {rows / m['cpu']:,.0f} |"
        f" {baseline['cpu'] / m['cpu']:.2f} | | {m['rss'] / 1024:.0f} |"
        f" {m['anon'] / 1024:.0f} / {m['file'] / 1024:.0f} | |"
    )
    for r in results:
        assert r["rows"] == rows, (r, rows)
        wall, cpu = rows / r["seconds"], rows / r["cpu"]
        other = r["cpu"] - r["main"]
        # An export without a writing thread (an older version) has no second figure.
        writing = f"{rows / other:,.0f}" if other > 0.02 * r["cpu"] else "none"
        print(
            f"| export {r['format']} | {r['seconds']:.1f} | {wall:,.0f} | {wall / base_wall:.2f} |"
            f" {cpu:,.0f} | {cpu / base_cpu:.2f} | {rows / r['main']:,.0f} / {writing} |"
            f" {r['rss'] / 1024:.0f} | {r['anon'] / 1024:.0f} / {r['file'] / 1024:.0f} |"
            f" {r['bytes'] / 1e6:,.0f} |"
        )


if __name__ == "__main__":
    main()
