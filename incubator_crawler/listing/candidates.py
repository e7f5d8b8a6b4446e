"""The generic finder's candidate links (no controls, tags or pager words) and their groups."""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from ..hrefs import leads_nowhere
from .cards import BUTTON_RE, CARD_REACH
from .entries import link_title, spaced_text, without_fragment
from .evidence import HEADING_TAGS, MORE_RE
from .js_rows import row_address
from .pager_words import ARROWS_RE, is_pager_word
from .pictures import picture_only
from .row_dates import FULL_DATE_RE, is_period
from .rows import element_path, node_classes

#: Controls a record carries besides its title (LABELLING lists88: wenxuecity's blog month
#: archive prints each post whole, its title unlinked, then ``[打印]``, ``共 3 篇评论``, ``发表评论``):
#: a control never stands for a record. Matched once arrows and brackets are dropped.
_CONTROL_RE = re.compile(
    r"(?:打印|列印|分享|收藏|举报|舉報|回复|回覆|(?:发表|發表|查看|共\d*篇?)?(?:评论|評論)\d*)"
)
#: A tag page's address (``/tags/Python/``, ``/tag/hexo``, EmpireCMS's ``/e/tags/?tagname=24``,
#: DedeCMS's ``/tags.php?/政策/``): Butterfly's archive rows (eurkon) link each post's tags beside
#: its title; a tag is never a record (lists11, lists88), nor a page number (lists98).
_TAG_PATH_RE = re.compile(r"/tags?(?:/|\.php$)", re.I)


def is_tag_link(link, url: str) -> bool:
    """True when a link leads to a tag page (its address, or ``rel="tag"``)."""
    rel = (link.attrib.get("rel") or "").split()
    return "tag" in rel or _TAG_PATH_RE.search(urlsplit(url).path) is not None


#: A feed's subscribe link: a short text ending in RSS (订阅本页RSS on csdn.net's rolling news,
#: 要聞港聞 RSS on orientaldaily.on.cc) or RSS订阅, to an address naming a feed.
_FEED_TEXT_RE = re.compile(r"(?i)^(?:订阅|訂閱)?.{0,8}?\s*RSS\s*(?:订阅|訂閱)?$")
_FEED_ADDRESS_RE = re.compile(r"(?i)rss|atom|feed|\.xml$")


def _control_or_tag(link, url: str, text: str) -> bool:
    """True when a link is a record's control (打印, 评论 …), a feed's subscribe link or a tag
    link, never a record (a last page's one row tied with 订阅本页RSS and lost as the later)."""
    if _CONTROL_RE.fullmatch(ARROWS_RE.sub("", text)):
        return True
    if _FEED_TEXT_RE.match(text.strip()) and _FEED_ADDRESS_RE.search(urlsplit(url).path):
        return True
    return is_tag_link(link, url)


#: Link texts of navigation and pagers, never articles.
_SHORT_TEXT = 6
#: Links inside these are navigation, sidebars or footers, never the main list.
_OUTSIDE_LIST = "ancestor::*[self::nav or self::aside or self::footer]"


#: A pager's number, bare or with the ellipsis of a jump to either end (Discuz's ``a.first``
#: ``1 ...`` and ``a.last`` ``... 10``).
_PAGE_NUMBER_TEXT_RE = re.compile(r"(?:\.{2,}|…+)?\s*\d+\s*(?:\.{2,}|…+)?")


def candidate_links(
    html: Selector,
    page_url: str,
    base: str,
    short: list[tuple] | None = None,
    pictures: list[tuple] | None = None,
) -> list[tuple]:
    """Web links with a title-like text, outside nav/aside/footer: ``[(link, url)]`` (``base``:
    :func:`base_url`, read once a page).

    Links to other hosts are candidates too: aggregators and forums list articles kept
    elsewhere, and the spider decides what it follows (see :func:`.row_shapes.keep_sites`). Texts
    shorter than ``_SHORT_TEXT`` are menus and buttons; pager numbers never count. ``short``,
    when given, gets the links whose text is too short for a candidate, 更多 / 详情 buttons left
    out, in the same pass (:func:`.grids.short_titles` reads them; a second pass over every link
    cost its ancestor XPath again). ``pictures``, when given, gets the links that hold only a
    picture (:func:`.grids.picture_grid` reads them).
    """
    here = without_fragment(page_url)
    # A page whose address is unknown (a saved file, page_url "") keeps its relative links as
    # written: they name its records all the same, and the pager's links stay relative too.
    schemes = ("http", "https") if urlsplit(page_url).scheme else ("http", "https", "")
    found = []
    for link in html.xpath("//a[@href]"):
        href = link.attrib["href"].strip()
        if not href or leads_nowhere(href):
            # a row whose title opens its story by script (LABELLING lists78: the reader
            # clicks the title and reads the story; decide92: a ``#`` href too, and any
            # address the link names): its link is the address it opens
            href = row_address(link)
        if not href or leads_nowhere(href, mailto=True):
            continue
        url = without_fragment(urljoin(base, href))
        parts = urlsplit(url)
        if parts.scheme not in schemes or url == here or not parts.path.strip("/"):
            continue
        text = link_title(link)
        if not text and pictures is not None and picture_only(link.root):
            if not link.xpath(_OUTSIDE_LIST) and not _in_header_row(link.root):
                pictures.append((link, url))
            continue
        is_short = len(_unbracketed(text)) < _SHORT_TEXT
        if is_short and (short is None or not text or MORE_RE.match(text)):
            continue
        if is_pager_word(text) and not in_dated_row(link.root):
            continue
        if _control_or_tag(link, url, text):
            continue
        if text.isdigit() or _PAGE_NUMBER_TEXT_RE.fullmatch(text) or link.xpath(_OUTSIDE_LIST):
            continue
        if _in_header_row(link.root):
            continue
        if not is_short and leads_up(parts, here):
            continue
        (short if is_short else found).append((link, url))
    return _without_row_buttons(found)


