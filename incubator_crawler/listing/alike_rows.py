"""Rows titled too short for a candidate that are built like the list's rows (lists158).

A list's rows come out of one template loop: a card named 土木水利 (four characters) is the
same ``dl > dt > a > img`` + ``dd > a`` to ``/jiaoxue/11.html`` as the row named 建筑工程施工
beside it. A reader takes such a card for one of the list's rows, whether it stands in the
list's box, in a box of its own right above or below it (a 置顶 box, the half of a list a
banner cut off), or, on a last page, among the few rows left above the pager. The reading is by
structure alone, never by words: the row's markup (its tags, the pictures and dates it holds)
and the shape of its address (``/jiaoxue/#.html``) are the list's; a header menu (links to
channel roots, no pictures, in a box of its own) is built otherwise.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from .evidence import HEADING_TAGS
from .pictures import in_slideshow
from .rows import common_ancestor, element_text, plain_classes

#: Levels from a link up to the row holding it.
_ROW_REACH = 4
#: Rows a box must hold to be a list of its own (a last page's few rows).
_FEW = 2


def record_of(link):
    """The highest element above ``link`` (within :data:`_ROW_REACH` levels) whose links all
    lead where ``link`` does: a card's picture link and its title link are one record."""
    href = (link.get("href") or "").strip()
    node = link
    for _ in range(_ROW_REACH):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if any((a.get("href") or "").strip() != href for a in parent.iter("a") if a.get("href")):
            break
        node = parent
    return node if node is not link else None


def _row_like(link, builds: set):
    """The lowest element above ``link`` built as one of ``builds`` whose links all lead where
    ``link`` does (a lone pinned row in a box of its own is the row, not the box), or None."""
    href = (link.get("href") or "").strip()
    node = link
    for _ in range(_ROW_REACH):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
        if any((a.get("href") or "").strip() != href for a in node.iter("a") if a.get("href")):
            return None
        if row_build(node) in builds:
            return node
    return None


def row_build(row) -> tuple:
    """What a row is built of: its tag and the tag paths of everything inside it."""
    paths = set()
    for el in row.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        path = []
        node = el
        while node is not row:
            path.append(node.tag)
            node = node.getparent()
        paths.add("/".join(reversed(path)))
    return row.tag, frozenset(paths)


def address_shape(url: str) -> tuple:
    """An address with its numbers blanked (``/jiaoxue/#.html``), its query by names."""
    parts = urlsplit(url)
    names = frozenset(name for name, _ in parse_qsl(parts.query, keep_blank_values=True))
    return parts.netloc, re.sub(r"\d+", "#", parts.path), names


def post_shape(url: str) -> tuple:
    """:func:`address_shape` with the last part of the path standing for any name: a blog's
    posts are ``/2023/10/28/<slug>/`` (``/2023/oneshot/``, ``/2023/midnight-soul/``)."""
    netloc, path, names = address_shape(url)
    parts = path.split("/")
    last = max((i for i, part in enumerate(parts) if part), default=None)
    if last is not None:
        parts[last] = "*" + parts[last][parts[last].rfind(".") :] if "." in parts[last] else "*"
    return netloc, "/".join(parts), names


def _neighbours(box) -> list:
    """The elements printed right before and right after ``box`` (text and comments skipped)."""
    found = []
    for step in ("getprevious", "getnext"):
        node = getattr(box, step)()
        while node is not None and not isinstance(node.tag, str):
            node = getattr(node, step)()
        if node is not None:
            found.append(node)
    return found


def alike_rows(members: list, links: list[tuple], dated) -> list[tuple]:
    """The rows among ``links`` ([(link, url)], the short ones) built like ``members``' rows,
    as ``[(link, url, row)]``.

    A row joins when its markup (:func:`row_build`) is a member row's, its address has a member's
    shape (:func:`address_shape`), it is dated when every member row is (``dated(link, row)``
    gives a row's date), and it stands in a box of the members' rows or in a box right above or
    below one (the box itself, or an element holding it and nothing linked but such rows)."""
    rows = {row for _, _, row in members if row is not None}
    if not rows:
        return []
    builds = {row_build(row) for row in rows}
    shapes = {address_shape(url) for _, url, _ in members}
    listed = {url for _, url, _ in members}
    boxes = {row.getparent() for row in rows} - {None}
    all_dated = all(dated(link, row) for link, _, row in members if row is not None)
    found: dict = {}
    for link, url in links:
        # the address first: the cheap test passes over most of a page's short links
        if url in listed or address_shape(url) not in shapes:
            continue
        row = _row_like(link.root, builds)
        if row is None or row in rows:
            continue
        if all_dated and not dated(link, row):
            continue
        # the row's worded link is its entry (a picture link and its title to one address)
        have = found.get(row)
        if have is None or (not element_text(have[0].root) and element_text(link.root)):
            found[row] = (link, url, row)
    if not found:
        return []
    taken = []
    for link, url, row in found.values():
        box = row.getparent()
        if box in boxes or any(
            _holds_only(near, box, found) for b in boxes for near in _neighbours(b)
        ):
            taken.append((link, url, row))
    return taken


