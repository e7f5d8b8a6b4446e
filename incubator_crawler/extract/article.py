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

from ..article.category import find_breadcrumb
from ..article.images import find_images
from ..article.meta_line import (
    find_meta_line,
    header_fields,
    trailer_fields,
)
from ..article.page import (
    Block,
    Page,
    blocks_within,
    css_first,
    is_leaf,
    parse_html,
    read_head,
    read_scripts,
    site_name_of,
    walk,
)
from ..article.people import byline_line, find_people
from ..article.published import find_published
from ..article.text import nfkc, nfkc_compact
from ..article.title import find_title
from .patterns import ELLIPSIS_RE, LEDE_LABEL_RE

_P_LIKE = frozenset("p h4 h5 h6 li dd dt pre blockquote figcaption caption".split())
_NAV_START = ("上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇", "返回", "相关")
_HEADLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


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
def _score_containers(
    page: Page, blocks: list[Block], links_ok: bool = False, anchor: int | None = None
) -> Any | None:
    """Densest container: paragraph text credited to parent (1) and grandparent (0.5)."""
    scores: dict[Any, float] = {}
    for b in blocks:
        nonlink = b.chars if links_ok else b.chars - b.link
        if nonlink < 10 or (b.link * 2 > b.chars and not links_ok):
            continue
        # short lines count for little: menus and lists of short items are not prose
        contrib = nonlink if nonlink >= 25 else nonlink * 0.3
        contrib += 3 * sum(b.text.count(c) for c in "，。；,")
        if anchor is not None:
            # after a meta line the body follows it closely; related lists and footers sit
            # far below, so text loses weight with distance (in blocks) from the meta line
            contrib /= 1.0 + (b.idx - anchor) / 30.0
        owner = b.owner
        first = page.block_parent(owner) if is_leaf(page, owner) else owner
        if first is None:
            first = owner
        scores[first] = scores.get(first, 0.0) + contrib
        second = page.block_parent(first)
        if second is not None:
            scores[second] = scores.get(second, 0.0) + contrib / 2
    best, best_score = None, 0.0
    for el, sc in scores.items():
        if el.tag == "html":
            continue
        if not links_ok:
            sc *= 1.0 - page.link_density(el)
            if _is_teaser(page, el):
                sc *= 0.2
        if sc > best_score:
            best, best_score = el, sc
    return best


def _is_teaser(page: Page, el: Any) -> bool:
    """A list item: a linked headline and one excerpt (``你可能还想看`` streams, sidebars)."""
    st = page.stats[el]
    if st.chars > 1200 or st.b1 - st.b0 > 6:
        return False
    return any(
        b.owner.tag in _HEADLINE_TAGS and b.link == b.chars for b in page.blocks[st.b0 : st.b1]
    )


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
    container0 = _score_containers(page, blocks)
    line = find_meta_line(page, root, hints, container0, rules)
    fields, meta_blocks, meta_idx = line.fields, line.blocks, line.idx
    art.byline_raw = line.text

    # ---- body container (after the meta line when there is one)
    after = meta_blocks[-1].idx + 1 if meta_blocks else 0
    container = None
    hint_body = css_first(root, hints.get("body"))
    if hint_body is not None:
        container = hint_body
        rules["body"] = "hint"
    else:
        container = _score_containers(page, blocks[after:], anchor=after) if after else container0
        if container is None:
            container = container0
        rules["body"] = "density" if container is not None else "none"
    body_blocks = blocks_within(page, container) if container is not None else []
    if after and body_blocks and body_blocks[-1].idx >= after:
        body_blocks = [b for b in body_blocks if b.idx >= after]

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

    # ---- body paragraphs, excluding nav-like nested blocks
    excluded = set(meta_idx)
    if title_idx is not None:
        excluded.add(title_idx)
    paras = [
        b
        for b in body_blocks
        if b.idx not in excluded
        and (title_idx is None or b.idx > title_idx)
        and not _nav_like(page, b, container)
    ]
    if not paras and hint_body is None:
        # Nothing but links (a table of contents, a list page): take the densest block of
        # text links included rather than return an empty body.
        fallback = _score_containers(page, blocks[after:], links_ok=True)
        if fallback is not None:
            container, rules["body"] = fallback, "density:links"
            paras = [b for b in blocks_within(page, container) if b.idx not in excluded]

    # ---- lede: a short block before the body whose text is a prefix of the first paragraph
    lede_block = None
    if paras:
        lo = after if meta_blocks else (title_idx + 1 if title_idx is not None else paras[0].idx)
        between = [b for b in blocks[lo : paras[0].idx] if b.link * 2 <= b.chars]
        for b in between + paras[:1]:
            rest = [p for p in paras if p.idx > b.idx]
            if not rest:
                break
            if LEDE_LABEL_RE.match(nfkc(b.text)):
                lede_block, rules["lede"] = b, "label"
                break
            stem = nfkc_compact(ELLIPSIS_RE.sub("", b.text))
            if (
                len(stem) >= 8
                and nfkc_compact(rest[0].text).startswith(stem)
                and len(stem) < len(nfkc_compact(rest[0].text))
            ):
                lede_block, rules["lede"] = b, "prefix"
                break
    if lede_block is not None:
        art.lede_raw = lede_block.text
        paras = [p for p in paras if p is not lede_block]
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


def _nav_like(page: Page, b: Block, container: Any) -> bool:
    """Pager, share bar, related-links list nested in the body container."""
    if b.link * 2 > b.chars and b.text.lstrip("【[").startswith(_NAV_START):
        return True
    el = b.owner
    while el is not None and el is not container:
        st = page.stats.get(el)
        if st is not None and st.links >= 2 and st.chars and st.link / st.chars > 0.5:
            return True
        el = el.getparent()
    return False


