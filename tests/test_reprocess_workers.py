"""reprocess --workers N: the same archive whatever the number of extraction processes."""

from __future__ import annotations

import concurrent.futures
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from itemadapter import ItemAdapter

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.search_index import encode_text
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.cli import cli
from incubator_crawler.crawl.pipelines import normalize_item
from incubator_crawler.crawl.pool import WorkerCrashed
from incubator_crawler.crawl.process import extract_page
from incubator_crawler.tools.reprocess import _settled, reprocess
from incubator_crawler.tools.reprocess_worker import chunk_job, reprocess_chunk

FIXTURES = Path(__file__).parent / "fixtures"
#: Columns that differ between two runs by nature (clock time).
CLOCK = {"updated_at", "replaced_at", "started_at", "finished_at", "duration_s", "stats"}


@pytest.fixture
def archive(tmp_path):
    """Every site's article fixtures stored, then every other one made stale (old title)."""
    path = tmp_path / "archive.db"
    db = open_archive(path)
    writer = ArchiveWriter(db)
    writer.start_run("fixtures")
    for meta_path in sorted(FIXTURES.glob("*/article*.json")):
        meta = json.loads(meta_path.read_text("utf-8"))
        item = extract_page(
            meta_path.with_suffix(".html").read_bytes(),
            meta["url"],
            headers=meta.get("headers") or {},
            site=meta_path.parent.name,
        )
        writer.add_article(ItemAdapter(normalize_item(item)).asdict())
    writer.finish_run("finished", {})
    # as if an older extractor had found other titles: these become new versions
    db.execute("UPDATE articles SET title = '旧标题', content_hash = 'old' WHERE id % 2 = 0")
    db.conn.commit()
    db.close()
    return path


def _dump(path: Path) -> dict[str, list]:
    db = open_archive(path)
    out = {}
    for table, order in (
        ("articles", "id"),
        ("article_versions", "id"),
        ("reprint_bands", "key, article_id"),
        ("crawl_runs", "id"),
    ):
        out[table] = [
            {k: v for k, v in row.items() if k not in CLOCK}
            for row in db.query(f"SELECT * FROM {table} ORDER BY {order}")
        ]
    out["search"] = [
        row[0]
        for row in db.execute(
            "SELECT rowid FROM articles_search2 WHERE articles_search2 MATCH '旧标' ORDER BY rowid"
        )
    ]
    db.close()
    return out


