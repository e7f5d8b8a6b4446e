"""Menus and side lists beside the main list: menu entries, side boxes, a list's caption."""

from __future__ import annotations

import re

from ..hrefs import leads_nowhere
from .candidates import tag_path
from .evidence import (
    MORE_RE,
    SIDE_BOX_WORDS,
    bare_rows,
    in_folder_share,
    is_latest_heading,
    is_side_heading,
    names_channel,
    rich_rows,
)
from .pager_words import is_last_page_text, is_next_page_text
from .row_dates import is_list_date, is_period
from .row_shapes import story_address
from .rows import element_path, element_text, row_kind, too_many_links_for_heading

#: Headings of side lists (hot, recommended, most read) that also show dated article links:
#: the side box's words and more of the same (a bare 相关 is too wide for a label here).
_SIDEBAR_LABEL_RE = re.compile(
    rf"(?i){SIDE_BOX_WORDS}|热读|点击榜|阅读榜|友情链接|相关链接|相关阅读|相关文章|相关新闻"
    r"|熱讀|點擊榜|閱讀榜|友情連結|相關連結|相關閱讀|相關文章|相關新聞"
    r"|猜你喜欢|大家都在看|most read|most popular|trending|related|you may also like"
)
_LABEL_MAX = 20
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "caption", "dt")


#: Levels up from a lone link within which a menu's other entries stand (li, ul, its box).
_MENU_REACH = 3
#: A row's read-more button: a detail word and at most two more characters (详细新闻, 查看详情).
_READ_MORE_RE = re.compile(
    r"^\W*(?:查看|了解|阅读|点击查看|浏览)?(?:更多|详情|详细|全文)\S{0,2}\W*$"
)


def menu_entry(link, fellows: frozenset = frozenset()) -> bool:
    """True when a lone title-like link stands among short links built like it (a menu's
    生产加工基地 beside 关于我们, a drop-down's 生产车间及设备 beside 检测设备): the nearest box within
    :data:`_MENU_REACH` levels that holds another link at its tag path holds one that is no
    page number, pager word or 更多 button. A list's lone row has no such peer: its fellow rows
    would have been title-like and grouped with it. ``fellows`` (elements of the link's own
    group) are no peers: a row's fellow rows do not make it a menu's entry."""
    path = tag_path(link)
    node = link.root
    # a read-more button to the row's own story (bonavis.com's 详细新闻 under the title, both
    # in a div of the row's div.cons) is the row's button, no entry of a menu (names of one
    # address in a 他们都在搜 strip still are); nor is a row whose link leads nowhere
    # (cwl.gov.cn's copier blanked a row to javascript:;, lists99)
    own = (link.root.get("href") or "").strip()
    for _ in range(_MENU_REACH):
        node = node.getparent()
        if node is None:
            return False
        peers = [
            a
            for a in node.iter("a")
            if a is not link.root
            and a not in fellows
            and a.get("href")
            and not (a.get("href").strip() == own and _READ_MORE_RE.match(element_text(a)))
            and not leads_nowhere(a.get("href").strip())
            and element_path(a) == path
        ]
        if peers:
            return any(not _pager_or_more(element_text(a)) for a in peers)
    return False


def drop_menu_fellow(groups: dict) -> dict:
    """Groups of two links in two rows of a layout, one of them a menu's entry: the other alone.

    A last page's one dated row (cst.nuc.edu.cn's 通知公告 at nuc-list-cst-xwzx-tzgg cut to its
    first row) shares its tag path with the left menu's 学院新闻 (div.list > div.left / div.right
    > ul > li > a), so the two make a "list" of two whose container is the page's layout. The
    menu entry stands among its menu's other entries; the row stands alone in its box.
    """
    out = {}
    for key, members in groups.items():
        if key[1] is not None and len(members) == 2 and members[0][2] is not members[1][2]:
            fellows = frozenset(link.root for link, _, _ in members)
            menu = [menu_entry(link, fellows) for link, _, _ in members]
            if menu.count(True) == 1:
                members = [m for m, is_menu in zip(members, menu, strict=True) if not is_menu]
        out[key] = members
    return out


def _pager_or_more(text: str) -> bool:
    return (
        not text
        or text.isdigit()
        or is_next_page_text(text)
        or is_last_page_text(text)
        or MORE_RE.match(text) is not None
    )


def is_side_list(container) -> bool:
    """True when the list is headed 热门 / 推荐 / 排行 (a side list, even if dated).

    The heading is the element before the list or before its box, or the list's own first
    child when that is a heading; long texts are rows, not headings, and a strip of links (the
    list's own sort tabs 热门 | 最新 | 热榜) is no heading.
    """
    if container is None:
        return False
    parent = container.getparent()
    near = [container.getprevious(), parent.getprevious() if parent is not None else None]
    if len(container) and container[0].tag in _HEADINGS:
        near.append(container[0])
    for node in near:
        if node is None or not isinstance(node.tag, str) or too_many_links_for_heading(node):
            continue
        text = element_text(node) or _picture_heading(node)
        if len(text) <= _LABEL_MAX and _SIDEBAR_LABEL_RE.search(text):
            return True
    return False


