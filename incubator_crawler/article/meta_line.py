"""The labelled meta line (``发布日期：… 来源：… 编辑：…``), the line that splits title from body.

Meta line: the smallest block element whose text has a labelled date or >= 2 known labels, the
one nearest before the densest text container (sidebars and footers come after the body or are
link-dense, so they lose); short lines right beside it (``div.addtime``) join it. When no line
carries labels, a short block that is mostly a bare date stands in, but only before the body.
The meta line also splits the page: the title is looked for right before it, the body after it.
The other labelled lines around the body have modules of their own: the lines of their own
around the headline and between it and the text (``header_lines``), the trailer after the body
(``trailer``: TRS and government pages' ``责任编辑：龙慧``), the bare date lines that may stand in
(``date_lines``) and the labels the markup sets apart (``label_cells``); the field modules choose
among all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .date_lines import (
    YEARLESS_TIME_RE,
    _find_date_blocks,
    _headline_words,
    _in_code_listing,
    _site_words,
    _url_day,
    headline_span,
    own_path_of,
)
from .label_cells import CELL_WORD_RE, LABEL_CELL_TAGS, VALUE_CELL_TAGS, cell_name, split_pair
from .labels import (
    BARE_DATE_LABELS,
    DATE_RE,
    LABEL_RE,
    LABELS,
    OWN_PUBLISH_LABELS,
    ROC_DIGITS_DATE,
    SHORT_YEAR_CLOCK,
    TRANSLATOR_CREDIT_RE,
    VENUE_LABEL_RE,
    VENUE_SPAN,
    alternation,
    change_dated,
    run_on_name,
    split_labelled_line,
    titled_text_line,
    unknown_source,
)
from .page import (
    ALL_HEADING_TAGS,
    HEADING_TAGS,
    Block,
    Page,
    blocks_within,
    css_first,
    holds,
    node_text,
    squash,
    title_segments,
)
from .published import date_label
from .text import nfkc, nfkc_compact

META_KEYS = ("published", "author", "editor", "source")

_MAX_META_LEN = 300


@dataclass
class MetaLine:
    """The meta line found on a page: its raw fields, its blocks and its text."""

    fields: dict[str, str] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)  # empty when it does not split the page
    idx: set[int] = field(default_factory=set)  # block indexes it takes (kept out of the body)
    text: str | None = None  # the whole line as on the page (``byline_raw``)
    # the page's headline opening the line's first block (its text, the block's index)
    headline: tuple[str, int] | None = None


def find_meta_line(
    page: Page,
    root: Any,
    hints: dict[str, str],
    container0: Any | None,
    rules: dict[str, str],
    url: str = "",
    html_title: str | None = None,
) -> MetaLine:
    """The meta line: a site hint, else labelled lines, else a bare date before the body."""
    url_day = _url_day(url)
    own_path = own_path_of(url)
    meta_el: Any | None = None
    fields: dict[str, str] = {}
    trailing = False
    head = _headline_words(html_title)
    site = _site_words(html_title)
    # <title>'s first segment whole, short ones too (``社团公告 | 梦雾社``): the heading that is the
    # headline, told from the text's own headings below it
    headline_key = nfkc_compact(title_segments(html_title.strip())[0]) if html_title else ""
    hint_meta = css_first(root, hints.get("meta_line"))
    if hint_meta is not None:
        meta_el = hint_meta
        fields = split_labelled_line(page.text_of(meta_el))
        rules["meta_line"] = "hint"
    else:
        picked = _pick_meta(page, _find_meta_candidates(page), container0)
        rules["meta_line"] = "labels"
        if picked is None:
            # a bare date counts only before the body (inside it is a signature/print date)
            picked = _pick_meta(
                page,
                _date_blocks(page, url_day, head, site, html_title, own_path),
                container0,
                allow_inside=False,
                headline_key=headline_key,
            )
            rules["meta_line"] = "date-block"
        boxed = None if picked is None or picked[2] else _translation_credit_box(page, *picked)
        if picked is not None and (picked[2] or boxed is not None):
            # the labelled line is inside the text (a reprint's ``来源：… 2017-02-26``), or in a
            # translated text's credit box (the original's date): a bare date line above the text
            # is the page's own date; the labelled fields still count
            dated = _date_blocks(page, url_day, head, site, html_title, own_path)
            if boxed is not None:
                dated = [c for c in dated if not holds(boxed, c[0])]  # (the original's date)
            header = _pick_meta(page, dated, container0, allow_inside=False)
            if header is not None and header[1].get("published"):
                fields = {k: v for k, v in picked[1].items() if k != "published"}
                if boxed is not None:
                    # the box's line still parts the headline from the text (the box is the
                    # text's header); only its date gives way, as a repost's under its
                    # repeated headline does (``_repost_under_repeated_headline``)
                    original = bracketed_original_writer(blocks_within(page, boxed))
                    if fields.get("author") and original and original not in fields["author"]:
                        # the box's ``原文（作者 X）``: the original's writer after the translator
                        fields["author"] = f"{fields['author']}、{original}"
                    picked = (picked[0], {**fields, "published": header[1]["published"]}, False)
                    rules["meta_line"] = "labels+credit-box"
                else:
                    picked = (header[0], {**fields, **header[1]}, False)
                    rules["meta_line"] = "date-block+in-body"
        if picked is not None:
            meta_el, fields, trailing = picked
            if trailing:
                rules["meta_line"] += ":in-body"
        else:
            del rules["meta_line"]
    meta_blocks = blocks_within(page, meta_el) if meta_el is not None else []
    if meta_blocks and not trailing and (row := _row_of_cells(page, meta_el)) is not None:
        meta_blocks = blocks_within(page, row)
    opened = None if trailing else _open_line(meta_el, meta_blocks, container0)
    if opened is not None:
        meta_blocks = opened
    headline = _headline_above(meta_blocks, html_title) or _own_line_headline(
        page, meta_blocks, meta_el
    )
    if headline is not None:
        meta_blocks = meta_blocks[1:]
        if _headline_date(fields, headline, meta_blocks):
            fields = {k: v for k, v in fields.items() if k != "published"}
    meta_idx = {b.idx for b in meta_blocks}
    if meta_blocks and not trailing:
        fields = dict(fields)
        meta_idx |= _merge_neighbours(page, meta_blocks, fields, container0)
        meta_blocks = [page.blocks[i] for i in sorted(meta_idx)]
    if meta_blocks and rules.get("meta_line", "").startswith("date-block"):
        fields = dict(fields)
        _date_block_credits(meta_blocks, fields)
    if trailing:
        meta_blocks = []  # fields only: no title-before / body-after split
    text = None
    glued = None
    if meta_el is not None:
        if opened is not None:
            text = " ".join(b.text for b in opened)
        elif meta_el in page.stats:
            text = page.text_of(meta_el)
        else:
            text = squash(node_text(meta_el))
        if headline is not None and text.startswith(headline.text):
            text = text[len(headline.text) :].strip()
        elif meta_blocks and (span := headline_span(meta_blocks[0].text, head)):
            # the headline and the line's date share one block: the headline is the title
            first = meta_blocks[0].text
            glued = (first[span[0] : span[1]].strip(), meta_blocks[0].idx)
            if 0 < span[0] and span[1] < len(first) and glued[0] in text:
                # mid-line (a flattened heading box): the tag words before it are no meta line
                text = text[text.index(glued[0]) + len(glued[0]) :].strip()
            else:
                text = text.replace(glued[0], " ", 1).strip()
    return MetaLine(fields, meta_blocks, meta_idx, text, glued)


# A cell's label word over its value (``城市`` / ``类型`` / ``日期``), and the value's length at most
_CELL_LABEL_CHARS = 4
_CELL_VALUE_CHARS = 24


def _label_value_cell(page: Page, el: Any) -> bool:
    """True for a box of two lines, a short label word alone (no colon) over a short value."""
    lines = blocks_within(page, el) if el in page.stats else []
    return (
        len(lines) == 2
        and 2 <= len(lines[0].text.strip()) <= _CELL_LABEL_CHARS
        and re.search(r"[:：]", lines[0].text) is None
        and 0 < len(lines[1].text.strip()) <= _CELL_VALUE_CHARS
        and not lines[0].link
    )


def _row_of_cells(page: Page, el: Any) -> Any | None:
    """The row of label / value cells the dated cell ``el`` is one of, or None: three cells or
    more side by side, each a label word over its value (an event page's info card ``城市`` /
    ``杭州``, ``类型`` / ``年会``, ``日期`` / ``01 Sep 2019``, ``状态`` / ``已结束``: devopschina.org,
    audit300). A reader sees one card; its other cells are no account's name over the date."""
    node = el
    for _ in range(2):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        cells = [c for c in parent if isinstance(c.tag, str) and c.tag == node.tag]
        if len(cells) >= 3 and all(_label_value_cell(page, c) for c in cells):
            # the whole row of cells, no line of another kind in it
            return parent if len(blocks_within(page, parent)) == 2 * len(cells) else None
        if len(cells) > 1:
            return None
        node = parent
    return None


