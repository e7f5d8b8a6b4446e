"""Title: where the headline is on the page, and how a title is cleaned.

Chain (``find_title``, the rule goes to ``rules["title"]``): a site hint; the heading, bold or
short block right before the meta line, cross-checked with ``<title>`` and og:title; an
h1-h3 that ``<title>`` contains, else the first h1; a short block shortly before the body that
``<title>`` contains (headlines set in a plain ``<div>`` or ``<td>`` on government pages);
ArticleTitle / og:title meta; JSON-LD headline; else ``<title>`` itself, which the cleaning
below strips of its site suffix. A pick that is an order's letterhead (国家XX总局令, the issuing
ministries, 第N号) yields to the measures' centred or bold heading under the order (办法, 规定 …
over 第一章 / 第一条 or a paragraph).

Cleaning (``clean_title``, ``strip_site_suffix``):

Column-prefix rule: a leading ``【X】`` / ``[X]`` is removed only when X is a short
column word (1–6 characters, letters/CJK only: no digits, spaces or punctuation)
and real title text follows. So ``【新闻】青岛市…`` loses the prefix, while
``【2024】…`` (a number), ``【关于开展科技企业孵化器评价工作的通知】`` (the whole title
bracketed) and ``【新闻】`` alone are kept as written.

Suffix rule: ``<title>`` is split on `` - ``, ``_``, ``|``, ``－``, ``—``; trailing
segments are dropped while they are the site name, look like a site (end in
网/官网/门户/政府/首页/信息公开 ...) or a short channel name (…动态, …新闻, 通知公告 ...).
A leading segment equal to the site name is dropped too. The first remaining
segments are kept with their original separators; at least one segment always stays.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..hrefs import is_script
from .body import CONTROL_LINE
from .category import (
    BREADCRUMB_ARROW_RE,
    BREADCRUMB_LABEL,
    BREADCRUMB_TAIL,
    TITLE_CHANNEL_SEGMENT,
    banner_heading,
    from_home,
    short_items,
)
from .heading_byline import heading_byline
from .info_box import box_name, in_box, in_labelled_box, label_of, labelled_cell
from .labels import DATE_RE, LABEL_RE
from .meta_line import TITLE_SPAN
from .page import (
    HEADING_TAGS,
    TITLE_SITE_SEGMENT,
    Block,
    Page,
    css_first,
    holds,
    node_text,
    squash,
    title_parts,
)
from .people import byline_names
from .text import HAN_RE, clean_inline, compact, nfkc, nfkc_compact

# 【新闻】 / [转载] prefix: short, no punctuation inside.
TITLE_COLUMN_PREFIX = re.compile(r"^\s*[【\[](?P<col>[^\]】\s\d\W]{1,6})[】\]]\s*(?P<rest>.+)$")

BOLD_TAGS: frozenset[str] = frozenset(("b", "strong", "font", "big"))


# ----------------------------------------------------------------------------------- extraction
def title_refs(html_title: str | None, metas: dict[str, tuple[str, str]]) -> list[str]:
    """The titles the page states outside its body (<title>, ArticleTitle, og:title), compacted."""
    return [
        nfkc_compact(r)
        for r in (html_title, *(metas.get(k, ("", ""))[1] for k in ("articletitle", "og:title")))
        if r
    ]


def find_title(
    page: Page,
    root: Any,
    hints: dict[str, str],
    meta_blocks: list[Block],
    meta_idx: set[int],
    body_blocks: list[Block],
    head: tuple[str | None, dict[str, tuple[str, str]], dict[str, Any]],
    site_name: str | None,
    rules: dict[str, str],
    glued: tuple[str, int] | None = None,
) -> tuple[str | None, int | None]:
    """The raw title and its block index (None when it comes from meta tags or nowhere, or is the
    measures' heading inside an order's text, which keeps the lines above it).

    ``glued``: the headline <title> names, opening the meta line's own block (``MetaLine.headline``).
    """
    html_title, metas, _ = head
    refs = title_refs(html_title, metas)
    title_raw: str | None = None
    title_idx: int | None = None
    hint_title = css_first(root, hints.get("title"))
    if hint_title is not None and squash(node_text(hint_title)):
        title_raw = squash(node_text(hint_title))
        rules["title"] = "hint"
    elif glued is not None:
        title_raw, title_idx = glued
        rules["title"] = "meta-line(headline)"
    else:
        found = None
        wrapped = _Wrapped(page, root)
        # a line that is the site's name alone while <title> names more than the site (a blog
        # theme's unlinked ``<h1 class=logo-wrap>站名</h1>`` over a headline its post sets in a
        # plain block; <title> ``标题 | 站名``) is the masthead: a reader never takes it for the
        # article's headline, whether or not another heading is left (chengdujs' Hexo theme)
        masthead = _masthead_name(html_title, site_name)
        if meta_blocks and (found := _labelled_in_meta_line(page, meta_blocks)):
            rules["title"] = "label~meta-line"
        elif meta_blocks and (found := _headline_below_box(page, meta_blocks, refs, wrapped)):
            rules["title"] = f"{found[1]}~under-box"
        elif meta_blocks:
            found = _title_before(page, meta_blocks[0].idx, refs, meta_idx, html_title, masthead)
            if found is None and masthead:
                # the masthead the only line above a date line that opens the post's own header
                # (Z-Blog's default theme under a site-first <title>, ``站名-标题``: the logo, then
                # ``<header><time>DATE</time><h2>标题</h2></header>``): never the headline, but the
                # line the header stands under, from which the heading under the date is read
                logo = _title_before(page, meta_blocks[0].idx, refs, meta_idx, html_title)
                if logo is not None and _headline_below_date(page, meta_blocks, logo[0], refs):
                    found = logo  # moved to that heading below
            if found:
                rules["title"] = f"{found[1]}~meta-line"
        if found is not None and found[1] == "block":
            h1 = _h1_within(page, found[0], meta_idx, wrapped)
            if h1 is not None:
                found = (h1, "h1")
                rules["title"] = "h1~meta-line-block"
        if found is not None and (below := _headline_below_date(page, meta_blocks, found[0], refs)):
            found = (below, below.owner.tag)
            rules["title"] = "heading-under-date-line"
        if (
            found is None
            and meta_blocks
            and (inside := _h1_in_meta_line(meta_blocks, refs, wrapped))
        ):
            # the post's heading box is the meta line (Hux Blog: the tags, the h1, ``Posted by X
            # on DATE`` in one box, 52sask): its h1 <title> names is the headline, not a heading
            # of the text <title> holds a part of (``旅馆介绍`` under ``馨缘阁家庭旅馆介绍``)
            found = inside
            rules["title"] = "h1~in-meta-line"
        if found is None:
            heads = [
                b
                for b in page.blocks
                if _heading_tag(b, wrapped)
                and 2 <= b.chars <= 120
                and b.idx not in meta_idx
                # a page control set as a heading (an old magazine's ``<h1><a>[返回]</a></h1>``
                # under the text's headline) is no headline
                and not (b.chars <= 8 and CONTROL_LINE.match(compact(b.text)))
                and not (masthead and nfkc_compact(b.text) == masthead)
            ]
            # a heading opened by a desk's badge (toutiao's ``<h2><span>原创</span>标题</h2>``,
            # gne-toutiao-2) is the headline <title> names, the badge aside
            full = nfkc_compact(html_title or "")  # <title> compacted once for every heading
            matched = [
                b
                for b in heads
                if _in_refs(b.text, refs) or _without_badge(b, b.text, full) is not None
            ]
            # a heading that <title>'s cut-off headline opens is the whole of it (chnmedu's
            # DedeCMS <title> keeps 20 characters: a column's ``<h2>新闻</h2>`` is in it, the
            # item's h1 longer than it): that heading first
            cut_off = [b for b in heads if _completes_cut_title(b.text, html_title)]
            matched = cut_off + [b for b in matched if b not in cut_off]
            if matched and (tails := _tail_segments(html_title)):
                # the masthead's logo linked home that is <title>'s suffix (motss.cc's ``<a
                # href=/><h2>酷儿论坛 | MOTSS</h2></a>``, <title> ``标题 | 酷儿论坛 | MOTSS``)
                # names the site: with no heading of the post left, the headline is <title>'s head
                matched = [
                    b for b in matched if not (nfkc_compact(b.text) in tails and _home_logo(b))
                ]
            if len(matched) > 1 and site_name:
                # a heading that is the site's own name (信報's footer menu heads 今日信報, which
                # opens og:title ``今日信報-- headline``) names the site, not the article
                site = nfkc_compact(site_name)
                matched = [b for b in matched if nfkc_compact(b.text) != site] or matched
            if len(matched) > 1:
                # a heading that is one of <title>'s later segments (``标题 - X的专栏 - 博客频道``)
                # names the blog or the column: another heading <title> holds is the headline
                tails = _tail_segments(html_title)
                # a heading that opens og:title / ArticleTitle (the article's own metas) is the
                # headline over one only <title> holds: a section badge in an h1 of its own
                # (auone.jp: ``経済・IT`` above the headline, ``…|au Webポータル経済・ITニュース``)
                own = [
                    nfkc_compact(metas[k][1]) for k in ("articletitle", "og:title") if k in metas
                ]
                matched.sort(
                    key=lambda b: (
                        nfkc_compact(b.text) in tails,
                        not any(r.startswith(nfkc_compact(b.text)) for r in own if r),
                    )
                )
            # an h1 below the text that <title> does not name is the footer's (a web firm's
            # template: ``<div class=copyright><h1>赤兔网络——专注于…</h1>`` over its phone
            # numbers): a headline stands above the text it heads
            end = body_blocks[-1].idx if body_blocks else None
            h1s = [
                b
                for b in heads
                if _heading_tag(b, wrapped) == "h1"
                and not _home_logo(b)
                and (end is None or b.idx <= end)
            ]
            pick = (matched or h1s or [None])[0]
            if pick is not None:
                found = (pick, _heading_tag(pick, wrapped))
                rules["title"] = f"{found[1]}~title" if matched else "h1"
                if matched and (lower := _headline_under_whole_title(page, pick, html_title)):
                    found, rules["title"] = (lower, "block"), "block~title(under whole title)"
                elif (
                    matched
                    and found[1] != "h1"
                    and (whole := _whole_over_part(page, pick, meta_blocks, html_title, metas, site_name))
                ):  # fmt: skip
                    if isinstance(whole, str):
                        title_raw, found = whole, None
                        rules["title"] = "ref-title(heading a part)"
                    else:
                        found, rules["title"] = (whole, "block"), "block~title(whole over part)"
        # the line the headline stands right over: the meta line, else the text's first line (a
        # CMS printing its date line under the text; with no meta line to split the page, the
        # text found may open with the headline itself)
        over = (
            meta_blocks[0].idx if meta_blocks else body_blocks[0].idx + 1 if body_blocks else None
        )
        if (
            found is not None
            and over is not None
            and (
                lower := _headline_under_column(
                    page, found[0], wrapped, _own_titles(metas), html_title
                )
            )
            and 0 < over - lower.idx <= 2
        ):
            found = (lower, _heading_tag(lower, wrapped))
            rules["title"] += "(under column)"
        if found is None:
            found = _title_near_body(page, body_blocks, refs, meta_idx, html_title, site_name)
            if found is not None:
                rules["title"] = "block~title"
        if found is None and not meta_blocks and meta_idx:
            # the meta line closes the text (``meta_idx`` holds it; it splits nothing): the
            # plain line opening the box that holds both is the headline
            line = _line_opening_text_box(page, body_blocks, meta_idx)
            if line is not None:
                found = (line, "block")
                rules["title"] = "block~text-box"
        ref = _ref_title(html_title, metas, site_name) if found is not None else None
        # <title>'s first segment too: ``标题 - 频道 - 论坛名 - Powered by …`` leaves more than a
        # site suffix behind, and no reference title then
        keys = {nfkc_compact(ref or ""), _first_segment(html_title)} - {""}
        if found is not None and keys and not _agrees(found[0].text, refs):
            # <title>/og:title name another heading on the page: that one is the headline (a
            # site logo in <h1>, a column name in bold above the date line); an h1 may link to
            # its own page (Discuz's thread subject)
            named = [
                b
                for b in page.blocks
                if _heading_tag(b, wrapped) and 6 <= b.chars <= 120 and b.idx not in meta_idx
                and (b.link * 2 <= b.chars or _heading_tag(b, wrapped) == "h1")
                and any(_same_title(k, nfkc_compact(b.text)) for k in keys)
            ]  # fmt: skip
            if named:
                found = (named[0], _heading_tag(named[0], wrapped))
                rules["title"] = f"{found[1]}~title(over page)"
            elif found[1] in HEADING_TAGS:
                # no heading is the one <title> names, but a plain line is, word for word: the
                # heading is an ad's or a box's (eol.cn: an exam ad's h1 over the headline)
                lines = [
                    b
                    for b in page.blocks
                    if 6 <= b.chars <= 120 and b.idx not in meta_idx and b.link * 2 <= b.chars
                    and nfkc_compact(b.text) in keys
                ]  # fmt: skip
                if lines:
                    found = (lines[0], "block")
                    rules["title"] = "block~title(over page)"
            # nothing on the page is the headline <title> and og:title name, and the pick
            # shares next to no words with them (a sidebar's h3 or an account's name over the
            # date line, the first of the text's h1 subheads): the page shows its headline
            # only in <title>; an h1, h2 or bold line right above the date line stays (a
            # blog's <title> may name another post).
            weak = found[1] not in ("h1", "h2", "bold") or rules["title"] == "h1"
            # an h1 below the text's first line is the text's own subhead (a Hexo post's
            # ``# 一、服务内容`` under its opening paragraphs), however a word it shares
            inside = rules["title"] == "h1" and body_blocks and found[0].idx > body_blocks[0].idx
            if weak and ref and (inside or not _agrees(found[0].text, refs, 0.2)):
                # <title> is the headline and a suffix cut off it (a <title> that is the
                # site's slogan names no headline)
                whole = nfkc_compact(html_title or "")
                if nfkc_compact(ref) in whole and nfkc_compact(ref) != whole:
                    if not _names_a_column(page, ref):
                        title_raw, found = ref, None
                        rules["title"] = "ref-title(none shown)"
        if found is not None and (
            short := _short_title_over_text_h2(page, found, html_title, metas)
        ):
            # an h2 right under the post's own bare date line opens the text (a Hexo post whose
            # charter starts ``<h2>第一版总章程</h2>``, its headline shown only in <title>)
            title_raw, found = short, None
            rules["title"] = "ref-title(over text h2)"
        if (
            found is not None
            and not keys
            and not _agrees(found[0].text, refs)
            and (line := _bare_title_over_text(page, html_title, site_name, body_blocks, meta_idx))
        ):
            # <title> is the headline alone, no suffix, and a plain line right above the text
            # says it word for word: the page names it twice (the lead's session-26 decision;
            # chinahighway's <dt> headline when the date line went under the text, the pick a
            # sidebar's <h1>相关阅读)
            found = (line, "block")
            rules["title"] = "block~title(bare, over text)"
        if found is not None and _unlike_headline(found, refs):
            ref = _ref_title(html_title, metas, site_name)
            if ref and not _names_a_column(page, ref):
                # a sentence or a stray word where <title> and og:title name the article
                title_raw, found = ref, None
                rules["title"] = "ref-title"
        if found is not None and _short_name_over_bare_title(page, found, html_title, site_name):
            title_raw, found = clean_inline(html_title or ""), None
            rules["title"] = "html-title(bare, none shown)"
        if found is not None and _column_banner_over_bare_title(
            page, found, html_title, metas, site_name
        ):
            title_raw, found = clean_inline(html_title or ""), None
            rules["title"] = "html-title(column banner)"
        if found is not None and (
            first := _title_over_column_word(found[0], html_title, site_name)
        ):
            title_raw, found = first, None
            rules["title"] = "html-title(over column word)"
        if found is not None and (measure := _measure_under_letterhead(page, found[0])):
            # the pick is an order's letterhead (国家XX总局令, the issuing ministries): the
            # measures' own heading further down is the title; the text keeps the order above it
            title_raw, found = measure, None
            rules["title"] = "measure-heading(under letterhead)"
        if (box := _box_pick(page, found, body_blocks, wrapped)) is not None:
            # no headline element names the article (gsj.wuhan.gov.cn's TRS 政务公开 item: the
            # pick is the box's 公开日期 label cell, <title> the template's 政务公开信息内容页):
            # the box's 名称 cell is the title (LABELLING.md)
            found, named = box
            if found is not None:
                rules["title"] = f"{found[1]}~info-box"
            elif named is not None:
                title_raw, title_idx = named
                rules["title"] = "info-box(name)"
            else:
                rules["title"] = "none(info-box label)"
        if found is not None:
            title_raw = _block_title(page, found[0], html_title, site_name, refs, rules)
            title_idx = found[0].idx
        elif title_raw is None:
            title_raw, title_idx = _head_title(page, root, body_blocks, head, site_name, rules)
    if title_raw and is_page_type(strip_site_suffix(title_raw, site_name) or title_raw):
        # the template's page type (政务公开信息内容页, 详细信息, 无标题文档) names no article: the next
        # witness, else none (LABELLING.md gaps98)
        title_raw, title_idx = _head_title(
            page, root, body_blocks, head, site_name, rules, past_page_type=True
        )
    return title_raw, title_idx


# The page-type names templates put in <title> (and sometimes a heading) in place of the
# article's name (compacted, lower case): a CMS's content-page template, Dreamweaver's default
PAGE_TYPE_NAMES = frozenset(
    (
        "政务公开信息内容页",
        "信息公开内容页",
        "内容页",
        "详细信息",
        "详情页",
        "文章详情",
        "新闻详情",
        "信息详情",
        "正文",
        "文章内容",
        "内容详情",
        "详细内容",
        "无标题文档",
        "untitled",
        "untitleddocument",
    )
)


def is_page_type(text: str | None) -> bool:
    """True when ``text`` is only a template's page-type name (``详细信息``, ``无标题文档``)."""
    return bool(text) and nfkc_compact(text).lower() in PAGE_TYPE_NAMES


