"""Body: the lines around the text's start: a date line set inside it, a lede, a lead beside the headline."""

from __future__ import annotations

import re

from ..gate import gated
from ..labels import (
    DATE_RE,
    WEB_ADDRESS_RE,
    without_controls,
)
from ..page import Block, Page, holds
from ..text import nfkc, nfkc_compact
from .clean import CONTROL_LINE, SENTENCE_END

LEDE_LABEL_RE = re.compile(
    r"^\s*[【\[]?(?:导读|摘要|内容提要|内容摘要|核心提示|導讀|摘要)[】\]]?\s*:?"
)

ELLIPSIS_RE = re.compile(r"(?:\.{2,}|…+|。{3,})\s*$")
_ELLIPSIS_EACH = gated(ELLIPSIS_RE, each=True)


#: A date line (a date, its time, a view counter) is at most this long.
_MAX_DATE_LINE = 40
#: A picture's caption above the date line is at most this long.
MAX_CAPTION = 120
# What a bare date line holds besides its date: separators and the time written apart
# (``2014-12-13 / 12:30``, ``12:30 2014-12-13``).
_DATE_LINE_REST = re.compile(
    r"^[/|丨｜│·\-–—,]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[/|丨｜│·\-–—,]*(?P<more>.*)$"
)


def _bare_date(b: Block) -> bool:
    """True when ``b`` is a date and nothing else a reader reads (its time, separators, the
    page's controls such as a view counter aside)."""
    if b.chars > _MAX_DATE_LINE:
        return False
    norm = nfkc(b.text)
    m = DATE_RE.search(norm)
    if m is None:
        return False
    for rest in (norm, without_controls(norm, m)):
        at = rest.find(m.group(0))
        more = _DATE_LINE_REST.match("".join((rest[:at] + rest[at + len(m.group(0)) :]).split()))
        # what is left past the time and the separators: nothing, or the page's controls
        if more is not None and (not more["more"] or CONTROL_LINE.match(more["more"])):
            return True
    return False


def split_date_line(paras: list[Block]) -> tuple[Block | None, list[Block]]:
    """A bare date opening the text (after the lead picture's captions, if any) is the page's
    date line set inside the text's box, not a paragraph (ltn: ``<div id=newstext><span>
    2014-12-13 12:30</span><p>…``; in 2018 under the photo and its caption): it and the rest."""
    for k, b in enumerate(paras[:-1]):
        if _bare_date(b):
            return b, paras[:k] + paras[k + 1 :]
        if b.img is None or b.chars > MAX_CAPTION:
            break
    return None, paras


def find_lede(
    page: Page,
    paras: list[Block],
    after: int,
    meta_blocks: list[Block],
    title_idx: int | None,
    rules: dict[str, str],
) -> tuple[str | None, list[Block]]:
    """A short block before the body whose text is a prefix of the first paragraph (or labelled)."""
    lede_block = None
    if paras:
        lo = after if meta_blocks else (title_idx + 1 if title_idx is not None else paras[0].idx)
        between = [b for b in page.blocks[lo : paras[0].idx] if b.link * 2 <= b.chars]
        for b in between + paras[:1]:
            rest = [p for p in paras if p.idx > b.idx]
            if not rest:
                break
            if b is not paras[0] and LEDE_LABEL_RE.match(nfkc(b.text)):
                # a labelled summary apart from the text; one opening the text's own block
                # (【摘要】 as its first paragraph) is body (LABELLING.md, fifteenth round)
                lede_block, rules["lede"] = b, "label"
                break
            if b.img is not None and b is paras[0]:
                continue  # a caption under the text's picture is the text's (中青网: its words
                # open the first paragraph too, and the reader sees both)
            text = b.text
            if _ELLIPSIS_EACH.search(text) is not None:  # re tried every character for \.{2,}
                text = ELLIPSIS_RE.sub("", text)
            stem = nfkc_compact(text)
            first = nfkc(rest[0].text)
            # the text's own first paragraph may carry the label (导读：…) that a summary box
            # above it repeats without: the box is the lede, the labelled paragraph the text's
            label = LEDE_LABEL_RE.match(first) if b.idx < paras[0].idx else None
            first = nfkc_compact(first[label.end() :] if label else first)
            if len(stem) >= 8 and first.startswith(stem) and (label or len(stem) < len(first)):
                lede_block, rules["lede"] = b, "prefix"
                break
    if lede_block is None:
        return None, paras
    return lede_block.text, [p for p in paras if p is not lede_block]


#: A lead paragraph beside the headline is prose this long (characters) at least, of two
#: sentences or more: a deck under the headline is one sentence.
_MIN_LEAD_BESIDE = 100


def lead_beside_headline(
    page: Page, paras: list[Block], title_idx: int | None, excluded: set[int]
) -> list[Block]:
    """``paras`` with the story's lead paragraph first when it stands beside the headline.

    東方日報 sets the opening paragraph in a box with the h1 (``<div><h1/><div><p>lead</p></div>
    </div>``), ads and a side column between it and the text's container: one unlabelled prose
    paragraph sharing the headline's wrapper, the text's container outside it, nothing else of
    prose between them. A repeated or labelled summary is ``find_lede``'s, not this.
    """
    if title_idx is None or not paras or paras[0].idx <= title_idx + 1:
        return paras
    between = [
        b for b in page.blocks[title_idx + 1 : paras[0].idx] if b.idx not in excluded and b.chars
    ]
    if not between:
        return paras
    lead = between[0]
    if (
        lead.chars < _MIN_LEAD_BESIDE
        or lead.link
        or len(SENTENCE_END.findall(lead.text.rstrip())) < 2
        or LEDE_LABEL_RE.match(nfkc(lead.text))
        or any(b.chars - b.link >= 25 for b in between[1:])
    ):
        return paras
    box = page.blocks[title_idx].owner.getparent()
    if box is None or box.tag in ("body", "html"):
        return paras
    # (``holds`` reads up the ancestors: no set of id()s of the box's transient lxml proxies,
    # whose ids lxml may reuse for other elements)
    if not holds(box, lead.owner) or holds(box, paras[0].owner):
        return paras
    return [lead, *paras]


# The label of a line that links the original a translated post translates (``原文：``)
_ORIGINAL_LABEL_RE = re.compile(r"^(?:英文)?原文(?:标题|標題)?\s*[:：]\s*")


def original_title_line(paras: list[Block]) -> Block | None:
    """A line opening the text that is ``原文：`` and the original's title, linked (a translated
    news post: ``原文：<a>Changes to default password hashing algorithm</a>``): an attribution,
    no text. A linked address after the label (``原文链接：https://doi.org/…``, the paper a
    commentary discusses) is a reference the text keeps."""
    for b in paras[:2]:
        norm = nfkc(b.text).strip()
        m = _ORIGINAL_LABEL_RE.match(norm)
        if m and b.link * 4 >= b.chars * 3 and not WEB_ADDRESS_RE.match(norm, m.end()):
            return b
    return None
