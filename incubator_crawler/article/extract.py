"""``extract_article``: parse the page, walk it into blocks, then run each field's chain.

Site-independent: raw field strings are located by content, never by class name (a site's CSS
hints come first when it has them). Each field's chain lives in its own module, which also
cleans the field: ``title``, ``published``, ``people`` (author, editor, source), ``category``,
``body`` and ``images``; ``meta_line`` finds the labelled lines they read. Values here are raw
(as on the page); the pipelines clean them with the same modules.
"""

from __future__ import annotations

from dataclasses import field, fields, make_dataclass
from urllib.parse import urljoin

from ..items import PAGE_FIELDS, ArticleItem
from . import body as body_field
from .category import find_breadcrumb
from .date_lines import CLOSING_AFTER, closing_date_line
from .header_lines import (
    box_publisher,
    header_fields,
    opening_credit_run,
    opening_lines_start,
    run_translators,
    run_writer,
    run_writers,
)
from .heading_byline import heading_byline, slot_name_line
from .images import find_images
from .label_cells import block_pair_cell, opening_cell_author, opening_cell_line
from .labels import self_dated
from .licence_box import (
    licence_box_author,
    licence_line_author,
    licence_original,
    licence_poster,
    opening_original,
    opening_writer,
)
from .meta_line import bracketed_original_writer, find_meta_line
from .page import (
    Block,
    Page,
    css_first,
    head_elements,
    parse_html,
    read_head,
    read_scripts,
    script_fills_source_slot,
    site_name_of,
    walk,
)
from .people import (
    account_line,
    byline_line,
    find_people,
    followed_account_lines,
    ip_place_writer,
    signature_block,
    vouched_names,
    wechat_copy_line,
)
from .people.bylines import filed_from_cut
from .published import find_published, time_element_date, titled_relative_date
from .text import nfkc
from .title import (
    drop_heading_extras,
    drop_page_number,
    find_title,
    headline_lines,
    strip_column_prefix,
    strip_site_suffix,
    title_first_segment,
)
from .trailer import TRAILER_SPAN, blocks_under_text, credit_line, trailer_fields

#: Raw field strings located on one article page (``items.PAGE_FIELDS``), plus the rule that found each.
ExtractedArticle = make_dataclass(
    "ExtractedArticle",
    [
        *(
            (f.name, f.type, field(default=f.default, default_factory=f.default_factory))
            for f in fields(ArticleItem)
            if f.name in PAGE_FIELDS
        ),
        ("rules", "dict[str, str]", field(default_factory=dict)),
    ],
)
ExtractedArticle.__module__ = __name__
ExtractedArticle.__doc__ = (
    "Raw field strings located on one article page, plus the rule that found each."
)


