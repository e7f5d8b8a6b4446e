"""Read an export's rows out of SQLite as Arrow record batches, and note what they cover.

Text is fetched as UTF-8 bytes (``text_factory = bytes``) and handed to Arrow as it is: no
``str`` is decoded from SQLite and encoded again for Arrow, which was most of the cost of
reading a row. The bytes are SQLite's own UTF-8, which the archive's writers put there from
Python strings, so Arrow views them as strings without a second check.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

#: Export columns that hold numbers, never text a spreadsheet could run.
NUMERIC_FIELDS = frozenset({"id", "version", "duplicate_of", "is_current"})


def column_type(name: str) -> pa.DataType:
    """Arrow type of an export (or bookkeeping) column: int64 for ids and counters, else string."""
    if name in NUMERIC_FIELDS or name in ("_first_run", "_last_run", "_id", "_v"):
        return pa.int64()
    return pa.string()


def arrow_schema(fields: list[str]) -> pa.Schema:
    """The Arrow schema of an export with these columns."""
    return pa.schema([(name, column_type(name)) for name in fields])


@contextmanager
def text_as_bytes(conn: sqlite3.Connection) -> Iterator[None]:
    """Let ``conn`` return TEXT as UTF-8 bytes for the duration, then restore its text factory."""
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        yield
    finally:
        conn.text_factory = previous


#: ``PRAGMA mmap_size`` while an export reads: SQLite caps it at its compile-time limit (2 GB in
#: the usual builds), beyond which it reads the rest of the file with read() as before.
EXPORT_MMAP_BYTES = 1 << 40


@contextmanager
def mapped(conn: sqlite3.Connection) -> Iterator[None]:
    """Let SQLite read ``conn``'s database through a memory map for the duration, then restore it.

    At 1M articles this took the reading thread's system time from ~4 s to ~0.7 s (a read()
    call per 4 kB page) and its rate from ~58,000 to ~70,000 rows/s of CPU. The mapped pages are
    the archive's clean page-cache pages: they count toward the process's RSS as file-backed
    memory (up to the archive's size), while its own (anonymous) memory stays flat; the page
    cache holds the same pages when they are read with read(), just not counted to the process.
    """
    previous = conn.execute("PRAGMA mmap_size").fetchone()[0]
    conn.execute(f"PRAGMA mmap_size = {EXPORT_MMAP_BYTES}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA mmap_size = {int(previous)}")


def _array(values: tuple, kind: pa.DataType) -> pa.Array:
    if kind == pa.string():
        # bytes -> binary array (a memcpy per cell), then the same buffers seen as UTF-8 text.
        return pa.array(values, type=pa.binary()).view(pa.string())
    return pa.array(values, type=kind)


def query_rows(
    conn: sqlite3.Connection, sql: str, params: list[Any], batch_rows: int
) -> Iterator[list[tuple]]:
    """The rows of ``sql`` in lists of at most ``batch_rows`` tuples."""
    cursor = conn.execute(sql, params)
    while rows := cursor.fetchmany(batch_rows):
        yield rows


def rows_by_ids(
    conn: sqlite3.Connection,
    keys_sql: str,
    params: list[Any],
    rows_sql: str,
    id_column: int,
    batch_rows: int,
) -> Iterator[list[tuple]]:
    """The rows of ``rows_sql`` for the ids of ``keys_sql``, in that order, ``batch_rows`` at a time.

    ``keys_sql`` filters and sorts ids only; ``rows_sql`` reads whole rows for a JSON array of
    ids. An ``ORDER BY`` over whole rows made SQLite copy every row (2 kB of text each) into its
    sorter and spill it to temporary files at 1M rows; sorting ids costs a fraction of that. Both
    statements run on one connection while ``keys_sql`` is open, so they read one snapshot.
    """
    keys = conn.execute(keys_sql, params)
    while ids := [row[0] for row in keys.fetchmany(batch_rows)]:
        rows = conn.execute(rows_sql, [json.dumps(ids)]).fetchall()
        if [row[id_column] for row in rows] != ids:
            # The CROSS JOIN keeps the array's order; should a query plan ever not, sort here.
            by_id = {row[id_column]: row for row in rows}
            rows = [by_id[i] for i in ids if i in by_id]
        yield rows


def batch_converter(
    names: list[str], fields: list[str], provenance: Provenance | None = None
) -> Callable[[list[tuple]], pa.RecordBatch]:
    """A function turning one list of row tuples (columns ``names``, text as bytes) into a batch of ``fields``.

    ``provenance`` sees every column of each batch, the bookkeeping ones (``_first_run``...)
    included, before they are dropped.
    """
    schema = arrow_schema(fields)
    kinds = [column_type(name) for name in names]

    def convert(rows: list[tuple]) -> pa.RecordBatch:
        columns = dict(
            zip(
                names,
                (
                    _array(values, kind)
                    for values, kind in zip(zip(*rows, strict=True), kinds, strict=True)
                ),
                strict=True,
            )
        )
        if provenance is not None:
            provenance.watch(columns)
        return pa.RecordBatch.from_arrays([columns[name] for name in fields], schema=schema)

    return convert


def row_columns(
    rows: list[tuple], names: list[str], wanted: tuple[str, ...]
) -> dict[str, pa.Array]:
    """Arrow arrays of the ``wanted`` columns of row tuples (bytes text), for :class:`Provenance`."""
    columns = list(zip(*rows, strict=True))
    return {
        name: _array(columns[i], column_type(name))
        for i, name in enumerate(names)
        if name in wanted
    }


#: The columns :class:`Provenance` reads.
PROVENANCE_COLUMNS = (
    "_first_run",
    "_last_run",
    "published_at",
    "first_seen_at",
    "last_seen_at",
    "site",
)


class Provenance:
    """What the exported rows cover (runs, date ranges, sites), collected as batches stream past.

    Each batch costs a few Arrow kernels (min/max, unique) over its columns, not a Python loop.
    """

    def __init__(self) -> None:
        self.runs: set[int] = set()
        self.published: list[str | None] = [None, None]
        self.seen: list[str | None] = [None, None]
        self.sites: set[str] = set()

    def watch(self, columns: dict[str, pa.Array]) -> None:
        """Note the runs, dates and sites of one batch, given as arrays by column name."""
        for key in ("_first_run", "_last_run"):
            if key in columns:
                self.runs.update(v for v in pc.unique(columns[key]).to_pylist() if v is not None)
        for key, bounds in (
            ("published_at", self.published),
            ("first_seen_at", self.seen),
            ("last_seen_at", self.seen),
        ):
            if key in columns:
                low, high = _text_range(columns[key])
                self._range(bounds, low)
                self._range(bounds, high)
        if "site" in columns:
            self.sites.update(v for v in pc.unique(columns["site"]).to_pylist() if v)

    @staticmethod
    def _range(bounds: list[str | None], value: str | None) -> None:
        if not value:
            return
        if bounds[0] is None or value < bounds[0]:
            bounds[0] = value
        if bounds[1] is None or value > bounds[1]:
            bounds[1] = value


def _text_range(values: pa.Array) -> tuple[str | None, str | None]:
    """Smallest and largest non-empty text of an array (nulls and empty strings do not count)."""
    found = pc.min_max(values).as_py()
    if found["min"] == "":
        # Rare: an empty string sorts first. Leave the empties out and look again.
        found = pc.min_max(pc.filter(values, pc.not_equal(values, ""))).as_py()
    return found["min"], found["max"]
