"""A blog post's copyright box under the text, and the writers it names.

Blog themes print the post's own copyright box under the text, and it names the writer; a licence
word (labels.LICENCE_WORD_RE: 许可协议, 版权声明, ...) beside the label tells the box's 作者 from
another item's. The box comes in two shapes, each read by its own rule here:

- ``licence_box_author``: the label and the name in blocks of their own, no colon (Hexo Fluid,
  Icarus: ``作者`` / the name, ``发布于`` / the date, ``许可协议`` / the licence). It stands right
  under the text, so it is read within the trailer's window (trailer.TRAILER_SPAN), and its
  name is a cell's value (label_cells.is_cell_name). The extractor keeps it apart
  (``licence_author``): it vouches for a name the site-name drops would take out (a blog named
  after its owner).
- ``licence_line_author``: labelled colon lines (Hexo NexT, Hugo Maupassant / even:
  ``本文作者： Gongshan He`` / ``本文链接： URL`` / ``版权声明： …``, or ``原文作者：`` /
  ``原文链接：``). The trailer reads such a line within ``TRAILER_SPAN`` blocks of the text and stops
  at a related list's heading; where the text ends early (a table the body leaves out, a long code
  listing) or a 相关阅读 list stands between (qcrao.com), the box lies past that window and the
  blog's title or its owner name was taken instead of the name the box labels. The author line,
  the link line right under it and a licence word beside them make the box: no related row and no
  comment prints that pair, so the box is read as far as ``LICENCE_SPAN`` blocks after the text
  (audit106, issue 10), and its name is the trailer's 作者 when the trailer has none.
- ``licence_original``: a translated post's box, ``本文作者：X`` beside ``原文作者：Y`` and a licence
  word: both are the writers (the lead, session 31); the people step joins the one it did not
  read to the one it did (``X、Y``).
- ``licence_poster``: the box's sentence naming who posted the post (WordPress Puock:
  ``版权声明：本站原创文章，由 NAME 于 DATE 发表，共计N字。``; ``本文由 NAME 发布于 DATE``): the
  writer, as NexT's ``本文作者：`` is (the lead's session 28), read as the trailer's 作者 too.
"""

from __future__ import annotations

import re

from .label_cells import (
    CELL_LABELS,
    LABEL_CELL_TAGS,
    VALUE_CELL_TAGS,
    is_cell_name,
    label_child_value,
)
from .labels import LABEL_RE, LICENCE_WORD_RE, split_labelled_line
from .page import Block, Page
from .text import nfkc
from .trailer import TRAILER_SPAN

# The Fluid / Icarus box's author label, alone in its block: a cell's writer label or ``author``
_AUTHOR_CELL_WORD_RE = re.compile(rf"^(?:{CELL_LABELS['author']}|(?i:author))\s*[:：]?$")


def licence_box_author(page: Page, last: int) -> str | None:
    """The name under a ``作者`` label of its own in the post's licence box after the text
    (``last``: the text's last block): the label's block, the name's next to it, and a licence
    word in the box's lines around them. A lone 作者 cell elsewhere names no one here."""
    blocks = page.blocks[last + 1 : last + 1 + TRAILER_SPAN]
    for i, b in enumerate(blocks[:-1]):
        if b.chars > 8 or not _AUTHOR_CELL_WORD_RE.match(nfkc(b.text).strip()):
            continue
        value = nfkc(blocks[i + 1].text).strip()
        if not is_cell_name(value):
            continue
        start = max(0, i - 3)
        around = blocks[start : i + 8]
        at = next((k for k, x in enumerate(around) if LICENCE_WORD_RE.search(x.text)), None)
        if at is None:
            continue
        # a colon 作者 line between the lone label and the licence word (``原文作者：X`` over
        # ``原文链接：``) is the box's own credit: the lone 作者 above it is a comment's badge over
        # the writer's reply (a WeChat copy's thread, audit300), which names no writer here
        if not any(
            _AUTHOR_LINE_RE.match(nfkc(x.text).strip())
            for x in blocks[i + 2 : start + at]
            if x.chars <= 40 and "作" in x.text
        ):
            return value
    return None


