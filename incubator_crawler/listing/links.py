"""Article links on a listing page and their list dates, as a reader would find them.

Nothing here uses class names: articles come from URL patterns (named sites) or from the list's
repeated record structure (unknown sites); the main list is the link group that looks like one
(dates beside links, same channel).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from html import unescape
from itertools import islice
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree
from parsel import Selector

from ..calendar_words import MONTH_ABBRS, MONTHS, WEEKDAY_ABBRS, WEEKDAYS, alternatives, with_longer
from ..hrefs import is_script, leads_nowhere
from .blank_rows import blank_rows
from .cards import BUTTON_RE, card_boxes, card_title, item_address
from .columns import title_group
from .domains import site_of
from .evidence import (
    HEADING_TAGS,
    MORE_RE,
    SIDE_BOX_WORDS,
    bare_rows,
    channel_folder,
    channel_names,
    folder_names,
    in_folder_share,
    is_latest_heading,
    is_side_heading,
    is_whole_list_heading,
    list_heading,
    more_headed,
    names_channel,
    page_h1,
    portal_heading,
    rich_rows,
    side_columns,
)
from .nesting import flatten_records, has_nested_records
from .pictures import GRID_MIN, picture_card, picture_only, picture_title
from .prose import in_prose
from .record_tabs import drop_record_tabs
from .rows import (
    as_records,
    box_heading,
    box_records,
    drop_adverts,
    drop_badges,
    drop_repeated_links,
    drop_shared_links,
    element_path,
    element_text,
    has_displaced,
    merge_day_groups,
    merge_row_boxes,
    node_classes,
    pager_boxes,
    pager_distance,
    plain_classes,
    record_tail,
    rehome_displaced,
    row_kind,
    row_of,
    sibling_rows,
    too_many_links_for_heading,
    worded_rows,
)

#: The Chinese words of a next-page link, both scripts (one list for the two sets below).
#: 次頁 / 次页 (Taiwan's Jekyll theme on archlinux.tw: 前頁 第 2 頁，共 6 頁 次頁, lists98).
_NEXT_PAGE_CN = (
    "下一页",
    "下页",
    "后一页",
    "后页",
    "下一頁",
    "下頁",
    "後一頁",
    "後頁",
    "次页",
    "次頁",
)
#: Text of a link to the next listing page.
NEXT_PAGE_TEXTS = frozenset((*_NEXT_PAGE_CN, ">", ">>", "›", "»", "next", "Next"))
#: Words of a next-page link once arrows, spaces and case are dropped (``Next »``, ``Load more``,
#: WordPress's ``« Older posts`` and its Chinese wordings, LABELLING lists78: ``较早文章``).
_NEXT_PAGE_WORDS = frozenset(
    (
        *_NEXT_PAGE_CN,
        "next",
        "nextpage",
        "loadmore",
        "加载更多",
        "载入更多",
        "olderposts",
        "olderentries",
        "较早文章",
        "更早的文章",
        "较旧文章",
        "旧文章",
        "較早文章",
        "較舊文章",
        "舊文章",
    )
)
#: Arrows, spaces and the brackets old pagers print round their words ([下一页], 【下一页】).
_ARROWS_RE = re.compile(r"[\s«»‹›<>＜＞←→\[\]【】()（）]+")


def is_next_page_text(text: str) -> bool:
    """True when a link text says "next page" (下一页, [下一页], >, », Next », Load more, 点击加载更多,
    Older posts)."""
    if text in NEXT_PAGE_TEXTS:
        return True
    # 点击 (click) opens a button's words: 点击加载更多 is 加载更多
    return _ARROWS_RE.sub("", text).lower().removeprefix("点击") in _NEXT_PAGE_WORDS


#: Link texts of a pager's previous-page link (a middle page of the list shows one), once
#: arrows, spaces and case are dropped (``« Previous``, ``Prev Page``).
_PREV_PAGE_TEXTS = frozenset(
    {"上一页", "上页", "前一页", "上一頁", "上頁", "前页", "前頁", "prev", "previous", "prevpage"}
    | {"previouspage"}
)
#: Text of a link to the last listing page.
LAST_PAGE_TEXTS = frozenset({"尾页", "末页", "最后一页", "尾頁", "末頁"})
#: English words of a pager on a Chinese page once arrows, spaces and case are dropped
#: (LABELLING lists88: guangshanban.com's DedeCMS pager ``2 Next Last Page`` reads Last Page
#: as 尾页, First as 首页); never a record's title.
_LAST_PAGE_WORDS = frozenset({"last", "lastpage"})
_FIRST_PAGE_WORDS = frozenset({"first", "firstpage"})


def is_last_page_text(text: str) -> bool:
    """True when a link text says "last page" (尾页, 末页, Last, Last Page »)."""
    return text in LAST_PAGE_TEXTS or _ARROWS_RE.sub("", text).lower() in _LAST_PAGE_WORDS


def is_prev_page_text(text: str) -> bool:
    """True when a link text says "previous page" (上一页, « Previous, Prev Page)."""
    return _ARROWS_RE.sub("", text).lower() in _PREV_PAGE_TEXTS


def turns_page(text: str) -> bool:
    """True when a link text says next, last or previous page: a pager's words that turn it."""
    return is_next_page_text(text) or is_last_page_text(text) or is_prev_page_text(text)


def is_pager_word(text: str) -> bool:
    """True when a link text is a pager's word: next, last, previous or (English) first page."""
    return turns_page(text) or _ARROWS_RE.sub("", text).lower() in _FIRST_PAGE_WORDS


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
    if _CONTROL_RE.fullmatch(_ARROWS_RE.sub("", text)):
        return True
    if _FEED_TEXT_RE.match(text.strip()) and _FEED_ADDRESS_RE.search(urlsplit(url).path):
        return True
    return is_tag_link(link, url)


#: Dates printed beside list links: 2024-04-24, [2024-04-24], (04-24), 2024年04月24日, 2024/4/24.
LIST_DATE_RE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?<!\d)\d{1,2}-\d{1,2}(?!\d)"
)
_GROUP_TAGS = ("ul", "ol", "table", "tbody", "dl", "div", "section")
#: Holders that are a list's row when they hold a single article link.
_ROW_TAGS = ("div", "section", "dl")


@dataclass(frozen=True)
class ListingEntry:
    """One article link on a listing page."""

    url: str
    title: str | None
    """Full title: ``a@title`` when present (anchor text is often cut with ...)."""
    date_raw: str | None
    published: str | None = field(default=None, compare=False)
    """``date_raw`` parsed (ISO, year inferred for ``MM-DD``); set by :func:`date_entries`."""


# ``.//text()`` compiled once and run on the element: parsel's ``xpath`` compiled it again at
# each call and wrapped each text node in a Selector (63,693 calls on the 92 dev list pages)
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False)


def _text(node) -> str:
    """A selector's text nodes joined by a space, whitespace runs squashed."""
    return _element_text(node.root)


def _element_text(el) -> str:
    """An lxml element's text nodes joined by a space, whitespace runs squashed."""
    return " ".join(" ".join(_TEXT_NODES(el)).split())


def _overlay_title(link) -> str:
    """The heading of the card an empty link is laid over, or "".

    A card of picture, title, date and summary may be clickable through one empty link
    stretched over it (``<li><img><h2>title</h2><span>date</span><a class="linkA"></a></li>``,
    an EmpireCMS company site's 项目资讯): the card's heading is that link's title. A link
    holding a picture is a picture link, and a box of several empty links is no one link's
    card; a link with words of its own beside it (the card's [通知公告栏目] column link) leaves
    the card the empty link's, and a heading holding a link or held by one is that link's
    title.
    """
    node = link.root
    parent = node.getparent()
    if parent is None or len(node) or "".join(node.itertext()).strip():
        return ""
    if any(a is not node and _empty_link(a) for a in parent.iter("a")):
        return ""
    for heading in parent.iter(*HEADING_TAGS):
        text = " ".join("".join(heading.itertext()).split())
        if text:
            # a heading holding a link, or held by one (segmentfault's empty link beside the
            # card's link round its h4), is that link's title
            linked = next(heading.iter("a"), None) is not None
            return "" if linked or _in_link(heading, parent) else text
    return ""


def _in_link(node, top) -> bool:
    """True when ``node`` stands inside a link below ``top``."""
    for up in node.iterancestors():
        if up is top:
            return False
        if up.tag == "a":
            return True
    return False


def _empty_link(el) -> bool:
    """True for a link that shows no words and no picture (an icon's link counts)."""
    return not "".join(el.itertext()).strip() and next(el.iter("img"), None) is None


def _link_title(link) -> str:
    """What a link is titled: its ``title``, its text, else the heading of the card it covers,
    else the title of the card it is the only way into (a picture or 查看详情 button)."""
    title = (link.attrib.get("title") or "").strip()
    if title:
        return title
    text = _text(link)
    if text and not BUTTON_RE.match(text):
        return text
    return _overlay_title(link) or card_title(link) or text


