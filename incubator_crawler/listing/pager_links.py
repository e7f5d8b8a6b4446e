"""The pager among a page's links: pager links, a pager of bare numbers, the list above it."""

from __future__ import annotations

import re

from parsel import Selector

from ..hrefs import leads_nowhere
from ..numerals import chinese_number
from .entries import selector_text, spaced_text
from .pager_scheme import pager_box
from .pager_words import (
    ARROWS_RE,
    CURRENT_CLASSES,
    is_pager_furniture,
    is_pager_word,
    turns_page,
    without_glyphs,
)
from .rows import element_text

#: A page number as a pager prints it: ``3``, ``[3]`` (old CMS pagers bracket each number),
#: or ``第 3 页`` / ``第三页`` (a box of page links; a number in Chinese words only so framed).
_PAGE_NUMBER_RE = re.compile(
    r"(?:第\s*)?(\d+|[一二三四五六七八九十]{1,3})(?:\s*[页頁])?|[\[【](\d+)[\]】]"
)


def page_number(text: str) -> int | None:
    """The number a pager link names (``3``, ``第 3 页``), or None."""
    match = _PAGE_NUMBER_RE.fullmatch(text)
    if match is None or (text[:1] == "第") != (text[-1:] in "页頁"):
        return None
    if match.group(2):
        return int(match.group(2))
    number = match.group(1)
    if number.isdigit():
        return int(number)
    return chinese_number(number) if text[:1] == "第" else None


def pager_furniture(text: str) -> bool:
    """True when a pager link's text is a page number, a pager word or pager furniture."""
    return page_number(text) is not None or is_pager_furniture(text)


def wordless_or_furniture(link) -> bool:
    """True when a link of a pager's box says nothing or is pager furniture (a page number,
    首页, 上一页, 尾页, 共9页, an arrow)."""
    text = without_glyphs(spaced_text(link))
    return not text or pager_furniture(text)


def is_pager_link(link) -> bool:
    text = selector_text(link)
    if text and not ARROWS_RE.sub("", text):
        # a bare arrow (», ›) pages a list only beside page numbers or other pager words; alone
        # it turns a calendar's month or a slider
        return _beside_pager(link)
    # every pager word, English ``First`` too (lists88): the words the records leave out
    return is_pager_word(text)


def number_pager(html: Selector, worded: list) -> list:
    """The number links of a pager that prints no pager word (DedeCMS's ``<li
    class="thisclass">1</li><li><a href='list_5_2.html'>2</a></li>…`` under a column's three
    records, JackChum/Enterprise-portal), read only when the page has no worded pager link
    (``worded``): two or more number links in one pager box as ``find_next_page`` reads it
    (:func:`.pager_scheme.pager_box`: every link of the box a page number, pager furniture or
    wordless, as an icon-font arrow is: szwatech's ``‹ 1 2 3 4 5 ··· ›``), outside a table (a
    calendar's days)."""
    if worded:
        return []
    found: dict = {}
    for link in html.xpath("//a[@href]"):
        if page_number(selector_text(link)) is None or leads_nowhere(link.root.get("href")):
            continue
        box = pager_box(link.root, wordless_or_furniture)
        if box is not None and not box.xpath("ancestor-or-self::table"):
            found.setdefault(box, []).append(link.root)
    return [link for links in found.values() if len(links) >= 2 for link in links]


def number_boxes(links) -> dict:
    """The boxes pager number links stand in, in document order: ``{box: [link, …]}``.

    A number's box is its parent, or the element above when the parent holds the link alone
    (each number in an ``li`` of one ``ul``, DedeCMS's and Bootstrap's pagers), or the one above
    that when a ``span`` holds the link alone in its ``li`` (Hugo LoveIt's ``li.page-item >
    span.page-link > a``, lists98); the pager with no words (:func:`number_pager`) and the
    printed current number (``pagination._printed_current``) read the same boxes."""
    boxes: dict = {}
    for link in links:
        box = link.getparent()
        if box is None:
            continue
        if box.tag == "span" and len(box) == 1 and _tag(box.getparent()) == "li":
            box = box.getparent()
        if len(box) == 1 and box.getparent() is not None:
            box = box.getparent()
        boxes.setdefault(box, []).append(link)
    return boxes


def _tag(node) -> str | None:
    return node.tag if node is not None else None


def _beside_pager(link) -> bool:
    """True when the box around ``link`` (its parent or the one above) holds a page number or
    a worded pager link (上一页, 尾页) besides it."""
    parent = link.root.getparent()
    boxes = [] if parent is None else [parent, parent.getparent()]
    for box in boxes:
        if box is None:
            continue
        for other in box.iter("a"):
            if other is link.root:
                continue
            # read once arrows and brackets are dropped ([尾页] counts, a bare » does not)
            words = ARROWS_RE.sub("", element_text(other))
            if words.isdigit() or turns_page(words):
                return True
        for other in box.iter("span", "strong", "b", "em", "li"):
            # the page printed unlinked and marked current (PbootCMS's ``< <span
            # class="current">10</span> >`` on a last page, pinwei1122/taoyitao)
            marks = set((other.get("class") or "").lower().split())
            if marks & CURRENT_CLASSES and element_text(other).isdigit():
                return True
    return False


def is_paged(distance: int | None, nearest: int | None) -> bool:
    """True when a list lies nearest to the page's pager (the list the pager pages)."""
    return distance is not None and distance == nearest


def _shows_nothing(el) -> bool:
    """True for an element that shows no words, link or picture (a ``div.clear`` float stop)."""
    return not element_text(el) and next(el.iter("a", "img", "input"), None) is None


def above_pager(container, pager: set) -> bool:
    """True when the list in ``container`` stands right above the page's pager (``pager``: its
    links and the boxes holding them): the container holds the pager, or the first element
    after it, or after a box round it (within :data:`_ABOVE_REACH` levels up) when it is the
    last thing its box shows, is the pager or holds it."""
    if container is None or not pager:
        return False
    if container in pager:
        return True
    node = container
    for _ in range(_ABOVE_REACH):
        after = node.getnext()
        while after is not None and (not isinstance(after.tag, str) or _shows_nothing(after)):
            after = after.getnext()
        if after is not None:
            return after in pager
        node = node.getparent()
        if node is None:
            return False
    return False


#: Levels up from a list's container searched for the pager right after it.
_ABOVE_REACH = 3