def extract_article(
    html: str, url: str, hints: dict[str, str] | None = None, *, utf8: bytes | None = None
) -> ExtractedArticle:
    """Locate the raw article fields of one page by content (hints first, then generic rules).

    ``utf8``: ``html`` as UTF-8 bytes, when the caller has them (saves encoding it again).
    """
    art = ExtractedArticle()
    rules = art.rules
    hints = hints or {}
    root = parse_html(html, utf8)
    if root is None:
        return art

    head = head_elements(root)
    html_title, metas, ld, base_href = read_head(root, head)
    for key, sel in hints.items():
        # a hint that matches nothing (site redesign) falls back silently to the generic rules
        if sel and css_first(root, sel) is None:
            rules[f"hint:{key}"] = "generic"
    base = urljoin(url, base_href) if base_href else url
    art.html_title = html_title
    script_date, site_name = read_scripts(root, head)
    script_slot = script_fills_source_slot(head.writers)  # noted by read_scripts
    site_name = site_name_of(html_title, metas, site_name, root, html)
    art.site_name = site_name
    page = walk(root, head.svgs, head.buttons)
    blocks = page.blocks

    # the meta line splits the page: title before it, body after it
    container0 = body_field.first_post(page, body_field.score_containers(page, blocks))
    if (
        container0 is not None
        and container0.tag in ("td", "tr")
        and (record := body_field.record_text(page, container0)) is not None
    ):
        # a row of a record's field table won (a paper's ``Abstract:``): the record is the text,
        # and its ``Source: … Published Date:`` row no meta line over the post's own
        container0 = record
    meta = find_meta_line(page, root, hints, container0, rules, url, html_title)
    art.byline_raw = meta.text
    after = meta.blocks[-1].idx + 1 if meta.blocks else 0
    container, body_blocks, hinted = body_field.find_container(
        page, root, hints, after, container0, rules
    )
    art.title_raw, title_idx = find_title(
        page,
        root,
        hints,
        meta.blocks,
        meta.idx,
        body_blocks,
        (html_title, metas, ld),
        site_name,
        rules,
        meta.headline,
    )
    art.title_raw = drop_page_number(art.title_raw, url)
    art.title_raw = drop_heading_extras(art.title_raw, html_title, site_name)
    # the trail is above the title (a date line above the title, such as a header's calendar,
    # does not hide the trail between them)
    limit = title_idx if title_idx is not None else min(
        [i for i in (meta.blocks[0].idx if meta.blocks else None,) if i is not None]
        or [body_blocks[0].idx if body_blocks else len(blocks)]
    )  # fmt: skip
    # the headline a trail may close with is the title without the 【栏目】 word the heading
    # alone shows (singtao's trail ends in the headline, its heading opens with 【转载】)
    headline = art.title_raw and strip_column_prefix(art.title_raw, html_title)
    art.breadcrumb_raw = find_breadcrumb(
        page, root, hints, limit, base, headline, site_name, rules, ld.get("breadcrumb"),
        # a headline shown only in <title> may be glued to the trail's leaf
        None if art.title_raw or not html_title else strip_site_suffix(html_title, site_name),
        title_first_segment(html_title),
    )  # fmt: skip

    excluded = set(meta.idx)
    split = heading_byline(page, blocks[title_idx]) if title_idx is not None else None
    if title_idx is not None:
        excluded.add(title_idx)
        excluded.update(headline_lines(page, title_idx, art.title_raw))
    if split is not None:
        # the headline's own name line and back link (aka.org.cn's magazine) are no text
        excluded.update(split.furniture)
    container, paras = body_field.body_paragraphs(
        page, container, body_blocks, hinted, after, excluded, title_idx, rules
    )
    paras = body_field.without_transparent(paras, container, head.styles)
    date_line, paras = body_field.split_date_line(paras)
    art.lede_raw, paras = body_field.find_lede(page, paras, after, meta.blocks, title_idx, rules)
    if art.lede_raw is None and not hinted:
        paras = body_field.lead_beside_headline(page, paras, title_idx, excluded)
    # an account's name and its follow button opening the text are the header's byline
    paras = paras[followed_account_lines(paras, title_idx) :]
    run_from = paras[0].idx if paras else None
    if title_idx is not None:
        # a run of credit lines opening the text (``作者：X`` / ``翻译：A B`` / ``校对：C``): the
        # header's lines, read as those between the headline and the text are (the people
        # step's); its date line is the original's (``发布时间：2024 年 1 月``), no witness
        # of the page's day (``heads`` below stops where the run starts)
        paras = paras[opening_credit_run(paras) :]
    # WeChat's meta line pasted with the article (``原创 NAME ACCOUNT DATE``): the header's byline
    copied = wechat_copy_line(page, paras, title_idx) if paras else None
    if copied is not None:
        paras = [p for p in paras if p is not copied[0]]
    # a writer's name set flush right under the text signs it: the author, no paragraph
    signed = signature_block(page, paras, vouched_names(metas, ld))
    if signed is not None:
        paras = [p for p in paras if p is not signed[0]]
    # a speech's ``职务 NAME`` line under its headline repeated, the name the 作者 slot's: the byline
    speaker = slot_name_line(paras, art.title_raw, meta.fields.get("author"))
    if speaker is not None:
        paras = [p for p in paras if p is not speaker]
    # a writer's label element and its name element on one of the text's opening lines under
    # the headline (``<span>作者</span><span>肖锐</span>``, no colon: the markup parts them): the
    # header's credit, no line of the text (its line reads ``作者肖锐``, which no text rule can
    # tell from ``作者简介``)
    cell_line = opening_cell_line(paras) if title_idx is not None and len(paras) > 1 else None
    if cell_line is not None:
        paras = [p for p in paras if p is not cell_line[0]]
    original = body_field.original_title_line(paras)
    if original is not None and len(paras) > 1:
        paras = [p for p in paras if p is not original]
    # the text leaves out a caption doubled with its picture (the images keep both copies)
    text_paras = body_field.without_picture_repeats(page, paras)
    art.body_paragraphs = [p.text for p in text_paras]
    art.body_pictured = body_field.pictured_paragraphs(page, text_paras)
    # the lines a reader sees as links: a short text of them is a menu or a list, no record
    art.body_linked = [j for j, p in enumerate(text_paras) if 2 * p.link > p.chars]
    if container is not None and paras:
        art.images = find_images(page, container, paras, base, title_idx)

    # labelled lines around the body, for the fields the meta line does not give
    trailer = trailer_fields(page, paras, excluded) if paras else {}
    if date_line is not None:
        trailer["published_header"] = nfkc(date_line.text).strip()
    if paras and (closing := _closing_date(page, paras, container)):
        trailer["published_closing"] = closing
    if paras and (own := self_dated(nfkc(paras[-1].text))):
        # the text's closing line dates the text itself (``以上草案：写于 DATE``): the page's
        # date where no date line, meta or address gives one (the chain's last witnesses)
        trailer["published_self"] = own
    if paras:
        _lines_around_body(
            trailer, page, paras, excluded, title_idx, meta.blocks, base, signed, art.title_raw,
            run_from,
        )  # fmt: skip
    if cell_line is not None:
        trailer.setdefault("author", cell_line[1])
    if split is not None and split.name:
        # the name line under the headline in its heading box is the writer's byline
        trailer.setdefault("author", split.name)
    if copied is not None:
        trailer.setdefault("author", copied[1])
    time_el = time_element_date(root)
    shown = blocks, paras[-1].idx + 1 if paras else len(blocks), frozenset(p.idx for p in paras)
    # the headline's own lines down to the text: an unlabelled date elsewhere is no meta line's
    heads = blocks[title_idx:run_from] if title_idx is not None and paras else None
    find_published(
        art, meta.fields, metas, ld, url, script_date, trailer, time_el, shown, heads or None
    )
    window = (title_idx, paras) if paras else None
    find_people(
        art, meta.fields, metas, ld, trailer, root, site_name, page, window, meta.blocks,
        script_slot,
    )  # fmt: skip
    return art