def _without_row_buttons(found: list[tuple]) -> list[tuple]:
    """``found`` without the read-more buttons (``查看详细内容>>``) whose row holds a worded link
    to the same story: the row's title names it, and the button, as worded as a title, took the
    tag path of a header's or footer's links (``div > a``) and made a group of them across the
    page (a DedeCMS row: picture, ``h4`` title, summary, ``查看详细内容>>``). The row is the
    button's nearest box holding another candidate; a button alone in its row stays (it may be
    the row's only link), and so does one whose row's other links lead elsewhere."""
    buttons = {link.root for link, _ in found if BUTTON_RE.match(link_title(link))}
    if not buttons:
        return found
    above = {link.root: set(link.root.iterancestors()) for link, _ in found}
    dropped = set()
    for link, url in found:
        if link.root not in buttons:
            continue
        for box in islice(link.root.iterancestors(), CARD_REACH):
            fellows = [(o, u) for o, u in found if o.root is not link.root and box in above[o.root]]
            if fellows:
                if any(u == url and o.root not in buttons for o, u in fellows):
                    dropped.add(link.root)
                break
    return [(link, url) for link, url in found if link.root not in dropped]


def leads_up(parts, page_url: str) -> bool:
    """True when a link (``parts``: its split address) leads to a folder above the page's own
    address on its host: the site's front page under a project folder (a Hugo site at
    ``/alc-site/``, its name ``h2 > a`` in the header) or a section's. No row of the 168 dev list
    labels leads up (lists316: 0 of 3,097 links), so it is never a candidate; the site's root
    (``/``) is left out already. A query names a page of its own (WordPress's ``/blog/?p=12``)."""
    page = urlsplit(page_url)
    if not page.scheme or parts.netloc != page.netloc or parts.query:
        return False
    folder = parts.path.rstrip("/") + "/"
    return page.path.startswith(folder) and page.path.rstrip("/") != parts.path.rstrip("/")


#: A link text wholly inside one pair of brackets: a row's column mark (``[学校新闻]``, ``【通知公告】``).
_BRACKETED_TEXT_RE = re.compile(r"\[([^\[\]]*)\]|【([^【】]*)】|［([^［］]*)］")


def _unbracketed(text: str) -> str:
    """A link's text without the one pair of brackets wrapping all of it: a column mark
    ``[学校新闻]`` is four characters of name, as short as the menu entry it names, not a title
    of six (sxyz's rows print ``[党政办]`` and ``[学校新闻]`` before each title)."""
    found = _BRACKETED_TEXT_RE.fullmatch(text)
    return (found[1] or found[2] or found[3] or "").strip() if found else text


#: How far above a pager word's link its row may stand (``tr > td > span > a``).
_ROW_REACH = 3


def in_dated_row(el) -> bool:
    """True when a link worded as a pager's (``Next``) stands in a dated row of a list: it is
    a record titled so, not a pager link. The row is the nearest box holding more than the
    link: one date with its year in it (``显示 1-20 条`` is none; a list's box holds many), and no
    other pager link (wm114's 下页 and 尾页 printed in the box of the dated rows are a pager's)."""
    own = spaced_text(el)
    for ancestor in islice(el.iterancestors(), _ROW_REACH):
        text = spaced_text(ancestor)
        if text == own:
            continue
        if len(FULL_DATE_RE.findall(text.replace(own, " ", 1))) != 1:
            return False
        return not any(
            other is not el and (words.isdigit() or (words and is_pager_word(words)))
            for other in ancestor.iter("a")
            for words in (spaced_text(other),)
        )
    return False


#: How far above a link its table cell may stand (``th > span > a``).
_CELL_REACH = 4


def _in_header_row(el) -> bool:
    """True when the link stands in a table's header row (``thead``, or a ``tr`` of ``th``
    cells only): a column's sort link (发布日期排序) heads the rows, it is none of them."""
    for ancestor in islice(el.iterancestors(), _CELL_REACH):
        if ancestor.tag == "thead":
            return True
        if ancestor.tag == "tr":
            return not any(cell.tag == "td" for cell in ancestor)
    return False


