"""`replicas serve`: every bundled replica on 127.0.0.1, and the `crawl` command that fits them."""

from __future__ import annotations

import json
import shlex
import signal
import sys
import time
from contextlib import contextmanager

import click

from ..crawl.runner import REPLICA_SETTINGS
from ..replicas import SLUGS, get_replica, start_replicas
from ..sites import all_sites, enabled_sites
from . import cli
from .common import CliError, db_option, json_option, user_errors

#: Replicas without a site definition: crawled in generic mode, from their first listing.
GENERIC = ("yqzx", "faults")


def chosen_replicas(names: tuple[str, ...]) -> list[str]:
    """``--site`` values in order, ``all`` being the seven defined sites; no slug twice."""
    known = list(all_sites())
    chosen: list[str] = []
    for name in names:
        if name == "all":
            chosen += [slug for slug in known if slug not in chosen]
        elif name in SLUGS:
            if name not in chosen:
                chosen.append(name)
        else:
            raise CliError(f"unknown replica {name!r}; known replicas: {', '.join(SLUGS)}, all")
    return chosen


def setting_value(value) -> str:
    """A setting as ``-s`` takes it: 0/1 for booleans, JSON for a dict."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def crawl_commands(servers: list[tuple[str, str]], db_path: str) -> tuple[dict, list[list[str]]]:
    """The fast local settings and the `crawl` command lines for ``[(slug, base_url)]``.

    Every enabled site served: one ``crawl --all`` with ``INCUBATOR_SITE_BASE_URLS``. Only
    some: one ``crawl SLUG --base-url`` each (``--all`` would send the others to the live
    sites). A generic replica (yqzx, faults): ``crawl --start-url`` at its first listing.
    """
    exe = "incubator-crawler"
    fast = [f"{name}={setting_value(value)}" for name, value in REPLICA_SETTINGS.items()]
    fast_args = [arg for pair in fast for arg in ("-s", pair)]
    named = {slug: url for slug, url in servers if slug not in GENERIC}
    settings: dict = dict(REPLICA_SETTINGS)
    commands: list[list[str]] = []
    if named and set(named) == set(enabled_sites()):
        settings["INCUBATOR_SITE_BASE_URLS"] = named
        base_urls = "INCUBATOR_SITE_BASE_URLS=" + setting_value(named)
        commands.append([exe, "crawl", "--all", "--db", db_path, *fast_args, "-s", base_urls])
    else:
        for slug, url in named.items():
            commands.append([exe, "crawl", slug, "--base-url", url, "--db", db_path, *fast_args])
    for slug, url in servers:
        if slug in GENERIC:
            start = url + get_replica(slug).listing_paths()[0].lstrip("/")
            commands.append([exe, "crawl", "--start-url", start, "--db", db_path, *fast_args])
    return settings, commands


@contextmanager
def stop_signals():
    """While inside, SIGINT (Ctrl-C) and SIGTERM only append their name to the yielded list.

    Installed before anything is printed, so a signal sent as soon as the output is read
    cannot arrive before the handler.
    """
    received: list[str] = []

    def handler(signum, frame):
        received.append(signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield received
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@cli.group()
def replicas():
    """The bundled replicas of the sites, served on 127.0.0.1 to try crawls offline.

    Example:

        incubator-crawler replicas serve
    """


@replicas.command("serve")
@db_option
@click.option(
    "--site",
    "site_names",
    multiple=True,
    default=("all",),
    show_default=True,
    metavar="NAME",
    help="A replica to serve (repeatable): a site's name, yqzx or faults (generic mode), or all "
    "(every defined site; not yqzx or faults).",
)
@click.option(
    "--port-base",
    type=click.IntRange(1, 65535),
    metavar="N",
    help="Serve on ports N, N+1, ... in order (default: any free ports). The port is part of "
    "every archived URL: keep N between crawls into one archive; 8765 gives the demo's URLs.",
)
@json_option("Print the replicas, settings and crawl commands as one JSON object.")
def replicas_serve(db_path, site_names, port_base, as_json):
    """Serve the replicas until Ctrl-C or SIGTERM, and print the crawl command that fits them.

    The command crawls the replicas into --db (it is only printed here) with fast local
    settings: no download delay, no AutoThrottle, 8 requests at a time per site. Every site
    served: one `crawl --all` with INCUBATOR_SITE_BASE_URLS; some: `crawl SITE --base-url`
    each; yqzx and faults: `crawl --start-url`. --json prints one object with the keys
    replicas (site, name, base_url), settings and commands (each an argument list).

    Example:

        incubator-crawler replicas serve --db /tmp/replicas.db

        incubator-crawler replicas serve --site all --site faults --port-base 8765
    """
    chosen = chosen_replicas(site_names)
    if port_base is None:
        ports = [0] * len(chosen)
    else:
        last = port_base + len(chosen) - 1
        if last > 65535:
            raise CliError(
                f"{len(chosen)} replicas need ports {port_base}..{last}; pass a lower --port-base"
            )
        ports = list(range(port_base, last + 1))
    with stop_signals() as received:
        serve_until_stopped(chosen, ports, db_path, as_json, received)
    click.echo(f"{received[0]}: stopped the replicas", err=True)


def serve_until_stopped(chosen, ports, db_path, as_json, received: list[str]) -> None:
    """Start the replicas, print the crawl that fits them, serve until ``received`` fills."""
    with user_errors():
        servers = start_replicas(chosen, ports, option="--port-base")
    try:
        urls = [(slug, server.base_url + "/") for slug, server in servers]
        settings, commands = crawl_commands(urls, db_path)
        names = {slug: site["name"] for slug, site in all_sites().items()}
        listed = [
            {"site": slug, "name": names.get(slug) or get_replica(slug).name, "base_url": url}
            for slug, url in urls
        ]
        if as_json:
            payload = {"replicas": listed, "settings": settings, "commands": commands}
            click.echo(json.dumps(payload, ensure_ascii=False))
        else:
            click.echo(f"Serving {len(listed)} replicas on 127.0.0.1 (Ctrl-C to stop):")
            for row in listed:
                click.echo(f"  {row['site']:<14} {row['base_url']:<26} {row['name']}")
            click.echo("Crawl them with fast local settings (no delay, no AutoThrottle):")
            for command in commands:
                click.echo(shlex.join(command))
        sys.stdout.flush()
        while not received:
            time.sleep(0.2)  # the handlers run here, in the main thread
    finally:
        for _slug, server in servers:
            server.stop()
