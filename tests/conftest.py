"""Shared fixtures: a free port, the CLI run as a real process (Twisted's reactor starts once per process),
a real redis-server per test module."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_ports(n: int) -> int:
    """A base port with ``n`` consecutive free ports after it."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + n >= 65535:
            continue
        try:
            socks = []
            for port in range(base, base + n):
                s = socket.socket()
                socks.append(s)
                s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no run of free ports")


def run_cli(
    *args: str, cwd: Path | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    """Run ``incubator-crawler ARGS`` in a fresh interpreter and capture its output."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    full_env.pop("INCUBATOR_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "incubator_crawler", *args],
        cwd=cwd or REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def cli_run():
    """The run_cli helper, as a fixture."""
    return run_cli


@pytest.fixture
def refused_port():
    """A port on 127.0.0.1 that refuses connections for the whole test.

    The socket stays bound but never listens, so the kernel answers every connection with a
    reset, and no other server started meanwhile (suites run side by side) can take the port.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.fixture
def port():
    """A free port for a replica server."""
    return free_port()


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A real redis-server on a free port for one test module, stopped after it."""
    from servers import RedisServer  # tests/servers.py, beside this file

    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server.url
    server.stop()
