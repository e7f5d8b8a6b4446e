"""reprocess re-extracts stored pages (no network) into new versions; history shows the diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from itemadapter import ItemAdapter

import incubator_crawler.crawl.pipelines as pipelines
from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import search
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.cli import cli
from incubator_crawler.crawl.pipelines import normalize_item
from incubator_crawler.crawl.process import extract_page
from incubator_crawler.tools.reprocess import reprocess

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    db = open_archive(path)
    writer = ArchiveWriter(db)
    writer.start_run("cnfuhuaqi")
    for name in ("cnfuhuaqi_utf8", "cnfuhuaqi_gbk"):
        meta = json.loads((FIXTURES / f"{name}.json").read_text("utf-8"))
        item = extract_page(
            (FIXTURES / f"{name}.html").read_bytes(),
            meta["url"],
            headers=meta["headers"],
            site="cnfuhuaqi",
            site_name="中国孵化器网",
        )
        writer.add_article(ItemAdapter(normalize_item(item)).asdict())
    writer.finish_run("finished", {})
    db.close()
    return path


def _shout_titles(adapter):
    adapter["title"] = "【修订】" + (adapter.get("title") or "")
    adapter["body"] = (adapter.get("body") or "").replace("。", "！", 1)


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_unchanged_extractor_changes_nothing(archive):
    db = open_archive(archive)
    result = reprocess(db)
    assert (result["articles"], result["changed"], result["unchanged"]) == (2, 0, 2)
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    db.close()


def test_changed_normaliser_makes_versions_and_history(archive, monkeypatch):
    monkeypatch.setattr(pipelines, "STEPS", (*pipelines.STEPS, _shout_titles))
    db = open_archive(archive)
    before = {row["id"]: row for row in db.query("SELECT * FROM articles")}
    # in this process (workers=0): the patched step does not reach worker processes
    result = reprocess(db, site="cnfuhuaqi", workers=0)
    assert (result["changed"], result["unchanged"]) == (2, 0)
    assert result["fields"] == {"body": 2, "title": 2}
    for row in db.query("SELECT * FROM articles"):
        assert row["version"] == 2
        assert row["title"] == "【修订】" + before[row["id"]]["title"]
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 2
    run = db.execute("SELECT mode, updated FROM crawl_runs ORDER BY id DESC").fetchone()
    assert run == ("reprocess", 2)
    # The search index follows the new text.
    assert {r["id"] for r in search(db, "【修订】", limit=10)} == set(before)
    assert reprocess(db, workers=0)["changed"] == 0  # idempotent
    url = next(iter(before.values()))["url"]
    db.close()

    result = invoke("history", url, "--db", archive)
    assert result.exit_code == 0
    assert "version 1" in result.output
    assert "version 2" in result.output
    assert "changed: title, body" in result.output
    assert "title: " in result.output
    assert "【修订】" in result.output
    assert "+" in result.output
    assert "！" in result.output
    as_json = json.loads(invoke("history", url, "--db", archive, "--json").stdout)
    assert [v["version"] for v in as_json["versions"]] == [1, 2]
    assert as_json["versions"][1]["changed"] == ["title", "body"]


def test_cli_reprocess_and_unknown_url(archive):
    result = invoke("reprocess", "--db", archive, "--json")
    assert json.loads(result.stdout)["unchanged"] == 2
    result = CliRunner().invoke(cli, ["history", "http://nowhere.test/1", "--db", str(archive)])
    assert result.exit_code == 2
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(archive), "--site", "nosuch"])
    assert result.exit_code == 2
