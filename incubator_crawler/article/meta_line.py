"""The labelled meta line (``发布日期：… 来源：… 编辑：…``) and the other labelled lines around the body.

Meta line: the smallest block element whose text has a labelled date or >= 2 known labels, the
one nearest before the densest text container (sidebars and footers come after the body or are
link-dense, so they lose); short lines right beside it (``div.addtime``) join it. When no line
carries labels, a short block that is mostly a bare date stands in, but only before the body.
The meta line also splits the page: the title is looked for right before it, the body after it.
Labelled lines of their own between the title and the text, and the trailer after the body
(TRS and government pages: ``责任编辑：龙慧``), are read here too; the field modules choose among
all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .gate import gated
from .info_box import box_date_label
from .labels import (
    BARE_DATE_LABELS,
    BOX_PUBLISH_LABELS,
    CLOSERS,
    DATE_CHAR_RE,
    DATE_RE,
    INFRINGEMENT,
    LABEL_RE,
    LABELS,
    OWN_PUBLISH_LABELS,
    PUBLISH_DATE_LABELS,
    REPRINT_CREDIT,
    REPRINT_LINK,
    ROC_DIGITS_DATE,
    VENUE_LABEL_RE,
    VENUE_SPAN,
    WEB_ADDRESS,
    WEEKDAY_EN,
    add_names,
    alternation,
    as_of_date,
    glued_label,
    labels_other_date,
    nfkc_with_map,
    posted_on,
    run_in_credit,
    run_in_credit_start,
    split_labelled_line,
    unknown_source,
    update_label,
    without_controls,
)
from .meta_marks import byline_outlet
from .page import (
    HEADING_TAGS,
    Block,
    Page,
    blocks_within,
    css_first,
    node_text,
    squash,
    title_segments,
)
from .published import url_date
from .text import nfkc

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
    meta_el: Any | None = None
    fields: dict[str, str] = {}
    trailing = False
    head = _headline_words(html_title)
    site = _site_words(html_title)
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
                page, _find_date_blocks(page, url_day, head, site), container0, allow_inside=False
            )
            rules["meta_line"] = "date-block"
        if picked is not None and picked[2]:
            # the labelled line is inside the text (a reprint's ``来源：… 2017-02-26``): a bare
            # date line above the text is the page's own date; the labelled fields still count
            header = _pick_meta(
                page, _find_date_blocks(page, url_day, head, site), container0, allow_inside=False
            )
            if header is not None and header[1].get("published"):
                fields = {k: v for k, v in picked[1].items() if k != "published"}
                picked = (header[0], {**fields, **header[1]}, False)
                rules["meta_line"] = "date-block+in-body"
        if picked is not None:
            meta_el, fields, trailing = picked
            if trailing:
                rules["meta_line"] += ":in-body"
        else:
            del rules["meta_line"]
    meta_blocks = blocks_within(page, meta_el) if meta_el is not None else []
    opened = None if trailing else _open_line(meta_el, meta_blocks, container0)
    if opened is not None:
        meta_blocks = [opened]
    headline = _headline_above(meta_blocks, html_title) or _own_line_headline(
        page, meta_blocks, meta_el
    )
    if headline is not None:
        meta_blocks = meta_blocks[1:]
    meta_idx = {b.idx for b in meta_blocks}
    if meta_blocks and not trailing:
        fields = dict(fields)
        meta_idx |= _merge_neighbours(page, meta_blocks, fields, container0)
        meta_blocks = [page.blocks[i] for i in sorted(meta_idx)]
    if trailing:
        meta_blocks = []  # fields only: no title-before / body-after split
    text = None
    glued = None
    if meta_el is not None:
        if opened is not None:
            text = opened.text
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
            text = text.replace(glued[0], " ", 1).strip()
    return MetaLine(fields, meta_blocks, meta_idx, text, glued)


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
    if first.link * 2 > first.chars or DATE_RE.search(norm) or LABEL_RE.search(norm):
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
    lines = page.lines_of(el)  # its lines joined by two ASCII spaces, which no line holds
    if lines == text or all(fields.get(k, "") in lines for k in _PEOPLE_KEYS):
        return fields  # one line, or no value spans two lines (each is found as it stands)
    own = split_labelled_line(lines)
    for key in _PEOPLE_KEYS:
        value, joined = (own.get(key) or "").split("  ")[0].strip(), fields.get(key)
        if value and joined and joined != value and joined.startswith(value):
            fields[key] = value  # the value ran on into the next line
    return fields


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
        )
    )
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

# ``09-11-21 13:34``: year, month, day and time, the year in two digits
_SHORT_YEAR_TIME_RE = re.compile(r"(?<![\d-])\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?![\d-])")

# the same opening a line, after a bare 发布 label (published._SHORT_YEAR_LINE_RE reads it)
_SHORT_YEAR_LEAD_RE = re.compile(
    r"^\s*(?:发布\s*:\s*)?\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?![\d-])"
)

# ``發布日期：113-05-20``: an ROC year in digits right after the label (labels.py reads it there
# only), so a trail row ending in it holds the date as one ending in 2024-05-20 does (dates80)
_LABELLED_ROC_RE = re.compile(rf"[:於于]\s*{ROC_DIGITS_DATE}")

# ``发布时间：10-08 12:00`` (baijiahao): month, day and time, no year
YEARLESS_TIME_RE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?!\d)")


# A meta line whose items are all links (``<a>2019-09-26</a> <a>来源：证券时报网</a>``) is still one
# when a link holds a source or editor item with its label: a menu's links hold no such item.
_LINKED_ITEM_RE = re.compile(
    rf"(?:{alternation(LABELS['source'] + LABELS['editor'])})\s*[:：]\s*[^\s:：]"
)


def _linked_item(text: str) -> bool:
    """True when a link-heavy line holds a labelled source or editor item (a colon first: menus
    are most of a page's link-heavy lines, and few have one)."""
    return (":" in text or "：" in text) and _LINKED_ITEM_RE.search(text) is not None


def _find_meta_candidates(page: Page) -> list[tuple[Any, dict[str, str]]]:
    """Smallest block elements that look like a meta line, in document order."""
    seen: set[Any] = set()
    out: list[tuple[Any, dict[str, str]]] = []
    for b in page.blocks:
        if b.chars > _MAX_META_LEN or (b.link * 2 > b.chars and not _linked_item(b.text)):
            continue  # too long, or a menu's links
        if _is_prose(b.text):
            continue  # prose here is prose in every element around it: _is_meta says no to all
        norm = nfkc(b.text)
        # LABEL_RE needs a ":" or a "/", DATE_RE a digit: most short blocks (nav, sidebar
        # titles) have none, and the two searches were 8% of extraction time.
        if ":" not in norm and "/" not in norm and _DIGIT_RE.search(norm) is None:
            continue
        if LABEL_RE.search(norm) is None and DATE_RE.search(norm) is None:
            continue
        if _in_code_listing(b.owner):
            # a program's header comment (mritd.com's Java ``* @date: 2016年1月2日 上午1:11:21``
            # in the text): the code's date and author, no line of the page's
            continue
        el = b.owner
        fields: dict[str, str] = {}
        while el is not None and el.tag not in ("body", "html"):
            st = page.stats[el]
            if st.chars > _MAX_META_LEN or (
                page.link_density(el) > 0.5 and not _linked_item(page.text_of(el))
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
    return _event_date(page, fields, page.stats[el].b1, text)


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


# ``/2019/07/17/``, ``t20100106_`` in the page's address: the day it was posted
def _url_day(url: str) -> tuple[int, int] | None:
    """(month, day) of the date in the page's address, if it names a day (``url_date``)."""
    found = url_date(url)
    if found is None or len(found[0]) != 10:
        return None
    return int(found[0][5:7]), int(found[0][8:10])


def _yearless_on_url_day(norm: str, url_day: tuple[int, int] | None) -> re.Match[str] | None:
    """``07-17 10:39`` when the address says the page was posted on July 17: the line's date."""
    y = YEARLESS_TIME_RE.search(norm) if url_day and ":" in norm else None
    if y is None:
        return None
    month, day = y.group(0).split("-", 1)
    return y if (int(month), int(day[:2].rstrip(" :"))) == url_day else None


def _headline_words(html_title: str | None) -> str:
    """The first segment of <title> without whitespace: the headline as a line may print it
    ("" when too short to tell from a word of the line)."""
    if not html_title:
        return ""
    head = "".join(nfkc(title_segments(html_title.strip())[0]).split())
    return head if len(head) >= 6 else ""


def _site_words(html_title: str | None) -> str:
    """The last segment of a <title> of several (the site's own name, ``标题_某某网``), NFKC;
    "" when there is one segment or the last is too short to tell from a word of a line."""
    if not html_title:
        return ""
    segs = title_segments(html_title.strip())
    last = nfkc(segs[-1]).strip() if len(segs) > 1 else ""
    return last if len("".join(last.split())) >= 4 else ""


def _mostly_date_but_site(norm: str, site: str) -> bool:
    """``_mostly_date`` of a line without the site's own name in it: a template's fixed mark of
    the publisher before the writer (``TCOC 台灣國際基督教會 / Mark　DATE``, LABELLING.md corpus28,
    decide76) is no word of the item's date line."""
    if not site or site not in norm:
        return False
    rest = norm.replace(site, " ", 1)
    m = DATE_RE.search(rest)
    return m is not None and _mostly_date(rest, m)


def _prefix_end(chars: list[str], head: str) -> int:
    """How many of ``chars`` the headline ``head`` takes when it opens them (spaces aside) and
    more follows, else 0."""
    j = 0
    for i, c in enumerate(chars):
        if j == len(head):
            return i if "".join(chars[i:]).strip() else 0
        if c.isspace():
            continue
        k = "".join(nfkc(c).split())
        if not k or not head.startswith(k, j):
            return 0
        j += len(k)
    return 0  # the headline alone, or cut short


def headline_span(text: str, head: str) -> tuple[int, int] | None:
    """Where the page's headline ``head`` (:func:`_headline_words`) stands in ``text`` when it
    opens or closes it and more stands beside it (spaces aside), else None: ftv sets the
    headline and its time on one line (``「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13``);
    what stands beside it is the line's own."""
    bare = text.strip()
    if not head or not bare:
        return None
    # the ends first: nearly no line opens or closes with the headline's own characters
    if nfkc(bare[0])[:1] == head[0] and (cut := _prefix_end(list(text), head)):
        return 0, cut
    if nfkc(bare[-1])[-1:] == head[-1] and (cut := _prefix_end(list(reversed(text)), head[::-1])):
        return len(text) - cut, len(text)
    return None


def _find_date_blocks(
    page: Page, url_day: tuple[int, int] | None = None, head: str = "", site: str = ""
) -> list[tuple[Any, dict[str, str]]]:
    """Second tier: short blocks that are mostly a bare date (``2014-01-30 04:43``), or a
    yearless time on the day the page's address names (ttplus's ``韋人匕07-17 10:39 体坛+原创``).
    The page's headline opening the block (``head``, :func:`_headline_words`) is no word of it,
    nor is the site's own name (``site``, :func:`_site_words`)."""
    out = []
    boxed: set[int] = set()  # entries labelled by a box's publish-date cell
    other: dict[int, str] = {}  # entries under a box's other date cells, with their label
    for b in page.blocks:
        if b.chars > _DATE_LINE_MAX or DATE_CHAR_RE.search(nfkc(b.text)) is None:
            # a block kept below needs a date (DATE_RE or a yearless time) in its text, and most
            # short blocks (menus, sidebar titles) have no digit: this spares them the rest
            continue
        # the page's own headline opening the line links to itself, not to a list's story
        cut = headline_span(b.text, head)
        text = (b.text[: cut[0]] + " " + b.text[cut[1] :]).strip() if cut else b.text
        norm = nfkc(text)
        m = DATE_RE.search(norm) or _yearless_on_url_day(norm, url_day)
        if m:
            # the page's controls after the date (阅读量1.3w 收藏 点赞数, 字号：大 中 小, 【打印】)
            # are no words of the line
            norm = without_controls(norm, m)
            m = DATE_RE.search(norm) or _yearless_on_url_day(norm, url_day)
            if m is None or len("".join(norm.split())) > 40:
                continue
        elif b.chars > 40:
            continue
        # the date's own parts may link to their archives (nownews: 2014年 12月 05日); asked only
        # once a date is found, as menus are most of the short blocks and have none
        calendar = bool(b.link and m and _calendar_links(b.owner))
        if b.link * 2 > b.chars and b.chars - b.link < 6 and not calendar:
            continue  # a date outside the links needs 6 characters (nav links have none)
        # a calendar's linked date parts are the date's own words: the text stays as it is
        if not calendar:
            if b.link and m and (b.link * 2 > b.chars or not _mostly_date(norm, m)):
                # short links beside the date (the site's name, 评论, 大 中 小) are not its words
                norm = _unlinked_text(b.owner, head)
                m = DATE_RE.search(norm)
                if m:
                    norm = without_controls(norm, m)
                    m = DATE_RE.search(norm)
            elif b.link * 2 > b.chars:
                continue
        if m and (_mostly_date(norm, m) or _mostly_date_but_site(norm, site)):
            if _in_code_listing(b.owner):
                continue  # a program's header comment's date (``* @date: 2016年1月2日``)
            if _ends_date_span(norm, m):
                continue  # an event's days (``2024.4.18-20`` under a heading in the text)
            if _TAKES_EFFECT_RE.match(norm[m.end() :]):
                continue  # a rule's start in a headline (``新政策 2019年7月1日起执行``)
            if _TODAY_RE.search(norm[: m.start()]) or _AD_BADGE_RE.search(nfkc(b.text)):
                continue  # a header calendar's today, an ad's or a comment's date
            if _lunar_calendar(page, b, norm, m):
                continue  # a header calendar's day
            if _OTHER_ITEM_DATE_RE.search(norm[: m.start()]) or as_of_date(norm, m.start()):
                # another article's date on the post's meta line (CSDN's header), a report's
                # as-of day in a headline's second line (chnmedu.org: ``截至2016年1月10日建设应用
                # 进展情况的通报`` under ``关于全国中小学生学籍信息管理系统``): the line stays where
                # the meta line is (the writer's name opens it; the headline's lines end above
                # it), without its date
                fields = split_labelled_line(text)
                fields.pop("published", None)
                out.append((b.owner, fields))
                continue
            if _event_label_above(page, b):
                continue  # a form's value: a job posting's 截止时间： over 2014年4月11日
            if (
                not cut
                and (b.link or next(b.owner.iter("a"), None) is not None)
                and _in_dated_list(b.owner, 1 if b.link >= 8 else 2)
            ):
                # a row of a list of dated headlines (a sidebar, related news); an outlet's
                # link beside the article's date (``2021-01-20 04:29 39健康网``) is shorter, so
                # a short link's row needs two dated rows beside it (pj-hospital's list of
                # ``<li><span>2019-11-04</span><a>骨质疏松门诊</a></li>``), as does a row whose
                # headline is a block of its own (``<li><font>2015-08-18</font><div><a>…``)
                continue
            label = box_date_label(page, b)
            if label is not None:
                value = norm[m.start() :].strip() if m else text
                if label in BOX_PUBLISH_LABELS:
                    # a 信息公开 box's value cell under its label cell (gsj.wuhan.gov.cn's TRS box:
                    # ``<td><strong>公开日期</strong></td><td>2018-01-01</td>``): the date is
                    # labelled as the page shows it, and so beats a hidden PubDate (decide76 (c))
                    out.append((b.owner, split_labelled_line(f"{label}：{value}")))
                    boxed.add(len(out) - 1)
                    continue
                # 成文日期, 生成日期, 发文日期: the box's other dates, labelled as the cell shows
                # them when the box shows no publish date (below)
                other[len(out)] = f"{label}：{value}"
            out.append((b.owner, split_labelled_line(text)))
    if boxed and other:
        # the box's 成文日期 is not used when it shows a 发布日期 / 公开日期 (LABELLING.md)
        out = [o for i, o in enumerate(out) if i not in other]
    elif other:
        # the box's only date (a 生成日期 / 发文日期 / 成文日期 cell, no 发布日期 / 公开日期 cell) is
        # a date the page shows, labelled: it beats a hidden PubDate (LABELLING.md gaps98)
        out = [(o[0], {"published": other[i]}) if i in other else o for i, o in enumerate(out)]
    return out


# A date that a span's end follows, and nothing more on the line (``2024.4.18-20``, ``2024年4月18日至
# 20日``, ``2024.04.18-2024.04.20``): the days an event runs, set in the text under its heading
# (sz-watech's WeChat-style post: ``三款新品 首次亮相`` / ``2024.4.18-20``), not a date the item was
# posted on; a time after the date (``2024-04-18 10:20``) is no span
_DATE_SPAN_END_RE = re.compile(
    r"^\s*(?:-|~|～|—|–|至|到)\s*(?:(?:19|20)\d{2}\s*[./年-]\s*)?(?:\d{1,2}\s*[./月-]\s*)?"
    r"\d{1,2}\s*日?\s*$"
)


# A date a rule takes effect on, written into a sentence (hnwanqian's headline ``2019光伏补贴新政策
# 2019年7月1日起执行``, a notice's ``自2024年1月1日起施行``): the date is the rule's, not the page's
_TAKES_EFFECT_RE = re.compile(r"^\s*(?:起|开始|以后)\s*(?:正式)?\s*(?:执行|施行|实施|生效|启用)")


def _ends_date_span(norm: str, m: re.Match[str]) -> bool:
    """True when the line is a date and a span's end after it, nothing else (an event's days)."""
    return ":" not in m.group(0) and _DATE_SPAN_END_RE.match(norm[m.end() :]) is not None


# A label alone on its line (a form's cell: ``截止时间：``), no value after its colon
_LONE_LABEL_MAX = 12


def _event_label_above(page: Page, b: Block) -> bool:
    """True when the line right above the date line ``b`` is an event's date label alone
    (``截止时间：``, ``活动日期：``): the date is that form cell's value (hudson's job postings set
    ``截止时间：`` and ``2014年4月11日`` in two cells), not a date the page was posted on. The label
    may stand as a small heading with no colon (a WeChat-styled meeting notice's bold ``会议时间``
    over ``2024年12月20日`` and ``会议地点``, sz-watech.com)."""
    if b.idx == 0:
        return False
    above = page.blocks[b.idx - 1]
    label = nfkc(above.text).strip()
    if above.chars > _LONE_LABEL_MAX or not label:
        return False
    if not label.endswith(":"):
        if not _LONE_WORD_RE.fullmatch(label):
            return False
        label += ":"
    return labels_other_date(label + nfkc(b.text), len(label))


# A label word set alone as a small heading, no colon (``会议时间``)
_LONE_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")


# A date line with the page's controls after the date (CSDN's ``X 于 2024-05-06 15:47:53 发布
# 阅读量1.3w 收藏 98 点赞数 40``): longer than a bare date line, which is 40 characters at most
_DATE_LINE_MAX = 80


# A writer's Latin name beside the date (``Philip Elmer-DeWitt 2011年04月21日``): two or three
# capitalised words, counted as short as a Chinese name is
LATIN_NAME = r"[A-Z][a-z]+(?:[ .-][A-Z][A-Za-z'-]+){1,2}"
_LATIN_NAME_RE = re.compile(rf"\b{LATIN_NAME}\b")


# An RFC 2822 date's weekday before it and zone offset after it (Jekyll's ``Thu, 02 Aug 2018
# 20:00:00 +0800``) are parts of the date, no words beside it.
_WEEKDAY_BEFORE_RE = re.compile(rf"{WEEKDAY_EN}\s*$")
_OFFSET_AFTER_RE = re.compile(r"^\s*(?:GMT|UTC)?[+-]\d{2}:?\d{2}(?!\d)")
# The relative age a theme prints after the date (熱血時報's ``@ 05-19-2013 / 2 years ago``): no
# date and no word of the line (LABELLING.md, eighteenth round; decide76)
_AGE_AFTER_RE = re.compile(
    r"^\s*[/|·(（]?\s*\d{1,3}\s*(?:(?:year|month|week|day|hour|minute|min)s?\s+ago"
    r"|(?:年|个月|個月|周|週|天|小时|小時|分钟|分鐘)前)[)）]?",
    re.I,
)


def _mostly_date(norm: str, m: re.Match[str]) -> bool:
    """At most 16 characters besides the date (a Latin name counts as 4)."""
    extra = len("".join(norm.split())) - len("".join(m.group(0).split()))
    for part in (
        _WEEKDAY_BEFORE_RE.search(norm, 0, m.start()),
        _OFFSET_AFTER_RE.match(norm[m.end() :]),
        _AGE_AFTER_RE.match(norm[m.end() :]),
    ):
        extra -= len("".join(part.group(0).split())) if part else 0
    if 16 < extra <= 40 and not norm.isascii():
        for n in _LATIN_NAME_RE.finditer(norm):
            extra -= len("".join(n.group(0).split())) - 4
    return extra <= 16


# A link that is a piece of a date: a year, a month or a day, as an archive links it.
_DATE_PART_RE = re.compile(r"^(?:(?:19|20)\d{2}|\d{1,2})\s*[年月日号/.-]?$")


def _calendar_links(el: Any) -> bool:
    """True when every link of a date line is a piece of the date (``<a href=/n/2014>2014年</a>
    <a href=/n/2014/12>12月</a> <a>05日</a> 19:21``): the date is the line's, not a list's."""
    links = list(el.iter("a"))
    return bool(links) and all(_DATE_PART_RE.match(nfkc(node_text(a)).strip()) for a in links)


# Links on a date line that are furniture: the site's name, 评论, 打印, 大 中 小 (a headline is longer).
_MAX_SHORT_LINK = 8


def _unlinked_text(el: Any, head: str = "") -> str:
    """A link-heavy line's text outside its links, when every link is short (``<a>青岛新闻网</a>
    2009-08-13 08:58:41 环球娱乐 <a>现有新闻评论</a>``); "" when one is a headline's, unless it is
    the page's own headline (``head``: a list row links another story)."""
    links = list(el.iter("a"))
    if any(
        len(words := "".join(nfkc(node_text(a)).split())) > _MAX_SHORT_LINK
        and not _LATIN_NAME_RE.fullmatch(squash(node_text(a)))
        and words != head
        for a in links
    ):
        return ""  # a writer's Latin name is a long link that is no headline
    kept = [el.text or ""]
    for child in el.iterdescendants():
        if child.tag == "a" or next(child.iterancestors("a"), None) is not None:
            if child.tag == "a":
                kept.append(child.tail or "")
            continue
        kept.append(child.text or "")
        kept.append(child.tail or "")
    return nfkc(squash(" ".join(kept)))


def _in_dated_list(el: Any, rows: int = 1) -> bool:
    """True when ``rows`` siblings of ``el`` with its tag also hold a link and a date: a list
    row."""
    parent = el.getparent()
    if parent is None:
        return False
    seen = 0
    for sib in parent:
        if sib is el or sib.tag != el.tag:
            continue
        if next(sib.iter("a"), None) is not None and DATE_RE.search(nfkc(node_text(sib))):
            seen += 1
            if seen >= rows:
                return True
    return False


def _pick_meta(
    page: Page,
    cands: list[tuple[Any, dict[str, str]]],
    container: Any | None,
    allow_inside: bool = True,
) -> tuple[Any, dict[str, str], bool] | None:
    """Meta line nearest before the body; else one inside the body (flagged trailing=True)."""
    if not cands:
        return None
    if container is None:
        return (*cands[0], False)
    cst = page.stats[container]
    cand_els = {el for el, _ in cands}
    starts = {page.stats[el].b0 for el in cand_els}
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
        before = _under_headline_first(page, before)
    # else a date line left open around the text (no other line before the text)
    before = before or [(el, f) for el, f in cands if _left_open(page, el, container, first_body)]
    if len(before) >= 2 and _repost_date_line(page, before[-2], before[-1], container):
        before = before[:-1]
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
    if "published" not in own[1]:
        return False
    if len(own[1]) < 2 and _date_label(own[1]) not in OWN_PUBLISH_LABELS:
        return False
    own_st, last_st = page.stats[own[0]], page.stats[last[0]]
    if any(b.chars - b.link >= 20 for b in page.blocks[own_st.b1 : last_st.b0]):
        return False  # text between them: not the line right under the meta line
    # the box that holds the text holds the repost's line, not the page's own meta line
    box = container
    while box is not None and not _holds(box, last[0]):
        box = box.getparent()
    return box is not None and not _holds(box, own[0])


def _under_headline_first(
    page: Page, before: list[tuple[Any, dict[str, str]]]
) -> list[tuple[Any, dict[str, str]]]:
    """Bare date lines before the body up to the first that lines of text follow, when that one
    stands right under the headline: a bare date after those lines closes the text (a decree's
    ``2018年3月18日`` under its signature), and is taken only when the body found is no text
    at all (hexun's three-line 主席令 lost to the footer, its ``2018-03-19 09:14:54 新华网`` right
    under the ``<h1>``)."""
    if len(before) < 2:
        return before
    first = page.stats[before[0][0]]
    if first.b0 == 0 or page.blocks[first.b0 - 1].owner.tag not in HEADING_TAGS:
        return before
    shape = _shape(before[0][0])
    if any(_shape(el) == shape for el, _ in before[1:]):
        return before  # dated rows built alike: a list's (a blog's Posts page), no text
    for n, (el, _) in enumerate(before[1:], 1):
        between = page.blocks[page.stats[before[n - 1][0]].b1 : page.stats[el].b0]
        if any(b.chars - b.link >= 20 for b in between):
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


def _open_line(el: Any, blocks: list[Block], container: Any) -> Block | None:
    """The one line of a meta element left open around the text (:func:`_left_open`): its own
    first block; None for any other meta element."""
    if len(blocks) < 2 or blocks[0].owner is not el or container is None:
        return None
    return blocks[0] if _holds(el, container) else None


def _holds(el: Any, container: Any) -> bool:
    """True when ``el`` is ``container`` or one of its ancestors."""
    return el is container or any(a is el for a in container.iterancestors())


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
    m = LABEL_RE.match(nfkc(fields.get("published", "")))
    return "".join((m.group("label") or "").split()) if m else ""


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
    """True when the line's date is labelled as a change (``更新时间``, ``修改日期``: the value
    keeps only 日期, so the word before it is read in the element's text)."""
    pub = "".join(nfkc(fields.get("published", "")).split())  # cells join with or without blanks
    m = LABEL_RE.match(pub)
    if not (m and m.group("label")):
        return False
    text = "".join(nfkc(node_text(el)).split())
    at = text.find(pub)
    return at >= 0 and update_label(text, at + m.start("label"), m["label"])


def _merge_neighbours(
    page: Page, meta_blocks: list[Block], fields: dict[str, str], container: Any | None
) -> set[int]:
    """Fields written on their own short lines right beside the meta line (``div.addtime``)."""
    lo, hi = meta_blocks[0].idx, meta_blocks[-1].idx
    used: set[int] = set()
    for side in (page.blocks[max(0, lo - 3) : lo][::-1], page.blocks[hi + 1 : hi + 4]):
        for b in side:
            if not _merge_one(b, fields, used):
                break
    return used


def _merge_one(b: Block, fields: dict[str, str], used: set[int]) -> bool:
    """Merge one neighbouring line into ``fields``; False when the line is not meta."""
    if b.chars <= 40 and not fields.get("author"):
        # ``—— Maria Baer`` on its own line beside the date: a signature dash before the
        # writer's name, which is often a link to the writer's profile (so link-dense)
        dash = _DASH_BYLINE_RE.match(nfkc(b.text).strip())
        if dash is not None:
            fields["author"] = dash["name"]
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


# blocks after the body read as its trailer (sspai's 本文责编 sits 13 blocks after the text,
# below share buttons and tags; prose ends the trailer anyway)
TRAILER_SPAN = 16

# A line that starts with an editor or source label (its value may be a link to a profile).
_PEOPLE_LABEL_LEAD_RE = re.compile(
    rf"^(?:{alternation(LABELS['editor'] + LABELS['source'])})\s*[:|]"
)

_TRAILER_MAX_CHARS = 120

# Headings of what follows an article: comments, related and previous/next articles, and the
# boxes of similar items a case or product page shows under the text (zzkxqj.com's 相似推荐 box
# of dated news rows under a case: a row's date is not the case's)
_SECTION_AFTER_RE = re.compile(
    r"^(?:网友评论|網友評論|评论|評論|最新评论|热门评论|发表评论|相关(?:新闻|阅读|文章|链接|推荐|报道)|相關"
    r"|推荐阅读|推薦閱讀|热门|熱門|延伸阅读|延伸閱讀|猜你喜欢|上一篇|下一篇|上一条|下一条"
    r"|相似(?:推荐|推薦|文章|案例|内容|內容)|为您推荐|為您推薦|为你推荐|為你推薦)"
)


def section_after_text(text: str) -> bool:
    """True for a heading of what follows an article (相关文章, 网友评论, 上一篇): the lines under it
    are other items' (their dates and bylines are not the article's)."""
    return _SECTION_AFTER_RE.match(nfkc(text).strip()) is not None


# A calendar in the page header (``今天是：2026年11月28日 星期六``): today's date, not the article's.
_TODAY_RE = re.compile(r"今天是|今日是|今天日期|当前时间|當前時間|现在时间|現在時間")

# A date said to be another article's (CSDN's header ``最新推荐文章于 2024-02-02 22:51:05 发布``:
# the newest recommended article's time, shown where the post's own date would be)
_OTHER_ITEM_DATE_RE = re.compile(r"(?:推荐|推薦)文章\s*(?:于|於)\s*$")

# A lunar date (农历：甲辰年 四月 廿一) printed beside a day: a header calendar's today
_LUNAR_RE = re.compile(r"^\W*(?:农历|農曆|阴历|陰曆)")


def _not_this_items_date(page: Page, b: Block, norm: str, m: re.Match[str]) -> bool:
    """Whether the date ``m`` of block ``b`` is said to be another article's or is a header
    calendar's day."""
    return bool(_OTHER_ITEM_DATE_RE.search(norm[: m.start()])) or _lunar_calendar(page, b, norm, m)


def _lunar_calendar(page: Page, b: Block, norm: str, m: re.Match[str]) -> bool:
    """Whether a lunar date follows the date ``m`` on its line or opens the next block: a
    header calendar (dugushici.com: ``<li>2024年05月28日</li><li>农历：甲辰年 四月 廿一</li>``)."""
    if _LUNAR_RE.search(norm[m.end() :]):
        return True
    nxt = page.blocks[b.idx + 1] if b.idx + 1 < len(page.blocks) else None
    return nxt is not None and _LUNAR_RE.search(nfkc(nxt.text)) is not None


# A labelled line whose value is one web address (``新闻来源： http://news.buaa.edu.cn/…``): as
# short as a name to a reader, however long the address (NFKC text)
_URL_VALUE_LINE_RE = re.compile(rf"^\S{{1,6}}\s*:\s*{WEB_ADDRESS}$")

# An ad's badge printed beside its date in a feed or a forum thread, and a comment's reply
# button after its date (``2023-3-8 13:30回复``)
_AD_BADGE_RE = re.compile(r"广告|廣告|推广|推廣|回复$|回覆$|(?i:reply)$")

_COPYRIGHT_NOTICE_RE = re.compile(
    # a quote may stand between 注明 and the label (ydl.com: ``凡注明”来源：XXX“的作品，均转载自…``)
    r"注明[\"'“”「」‘’]?(?:出处|來源|来源|出處)|未经.{0,8}授权|版权归|版權歸|均转载自|均轉載自"
    # a takedown notice (``网站部分图文来源于网络，如有侵权请联系删除``): the 来源 before it is
    # the notice's, no publisher of the page
    rf"|(?:如有|若有)(?:{INFRINGEMENT})|(?:{INFRINGEMENT})[请請]"
)
_COPYRIGHT_NOTICE_RE = gated(_COPYRIGHT_NOTICE_RE)  # searched from a first character it needs

# The notice's own clause before it: where its pictures came from (ferrosilicon.cn's footer
# ``声明：本网站部分图片来源于网络，产品以实物为准，如有侵权请联系我们删除``), no 来源 of the page;
# the clause runs from the last blank, colon or sentence end (NFKC text)
_NOTICE_CLAUSE_RE = re.compile(
    r"[^\s:;。！？!?]*(?:来源于|來源於|来自|來自|源于|源於)\s*(?:互联网|網際網路|网络|網絡|網路)[^\s:;。！？!?]*$"
)


# A reprint credit as a sentence of its own (wufazhuce: ``本文经授权转载自做書。``): the outlet it
# was taken from is the source; the whole line must be the credit, so prose never matches
_REPRINT_LINE_RE = re.compile(
    rf"^{REPRINT_CREDIT}\s*"
    r"(?P<src>[^\s，,。；;:：]{2,20}?)\s*" + REPRINT_LINK + r"[。.]?$"
)


# ``本文由「工商時報」授權轉載``: the outlet that granted the reprint, between 由 and 授权转载
_GRANTED_LINE_RE = re.compile(
    r"^本文由\s*[「“\"《]?(?P<src>[^\s，,。；;:：「」“”\"《》]{2,20}?)[」”\"》]?\s*"
    r"(?:授权|授權)(?:转载|轉載)\s*[。.]?$"
)


def _reprint_source(text: str) -> str | None:
    """The outlet a reprint credit with no colon names, the line whole or run into its end after
    the last sentence (misses49: ``…。本文转载自科技日报``), in the page's own characters."""
    norm = nfkc(text).strip("【】[]()（） ")
    if not (r := _REPRINT_LINE_RE.match(norm) or _GRANTED_LINE_RE.match(norm)):
        start = run_in_credit_start(norm)
        run = norm[start:].strip("【】[]()（） ") if start is not None else ""
        if not (r := _REPRINT_LINE_RE.match(run)):
            return None
    return _original(text, r["src"])


def _original(text: str, part: str) -> str:
    """``part`` of NFKC-normalised ``text`` in the page's own characters."""
    full, omap = nfkc_with_map(text)
    at = full.find(part)
    return text[omap[at] : omap[at + len(part)]] if at >= 0 else part


def strip_credit_brackets(value: str) -> str:
    """``value`` without the brackets around a credit line (``【编辑:田博群】``, ``(来源：X)``), but
    with a closer whose opener the value holds: its own (``来源：力扣（LeetCode）``)."""
    value = value.lstrip(" 【】[]()（）")
    end = len(value)
    while end and value[end - 1] in " 【】[]()（）":
        ch = value[end - 1]
        opener = CLOSERS.get(ch)
        if opener and value.count(opener, 0, end) >= value.count(ch, 0, end):
            break  # the value's own bracket closes here
        end -= 1
    return value[:end]


# A code listing's class (Hexo's ``figure.highlight`` > ``td.code`` > ``pre``, Hugo's
# ``div.highlight``, Prism's ``language-c``)
_CODE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:highlight|code|language|lang)(?:$|[\s_-])")


def _code_listing(el: Any) -> bool:
    """Whether ``el`` is a ``<pre>`` of a code listing: one holding ``<code>`` or inside a
    highlighter's box (hegongshan's C lesson prints ``作者：谭浩强，书名：C程序设计`` below the
    text: a program's output, not the post's credit)."""
    if el.tag != "pre":
        return False
    if el.find(".//code") is not None:
        return True
    for _ in range(3):  # the pre, its cell or box, the figure around them
        if _CODE_CLASS_RE.search(el.get("class") or ""):
            return True
        el = el.getparent()
        if el is None:
            return False
    return False


def _in_code_listing(el: Any) -> bool:
    """Whether ``el`` is a code listing's ``<pre>`` or inside one (a highlighter's line span)."""
    for _ in range(4):
        if el is None:
            return False
        if el.tag == "pre":
            return _code_listing(el)
        el = el.getparent()
    return False


# A publish label with no colon before a trailer line's date, bracketed or followed by a blank
# (the line's opening 【 is stripped before it is read)
_PUBLISH_LABEL_LEAD_RE = re.compile(
    r"[【\[(（]?\s*(?:发布|發布|發佈|发表|發表)(?:时间|日期|時間|日期)\s*(?:[】\])）]\s*|\s+)"
)


def trailer_fields(page: Page, paras: list[Block], skip: set[int]) -> dict[str, str]:
    """Fields of the labelled lines right after the body and of those ending it.

    The trailer of TRS and government pages (``发布日期：2019-03-06`` / ``责任编辑：龙慧`` /
    ``(责编：郝帅、杨迪)``). Only labelled values count, a bare date only on a line of its own.
    """
    out: dict[str, str] = {}
    last = paras[-1].idx
    # inside the body: short lines that start with a label (澎湃号 ``编辑|X`` / ``责编|Y`` /
    # ``来源|Z`` before a WeChat footer); the last three paragraphs may be any labelled line
    tail = [
        b
        for i, b in enumerate(paras[-15:], start=-len(paras[-15:]))
        if b.chars <= _TRAILER_MAX_CHARS
        and (
            i >= -3
            or (b.chars <= 40 and LABEL_RE.match(nfkc(b.text).lstrip("【[(（ ")))
            # a reprint credit above a 延伸閱讀 list the body keeps (dmsscrape-wealth-58979cfd)
            or (b.chars <= 40 and ("轉" in b.text or "转" in b.text) and _reprint_source(b.text))
        )
    ]
    # labelled lines the body cleaner left out, among its last paragraphs (sspai's
    # ``本文责编：@X`` above two promotion lines)
    in_body = {b.idx for b in tail}
    tail += [
        b
        for b in page.blocks[paras[-15:][0].idx : last]
        if b.idx not in in_body and b.idx not in skip and b.chars <= 40
        and LABEL_RE.match(nfkc(b.text).lstrip("【[(（ "))
    ]  # fmt: skip
    tail += [b for b in page.blocks[last + 1 : last + 1 + TRAILER_SPAN] if b.idx not in skip]
    far_from = last + 1 + TRAILER_SPAN
    for b in tail:
        if b.chars > _TRAILER_MAX_CHARS:
            if b.idx > last:
                break  # prose again: a related article or a comment, not the trailer
            continue
        if _in_code_listing(b.owner):
            continue  # a program's printed output or header comment, no credit of the page
        if (
            b.idx < last
            and _SENTENCE_END_RE.search(b.text)
            and not LABEL_RE.match(nfkc(b.text).lstrip("【[(（ "))
            and not _bracketed_run_in(nfkc(b.text))
        ):
            # a sentence with a label after it above the last paragraph: a caption's picture
            # credit (``图为园区一角。来源：视觉中国``) or prose, no credit of the page; a credit in
            # brackets closing a paragraph is one (cna: ``…。（編輯：X）``)
            continue
        if b.idx > last and section_after_text(b.text):
            # comments, related or previous/next articles: their dates are not ours; a 责任编辑
            # line may still close the page below a related list (TRS: ``[ 责任编辑：X ]``)
            far_from = b.idx + 1
            break
        norm = nfkc(b.text).strip("【】[]()（） ")
        line = b.text
        notice = _COPYRIGHT_NOTICE_RE.search(norm) if norm else None
        if notice:
            # ``如若转载，请注明出处：URL`` asks for a credit; it names no source. Credits may
            # stand before such a notice (jfdaily: ``栏目主编：X 文字编辑：Y 未经正式授权严禁转载``)
            line = norm = norm[: notice.start()].strip()
            if clause := _NOTICE_CLAUSE_RE.search(norm):
                line = norm = norm[: clause.start()].strip()
            if not LABEL_RE.search(norm):
                continue
        if not norm:
            continue
        if b.link * 2 > b.chars and not _PEOPLE_LABEL_LEAD_RE.match(norm):
            continue  # a link list; but ``本文责编：<a>@waychane</a>`` links only the name
        if LABEL_RE.search(norm) is None:
            if ("转" in norm or "轉" in norm) and (src := _reprint_source(b.text)):
                out.setdefault("source", src)
                continue
            m = DATE_RE.search(norm)
            # a bare date on a line of its own, the page's controls after it aside (举报, 分享到)
            bare = without_controls(norm, m) if m else ""
            if m and (posted := posted_on(norm)):
                # ``本文于 2021-03-12 发布在 代码 分类下`` (a Hexo theme's line under the text):
                # the page's publish date shown in a sentence (LABELLING.md session 23)
                out.setdefault("published_posted", posted)
            elif m and _PUBLISH_LABEL_LEAD_RE.fullmatch(norm[: m.start()]):
                # ``【发布时间】2024-05-20`` or ``发布时间 2024-05-20``: a publish label LABEL_RE
                # does not read (no colon), the date labelled all the same (dates80)
                out.setdefault("published", m.group(0))
            elif (
                m
                and len("".join(bare.split())) - len("".join(m.group(0).split())) <= 4
                and not as_of_date(norm, m.start())
            ):
                out.setdefault("published_bare", m.group(0))
            elif "刊" in norm and (printed := _PRINTED_IN_RE.match(norm)):
                out.setdefault("published_bare", printed["year"])
            continue
        fields = split_labelled_line(line)
        if "published" in fields and b.idx < last and _event_date(page, fields, b.idx + 1):
            # an event's 时间 line in the text (a meeting notice's ``时间：2017年4月24日（周一）
            # 全天`` over ``地点：…``): the event's day, not the page's
            fields.pop("published")
        for key, value in fields.items():
            value = strip_credit_brackets(value)  # a bracketed line: 【编辑:田博群】
            if key not in META_KEYS or not value:
                continue
            if key == "published" and "published" not in out:
                out["dateline"] = b.text  # names beside a trailer's date (``posted @ DATE X``)
            if key not in out:
                out[key] = value
            elif key == "editor":
                out[key] = add_names(out[key], value)  # 编辑|X then 责编|Y: both edited it
    last_text = paras[-1].text
    if paras[-1].chars > _TRAILER_MAX_CHARS and (run_in := run_in_credit(last_text)) is not None:
        # a 来源 or 编辑 credit run into the end of a long last paragraph (LABELLING.md: ``…看过
        # 人妖表演吗？来源：吱咕爱游``); the body cleaner cuts it off the paragraph
        # (the source under a key of its own: an outlet the date line names goes first, the
        # credit may close a commentary appended to the item, hexun's ``（来源：X 评论员 Y）``)
        for key, value in split_labelled_line(last_text[run_in:]).items():
            if key in ("source", "editor") and value:
                out.setdefault("run_in_" * (key == "source") + key, strip_credit_brackets(value))
        if src := _reprint_source(last_text[run_in:]):
            out.setdefault("run_in_source", src)  # ``…。本文转载自科技日报``: no colon
    if src := _attributed_source(last_text):
        out.setdefault("run_in_source", src)
    # an editor's or a source label set apart by the markup under the text or closing it, as
    # under the title (``<dt>责任编辑</dt><dd>X</dd>``, ``<td>责任编辑：</td><td>X</td>``;
    # robust52's variants); each editor's slot names one (``编辑 X 责任编辑 Y``)
    after = [b for b in page.blocks[paras[-3:][0].idx : far_from] if b.idx not in skip]
    for key in _CREDIT_KEYS:
        if key not in out and (cells := list(_label_cells(after, key))):
            out[key] = cells[0]
            for cell in cells[1 : len(cells) if key == "editor" else 1]:
                out[key] = add_names(out[key], cell)
    if "editor" not in out:
        _far_editor(page, far_from, last + 1 + 2 * TRAILER_SPAN, skip, out)
    return out


# ``…。（据新华社）`` / ``（据新华社客户端报道）`` closing the text: an attribution naming one outlet
# (LABELLING.md, labelcheck4: source, as a run-in 據中國青年報…消息 gives one), by an outlet's
# ending or a Latin name (``（据统计）``, ``（据了解）`` name none); several outlets or a compilation
# (``（据新华社、央视报道）``, ``（据综合报道）``) name none, nor does a bracket inside a sentence
ATTRIBUTED_RE = re.compile(
    r"[。！？!?”」]\s*[(（]\s*(?:据|據)\s*"
    r"(?P<src>[^\s()（）、，,;；等]{1,14}?(?:社|报|報|网|網|台|客户端|客戶端|新闻|新聞|频道|頻道)"
    r"|[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?)"
    r"\s*(?:报道|報道|報導|报导|消息|电|電)?\s*[)）]\s*$"
)


def _attributed_source(text: str) -> str | None:
    """The one outlet of a ``（据X）`` attribution closing the text, in the page's characters."""
    m = ATTRIBUTED_RE.search(nfkc(text))
    if m is None or m["src"].startswith(("综合", "綜合")):
        return None
    return _original(text, m["src"])


_SENTENCE_END_RE = re.compile(r"[。！？!?]")


def _bracketed_run_in(norm: str) -> bool:
    """True when ``norm`` ends with a 来源 / 编辑 credit in brackets after its last sentence."""
    run = run_in_credit_start(norm)
    return run is not None and norm[run:].lstrip()[:1] in "(（【["


# ``刊登在 2004 华夏快递 kd040308.`` under the text: the year the issue printed it, no day shown
# (an issue code is no day); the year alone, at year precision
_PRINTED_IN_RE = re.compile(
    r"^(?:刊登在|刊登于|刊登於|刊于|刊於)\s*(?P<year>(?:19|20)\d{2})\s*年?(?:\s|$)"
)

# Far below the text a bare 编辑 may be a menu's or a form's word: only the labels that say
# "editor of this article" count there.
FAR_EDITOR_LABELS: tuple[str, ...] = tuple(
    lab for lab in LABELS["editor"] if lab not in ("编辑", "編輯")
)
_EDITOR_LEAD_RE = re.compile(rf"^(?:{alternation(FAR_EDITOR_LABELS)})\s*[:|]")
# A character every label of FAR_EDITOR_LABELS has.
_FAR_EDITOR_HINT_RE = re.compile(r"[编編稿]")
# A bare 编辑 label, and the label of an article's tag list (NFKC text).
_BARE_EDITOR_LEAD_RE = re.compile(r"^(?:编辑|編輯)\s*:\s*\S")
_BARE_EDITOR_AFTER_RE = re.compile(r"(?<=\s)(?:编辑|編輯)\s*:\s*\S")
_TAGS_LABEL_RE = re.compile(r"(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|(?i:tags?))\s*:")

# Bracketed page controls leading a line: ``【关闭】【打印】 【纠错】``, or set apart by bars
# (``【关闭】 | 【打印】 | 【纠错】 | [责任编辑：X]``).
CONTROLS_LEAD_RE = re.compile(r"^(?:\s*[【\[][^】\]]{1,4}[】\]]\s*[|丨｜]?)+\s*")


def _far_editor(page: Page, start: int, end: int, skip: set[int], out: dict[str, str]) -> None:
    """A 责编 line further below the text, past a table of contents or a tag strip (sspai's
    ``本文责编：@X`` under the digest's item list) or a related list (taiwan.cn): blocks
    ``start`` to ``end``, only through short lines, no prose between."""
    for b in page.blocks[start:end]:
        if b.chars > _TRAILER_MAX_CHARS:
            return  # prose again: another article or a comment
        if b.idx in skip or b.chars > 60 or not _FAR_EDITOR_HINT_RE.search(b.text):
            continue  # no editor label in it (checked raw: NFKC of every block costs)
        # page controls may lead the line (xinhuanet: ``【关闭】【打印】 【纠错】 [责任编辑： X ]``)
        text = CONTROLS_LEAD_RE.sub("", b.text)
        norm = nfkc(text).strip("【】[]()（） ")
        if b.idx not in skip and len(norm) <= 30 and _EDITOR_LEAD_RE.match(norm):
            value = strip_credit_brackets(split_labelled_line(text).get("editor", ""))
            if value:
                out["editor"] = value
            return
        # the article's tag line below a related list, its editor before the tags (chinadaily:
        # ``<span>编辑：X</span> 标签： 美国``) or after them (``标签：美国&nbsp;&nbsp;编辑：X``):
        # a menu's bare 编辑 has no tag label beside it
        if tags := _TAGS_LABEL_RE.search(norm):
            after = _BARE_EDITOR_AFTER_RE.search(norm, tags.end())
            parts = [norm[: tags.start()]] if _BARE_EDITOR_LEAD_RE.match(norm) else []
            parts += [norm[after.start() :]] if after else []
            for part in parts:
                if value := split_labelled_line(part).get("editor", "").strip():
                    out["editor"] = value
                    return
        # the whole trailer below a related list, a 来源 with the 编辑 (hkwb.net: ``[来源：
        # 中国新闻网 ] [作者：] [编辑：X]``): a menu's bare 编辑 stands with no 来源 beside it
        if "来源" in norm and LABEL_RE.match(norm):
            fields = split_labelled_line(text)
            editor, source = fields.get("editor"), fields.get("source")
            if editor and source:
                out["editor"] = editor
                out.setdefault("source", source)
                return
        # or the credits' pair opening the line, its 作者 slot maybe empty (cnhubei: ``（作者：
        # &nbsp;编辑：X）``): a menu's bare 编辑 has no 作者 label before it either
        if norm.startswith("作者") and "编辑" in norm and LABEL_RE.match(norm):
            fields = split_labelled_line(text)
            editor = strip_credit_brackets(fields.get("editor") or "")
            if editor and "author" in fields:
                out["editor"] = editor
                return


_PUBLISHER_LEAD_RE = re.compile(rf"^(?:{alternation(LABELS['publisher'])})\s*:?\s*")


def box_publisher(page: Page, end: int) -> str | None:
    """The publishing office a 信息公开 box names above the text (blocks before ``end``): its
    label and value on one line, or the label alone with the value in the next element (yichun:
    ``<label>发布机构：</label><div>宜春市统计局</div>``)."""
    for b in page.blocks[: max(0, end)]:
        if b.chars > 40 or ("机" not in b.text and "機" not in b.text and "部" not in b.text):
            continue  # no label of the key in it (checked raw: NFKC of every block costs)
        if not _PUBLISHER_LEAD_RE.match(nfkc(b.text).strip()):
            continue
        value = split_labelled_line(b.text).get("publisher")
        if not value and b.idx + 1 < end:
            nxt = page.blocks[b.idx + 1]
            norm = nfkc(nxt.text).strip()
            if nxt.chars <= 30 and not LABEL_RE.match(norm) and not DATE_RE.search(norm):
                value = nxt.text.strip()
        if value:
            return value
    return None


_DAY_RE = re.compile(r"^(?P<d>0?[1-9]|[12]\d|3[01])日?$")

_YEAR_MONTH_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>0?[1-9]|1[0-2])\s*月?$")

