"""How far the export's reading thread runs ahead of its writing thread (export_write.pipelined)."""

from __future__ import annotations

import threading

import pytest

from incubator_crawler.tools import export_write
from incubator_crawler.tools.export_write import pipelined


def _run(n_items: int, rows_each: int, ahead_rows: int) -> tuple[list[int], int, int]:
    """Pipeline ``n_items`` items; return what was written, the count and the largest lead.

    The lead is how many items had been handed over but not yet written when the producer made
    the next one: the bound on what the pipeline holds in memory.
    """
    written: list[int] = []
    lock = threading.Lock()
    lead = 0

    def items():
        nonlocal lead
        for i in range(n_items):
            with lock:
                lead = max(lead, i - len(written))
            yield i

    def write(item: int) -> None:
        with lock:
            written.append(item)

    count = pipelined(items(), write, lambda _: rows_each, ahead_rows=ahead_rows)
    return written, count, lead


@pytest.mark.parametrize(
    ("rows_each", "ahead_rows", "bound"), [(1000, 0, 2), (1000, 5000, 5), (2000, 24_000, 12)]
)
def test_reading_runs_ahead_by_at_most_the_bound(rows_each, ahead_rows, bound):
    written, count, lead = _run(40, rows_each, ahead_rows)
    assert written == list(range(40))
    assert count == 40 * rows_each
    assert lead <= bound


def test_reading_runs_a_row_group_ahead_while_the_writer_is_busy():
    # The writer is stuck on the first item until the producer has made the twelfth: with only
    # PIPELINE_DEPTH items of read-ahead that never happens (the wait times out, the test fails).
    twelfth_made = threading.Event()
    seen: list[bool] = []

    def items():
        for i in range(20):
            if i == 11:
                twelfth_made.set()
            yield i

    def write(item: int) -> None:
        if item == 0:
            seen.append(twelfth_made.wait(timeout=30))

    count = pipelined(
        items(), write, lambda _: 2000, ahead_rows=export_write.PARQUET_READ_AHEAD_ROWS
    )
    assert count == 40_000
    assert seen == [True]


def test_a_write_error_reaches_the_reader():
    def write(item: int) -> None:
        if item == 3:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        pipelined(iter(range(50)), write, lambda _: 1000, ahead_rows=24_000)
