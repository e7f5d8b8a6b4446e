"""reprocess --workers N: the same archive whatever the number of extraction processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from itemadapter import ItemAdapter

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.cli import cli
from incubator_crawler.crawl.pipelines import normalize_item
from incubator_crawler.crawl.process import extract_page
from incubator_crawler.tools.reprocess import reprocess

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
