"""The demo: serve site replicas on 127.0.0.1 and crawl them into the archive (`demo`)."""

from __future__ import annotations

from collections.abc import Callable

from ..crawl.jobs import CrawlReport, CrawlRequest, check_request_settings, crawl_sites
from ..crawl.runner import REPLICA_SETTINGS, CrawlRequestError
from ..sites import all_sites
from . import start_replicas


def run_demo(
    site_name: str,
    port: int,
    db_path: str,
    *,
    full: bool = False,
    settings: dict[str, str] | None = None,
    on_serving: Callable[[str, str], None] = lambda slug, url: None,
    notice: Callable[[str], None] = print,
) -> CrawlReport:
    """Serve ``site_name``'s replica (``all``: every site's, on ``port`` and the next ones) and crawl it.

    ``on_serving(slug, base_url)`` is called for each replica once it serves.
    """
    request = CrawlRequest(full=full, settings=dict(settings or {}))
    check_request_settings(request)
    known = list(all_sites())
    if site_name == "all":
        chosen = known
    elif site_name in known:
        chosen = [site_name]
    else:
        raise CrawlRequestError(f"unknown site {site_name!r}; known sites: {', '.join(known)}, all")
    if site_name == "all" and port + len(known) - 1 > 65535:
        raise CrawlRequestError(
            f"--site all needs ports {port}..{port + len(known) - 1}; pass a lower --port"
        )
    ports = [port + known.index(slug) if site_name == "all" else port for slug in chosen]
    servers = start_replicas(chosen, ports, option="--port")
    try:
        for slug, server in servers:
            on_serving(slug, server.base_url)
        return crawl_sites(
            request,
            db_path,
            jobs=[(slug, server.base_url, {}) for slug, server in servers],
            defaults={**REPLICA_SETTINGS, "LOG_LEVEL": "WARNING"},
            check_health=False,
            notice=notice,
        )
    finally:
        for _slug, server in servers:
            server.stop()
