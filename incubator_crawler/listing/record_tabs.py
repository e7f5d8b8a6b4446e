"""A card's links to its own record's pages: the first is the card's item, the rest its tabs.

lists99: yulvhotel.com's hotel cards print, at one tag path (``div > h2 > a``), the hotel's name
(``hotel-378.html``), its 房型 / 餐厅 / … / 位置 tabs (``room-378.html``, ``food-378.html``), a
summary linked to ``room-378.html`` and a 会场 link (``biz-378.html``). Grouped by tag path they
make each card a list of its own, and the finder returned the 会场 links, or the hotels with
each card's ``room-378.html`` twice. A reader sees a card of one hotel: its name is the item
(LABELLING: a record's own tabs are no records). The pages of one record carry its number and
differ in words; a card holds no other record's page; cards stand side by side, alike.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .rows import common_ancestor, element_path, row_kind

_DIGITS_RE = re.compile(r"\d+")
#: Cards side by side that make a list of them (fewer are two stories' links by chance).
_CARDS_MIN = 3


def _record_number(url: str) -> tuple[str, ...]:
    """The numbers of an address's path when its file name holds one (``hotel-378.html`` →
    ``('378',)``), else none: stories named by words in a month's folder (``/2024/05/spring``)
    share their folder's numbers and are no pages of one record."""
    path = urlsplit(url).path
    if not _DIGITS_RE.search(path.rstrip("/").rsplit("/", 1)[-1]):
        return ()
    return tuple(_DIGITS_RE.findall(path))


def _cards(links: list[tuple]) -> dict:
    """``{card element: its record's links}`` for each record number linked at two addresses
    or more whose deepest shared element holds no link to another record's page."""
    by_number: dict[tuple, list] = {}
    for link, url in links:
        if number := _record_number(url):
            by_number.setdefault(number, []).append((link, url))
    several = {n: found for n, found in by_number.items() if len({u for _, u in found}) > 1}
    if len(several) < _CARDS_MIN:
        return {}
    cards = {common_ancestor([link.root for link, _ in found]): n for n, found in several.items()}
    cards.pop(None, None)
    # a box holding another record's page is a list (a month's stories share their folder's
    # numbers), no card
    for link, url in links:
        number = _record_number(url)
        if not number:
            continue
        for node in link.root.iterancestors():
            if cards.get(node, number) != number:
                del cards[node]
    return {card: several[number] for card, number in cards.items()}


def _sole_box(card):
    """The highest element holding ``card`` as its only child element: a card set out in a
    table, one cell a row (``tr > td`` round each card, lists310), stands beside the next
    card's row, not its own cell's."""
    box = card
    parent = box.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        if sum(1 for child in parent if isinstance(child.tag, str)) != 1:
            break
        box, parent = parent, parent.getparent()
    return box


def drop_record_tabs(matching: list[tuple], short: list[tuple]) -> tuple[list, list]:
    """``matching`` and ``short`` without each card's tabs: in cards alike side by side (one
    parent), each holding two or more pages of one record, the links at the tag path of the
    card's first title-like link (one of ``matching``) that lead to another of its record's
    pages."""
    cards = _cards(matching + short)
    titled = {link.root for link, _ in matching}
    if not cards:
        return matching, short
    alike: dict = {}
    for card in cards:
        box = _sole_box(card)
        alike.setdefault((box.getparent(), row_kind(box)), []).append(card)
    tabs: set = set()
    for siblings in alike.values():
        if len(siblings) < _CARDS_MIN:
            continue
        for card in siblings:
            position = {node: i for i, node in enumerate(card.iter())}
            found = sorted(cards[card], key=lambda found: position[found[0].root])
            # the item is the first link titled like a record (a poster's short name read
            # before a post's title, ``/user/3`` beside ``/post/3``, is none)
            item = next(((link, url) for link, url in found if link.root in titled), None)
            if item is None:
                continue
            path = element_path(item[0].root)
            tabs |= {
                link.root
                for link, url in found
                if url != item[1] and element_path(link.root) == path
            }
    if not tabs:
        return matching, short
    return (
        [(link, url) for link, url in matching if link.root not in tabs],
        [(link, url) for link, url in short if link.root not in tabs],
    )
