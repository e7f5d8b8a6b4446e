"""Rows of a list found by record structure: boxes that are one list, rows built a little
differently, links that are not the row's article, and the list a pager belongs to.

The generic list finder (:func:`.links.find_article_links_generic`) groups links by their tag
path; these rules work on those groups, in lxml elements, and know nothing of class names of
any site: a row is a child of the list's container, a box is a container, and what makes two
of them "alike" is their tag and classes.

A member is a ``(link, url, row)`` triple: the parsel link, its absolute URL and the row (the
container's child holding the link).
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable

from ..article.page import node_classes

#: Containers that are one row holding several articles (a table row of two columns).
_ROW_BOX_TAGS = ("tr", "li", "div", "dd", "p")
#: A post's own box (a blog theme's ``section.post``, ``article``): a row a pair climbs to.
_POST_BOX_TAGS = ("section", "article")
#: A class that numbers its row (n1, item-3): rows so numbered are still alike.
_NUMBERED = re.compile(r"\d").search
#: Levels from a two-link group's shared element up to the row it stands in: a pair (a
#: title and its column link) may sit deep in a forum's row, a group of more links is a
#: list of its own (a filter menu) and climbs less.
_ROW_BOX_REACH = 5
_ROW_BOX_REACH_MANY = 3
#: Pages a group links to at most to climb as a pair.
_ROW_BOX_PAIR = 2
#: Copies of one link, each between other pages' links, that make it a column link.
_REPEATED_MIN = 3
#: Levels up from a list's container searched for the pager that pages it.
_PAGER_REACH = 3
#: Levels up from a box of rows searched for the wrapper its day heads.
_DAY_REACH = 2
#: A day heading is short: a date, perhaps with its weekday (2015-05-22 星期五).
_DAY_HEADING_MAX = 20


def plain_classes(node) -> frozenset:
    """The element's class names without those that number it (n1, item-3)."""
    return frozenset(c for c in node_classes(node) if not _NUMBERED(c))


def row_kind(node) -> tuple:
    """What makes rows alike: the tag and the class names (a missing node has none)."""
    return (node.tag, frozenset(node_classes(node))) if node is not None else (None, frozenset())


def element_text(node) -> str:
    """The element's text as a reader sees it: its pieces joined, whitespace runs squashed."""
    return " ".join("".join(node.itertext()).split())


def merge_row_boxes(groups: dict) -> dict:
    """Fold groups whose containers are sibling rows of one kind into one list.

    Two articles per table row (``<tr><td><a/></td><td><a/></td></tr>``) make each row the
    container of its own two-link group; rows alike (tag and classes) under one parent are
    the list, so their groups become one, keyed by that parent, each old container a row.
    """
    by_parent: dict = {}
    for key, members in groups.items():
        path, container = key
        if container is None or len(members) < 2:
            continue
        # The row may also be a few levels above the links' shared element when the links
        # sit side by side in it: a title and its column link in each row's heading
        # (li > div > h2 > a, a). A list's own container (rows below it) is not climbed.
        inline = all(row is link.root for link, _, row in members)
        reach = (
            _ROW_BOX_REACH
            if len({url for _, url, _ in members}) <= _ROW_BOX_PAIR
            else _ROW_BOX_REACH_MANY
        )
        box = container
        for level in range(reach if inline else 1):
            parent = box.getparent()
            if parent is None:
                break
            # a pair climbing from its heading stops at the post's own box too: climbing on,
            # two posts' pairs met at the box all the posts share, one row for the whole list
            # (a two-post page whose titles each carry the column's link, lists299)
            if box.tag in _ROW_BOX_TAGS or (level and box.tag in _POST_BOX_TAGS):
                kind = (box.tag, plain_classes(box))
                by_parent.setdefault((level, path, parent, kind), []).append((key, box))
            box = parent
    merged = dict(groups)
    for (_, path, parent, _), keys in sorted(by_parent.items(), key=lambda item: item[0][0]):
        keys = [(key, box) for key, box in keys if key in merged]
        if len(keys) < 2:
            continue
        folded = []
        for key, box in keys:
            folded += [(link, url, box) for link, url, _ in merged.pop(key)]
        merged[(path, parent)] = merged.get((path, parent), []) + folded
    return merged


def _day_heading(wrapper, branch, is_date: Callable[[str], bool]) -> bool:
    """True when a child of ``wrapper`` before ``branch`` is a short date (the day's heading)."""
    for child in wrapper:
        if child is branch:
            return False
        if not isinstance(child.tag, str):
            continue
        text = element_text(child)
        if text and len(text) <= _DAY_HEADING_MAX and is_date(text):
            return True
    return False