#: A calendar badge in one block: the day before the year and month (``05 2024-03``, ``052024.03``),
#: or after them with a space (``2024年03月 05``).
_BADGE_RE = re.compile(
    r"^(?:(?P<d0>0?[1-9]|[12]\d|3[01])日?\s*(?P<y0>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m0>0?[1-9]|1[0-2])月?"
    r"|(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>0?[1-9]|1[0-2])月?\s+(?P<d>0?[1-9]|[12]\d|3[01])日?)$"
)


# ``发布时间：01-18`` (yqxbc): a publish label before a month and day with no year. The line is the
# date line all the same, so its people are read; the date stays null (no year shown: misses75)
_LABELLED_MONTH_DAY_RE = re.compile(
    rf"(?:{'|'.join(PUBLISH_DATE_LABELS)})\s*:\s*\d{{1,2}}-\d{{1,2}}(?![\d-])"
)


def _kept_meta_people(b: Block, out: dict[str, str]) -> None:
    """The people of a date line with labelled items that has no element of its own, so no
    meta line was found: an inline element in the text's container (ltn's ``<div class=text>
    <span>DATE 来源：X</span><p>…``, sina's ``<h1>…</h1><cite>OUTLET (DATE) 责编：X</cite>``)."""
    if b.chars > 80 or _DIGIT_RE.search(b.text) is None:
        return  # a date needs a digit (most header lines have none: no NFKC, no regex)
    if "source" in out and "editor" in out and "author" in out:
        return
    norm = nfkc(b.text)
    if (
        DATE_RE.search(norm) is None and _LABELLED_MONTH_DAY_RE.search(norm) is None
    ) or LABEL_RE.search(norm) is None:
        return
    fields = split_labelled_line(b.text)
    if _is_meta(fields, b.text):
        for key in ("author", "editor", "source"):
            if fields.get(key):
                out.setdefault(key, fields[key])


