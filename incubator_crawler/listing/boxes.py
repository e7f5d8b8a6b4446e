"""Boxes and columns continuing the main list (sub-channels, periods, pins, a portal's lead)."""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urlsplit

from .candidates import ancestry
from .entries import LIST_DATE_RE
from .evidence import HEADING_TAGS, channel_folder, is_side_heading
from .row_dates import is_period
from .rows import box_heading, element_text, node_classes, plain_classes, row_kind
from .side_lists import is_side_list

#: The share of a sub-channel box's rows that may lead out of the section (a 政策法规 box
#: linking one document to the ministry's 信息公开 copy of it).
_SUB_AWAY_SHARE = 1 / 3


def _sub_channel(members: list, page_url: str) -> str | None:
    """The sub-channel the rows lead into, below the page's section: ``jtxw`` for rows at
    ``/xwdt/jtxw/1.htm`` listed on ``/xwdt/index.htm``; None when the rows are not in one.

    The section is the page's folder (``/xwdt/`` for ``/xwdt/index.htm``) or, for an address
    without a file name, the path itself (``/zhongwen/simp``). A channel's own rows sit in its
    section, not below it; a home page (section ``/``) has no sub-channels, only channels.
    A few rows filed outside the section (at most a third) leave the box that sub-channel's;
    rows in two sub-channels, or in the section itself, make it none.
    """
    section = channel_folder(page_url)
    if section is None:
        return None
    host = urlsplit(page_url).netloc
    found = set()
    away = 0
    # by address: a link every row repeats (its column's) is one place the rows lead to
    urls = list(dict.fromkeys(url for _, url, _ in members))
    for url in urls:
        parts = urlsplit(url)
        if parts.netloc != host or not parts.path.startswith(section):
            away += 1
            continue
        sub, slash, _ = parts.path[len(section) :].partition("/")
        if not sub or not slash:
            return None
        found.add(sub)
    if away > _SUB_AWAY_SHARE * len(urls):
        return None
    return found.pop() if len(found) == 1 else None


def _in_channel(members: list, page_url: str) -> bool:
    """True when every row leads straight into the page's channel folder on its host
    (``/cnt/news/20200809/00176_031.html`` listed on ``/cnt/news/20200809/index.html``)."""
    section = channel_folder(page_url)
    if section is None or not members:
        return False
    host = urlsplit(page_url).netloc
    for _, url, _ in members:
        parts = urlsplit(url)
        rest = parts.path[len(section) :]
        if parts.netloc != host or not parts.path.startswith(section) or not rest or "/" in rest:
            return False
    return True