def _picture_heading(node) -> str:
    """The words of a heading drawn as a picture: the alt (else title) of the one ``<img>`` of
    an element that holds no text and no link (hkej.com's 今日熱門新聞 tab over its right column,
    ``<li><img alt="今日熱門新聞" title="今日熱門新聞"></li>``), else ""."""
    pictures = node.xpath("self::img | .//img")
    if len(pictures) != 1 or node.xpath(".//a"):
        return ""
    return " ".join((pictures[0].get("alt") or pictures[0].get("title") or "").split())


def caption_before(members: list) -> str:
    """The caption just above a list's first row inside its box, or "".

    A box may hold its list's rows beside a caption that is no heading element
    (``<div><span>教学项目</span></div>`` above the ``<dl>`` records of a school's channel
    page, under a static box of its own): a short text of at most a title and a 更多 link,
    in the element right before the list's rows, which follow it one after another (a box's
    heading rows between other boxes are no list under a caption).
    """
    row = members[0][2] if members else None
    if row is None:
        return ""
    # the rows before the first titled one are the list's too (short titles, no candidates)
    before = row.getprevious()
    while before is not None and (
        not isinstance(before.tag, str) or row_kind(before) == row_kind(row)
    ):
        before = before.getprevious()
    if before is None or too_many_links_for_heading(before):
        return ""
    run = set()
    for node in before.itersiblings():
        if not isinstance(node.tag, str):
            continue
        if row_kind(node) != row_kind(row):
            break
        run.add(node)
    if any(r not in run for _, _, r in members):
        return ""
    text = element_text(before)
    return text if len(text) <= _LABEL_MAX else ""


def headed_side_boxes(groups: dict, headings: dict, names: set[str], side: set) -> set:
    """The lists headed as a side box (最新文章, 图片新闻) whose rows are a title and a date
    alone, when another list's rows show more (a summary, a picture, the poster): that list is
    the one the page exists for, however short its first page (:func:`.evidence.row_shows_more`).
    """
    boxes = set()
    for key, heading in headings.items():
        if heading is None or heading[1] or names_channel(heading[0], names):
            continue
        if is_side_heading(heading[0]) and bare_rows(groups[key], is_list_date):
            boxes.add(key)
    if not boxes:
        return boxes
    for key, members in groups.items():
        if key in boxes or key in side or key[1] is None or is_side_list(key[1]):
            continue
        if rich_rows(members, is_list_date):
            return boxes
    return set()


def short_name_menus(groups: dict, dates: dict, short: list[tuple]) -> set:
    """The lists that are a menu of short names: most links at their tag path in their box are
    too short for a title (a case column's category filter 餐饮连锁 / 食品快消 / 超级IP, three of
    its nine names long enough to be candidates), and no row shows a date or any field besides
    its link. A short last page of cards (a picture, a summary) beside it is the list; rows of
    short job names with their company and pay are no menu (their rows show more)."""
    menus: set = set()
    if not short:
        return menus
    paths = [(tag_path(link), link.root) for link, _ in short]
    for key, members in groups.items():
        path, container = key
        if container is None or any(dates[key]):
            continue
        names = sum(1 for p, el in paths if p == path and container in el.iterancestors())
        if names > len({url for _, url, _ in members}) and bare_rows(members, is_list_date):
            menus.add(key)
    return menus


def latest_side_boxes(
    groups: dict, headings: dict, names: set[str], dates: dict, above: set, page_url: str
) -> set:
    """The lists headed 最新文章 / 最新资讯 (:func:`.evidence.is_latest_heading`) that are side
    boxes: those beside another list of stories that is the column's own (the lead's session-26
    decision). The column's own list stands right above the pager (``above``), or is headed by
    the page's h1, the channel's name or a period (an archive's year), or leads to stories in
    the channel's folder. Beside no
    such list the 最新 box is the page's main list (a blog home's 最新文章).
    """
    latest = set()
    for key, heading in headings.items():
        if heading is None or heading[1] or names_channel(heading[0], names):
            continue
        if key[1] is not None and is_latest_heading(heading[0]):
            latest.add(key)
    if not latest:
        return latest

    def own_column(key) -> bool:
        urls = [url for _, url, _ in groups[key]]
        if key in latest or key[1] is None or len(set(urls)) < 2 or is_side_list(key[1]):
            return False
        if key in above:
            return True
        heading = headings.get(key)
        # an archive's year or month list (h2 2023 over qcrao.com's archive rows) is the
        # column's own, as a list headed by the channel's name is
        if heading is not None and (
            heading[1] or names_channel(heading[0], names) or is_period(heading[0])
        ):
            return True
        # rows in the channel's folder are its stories when dated or named by their number
        # (a sub-channel menu's folders lie in the channel's folder too)
        stories = any(dates[key]) or 2 * sum(map(story_address, urls)) > len(urls)
        return stories and in_folder_share(urls, page_url) >= 0.5

    return latest if any(own_column(key) for key in groups) else set()