def _box_pick(
    page: Page, found: tuple[Block, str] | None, body_blocks: list[Block], wrapped: _Wrapped
) -> tuple[tuple[Block, str] | None, tuple[str, int] | None] | None:
    """When the pick is a cell of a 信息公开 box (a label cell is never a title) or nothing was
    found: a heading right above the box keeps the title, else the value of the box's 名称 cell
    and its block index (the new pick None), else no pick at all. None: the pick stands (a
    heading, a line outside the box, or no box)."""
    end = body_blocks[0].idx + _BOX_AFTER_BODY if body_blocks else len(page.blocks)
    if found is not None and (found[0].owner.tag in HEADING_TAGS or found[0].idx >= end):
        return None
    name = box_name(page, 0, end)
    label_cell = found is not None and (
        (bool(label_of(found[0].text)) and in_box(page, found[0]))
        or in_labelled_box(page, found[0])
    )
    if found is not None and not label_cell and not (name and found[0].idx in name[2]):
        return None
    if found is None and name is None:
        return None
    start = name[2].start if name else found[0].idx  # type: ignore[index]
    for b in reversed(page.blocks[max(0, start - _BOX_HEADING_SPAN) : start]):
        tag = _heading_tag(b, wrapped)
        if tag and 4 <= b.chars <= 120 and b.link * 2 <= b.chars and not label_of(b.text):
            return (b, tag), None
    return None, (name[:2] if name else None)


# the headline stands this many blocks above a box at most (a date line or a share bar between)
_BOX_HEADING_SPAN = 6


# A box's 名称 cell may stand after the first line the body finder takes (a box set in the text's
# own table): the cells this far past it are still searched
_BOX_AFTER_BODY = 20


# A column's name is a word or two (港聞, 赏析, 公司新闻, 即時新聞); few headlines are that short
_MAX_COLUMN_WORD = 4


def _title_over_column_word(b: Block, html_title: str | None, site_name: str | None) -> str | None:
    """<title>'s first segment when the heading picked is a column's word it does not hold.

    With the headline shown only in <title> (a script draws it, or the template prints it in no
    heading), the heading left above the text is the column's (``<h3>港聞</h3>`` under
    ``标题 - 20200808 - 港聞 - 明報``; ``公司新闻`` over the date line): a segment that opens a
    <title> with more after it, and is no site or channel name, is the headline."""
    key = nfkc_compact(b.text)
    if not html_title or not 0 < len(key) <= _MAX_COLUMN_WORD:
        return None
    parts = title_parts(html_title)
    if len(parts) < 3 and site_name:
        # ``标题-市中心医院``: a bare hyphen before the site's name parts the headline too
        # (pjhospital's <title> under its column heading 医院新闻)
        cut = strip_site_suffix(html_title, site_name)
        parts = (cut, "-", site_name) if cut != clean_inline(html_title) else parts
    first = parts[0].strip()
    if len(parts) < 3 or len(nfkc_compact(first)) < 2 or key in nfkc_compact(first):
        return None
    if _is_site_segment(first, site_name) or _is_channel_segment(first):
        return None
    return first


def _block_title(
    page: Page,
    b: Block,
    html_title: str | None,
    site_name: str | None,
    refs: list[str],
    rules: dict[str, str],
) -> str:
    """The headline block's text: the whole heading (its broken lines joined), a badge or a
    control link opening or closing it dropped."""
    title_raw = _whole_heading(page, b, html_title, site_name) or _join_broken_lines(page, b, refs)
    if title_raw == b.text:
        title_raw = _broken_plain_lines(page, b, html_title, site_name) or title_raw
    full = nfkc_compact(html_title or "")
    bare = _without_badge(b, title_raw, full)
    if bare is not None:
        title_raw, rules["title"] = bare, rules["title"] + "(badge dropped)"
    elif (bare := _without_control_link(b, title_raw)) is not None:
        title_raw, rules["title"] = bare, rules["title"] + "(control dropped)"
    elif (bare := _without_column_link(b, title_raw, full)) is not None:
        title_raw, rules["title"] = bare, rules["title"] + "(column link dropped)"
    elif (bare := _without_small_deck(b, title_raw, full)) is not None:
        title_raw, rules["title"] = bare, rules["title"] + "(deck dropped)"
    if (bare := _without_heading_date(b, title_raw)) is not None:
        title_raw, rules["title"] = bare, rules["title"] + "(date dropped)"
    return title_raw


def _without_small_deck(block: Block, text: str, full: str) -> str | None:
    """The heading without the deck set in a ``<small>`` closing it that <title> leaves out
    (decide92: ``<h1>标题<small>——二十个项目同台角逐</small></h1>`` under ``标题_站名``): the
    page sets it as a subordinate line, no part of the headline (the fifth round's deck). A
    ``<small>`` <title> carries too stays; with no <title> the heading stays as shown."""
    owner = block.owner
    if owner.tag not in HEADING_TAGS or not full or len(owner) == 0:
        return None
    last = owner[-1]
    if last.tag != "small" or (last.tail or "").strip():
        return None
    deck = nfkc_compact(node_text(last))
    if not deck or deck in full:
        return None
    rest = _strip_piece(text, node_text(last), False)
    return rest if len(nfkc_compact(rest)) >= 2 and rest != text else None


def _without_heading_date(block: Block, text: str) -> str | None:
    """The heading without a date set beside the headline in an element or a line of its own
    (``<h1>标题<span class=date>2024-03-05</span></h1>``, ``<h1>标题<br>2024-03-05</h1>``),
    whatever <title> names (decide92: a reader reads it as the date). A date written into the
    heading's own words stays unless <title> leaves it out (``drop_heading_extras``): cuasia's
    newsletter is titled ``最新消息 2014年3月13日`` (dev label). None when there is none."""
    owner = block.owner
    if owner.tag not in HEADING_TAGS or len(owner) == 0:
        return None
    first, last = owner[0], owner[-1]
    pieces = []
    if isinstance(first.tag, str) and first.tag != "br" and not (owner.text or "").strip():
        pieces.append((node_text(first), True))
    if isinstance(last.tag, str) and not (last.tail or "").strip():
        pieces.append((node_text(last), False))  # a <br>'s text is empty: not a date
    elif last.tag == "br":
        pieces.append((last.tail or "", False))  # the line after the last <br>
    for piece, leading in pieces:
        if not _DATE_ONLY_RE.match(nfkc(piece)):
            continue
        rest = _strip_piece(text, piece, leading)
        if rest != text and len(nfkc_compact(rest)) >= 4:
            return rest
    return None


def _head_title(
    page: Page,
    root: Any,
    body_blocks: list[Block],
    head: tuple[str | None, dict[str, tuple[str, str]], dict[str, Any]],
    site_name: str | None,
    rules: dict[str, str],
    past_page_type: bool = False,
) -> tuple[str | None, int | None]:
    """With no headline block: the title the page states for machines (ArticleTitle, og:title,
    JSON-LD's headline, <title>), else a centred line over the text (with its block index).

    ``past_page_type``: the pick was a template's page-type name (LABELLING.md gaps98): the same
    chain, each witness that is a page type or the site's name skipped, <title> (which named the
    page type) left out, a labelled line near the body tried before a centred one; else None (no
    guess, decide76 (d))."""
    html_title, metas, ld = head
    site = nfkc_compact(site_name or "")
    mark = "(past page type)" if past_page_type else ""
    for key, rule in (("articletitle", "meta:ArticleTitle"), ("og:title", "meta:og:title")):
        if key not in metas:
            continue
        raw = metas[key][1]
        if past_page_type:
            value = strip_site_suffix(raw, site_name)
            if not value or is_page_type(value) or nfkc_compact(value) == site:
                continue
        elif html_title and site_name and nfkc_compact(raw) == site:
            continue  # a meta holding only the site's name (og:title = og:site_name)
        else:
            # og:title often repeats <title>'s site suffix (``标题 - 少数派``), and og:title's
            # own column a menu links to (udn: ``标题 | 焦點事件``)
            value = _without_column_tail(root, raw, site_name) or strip_site_suffix(raw, site_name)
        rules["title"] = rule + mark
        return value, None
    headline = ld.get("headline")
    if isinstance(headline, str) and (
        not past_page_type or (headline.strip() and not is_page_type(headline))
    ):
        rules["title"] = "jsonld:headline" + mark
        return headline.strip(), None
    if (
        past_page_type
        or html_title
        and is_page_type(strip_site_suffix(html_title, site_name) or html_title)
    ) and (named := _line_the_trail_closes_with(page, body_blocks)) is not None:
        rules["title"] = "block~trail-tail" + mark
        return named.text, named.idx
    if html_title and not past_page_type:
        if (whole := _line_completing_title(page, html_title)) is not None:
            # <title> keeps the headline's first words only; a centred or bold line shows it
            rules["title"] = "block(completes html-title)"
            return whole.text, whole.idx
        # left to the cleaning, which strips the site suffix from html_title
        rules["title"] = "html-title"
        cut = _without_column_tail(root, html_title, site_name)
        if cut is not None:
            rules["title"] = "html-title(column dropped)"
        if (bare := _without_keyword_tail(cut, html_title, metas, site_name)) is not None:
            cut, rules["title"] = bare, "html-title(keyword dropped)"
        return cut, None
    near = _title_near_body(page, body_blocks, [], set(), None, site_name) if mark else None
    if near is None and (centred := _centred_line(page, body_blocks)) is not None:
        near = (centred, "centred-line")
    if near is not None and not (past_page_type and is_page_type(near[0].text)):
        rules["title"] = f"{near[1]}~body{mark}" if past_page_type else "centred-line"
        return near[0].text, near[0].idx
    if past_page_type:
        rules["title"] = "none(page type)"
    return None, None


