"""The pager among a page's links: pager links, a pager of bare numbers, the list above it."""

from __future__ import annotations

from parsel import Selector

from ..hrefs import leads_nowhere
from .entries import selector_text
from .pager_words import ARROWS_RE, CURRENT_CLASSES, is_pager_furniture, is_pager_word, turns_page
from .rows import element_text


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
    records, JackChum/Enterprise-portal): two or more number links in one box whose every link
    is a number or pager furniture, outside a table (a calendar's days), read only when the page
    has no worded pager link (``worded``)."""
    if worded:
        return []
    numbers = [
        link.root
        for link in html.xpath("//a[@href]")
        if selector_text(link).isdigit() and not leads_nowhere(link.root.get("href"))
    ]
    found = []
    for box, links in number_boxes(numbers).items():
        if len(links) < 2 or box.xpath("ancestor-or-self::table"):
            continue
        if all(
            element_text(a).isdigit() or is_pager_furniture(element_text(a)) for a in box.iter("a")
        ):
            found += links
    return found


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