def continued_boxes(
    best: tuple, groups: dict, page_url: str = "", lone: tuple | None = None
) -> list[tuple]:
    """The other boxes of the winning list: groups at its tag path, in containers built like
    its container, each beside it (a sibling, or inside a sibling wrapper built like its own).

    Sites break one long list into boxes: five rows per ``<ul>`` with a rule between them, or
    a grid of cards cut by a "Most read" box every few rows. A box headed by words of its
    own (国际新闻 beside 国内新闻: a portal's channels) is another list, unless the boxes are
    a section hub's boxes, each of another sub-channel (:func:`_sub_channel`) and not headed
    as a side box (相关下载: a box of files beside the sub-channels' boxes), or the boxes
    of one channel's overview, every row in the page's own folder (要聞 and 港聞 under a
    paper's 要聞港聞總覽: :func:`_in_channel`), unless headed as a side box (热门); a box
    headed by a day or a month (2024年5月) continues it. ``lone`` is a lone row that won
    before the box of rows beside it was read as the list (:func:`inner_box`).
    """
    path, container = best
    if container is None:
        return []
    parent = container.getparent()
    if parent is None:
        return []
    found = []
    own = _sub_channel(groups[best], page_url)
    # a channel's overview splits its own rows into headed boxes; other channels' boxes
    # lead into other folders
    in_channel = _in_channel(groups[best], page_url)
    # the container's near ancestors, where a one-row hub box may have been grouped
    hub_wrappers = tuple(islice(container.iterancestors(), _HUB_REACH))
    # the wrappers further up, where the lone winning year's box of one row (an archive's
    # year panel) was grouped (:func:`inner_box`); a side menu's lone link grouped there
    # (学院新闻 beside a VSB column's list) won nothing and stays out
    cousin_wrappers = tuple(islice(container.iterancestors(), 1, _COUSIN_REACH))

    def channel_box(key, heading: str | None) -> bool:
        return (
            in_channel
            and _in_channel(groups[key], page_url)
            and not (heading and is_side_heading(heading))
        )

    # A list whose boxes were folded into their wrapper (:func:`.rows.merge_row_boxes`) has
    # the boxes as rows: its next wrappers hold boxes built like those rows.
    box_kinds = {row_kind(row) for _, _, row in groups[best]}
    for key in groups:
        other = key[1]
        if key == best:
            continue
        pinned_box = _pinned_holder(groups[key], container, other)
        if pinned_box is not None and all(pinned_box is not k[1] for k in found):
            # a 置顶 box whose rows share their tag path with a link elsewhere (a menu's
            # 视频 entry) was grouped at a wrapper above it, or whose one long title was
            # grouped alone: its rows are read in the box
            found.append((_PINNED_KEY, pinned_box))
        if other is None:
            continue
        if key[0] != path and cell_pair(container, other):
            # the other cell of the list's table row, its rows built their own way (picture
            # rows beside title rows): it continues the list when unheaded
            if box_heading(other, is_period) is None:
                found.append(key)
            continue
        if key[0] != path:
            # a pinned box may stand a wrapper deeper, and its titles may be in no group of
            # their own (one long title beside a short one): any group in it finds the box,
            # whose rows are then read at the list's rows path (:func:`box_rows`)
            if is_pinned_box(other, container) and all(other is not k[1] for k in found):
                found.append(key)
            continue
        if other is parent:
            # a box of one row (a year of one post) shares no box with another link at the
            # list's path, so its row was grouped at the boxes' wrapper: each row standing in
            # a box built like the container, unheaded or headed by a period, continues it
            if all(
                row is not container
                and row_kind(row) == row_kind(container)
                and (
                    box_heading(row, is_period) is None
                    or channel_box(key, box_heading(row, is_period))
                )
                for _, _, row in groups[key]
            ):
                found.append(key)
                continue
        if key == lone and other in cousin_wrappers and _one_row_years(groups[key], container):
            found.append(key)
            continue
        other_parent = other.getparent()
        if row_kind(other) == row_kind(container):
            beside = (
                other_parent is parent
                or (
                    other_parent is not None
                    and row_kind(other_parent) == row_kind(parent)
                    and other_parent.getparent() is parent.getparent()
                )
                or _period_cousin(container, other)
            )
        elif _column_pair(container, other):
            beside = True
        elif _toggled_day_box(container, other):
            beside = True
        else:
            beside = (
                row_kind(other) in box_kinds
                and other_parent is not None
                and row_kind(other_parent) == row_kind(container)
                and other_parent.getparent() is parent
            )
        sub = _sub_channel(groups[key], page_url) if own else None
        if own and sub is None and other in hub_wrappers:
            sub = _one_row_boxes(groups[key], container, other, page_url, own)
        # A hub's boxes of other sub-channels may sit in wrappers classed apart (box-l and
        # box-r, box1 to box4, two rows of two): their rows leading into another
        # sub-channel of the section is what makes them the hub's, so near is enough. A box
        # of one row was grouped at the wrapper the boxes share (广州二中's 党建引领 hub: its
        # 组织架构 box of one row, grouped at div.boxLoop above the other boxes' ul).
        hub_box = (
            sub is not None and sub != own and (_near(container, other) or other in hub_wrappers)
        )
        heading = box_heading(other, is_period)
        if (
            heading is not None
            and not is_side_heading(heading)
            and _wrapper_heading(other, container)
        ):
            # the heading above the wrapper the boxes share heads them all: the first box of
            # a list cut into boxes of five (a rule between them) reads it as its own
            heading = None
        heading = heading or _rows_heading(groups[key], other)
        # pinned rows (置顶) in a box of their own above the list are the list's own rows
        pinned = is_pinned_box(other, container)
        lead = lead_box(other, container, len(groups[key]), len(groups[best]))
        if not (beside or hub_box or pinned or lead) or is_side_list(other):
            continue
        if (
            heading is None
            or pinned
            or (sub is not None and sub != own and not is_side_heading(heading))
            or channel_box(key, heading)
        ):
            found.append(key)
    return found


