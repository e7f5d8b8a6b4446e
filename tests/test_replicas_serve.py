"""`replicas serve` (issue 11, item 18): one command serves every replica and prints the crawl
that fits them; the printed `crawl --all` stores every replica's articles; SIGTERM stops it."""

from __future__ import annotations

import json
import os
import queue
import shlex
import signal
import sqlite3
import subprocess
import sys
import threading

import pytest
from conftest import REPO, free_ports, run_cli

from incubator_crawler.replicas import get_replica
from incubator_crawler.replicas.cnfuhuaqi.catalog import valid_articles
from incubator_crawler.sites import all_sites

SITES = list(all_sites())

#: What a correct crawl stores per site: the replicas' catalogs (cnfuhuaqi's own catalog
#: less its deleted article and its 404 link).
EXPECTED = {
    slug: len(valid_articles()) if slug == "cnfuhuaqi" else len(get_replica(slug).articles)
    for slug in SITES
}


class Serving:
    """`incubator-crawler replicas serve ARGS` as a child process, read line by line."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        env.pop("INCUBATOR_DB", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "incubator_crawler", "replicas", "serve", *args],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # A thread reads stdout, so a missing line fails the test instead of hanging it.
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)  # end of output

    def readline(self) -> str:
        """The next stdout line; fails (instead of hanging) if none comes within a minute."""
        try:
            line = self.lines.get(timeout=60)
        except queue.Empty:
            raise AssertionError("replicas serve printed nothing for a minute") from None
        assert line is not None, (
            f"replicas serve exited {self.proc.wait()}: {self.proc.stderr.read()}"
        )
        return line

    def stop(self, sig=signal.SIGTERM) -> tuple[int, str, str]:
        """Send ``sig``; return (exit code, the rest of stdout, stderr)."""
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout=60)
        err = self.proc.stderr.read()
        self.reader.join(timeout=60)
        rest = []
        while (line := self.lines.get_nowait()) is not None:
            rest.append(line)
        return code, "\n".join(rest), err

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def run_printed(command: list[str], *extra: str) -> subprocess.CompletedProcess:
    """Run a printed command line (``incubator-crawler ...``) with this checkout's interpreter."""
    assert command[0] == "incubator-crawler"
    return run_cli(*command[1:], *extra)


