"""Write an export file: Arrow record batches as CSV or Parquet, JSON lines as they come.

Every byte goes through a :class:`HashingSink`, so the manifest's SHA-256 and size are known
when the last batch is written, without reading the file back.
"""

from __future__ import annotations

import codecs
import hashlib
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, BinaryIO, TypeVar

if TYPE_CHECKING:
    import pyarrow as pa

T = TypeVar("T")

#: Batches handed to the writing thread and not yet written: bounds memory at a few batches.
PIPELINE_DEPTH = 2

#: Columns worth a Parquet dictionary (few distinct values); the others are mostly unique, and
#: trying a dictionary on them first cost about a tenth of the Parquet writer's time.
PARQUET_DICTIONARY = (
    "site",
    "published_at",
    "published_precision",
    "author",
    "editor",
    "source",
    "category",
    "first_seen_at",
    "last_seen_at",
    "is_current",
)

#: Columns with Parquet min/max statistics: the short ones a reader filters on. Statistics of
#: bodies, titles and URLs (up to kilobytes each, in every page header and the footer) cost the
#: writer time and the file space and let no reader skip anything.
PARQUET_STATISTICS = (
    "id",
    "site",
    "published_at",
    "published_precision",
    "first_seen_at",
    "last_seen_at",
    "version",
    "duplicate_of",
    "is_current",
    "replaced_at",
)

#: Rows per Parquet row group: batches are gathered in the writing thread up to this many rows
#: (~35 MB of Arrow data at 20,000 articles), so memory stays flat. One row group per 2,000-row
#: batch spent ~10-20% more of the writer's time on per-group overhead and made readers open
#: 500 groups per million rows.
PARQUET_GROUP_ROWS = 20_000

#: Rows the reading thread may run ahead of the Parquet writer: a row group and a fifth. The
#: writer gathers a group's batches quickly and then encodes it for ~0.2 s without the GIL; with
#: only PIPELINE_DEPTH batches of read-ahead the reading thread stopped after two of them and
#: waited, so the threads ran one after the other (wall time = the sum of their CPU). With a
#: group's worth of read-ahead they overlap: 200,000 rows of the 1M archive, 40,000 -> 52,000-
#: 62,000 rows/s wall at the same CPU time (docs/benchmarks.md, "Export, third pass"). The
#: cost is up to ~12 pending batches of row tuples (~5 MB each) in memory, still flat.
PARQUET_READ_AHEAD_ROWS = 24_000


def pipelined(
    items: Iterable[T],
    write: Callable[[T], object],
    size: Callable[[T], int],
    *,
    ahead_rows: int = 0,
) -> int:
    """Call ``write`` on each item in a second thread while this thread produces the next ones.

    Reading rows out of SQLite (this thread) and encoding, compressing, hashing and writing them
    (Arrow, hashlib and file writes release the GIL) then run on two cores. This thread runs
    ahead by PIPELINE_DEPTH items, or by ``ahead_rows`` rows (by ``size``) if that is more.
    Items are written in order; an error in ``write`` is raised here. Returns the sum of ``size``
    over the items.
    """
    count = 0
    pending: deque[tuple[Future, int]] = deque()
    pending_rows = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-writer") as pool:
        try:
            for item in items:
                rows = size(item)
                pending.append((pool.submit(write, item), rows))
                count += rows
                pending_rows += rows
                while len(pending) > PIPELINE_DEPTH and pending_rows > ahead_rows:
                    future, rows = pending.popleft()
                    pending_rows -= rows
                    future.result()
            while pending:
                pending.popleft()[0].result()
        finally:
            for future, _ in pending:
                future.cancel()
    return count


#: Characters that make a spreadsheet run a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_PATTERN = "^[" + "".join("\\" + ch if ch in "-\\^]" else ch for ch in FORMULA_START) + "]"


def neutralize_batch(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Prefix each text cell that a spreadsheet would run as a formula with a single quote.

    The rule of ``export.neutralize_formula``, in Arrow kernels (one anchored regex test per
    cell), run in the writing thread rather than per cell in Python or in SQLite's thread.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column in batch.columns:
        if pa.types.is_string(column.type):
            hit = pc.match_substring_regex(column, _FORMULA_PATTERN)
            if pc.any(hit).as_py():
                quoted = pc.binary_join_element_wise("'", column, "")
                column = pc.if_else(hit, quoted, column)
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=batch.schema)


#: CSV line ending: RFC 4180's CRLF, what Python's csv module wrote before Arrow did.
CSV_EOL = "\r\n"


