"""Exports: CSV, JSONL and Parquet round-trip; the manifest's hash and count match; verify; filters."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.cli import cli
from incubator_crawler.tools.export import manifest_path, sha256_file

STORY = (
    "济南高新区获评2023年度山东省人才工作表现突出单位。近年来，高新区坚持人才引领发展战略，"
    "围绕产业链布局人才链，建设孵化器和众创空间，累计引进高层次人才团队一百余个。"
)


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    db = open_archive(path)
    writer = ArchiveWriter(db)
    writer.start_run("cnfuhuaqi")
    rows = [
        ("cnfuhuaqi", "济南高新区人才工作获评", STORY, "2024-04-24", "济南高新区"),
        (
            "cnfuhuaqi",
            "孵化器税收优惠延续",
            '=HYPERLINK("http://evil") 孵化器房产税优惠继续执行。',
            "2023-09-01",
            None,
        ),
        (
            "wehdz",
            "光谷发布人才新政",
            "东湖高新区发布人才政策，\n\n孵化器入驻企业可申请补贴。",
            "2024-06-01",
            "光谷",
        ),
        ("wehdz", "转载：济南高新区人才工作获评", STORY + "（转载）", "2024-04-25", "济南高新区"),
    ]
    for n, (site, title, body, date, source) in enumerate(rows):
        writer.add_article(
            {
                "url": f"http://x.test/{n}",
                "site": site,
                "title": title,
                "body": body,
                "published_at": date,
                "source": source,
                "category": "新闻动态 > 园区动态",
            }
        )
    writer.finish_run("finished", {})
    writer = ArchiveWriter(db)
    run2 = writer.start_run("wehdz")
    writer.add_article(
        {
            "url": "http://x.test/2",
            "site": "wehdz",
            "title": "光谷发布人才新政（更新）",
            "body": "东湖高新区发布人才政策，\n\n孵化器入驻企业可申请补贴。",
            "published_at": "2024-06-01",
            "source": "光谷",
            "category": "新闻动态 > 园区动态",
        }
    )
    writer.finish_run("finished", {})
    db.close()
    return path, run2


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def read_back(path, fmt):
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_round_trip_and_manifest(archive, tmp_path, fmt):
    db_path, _ = archive
    out = tmp_path / f"out.{fmt}"
    result = invoke("export", "--db", db_path, "--format", fmt, "--out", out, "--site", "cnfuhuaqi")
    assert result.exit_code == 0, result.output
    rows = read_back(out, fmt)
    assert [row["title"] for row in rows] == ["孵化器税收优惠延续", "济南高新区人才工作获评"]
    assert rows[1]["body"] == STORY
    assert str(rows[1]["id"]) == "1"
    manifest = json.loads(manifest_path(out).read_text("utf-8"))
    assert manifest["rows"] == 2 == len(rows)
    assert manifest["sha256"] == sha256_file(out)
    assert manifest["format"] == fmt
    assert manifest["filters"] == {"site": "cnfuhuaqi"}
    assert manifest["archive"]["schema_version"][:2] == ["m001_initial", "m002_reprints"]
    assert manifest["coverage"]["published_from"] == "2023-09-01"
    assert manifest["coverage"]["published_to"] == "2024-04-24"
    assert [run["id"] for run in manifest["coverage"]["crawl_runs"]] == [1]
    assert manifest["tool"]["name"] == "incubator-crawler"
    assert manifest["command"][0] == "incubator-crawler"
    assert manifest["created_at"]
    assert manifest["columns"][-1] == "duplicate_of"
    verified = invoke("verify", out, "--json")
    assert verified.exit_code == 0
    assert json.loads(verified.stdout)["ok"] is True


def test_verify_detects_tampering(archive, tmp_path):
    db_path, _ = archive
    out = tmp_path / "out.jsonl"
    invoke("export", "--db", db_path, "--format", "jsonl", "--out", out)
    with open(out, "a", encoding="utf-8") as fh:
        fh.write('{"id": 99}\n')
    result = invoke("verify", out)
    assert result.exit_code == 1
    assert "MISMATCH" in result.output
    missing = invoke("verify", tmp_path / "nothing.csv")
    assert missing.exit_code == 2


def test_csv_formula_neutralised_with_bom(archive, tmp_path):
    db_path, _ = archive
    out = tmp_path / "out.csv"
    invoke("export", "--db", db_path, "--format", "csv", "--bom", "--out", out, "--query", "房产税")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_back(out, "csv")
    assert len(rows) == 1
    assert rows[0]["body"].startswith("'=HYPERLINK")
    assert json.loads(manifest_path(out).read_text("utf-8"))["csv_bom"] is True


def test_filters_unique_changed_since_and_versions(archive, tmp_path):
    db_path, run2 = archive
    out = tmp_path / "u.jsonl"
    invoke("export", "--db", db_path, "--format", "jsonl", "--out", out, "--unique")
    titles = [row["title"] for row in read_back(out, "jsonl")]
    assert "转载：济南高新区人才工作获评" not in titles
    assert "济南高新区人才工作获评" in titles
    invoke("export", "--db", db_path, "--format", "jsonl", "--out", out)
    every = read_back(out, "jsonl")
    reprint = next(row for row in every if row["title"].startswith("转载"))
    assert reprint["duplicate_of"] == 1

    invoke(
        "export", "--db", db_path, "--format", "jsonl", "--out", out, "--changed-since", run2 - 1
    )
    assert [row["url"] for row in read_back(out, "jsonl")] == ["http://x.test/2"]

    out = tmp_path / "v.parquet"
    invoke(
        "export",
        "--db",
        db_path,
        "--format",
        "parquet",
        "--out",
        out,
        "--include-versions",
        "--source",
        "光谷",
    )
    rows = read_back(out, "parquet")
    assert [(r["id"], r["version"], r["is_current"], r["title"]) for r in rows] == [
        (3, 2, 1, "光谷发布人才新政（更新）"),
        (3, 1, 0, "光谷发布人才新政"),
    ]
    assert rows[1]["replaced_at"]


def test_empty_export_and_parquet_to_stdout(archive, tmp_path):
    db_path, _ = archive
    out = tmp_path / "none.parquet"
    result = invoke(
        "export", "--db", db_path, "--format", "parquet", "--out", out, "--site", "nope"
    )
    assert result.exit_code == 0
    assert pq.read_table(out).num_rows == 0
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db_path), "--format", "parquet", "--out", "-"]
    )
    assert result.exit_code == 2
    assert "needs --out PATH" in result.output


def _parquet_in_groups(archive, out, monkeypatch, *, batch_rows: int, group_rows: int):
    """Export the archive to Parquet with small batches and row groups; the file's path."""
    import incubator_crawler.tools.export as export_module
    import incubator_crawler.tools.export_write as write_module

    monkeypatch.setattr(export_module, "BATCH_ROWS", batch_rows)
    monkeypatch.setattr(write_module, "PARQUET_GROUP_ROWS", group_rows)
    db_path, _ = archive
    invoke("export", "--db", db_path, "--format", "parquet", "--out", out)
    return out


