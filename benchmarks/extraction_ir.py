"""The extraction cost ratio in instructions, for callgrind: stable on a loaded machine.

``benchmarks/extraction.py`` times CPU seconds, which swing by ±0.2x of a parse when other
processes share the cores. Instruction counts do not. This script runs the same 116 pages
(gold + magic_html zh) once untimed, then once through lxml parse-only inside ``sorted`` and
once through ``extract_normalized`` inside ``min``, so callgrind's inclusive counts of those two
C functions are the two loops and nothing else:

    valgrind --tool=callgrind --callgrind-out-file=OUT .venv/bin/python benchmarks/extraction_ir.py
    callgrind_annotate --inclusive=yes OUT | grep -E 'builtin_(sorted|min)'

ours / parse-only = Ir(builtin_min) / Ir(builtin_sorted). Run without valgrind, it only checks
that the pages load (a few seconds).

After the warm-up the process calls ``gc.freeze()``, as an extraction pool worker does at its
start and after its first page (``crawl/pool.py``): the cyclic collector then leaves the
imported modules and warm caches alone. ``--no-freeze`` measures without it (as before
2026-12-03's speed7 pass).
"""

from __future__ import annotations

import gc
import logging
import sys
import warnings
from typing import Any

from extraction import DEFAULT_MAGIC, GOLD_DIR, _fetched, _parse_only, chinese_magic_pages, run_ours
from scoring import load_gold


def main() -> int:
    """Warm up, then one parse-only loop (in ``sorted``) and one extraction loop (in ``min``)."""
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    pages = load_gold(GOLD_DIR) + chinese_magic_pages(DEFAULT_MAGIC)
    fetched = {id(p): _fetched(p) for p in pages}
    for p in pages:  # imports, regex compilation, caches that the timed runs also warm up
        run_ours(p, fetched[id(p)])
        _parse_only(p)
    if "--no-freeze" not in sys.argv[1:]:
        gc.freeze()

    def parse_key(p: dict[str, Any]) -> int:
        _parse_only(p)
        return 0

    def ours_key(p: dict[str, Any]) -> int:
        run_ours(p, fetched[id(p)])
        return 0

    sorted(pages, key=parse_key)
    min(pages, key=ours_key)
    print(f"{len(pages)} pages: parse-only in builtin_sorted, ours in builtin_min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