class HashingSink:
    """A writable binary file that hashes (SHA-256) and counts the bytes written through it."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self._digest = hashlib.sha256()
        self.bytes = 0
        self.closed = False

    def write(self, data) -> int:
        """Hash, count and write ``data`` (any bytes-like object)."""
        view = memoryview(data)
        self._digest.update(view)
        self.bytes += view.nbytes
        self._fh.write(view)
        return view.nbytes

    def tell(self) -> int:
        """Bytes written so far (Arrow asks, to place Parquet footers)."""
        return self.bytes

    def flush(self) -> None:
        """Flush the file underneath."""
        self._fh.flush()

    def writable(self) -> bool:
        """Always: this is an output."""
        return True

    def close(self) -> None:
        """Mark closed; the file underneath belongs to the caller, who closes it."""
        self.closed = True

    def hexdigest(self) -> str:
        """SHA-256 of everything written so far, in hex."""
        return self._digest.hexdigest()


def write_csv(
    batches: Iterable,
    schema: pa.Schema,
    sink,
    *,
    bom: bool = False,
    neutralize: bool = True,
    prepare: Callable[[list], pa.RecordBatch] | None = None,
) -> int:
    """Write record batches as CSV with a header row; returns the row count.

    Arrow's writer quotes every text cell and the header names (``"a""b"`` for a quote), leaves
    NULL cells empty and writes an empty string as ``""``; lines end in CRLF. Python's csv module
    reads back the same values as from the csv.writer files of earlier versions. ``neutralize``
    quotes formula cells (see :func:`neutralize_batch`). With ``prepare``, ``batches`` are lists
    of rows that ``prepare`` turns into record batches in the writing thread (see
    :func:`_prepared`).
    """
    import pyarrow.csv as pacsv

    if bom:
        sink.write(codecs.BOM_UTF8)
    options = pacsv.WriteOptions(eol=CSV_EOL)
    with pacsv.CSVWriter(sink, schema, write_options=options) as writer:

        def write(batch: pa.RecordBatch) -> None:
            writer.write_batch(neutralize_batch(batch) if neutralize else batch)

        return pipelined(batches, *_prepared(write, prepare))


def write_parquet(
    batches: Iterable,
    schema: pa.Schema,
    sink,
    *,
    prepare: Callable[[list], pa.RecordBatch] | None = None,
) -> int:
    """Write record batches as zstd Parquet in row groups of PARQUET_GROUP_ROWS; returns the row count.

    ``prepare``: as for :func:`write_csv`.

    zstd at Arrow's default level (1): level 3 made files ~25% smaller at ~40% more writer time,
    lz4 and snappy wrote ~1.5x faster but ~40% larger files, negative zstd levels as large
    (docs/benchmarks.md, "Export, second pass").
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    dictionary = [name for name in schema.names if name in PARQUET_DICTIONARY]
    statistics = [name for name in schema.names if name in PARQUET_STATISTICS]
    group: list[pa.RecordBatch] = []
    group_rows = 0
    with pq.ParquetWriter(
        sink,
        schema,
        compression="zstd",
        use_dictionary=dictionary,
        write_statistics=statistics,
    ) as writer:

        def flush() -> None:
            nonlocal group_rows
            if group:
                writer.write_table(pa.Table.from_batches(group, schema), row_group_size=group_rows)
                group.clear()
                group_rows = 0

        def write(batch: pa.RecordBatch) -> None:
            # Runs in the writing thread only: the group needs no lock.
            nonlocal group_rows
            group.append(batch)
            group_rows += batch.num_rows
            if group_rows >= PARQUET_GROUP_ROWS:
                flush()

        count = pipelined(batches, *_prepared(write, prepare), ahead_rows=PARQUET_READ_AHEAD_ROWS)
        flush()
        if count == 0:
            # An empty export is still a Parquet file with the schema and one empty row group.
            writer.write_batch(pa.RecordBatch.from_pylist([], schema=schema))
    return count


def write_lines(chunks: Iterable[tuple[bytes, int]], sink) -> int:
    """Write chunks of newline-terminated lines (bytes, line count); returns the line count."""
    return pipelined(chunks, lambda chunk: sink.write(chunk[0]), lambda chunk: chunk[1])


def _num_rows(batch: pa.RecordBatch) -> int:
    return batch.num_rows


def _prepared(
    write: Callable[[pa.RecordBatch], object], prepare: Callable[[list], pa.RecordBatch] | None
) -> tuple[Callable, Callable]:
    """The write and size functions for :func:`pipelined`, turning rows into a batch first.

    Building Arrow arrays from row tuples took ~15% of the reading thread, the export's slower
    side; in the writing thread it overlaps SQLite's next read.
    """
    if prepare is None:
        return write, _num_rows
    return (lambda rows: write(prepare(rows))), len