def _one_row_years(members: list, container) -> bool:
    """True when each of ``members`` (a group at a wrapper above ``container``) stands in a box
    of its own built like ``container``, unheaded or headed by a period: an archive's year
    panel of one post beside the year of the list's other rows (castile-list-archives-2)."""
    kind = row_kind(container)
    boxes = set()
    for link, _, _ in members:
        box = next((up for up in link.root.iterancestors() if row_kind(up) == kind), None)
        if box is None or box is container or box in boxes or container in box.iterancestors():
            return False
        if box_heading(box, is_period) is not None:
            return False  # a box headed by words of its own (a period's heading reads as none)
        boxes.add(box)
    return True


def inner_box(best: tuple, groups: dict, dates: dict) -> tuple:
    """The box of rows that ``best`` stands beside when ``best`` is a lone dated row grouped
    at a wrapper holding a box of dated rows built as its own box is, else ``best``.

    An archive's year of one post (the 2023 panel of castile-list-archives-2's short page)
    shares no box with another link, so its row was grouped at the wrapper of all the years:
    right above the pager and under the h1, it outweighs the 2024 panel's three rows. The
    rows stand alike (one tag path, boxes and rows of one make, each dated), so they are one
    list: read from the box of rows, which takes the lone year as its continued box
    (:func:`_one_row_years`). A lone row beside a menu (undated, built otherwise) stays."""
    path, wrapper = best
    if wrapper is None or len(groups[best]) != 1 or not all(dates[best]):
        return best
    link = groups[best][0][0].root
    inner = []
    for key in groups:
        box = key[1]
        if key[0] != path or box is None or len(groups[key]) < 2 or box is wrapper:
            continue
        if wrapper not in islice(box.iterancestors(), 1, _COUSIN_REACH):
            continue
        kind = row_kind(box)
        own = next((up for up in link.iterancestors() if row_kind(up) == kind), None)
        if own is None or own is box or box in own.iterancestors():
            continue
        if sum(1 for d in dates[key] if d) * 2 < len(dates[key]):
            continue
        if _built(link, own) == _built(groups[key][0][0].root, box):
            inner.append(key)
    return max(inner, key=lambda key: len(groups[key]), default=best)


def _built(link, box) -> list:
    """The kinds (tag, classes) of the elements from ``box`` down to ``link``."""
    kinds = []
    for up in link.iterancestors():
        if up is box:
            return kinds
        kinds.append(row_kind(up))
    return kinds


def _wrapper_heading(box, container) -> bool:
    """True when ``box`` opens the wrapper it shares with ``container`` (nothing before it but
    the heading) and the list's own box has no heading: the words over the wrapper, which
    :func:`.rows.box_heading` reads for the opening box, head every box in it (搜索结果 over
    a result list cut into boxes of five; a 国内新闻 box opening a wrapper beside a 国际新闻
    box headed by its own words stays apart)."""
    parent = box.getparent()
    if parent is None or container.getparent() is not parent:
        return False
    if sum(isinstance(el.tag, str) for el in box.itersiblings(preceding=True)) > 1:
        return False
    return box_heading(container, is_period) is None


def _one_row_boxes(members: list, container, wrapper, page_url: str, own: str) -> str | None:
    """The sub-channels of a hub's boxes of one row each, grouped together at the wrapper the
    boxes share (DedeCMS's default channel page: ``dl.tbox`` boxes 教代会机构 and 师德建设 of one
    row beside 工会机构's five, lists98): ``+``-joined when every row stands alone in a box built
    like the list's container and leads into a sub-channel of its own, not the list's; else None.
    """
    kind = row_kind(container)
    boxes, subs = set(), []
    for link, url, _ in members:
        box = next((up for up in link.root.iterancestors() if row_kind(up) == kind), None)
        sub = _sub_channel([(link, url, None)], page_url)
        if box is None or box in boxes or wrapper not in box.iterancestors() or sub in (None, own):
            return None
        boxes.add(box)
        subs.append(sub)
    return "+".join(subs) if len(set(subs)) == len(subs) > 1 else None


#: Wrappers a year's box of an archive may stand in below the panel shared with the others.
_COUSIN_REACH = 4


def _period_cousin(container, other) -> bool:
    """True when ``other`` stands as deep below a wrapper shared with ``container``, each
    wrapper on the way built like its counterpart, and both top wrappers are headed by a
    period (2024, 2023年5月): a dated archive's year panels (``section > h3 2024`` beside
    ``div.collapse > div.body > div.collection``), each a box of the one list.
    """
    mine, theirs = container, other
    for _ in range(_COUSIN_REACH):
        up_mine, up_theirs = mine.getparent(), theirs.getparent()
        if up_mine is None or up_theirs is None:
            return False
        if up_mine is up_theirs:
            return _period_headed(mine, container) and _period_headed(theirs, other)
        if row_kind(up_mine) != row_kind(up_theirs):
            return False
        mine, theirs = up_mine, up_theirs
    return False


