"""Offline replicas of the supported sites (one module per site), served on 127.0.0.1.

One server per site (each on its own port), because every site's pages use root-relative
URLs (``/xwdt/…``) exactly as the live site does. ``cnfuhuaqi`` keeps its own package,
``incubator_crawler.replica``; ``yqzx`` is a DedeCMS site with no site definition, for the
generic mode.

    from incubator_crawler.replicas import replica_server
    with replica_server("bjkw") as server:
        print(server.base_url)
"""

from __future__ import annotations

import importlib

from incubator_crawler.replica.server import ReplicaServer

#: replica slugs, in the order the demo serves them (ports DEMO_PORT + index)
SLUGS = (
    "cnfuhuaqi",
    "chinatorch",
    "chinahightech",
    "wehdz",
    "bjkw",
    "zgcgw",
    "stdaily",
    "yqzx",
    "faults",
)


def get_replica(slug: str):
    """The ``SiteReplica`` of a slug (not cnfuhuaqi, whose replica predates this package)."""
    if slug not in SLUGS or slug == "cnfuhuaqi":
        raise KeyError(slug)
    return importlib.import_module(f"incubator_crawler.replicas.{slug}").REPLICA


def replica_server(
    slug: str, port: int = 0, host: str = "127.0.0.1", *, latency: float = 0.0
) -> ReplicaServer:
    """A (not yet started) server for one site's replica; ``latency`` s delays each response."""
    if slug == "cnfuhuaqi":
        return ReplicaServer(host, port, latency=latency)
    return ReplicaServer(host, port, router=get_replica(slug).route, latency=latency)


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
