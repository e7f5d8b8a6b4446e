"""Which list is the page's main one when size does not tell: evidence a reader uses.

A last page of a channel holds three rows beside a sidebar of ten; a first page's list may be
shorter than its 热点 box. A reader still finds the main list: it stands in the page's main
column, not in a side column or the page header; the heading over it names the channel (the
page's ``<h1>``, its ``<title>``), not 热门 or 最新; its links lie in the channel's own folder.
These rules give the generic finder (:func:`.links.find_article_links_generic`) those marks,
from markup words every CMS uses (``aside``, ``sidebar``), never from one site's class names.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from ..hrefs import leads_nowhere
from .rows import element_text

#: Words (class or id, split at - and _) of a side column or of the site's menus. A bare
#: "side" says nothing: CSDN's list pages hold their list in left-side on one channel and
#: in right-side on another.
_SIDE_WORDS = frozenset({"aside", "sidebar", "sidenav", "nav", "navbar", "navigation", "menu"})
_SIDE_WORDS |= {"submenu", "mainmenu"}
# a menu named in one camelCase or run-together word (sztnet.com's PHPCMS ``div.leftNav``
# category tree, ``ul.subnav``, ``div.topnav``, ``div.leftmenu``: lists98)
_SIDE_WORDS |= {
    f"{place}{kind}"
    for place in ("left", "right", "sub", "top", "main", "site")
    for kind in ("nav", "menu")
}
_WORD_SPLIT_RE = re.compile(r"[-_]+")
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: Levels up from a list's container searched for the heading over it.
_HEADING_REACH = 4
#: Elements before each of those levels looked at for the heading.
_HEADING_BACK = 3
#: Links a heading may hold (its title and a 更多 link); more make a box of links.
_HEADING_LINKS = 2
#: A heading over a list is short; longer texts are a row or a summary.
_HEADING_MAX = 30
#: Words that head a side box of hot, recommended or ranked items (simplified and traditional
#: forms, 熱門 on Taiwan's and Hong Kong's pages): the one list of them, which a box's heading
#: (below) and a list's label (side_lists.py) both extend.
SIDE_BOX_WORDS = r"热门|热点|推荐|排行|熱門|熱點|推薦"
#: A blog's recent-posts widget (WordPress's 最近文章 / 近期文章; LABELLING lists11: it stays out
#: as other side boxes do), a box of the site's newest stories like 最新文章.
_RECENT_POSTS = r"最近文章|近期文章|最近更新"
#: Words of a box's heading that mark a side box unless the heading names the channel.
_SIDE_HEADING_RE = re.compile(rf"最新|{_RECENT_POSTS}|图片|精彩|{SIDE_BOX_WORDS}|相关|圖片|相關")
#: Separators of a page's ``<title>`` (频道名 - 站点名, 频道名_站点名, 频道名｜站点名).
_TITLE_SEP_RE = re.compile(r"\s*[-_|｜—–·>»/]+\s*|\s+")
#: Words round a heading that are not its name (更多 >>, 当前位置).
_HEADING_NOISE_RE = re.compile(r"更多|more|>>|»|＞|›|\s+", re.IGNORECASE)


def _side_marked(node) -> bool:
    """True when the element is a side column: ``<aside>``, or classed or named as one."""
    if node.tag == "aside":
        return True
    for token in f"{node.get('class') or ''} {node.get('id') or ''}".lower().split():
        if "sidebar" in token:
            return True
        if set(_WORD_SPLIT_RE.split(token)) & _SIDE_WORDS:
            return True
    return False


def _page_header(node) -> bool:
    """True for a ``<header>`` of the page (not an article's or a section's own header)."""
    if node.tag != "header":
        return False
    return not any(a.tag in ("article", "main", "section", "li") for a in node.iterancestors())


def side_columns(groups: dict) -> set:
    """The keys of the link groups (``{key: [(link, url, row)]}``, key ``(path, container)``)
    whose links stand mostly in a side column, a site menu or the page's header.

    A marked element counts only when some list's container stands outside it: a body or
    layout classed ``has-sidebar`` (the page has a sidebar) holds every list, so it marks
    none. A group counts by its links, not its container: a group of one link in the left
    menu and one in the footer has the whole page as its container.
    """
    containers = [key[1] for key in groups if key[1] is not None]
    # keyed by the element itself: holding it keeps lxml's proxy (and its identity) alive
    verdict: dict = {}

    def is_side(node) -> bool:
        if node not in verdict:
            verdict[node] = (_side_marked(node) or _page_header(node)) and any(
                c is not node and node not in c.iterancestors() for c in containers
            )
        return verdict[node]

    side = set()
    for key, members in groups.items():
        inside = 0
        for link, _, _ in members:
            for node in link.root.iterancestors():
                if node.tag in ("body", "html"):
                    break
                if is_side(node):
                    inside += 1
                    break
        if members and 2 * inside >= len(members):
            side.add(key)
    return side


def list_heading(container, page_h1=None) -> tuple[str, bool] | None:
    """The heading over a list and whether it is ``page_h1`` (:func:`page_h1`), or None.

    The heading is the last ``h1``-``h6`` in one of the few elements just before the list's
    container or one of its wrappers, a few levels up, or the container's own first child when
    that is a heading and every other child a row (a blog theme's sidebar card
    ``<div class="card-content"><h3>最新文章</h3><article>…``: Hexo Icarus on chkaos.top and
    blog.luzy.top, read as ``side_lists.is_side_list`` reads it); it is short.
    """
    kids = [] if container is None else [k for k in container if isinstance(k.tag, str)]
    if len(kids) > 2 and kids[0].tag in HEADING_TAGS and len({k.tag for k in kids[1:]}) == 1:
        # the box's own title over its rows and nothing else (a heading over a section that
        # holds other boxes too, 高中服务项目 over yqfk's cards and list, is no list's heading)
        if len(kids[0].xpath(".//a")) <= _HEADING_LINKS:
            text = element_text(kids[0])
            if text and len(text) <= _HEADING_MAX:
                return text, kids[0] is page_h1
    node = container
    for _ in range(_HEADING_REACH):
        if node is None:
            return None
        before = node.getprevious()
        looked = 0
        while before is not None and looked < _HEADING_BACK:
            if isinstance(before.tag, str):
                looked += 1
                if len(before.xpath(".//a")) > _HEADING_LINKS:
                    return None  # another box of links stands between: its heading is its own
                heads = [before] if before.tag in HEADING_TAGS else []
                heads += [h for h in before.iter(*HEADING_TAGS) if h is not before]
                if heads:
                    text = element_text(heads[-1])
                    if text and len(text) <= _HEADING_MAX:
                        return text, heads[-1] is page_h1
                    return None
            before = before.getprevious()
        node = node.getparent()
    return None


#: Words of a link that sends the reader on to more of something (更多, 查看更多, more).
_MORE_WORDS = r"(?:更多|查看更多|more\b|详情|详细|全文|阅读全文|进入)"
#: A link that is only such words (a list's own 更多 / 详情 link, a row's 阅读全文): short
#: like a short title but never one.
MORE_RE = re.compile(rf"(?i)^[\[【(]?{_MORE_WORDS}\W*$")
#: A link in a box's heading to the rest of that box's section (更多>>, 更多專題 », more+).
_MORE_LEAD_RE = re.compile(rf"(?i)^\W*{_MORE_WORDS}")
#: Levels up from a row's link searched for its box's heading.
_BOX_REACH = 4


def _more_heading(node) -> str | None:
    """The text of ``node`` when it heads a box of another section: short, with at most a
    title link and a link whose words send the reader on to more of that section."""
    if not isinstance(node.tag, str) or node.tag in ("script", "style"):
        return None
    links = node.xpath(".//a")
    if not links or len(links) > _HEADING_LINKS:
        return None
    text = element_text(node)
    if not text or len(text) > _HEADING_MAX:
        return None
    if any(_MORE_LEAD_RE.match(element_text(a)) for a in links):
        return _HEADING_NOISE_RE.sub("", _MORE_LEAD_RE.sub("", text)) or text
    return None


def more_headed(links: list, container) -> str | None:
    """The heading of the boxes that hold most of a list's ``links`` (``<a>`` elements) when
    each box is headed by its name and a 更多 link (中英對照讀新聞 … 更多專題 »), else None.

    A box that sends the reader on to more of its section is a portal box of that section
    (a side box of English lessons on a paper's page); the channel's own list is what the
    page is for, and its heading does not send the reader elsewhere. The walk goes up from
    each link to the list's container, looking at the element just before each level.
    """
    if not links:
        return None
    found: dict[str, int] = {}
    stop = container.getparent() if container is not None else None
    for link in links:
        node = link
        for _ in range(_BOX_REACH):
            parent = node.getparent()
            if parent is None or node is stop or parent.tag in ("body", "html"):
                break
            before = node.getprevious()
            while before is not None and not isinstance(before.tag, str):
                before = before.getprevious()
            heading = None if before is None else _more_heading(before)
            if heading is not None:
                found[heading] = found.get(heading, 0) + 1
                break
            node = parent
    if not found:
        return None
    if 2 * sum(found.values()) <= len(links):
        return None
    return max(found.items(), key=lambda item: item[1])[0]


def portal_heading(container) -> str | None:
    """The heading of the box a list's ``container`` stands in when it names a section and
    sends the reader on to more of it (头条新闻 … 更多), or None.

    The heading is one of the two elements just before the container or before its wrapper
    (a lead story with its picture may stand between the heading and the rows).
    """
    node = container
    for _ in range(2):
        if node is None:
            return None
        before, seen = node.getprevious(), 0
        while before is not None and seen < 2:
            if isinstance(before.tag, str):
                heading = _more_heading(before)
                if heading is not None:
                    return heading
                seen += 1
            before = before.getprevious()
        node = node.getparent()
    return None


def page_h1(root):
    """The page's one ``<h1>``, or None: a page of many (a feed titling each post with one)
    has no ``<h1>`` naming the page."""
    h1s = list(root.iter("h1"))
    return h1s[0] if len(h1s) == 1 else None


def channel_names(root, h1=None) -> set[str]:
    """The names the page gives its channel: its ``<h1>`` and the ``<title>``'s first part."""
    names: set[str] = set()
    if h1 is not None:
        text = _HEADING_NOISE_RE.sub("", element_text(h1))
        if 2 <= len(text) <= _HEADING_MAX:
            names.add(text)
    for title in root.iter("title"):
        parts = [p for p in _TITLE_SEP_RE.split(element_text(title)) if len(p) >= 2]
        if parts:
            names.add(parts[0])
        break
    return names


#: Words of a link to the site's home page, never a channel's name.
_HOME_WORDS_RE = re.compile(r"^(?:网站|網站|返回)?(?:首页|首頁|主页|主頁)$|^home$", re.IGNORECASE)


def folder_names(root, page_url: str, base: str) -> set[str]:
    """The names the page's links give its channel's folder (lists95): the trail's
    ``首页 > 新闻动态`` and the menu's 新闻动态 both link ``/news/`` on ``/news/4.html``, so the
    channel is 新闻动态 when the ``<title>`` is empty (a PHPCMS column printed without SEO)."""
    folders = column_folders(page_url)
    if not folders:
        return set()
    host = urlsplit(page_url).netloc
    names: set[str] = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or leads_nowhere(href):
            continue
        parts = urlsplit(urljoin(base, href))
        path = parts.path if parts.path.endswith("/") else parts.path.rpartition("/")[0] + "/"
        if parts.netloc != host or path not in folders or not _FOLDER_INDEX_RE.search(parts.path):
            continue
        text = _HEADING_NOISE_RE.sub("", element_text(a))
        if 2 <= len(text) <= _HEADING_MAX and not _HOME_WORDS_RE.match(text):
            names.add(text)
    return names


#: A folder's own address: the folder or its index page (``/news/``, ``/news/index.html``).
_FOLDER_INDEX_RE = re.compile(r"(?:/|/(?:index|default)\.[a-z]+)$", re.IGNORECASE)


def names_channel(heading: str, names: set[str]) -> bool:
    """True when a list's heading is the channel's name (or holds it, or it holds the heading)."""
    text = _HEADING_NOISE_RE.sub("", heading)
    return len(text) >= 2 and any(text in name or name in text for name in names)


#: Headings that name a page's whole list whatever the channel (a column's 全部文章 tab, a
#: CMS's 文章列表): the main list, not a side box.
_WHOLE_LIST_HEADING_RE = re.compile(
    r"(?:全部的?|所有)(?:文章|内容|新闻|资讯|信息|新聞|資訊)|(?:文章|新闻|资讯|信息|新聞|資訊)列表"
)


def is_whole_list_heading(heading: str) -> bool:
    """True when a heading names the page's whole list (全部文章, 文章列表), not a box of it."""
    return bool(_WHOLE_LIST_HEADING_RE.fullmatch(_HEADING_NOISE_RE.sub("", heading)))


def is_side_heading(heading: str) -> bool:
    """True when a heading names a side box (最新文章, 图片新闻, 热门推荐)."""
    return bool(_SIDE_HEADING_RE.search(heading))


#: The words of a box of the site's newest stories (最新文章, 最新资讯, 最新发布, 最新动态, 最近文章).
_LATEST_RE = re.compile(rf"最新|{_RECENT_POSTS}")


def is_latest_heading(heading: str) -> bool:
    """True when 最新 is a heading's only side word (最新文章, not 最新推荐 or 最新图片).

    Such a box is a side box only beside the column's own list, never by its heading alone
    (the lead's session-26 decision): a blog home's 最新文章 is its main list.
    """
    return bool(_LATEST_RE.search(heading)) and not _SIDE_HEADING_RE.search(
        _LATEST_RE.sub("", heading)
    )


def channel_folder(page_url: str) -> str | None:
    """The channel's folder on its host: ``/news/`` for ``/news/index.html`` or ``/news``;
    None for a home page."""
    path = urlsplit(page_url).path
    folder, _, name = path.rpartition("/")
    section = (folder if "." in name else path.rstrip("/")) + "/"
    return None if section == "/" else section


# PbootCMS's pseudo-static pager files page N of the column ``/xwzx/`` as ``/xwzx_N/``
# (core/view/Paging.php), the column's stories staying in ``/xwzx/``
_PAGE_FOLDER_RE = re.compile(r"^(?P<column>.*[^/_])_\d+/$")


def column_folders(page_url: str) -> tuple[str, ...]:
    """The channel's folder and, for a page folder ``/xwzx_N/``, the column folder ``/xwzx/``
    whose rows it pages (the lead's session-22 decision); empty for a home page."""
    folder = channel_folder(page_url)
    if folder is None:
        return ()
    m = _PAGE_FOLDER_RE.match(folder)
    return (folder, m["column"] + "/") if m else (folder,)


def in_folder_share(urls: list[str], page_url: str) -> float:
    """The share of ``urls`` below the channel's folder on the page's host (or below the column
    folder a PbootCMS page folder pages)."""
    folders = column_folders(page_url)
    if not folders or not urls:
        return 0.0
    host = urlsplit(page_url).netloc
    inside = 0
    for url in urls:
        parts = urlsplit(url)
        if parts.netloc == host and parts.path.startswith(folders) and parts.path not in folders:
            inside += 1
    return inside / len(urls)


#: Texts of a row that are no field of their own: brackets and separators round its title.
_PUNCT_RE = re.compile(r"[\W_]+")


def row_shows_more(link, row, is_date) -> bool:
    """True when a list row shows a field besides its title: a picture, or a text of its own
    (a summary, an author, a company, a count) that is not a date (``is_date``).

    A 最新文章 box shows a title and a date per row; the list the page exists for shows
    more (a summary, a thumbnail, the poster), and a reader tells them apart by it. The walk
    stops at the first field, so a row as large as the page costs no more than a small one.
    """
    if row is None:
        row = link
    # A card's link may hold the whole record (title, summary, picture): its texts past the
    # first (the title) are fields too.
    texts = 0
    for node in row.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        if node.tag == "img":
            return True
        for piece in (node.text, None if node is row else node.tail):
            text = (piece or "").strip()
            if len(_PUNCT_RE.sub("", text)) >= 2 and not is_date(text):
                texts += 1
                if texts > 1:
                    return True
    return False


def bare_rows(members, is_date) -> bool:
    """True when every row of a list (``[(link, url, row)]``) is its title and at most a date."""
    return not any(row_shows_more(link.root, row, is_date) for link, _, row in members)


def rich_rows(members, is_date) -> bool:
    """True when most of a list's rows (two or more) show a field besides title and date."""
    rows = {}
    for link, _, row in members:
        if row is not None and row not in rows:
            rows[row] = row_shows_more(link.root, row, is_date)
    return len(rows) >= 2 and 2 * sum(rows.values()) > len(rows)