# A labelled item closing a line after a wide gap (NFKC text: two spaces or more)
_GAPPED_ITEM_RE = re.compile(r"\s{2,}(?P<item>\S[^\s]{0,8}\s*[:|]\s*\S{2,20})\s*$")


def _gapped_item(norm: str) -> str | None:
    """The labelled item after a wide gap that closes a line with no sentence in it."""
    if "  " not in norm or _SENTENCE_END_RE.search(norm):
        return None
    m = _GAPPED_ITEM_RE.search(norm)
    return m["item"] if m and LABEL_RE.match(m["item"]) else None


# How many short lines above the headline may hold its editor or source line.
_ABOVE_TITLE_SPAN = 3


def _short_line(b: Block, norm: str) -> bool:
    """True for a line short enough to be a labelled line of its own (a long web address after
    its label counts as short: ``新闻来源： http://…``)."""
    return b.chars <= 60 or (b.chars <= 300 and _URL_VALUE_LINE_RE.match(norm) is not None)


_CREDIT_KEYS = ("editor", "source")


def _add_fields(out: dict[str, str], text: str, keys: tuple[str, ...] = META_KEYS) -> None:
    """Add to ``out`` the ``keys`` fields of labelled ``text`` that ``out`` has no value for yet."""
    for key, value in split_labelled_line(text).items():
        if key in keys and value:
            out.setdefault(key, value)