def test_parquet_is_written_in_batches(archive, tmp_path, monkeypatch):
    out = _parquet_in_groups(
        archive, tmp_path / "b.parquet", monkeypatch, batch_rows=2, group_rows=2
    )
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == 4
    assert meta.num_row_groups == 2


def test_parquet_row_groups_gather_batches(archive, tmp_path, monkeypatch):
    out = _parquet_in_groups(
        archive, tmp_path / "g.parquet", monkeypatch, batch_rows=1, group_rows=3
    )
    meta = pq.ParquetFile(out).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [3, 1]
    assert pq.read_table(out).column("id").to_pylist() == [2, 1, 4, 3]  # by published_at


def test_parquet_statistics_only_on_short_columns(archive, tmp_path):
    db_path, _ = archive
    out = tmp_path / "s.parquet"
    invoke("export", "--db", db_path, "--format", "parquet", "--out", out)
    group = pq.ParquetFile(out).metadata.row_group(0)
    columns = {group.column(i).path_in_schema: group.column(i) for i in range(group.num_columns)}
    assert columns["published_at"].is_stats_set
    assert columns["id"].statistics.min == 1
    assert not columns["body"].is_stats_set
    assert not columns["title"].is_stats_set
    assert columns["body"].compression == "ZSTD"


def test_bad_query_is_exit_2_and_leaves_no_file(archive, tmp_path):
    db_path, _ = archive
    out = tmp_path / "q.csv"
    result = CliRunner().invoke(
        cli,
        ["export", "--db", str(db_path), "--format", "csv", "--out", str(out), "--query", "-孵化"],
    )
    assert result.exit_code == 2
    assert "bad --query" in result.output
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("archive.db")] == []


def test_jsonl_to_stdout_has_no_manifest(archive, tmp_path, monkeypatch):
    db_path, _ = archive
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "--db", db_path, "--format", "jsonl", "--out", "-", "--site", "wehdz")
    assert [json.loads(line)["site"] for line in result.stdout.splitlines()] == ["wehdz", "wehdz"]
    assert list(tmp_path.glob("*.manifest.json")) == []


def test_versions_are_the_same_rows_in_every_format(archive, tmp_path):
    db_path, _ = archive
    got = {}
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"v.{fmt}"
        invoke("export", "--db", db_path, "--format", fmt, "--out", out, "--include-versions")
        got[fmt] = [
            (str(r["id"]), str(r["version"]), str(r["is_current"]), r["title"])
            for r in read_back(out, fmt)
        ]
    assert got["csv"] == got["jsonl"] == got["parquet"]
    assert len(got["csv"]) == 5
    assert ("3", "1", "0", "光谷发布人才新政") in got["csv"]


def test_export_maps_the_archive_only_while_it_reads(archive, tmp_path):
    from incubator_crawler.archive.db import open_archive_readonly
    from incubator_crawler.tools.export import export
    from incubator_crawler.tools.export_read import mapped

    db_path, _ = archive
    db = open_archive_readonly(db_path)
    before = db.execute("PRAGMA mmap_size").fetchone()[0]
    with mapped(db.conn):
        assert db.execute("PRAGMA mmap_size").fetchone()[0] > 0
    manifest = export(db, str(db_path), "csv", str(tmp_path / "m.csv"), filters={})
    assert manifest["rows"] == 4
    assert db.execute("PRAGMA mmap_size").fetchone()[0] == before