# blocks after the text's last one that the colon-line box may stand in (hegongshan.com: 36
# blocks past a table the body leaves out, 65 past a code listing with its gutter's line numbers,
# 230 past a long C listing): the box's three lines, not the distance, tell it from other items' rows
LICENCE_SPAN = 300

# NexT's box also labels a contributed post's writer ``原作者： 旋火`` over ``本文链接：`` (冰灵制作组's
# reposts, hunt214): the same box line, so 原 alone leads it as 原文 does
_AUTHOR_LINE_RE = re.compile(
    r"^(?P<lead>本文|原文|文章|原)?(?:作者|作\s者)\s*[:：]\s*(?P<name>\S(?:[^\n:：]{0,28}\S)?)$"
)
_LINK_LINE_RE = re.compile(r"^(?:本文|原文|文章)(?:链接|鏈接|連結|地址)\s*[:：]")
_URL_RE = re.compile(r"(?i)https?:|www\.|\.(?:com|cn|net|org)\b")


def _name(value: str) -> bool:
    """True for a writer's short name: letters, four words at most, no address or date."""
    return bool(
        re.search(r"[\u4e00-\u9fff]|[A-Za-z]{2}", value)
        and len(value.split()) <= 4
        and not _URL_RE.search(value)
        and not re.search(r"\d{4}", value)
    )


def licence_line_author(page: Page, last: int) -> str | None:
    """The name a post's copyright box labels (``本文作者：X`` over ``本文链接：``, a licence word
    beside them) after the text's last block ``last``, or None."""
    blocks = page.blocks[last + 1 : last + 1 + LICENCE_SPAN]
    for i, b in enumerate(blocks[:-1]):
        # 作 has no other NFKC source: a block without it holds no author line, and most of the
        # 300 blocks after the text are skipped without their NFKC and the regex (perf26)
        if b.chars > 40 or "作" not in b.text:
            continue
        m = _AUTHOR_LINE_RE.match(nfkc(b.text).strip())
        # or the label and the name in elements of their own, no colon (Matery's reprint box as
        # another theme sets it: ``<span>文章作者</span><span>X</span>`` over ``文章链接:``)
        name = m["name"] if m is not None else label_child_value(b, "author")
        if not name or not _name(name):
            continue
        if not any(_LINK_LINE_RE.match(nfkc(x.text).strip()) for x in blocks[i + 1 : i + 3]):
            continue
        if any(LICENCE_WORD_RE.search(x.text) for x in blocks[max(0, i - 3) : i + 5]):
            return name
    return None


def licence_original(page: Page, last: int) -> tuple[str, str] | None:
    """(X, Y) of a translated post's licence box after the text's last block ``last``: a
    ``本文作者：X`` line and a ``原文作者：Y`` line within three blocks of each other, a licence word
    (版权声明, 许可协议) beside them; None for any other box. 本文作者 claims this text, 原文作者 the
    original's: both wrote what the reader reads, as a blogger and his translator do (the lead,
    session 31). A lone 原文作者 line, or the pair with no licence word near (a repost's note),
    is read as before."""
    blocks = page.blocks[last + 1 : last + 1 + LICENCE_SPAN]
    for i, b in enumerate(blocks):
        if (original := _led_author_line(b, "原文")) is None:
            continue
        for j in range(max(0, i - 3), min(len(blocks), i + 4)):
            if (own := _led_author_line(blocks[j], "本文")) is None:
                continue
            around = blocks[max(0, min(i, j) - 3) : max(i, j) + 5]
            if any(LICENCE_WORD_RE.search(x.text) for x in around):
                return own, original
    return None


def _led_author_line(b: Block, lead: str) -> str | None:
    """The name of ``b`` when it is a short ``{lead}作者：NAME`` line (``原文作者：Y``,
    ``本文作者：X``), else None."""
    # the lead's 作 has no other NFKC source: blocks without it skip NFKC and the regex
    if b.chars > 40 or lead + "作" not in b.text:
        return None
    m = _AUTHOR_LINE_RE.match(nfkc(b.text).strip())
    return m["name"] if m is not None and m["lead"] == lead and _name(m["name"]) else None


# the text's first blocks an original's credit line may open (冰灵制作组: the contribution line,
# ``原文章出处…``, then ``原文作者：`` / ``原文标题：``)
OPENING_SPAN = 6


