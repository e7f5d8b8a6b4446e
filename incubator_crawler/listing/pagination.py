"""The next listing page: seven pagination strategies, tried in order (``auto``) or named by a site.

To add a style: a function ``(html, page_url, base) -> NextPage | None`` (``base``: what the
page's relative links resolve against, :func:`base_url`, read once a page), its name in
``PAGINATION_STRATEGIES`` and in ``_STRATEGIES``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from ..hrefs import leads_nowhere
from .candidates import in_dated_row, is_tag_link
from .entries import base_url, selector_text, spaced_text, without_fragment
from .js_rows import navigated, row_address
from .pager_icons import icon_next_href
from .pager_links import number_boxes
from .pager_links import page_number as _page_number
from .pager_links import pager_furniture as _pager_furniture
from .pager_links import wordless_or_furniture as _wordless_or_furniture
from .pager_scheme import DIGITS_RE, first_page_number, one_page_on, pager_box
from .pager_scripts import called_address, laypage_next
from .pager_words import (
    ARROWS_RE,
    CURRENT_MARKS,
    is_next_page_text,
    is_pager_furniture,
    is_prev_page_text,
    without_glyphs,
)

POSTBACK_RE = re.compile(r"__doPostBack\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)")


@dataclass(frozen=True)
class NextPage:
    """How to reach the next listing page: a URL, or an ASP.NET postback target."""

    url: str | None = None
    postback: tuple[str, str] | None = None
    via: str = field(default="next-link", compare=False)
    """The strategy that found it (see :data:`PAGINATION_STRATEGIES`)."""


#: Pagination strategies, in the order ``auto`` tries them.
PAGINATION_STRATEGIES = (
    "next-link",
    "tagname",
    "trs",
    "laypage",
    "dede",
    "node",
    "hanweb",
    "numbered",
    "picker",
)


def find_next_page(
    html: Selector, page_url: str, strategy: str | tuple[str, ...] | list[str] = "auto"
) -> NextPage | None:
    """The next listing page, by the first strategy that finds one.

    ``strategy`` is ``auto`` (all of PAGINATION_STRATEGIES in order), one name or a sequence:
    ``next-link`` (a link labelled 下一页 / > / », or an ASP.NET ``__doPostBack`` target),
    ``tagname`` (EasySite: the URL is in the 下一页 link's ``tagname`` attribute), ``trs``
    (``createPageHTML(N, cur, "index", "html")`` JavaScript), ``laypage`` (layui's pager script,
    its jump callback's address), ``dede`` (``list_{typeid}_{page}.html``),
    ``node`` (``node_479.html`` → ``node_479_2.html``), ``hanweb`` (``?pageNum=``), ``numbered``
    (the pager link numbered one more than the current page), ``picker`` (a ``<select>`` of
    pages whose options are addresses: the option after the selected one).
    """
    if strategy == "auto":
        names: tuple[str, ...] = PAGINATION_STRATEGIES
    elif isinstance(strategy, str):
        names = (strategy,)
    else:
        names = tuple(strategy)
    base = base_url(html, page_url)
    for name in names:
        found = _STRATEGIES[name](html, page_url, base)
        if found is not None and (found.postback or not _same_page(found.url, page_url)):
            return NextPage(url=found.url, postback=found.postback, via=name)
    return None


def _label(link) -> str:
    """What a pager link says: its text, else (a picture or icon button) its tooltip, its
    aria-label or its picture's alt text (``<a href="index_1.html"><img alt="下一页"></a>``)."""
    text = without_glyphs(selector_text(link))
    if text:
        return text
    alt = (
        link.xpath("./@title").get()
        or link.xpath("./@aria-label").get()
        or link.xpath(".//img/@alt").get()
        or ""
    )
    return " ".join(alt.split()) or _picture_word(link)


#: A pager picture's file name: ``/images/page_next.gif``, ``btn-prev.png``.
_PICTURE_WORD_RE = re.compile(r"(?i)(?:^|[^a-z])(next|prev)(?:ious)?(?:page)?(?:[^a-z]|$)")


def _picture_word(link) -> str:
    """What a pager's picture says when it has no alt text: next or prev, as its file name
    reads (a picture of the words 下一页 saved as ``page_next.gif``), else ""."""
    sources = link.xpath(".//img/@src").getall()
    if len(sources) != 1:
        return ""
    name = sources[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    found = _PICTURE_WORD_RE.search(name)
    return found.group(1).lower() if found else ""


#: A link marked as the next page by its ``rel`` (one of its space-separated words).
_REL_NEXT = "//a[@href][contains(concat(' ', normalize-space(@rel), ' '), ' next ')]"


def _next_link(html: Selector, page_url: str, base: str) -> NextPage | None:
    """The link labelled 下一页 (or > / », Next), as a URL or an ASP.NET ``__doPostBack``
    target; else an icon link marked ``rel="next"`` (Hexo's ``a.extend.next`` holding only an
    icon); else a right-arrow icon after the pager's current number (:mod:`.pager_icons`).
    A link so worded in a dated row of a list is a record titled ``Next``, no pager's."""
    for link in html.xpath("//a"):
        label = _label(link)
        if not (
            is_next_page_text(label) or _pager_arrow(link, label, page_url, base)
        ) or in_dated_row(link.root):
            continue
        href = (link.attrib.get("href") or "").strip()
        postback = POSTBACK_RE.search(href)
        if postback:
            return NextPage(postback=(postback.group(1), postback.group(2)))
        if not href or leads_nowhere(href):
            href = _scripted(link, html) or _handed_next(link, page_url, base)
            if not href:
                continue
        url = urljoin(base, href)
        if not _same_page(url, page_url):
            return NextPage(url=_past_block_arrow(html, page_url, base, link, url))
    for link in html.xpath(_REL_NEXT):
        href = link.attrib["href"].strip()
        url = urljoin(base, href)
        if _label(link) or leads_nowhere(href) or _same_page(url, page_url):
            continue
        return NextPage(url=url)
    icon = icon_next_href(html, lambda href: _same_page(urljoin(base, href), page_url))
    if icon is not None:
        return NextPage(url=urljoin(base, icon))
    return _written_next_link(html, page_url, base) or _wordless_next(html, page_url, base)


#: A right arrow printed as a pager's next link with no word (``1 →``, ``« 1 2 3 →``); a row's
#: "read on" arrow prints the same, so it names the next page only where a pager stands.
_RIGHT_ARROWS = frozenset({"→", "⟶", "➔", "➜"})


def _pager_arrow(link, label: str, page_url: str, base: str) -> bool:
    """True when a link saying only a right arrow is the pager's next link: marked
    ``rel="next"``, standing in a box of page numbers and pager words, or leading to this page's
    own address numbered one above (``index_2.html`` on ``index.html``). A row's read-on ``→``
    leads to its story, in no pager (lists136 left the lone ``→`` out of the next-page words)."""
    if label.replace(" ", "") not in _RIGHT_ARROWS:
        return False
    href = (link.attrib.get("href") or "").strip()
    if not href or leads_nowhere(href):
        return False
    if "next" in (link.attrib.get("rel") or "").split():
        return True
    box = pager_box(link.root, _wordless_or_furniture)
    if box is not None and any(_page_number(spaced_text(a)) is not None for a in box.iter("a")):
        return True  # the numbers 1 2 3 beside it, not a column of read-on arrows
    return bool(page_url) and one_page_on(
        without_fragment(urljoin(base, href)), without_fragment(page_url)
    )


def _scripted(link, html: Selector) -> str:
    """The address a script-run pager link opens: named in its own ``onclick`` or ``javascript:``
    href (:func:`.js_rows.navigated`), or built by a function the page prints from the page
    number the link calls it with (``javascript:goPage(3)``, :mod:`.pager_scripts`); else ""."""
    return navigated(link) or called_address(link, lambda: _scripts(html))


def _handed_next(link, page_url: str, base: str) -> str:
    """The address a 下一页 link hands to a script as a string (``onclick="turnPage('index_3.html')"``,
    a function we cannot read) when it is this page's own address numbered one above (on
    ``index_2.html``): the script may load rows into the page instead of opening one, but a
    pager's next number so named is the page a reader reaches. Else ""."""
    handed = row_address(link)
    if handed and one_page_on(without_fragment(urljoin(base, handed)), without_fragment(page_url)):
        return handed
    return ""


def _wordless_next(html: Selector, page_url: str, base: str) -> NextPage | None:
    """A pager link that says nothing (an empty ``<a>``, an icon drawn by CSS, a picture saved
    as ``btn_03.gif``) leading to this page's own address numbered one above (:mod:`.pager_scheme`)."""
    page = without_fragment(page_url)
    found = []
    for link in html.xpath("//a[@href]"):
        href = link.attrib["href"].strip()
        if not href or leads_nowhere(href) or _label(link):
            continue
        url = without_fragment(urljoin(base, href))
        if one_page_on(url, page):
            box = pager_box(link.root, _wordless_or_furniture)
            if box is not None:
                found.append((link.root, url, box))
    if not found:
        return None
    # numbers beside the arrows show the current page: the next is the number after it (a
    # picture bar of columns news_4 / news_6 on news_5.html, its number the column's, stands
    # beside a pager 1 2 3 whose 2 is news_5_2.html)
    numbered = _numbered(html, page_url, base)
    if numbered is not None:
        return numbered
    for link, url, box in found:
        if first_page_number(url, page) == 1 and _names_page_one(link, url, box, page, found):
            continue
        return NextPage(url=url)
    return None


def _names_page_one(link, url: str, box, page: str, found: list) -> bool:
    """True when a first page's wordless link numbered 1 (``?page=1``, ``index_1.html``) is
    page 1 itself, its 首页 or 上一页, not TRS's page 2 (which TRS names ``index_1.html``): a
    link of its pager numbered 2 follows it, no link of the pager leads to the page itself
    (TRS's 首页 does), and nothing shows before it in the pager (TRS prints an unlinked 首页
    上一页 there): ``?page=1 ?page=1 ?page=2 ?page=9`` on ``list.aspx``."""
    if not any(
        other_box is box and first_page_number(other, page) == 2 for _, other, other_box in found
    ):
        return False
    for a in box.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not leads_nowhere(href) and _same_page(urljoin(page, href), page):
            return False
    for el in box.iter():
        if el is link:
            return True
        if el is box or not isinstance(el.tag, str) or el.tag == "a":
            continue
        if any(p.tag == "a" for p in el.iterancestors()):
            continue  # a link is read by its address
        if el.tag in ("img", "i") or _first_or_prev(spaced_text(el)):
            return False
    return True


def _first_or_prev(text: str) -> bool:
    """True for the words or arrows of a pager's 首页 / 上一页 printed unlinked on its first page."""
    bare = ARROWS_RE.sub("", text)
    return bool(text) and (not bare or bare in ("首页", "首頁") or is_prev_page_text(text))


#: A pager's bare arrow: the words 下一页 or Next name the next page, an arrow may name the next block.
_ARROW_TEXTS = frozenset({">", ">>", "›", "»", "→"})


def _past_block_arrow(html: Selector, page_url: str, base: str, link, url: str) -> str:
    """``url``, unless ``link`` is a bare arrow leading past the page numbered one more than the
    current one: then that page's address. bonavis.cn's pager ``< 1 2 … 10 >`` points ``>`` at
    ``10_11.html``, the first page of the next block of ten; the next page is ``10_2.html``, the
    next number (lists99). Two addresses of one pattern differing in one number tell the jump."""
    if _label(link) not in _ARROW_TEXTS:
        return url
    numbered = _numbered(html, page_url, base)
    if numbered is None or not _jumps_past(url, numbered.url):
        return url
    return numbered.url


def _jumps_past(url: str, next_url: str) -> bool:
    """True when ``url`` is ``next_url`` with one number raised (``10_11.html`` past ``10_2.html``)."""
    mine, theirs = DIGITS_RE.split(url), DIGITS_RE.split(next_url)
    if len(mine) != len(theirs):
        return False
    differing = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    return (
        len(differing) == 1
        and differing[0] % 2 == 1  # the odd pieces of a split on a group are the numbers
        and int(mine[differing[0]]) > int(theirs[differing[0]])
    )


def _same_page(url: str, page_url: str) -> bool:
    """True when ``url`` is the page itself (a folder and its index file are one page: a last
    page's 下一页 leading to ``index.html`` on ``/tzgg/`` leads nowhere new)."""
    return _folder_page(without_fragment(url)) == _folder_page(without_fragment(page_url))


#: A link inside a script's string (``document.write('<a href="index_1.html">下一页</a>')``):
#: the href must close with the quote it opened with, so a URL built by concatenation
#: (``'index_' + (n + 1) + '.html'``) is no match.
_SCRIPT_LINK_RE = re.compile(
    r"""<a\b[^<>]*?\bhref\s*=\s*\\?(['"])([^'"<>\\\s]+)\\?\1[^<>]*>(.*?)<\\?/a\s*>""",
    re.I | re.S,
)
_TAG_RE = re.compile(r"<[^<>]*>")


def _written_next_link(html: Selector, page_url: str, base: str) -> NextPage | None:
    """The 下一页 link a script writes into the pager (``document.write``), which the parsed
    page does not hold as an element."""
    for match in _SCRIPT_LINK_RE.finditer(_scripts(html)):
        text = " ".join(_TAG_RE.sub(" ", match.group(3)).split())
        href = match.group(2).strip()
        if not is_next_page_text(text) or leads_nowhere(href):
            continue
        url = urljoin(base, href)
        if without_fragment(url) != without_fragment(page_url):
            return NextPage(url=url)
    return None


def _tagname(html: Selector, page_url: str, base: str) -> NextPage | None:
    """EasySite: ``<a href="javascript:void(0)" tagname="/zgc/…/index_2.html">下一页</a>``."""
    for link in html.xpath("//a[@tagname]"):
        if not is_next_page_text(selector_text(link)):
            continue
        target = link.attrib["tagname"].strip()
        if target and not target.startswith("[") and not leads_nowhere(target):
            return NextPage(url=urljoin(base, target))
    return None


TRS_CALL_RE = re.compile(
    r"createPageHTML\(\s*([\w\"']+)\s*,\s*([\w\"']+)\s*,\s*([\w\"']+)\s*,\s*([\w\"']+)\s*\)"
)
JS_VAR_RE = r"var\s+{name}\s*=\s*(['\"]?)([\w.]*)\1"


def _scripts(html: Selector) -> str:
    return "\n".join(html.xpath("//script/text()").getall())


def _js_value(token: str, script: str) -> str | None:
    """A literal (``3``, ``"index"``) or the value a ``var`` gave the name."""
    token = token.strip()
    if token[:1] in "'\"":
        return token.strip("'\"")
    if token.isdigit():
        return token
    match = re.search(JS_VAR_RE.format(name=re.escape(token)), script)
    return match.group(2) if match else None


def trs_page_count(html: Selector) -> tuple[int, int, str, str] | None:
    """``(count, current, prefix, ext)`` from TRS's ``createPageHTML(...)`` (current is 0-based)."""
    script = _scripts(html)
    match = TRS_CALL_RE.search(script)
    if not match:
        return None
    values = [_js_value(t, script) for t in match.groups()]
    if None in values or not values[0].isdigit() or not values[1].isdigit():
        return None
    return int(values[0]), int(values[1]), values[2], values[3]


#: The six-argument form government portals print (Sohu/Hanweb-style templates):
#: ``createPageHTML('page_div', 8, 1, 'fg', 'shtml', 147)`` = the pager's element id, the page
#: count, the current page counted from 1, the file stem and extension, the number of rows.
#: Page 1 is ``fg.shtml`` and page n is ``fg_n.shtml``.
TRS_CALL6_RE = re.compile(
    r"createPageHTML\(\s*(['\"])[^'\"]*\1\s*,\s*(\d+)\s*,\s*(\d+)\s*,"
    r"\s*['\"]([\w.-]+)['\"]\s*,\s*['\"](\w+)['\"]\s*(?:,[^)]*)?\)"
)


#: TRS's pager variables written out without a createPageHTML call (hf.cas.cn's 通知公告 at
#: cas-list-hfips-kyghc-tzgg: ``var currentPage = 0;//所在页从0开始`` and ``var countPage = 2``,
#: then ``document.write('<a href="index_'+nextPage+'.html">下一页…')``): the page's own
#: script names the stem and extension of the 下一页 link it writes.
_TRS_WRITTEN_NEXT_RE = re.compile(
    r"""href\s*=\s*\\?["']([\w.-]+)_['"]\s*\+[^<>'"]{1,40}?\+\s*['"]\.(\w+)\\?["'][^<>]*>\s*下一页"""
)


def _trs_written(script: str) -> tuple[int, int, str, str] | None:
    """``(count, current, prefix, ext)`` from TRS's ``countPage`` / ``currentPage`` variables and
    the 下一页 link the script builds from them (current is 0-based, as in createPageHTML)."""
    count = re.search(JS_VAR_RE.format(name="countPage"), script)
    current = re.search(JS_VAR_RE.format(name="currentPage"), script)
    link = _TRS_WRITTEN_NEXT_RE.search(script)
    if not (count and current and link) or not (count[2].isdigit() and current[2].isdigit()):
        return None
    return int(count[2]), int(current[2]), link[1], link[2]


def _trs(html: Selector, page_url: str, base: str) -> NextPage | None:
    """TRS: page k+1 is ``{prefix}_{k+1}.{ext}`` while k+1 < the count in ``createPageHTML``
    or in the pager variables a script writes its links from (k counted from 0); in the
    six-argument form (k counted from 1) while k < the count."""
    found = trs_page_count(html) or _trs_written(_scripts(html))
    if found:
        count, current, prefix, ext = found
        last = count - 1
    else:
        six = TRS_CALL6_RE.search(_scripts(html))
        if not six:
            return None
        count, current = int(six.group(2)), int(six.group(3))
        prefix, ext = six.group(4), six.group(5)
        last = count
    if current >= last:
        return None
    return NextPage(url=urljoin(base, f"{prefix}_{current + 1}.{ext}"))


def _laypage(html: Selector, page_url: str, base: str) -> NextPage | None:
    """layui: the page after ``curr`` that the page's ``laypage`` call sends a reader to from
    its jump callback (:func:`.pager_scripts.laypage_next`), while a page is left."""
    found = laypage_next(_scripts(html))
    return NextPage(url=urljoin(base, found)) if found else None


TOTAL_PAGES_RE = re.compile(r"共\s*(\d+)\s*页")


def _total_pages(html: Selector) -> int | None:
    match = TOTAL_PAGES_RE.search(" ".join(html.xpath("//body//text()").getall()).replace(" ", ""))
    return int(match.group(1)) if match else None


def _links(html: Selector, base: str) -> list[str]:
    return [
        without_fragment(urljoin(base, href.strip()))
        for href in html.xpath("//a/@href").getall()
        if href.strip() and not leads_nowhere(href, mailto=True)
    ]


def _numbered_scheme(
    html: Selector, page_url: str, base: str, current_re: re.Pattern, link_re: re.Pattern, build
) -> NextPage | None:
    """Shared logic of the ``{stem}_{page}`` schemes: current page from the URL, next if linked
    or within the page count the pager prints (共 N 页)."""
    path = urlsplit(page_url).path
    match = current_re.search(path)
    links = _links(html, base)
    if match and match.group(2):
        stem, current = match.group(1), int(match.group(2))
    else:
        stem = match.group(1) if match else None
        if stem is None:
            # a category index (/a/yqdt/): the stem is in its pager's links, which lie in its
            # folder on its host (a link to another host's list_171_358.html, a faculty's
            # column, pages no page of this one)
            here = without_fragment(_folder_page(page_url))
            # /a/yqdt/ and /a/yqdt alike; a page read without its address and its relative
            # links share the folder "" (tests/test_listing's saved DedeCMS pages)
            folders = {here[: here.rfind("/") + 1], here.rstrip("/") + "/" if here else ""}
            for url in links:
                found = link_re.search(urlsplit(url).path)
                if found and url[: url.rfind("/") + 1] in folders:
                    stem = found.group(1)
                    break
        if stem is None:
            return None
        current = _after_previous(html, base, current_re, stem)
        if current is None:
            # no linked 上一页 and no number in the address: the number the pager prints as its
            # page among its linked numbers tells it (``1 [2] 3 4`` on a page saved without its
            # address, a self-link ``list_14_2.html#`` elsewhere on it); else a column's index
            # is its first page
            numbered = _numbered(html, page_url, base)
            found = link_re.search(urlsplit(numbered.url).path) if numbered else None
            if found and found.group(1) == stem:
                return NextPage(url=numbered.url)
            current = 1
    candidate = urljoin(base, build(stem, current + 1))
    total = _total_pages(html)
    if without_fragment(candidate) in links or (total is not None and current + 1 <= total):
        return NextPage(url=candidate)
    return None


def _after_previous(html: Selector, base: str, current_re: re.Pattern, stem: str) -> int | None:
    """The page a pager is on when its address names none: one after the page its linked
    上一页 leads to (``list_13_3.html`` on a saved ``list_13_4.html``, the column's last page),
    else None."""
    for link in html.xpath("//a[@href]"):
        if not is_prev_page_text(_label(link)):
            continue
        found = current_re.search(urlsplit(urljoin(base, link.attrib["href"].strip())).path)
        if found and found.group(1) == stem and found.group(2):
            return int(found.group(2)) + 1
    return None


_DEDE_CURRENT = re.compile(r"list_(\d+)_(\d+)\.html$")
_DEDE_LINK = re.compile(r"list_(\d+)_\d+\.html$")
_NODE_CURRENT = re.compile(r"node_(\d+)(?:_(\d+))?\.html$")


def _dede(html: Selector, page_url: str, base: str) -> NextPage | None:
    """DedeCMS: ``/a/cat/`` → ``list_106_2.html`` → ``list_106_3.html`` (共 N 页 bounds it)."""
    return _numbered_scheme(
        html, page_url, base, _DEDE_CURRENT, _DEDE_LINK, lambda t, n: f"list_{t}_{n}.html"
    )


def _node(html: Selector, page_url: str, base: str) -> NextPage | None:
    """Newspaper CMS: ``node_479.html`` → ``node_479_2.html`` → ``node_479_3.html``."""
    if not _NODE_CURRENT.search(urlsplit(page_url).path):
        return None
    return _numbered_scheme(
        html, page_url, base, _NODE_CURRENT, _NODE_CURRENT, lambda n, p: f"node_{n}_{p}.html"
    )


def _hanweb(html: Selector, page_url: str, base: str) -> NextPage | None:
    """Hanweb: the same path with ``pageNum`` one more (the link's other parameters kept)."""
    parts = urlsplit(page_url)
    query = dict(parse_qsl(parts.query))
    try:
        current = int(query.get("pageNum", "1"))
    except ValueError:
        return None
    for url in _links(html, base):
        other = urlsplit(url)
        if other.path != parts.path:
            continue
        if dict(parse_qsl(other.query)).get("pageNum") == str(current + 1):
            return NextPage(url=url)
    total = _total_pages(html)
    if "pageNum" in query and total is not None and current + 1 <= total:
        query["pageNum"] = str(current + 1)
        return NextPage(url=urlunsplit(parts._replace(query=urlencode(query))))
    return None


#: A folder's own page: ``/tzgg/``, ``/tzgg/index.html`` and ``/tzgg/default.aspx`` are one.
_FOLDER_PAGE_RE = re.compile(r"/(?:index|default)\.[a-z]+$", re.I)


def _folder_page(url: str) -> str:
    """``url`` with a folder's index file name dropped (``/tzgg/index.html`` → ``/tzgg/``)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=_FOLDER_PAGE_RE.sub("/", parts.path)))


#: What joins a page's own address to its numbered pages (``/column/1088/page-2``).
_PAGE_JOINS = "/_-?"


def _extends(url: str, page_url: str) -> bool:
    """True when ``url`` is ``page_url`` with a page's suffix (``/1088`` → ``/1088/page-1``)."""
    mine = without_fragment(page_url).rstrip("/")
    return url.startswith(mine) and url[len(mine) : len(mine) + 1] in tuple(_PAGE_JOINS)


def _numbered(html: Selector, page_url: str, base: str) -> NextPage | None:
    """A pager of numbered links: the link numbered one more than the current page.

    The current page is the number whose link is this page (a folder and its index file are
    one page), else the number the pager prints unlinked among its number links
    (:func:`_printed_current`), else a number not linked between two linked ones, else the
    first number not linked (pagers print the current page as plain text);
    when every number is linked and page 1's link is this page's own address with a page
    suffix (``第 1 页`` → ``/column/1088/page-1`` on ``/column/1088``), this is page 1.
    """
    numbers: dict[int, str] = {}
    elements: dict[int, object] = {}
    for link in html.xpath("//a[@href]"):
        number = _page_number(selector_text(link))
        if number is None:
            continue
        href = link.attrib["href"].strip()
        if leads_nowhere(href):
            # a number that opens its page by script names the page in its own href or onclick
            # (a site mirror's ``javascript:window.open('…/page/2')``: LABELLING lists19) or
            # calls a function the page prints with its number (``javascript:goPage(3)``)
            href = _scripted(link, html)
            if not href:
                continue
        url = urljoin(base, href)
        if is_tag_link(link, url):
            continue  # a tag cloud's number (EmpireCMS ``/e/tags/?tagname=24``) is no page
        if _labelled_count(link.root):
            continue  # a profile box's 文章 3 / 分类 2 / 标签 3 counts what a section holds
        numbers.setdefault(number, without_fragment(url))
        elements.setdefault(number, link.root)
    if not numbers:
        return None
    here = [n for n, url in numbers.items() if _folder_page(url) == _folder_page(page_url)]
    if here:
        current = here[0]
    else:
        # the number a pager prints unlinked among its links is the page: Discuz's
        # <strong>10</strong> on a last page whose first link reads "1 ...", PHPCMS's
        # <span>12</span> after "1.." and 3-11 on a last page whose 下一页 links itself
        current = _printed_current(elements, numbers)
        if current is None:
            # a number left unlinked between two linked ones of one pager is the page a window
            # of numbers is on (上一页 9 10 11 下一页 on page 10), before the first number not
            # linked; counts linked in rows apart are no pager (juejin's comment counts 4 and 6)
            between = [
                n
                for n in numbers
                if n + 2 in numbers
                and n + 1 not in numbers
                and _one_pager(elements[n], elements[n + 2])
            ]
            current = min(between) + 1 if between else None
        current = current or next(n for n in range(1, max(numbers) + 2) if n not in numbers)
        if current > max(numbers) and _extends(numbers.get(1, ""), page_url):
            current = 1
        if current > max(numbers):
            # every number linked: the one the pager marks is the current page (decide92)
            marked = [n for n in numbers if _marked_number(elements[n])]
            if len(marked) != 1:
                return None  # none marked, or two (null beats a guess)
            current = marked[0]
            if current + 1 in numbers and not _pager_box(elements[current], elements[current + 1]):
                return None  # a nav menu's highlighted item that reads as a number
    url = numbers.get(current + 1)
    return NextPage(url=url) if url else None


#: What a count's label is not: a word of a page (第 2 页, 共 5 页), digits and punctuation.
_COUNT_LABEL_NOISE_RE = re.compile(r"[\d\W_]+")


def _labelled_count(link) -> bool:
    """True when a number's link is a count named by a word in its own small box, not a page.

    A blog theme's profile widget prints 文章 3 / 分类 2 / 标签 3, each number linked to the
    section it counts (``/archives``, ``/categories``): read as a pager, its 2 was the next page
    of a category page without one (lists221's CSSA Leeds page). A pager's number stands alone
    in its ``<li>`` or among its fellows and pager words; a count stands beside the word it
    counts, the only link of its box.
    """
    box = link.getparent()
    while box is not None and len(box) == 1 and box[0] is link and not (box.text or "").strip():
        link, box = box, box.getparent()  # a wrapper holding only the link (``<li><a>``)
    if box is None or sum(1 for _ in box.iter("a")) != 1:
        return False
    own = "".join(link.itertext())
    label = "".join(box.itertext()).replace(own, "", 1)
    label = _COUNT_LABEL_NOISE_RE.sub("", label)
    return bool(label) and "页" not in label and "頁" not in label and not is_pager_furniture(label)


#: Class names a pager marks its current number with (on the link or its ``<li>``).
_CURRENT_MARKS = CURRENT_MARKS | {"selected"}


def _marked_number(link) -> bool:
    """True when a number's link, or the ``<li>`` holding it, is marked as the current page
    (``class="active"`` / ``current`` / ``cur`` / ``on`` / ``selected``, ``aria-current="page"``):
    Element UI's ``li.number.active``, Bootstrap's ``li.page-item.active``, lists88's rule for the
    icon arrow read for every pager of linked numbers."""
    parent = _lift(link).getparent()
    for el in (link, parent if parent is not None and parent.tag == "li" else None):
        if el is None:
            continue
        if _CURRENT_MARKS.intersection((el.get("class") or "").split()):
            return True
        if (el.get("aria-current") or "").lower() == "page":
            return True
    return False


def _lift(link):
    """The element a number's link stands for in its pager: the ``span`` wrapping it alone inside
    an ``li`` (Bootstrap's and Hugo LoveIt's ``li.page-item > span.page-link > a``, lists98), else
    the link itself."""
    parent = link.getparent()
    if (
        parent is not None
        and parent.tag == "span"
        and len(parent) == 1
        and parent.getparent() is not None
        and parent.getparent().tag == "li"
    ):
        return parent
    return link


def _pager_box(a, b) -> bool:
    """True when two number links stand in one pager whose links are all page numbers, pager
    words (上一页, 下一页, 尾页, arrows, 首页) or furniture (an ellipsis, 共7页, 跳转): a nav menu
    holds the site's other sections."""
    if not _one_pager(a, b):
        return False
    a, b = _lift(a), _lift(b)
    box = a.getparent() if a.getparent() is b.getparent() else a.getparent().getparent()
    return all(_pager_furniture(spaced_text(link)) for link in box.iter("a"))


def _printed_current(elements: dict, numbers: dict) -> int | None:
    """The page number a pager prints as its current one among its number links, or None.

    Pagers print the current page unlinked (``<strong>10</strong>``, ``<li class="thisclass">10</li>``,
    ``<span>10</span>``) or link it marked current (Typecho's ``<li class="current"><a
    href="/page/1/">1</a></li>`` on a first page served at ``/``), as a child of the box their
    number links stand in (each link alone or in its own ``li``). The box must hold two or more
    number links, one of them a number off the current one: a like counter beside a card's
    linked comment count is no pager. Here, in a window of numbers with gaps (1 2 … 7), the one
    marked link is the page when every link of the box is a number, a pager word or pager
    furniture (lists95: an ellipsis, 共7页, 跳转); with every number linked, :func:`_numbered`
    reads the mark as decide92 decided.
    """
    for box in number_boxes(elements.values()):
        linked, printed, marked = set(), [], []
        for child in box:
            if not isinstance(child.tag, str):
                continue
            anchor = child if child.tag == "a" else next(child.iter("a"), None)
            number = _page_number(spaced_text(child))
            if number is None:
                continue
            if anchor is None:
                printed.append(number)
            elif anchor.get("href"):
                linked.add(number)
                if _marked_number(anchor) or _CURRENT_MARKS & set(
                    (child.get("class") or "").split()
                ):
                    marked.append(number)
        if len(linked) < 2:
            continue
        if (
            len(marked) == 1
            and (marked[0] - 1 in linked or marked[0] + 1 in linked)
            and all(_pager_furniture(spaced_text(a)) for a in box.iter("a"))
        ):
            # a window of numbers with gaps (1 2 … 7) whose one marked number is this page,
            # in a box of numbers and pager furniture only (lists95, decision 2: decide92's
            # mark rule without tmpl91's page-suffix condition; two Typecho themes print it)
            return marked[0]
        for number in printed:
            if number not in numbers and (number - 1 in linked or number + 1 in linked):
                return number
    return None


def _one_pager(a, b) -> bool:
    """True when two number links stand in one pager: one parent, or one grandparent (each
    number in an ``li`` of one ``ul``, or in a ``span`` of its ``li``: :func:`_lift`)."""
    pa, pb = _lift(a).getparent(), _lift(b).getparent()
    return pa is pb or (pa is not None and pb is not None and pa.getparent() is pb.getparent())


#: An option value that is an address (``index_1.html``, ``?page=2``, ``/list/2/``), not a bare
#: page number a script posts.
_ADDRESS_RE = re.compile(r"[/.?=]")


def _picker(html: Selector, page_url: str, base: str) -> NextPage | None:
    """A page picker with no link (``<select>`` of 第1页, 第2页 … whose values are addresses):
    the option after the selected one, numbered one more (LABELLING lists78: the reader picks
    第2页 and lands there). A picker of bare numbers fed to a posting script stays null, and a
    select of other sites (部门网站) is no pager: every option must name a page number."""
    for select in html.xpath("//select"):
        options = [
            (
                _page_number(selector_text(o)),
                (o.attrib.get("value") or "").strip(),
                "selected" in o.attrib,
            )
            for o in select.xpath(".//option")
        ]
        if len(options) < 2 or any(n is None or not _ADDRESS_RE.search(v) for n, v, _ in options):
            continue
        at = next((i for i, (_, _, chosen) in enumerate(options) if chosen), 0)
        if at + 1 < len(options) and options[at + 1][0] == options[at][0] + 1:
            return NextPage(url=urljoin(base, options[at + 1][1]))
    return None


_STRATEGIES = {
    "next-link": _next_link,
    "tagname": _tagname,
    "trs": _trs,
    "laypage": _laypage,
    "dede": _dede,
    "node": _node,
    "hanweb": _hanweb,
    "numbered": _numbered,
    "picker": _picker,
}
