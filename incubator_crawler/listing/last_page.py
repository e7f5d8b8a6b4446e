"""The lone row of a column's last page: beside its pager, in the channel's folder above its
pager, its one story past a footer, its one dated card beside a widget of social links or over
the links of its own text, or its one dated short title where no link is title-like."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from urllib.parse import urlsplit

from .domains import site_of
from .entries import date_beside
from .evidence import column_folders
from .pager_links import above_pager, is_pager_link
from .row_shapes import story_address
from .rows import element_path, element_text
from .side_lists import menu_entry


def _pager_depth(node, boxes: set) -> int:
    """How deep the nearest element holding both ``node`` and a pager link lies (-1: none)."""
    for ancestor in [node, *node.iterancestors()]:
        if ancestor in boxes:
            return sum(1 for _ in ancestor.iterancestors())
    return -1


def row_by_pager(groups: dict, boxes: set) -> tuple | None:
    """The lone row a last page of one story shows above its pager, or None.

    A column's last page may hold one row: its lone link weighs less than a menu, yet it
    stands in the pager's box (the row, the pager and nothing else under one element), where
    no list of the page reaches: the element holding it and the pager lies deeper than the one
    holding any list and the pager. A lone link among a menu's short entries is no row,
    nor is a pager link. Of two lone links as deep (a featured card over the list's one row,
    both in the column's box with the pager), the row is the one printed right above the
    pager (:func:`.pager_links.above_pager`, read from the link's own box). Of lone links
    as deep and as near the pager, the one in a heading is the row: a post card of one
    story prints its author's link, its title (``h3 > a``) and its summary as three lone
    links, and the title, not the author's profile printed first, is the story.
    """
    if not boxes:
        return None
    reach = max((_pager_depth(key[1], boxes) for key in groups if key[1] is not None), default=-1)
    rows = []
    for key, members in groups.items():
        if not _lone_link(key, members):
            continue
        # a card's cover picture and its title link to one post: the title (a worded link,
        # no menu's short entry) is the one read
        link = next((m[0] for m in members if not menu_entry(m[0])), None)
        if link is None or is_pager_link(link):
            continue  # a 'Load more' button is the pager itself
        depth = _pager_depth(link.root, boxes)
        if depth > reach:
            above = above_pager(_own_box(link.root), boxes)
            rows.append(((depth, above, _in_heading(link.root)), key))
    if not any(key[1] is None for _, key in rows):
        # a link grouped with others only at ``body`` is a lone row beside a lone link; alone it
        # is one row of a list the written rules weigh (lists136: a row and a bigger dated box
        # printed with one tag path, neither in the channel's folder)
        return None
    return max(rows, key=lambda row: row[0])[1]


def _lone_link(key, members: list) -> bool:
    """True for a group of links to one address standing in no list's box: no container, or only
    the page's ``body`` (lists307: the one row left in a column's ``ul > li`` shares its tag path
    with the header menu's ``ul > li`` links, so the two meet only at ``body``). A post card's
    cover picture and title, both linking the post, are one row (lists312)."""
    return len({url for _, url, _ in members}) == 1 and (
        key[1] is None or key[1].tag in ("body", "html")
    )


def _own_box(link):
    """The highest element holding ``link`` and no other link (the link itself at least)."""
    node = link
    parent = node.getparent()
    while parent is not None and all(a is link for a in parent.iter("a")):
        node, parent = parent, parent.getparent()
    return node


#: The most links of a group a lone story outweighs (a footer's or an app box's two).
_LONE_RIVAL = 2


def _shared_folders(url: str, page_url: str) -> int:
    """How many folder names of ``url``'s path the page's own path holds too."""
    page = set(urlsplit(page_url).path.split("/")) - {""}
    return len(page & set(urlsplit(url).path.split("/")[:-1]))


def lone_story(best: tuple, groups: dict, dates: dict, page_url: str) -> tuple | None:
    """The lone row of a last page of one undated story, when the heaviest group leads to no
    story at all, or None.

    A column's last page may keep one row without a date or a pager the finder knows; a footer
    of two of the site's pages (Terms of Use, Code of ethics) then outweighs it. A reader
    passes those over: they lead to no story (no dated row, no address naming a story by its
    number, :func:`story_address`), while the lone row leads to one of the site's stories.
    Two rows on another host stay a list (an aggregator's last page of two), unless both are a
    menu's entries (:func:`menu_entry`: two bit.ly promotions among the channel tabs 國內 國際 of
    stormmediagroup.com's sub-menu, newsdiff-list-storm-news1-more cut to one row). Of several lone
    stories (a breaking-news ticker above the column) the row is the one filed under the
    page's channel: ``/world/548bfe2e…/`` on ``/list/world/``, not the ticker's
    ``/local/548c0217…``; a tie leaves none.
    """
    site = site_of(page_url)
    urls = {url.rstrip("/") for _, url, _ in groups[best]}
    # the heaviest group may be one of the lone stories itself, once a footer of short names
    # yields as a menu (_short_name_menus): the lone stories are weighed against each other
    lone = best[1] is None and len(urls) == 1 and not any(dates[best])
    lone = lone and story_address(next(iter(urls)))
    if not lone and (
        len(urls) > _LONE_RIVAL or any(dates[best]) or any(story_address(url) for url in urls)
    ):
        return None  # three rows or more are a list, however short (a last page of three)
    fellows = frozenset(link.root for link, _, _ in groups[best])
    menu = all(menu_entry(link, fellows) for link, _, _ in groups[best])
    if any(site_of(url) != site for url in urls) and not menu:
        return None  # two rows elsewhere (an aggregator's last page) are a list all the same
    stories: dict[str, tuple] = {}
    held = None
    for key, members in groups.items():
        urls = {url.rstrip("/") for _, url, _ in members}
        if len(urls) != 1 or (key == best and not lone) or any(dates[key]):
            continue
        url = next(iter(urls))
        if site_of(url) != site or is_pager_link(members[0][0]):
            continue
        if not story_address(url):
            # a story named by a hash (Butterfly's /posts/9db47b22.html) is one all the same
            # when its card dates it (lists272: ziqiang-list-page-2 cut to one row lost to
            # the profile widget's /about/ link); a card's title and summary links to the one
            # post are one record
            if held is None:
                held = {link.root: u.rstrip("/") for rows in groups.values() for link, u, _ in rows}
            link = members[0][0]
            if not _card_date(link, {a for a, u in held.items() if u != url}):
                continue
        # a story linked twice: the later link is the row (a header's ticker comes first)
        stories[url] = key
    if not stories:
        return None
    shared = {url: _shared_folders(url, page_url) for url in stories}
    top = max(shared.values())
    filed = [url for url, n in shared.items() if n == top]
    return stories[filed[0]] if len(filed) == 1 else None


#: How far above a lone title link its card may stand (``article > h1 > a``, ``div.card > article``).
_CARD_REACH = 3


def _card_date(link, others: set) -> str | None:
    """The date printed in the record holding ``link`` alone: the nearest element up to three
    levels above it showing a date beside the link, before one holding another candidate link
    (``others``: a list's rows), else None. A category link or a 阅读更多 link in the card is no
    candidate and leaves it one record."""
    for box in islice(link.root.iterancestors(), _CARD_REACH):
        if box.tag in ("body", "html") or any(a in others for a in box.iter("a")):
            return None
        found = date_beside(link, " ".join(" ".join(box.itertext()).split()))
        if found:
            return found
    return None


def dated_card(best: tuple, groups: dict, dates: dict, page_url: str) -> tuple | None:
    """The one dated card of the site's own beside a widget of social links, or None.

    A blog's category page of one post (a dated meta line over a long h1 title link, lists232's
    "Left") shows its card alone, with no container a list is grouped by and no date read from a
    row, beside a profile widget of 4-5 links each to another outside site (weibo, facebook,
    twitter, linkedin): the widget outweighed the card. A reader sees one post and a row of
    buttons; the buttons lead to no story of the site, each to a different site, and no date
    stands by them. So when the heaviest group is undated and its links each go to a different
    outside host, the one lone link of the site's own that its record (the card) dates is the list.

    The same lone card wins over outside links on one host when they all stand in the card's
    own post (lists272): a blog's index page of one whole post (Hexo NexT's ``posts-expand``)
    shows the post's text, and the text's closing links to three WeChat articles outweighed the
    post's own title link. A reader sees one post whose text cites other pages; an
    aggregator's column of outside rows stands in no post of the site's own.
    """
    members = groups[best]
    if best[1] is None or len(members) < 2 or any(dates[best]):
        return None
    site = site_of(page_url)
    hosts = [site_of(url) for _, url, _ in members]
    if site in hosts:
        return None
    widget = len(set(hosts)) == len(hosts)
    held = {link.root for key in groups for link, _, _ in groups[key]}
    found = [
        key
        for key, rows in groups.items()
        if key[1] is None
        and len(rows) == 1
        and site_of(rows[0][1]) == site
        and _card_date(rows[0][0], held - {rows[0][0].root})
    ]
    if len(found) != 1:
        return None
    if not widget and not _in_post(groups[found[0]][0][0], [link.root for link, _, _ in members]):
        return None
    return found[0]


def covered_card(
    best: tuple, groups: dict, dates: dict, pictures: list[tuple], paged: set
) -> tuple | None:
    """The title of the one card a search of one result shows, when a side link of the card
    outweighs it, as a new one-row group of ``groups`` (and ``dates``), or None.

    A hotel search of a rare word returns one hotel card over the pager (lists316's yulvhotel
    cut to one row): a cover picture and an ``h2`` title to the hotel, a summary to its rooms,
    and a side ``会场 (5) 间`` link to its meeting rooms. The title and the summary group as a
    two-link list; the side link, grouped at the card, stands nearer the pager and wins the tie.
    A reader opens the card by its cover and its title: when the winner is one undated link
    whose box holds every group nearest the pager (``paged``) and exactly one picture link, to
    another address, and a worded link to that address, that link is the row. Two cards put
    two boxes by the pager; a last page of two rows is two addresses, not one link (a pictured
    first row leaves both)."""
    members = groups[best]
    card = best[1]
    if card is None or card.tag in ("body", "html") or any(dates[best]):
        return None
    urls = {url for _, url, _ in members}
    covers = {url for link, url in pictures if card in link.root.iterancestors()}
    if len(urls) != 1 or len(covers) != 1 or covers == urls:
        return None
    if any(key[1] is None or not _holds(card, key[1]) for key in paged):
        return None  # another card, or a list, stands as near the pager
    cover = next(iter(covers))
    titles = [
        (link, url, row)
        for rows in groups.values()
        for link, url, row in rows
        if url == cover and card in link.root.iterancestors()
    ]
    if not titles:
        return None
    link, url, row = titles[0]
    key = (element_path(link.root), None)
    groups[key] = [(link, url, row)]
    dates[key] = [None]
    return key


#: A table's header cell naming its records' title column (职位名称, 标题, 课程名称); one naming
#: the record's issuer or writer (公司名称, 单位名称, 发布单位, 作者) names no title.
_TITLE_HEADER_RE = re.compile(
    r"^(?!.*(?:公司|单位|企业|机构|部门|作者|来源|发布))\w{0,4}(?:标题|题目|名称|职位|岗位|主题)$"
)


def _header_names(row) -> list[str] | None:
    """The words of the header cells over the table row ``row``: its table's ``th`` row, or the
    ``th`` row of a table printed right above it as the header alone (a job board's)."""
    table = next((t for t in row.iterancestors() if t.tag == "table"), None)
    while table is not None:
        for tr in table.iter("tr"):
            cells = [c for c in tr if isinstance(c.tag, str)]
            if cells and all(c.tag == "th" for c in cells):
                return [element_text(c) for c in cells]
        table = table.getprevious()
        if table is not None and table.tag != "table":
            return None
    return None


def headed_title(best: tuple, groups: dict, dates: dict, short: list[tuple]) -> tuple | None:
    """The row's title in the column its table's header names, when the lone row read is
    another cell's link, as a new one-row group of ``groups`` (and ``dates``), or None.

    A job search of one result (lists316's zhaopin cut to one row) prints the job as
    ``<b>会计</b>``, two characters and no candidate, beside its company's long name: the
    company was the lone row. The header row over the table (``职位名称 | 反馈率 | 公司名称 |
    …``, the first cell naming a title column and the issuer's named apart) says which
    cell is the record: its one linked address is the row."""
    members = groups[best]
    if len({url for _, url, _ in members}) != 1:
        return None
    link = members[0][0].root
    cell = next((c for c in link.iterancestors() if c.tag == "td"), None)
    row = cell.getparent() if cell is not None else None
    if row is None or row.tag != "tr":
        return None
    names = _header_names(row)
    cells = [c for c in row if isinstance(c.tag, str)]
    if names is None or len(names) != len(cells):
        return None
    titled = [i for i, name in enumerate(names) if _TITLE_HEADER_RE.match(name)]
    if len(titled) != 1 or cells[titled[0]] is cell:
        return None
    found = [
        (a, url)
        for a, url in short + [(m[0], m[1]) for rows in groups.values() for m in rows]
        if _holds(cells[titled[0]], a.root)
    ]
    if len({url for _, url in found}) != 1:
        return None
    title, url = found[0]
    key = (element_path(title.root), None)
    groups[key] = [(title, url, row)]
    dates[key] = [None]
    return key


def _holds(box, node) -> bool:
    """True when ``node`` is ``box`` or lies inside it."""
    return node is box or box in node.iterancestors()


def lone_short_row(short: list[tuple], page_url: str) -> tuple | None:
    """The one row of a page with no title-like link: its short-titled heading link of the
    site's own that its record dates, as ``(link, url, date)``, or None.

    An archive page of one post titled in five characters (a Hexo NexT year archive on its last
    page: ``元旦茶话会`` over ``12-27``) holds no candidate at all (titles under six characters are
    menus and buttons), so nothing was listed. A reader sees one dated post, its title printed
    as a heading; a menu's short entries stand in no heading and by no date, and a category link
    in the post's meta line is no heading. Two such rows, or none, leave the page as it was."""
    site = site_of(page_url)
    headed = [(link, url) for link, url in short if _in_heading(link.root)]
    held = {link.root for link, _ in headed}
    found = []
    for link, url in headed:
        if site_of(url) != site or is_pager_link(link) or menu_entry(link):
            continue
        date = _card_date(link, held - {link.root})
        if date:
            found.append((link, url, date))
    return found[0] if len(found) == 1 else None


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _in_heading(el) -> bool:
    """True when a link stands in a heading (``h2 > a``) or holds one (``a > h3``)."""
    return any(a.tag in _HEADINGS for a in islice(el.iterancestors(), 2)) or any(
        d.tag in _HEADINGS for d in el.iterdescendants()
    )


def _in_post(link, cited: list) -> bool:
    """True when every link of ``cited`` stands in the post ``link`` heads: below the link in the
    nearest element up to three levels above it holding them all (``article > header > h2 > a``
    over ``article > div.post-body``)."""
    for box in islice(link.root.iterancestors(), _CARD_REACH):
        if box.tag in ("body", "html"):
            return False
        inside = set(box.iter("a"))
        if all(a in inside for a in cited):
            after = False
            for el in box.iter("a"):
                after = after or el is link.root
                if el in cited and not after:
                    return False
            return True
    return False


def pager_folder(page_url: str, pager_hrefs: list[str]) -> str | None:
    """The channel's folder the list's page and its pager links share, as ``host/folder/``, or
    None. A page saved without its address is placed by its pager links alone, when they all
    lie in one folder."""
    folders = {(urlsplit(u).netloc, column_folders(u)) for u in pager_hrefs}
    folders = {(host, found) for host, found in folders if found}
    if page_url:
        mine = (urlsplit(page_url).netloc, column_folders(page_url))
        return _as_folder(mine) if mine[1] and mine in folders else None
    return _as_folder(next(iter(folders))) if len(folders) == 1 else None


def _as_folder(found: tuple[str, tuple[str, ...]]) -> str:
    host, folders = found
    return host + folders[-1]


def in_folder(url: str, folder: str) -> bool:
    """True when ``url`` is filed under ``folder`` (``host/folder/``, :func:`pager_folder`). A
    relative address (a page saved without its own, whose pager writes its host: yqfk.cn's
    ``/jiaoxue/12.html`` beside ``http://cdjzz.yqfk.cn/jiaoxue/index_2.html``) lies on the
    page's host, so its path is read against the folder's."""
    parts = urlsplit(url)
    if not parts.netloc and folder.find("/") > 0:
        folder = folder[folder.find("/") :]
    path = parts.netloc + parts.path
    return path.startswith(folder) and path != folder


def folder_row(best: tuple, groups: dict, above: Callable, folder: str | None) -> tuple | None:
    """The lone row right above the pager, filed in the channel's folder, against a bigger box
    filed elsewhere (LABELLING, the lead's session-28 answer to lists106's question 1), or None.

    A last page of one story may stand under a box of several the page shows first (a header
    menu, a hub's box of another channel's links); the pager under the row and its address in
    the folder the page and its pager share are two witnesses a box's size does not outweigh.
    Where both or neither lie in the folder a reader cannot tell, and the written rules stand.
    ``above(key)`` says whether a group stands right above the pager."""
    if folder is None or sum(in_folder(url, folder) for _, url, _ in groups[best]) * 2 >= len(
        groups[best]
    ):
        return None
    found = [
        key
        for key, members in groups.items()
        if key != best
        and len({url for _, url, _ in members}) == 1
        and in_folder(members[0][1], folder)
        and not is_pager_link(members[0][0])
        and not menu_entry(members[0][0])
        and above(key)
    ]
    if len(found) == 1:
        return found[0]
    # a story's picture link and its title link (a dt and a dd), each a lone link, are one row:
    # the later is it
    lone = len({groups[key][0][1] for key in found}) == 1 and all(k[1] is None for k in found)
    return found[-1] if found and lone else None