def find_article_links(
    html: Selector, page_url: str, article_re: re.Pattern | None = None
) -> list[ListingEntry]:
    """The entries of the page's main list of articles (sidebars and hot lists left out).

    ``article_re`` is searched in each link's path; without it the list is found by content
    (:func:`find_article_links_generic`). Rows that exist only in JavaScript arrays are read too.
    """
    if article_re is None:
        return find_article_links_generic(html, page_url)
    matching = []
    base = base_url(html, page_url)
    for link in html.xpath("//a[@href]"):
        url = urljoin(base, link.attrib["href"].strip())
        if article_re.search(urlsplit(url).path):
            matching.append((link, url))
    if not matching:
        # Rows written by JavaScript (Hanweb/kw legacy): urls[i]=…; headers[i]="<a title=…>"
        rows = find_js_rows(html, page_url, base)
        return [e for e in rows if article_re.search(urlsplit(e.url).path)]
    groups, order = _group_links(matching)
    section = urlsplit(page_url).path.strip("/").split("/")[0]

    def score(key) -> tuple[bool, float]:
        # A list whose rows carry dates beats any undated one (a short last page vs a sidebar).
        links = groups[key]
        dated = sum(1 for link, _ in links if _row_date(link))
        same = sum(1 for _, url in links if urlsplit(url).path.strip("/").split("/")[0] == section)
        return 2 * dated >= len(links), len(links) + 2 * dated + 2 * same

    best = max(order, key=lambda key: (score(key), -order.index(key)))
    entries: list[ListingEntry] = []
    seen: set[str] = set()
    for link, url in groups[best]:
        url = url.split("#", 1)[0]
        if url in seen:
            continue
        seen.add(url)
        title = _link_title(link) or None
        entries.append(ListingEntry(url=url, title=title, date_raw=_row_date(link)))
    return entries


def _group_links(matching: list) -> tuple[dict, list]:
    """Group (link, url) pairs by the list element holding them.

    The holder is the nearest ul/ol/table/dl/div/section ancestor; a div, section or dl that holds
    a single one of these links is a row (``.list-main > .no-img``, ``.f_lieb_list > dl``), so the
    group is the list holding those rows.
    """
    roots = {link.root for link, _ in matching}
    groups: dict = {}
    order: list = []
    tags = " or ".join(f"self::{t}" for t in _GROUP_TAGS)
    for link, url in matching:
        ancestors = link.xpath(f"ancestor::*[{tags}]")[::-1]
        key = None
        for k, node in enumerate(ancestors):
            key = node.root  # the element itself: keeps the proxy (and its identity) alive
            inside = sum(1 for a in node.root.iter("a") if a in roots)
            if inside > 1 or node.root.tag not in _ROW_TAGS or k + 1 == len(ancestors):
                break
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((link, url))
    return groups, order


def _row_date(link) -> str | None:
    row = link.xpath("ancestor::*[self::li or self::tr or self::dd or self::dt or self::p][1]")
    if row:
        return _date_beside(link, _text(row[0]))
    # a div row holding just this link: <div class="no-img"><h3><a/></h3><span>(date)</span>
    box = _lone_link_box(link.root)
    if box is None:
        return None
    return _date_beside(link, _element_text(box))


def _lone_link_box(el):
    """The nearest div, section or article above ``el`` that holds one ``a[@href]``, or None:
    XPath's ``ancestor::*[self::div or self::section or self::article][count(.//a[@href]) = 1]
    [1]``, which counted the links of every such ancestor up to <body> (a page's whole set, for
    each link of each list: most of the list finder's time). An ancestor holds every link of
    the ones below it, so past one with two links none holds one: the count stops at two."""
    for box in el.iterancestors("div", "section", "article"):
        links = 0
        for a in box.iter("a"):
            if a.get("href") is not None:
                links += 1
                if links == 2:
                    return None
        if links == 1:
            return box
    return None


def _date_beside(link, row_text: str) -> str | None:
    """The first list date in ``row_text`` outside the link's own text (brackets kept)."""
    row_text = row_text.replace(_text(link), " ", 1)
    match = LIST_DATE_RE.search(row_text)
    if not match:
        return None
    # Keep the brackets a list page prints around the date, e.g. [04-24]: it is the raw value.
    start, end = match.span()
    if start > 0 and row_text[start - 1] in "[(（【" and end < len(row_text):
        return row_text[start - 1 : end + 1]
    return match.group(0)


def _same(url: str | None) -> str:
    return (url or "").split("#", 1)[0]


def base_url(html: Selector, page_url: str) -> str:
    """The address the page's relative links resolve against: its ``<base href>`` joined to
    ``page_url``, else ``page_url``.

    A browser resolves ``xmzx/162.html`` on ``/xmzx/`` against ``<base href="/">`` to
    ``/xmzx/162.html`` (an EmpireCMS company site's 项目资讯 cards), not ``/xmzx/xmzx/162.html``.
    """
    for href in html.xpath("//base/@href").getall():
        if href.strip():
            return urljoin(page_url, href.strip())
    return page_url


#: A script that sends the browser to an address: ``location.href='index_1.html'``,
#: ``window.location = "?page=2"``, ``location.assign(…)``, ``window.open('…')``.
_NAVIGATE_RE = re.compile(
    r"""(?:\blocation(?:\.href)?\s*=|\blocation\.(?:assign|replace)\(|\bwindow\.open\()\s*"""
    r"""(['"])([^'"\s]+)\1"""
)


def _navigated(link) -> str:
    """The address a script-driven link opens, named in its own ``onclick`` or
    ``javascript:`` href (LABELLING lists19: the 下一页 element's attributes name the page;
    lists78: a row's title so scripted names its story), else "". A call that loads rows into
    the page (``goPub(url)``) opens no page of its own."""
    script = " ".join(link.attrib.get(name, "") for name in ("onclick", "href"))
    found = _NAVIGATE_RE.search(script)
    return found.group(2) if found else ""


#: A quoted address in a row's ``onclick`` (``goDetail('/xwzx/t2024_7001.html')``): a full URL,
#: a path, or a page's file name; a bare id (``showInfo(7001)``, ``'7001'``) is none.
_QUOTED_ADDRESS_RE = re.compile(
    r"""(['"])((?:https?://|\.{0,2}/)[^'"\s]+|[\w.-]+\.(?:s?html?|jsp|php|aspx?)(?:\?[^'"\s]*)?)\1"""
)


def _row_address(link) -> str:
    """The story a row's script-driven title opens (LABELLING.md, the lead's session-21 decision
    7): the address the link itself names, in its ``onclick`` or ``javascript:`` href (a
    navigation, or any call given the address as a string) or in ``data-url`` / ``data-href``;
    else "". An id that only a script turns into an address gives no record (principle (d))."""
    if nav := _navigated(link):
        return nav
    href = link.attrib.get("href", "")
    script = link.attrib.get("onclick", "") + (" " + href if is_script(href) else "")
    if found := _QUOTED_ADDRESS_RE.search(script):
        return found.group(2)
    for name in ("data-url", "data-href"):
        value = link.attrib.get(name, "").strip()
        if value and not leads_nowhere(value):
            return value
    return ""


# -- rows written by JavaScript ------------------------------------------------------------
_JS_ASSIGN_RE = re.compile(
    r"\b(urls|headers|titles|year|month|day)\s*\[\s*(\d+)\s*\]\s*=\s*(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')"
)
_ATTR_RE = re.compile(r"""\b(title|href)\s*=\s*(?:'([^']*)'|"([^"]*)"|\\"([^"\\]*)\\")""")


def find_js_rows(html: Selector, page_url: str, base: str | None = None) -> list[ListingEntry]:
    """List rows kept in JavaScript arrays (kw.beijing legacy / Hanweb), in index order.

    ``base``: what relative links resolve against (:func:`base_url`), when the caller has it.

    ``urls[i]='…';headers[i]="<a title='…'>…</a>";year[i]='2021';month[i]='04';day[i]='24';``
    gives the URL, the full title from the HTML string's ``title`` and the date ``2021-04-24``.
    """
    rows: dict[int, dict[str, str]] = {}
    scripts = html.xpath("//script/text()").getall()
    for script in scripts:
        for name, index, literal in _JS_ASSIGN_RE.findall(script):
            rows.setdefault(int(index), {})[name] = literal[1:-1].replace('\\"', '"')
    base = base_url(html, page_url) if base is None else base
    if not rows:
        return _datastore_rows(scripts, base)
    entries: list[ListingEntry] = []
    seen: set[str] = set()
    for index in sorted(rows):
        row = rows[index]
        header = row.get("headers") or row.get("titles") or ""
        attrs = {
            m.group(1): next(g for g in m.groups()[1:] if g is not None)
            for m in _ATTR_RE.finditer(header)
        }
        href = row.get("urls") or attrs.get("href")
        if not href:
            continue
        url = _same(urljoin(base, href.strip()))
        if url in seen:
            continue
        seen.add(url)
        title = (
            attrs.get("title")
            or " ".join(Selector(text=header or "<p></p>").xpath("//text()").getall()).strip()
        )
        date_raw = None
        if row.get("year") and row.get("month") and row.get("day"):
            date_raw = f"{row['year']}-{row['month']}-{row['day']}"
        entries.append(ListingEntry(url=url, title=unescape(title) or None, date_raw=date_raw))
    return entries


#: Hanweb's jpage column (大汉): each row an HTML string in a ``text/xml`` script's datastore,
#: ``<record><![CDATA[<li><a href="/art/…" title="…">…</a><span>2024-01-05</span></li>]]></record>``.
_RECORD_RE = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)