def _holds_only(near, box, rows: dict) -> bool:
    """True when ``near`` is ``box`` or holds it, and every link in it lies in one of ``rows``."""
    if near is not box and box not in near.iterdescendants():
        return False
    return all(
        any(node in rows for node in a.iterancestors()) for a in near.iter("a") if a.get("href")
    )


def few_alike_rows(links: list[tuple], above) -> tuple | None:
    """A last page's few rows built alike in one box right above the pager, as
    ``(box, [(link, url, row)])``, or None.

    ``links`` ([(link, url)]) are the page's links filed in the channel's folder; ``above(box)``
    says whether a box stands right above the pager. The box holds two or more records to
    distinct pages, all built alike (:func:`row_build`) with addresses of one shape; no other box
    above the pager holds such links."""
    by_box: dict = {}
    for link, url in links:
        row = record_of(link.root)
        if row is None or row.getparent() is None:
            continue
        by_box.setdefault(row.getparent(), {}).setdefault(row, []).append((link, url))
    candidates = [box for box in by_box if above(box)]
    if len(candidates) != 1:
        return None
    box = candidates[0]
    records = by_box[box]
    if len(records) < _FEW:
        return None
    if len({row_build(row) for row in records}) != 1:
        return None
    urls = {url for pairs in records.values() for _, url in pairs}
    if len(urls) != len(records) or len({address_shape(url) for url in urls}) != 1:
        return None
    members = []
    # in the order printed (the lone rows' links were gathered before the short ones)
    order = {node: i for i, node in enumerate(box)}
    for row, pairs in sorted(records.items(), key=lambda item: order.get(item[0], 0)):
        worded = [(link, url) for link, url in pairs if element_text(link.root)]
        link, url = (worded or pairs)[-1]
        members.append((link, url, row))
    return box, members


#: The elements a lone link's row is read from when its list gave it no container.
_ROW_TAGS = ("tr", "li", "dd")


def fold_lone_rows(groups: dict, dated) -> dict:
    """Fold into one list the lone links (groups of one link and no container) whose rows are
    built alike, dated and lead to addresses of one shape.

    A template whose pinned rows close tags they never opened (``…</td></tr></table></td></tr>``
    after each 置顶 row, lists307) nests every row one level apart once parsed: each link has a
    tag path of its own, so on a last page of three rows (two pinned, one not) each is a lone
    link and only one was listed. A reader sees three rows alike. The row is the link's nearest
    ``tr`` / ``li`` / ``dd`` holding no link elsewhere; its build (:func:`row_build`), its date
    (``dated(link, row)``) and its address's shape (:func:`address_shape`) must agree; the list
    is keyed by the first link's tag path and the element holding all the rows. The rows must
    nest as such a template's do, each row's box holding the row before it: rows alike in
    boxes side by side (a home page's boxes, each with one dated lead row) stay apart."""
    found: dict = {}
    for key, members in groups.items():
        if key[1] is not None or len(members) != 1:
            continue
        link, url, _ = members[0]
        row = next(link.root.iterancestors(*_ROW_TAGS), None)
        href = (link.root.get("href") or "").strip()
        if row is None or any(
            (a.get("href") or "").strip() != href for a in row.iter("a") if a.get("href")
        ):
            continue
        if not dated(link, row):
            continue
        found.setdefault((row_build(row), address_shape(url)), []).append((key, link, url, row))
    into: dict = {}  # a lone link's key -> the folded list's key and members (None: dropped)
    for rows in found.values():
        if len(rows) < _FEW or len({url for _, _, url, _ in rows}) != len(rows):
            continue
        # in the order printed (groups come in the order their tag paths were first met)
        order = {node: i for i, node in enumerate(rows[0][3].getroottree().iter())}
        rows.sort(key=lambda found_row: order.get(found_row[3], 0))
        if not all(_nested(rows[i - 1][3], rows[i][3]) for i in range(1, len(rows))):
            continue
        holder = common_ancestor([row for _, _, _, row in rows])
        if holder is None:
            continue
        members = [(link, url, row) for _, link, url, row in rows]
        into[rows[0][0]] = ((rows[0][0][0], holder), members)
        into.update(dict.fromkeys((key for key, *_ in rows[1:]), None))
    return _folded(groups, into)