def ancestry(link) -> list:
    """The link's element and its ancestors, root first."""
    return [link.root, *link.root.iterancestors()][::-1]


def tag_path(link) -> tuple:
    """The tags from the root down to the link (``('html', 'body', …, 'li', 'a')``)."""
    return element_path(link.root)


def record_groups(matching: list[tuple]) -> dict:
    """Group links into lists by record structure: ``{(tag path, container): [(link, url, row)]}``.

    Links of one list share their tag path from the root (``…/ul/li/span/a``,
    ``…/main/article/header/h2/a``) whatever their URLs; the list's container is the deepest
    ancestor a link shares with another link of the same path to another page (a story's
    picture and title links are one row), and its row is the container's
    child holding the link. A sidebar with the same tag path has another container. Lists
    nested in a list's container with rows like its own are part of it (:func:`merge_nested`).
    """
    by_path: dict[tuple, list] = {}
    for link, url in matching:
        chain = ancestry(link)
        path = tuple(node.tag for node in chain)
        by_path.setdefault(path, []).append((link, url, chain))
    groups: dict = {}
    for path, members in by_path.items():
        for link, url, chain in members:
            container, row = _shared_container(chain, members, url)
            groups.setdefault((path, container), []).append((link, url, row))
    return merge_nested(groups)


def merge_nested(groups: dict) -> dict:
    """Fold into a list the groups whose rows sit inside its container and look like its rows.

    Pinned threads in a box inside the thread list, or day groups left unclosed so that each
    day nests in the one before, give rows of the same tag path below the row and the same
    classes (one class set holding the other: ``thread_top`` marks pinned rows) but another
    full path, hence a group of their own. Rows inside the list's own rows (links in a card)
    are not folded.
    """
    # Outer lists first, so the outermost of nested day groups takes in all the others.
    order = sorted(groups, key=lambda key: (len(key[0]), -len(groups[key])))
    merged: dict = {}
    absorbed: set = set()
    for key in order:
        if key in absorbed:
            continue
        members = list(groups[key])
        container = key[1]
        first_link, _, first_row = members[0]
        if container is None or first_row is None:
            merged[key] = members
            continue
        below = [first_link.root]
        while below[-1] is not first_row:
            below.append(below[-1].getparent())
        rowpath = tuple(node.tag for node in below)
        own_rows = {row for _, _, row in members}
        # the classes of any of the list's rows: the first may be an advert classed apart
        row_classes = {frozenset(node_classes(row)) for row in own_rows if row is not None}
        for other in order:
            if other == key or other in absorbed or other in merged:
                continue
            fits = []
            for link, url, _ in groups[other]:
                chain = [link.root, *link.root.iterancestors()][: len(rowpath) + 1]
                if tuple(n.tag for n in chain[: len(rowpath)]) != rowpath:
                    break
                row = chain[len(rowpath) - 1]
                classes = node_classes(row)
                if row in own_rows or not any(
                    classes <= them or them <= classes for them in row_classes
                ):
                    break
                if _headed_apart(link.root, row, groups[other]):
                    break
                ancestors = list(row.iterancestors())
                if container not in ancestors or any(a in own_rows for a in ancestors):
                    break
                fits.append((link, url, row))
            else:
                members += fits
                absorbed.add(other)
        if len(members) > len(groups[key]):
            position = {node: i for i, node in enumerate(container.iter())}
            members.sort(key=lambda m: position.get(m[0].root, 0))
        merged[key] = members
    return merged


def _headed_apart(link, row, members: list) -> bool:
    """True when ``link``'s list stands in a box of its own under a heading of words that is no
    row of links and no day, inside the ``row`` it would fold into (lists158: a column's 通知公告
    list printed under its heading beside a 新闻动态 box of rows built like it, both in one
    wrapper a side menu's link made a list's container, is a list of its own; a day box left
    unclosed is headed by its date and stays the list's). Only a box holding two or more of the
    list's links (``members``) is looked at: a heading inside a row is the row's own."""
    mine = {m[0].root for m in members}
    branch = {link, *link.iterancestors()}
    node = link.getparent()
    while node is not None:
        if sum(1 for a in node.iter("a") if a in mine) > 1:
            for child in node:
                if child in branch:
                    break  # only a heading printed before the list's branch heads it
                if child.tag in HEADING_TAGS and next(child.iter("a"), None) is None:
                    text = " ".join("".join(child.itertext()).split())
                    if text and not is_period(text):
                        return True
        if node is row:
            break
        node = node.getparent()
    return False


def _shared_container(chain: list, members: list, url: str) -> tuple:
    """The deepest ancestor in ``chain`` that the chain of a member linking elsewhere shares,
    and the row below it.

    A picture link and the title link of one story (both ``…/li/div/a``) are one record:
    the element holding the two is the row, not a list of two.
    """
    for depth in range(len(chain) - 2, -1, -1):
        node = chain[depth]
        if any(
            other[depth] is node for _, href, other in members if other is not chain and href != url
        ):
            return node, chain[depth + 1]
    return None, None