def _line_the_trail_closes_with(page: Page, body_blocks: list[Block]) -> Block | None:
    """With <title> a page-type name: the line right above the text that the trail closes with,
    glued to its last link (EmpireCMS's ``首页 > 新闻中心 > <a>园区动态</a>标题`` over
    ``<div>标题<br>NAME</div>``): the page names its headline twice, in the trail and over the
    text, as a reader sees it (tmpl130's empirecms-07). Six characters or more; the trail a few
    lines above the text, two links or more."""
    if not body_blocks:
        return None
    first = body_blocks[0].idx
    for b in page.blocks[max(0, first - 6) : first]:
        if b.link < 4 or b.link >= b.chars:
            continue
        anchors = [a for a in b.owner.iter("a") if isinstance(a.tag, str)]
        if len(anchors) < 2:
            continue
        tail = nfkc_compact(anchors[-1].tail or "")
        if len(tail) < 6 or not nfkc_compact(b.text).endswith(tail):
            continue
        for line in page.blocks[b.idx + 1 : first]:
            if not line.link and nfkc_compact(line.text) == tail:
                return line
    return None


# Full-width spaces that centre a line of plain text (old text posts: ``　　　　泰国人妖``)
_CENTRING = "\u3000" * 4


def _centred_line(page: Page, body_blocks: list[Block]) -> Block | None:
    """With no heading, <title> or meta naming the story: the first short line that full-width
    spaces centre above the text (cnd.org's 华夏文摘 posts), the headline a reader sees."""
    for b in body_blocks[:6]:
        if b.chars > 200:
            break  # the text has begun: no headline above it
        lead = (b.owner.text or "").lstrip("\r\n ")
        if 2 <= b.chars <= 40 and not b.link and lead.startswith(_CENTRING):
            if not any(ch in b.text for ch in "。，,.!?！？"):
                return b
    return None


# The issuing body's name closing an order's letterhead line (中华人民共和国商务部, 国家XX总局令)
_ORGAN_ENDS = ("委员会", "总局", "总署", "部", "局", "署", "院", "厅", "办公室", "银行", "政府")
_ORDER_NUMBER = re.compile(r"\(?第\d+号\)?")
# How the title of a measure, rule or notice ends (电子招标投标办法, …实施细则（试行）)
_MEASURE_END = re.compile(
    r"(?:办法|规定|条例|细则|决定|通知|公告|通告|规则|意见|方案|准则|规范|指引|章程|制度|"
    r"纲要|规划|守则|决议)(?:\((?:试行|暂行|修订|修正|草案|征求意见稿)\))?$"
)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_ARTICLE_ONE = re.compile(r"第[一1](?:章|条|部分)")
# Lines of an order before the measures' heading: at most this many blocks are searched
_ORDER_SPAN = 40


def _is_letterhead(text: str) -> bool:
    """An order's letterhead line: issuing bodies' names with or without 令 / 公告 / 通告, a bare
    令, or the order's number (第 20 号); never a headline that names a matter (关于…, …的…)."""
    t = nfkc_compact(text)
    if _ORDER_NUMBER.fullmatch(t):
        return True
    if not 1 <= len(t) <= 60 or "关于" in t or "的" in t or not _CJK_ONLY.fullmatch(t):
        return False
    core = t[:-2] if t.endswith(("公告", "通告")) else t[:-1] if t.endswith("令") else t
    return core == "" or core.endswith(_ORGAN_ENDS)


def _is_centred(block: Block) -> bool:
    """The block's element is centred (``align="center"`` or ``text-align:center``)."""
    owner = block.owner
    return (owner.get("align") or "").lower() == "center" or "text-align:center" in _style(owner)


def _style(el: Any) -> str:
    """The element's ``style`` attribute, blanks dropped and lower-cased (``Text-Align: center``
    reads ``text-align:center``)."""
    return (el.get("style") or "").replace(" ", "").lower()


def _measure_under_letterhead(page: Page, pick: Block) -> str | None:
    """Under an order's letterhead ``pick`` (gov.cn's 国务院公报: the ministries, 令, 第 20 号, the
    order's paragraph, signatures, date): the first centred or bold line naming a measure (its
    ``<br>``-broken lines joined) that 第一章 / 第一条 or a paragraph follows, as one text."""
    if not _is_letterhead(pick.text):
        return None
    blocks = page.blocks
    for b in blocks[pick.idx + 1 : pick.idx + 1 + _ORDER_SPAN]:
        if not 2 <= b.chars <= 40 or b.link * 2 > b.chars or not (_is_centred(b) or _is_bold(b)):
            continue
        lines = [b]
        for prev in reversed(blocks[max(pick.idx + 1, b.idx - 2) : b.idx]):
            if prev.owner is not b.owner or prev.chars > 40:
                break
            lines.insert(0, prev)
        text = "".join(line.text for line in lines)
        key = nfkc_compact(text)
        if len(key) > 60 or any(c in key for c in "。，,；;：:") or not _MEASURE_END.search(key):
            continue
        if b.owner is pick.owner:
            # the body's name opens a heading set over lines (全国人民代表大会常务委员会 / 关于
            # 批准…的决议, gne-other-1): the heading is the title, the name its first line
            return None
        if _text_follows(blocks[b.idx + 1 : b.idx + 3]):
            return text
    return None


def _text_follows(after: list[Block]) -> bool:
    """The blocks under a heading open a text: 第一章 / 第一条 (a parenthesised adoption note
    between them), or a paragraph."""
    for b in after:
        key = nfkc_compact(b.text)
        if key.startswith("(") and key.endswith(")"):
            continue  # （2013年2月4日…公布）: the measures' adoption note under their heading
        return bool(_ARTICLE_ONE.match(key)) or (b.chars >= 30 and "。" in b.text)
    return False


def _h1_within(page: Page, block: Block, meta_idx: set[int], wrapped: _Wrapped) -> Block | None:
    """An h1 whose headline ``block`` repeats with more around it: the headline a reader sees.

    gztz.org's banner line ``(资讯)【生活】X`` above the side box's date line, the article's own
    ``<h1>【生活】X</h1>`` further down: the channel tag is the banner's, not the headline's.
    """
    whole = nfkc_compact(block.text)
    for b in page.blocks:
        # the owner's tag first: a literal test spares normalising every block of the page
        if b.owner.tag != "h1" or b.idx in meta_idx or not 6 <= b.chars <= 120:
            continue
        text = nfkc_compact(b.text)
        if text != whole and text in whole and 4 * len(text) >= 3 * len(whole):
            if _heading_tag(b, wrapped) == "h1":
                return b
    return None


def _wrapped_heading_lines(page: Page, root: Any) -> dict[int, str]:
    """Block index -> heading tag for an h1-h3 whose one line sits in a nested block element
    (``<h1><div><span>标题</span></div></h1>``): the line is that heading, though the walk
    gives it the ``<div>`` as owner."""
    out: dict[int, str] = {}
    for h in root.iter("h1", "h2", "h3"):
        st = page.stats.get(h)
        if st is not None and st.b1 - st.b0 == 1 and page.blocks[st.b0].owner is not h:
            out.setdefault(st.b0, h.tag)
    return out


class _Wrapped:
    """``_wrapped_heading_lines``, computed on first use (most pages never ask)."""

    __slots__ = ("page", "root", "lines")

    def __init__(self, page: Page, root: Any) -> None:
        self.page, self.root, self.lines = page, root, None

    def get(self, idx: int) -> str | None:
        """The heading tag of block ``idx`` when it is a wrapped heading line."""
        if self.lines is None:
            self.lines = _wrapped_heading_lines(self.page, self.root)
        return self.lines.get(idx)


# A link to a site's front page: its root or index file, on any host (``//moztw.org/``, ``/``)
# (not ``""`` nor a relative ``index.html``: a headline may link to its own page or column)
_HOME_HREF = re.compile(
    r"^(?:(?:https?:)?//[^/?#]+/?|/)(?:index\.(?:s?html?|php|aspx?|jsp))?$", re.I
)


def _masthead_name(html_title: str | None, site_name: str | None) -> str:
    """The site's name, compacted, when <title> names something besides it (its headline
    segment is not the site's name); else "" (a home page's <title> that is the name alone)."""
    site = nfkc_compact(site_name or "")
    if not site or not html_title:
        return ""
    named = nfkc_compact(strip_site_suffix(html_title, site_name))
    return site if named and named != site and site in nfkc_compact(html_title) else ""


def _home_logo(block: Block) -> bool:
    """True for an h1 whose whole text is one link to a site's front page: the masthead's logo
    (moztw.org: ``<h1><a href="//moztw.org/">MozTW 正體中文在地化</a></h1>`` over every page), no
    headline when nothing on the page matches <title>; or a heading set inside such a link (a
    Bootstrap navbar's ``<a class=navbar-brand href=https://site/><h2>循香薈</h2></a>``)."""
    links = list(block.owner.iter("a"))
    if not links:
        up = block.owner.getparent()
        links = [up] if up is not None and up.tag == "a" else []
    if len(links) != 1 or not _HOME_HREF.match((links[0].get("href") or "").strip()):
        return False
    return nfkc_compact(node_text(links[0])) == nfkc_compact(block.text)


def _heading_tag(block: Block, wrapped: _Wrapped) -> str | None:
    """``h1``-``h3`` when the block is a heading's line, else None."""
    tag = block.owner.tag
    return tag if tag in HEADING_TAGS else wrapped.get(block.idx)


# tags of a heading's first or last child that may be a badge or a control, not the headline
_BADGE_TAGS = frozenset(("a", "span", "em", "i", "small", "sup", "label"))
_MAX_BADGE = 8


def _without_badge(block: Block, text: str, full: str) -> str | None:
    """The heading without the short element that opens or closes it (a forum's node badge,
    ``<span class=node>Ruby</span> Ruby：极致的脚本语言``; an ``[编辑]`` link) when what is left
    is word for word <title>'s first part and the badge is not in <title> before it. ``full``:
    <title> compacted (``nfkc_compact``), empty without one."""
    owner = block.owner
    if owner.tag not in HEADING_TAGS or not full or len(owner) == 0:
        return None
    whole = nfkc_compact(text)
    if full.startswith(whole):
        return None
    for child, leading in ((owner[0], True), (owner[-1], False)):
        if not isinstance(child.tag, str) or child.tag not in _BADGE_TAGS:
            continue
        # the badge stands at the very start (nothing before it) or end (nothing after it)
        if (owner.text or "").strip() if leading else (child.tail or "").strip():
            continue
        badge = nfkc_compact(node_text(child))
        if not 0 < len(badge) <= _MAX_BADGE:
            continue
        rest = whole[len(badge) :] if leading else whole[: -len(badge)]
        if (whole.startswith(badge) if leading else whole.endswith(badge)) and _opens_title(
            rest, full
        ):
            return _strip_piece(text, node_text(child), leading)
    return None


def _without_control_link(block: Block, text: str) -> str | None:
    """The headline without the page control linked at its end (``恒生指数 <a>返回</a>``, a
    back or print button set in the headline's line): a control word is no word of a headline."""
    owner = block.owner
    if len(owner) == 0:
        return None
    last = owner[-1]
    if last.tag != "a" or (last.tail or "").strip():
        return None
    word = nfkc_compact(node_text(last))
    if not word or len(word) > 8 or not CONTROL_LINE.match(word):
        return None
    rest = _strip_piece(text, node_text(last), False)
    return rest if len(nfkc_compact(rest)) >= 2 and rest != text else None


def _without_column_link(block: Block, text: str, full: str) -> str | None:
    """The headline without the link to its column closing the heading (JEECMS's default theme:
    ``<h1>标题<a class="position" href="/news/index.jhtml">园区动态</a></h1>``, the column set as
    a tag after the headline): a column's name (a channel word closing up to eight characters,
    ``TITLE_CHANNEL_SEGMENT``) that links to another page is no word of the headline. A heading
    <title> holds whole, link and all, stays; so does a link of other words (a name, a phrase)."""
    owner = block.owner
    if owner.tag not in HEADING_TAGS or len(owner) == 0:
        return None
    last = owner[-1]
    if last.tag != "a" or (last.tail or "").strip():
        return None
    href = (last.get("href") or "").strip()
    if not href or href.startswith("#") or is_script(href):
        return None
    word = nfkc_compact(node_text(last))
    if not 2 <= len(word) <= 12 or not TITLE_CHANNEL_SEGMENT.match(word):
        return None
    if full and nfkc_compact(text) in full:
        return None
    rest = _strip_piece(text, node_text(last), False)
    return rest if len(nfkc_compact(rest)) >= 6 and rest != text else None


def _opens_title(rest: str, full: str) -> bool:
    """``rest`` (4+ characters) is <title>'s whole first part: it starts ``full`` and a
    separator (`` - ``, ``·``, ``|``) or the end follows it, not more words."""
    if len(rest) < 4 or not full.startswith(rest):
        return False
    return len(full) == len(rest) or not full[len(rest)].isalnum()


def _strip_piece(text: str, piece: str, leading: bool) -> str:
    """``text`` without ``piece`` at its start (or end), whitespace around the cut dropped."""
    piece = piece.strip()
    if leading and text.lstrip().startswith(piece):
        return text.lstrip()[len(piece) :].strip()
    if not leading and text.rstrip().endswith(piece):
        return text.rstrip()[: -len(piece)].strip()
    return text


def title_first_segment(html_title: str | None) -> str:
    """<title>'s first segment, compacted, when <title> has more than one (else "")."""
    segs = title_parts(html_title) if html_title else ()
    return nfkc_compact(segs[0]) if len(segs) >= 3 else ""


