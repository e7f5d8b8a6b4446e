"""People: author, editor and source — where the page names them, and how a name is cleaned.

Chains (``find_people``; rules go to ``rules["author"|"editor"|"source"]``):

- source: the meta line's 来源 (not a link to the item's own column, where 返回列表 goes)
  > ContentSource meta > the trailer > an outlet printed right after
  the date > a JSON-LD author that is an Organization > a 来源 line ending or opening the
  body > an empty 来源 (the site itself);
- author: the meta line > JSON-LD > a reporter named in the body > a byline on a line of its own
  > the trailer > a name beside the date > ... > a name marked up as the author (hCard,
  rel=author, microdata); then a writer printed after the source, the site's own
  name dropped, and WeChat's author beside the account name;
- editor: the meta line > an editor line ending the body > the trailer > the byline line's staff
  credits; the trailer's and the byline line's editors join the first found, by whole name.

Cleaning (``clean_person``): values are kept as written (no NFKC of Chinese text, traditional
characters stay); only labels, brackets, separators and trailing page junk are removed.
Placeholders (佚名, admin, 本站原创, ...) mean "the site itself" or "unknown" and become None.
``find_inline_people`` is the one rule set for people written into the body: the author and
editor chains read it, and the body cleaner drops the lines it names.

The package, lowest module first (each imports only from those above it in this list):
``words`` (shared titles, outlet, place and unit patterns; whether a string reads as a person),
``names`` (``clean_person``, placeholders, ``is_site_name``), ``credits`` (credit lines in the
text: ``text_credit``, desks, picture and reprint credits, signatures), ``bylines``
(``byline_line``, ``byline_names``, staff credits, dateline names), ``closing`` (closing
credits), ``accounts`` (account lines, ``marked_author``), ``inline`` (``find_inline_people``),
``beside_date`` (names and outlets beside the date), ``facts`` (the page facts the chains read:
``_PeopleContext``, the visible text, the trail, JSON-LD authors), ``owners`` (a blog's, a site's
or a thread's owner as the page names it), ``settle`` (the three fields settled against each
other and the site; ``licence_vouched``), then this module: the chain (``find_people``,
``vouched_names``), which records the rule used.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..labels import (
    POSTER_LABELS,
    add_names,
    alternation,
    names_of,
    unknown_source,
)
from ..meta_marks import byline_outlet, from_source, icon_author, icon_filed
from ..page import Block, Page, first_meta, node_text, title_segments
from ..text import nfkc, nfkc_compact
from .accounts import (
    _abbreviates,
    _house_account,
    _names_no_writer,
    _site_account,
    _within_site_name,
    account_line,
    author_box_writer,
    co_writer_cards,
    followed_account_lines,
    ip_place_writer,
    marked_author,
    wechat_copy_line,
)
from .beside_date import (
    _author_beside_date,
    _source_after_date,
    _source_before_date,
    by_row_name,
    writer_before_account,
)
from .bylines import (
    bare_writer_credit,
    byline_among_items,
    byline_line,
    byline_names,
    filed_from_cut,
    surnamed_names,
    text_pictures_names,
    text_pictures_unit,
)
from .closing import _more_writers, _signature, closing_credit_start
from .credits import (
    CAPTION_MARKS,
    EXCERPT_REPORT_LINE_RE,
    SUPPLIED_AFTER_RE,
    TEXT_PICTURE_CREDIT_RE,
    _body_line_source,
    caption_tail_start,
    is_reprint_credit,
    label_address_lines,
    run_in_desk_start,
    signature_block,
)
from .facts import (
    _headline_words,
    _in_writer_slot,
    _ld_author,
    _ld_organisation,
    _names_outlet,
    _part_of,
    _PeopleContext,
    _rel_category_link,
    _shown,
    _trail_item,
    _trail_items,
)
from .inline import INLINE_REPORTER_REPORT, find_inline_people
from .names import (
    AUTHOR_SPLIT,
    PLACEHOLDERS,
    _someone,
    clean_person,
    is_site_name,
    repost_marker,
)
from .owners import (
    _blog_engine_author,
    _blog_owner,
    _box_blog_name,
    _carded_author,
    _owns_the_post,
    _posted_by,
    _shown_as_owner,
    _site_owner,
    _thread_starter,
    group_site_name,
    site_respelt,
)
from .settle import IP_ROW_SIGNED, LICENCE_BOX, _settle_people, licence_vouched, site_itself
from .words import (
    _BARE_SOURCE_LABELS,
    _CJK_LATIN_RE,
    _COUNTER,
    _ITEM_LABELS,
    _LATIN_GROUP_END_RE,
    _ORG_END_RE,
    _OUTLET_END_RE,
    _OUTLET_WORD_RE,
    _SIGNATURE_SURNAMES,
    _WRITER,
    PEOPLE_LABELS,
    TAIL_SOURCE_RE,
    _not_a_person,
    _plain_name,
    _surnamed,
    filed_under,
)

if TYPE_CHECKING:
    from ..extract import ExtractedArticle

__all__ = [
    "CAPTION_MARKS",
    "EXCERPT_REPORT_LINE_RE",
    "PEOPLE_LABELS",
    "PLACEHOLDERS",
    "SUPPLIED_AFTER_RE",
    "TAIL_SOURCE_RE",
    "TEXT_PICTURE_CREDIT_RE",
    "account_line",
    "bare_writer_credit",
    "byline_among_items",
    "byline_line",
    "byline_names",
    "caption_tail_start",
    "clean_person",
    "closing_credit_start",
    "find_inline_people",
    "find_people",
    "followed_account_lines",
    "ip_place_writer",
    "is_reprint_credit",
    "is_site_name",
    "label_address_lines",
    "licence_vouched",
    "run_in_desk_start",
    "signature_block",
    "surnamed_names",
    "text_pictures_names",
    "text_pictures_unit",
    "vouched_names",
    "wechat_copy_line",
]


META_SOURCE_NAMES: tuple[str, ...] = ("contentsource", "source")


def find_people(
    art: ExtractedArticle,
    fields: dict[str, str],
    metas: dict[str, tuple[str, str]],
    ld: dict[str, Any],
    trailer: dict[str, str],
    root: Any,
    site_name: str | None,
    page: Page | None = None,
    window: tuple[int | None, list[Block]] | None = None,
    meta_blocks: list[Block] | None = None,
    script_slot: bool = False,
) -> None:
    """Set ``art.source_raw``, ``author_raw`` and ``editor_raw`` with the rule that found each.

    ``window``: the headline's block index and the text's paragraphs, where markup may name
    the writer (``marked_author``, read only when no other rule names one). ``meta_blocks``:
    the meta line's blocks, whose links the 来源 slot may hold. ``script_slot``: a script fills
    the 来源 slot (read before the walk drops scripts), so a source meta is what it shows."""
    # People written into the body: one rule set (find_inline_people), which the body cleaner
    # also uses to drop such lines.
    inline = find_inline_people(art.body_paragraphs)
    fields, trailer = _repost_slots(fields, trailer)
    owner = trailer.get("licence_author")  # the writer a post's licence box names
    if owner and (group_site_name(page, owner, site_name) or site_respelt(owner, site_name)):
        owner = None
    ctx = _PeopleContext(
        fields, metas, ld, trailer, root, site_name, page, window, inline, owner, meta_blocks,
        script_slot,
    )  # fmt: skip
    _find_source(art, ctx)
    _find_author(art, ctx)
    _find_editor(art, ctx)
    _compiler_writer(art, ctx)
    _settle_people(art, ctx)


def _repost_slots(
    fields: dict[str, str], trailer: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The meta line's and the trailer's fields with a ``转载-X`` author slot read as a repost
    marker (``names.repost_marker``): no author, X the slot's source where it names none (a
    licence box's 作者 slot, ``licence_author``, the same)."""
    for which in (0, 1):
        slots = (fields, trailer)[which]
        marked = [k for k in ("author", "licence_author") if repost_marker(slots.get(k))]
        if not marked:
            continue
        outlet = repost_marker(slots[marked[0]])
        slots = {k: v for k, v in slots.items() if k not in marked}
        if not fields.get("source") and not trailer.get("source"):
            slots["source"] = outlet
        fields, trailer = (slots, trailer) if which == 0 else (fields, slots)
    return fields, trailer


