"""A pager link with no words: the next page when its address is this page's own with the number
one above (LABELLING, decisions of session 28, lists106's question 2).

ccdi.gov.cn prints its next page as an empty ``<a class="next-page">`` drawn by CSS, szwatech an
``<i>`` of an icon font whose class names nothing, old government CMSs a picture saved as
``btn_03.gif``. A reader who clicks the arrow after the current page lands on the list's next
page; we cannot see the arrow, but the address tells it: ``index_3.html`` on ``index_2.html``,
``?page=4`` on ``?page=3``. By its place alone, with no such address, the link gives none.
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urlsplit

#: A number in an address (the odd pieces of a split on it); pagination splits with it too.
DIGITS_RE = re.compile(r"(\d+)")
#: What a first page's address grows by to name page 2 (TRS's ``index_1.html``, DedeCMS's
#: ``list_12_2.html``, ``_2.shtml``, ``/page/2/``, ``-2.html``): a join, an optional word and
#: column number, the page's number, an optional extension.
_PAGE_SUFFIX_RE = re.compile(r"[/_-](?:[a-z]+[_-]?)?(?:\d+_)?(\d+)(?:\.[a-z]+)?/?", re.I)
#: A first page's own file name, dropped before its suffix is read (``index.html`` → ``index``).
_EXT_RE = re.compile(r"\.[a-z]+$", re.I)
#: How far above the link its pager's box may stand (``div.pager > span > a``).
_PAGER_REACH = 3


def _last_segment_start(path: str) -> int:
    """Where the address's last named piece starts (``/news/`` and ``/news`` are one)."""
    return path.rstrip("/").rfind("/") + 1


def one_page_on(url: str, page_url: str) -> bool:
    """True when ``url`` is ``page_url``'s own page address with the page number one above.

    A numbered page (``list_12_3.html``, ``index_3.html``, ``_3.shtml``, ``/page/3/``,
    ``?page=3``): its page number (after ``_``, ``-`` or ``page/`` in its last piece, or a page
    parameter of its query) raised by one, all else equal (``/c/13/`` beside ``/c/12/`` is another channel,
    not a page). A first page naming none (``/tzgg/``, ``/tzgg/index.html``, ``list.php?cid=3``):
    its address with a page suffix numbered 1 or 2 (TRS counts its pages from 0, so its page 2
    is ``index_1.html``), or its query with one parameter more valued 1 or 2 (a number in the
    query may be the column's: ``list.php?cid=3`` → ``list.php?cid=3&page=2``)."""
    mine, theirs = urlsplit(page_url), urlsplit(url)
    if (mine.scheme, mine.netloc) != (theirs.scheme, theirs.netloc):
        return False
    here = mine.path + ("?" + mine.query if mine.query else "")
    there = theirs.path + ("?" + theirs.query if theirs.query else "")
    pieces = DIGITS_RE.split(here)
    at = _page_number_at(pieces, mine.path)
    if at is not None and not _inside_folder(mine, theirs):
        return _raised_by_one(pieces, DIGITS_RE.split(there), at)
    return _first_page_suffix(mine, theirs) is not None


def first_page_number(url: str, page_url: str) -> int | None:
    """The number (1 or 2) ``url`` gives a first page ``page_url`` naming none, as
    :func:`one_page_on` reads it (a page suffix or one parameter more), else None."""
    mine, theirs = urlsplit(page_url), urlsplit(url)
    if (mine.scheme, mine.netloc) != (theirs.scheme, theirs.netloc):
        return None
    here = mine.path + ("?" + mine.query if mine.query else "")
    if _page_number_at(DIGITS_RE.split(here), mine.path) is not None and not _inside_folder(
        mine, theirs
    ):
        return None
    return _first_page_suffix(mine, theirs)


def _inside_folder(mine, theirs) -> bool:
    """True when the page is a folder (``/Category_100/``) and ``theirs`` a file inside it
    (``/Category_100/index_1.html``): the folder's number names its column, not a page (a
    page's number raised would lead out of the folder, ``/page/3/`` → ``/page/4/``)."""
    return (
        mine.path.endswith("/")
        and not mine.query
        and theirs.path.startswith(mine.path)
        and theirs.path != mine.path
    )


def _page_number_at(pieces: list[str], path: str) -> int | None:
    """Where a page's own number stands in its address split ``pieces`` (the last number after
    a join in its last piece or a page parameter), else None (a first page naming none)."""
    start = _last_segment_start(path)
    numbered = [
        i
        for i in range(1, len(pieces), 2)
        if len("".join(pieces[:i])) >= start
        and _PAGE_JOIN_RE.search(pieces[i - 1])
        and not _month_of(pieces, i)
    ]
    return numbered[-1] if numbered else None


def _month_of(pieces: list[str], i: int) -> bool:
    """True when the number at ``i`` is a date's month or day, as a reader reads ``2024-03``
    or ``2024-03-05`` (a month archive's arrows lead to the month after, not to a page)."""
    return (
        pieces[i - 1] == "-"
        and len(pieces[i]) == 2
        and i >= 2
        and (_YEAR_RE.fullmatch(pieces[i - 2]) is not None or _month_of(pieces, i - 2))
    )


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


#: What stands before a page's number in its address: a join, a page word's folder, or a query
#: parameter named for the page (``page=``, ``pageNum=``, ``p=``, ``pn=``; ``cid=`` names a column).
_PAGE_JOIN_RE = re.compile(r"(?:[_-]|\bp(?:age)?/|[?&](?:p|pn|pg|pi|\w*page\w*)=)$", re.I)


def _raised_by_one(a: list[str], b: list[str], at: int) -> bool:
    """True when the address split ``b`` is ``a`` with its number at ``at`` raised by one."""
    if len(a) != len(b):
        return False
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return differing == [at] and int(b[at]) == int(a[at]) + 1


def _first_page_suffix(mine, theirs) -> int | None:
    """The number (1 or 2) when ``theirs`` is the first page ``mine`` with page 2's suffix or
    parameter, else None."""
    if mine.query or theirs.query:
        if mine.path != theirs.path:
            return None
        old = [p for p in mine.query.split("&") if p]
        new = [p for p in theirs.query.split("&") if p]
        extra = [p for p in new if p not in old]
        found = re.fullmatch(r"[a-z_]+=([12])", extra[0], re.I) if len(extra) == 1 else None
        return int(found.group(1)) if found and len(new) == len(old) + 1 else None
    stem = _EXT_RE.sub("", mine.path)
    if not theirs.path.startswith(stem) and not theirs.path.startswith(stem.rstrip("/")):
        return None
    rest = theirs.path[len(stem.rstrip("/")) :]
    found = _PAGE_SUFFIX_RE.fullmatch(rest)
    return int(found.group(1)) if found is not None and found.group(1) in ("1", "2") else None


def in_pager(link, furniture) -> bool:
    """True when ``link`` stands in a pager: a box up to three levels above it holding two
    links or more, every one of them wordless or pager furniture (``furniture(link)``: a page
    number, 首页, 上一页, 尾页, 共9页). A row's picture link beside its title is in no pager."""
    return pager_box(link, furniture) is not None


def pager_box(link, furniture):
    """The pager box :func:`in_pager` finds around ``link``, else None."""
    for box in islice(link.iterancestors(), _PAGER_REACH):
        links = list(box.iter("a"))
        if len(links) < 2:
            continue
        return box if all(furniture(a) for a in links) else None
    return None
