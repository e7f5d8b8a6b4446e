"""A headline heading that also holds the writer's name and a back link, split by ``<br>``.

aka.org.cn's 1999 magazine sets each item's heading as
``<h1>十一武汉Akaer聚会<br><font size=2>HansB<br><a>[返回]</a></font></h1>``: a reader sees the
headline, the writer's bare name and the page control as three lines of one box. The first lines
are the headline, the name line is the byline and the link is furniture (LABELLING.md "Decisions
added in the corpus50 round").
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .body import CONTROL_LINE
from .page import HEADING_TAGS, Block, Page, node_text
from .text import HAN_RE, compact, nfkc

# A bare writer's name: a Latin handle (HansB, Water_Bird, J.Smith) or two to four Han
# characters (a middle dot allowed). A headline's second half is longer or holds a space.
_NAME_RE = re.compile(
    r"^(?:[A-Za-z][A-Za-z0-9_.\-]{1,19}|[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,4})$"
)

#: A heading holds at most this many lines for the split (headline lines, name, link).
_MAX_LINES = 4

#: A back link's longest text in characters (``[返回]``, ``返回首页``).
_MAX_CONTROL = 8


class HeadingByline(NamedTuple):
    """The heading's headline lines, its writer's name (or None) and the lines left out."""

    headline: list[Block]
    name: str | None
    furniture: list[int]


def heading_byline(page: Page, block: Block) -> HeadingByline | None:
    """The split of ``block``'s heading into headline, name line and back link, or None.

    The heading's lines (``<br>``-parted blocks it owns) must end in a back link (all linked, a
    control word) or in a name line set smaller than the headline (``<font size>``, ``<small>``);
    a name line is one bare name (``_NAME_RE``), no sentence, no date. A two-line headline (both
    halves words of the headline) or a heading whose second line is a date is no such heading.
    """
    owner = block.owner
    st = page.stats.get(owner)
    if st is None or not 1 < st.b1 - st.b0 <= _MAX_LINES:
        return None
    lines = page.blocks[st.b0 : st.b1]
    if any(x.owner is not owner for x in lines) or lines[0].link:
        return None
    if owner.tag not in HEADING_TAGS:
        # the headline's box that is no heading (EmpireCMS's ``<div>标题<br>NAME<br></div>``,
        # the CMS's poster account under the headline): the headline and one bare name line,
        # nothing else in the box, is the same byline (the lead's session-28 decision)
        return _box_byline(lines, block)
    furniture: list[int] = []
    last = lines[-1]
    if (
        last.chars <= _MAX_CONTROL
        and last.link == last.chars
        and CONTROL_LINE.match(compact(last.text))
    ):
        furniture.append(last.idx)
        lines = lines[:-1]
    name = None
    if len(lines) >= 2:
        cand = lines[-1]
        text = nfkc(cand.text).strip()
        if (
            not cand.link
            and _NAME_RE.match(text)
            and (furniture or _set_smaller(cand, lines[0], owner))
        ):
            name = text
            furniture.insert(0, cand.idx)
            lines = lines[:-1]
    if not furniture:
        return None
    return HeadingByline(lines, name, furniture)


def _set_smaller(line: Block, first: Block, heading: Any) -> bool:
    """True when a ``<small>`` or ``<font size>`` inside the heading holds the line, not the first."""
    want, head = compact(line.text), compact(first.text)
    for el in heading.iter("small", "font"):
        if el.tag == "font" and not el.get("size"):
            continue
        text = compact(node_text(el))
        if want in text and head not in text:
            return True
    return False


def _box_byline(lines: list[Block], block: Block) -> HeadingByline | None:
    """A plain box of two lines, the headline (``block``) and a bare name under it."""
    if len(lines) != 2 or lines[0] is not block:
        return None
    cand = lines[1]
    text = nfkc(cand.text).strip()
    if cand.link or not _NAME_RE.match(text):
        return None
    return HeadingByline([block], text, [cand.idx])


# The speaker's line a school's speech sets centred under its headline repeated at the top of the
# text (``绍兴一中党委副书记、校长 蒋 明``, the name spaced out to fill the line): the post and
# function, a space, then the 作者 slot's name. The function is words and 、 only; a sentence, a
# label's colon or a bracket is no such line.
_POST_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9、·\s]{0,30}$")

#: The line's longest length in characters (NFKC, spaces included).
_MAX_SPEAKER_LINE = 40


def slot_name_line(paras: list[Block], title: str | None, author: str | None) -> Block | None:
    """The first line of the text (the second when the first repeats ``title``) when it is a
    short ``职务 NAME`` line ending in the 作者 slot's single name ``author``: the byline, no text.

    The name may be spaced out (``蒋 明``); before it, after a space, only the speaker's post
    (words and 、). A line that is the name alone stays for the rules of bare name lines."""
    name = "".join(nfkc(author or "").split())
    if not 2 <= len(name) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return None
    first = 1 if paras and title and compact(paras[0].text) == compact(title) else 0
    if len(paras) <= first + 1:
        return None  # the line must stand over text
    cand = paras[first]
    text = nfkc(cand.text).strip()
    if cand.link or len(text) > _MAX_SPEAKER_LINE or name[0] not in text:
        return None
    m = re.search(r"\s*".join(name) + "$", text)
    if m is None or m.start() == 0:
        return None
    post = text[: m.start()]
    if not post[-1].isspace() or not _POST_RE.match(post) or not HAN_RE.search(post):
        return None
    return cand
