"""Fixtures: pages saved as served (bytes + URL + headers), for `incubator-crawler fixture save`.

A fixture is two files side by side: ``<case>.html`` holds the body bytes exactly as served
(any encoding), ``<case>.json`` holds ``{"url", "status", "headers", "encoding"?, "fetched_at"}``.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

_CST = timezone(timedelta(hours=8))


def fixture_paths(path: str | Path) -> tuple[Path, Path]:
    """``<path>.html`` and its ``<path>.json`` sidecar (a ``.html``/``.json`` suffix is dropped first)."""
    p = Path(path)
    if p.suffix in (".html", ".json"):
        p = p.with_suffix("")
    return p.with_name(p.name + ".html"), p.with_name(p.name + ".json")


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
    html_path, meta_path = fixture_paths(path)
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
