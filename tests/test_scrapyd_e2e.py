"""Scrapyd end to end: `schedule scrapyd`'s own commands deploy the egg to a real Scrapyd and
schedule one worker job per site; the jobs finish, and ingest fills the archive from Redis."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from servers import RedisServer, ScrapydServer

from incubator_crawler.replicas import get_replica, replica_server
from incubator_crawler.sites import all_sites

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
#: Job settings for a local replica (the printed commands are for the live sites).
REPLICA_JOB = ("-d", "setting=DOWNLOAD_DELAY=0", "-d", "setting=AUTOTHROTTLE_ENABLED=0",
               "-d", "setting=INCUBATOR_IDLE_EXIT=1", "-d", "setting=LOG_LEVEL=INFO")  # fmt: skip


def project_copy(target: Path, scrapyd_url: str) -> Path:
    """The project as an operator's checkout, its scrapy.cfg pointing at the test's Scrapyd."""
    target.mkdir(parents=True)
    shutil.copytree(
        REPO / "incubator_crawler",
        target / "incubator_crawler",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(REPO / name, target / name)
    cfg = (REPO / "scrapy.cfg").read_text("utf-8")
    assert "url = http://127.0.0.1:6800/" in cfg
    (target / "scrapy.cfg").write_text(cfg.replace("http://127.0.0.1:6800/", scrapyd_url + "/"))
    return target


def shell(line: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run one printed command line as an operator's shell would (this venv first on PATH)."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        ["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_deploy_schedule_finish_ingest(tmp_path):
    from conftest import run_cli

    from incubator_crawler.archive.db import open_archive
    from incubator_crawler.crawl.distributed.ingest import Ingester

    scrapyd = ScrapydServer(tmp_path / "scrapyd").start()
    redis_server = RedisServer(tmp_path / "redis").start()
    sites = list(all_sites())
    servers = {slug: replica_server(slug) for slug in sites}
    try:
        for server in servers.values():
            server.start()
        project = project_copy(tmp_path / "project", scrapyd.url)
        db = tmp_path / "archive.db"
        printed = run_cli("schedule", "scrapyd", "--workdir", str(project), "--db", str(db),
                          "--redis", redis_server.url, "--scrapyd", scrapyd.url)  # fmt: skip
        assert printed.returncode == 0, printed.stderr
        lines = [ln for ln in printed.stdout.splitlines() if ln and not ln.startswith("#")]
        deploy = next(ln for ln in lines if ln.startswith("scrapyd-deploy"))
        result = shell(deploy, project)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["status"] == "ok", result.stdout
        # What ingest publishes first (the archive's known URLs), so the jobs can start.
        archive_db = open_archive(db)
        Ingester(redis.Redis.from_url(redis_server.url), archive_db).prepare()
        archive_db.close()
        jobs = [ln for ln in lines if "/schedule.json" in ln]
        assert len(jobs) == len(sites)
        for line, slug in zip(jobs, sites, strict=True):
            assert f"spider={slug}" in line
            extra = " ".join(
                map(shlex.quote, (*REPLICA_JOB, "-d", f"base_url={servers[slug].base_url}/"))
            )
            answer = shell(f"{line} {extra}", project)
            assert json.loads(answer.stdout)["status"] == "ok", answer.stdout + answer.stderr
        listjobs = "/listjobs.json?project=incubator_crawler"
        deadline = time.monotonic() + 240
        while True:
            state = json.loads(scrapyd.get(listjobs))
            if len(state["finished"]) == len(sites):
                break
            assert time.monotonic() < deadline, state
            time.sleep(0.5)
        # The printed ingest line, with an idle time of 0: the jobs are done, drain and exit.
        ingest = next(ln for ln in lines if " ingest " in ln).rstrip(" &")
        result = shell(f"{ingest} --idle-exit 0 --json", project)
        assert result.returncode == 0, result.stderr
        summaries = {s["site"]: s for s in map(json.loads, result.stdout.splitlines())}
    finally:
        for server in servers.values():
            server.stop()
        scrapyd.stop()
        redis_server.stop()
    assert set(summaries) == set(sites)
    conn = sqlite3.connect(db)
    for slug in sites[1:]:
        expected = len(get_replica(slug).articles)
        stored = conn.execute("SELECT count(*) FROM articles WHERE site = ?", [slug]).fetchone()[0]
        assert stored == summaries[slug]["new"] == expected, slug
    assert summaries["cnfuhuaqi"]["new"] == 47
    modes = {row[0] for row in conn.execute("SELECT DISTINCT mode FROM crawl_runs")}
    assert modes == {"distributed"}
    for summary in summaries.values():
        assert summary["finish_reason"] == "finished", summary


@pytest.fixture(autouse=True)
def _no_stray_setup_py():
    """scrapyd-deploy writes a setup.py where none exists: it must find the project's own."""
    yield
    assert (REPO / "setup.py").read_text("utf-8").startswith('"""Only for `scrapyd-deploy`')