def _datastore_rows(scripts: list[str], base: str) -> list[ListingEntry]:
    """Rows kept as records of a script's datastore, in order: each record's first link, its
    ``title`` (else its text) and the date printed in the record."""
    entries: list[ListingEntry] = []
    seen: set[str] = set()
    for script in scripts:
        if "<datastore>" not in script:
            continue
        for record in _RECORD_RE.findall(script):
            row = Selector(text=record)
            link = row.xpath("//a[@href]")
            href = link.attrib.get("href", "").strip() if link else ""
            if not href or leads_nowhere(href):
                continue
            url = _same(urljoin(base, href))
            if url in seen:
                continue
            seen.add(url)
            title = _link_title(link[0]) or None
            found = LIST_DATE_RE.search(" ".join(row.xpath("//text()").getall()))
            entries.append(ListingEntry(url=url, title=title, date_raw=found[0] if found else None))
    return entries


# -- the main list of an unknown site ------------------------------------------------------
#: Link texts of navigation and pagers, never articles.
_SHORT_TEXT = 6
#: Links inside these are navigation, sidebars or footers, never the main list.
_OUTSIDE_LIST = "ancestor::*[self::nav or self::aside or self::footer]"
#: Headings of side lists (hot, recommended, most read) that also show dated article links:
#: the side box's words and more of the same (a bare 相关 is too wide for a label here).
_SIDEBAR_LABEL_RE = re.compile(
    rf"(?i){SIDE_BOX_WORDS}|热读|点击榜|阅读榜|友情链接|相关链接|相关阅读|相关文章|相关新闻"
    r"|熱讀|點擊榜|閱讀榜|友情連結|相關連結|相關閱讀|相關文章|相關新聞"
    r"|猜你喜欢|大家都在看|most read|most popular|trending|related|you may also like"
)
_LABEL_MAX = 20
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "caption", "dt")


#: A pager's number, bare or with the ellipsis of a jump to either end (Discuz's ``a.first``
#: ``1 ...`` and ``a.last`` ``... 10``).
_PAGE_NUMBER_TEXT_RE = re.compile(r"(?:\.{2,}|…+)?\s*\d+\s*(?:\.{2,}|…+)?")


def _candidates(
    html: Selector,
    page_url: str,
    base: str,
    short: list[tuple] | None = None,
    pictures: list[tuple] | None = None,
) -> list[tuple]:
    """Web links with a title-like text, outside nav/aside/footer: ``[(link, url)]`` (``base``:
    :func:`base_url`, read once a page).

    Links to other hosts are candidates too: aggregators and forums list articles kept
    elsewhere, and the spider decides what it follows (see :func:`_keep_sites`). Texts
    shorter than ``_SHORT_TEXT`` are menus and buttons; pager numbers never count. ``short``,
    when given, gets the links whose text is too short for a candidate, 更多 / 详情 buttons left
    out, in the same pass (:func:`_short_titles` reads them; a second pass over every link
    cost its ancestor XPath again). ``pictures``, when given, gets the links that hold only a
    picture (:func:`_picture_grid` reads them).
    """
    here = _same(page_url)
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
            href = _row_address(link)
        if not href or leads_nowhere(href, mailto=True):
            continue
        url = _same(urljoin(base, href))
        parts = urlsplit(url)
        if parts.scheme not in schemes or url == here or not parts.path.strip("/"):
            continue
        text = _link_title(link)
        if not text and pictures is not None and picture_only(link.root):
            if not link.xpath(_OUTSIDE_LIST) and not _in_header_row(link.root):
                pictures.append((link, url))
            continue
        is_short = len(text) < _SHORT_TEXT
        if is_short and (short is None or not text or MORE_RE.match(text)):
            continue
        if is_pager_word(text) and not _in_dated_row(link.root):
            continue
        if _control_or_tag(link, url, text):
            continue
        if text.isdigit() or _PAGE_NUMBER_TEXT_RE.fullmatch(text) or link.xpath(_OUTSIDE_LIST):
            continue
        if _in_header_row(link.root):
            continue
        (short if is_short else found).append((link, url))
    return found


#: How far above a pager word's link its row may stand (``tr > td > span > a``).
_ROW_REACH = 3


def _in_dated_row(el) -> bool:
    """True when a link worded as a pager's (``Next``) stands in a dated row of a list: it is
    a record titled so, not a pager link. The row is the nearest box holding more than the
    link: one date with its year in it (``显示 1-20 条`` is none; a list's box holds many), and no
    other pager link (wm114's 下页 and 尾页 printed in the box of the dated rows are a pager's)."""
    own = _element_text(el)
    for ancestor in islice(el.iterancestors(), _ROW_REACH):
        text = _element_text(ancestor)
        if text == own:
            continue
        if len(_FULL_DATE_RE.findall(text.replace(own, " ", 1))) != 1:
            return False
        return not any(
            other is not el and (words.isdigit() or (words and is_pager_word(words)))
            for other in ancestor.iter("a")
            for words in (_element_text(other),)
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


def _chain(link) -> list:
    """The link's element and its ancestors, root first."""
    return [link.root, *link.root.iterancestors()][::-1]


def _tag_path(link) -> tuple:
    """The tags from the root down to the link (``('html', 'body', …, 'li', 'a')``)."""
    return element_path(link.root)


def _record_groups(matching: list[tuple]) -> dict:
    """Group links into lists by record structure: ``{(tag path, container): [(link, url, row)]}``.

    Links of one list share their tag path from the root (``…/ul/li/span/a``,
    ``…/main/article/header/h2/a``) whatever their URLs; the list's container is the deepest
    ancestor a link shares with another link of the same path to another page (a story's
    picture and title links are one row), and its row is the container's
    child holding the link. A sidebar with the same tag path has another container. Lists
    nested in a list's container with rows like its own are part of it (:func:`_merge_nested`).
    """
    by_path: dict[tuple, list] = {}
    for link, url in matching:
        chain = _chain(link)
        path = tuple(node.tag for node in chain)
        by_path.setdefault(path, []).append((link, url, chain))
    groups: dict = {}
    for path, members in by_path.items():
        for link, url, chain in members:
            container, row = _shared_container(chain, members, url)
            groups.setdefault((path, container), []).append((link, url, row))
    return _merge_nested(groups)


def _merge_nested(groups: dict) -> dict:
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


#: A full date, as list rows print it in a tooltip (``<span title="2020-7-30">3 天前</span>``).
_FULL_DATE_RE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
)
#: Relative dates of forums and feeds: 3 天前, 15 分钟前, 刚刚, 昨天 12:30.
_RELATIVE_DATE_RE = re.compile(r"\d+\s*(?:秒|分钟|小时|天|周)前|刚刚|昨天|前天")


#: A time of day printed alone beside a row: 10:05, 9:30:12.
_CLOCK_RE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")


#: A day heading without its year (4月22日), beside the list dates.
_MONTH_DAY_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


# A month's name or abbreviation (May is a name already; ``Sept`` as well), a weekday's name or
# abbreviation (``Tues`` and ``Thurs`` as well, not ``Thur``): each longer form first
_MONTH_ABBRS = [a for a in with_longer(MONTH_ABBRS, longest_first=True) if a != "May"]
_WEEKDAY_ABBRS = [a for a in with_longer(WEEKDAY_ABBRS, longest_first=True) if a != "Thur"]
_EN_MONTH = rf"(?:{alternatives(MONTHS, lower=True)}|{alternatives(_MONTH_ABBRS, lower=True)})\.?"
_EN_WEEKDAY = (
    rf"(?:(?:{alternatives(WEEKDAYS, lower=True)}"
    rf"|{alternatives(_WEEKDAY_ABBRS, lower=True)})\.?,?\s+)?"
)
#: An English day heading, the whole text: May 22, 2015 / Friday, 22 May / Sept. 3.
_EN_DAY_RE = re.compile(
    rf"(?i){_EN_WEEKDAY}(?:{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_EN_MONTH})"
    r"(?:,?\s+\d{4})?"
)
#: An English month heading, the whole text: May 2024, Sept. 2023.
_EN_MONTH_RE = re.compile(rf"(?i){_EN_MONTH}\s+\d{{4}}")


def _is_day(text: str) -> bool:
    """True when a short heading names a day (2015-05-22, 4月22日, 2015年5月22日 星期五,
    May 22, 2015, Friday, 22 May)."""
    text = text.strip()
    return bool(
        _FULL_DATE_RE.search(text) or _MONTH_DAY_RE.search(text) or _EN_DAY_RE.fullmatch(text)
    )


#: A month heading of an archive list (2024年5月, 2024-05).
_MONTH_RE = re.compile(r"^\D{0,4}\d{4}\s*(?:年\s*\d{1,2}\s*月|[-/.]\d{1,2})\D{0,4}$")
#: A year heading of a blog's archive (2023, 2023年), the whole text.
_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年?")


def _is_period(text: str) -> bool:
    """True when a short heading names a day, a month or a year (a dated archive's boxes)."""
    text = text.strip()
    return _is_day(text) or bool(
        _MONTH_RE.match(text) or _EN_MONTH_RE.fullmatch(text) or _YEAR_RE.fullmatch(text)
    )