def _first_segment(html_title: str | None) -> str:
    """<title>'s first segment, compacted, when <title> has more than one and it is 6+ long."""
    if not html_title:
        return ""
    segs = title_parts(html_title)
    first = nfkc_compact(segs[0]) if len(segs) >= 3 else ""
    return first if len(first) >= 6 else ""


# A CMS cuts the headline it writes into <title> to a length (chnmedu's DedeCMS: 20 characters,
# ``教育部办公厅关于召开全国高中阶段教育普及攻_站名``); a cut this long names one headline only
_MIN_CUT_TITLE = 10
# a headline line that completes it is short; a paragraph opening with the same words is not one
_MAX_COMPLETED = 80


def _completes_cut_title(text: str, html_title: str | None) -> bool:
    """True when ``text`` is longer than <title>'s first segment and opens with all of it."""
    first, t = _first_segment(html_title), nfkc_compact(text)
    return len(first) >= _MIN_CUT_TITLE and len(first) < len(t) and t.startswith(first)


def _line_completing_title(page: Page, html_title: str) -> Block | None:
    """The first centred or bold short line (no link) that <title>'s cut-off headline opens."""
    for b in page.blocks:
        if (
            b.chars <= _MAX_COMPLETED
            and not b.link
            and _completes_cut_title(b.text, html_title)
            and (_is_centred(b) or _is_bold(b) or b.owner.tag in HEADING_TAGS)
        ):
            return b
    return None


def _headline_under_whole_title(page: Page, heading: Block, html_title: str | None) -> Block | None:
    """The plain line below ``heading`` that is <title>'s first segment, when ``heading`` repeats
    the whole <title>, its keywords and site name too (a company site's SEO header:
    ``<h1>标题_关键词-关键词【网站】</h1>`` over every page): that line is the headline, or None."""
    first = _first_segment(html_title)
    if not first or nfkc_compact(heading.text) != nfkc_compact(html_title or ""):
        return None  # most pages: the heading is <title>'s headline, not all of it
    for b in page.blocks[heading.idx + 1 :]:
        if b.chars <= 120 and b.link * 2 <= b.chars and nfkc_compact(b.text) == first:
            return b
    return None


# Marks setting a paper's or a site's name off a headline in og:title / <title>
_NAME_MARKS = frozenset("-—–|｜:：_·/")


def _whole_over_part(
    page: Page,
    heading: Block,
    meta_blocks: list[Block],
    html_title: str | None,
    metas: dict[str, tuple[str, str]],
    site_name: str | None,
) -> Block | str | None:
    """The headline where ``heading`` stands under the post's meta line and <title> / og:title
    hold it only as a part of the headline they state whole (52sask's Hux theme: the text's
    ``<h2>旅馆介绍</h2>`` under ``馨缘阁家庭旅馆介绍(里贾纳)``, once the headline is no h1: a ``<p>``,
    a bold line, a flattened heading box): the visible line above it stating that headline
    whole, else the headline as <title> / og:title state it. A heading of the text is no
    headline; None where ``heading`` is the headline or a heading above the meta line (the
    caller leaves an h1 alone: under a date line it is the headline, 信報's og:title adding
    the paper's name before it)."""
    if not meta_blocks or heading.idx <= meta_blocks[-1].idx:
        return None
    ref = _ref_title(html_title, metas, site_name)
    whole, part = nfkc_compact(ref or ""), nfkc_compact(heading.text)
    if len(whole) < 6 or part not in whole or _same_title(whole, part):
        return None
    # the heading is the headline with a name set off by a mark before or after it (信報's
    # og:title ``今日信報-- 标题``): the part is the whole headline, no heading of the text
    if (whole.endswith(part) and whole[-len(part) - 1] in _NAME_MARKS) or (
        whole.startswith(part) and whole[len(part)] in _NAME_MARKS
    ):
        return None
    for b in page.blocks[: heading.idx]:
        if 6 <= b.chars <= 120 and b.link * 2 <= b.chars and nfkc_compact(b.text) == whole:
            return b
    return ref


def _headline_under_column(
    page: Page,
    heading: Block,
    wrapped: _Wrapped,
    own: tuple[str, ...] = (),
    html_title: str | None = None,
) -> Block | None:
    """The heading right below ``heading`` when ``heading`` is a column's name (a header box's
    ``<h1>最新资讯</h1>`` that <title> repeats, the item's own ``<h2>`` under it over the date
    line: xmusmartdsp's news pages): that heading is the headline, or None. A plain line there
    is the headline too when og:title / ArticleTitle (``own``, compacted) name it. A name of no
    channel word counts when it alone fills the page's banner (``<header><h1>团队建设</h1>``)."""
    if not _is_channel_segment(nfkc_compact(heading.text)) and not banner_heading(
        page, heading, title_first_segment(html_title)
    ):
        return None
    nxt = page.blocks[heading.idx + 1] if heading.idx + 1 < len(page.blocks) else None
    if nxt is None or not _MIN_UNDER_COLUMN <= nxt.chars <= 120 or nxt.link * 2 > nxt.chars:
        return None
    tag, top = _heading_tag(nxt, wrapped), _heading_tag(heading, wrapped)
    if tag is None and top is not None and _is_bold(nxt):
        # the item's headline printed as a bold line (``<p><strong>标题</strong></p>``) under
        # the column's heading ranks below it as any lower heading does
        tag = "h9"
    if tag is None and top is not None and any(_same_title(k, nfkc_compact(nxt.text)) for k in own):
        tag = "h9"  # ``<h1>园区动态</h1><div class="title">标题</div>``, og:title the headline
    if (
        tag is None
        and top is not None
        and _plain_headline(nxt)
        and (
            banner_heading(page, heading, title_first_segment(html_title))
            or _column_box_heading(page, heading, heading.idx)
        )
    ):
        # the headline as a plain line (``<div class="t_1">标题</div>``, a ``<p>``) right over
        # the date line (the caller's check) under a heading the page shows is a column (its
        # banner's one heading, or a menu item or the trail's leaf names it): a reader reads the
        # line as the item's headline, set apart by the stylesheet, as the bold line above; a
        # short heading that nothing names a column stays the headline over a deck (tmpl94)
        tag = "h9"
    if tag is None or top is None or tag < top or _is_channel_segment(nfkc_compact(nxt.text)):
        return None  # a heading of the column's rank or above names another box
    return nxt


def _line_opening_text_box(
    page: Page, body_blocks: list[Block], meta_idx: set[int]
) -> Block | None:
    """The plain line (``_plain_headline``, 6-80 characters) right over the text's box in the
    largest box around it that holds nothing else but the meta line under the text, two lines
    at most above the text's box (creditchina315's ``<div class=article>``: the headline in a
    ``<p>``, the text's box with a document number over its paragraphs, then ``时间：… 来源：…
    浏览次数：…`` as a CMS printing its date line last, <title> the site's name); None when no box
    around the text opens with such a line."""
    prose = [b for b in body_blocks if b.chars - b.link >= 20 and b.idx not in meta_idx]
    if not prose or min(meta_idx) <= prose[0].idx:
        return None
    box = prose[0].owner
    while box is not None and not holds(box, prose[-1].owner):
        box = page.block_parent(box)
    if box is None:
        return None
    inner = page.stats[box]
    el, opening = page.block_parent(box), None
    while el is not None and el.tag not in ("body", "html"):
        st = page.stats[el]
        if any(b.chars and b.idx not in meta_idx for b in page.blocks[inner.b1 : st.b1]):
            break  # the box goes on past the text and its meta line: more than the article
        above = [b for b in page.blocks[st.b0 : inner.b0] if b.chars]
        if len(above) > 2:
            return None
        opening = above[0] if above else opening
        el = page.block_parent(el)
    if opening is None or not 6 <= opening.chars <= 80 or not _plain_headline(opening):
        return None
    return opening


def _plain_headline(b: Block) -> bool:
    """True for a plain line that may be a headline: no label, no date, no sentence's end."""
    norm = nfkc(b.text)
    return (
        "。" not in norm
        and LABEL_RE.search(norm) is None
        and DATE_RE.search(norm) is None
        and b.link == 0
    )


# A headline under a column's heading may be short (xmusmartdsp's ``<h2>实验室春游</h2>`` under
# ``<h1>最新资讯</h1>``, right over its date line): four characters and more
_MIN_UNDER_COLUMN = 4


