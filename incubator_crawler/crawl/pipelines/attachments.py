"""Attachments: files linked from an article (PDF, Word, Excel, archives), downloaded once.

This pipeline step downloads them; ``listing/attachments.py`` finds the links and
``archive/files.py`` stores the files by content:
``<INCUBATOR_FILES_DIR>/<sha256[:2]>/<sha256><ext>``, so the
same notice attached to ten articles, or under two URLs, is kept once. Each article lists
its attachments (url, link text, sha256, size, or the error) in ``attachments``; the archive
links them in ``article_attachments``. Off with ``INCUBATOR_ATTACHMENTS_ENABLED=0``; files
larger than ``INCUBATOR_ATTACHMENT_MAX_BYTES`` are skipped and recorded as such.
"""

from __future__ import annotations

from pathlib import Path

from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future

from ...archive.files import store_file
from ...listing.attachments import find_attachment_links
from .base import adapt, prepared


class AttachmentsPipeline:
    """Downloads each article's attachment links through the crawler (robots, delays, retries apply)."""

    def __init__(self, crawler, files_dir: str, max_bytes: int):
        self.crawler = crawler
        self.files_dir = Path(files_dir)
        self.max_bytes = max_bytes
        self.by_url: dict[str, dict] = {}

    @classmethod
    def from_crawler(cls, crawler):
        """Read INCUBATOR_ATTACHMENTS_ENABLED, INCUBATOR_FILES_DIR, INCUBATOR_ATTACHMENT_MAX_BYTES."""
        settings = crawler.settings
        if not settings.getbool("INCUBATOR_ATTACHMENTS_ENABLED", True):
            raise NotConfigured
        files_dir = settings.get("INCUBATOR_FILES_DIR") or str(
            Path(settings.get("INCUBATOR_DB", "data/archive.db")).parent / "files"
        )
        return cls(
            crawler, files_dir, settings.getint("INCUBATOR_ATTACHMENT_MAX_BYTES", 50 * 2**20)
        )

    async def process_item(self, item):
        """Download the item's attachments (once per URL per run) and list them on the item."""
        adapter = adapt(item)
        page = adapter.get("page") or {}
        done = prepared(item)
        if done is not None and done.attachment_links is not None:
            links = done.attachment_links  # found by the extraction worker
        else:
            links = find_attachment_links(
                page.get("body") or b"", page.get("encoding"), adapter["url"]
            )
        attachments = []
        for link in links:
            record = self.by_url.get(link["url"])
            if record is None:
                record = await self._download(link["url"])
                self.by_url[link["url"]] = record
            attachments.append({"url": link["url"], "name": link["name"], **record})
        adapter["attachments"] = attachments
        return item

    async def _download(self, url: str) -> dict:
        stats = self.crawler.stats
        request = Request(url, meta={"download_maxsize": self.max_bytes, "dont_redirect": False})
        try:
            response = await maybe_deferred_to_future(self.crawler.engine.download(request))
        except Exception as exc:  # the download failed or exceeded the size cap
            stats.inc_value("incubator/attachments/failed")
            return {
                "sha256": None,
                "size": None,
                "path": None,
                "error": f"{type(exc).__name__}: {exc}"[:300],
            }
        if response.status != 200:
            stats.inc_value("incubator/attachments/failed")
            return {"sha256": None, "size": None, "path": None, "error": f"HTTP {response.status}"}
        sha, path = store_file(self.files_dir, response.body, url)
        stats.inc_value("incubator/attachments/stored")
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        return {
            "sha256": sha,
            "size": len(response.body),
            "path": path,
            "content_type": content_type,
            "error": None,
        }