def _date_in_row(link, row) -> str | None:
    """The date printed beside ``link``: in its li/tr/div row, else in the list's record ``row``
    or the siblings after it that complete an unwrapped record (:func:`.rows.record_tail`).

    Without a printed date, a full date in an element's ``title`` (forums print 3 天前 and
    put the date in the tooltip), then a relative date, then a time of day alone (rolling
    news), still mark the row as dated.
    """
    found = _row_date(link)
    if found:
        return found
    holder = link.xpath("ancestor::*[self::li or self::tr or self::dd or self::dt or self::p][1]")
    box = holder[0].root if holder else row
    if row is not None and row is not link.root:
        found = _date_beside(link, " ".join(" ".join(row.itertext()).split()))
        if found:
            return found
    # Rows not wrapped: the date follows the title in the next siblings (<h3/><dl>date</dl>).
    found = _date_beside(link, record_tail(row))
    if found:
        return found
    # A card whose link wraps the whole record prints the date inside the link, in an
    # element of its own (<a><span>2022-06-30</span>标题</a>); a date in the title's words
    # is not one.
    for node in link.root.iterdescendants():
        if isinstance(node.tag, str):
            text = element_text(node).strip("[]()（）【】 ")
            if text and (LIST_DATE_RE.fullmatch(text) or _RELATIVE_DATE_RE.fullmatch(text)):
                return text
    if box is None or box is link.root:
        return None
    for node in box.iter():
        title = node.get("title") if isinstance(node.tag, str) and node is not link.root else None
        match = _FULL_DATE_RE.search(title or "")
        if match:
            return match.group(0)
    text = " ".join(" ".join(box.itertext()).split())
    match = _RELATIVE_DATE_RE.search(text)
    if match:
        return match.group(0)
    # Rolling news prints today's rows with the time alone (10:05); the title's own words
    # (会议10:30举行) are left out.
    match = _CLOCK_RE.search(text.replace(_text(link), " ", 1))
    return match.group(0) if match else None


#: Rows whose date a group of links inside them would borrow (badges in a thread's row).
_RECORD_TAGS = ("li", "tr", "dd")


def _dates_of_one_record(container, dates: list) -> bool:
    """True when a group's dates all come from one record around it: links inside one row
    of another list (a poster's badges, a story's tags) borrow that row's one date, and
    are no list of dated rows."""
    if container is None or not any(a.tag in _RECORD_TAGS for a in container.iterancestors()):
        return False
    text = element_text(container)
    return not any(d and d in text for d in dates)


#: Levels up from a lone link within which a menu's other entries stand (li, ul, its box).
_MENU_REACH = 3
#: A row's read-more button: a detail word and at most two more characters (详细新闻, 查看详情).
_READ_MORE_RE = re.compile(
    r"^\W*(?:查看|了解|阅读|点击查看|浏览)?(?:更多|详情|详细|全文)\S{0,2}\W*$"
)


def _menu_entry(link, fellows: frozenset = frozenset()) -> bool:
    """True when a lone title-like link stands among short links built like it (a menu's
    生产加工基地 beside 关于我们, a drop-down's 生产车间及设备 beside 检测设备): the nearest box within
    :data:`_MENU_REACH` levels that holds another link at its tag path holds one that is no
    page number, pager word or 更多 button. A list's lone row has no such peer: its fellow rows
    would have been title-like and grouped with it. ``fellows`` (elements of the link's own
    group) are no peers: a row's fellow rows do not make it a menu's entry."""
    path = _tag_path(link)
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


def _drop_menu_fellow(groups: dict) -> dict:
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
            menu = [_menu_entry(link, fellows) for link, _, _ in members]
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


def _is_side_list(container) -> bool:
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


#: A list whose links to other hosts are fewer than this share is a site's own list with ads in it.
_OFF_HOST_SHARE = 1 / 3
#: A title that forwards another body's document (转发教育部关于…的通知), or that the list pins above
#: its run (置顶：欢迎报考…, xmusmartdsp-list-news' first row, linking its recruit PDF on a teacher's
#: own host): a list's own row, linking to another site, not an advert.
_OWN_ROW_TITLE_RE = re.compile(r"^\W{0,2}(?:转发|轉發|置顶|置頂)\S")
#: A story the site published on its WeChat account (``mp.weixin.qq.com/s/…``): Chinese sites
#: list these among their own rows (a firm's 公司动态, a hospital's 医院新闻), not as adverts.
_WECHAT_STORY_RE = re.compile(r"^(?:https?:)?//mp\.weixin\.qq\.com/s\b")


#: An item's own address (a page file with a number in its name, ``/art/2024/5/6/art_1_99.html``),
#: not a click counter's or a landing page's (``/click?7``): a dated row built like the list's
#: others that leads there off the site is a row of the list (LABELLING.md lists12, settled in
#: decide76: a ustc.edu.cn notice in a notice column), while an advert's link says what it is.
_ARTICLE_ADDRESS_RE = re.compile(
    r"^[^?#]*/[^/?#]*\d[^/?#]*\.(?:s?html?|pdf|docx?|xlsx?)(?:$|[?#])", re.I
)


def _keep_sites(urls: list[str], page_url: str) -> set[str] | None:
    """The sites whose links the list keeps: the page's own, or all (None) for an aggregator.

    A site is a registrable domain (:func:`.domains.site_of`): rows on the site's other hosts
    (``g.csdn.net`` in ``www.csdn.net``'s list) are its own. A site's list with a few rows
    pointing elsewhere carries sponsored rows; a list that points elsewhere for a good share
    of its rows (news digests, forums of reposts) is the list, off-site rows and all.
    """
    site = site_of(page_url)
    distinct = set(urls)
    away = sum(1 for url in distinct if site_of(url) != site)
    if away >= _OFF_HOST_SHARE * len(distinct):
        return None
    return {site}


#: Rows needed, and the share the usual row shape must hold, before odd rows are dropped.
_ODD_MIN_ROWS = 5
_ODD_USUAL_SHARE = 0.75


def _row_shape(link, row) -> tuple:
    """The class sets of the elements between ``row`` and ``link`` (both left out)."""
    shape = []
    if row is link.root or row is None:
        return ()  # the link is the row: nothing between them (not the page above them)
    node = link.root.getparent()
    while node is not None and node is not row:
        shape.append(frozenset(node_classes(node)))
        node = node.getparent()
    return tuple(shape)


def _drop_odd_rows(members: list) -> list:
    """The members without the few rows built unlike the rest (promotion cards in a feed).

    A row differs when two or more of the elements between it and its link have classes
    unlike the usual row's; one restyled wrapper (a headline row, a pinned thread) is still
    a row of the list. The usual row is the shape most rows have, in a list of five rows or
    more; in a short list (a last page) or one with many promotions it is the shape of the
    dated rows, when most rows are dated and all of them are built alike: a promotion card
    among them carries no date and leads to another section of the site.
    """
    # Bare wrappers (<strong>, <font>, a heading round the title) restyle a row without
    # making it another kind of row: only classed elements tell rows apart.
    shapes = [tuple(s for s in _row_shape(link, row) if s) for link, _, row in members]
    if len(set(shapes)) < 2:
        return members
    # the first of the commonest shapes in the page's order (a set's order changes per run)
    usual = max(dict.fromkeys(shapes), key=shapes.count)
    if len(members) >= _ODD_MIN_ROWS and shapes.count(usual) >= _ODD_USUAL_SHARE * len(shapes):
        # a story set out with a picture stands in a row like the others and leads where
        # they lead; a promotion leads elsewhere on the site (a vote, a product page) or
        # off it, and a tool bar is no row like theirs
        like = [m for m, shape in zip(members, shapes, strict=True) if shape == usual]
        return [
            m
            for m, shape in zip(members, shapes, strict=True)
            if not _unlike(shape, usual) or _story_like(m, like)
        ]
    dated = [_date_in_row(link, row) is not None for link, _, row in members]
    if 2 * sum(dated) <= len(members):
        return members
    kept = [shape for shape, d in zip(shapes, dated, strict=True) if d]
    usual = max(dict.fromkeys(kept), key=kept.count)
    if any(_unlike(shape, usual) for shape in kept):
        return members
    # a story set out with a picture and no date is built like the dated rows and leads
    # where they lead; a promotion leads elsewhere on the site (a vote, a product page)
    like = [m for m, d in zip(members, dated, strict=True) if d]
    return [
        m
        for m, shape, d in zip(members, shapes, dated, strict=True)
        if d or not _unlike(shape, usual) or _story_like(m, like)
    ]


def _story_like(member: tuple, usual: list) -> bool:
    """True when ``member``'s row is built like a row of ``usual`` (tag, classes other than
    numbers) and its link leads to a section the usual rows lead to (:func:`_section`), or,
    when the usual rows already lead to several sections of the site (gold166.com's 文章 list
    of /focus/, /zijin/, /jiaoyitishi/ … stories), to an address built like theirs in another
    section (/focus/2012-12-06/69.html beside /zijin/2012-12-04/66.html)."""
    _, url, row = member
    if row is None:
        return False
    sections = {_section(u) for _, u, _ in usual}
    if _section(url) not in sections:
        hosts = {host for host, _ in sections}
        if (
            len(sections) < _MIXED_SECTIONS
            or _section(url)[0] not in hosts
            or _address_shape(url) not in {_address_shape(u) for _, u, _ in usual}
        ):
            return False
    mine = plain_classes(row)
    return any(
        r is not None and r.tag == row.tag and _alike(mine, plain_classes(r)) for _, _, r in usual
    )


#: Sections the usual rows of a list lead to, at least, for a list mixing sections.
_MIXED_SECTIONS = 3


def _address_shape(url: str) -> tuple:
    """The steps of ``url``'s path below its first folder, every number written 9:
    ``('9-9-9', '9.html')`` for /focus/2012-12-06/69.html."""
    steps = urlsplit(url).path.strip("/").split("/")
    return tuple(re.sub(r"\d+", "9", step) for step in steps[1:])