# ``整理编辑：NAME`` (a compiler's credit line of its own, the text's closing line)
_COMPILER_LINE_RE = re.compile(r"^(?:整理编辑|整理編輯)\s*[:：]\s*(?P<name>[^\s:：]{2,20})")


def _compiler_writer(art: ExtractedArticle, ctx: _PeopleContext) -> None:
    """A compiler said three times to have made the text is its writer: the headline's ``…byNAME``,
    the text's own ``这是我NAME汇总的…`` and the closing ``整理编辑：NAME`` (nvdacn.com's collected
    tutorials); as ``口述 / 整理`` gives the 整理 writer: author NAME, no editor (LABELLING.md,
    session 34). A bare ``整理编辑：`` under a text NAME is not said to have written stays an editing
    credit."""
    page, name, title = ctx.page, art.editor_raw, art.title_raw
    if (
        art.author_raw
        or not name
        or page is None
        or not title
        or not re.search(rf"(?i:by)\s*{re.escape(name)}\s*(?:$|[(（])", nfkc(title))
    ):
        return
    lines = [nfkc_compact(b.text) for b in page.blocks]
    if any(f"我{name}" in t for t in lines) and any(
        (m := _COMPILER_LINE_RE.match(t)) and m["name"].startswith(name) for t in lines
    ):
        art.author_raw, art.rules["author"] = name, "compiler"
        art.editor_raw = None
        art.rules.pop("editor", None)