def test_two_workers_make_the_same_archive_as_one(archive, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(archive, copy)
    stale = len(_dump(archive)["articles"]) // 2
    results = {}
    for workers, path in ((1, archive), (2, copy)):
        db = open_archive(path)
        results[workers] = reprocess(db, workers=workers)
        db.close()
    assert results[1] == results[2]
    assert results[1]["changed"] == stale
    assert results[1]["fields"] == {"title": stale}
    assert (results[1]["failed"], results[1]["no_page"]) == (0, 0)
    one, two = _dump(archive), _dump(copy)
    assert one == two
    assert len(one["article_versions"]) == stale
    assert one["search"] == []  # the stale titles left the index


def test_in_process_and_pool_agree(archive, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(archive, copy)
    for workers, path in ((0, archive), (2, copy)):
        db = open_archive(path)
        reprocess(db, workers=workers)
        db.close()
    assert _dump(archive) == _dump(copy)


def test_cli_workers_option(archive):
    from click.testing import CliRunner

    result = CliRunner().invoke(
        cli, ["reprocess", "--db", str(archive), "--workers", "1", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["failed"] == 0
    bad = CliRunner().invoke(cli, ["reprocess", "--db", str(archive), "--workers", "-1"])
    assert bad.exit_code == 2


def test_workers_get_ids_and_send_back_outcomes(archive):
    """A worker reads the articles itself; a stale one comes back as a version to write."""
    db = open_archive(archive)
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    db.execute("UPDATE articles SET page_sha256 = NULL WHERE id = ?", [ids[0]])
    db.conn.commit()
    db.close()
    job = chunk_job(str(archive), ids)
    assert job == {"db": str(archive), "ids": ids}
    outcomes = reprocess_chunk(job)
    # the stale (even) ids become versions; three odd ones were stored without their site's
    # hints, so only their extraction rules (a raw column) differ
    assert [o[0] for o in outcomes] == ["no_page"] + ["updated", "unchanged"] * 2 + [
        "updated",
        "raw_updated",
    ] * 3 + ["updated"]
    assert [set(o[1]) for o in outcomes if o[0] == "raw_updated"] == [{"extraction"}] * 3
    _kind, row, prepared, fields = outcomes[1]
    assert fields == ("title",)
    assert row["title"] != "旧标题"
    assert prepared["old_search"][0] == encode_text("旧标题")
    assert set(prepared) == {"content_hash", "search", "print", "old_search"}  # no page bytes


class _Pool:
    """A stand-in for ProcessPool: chunks of more than one id, and id 3 alone, crash."""

    def __init__(self):
        self.jobs = []

    def submit(self, job):
        self.jobs.append(job["ids"])
        future = concurrent.futures.Future()
        if len(job["ids"]) > 1 or job["ids"] == [3]:
            future.set_exception(WorkerCrashed("worker crashed (exit code -11)"))
        else:
            future.set_result([("unchanged",)])
        return future


def test_a_crashed_chunk_is_retried_one_article_at_a_time():
    pool = _Pool()
    chunk = [1, 2, 3, 4]
    future = pool.submit(chunk_job("archive.db", chunk))
    assert list(_settled(pool, "archive.db", chunk, future)) == [
        (1, ("unchanged",)),
        (2, ("unchanged",)),
        (3, ("failed", "worker crashed (exit code -11)")),
        (4, ("unchanged",)),
    ]
    assert pool.jobs == [chunk, [1], [2], [3], [4]]


def test_an_archive_in_memory_is_reprocessed_in_process(archive):
    """Workers need a file to read; an archive in memory is re-extracted in this process."""
    memory = open_archive(":memory:")
    with sqlite3.connect(archive) as source:
        source.backup(memory.conn)
    result = reprocess(memory, workers=2)
    assert (result["changed"], result["failed"]) == (len(_dump(archive)["articles"]) // 2, 0)


def test_a_failed_batch_loses_only_itself(archive, tmp_path, monkeypatch):
    """A batch that fails half-way is rolled back; committed batches stay; a rerun completes."""
    clean = tmp_path / "clean.db"
    shutil.copy(archive, clean)
    db = open_archive(clean)
    reprocess(db, workers=0)
    db.close()

    calls = []
    real = ArchiveWriter.new_versions

    def fail_second_batch(self, entries, now):
        calls.append(len(entries))
        real(self, entries, now)  # written, then the batch dies before its commit
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(ArchiveWriter, "new_versions", fail_second_batch)
    db = open_archive(archive)
    with pytest.raises(KeyboardInterrupt):
        reprocess(db, workers=0, batch_size=4)
    db.close()
    monkeypatch.setattr(ArchiveWriter, "new_versions", real)
    db = open_archive(archive)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the first batch (4 articles, 2 of them stale) committed, the second rolled back
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM articles WHERE version = 2").fetchone()[0] == 2
    assert reprocess(db, workers=0)["changed"] == len(_dump(clean)["articles"]) // 2 - 2
    db.close()
    # the same archive but for the run ids: the interrupted run is one more crawl_runs row
    runs = {"last_run_id", "replaced_by_run_id"}
    after, expected = (
        {
            table: [
                {k: v for k, v in row.items() if k not in runs} if isinstance(row, dict) else row
                for row in rows
            ]
            for table, rows in _dump(path).items()
            if table != "crawl_runs"
        }
        for path in (archive, clean)
    )
    assert after == expected


def test_the_transaction_size_does_not_change_the_archive(archive, tmp_path):
    """Small batches (many commits) and one batch make the same archive, row for row."""
    copy = tmp_path / "copy.db"
    shutil.copy(archive, copy)
    results = {}
    for batch_size, path in ((3, archive), (10_000, copy)):
        db = open_archive(path)
        results[batch_size] = reprocess(db, workers=2, batch_size=batch_size)
        db.close()
    assert results[3] == results[10_000]
    one, two = _dump(archive), _dump(copy)
    assert one == two
    stale = len(one["articles"]) // 2
    assert results[3]["changed"] == stale
    assert [row["version"] for row in one["articles"]] == [1, 2] * stale + [1] * (
        len(one["articles"]) - 2 * stale
    )
    assert one["search"] == []


def _vocab(conn: sqlite3.Connection, table: str) -> list[tuple]:
    conn.execute(f"CREATE VIRTUAL TABLE temp.v_{table} USING fts5vocab(main, {table}, instance)")
    return conn.execute(f"SELECT * FROM temp.v_{table} ORDER BY 1, 2, 3, 4").fetchall()


def test_a_version_with_the_same_title_and_body_keeps_its_index_entries(archive):
    """Only the author changed: new versions, and both search tables hold exactly the
    tokens of the current rows (as if built afresh), with no delete and re-add."""
    from incubator_crawler.archive.writer import search_tokens

    db = open_archive(archive)
    reprocess(db, workers=0)  # the fixture's stale titles first
    db.execute("UPDATE articles SET author = '旧作者', content_hash = 'old' WHERE id % 2 = 0")
    db.conn.commit()
    stale = db.execute("SELECT count(*) FROM articles WHERE id % 2 = 0").fetchone()[0]
    result = reprocess(db, workers=2)
    assert (result["changed"], result["fields"]) == (stale, {"author": stale})
    rows = list(db.query("SELECT id, title, body FROM articles ORDER BY id"))
    db.close()
    fresh = sqlite3.connect(":memory:")
    for table, first in (("articles_search", 0), ("articles_search2", 2)):
        fresh.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5("
            "title, body, content='', tokenize='ascii', detail='full')"
        )
        fresh.executemany(
            f"INSERT INTO {table} (rowid, title, body) VALUES (?, ?, ?)",
            [(r["id"], *search_tokens(r)[first : first + 2]) for r in rows],
        )
    stored = sqlite3.connect(archive)
    for table in ("articles_search", "articles_search2"):
        assert _vocab(stored, table) == _vocab(fresh, table)
    stored.close()