def _section(url: str) -> tuple:
    """The host and first folder of ``url``: ``('sspai.com', 'post')`` for /post/98488, and
    ``('host', '')`` for a page at the root (/456.html: sz-watech.com's flat story files, whose
    file name is no folder)."""
    parts = urlsplit(url)
    steps = parts.path.strip("/").split("/")
    return parts.netloc, steps[0] if len(steps) > 1 else ""


def _alike(a: frozenset, b: frozenset) -> bool:
    """True when two elements' class sets are one kind: the same, or one adds classes to the
    other (item → item top); a class on an element the other leaves bare is not."""
    return a == b or (bool(a) and bool(b) and (a <= b or b <= a))


def _unlike(shape: tuple, usual: tuple) -> bool:
    """True when a row's shape (:func:`_row_shape`) is another kind of row than ``usual``."""
    differ = sum(1 for a, b in zip(shape, usual, strict=False) if not _alike(a, b))
    return len(shape) != len(usual) or differ >= 2


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


def _continued_boxes(
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
    before the box of rows beside it was read as the list (:func:`_inner_box`).
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
    # year panel) was grouped (:func:`_inner_box`); a side menu's lone link grouped there
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
        if key[0] != path and _cell_pair(container, other):
            # the other cell of the list's table row, its rows built their own way (picture
            # rows beside title rows): it continues the list when unheaded
            if box_heading(other, _is_period) is None:
                found.append(key)
            continue
        if key[0] != path:
            # a pinned box may stand a wrapper deeper, and its titles may be in no group of
            # their own (one long title beside a short one): any group in it finds the box,
            # whose rows are then read at the list's rows path (:func:`_box_rows`)
            if _pinned_box(other, container) and all(other is not k[1] for k in found):
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
                    box_heading(row, _is_period) is None
                    or channel_box(key, box_heading(row, _is_period))
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
        heading = box_heading(other, _is_period)
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
        pinned = _pinned_box(other, container)
        lead = _lead_box(other, container, len(groups[key]), len(groups[best]))
        if not (beside or hub_box or pinned or lead) or _is_side_list(other):
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
        if box_heading(box, _is_period) is not None:
            return False  # a box headed by words of its own (a period's heading reads as none)
        boxes.add(box)
    return True


def _inner_box(best: tuple, groups: dict, dates: dict) -> tuple:
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
    return box_heading(container, _is_period) is None


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
        return _cell_pair(container, other)
    boxes = [child for child in parent if isinstance(child.tag, str)]
    return (
        len(boxes) <= _MAX_COLUMNS
        and all(box.tag == container.tag for box in boxes)
        and all(_dated_rows(box) for box in (container, other))
    )


def _cell_pair(container, other) -> bool:
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
    return _is_period(element_text(before))


def _period_headed(top, box) -> bool:
    """True when ``top`` holds headings outside ``box`` and every one names a period."""
    texts = [
        element_text(heading)
        for heading in top.iter(*HEADING_TAGS)
        if heading is not box
        and box not in heading.iterancestors()
        and heading not in box.iterancestors()
    ]
    return bool(texts) and all(text and _is_period(text) for text in texts)


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
            return box_heading(node, _is_period)
    return None


def _lead_box(box, container, rows: int, list_rows: int) -> bool:
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
        and box_heading(box, _is_period) is None
    )


def _box_rows(box, rows_path: tuple, pool: list[tuple]) -> list[tuple]:
    """The titles of ``box``'s rows: per child of the box, the first link of ``pool`` (title-like
    links first, then short ones) whose tags from the box down are ``rows_path``."""
    found: dict = {}
    for link, url in pool:
        chain = _chain(link)
        if box not in chain:
            continue
        below = chain[chain.index(box) :]
        if len(below) < 2 or tuple(n.tag for n in below) != rows_path or below[1] in found:
            continue
        found[below[1]] = (link, url, below[1])
    return list(found.values())


#: A box heading that pins rows of the list above it (置顶, 顶置).
_PINNED_RE = re.compile(r"置顶|顶置|置頂")


def _pinned_box(box, container) -> bool:
    """True when ``box`` is built like the list's ``container``, near it, headed 置顶."""
    if row_kind(box) != row_kind(container) or not _near(container, box):
        return False
    heading = box_heading(box, _is_period)
    return heading is not None and _PINNED_RE.search(heading) is not None


#: The key :func:`_continued_boxes` gives a 置顶 box found inside another group's container.
_PINNED_KEY = ("pinned",)


def _pinned_holder(members: list, container, wrapper):
    """The 置顶 box (:func:`_pinned_box`) holding one of ``members``' links below their
    group's ``wrapper``, or None."""
    for link, _, _ in members:
        for node in link.root.iterancestors():
            if node is wrapper or node is container or node.tag == "body":
                break
            if _pinned_box(node, container):
                return node
    return None


def _rows_path(key: tuple) -> tuple:
    """The tags from a group's container down to its links."""
    path, container = key
    return path[sum(1 for _ in container.iterancestors()) :]


#: Levels up from two boxes of a hub within which they share an ancestor.
_HUB_REACH = 3


def _near(box, other) -> bool:
    """True when ``box`` and ``other`` share an ancestor within :data:`_HUB_REACH` levels."""
    mine = list(box.iterancestors())[:_HUB_REACH]
    return any(a in mine for a in list(other.iterancestors())[:_HUB_REACH])


def _short_titles(
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
    at (the candidates, then the short links :func:`_candidates` sets aside). In a row that is a
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
        chain = _chain(link)
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


def _card_grid(short: list[tuple], base: str) -> dict:
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
            key = (_tag_path(link), card.getparent())
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
            _same(urljoin(base, a.get("href").strip())) == url
            and not element_text(a)
            and next(a.iter("img"), None) is not None
        )

    for node in card_boxes(link.root, fellow):
        if any(a.get("href") for a in node.iter("a") if a is not link.root):
            return node
    return None


def _picture_grid(pictures: list[tuple], page_url: str) -> dict:
    """Grids of cards each only a linked picture to an item page (:func:`picture_card`), as
    groups ``{(tag path, grid): [(link, url, card)]}``: four or more cards, one link each."""
    grids: dict = {}
    for link, url in pictures:
        card = picture_card(link.root, url, page_url)
        if card is not None:
            grids.setdefault((_tag_path(link), card.getparent()), []).append((link, url, card))
    return {
        key: cards
        for key, cards in grids.items()
        if len({url for _, url, _ in cards}) == len(cards) >= GRID_MIN
    }


def _short_columns(container, short: list[tuple]) -> dict:
    """The short links in rows of ``container``, grouped as :func:`_record_groups` would
    group them: ``{(tag path, container): [(link, url, row)]}``."""
    if container is None:
        return {}
    columns: dict = {}
    for link, url in short:
        row = row_of(link, container)
        if row is not None:
            key = (_tag_path(link), container)
            columns.setdefault(key, []).append((link, url, row))
    return {key: members for key, members in columns.items() if len(members) > 1}


def _is_pager_link(link) -> bool:
    text = _text(link)
    if text and not _ARROWS_RE.sub("", text):
        # a bare arrow (», ›) pages a list only beside page numbers or other pager words; alone
        # it turns a calendar's month or a slider
        return _beside_pager(link)
    # every pager word, English ``First`` too (lists88): the words the records leave out
    return is_pager_word(text)


#: What else a box of page numbers holds beside them (lists95): an ellipsis, 首页, a count of
#: pages or records (共7页, 共120条), a jump box's button (跳转, GO, 确定), a bare arrow.
_PAGER_FURNITURE_RE = re.compile(
    r"(?i)(?:\.{2,3}|…+|首[页頁]|共\s*\d+\s*[页頁条條]|第?\s*\d+\s*/\s*\d+\s*[页頁]?"
    r"|跳转|跳轉|转到|go|确定|確定)?"
)


def is_pager_furniture(text: str) -> bool:
    """True when a link's text is a pager word or pager furniture (``…``, 共7页, 跳转, ``«``)."""
    return (
        is_pager_word(text) or _PAGER_FURNITURE_RE.fullmatch(_ARROWS_RE.sub("", text)) is not None
    )


def _number_pager(html: Selector, worded: list) -> list:
    """The number links of a pager that prints no pager word (DedeCMS's ``<li
    class="thisclass">1</li><li><a href='list_5_2.html'>2</a></li>…`` under a column's three
    records, JackChum/Enterprise-portal): two or more number links in one box whose every link
    is a number or pager furniture, outside a table (a calendar's days), read only when the page
    has no worded pager link (``worded``)."""
    if worded:
        return []
    numbers = [
        link.root
        for link in html.xpath("//a[@href]")
        if _text(link).isdigit() and not leads_nowhere(link.root.get("href"))
    ]
    found = []
    for box, links in number_boxes(numbers).items():
        if len(links) < 2 or box.xpath("ancestor-or-self::table"):
            continue
        if all(
            element_text(a).isdigit() or is_pager_furniture(element_text(a)) for a in box.iter("a")
        ):
            found += links
    return found


def number_boxes(links) -> dict:
    """The boxes pager number links stand in, in document order: ``{box: [link, …]}``.

    A number's box is its parent, or the element above when the parent holds the link alone
    (each number in an ``li`` of one ``ul``, DedeCMS's and Bootstrap's pagers), or the one above
    that when a ``span`` holds the link alone in its ``li`` (Hugo LoveIt's ``li.page-item >
    span.page-link > a``, lists98); the pager with no words (:func:`_number_pager`) and the
    printed current number (``pagination._printed_current``) read the same boxes."""
    boxes: dict = {}
    for link in links:
        box = link.getparent()
        if box is None:
            continue
        if box.tag == "span" and len(box) == 1 and _tag(box.getparent()) == "li":
            box = box.getparent()
        if len(box) == 1 and box.getparent() is not None:
            box = box.getparent()
        boxes.setdefault(box, []).append(link)
    return boxes