# Lines a translated text's credit box holds at most, and each line's characters at most
_CREDIT_BOX_LINES = 8
_CREDIT_BOX_CHARS = 160


# The original's writer in brackets on the credit box's link to the original, a translated post's
# ``原文（作者 Saeed Khan）：<linked original title>`` (devopschina.org): the writer of what the
# reader reads in translation, as a 原文作者 line names (LABELLING.md, session 31)
_BRACKETED_ORIGINAL_WRITER_RE = re.compile(
    r"^原文\s*\(\s*(?:原作者|作者)\s*:?\s*(?P<name>[^()]{2,40}?)\s*\)\s*:"
)


def bracketed_original_writer(blocks: list[Block]) -> str | None:
    """The original's writer a header line ``原文（作者 X）：…`` names, or None."""
    for b in blocks:
        if b.chars <= _CREDIT_BOX_CHARS and (
            m := _BRACKETED_ORIGINAL_WRITER_RE.match(nfkc(b.text).strip())
        ):
            return m["name"]
    return None


def _translation_credit_box(page: Page, el: Any, fields: dict[str, str], _: bool) -> Any | None:
    """The box of short credit lines the dated meta line ``el`` is (or stands in) when the box
    credits a translator (devopschina.org's opening blockquote ``译者：X`` / ``审校：Y`` / ``原文（作者
    Z）：<link>`` / ``发布于：2018年2月4日``): the box speaks of the original, and its date is the
    original's; the page's own meta row (``by X/ on 27 Apr 2021``) dates the page. None else."""
    if "published" not in fields:
        return None
    st = page.stats.get(el)
    box = el if st is not None and st.b1 - st.b0 > 1 else el.getparent()
    if box is None or box.tag not in ("blockquote", "div", "section"):
        return None
    lines = blocks_within(page, box)
    if not 2 <= len(lines) <= _CREDIT_BOX_LINES or any(b.chars > _CREDIT_BOX_CHARS for b in lines):
        return None
    if not any(TRANSLATOR_CREDIT_RE.match(nfkc(b.text).strip()) for b in lines):
        return None
    return box


def _date_block_credits(blocks: list[Block], fields: dict[str, str]) -> None:
    """Add to ``fields`` the credits of the short labelled lines of their own inside a bare date
    line's element (``<div>DATE 列印 文字大小 …</div><div>（责任编辑：X）</div>``): the date line was
    taken bare because a sentence in the element (a font menu's ``已經最大。``, a share box's
    ``扫一下二维码便可将本文分享至朋友圈。``, a post's description) makes its whole text read as
    prose, and the credit line beside the date went unread (people182's transplants)."""
    for b in blocks:
        if b.chars > 40 or _is_prose(b.text):
            continue  # a sentence that names a 来源 is no credit line
        norm = nfkc(b.text).strip().lstrip("【[(（ ")
        if LABEL_RE.match(norm) is None:
            continue
        add_fields(fields, b.text, ("author", "editor", "source"))


def add_fields(fields: dict[str, str], text: str, keys: tuple[str, ...] = META_KEYS) -> None:
    """Add to ``fields`` the ``keys`` values of labelled ``text`` that ``fields`` has none for
    (no key, or an empty one): the one filling rule of a header's and a date block's credit
    lines (a label shown empty beside the date gives way to the value a line of its own shows)."""
    for key, value in split_labelled_line(text).items():
        if key in keys and value and not fields.get(key):
            if key == "author" and titled_text_line(text):
                continue  # ``文字：社区读书会的故事``: a title's phrase, no writer
            # ``作者：张三 大家好，我是…``: the name alone, the greeting run on is no part of it
            fields[key] = key == "author" and run_on_name(value) or value


def _date_blocks(
    page: Page,
    url_day: tuple[int, int] | None,
    head: str,
    site: str,
    html_title: str | None,
    own_path: str = "",
) -> list[tuple[Any, dict[str, str]]]:
    """The bare date lines that may stand in for the meta line, an event's 时间 line left out
    (cuasia's DedeCMS event page: ``时间：2010 年11 月21 日 (星期日) ，`` / ``下午4 时至6 时`` /
    ``地点：…`` opening the text is the talk's day, not the page's, wherever the page's own line
    stands), as the labelled tier leaves it out (``_text_item_date``), and a headline that ends
    with a date <title> writes with it (``_dated_headline``)."""
    cands = [
        (el, f)
        for el, f in _find_date_blocks(page, url_day, head, site, own_path)
        if not _text_item_date(page, el, f)
        and not _timeline_entry(page, el)
        and not _event_lines(page, el, f)
        and not _dated_headline(page, el, head, html_title)
    ]
    if len(cands) >= 2 and any(f.get("published") for _, f in cands):
        # an event's own date line (``活动日期：2024年6月14日`` in a report's 活动概况 list, read as
        # the event's by its label) beside a line dating the page (the header's ``发表于 DATE``):
        # the event's, no meta line; taken for one it cut the list's first lines off (follow156)
        cands = [(el, f) for el, f in cands if f.get("published") or "event" not in f]
    if len(cands) >= 2:
        cands = _without_paragraph_dates(page, cands)
    if len(cands) >= 2 and (kept := [c for c in cands if not _glued_heading(page, c[0])]):
        # ``2018.6.23集训内容`` opening a Hexo post's text under the header's ``<time>`` row
        # (gcuacm): taken for the meta line, the text lost its first line (follow322)
        cands = kept
    return cands


# A day glued to a phrase, the line's whole text (NFKC): ``2018.6.23集训内容``, what was taught
# that day: the text's heading, as ``_names_around_date`` reads no outlet in it. Not a weekday,
# a part of the day or a posting word glued to the day (``2024年5月1日星期三``, ``…日发布``,
# ``…日电``): those are a date line's own words.
_GLUED_HEADING_RE = re.compile(r"(?P<rest>[\u4e00-\u9fff]{2,16})\s*")
_DAY_LINE_WORDS = (
    "星期",
    "周",
    "週",
    "礼拜",
    "禮拜",
    "上午",
    "下午",
    "中午",
    "晚上",
    "凌晨",
    "早上",
    "发布",
    "發布",
    "发表",
    "發表",
    "更新",
    "讯",
    "訊",
    "电",
    "電",
)


def _glued_heading(page: Page, el: Any) -> bool:
    """True when ``el``'s text is a clockless date with a phrase glued to it and nothing else."""
    norm = nfkc(page.text_of(el)).strip()
    m = DATE_RE.match(norm)
    if m is None or ":" in m.group(0):
        return False
    rest = _GLUED_HEADING_RE.fullmatch(norm, m.end())
    return rest is not None and not rest["rest"].startswith(_DAY_LINE_WORDS)


#: A line of text, as ``_pick_meta`` tells the body's first line: this many characters unlinked
_TEXT_LINE = 20


def _paragraph_of_lines(page: Page, el: Any) -> bool:
    """True when ``el`` sets two lines of text or more of its own (``<br>``-parted: a council's
    ``会长：NAME（UNIT）`` lines, a record's dated English lines in one ``<p>``): a paragraph of the
    text, not a date box."""
    st = page.stats[el]
    lines = 0
    for b in page.blocks[st.b0 : st.b1]:
        if b.owner is el and b.chars - b.link >= _TEXT_LINE:
            lines += 1
            if lines >= 2:
                return True
    return False


def _without_paragraph_dates(
    page: Page, cands: list[tuple[Any, dict[str, str]]]
) -> list[tuple[Any, dict[str, str]]]:
    """The bare date lines less those among a paragraph's lines of text (``2016.5.15`` over the
    year's record, ``副秘书长：X(DCU，至2017.07.01)`` in a council's list: ACIA's Hexo Fluid page),
    where a date line of its own stands above them (the banner's ``August 29, 2022 pm``): the date
    above is the page's; taken for the meta line, the text's date cut the lines above it off the
    body (hunt188, follow191). With no own line above, the paragraph's date is kept as before (a
    report's ``<p>2020-01-05<br>本报讯…</p>``)."""
    own = [page.stats[el].b1 for el, _ in cands if not _paragraph_of_lines(page, el)]
    if not own:
        return cands
    first_own = min(own)
    return [
        (el, f)
        for el, f in cands
        if page.stats[el].b0 < first_own or not _paragraph_of_lines(page, el)
    ]


def _dated_headline(page: Page, el: Any, head: str, html_title: str | None) -> bool:
    """True when the line is the headline whole, its date included, as <title> writes it
    (``<h1>AKA的未来-我的思考（2011年2月19日）</h1>`` under that very <title>): <title>'s first
    segment opens it (or is it whole: ``<h1>关于社团培训（2022年8月14日）</h1>`` under
    ``关于社团培训（2022年8月14日）_社团``) and the rest is <title>'s next words, so the date is the
    headline's own, not a date line glued to it (ftv's ``headline2014/12/1 18:13``, whose
    <title> has no date)."""
    if not head or not html_title:
        return False
    text = "".join(nfkc(page.text_of(el)).split())
    return text.startswith(head) and text in "".join(nfkc(html_title).split())


