"""Which rows a list keeps by their shape: off-site rows, odd rows, story addresses."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .domains import site_of
from .row_dates import record_date
from .rows import node_classes, plain_classes

#: A list whose links to other hosts are fewer than this share is a site's own list with ads in it.
_OFF_HOST_SHARE = 1 / 3
#: A title that forwards another body's document (转发教育部关于…的通知), or that the list pins above
#: its run (置顶：欢迎报考…, xmusmartdsp-list-news' first row, linking its recruit PDF on a teacher's
#: own host): a list's own row, linking to another site, not an advert.
OWN_ROW_TITLE_RE = re.compile(r"^\W{0,2}(?:转发|轉發|置顶|置頂)\S")
#: A story the site published on its WeChat account (``mp.weixin.qq.com/s/…``): Chinese sites
#: list these among their own rows (a firm's 公司动态, a hospital's 医院新闻), not as adverts.
WECHAT_STORY_RE = re.compile(r"^(?:https?:)?//mp\.weixin\.qq\.com/s\b")


#: An item's own address (a page file with a number in its name, ``/art/2024/5/6/art_1_99.html``),
#: not a click counter's or a landing page's (``/click?7``): a dated row built like the list's
#: others that leads there off the site is a row of the list (LABELLING.md lists12, settled in
#: decide76: a ustc.edu.cn notice in a notice column), while an advert's link says what it is.
ARTICLE_ADDRESS_RE = re.compile(
    r"^[^?#]*/[^/?#]*\d[^/?#]*\.(?:s?html?|pdf|docx?|xlsx?)(?:$|[?#])", re.I
)


#: An item's address named by its number alone, without a file ending (``/article/3480``,
#: ``/p/12345/``): a university's notice, a forum's thread.
_NUMBERED_ITEM_RE = re.compile(r"/\d{3,}/?$")


def _item_address(url: str) -> bool:
    """True when ``url`` names one item (:data:`ARTICLE_ADDRESS_RE`, a story's number or key,
    a last step that is a number), not a site's home or a channel's folder."""
    return bool(
        ARTICLE_ADDRESS_RE.search(url)
        or story_address(url)
        or _NUMBERED_ITEM_RE.search(urlsplit(url).path)
    )


def _classed_shape(link, row) -> tuple:
    """:func:`_row_shape` without the bare wrappers (a ``<strong>`` round a title)."""
    return tuple(s for s in _row_shape(link, row) if s)


def _has_picture(row) -> bool:
    return row is not None and next(row.iter("img"), None) is not None


def off_site_like_rows(member: tuple, own: list) -> bool:
    """True when ``member``, a row linking off the site, is built like the site's own rows
    ``own`` and so is a row of the list, date or none (the lead's session-27 decision,
    LABELLING.md: cas-list-hfips-yjsc-tzgg's ``gradschool.ustc.edu.cn/article/3480`` among its
    notices, set out with a picture and no date as the column's other picture rows are).

    Built like: its link leads to an item's own address (:func:`_item_address`) and an own row
    stands in the same place with the same parts (the row's tag and classes, the classed
    elements down to the link). An advert differs and stays out: a picture where no own row
    shows one, no date where every own row shows one, a link to a home or a channel.
    """
    link, url, row = member
    if row is None or not own or not _item_address(url):
        return False
    if _has_picture(row) and not any(_has_picture(r) for _, _, r in own):
        return False
    if record_date(link, row) is None and all(record_date(a, r) is not None for a, _, r in own):
        return False
    shape, kind = _classed_shape(link, row), plain_classes(row)
    return any(
        r is not None
        and r.tag == row.tag
        and plain_classes(r) == kind
        and _classed_shape(a, r) == shape
        for a, _, r in own
    )


def take_back_off_site_rows(members: list, kept: list, page_url: str) -> list:
    """``kept`` (``members`` less the rows built unlike the rest) with the off-site rows it lost
    that are built like the site's own kept rows (:func:`off_site_like_rows`), in page order."""
    site = site_of(page_url)
    own = [m for m in kept if site_of(m[1]) == site]
    # the row elements themselves, not their id()s (an id() is only stable while its lxml proxy lives)
    have = {m[0].root for m in kept}
    return [
        m
        for m in members
        if m[0].root in have or (site_of(m[1]) != site and off_site_like_rows(m, own))
    ]


def keep_sites(urls: list[str], page_url: str) -> set[str] | None:
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


def drop_odd_rows(members: list) -> list:
    """The members without the few rows built unlike the rest (promotion cards in a feed).

    A row differs when two or more of the elements between it and its link have classes
    unlike the usual row's; one restyled wrapper (a headline row, a pinned thread) is still
    a row of the list. The usual row is the shape most rows have, in a list of five rows or
    more; in a short list (a last page) or one with many promotions it is the shape of the
    dated rows, when most rows are dated and built in one or two makes (plain rows and rows
    set out with a picture, sspai's feed): a promotion card among them carries no date, is
    built like neither and leads to another section of the site.
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
    dated = [record_date(link, row) is not None for link, _, row in members]
    if 2 * sum(dated) <= len(members):
        return members
    kept = [shape for shape, d in zip(shapes, dated, strict=True) if d]
    makes = _makes(kept)
    if len(makes) > _DATED_MAKES:
        return members
    # a story set out with a picture and no date is built like the dated rows and leads
    # where they lead; a promotion leads elsewhere on the site (a vote, a product page)
    like = [m for m, d in zip(members, dated, strict=True) if d]
    return [
        m
        for m, shape, d in zip(members, shapes, dated, strict=True)
        if d or any(not _unlike(shape, make) for make in makes) or _story_like(m, like)
    ]


#: Makes of dated rows a list may show (plain rows and rows set out with a picture) and still
#: tell its rows from a promotion among them.
_DATED_MAKES = 2


def _makes(shapes: list) -> list:
    """The kinds of row among ``shapes`` (:func:`_unlike` tells two apart), commonest first."""
    makes: list = []
    for shape in sorted(dict.fromkeys(shapes), key=shapes.count, reverse=True):
        if all(_unlike(shape, make) for make in makes):
            makes.append(shape)
    return makes


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


#: A story's own number in its address (a 5+ digit id, a date, a long hexadecimal key, a
#: UUID): ``/local/548c02176db28c9a4d000006``, ``/article/20141212/523342/``, ``/paper/838672``,
#: ``/news/detail/641af353-82a5-11e4-b7fe-ef2804cba5a1/``.
_STORY_ID_RE = re.compile(
    r"\d{5,}|[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", re.IGNORECASE
)


def story_address(url: str) -> bool:
    """True when ``url``'s path or query names one story by its number or key."""
    parts = urlsplit(url)
    return bool(_STORY_ID_RE.search(f"{parts.path}?{parts.query}"))
