"""The title of a card whose only way in is a picture, icon or button link (tmpl91).

CMS picture and job columns print each record as a card whose title is plain text and whose one
link is the thumbnail (PHPCMS v9's default ``list_picture.html``), an icon laid over it, or a
查看详情 / 了解更多 button (PbootCMS's default ``joblist.html``, DedeCMS teacher cards). The reader
opens the record by that link (LABELLING lists88: a record without a title link gives its own
other link), so the link is titled with the card's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from urllib.parse import urlsplit

from .evidence import HEADING_TAGS

#: A button that names no record, only the way in (查看详情, 了解更多 》, read more).
BUTTON_RE = re.compile(
    r"(?i)^\W*(?:(?:查看|了解|阅读|点击查看|浏览)?(?:更多|详情|详细(?:内容|信息)?|全文|内容)"
    r"|(?:read |view |learn )?more|details?)\W*$"
)
#: Levels above the link searched for its card (``li > div.txt > a.more``).
CARD_REACH = 4
#: Elements whose text names a card before any other text in it.
_TITLE_TAGS = (*HEADING_TAGS, "b", "strong", "dt")
#: An item's own page: a file named with a number (``/news/2024/1228/700.html``) or an address
#: whose query names an item's number (``view.php?aid=7``); icon menus lead to channel folders and a
#: box's 查看更多 to a column's page (``index_1.html``, ``list_5_2.html``).
_ITEM_FILE_RE = re.compile(r"/(?!(?:index|default|list)[._])[^/]*\d[^/]*\.[a-z]+$", re.I)
#: A picture file: a gallery or lightbox link opens it, not a record's page.
PICTURE_FILE_RE = re.compile(r"(?i)\.(?:jpe?g|png|gif|webp|bmp|svg)$")
#: An item's number in a query (``aid=7``, ``id=12``, ``newsid=3``), not a column's (``catid=6``).
_ITEM_QUERY_RE = re.compile(
    r"(?i)(?:^|&)(?:a|article|news|item|info|doc|content|post|product)?id=\d+"
)


def item_address(href: str) -> bool:
    """True when ``href`` names an item's own page, not a column's (cards and picture cards)."""
    parts = urlsplit(href)
    return bool(_ITEM_FILE_RE.search(parts.path) or _ITEM_QUERY_RE.search(parts.query))


def _words(el) -> str:
    return " ".join(" ".join(el.itertext()).split())


def _outside_links(card) -> list[tuple[object, str]]:
    """The card's text pieces that stand outside its links, each with the element holding it."""
    pieces = []

    def walk(el, in_link: bool) -> None:
        in_link = in_link or el.tag == "a"
        if not in_link and el.tag not in ("script", "style") and (el.text or "").strip():
            pieces.append((el, el.text.strip()))
        for child in el:
            if not isinstance(child.tag, str):
                continue
            walk(child, in_link)
            if not in_link and (child.tail or "").strip():
                pieces.append((el, child.tail.strip()))

    walk(card, False)
    return pieces


def card_boxes(node, fellow) -> Iterator:
    """The boxes above the ``<a>`` element ``node`` within :data:`CARD_REACH` levels, lowest first,
    while every other ``<a>`` in the box passes ``fellow`` (leads to the same item, shows no
    words): the one card finder of text cards, picture cards and cards named too short."""
    for box in islice(node.iterancestors(), CARD_REACH):
        if not all(fellow(a) for a in box.iter("a") if a is not node):
            return
        yield box


def card_title(link) -> str:
    """The title of the card ``link`` is the only way into, or "".

    ``link`` (a selector) holds no words or only a button's (:data:`BUTTON_RE`) and leads to an
    item's page. Its card is the lowest box above it, within four levels, whose links all lead
    to that page (a lightbox link to a picture file aside) and none of them worded, holding text
    outside its links; the title is that text's first heading, bold or ``dt``, else its first
    piece. A box holding a link elsewhere (a row of a list with a title link, a menu) is no card.
    """
    node = link.root
    href = (node.get("href") or "").strip()
    own = _words(node)
    if (own and not BUTTON_RE.match(own)) or not item_address(href):
        return ""

    def fellow(a) -> bool:
        # a lightbox link to the picture file aside, every link leads to the card's page
        # unworded or with a button's words
        other = (a.get("href") or "").strip()
        if not other or PICTURE_FILE_RE.search(other):
            return True
        words = _words(a)
        return other == href and (not words or BUTTON_RE.match(words) is not None)

    for card in card_boxes(node, fellow):
        pieces = _outside_links(card)
        if not pieces:
            continue
        for holder, text in pieces:
            if holder.tag in _TITLE_TAGS:
                return text
        return pieces[0][1]
    return ""
