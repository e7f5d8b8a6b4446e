"""Exports with provenance: CSV, JSON Lines or Parquet, streamed, each with a manifest beside it.

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
from typing import Any

from sqlite_utils import Database

from .. import __version__
from ..archive.db import schema_version
from ..archive.queries import EXPORT_FIELDS, VERSION_FIELDS, article_query

FORMATS = ("csv", "jsonl", "parquet")
MANIFEST_SUFFIX = ".manifest.json"
#: Rows per Parquet record batch (and row group): memory stays flat at about this many rows.
BATCH_ROWS = 2000

#: Characters that make a spreadsheet run a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


#: Export columns that hold numbers, never text a spreadsheet could run.
NUMERIC_FIELDS = frozenset({"id", "version", "duplicate_of", "is_current"})


def _arrow_schema(fields: list[str]):
    import pyarrow as pa

    return pa.schema(
        [(name, pa.int64() if name in NUMERIC_FIELDS else pa.string()) for name in fields]
    )


class _Provenance:
    """What the exported rows cover, collected while they stream past."""

    def __init__(self) -> None:
        self.runs: set[int] = set()
        self.published: list[str | None] = [None, None]
        self.seen: list[str | None] = [None, None]
        self.sites: set[str] = set()

    def watch_batch(self, names: list[str], rows: list[tuple]) -> None:
        """Note the runs, dates and sites of a batch of row tuples (column by column, in C loops)."""
        columns = dict(zip(names, zip(*rows, strict=True), strict=True)) if rows else {}
        for key in ("_first_run", "_last_run"):
            self.runs.update(v for v in columns.get(key, ()) if v is not None)
        for key, bounds in (
            ("published_at", self.published),
            ("first_seen_at", self.seen),
            ("last_seen_at", self.seen),
        ):
            values = [v for v in columns.get(key, ()) if v]
            if values:
                self._range(bounds, min(values))
                self._range(bounds, max(values))
        self.sites.update(v for v in columns.get("site", ()) if v)

    @staticmethod
    def _range(bounds: list[str | None], value: str | None) -> None:
        if not value:
            return
        if bounds[0] is None or value < bounds[0]:
            bounds[0] = value
        if bounds[1] is None or value > bounds[1]:
            bounds[1] = value


def neutralized_sql(sql: str, names: list[str]) -> str:
    """Wrap ``sql`` so text cells starting like a formula get a leading quote, inside SQLite.

    Same rule as :func:`neutralize_formula`, done in C: per cell in Python it was a third of a
    CSV export's time.
    """
    starts = "(" + ", ".join(f"char({ord(ch)})" for ch in FORMULA_START) + ")"
    columns = []
    for name in names:
        column = f'"{name}"'
        if name in NUMERIC_FIELDS or name.startswith("_"):
            columns.append(column)
        else:
            columns.append(
                f"CASE WHEN substr({column}, 1, 1) IN {starts} THEN '''' || {column}"
                f" ELSE {column} END AS {column}"
            )
    return f"SELECT {', '.join(columns)} FROM ({sql})"


def write_batches(
    batches: Iterable[list[tuple]], names: list[str], fmt: str, fields: list[str], fh
) -> int:
    """Write batches of row tuples (columns ``names``) as ``fields``; returns the row count.

    Tuples go straight into csv.writer rows and Arrow arrays: building a dict per row cost
    more than reading the rows out of SQLite.
    """
    index = [names.index(name) for name in fields]
    count = 0
    if fmt == "csv":
        # Formula cells were neutralised in SQL (see neutralized_sql): rows go out as they are.
        writer = csv.writer(fh)
        writer.writerow(fields)
        same_order = index == list(range(len(fields)))
        for batch in batches:
            writer.writerows(batch if same_order else ([row[i] for i in index] for row in batch))
            count += len(batch)
    elif fmt == "jsonl":
        for batch in batches:
            fh.writelines(
                json.dumps(
                    dict(zip(fields, (row[i] for i in index), strict=True)), ensure_ascii=False
                )
                + "\n"
                for row in batch
            )
            count += len(batch)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _arrow_schema(fields)
        with pq.ParquetWriter(fh, schema, compression="zstd") as writer:
            for batch in batches:
                columns = list(zip(*batch, strict=True)) if batch else [() for _ in names]
                arrays = [
                    pa.array(columns[i], type=schema.field(name).type)
                    for i, name in zip(index, fields, strict=True)
                ]
                writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                count += len(batch)
            if count == 0:
                writer.write_batch(pa.RecordBatch.from_pylist([], schema=schema))
    else:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return count


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
    provenance = _Provenance()
    sql, params, names = article_query(
        db,
        site=filters.get("site"),
        source=filters.get("source"),
        category=filters.get("category"),
        since=filters.get("since"),
        until=filters.get("until"),
        query=filters.get("query"),
        changed_since=filters.get("changed_since"),
        unique=bool(filters.get("unique")),
        include_versions=include_versions,
        fields=tuple(EXPORT_FIELDS),
        provenance=True,
    )

    if fmt == "csv":
        sql = neutralized_sql(sql, names)

    def batches() -> Iterator[list[tuple]]:
        cursor = db.conn.execute(sql, params)
        while batch := cursor.fetchmany(BATCH_ROWS):
            provenance.watch_batch(names, batch)
            yield batch

    if out == "-":
        if fmt == "parquet":
            raise ExportError("--format parquet needs --out PATH (a binary file, not stdout)")
        count = write_batches(batches(), names, fmt, fields, sys.stdout)
        return {"rows": count}
    target = Path(out)
    if target.is_dir():
        raise ExportError(f"--out {out} is a directory; give a file name")
    if not target.parent.exists():
        raise ExportError(f"--out {out}: folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    try:
        if fmt == "parquet":
            with os.fdopen(fd, "wb") as fh:
                count = write_batches(batches(), names, fmt, fields, fh)
        else:
            encoding = "utf-8-sig" if bom and fmt == "csv" else "utf-8"
            with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
                count = write_batches(batches(), names, fmt, fields, fh)
        digest = sha256_file(tmp)
        size = os.path.getsize(tmp)
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