def _find_source(art: ExtractedArticle, ctx: _PeopleContext) -> None:
    """Set ``art.source_raw`` by the first source rule that names one."""
    rules = art.rules
    fields, metas, ld, trailer = ctx.fields, ctx.metas, ctx.ld, ctx.trailer
    site_name, page = ctx.site_name, ctx.page
    # source: visible line (non-empty) > ContentSource (shown, when the line is empty) > ...
    # > visible empty ("" = the site itself)
    src = fields.get("source") or _unspaced_label(art.byline_raw, "source") or fields.get("source")
    if not src and (outlet := from_source(art.byline_raw)):
        # Discuz! X's portal line ``DATE | 发布者: X | … | 来自: Z``: 来自 labels the article's
        # from field there (LABELLING.md, session 21), never a device or a user card's place
        src = outlet
    src_rule = "label"
    # an unknown-source placeholder in the 来源 slot (``来源：未知``, DedeCMS's fill-in for an empty
    # 来源 field, as it prints 佚名 in an empty 作者 one: decide79) names no one, like a slot shown
    # empty (本站 / 网络 do name one, this site or the web, and stay as they are): the
    # chain goes on to a 来源 line closing or opening the text (``（文章来源：世界卫生组织）``), as
    # for an empty slot (LABELLING.md, eighth round: cnnb.com.cn's trailer 来源), and the
    # placeholder stays the raw value only when nothing else names a source (as for 作者)
    held: tuple[str, str] | None = None
    if src and unknown_source(src):
        held, src = (src, "label"), ""
    if not src and (outlet := _slot_outlet(art, ctx)):
        # ``By X | China Daily | Updated: DATE``: the byline's outlet slot is the source (the
        # lead's session-22 decision), a section's name there none
        src, src_rule = outlet, "byline-slot"
    m = first_meta(metas, META_SOURCE_NAMES)
    if m and src is None and _meta_names_this_site(m[1], art, site_name, page):
        m = None
    filled = m is not None and not src and ctx.script_slot
    if m and not src and page is not None and not filled:
        # a hidden source meta names the source only where the page shows it in its 来源 slot
        # (decide92; corpus22, corpus38): none with no 来源 shown, none with the slot shown
        # empty, whatever else on the page names the same body; a TRS slot a script fills from
        # the meta (``来源：<script>…document.write(laiyuan)</script>``) is shown and gives it
        m = None
    publisher = fields.get("publisher") or trailer.get("publisher")
    if src:
        art.source_raw, rules["source"] = src, src_rule
    elif (
        src is None
        and publisher
        and not trailer.get("source")
        and (
            not (_within_site_name(publisher, site_name) or _abbreviates(publisher, site_name))
            or _sub_office_of_site(publisher, site_name)
        )
    ):
        # the publishing office of a 信息公开 box, when no 来源 is shown (LABELLING.md); not the
        # body that runs the site (发文机构：科技部 on most.gov.cn), and a 来源 line beats it
        art.source_raw, rules["source"] = publisher, "publisher"
    elif (
        m
        and (src is None or page is None or filled or _shown(page, m[1]))
        # a 来源 line the reader sees below the text beats a hidden meta the page never shows,
        # or shows only inside that line (nfra: ``来源：浙江监管局`` over ``<meta
        # name=ContentSource content=浙江>``)
        and not (
            trailer.get("source")
            and page is not None
            and (not _shown(page, m[1]) or _part_of(m[1], trailer["source"]))
        )
    ):
        # a 来源 label shown empty: a hidden meta source counts only if the page shows it too
        # (taiwan.cn's ``來源：`` over ``<meta name="source" content="SRC-423">``, a CMS id)
        # a hidden meta source against an outlet the date line shows (haiwainet's
        # ``摩登先生网 2016-07-01 17:46:25`` over ``<meta name=source content=海外网手机网>``)
        shown = (
            (_source_after_date(art.byline_raw) or _source_before_date(art.byline_raw))
            if page is not None and art.byline_raw
            else None
        )
        if shown and not _shown(page, m[1]):
            art.source_raw, rules["source"] = shown, "beside-date(over meta)"
        else:
            art.source_raw, rules["source"] = m[1], f"meta:{m[0]}"
    elif trailer.get("source"):
        art.source_raw, rules["source"] = trailer["source"], "trailer"
    elif (
        (outlet := _source_after_date(art.byline_raw, site_name))
        and not _leaf_column(outlet, art.breadcrumb_raw)
        and outlet not in icon_filed(b.owner for b in ctx.meta_blocks or ())
        # a linked column name (a link into the categories folder): where it is filed
        and not _rel_category_link(ctx.root, outlet)
    ):
        art.source_raw, rules["source"] = outlet, "after-date"
    elif (outlet := _source_before_date(art.byline_raw)) and not _within_site_name(
        outlet, site_name
    ):
        # the site's own name before the date is the publisher's mark, no source (LABELLING.md:
        # 深圳热线 before the date, 杭州网 and CCTV.com linked home); after the time it is the
        # outlet slot sina and gamersky fill (游民星空 on gamersky), a source
        art.source_raw, rules["source"] = outlet, "before-date"
    elif trailer.get("run_in_source"):
        # a 来源 run into the end of the last paragraph (LABELLING.md's 吱咕爱游)
        art.source_raw, rules["source"] = trailer["run_in_source"], "run-in"
    elif trailer.get("account_source"):
        art.source_raw, rules["source"] = trailer["account_source"], "account-line"
    elif trailer.get("byline_source"):
        # the outlet a byline line names before its reporter (LABELLING.md: an outlet inside
        # the byline is the source)
        art.source_raw, rules["source"] = trailer["byline_source"], "byline-line"
    elif (
        (agency := _ld_organisation(ld.get("author")))
        and (page is None or _shown(page, agency))
        # the site itself credited as the author (読売新聞オンライン on its own pages) or a
        # copyright holder (``©NTT Resonant Inc.``) names no publisher the page took it from
        and not _within_site_name(agency, site_name)
        and not agency.startswith(("©", "(c)", "Copyright", "版权"))
        # the account shown as the byline under the title is the writer (juejin's 全栈技匠),
        # unless it names an outlet (yahoo's 香港電台-財經)
        and (
            nfkc_compact(agency) != nfkc_compact(trailer.get("account") or "")
            or _OUTLET_WORD_RE.search(agency) is not None
        )
    ):
        art.source_raw, rules["source"] = agency, "jsonld:author-org"
    elif body_source := _body_line_source(art.body_paragraphs):
        # a 来源 line of its own in the body; before an empty 来源 slot on the meta line, which
        # names no one (an empty ``来源：`` above a text that opens with ``来源：上海奉贤``)
        art.source_raw, rules["source"] = body_source
    elif attributed := _run_in_attribution(art.body_paragraphs):
        # ``【本報訊】據中國青年報北京十五日消息，…`` opening the text (LABELLING.md, thirteenth
        # round): the one outlet it names is the source; the run-in stays in the body
        art.source_raw, rules["source"] = attributed, "run-in-attribution"
    elif src is not None:
        art.source_raw, rules["source"] = "", "label:empty"
    if not art.source_raw and held:
        art.source_raw, rules["source"] = held


def _slot_outlet(art: ExtractedArticle, ctx: _PeopleContext) -> str | None:
    """The outlet slot of a ``By X | OUTLET | Updated: DATE`` line (the meta line, else a line
    under the title), or None: no such line, or the slot names a section (the trail's item, or
    the text of a link elsewhere on the page: a nav item)."""
    outlet, owners = byline_outlet(art.byline_raw), [b.owner for b in ctx.meta_blocks or ()]
    if outlet is None and (outlet := ctx.trailer.get("slot_outlet")) and ctx.page is not None:
        owners = [b.owner for b in ctx.page.blocks if byline_outlet(b.text) == outlet]
    if outlet is None or _trail_item(art.breadcrumb_raw, outlet) or filed_under(outlet):
        # (``作者X | 归档于大会 | 日期 DATE``: a filed-under label names the post's column)
        return None
    if ctx.root is not None:
        want = nfkc_compact(outlet)
        # the elements themselves, held: lxml reuses a proxy only while one is alive
        inside = {a for owner in owners for a in owner.iter("a")}
        if any(a not in inside and nfkc_compact(node_text(a)) == want for a in ctx.root.iter("a")):
            return None  # the menu's 新闻中心 / Society printed in the slot: a section, no outlet
    return outlet