def _button_row(b: Block, label: str) -> bool:
    """True for a row of links whose label word is one of them, no colon after it: the page's
    buttons under a headline (an encyclopedia's ``编辑 锁定 讨论 上传视频``), no credit line; a
    credit's label stands unlinked or takes a colon (``作者：<a>X</a>``)."""
    return b.link >= b.chars and not label.rstrip().endswith((":", "|", "/", "丨"))


def header_fields(
    page: Page, title_idx: int, paras: list[Block], excluded: set[int], out: dict[str, str]
) -> None:
    """Add to ``out`` the fields of labelled lines of their own between the title and the text."""
    header = page.blocks[title_idx + 1 : paras[0].idx]
    # the cells of a byline sit right under the title
    if "author" not in out and (cell := _label_cell(header[:12], "author")):
        out["author"] = cell
    # a labelled line of its own between the title and the text (``来源于：东区办事处``)
    for b in header:
        if _in_code_listing(b.owner):
            continue  # a program's lines (eurkon.com's Markdown front matter ``date: …``)
        # page controls may lead the line (xinhuanet's ``【纠错】 [责任编辑：X]``, moved above)
        text = CONTROLS_LEAD_RE.sub("", b.text) if b.text[:1] in "【[" else b.text
        norm = nfkc(text).lstrip("【[(（ ")
        if _short_line(b, norm) and b.idx not in excluded and (label := LABEL_RE.match(norm)):
            if not _button_row(b, label.group(0)):
                _add_fields(out, text)
        elif b.idx not in excluded:
            _kept_meta_people(b, out)
            if b.chars <= 160 and "|" in norm and (outlet := byline_outlet(b.text)):
                out.setdefault("slot_outlet", outlet)  # ``By X | China Daily | Updated: DATE``
            if b.chars <= 120 and (item := _gapped_item(norm)):
                # a line that repeats or extends the headline, a labelled item after a wide gap
                # (zsnews: ``<subtitle>&nbsp;&nbsp;来源于：东区办事处``)
                _add_fields(out, item, _CREDIT_KEYS)
        if b.chars <= 200 and "published_posted" not in out and (posted := posted_on(norm)):
            # ``本文于 2019-09-05 10:12 由 X 发布`` under the title: the publish date shown
            out["published_posted"] = posted
        # any date written between the title and the text, even inside a longer line (``本文于
        # 2019-09-05 10:12 由…发布``): the published chain's last resort before the URL
        if (
            b.chars <= 200
            and "published_header" not in out
            and (
                b.link * 2 <= b.chars
                or (DATE_RE.search(norm) is not None and _permalink_date(page, b, title_idx))
            )
        ):
            m = DATE_RE.search(norm)
            if (
                m
                and not labels_other_date(norm, m.start())
                and not _event_label_above(page, b)
                and not _AD_BADGE_RE.search(norm)
                # the meta line's refusals: a calendar's today (``今天是2026年11月28日``) and a
                # row of a dated headline list (related news under the title; a list item, as
                # the block beside a post's text is not: CSDN's 分类 line above its text)
                and not _TODAY_RE.search(norm[: m.start()])
                and not _not_this_items_date(page, b, norm, m)
                and not (b.link and b.owner.tag == "li" and _in_dated_list(b.owner))
                # the day in a source address's path is no date the line shows
                and not _URL_VALUE_LINE_RE.match(norm)
            ):
                out["published_header"] = m.group(0)
        if (
            "published_header" not in out
            and "刊" in norm
            and (printed := _PRINTED_IN_RE.match(norm))
        ):
            # the year under the title as under the text (one rule for the shape,
            # LABELLING.md decide76): ``刊登在 2004 华夏快递 kd040308.``
            out["published_header"] = printed["year"]
    # an editor's or a source label set apart by the markup, no colon (``<dt>来源</dt><dd>X</dd>``)
    for key in _CREDIT_KEYS:
        if key not in out and (cell := _label_cell(header[:12], key)):
            out[key] = cell
    # an editor's or a source line of its own right above the headline (a template that sets
    # ``责任编辑：X`` or ``来源：X`` over the title): the nearest short lines, no prose between
    for b in reversed(page.blocks[max(0, title_idx - _ABOVE_TITLE_SPAN) : title_idx]):
        norm = nfkc(b.text).lstrip("【[(（ ")
        if not _short_line(b, norm):
            break
        if b.idx not in excluded and LABEL_RE.match(norm):
            _add_fields(out, b.text, _CREDIT_KEYS)
    # a bracketed label opening the text, its value after it (gztz: ``(作者或来源) 品味`` in a
    # span right under the h1): a slot of the template the body kept, not a sentence
    first = paras[0]
    if first.chars <= 40 and first.idx > title_idx and first.text.lstrip()[:1] in "【[(（":
        norm = nfkc(first.text).lstrip("【[(（ ")
        label = LABEL_RE.match(norm)
        if label and ")" in label.group(0):  # the label's own bracket closes it
            _add_fields(out, first.text)
    _kept_meta_people(first, out)
    if "published_header" not in out:
        # a calendar badge: the day in one block, the year and month in the next (``21`` /
        # ``2024年02月``), in either order, or both in one block when the template sets them in
        # two inline elements (``<span>05</span><span>2024-03</span>`` reads ``052024-03``)
        header = page.blocks[title_idx + 1 : paras[0].idx]
        for b in header:
            if b.chars <= 16 and (one := _BADGE_RE.match(nfkc(b.text).strip())):
                y, mo, d = (one[k] or one[f"{k}0"] for k in "ymd")
                out["published_header"] = f"{y}-{int(mo):02d}-{int(d):02d}"
                return
        for a, b in zip(header, header[1:], strict=False):
            for day, ym in ((a, b), (b, a)):
                d = _DAY_RE.match(nfkc(day.text).strip())
                y = _YEAR_MONTH_RE.match(nfkc(ym.text).strip())
                if d and y:
                    out["published_header"] = f"{y['y']}-{int(y['m']):02d}-{int(d['d']):02d}"
                    return