def merge_day_groups(groups: dict, is_date: Callable[[str], bool]) -> dict:
    """Fold the boxes of a list printed day by day into one list, each day's wrapper a row.

    Rolling news prints ``<dl><dt>2015-05-22</dt><dd><ul><li><a/>…</ul></dd></dl>`` per day:
    the links share their tag path, but each day's box is a container of its own, and the
    links of a one-article day fall to the wrappers' parent. Wrappers alike (tag and classes)
    under one parent, each headed by a date before its box, are one list keyed by that
    parent; the day's date is then printed in each row. Boxes headed by words (channels of
    a portal) stay apart.
    """
    days: dict = {}
    for key in groups:
        path, container = key
        node = container
        for _ in range(_DAY_REACH):
            wrapper = node.getparent() if node is not None else None
            if wrapper is None or wrapper.getparent() is None:
                break
            if _day_heading(wrapper, node, is_date):
                days.setdefault((path, wrapper.getparent(), row_kind(wrapper)), {})[key] = wrapper
                break
            node = wrapper
    merged = dict(groups)
    for (path, parent, kind), boxes in days.items():
        singles = merged.get((path, parent), [])
        if len(set(boxes.values())) + len(singles) < 2 or any(
            row_kind(row) != kind for _, _, row in singles
        ):
            continue
        members = list(singles)
        for key, wrapper in boxes.items():
            members += [(link, url, wrapper) for link, url, _ in merged.pop(key)]
        position = {node: i for i, node in enumerate(parent.iter())}
        members.sort(key=lambda m: position.get(m[0].root, 0))
        merged[(path, parent)] = members
    return merged


#: Siblings after a bare row read as the rest of its record.
_TAIL_REACH = 3


def record_tail(row) -> str:
    """The text of the siblings after ``row`` up to the next row of its tag: the rest of a
    record whose parts are not wrapped (``<h3>title</h3><dl>summary, date</dl><h3>…``).

    A wrapped row's next sibling is the next row, so its tail is empty.
    """
    if row is None or not isinstance(row.tag, str):
        return ""
    parts = []
    node = row.getnext()
    while node is not None and len(parts) < _TAIL_REACH:
        if isinstance(node.tag, str):
            if node.tag == row.tag:
                break
            parts.append(element_text(node))
        node = node.getnext()
    return " ".join(parts)


def row_of(link, container):
    """The child of ``container`` that holds ``link`` (None when it is not inside)."""
    node = link.root
    for parent in node.iterancestors():
        if parent is container:
            return node
        node = parent
    return None


#: Records a row must hold to be a box of records rather than one record of a few cells.
_BOX_RECORDS = 3


def box_records(members: list, own: list | None = None) -> dict:
    """The rows of ``members`` that are boxes of several records, each with the element
    holding its records: ``{row: holder}``.

    A list cut into boxes (five rows per ``<ul>``, two halves round a banner) has its boxes
    folded into one list by :func:`merge_row_boxes`, each box a row: the records are inside
    it. A row whose links lead to pages of its own (no other row links them) in three or
    more children alike of the deepest element round them all (the holder) is such a box;
    a record is the holder's child round a link. With ``own`` (the list's own members, when
    ``members`` adds the links at its tag path), a box is built like a row of ``own``: a
    box of another list in the same layout column is none of the list's.
    """
    kinds = {row_kind(row) for _, _, row in own} if own is not None else None
    by_row: dict = {}
    rows_of: dict = {}
    for link, url, row in members:
        if row is not None:
            by_row.setdefault(row, {}).setdefault(url, link.root)
            rows_of.setdefault(url, set()).add(row)
    holders: dict = {}
    for row, links in by_row.items():
        if kinds is not None and row_kind(row) not in kinds:
            continue
        # two pages of the row's own, not a title beside a link every row shares (its column)
        if sum(1 for url in links if len(rows_of[url]) == 1) < 2:
            continue
        nodes = list(links.values())
        chain = [nodes[0], *nodes[0].iterancestors()]
        depth = 0
        for node in nodes[1:]:
            above = {node, *node.iterancestors()}
            while chain[depth] not in above:
                depth += 1
        holder = chain[depth]
        # the records are three or more, built alike (five job tables in a box); a row's
        # cells (the title's, its downloads') are one record, however they are classed
        records = dict.fromkeys(_child_round(node, holder) for node in nodes)
        if len(records) >= _BOX_RECORDS and len({row_kind(r) for r in records}) == 1:
            holders[row] = holder
    return holders


