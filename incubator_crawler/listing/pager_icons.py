"""An icon-font pager arrow: the link after the current page holding only a right-arrow icon.

LABELLING lists88: shenlanbao.com's Element UI pager prints its numbers as links, marks page 1
only by ``li.number.active`` and its next page as ``<a href="/zhinan/list-6/p2"><i
class="el-icon el-icon-arrow-right"></i></a>``. A reader sees the arrow after the current number
and follows it, as lists74's picture buttons named by their file name (``page_next.gif``).
"""

from __future__ import annotations

import re
from itertools import islice

from ..hrefs import leads_nowhere
from .entries import spaced_text
from .pager_words import CURRENT_MARKS

#: An icon's class naming a right arrow or next (``el-icon-arrow-right``, ``fa-angle-right``,
#: ``fa-chevron-right``, ``icon-next``, ``arrow-right``, ``layui-icon-right``); a double arrow
#: (``fa-angle-double-right``) jumps to the last page and is none.
_NEXT_ICON_RE = re.compile(
    r"(?i)(?!.*(?:double|last|end))(?:[\w-]*-)?(?:icon|arrow|angle|chevron|caret)(?:-[\w-]+)?-(?:right|next)"
)
#: How far above the arrow the pager's box may stand (``ul > li > a > i``).
_PAGER_REACH = 3
#: A pager's number as it prints it.
_NUMBER_RE = re.compile(r"\d{1,4}")


def _classes(el) -> list[str]:
    return (el.get("class") or "").split()


def _is_next_icon(link) -> bool:
    """True when ``link`` holds no text and only an icon whose class names a right arrow."""
    if spaced_text(link) or link.get("title") or link.get("aria-label"):
        return False
    inner = [el for el in link.iterdescendants() if isinstance(el.tag, str)]
    if not inner or len(inner) > 2 or any(el.tag == "img" for el in inner):
        return False
    return any(_NEXT_ICON_RE.fullmatch(name) for el in inner for name in _classes(el))


def _numbers(box) -> list:
    """The pager's numbers in ``box``, in page order: the innermost elements reading a number."""
    return [
        el
        for el in box.iter()
        if isinstance(el.tag, str)
        and not any(isinstance(child.tag, str) for child in el)
        and _NUMBER_RE.fullmatch(spaced_text(el))
    ]


def _current(number, box, here) -> bool:
    """True when a pager number is the current page: marked active / current / cur / on (on it
    or an element up to the box), unlinked, or linked to this page (``here``)."""
    link = None
    for el in (number, *number.iterancestors()):
        if el is box:
            break
        if CURRENT_MARKS.intersection(_classes(el)):
            return True
        if el.tag == "a" and el.get("href") and link is None:
            link = el
    return link is None or here(link.get("href").strip())


def icon_next_href(html, here) -> str | None:
    """The href of the icon arrow after the current page of a numbered pager, or None.

    ``here(href)`` says whether an href is the page itself. An arrow outside a pager (a
    carousel, back to top), before the current number (the previous page) or with no current
    number marked is no next page (principle (d): null beats a guess).
    """
    for link in html.root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or leads_nowhere(href) or not _is_next_icon(link):
            continue
        for box in islice(link.iterancestors(), _PAGER_REACH):
            numbers = _numbers(box)
            if len(numbers) < 2:
                continue
            order = {el: i for i, el in enumerate(box.iter())}
            current = [n for n in numbers if _current(n, box, here)]
            if len(current) == 1 and order[current[0]] < order[link]:
                return href
            break
    return None