def _permalink_date(page: Page, b: Block, title_idx: int) -> bool:
    """True when a date in ``b`` links to where the headline links: the entry's permalink, as
    blogs print the date (goo blog: ``<a href=post>2020年07月03日</a> | <a>category</a>``), not
    a related item's date, which links elsewhere."""
    heads = {a.get("href") for a in page.blocks[title_idx].owner.iter("a") if a.get("href")}
    return bool(heads) and any(
        a.get("href") in heads and DATE_RE.search(nfkc(node_text(a))) for a in b.owner.iter("a")
    )


# A people label with no colon, set apart by the markup: a table cell or a ``<dt>`` of its own
# (``<td>作者</td><td>张三</td>``, ``<dt>来源</dt><dd>科技日报</dd>``), or an element of its own at
# the start of a line (PTT's ``<span>作者</span><span>X (nick)</span>``); the value is the next
# cell, or the rest of the line.
CELL_LABELS = {key: alternation(LABELS[key]) for key in ("author", "editor", "source")}
# ``<td>文/</td><td>X、Y</td>``: the slash form of 文 is a writer's label in a cell as on a line
CELL_LABELS["author"] += r"|文\s*[/／]"
_CELL_LEAD_RE = {key: re.compile(rf"\s*(?:{alt})") for key, alt in CELL_LABELS.items()}
# the label's own cell may end in a bar instead of a colon (``<td>来源丨</td>``, as a line's 来源丨X)
_CELL_WORD_RE = {key: re.compile(rf"^(?:{alt})\s*[:：丨|]?$") for key, alt in CELL_LABELS.items()}
# A value that can be a name: short, no label, no date, no sentence punctuation.
_CELL_VALUE_RE = re.compile(r"^[^\s:：，。！？；]{2,16}(?:\s*[(（][^()（）]{1,16}[)）])?$")