def _child_round(node, holder):
    """The child of ``holder`` that is ``node`` or holds it (``holder`` when ``node`` is it)."""
    for parent in node.iterancestors():
        if parent is holder:
            return node
        node = parent
    return holder


def as_records(members: list, holders: dict) -> list:
    """``members`` with each row that is a box of records (:func:`box_records`) replaced
    by the record round the link; other rows stay."""
    out = []
    for link, url, row in members:
        holder = holders.get(row)
        record = row_of(link, holder) if holder is not None else None
        out.append((link, url, record if record is not None else row))
    return out


_WORD_RE = re.compile(r"[^\W\d_]")


def sibling_rows(container, members: list, matching: list, short: list = ()) -> list:
    """Rows of the list with no member yet, built a little differently (another wrapper
    round the title, a headline row with picture and heading): each gives the link that
    stands as the list's titles stand, the longest on a tie.

    A row qualifies when it is a child of the list's container with the tag most of the
    list's rows have and classes like one of theirs (the same, more or fewer);
    ``matching`` are the page's title-like ``(link, url)`` candidates. A link stands as
    the titles stand when its nearest wrappers are built like theirs (a job's ``p.t1 >
    span`` in a row set out with a picture, not the company's ``span.t2`` beside it).
    A row with no title-like link takes a ``short`` link (too short for a candidate) that
    stands as the titles stand: a story set out with a picture whose headline is short
    (渤海之白糖, 营销网络) is a row of the list as its plain rows are.
    """
    if container is None:
        return []
    rows = {row for _, _, row in members}
    if len(rows) < 2:
        return []
    # rows in the page's order: a tie goes to the first row's tag, the same on every run
    usual = Counter(row.tag for row in dict.fromkeys(r for _, _, r in members)).most_common(1)[0][0]
    classes = [plain_classes(row) for row in rows]
    # the class every row of the list carries (rtddt), beside the classes that set a row
    # apart (its category: life, property; even)
    common = frozenset.intersection(*classes)
    # how the list's first title stands in its row
    first_link, _, first_row = members[0]
    wrappers = _wrappers(first_link.root, first_row) if first_row is not None else []
    best: dict = {}
    titled: set = set()  # rows holding a title-like link: a short link is no title there
    stands = None  # how the titles stand: the list's first, then those of the rows taken here
    pool = [(False, link, url) for link, url in matching]
    pool += [(True, link, url) for link, url in short]
    for is_short, link, url in pool:
        row = row_of(link, container)
        if row is None or row in rows or row.tag != usual or (is_short and row in titled):
            continue
        # another kind of block between the rows (a question's vote bar, classed unlike
        # every row) is no row; a headline row adds a class or drops them, rows numbered
        # by class (n1, n2) are alike, and so is a row of a category no other row is of
        # that carries the class every row carries (li.rtddt.property.even among
        # li.rtddt.life rows)
        mine = plain_classes(row)
        if not any(mine <= other or other <= mine for other in classes) and not (
            common and common <= mine
        ):
            continue
        text = (link.attrib.get("title") or "").strip() or " ".join(link.root.itertext()).strip()
        rank = (_stands_like(link.root, row, wrappers), len(text))
        if is_short and stands is None:  # the title-like links came first: their rows are read
            stands = [wrappers, *(_wrappers(have.root, at) for at, (_, have, _) in best.items())]
        if is_short and (
            not any(_stands_like(link.root, row, usual) == len(usual) for usual in stands)
            or not _WORD_RE.search(text)
        ):
            # a short link built unlike the titles (a tag, a button) or showing no word (a
            # pager's ...) titles nothing; a title this reading took counts as the list's
            # (a plain dated row's short title among rows set out with a picture, lists310)
            continue
        if not is_short:
            titled.add(row)
        if row not in best or rank > best[row][0]:
            best[row] = (rank, link, url)
    return [(link, url, row) for row, (_, link, url) in best.items()]


def _wrappers(node, row) -> list:
    """The kinds (tag, classes) of ``node`` and the elements above it up to ``row``, nearest
    first."""
    kinds = [row_kind(node)]
    for parent in node.iterancestors():
        if parent is row:
            break
        kinds.append(row_kind(parent))
    return kinds


def _stands_like(node, row, usual: list) -> int:
    """How many of the link's nearest wrappers (itself first) are built like ``usual``'s."""
    n = 0
    for mine, theirs in zip(_wrappers(node, row), usual, strict=False):
        if mine[0] != theirs[0] or not (mine[1] <= theirs[1] or theirs[1] <= mine[1]):
            break
        n += 1
    return n


