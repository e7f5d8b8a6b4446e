"""From page bytes to a normalised article, without the crawl engine (the `extract` CLI, tests, benchmarks)."""

from __future__ import annotations

import codecs
import re
from datetime import datetime
from typing import Any

from w3lib.url import canonicalize_url

from ..article.encoding import decode_html
from ..article.extract import extract_article
from ..article.published import SHANGHAI
from ..items import CONTENT_FIELDS, SHOWN_RAW_FIELDS, ArticleItem
from .pipelines import normalize_item
from .pipelines.require_fields import missing_fields

# URLs canonicalize_url returns unchanged: http(s), a lowercase ASCII host (IDNA leaves such
# labels as they are), no port, userinfo, query, fragment or percent-escape, and a path of
# unreserved characters without "." or ".." segments. Most article URLs are like that, and
# canonicalize_url costs about a twentieth of a page's parse (tests/test_process_urls.py
# checks the shortcut against it on generated URLs).
# The last label must hold a letter: a host ending in a number is read as an IPv4 address, which
# w3lib 2.6 validates (``1.2.3.4.9`` is a ValueError there), so such hosts take the slow path.
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = rf"(?:{_LABEL}\.)*(?=[a-z0-9-]*[a-z]){_LABEL}"
_CANONICAL_AS_IS = re.compile(rf"https?://{_HOST}(?:/|(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+/?)")


def canonical_url(url: str) -> str:
    """The archive key of an article URL: fragment dropped, query sorted, scheme/host kept."""
    if _CANONICAL_AS_IS.fullmatch(url):
        return url
    return canonicalize_url(url, keep_fragments=False)


def _header(headers: dict[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def extract_page(
    body: bytes,
    url: str,
    *,
    status: int = 200,
    headers: dict[str, str] | None = None,
    site: str = "generic",
    site_name: str | None = None,
    hints: dict[str, str] | None = None,
    list_title: str | None = None,
    list_date_raw: str | None = None,
    fetched_at: datetime | None = None,
) -> ArticleItem:
    """Decode ``body`` and locate the raw article fields in it (not yet normalised)."""
    headers = headers or {}
    text, encoding = decode_html(body, _header(headers, "Content-Type"))
    # a page decoded as plain UTF-8 (no BOM) is its own UTF-8 encoding: lxml parses the bytes
    utf8 = body if encoding == "utf-8" and not body.startswith(codecs.BOM_UTF8) else None
    extracted = extract_article(text, url, hints=hints, utf8=utf8)
    fetched = (fetched_at or datetime.now(SHANGHAI)).isoformat(timespec="seconds")
    return ArticleItem(
        url=canonical_url(url),
        site=site,
        site_name=site_name or extracted.site_name,
        fetched_at=fetched,
        title_raw=extracted.title_raw,
        html_title=extracted.html_title,
        published_raw=extracted.published_raw,
        byline_raw=extracted.byline_raw,
        author_raw=extracted.author_raw,
        editor_raw=extracted.editor_raw,
        source_raw=extracted.source_raw,
        breadcrumb_raw=extracted.breadcrumb_raw,
        lede_raw=extracted.lede_raw,
        body_paragraphs=list(extracted.body_paragraphs),
        body_pictured=list(extracted.body_pictured),
        body_linked=list(extracted.body_linked),
        images=list(extracted.images),
        list_title=list_title,
        list_date_raw=list_date_raw,
        extraction=dict(extracted.rules),
        page={"status": status, "headers": headers, "encoding": encoding, "body": body},
    )


#: Keys of the JSON object `extract` prints for each page, in order (documented in the README).
EXTRACT_KEYS = (
    "url",
    *CONTENT_FIELDS,
    "images",
    *SHOWN_RAW_FIELDS,
    "encoding",
    "extraction",
    "rejected",
)


def extract_normalized(body: bytes, url: str, **kwargs: Any) -> dict[str, Any]:
    """Extract and normalise one page: a dict with EXTRACT_KEYS (``rejected`` names missing fields)."""
    item = normalize_item(extract_page(body, url, **kwargs))
    record = {key: getattr(item, key, None) for key in EXTRACT_KEYS}
    record["encoding"] = item.page.get("encoding")
    missing = missing_fields({"url": item.url, "title": item.title, "body": item.body})
    record["rejected"] = ("missing " + ", ".join(missing)) if missing else None
    return record