#: Columns a wrapper may print one list in, side by side.
_MAX_COLUMNS = 3


def _column_pair(container, other) -> bool:
    """True when ``other`` is another column of the container's list: boxes of one tag, classed
    apart (``div.list2 > ul.fl + ul.fr``: five rows left, five right), that are all their
    wrapper holds, every row dated (LABELLING lists10: a column that continues the list, left
    first). Undated boxes so split are a menu's columns (``ul.menu1`` … ``ul.menu3``)."""
    parent = container.getparent()
    if other.tag != container.tag or other.getparent() is not parent:
        return cell_pair(container, other)
    boxes = [child for child in parent if isinstance(child.tag, str)]
    return (
        len(boxes) <= _MAX_COLUMNS
        and all(box.tag == container.tag for box in boxes)
        and all(_dated_rows(box) for box in (container, other))
    )


def cell_pair(container, other) -> bool:
    """True when the two boxes are the cells of one table row, each all its cell holds and no
    heading of its own, every row dated: a category table's picture rows in the left cell and
    title rows in the right are one list (LABELLING lists10, a headline column continuing it)."""
    cells = [_own_cell(box) for box in (container, other)]
    if None in cells or cells[0] is cells[1] or cells[0].getparent() is not cells[1].getparent():
        return False
    row = [child for child in cells[0].getparent() if isinstance(child.tag, str)]
    return (
        len(row) <= _MAX_COLUMNS
        and all(cell.tag == "td" for cell in row)
        and all(_dated_rows(box) for box in (container, other))
    )


def _own_cell(box):
    """The table cell ``box`` is, or fills alone (``td > ul``), else None."""
    if box.tag == "td":
        return box
    cell = box.getparent()
    if cell is None or cell.tag != "td":
        return None
    return cell if [child for child in cell if isinstance(child.tag, str)] == [box] else None


def _dated_rows(box) -> bool:
    """True when every row of ``box`` prints a date."""
    rows = [row for row in box if isinstance(row.tag, str)]
    return bool(rows) and all(LIST_DATE_RE.search(element_text(row)) for row in rows)


def _toggled_day_box(container, other) -> bool:
    """True when ``other`` is a box of the container's list that a script folds or opens.

    A list grouped by day under date headings (LABELLING lists10's accordion) marks the open
    day's box with a state class the collapsed days lack (``ul.daylist`` beside
    ``ul.daylist.collapsed``): sibling boxes of one tag, the classes of one a subset of the
    other's, each right after a heading naming a period, are boxes of one list.
    """
    if other.tag != container.tag or other.getparent() is not container.getparent():
        return False
    mine, theirs = set(node_classes(container)), set(node_classes(other))
    if not (mine <= theirs or theirs <= mine):
        return False
    return _after_period(container) and _after_period(other)


def _after_period(box) -> bool:
    """True when the element just before ``box`` is a heading naming a period (2024-05-20)."""
    before = box.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or before.tag not in HEADING_TAGS:
        return False
    return is_period(element_text(before))


def _period_headed(top, box) -> bool:
    """True when ``top`` holds headings outside ``box`` and every one names a period."""
    texts = [
        element_text(heading)
        for heading in top.iter(*HEADING_TAGS)
        if heading is not box
        and box not in heading.iterancestors()
        and heading not in box.iterancestors()
    ]
    return bool(texts) and all(text and is_period(text) for text in texts)


#: Tags of the boxes a row's list stands in.
_LIST_BOXES = ("ul", "ol", "table", "dl")


def _rows_heading(members: list, container) -> str | None:
    """The heading of the one row's list inside ``container``, or None.

    A box of one row shares no box with another link at the list's path, so its row is
    grouped at the wrapper of the boxes (see :func:`.rows.merge_row_boxes`); its own list's
    heading (相关下载 over a ``<ul>`` of one form) is then inside the wrapper, above the row.
    """
    if len(members) != 1:
        return None
    for node in members[0][0].root.iterancestors():
        if node is container:
            return None
        if node.tag in _LIST_BOXES:
            return box_heading(node, is_period)
    return None