def drop_shared_links(members: list) -> list:
    """The members without links that other rows share where the row has one of its own.

    An article is one row's; a link repeated in many rows beside each row's own link is
    the rows' category, column or author page (``[通知公告] 标题``). Each row keeps the
    links found in the fewest rows, so a story listed twice, alone in its second row,
    stays, and a row of two articles keeps both. Two rows are enough (a last page of two
    posts, each title followed by the column's link: lists299); one row tells nothing.
    """
    rows_of: dict = {}
    for _, url, row in members:
        rows_of.setdefault(url, set()).add(row)
    fewest: dict = {}
    for _, url, row in members:
        fewest[row] = min(fewest.get(row, len(rows_of[url])), len(rows_of[url]))
    if len(fewest) < 2:
        return members
    return [m for m in members if len(rows_of[m[1]]) == fewest[m[2]]]


def drop_repeated_links(matching: list[tuple], short: list[tuple]) -> list[tuple]:
    """The candidates without a link repeated between other pages' links at its tag path.

    A column or category link printed after each title (``标题 [通知公告栏目]``) stands
    beside every row's own link at the same tag path: as a candidate it makes each title
    and its column link a record of two, so the rows are not read as one list (a list
    variant of pbc.gov.cn's rows). Such a link repeats three times or more with another
    page's link (``short``: a title too short for a candidate counts) between its copies
    (:func:`_apart`); a story's own picture, title and 详细 links stand side by side and
    stay (:func:`drop_shared_links` still cleans the rows).
    """
    paths = {link.root: element_path(link.root) for link, _ in matching}
    copies = Counter((paths[link.root], url) for link, url in matching)
    suspects = {key for key, count in copies.items() if count >= _REPEATED_MIN}
    if not suspects:
        return matching
    # read in page order with the short links at the same paths (few pages get here)
    root = matching[0][0].root.getroottree().getroot()
    position = {node: i for i, node in enumerate(root.iter())}
    wanted = {path for path, _ in suspects}
    at_path: dict[tuple, list] = {}
    for link, url in matching + short:
        path = paths.get(link.root) or element_path(link.root)
        if path in wanted:
            at_path.setdefault(path, []).append((position.get(link.root, 0), url))
    repeated = {
        (path, url)
        for path, url in suspects
        if _apart([u for _, u in sorted(at_path[path], key=lambda p: p[0])], url)
    }
    return [(link, url) for link, url in matching if (paths[link.root], url) not in repeated]


def element_path(el) -> tuple:
    """The tags from the root down to ``el`` (``('html', 'body', …, 'li', 'a')``)."""
    return tuple(node.tag for node in [el, *el.iterancestors()][::-1])


def _apart(urls: list[str], url: str) -> bool:
    """True when ``url``'s copies stand apart, each between other pages' links (two in three
    pairs may: a menu entry may take a copy too), and densely: a third of the links from its
    first copy to its last (a story listed in three boxes is not)."""
    at = [i for i, u in enumerate(urls) if u == url]
    pairs = list(zip(at, at[1:], strict=False))
    apart = sum(j - i > 1 for i, j in pairs)
    return 3 * apart >= 2 * len(pairs) and 3 * len(at) >= at[-1] - at[0] + 1


def worded_rows(members: list) -> set:
    """The rows of ``members`` that hold a link showing words (not a picture-only link)."""
    return {row for link, _, row in members if element_text(link.root)}


def drop_badges(members: list) -> list:
    """The members without picture-only links in rows whose own link has words.

    A row's badge (a 顶 icon nested in the job's link, saying only 点击“顶”字 in its
    tooltip) leads to an advert or a product page; the row's article is the link a reader
    reads. A picture-only link to the story itself is dropped with no loss: the titled
    link names the same page.
    """
    worded = worded_rows(members)
    return [m for m in members if m[2] not in worded or element_text(m[0].root)]


#: The words a site labels a paid row with (广告, 推广, [赞助], Sponsored, AD), the whole text.
_AD_LABEL_RE = re.compile(
    r"(?i)^[\[【(（]?(?:广告|廣告|推广|推廣|赞助|贊助|商业推广|商業推廣|sponsored|advertisement|ad|promoted)"
    r"[\]】)）]?$"
)


def _labelled_advert(row) -> bool:
    """True when an element of ``row`` other than a link says 广告 (推广, Sponsored) alone."""
    for node in row.iter():
        if isinstance(node.tag, str) and node.tag != "a":
            text = (node.text or "").strip()
            if text and len(node) == 0 and _AD_LABEL_RE.match(text):
                return True
    return False


