"""Site-independent article extraction: locate raw field strings by content, never by class name.

One lxml parse and one tree walk. The walk cuts the page into *blocks* (runs of text between
block-level tag boundaries and ``<br>``), each remembering its innermost block element, its
non-space character count and how many of those characters sit inside links. Everything else
(meta line, title, breadcrumb, lede, body container) is decided over that block list:

- meta line: smallest block element whose text has a labelled date or >= 2 known labels, the one
  nearest before the densest text container (sidebars and footers come after the body or are
  link-dense, so they lose);
- title: heading / bold / short block right before the meta line, cross-checked with ``<title>``;
- body: readability-style scoring (paragraph text credited to parent and grandparent, scaled by
  the container's non-link ratio) over blocks after the meta line.

Values are raw (as on the page); ``incubator_crawler.normalize`` cleans them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from ..article.body import body_paragraphs, find_container, find_lede, score_containers
from ..article.category import find_breadcrumb
from ..article.images import find_images
from ..article.meta_line import (
    find_meta_line,
    header_fields,
    trailer_fields,
)
from ..article.page import (
    css_first,
    parse_html,
    read_head,
    read_scripts,
    site_name_of,
    walk,
)
from ..article.people import byline_line, find_people
from ..article.published import find_published
from ..article.title import find_title


@dataclass
class ExtractedArticle:
    """Raw field strings located on one article page, plus the rule that found each."""

    title_raw: str | None = None
    html_title: str | None = None
    published_raw: str | None = None
    byline_raw: str | None = None
    author_raw: str | None = None
    editor_raw: str | None = None
    source_raw: str | None = None
    breadcrumb_raw: str | None = None
    lede_raw: str | None = None
    body_paragraphs: list[str] = field(default_factory=list)
    images: list[dict[str, Any]] = field(default_factory=list)
    site_name: str | None = None
    rules: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------- structured data


# ------------------------------------------------------------------------------------ selection


# ------------------------------------------------------------------------------------ main entry
def extract_article(html: str, url: str, hints: dict[str, str] | None = None) -> ExtractedArticle:
    """Locate the raw article fields of one page by content (hints first, then generic rules)."""
    art = ExtractedArticle()
    rules = art.rules
    hints = hints or {}
    root = parse_html(html)
    if root is None:
        return art

    html_title, metas, ld, base_href = read_head(root)
    for key, sel in hints.items():
        # a hint that matches nothing (site redesign) falls back silently to the generic rules
        if sel and css_first(root, sel) is None:
            rules[f"hint:{key}"] = "generic"
    base = urljoin(url, base_href) if base_href else url
    art.html_title = html_title
    script_date, site_name = read_scripts(root)
    site_name = site_name_of(html_title, metas, site_name, root)
    art.site_name = site_name
    page = walk(root)
    blocks = page.blocks

    # ---- meta line
    container0 = score_containers(page, blocks)
    line = find_meta_line(page, root, hints, container0, rules)
    fields, meta_blocks, meta_idx = line.fields, line.blocks, line.idx
    art.byline_raw = line.text

    # ---- body container (after the meta line when there is one)
    after = meta_blocks[-1].idx + 1 if meta_blocks else 0
    container, body_blocks, hinted = find_container(page, root, hints, after, container0, rules)

    # ---- title
    art.title_raw, title_idx = find_title(
        page,
        root,
        hints,
        meta_blocks,
        meta_idx,
        body_blocks,
        (html_title, metas, ld),
        site_name,
        rules,
    )

    # ---- breadcrumb
    limit = min(
        [i for i in (title_idx, meta_blocks[0].idx if meta_blocks else None) if i is not None]
        or [body_blocks[0].idx if body_blocks else len(blocks)]
    )
    art.breadcrumb_raw = find_breadcrumb(
        page, root, hints, limit, base, art.title_raw, site_name, rules
    )

    # ---- body paragraphs, excluding nav-like nested blocks, and the lede above them
    excluded = set(meta_idx)
    if title_idx is not None:
        excluded.add(title_idx)
    container, paras = body_paragraphs(
        page, container, body_blocks, hinted, after, excluded, title_idx, rules
    )
    art.lede_raw, paras = find_lede(page, paras, after, meta_blocks, title_idx, rules)
    art.body_paragraphs = [p.text for p in paras]

    # ---- images with captions
    if container is not None and paras:
        art.images = find_images(page, container, paras, base)

    # ---- field chains
    trailer = trailer_fields(page, paras, excluded) if paras else {}
    if paras:
        byline = byline_line(page, paras, title_idx, excluded)
        if byline:
            trailer.setdefault("byline", byline)
        if title_idx is not None:
            header_fields(page, title_idx, paras, excluded, trailer)
    find_published(art, fields, metas, ld, url, script_date, trailer)
    find_people(art, fields, metas, ld, trailer, root, site_name)
    return art