def fold_sibling_posts(groups: dict, dated) -> dict:
    """Fold into one list the posts that each stand alone (groups leading to one address)
    when they are sibling rows of one kind with addresses of one shape, one of them dated.

    A blog's last page of two posts, one set out with a thumbnail (its title wrapped twice
    more) and no date, the other dated (lists310): the two titles have tag paths of their
    own, so each post is a group of its own (its title and its Read more link to one page
    even two groups) and the dated one won alone. A reader sees two posts built alike: the
    children of the element holding both, one of a tag and of classes alike
    (:func:`.rows.plain_classes`), each holding one post's links only. A box headed by a
    heading that links nowhere (a home page's 通知 and 新闻 boxes of one story each) is no
    post; nor is a slide of a carousel. A row shows a date, or every address names a day. The list is keyed by the first title's tag path and
    the holding element, in the first post's place."""
    single: dict = {}  # url -> [(key, link)] of groups leading to that one address
    for key, members in groups.items():
        urls = {url for _, url, _ in members}
        if len(urls) == 1:
            url = next(iter(urls))
            single.setdefault(url, []).extend((key, link) for link, _, _ in members)
    by_shape: dict = {}
    for url in single:
        by_shape.setdefault(post_shape(url), []).append(url)
    into: dict = {}  # a folded group's key -> the list's key and members (None: dropped)
    order = {key: i for i, key in enumerate(groups)}
    for urls in by_shape.values():
        if len(urls) < _FEW:
            continue
        found = _sibling_posts(urls, single, dated)
        if found is None:
            continue
        holder, members = found
        keys = [key for url in urls for key, _ in single[url]]
        first = min(keys, key=order.__getitem__)
        title_key = next(key for key, link in single[members[0][1]] if link is members[0][0])
        into.update(dict.fromkeys(keys))
        into[first] = ((title_key[0], holder), members)
    return _folded(groups, into)


def _folded(groups: dict, into: dict) -> dict:
    """``groups`` with the folds ``into`` maps applied: each folded list takes its first group's
    place under its own key, the other groups it took are dropped (``None``)."""
    if not into:
        return groups
    folded: dict = {}
    for key, members in groups.items():
        if key not in into:
            folded[key] = members
        elif into[key] is not None:
            folded[into[key][0]] = into[key][1]
    return folded


def _sibling_posts(urls: list, single: dict, dated):
    """``(holder, [(link, url, row)])`` when each address's links stand in a child of one
    holder of their own, the children alike, unheaded and one dated; else None."""
    links = {url: [link.root for _, link in single[url]] for url in urls}
    holder = common_ancestor([el for els in links.values() for el in els])
    if holder is None or holder.tag in ("body", "html") or in_slideshow(holder):
        return None
    rows: dict = {}
    for url, els in links.items():
        tops = {next(n for n in (el, *el.iterancestors()) if n.getparent() is holder) for el in els}
        if len(tops) != 1:
            return None
        rows[url] = tops.pop()
    if len(set(rows.values())) != len(rows):
        return None
    kinds = {(row.tag, plain_classes(row)) for row in rows.values()}
    if len(kinds) != 1 or any(_box_heading(row) for row in rows.values()):
        return None
    members = []
    for url, row in rows.items():
        # the row's entry is its worded title (a post's title, not its picture or Read more)
        link = max(
            (link for _, link in single[url]),
            key=lambda link: len(element_text(link.root)),
        )
        members.append((link, url, row))
    # a date shown in a row, or a day each address names (``/2023/10/28/<slug>/``): posts
    if not any(dated(link, row) for link, _, row in members) and not all(
        _names_day(url) for url in urls
    ):
        return None
    position = {node: i for i, node in enumerate(holder)}
    members.sort(key=lambda member: position.get(member[2], 0))
    return holder, members


def _names_day(url: str) -> bool:
    """True when ``url``'s path names a day (a blog's ``/2023/10/28/slug/``), not a month."""
    from ..article.published import url_date  # the article reader's: loaded only when asked

    found = url_date(url)
    return found is not None and found[0].count("-") == 2


def _box_heading(row) -> bool:
    """True when a heading in ``row`` holds no link: a box's name over its story, no post."""
    return any(not any(True for _ in h.iter("a")) for h in row.iter(*HEADING_TAGS))


def _nested(before, row) -> bool:
    """True when the box ``row`` stands in also holds ``before`` deeper down (not as a sibling)."""
    box = row.getparent()
    return box is not None and before.getparent() is not box and box in before.iterancestors()
