"""Exports with provenance: CSV, JSON Lines or Parquet, streamed, each with a manifest beside it.

Rows go from SQLite into Arrow record batches (``export_read``) and from there into Arrow's CSV
and Parquet writers (``export_write``); JSON lines are encoded by SQLite itself. This module
puts the pieces together, writes the manifest and verifies an export against it.

The manifest (``PATH.manifest.json``) is what a paper's data statement needs: the archive's schema
version, the filters, the row count, the file's SHA-256, the crawl runs and date range the rows
come from, the tool version, when and with which command line it was made. ``verify`` re-hashes
the file and re-counts its rows against the manifest.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from .. import __version__
from ..archive.db import schema_version
from ..archive.queries import (
    EXPORT_FIELDS,
    VERSION_FIELDS,
    article_query,
    articles_by_id_query,
)

# pyarrow (~70 MB, ~0.3 s to import) is imported by export_read and export_write, which are
# imported when an export runs, so every other command that imports this module starts fast.
from .export_write import FORMULA_START, HashingSink

if TYPE_CHECKING:
    from .export_read import Provenance

FORMATS = ("csv", "jsonl", "parquet")
MANIFEST_SUFFIX = ".manifest.json"
#: Rows per Parquet record batch (and row group): memory stays flat at about this many rows.
BATCH_ROWS = 2000


class ExportError(Exception):
    """The export cannot be written or verified; the message says why."""


def neutralize_formula(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would run as a formula with a single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def manifest_path(path: str | Path) -> Path:
    """Where the manifest of the export at ``path`` lives."""
    return Path(str(path) + MANIFEST_SUFFIX)


def json_lines_sql(sql: str, fields: list[str], extra: tuple[str, ...]) -> str:
    """Wrap ``sql`` so each row comes out as one JSON object text (``fields`` in order), then ``extra``.

    SQLite's ``json_object`` encodes in C, and with text read as bytes the line goes to the file
    without ever being a Python object: faster than json.dumps or orjson on row tuples.
    """
    pairs = ", ".join(f"'{name}', \"{name}\"" for name in fields)
    columns = ", ".join(f'"{name}"' for name in extra)
    return f"SELECT json_object({pairs}){', ' + columns if columns else ''} FROM ({sql})"


def sha256_file(path: str | Path) -> str:
    """SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def count_rows(path: str | Path, fmt: str) -> int:
    """Rows in an export file, read back the way a user would (csv module, lines, Parquet metadata)."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    with open(path, encoding="utf-8-sig", newline="") as fh:
        if fmt == "csv":
            reader = csv.reader(fh)
            next(reader, None)
            return sum(1 for _ in reader)
        return sum(1 for line in fh if line.strip())


def export(
    db: Database,
    db_path: str,
    fmt: str,
    out: str,
    *,
    filters: dict[str, Any],
    bom: bool = False,
    command: list[str] | None = None,
) -> dict[str, Any]:
    """Export the filtered articles to ``out`` (atomically) and write its manifest; return the manifest.

    ``filters``: site, source, category, since, until, query, changed_since, unique,
    include_versions. ``out`` "-" writes CSV/JSONL to stdout without a manifest.
    """
    include_versions = bool(filters.get("include_versions"))
    fields = list(EXPORT_FIELDS) + (list(VERSION_FIELDS) if include_versions else [])
    from .export_read import Provenance

    provenance = Provenance()
    source = _Source(db, filters)

    def write(sink, bom: bool = bom) -> int:
        return _write(db, source, fields, fmt, sink, bom=bom, provenance=provenance)

    if out == "-":
        if fmt == "parquet":
            raise ExportError("--format parquet needs --out PATH (a binary file, not stdout)")
        sys.stdout.flush()
        # As before: no BOM on stdout (it was only ever written into files).
        count = write(HashingSink(sys.stdout.buffer), bom=False)
        sys.stdout.buffer.flush()
        return {"rows": count}
    target = Path(out)
    if target.is_dir():
        raise ExportError(f"--out {out} is a directory; give a file name")
    if not target.parent.exists():
        raise ExportError(f"--out {out}: folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            sink = HashingSink(fh)
            count = write(sink)
        # Hashed as written: no second pass over the file.
        digest, size = sink.hexdigest(), sink.bytes
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    manifest = {
        "file": target.name,
        "format": fmt,
        "rows": count,
        "sha256": digest,
        "bytes": size,
        "columns": fields,
        "csv_bom": bool(bom and fmt == "csv"),
        "filters": {
            key: value for key, value in filters.items() if value is not None and value is not False
        },
        "archive": {
            "path": str(Path(db_path).resolve()),
            "schema_version": schema_version(db),
            "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
        },
        "coverage": {
            "sites": sorted(provenance.sites),
            "published_from": provenance.published[0],
            "published_to": provenance.published[1],
            "seen_from": provenance.seen[0],
            "seen_to": provenance.seen[1],
            "crawl_runs": _runs(db, provenance.runs),
        },
        "tool": {"name": "incubator-crawler", "version": __version__},
        "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": command if command is not None else ["incubator-crawler", *sys.argv[1:]],
    }
    write_manifest(target, manifest)
    return manifest


def _write(
    db: Database,
    source: _Source,
    fields: list[str],
    fmt: str,
    sink: HashingSink,
    *,
    bom: bool,
    provenance: Provenance,
) -> int:
    """Stream the source's rows into ``sink`` as ``fmt``; returns the row count."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    from .export_read import (
        PROVENANCE_COLUMNS,
        arrow_schema,
        batch_converter,
        mapped,
        text_as_bytes,
    )
    from .export_write import write_csv, write_lines, write_parquet

    names = source.names
    with text_as_bytes(db.conn), mapped(db.conn):
        if fmt == "jsonl":
            extra = ("id", *(name for name in PROVENANCE_COLUMNS if name in names))
            row_batches = source.rows(db, json_lines_sql(source.sql, fields, extra), 1)
            return write_lines(_json_chunks(row_batches, extra, provenance), sink)
        row_batches = source.rows(db, source.sql, names.index("id"))
        # Row tuples become Arrow batches in the writing thread (see export_write._prepared).
        convert = batch_converter(names, fields, provenance)
        schema = arrow_schema(fields)
        if fmt == "csv":
            return write_csv(row_batches, schema, sink, bom=bom, prepare=convert)
        return write_parquet(row_batches, schema, sink, prepare=convert)


