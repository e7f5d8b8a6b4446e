"""Picture cards: a main list whose every card is only a linked picture (lists95, decision 1).

A product or photo column may print each record as a picture and nothing else (PbootCMS
``productlist.html`` of huguifeng/shanghai: ``<div class="card"><a href="/xwzx/300.html"><img
alt="…"></a></div>``, the card's heading left in a comment). The reader opens each record by its
picture (LABELLING lists88 (3): a record without a title link gives its other link), so the
cards are the list, titled by the picture's ``alt`` (or ``title``), null when it has none. A
carousel, a banner, a logo strip, partner logos or an advert picture is never a record.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .cards import PICTURE_FILE_RE, card_boxes, item_address
from .domains import site_of

#: Class or id words of the boxes that show pictures and are no list: a slideshow (swiper,
#: carousel, 轮播 lunbo, 焦点图 focus, 幻灯 hdp), a banner, a logo or partner strip, friend links
#: (友情链接 yqlj), a scroller, an advert (ad, adv, 广告 gg / guanggao). Read per class name;
#: animate.css's ``slideInUp`` on a card is an entrance effect, no slideshow.
_SLIDESHOW_WORDS = r"swiper|slide(?!in|out)|slick|carousel|focus|lunbo|huandeng|hdp|owl"
_NO_LIST_RE = re.compile(
    rf"(?:{_SLIDESHOW_WORDS}|banner|marquee|scroll"
    r"|logo|partner|sponsor|friend|yqlj|links$|(?:^|[_-])(?:ads?|adv\w*|gg|guanggao)(?:$|[_-]))"
)
#: The slideshow words alone (a box of slides, whatever its slides show).
_SLIDESHOW_RE = re.compile(rf"(?:{_SLIDESHOW_WORDS})")
#: A picture file whose name says it is a logo, a banner or an advert.
_NO_LIST_PICTURE_RE = re.compile(r"(?i)(?:logo|banner|(?:^|[/_-])ad[s_-]?\d*\.)")
#: Cards a grid of pictures needs to be a list (three logos are no list).
GRID_MIN = 4


def _words(el) -> str:
    return "".join("".join(el.itertext()).split())


def picture_only(link) -> bool:
    """True when the ``<a>`` element ``link`` holds one picture and no words."""
    pictures = link.xpath(".//img")
    return len(pictures) == 1 and not _words(link)


def picture_card(link, url: str, page_url: str):
    """The card ``link`` (a picture-only ``<a>`` to ``url``) is all the content of, or None.

    The card is the highest box within four levels whose only link is this one and which shows
    no words; the picture must lead to an item's page on the page's own site and stand in no
    slideshow, banner, logo strip, friend-link box or advert (:data:`_NO_LIST_RE`).
    """
    if site_of(url) != site_of(page_url):
        return None
    parts = urlsplit(url)
    if PICTURE_FILE_RE.search(parts.path):
        return None  # a gallery's link opens the picture itself, no item page
    if not item_address(url):
        return None
    picture = link.xpath(".//img")[0]
    if _NO_LIST_PICTURE_RE.search(picture.get("src") or ""):
        return None
    card = None
    for box in card_boxes(link, lambda a: a.get("href") is None):
        if box.tag in ("body", "html") or _words(box):
            break
        card = box
    if card is None or card.getparent() is None:
        return None
    if _box_named(link, _NO_LIST_RE):
        return None
    return card


def picture_title(link) -> str:
    """The words of a picture-only link's picture: its ``alt``, else its ``title``, else ""."""
    pictures = link.xpath(".//img")
    if len(pictures) != 1:
        return ""
    picture = pictures[0]
    return " ".join((picture.get("alt") or picture.get("title") or "").split())


def in_slideshow(el) -> bool:
    """True when ``el`` or a box above it is named as a slideshow (swiper, carousel, 轮播 lunbo,
    焦点图 focus, 幻灯 hdp): its slides turn one by one, featured posts rather than a column."""
    return _box_named(el, _SLIDESHOW_RE)


def _box_named(el, pattern) -> bool:
    """True when a class or id word of ``el`` or of a box above it (below ``body``) matches ``pattern``."""
    for box in (el, *el.iterancestors()):
        if box.tag == "body":
            break
        names = f"{box.get('class') or ''} {box.get('id') or ''}".lower().split()
        if any(pattern.search(name) for name in names):
            return True
    return False