def _tag(node) -> str | None:
    return node.tag if node is not None else None


def _beside_pager(link) -> bool:
    """True when the box around ``link`` (its parent or the one above) holds a page number or
    a worded pager link (上一页, 尾页) besides it."""
    parent = link.root.getparent()
    boxes = [] if parent is None else [parent, parent.getparent()]
    for box in boxes:
        if box is None:
            continue
        for other in box.iter("a"):
            if other is link.root:
                continue
            # read once arrows and brackets are dropped ([尾页] counts, a bare » does not)
            words = _ARROWS_RE.sub("", element_text(other))
            if words.isdigit() or turns_page(words):
                return True
        for other in box.iter("span", "strong", "b", "em", "li"):
            # the page printed unlinked and marked current (PbootCMS's ``< <span
            # class="current">10</span> >`` on a last page, pinwei1122/taoyitao)
            marks = set((other.get("class") or "").lower().split())
            if marks & _CURRENT_CLASSES and element_text(other).isdigit():
                return True
    return False


#: Class names a pager marks its current number with (lists88: Element UI's ``li.number.active``,
#: Bootstrap's ``li.active``); pagination.py and pager_icons.py read these, some with more.
CURRENT_MARKS = frozenset({"active", "current", "cur", "on"})
#: ... and an unlinked current page beside a bare arrow (``span.current``, DedeCMS ``thisclass``).
_CURRENT_CLASSES = CURRENT_MARKS | {"thisclass", "selected"}


#: Weight of a list headed by the channel's name (or the page's h1); a side box's heading
#: (最新, 图片) divides by it.
_MAIN_EVIDENCE = 3
#: Weight of a list whose links lie mostly in the channel's own folder.
_FOLDER_EVIDENCE = 2
#: On a home page of portal boxes, a box this near the heaviest one (a row fewer of six)
#: weighs as much: the top block is the page's list.
_PORTAL_NEAR = 0.8


def _home_page(page_url: str) -> bool:
    """True for a site's front page (``/``, ``/index.html``) named by a real address."""
    return bool(urlsplit(page_url).scheme) and channel_folder(page_url) is None


def _own_address(root, page_url: str, names: set[str]) -> str:
    """The address the page's boxes are read against: ``page_url``, or for a page read without
    one (a saved file) the one href of its links named as the channel (the trail's and the
    menu's 工作动态 → ``/a/gongzuodongtai/``), so its sub-channels' boxes are still known."""
    parts = urlsplit(page_url)
    if parts.netloc or parts.path:
        return page_url
    hrefs = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and element_text(a) in names and not leads_nowhere(href):
            hrefs.add(href)
    return hrefs.pop() if len(hrefs) == 1 else page_url


def _channel_of(url: str) -> str:
    """The folder above the one ``url`` is in (``/xwdt/ttxw`` for ``/xwdt/ttxw/202606/t1.html``):
    a channel files its stories in dated folders of its own."""
    return urlsplit(url).path.rpartition("/")[0].rpartition("/")[0]


def _box_lead(best: tuple, groups: dict) -> list[tuple]:
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


