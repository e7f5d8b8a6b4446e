"""Fuzz the extractor: 10,000 seeded mutations of the gold and fixture pages, 0 exceptions, none over 1 s.

Run from the repository root::

    .venv/bin/python benchmarks/fuzz.py [--pages 10000] [--seed 11]

Prints the number of pages, the exceptions (with the seed and case index that re-make each
one) and the slowest pages; exit 1 when any page raised or took over ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from mutations import cases, load_pages, run_case  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    """Run the fuzz and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--max-seconds", type=float, default=1.0)
    args = parser.parse_args(argv)
    pages = load_pages([REPO / "tests" / "gold", REPO / "tests" / "fixtures"])
    started = time.perf_counter()
    outcomes = [run_case(case) for case in cases(pages, args.pages, args.seed)]
    elapsed = time.perf_counter() - started
    errors = [o for o in outcomes if o.error]
    slow = [o for o in outcomes if o.seconds > args.max_seconds]
    used = Counter(m.split(":")[0] for o in outcomes for m in o.case.mutations)
    print(f"{len(outcomes)} pages from {len(pages)} originals, seed {args.seed}, {elapsed:.1f} s")
    print(f"exceptions: {len(errors)}; over {args.max_seconds} s: {len(slow)}")
    print("mutations: " + ", ".join(f"{name} {n}" for name, n in sorted(used.items())))
    for outcome in errors[:20]:
        case = outcome.case
        print(
            f"  case {case.index} ({Path(case.source).name}, {'+'.join(case.mutations)}): {outcome.error}"
        )
    print("slowest:")
    for outcome in sorted(outcomes, key=lambda o: -o.seconds)[:5]:
        case = outcome.case
        print(
            f"  {outcome.seconds:.3f} s  case {case.index}  {len(case.body):,} bytes  "
            f"{Path(case.source).name}  {'+'.join(case.mutations)}"
        )
    return 1 if errors or slow else 0


if __name__ == "__main__":
    sys.exit(main())
