"""Body: a forum thread's opening post, when density picks a later floor."""

from __future__ import annotations

import re
from typing import Any

from ..labels import (
    DATE_RE,
)
from ..page import Page, node_classes
from ..text import nfkc

# A thread's floor number as forums print it beside each reply (``1楼``, ``#2``, 沙发, 板凳).
FLOOR_RE = re.compile(r"(?:^|[\s|])(?:\d{1,5}\s*[楼樓]|#\d{1,5}|沙发|沙發|板凳|地板)(?:$|[\s|])")


def first_post(page: Page, el: Any | None) -> Any | None:
    """The opening post's element when ``el`` lies in a later post of a forum thread.

    A thread page (天涯论坛) prints its posts as sibling items of one class (``div.atl-item``),
    each floor with its own time line; density picks the longest floor, often the 楼主's own
    continuation. The thread's article is the opening post (LABELLING.md): the element at the
    same place in the first item.
    """
    if el is None:
        return el
    path: list[Any] = []
    item = el
    for _ in range(6):
        parent = item.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return el
        own = node_classes(item)
        if own:
            # the items carry every class of this one (the opening post may add its own:
            # ``atl-item host-item``); a shared utility class (``clearfix``) makes no series
            sibs = [c for c in parent if c.tag == item.tag and own <= node_classes(c)]
            if len(sibs) >= 3 and sibs[0] is not item:
                first = _post_at(page, sibs, item, path)
                return el if first is None else first
        path.append(item)
        item = parent
    return el


def _post_at(page: Page, sibs: list[Any], item: Any, path: list[Any]) -> Any | None:
    """The element of ``sibs[0]`` at ``path`` (the tags and classes from ``item`` down), when
    two or more of the items show a time and a floor number of their own (floors of a thread,
    not an article's sections or a list's records)."""
    dated = 0
    for s in sibs:
        st = page.stats.get(s)
        if st is None:
            continue
        short = [nfkc(b.text) for b in page.blocks[st.b0 : st.b1] if b.chars <= 60]
        if any(DATE_RE.search(t) for t in short) and any(FLOOR_RE.search(t) for t in short):
            dated += 1
    if dated < 2:
        return None
    node = sibs[0]
    for step in reversed(path):
        want = node_classes(step)
        node = next(
            (c for c in node.iter(step.tag) if c is not node and want <= node_classes(c)), None
        )
        if node is None:
            return None
    st = page.stats.get(node)
    return node if st is not None and st.b1 > st.b0 else None
