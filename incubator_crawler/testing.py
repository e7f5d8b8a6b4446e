"""Fixture helpers: pages saved as served (bytes + URL + headers) and loaded back as responses.

A fixture is two files side by side: ``<case>.html`` holds the body bytes exactly as served
(any encoding), ``<case>.json`` holds ``{"url", "status", "headers", "encoding"?, "fetched_at"}``.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

_CST = timezone(timedelta(hours=8))


def _paths(path: str | Path) -> tuple[Path, Path]:
    p = Path(path)
    if p.suffix in (".html", ".json"):
        p = p.with_suffix("")
    return p.with_name(p.name + ".html"), p.with_name(p.name + ".json")


def load_fixture(path: str | Path) -> HtmlResponse:
    """Load ``<path>.html`` + ``<path>.json`` as an HtmlResponse with the recorded headers."""
    html_path, meta_path = _paths(path)
    meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
    headers = meta.get("headers") or {}
    kwargs: dict[str, Any] = {}
    if meta.get("encoding"):
        # an explicit encoding overrides header/meta sniffing, as Scrapy's own argument does
        kwargs["encoding"] = meta["encoding"]
    return HtmlResponse(
        url=meta["url"],
        status=int(meta.get("status", 200)),
        headers=headers,
        body=html_path.read_bytes(),
        **kwargs,
    )


def fixture_meta(path: str | Path) -> dict[str, Any]:
    """Return the recorded ``<path>.json`` sidecar as a dict."""
    return json.loads(_paths(path)[1].read_text(encoding="utf-8"))


def save_fixture(
    path: str | Path,
    url: str,
    body: bytes,
    headers: dict[str, Any],
    status: int = 200,
    encoding: str | None = None,
    fetched_at: str | None = None,
) -> None:
    """Write ``<path>.html`` (raw bytes) and ``<path>.json`` (url, status, headers, fetched_at)."""
    html_path, meta_path = _paths(path)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_bytes(body)
    flat: dict[str, str] = {}
    for k, v in headers.items():
        key = k.decode("latin-1") if isinstance(k, bytes) else str(k)
        if isinstance(v, list | tuple):
            v = v[0] if v else ""
        flat[key] = v.decode("latin-1") if isinstance(v, bytes) else str(v)
    meta: dict[str, Any] = {
        "url": url,
        "status": status,
        "headers": flat,
        "fetched_at": fetched_at or datetime.now(_CST).isoformat(timespec="seconds"),
    }
    if encoding:
        meta["encoding"] = encoding
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