def _event_lines(page: Page, el: Any, fields: dict[str, str]) -> bool:
    """True when a bare 时间 / 日期 line's element goes on, past its ``<br>``, to a place label
    (``时间：…`` / ``下午4 时至6 时`` / ``地点：…`` in one ``<p>``): its date is the event's, as
    ``split_labelled_line`` reads it when the items share one line."""
    if _date_label(fields) not in BARE_DATE_LABELS:
        return False
    return "event" in split_labelled_line(page.text_of(el)[:_MAX_META_LEN])


def _headline_date(fields: dict[str, str], headline: Block, rest: list[Block]) -> bool:
    """True when the line's date was read from the headline above it, the box's other lines
    holding none (zsnews.cn: ``<span>标题（2017年1月20日）</span><br>…<font>来源于：X</font>`` in one
    ``<div>``): the date is the headline's own words, not the page's date line."""
    published = fields.get("published")
    return bool(published) and (
        published in headline.text and not any(published in block.text for block in rest)
    )


#: The fewest words of its own a headline holding a date keeps beside it.
_HEADLINE_WORDS = 6


def _headline_above(meta_blocks: list[Block], html_title: str | None) -> Block | None:
    """The first line of a meta element that holds more than one (``<td><b>标题</b><br>2010-08-25
    来源：…</td>``) when it is the headline <title> names: no date, no label, and most of
    <title>'s first segment. It is the title, not a name beside the date."""
    if len(meta_blocks) < 2 or not html_title:
        return None
    first = meta_blocks[0]
    norm = nfkc(first.text)
    text = "".join(norm.split())
    head = "".join(nfkc(title_segments(html_title)[0]).split())
    if len(head) >= 6 and len(text) > len(head) and text.startswith(head):
        # <title> whole before the site's name, a separator and a date inside the headline (a
        # WordPress theme's ``<a class=post-title>X-2020年10月16日全球经济日历</a>``, linking to
        # the page itself)
        return first if text in "".join(nfkc(html_title).split()) else None
    if first.link * 2 > first.chars or LABEL_RE.search(norm):
        return None
    if DATE_RE.search(norm) and not (
        head.startswith(text) and len(DATE_RE.sub("", text)) >= _HEADLINE_WORDS
    ):
        # a date line is no headline; a headline whose own words hold a date, opening <title>
        # as written there (zsnews.cn's ``标题（2017年1月20日）`` over ``来源于：X`` in one box), is
        return None
    return first if len(text) >= max(6, len(head) // 2) and text in head else None


# Blocks above the meta line that find_title searches for the headline (title._title_before):
# the headline stands right over the date line, a subtitle, a byline or a share bar between them
TITLE_SPAN = 6


def _own_line_headline(page: Page, meta_blocks: list[Block], meta_el: Any) -> Block | None:
    """The line a meta element sets in a child of its own before the date in its own text
    (``<div><p>恒生指数 <a>返回</a></p><span>X</span> <span>2017-09-02 10:45</span></div>``) when
    <title> names only the site and no heading stands above: the headline, not a name beside the
    date. A line of prose, a date or a label is none."""
    if len(meta_blocks) != 2 or meta_el is None:
        return None
    first, line = meta_blocks
    if first.owner is meta_el or line.owner is not meta_el:
        return None
    norm = nfkc(first.text)
    if not 4 <= len("".join(norm.split())) <= 60 or "。" in norm or first.link * 2 > first.chars:
        return None
    if DATE_RE.search(norm) or LABEL_RE.search(norm):
        return None
    # a heading where find_title looks for the headline is the headline, not this line
    above = page.blocks[max(0, first.idx - TITLE_SPAN) : first.idx]
    return None if any(b.owner.tag in HEADING_TAGS for b in above) else first


def _meta_fields(text: str) -> dict[str, str]:
    if len(text) > _MAX_META_LEN:
        return {}
    return split_labelled_line(text)


_PEOPLE_KEYS = ("author", "editor", "source")


def _block_fields(page: Page, el: Any, text: str) -> dict[str, str]:
    """The labelled fields of a meta element whose text is ``text``. A people value that its
    label's own line already holds ends at that line (``来源: 长江网`` or ``责任编辑：张毅`` above
    the account's line ``体育教科书``, 163's ``来源: X`` before the IP place ``北京``); an empty
    slot's value may stand on the next line (``编辑：`` then ``张三``)."""
    fields = _meta_fields(text)
    if not any(fields.get(k) for k in _PEOPLE_KEYS):
        return fields
    for key in _PEOPLE_KEYS:
        if fields.get(key) and _slot_closes_its_box(page, el, key, fields[key]):
            fields[key] = ""
    lines = page.lines_of(el)  # its lines joined by two ASCII spaces, which no line holds
    if lines == text or all(fields.get(k, "") in lines for k in _PEOPLE_KEYS):
        return fields  # one line, or no value spans two lines (each is found as it stands)
    own = split_labelled_line(lines)
    for key in _PEOPLE_KEYS:
        value, joined = (own.get(key) or "").split("  ")[0].strip(), fields.get(key)
        if value and joined and joined != value and joined.startswith(value):
            fields[key] = value  # the value ran on into the next line
    return fields


def _slot_closes_its_box(page: Page, el: Any, key: str, joined: str) -> bool:
    """True when ``key``'s slot is empty on its own line, that line's element holds another
    labelled field, and the next line, where ``joined`` (the value the element's whole text gives
    the slot) starts, stands outside the box around that element: the myp2c school CMS's
    ``发布时间：… 查看:460 来源:`` closing the headline's box, the text's first line in the box
    after it (sicnu.edu.cn, audit108's class 7). A value on the next line of the same box
    (``<div><p>… 编辑：</p><p>张三</p></div>``) stays the slot's."""
    st = page.stats.get(el)
    if st is None:
        return False
    for b in page.blocks[st.b0 : st.b1 - 1]:
        if split_labelled_line(b.text).get(key) != "":
            continue
        # the slot may be a block of its own after a counter's (``查看:460`` in a div of its own)
        f = _meta_fields(page.text_of(b.owner)) if b.owner in page.stats else {}
        if not any(f.get(k) for k in META_KEYS if k != key):
            continue
        nxt = page.blocks[b.idx + 1]
        head, value = "".join(nfkc(nxt.text).split())[:8], "".join(nfkc(joined).split())
        if not head or not value.startswith(head):
            continue  # the value is another slot's, not the next line's
        box = b.owner.getparent()
        box = box.getparent() if box is not None else None
        return box is not None and not any(node is box for node in nxt.owner.iterancestors())
    return False


def _is_prose(text: str) -> bool:
    """A sentence of prose is not a meta line even when it names a date and a 记者."""
    return "。" in text or text.count("，") >= 2


def _is_meta(fields: dict[str, str], text: str = "") -> bool:
    if _is_prose(text):
        return False
    keys = [k for k in META_KEYS if k in fields]
    pub = fields.get("published", "")
    npub = nfkc(pub)
    # a label followed by a real date (``收市時間：4 小時`` is not one)
    labelled_date = (
        bool(npub)
        and DATE_RE.match(npub) is None
        and (
            DATE_RE.search(npub) is not None
            or YEARLESS_TIME_RE.search(npub) is not None
            or _LABELLED_ROC_RE.search(npub) is not None
            # ``时间：21-10-06 13:40``, ``发表于13-11-12 17:38``: a two-digit year with its clock
            # as the label's value (the clock makes the order certain; published reads it)
            or _SHORT_YEAR_TIME_RE.search(npub) is not None
        )
    )
    if pub and not labelled_date and _BARE_PUBLISH_LEAD_RE.search(norm := nfkc(text)):
        # ``作者 X | 發布日期 2015 年 11 月 26 日 8:15 | 分類 Y`` (technews.tw's header row printed
        # as text): a publish label with no colon right before the date labels it all the same,
        # as it does under the text (trailer's dates80 rule), on a line that credits someone
        # the same way (a 信息公开 box's ``发布日期`` row is read as the box's cell)
        labelled_date = _BARE_CREDIT_RE.search(norm) is not None
    if pub and not labelled_date and ("|" in (ntext := nfkc(text)) or "丨" in ntext):
        # ``作者X | 归档于大会 | 日期 2017-03-18 | #tag``: a publish label with no colon opening an
        # item of a barred row, blanks then a four-digit year, labels the date as the colon
        # would (a Hugo theme's header row prints ``发表于 DATE`` there; another prints 日期)
        labelled_date = _BARRED_PUBLISH_ITEM_RE.search(ntext) is not None
    if fields.get("source") and len(keys) == 1 and _SHORT_YEAR_TIME_RE.search(nfkc(text)):
        # a 来源 beside a date with a two-digit year and a time (nmgnews: ``内蒙古新闻网 09-11-21
        # 13:34 【打印本页】 来源：红网``): the date line, its one labelled item the source
        return True
    if _SHORT_YEAR_LEAD_RE.match(nfkc(text)):
        # a line opening with such a date, bare 发布 aside, its other slots empty or counters
        # (DedeCMS's ``发布：21-06-11 15:11 点击：``, ``25-05-07 17:10:28 来源: 作者:``)
        return True
    return labelled_date or len(keys) >= 2 and (bool(pub) or any(fields[k] for k in keys))


_DIGIT_RE = re.compile(r"\d")

# A credit's label with no colon, blanks then its value (NFKC): ``作者 MoneyDJ``, ``来源 CSDN``
_BARE_CREDIT_RE = re.compile(
    r"(?:^|[\s|丨/])(?:作者|撰文|撰稿|记者|記者|来源|來源|编辑|編輯|责任编辑|責任編輯)\s+[^\s:：|丨/]"
)
# A publish label with no colon, blanks then a four-digit year after it (NFKC)
_BARE_PUBLISH_LEAD_RE = re.compile(
    r"(?:^|[\s|丨【\[])(?:发布|發布|發佈|发表|發表)(?:时间|日期|時間)\s+(?:19|20)\d{2}\s*[-/.年]"
)
# The same as an item of a barred meta row, under any publish label (NFKC): ``| 日期 2017-03-18``
_BARRED_PUBLISH_ITEM_RE = re.compile(
    rf"[|丨]\s*(?:{alternation(LABELS['published'])})\s+(?:19|20)\d{{2}}\s*[-/.年]"
)

# ``09-11-21 13:34``: year, month, day and time, the year in two digits (labels.SHORT_YEAR_CLOCK,
# the one writing of the shape; each user puts its own bound before it)
_SHORT_YEAR_TIME_RE = re.compile(r"(?<![\d-])" + SHORT_YEAR_CLOCK)

# the same opening a line, after a bare 发布 label (published._SHORT_YEAR_LINE_RE reads it)
_SHORT_YEAR_LEAD_RE = re.compile(r"^\s*(?:发布\s*:\s*)?" + SHORT_YEAR_CLOCK)

# ``發布日期：113-05-20``: an ROC year in digits right after the label (labels.py reads it there
# only), so a trail row ending in it holds the date as one ending in 2024-05-20 does (dates80)
_LABELLED_ROC_RE = re.compile(rf"[:於于]\s*{ROC_DIGITS_DATE}")


# A meta line whose items are all links (``<a>2019-09-26</a> <a>来源：证券时报网</a>``) is still one
# when a link holds a source or editor item with its label: a menu's links hold no such item.
_LINKED_ITEM_RE = re.compile(
    rf"(?:{alternation(LABELS['source'] + LABELS['editor'])})\s*[:：]\s*[^\s:：]"
)


# a publish label right before its date (``发表于 2017-03-18``): read where a link-heavy line holds one
_DATED_ITEM_RE = re.compile(rf"(?:{alternation(LABELS['published'])})\s*[:：]?\s*")
# a post's tag as its meta row links it (``#DevOps``): the row's own words, no menu's item; a list
# row's linked headline beside a labelled date stays a list row (audit109)
_HASHTAG_RE = re.compile(r"(?:^|\s)#[^\s#]")


def _hashtag_row(text: str) -> bool:
    """True when every word of ``text`` is a ``#tag`` (``#同声传译 #翻译``)."""
    words = nfkc(text).split()
    return bool(words) and all(_HASHTAG_RE.match(w) for w in words)


def _linked_item(text: str) -> bool:
    """True when a link-heavy line holds a labelled source or editor item (a colon first: menus
    are most of a page's link-heavy lines, and few have one), or a date under its publish label
    beside ``#tag`` links: a post's meta row whose tag links outweigh its text (chinadevopsdays.org's
    Hugo theme: ``作者X | 归档于<a>大会</a> | 发表于 2017-03-18 | <a>#DevOps</a> <a>#2017北京站</a>``),
    as no menu's row states when it was published (follow241)."""
    if (":" in text or "：" in text) and _LINKED_ITEM_RE.search(text) is not None:
        return True
    return (
        "#" in text
        and _HASHTAG_RE.search(text) is not None
        and any(DATE_RE.match(text, m.end()) for m in _DATED_ITEM_RE.finditer(text))
    )


# A labelled author item (``作者：X``): a link-heavy row holding one is the article's meta row only
# where its links are the row's own short ones (``_linked_author_row``)
_LINKED_AUTHOR_RE = re.compile(rf"(?:{alternation(LABELS['author'])})\s*[:：]\s*[^\s:：]")
# a meta row's own link: a category, a tag or the post's date (``新闻热点``, ``2021-10-20``); a
# related list's linked headline is longer
_ROW_LINK_MAX = 8


#: the longest colonless credit item of a linked row (``澎湃新闻记者 贺梨萍``, ``图文 张三 李四``)
_BARE_ITEM_MAX = 24


def _bare_writer_item(el: Any) -> str | None:
    """The names of the one element of row ``el``, holding no link, that is a writer's credit
    with no colon: a byline (``记者梁爽报道``, ``澎湃新闻记者 贺梨萍``) or a writer's label, blanks
    and names (``作者 魏星``, ``图文 张三 李四``), each name read as a person's (thuce's Hexo row
    above the headline, emshu's WordPress ``by 管理员 作者 X`` beside the ``<time>``; follow313).
    None when there is none or more than one."""
    from .people import bare_writer_credit  # people reads this module: asked for late

    found: list[str] = []
    for child in el.iter():
        if child is el or child.tag == "a" or not isinstance(child.tag, str):
            continue
        words = node_text(child).strip()
        if not words or len(words) > _BARE_ITEM_MAX or any(True for _ in child.iter("a")):
            continue
        if names := bare_writer_credit(nfkc(words)):
            found.append(names)
    return found[0] if len(found) == 1 else None


def _linked_author_row(el: Any, text: str) -> bool:
    """True when a link-heavy row is a post's meta row holding its writer's labelled item: one
    ``作者：X`` item beside a date, every link a short taxonomy word or the date itself (a Hexo
    theme's row above the headline: ``<a>2021-10-20</a> <a>新闻</a>►<a>通知</a> 作者：X``). A related
    list's row (``<a>TITLE</a> 作者：X DATE``) links a headline, and a list of rows holds more
    than one item: neither passes."""
    if ":" not in text and "：" not in text:
        # most link-heavy lines are menus: no colon, no labelled item; a dated row may hold the
        # writer's colonless credit as an element of its own (``_bare_writer_item``)
        if _DIGIT_RE.search(text) is None or DATE_RE.search(nfkc(text)) is None:
            return False
        if _bare_writer_item(el) is None:
            return False
    else:
        norm = nfkc(text)
        if len(_LINKED_AUTHOR_RE.findall(norm)) != 1 or DATE_RE.search(norm) is None:
            return False
    found = False
    for a in el.iter("a"):
        words = nfkc_compact(node_text(a))
        if len(words) > _ROW_LINK_MAX and DATE_RE.fullmatch(words) is None:
            return False  # a linked headline: a list's row, not the post's own
        found = found or bool(words)
    return found


# a link whose whole text is in square brackets: a button of the line (``[手机版本]``, ``【打印】``)
# or its back link to the site (``[鲁山教育网-山东省教师教育网]``), not a menu's item
_BRACKETED_LINK_RE = re.compile(r"\s*[\[【［][^\[\]【】［］]{1,30}[\]】］]\s*")
_BRACKET_OPEN_RE = re.compile(r"[\[【［]")


def _bracket_buttons(el: Any) -> bool:
    """True when every link of ``el`` is a bracketed button: the myp2c school CMS sets
    ``[SITE] [手机版本] [扫描分享] 发布时间：2015年4月27日`` under the headline, its links most of
    the line, as ``【打印】【关闭】`` are on a government page's."""
    found = False
    for a in el.iter("a"):  # lazily: a menu's first plain link settles it (most calls)
        if _BRACKETED_LINK_RE.fullmatch(node_text(a)) is None:
            return False
        found = True
    return found


# A reader's reply's controls line: its floor number beside a reply or report button (天涯's
# ``来自 天涯社区客户端 | 举报 | 61楼 | 打赏 | 回复 | 评论``, a Discuz thread's ``2楼 回复 举报``)
_FLOOR_RE = re.compile(r"(?<![\d.])\d{1,5}\s*[楼樓](?![\u4e00-\u9fff])")
_REPLY_BUTTON_RE = re.compile(r"回复|回復|举报|舉報|引用")


def reply_head(page: Page, b: Block) -> bool:
    """True for a line heading a reader's reply: a reply's controls line stands within the next
    four blocks (its ``作者：X 时间：Y`` is the replier's name and time, not the article's).
    A dateless line above a dated one before the controls heads nothing: the dated line heads
    the reply, the line above it is the page's own (people.cn's ``（责任编辑：X）`` right above a
    天涯 reply's ``作者：X 时间：DATE``, distract135)."""
    below = page.blocks[b.idx + 1 : b.idx + 5]
    for i, nxt in enumerate(below):
        text = nxt.text
        if "楼" in text or "樓" in text:
            if nxt.chars <= 80 and _FLOOR_RE.search(text) and _REPLY_BUTTON_RE.search(text):
                if DATE_RE.search(b.text):
                    return True
                return not any(DATE_RE.search(m.text) for m in below[:i])
    return False


def _find_meta_candidates(page: Page) -> list[tuple[Any, dict[str, str]]]:
    """Smallest block elements that look like a meta line, in document order."""
    seen: set[Any] = set()
    out: list[tuple[Any, dict[str, str]]] = []
    for b in page.blocks:
        if b.chars > _MAX_META_LEN:
            continue  # too long
        # a menu's links, unless every link is a bracketed button: a row of such buttons shows
        # its brackets in its text (cheap), and the walk over its links comes last, after the
        # text tests that drop nearly every menu anyway
        menu = (
            b.link * 2 > b.chars
            and not _linked_item(b.text)
            and not _linked_author_row(b.owner, b.text)
        )
        if menu and _BRACKET_OPEN_RE.search(b.text) is None:
            continue
        if _is_prose(b.text):
            continue  # prose here is prose in every element around it: _is_meta says no to all
        norm = nfkc(b.text)
        # LABEL_RE needs a ":" or a "/", DATE_RE a digit: most short blocks (nav, sidebar
        # titles) have none, and the two searches were 8% of extraction time.
        if ":" not in norm and "/" not in norm and _DIGIT_RE.search(norm) is None:
            continue
        if LABEL_RE.search(norm) is None and DATE_RE.search(norm) is None:
            continue
        if menu and not _bracket_buttons(b.owner):
            continue  # a menu's links
        if reply_head(page, b):
            # a reader's reply under the text (天涯's ``作者：X 时间：DATE`` over its text and
            # its ``61楼 | 回复`` controls) is the replier's head, no meta line of the page's
            continue
        if _in_code_listing(b.owner):
            # a program's header comment (mritd.com's Java ``* @date: 2016年1月2日 上午1:11:21``
            # in the text): the code's date and author, no line of the page's
            continue
        el = b.owner
        st = page.stats[el]
        if (
            st.chars > _MAX_META_LEN
            and (run := _opening_run(page.blocks[st.b0 : st.b1], el))
            and run[0] is b
        ):
            # the info line set loose in the text's own box, under the headline only (tudi.im's
            # Hexo theme: ``<div><h1>标题</h1><span>来源：X 发布时间：DATE</span><p>…</p>…</div>``):
            # the box opens with it, as a reader sees; the box is the meta element left open
            # around the text, and only this line is taken (``_open_line``), with the labelled
            # lines a ``<br>`` parts from it (``来源：X<br>发布时间：DATE``: one line to a reader)
            text = " ".join(x.text for x in run)
            fields = _meta_fields(text)
            if el not in seen and _is_meta(fields, text):
                seen.add(el)
                out.append((el, fields))
            continue
        fields: dict[str, str] = {}
        while el is not None and el.tag not in ("body", "html"):
            st = page.stats[el]
            if st.chars > _MAX_META_LEN or (
                page.link_density(el) > 0.5
                and not _linked_item(text := page.text_of(el))
                and not _linked_author_row(el, text)
                and (_BRACKET_OPEN_RE.search(text) is None or not _bracket_buttons(el))
            ):
                el = None
                break
            if el is not b.owner and _holds_heading(page, st):
                # climbing from a lone 来源 line under the headline into the header that holds
                # the headline too: the date line below is the meta line, found from its own
                # block, and the 来源 line beside it joins it or is read as a header line
                el = None
                break
            text = page.text_of(el)
            fields = {} if _is_prose(text) else _block_fields(page, el, text)
            if (
                fields.get("published")
                and "author" not in fields
                and ":" not in text
                and "：" not in text
                and (names := _bare_writer_item(el))
            ):
                # a dated row holding the writer's colonless credit as an item of its own, its
                # other items links (``_linked_author_row``) or words the date tier does not
                # take (emshu's ``DATE DATE by 管理员 作者 X``): the credit's names are the author
                fields = {**fields, "author": names}
            if (
                fields
                and len(el) > 1
                and not _is_meta(fields, text)
                and _DATE_CELL_GATE_RE.search(nfkc(text))  # no publish word: no label cell
                and (cell := _date_cell(el))
            ):
                fields = {**fields, "published": cell}  # the label cell's word labels the date
            if _is_meta(fields, text):
                break
            el = page.block_parent(el)
        else:
            el = None
        if el is None or el in seen or _text_item_date(page, el, fields):
            continue
        # grow to a short parent that adds fields (meta split over sibling <p>s)
        parent = page.block_parent(el)
        while parent is not None and parent.tag not in ("body", "html"):
            pst = page.stats[parent]
            if pst.chars > 200 or page.link_density(parent) > 0.5:
                break
            if _holds_heading(page, pst):
                break  # the title sits beside the meta line: keep it out of the meta element
            pf = _block_fields(page, parent, page.text_of(parent))
            if not {k for k in META_KEYS if k in pf} > {k for k in META_KEYS if k in fields}:
                break
            el, fields, parent = parent, pf, page.block_parent(parent)
        seen.add(el)
        out.append((el, fields))
    return out


# A publish label alone in an element of its own, its date in the next one: ``<dt>时间</dt><dd>DATE
# </dd>``, ``<th>时间</th><td>DATE</td>``, ``<span class="label">时间</span><span>DATE</span>``
DATE_CELL_WORD_RE = re.compile(rf"^(?:{alternation(LABELS['published'])})$")
# The same words anywhere in an element's text: the cheap test before the walk of its descendants
# (robust113's walk at each step of the climb was about 0.5 % of extraction; robust116)
_DATE_CELL_GATE_RE = re.compile(alternation(LABELS["published"]))


def _date_cell(el: Any) -> str | None:
    """``LABEL：DATE`` when an element inside ``el`` holds a publish label alone and the element
    right after it a date (another CMS's cells for ``时间：DATE``: cuc.edu.cn's line drawn as a
    ``<dl>``); the markup, not a colon, labels the date, as a reader sees it."""
    for c in el.iterdescendants():
        if len(c) or not isinstance(c.tag, str) or (c.tail or "").strip():
            continue
        word = nfkc(c.text or "").strip()
        if not word or len(word) > 6 or DATE_CELL_WORD_RE.match(word) is None:
            continue
        nxt = c.getnext()
        value = squash(node_text(nxt)).strip() if nxt is not None else ""
        if value and DATE_RE.match(nfkc(value)) is not None:
            return f"{word}：{value}"
    return None


# A numbered item of the text (``1、装修时间：…``, ``（二）报名时间：…``, ``①``); ``1.`` only before
# no digit (``12.05 10:30`` is a date)
_LIST_ITEM_RE = re.compile(
    r"^\s*(?:\d{1,2}\s*(?:[、)]|\.(?!\d))|[一二三四五六七八九十]{1,3}\s*[、.]"
    r"|\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*\)|[\u2460-\u2473])"
)


def _text_item_date(page: Page, el: Any, fields: dict[str, str]) -> bool:
    """True for a dated line that is an item of the text, not the page's meta line: a numbered
    item (ruc.edu.cn's 停业通知: ``1、装修时间：2016年6月26日——9月7日`` under the notice's own
    ``编辑：阿瑶 时间：2016-06-24``), or an event's bare 时间 / 日期 with a place label opening the
    next line (a DedeCMS event page's ``时间：2012年2月14日15:00-18:30`` over ``地点：纽约…``,
    below its ``时间:2012-09-12 10:18 来源:未知`` line; on its own line the label makes the date
    an event's already, ``split_labelled_line``). Taken for the meta line, such a line dates the
    page by its event and cuts the text's opening off the body."""
    if not fields.get("published"):
        return False
    text = nfkc(page.text_of(el))
    if _LIST_ITEM_RE.match(text):
        return True
    if (el.tag == "li" and _timetable_item(page, el, text)) or post_row(page, el):
        return True
    return _event_date(page, fields, page.stats[el].b1, text)


def post_row(page: Page, el: Any) -> bool:
    """True for a row of a list of other posts: an ``<li>`` row or a ``<div>`` / ``<article>`` card."""
    if el.tag == "li":
        return _row_of_posts(page, el)
    return el.tag in ("div", "article") and _card_of_posts(page, el)


def _row_of_posts(page: Page, el: Any) -> bool:
    """True for a row of a list of other posts: the item opens with a link (a headline) and another
    item of the list holds a link and a date too (a 相关新闻 box's ``<li><a>标题</a> 来源：新华网
    2023-05-06</li>`` under a page that shows no info line of its own: that post's outlet and date,
    not this page's; source189)."""
    if len(el) == 0 or el[0].tag != "a" or (el.text or "").strip() or len(node_text(el[0])) < 4:
        return False
    return _cut_headline(el[0]) or _dated_sibling_item(page, el, linked=True)


# A headline cut short with an ellipsis (``推动全民健...``), the whole of it in the link's title
_ELLIPSIS_END_RE = re.compile(r"(?:\.{2,}|…+|。{3})\s*$")


def _cut_headline(a: Any) -> bool:
    """True for a link whose text is a headline cut short by an ellipsis and whose ``title`` holds
    it whole (``<a title="推动全民健身活动的广泛开展">推动全民健...</a>``): a list's row of another
    post, as a one-row 活动播报 box prints it on a member's profile page (tslnedu); a page's own
    line never cuts its own words."""
    text = squash(node_text(a)).strip()
    cut = _ELLIPSIS_END_RE.search(text)
    whole = squash(a.get("title") or "").strip()
    if cut is None or cut.start() < 2:
        return False
    return len(whole) > cut.start() and whole.startswith(text[: cut.start()])


def _card_of_posts(page: Page, el: Any) -> bool:
    """True for a card of a list of other posts set in ``<div>`` / ``<article>`` boxes, not ``<li>``:
    ``el`` opens with a headline link (4 characters or more, no date, no text before it), and
    ``el`` or its box one or two levels up has a sibling of its own tag that is a card too (a short
    box holding a headline link and a date). Hexo Butterfly's 最新文章 aside (``<div
    class=aside-list-item><a class=thumbnail>…<div class=content><a class=title>TITLE</a><time>
    DATE</time></div></div>`` repeated; audit300): the row is that post's title and day, no ``NAME
    DATE`` meta line of the page's. A post's own date link (``<a><time>DATE</time></a>``) opens no
    card, and the text's box beside the meta row is no card (too long)."""
    if len(el) == 0 or el[0].tag != "a" or (el.text or "").strip() or not _headline_link(el[0]):
        return False
    node = el
    for _ in range(3):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return False
        if any(
            other is not node and other.tag == node.tag and _post_card(page, other)
            for other in parent
        ):
            return True
        node = parent
    return False


#: A card of another post: this many characters at most (its title, its date, a short blurb)
_CARD_CHARS = 160


def _headline_link(a: Any) -> bool:
    """True for a link whose text reads as a headline: 4 characters or more, no date in it."""
    text = nfkc(squash(node_text(a))).strip()
    return len(text) >= 4 and DATE_RE.search(text) is None


def _post_card(page: Page, el: Any) -> bool:
    """True for a short box that holds a headline link and a date (another post's card)."""
    st = page.stats.get(el)
    return (
        st is not None
        and 0 < st.chars <= _CARD_CHARS
        and any(_headline_link(a) for a in el.iter("a"))
        and DATE_RE.search(nfkc(page.text_of(el))) is not None
    )


def _timeline_entry(page: Page, el: Any) -> bool:
    """True for a bare date heading one ``<li>`` of a dated list, two other items dated too: a
    timeline's entry (a 历史上的今天 box's ``<li><div>2015.12.10</div><div>2015世俱杯开战</div></li>``
    rows under a post's own ``DATE 0 NAME`` row; audit300). Each day is its event's, no page's."""
    li = el if el.tag == "li" else el.getparent()
    if li is None or li.tag != "li" or (li is not el and el.getprevious() is not None):
        return False
    parent = li.getparent()
    dated = 0
    for other in parent if parent is not None else ():
        if other is not li and other.tag == "li" and DATE_RE.search(nfkc(node_text(other))):
            dated += 1
            if dated >= 2:
                return True
    return False


def _timetable_item(page: Page, el: Any, text: str) -> bool:
    """True for a bulleted timetable's item: a bare date with a clock span (a course notice's
    ``2023 年 7 月 27 日 8:30-12:00，13:00-17:25``), another item of the list dated too. A reader
    sees the class days; the page's own date stands in its header."""
    if LABEL_RE.search(text) or not _SCHEDULE_RE.search(text):
        return False
    return _dated_sibling_item(page, el, linked=False)


def _dated_sibling_item(page: Page, el: Any, *, linked: bool) -> bool:
    """True when another ``<li>`` of ``el``'s list shows a date (and, with ``linked``, a link)."""
    parent = el.getparent()
    return parent is not None and any(
        li is not el
        and li.tag == "li"
        and li in page.stats
        and (not linked or li.find(".//a") is not None)
        and DATE_RE.search(nfkc(page.text_of(li)))
        for li in parent
    )


def _event_date(page: Page, fields: dict[str, str], nxt: int, line: str | None = None) -> bool:
    """True when a line's bare 时间 / 日期 date is an event's, not the page's: its value is a
    timetable, or a place label (``地点：``) opens block ``nxt``, the first after the line. Read
    for a meta-line candidate (``_text_item_date``: the element's end, ``line`` its text, which
    may hold more items than the 时间 one, so the dated part must be short, VENUE_SPAN) and for a
    trailer line (``trailer_fields``: one block, the next one)."""
    if _date_label(fields) not in BARE_DATE_LABELS:
        return False
    if _schedule(fields):
        return True
    if nxt >= len(page.blocks):
        return False
    if line is not None:
        label = LABEL_RE.search(line)
        if len(line) - (label.start() if label else 0) > VENUE_SPAN:
            return False
    return VENUE_LABEL_RE.match(nfkc(page.blocks[nxt].text).lstrip()) is not None


# A bare 时间 / 日期 value that is a timetable, not a day: a clock span (emshu's class notes:
# ``时间：每周五下午13:10-14:30（校活动课）``) or a recurring day (每周, 每天, 每月)
_SCHEDULE_RE = re.compile(
    r"\d{1,2}:\d{2}\s*(?:-|~|～|—|–|至|到)\s*\d{1,2}:\d{2}|^\s*(?:每(?:周|週|天|日|月|年|晚)|周[一二三四五六日])"
)


def _schedule(fields: dict[str, str]) -> bool:
    """True when the line's bare 时间 / 日期 label holds a timetable (an event's), no post date."""
    if _date_label(fields) not in BARE_DATE_LABELS:
        return False
    value = LABEL_RE.sub("", nfkc(fields.get("published", "")), count=1)
    return _SCHEDULE_RE.search(value) is not None


def _holds_heading(page: Page, st: Any) -> bool:
    """True when the element of stats ``st`` holds a heading (h1-h6) among its blocks."""
    return any(b.owner.tag in HEADING_TAGS for b in page.blocks[st.b0 : st.b1])


def _pick_meta(
    page: Page,
    cands: list[tuple[Any, dict[str, str]]],
    container: Any | None,
    allow_inside: bool = True,
    headline_key: str = "",
) -> tuple[Any, dict[str, str], bool] | None:
    """Meta line nearest before the body; else one inside the body (flagged trailing=True)."""
    if not cands:
        return None
    if container is None:
        return (*cands[0], False)
    cst = page.stats[container]
    cand_els = {el for el, _ in cands}
    starts = {page.stats[el].b0 for el in cand_els}
    # a box left open around the text that opens with a headline in a plain element (tudi.im's
    # Hexo box with its h1 set as ``<div class=t_1>`` or ``<div><strong>``): its loose info line
    # is a start the headline stands right over. A box opening with a heading is read as before
    # (follow120's ``<h4>`` over a source line a short-year date runs into stays undated);
    # follow176's widening, kept to the plain headline (follow181)
    starts |= {
        run[0].idx
        for el in cand_els
        if (st := page.stats[el]).chars > _MAX_META_LEN
        and page.blocks[st.b0].owner.tag not in ALL_HEADING_TAGS
        and (run := _opening_run(page.blocks[st.b0 : st.b1], el))
    }
    first_body = cst.b1
    headline = False  # a heading or a headline line seen: the next line of text is body
    for b in page.blocks[cst.b0 : cst.b1]:
        if b.owner.tag in HEADING_TAGS:
            headline = True
        elif b.chars - b.link >= 20 and b.owner not in cand_els:
            if not headline and _headline_over_meta(b, starts):
                headline = True  # the headline in a plain <div>: the text starts after it
                continue
            first_body = b.idx
            break
    before = [(el, f) for el, f in cands if page.stats[el].b1 <= first_body]
    if not allow_inside:
        before = _under_headline_first(page, before, headline_key, container)
    # else a date line left open around the text (no other line before the text)
    before = before or [(el, f) for el, f in cands if _left_open(page, el, container, first_body)]
    if len(before) >= 2 and _repost_date_line(page, before[-2], before[-1], container):
        before = before[:-1]
    elif len(before) >= 2 and _repost_under_repeated_headline(page, before[-2], before[-1]):
        # the repost's line still parts its headline from the text, but the page's own meta
        # line dates the page (the lead's session-25 decision, lgedu.net: follow109)
        el, fields = before[-1]
        return el, {**fields, "published": before[-2][1]["published"]}, False
    if before:
        return (*_first_post(before), False)
    headed = _under_headline_below(page, cands, cst.b1)
    if headed is not None:
        return (*headed, False)
    if not allow_inside:
        return None
    # A meta line inside the body, after real text (``（本文来源：… 作者：…）``, a dated signature):
    # use its fields, but it does not split title from body.
    inside = [(el, f) for el, f in cands if cst.b0 <= page.stats[el].b0 < cst.b1]
    return (*inside[0], True) if inside else None


# A bare 时间 / 日期 label: the date line a reposted text brings with it (cbblab's ``时间：2014-08-22``)
_BARE_DATE_LABEL_RE = re.compile(r"^\s*(?:时间|時間|日期)\s*[:：]")


def _own_dating_line(fields: dict[str, str]) -> bool:
    """True when a meta line's ``fields`` date the page as its own line does: a date beside other
    slots, or a date under a publish label (``发布时间：…``)."""
    return "published" in fields and (len(fields) >= 2 or _date_label(fields) in OWN_PUBLISH_LABELS)


def _repost_date_line(
    page: Page,
    own: tuple[Any, dict[str, str]],
    last: tuple[Any, dict[str, str]],
    container: Any,
) -> bool:
    """True when ``last`` is a repost's or a record's bare ``时间：`` line in the text box right
    under the page's own labelled meta line ``own`` (a date and other slots, ``时间:… 来源: 作者:``,
    or a date labelled as the publish date, ``发布时间：…``): the page's line dates the page (the
    lead's session-23 decision; cbblab.com's DedeCMS items, dfco.cn's mobile case records
    ``客户：…`` / ``时间：2016年5月20日`` under ``发布时间：2022-03-28 15:02:03``)."""
    if set(last[1]) != {"published"} or not _BARE_DATE_LABEL_RE.match(last[1]["published"]):
        return False
    if not _own_dating_line(own[1]):
        return False
    own_st, last_st = page.stats[own[0]], page.stats[last[0]]
    if any(b.chars - b.link >= 20 for b in page.blocks[own_st.b1 : last_st.b0]):
        return False  # text between them: not the line right under the meta line
    # the box that holds the text holds the repost's line, not the page's own meta line
    box = container
    while box is not None and not holds(box, last[0]):
        box = box.getparent()
    if box is not None and not holds(box, own[0]):
        return True
    # the container guess stands apart from both lines (a short text lost to the footer's
    # copyright ``<p>``: sxyz.net's outing notice): the box is the line's own parent, when the
    # text goes on in it under the line and the page's meta line stands outside it
    box = last[0].getparent()
    return (
        box is not None
        and container is not None
        and not holds(container, last[0])
        and not holds(box, own[0])
        and any(b.chars - b.link >= 20 for b in page.blocks[last_st.b1 : page.stats[box].b1])
    )


def _repost_under_repeated_headline(
    page: Page, own: tuple[Any, dict[str, str]], last: tuple[Any, dict[str, str]]
) -> bool:
    """True when ``last`` is a repost's own dated meta line under its headline repeated at the
    text's top, and ``own`` the page's meta line right under that headline with its own publish
    date (lgedu.net: ``<h1>`` / ``发布时间：2019-12-25 来源：岚皋县教育体育局``, then the text's
    ``<h1>`` again and ``发布人：… 来源：第三高级中学 发布时间：2019-12-24 15:15:33``). The repost's
    other slots stay; only its date gives way."""
    if "published" not in last[1] or not _own_dating_line(own[1]):
        return False
    own_st, last_st = page.stats[own[0]], page.stats[last[0]]
    if own_st.b0 == 0:
        return False
    headline = "".join(nfkc(page.blocks[own_st.b0 - 1].text).split())
    if len(headline) < 6:
        return False
    between = page.blocks[own_st.b1 : last_st.b0]
    # the whole headline, or its tail after the issuer's name (``市纪委监委：关于五起…的通报``
    # over the repost's ``关于五起…的通报``)
    repeated = [
        (line := "".join(nfkc(b.text).split())) == headline
        or (len(line) >= 8 and headline.endswith(line))
        for b in between
    ]
    # the headline again and nothing but short chrome lines (print, font size buttons) around it
    return any(repeated) and not any(
        b.chars - b.link >= 20 for b, same in zip(between, repeated, strict=True) if not same
    )


def _under_headline_first(
    page: Page,
    before: list[tuple[Any, dict[str, str]]],
    headline_key: str = "",
    container: Any | None = None,
) -> list[tuple[Any, dict[str, str]]]:
    """Bare date lines before the body up to the first that lines of text follow, when that one
    stands right under the headline: a bare date after those lines closes the text (a decree's
    ``2018年3月18日`` under its signature), and is taken only when the body found is no text
    at all (hexun's three-line 主席令 lost to the footer, its ``2018-03-19 09:14:54 新华网`` right
    under the ``<h1>``)."""
    if len(before) < 2:
        return before
    first = page.stats[before[0][0]]
    above = page.blocks[first.b0 - 1] if first.b0 else None
    # the line above: a heading, or the line stating <title>'s first segment whole whatever its
    # tag (a theme setting its headline in a ``<p>`` or a bold ``<div>``, linked home or not)
    titled = above is not None and bool(headline_key) and nfkc_compact(above.text) == headline_key
    if above is None or (above.owner.tag not in HEADING_TAGS and not titled):
        return before
    shape = _shape(before[0][0])
    if any(_shape(el) == shape for el, _ in before[1:]):
        return before  # dated rows built alike: a list's (a blog's Posts page), no text
    # the first line stands under the heading <title> names (the post's own date under its
    # headline): a heading of another text below it is the text's own (a Markdown post opening
    # with its ``<h1>本文是关于…</h1>`` / ``<h2>特殊更新</h2>`` over a bold ``2024/12/21`` change
    # line, a charter's ``<h2>由社长编写 起草时间2024-12-1</h2>``): the text has begun, and a date
    # line inside it is text (hunt194's 梦雾社 pages; a header's date over a site-name <h1> is
    # not under the headline, and keeps the line under the article's heading)
    for n, (el, _) in enumerate(before[1:], 1):
        between = page.blocks[page.stats[before[n - 1][0]].b1 : page.stats[el].b0]
        if titled and any(
            b.owner.tag in HEADING_TAGS and nfkc_compact(b.text) != headline_key for b in between
        ):
            return before[:n]
        if any(b.chars - b.link >= 20 for b in between):
            return before[:n]
        if (
            container is not None
            and not holds(container, before[n - 1][0])
            and holds(container, el)
            and any(
                holds(container, b.owner)
                and b.chars > b.link
                # (the headline repeated at the text's top is no line of the text: a speech's
                # ``<strong>`` title over its ``朱华伟 2016年7月21日`` signature, emshu.io)
                and nfkc_compact(b.text) not in (headline_key, nfkc_compact(above.text))
                for b in between
            )
        ):
            # the headline's date stands outside the text box, this one inside it under lines of
            # the text's own (sz-watech.com's WeChat copy opening ``方寸之间，智慧供水千万家`` /
            # ``AI智能药剂师全天候守护水质`` / ``2025年6月5日`` under the header's ``2025-06-07``):
            # the text has begun, however short its opening lines
            return before[:n]
        if sum(b.chars - b.link for b in between) >= _SHORT_LINES_TEXT:
            # text set as many short centred lines (a WeChat-styled notice's ``邀您参加…`` /
            # ``智慧水务…研讨会`` / ``将于2024年12月20日``, sz-watech.com): lines of text all the same
            return before[:n]
    return before


# Unlinked characters of short lines between two date lines that make them lines of text
_SHORT_LINES_TEXT = 40


def _shape(el: Any) -> tuple[str, str | None]:
    return el.tag, el.get("class")


def _left_open(page: Page, el: Any, container: Any, first_body: int) -> bool:
    """True when the date line ``el`` opens is an element left open around the text (``<div
    class=date>2021-01-27 09:19 <span>来源：X</span>`` never closed, so the parser put the text
    inside it): its own first line stands before the text, and it holds the body container."""
    st = page.stats[el]
    return (
        st.b0 < first_body < st.b1
        and _open_line(el, page.blocks[st.b0 : st.b1], container) is not None
    )


def _open_line(el: Any, blocks: list[Block], container: Any) -> list[Block] | None:
    """The one line of a meta element left open around the text (:func:`_left_open`): its own
    first block, the headline's heading alone before it, with the labelled lines a ``<br>`` parts
    from it (:func:`_opening_run`); None for any other meta element."""
    if len(blocks) < 2 or container is None:
        return None
    run = _opening_run(blocks, el)
    return run if run and holds(el, container) else None


def _opening_run(blocks: list[Block], el: Any) -> list[Block]:
    """The first line ``el`` holds as its own text (not a child block's), when only headings (or
    one headline-shaped line right over it) stand before it among ``blocks`` (the element's) and
    more lines follow it, with the next lines of its own that open with a label (``来源：X<br>
    发布时间：DATE``); else []."""
    last = len(blocks) - 1
    for i, b in enumerate(blocks[:last]):
        if b.owner is el:
            run = [b]
            for nb in blocks[i + 1 : last]:
                if nb.owner is not el or LABEL_RE.match(nfkc(nb.text)) is None:
                    break
                run.append(nb)
            return run
        if b.owner.tag not in HEADING_TAGS and not (
            i == 0
            and blocks[1].owner is el
            and (
                (b.owner.tag not in ALL_HEADING_TAGS and _headline_over_meta(b, {blocks[1].idx}))
                or (b.owner.tag in ALL_HEADING_TAGS and _sourced_dated_line(blocks[1]))
            )
        ):
            # the box's first line a headline set in a plain element (``<div class=t_1>标题</div>``
            # or ``<div><strong>标题</strong></div>`` where the theme has an h1): one short line,
            # no full stop, right over the loose line, as a reader sees the same page (follow176).
            # An h4-h6 over the line stays as before: no such headline (follow120's ``<h4>`` over a
            # source line a short-year date runs into, which dates nothing; follow181), unless
            # the line under it credits a source and shows a full date (cwl.gov.cn's infographic
            # page: ``<h4>HEADLINE</h4><small>来源：X</small><small>2017-11-16 16:59</small>`` over
            # a table of figures: the headline's minor heading, the page's own line; follow304)
            return []
    return []


def _sourced_dated_line(b: Block) -> bool:
    """True for a short line that credits a source and shows a full date (four-digit year)."""
    if b.chars > 80:
        return False
    fields = split_labelled_line(b.text)
    return (
        bool(fields.get("source"))
        and _YEAR_DIGITS_RE.search(fields.get("published", "")) is not None
    )


# A four-digit year (a short year's ``13-10-12`` shows none)
_YEAR_DIGITS_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _under_headline_below(
    page: Page, cands: list[tuple[Any, dict[str, str]]], end: int
) -> tuple[Any, dict[str, str]] | None:
    """The first dated meta line right under an ``<h1>`` that stands below the container (which
    ends at block ``end``): the densest text above the headline is the header's blurb, not the
    body (a company site's one-paragraph intro outscoring a short text of short lines). A footer's
    ``服务时间：8:30-22:30`` under a heading names no day: no meta line."""
    for el, fields in cands:
        b0 = page.stats[el].b0
        if (
            b0 > end
            and page.blocks[b0 - 1].owner.tag == "h1"
            and DATE_RE.search(nfkc(fields.get("published", "")))
        ):
            return el, fields
    return None


def _headline_over_meta(b: Block, starts: set[int]) -> bool:
    """The container's first line of text, no heading before it, is a headline set in a plain
    element, not the text, when a meta line follows it right away and it is one short line
    without a full stop (after a list's linked heading, such a line is the item's summary)."""
    return b.idx + 1 in starts and b.chars <= 120 and "。" not in b.text


# the labels a post's header dates it with (a bare 时间 also heads a list's rows)
_POST_LABEL = re.compile(r"发表|发布|發表|發布|posted|published", re.IGNORECASE)


def _date_label(fields: dict[str, str]) -> str:
    """The label in front of a line's date (``发表于``), "" when the date is bare."""
    return date_label(fields.get("published", ""))


def _first_post(before: list[tuple[Any, dict[str, str]]]) -> tuple[Any, dict[str, str]]:
    """The last meta line before the body, unless an earlier line is built the same way (tag,
    class and date label: a thread's post headers, ``发表于 … | 只看该作者``): then the body found
    is a reply's, and the first post's header dates the page."""
    el, fields = before[-1]
    label = _date_label(fields) if len(before) > 1 else ""
    if _POST_LABEL.match(label):
        for cand in before[:-1]:
            if (cand[0].tag, cand[0].get("class")) == (el.tag, el.get("class")) and _date_label(
                cand[1]
            ) == label:
                return cand
    if _update_dated(el, fields):
        # 发布时间 and 更新时间 in rows of their own (a 信息公开 table, two <p>s): an update date
        # only when no publish date is shown (LABELLING.md Fields; dates80's cross test)
        for cand in reversed(before[:-1]):
            if _date_label(cand[1]) and not _update_dated(*cand):
                return cand
    return before[-1]


def _update_dated(el: Any, fields: dict[str, str]) -> bool:
    """True when the line's date is labelled as a change (``更新时间``, ``修改日期``)."""
    return change_dated(node_text(el), fields.get("published", ""))


def _merge_neighbours(
    page: Page, meta_blocks: list[Block], fields: dict[str, str], container: Any | None
) -> set[int]:
    """Fields written on their own short lines right beside the meta line (``div.addtime``)."""
    lo, hi = meta_blocks[0].idx, meta_blocks[-1].idx
    used: set[int] = set()
    for side in (page.blocks[max(0, lo - 3) : lo][::-1], page.blocks[hi + 1 : hi + 4]):
        for b in side:
            if b.idx in used:
                continue  # the value cell of a label cell merged before it
            if not _merge_one(b, fields, used, page):
                break
    return used


def _value_cell(b: Block, page: Page | None) -> tuple[str, str] | None:
    """(field, name) when ``b`` is a people label's cell of its own and the next block is its
    value cell (``<dt>来源：</dt><dd>中国网</dd>``, ``<th>来源</th><td>中国网</td>``)."""
    if page is None or b.chars > 8:
        return None
    nxt = page.blocks[b.idx + 1] if b.idx + 1 < len(page.blocks) else None
    if nxt is None:
        return None
    # or one element's label and name that a picture parts (chinadaily's logo: ``split_pair``)
    cells = b.owner.tag in LABEL_CELL_TAGS and nxt.owner.tag in VALUE_CELL_TAGS
    if not (cells and nxt.owner is b.owner.getnext() or split_pair(b, nxt)):
        return None
    if (value := cell_name(nxt)) is None:
        return None
    text = nfkc(b.text).strip()
    for key, word_re in CELL_WORD_RE.items():
        if word_re.match(text):
            return key, value
    return None


def _merge_one(b: Block, fields: dict[str, str], used: set[int], page: Page | None = None) -> bool:
    """Merge one neighbouring line into ``fields``; False when the line is not meta."""
    if (cell := _value_cell(b, page)) is not None and not fields.get(cell[0]):
        # a label cell and its value cell right under the date line (a 来源 line as a definition
        # list or table cells opening the text): the value cell is the slot's (robust109)
        fields[cell[0]] = cell[1]
        used.update((b.idx, b.idx + 1))
        return True
    if b.chars <= 40 and not fields.get("author"):
        # ``—— Maria Baer`` on its own line beside the date: a signature dash before the
        # writer's name, which is often a link to the writer's profile (so link-dense)
        dash = _DASH_BYLINE_RE.match(nfkc(b.text).strip())
        if dash is not None:
            fields["author"] = dash["name"]
            used.add(b.idx)
            return True
    if b.link and b.chars <= 80 and _hashtag_row(b.text):
        # a row of ``#tag`` links right under the date line (motss.cc's Hugo theme: ``<time>…
        # </time>| NAME`` over ``<a>#同声传译</a>``): the post's tags, a meta row, no text
        used.add(b.idx)
        return True
    if b.chars > 80 or b.link * 2 > b.chars:
        return False
    norm = nfkc(b.text)
    f = split_labelled_line(b.text)
    labelled = {k for k in META_KEYS if k in f and k != "published"}
    m = DATE_RE.search(norm)
    bare_date = (
        m is not None
        and len("".join(norm.split())) - len("".join(m.group(0).split())) <= 4
        and not LABEL_RE.search(norm)
    )
    if bare_date and not fields.get("published"):
        fields["published"] = f.get("published", m.group(0))
    elif labelled and LABEL_RE.match(norm, len(norm) - len(norm.lstrip(_LEAD_BULLETS))):
        if "author" in labelled and (run_on_name(f["author"]) or titled_text_line(b.text)):
            # ``作者：张三 大家好，我是…``: the text's first paragraph opening with its byline, a
            # greeting or a sentence run on after the name; it stays in the body, whose reader
            # (find_inline_people) takes the name alone. ``文字：社区读书会的故事``: a title's
            # phrase after 文字 (the word for "text"), no writer's line
            return False
        for k in labelled:
            # a 来源 slot holding the fill-in for an empty field (``来源：未知``) gives way to a
            # 来源 line beside it, as an empty one does (labels.unknown_source)
            if not fields.get(k) or (k == "source" and f[k] and unknown_source(fields[k])):
                fields[k] = f[k]
        if "published" in f and not fields.get("published"):
            fields["published"] = f["published"]
    else:
        return False
    used.add(b.idx)
    return True


# A bullet may lead a neighbouring credit line (an e-paper's ``○博主 X ○译者 Y``, LABELLING.md)
_LEAD_BULLETS = "○●◎□■◆"


# A line that is a signature dash and a name only: two em dashes (or one, or a horizontal bar)
# and a short name of letters, no digits or punctuation that would make it a phrase. A feature's
# subtitle is dashed too (``——记园区企业家张明华``): a Chinese name has eight characters at most,
# and none opens with the subtitle's verb (记, 访, 写在, 献给) or is a series' issue number
# (xingduqiao.com's ``——第三期`` under ``…工作80问——第三期``: audit106)
_DASH_BYLINE_RE = re.compile(
    r"^(?:——|—|―|──)\s*(?P<name>(?![\u4e00-\u9fff]{9})(?!记|記|访|訪|写在|寫在|献给|獻給)"
    r"(?!第[\d一二三四五六七八九十百千零〇两兩]+[期章节節篇集讲講回辑輯季卷部版])"
    r"[^\W\d_](?:[^\W\d_]|[ ·.\-']){1,24})$"
)
