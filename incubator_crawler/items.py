"""The article item that flows from spider to archive.

Raw values (exactly as on the page) sit beside normalised ones, as in
zyte-common-items (`datePublished` / `datePublishedRaw`), so a later extractor
upgrade can re-normalise without re-crawling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticleItem:
    """One article page as extracted, then normalised by the pipelines."""

    url: str
    """Canonical URL of the article page (fragment removed)."""
    site: str
    """Site slug, e.g. ``cnfuhuaqi``."""
    site_name: str | None = None
    """Human name of the site, e.g. 中国孵化器网; used to recognise the site naming itself."""
    fetched_at: str | None = None
    """When the page was fetched, ISO 8601 with +08:00."""

    title_raw: str | None = None
    """The main heading as found on the page."""
    html_title: str | None = None
    """The ``<title>`` text, kept for the title fallback and cross-check."""
    title: str | None = None
    """Normalised title: whitespace collapsed, site suffix and 【栏目】 prefix removed."""

    published_raw: str | None = None
    """The publish date string as on the page, label included (e.g. ``发布日期：2024-04-24``)."""
    published_at: str | None = None
    """ISO 8601 at the precision the page gives: ``2024-04-24`` or ``2024-04-24T10:30:00+08:00``."""
    published_precision: str | None = None
    """One of ``year``, ``month``, ``day``, ``minute``, ``second``."""

    byline_raw: str | None = None
    """The whole labelled meta line (发布日期 / 编辑 / 来源 ...) as on the page."""
    author_raw: str | None = None
    editor_raw: str | None = None
    source_raw: str | None = None
    author: str | None = None
    """A person who wrote the article (作者, 记者, 文/图); null for placeholders such as 佚名."""
    editor: str | None = None
    """The editor (编辑, 责任编辑, 责编); may be the site itself, kept as written."""
    source: str | None = None
    """The original publisher (来源, 信息来源, 稿源); null when empty or 本站原创."""

    breadcrumb_raw: str | None = None
    """The breadcrumb text (当前位置：... > 正文)."""
    category: str | None = None
    """Category path from the breadcrumb, site name and 正文 dropped, joined by ' > '."""

    lede_raw: str | None = None
    """A summary line above the body (often the first sentence cut short)."""
    body_paragraphs: list[str] = field(default_factory=list)
    """Paragraphs of the body container as extracted, before boilerplate removal."""
    body: str | None = None
    """Normalised body: paragraphs joined by blank lines, boilerplate and duplicated lede removed."""
    images: list[dict[str, Any]] = field(default_factory=list)
    """Images in the body: ``{"src": absolute URL, "alt": ..., "caption": ...}``."""

    attachments: list[dict[str, Any]] = field(default_factory=list)
    """Files linked from the page: ``{"url", "name", "sha256", "size", "path", "content_type", "error"}``."""

    list_title: str | None = None
    """Title as shown on the listing page (``a@title`` preferred over the cut anchor text)."""
    list_date_raw: str | None = None
    """Date string shown beside the link on the listing page, used only as a fallback."""

    extraction: dict[str, str] = field(default_factory=dict)
    """Which rule produced each field, e.g. ``{"title": "h1", "published": "label:发布日期"}``."""
    page: dict[str, Any] = field(default_factory=dict)
    """The response as served: ``status``, ``headers`` (dict of str), ``encoding``, ``body`` (bytes)."""