# An attribution opening the text (NFKC): a paper's mark maybe (``【本報訊】``, ``本报讯``), then
# 据 and one outlet by its ending, where and when, and 消息 / 报道 / 电. Several outlets (a 、 or a
# 综合 before them) name none (LABELLING.md, thirteenth round: 综合法新社、《日本时报》…).
_RUN_IN_ATTRIBUTION_RE = re.compile(
    r"^\s*(?:【[^】]{1,8}】|\[[^\]]{1,8}\]|[\u4e00-\u9fff]{1,6}[讯訊]\s*:?)?\s*"
    # the day may open the sentence (``12月23日，据北京日报记者宋翔报道``: the lead's session 25)
    r"(?:\d{1,2}月\d{1,2}日\s*[,，]?\s*)?(?:据|據)\s*"
    r"(?P<src>[\u4e00-\u9fff]{2,10}?(?:日报|日報|晚报|晚報|时报|時報|报|報|通讯社|通訊社|社|网|網"
    r"|电视台|電視台|电台|電台))[\u4e00-\u9fff\d]{0,12}?(?:消息|报道|報道|報導|电|電)(?=[,，。\s])"
)


def _run_in_attribution(paragraphs: list[str]) -> str | None:
    """The one outlet a ``据X…消息`` attribution opening the text names, or None."""
    if not paragraphs or ("据" not in paragraphs[0][:32] and "據" not in paragraphs[0][:32]):
        return None
    m = _RUN_IN_ATTRIBUTION_RE.match(nfkc(paragraphs[0]))
    if m is None or m["src"].startswith(("综合", "綜合")):
        return None
    return m["src"]  # CJK letters only: NFKC left them as the page writes them


def _find_author(art: ExtractedArticle, ctx: _PeopleContext) -> None:
    """Set ``art.author_raw`` by the first author rule, joined by the body's other writers."""
    rules = art.rules
    fields, trailer, site_name = ctx.fields, ctx.trailer, ctx.site_name
    # author: line > JSON-LD > reporter in the body > byline line > trailer > beside the date
    # (an empty ``作者：`` on the meta line names no one: the chain goes on)
    au = fields.get("author") or _unspaced_label(art.byline_raw, "author")
    if not au and ctx.meta_blocks:
        # a person icon before a name on the meta line labels the writer as 作者 would
        # (LABELLING.md, session 21: MetInfo's ``<i class="icon wb-user">``, ``fa-user``)
        icon = icon_author((b.owner for b in ctx.meta_blocks), art.byline_raw)
        # read with the usual name checks: not the site or its desk, an outlet or a placeholder
        if icon and _plain_name(icon) and not _names_no_writer(icon, site_name):
            au = icon
    if not au and ctx.window is not None and ctx.page is not None and ctx.window[1]:
        # a person-icon row of its own between the headline and the text, the meta line being
        # a date block above the headline (ALC Beijing's Hugo theme: ``18 Sep 2023`` over the
        # h1, ``<i class="fas fa-user"></i> NAME`` under it): the same mark, the same checks
        title_idx, paras = ctx.window
        row = ctx.page.blocks[title_idx + 1 : paras[0].idx] if title_idx is not None else []
        if 0 < len(row) <= 2 and all(b.chars <= 30 for b in row):
            text = " ".join(b.text for b in row)
            icon = icon_author((b.owner for b in row), text)
            if icon and _plain_name(icon) and not _names_no_writer(icon, site_name):
                au = icon
    # a placeholder in the 作者 slot (``作者：未知``, ``佚名``) credits no one, like an empty slot:
    # the chain goes on to a credit elsewhere (a signature closing the text), and the
    # placeholder stays the raw value only when no one is credited
    held: tuple[str, str] | None = None
    if au and not _someone(au):
        held, au = (au, "label"), None
    trailer_au = trailer.get("author")
    site_slot = False  # a 作者 slot (the meta line's or the trailer's) names the site itself
    if trailer_au and not _someone(trailer_au):
        held, trailer_au = held or (trailer_au, "trailer"), None
    if trailer_au and _title_site_part(trailer_au, art.html_title, art.title_raw):
        trailer_au = None  # the site's keywords in a 作者 slot the trailer read (audit106)
    if trailer_au and filed_under(trailer_au):
        trailer_au = None  # ``作者 收录于 园区动态``: the slot empty, the next item's label
    if trailer_au and _box_names_site(trailer_au, art, ctx):
        # a licence or copyright box under the text naming the site itself (``本文作者：X团队``,
        # ``原文作者：X官方``, ``X小编`` on X's site): no writer, and no reason to pass over the writer a
        # later rule reads (a name beside the date, the markup's): the settle step would drop
        # it only after it had taken the author's place (people167's distractors)
        site_slot, trailer_au = True, None
    if au and _site_account(au, site_name):
        # ``作者：110网 律师``: the site's own account in the 作者 slot; a writer credited further
        # down (``来源：中国法院网 | 作者：赖洋``) is the author. Recorded as the trailer's slot is,
        # so the record says why no author was given (transplant draws author hosts by it)
        site_slot, au = True, None
    if au and _posting_office(au, art.byline_raw):
        # ``发布者：团委`` (hbue.edu.cn's WebPlus notice): the office that posted the item, no
        # writer (LABELLING.md: an organisation's account is no author)
        au = None
    if trailer_au and _posting_office(trailer_au, art.byline_raw):
        trailer_au = None  # the same slot as a label cell and a value cell (robust52)
    if trailer_au and by_row_name(art.byline_raw) and _listed_record_field(ctx, trailer_au):
        # a book's or a paper's record listed in the text (``作者: A / B / C`` over ``出版社:`` /
        # ``ISBN:`` items) under a meta row that says ``By NAME``: the record's writers are the
        # book's, the row names who wrote the post (the Collaboratory's 2018 book news; the lead,
        # session 35: a paper record's fields describe the paper)
        trailer_au = None
    ld_name = _ld_writer(art, ctx.ld, ctx.page)
    _first_author(art, au, ld_name, trailer_au, ctx)
    _join_licence_original(art, ctx)
    _join_more_writers(art)
    _join_co_writers(art, ctx)

    if not art.author_raw and held:
        art.author_raw, rules["author"] = held
    if not art.author_raw and site_slot and not rules.get("author"):
        rules["author"] = "site-name"  # the slot read and dropped, as the settle step says it


