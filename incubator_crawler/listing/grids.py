"""Short-titled rows and grids of cards or pictures that join the main list."""

from __future__ import annotations

from urllib.parse import urljoin

from .candidates import ancestry, tag_path
from .cards import card_boxes, item_address
from .entries import without_fragment
from .pictures import GRID_MIN, picture_card
from .rows import as_records, element_text, row_of, worded_rows


def short_titles(
    key: tuple,
    members: list,
    short: list[tuple],
    holders: dict | None = None,
    lists_of: dict | None = None,
) -> list[tuple]:
    """Rows of the list whose title another group holds or is shorter than a candidate's
    (龙吟大砍？, 🎁🎁, 会计).

    A link at the list's tag path, in a row of the list's container that has no member
    yet, is that row's title whatever its length; ``short`` are the page's links to look
    at (the candidates, then the short links :func:`.candidates.candidate_links` sets aside). In a row that is a
    box of records (``holders``, :func:`.rows.box_records`) each record is such a row. A
    title-like link counts only when it is in no list of its own (``lists_of``: each
    grouped link's container, None for a lone link): a page's layout column holds boxes
    whose links may share the list's tag path.
    """
    path, container = key
    rows = {row for _, _, row in members}
    if container is None or len(rows) < 2:
        return []  # one row under a shared wrapper is no repeated structure to extend
    holders = holders or {}
    # a row whose only member is a picture-only link (a badge with a long tooltip) still
    # has no title: its short-titled link is the row's entry (:func:`.rows.drop_badges`)
    rows = worded_rows(as_records(members, holders))
    found: dict = {}
    for link, url in short:
        chain = ancestry(link)
        if len(chain) != len(path) or tuple(n.tag for n in chain) != path:
            continue
        if container not in chain:
            continue
        row = chain[chain.index(container) + 1]
        if (lists_of or {}).get(link.root) is not None:
            continue  # a link of another list, not a lone title
        holder = holders.get(row)
        record = row
        if holder is not None and holder in chain[:-1]:
            record = chain[chain.index(holder) + 1]
        # a link with words beats a picture-only one (a badge whose tooltip is long)
        if record in rows or (record in found and not _worded(found[record][0], link)):
            continue
        found[record] = (link, url, row)
    return list(found.values())


def _worded(have, link) -> bool:
    """True when ``link`` shows words and ``have`` (the record's link so far) does not."""
    return not element_text(have.root) and bool(element_text(link.root))


def card_grid(short: list[tuple], base: str) -> dict:
    """Grids of cards named too short for a candidate (智能制造), as groups: each card a
    picture link and its name to one item page (:func:`cards.item_address`; LABELLING lists11:
    each card a record); ``{(tag path, grid): [(link, url, card)]}``. Icon menus of channels
    lead to folders; a menu of three icons is no grid (:data:`GRID_MIN`)."""
    grids: dict = {}
    for link, url in short:
        if not item_address(url):
            continue
        card = _picture_card(link, url, base)
        if card is not None and card.getparent() is not None:
            key = (tag_path(link), card.getparent())
            grids.setdefault(key, []).append((link, url, card))
    return {
        key: cards
        for key, cards in grids.items()
        if len({url for _, url, _ in cards}) >= GRID_MIN
        and len({card for _, _, card in cards}) == len(cards)
    }


def _picture_card(link, url: str, base: str):
    """The lowest card above ``link`` (:func:`cards.card_boxes`) that also holds a picture-only
    link to ``url`` and no link elsewhere, else None."""

    def fellow(a) -> bool:
        return not a.get("href") or (
            without_fragment(urljoin(base, a.get("href").strip())) == url
            and not element_text(a)
            and next(a.iter("img"), None) is not None
        )

    for node in card_boxes(link.root, fellow):
        if any(a.get("href") for a in node.iter("a") if a is not link.root):
            return node
    return None


def picture_grid(pictures: list[tuple], page_url: str) -> dict:
    """Grids of cards each only a linked picture to an item page (:func:`picture_card`), as
    groups ``{(tag path, grid): [(link, url, card)]}``: four or more cards, one link each."""
    grids: dict = {}
    for link, url in pictures:
        card = picture_card(link.root, url, page_url)
        if card is not None:
            grids.setdefault((tag_path(link), card.getparent()), []).append((link, url, card))
    return {
        key: cards
        for key, cards in grids.items()
        if len({url for _, url, _ in cards}) == len(cards) >= GRID_MIN
    }


def short_columns(container, short: list[tuple]) -> dict:
    """The short links in rows of ``container``, grouped as :func:`.candidates.record_groups` would
    group them: ``{(tag path, container): [(link, url, row)]}``."""
    if container is None:
        return {}
    columns: dict = {}
    for link, url in short:
        row = row_of(link, container)
        if row is not None:
            key = (tag_path(link), container)
            columns.setdefault(key, []).append((link, url, row))
    return {key: members for key, members in columns.items() if len(members) > 1}