class _Source:
    """Where an export's rows come from: the SQL that reads them and the names of its columns.

    Without versions, SQLite sorts and filters only the ids (``keys_sql``) and whole rows are
    read by id (see :func:`rows_by_ids`); with versions, one query sorts articles and versions.
    """

    def __init__(self, db: Database, filters: dict[str, Any]) -> None:
        query_filters = {
            "site": filters.get("site"),
            "source": filters.get("source"),
            "category": filters.get("category"),
            "since": filters.get("since"),
            "until": filters.get("until"),
            "query": filters.get("query"),
            "changed_since": filters.get("changed_since"),
            "unique": bool(filters.get("unique")),
        }
        self.keys_sql: str | None = None
        if filters.get("include_versions"):
            self.sql, self.params, self.names = article_query(
                db,
                **query_filters,
                include_versions=True,
                fields=tuple(EXPORT_FIELDS),
                provenance=True,
            )
        else:
            self.keys_sql, self.params, _ = article_query(db, **query_filters, fields=("id",))
            self.sql, self.names = articles_by_id_query(tuple(EXPORT_FIELDS), provenance=True)

    def rows(self, db: Database, sql: str, id_column: int) -> Iterator[list[tuple]]:
        """Lists of row tuples of ``sql`` (``self.sql`` or a SELECT wrapped around it), in order."""
        from .export_read import query_rows, rows_by_ids

        # BATCH_ROWS is read here, at call time, so a test can make batches small.
        if self.keys_sql is None:
            return query_rows(db.conn, sql, self.params, BATCH_ROWS)
        return rows_by_ids(db.conn, self.keys_sql, self.params, sql, id_column, BATCH_ROWS)


def _json_chunks(
    row_batches: Iterable[list[tuple]], extra: tuple[str, ...], provenance: Provenance
) -> Iterator[tuple[bytes, int]]:
    """Batches of JSON lines (bytes, count) from ``json_lines_sql`` rows, provenance noted."""
    from .export_read import PROVENANCE_COLUMNS, row_columns

    for rows in row_batches:
        provenance.watch(row_columns(rows, ["_json", *extra], PROVENANCE_COLUMNS))
        yield b"\n".join([row[0] for row in rows]) + b"\n", len(rows)


def _runs(db: Database, run_ids: set[int]) -> list[dict[str, Any]]:
    if not run_ids:
        return []
    placeholders = ",".join("?" * len(run_ids))
    return list(
        db.query(
            "SELECT id, site, mode, base_url, started_at, finished_at, finish_reason, tool_version"
            f" FROM crawl_runs WHERE id IN ({placeholders}) ORDER BY id",
            sorted(run_ids),
        )
    )


def write_manifest(target: Path, manifest: dict[str, Any]) -> Path:
    """Write the manifest beside the export, atomically."""
    path = manifest_path(target)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def verify(path: str | Path) -> dict[str, Any]:
    """Check an export against its manifest: SHA-256 and row count. Returns the outcome.

    ``path`` is the export or its manifest. Raises ExportError when either is missing.
    """
    path = Path(path)
    if path.name.endswith(MANIFEST_SUFFIX):
        mpath = path
        path = path.with_name(path.name[: -len(MANIFEST_SUFFIX)])
    else:
        mpath = manifest_path(path)
    if not mpath.is_file():
        raise ExportError(
            f"no manifest {mpath}; verify needs the export's .manifest.json beside it"
        )
    if not path.is_file():
        raise ExportError(f"export {path} named by {mpath.name} does not exist")
    try:
        manifest = json.loads(mpath.read_text("utf-8"))
        expected_sha, expected_rows, fmt = manifest["sha256"], manifest["rows"], manifest["format"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ExportError(f"{mpath} is not an export manifest ({exc})") from None
    actual_sha = sha256_file(path)
    try:
        actual_rows = count_rows(path, fmt)
    except Exception as exc:  # an unreadable file is a failed check, not a crash
        actual_rows = f"unreadable: {exc}"
    return {
        "file": str(path),
        "manifest": str(mpath),
        "sha256_ok": actual_sha == expected_sha,
        "rows_ok": actual_rows == expected_rows,
        "ok": actual_sha == expected_sha and actual_rows == expected_rows,
        "rows": actual_rows,
        "expected_rows": expected_rows,
        "sha256": actual_sha,
        "expected_sha256": expected_sha,
    }