def opening_original(paras: list[Block]) -> str | None:
    """The name of a translated post's ``原文作者：Y`` line among the text's first blocks, or None.
    Read only beside a licence box naming the post's own writer (``licence_line_author``): the
    box's 原作者 is who brought the text over, the opening line the original's writer, both
    authors in page order (hunt214, as session 31's box pair)."""
    for b in paras[:OPENING_SPAN]:
        if (name := _led_author_line(b, "原文")) is not None:
            return name
    return None


def opening_writer(paras: list[Block]) -> str | None:
    """The name of a ``原作者：X`` line of its own among the text's first blocks, or None: the
    contributed post's writer, as NexT's box labels it under the text (冰灵制作组's reposts), set
    at the text's opening under its first heading (``序`` / ``简介``) by another theme; a reader
    sees the same credit, and it names the writer over the blog owner's name in the header."""
    for k, b in enumerate(paras[:OPENING_SPAN]):
        if (name := _led_author_line(b, "原")) is not None or (name := _credits_writer(b)):
            return name
        if k + 1 < len(paras) and (name := _paired_writer(b, paras[k + 1])):
            return name
    return None


_ORIGINAL_WRITER_CELL_RE = re.compile(r"^原作者\s*[:：]?$")


def _paired_writer(label: Block, value: Block) -> str | None:
    """The name in ``value`` when ``label`` is a ``原作者`` label cell of its own and ``value`` its
    value cell right after it (the credits as a definition list: ``<dt>原作者：</dt><dd>X</dd>``
    over ``<dt>修订人：</dt>``...), else None."""
    if label.chars > 6 or not _ORIGINAL_WRITER_CELL_RE.match(nfkc(label.text).strip()):
        return None
    if not (
        label.owner.tag in LABEL_CELL_TAGS
        and value.owner.tag in VALUE_CELL_TAGS
        and value.owner.getprevious() is label.owner
    ):
        return None
    name = nfkc(value.text).strip()
    return name if len(name) <= 30 and _name(name) and not LABEL_RE.match(name) else None


def _credits_writer(b: Block) -> str | None:
    """The name of a ``原作者：X`` that opens one line of several labelled credits (MOTSS's guide:
    ``原作者：X　修订人：A B　排版：C　统筹：D``, its <br>-lined credits run on one line with
    gaps, pipes or a table's cell), the line's other credits naming no writer; else None."""
    # 原作者 opening the line is the cheap gate: most blocks skip the line split
    if b.chars > 160 or not b.text.lstrip().startswith("原作者"):
        return None
    fields = split_labelled_line(b.text)
    name = fields.get("author")
    if name is None or len(fields) < 2 or len(name) > 30 or not _name(name):
        return None
    return name


# ``本站原创文章，由 X 于 2023-05-17 发表`` / ``本文由 X 发布于 DATE`` / ``本文由 X 于 DATE 发表``: the post,
# the one who posted it, maybe the date, and the posting verb (the date's own digits stay out
# of the name: it ends at a blank, a comma or 于)
_POSTER_SENTENCE_RE = re.compile(
    r"(?:原创文章|本文|此文|文章)\s*[，,]?\s*由\s*(?P<name>[^\s，,。:：由于]{2,20}?)\s*"
    r"(?:于\s*[^，,。]{4,24}?\s*)?(?:发表|发布|發表|發布|發佈)"
)


def licence_poster(page: Page, last: int) -> str | None:
    """The poster a post's copyright box names in its sentence (``本站原创文章，由 X 于 DATE 发表``)
    after the text's last block ``last``, a licence word (版权声明) in the box, or None. The same
    sentence with no licence word near (a reprint note in the text, a list's row) names no one
    here."""
    blocks = page.blocks[last + 1 : last + 1 + TRAILER_SPAN]
    for i, b in enumerate(blocks):
        # 由 has no other NFKC source: most blocks are skipped without NFKC and the regex
        if b.chars > 80 or "由" not in b.text:
            continue
        m = _POSTER_SENTENCE_RE.search(nfkc(b.text))
        if m is None or not _name(m["name"]) or not is_cell_name(m["name"]):
            continue
        if any(LICENCE_WORD_RE.search(x.text) for x in blocks[max(0, i - 3) : i + 4]):
            return m["name"]
    return None