def test_catalogs_hold_the_demos_125_articles():
    assert sum(EXPECTED.values()) == 125  # 115 on the first seven sites, 10 on cdht


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`replicas serve --json`, the printed crawl run twice into a fresh archive, then SIGTERM."""
    db = tmp_path_factory.mktemp("replicas") / "archive.db"
    serving = Serving("--db", str(db), "--json")
    try:
        printed = json.loads(serving.readline())
        runs = []
        for _ in range(2):
            result = run_printed(printed["commands"][0], "--json", "--quiet")
            assert result.returncode == 0, result.stderr
            runs.append({s["site"]: s for s in map(json.loads, result.stdout.splitlines())})
        stopped = serving.stop(signal.SIGTERM)
    finally:
        serving.kill()
    return db, printed, runs, stopped


def test_prints_every_site_and_the_fast_settings(served):
    db, printed, *_ = served
    assert [r["site"] for r in printed["replicas"]] == SITES
    urls = {r["site"]: r["base_url"] for r in printed["replicas"]}
    assert all(url.startswith("http://127.0.0.1:") and url.endswith("/") for url in urls.values())
    assert len(set(urls.values())) == len(SITES)  # one server, one port, per site
    assert printed["settings"] == {
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "RETRY_TIMES": 1,
        "INCUBATOR_SITE_BASE_URLS": urls,
    }
    [command] = printed["commands"]
    assert command[:5] == ["incubator-crawler", "crawl", "--all", "--db", str(db)]
    pairs = command[5:]
    assert pairs[0::2] == ["-s"] * 5
    assert pairs[1::2] == [
        "DOWNLOAD_DELAY=0",
        "AUTOTHROTTLE_ENABLED=0",
        "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "RETRY_TIMES=1",
        "INCUBATOR_SITE_BASE_URLS=" + json.dumps(urls, ensure_ascii=False),
    ]


def test_printed_crawl_stores_every_replica_article(served):
    db, printed, (first, _), _ = served
    assert {site: run["new"] for site, run in first.items()} == EXPECTED
    assert all(run["finish_reason"] == "finished" for run in first.values())
    conn = sqlite3.connect(db)
    stored = dict(conn.execute("SELECT site, count(*) FROM articles GROUP BY site").fetchall())
    assert stored == EXPECTED
    # each site's articles came from the replica the command printed for it
    urls = {r["site"]: r["base_url"] for r in printed["replicas"]}
    for site, url in conn.execute("SELECT site, url FROM articles"):
        assert url.startswith(urls[site]), (site, url)


def test_second_printed_crawl_fetches_no_article_again(served):
    _, _, (_, second), _ = served
    assert {site: (run["new"], run["article_pages"]) for site, run in second.items()} == {
        site: (0, 0) for site in SITES
    }


def test_sigterm_stops_it_cleanly(served):
    *_, (code, rest, err) = served
    assert code == 0
    assert rest == ""
    assert "Traceback" not in err
    assert err.splitlines()[-1] == "SIGTERM: stopped the replicas"


def test_text_output_is_a_ready_command_and_ctrl_c_stops_it(tmp_path):
    """Ports from --port-base; the fault replica only when asked; the command line pastes."""
    base = free_ports(len(SITES) + 1)
    serving = Serving("--site", "all", "--site", "faults", "--port-base", str(base))
    try:
        lines = [serving.readline() for _ in range(len(SITES) + 5)]
        code, rest, err = serving.stop(signal.SIGINT)
    finally:
        serving.kill()
    assert lines[0] == f"Serving {len(SITES) + 1} replicas on 127.0.0.1 (Ctrl-C to stop):"
    rows = [line.split() for line in lines[1 : len(SITES) + 2]]
    assert [(row[0], row[1]) for row in rows] == [
        (slug, f"http://127.0.0.1:{base + i}/") for i, slug in enumerate([*SITES, "faults"])
    ]
    assert lines[len(SITES) + 2].startswith("Crawl them with fast local settings")
    crawl_all, crawl_faults = map(shlex.split, lines[len(SITES) + 3 :])
    urls = {slug: f"http://127.0.0.1:{base + i}/" for i, slug in enumerate(SITES)}
    assert crawl_all[:3] == ["incubator-crawler", "crawl", "--all"]
    assert crawl_all[-1] == "INCUBATOR_SITE_BASE_URLS=" + json.dumps(urls, ensure_ascii=False)
    assert crawl_faults[:4] == [
        "incubator-crawler",
        "crawl",
        "--start-url",
        f"http://127.0.0.1:{base + len(SITES)}/news/",
    ]
    assert (code, rest) == (0, ""), err
    assert err.splitlines()[-1] == "SIGINT: stopped the replicas"


def test_some_sites_get_one_crawl_each():
    """`crawl --all` would send the sites not served to the live ones."""
    serving = Serving("--site", "bjkw", "--site", "yqzx", "--json", "--db", "a.db")
    try:
        printed = json.loads(serving.readline())
        serving.stop()
    finally:
        serving.kill()
    bjkw, yqzx = (r["base_url"] for r in printed["replicas"])
    fast = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0"]
    fast += ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1"]
    assert printed["commands"] == [
        ["incubator-crawler", "crawl", "bjkw", "--base-url", bjkw, "--db", "a.db", *fast],
        ["incubator-crawler", "crawl", "--start-url", yqzx + "a/yqdt/", "--db", "a.db", *fast],
    ]
    assert "INCUBATOR_SITE_BASE_URLS" not in printed["settings"]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ("--site", "nosuch"),
            "Error: unknown replica 'nosuch'; known replicas: "
            "cnfuhuaqi, chinatorch, chinahightech, wehdz, bjkw, zgcgw, stdaily, "
            + "".join(f"{slug}, " for slug in SITES[7:])  # sites added later
            + "yqzx, faults, all",
        ),
        (
            ("--port-base", "65530"),
            f"Error: {len(SITES)} replicas need ports 65530..{65529 + len(SITES)}; pass a lower --port-base",
        ),
    ],
)
def test_user_mistakes_are_one_line(args, error):
    result = run_cli("replicas", "serve", *args)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [error]
    assert result.stdout == ""


def test_busy_port_is_one_line():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("replicas", "serve", "--site", "bjkw", "--port-base", str(port))
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: cannot serve the bjkw replica on 127.0.0.1:{port} (")
    assert line.endswith(
        "pass --port-base with a free port (and a new --db: the port is part of the URLs)"
    )