def drop_adverts(members: list) -> list:
    """The members without the rows labelled as adverts (a forum's 广告 threads among its own).

    A site that sells rows in its list prints them like its own rows and marks each with a
    short 广告 / 推广 / Sponsored label; the label is what a reader goes by, however many of
    a short last page's rows the adverts are. A list whose every row is so labelled is left
    as it is (a channel of 推广 notices, not a list with adverts).
    """
    verdict: dict = {}
    for _, _, row in members:
        if row is not None and row not in verdict:
            verdict[row] = _labelled_advert(row)
    if all(verdict.values()):
        return members
    return [m for m in members if not verdict.get(m[2], False)]


def pager_boxes(pager: list) -> set:
    """The elements holding any of the page's pager links (lxml elements)."""
    boxes: set = set()
    for link in pager:
        boxes.update(link.iterancestors())
    return boxes


def pager_distance(container, boxes: set) -> int | None:
    """Levels up from a list's container to the nearest box holding the pager, or None.

    The pager is printed under the list it pages, in the same box or the box around it;
    a side list reaches it only through the page's wider layout, hence from further up.
    """
    node = container
    for level in range(_PAGER_REACH + 1):
        if node is None:
            return None
        if node in boxes:
            return level
        node = node.getparent()
    return None


#: A box's heading is short (国际新闻, 通知公告 更多>>); longer texts are rows or summaries.
_HEADING_MAX = 20
#: Links a heading may hold (its title and a 更多 link); a strip of more is a tab bar or nav.
_HEADING_LINKS = 2


def too_many_links_for_heading(node) -> bool:
    """True when ``node`` holds more links than a heading may (a title and a 更多 link): a tab
    bar (热门 | 最新 | 热榜) or a menu, never a box's heading."""
    return len(node.xpath(".//a")) > _HEADING_LINKS


def box_heading(box, is_date: Callable[[str], bool]) -> str | None:
    """The words heading ``box`` (国际新闻 over a channel's box), or None.

    The heading is the element just before the box, or before the box's wrapper when the
    box opens it; a short text, not a date (a day's heading is no channel's), in an
    element built unlike the box (another box of the list is no heading) with at most a
    title and a 更多 link.
    """
    if box is None:
        return None
    node = box
    for _ in range(2):
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            text = element_text(before)
            if (
                text
                and len(text) <= _HEADING_MAX
                and not is_date(text)
                and row_kind(before) != row_kind(box)
                and not too_many_links_for_heading(before)
            ):
                return text
            return None
        node = node.getparent()
        if node is None:
            return None
    return None


def _displaced(root) -> list:
    """Elements the parser hung outside the body: under ``<html>`` beside ``<body>``, or in the
    further ``<html>`` elements it opens after the document's one."""
    found = [c for c in root if isinstance(c.tag, str) and c.tag not in ("head", "body")]
    for sibling in root.itersiblings():
        if isinstance(sibling.tag, str):
            found += [
                c for c in sibling if isinstance(c.tag, str) and c.tag not in ("head", "body")
            ]
    return found


def has_displaced(root) -> bool:
    """True when the parser hung page content outside the body (see :func:`rehome_displaced`)."""
    return bool(_displaced(root))


def rehome_displaced(root):
    """A copy of the document whose elements the parser hung outside the body are put back,
    each beside the body's last element built like it (tag and classes), else at the body's
    end; the copy's ``<html>`` element.

    Broken markup (a stray ``</html>``, a tag cut off in a saved page) makes the HTML parser
    close the document early and hang the rest of the page under ``<html>`` or under a second
    ``<html>`` after it: the later rows of a list end up at another tag path than the first
    ones, as if they were another list.
    """
    copied = copy.deepcopy(root)  # the root alone: the further <html> elements are read below
    body = next((child for child in copied if child.tag == "body"), None)
    if body is None:
        return copied
    displaced = [c for c in copied if isinstance(c.tag, str) and c.tag not in ("head", "body")]
    for sibling in root.itersiblings():
        if isinstance(sibling.tag, str):
            displaced += [
                copy.deepcopy(c)
                for c in sibling
                if isinstance(c.tag, str) and c.tag not in ("head", "body")
            ]
    for node in displaced:
        kind = row_kind(node)
        alike = [el for el in body.iter(node.tag) if kind[1] and row_kind(el) == kind]
        if alike:
            alike[-1].addnext(node)
        else:
            body.append(node)
    return copied


def common_ancestor(nodes: list):
    """The deepest element holding every node of ``nodes``, or None."""
    shared = [nodes[0], *nodes[0].iterancestors()]
    for node in nodes[1:]:
        mine = {node, *node.iterancestors()}
        shared = [n for n in shared if n in mine]
    return shared[0] if shared else None