def _closing_date(page: Page, paras: list[Block], container: object) -> str | None:
    """The date of a ``DATE OUTLET`` line closing the text (``closing_date_line``), the blocks
    under the text read down to the next section's heading (related items, comments)."""
    after = blocks_under_text(page, paras[-1].idx, CLOSING_AFTER)
    return closing_date_line(paras, after, container)


# How far under the text the poster's row with the writer's IP place is read: further than the
# trailer's lines, as a yuque doc's transparent OCR layer over its last picture (lines the body
# leaves out) stands between the text and the row
_IP_ROW_SPAN = 2 * TRAILER_SPAN


# A closing line under a licence box item pair that is no prose and no credit: a reprint notice
_CLOSING_NOTICE_MAX = 40


def _lines_around_body(
    trailer: dict[str, str],
    page: Page,
    paras: list[Block],
    excluded: set[int],
    title_idx: int | None,
    meta_blocks: list[Block],
    base: str,
    signed: tuple[Block, str] | None,
    title: str | None = None,
    run_from: int | None = None,
) -> None:
    """Add to ``trailer`` what the lines around the text credit: the byline line, a signature,
    a licence box, the lines under the title, a box's publisher and an account line."""
    byline, outlet, editors = byline_line(page, paras, title_idx, excluded)
    if byline:
        trailer.setdefault("byline", byline)
    if editors:
        trailer["byline_editor"] = editors
    if outlet:
        trailer["byline_source"] = outlet
    if signed is not None:
        trailer["signature"] = signed[1]
    if owner := licence_box_author(page, paras[-1].idx):
        trailer["licence_author"] = owner
    if "author" not in trailer and (boxed := licence_line_author(page, paras[-1].idx)):
        # a copyright box's ``本文作者：X`` past the trailer's window (a table the body leaves
        # out, a 相关阅读 list between): read as the trailer's 作者 line would be
        trailer["author"] = boxed
    if pair := licence_original(page, paras[-1].idx):
        # a translated post's box: ``本文作者：X`` with ``原文作者：Y``, both writers (the people
        # step joins the one it did not read to the one it did)
        trailer["licence_own"], trailer["licence_original"] = pair
    elif (
        (opened := opening_original(paras))
        and (boxed := licence_line_author(page, paras[-1].idx))
        and nfkc(boxed) != nfkc(opened)
    ):
        # ``原文作者：Y`` opening a translated text, the licence box's ``原作者：X`` under it: both
        # writers, the original's first as the page shows them (the people step joins them)
        trailer["licence_own"], trailer["licence_original"] = boxed, opened
        trailer["licence_original_first"] = "1"
    if "author" not in trailer and (opener := opening_writer(paras)):
        # the box's ``原作者：X`` line set at the text's opening instead: read as under the text
        trailer["author"] = opener
    if "author" not in trailer and (poster := licence_poster(page, paras[-1].idx)):
        # the box's ``本站原创文章，由 X 于 DATE 发表`` (WordPress Puock): the writer, as 本文作者 is
        trailer["author"] = poster
    after = page.blocks[paras[-1].idx + 1 : paras[-1].idx + 1 + TRAILER_SPAN]
    if "author" not in trailer and (paired := block_pair_cell(after, "author")):
        # ``<div><div>作者</div><div>X</div></div>`` under the text with no licence word near
        # (the Fluid box's item on its own): the markup pairs label and name as a cell pair
        trailer["author"] = paired
    # the text's closing lines above its own credit lines (``供稿：X 责任编辑：Y``, ``（编辑：Z）``),
    # three at most
    end = len(paras)
    while end > max(len(paras) - 3, 2) and credit_line(paras[end - 1]):
        end -= 1
    if "author" not in trailer and (
        paired := block_pair_cell(paras[:2], "author")
        or block_pair_cell(paras[end - 2 : end], "author")
        or (
            end >= 3
            and paras[end - 1].chars <= _CLOSING_NOTICE_MAX
            and not credit_line(paras[end - 1])
            and block_pair_cell(paras[end - 3 : end - 1], "author")
        )
    ):
        # the same pair the body kept as its first or last two lines (a lone licence box item
        # ``作者`` / ``Kovacs`` set right above or under the text: people182's transplants), or
        # as the last two above the text's closing credit lines, where the trailer reads a
        # labelled line (follow279's transplants), or above one short closing line the body
        # keeps, no prose (a reprint notice: ``39健康网(www.39.net)专稿，未经书面授权请勿转载。``)
        trailer["author"] = paired
    if (
        "source" not in trailer
        and len(paras) > 1
        and (paired := block_pair_cell(page.blocks[paras[0].idx : paras[1].idx], "source"))
    ):
        # ``来源：<a><img></a><a>X</a>`` opening the text (newspaper4k's chinadaily line: the
        # outlet's logo parts the label from the name, a linked line the body leaves out): the
        # text's 来源, as the same pair between the headline and the text is
        trailer["source"] = paired
    if title_idx is None and (cell := opening_cell_author(paras)):
        # no headline found above the text: the post's header cells open it (PTT)
        trailer.setdefault("author", cell)
    head_idx = title_idx
    if head_idx is None:
        # no headline shown over the text: its opening labelled lines are the header's
        head_idx = opening_lines_start(page, paras, excluded)
    if head_idx is not None:
        header: dict[str, str] = {}
        header_fields(page, head_idx, paras, excluded, header)
        if run_from is not None and run_from < paras[0].idx and (pub := header.get("published")):
            # the opening credit run's date is the original's (a translated post's
            # ``发布时间：2024 年 1 月``), not the page's: the date box gives the day
            run = [nfkc(b.text) for b in page.blocks[run_from : paras[0].idx]]
            if any(nfkc(pub) in line for line in run):
                del header["published"]
        # a 作者 line under the title names the writer; one after the body may be another
        # piece's (a poem's 作者：白居易 above an appreciation's 作者：佚名)
        author = header.pop("author", None)
        for key, value in header.items():
            trailer.setdefault(key, value)
        if author:
            if run_from is not None and run_from < paras[0].idx:
                author = filed_from_cut(run_writer(author)) or author
                if len(writers := run_writers(page.blocks[run_from : paras[0].idx])) > 1:
                    # the run's translator and the original's writer, each on a line of its own
                    author = "、".join(writers)
            trailer["author"] = author
            if translators := run_translators(page.blocks[head_idx + 1 : paras[0].idx]):
                # the translators beside the original's writer in the run: writers too, in
                # the order shown (the 译者 rule: LABELLING.md, 作者：X 译者：Y)
                trailer["author"] = "、".join([author, *translators])
            if (
                original := bracketed_original_writer(page.blocks[head_idx + 1 : paras[0].idx])
            ) and (original not in trailer["author"]):
                # the original's writer in brackets on the line of the link to the original,
                # under the translator's line (devopschina.org): both wrote what the reader reads
                trailer["author"] = "、".join([trailer["author"], original])
        elif (
            run_from is not None
            and run_from < paras[0].idx
            and (translators := run_translators(page.blocks[run_from : paras[0].idx]))
        ):
            # a run of the translator's line and the original's, no 作者 line (``翻译：NAME`` /
            # ``原文：…``): the translator is the writer (the 译者 rule; the lead, session 35:
            # the post's own credit over the build's default name beside the date)
            trailer.setdefault("author", "、".join(translators))
        titled = titled_relative_date(page.blocks[head_idx + 1 : paras[0].idx])
        if titled:
            trailer["published_titled"] = titled
    publisher = box_publisher(page, paras[0].idx)
    if publisher:
        trailer["publisher"] = publisher
    account, outlet = account_line(page, title_idx, meta_blocks, paras, excluded, base, title)
    if account:
        trailer["account"] = account
    if outlet:
        trailer["account_source"] = outlet
    last = paras[-1].idx
    head = page.blocks[title_idx + 1 : paras[0].idx] if title_idx is not None else []
    if any("IP" in b.text for b in (*head, *page.blocks[last + 1 : last + 1 + _IP_ROW_SPAN])) and (
        poster := ip_place_writer([head, blocks_under_text(page, last, _IP_ROW_SPAN)])
    ):
        # the poster's row with the writer's IP place (``NAME`` / ``01-20 02:55`` / ``IP属地浙江``)
        # over or under the text, the platforms' byline since 2022 (yuque)
        trailer["ip_row"] = poster
