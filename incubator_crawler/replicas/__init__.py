"""Offline replicas of the sites (one module per site), served on 127.0.0.1 by ``server.py``.

One server per site (each on its own port), because every site's pages use root-relative
URLs (``/xwdt/…``) exactly as the live site does. A site's replica is
``replicas/<slug>.py`` (``cnfuhuaqi/`` is a package: the demo's site, the largest) exporting
``REPLICA``, a ``base.SiteReplica``. ``yqzx`` and ``faults`` have no site definition: they are
the generic mode's test grounds.

    from incubator_crawler.replicas import replica_server
    with replica_server("bjkw") as server:
        print(server.base_url)
"""

from __future__ import annotations

import importlib
import importlib.util

from ..sites import all_sites
from .server import ReplicaServer

#: replicas of no defined site, crawled in generic mode (``crawl --start-url``)
GENERIC = ("yqzx", "faults")


def _has_replica(slug: str) -> bool:
    return importlib.util.find_spec(f"{__name__}.{slug}") is not None


#: replica slugs in the order the demo serves them (ports DEMO_PORT + index): every site with a
#: replica module, in the sites' order, then the generic-mode ones
SLUGS = (*(slug for slug in all_sites() if _has_replica(slug)), *GENERIC)


def get_replica(slug: str):
    """The ``SiteReplica`` of a slug (``KeyError`` for an unknown one)."""
    if slug not in SLUGS:
        raise KeyError(slug)
    return importlib.import_module(f"{__name__}.{slug}").REPLICA


def replica_server(
    slug: str, port: int = 0, host: str = "127.0.0.1", *, latency: float = 0.0
) -> ReplicaServer:
    """A (not yet started) server for one site's replica; ``latency`` s delays each response."""
    replica = get_replica(slug)
    return ReplicaServer(
        host,
        port,
        router=replica.route,
        extra_headers=replica.extra_headers,
        server_header=replica.server_header,
        latency=latency,
    )


#: The demo's replica port. Fixed, because it is part of every archived URL: a second demo run
#: on another port would see different URLs and store every article again.
DEMO_PORT = 8765


class ReplicaPortBusy(ValueError):
    """A replica's port cannot be bound; the message says which and what to pass instead."""


def start_replicas(
    slugs: list[str], ports: list[int], *, option: str
) -> list[tuple[str, ReplicaServer]]:
    """Start each slug's replica on 127.0.0.1 at its port (0: any free one), in threads.

    A port that cannot be bound stops the replicas already started and raises
    ReplicaPortBusy naming ``option``, the command's port option.
    """
    servers: list[tuple[str, ReplicaServer]] = []
    try:
        for slug, port in zip(slugs, ports, strict=True):
            server = replica_server(slug, port)
            try:
                server.start()
            except OSError as exc:
                raise ReplicaPortBusy(
                    f"cannot serve the {slug} replica on 127.0.0.1:{port} ({exc.strerror or exc}); "
                    f"pass {option} with a free port (and a new --db: the port is part of the URLs)"
                ) from None
            servers.append((slug, server))
    except BaseException:
        for _slug, server in servers:
            server.stop()
        raise
    return servers


def main(argv: list[str] | None = None) -> None:
    """Serve one replica until Ctrl-C: ``python -m incubator_crawler.replicas SLUG [--port N]``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m incubator_crawler.replicas")
    parser.add_argument("slug", choices=SLUGS)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay every response")
    args = parser.parse_args(argv)
    server = replica_server(args.slug, args.port, args.host, latency=args.latency_ms / 1000)
    print(f"Serving the {args.slug} replica on {server.start()} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