def _label_cell(header: list[Block], key: str) -> str | None:
    """The name beside a ``key`` label (author, editor, source) that the markup, not a colon,
    sets apart."""
    return next(_label_cells(header, key), None)


def _label_cells(header: list[Block], key: str) -> Iterator[str]:
    """Each name beside a ``key`` label that the markup sets apart, in page order."""
    lead_re, word_re = _CELL_LEAD_RE[key], _CELL_WORD_RE[key]
    for i, b in enumerate(header):
        if b.chars <= 40 and (value := _label_child_value(b.owner, word_re, key)):
            yield value
            continue
        if b.chars > 40 or not lead_re.match(b.text):
            continue
        text = nfkc(b.text).strip()
        if word_re.match(text):
            if i + 1 < len(header) and b.owner.tag in ("td", "th", "dt"):
                value = nfkc(header[i + 1].text).strip()
                if header[i + 1].owner.tag in ("td", "dd") and is_cell_name(value, True):
                    yield value
            continue
        first = next(iter(b.owner), None)
        lead = (
            nfkc(node_text(first)).strip()
            if first is not None and not (b.owner.text or "").strip()
            else ""
        )
        if key != "author" and first is not None and first.tag == "a":
            continue  # a forum's ``<a>编辑</a><a>删除</a>`` buttons: no editor's slot
        if lead and word_re.match(lead) and text.startswith(lead):
            value = text[len(lead) :].strip()
            if is_cell_name(value):
                yield value