def _listed_record_field(ctx: _PeopleContext, name: str) -> bool:
    """True when the 作者 line naming ``name`` is an item of a list inside the text: a field of the
    record the text lists (a book's 作者 / 出版社 / 页数 / ISBN items), no credit line of the post."""
    if ctx.window is None:
        return False
    return any(b.owner.tag == "li" and name in b.text for b in ctx.window[1])


def _ld_writer(art: ExtractedArticle, ld: dict[str, Any], page: Page | None) -> str | None:
    """JSON-LD's author when it names a writer the page shows (an outlet goes to the source)."""
    rules = art.rules
    ld_name = filed_from_cut(_ld_author(ld.get("author")))
    if ld_name and _not_a_person(ld_name):
        ld_name = None  # udn's JSON-LD author holds the dateline (澎湖縣28日電)
    if ld_name and page is not None and not _shown(page, ld_name):
        # JSON-LD names who a reader never sees (a CMS account, the theme's default author):
        # the author field holds the credited byline only (LABELLING.md)
        ld_name = None
    if ld_name and _LATIN_GROUP_END_RE.search(ld_name):
        ld_name = None  # a Hugo theme's author set to the lab that runs the site (``X Lab``)
    if ld_name and _OUTLET_END_RE.search(ld_name):
        # JSON-LD credits the agency (新华社) as a Person: it is the source, and the page's own
        # byline (if any) names the reporters
        if not art.source_raw:
            art.source_raw, rules["source"] = ld_name, "jsonld:author-outlet"
        ld_name = None
    return ld_name


def _first_author(
    art: ExtractedArticle,
    au: str | None,
    ld_name: str | None,
    trailer_au: str | None,
    ctx: _PeopleContext,
) -> None:
    """Set ``art.author_raw`` by the first author rule that names a writer."""
    owned = False  # the blog's copyright box gives the post to the site's owner
    rules = art.rules
    inline, owner, metas, trailer = ctx.inline, ctx.owner, ctx.metas, ctx.trailer
    root, site_name, page, window = ctx.root, ctx.site_name, ctx.page, ctx.window
    if au:
        art.author_raw, rules["author"] = au, "label"
    elif ld_name:
        art.author_raw, rules["author"] = ld_name, "jsonld:author"
    elif inline["author"]:
        art.author_raw, rules["author"] = inline["author"], "body:reporter"
    elif trailer.get("byline"):
        art.author_raw, rules["author"] = trailer["byline"], "byline-line"
    elif starter := _thread_starter(art.byline_raw):
        # the opening post's starter over a reply's 作者 line after the post
        art.author_raw, rules["author"] = starter, "thread-starter"
    elif trailer_au and not (
        # the box's 作者 that its notice credits as the blog (``转载请注明来自 X``) is the box's
        # site, no writer, unless the post's copyright is that owner's (``_owns_the_post``)
        page is not None
        and _box_blog_name(page, trailer_au)
        and not _owns_the_post(page, trailer_au, metas)
    ):
        art.author_raw, rules["author"] = trailer_au, "trailer"
    elif (
        trailer.get("account")
        and not _names_outlet(trailer["account"], art.source_raw)
        # a meta row that says ``by NAME`` names the writer itself: the lone line over it is
        # the post's badge (devopschina.org's ``文档`` over ``by 成长的飞兔/ on 20 Dec 2019``)
        and not by_row_name(art.byline_raw)
    ):
        art.author_raw, rules["author"] = trailer["account"], "account-line"
    elif (poster := trailer.get("ip_row")) and (
        not is_site_name(poster, site_name) or _signed_headline(poster, art.title_raw)
    ):
        # the name in the poster's row beside the time and the writer's IP place (a Chinese
        # platform's byline row, yuque's under the text): the writer
        art.author_raw, rules["author"] = poster, "ip-row"
        if is_site_name(poster, site_name):
            # the <title>'s tail read as the site's name is the headline's own signature (a
            # yuque doc's ``读《X》—Madlife`` as <title> and h1 alike): the poster's name, no
            # site's; the settle step and the people pipeline keep it
            art.site_name, rules["author"] = None, IP_ROW_SIGNED
    elif reporter := _reporter_on_line(art.byline_raw):
        art.author_raw, rules["author"] = reporter, "meta-line:reporter"
    elif poster := _posted_by(art.byline_raw):
        art.author_raw, rules["author"] = poster, "posted-by"
    elif (
        window is not None
        and page is not None
        and window[1]
        and (boxed := author_box_writer(page, window[1][-1].idx))
    ):
        # the writer's credit box closing the post (``■ 作者介绍`` over ``Andy | 商社业界课程担当``
        # and his bio; the body leaves the box out): the author, where no byline names one; it
        # credits the writer over a bare name beside the date (motss.cc's ``DATE | 苦瓜瓜``, the
        # build's default name on every post; the lead, session 35)
        art.author_raw, rules["author"] = boxed, "author-box"
    elif (
        (beside := _author_beside_date(art.byline_raw))
        # ``DATE by 管理员``: the account that posted it names no writer, and must not keep the
        # rules below (a signature, the blogger) from naming one; nor does the site's own name
        # there (a WeChat account's line ``星海学堂 2021-05-06``, the account the site's name)
        and _someone(beside)
        and not is_site_name(beside, site_name)
        # a firm's house account (``由 赢海小云 DATE`` under its own notice): the company, no writer
        and not (page is not None and _house_account(page, beside, site_name))
        and not _rel_category_link(root, beside)
        # the words after a folder or tag icon on the meta line are where the post is filed
        # (Hexo's ``DATE | <i class="fa-folder-open"></i> 招新``), as ``after-date`` reads them
        and beside not in icon_filed(b.owner for b in ctx.meta_blocks or ())
        and not _trail_item(art.breadcrumb_raw, beside)
        and not _headline_words(beside, art.title_raw or art.html_title)
    ):
        art.author_raw, rules["author"] = beside, "beside-date"
    elif (
        (writer := writer_before_account(art.byline_raw, site_name))
        and _someone(writer)
        and not is_site_name(writer, site_name)
    ):
        # ``方文达 玩转湖大 DATE``: the site's own account beside the date, the name before it
        # the writer's (a WeChat post's header line: writer, account, date; the WeChat markup
        # reads it so where the page keeps it)
        art.author_raw, rules["author"] = writer, "beside-date:before-account"
    elif not art.byline_raw and (beside := _author_beside_date(trailer.get("dateline"))):
        art.author_raw, rules["author"] = beside, "beside-date:trailer"
    elif signed := _signature(art.body_paragraphs):
        art.author_raw, rules["author"] = signed, "signature"
    elif trailer.get("signature"):
        art.author_raw, rules["author"] = trailer["signature"], "signature-line"
    elif (blogger := _blog_owner(art.html_title)) and page is not None and _shown(page, blogger):
        art.author_raw, rules["author"] = blogger, "title:blogger"
    elif (
        window is not None
        and page is not None
        and (marked := marked_author(page, root, *window, site_name))
        and (not _names_outlet(marked, art.source_raw) or _in_writer_slot(page, window, marked))
    ):
        # the writer named by markup in the header or trailer (hCard, rel=author, microdata)
        art.author_raw, rules["author"] = marked, "markup"
    elif owner:
        # a blog post's licence box under the text names the writer (作者 / the owner)
        art.author_raw, rules["author"] = owner, LICENCE_BOX
    elif (
        (blog_owner := _blog_engine_author(metas))
        and page is not None
        and _shown_as_owner(page, blog_owner)
        and (
            not is_site_name(blog_owner, site_name)
            or (owned := _owns_the_post(page, blog_owner, metas))
        )
        # a club's site whose footer gives the same name as its holder: the club's account
        and not group_site_name(page, blog_owner, site_name)
    ):
        # a static blog's article:author is the owner its config names (Hexo's open_graph
        # helper), shown in the sidebar or an author card: the writer of a post no byline credits;
        # the site's own name only where the post's copyright box gives it the post (the rule
        # then says so, and the site-name drops leave it: ``licence_vouched``); a name shown
        # only in the footer's © line is the site's runner, no writer (``_shown_as_owner``)
        rule = "meta:blog-author" + (f"+{LICENCE_BOX}" if owned else "")
        art.author_raw, rules["author"] = blog_owner, rule
    elif (
        root is not None
        and (carded := _carded_author(metas, root))
        and not is_site_name(carded, site_name)
    ):
        # a Jekyll theme's author card beside the post (Minimal Mistakes' sidebar, its name
        # the post's article:author): the writer, where nothing above names one (hunt175)
        art.author_raw, rules["author"] = carded, "meta:author-card"
    elif (site_owner := _site_owner(metas)) and page is not None and _shown(page, site_owner):
        # the last resort: a blog named after its owner (og:site_name ``X's Blog``) is X's
        art.author_raw, rules["author"] = site_owner, "meta:site-owner"
    # <meta name=author> is left out: on real Chinese pages it names the web editor, the CMS
    # account or the outlet (0 right of 9 on the real-page dev half)


