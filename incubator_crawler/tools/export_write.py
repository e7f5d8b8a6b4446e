"""Write an export file: Arrow record batches as CSV or Parquet, JSON lines as they come.

Every byte goes through a :class:`HashingSink`, so the manifest's SHA-256 and size are known
when the last batch is written, without reading the file back.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterable
from typing import BinaryIO

import pyarrow as pa

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
    batches: Iterable[pa.RecordBatch], schema: pa.Schema, sink, *, bom: bool = False
) -> int:
    """Write record batches as CSV with a header row; returns the row count.

    Arrow's writer quotes every text cell and the header names (``"a""b"`` for a quote), leaves
    NULL cells empty and writes an empty string as ``""``; lines end in CRLF. Python's csv module
    reads back the same values as from the csv.writer files of earlier versions.
    """
    import pyarrow.csv as pacsv

    if bom:
        sink.write(codecs.BOM_UTF8)
    count = 0
    options = pacsv.WriteOptions(eol=CSV_EOL)
    with pacsv.CSVWriter(sink, schema, write_options=options) as writer:
        for batch in batches:
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def write_parquet(batches: Iterable[pa.RecordBatch], schema: pa.Schema, sink) -> int:
    """Write record batches as zstd Parquet, one row group per batch; returns the row count."""
    import pyarrow.parquet as pq

    count = 0
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        for batch in batches:
            writer.write_batch(batch)
            count += batch.num_rows
        if count == 0:
            # An empty export is still a Parquet file with the schema and one empty row group.
            writer.write_batch(pa.RecordBatch.from_pylist([], schema=schema))
    return count


def write_lines(chunks: Iterable[tuple[bytes, int]], sink) -> int:
    """Write chunks of newline-terminated lines (bytes, line count); returns the line count."""
    count = 0
    for data, lines in chunks:
        sink.write(data)
        count += lines
    return count
