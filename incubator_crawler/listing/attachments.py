"""Attachment links: the links on a page that lead to files (PDF, Word, Excel, archives)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from ..hrefs import leads_nowhere

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
        if not href or leads_nowhere(href, mailto=True):
            continue
        url = urljoin(page_url, href)
        if not ATTACHMENT_EXT.search(urlsplit(url).path) or url in seen:
            continue
        seen.add(url)
        name = " ".join(link.text_content().split()) or Path(urlsplit(url).path).name
        found.append({"url": url, "name": name})
    return found