_SIGNED_HEADLINE_DASHES = "—–-"


def _signed_headline(name: str, headline: str | None) -> bool:
    """True when the headline closes with ``name`` after a dash (``读《X》—Madlife``): the
    writer signing the piece's headline, as a platform's doc titles carry it."""
    head, value = nfkc_compact(headline or ""), nfkc_compact(name)
    return (
        bool(value) and head.endswith(value) and head[: -len(value)][-1:] in _SIGNED_HEADLINE_DASHES
    )


def _box_names_site(name: str, art: ExtractedArticle, ctx: _PeopleContext) -> bool:
    """True when a box's 作者 value is the site itself: its name, team or group (``site_itself``)
    or its own account with a role word (``_site_account``: ``X官方``, ``X小编``), or, on a group's
    site, the short name its footer's © line gives it (``group_site_name``: Hexo Butterfly's box
    ``文章作者: ECUSTMC`` over the footer's ``©2024 ECUSTMC`` on a club whose <title> and
    og:site_name give its long Chinese name, hunt250), as the no-colon box's 作者 already is."""
    return (
        site_itself(name, art, ctx.site_name, ctx.root)
        or _site_account(name, ctx.site_name)
        or group_site_name(ctx.page, name, ctx.site_name)
    )


def _join_licence_original(art: ExtractedArticle, ctx: _PeopleContext) -> None:
    """Join a translated post's licence box's other writer to the one read: the box names
    ``本文作者：X`` and ``原文作者：Y`` (``licence_original``), both wrote what the reader reads (the
    lead, session 31): ``X、Y``. Only where the author read is one of the two; a placeholder or
    the site itself in the other slot (``原文作者：X团队`` on X's site) adds no one."""
    own, original = ctx.trailer.get("licence_own"), ctx.trailer.get("licence_original")
    if not own or not original or not art.author_raw:
        return
    have = nfkc_compact(art.author_raw)
    for read, other in ((own, original), (original, own)):
        if (
            have == nfkc_compact(read)
            and have != nfkc_compact(other)
            and _someone(other)
            and not _box_names_site(other, art, ctx)
        ):
            first = ctx.trailer.get("licence_original_first") and read == own
            # an opening ``原文作者：`` line above the box's writer comes first, as shown
            art.author_raw = f"{other}、{art.author_raw}" if first else f"{art.author_raw}、{other}"
            art.rules["author"] += "+licence-original"
            return


def _join_co_writers(art: ExtractedArticle, ctx: _PeopleContext) -> None:
    """Join the co-writers of a header line that counts its writers (``X 等 7 位作者``) to the
    lead writer the chain read (``co_writer_cards``): the pop-up lists them, each an author."""
    window, page = ctx.window, ctx.page
    if not art.author_raw or window is None or page is None or window[0] is None or not window[1]:
        return
    cards = co_writer_cards(page.blocks[window[0] + 1 : window[1][0].idx])
    if cards is None or nfkc_compact(cards[0]) != nfkc_compact(art.author_raw):
        return
    art.author_raw = "、".join([art.author_raw, *cards[1]])
    art.rules["author"] = f"{art.rules['author']}+co-writer-cards"


