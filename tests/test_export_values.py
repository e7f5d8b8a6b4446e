"""Exports keep every value: tricky strings read back the same from CSV, JSONL and Parquet.

The CSV is written by Arrow (every text cell quoted, NULL left empty, CRLF); Python's csv module
must read back exactly the values that the csv.writer files of earlier versions gave.
"""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import EXPORT_FIELDS
from incubator_crawler.cli import cli
from incubator_crawler.tools.export import neutralize_formula

TRICKY = [
    'He said "孵化器", then ""left""',
    "a,b,,c",
    "line one\nline two\r\nline three\rend",
    "=SUM(A1:A9)",
    "+86 10 1234",
    "-5%",
    "@mention",
    "\tstarts with a tab",
    "\rstarts with CR",
    "中关村科技园区，“双创”示范基地。",
    "",
    None,
    "  spaces  ",
    "emoji 🚀 and \u3000 ideographic space",
    "back\\slash and 'single' quotes",
    "'already quoted",
]


@pytest.fixture
def archive(tmp_path):
    """An archive whose rows put each tricky string in every text column (rotated)."""
    path = tmp_path / "tricky.db"
    db = open_archive(path)
    db.execute(
        "INSERT INTO crawl_runs (site, mode, started_at, finished_at, finish_reason, tool_version)"
        " VALUES ('t', 'test', '2025-01-01', '2025-01-01', 'finished', 'test')"
    )
    text = ["title", "author", "editor", "source", "category", "body", "content_hash"]
    for n in range(len(TRICKY)):
        values = {name: TRICKY[(n + k) % len(TRICKY)] for k, name in enumerate(text)}
        db.execute(
            "INSERT INTO articles (url, site, published_at, published_precision, first_seen_at,"
            f" last_seen_at, version, first_run_id, last_run_id, duplicate_of, {', '.join(text)})"
            f" VALUES (?, ?, ?, 'day', '2025-01-01', '2025-01-02', 1, 1, 1, ?, {', '.join('?' * len(text))})",
            [
                f'http://t.test/{n}?a=1,b="2"',
                "t" if n % 2 else "站点",
                f"2024-01-{n + 1:02d}",
                1 if n == 3 else None,
                *values.values(),
            ],
        )
    db.conn.commit()
    expected = [
        dict(zip(EXPORT_FIELDS, row, strict=True))
        for row in db.execute(
            f"SELECT {', '.join(EXPORT_FIELDS)} FROM articles ORDER BY published_at, id"
        )
    ]
    db.close()
    return path, expected


def export(db_path, out, fmt, *extra):
    result = CliRunner().invoke(
        cli,
        ["export", "--db", str(db_path), "--format", fmt, "--out", str(out), *extra],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output


def old_csv_writer(rows: list[dict]) -> str:
    """What csv.writer wrote for these rows before Arrow wrote the CSV (formulas neutralised)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_FIELDS)
    writer.writerows([neutralize_formula(row[name]) for name in EXPORT_FIELDS] for row in rows)
    return buffer.getvalue()


def test_csv_reads_back_the_values_of_the_csv_module(archive, tmp_path):
    db_path, expected = archive
    out = tmp_path / "t.csv"
    export(db_path, out, "csv")
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == list(csv.reader(io.StringIO(old_csv_writer(expected), newline="")))
    assert len(rows) == len(TRICKY) + 1
    body = [row[EXPORT_FIELDS.index("body")] for row in rows[1:]]
    assert "'=SUM(A1:A9)" in body
    assert "'\tstarts with a tab" in body
    assert "'already quoted" in body
    assert "line one\nline two\r\nline three\rend" in body


def test_csv_bytes_quote_text_and_leave_null_empty(archive, tmp_path):
    db_path, _ = archive
    out = tmp_path / "t.csv"
    export(db_path, out, "csv", "--bom")
    data = out.read_bytes()
    assert data.startswith(b'\xef\xbb\xbf"id","url","site","title",')
    first = data.split(b"\r\n")[1]
    # id and version are numbers (not quoted), text is quoted, a NULL is an empty cell.
    assert first.startswith(b'1,"http://t.test/0?a=1,b=""2""","\xe7\xab\x99\xe7\x82\xb9",')
    assert b',"",' in data  # an empty string
    assert b",," in data  # a NULL


def test_jsonl_and_parquet_keep_every_value(archive, tmp_path):
    db_path, expected = archive
    jsonl = tmp_path / "t.jsonl"
    export(db_path, jsonl, "jsonl")
    lines = jsonl.read_text("utf-8").split("\n")
    assert lines[-1] == ""
    rows = [json.loads(line) for line in lines[:-1]]
    assert rows == expected
    assert [list(row) for row in rows] == [list(EXPORT_FIELDS)] * len(rows)
    parquet = tmp_path / "t.parquet"
    export(db_path, parquet, "parquet")
    assert pq.read_table(parquet).to_pylist() == expected


def test_batches_keep_the_order_and_the_coverage(archive, tmp_path, monkeypatch):
    import incubator_crawler.tools.export as export_module

    monkeypatch.setattr(export_module, "BATCH_ROWS", 3)
    db_path, expected = archive
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"b.{fmt}"
        export(db_path, out, fmt, "--since", "2024-01-02", "--until", "2024-01-14")
        manifest = json.loads((tmp_path / f"b.{fmt}.manifest.json").read_text("utf-8"))
        assert manifest["rows"] == 13
        assert manifest["coverage"]["published_from"] == "2024-01-02"
        assert manifest["coverage"]["published_to"] == "2024-01-14"
        assert manifest["coverage"]["sites"] == ["t", "站点"]
        assert manifest["coverage"]["seen_from"] == "2025-01-01"
        assert manifest["coverage"]["seen_to"] == "2025-01-02"
        assert [run["id"] for run in manifest["coverage"]["crawl_runs"]] == [1]
    rows = pq.read_table(tmp_path / "b.parquet").to_pylist()
    assert rows == expected[1:14]
