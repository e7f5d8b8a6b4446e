"""Fixtures loaded back as Scrapy responses (tests only); saving them is ``incubator_crawler.tools.fixtures``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

from incubator_crawler.tools.fixtures import fixture_paths


def load_fixture(path: str | Path) -> HtmlResponse:
    """Load ``<path>.html`` + ``<path>.json`` as an HtmlResponse with the recorded headers."""
    html_path, meta_path = fixture_paths(path)
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
    return json.loads(fixture_paths(path)[1].read_text(encoding="utf-8"))