def find_article_links_generic(html: Selector, page_url: str) -> list[ListingEntry]:
    """The main list of a listing page of an unknown site, by its repeated record structure.

    Candidates are web links with a title-like text (or ``title``) of 6+ characters, outside
    nav/aside/footer, on any host. They are grouped into lists by record structure
    (:func:`_record_groups`), never by URL shape, so a list mixing ``/2024/04/22/fhgc-505/`` and
    ``/2024/04/24/private-incubator-ten-years/`` is one list. A list weighs its size plus
    twice its dated rows (links elsewhere count half), tripled when most rows are dated; a
    list headed 热门/推荐/排行 loses to any other. The winner gains its short-titled rows
    (:func:`_short_titles`) and its other boxes (:func:`_continued_boxes`), loses rows built unlike the rest (:func:`_drop_odd_rows`) and
    keeps off-site rows only when they are a good share of it (:func:`_keep_sites`), forward
    another body's document (转发…的通知, linking to the issuer's site) or are the site's own
    stories on its WeChat account.
    On a site's front page of portal boxes (each headed by its name and 更多) the top box wins
    over boxes lower down that weigh a little more, with its lead story (:func:`_box_lead`).
    JavaScript rows count too.
    """
    if has_displaced(html.root.getroottree().getroot()):
        # broken markup left rows outside the body: repair a copy, never the caller's page
        html = Selector(root=rehome_displaced(html.root.getroottree().getroot()), type="html")
    if has_nested_records(html.root):
        # an unclosed div in each <article> (a Typecho theme): read the posts flat, as a
        # browser does, on a copy (the lead's session-22 decision)
        html = Selector(root=flatten_records(html.root.getroottree().getroot()), type="html")
    base = base_url(html, page_url)
    short: list[tuple] = []  # long texts have their chance as candidates
    pictures: list[tuple] = []
    matching = drop_repeated_links(_candidates(html, page_url, base, short, pictures), short)
    matching, short = drop_record_tabs(matching, short)
    js_rows = find_js_rows(html, page_url, base)
    grids = _picture_grid(pictures, page_url)
    if not matching and not grids:
        return js_rows
    groups = merge_row_boxes(_record_groups(matching))
    # rows folded into one list per box (a title and its column link side by side) may nest
    # like day boxes left unclosed: fold them again, keeping the groups' order (ties go to
    # the first list on the page)
    nested = _merge_nested(groups)
    groups = merge_day_groups({key: nested[key] for key in groups if key in nested}, _is_day)
    groups = _drop_menu_fellow(groups)
    # a grid of cards named too short for a candidate (an unlabelled ferrosilicon.cn product
    # column: 铝灰, AD粉 under pictures) is a list too; a list holding some such cards
    # already has them as short titles of its own
    for key, cards in _card_grid(short, base).items():
        groups.setdefault(key, cards)
    # a grid of cards that are each only a linked picture is a list too, titled by the
    # pictures' alt (lists95, decision 1: huguifeng/shanghai's PbootCMS product column)
    picture_titles = {
        link.root: picture_title(link.root) for cards in grids.values() for link, _, _ in cards
    }
    for key, cards in grids.items():
        groups.setdefault(key, cards)

    def title_of(link) -> str:
        return _link_title(link) or picture_titles.get(link.root, "")

    order = list(groups)
    # The list the pager pages is the one nearest to it (side lists reach it from further up).
    pager_links = [a.root for a in html.xpath("//a") if _is_pager_link(a)]
    pager_links += _number_pager(html, pager_links)
    boxes_of_pager = pager_boxes(pager_links)
    distance = {key: pager_distance(key[1], boxes_of_pager) for key in order}
    nearest = min((d for d in distance.values() if d is not None), default=None)
    paged = {key for key in order if _paged(distance[key], nearest)}
    # of the lists as near, the one printed right above the pager is the one it pages (lists95:
    # a PHPCMS column's last two rows under a lead box of another channel's eight, both in the
    # pager's box; a dated 常见问题 box beside a column, after its pager)
    pager = boxes_of_pager.union(pager_links)
    above = {
        key
        for key in paged
        if len({url for _, url, _ in groups[key]}) > 1 and _above_pager(key[1], pager)
    }  # a list repeats: a wrapper holding one link and the pager is no list above it
    # the same list printed again (a PHPCMS theme's ul#dn for the desktop above its ul#sj for
    # the phone, the pager after the second) stands above the pager as its copy does
    above |= {
        key
        for key in paged
        for held in above
        if {u for _, u, _ in groups[held]} <= {u for _, u, _ in groups[key]}
    }
    paged = above or paged
    # a list right above the pager whose rows lie in the channel's folder is the list the page
    # is for, however short (lists95: a last page's two rows under a bigger box of another
    # channel's stories, a side 图文欣赏 grid, a scroller): the pager after it and its rows'
    # addresses are two witnesses a box's size does not outweigh
    anchored = {
        key for key in above if in_folder_share([u for _, u, _ in groups[key]], page_url) >= 0.5
    }
    # a row's date is read once a page: the winning list's rows, dated here among every
    # group's, were read again for its entries (9,509 reads on the 92 dev list pages, now 6,497)
    row_dates: dict = {}

    def date_in_row(link, row) -> str | None:
        key = (link.root, row)
        if key not in row_dates:
            row_dates[key] = _date_in_row(link, row)
        return row_dates[key]

    dates = {
        key: [date_in_row(link, row) for link, _, row in members] for key, members in groups.items()
    }

    site = site_of(page_url)
    side = side_columns(groups)
    h1 = page_h1(html.root)
    # a page whose <title> and h1 name nothing is named by its links to the channel's folder
    names = channel_names(html.root, h1) or folder_names(html.root, page_url, base)
    # A folder most of the page's links lie in (a site kept flat under /front/) tells no
    # list from another.
    folder_tells = in_folder_share([url for _, url in matching], page_url) < 0.5
    headings = {key: list_heading(key[1], h1) for key in order}
    side_boxes = _side_boxes(groups, headings, names, side)
    # a 置顶 box built like another list near it pins rows of that list
    pinned = {
        key
        for key in order
        if key[1] is not None
        and any(
            k[1] is not None and k[1] is not key[1] and _pinned_box(key[1], k[1]) for k in order
        )
    }

    latest_side = _latest_side_boxes(groups, headings, names, dates, above - side, page_url)
    short_menus = _short_name_menus(groups, dates, short)

    def evidence(key) -> float:
        # Size alone picks a sidebar over a last page of three rows: the heading over the
        # list and the channel's folder say which list the page is for.
        factor = 1.0
        heading = headings[key]
        if heading is not None:
            text, is_h1 = heading
            if is_h1 or names_channel(text, names) or is_whole_list_heading(text):
                factor *= _MAIN_EVIDENCE
            elif is_side_heading(text):
                # a 最新文章 box leans aside by its heading; only beside the column's own list
                # is it a side box outright (latest_side)
                factor /= _MAIN_EVIDENCE
        elif names_channel(_caption_before(groups[key]), names):
            factor *= _MAIN_EVIDENCE
        if key in pinned:
            # a 置顶 box pins rows of the list built like it: two dated pinned rows do not
            # outweigh the list they belong to (they join it as its box)
            factor /= _MAIN_EVIDENCE
        box = more_headed([link.root for link, _, _ in groups[key]], key[1])
        if box is not None and not names_channel(box, names):
            # boxes headed by their name and a 更多 link are another section's portal boxes
            factor /= _MAIN_EVIDENCE
        if folder_tells and in_folder_share([u for _, u, _ in groups[key]], page_url) >= 0.5:
            factor *= _FOLDER_EVIDENCE
        return factor

    def score(key) -> tuple[bool, bool, bool, float]:
        # The site's own links weigh full, links elsewhere half: an aggregator's list still
        # wins by its size, a box of partner links does not beat the site's list.
        weight = {url: 1.0 if site_of(url) == site else 0.5 for _, url, _ in groups[key]}
        size = sum(weight.values())
        dated = sum(
            weight[url]
            for url in {u for (_, u, _), d in zip(groups[key], dates[key], strict=True) if d}
        )
        if dated > 1 and _dates_of_one_record(key[1], dates[key]):
            dated = 1.0
        # Links that all say the same (新窗口打开, 阅读全文) are buttons beside the titles.
        titles = {title_of(link) for link, _, _ in groups[key]}
        value = (size + 2 * dated) * min(1.0, len(titles) / len(weight))
        # Dates beside most rows mark the list: a short last page beats an undated sidebar
        # of the same size, but one dated link does not beat a long list.
        if 2 * dated >= size:
            value *= 3
        if key in paged:
            value *= 2
        value *= evidence(key)
        main = not _is_side_list(key[1]) and key not in side and key not in side_boxes
        main = main and key not in latest_side and key not in short_menus
        main = main and not in_prose([link.root for link, _, _ in groups[key]])
        if key[1] is None and _menu_entry(groups[key][0][0]):
            main = False  # a lone link among a menu's short entries is one of them
        # A list repeats: a group of links to two or more pages beats a lone undated link
        # (a group without a container), whatever their weights (two off-site rows weigh
        # one); a lone dated link is a last page of one story, weighed as any list.
        return main, key[1] is not None or dated > 0, key in anchored, value

    # Lists of equal weight: the one the pager pages (nearest to it) wins, then the first on
    # the page (a last page's lone dated row above its pager ties a side menu headed by the
    # channel's name, the 通知公告 box listing its sub-channels).
    best = max(order, key=lambda key: (score(key), key in paged, -order.index(key)))
    best = (
        _row_by_pager(groups, boxes_of_pager) or _lone_story(best, groups, dates, page_url) or best
    )
    inner = _inner_box(best, groups, dates)
    lone = best if inner != best else None
    best = inner

    def portal(key) -> bool:
        return key[1] is not None and portal_heading(key[1]) is not None

    lead: list[tuple] = []
    if _home_page(page_url) and portal(best):
        # a front page of portal boxes is for its top block (LABELLING.md: on a home page the
        # main list is the top block), not for whichever box lower down holds a row more
        weight = score(best)
        near = [
            key
            for key in order
            if portal(key)
            and score(key)[:3] == weight[:3]
            and score(key)[3] >= _PORTAL_NEAR * weight[3]
        ]
        position = {node: i for i, node in enumerate(html.root.iter())}
        best = min(near, key=lambda key: position.get(groups[key][0][0].root, 0))
        lead = _box_lead(best, groups)

    paths: dict = {}  # link element -> its tag path, for column()

    def column(key, members) -> list:
        # every link at the column's tag path in the container's rows: a short one (a job
        # named 会计), or one another group holds (a row whose title shares its box with a
        # picture link or a category link is a group of its own)
        path, container = key
        if container is None:
            return []
        have = {link.root for link, _, _ in members}
        found = []
        for link, url in short + matching:
            el = link.root
            if el in have:
                continue
            # the tag path first, kept per link: the title groups ask for a column of each
            # group, and each column walked every link's ancestors and made the tag path of
            # those inside (57,044 paths on the 92 dev list pages: a third of the finder's time)
            link_path = paths.get(el)
            if link_path is None:
                link_path = paths[el] = element_path(el)
            if link_path == path and container in el.iterancestors():
                found.append((link, url, row_of(link, container)))
        return found

    # columns of short links alone (jobs named 会计 in every row) are columns too
    groups = {**_short_columns(best[1], short), **groups}
    best = title_group(best, groups, column)
    if len(js_rows) > len(groups[best]):
        return js_rows
    # the rows' titles at the title's tag path that other groups hold or that are short
    # (a title-like link first: a row may hold a short tag beside its title at one path),
    # record by record when the list's rows are boxes of records
    holders = box_records(groups[best] + column(best, groups[best]), groups[best])
    lists_of = {link.root: key[1] for key, group in groups.items() for link, _, _ in group}
    members = (
        lead + groups[best] + _short_titles(best, groups[best], matching + short, holders, lists_of)
    )
    members += sibling_rows(best[1], members, matching, short)
    members += blank_rows(best[1], members, pictures)
    boxes = _continued_boxes(best, groups, _own_address(html.root, page_url, names), lone)
    # a hub's box of one row was grouped at the wrapper the boxes share: its row is read in
    # its own box, like the list's rows, and does not make the boxes the wrapper's rows
    wrappers = set(best[1].iterancestors()) if boxes else set()
    wrapped = {key for key in boxes if key[1] in wrappers}
    # a table row's other cell is read by its own rows (its rows are no rows of the list's box)
    cells = {key for key in boxes if key[0] != best[0] and _cell_pair(best[1], key[1])}
    if any(
        row_kind(key[1]) != row_kind(best[1])
        and not _lead_box(key[1], best[1], len(groups[key]), len(groups[best]))
        for key in boxes
        if key not in wrapped and key not in cells
    ):
        # boxes folded into their wrapper were its rows: their rows are the records, as in
        # the boxes joined to them (a lead box's rows are rows like the list's own)
        members = [(link, url, _record_in(link, row)) for link, url, row in members]
    for key in boxes:
        if key in wrapped:
            rows = [(link, url, _row_in_box(link, best[1])) for link, url, _ in groups[key]]
            members += rows
            # the box's other rows are built as the list's rows are (chnmedu's 2016年 box: one
            # plain row, two set out with a picture), read by the list's own rows
            for box in dict.fromkeys(row.getparent() for _, _, row in rows):
                if box is not None and box is not best[1]:
                    members += sibling_rows(box, rows + groups[best], matching, short)
        elif key[0] == best[0] or key in cells:
            # each box's rows built a little differently (a picture row) and its short
            # titles (聊聊 g0 in a year's box of an archive) join it, as the list's own do
            members += groups[key] + sibling_rows(key[1], groups[key], matching, short)
            members += _short_titles(key, groups[key], matching + short, None, lists_of)
        else:
            members += _box_rows(key[1], _rows_path(best), matching + short)
    if len(members) > len(groups[best]):
        top = best[1].getroottree().getroot() if boxes else best[1]
        position = {node: i for i, node in enumerate(top.iter())}
        members.sort(key=lambda m: position.get(m[0].root, 0))
    members = drop_badges(drop_shared_links(_drop_odd_rows(drop_adverts(members))))
    sites = _keep_sites([url for _, url, _ in members], page_url)
    entries: list[ListingEntry] = []
    stories: dict = {}
    listed: set[str] = set()
    for link, url, row in members:
        if url in listed:
            # the row's title linked again (its date, 详情), or another row's link to the page
            # (a card's summary and its 房型 tab both lead to room-378.html, lists99): a page
            # is listed once
            continue
        listed.add(url)
        date_raw = date_in_row(link, row)
        title = title_of(link) or None
        away = sites is not None and site_of(url) not in sites
        own = (
            _OWN_ROW_TITLE_RE.match(title or "")
            or _WECHAT_STORY_RE.match(url)
            or (away and date_raw is not None and _ARTICLE_ADDRESS_RE.search(url))
        )
        if (away and not own) or _listed_before(url, title, stories):
            continue
        entries.append(ListingEntry(url=url, title=title, date_raw=date_raw))
    return entries


def _paged(distance: int | None, nearest: int | None) -> bool:
    """True when a list lies nearest to the page's pager (the list the pager pages)."""
    return distance is not None and distance == nearest


def _shows_nothing(el) -> bool:
    """True for an element that shows no words, link or picture (a ``div.clear`` float stop)."""
    return not element_text(el) and next(el.iter("a", "img", "input"), None) is None