def _join_more_writers(art: ExtractedArticle) -> None:
    """Add the body's other credited writers to ``art.author_raw``, each whole name once."""
    rules = art.rules
    for name, rule in _more_writers(art.body_paragraphs):
        # a dispatch line (``允中 发自 凹非寺``) or a closing credit (``（央视记者 许骁）``) names
        # a writer beside the byline's account or colleague: every credited name is an author
        if not art.author_raw:
            art.author_raw, rules["author"] = name, rule
        # by whole name, as the editors join: ``王辉`` is not one of ``王辉明``'s, and the
        # byline's label words (``本报记者 王辉``) are cleaned off before comparing
        elif nfkc_compact(name) not in names_of(
            clean_person(art.author_raw, role="author") or art.author_raw
        ):
            art.author_raw, rules["author"] = (
                f"{art.author_raw}、{name}",
                f"{rules['author']}+{rule}",
            )


def _find_editor(art: ExtractedArticle, ctx: _PeopleContext) -> None:
    """Set ``art.editor_raw``: the first editor credit, joined by the trailer's and byline's."""
    rules = art.rules
    fields, trailer, inline = ctx.fields, ctx.trailer, ctx.inline
    # editor: the meta line > an editor line ending the body (the paragraph stays in the body)
    # > the trailer > the byline line's staff credits. One place joins them: the trailer's and
    # the byline line's editors join the first found, each whole name once (LABELLING.md: 编辑
    # credits in two places give two editors; an empty 编辑 slot gives none)
    ed = fields.get("editor")
    if ed is not None:
        art.editor_raw, rules["editor"] = ed, "label"
    elif inline["editor"]:
        art.editor_raw, rules["editor"] = inline["editor"], "body-tail"
    for more, rule, joined in (
        (trailer.get("editor"), "trailer", ""),
        (trailer.get("byline_editor"), "byline-line", "+byline"),
    ):
        if not more:
            continue
        if not art.editor_raw:
            art.editor_raw, rules["editor"] = more, rule
            continue
        # the first value cleaned on its own: a staff code closes it (``岳权利 HN152``)
        first = clean_person(art.editor_raw, role="editor") or art.editor_raw
        # cleaned names compared whole: ``王辉`` is not one of ``王辉明``'s, and ``小何`` is
        # ``小何）返回首页``'s (the page's words after the closer are cut)
        have, given = names_of(first), names_of(clean_person(more, role="editor") or more)
        if have <= given:
            # （编辑：严玉洁） above 【责任编辑：严玉洁 王辉】: every name the longer credit gives
            art.editor_raw = more
        elif not given <= have:
            art.editor_raw, rules["editor"] = add_names(first, more), rules["editor"] + joined


# ``来源CSDN`` / ``作者魏星`` / ``新浪网 作者 国际在线``: a people label with no colon, on the
# meta line only (in prose ``作者`` is a word); the value runs to the next separator
_UNSPACED_LABEL_RE = {
    # 撰文/撰稿 are labels as plain as 作者; a lone 文 only before a short spaced name. The value
    # ends at a bar, the line's end, two blanks (the items' gap: ``作者 魏星\xa0\xa00 条评论``),
    # the next labelled item (``作者 张三 字号：大 中 小``) or a bracketed one (``作者陈秋歌
    # （责任编辑：X）``)
    "author": re.compile(
        # (a middle dot between two Han characters is part of the name: ``作者 买买提·艾力``)
        rf"(?:^|[\s|·丨｜])(?:(?:{_WRITER}|撰稿人?)\s*"
        r"(?P<v>(?:[^\s|·:丨｜]|(?<=[\u4e00-\u9fff])·(?=[\u4e00-\u9fff])){2,20})"
        r"|文\s+(?P<w>[\u4e00-\u9fff·]{2,4})"
        # misses49: several spaced names before where they filed from (``作者 A B C 发自瑞士达沃斯``)
        rf"|(?:{_WRITER})\s+(?P<x>[\u4e00-\u9fff·]{{2,4}}(?:\s[\u4e00-\u9fff·]{{2,4}}){{1,5}})(?=\s*(?:发自|發自))"
        # robust117: spaced names closing the line or ended by a bar (csdn's ``作者<span>X</span>``
        # with ``周明轩 林晓彤``, ``Tom Lee``, ``周洁 实习生 邢默`` in the slot): each a CJK name of
        # two to eight characters (a dotted one too) or a Latin word
        r"|(?:作者|撰文|撰稿人?)\s*(?P<y>(?:[\u4e00-\u9fff·]{2,8}|[A-Za-z][A-Za-z.'-]*)"
        r"(?:\s(?:[\u4e00-\u9fff·]{2,8}|[A-Za-z][A-Za-z.'-]*)){1,3})(?=\s*(?:[|丨｜]|$)))"
        r"(?=\s*(?:[|·丨｜]|$)|\s{2,}|\s+[\u4e00-\u9fff]{1,6}\s*[:：]|\s*[【\[(（]|\s*(?:发自|發自)"
        # (a slash between blanks parts the items as a bar does before the next labelled item:
        # ``作者 X / 發布日期 DATE``; ``作者 张三 / 李四`` is two names)
        rf"|\s+(?:/\s+)?(?:{_ITEM_LABELS}|时间|日期)\s+\S|{_COUNTER})"
    ),
    # misses45: as the author's, the outlet also ends before a date or the next item, labelled
    # with a colon or without (``来源 科技日报 2024-05-20``, ``来源 科技日报 作者 张三``); a dash
    # set apart by blanks may stand for the colon (misses49: ``来源 - 科技日报``)
    "source": re.compile(
        rf"(?:^|[\s|·丨])(?:{alternation(_BARE_SOURCE_LABELS)})\s*(?:[-－–—]{{1,2}}\s+)?(?P<v>[^\s|·:/丨]{{2,20}})"
        r"(?=\s*(?:[|·丨]|$)|\s+/\s|\s{2}|\s+\d{4}\s*[-/.年]\s*\d|\s+[\u4e00-\u9fff]{1,6}\s*[:：]"
        rf"|\s+(?:{_ITEM_LABELS}|作者|时间|日期)\s+\S|{_COUNTER})"
    ),
}