def opening_cell_author(paras: list[Block]) -> str | None:
    """The name in a ``作者`` cell pair among the short lines opening the text: a forum post's
    header box that the text's container holds (PTT's ``<span>作者</span><span>TyuzuChou
    (子瑜我老婆)</span>`` over 看板 / 標題 / 時間 cells, no title found above it)."""
    for b in paras[:4]:
        if b.chars > 40:
            return None  # the text has begun: a cell after it is no header's
        if value := _label_child_value(b.owner, _CELL_WORD_RE["author"], "author"):
            return value
    return None


_BUTTON_TAGS = ("a", "button")


def _label_child_value(owner: Any, word_re: re.Pattern[str], key: str) -> str | None:
    """The name in the element right after a child that holds only a label word, nothing
    between them (``<span class=label>来源</span><span>X</span>`` anywhere in a line): the
    markup parts the label from its value, as a colon would. A link or a button is no label
    (a forum's ``<a>编辑</a><a>删除</a>``), nor an editor's name (a source's outlet may be one)."""
    children = [c for c in owner if isinstance(c.tag, str)]
    for child, nxt in zip(children, children[1:], strict=False):
        if child.tag in _BUTTON_TAGS or (child.tail or "").strip() or len(child):
            continue
        if not word_re.match(nfkc(child.text or "").strip()):
            continue
        value = nfkc(node_text(nxt)).strip()
        if (key != "editor" or nxt.tag not in _BUTTON_TAGS) and is_cell_name(value, True):
            return value
    return None