def lead_box(box, container, rows: int, list_rows: int) -> bool:
    """True when ``box`` opens the list's wrapper just before the list's ``container``: the
    same tag, a class in common (``row article`` before ``row articleItems``), no heading of
    its own and fewer rows, as a grid sets its newest stories out as larger cards."""
    after = box.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return (
        after is container
        and box.tag == container.tag
        and bool(plain_classes(box) & plain_classes(container))
        and rows < list_rows
        and box_heading(box, is_period) is None
    )


def box_rows(box, rows_path: tuple, pool: list[tuple]) -> list[tuple]:
    """The titles of ``box``'s rows: per child of the box, the first link of ``pool`` (title-like
    links first, then short ones) whose tags from the box down are ``rows_path``."""
    found: dict = {}
    for link, url in pool:
        chain = ancestry(link)
        if box not in chain:
            continue
        below = chain[chain.index(box) :]
        if len(below) < 2 or tuple(n.tag for n in below) != rows_path or below[1] in found:
            continue
        found[below[1]] = (link, url, below[1])
    return list(found.values())


#: A box heading that pins rows of the list above it (置顶, 顶置).
_PINNED_RE = re.compile(r"置顶|顶置|置頂")


def is_pinned_box(box, container) -> bool:
    """True when ``box`` is built like the list's ``container``, near it, headed 置顶."""
    if row_kind(box) != row_kind(container) or not _near(container, box):
        return False
    heading = box_heading(box, is_period)
    return heading is not None and _PINNED_RE.search(heading) is not None


#: The key :func:`continued_boxes` gives a 置顶 box found inside another group's container.
_PINNED_KEY = ("pinned",)


def _pinned_holder(members: list, container, wrapper):
    """The 置顶 box (:func:`is_pinned_box`) holding one of ``members``' links below their
    group's ``wrapper``, or holding the ``wrapper`` (a pinned card whose title and summary
    links were grouped in the card, each card a group: yulvhotel's hotel cards), or None."""
    for link, _, _ in members:
        for node in link.root.iterancestors():
            if node is wrapper or node is container or node.tag == "body":
                break
            if is_pinned_box(node, container):
                return node
    if wrapper is None:
        return None
    # up from the wrapper to the first box the list's container shares
    shared = set(container.iterancestors())
    for node in wrapper.iterancestors():
        if node in shared or node.tag == "body":
            break
        if is_pinned_box(node, container):
            return node
    return None


def group_rows_path(key: tuple) -> tuple:
    """The tags from a group's container down to its links."""
    path, container = key
    return path[sum(1 for _ in container.iterancestors()) :]


#: Levels up from two boxes of a hub within which they share an ancestor.
_HUB_REACH = 3


def _near(box, other) -> bool:
    """True when ``box`` and ``other`` share an ancestor within :data:`_HUB_REACH` levels."""
    mine = list(box.iterancestors())[:_HUB_REACH]
    return any(a in mine for a in list(other.iterancestors())[:_HUB_REACH])


def _channel_of(url: str) -> str:
    """The folder above the one ``url`` is in (``/xwdt/ttxw`` for ``/xwdt/ttxw/202606/t1.html``):
    a channel files its stories in dated folders of its own."""
    return urlsplit(url).path.rpartition("/")[0].rpartition("/")[0]


def box_lead(best: tuple, groups: dict) -> list[tuple]:
    """The lead story set above a portal box's rows, inside the box: ``[(link, url, row)]``.

    A box of the front page (头条新闻 … 更多) often shows its newest story in a heading with a
    picture, then the other stories as rows; the lead is a lone link in the rows' box, before
    their container, leading into the channel most rows lead into. A featured box of its own
    (a carousel beside the box) is not in it.
    """
    container = best[1]
    box = container.getparent() if container is not None else None
    if box is None:
        return []
    folders = [_channel_of(url) for _, url, _ in groups[best]]
    usual = max(set(folders), key=folders.count)
    if folders.count(usual) * 2 <= len(folders):
        return []
    position = {node: i for i, node in enumerate(box.iter())}
    start = position[container]
    found = []
    for key, members in groups.items():
        if key == best or len(members) != 1:
            continue
        link, url, _ = members[0]
        where = position.get(link.root)
        if where is None or where >= start or _channel_of(url) != usual:
            continue
        row = next(
            node for node in [link.root, *link.root.iterancestors()] if node.getparent() is box
        )
        found.append((where, (link, url, row)))
    return [member for _, member in sorted(found, key=lambda f: f[0])]