def _reporter_on_line(byline: str | None) -> str | None:
    """``2020-10-04 15:05聯合報 記者林宸誼／即時報導``: a reporter credited on the date line."""
    if not byline or len(byline) > 120:
        return None
    m = INLINE_REPORTER_REPORT.search(nfkc(byline))
    return m.group("name") if m else None


def _leaf_column(name: str, trail: str | None) -> bool:
    """True when ``name`` after the date is the trail's leaf, named like no outlet or unit: the
    item's column (hexun's ``DATE <a>和讯名家</a>`` under ``和讯网 > 新闻 > 和讯名家 > 正文``), so a
    来源 line elsewhere names the source. sztnet's ``DATE 上交所`` in its column 上交所 is the
    exchange that issued the item (a unit's name): the source, as labelled."""
    return (
        _trail_items(trail)[-1:] == [nfkc_compact(name)]
        and _OUTLET_END_RE.search(name) is None
        and _ORG_END_RE.search(name) is None
    )


def _unspaced_label(byline: str | None, key: str) -> str | None:
    """The value after a label written without its colon on the meta line."""
    if not byline or len(byline) > 120:
        return None
    if key == "source":
        byline = byline.replace("\u3000", "  ")  # an ideographic space is a wide gap, not a space
    m = _UNSPACED_LABEL_RE[key].search(nfkc(byline))
    if m is None:
        return None
    found = m.groupdict()
    value = found.get("v") or found.get("w") or found.get("x") or found.get("y")
    if key == "source" and (glued := _GLUED_WRITER_RE.match(value)) and _surnamed(glued["name"]):
        return glued["src"]  # ``来源市科技局作者张明华``: the writer's item starts at 作者
    return value


# A colonless 作者 glued after a source's value, a person's name after it and maybe the date
# (decide79: ``<span>来源</span><span>市科技局</span><span>作者</span><span>张明华</span>``, each
# span an item as the reader sees them); ``中国作者协会`` is one name, 协会 no person's
_GLUED_WRITER_RE = re.compile(
    rf"^(?P<src>\S{{2,}}?)(?:{_WRITER})(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?=\d|$)"
)


def _title_site_part(name: str, html_title: str | None, title: str | None) -> bool:
    """True when ``name`` is <title>'s part after the headline and reads as the site's keyword
    run or its organisation: the site's own account, no writer (sxlmrl.com's DedeCMS prints
    ``作者：陕西板式换热器，…，陕西鲁明热力设备工程有限公司``, its <title>'s tail; a blog's tail
    that is its owner's name, ``… - Kovacs``, is neither)."""
    if not html_title or not title:
        return False
    whole, head, value = nfkc_compact(html_title), nfkc_compact(title), nfkc_compact(name)
    if not head or not whole.startswith(head) or whole[len(head) :].lstrip("_-|｜—–:：·") != value:
        return False
    return len(re.split(r"[,，、]", value)) >= 3 or bool(_ORG_END_RE.search(value))


def _ends_with_site_name(name: str, site_name: str | None) -> bool:
    """True when ``name`` is a longer form of the site's name ending with it (浙江省台州医院)."""
    value, site = nfkc_compact(name), nfkc_compact(site_name or "")
    return len(site) >= 3 and value.endswith(site)


def _meta_names_this_site(
    value: str, art: ExtractedArticle, site_name: str | None, page: Page | None
) -> bool:
    """True when a hidden source meta, with no 来源 shown, is the site's own name: "this site",
    as 本站 is, naming no publisher."""
    if _within_site_name(value, site_name) or _abbreviates(value, site_name):
        # the portal's own name (保定市人民政府网, or 科学技术部 on 中华人民共和国科学技术部), or its
        # short form (中国证监会 on 中国证券监督管理委员会)
        return True
    # or its full official name around the short one of <title> (tzhospital: meta source
    # 浙江省台州医院 on 台州医院's own site), shown nowhere on the page
    return (
        page is not None
        and _ends_with_site_name(value, site_name or _lone_title(art))
        and not _shown(page, value)
    )


def _sub_office_of_site(name: str, site_name: str | None) -> bool:
    """True when ``name`` is the last part of a site named ``parent body  sub-office`` (vac.gov.tw's
    ``退除役官兵輔導委員會 臺北市服務處``): the office whose sub-site the page is on, not the body
    that runs the site (LABELLING.md, session 20: 發布單位 naming such an office is the source)."""
    parts = (site_name or "").split()
    return len(parts) >= 2 and nfkc_compact(name) == nfkc_compact(parts[-1])


def _lone_title(art: ExtractedArticle) -> str | None:
    """A <title> of one segment that is not the headline: the site's name alone (``台州医院``)."""
    t = art.html_title
    if not t or len(title_segments(t)) > 1 or (art.title_raw and art.title_raw in t):
        return None
    return t


#: The poster's slot of a meta line, whose value may be the posting office rather than a writer.
#: (no colon where the markup parts the label from its value: ``<span>发布者</span><span>团委</span>``)
_POSTER_LABEL_RE = rf"(?:{alternation(tuple(POSTER_LABELS))})\s*:?\s*"


def _posting_office(name: str, byline: str | None) -> bool:
    """True when ``name`` fills a poster slot (``发布者：团委``) and names an office, not a person."""
    bare = nfkc(name).strip()
    if (
        not byline
        or not bare
        or re.search(_POSTER_LABEL_RE + re.escape(bare), nfkc(byline)) is None
    ):
        return False
    end = _ORG_END_RE.search(bare)
    if end is None or _CJK_LATIN_RE.search(bare):
        return False
    # a two- or three-character name led by a surname may be a person's (张科): it stays
    return len(end.group(0)) > 1 or len(bare) > 3 or bare[0] not in _SIGNATURE_SURNAMES


def vouched_names(metas: dict[str, tuple[str, str]], ld: dict) -> frozenset[str]:
    """The writers the page's hidden author meta and JSON-LD author name (NFKC, each alone)."""
    found = [metas["author"][1]] if "author" in metas else []
    if ld_name := _ld_author(ld.get("author")):
        found.append(ld_name)
    return frozenset(n for v in found for n in AUTHOR_SPLIT.split(nfkc(v).strip()) if n)
