"""A blank tile of a grid: a row of the list whose one link shows no words.

lists99: bonavis.cn's case grid (``ul.newproject``, each ``li`` one link round an ``h1`` client
name, an ``h2`` line of services and a background picture) opens with a card whose ``h1`` and
``h2`` are empty (``1305.html``): a blank tile to a reader, with no text for a candidate, yet a
record of the grid with its own case address (LABELLING: odd records stay).
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from .rows import element_path, row_kind, row_of


def _folder(url: str) -> tuple[str, str]:
    """The host and folder of ``url`` (``('www.bonavis.cn', '/case')``; a relative file name
    has none)."""
    parts = urlsplit(url)
    return parts.netloc, parts.path.rsplit("/", 1)[0] if "/" in parts.path else ""


def blank_rows(container, members: list, pictures: list[tuple]) -> list:
    """Rows of ``container`` with no member yet, built as most of the list's rows are (tag
    and classes), whose only link is a picture-only one of ``pictures`` standing where the
    titles stand (their tag path) and leading into a folder the rows lead to."""
    if container is None or not pictures:
        return []
    rows = dict.fromkeys(row for _, _, row in members if row is not None)
    if len(rows) < 2:
        return []
    kind = Counter(row_kind(row) for row in rows).most_common(1)[0][0]
    paths = {element_path(link.root) for link, _, _ in members}
    folders = {_folder(url) for _, url, _ in members}
    listed = {url for _, url, _ in members}
    found = []
    for link, url in pictures:
        row = row_of(link, container)
        if row is None or row in rows or row_kind(row) != kind or url in listed:
            continue
        if sum(1 for _ in row.iter("a")) != 1 or element_path(link.root) not in paths:
            continue
        if _folder(url) in folders:
            found.append((link, url, row))
            listed.add(url)
    return found