def _above_pager(container, pager: set) -> bool:
    """True when the list in ``container`` stands right above the page's pager (``pager``: its
    links and the boxes holding them): the container holds the pager, or the first element
    after it, or after a box round it (within :data:`_ABOVE_REACH` levels up) when it is the
    last thing its box shows, is the pager or holds it."""
    if container is None or not pager:
        return False
    if container in pager:
        return True
    node = container
    for _ in range(_ABOVE_REACH):
        after = node.getnext()
        while after is not None and (not isinstance(after.tag, str) or _shows_nothing(after)):
            after = after.getnext()
        if after is not None:
            return after in pager
        node = node.getparent()
        if node is None:
            return False
    return False


#: Levels up from a list's container searched for the pager right after it.
_ABOVE_REACH = 3


def _pager_depth(node, boxes: set) -> int:
    """How deep the nearest element holding both ``node`` and a pager link lies (-1: none)."""
    for ancestor in [node, *node.iterancestors()]:
        if ancestor in boxes:
            return sum(1 for _ in ancestor.iterancestors())
    return -1


def _row_by_pager(groups: dict, boxes: set) -> tuple | None:
    """The lone row a last page of one story shows above its pager, or None.

    A column's last page may hold one row: its lone link weighs less than a menu, yet it
    stands in the pager's box (the row, the pager and nothing else under one element), where
    no list of the page reaches: the element holding it and the pager lies deeper than the one
    holding any list and the pager. A lone link among a menu's short entries is no row,
    nor is a pager link.
    """
    if not boxes:
        return None
    reach = max((_pager_depth(key[1], boxes) for key in groups if key[1] is not None), default=-1)
    found = None
    for key, members in groups.items():
        link = members[0][0]
        if key[1] is not None or len(members) != 1 or _menu_entry(link) or _is_pager_link(link):
            continue  # a 'Load more' button is the pager itself
        depth = _pager_depth(link.root, boxes)
        if depth > reach and (found is None or depth > found[0]):
            found = (depth, key)
    return found[1] if found else None


#: A story's own number in its address (a 5+ digit id, a date, a long hexadecimal key, a
#: UUID): ``/local/548c02176db28c9a4d000006``, ``/article/20141212/523342/``, ``/paper/838672``,
#: ``/news/detail/641af353-82a5-11e4-b7fe-ef2804cba5a1/``.
_STORY_ID_RE = re.compile(
    r"\d{5,}|[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", re.IGNORECASE
)


#: The most links of a group a lone story outweighs (a footer's or an app box's two).
_LONE_RIVAL = 2


def _story_address(url: str) -> bool:
    """True when ``url``'s path or query names one story by its number or key."""
    parts = urlsplit(url)
    return bool(_STORY_ID_RE.search(f"{parts.path}?{parts.query}"))


def _shared_folders(url: str, page_url: str) -> int:
    """How many folder names of ``url``'s path the page's own path holds too."""
    page = set(urlsplit(page_url).path.split("/")) - {""}
    return len(page & set(urlsplit(url).path.split("/")[:-1]))


def _lone_story(best: tuple, groups: dict, dates: dict, page_url: str) -> tuple | None:
    """The lone row of a last page of one undated story, when the heaviest group leads to no
    story at all, or None.

    A column's last page may keep one row without a date or a pager the finder knows; a footer
    of two of the site's pages (Terms of Use, Code of ethics) then outweighs it. A reader
    passes those over: they lead to no story (no dated row, no address naming a story by its
    number, :func:`_story_address`), while the lone row leads to one of the site's stories.
    Two rows on another host stay a list (an aggregator's last page of two), unless both are a
    menu's entries (:func:`_menu_entry`: two bit.ly promotions among the channel tabs 國內 國際 of
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
    lone = lone and _story_address(next(iter(urls)))
    if not lone and (
        len(urls) > _LONE_RIVAL or any(dates[best]) or any(_story_address(url) for url in urls)
    ):
        return None  # three rows or more are a list, however short (a last page of three)
    fellows = frozenset(link.root for link, _, _ in groups[best])
    menu = all(_menu_entry(link, fellows) for link, _, _ in groups[best])
    if any(site_of(url) != site for url in urls) and not menu:
        return None  # two rows elsewhere (an aggregator's last page) are a list all the same
    stories: dict[str, tuple] = {}
    for key, members in groups.items():
        urls = {url.rstrip("/") for _, url, _ in members}
        if len(urls) != 1 or (key == best and not lone) or any(dates[key]):
            continue
        url = next(iter(urls))
        if site_of(url) == site and _story_address(url) and not _is_pager_link(members[0][0]):
            # a story linked twice: the later link is the row (a header's ticker comes first)
            stories[url] = key
    if not stories:
        return None
    shared = {url: _shared_folders(url, page_url) for url in stories}
    top = max(shared.values())
    filed = [url for url, n in shared.items() if n == top]
    return stories[filed[0]] if len(filed) == 1 else None


def _caption_before(members: list) -> str:
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


def _is_list_date(text: str) -> bool:
    return bool(LIST_DATE_RE.fullmatch(text.strip("[]()（）【】 ")) or _is_day(text))


def _side_boxes(groups: dict, headings: dict, names: set[str], side: set) -> set:
    """The lists headed as a side box (最新文章, 图片新闻) whose rows are a title and a date
    alone, when another list's rows show more (a summary, a picture, the poster): that list is
    the one the page exists for, however short its first page (:func:`.evidence.row_shows_more`).
    """
    boxes = set()
    for key, heading in headings.items():
        if heading is None or heading[1] or names_channel(heading[0], names):
            continue
        if is_side_heading(heading[0]) and bare_rows(groups[key], _is_list_date):
            boxes.add(key)
    if not boxes:
        return boxes
    for key, members in groups.items():
        if key in boxes or key in side or key[1] is None or _is_side_list(key[1]):
            continue
        if rich_rows(members, _is_list_date):
            return boxes
    return set()


def _short_name_menus(groups: dict, dates: dict, short: list[tuple]) -> set:
    """The lists that are a menu of short names: most links at their tag path in their box are
    too short for a title (a case column's category filter 餐饮连锁 / 食品快消 / 超级IP, three of
    its nine names long enough to be candidates), and no row shows a date or any field besides
    its link. A short last page of cards (a picture, a summary) beside it is the list; rows of
    short job names with their company and pay are no menu (their rows show more)."""
    menus: set = set()
    if not short:
        return menus
    paths = [(_tag_path(link), link.root) for link, _ in short]
    for key, members in groups.items():
        path, container = key
        if container is None or any(dates[key]):
            continue
        names = sum(1 for p, el in paths if p == path and container in el.iterancestors())
        if names > len({url for _, url, _ in members}) and bare_rows(members, _is_list_date):
            menus.add(key)
    return menus


def _latest_side_boxes(
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
        if key in latest or key[1] is None or len(set(urls)) < 2 or _is_side_list(key[1]):
            return False
        if key in above:
            return True
        heading = headings.get(key)
        # an archive's year or month list (h2 2023 over qcrao.com's archive rows) is the
        # column's own, as a list headed by the channel's name is
        if heading is not None and (
            heading[1] or names_channel(heading[0], names) or _is_period(heading[0])
        ):
            return True
        # rows in the channel's folder are its stories when dated or named by their number
        # (a sub-channel menu's folders lie in the channel's folder too)
        stories = any(dates[key]) or 2 * sum(map(_story_address, urls)) > len(urls)
        return stories and in_folder_share(urls, page_url) >= 0.5

    return latest if any(own_column(key) for key in groups) else set()


def _row_in_box(link, container):
    """The row holding ``link`` in the nearest box above it built like ``container``."""
    chain = _chain(link)
    for i in range(len(chain) - 2, -1, -1):
        if chain[i].tag == container.tag and row_kind(chain[i]) == row_kind(container):
            return chain[i + 1]
    return chain[-2]


def _record_in(link, box):
    """The child of ``box`` holding ``link`` (``box`` itself when the link is its child)."""
    row = row_of(link, box)
    return box if row is None else row


def _listed_before(url: str, title: str | None, stories: dict) -> bool:
    """True when ``url`` repeats a story already listed; records it otherwise.

    A story listed twice under one title, once with a query added (``?reload=1``), is one
    article; the same title with other query values (``?id=1``, ``?id=2``) is two.
    """
    path, _, query = url.partition("?")
    params = frozenset(parse_qsl(query, keep_blank_values=True))
    earlier = stories.setdefault((path, title), [])
    if any(params <= other or other <= params for other in earlier):
        return True
    earlier.append(params)
    return False


# -- list dates ------------------------------------------------------------------------------
def parse_list_date(raw: str | None, now: datetime | None = None) -> str | None:
    """A list-page date as ISO: ``[2024-04-24]``, ``(2024-04-24)``, ``2024年4月24日``, or ``04-24``
    with the year inferred (the latest not after ``now``, so 12-28 seen in January is last year)."""
    if not raw:
        return None
    from ..article.published import parse_cn_date

    parsed = parse_cn_date(raw.strip().strip("[]()（）【】"), now)
    return parsed.value if parsed else None


def date_entries(entries: list[ListingEntry], now: datetime | None = None) -> list[ListingEntry]:
    """The entries with ``published`` set from their list dates (year inferred for ``MM-DD``)."""
    return [
        ListingEntry(e.url, e.title, e.date_raw, parse_list_date(e.date_raw, now)) for e in entries
    ]