def _own_titles(metas: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    """The article's own title metas (ArticleTitle, og:title), compacted."""
    return tuple(nfkc_compact(metas[k][1]) for k in ("articletitle", "og:title") if k in metas)


def _bigram_share(text: str, ref: str) -> float:
    """The share of ``text``'s character bigrams that ``ref`` has too."""
    grams = {text[i : i + 2] for i in range(len(text) - 1)} or {text}
    return sum(g in ref for g in grams) / len(grams)


def _same_title(key: str, text: str) -> bool:
    """``text`` is the reference title: equal, or one holds the other at 90% of its length."""
    if not key or not text:
        return False
    short, long = sorted((key, text), key=len)
    return short in long and len(short) >= 0.9 * len(long)


def _agrees(text: str, refs: list[str], share: float = 0.5) -> bool:
    """True when no reference title exists or ``text`` shares most bigrams (``share``) with one."""
    t = nfkc_compact(text)
    return not refs or any(_bigram_share(t, r) >= share for r in refs)


# A shown headline often differs from a shorter <title> written for search engines (cnr.cn:
# 男子变性后做网红19岁成百万富翁… over <title> 男子变性后成网红…): sharing a quarter of its
# bigrams is enough to be the same story; "almost nothing" is below that.
_SOME_SHARED = 0.25


def _unlike_headline(found: tuple[Block, str], refs: list[str]) -> bool:
    """A found title that shares almost nothing with <title> / og:title and does not read like a
    headline: prose (a sentence with ``。``), a stray word (under 4 characters), or a plain block
    or minor heading (h4-h6, a modal's ``标签``)."""
    text = nfkc_compact(found[0].text)
    if _agrees(text, refs, _SOME_SHARED):
        return False
    weak_kind = found[1] in ("block", "h4", "h5", "h6")
    return weak_kind or "。" in text or len(text) < 4


# An account's or a widget's name over the date line (微信, IT之家, 环球微信公众号) is this short.
_MAX_NAME = 8


def _short_name_over_bare_title(
    page: Page, found: tuple[Block, str], html_title: str | None, site_name: str | None
) -> bool:
    """True when the pick is a short plain line or minor heading alone in its element (an
    account's name, 微信 of a share bar; a column's name a link on the page names) that shares next to no words with a bare <title> (no separator, not the site's
    name) that is longer: the page shows its headline only in <title>."""
    if not html_title:
        return False
    if found[1] not in ("block", "h3", "h4", "h5", "h6") and not (
        # a column's heading (hudsonhome's ``<h2>新闻资讯</h2>`` that its menu links) over the
        # date line when the headline's element is gone: a column's name, no headline
        found[1] in ("h1", "h2") and _names_a_column(page, found[0].text)
    ):
        return False
    st = page.stats.get(found[0].owner)
    if st is None or st.b1 - st.b0 > 1:
        return False  # a line of an element that holds more (a headline's <br>-broken half)
    text, whole = nfkc_compact(found[0].text), nfkc_compact(html_title)
    if len(text) > _MAX_NAME or len(whole) < 2 * _MAX_NAME or len(title_parts(html_title)) > 1:
        return False
    if _is_site_segment(html_title, site_name) or (site_name and nfkc_compact(site_name) in whole):
        return False  # a bare <title> naming the site may be its slogan
    return _bigram_share(text, whole) < 0.2


# A column's banner is a short line: its menu word and a word or two around it.
_MAX_BANNER = 12


def _column_banner_over_bare_title(
    page: Page,
    found: tuple[Block, str],
    html_title: str | None,
    metas: dict[str, tuple[str, str]],
    site_name: str | None,
) -> bool:
    """True when the pick is the column's banner set as the page's heading, the post's name only
    in the head: an h1 / h2 that holds a menu link's word (zyclab's Hugo posts: ``<h1>实验室学术活动
    展示</h1>`` on every post of the section its menu calls 学术活动), shares next to no words with a
    bare <title> (one segment, not the site's name), and og:title says that <title> again. A real
    headline under a <title> that is the site's name stays."""
    if found[1] not in ("h1", "h2") or not html_title or "og:title" not in metas:
        return False
    text, whole = nfkc_compact(found[0].text), nfkc_compact(html_title)
    if not 4 <= len(text) <= _MAX_BANNER or len(whole) < 6 or text in whole:
        return False
    if nfkc_compact(metas["og:title"][1]) != whole or len(title_parts(html_title)) > 1:
        return False  # og:title and <title> do not agree on one bare name
    named = nfkc_compact(metas.get("og:site_name", ("", ""))[1])
    if _is_site_segment(html_title, site_name) or (site_name and nfkc_compact(site_name) in whole):
        return False  # a bare <title> naming the site says nothing of the post
    if (named and named in whole) or found[0].link * 2 > found[0].chars:
        return False  # og:site_name says so; a linked heading is a post's in a list
    if _bigram_share(text, whole) >= 0.2:
        return False
    # the menu's word for the column inside the banner (a third of it at least)
    return any(
        b.link * 2 > b.chars
        and b is not found[0]
        and 2 <= len(key := nfkc_compact(b.text)) <= _MAX_COLUMN
        and 3 * len(key) >= len(text)
        and key in text
        for b in page.blocks
    )


def _bare_title_over_text(
    page: Page,
    html_title: str | None,
    site_name: str | None,
    body_blocks: list[Block],
    skip: set[int],
) -> Block | None:
    """The unlinked line right above the text (``TITLE_SPAN`` blocks) that is all of a bare
    <title> (one segment, 6+ characters, not the site's name), or None."""
    if not html_title or not body_blocks or len(title_parts(html_title)) > 1:
        return None
    whole = nfkc_compact(html_title)
    if len(whole) < 6 or _is_site_segment(html_title, site_name):
        return None
    if site_name and nfkc_compact(site_name) in whole:
        return None  # the site's name, or its slogan
    start = body_blocks[0].idx
    for b in page.blocks[max(0, start - TITLE_SPAN) : start]:
        if b.idx not in skip and b.link * 2 <= b.chars and nfkc_compact(b.text) == whole:
            return b
    return None


# A column's name is short; a headline that a side list links to is longer.
_MAX_COLUMN = 10


def _names_a_column(page: Page, ref: str) -> bool:
    """True when <title> names a column of the site, not the article: its text is that of a
    link on the page (a menu item, ``工委及分会活动 - 党团工会 - 集团`` over a story of that
    column), short as a column's name is. Such a <title> says nothing of the headline."""
    key = nfkc_compact(ref)
    if not 0 < len(key) <= _MAX_COLUMN:
        return False
    return any(b.link * 2 > b.chars and nfkc_compact(b.text) == key for b in page.blocks)


def _ref_title(
    html_title: str | None, metas: dict[str, tuple[str, str]], site_name: str | None
) -> str | None:
    """og:title, else <title>, without the site suffix: only when a suffix was split off or
    og:title states it (a bare <title> is often the site's own name), and not the site's name."""
    for raw, stated in ((metas.get("og:title", ("", ""))[1], True), (html_title, False)):
        if not raw:
            continue
        ref = strip_site_suffix(raw, site_name)
        segs = title_parts(ref)
        if len(segs) >= 3 and len(nfkc_compact(segs[-1])) <= 6:
            ref = "".join(segs[:-2]).strip()  # ``标题 - 少数派``: a short trailing name
        if len(nfkc_compact(ref)) < 6 or (site_name and ref.strip() == site_name.strip()):
            continue
        if _is_keyword_run(ref):
            continue  # the site's search keywords in every page's <title>, no headline
        if stated or nfkc_compact(ref) != nfkc_compact(raw) or _is_site_segment(ref, site_name):
            if not _is_site_segment(ref, site_name):
                return ref
    return None


# A <title> that is the site's search keywords (hnwanqian's mobile pages: ``公司官网|光伏发电一站式
# 服务|光伏发电站承建|湖南光伏发电|…``, the same on every item): four or more short segments
_KEYWORD_RUN_MIN = 4
_KEYWORD_RUN_ITEM = 12


def _is_keyword_run(text: str) -> bool:
    """True when ``text`` is a run of short keyword segments, not a headline."""
    segments = [nfkc_compact(s) for s in title_parts(text)[0::2]]
    return len(segments) >= _KEYWORD_RUN_MIN and all(
        2 <= len(s) <= _KEYWORD_RUN_ITEM for s in segments
    )


def _whole_heading(
    page: Page, block: Block, html_title: str | None = None, site_name: str | None = None
) -> str | None:
    """A heading that ``<br>`` breaks into lines (``<h1>园区召开<br>年度工作会议</h1>``): all of
    its lines, joined as the reader sees one headline; but the one line that is all of <title>
    (without the site suffix) when <title> leaves the others out: they are a subtitle
    (chinadaily's English line under the Chinese headline). A name line and a back link closing
    the heading (``heading_byline``) are left out."""
    owner = block.owner
    st = page.stats.get(owner)
    if owner.tag not in HEADING_TAGS or st is None or not 1 < st.b1 - st.b0 <= 4 or st.chars > 120:
        return None
    lines = page.blocks[st.b0 : st.b1]
    split = heading_byline(page, block)
    if split is not None:
        # the heading's own name line and back link (aka.org.cn's magazine) are no headline
        lines = split.headline
    key = nfkc_compact(strip_site_suffix(html_title, site_name)) if html_title else ""
    named = [b for b in lines if key and nfkc_compact(b.text) == key]
    if named:
        return named[0].text
    out = ""
    for b in lines:
        # a space only between two Latin words
        out += (
            " " if out and out[-1].isascii() and out[-1].isalnum() and b.text[0].isascii() else ""
        )
        out += b.text
    return out


_MAX_BROKEN_LINES = 3
_MAX_BROKEN_CHARS = 60


def _broken_plain_lines(
    page: Page, block: Block, html_title: str | None, site_name: str | None
) -> str | None:
    """A headline set in a plain element (``<div class="title">``, a bold ``<p>``, a ``<td>``)
    and broken by ``<br>`` into two or three short lines, all of it, when <title> does not name
    one line alone (policy73: read as corpus38's ``<br>`` inside a heading, joined without a space).
    None when the element holds more (a label or date line, nested elements) or <title> decides."""
    owner = block.owner
    st = page.stats.get(owner)
    if owner.tag in HEADING_TAGS or st is None or st.chars > _MAX_BROKEN_CHARS:
        return None
    lines = page.blocks[st.b0 : st.b1]
    if not 1 < len(lines) <= _MAX_BROKEN_LINES or any(x.owner is not owner for x in lines):
        return None
    for x in lines:
        norm = nfkc(x.text).strip()
        if x.link * 2 > x.chars or LABEL_RE.match(norm) or DATE_RE.search(norm):
            return None
    key = nfkc_compact(strip_site_suffix(html_title, site_name)) if html_title else ""
    if key and any(nfkc_compact(x.text) == key for x in lines):
        return None  # <title> names one line: the others are a kicker or a deck
    out = ""
    for x in lines:
        sep = out and out[-1].isascii() and out[-1].isalnum() and x.text[0].isascii()
        out += (" " if sep else "") + x.text
    return out


def _join_broken_lines(page: Page, block: Block, refs: list[str]) -> str:
    """The headline with the lines a ``<br>`` broke it into, while <title> holds the joined text
    (``全国人民代表大会常务委员会<br>关于批准…<br>…的决议``); the lines before it in its own
    element too (the line picked over the date line may be a headline's second line)."""
    text = block.text
    for prev in reversed(page.blocks[max(0, block.idx - 3) : block.idx]):
        if prev.chars > 80 or prev.link * 2 > prev.chars or not _same_line_run(prev, block):
            break
        joined = prev.text + text
        if not any(nfkc_compact(joined) in r for r in refs):
            break
        text = joined
    for nxt in page.blocks[block.idx + 1 : block.idx + 4]:
        if nxt.chars > 80 or nxt.link * 2 > nxt.chars:
            break
        if nxt.owner is not block.owner and nxt.owner.tag in HEADING_TAGS:
            # a heading of its own under the headline is its deck, though <title> joins both
            # (晴報: ``<h1>冷鋒來襲連凍9日 今低見17℃</h1><h3>有雨兼潮濕 下周新界或9℃</h3>``)
            break
        if nxt.chars <= 40 and byline_names(nfkc(nxt.text).strip()):
            # a byline line closing the heading box, though <title> joins it too (中国纪检监察
            # 杂志: ``<p>严字当头 一严到底</p><p>——…综述</p><p>本刊记者 赵振宇</p>``)
            break
        joined = text + nxt.text
        if not any(nfkc_compact(joined) in r for r in refs):
            break
        text = joined
    return text


def _same_line_run(prev: Block, block: Block) -> bool:
    """True when ``prev`` is a line of the same element as ``block``, or a sibling element's
    (ccdi-pachong-t20240109-320680: ``<h2><p>…聚焦强化正风肃纪</p><p>久久为功抓作风</p></h2>``,
    which the parser reads as an empty h2 and two sibling <p>s; <title> joins both lines). A
    kicker in an element of its own above a heading (``<p class=yt>引题</p><h1>标题</h1>``) is
    never such a line (decide92): the heading alone is the headline."""
    if prev.owner is block.owner:
        return True
    parent = block.owner.getparent()
    return (
        parent is not None
        and prev.owner.getparent() is parent
        and prev.owner.tag == block.owner.tag == "p"
    )


def _is_bold(block: Block) -> bool:
    owner = block.owner
    target = nfkc_compact(block.text)
    for el in owner.iter(*BOLD_TAGS):
        if el.tag == "font" and not el.get("size"):
            continue
        if nfkc_compact(node_text(el)) == target:
            return True
    style = _style(owner)
    return "font-weight:bold" in style or "font-weight:700" in style


def _in_refs(text: str, refs: list[str]) -> bool:
    t = nfkc_compact(text)
    if not t:
        return False
    if any(t in r for r in refs):
        return True
    # a heading that opens with the 【栏目】 column word the title's cleaning strips
    # (``【通知公告】解读《…》`` over a deck line, <title> naming the headline alone): the rest is
    # what <title> names, as a reader takes the bracket for the column's tag
    if t[0] not in "【[" or (rest := strip_column_prefix(text.strip())) == text.strip():
        return False
    key = nfkc_compact(rest)
    return any(key in r for r in refs)


def _tail_segments(html_title: str | None) -> frozenset[str]:
    """The segments of ``<title>`` after its first (``标题_频道_网站``: 频道, 网站), compacted, and
    each run of them to its end: a logo's h1 may hold the whole suffix (mindhacks.cn: <h1>刘未鹏 |
    Mind Hacks</h1> over the post's own h1, <title> ``标题 – 刘未鹏 | Mind Hacks``)."""
    if not html_title:
        return frozenset()
    parts = title_parts(html_title)
    runs = {nfkc_compact("".join(parts[i:])) for i in range(2, len(parts), 2)}
    return (frozenset(nfkc_compact(s) for s in parts[2::2]) | runs) - {""}


# A widget's reading: a temperature or a humidity, maybe a range (NFKC text: ℃ -> °C, the
# ordinal º a masthead writes for the degree -> o; 頭條日報: 33º / 63%)
_NUM, _UNIT = r"[-−]?\d{1,3}(?:\.\d)?", r"(?:°\s*[CF]?|o|%)"
_READING_RE = re.compile(rf"(?:{_NUM}(?:\s*{_UNIT})?\s*[~/\-–]\s*)?{_NUM}\s*{_UNIT}")


def _home_trail_line(norm: str) -> bool:
    """True for an unlabelled trail line from the home item (``首页 > 要闻``, ccdi's, its leaf
    unlinked): arrows between short items, the first a home word."""
    if ">" not in norm and "»" not in norm and "›" not in norm and "→" not in norm:
        return False
    items = BREADCRUMB_ARROW_RE.split(norm)[0::2]
    # the home item short as well, unlike the category's text trail (a 13- or 14-character
    # ``abcdefghijkl首页`` opens none here; listed for the lead)
    return len(items) >= 2 and from_home(items) and short_items(items[:1])


def _title_before(
    page: Page,
    end_idx: int,
    refs: list[str],
    skip: set[int],
    html_title: str | None = None,
    masthead: str = "",
) -> tuple[Block, str] | None:
    """Heading, bold or short block right before block ``end_idx`` (the meta line).

    ``masthead``: the site's name as ``_masthead_name`` gives it; a line that is it is skipped."""
    cands: list[tuple[Block, str]] = []
    tails: frozenset[str] | None = None
    for b in reversed(page.blocks[max(0, end_idx - TITLE_SPAN) : end_idx]):
        if b.idx in skip or (masthead and nfkc_compact(b.text) == masthead):
            continue
        # a short line that <title> holds past its start: the suffix's site or channel name
        if html_title and b.chars <= 12 and html_title.find(b.text.strip()) > 0:
            tails = _tail_segments(html_title) if tails is None else tails
            if nfkc_compact(b.text) in tails:
                continue  # the site's or channel's name that <title> ends with (a logo's text)
        norm = nfkc(b.text)
        if BREADCRUMB_LABEL.match(norm) or _home_trail_line(norm):
            break  # the trail stands over the headline: nothing above it is the headline
        if not 2 <= b.chars <= 120 or _date_alone(b):
            continue  # a date alone is no headline (a profile box's 注册时间 value on a forum)
        if b.chars <= 16 and _READING_RE.fullmatch(norm.strip()):
            continue  # a weather widget's reading (晴報's masthead: 21°C over the menu)
        if _in_definition_list(page, b, refs):
            continue  # an infobox's term (出生日期) or its value, not the headline
        if label_of(b.text) is None and in_labelled_box(page, b):
            # a 信息公开 box's ``label: value`` cell (jiangxi.gov.cn's ``<td><b>组配分类: </b> 政策文件``,
            # label and value in one cell) is no headline (a label cell alone is left to
            # ``_box_pick``, which knows the headline above the box or the 名称 cell)
            continue
        if _LABEL_CELL.match(norm) or (b.idx and _is_value_cell(page.blocks[b.idx - 1])):
            # a 信息公开 box's label cell (``发布机构：``) and the value under it (``宜春市统计局``)
            # are no headline, unless the label names the title (标题：)
            continue
        if _TWO_LABELS.match(norm) and not _NAMES_TITLE.search(norm):
            # a document box's row of labelled items above the h1 (上证通网's law pages:
            # ``制定部门：中国证监会 当前效力：有效`` / ``法律位阶：文件编号：证监会公告〔2016〕12号``)
            continue
        if b.chars <= 40 and byline_names(norm.strip()):
            continue  # a byline line between a plain headline and the date (``本报记者 X``)
        if _names_site(b, refs) or (b.chars <= 6 and BREADCRUMB_TAIL.match(nfkc_compact(b.text))):
            continue  # a logo's name, or a trail's closing 资讯正文 / 详情 in a block of its own
        tag = b.owner.tag
        if tag in HEADING_TAGS:
            kind = tag
        elif b.link * 2 > b.chars:
            continue
        elif _is_bold(b):
            kind = "bold"
        else:
            kind = "block"
        cands.append((b, kind))
    if not cands:
        return None
    order = {"h1": 0, "h2": 1, "h3": 1, "bold": 2, "block": 3}
    # (a line that <title>'s cut-off headline opens is the one <title> names, as a heading is
    # in find_title: chnmedu's DedeCMS <title> keeps 20 characters, the bold headline over an
    # h2 deck completes it)
    in_ref = [
        c
        for c in cands
        if _in_refs(c[0].text, refs)
        or (c[0].chars <= _MAX_COMPLETED and _completes_cut_title(c[0].text, html_title))
    ]
    if len(in_ref) > 1:
        # a masthead's heading linking the front page names the site, even where <title> holds
        # the site's name beside the headline (循香薈's navbar ``<h2>循香薈</h2>`` over a headline
        # set in a plain block, ``<title>循香薈：headline``): the other line <title> holds is it
        in_ref = [c for c in in_ref if c[1] not in HEADING_TAGS or not _home_logo(c[0])] or in_ref
    pool = in_ref or [c for c in cands if c[1] != "block"] or cands[:1]
    pick = min(pool, key=lambda c: (order[c[1]], -c[0].idx))
    if (deck_of := _headline_over_deck(pick, in_ref, refs, order)) is not None:
        pick = deck_of
    if nfkc_compact(pick[0].text) not in refs and _column_box_heading(page, pick[0], end_idx):
        # (a heading that <title> or og:title names whole is the page's own: an about page's
        # ``關於`` over its subtitle)
        # the column's box heading over the headline (a DedeCMS theme's ``<h3><a>园区动态</a></h3>``
        # over ``div.articleTitle``; a PbootCMS banner's ``<h4>园区动态</h4>`` that <title> names):
        # the headline as shown is the longer line under it (LABELLING.md, session 21)
        below = [
            c
            for c in cands
            if c[0].idx > pick[0].idx
            and 6 <= c[0].chars <= 120
            and c[0].chars > pick[0].chars
            and (c[1] != "block" or _TITLE_MARK_RE.search(_marks(c[0].owner)) is not None)
            and _headline_like(c[0].text, pick[0].text)
            and not _column_box_heading(page, c[0], end_idx)
        ]
        if below:
            return min(below, key=lambda c: (order[c[1]], -c[0].idx))
    return pick


def _headline_over_deck(
    pick: tuple[Block, str], in_ref: list[tuple[Block, str]], refs: list[str], order: dict
) -> tuple[Block, str] | None:
    """The heading right above ``pick``, of its rank or higher, when a title the page states runs the two
    in order (晴報's ``<title>冷鋒來襲連凍9日 今低見17℃ 有雨兼潮濕 下周新界或9℃ - 晴報``: its
    headline, then the deck ``<h3>`` under it): the upper line is the headline, the pick its
    deck; the page names the headline twice. None otherwise."""
    upper = next((c for c in in_ref if c[0].idx == pick[0].idx - 1), None)
    if upper is None or order[upper[1]] != order[pick[1]] or upper[1] not in HEADING_TAGS:
        return None
    if pick[1] in HEADING_TAGS and upper[1] > pick[1]:
        return None  # a smaller heading over the pick is its kicker (``<h3>`` over ``<h2>``)
    both = nfkc_compact(upper[0].text) + nfkc_compact(pick[0].text)
    if upper[0].chars >= 6 and any(r.startswith(both) for r in refs):
        return upper
    # the subtitle box under the headline (Hugo Stack's ``<h2>化学竞猜4</h2><h3>化学竞猜</h3>`` over
    # the date; chemuasso): <title> names the upper line whole and the pick only in part
    upper_key, pick_key = nfkc_compact(upper[0].text), nfkc_compact(pick[0].text)
    return upper if upper_key in refs and pick_key not in refs else None


_MAX_BOX_HEADING = 8
# a plain block the template marks as the headline (DedeCMS's ``div.articleTitle``, ``news_tit``,
# ``.bt``): a line under a box heading that is no heading counts only so marked
_TITLE_MARK_RE = re.compile(r"(?i)title|(?:^|[\s_-])(?:tit|bt|biaoti)(?:$|[\s_-])")


def _marks(el: Any) -> str:
    """The class and id of ``el``."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


_DIGITS_RE = re.compile(r"\d")


def _headline_like(text: str, column: str) -> bool:
    """True when a line under a column's box heading can be the headline: words (four Chinese
    characters or more, digits under half: a contact box's ``025-89683791`` is none) that do not
    repeat the column (a list page's ``新闻资讯 / 公司新闻`` is the column's trail again)."""
    key = nfkc_compact(text)
    return (
        len(HAN_RE.findall(key)) >= 4
        and len(_DIGITS_RE.findall(key)) * 2 < len(key)
        and nfkc_compact(column) not in key
        and DATE_RE.search(nfkc(text)) is None  # ``最近更新于 4月 25, 2026``: a date line
    )


def _column_box_heading(page: Page, b: Block, end_idx: int) -> bool:
    """True when block ``b`` is a column's name heading its box: short, and the last item of a
    trail above the meta line (block ``end_idx``) or a menu's link to a column of that name."""
    name = nfkc_compact(b.text)
    if not 2 <= len(name) <= _MAX_BOX_HEADING:
        return False
    for x in page.blocks[:end_idx]:
        if x is b or x.chars > 80:
            continue
        if x.owner.tag == "li" and x.link == x.chars and nfkc_compact(x.text) == name:
            hrefs = [(a.get("href") or "").strip() for a in x.owner.iter("a")]
            if hrefs and all(h and "#" not in h and not is_script(h) for h in hrefs):
                return True  # a menu item linking the column (not a section of this page)
        norm = nfkc(x.text)
        if ">" not in norm and "»" not in norm and "›" not in norm:
            continue
        items = [nfkc_compact(i) for i in BREADCRUMB_ARROW_RE.split(norm)[0::2]]
        items = [i for i in items if i]
        if len(items) >= 2 and items[-1] == name:
            return True  # the trail's leaf
    return False


def _headline_below_date(
    page: Page, meta_blocks: list[Block], above: Block, refs: list[str]
) -> Block | None:
    """The heading right under a date line that opens the article's own header, when the line
    picked above the date stands outside that header (Z-Blog's default theme and a Typecho theme
    print ``<header><time>DATE</time><h2>headline</h2></header>`` under the site's logo: the logo
    is no headline). Only a date alone, a heading longer than the line above that <title> names
    (or a <title> that is the line above: the site's name alone), and a header holding the two
    but not that line."""
    last = meta_blocks[0]  # the date line (its element may hold the heading too: a <header>)
    if len(meta_blocks) > 2 or last.chars > 24 or not DATE_RE.search(nfkc(last.text)):
        return None
    if last.idx + 1 >= len(page.blocks):
        return None
    below = page.blocks[last.idx + 1]
    if len(meta_blocks) == 2 and meta_blocks[1] is not below:
        return None
    if below.owner.tag not in ("h1", "h2", "h3") or not 6 <= below.chars <= 120:
        return None
    if below.chars <= above.chars:
        return None
    if refs and not _in_refs(below.text, refs):
        above_key = nfkc_compact(above.text)
        if above_key not in refs:
            return None  # <title> names neither the heading nor (as a whole) the line above
        if any(above_key != r and above_key in r for r in refs):
            # og:title is the line above while <title> names it with more (``社团公告 | 梦雾社``):
            # the line above is the headline, not the site's name alone, and the heading under
            # its date is the text's first (a charter's ``<h2>第一版总章程</h2>``; hunt194)
            return None
    holders = set(below.owner.iterancestors())
    box = next((a for a in last.owner.iterancestors() if a in holders), None)
    if box is None or box.tag in ("body", "html") or box in set(above.owner.iterancestors()):
        return None
    return below


def _headline_below_box(
    page: Page, meta_blocks: list[Block], refs: list[str], wrapped: _Wrapped
) -> tuple[Block, str] | None:
    """The headline right under a 信息公开 box that is the meta line (jiangxi.gov.cn: the box's
    ``成文日期: …`` cell is the meta line, ``p.sp_title`` under the box): the first heading-like
    line past the box's cells, when <title> holds it. None when the meta line is no box cell."""
    first = meta_blocks[0]
    if not in_labelled_box(page, first):
        return None
    idx = max(b.idx for b in meta_blocks) + 1
    end = min(len(page.blocks), idx + _BOX_HEADING_SPAN)
    while idx < end:
        b = page.blocks[idx]
        idx += 1
        if labelled_cell(b) is not None or (b.idx and _is_value_cell(page.blocks[b.idx - 1])):
            continue  # the box's further cells
        if not 4 <= b.chars <= 120 or b.link * 2 > b.chars:
            return None
        tag = _heading_tag(b, wrapped)
        marked = _TITLE_MARK_RE.search(_marks(b.owner)) is not None
        if not (tag or marked or _is_bold(b)) or not (refs and _in_refs(b.text, refs)):
            return None  # the first line under the box is the text, or <title> names another
        return b, tag or ("bold" if _is_bold(b) else "block")
    return None


def _h1_in_meta_line(
    meta_blocks: list[Block], refs: list[str], wrapped: _Wrapped
) -> tuple[Block, str] | None:
    """An h1 inside the meta line that <title>, og:title or ArticleTitle opens with (the whole
    headline, six characters at least): the headline the post's heading box sets above its
    ``Posted by`` line. A shorter heading <title> merely holds is none."""
    for b in meta_blocks:
        if b.owner.tag != "h1" and _heading_tag(b, wrapped) != "h1":
            continue
        t = nfkc_compact(b.text)
        if len(t) >= 6 and any(r.startswith(t) for r in refs):
            return b, "h1"
    return None


def _labelled_in_meta_line(page: Page, meta_blocks: list[Block]) -> tuple[Block, str] | None:
    """The line right after a title label standing alone in the meta line (linuxcn's Jekyll
    theme: ``标题：`` / the headline / the date / ``分类：…``, under the site's name): the label
    names the headline, which the meta line holds, so the line above it is no title."""
    for b in meta_blocks:
        if b.chars <= 6 and _TITLE_LABEL_ALONE.fullmatch(nfkc(b.text).strip()):
            if b.idx + 1 < len(page.blocks):
                line = page.blocks[b.idx + 1]
                norm = nfkc(line.text).strip()
                if 2 <= line.chars <= 120 and not DATE_RE.match(norm) and not LABEL_RE.match(norm):
                    return line, "label"
    return None


# A title label with nothing after it on its line (the headline is the next line)
_TITLE_LABEL_ALONE = re.compile(r"(?:标\s*题|標\s*題|题目|題目)\s*[:：]")


def _short_title_over_text_h2(
    page: Page, found: tuple[Block, str], html_title: str | None, metas: dict[str, tuple[str, str]]
) -> str | None:
    """og:title when it and <title>'s first segment name one short headline (``社团公告``, too
    short for ``_ref_title``) that the pick, an h2 right under a bare date line, shares nothing
    with: the text's first section heading, not the headline (dreammagic's title-only variant)."""
    if found[1] != "h2" or not html_title or "og:title" not in metas:
        return None
    og = clean_inline(metas["og:title"][1])
    key = nfkc_compact(og)
    if not 2 <= len(key) < 6 or title_first_segment(html_title) != key:
        return None
    if _bigram_share(nfkc_compact(found[0].text), key) > 0 or not _under_bare_date(page, found[0]):
        return None
    return None if _names_a_column(page, og) else og


def _under_bare_date(page: Page, b: Block) -> bool:
    """True when the line right above ``b`` is a date alone (a post's own date over its text)."""
    return b.idx > 0 and _date_alone(page.blocks[b.idx - 1])


def _date_alone(b: Block) -> bool:
    """True when ``b`` is a short line holding a date and nothing else."""
    return b.chars <= 20 and DATE_RE.fullmatch(nfkc(b.text).strip()) is not None


def _names_site(b: Block, refs: list[str]) -> bool:
    """A short line that reads as a site's name (园区网, XX市人民政府: a logo's text over the date
    line) and that <title> / og:title do not hold: no headline."""
    return (
        b.chars <= 8
        and not _in_refs(b.text, refs)
        and bool(TITLE_SITE_SEGMENT.search(b.text.strip()))
    )


def _marked_headline(page: Page, b: Block, refs: list[str]) -> Block | None:
    """The text's first line when it is, whole, a name in 《》 that ends with what <title> /
    og:title name (a standalone charter page: ``<h1><p align=center>《工作室章程》</p></h1>``
    opening the text, <title> and og:title the short name ``章程``): the document's full name
    over it, the headline as the page shows it, its marks kept (hunt198's bst pages), however
    it is set (centred, a heading, a plain line). A 《》 naming another work (a book the text
    opens with), or a line that goes on past the marks, is no headline. A name a ``<br>`` breaks
    over two or three lines of its own element (``<p>《星海<br>工作室章程》</p>``) is read whole, as
    one block of its lines' text."""
    text = nfkc_compact(b.text)
    lines = _broken_lines(page, b) if text.startswith("《") and "》" not in text else None
    if lines and all(x.owner is b.owner and not x.link for x in lines):
        text = "".join(nfkc_compact(x.text) for x in lines)
        b = Block(b.owner, "".join(x.text for x in lines), len(text), 0, b.idx, b.img)
    if not (text.startswith("《") and text.endswith("》") and 4 <= len(text) <= 60):
        return None
    name = text[1:-1]
    if "《" in name or "》" in name or b.link:
        return None
    return b if any(r and len(r) >= 2 and name.endswith(r) for r in refs) else None


def headline_lines(page: Page, idx: int, title: str | None) -> list[int]:
    """The other lines of the headline's own element when a ``<br>`` broke the headline over
    them (``<p>《星海<br>工作室章程》</p>``, read whole by ``_marked_headline``): no text."""
    b = page.blocks[idx]
    lines = _broken_lines(page, b) if title else None
    if not lines or "".join(nfkc_compact(x.text) for x in lines) != nfkc_compact(title or ""):
        return []
    return [x.idx for x in lines[1:] if x.owner is b.owner]


def _broken_lines(page: Page, b: Block) -> list[Block] | None:
    """The blocks of ``b``'s element when ``b`` opens it and a ``<br>`` breaks it into two or
    three lines (a headline set over lines of its own), else None."""
    st = page.stats.get(b.owner)
    if st is None or st.b0 != b.idx or not 1 < st.b1 - st.b0 <= 3:
        return None
    return page.blocks[st.b0 : st.b1]


def _title_near_body(
    page: Page,
    body_blocks: list[Block],
    refs: list[str],
    skip: set[int],
    html_title: str | None = None,
    site_name: str | None = None,
) -> tuple[Block, str] | None:
    """A short block shortly before the body whose text <title> contains (a headline set
    in a plain ``<div>`` or ``<td>``, as on many government pages)."""
    if not body_blocks:
        return None
    first = body_blocks[0].idx
    window = page.blocks[max(0, first - 12) : first + 1]
    if (marked := _marked_headline(page, body_blocks[0], refs)) is not None:
        return marked, "block"
    for b in window:
        # a government metadata box names the document: 公文名称：… / 标题：…
        if b.idx not in skip and TITLE_LABEL.match(nfkc(b.text)) and 8 <= b.chars <= 160:
            return b, "label"
    # of the lines <title> / ArticleTitle hold, the longest (nearest on a tie): a document number
    # under the headline (金罚决字〔2024〕36号) is a piece of the title, not the title
    # (not the site's or column's name <title> ends with: a logo's text over a page that shows
    # no headline, <title> ``园区动态_网站``, as _title_before skips it)
    # (nor the site's name at any length where <title> names more: the masthead, chengdujs)
    tails = _tail_segments(html_title) | ({nfkc_compact(site_name)} if site_name else set())
    masthead = _masthead_name(html_title, site_name)
    held = [
        b
        for b in reversed(window)
        if b.idx not in skip and 4 <= b.chars <= 120 and b.link * 2 <= b.chars
        and refs and _in_refs(b.text, refs) and len(nfkc_compact(b.text)) >= 6
        and not (b.chars <= 12 and nfkc_compact(b.text) in tails)
        and not (masthead and nfkc_compact(b.text) == masthead)
    ]  # fmt: skip
    if held:
        return max(held, key=lambda b: b.chars), "block"
    # <title> names only the site (a gov portal's issuer): the short line right before the body
    # that opens with that name is the document's title (国家XX局行政处罚信息公开表)
    site = refs[0] if refs else ""
    if 4 <= len(site) <= 16:
        for b in reversed(window[:-1]):
            text = nfkc_compact(b.text)
            if (
                b.idx not in skip and text.startswith(site) and len(site) < len(text) <= 80
                and b.link * 2 <= b.chars and "。" not in text and not LABEL_RE.match(nfkc(b.text))
            ):  # fmt: skip
                return b, "block"
    # <title> names only the site: a minor heading (h4-h6) right before the body is the headline;
    # so is the nearest h2 / h3 of 8 characters or more that names no column (DTcms themes:
    # ``<h2 class="news_show_tit">标题</h2>`` over a share bar and the text, no h1 on the page, no
    # date shown, <title> the site's name alone): a box's heading (相关新闻, 公司新闻) is shorter.
    # <title> one short segment: a <title> naming a headline the page does not show is the title
    site_only = bool(html_title) and len(title_parts(html_title or "")) == 1
    h2_may_lead = site_only and len(nfkc_compact(html_title or "")) <= 16
    for b in reversed(window[:-1]):
        tag = b.owner.tag
        major = tag in ("h2", "h3") and h2_may_lead
        if major:
            h2_may_lead = False  # only the nearest h2 / h3
        if (tag in ("h4", "h5", "h6") or major) and 6 <= b.chars <= 120 and b.idx not in skip:
            if major and (b.chars < 8 or TITLE_CHANNEL_SEGMENT.match(nfkc_compact(b.text))):
                continue
            if b.link * 2 <= b.chars and "。" not in b.text:
                return b, "block"
    # the headline is the line right above a labelled byline
    # (``徒手抓子弹真的存在吗？`` over ``来源： 科普中国-科学原理``)
    for prev, b in zip(window, window[1:], strict=False):
        if LABEL_RE.match(nfkc(b.text).lstrip()) and b.chars <= 60:
            if 4 <= prev.chars <= 80 and prev.link * 2 <= prev.chars and prev.idx not in skip:
                if _names_site(prev, refs):
                    continue
                norm = nfkc(prev.text)
                # a trail the headline is glued to (``当前位置：首页 > 新闻园区动态标题``) is no headline
                if (
                    LABEL_RE.search(norm) is None
                    and "。" not in norm
                    and not BREADCRUMB_LABEL.match(norm)
                    and not _home_trail_line(norm)  # ``首页 > 要闻`` over the 来源 line
                ):
                    return prev, "block"
    return None


# ------------------------------------------------------------------------------------- cleaning
def _is_site_segment(segment: str, site_name: str | None) -> bool:
    """True when a <title> segment names the site rather than the article."""
    segment = segment.strip()
    if site_name and segment == site_name.strip():
        return True
    if site_name and segment.startswith(site_name.strip()):
        # the site's name and its address or Latin brand (``三立新聞網 SETN.COM``)
        if _LATIN_BRAND_RE.fullmatch(segment[len(site_name.strip()) :].strip()):
            return True
    # a site word in closing brackets (``西邮所（官网）``, nxxys) names the site as well
    return bool(TITLE_SITE_SEGMENT.search(_BRACKETED_TAIL_RE.sub(r"\1", segment)))


# The bare word for a website or a web page opening <title> / og:title (``网站 | 公司主页更新``,
# qilian's NexT notice about its own site): the headline's topic, as a reader sees it; a site's
# name puts a name before the word (``中国孵化器网站 | 标题``), which still goes
_BARE_WEB_WORD_RE = re.compile(r"网站|網站|网页|網頁")


# A site's address standing alone as a <title> segment (``tudi.im``, ``www.example.com.cn``): a
# known top-level domain closes it, so a library's name (``Node.js``, ``Vue.js``) is not one
_DOMAIN_RE = re.compile(
    r"(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|im|io|cc|me|tv|info|top|xyz|hk|tw|mo|gov|edu|co)",
    re.IGNORECASE,
)
# a site's name before its address: a short name, no sentence punctuation
_SITE_NAME_RE = re.compile(r"[^，。！？：,!?:；;]{2,16}")
_LATIN_BRAND_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*")
_BRACKETED_TAIL_RE = re.compile(r"[（(]([^（()）]{1,6})[）)]$")


def _part_of_site(segment: str, site_name: str | None) -> bool:
    """True when a closing <title> segment is the site's short name (``标题 | 上報`` where
    og:site_name reads ``上報 Up Media``)."""
    key = nfkc_compact(segment)
    return bool(site_name) and len(key) >= 2 and key in nfkc_compact(site_name or "")


def _is_channel_segment(segment: str) -> bool:
    """True for short channel names such as 园区动态 / 新闻中心 / 通知公告, or a section's
    common word alone (``标题 | 政治``, ``标题_政务``)."""
    segment = segment.strip()
    return bool(TITLE_CHANNEL_SEGMENT.match(segment)) or bool(
        segment and COLUMN_MODIFIER.match(segment)
    )


# A search-engine keyword list closing <title> (sxlmrl: ``标题_陕西板式换热器，陕西换热站安装，…，
# 陕西鲁明热力设备工程有限公司``): three or more short items parted by commas, no sentence (past a
# dash such a list may be the headline's subtitle: 政府引导，企业主导，社会参与).
_KEYWORD_LIST_RE = re.compile(
    r"^[^，,、。！？\s]{2,16}(?:\s*[，,]\s*[^，,、。！？\s]{2,16}){2,}[，,]?$"
)


def _is_keyword_list(segment: str) -> bool:
    """True for a closing <title> segment that lists the site's keywords, not the headline."""
    return bool(_KEYWORD_LIST_RE.match(segment.strip()))


def _without_column_tail(root: Any, html_title: str, site_name: str | None) -> str | None:
    """<title> without its suffix and without trailing segments that name a column the page
    links to (``标题 - 尼克斯 - 體育 - 聯合新聞網``, 尼克斯 a menu item), when the words do not
    know the column; None when no such segment closes it."""
    text = strip_site_suffix(html_title, site_name)
    parts = title_parts(text)
    if len(parts) < 3:
        return None
    links = None
    while len(parts) >= 3 and 2 <= len(tail := nfkc_compact(parts[-1])) <= 8:
        if len(nfkc_compact("".join(parts[:-2]))) < 6:
            break
        if links is None:
            links = {nfkc_compact(node_text(a)) for a in root.iter("a")}
        if tail not in links:
            break
        parts = parts[:-2]
    out = "".join(parts).strip()
    return out if out != text else None


# A closing word parted by a space from a headline this long at least (``标题 东区办事处``)
_KEYWORD_TAIL_RE = re.compile(r"^(?P<head>.{10,}?)\s+(?P<tail>\S{2,10})$")
_KEYWORD_SEP_RE = re.compile(r"[,，、;；\s]+")


def _without_keyword_tail(
    cut: str | None, html_title: str, metas: dict[str, tuple[str, str]], site_name: str | None
) -> str | None:
    """<title> without a closing word parted by a space that the site's keywords list beside its
    own name (zsnews: ``标题 东区办事处_中山网`` with keywords ``中山网,专题报道,东区办事处,…``:
    the desk's name, not the headline's); None when no such word closes it."""
    keywords = metas.get("keywords", ("", ""))[1]
    if not keywords or not site_name:
        return None
    items = {nfkc_compact(k) for k in _KEYWORD_SEP_RE.split(keywords)} - {""}
    text = cut or strip_site_suffix(html_title, site_name)
    m = _KEYWORD_TAIL_RE.match(text)
    if m is None or nfkc_compact(site_name) not in items or nfkc_compact(m["tail"]) not in items:
        return None
    return m["head"].strip()


# A channel after a bare hyphen closing the <title>'s last segment (``标题-股票频道``,
# ``标题--文化-``): there the hyphen parts the title from the channel.
_HYPHEN_CHANNEL_RE = re.compile(r"^(?P<head>.{6,}?)\s*-{1,2}\s*(?P<tail>[^-\s]{2,8})\s*-*$")


# The longest a site's name before a bare hyphen and the site_name after it may be
# (``IIAU-LAB``, ``广东环境保护工程职业学院--工会``).
_MAX_HYPHENED_SITE = 16


def _without_hyphened_site(text: str, site_name: str) -> str:
    """``text`` without a closing segment that is a name, a bare hyphen and ``site_name``: past a
    real separator (``_``, `` – ``, ``|``) the whole segment is the site's name (``标题 – IIAU-LAB``
    where site_name reads ``LAB``: iiaulab; ``标题_广东环境保护工程职业学院--工会``: gdepc), not
    ``IIAU`` a headline's tail. A dash (``主题——副题-站名``) may part a subtitle: kept."""
    parts = title_parts(text)
    site = site_name.strip()
    if len(parts) < 3 or "—" in parts[-2] or not site:
        return text
    last = parts[-1].strip()
    before = last[: -len(site)].rstrip()
    head = before.rstrip("-－").rstrip()
    if not last.endswith(site) or not before.endswith(("-", "－")) or not head:
        return text
    if len(nfkc_compact(head)) > _MAX_HYPHENED_SITE or len(nfkc_compact("".join(parts[:-2]))) < 6:
        return text
    return "".join(parts[:-2]).strip()


# A platform hosting many people's blogs (cnblogs' ``标题 - 用户名 - 博客园``, ``…-CSDN博客``); a
# personal blog's own name (张三的博客) is no platform: the segment before it is the headline's
_BLOG_PLATFORM_RE = re.compile(
    r"^(?:博客园|博客園|博客中国|(?:[A-Za-z0-9]+|新浪|网易|搜狐|和讯)博客)$"
)
# The longest a blog owner's name may be (cnblogs user names: 张三, jack_zhang, 一只小码农)
_MAX_BLOG_OWNER = 16


def _is_blog_owner(segments: list[str]) -> bool:
    """True when the last of ``segments`` (left after a blog platform's name) is a short name
    without sentence punctuation behind a headline of six characters at least."""
    if len(segments) < 2:
        return False
    owner = nfkc_compact(segments[-1])
    if not 2 <= len(owner) <= _MAX_BLOG_OWNER or re.search(r"[，。！？：,!?:]", owner):
        return False
    return len(nfkc_compact("".join(segments[:-1]))) >= 6


# the title step, the masthead test, the reference titles and the heading's extras ask it of the
# same <title> and site name: 453 calls a pass of the benchmark pages, 215 pairs, 2 on a page
@lru_cache(maxsize=8)
def strip_site_suffix(html_title: str | None, site_name: str | None = None) -> str:
    """Remove trailing site/channel segments (and a leading site name) from a <title>."""
    if not html_title:
        return ""
    text = clean_inline(html_title)
    if site_name:
        text = _without_hyphened_site(text, site_name)
        # A bare hyphen before the known site name ("标题-中国孵化器网") is a separator too;
        # elsewhere a bare hyphen is part of the title (dates, model numbers).
        for sep in ("-", "－", "—", "_"):
            if text.endswith(sep + site_name.strip()) and len(text) > len(site_name) + 1:
                # ``标题--上報``: the whole run of the separator goes
                text = text[: -len(site_name.strip())].rstrip().rstrip(sep).rstrip()
                text = _without_branch(text, site_name.strip())
                break
    # re.split with a capturing group keeps the separators at odd positions.
    parts = title_parts(text)
    segments = list(parts[0::2])
    separators = list(parts[1::2])
    on_platform = False
    while len(segments) > 1 and (
        # an empty segment between two separators (``标题————要闻——网站``, ccdi's run of four
        # dashes read as two) is part of the separators' run
        not segments[-1].strip()
        or _is_site_segment(segments[-1], site_name)
        or _is_channel_segment(segments[-1])
        or _part_of_site(segments[-1], site_name)
        or (_is_keyword_list(segments[-1]) and "—" not in separators[-1])
    ):
        on_platform = on_platform or bool(_BLOG_PLATFORM_RE.match(segments[-1].strip()))
        segments.pop()
        separators.pop()
    if (
        len(segments) > 2
        and _DOMAIN_RE.fullmatch(segments[-1].strip())
        and separators[-2].strip() != separators[-1].strip()
        and _SITE_NAME_RE.fullmatch(nfkc_compact(segments[-2]))
        and len(nfkc_compact("".join(segments[:-2]))) >= 6
    ):
        # the site's name and its address joined by one separator, parted from the headline by
        # another (tudi.im: ``标题 | 聚合土地流转平台 - tudi.im - 公司名``): a reader takes the
        # pair for the site, whatever words its name ends in
        del segments[-2:], separators[-2:]
    if on_platform and _is_blog_owner(segments):
        # ``标题 - 张三 - 博客园``: a platform of many blogs prints the owner's name between the
        # post's headline and its own name; elsewhere such a segment may be the headline's part
        segments.pop()
        separators.pop()
    match = _HYPHEN_CHANNEL_RE.match(segments[-1])
    if match and (_is_channel_segment(match["tail"]) or _is_site_segment(match["tail"], site_name)):
        segments[-1] = match["head"]
    if len(segments) > 1 and site_name and segments[0].strip() == site_name.strip():
        segments.pop(0)
        separators.pop(0)
    while (
        len(segments) > 1
        and (_is_site_segment(segments[0], site_name) or _is_channel_segment(segments[0]))
        and not _BARE_WEB_WORD_RE.fullmatch(nfkc_compact(segments[0]))
        and len(nfkc_compact("".join(segments[1:]))) >= 6
    ):
        # ``無綫新聞 - 財經 - 标题``: the site and its channel before the headline
        segments.pop(0)
        separators.pop(0)
    out = segments[0]
    for sep, seg in zip(separators, segments[1:], strict=True):
        out += sep + seg
    return out.strip()


# A branch of the site closing <title> before the site's own name, after a bare hyphen
# (cqdd.cn: ``标题-重庆市合川广播电视大学-重庆广播电视大学``): a name of at most 16 characters
# that ends as the site's name does, in four characters or more (广播电视大学, 人民政府)
_BRANCH_RE = re.compile(r"^(?P<head>.{6,}?)[-－—_](?P<tail>[^-－—_\s|｜]{4,16})$")
_BRANCH_SHARED_END = 4


def _without_branch(text: str, site_name: str) -> str:
    """``text`` without a closing segment naming a branch of the site ``site_name``."""
    m = _BRANCH_RE.match(text)
    if m is None:
        return text
    tail, site = nfkc_compact(m["tail"]), nfkc_compact(site_name)
    shared = 0
    while shared < min(len(tail), len(site)) and tail[-1 - shared] == site[-1 - shared]:
        shared += 1
    return m["head"].rstrip() if shared >= _BRANCH_SHARED_END and tail != site else text


# A labelled title in a government metadata box (公文名称：…); the label is not part of the title.
# A cell that is only a label: a few words and a colon (``发布机构：``, ``索 引 号：``).
_LABEL_CELL = re.compile(r"^\s*[^\s:：]{1,6}(?:\s[^\s:：]{1,6}){0,3}\s*[:：]\s*$")


# A line opening with a label and holding a second one (``法律位阶：文件编号：…``): a box's items
_TWO_LABELS = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*:.*?[\u4e00-\u9fff]{2,6}\s*:")


# a definition term this long that <title> states whole is a headline (an infobox's terms are short)
_MIN_DT_HEADLINE = 6


def _in_definition_list(page: Page, b: Block, refs: list[str]) -> bool:
    """True for a ``<dt>`` term of a definition list (an encyclopedia infobox's 出生日期) and the
    ``<dd>`` value after it, unless the term names the title (``<dt>标题</dt>``) or is, word for
    word, the headline <title> states."""
    tag = b.owner.tag
    if tag == "dt":
        # chinahighway.com's touch template sets the headline as the term and the deck and the
        # meta items as its value (``<dl><dt>HEADLINE</dt><dd>…<i>DATE</i>…</dd></dl>``), the
        # <title> the same words: a term that long, <title> whole, is no infobox's label
        key = nfkc_compact(b.text)
        return len(key) < _MIN_DT_HEADLINE or key not in refs
    if tag != "dd" or not b.idx:
        return False
    prev = page.blocks[b.idx - 1]
    return prev.owner.tag == "dt" and not _NAMES_TITLE.search(nfkc(prev.text))


def _is_value_cell(prev: Block) -> bool:
    """True when ``prev`` is a label cell, so the block after it is that label's value; a
    title label (标题：) names the headline, so its value stays a candidate."""
    norm = nfkc(prev.text)
    return bool(_LABEL_CELL.match(norm)) and not _NAMES_TITLE.search(norm)


# A label whose value is the headline: 标题, 题目, 题名, 名称 (公文名称, 信息名称), 主题.
_NAMES_TITLE = re.compile(r"标\s*题|題|题目|题名|名\s*称|名稱|主题|主題")


TITLE_LABEL = re.compile(r"^\s*(?:公文名称|文件名称|信息名称|标题|标\s*题)\s*[:：]\s*(?=\S)")

# What may stand before a channel word in a bracketed column name: common words only. A proper
# name there (【澎湃新闻】, 【腾讯新闻】) names the outlet the headline credits, part of the title.
COLUMN_MODIFIER = re.compile(
    r"^(?:|国内|国际|國內|國際|时政|時政|本地|地方|图片|圖片|视频|視頻|综合|綜合|科技|财经|財經|社会|社會|工作|部门|部門"
    r"|基层|基層|区县|區縣|媒体|媒體|热点|熱點|重要|最新|政务|政務|园区|園區|企业|企業|行业|行業|新闻|新聞|通知|图文|圖文"
    r"|政治|文化|体育|體育|娱乐|娛樂|教育|健康|军事|軍事|汽车|汽車|房产|房產|评论|評論|股票|理论|理論"
    r"|政策|法规|法規|党建|黨建|活动|活動)$"
)


# A site's tag on a story (【转载】, [原创], 【组图】): a word of its desk, not of the headline.
_STORY_TAG = re.compile(
    r"^(?:转载|轉載|原创|原創|独家|獨家|组图|組圖|图集|圖集|快讯|快訊|直播|推荐|推薦|专稿|專稿|特稿|聚焦|关注|關注"
    r"|视点|視點|观察|觀察|访谈|訪談|速递|速遞|解读|解讀|预告|預告|置顶|置頂|热门|熱門|喜报|喜報|话题|話題|提示)$"
)


# A mark that is part of the headline as shown (LABELLING.md: ``[摘]人妖早亡原因分析``, a
# digest's mark), not a column word.
_HEADLINE_MARKS = frozenset(("摘",))


def _is_column_word(col: str) -> bool:
    """A channel name made of common words (图片新闻, 通知公告), not an outlet's name (澎湃新闻)."""
    match = TITLE_CHANNEL_SEGMENT.match(col)
    return match is not None and bool(COLUMN_MODIFIER.match(match["stem"]))


def strip_column_prefix(title: str, kept_by: str | None = None) -> str:
    """Remove a leading 【栏目】 / [栏目] column word when real title text follows, unless the
    ``<title>`` (``kept_by``) opens with the same bracket: then both places show it as part of
    the headline (LABELLING.md, decide76: the <title> decides, as for a section tag or 【16】)."""
    match = TITLE_COLUMN_PREFIX.match(title)
    if not match:
        return title
    col = match["col"]
    if col in _HEADLINE_MARKS:
        return title
    if kept_by and compact(kept_by).startswith(compact(title[: match.start("rest")])):
        return title
    if len(col) > 1 and not (
        _is_column_word(col) or COLUMN_MODIFIER.match(col) or _STORY_TAG.match(col)
    ):
        # 【线下沙龙报名】 / 【资讯汇总】 are part of the headline as shown, and so is a two-character
        # name (a series' 【晴朗】, [AI]); only a column word or a desk's tag (【新闻】, 【视频】,
        # 【通知公告】, [转载]) is the site's label
        return title
    rest = match["rest"].strip()
    # Keep when what follows is too short to be a title on its own.
    if len(rest) < 4:
        return title
    return rest


# A multi-page story's page number after the headline (``…（组图） (3)``), and the same number in
# the page's own address (``c205180-8794978-3.html``, ``?page=3``): the CMS's pager, no headline.
_PAGE_NUMBER_TAIL_RE = re.compile(r"\s*[(（](?P<n>\d{1,2})[)）]\s*$")
_URL_PAGE_RE = re.compile(
    r"[-_](?P<n>\d{1,2})\.[a-z]{2,5}$|[?&](?:page|p|pn|pageno|pg)=(?P<q>\d{1,2})(?:&|$)", re.I
)


def drop_page_number(title: str | None, url: str) -> str | None:
    """``title`` without a trailing ``(N)`` when the URL shows the same page number N (N >= 2)."""
    if not title or not title.endswith((")", "）", " ")):
        return title
    tail = _PAGE_NUMBER_TAIL_RE.search(title)
    if tail is None or int(tail["n"]) < 2:
        return title
    at = _URL_PAGE_RE.search(url)
    if at is None or int(at["n"] or at["q"]) != int(tail["n"]):
        return title
    return title[: tail.start()] or title


# What a heading adds around the headline the <title> gives alone: an issue date in front
# (``[2002-12-16] 全國嚴打…``) or a section tag behind (``廉署貪污舉報今年跌11% (港聞)``).
_DATE_PREFIX_RE = re.compile(
    r"^\s*[\[【(（]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[\]】)）]?\s*"
)
_SECTION_TAIL_RE = re.compile(r"\s*[(（][^()（）\d]{1,4}[)）]\s*$")
# a date behind it, bare or bracketed (``标题<span class="date">2024-03-05</span>`` in one h1)
_DATE_TAIL_RE = re.compile(
    r"\s*[\[【(（]?\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*[\]】)）]?\s*$"
)
# the trail bar's ``正在阅读：`` before the headline (光明网's ``<div class=m-con-info>正在阅读：
# 标题``): the bar's word, no word of the headline
_READING_NOW_RE = re.compile(r"^\s*(?:您)?(?:正在阅读|正在閱讀|当前阅读|當前閱讀)\s*[:：]\s*")
# an element or line holding a full date and nothing else (a time after it too)
_DATE_ONLY_RE = re.compile(
    r"^\s*[\[【(（]?\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[\]】)）]?\s*$"
)


def drop_heading_extras(
    title: str | None, html_title: str | None, site_name: str | None
) -> str | None:
    """``title`` without a dated prefix, a bracketed section tag, a trailing date or a trail
    bar's ``正在阅读：`` when the <title> (without the site's name) is the headline alone
    (LABELLING.md: 星島日報's ``(港聞)``, a ``[2002-12-16]`` prefix); otherwise the heading as
    shown."""
    if not title or not html_title:
        return title
    ref = strip_site_suffix(html_title, site_name).strip()
    if not ref or ref == title or ref not in title:
        return title
    for pattern in (_DATE_PREFIX_RE, _SECTION_TAIL_RE, _DATE_TAIL_RE, _READING_NOW_RE):
        if pattern.sub("", title, count=1).strip() == ref:
            return ref
    return title


# Literal ``\n`` / ``\t`` escapes around a headline: a page saved from a JSON string keeps its
# markup's line breaks as two characters (``<h1>\n    标题\n  </h1>``); inside the headline
# they may be its words (a post on C's ``\n``), so only the ends are cut.
_ESCAPED_ENDS_RE = re.compile(r"^(?:\s|\\[nrt])+|(?:\s|\\[nrt])+$")


# An ideographic space between two words of a headline (提质增效\u3000扶持弱小): the gap a reader
# sees between its phrases, kept as written (LABELLING.md corpus31, decide76); padding between
# single characters (通\u3000知) is layout and goes, as clean_inline removes it elsewhere.
_PHRASE_GAP = re.compile(r"(?<=[\u4e00-\u9fff]{2})\u3000(?=[\u4e00-\u9fff]{2})")
_GAP_MARK = "\ue000"  # a private-use character clean_inline leaves alone


def _clean_headline(raw: str) -> str:
    """clean_inline, keeping an ideographic space between two words of the headline."""
    if "\u3000" not in raw:
        return clean_inline(raw)
    return clean_inline(_PHRASE_GAP.sub(_GAP_MARK, raw)).replace(_GAP_MARK, "\u3000")


def clean_title(
    raw: str | None,
    *,
    html_title: str | None = None,
    site_name: str | None = None,
    shown_in: str | None = None,
) -> str | None:
    """Normalise a title; fall back to the <title> text without its site suffix.

    ``shown_in`` is the page's ``<title>`` when ``raw`` is the heading: a 【column】 prefix both
    show is part of the headline."""
    title = _clean_headline(raw) if raw else ""
    if not title and html_title:
        title = strip_site_suffix(html_title, site_name)
    if "\\" in title:
        title = _ESCAPED_ENDS_RE.sub("", title)
    if not title or is_page_type(title):
        return None  # a template's page-type name names no article (LABELLING.md gaps98)
    title = TITLE_LABEL.sub("", title, count=1) if TITLE_LABEL.match(title) else title
    title = strip_column_prefix(title, shown_in)
    return title or None
