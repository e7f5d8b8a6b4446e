"""CLI for operators: runs, health (exit 1 when unhealthy, notify hook), schedule."""

from __future__ import annotations

import json

from click.testing import CliRunner

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.cli import cli


def make_archive(path, *, published_at="2024-01-01"):
    db = open_archive(path)
    writer = ArchiveWriter(db)
    writer.start_run("cnfuhuaqi")
    for n in range(4):
        writer.add_article(
            {
                "url": f"http://x.test/{n}",
                "site": "cnfuhuaqi",
                "title": "t",
                "published_at": published_at,
                "editor": "编辑",
                "source": "s",
                "body": "正文。" * 30,
            }
        )
    writer.finish_run(
        "finished",
        {
            "downloader/response_count": 9,
            "downloader/response_status_count/200": 8,
            "downloader/response_status_count/404": 1,
        },
    )
    db.close()


def test_runs_json(tmp_path):
    make_archive(tmp_path / "a.db")
    result = CliRunner().invoke(cli, ["runs", "--db", str(tmp_path / "a.db"), "--json"])
    row = json.loads(result.stdout)
    assert (row["site"], row["new"], row["pages_fetched"]) == ("cnfuhuaqi", 4, 9)
    assert row["http_status"] == {"200": 8, "404": 1}


def test_health_ok_and_unhealthy_with_notify(tmp_path):
    make_archive(tmp_path / "ok.db")
    result = CliRunner().invoke(cli, ["health", "--db", str(tmp_path / "ok.db")])
    assert result.exit_code == 0
    assert "ok   cnfuhuaqi      4 articles, last run 1" in result.stdout.splitlines()

    make_archive(tmp_path / "bad.db", published_at=None)
    out = tmp_path / "notified.json"
    result = CliRunner().invoke(
        cli,
        ["health", "--db", str(tmp_path / "bad.db"), "--json", "--notify-command", f"cat > {out}"],
    )
    assert result.exit_code == 1
    site = next(s for s in map(json.loads, result.stdout.splitlines()) if s["site"] == "cnfuhuaqi")
    assert site["state"] == "unhealthy"
    assert site["reasons"] == ["published_at on 0% of run 1's new articles (minimum 90%)"]
    assert json.loads(out.read_text())["unhealthy"][0]["site"] == "cnfuhuaqi"


def test_schedule_outputs(tmp_path):
    result = CliRunner().invoke(cli, ["schedule", "cron", "--workdir", "/srv/crawler"])
    assert "crawl --all --quiet --wait 3600 --db /srv/crawler/data/archive.db" in result.stdout
    result = CliRunner().invoke(cli, ["schedule", "systemd", "--out", str(tmp_path)])
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "incubator-crawler.service",
        "incubator-crawler.timer",
    ]
    result = CliRunner().invoke(cli, ["schedule", "scrapyd"])
    assert "scrapyd-deploy" in result.stdout
    result = CliRunner().invoke(cli, ["schedule", "systemd", "--out", str(tmp_path / "nope")])
    assert result.exit_code == 2
