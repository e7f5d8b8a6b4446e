"""Attachments: files linked from an article (PDF, Word, Excel, archives), downloaded once.

Files are stored by content: ``<INCUBATOR_FILES_DIR>/<sha256[:2]>/<sha256><ext>``, so the
same notice attached to ten articles, or under two URLs, is kept once. Each article lists
its attachments (url, link text, sha256, size, or the error) in ``attachments``; the archive
links them in ``article_attachments``. Off with ``INCUBATOR_ATTACHMENTS_ENABLED=0``; files
larger than ``INCUBATOR_ATTACHMENT_MAX_BYTES`` are skipped and recorded as such.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from itemadapter import ItemAdapter
from lxml import html as lxml_html
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future

from .base import prepared

#: File types worth keeping: government notices attach their rules and forms as these.
ATTACHMENT_EXT = re.compile(r"\.(pdf|docx?|xlsx?|zip|rar|7z|wps|et|ppt|pptx)$", re.IGNORECASE)
#: A page can link an attachment only if its text has one of the extensions at the end of a URL
#: path (before a quote, ?, #, whitespace, > or the end) or has character references (&#46;pdf).
#: Pages without either are not parsed again: the second parse was 3% of a crawl's CPU time.
_MAY_LINK_ATTACHMENT = re.compile(
    r"\.(?:pdf|docx?|xlsx?|zip|rar|7z|wps|et|pptx?)(?:[\"'\s?#>]|$)|&#", re.IGNORECASE
)


def find_attachment_links(body: bytes, encoding: str | None, page_url: str) -> list[dict[str, str]]:
    """Links to attachment files on a page: ``[{"url", "name"}]`` in document order, no duplicates."""
    if not body:
        return []
    try:
        text = body.decode((encoding or "utf-8").split(" ")[0], errors="replace")
        if not _MAY_LINK_ATTACHMENT.search(text):
            return []  # most pages: no need to parse the page a second time
        root = lxml_html.fromstring(text)
    except (LookupError, ValueError, lxml_html.etree.ParserError):
        return []
    found: list[dict[str, str]] = []
    seen: set[str] = set()
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin(page_url, href)
        if not ATTACHMENT_EXT.search(urlsplit(url).path) or url in seen:
            continue
        seen.add(url)
        name = " ".join(link.text_content().split()) or Path(urlsplit(url).path).name
        found.append({"url": url, "name": name})
    return found


def store_file(files_dir: Path, content: bytes, url: str) -> tuple[str, str]:
    """Write ``content`` content-addressed under ``files_dir`` (once); return (sha256, relative path)."""
    sha = hashlib.sha256(content).hexdigest()
    ext = os.path.splitext(urlsplit(url).path)[1].lower()[:8]
    relative = Path(sha[:2]) / f"{sha}{ext}"
    target = files_dir / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(target.suffix + ".part")
        partial.write_bytes(content)
        os.replace(partial, target)  # never a half-written file under the final name
    return sha, str(relative)


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
        adapter = ItemAdapter(item)
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