# A cell of its own may hold a few names or an office and a name parted by blanks (nuc-cst's
# ``<td>荆沛栋 周慧琪 任雅娟 蔺晓琳</td>``, ``<dd>国际公寓部 王爽</dd>``): each a word of CJK.
# a value cell's names parted by blanks, 、 or commas (``张明华，王小红``), or one two-character name
# padded for layout (``方 汉``, LABELLING.md's twenty-first round: one name)
_CELL_WORDS_RE = re.compile(
    r"^[\u4e00-\u9fff·]{2,12}(?:(?:\s+|\s*[、，,]\s*)[\u4e00-\u9fff·]{2,12}){1,3}$"
    r"|^[\u4e00-\u9fff]\s+[\u4e00-\u9fff]$"
)


def is_cell_name(value: str, cell: bool = False) -> bool:
    """True for a short value with letters that is not a label (glued or not) or a date;
    ``cell``: the value is an element of its own, which may hold a few blank-parted names."""
    return bool(
        (_CELL_VALUE_RE.match(value) or cell and _CELL_WORDS_RE.match(value))
        and re.search(r"[\u4e00-\u9fff]|[A-Za-z]{2}", value)
        and not LABEL_RE.match(value)
        and not DATE_RE.search(value)
        and not glued_label(value)
    )
