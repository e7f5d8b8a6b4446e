"""The article item that flows from spider to archive.

Raw values (exactly as on the page) sit beside normalised ones, as in
zyte-common-items (`datePublished` / `datePublishedRaw`), so a later extractor
upgrade can re-normalise without re-crawling.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


def _field(*, kind: str | None = None, factory: Any = None, **flags: bool) -> Any:
    """A field tagged for the lists below: ``kind`` is ``content`` (normalised, versioned) or
    ``raw`` (as on the page); ``on_page`` marks what the page walk finds, ``checked`` the content a
    reader checks, ``shown`` the raw strings the ``extract`` command prints."""
    metadata = {"kind": kind, **flags}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    return field(default=None, metadata=metadata)


@dataclass
class ArticleItem:
    """One article page as extracted, then normalised by the pipelines."""

    url: str
    """Canonical URL of the article page (fragment removed)."""
    site: str
    """Site slug, e.g. ``cnfuhuaqi``."""
    site_name: str | None = _field(on_page=True)
    """Human name of the site, e.g. 中国孵化器网; used to recognise the site naming itself."""
    fetched_at: str | None = None
    """When the page was fetched, ISO 8601 with +08:00."""

    title_raw: str | None = _field(kind="raw", on_page=True)
    """The main heading as found on the page."""
    html_title: str | None = _field(kind="raw", on_page=True)
    """The ``<title>`` text, kept for the title fallback and cross-check."""
    title: str | None = _field(kind="content", checked=True)
    """Normalised title: whitespace collapsed, site suffix and 【栏目】 prefix removed."""

    published_raw: str | None = _field(kind="raw", on_page=True, shown=True)
    """The publish date string as on the page, label included (e.g. ``发布日期：2024-04-24``)."""
    published_at: str | None = _field(kind="content", checked=True)
    """ISO 8601 at the precision the page gives: ``2024-04-24`` or ``2024-04-24T10:30:00+08:00``."""
    published_precision: str | None = _field(kind="content")
    """One of ``year``, ``month``, ``day``, ``minute``, ``second``."""

    byline_raw: str | None = _field(kind="raw", on_page=True)
    """The whole labelled meta line (发布日期 / 编辑 / 来源 ...) as on the page."""
    author_raw: str | None = _field(kind="raw", on_page=True, shown=True)
    editor_raw: str | None = _field(kind="raw", on_page=True, shown=True)
    source_raw: str | None = _field(kind="raw", on_page=True, shown=True)
    author: str | None = _field(kind="content", checked=True)
    """A person who wrote the article (作者, 记者, 文/图); null for placeholders such as 佚名."""
    editor: str | None = _field(kind="content", checked=True)
    """The editor (编辑, 责任编辑, 责编); may be the site itself, kept as written."""
    source: str | None = _field(kind="content", checked=True)
    """The original publisher (来源, 信息来源, 稿源); null when empty or 本站原创."""

    breadcrumb_raw: str | None = _field(kind="raw", on_page=True, shown=True)
    """The breadcrumb text (当前位置：... > 正文)."""
    category: str | None = _field(kind="content", checked=True)
    """Category path from the breadcrumb, site name and 正文 dropped, joined by ' > '."""

    lede_raw: str | None = _field(kind="raw", on_page=True)
    """A summary line above the body (often the first sentence cut short)."""
    body_paragraphs: list[str] = _field(factory=list, on_page=True)
    """Paragraphs of the body container as extracted, before boilerplate removal."""
    body_pictured: list[int] = _field(factory=list, on_page=True)
    """Indexes of ``body_paragraphs`` standing right under a picture of their own (a caption's place)."""
    body_linked: list[int] = _field(factory=list, on_page=True)
    """Indexes of ``body_paragraphs`` whose characters are mostly inside links."""
    body: str | None = _field(kind="content", checked=True)
    """Normalised body: paragraphs joined by blank lines, boilerplate and duplicated lede removed."""
    images: list[dict[str, Any]] = _field(factory=list, on_page=True)
    """Images in the body: ``{"src": absolute URL, "alt": ..., "caption": ...}``."""

    attachments: list[dict[str, Any]] = field(default_factory=list)
    """Files linked from the page: ``{"url", "name", "sha256", "size", "path", "content_type", "error"}``."""

    list_title: str | None = _field(kind="raw")
    """Title as shown on the listing page (``a@title`` preferred over the cut anchor text)."""
    list_date_raw: str | None = _field(kind="raw")
    """Date string shown beside the link on the listing page, used only as a fallback."""

    extraction: dict[str, str] = field(default_factory=dict)
    """Which rule produced each field, e.g. ``{"title": "h1", "published": "label:发布日期"}``."""
    page: dict[str, Any] = field(default_factory=dict)
    """The response as served: ``status``, ``headers`` (dict of str), ``encoding``, ``body`` (bytes)."""


def item_fields(**wanted: Any) -> tuple[str, ...]:
    """The names of ``ArticleItem``'s fields, in declaration order, tagged with every ``wanted`` value."""
    return tuple(
        f.name
        for f in fields(ArticleItem)
        if all(
            f.metadata.get(key, False if key != "kind" else None) == value
            for key, value in wanted.items()
        )
    )


#: The article's content: a change in any of these is a new version (archive columns, content hash).
CONTENT_FIELDS = item_fields(kind="content")
#: Raw strings kept beside the normalised ones, so extraction can be audited and redone.
RAW_FIELDS = item_fields(kind="raw")
#: What the page walk finds on an article page (``article.extract.ExtractedArticle``).
PAGE_FIELDS = item_fields(on_page=True)
#: The content a reader checks (``published_precision`` follows from ``published_at``).
CHECKED_FIELDS = item_fields(checked=True)
#: The raw strings the ``extract`` command prints beside the content.
SHOWN_RAW_FIELDS = item_fields(kind="raw", shown=True)
