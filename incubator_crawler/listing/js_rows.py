"""Rows written by JavaScript: scripted addresses, rows assigned in scripts, datastore rows."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin

from parsel import Selector

from ..hrefs import is_script, leads_nowhere
from .entries import LIST_DATE_RE, ListingEntry, base_url, link_title, without_fragment

#: A script that sends the browser to an address: ``location.href='index_1.html'``,
#: ``window.location = "?page=2"``, ``location.assign(…)``, ``window.open('…')``.
_NAVIGATE_RE = re.compile(
    r"""(?:\blocation(?:\.href)?\s*=|\blocation\.(?:assign|replace)\(|\bwindow\.open\()\s*"""
    r"""(['"])([^'"\s]+)\1"""
)


def navigated(link) -> str:
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


def row_address(link) -> str:
    """The story a row's script-driven title opens (LABELLING.md, the lead's session-21 decision
    7): the address the link itself names, in its ``onclick`` or ``javascript:`` href (a
    navigation, or any call given the address as a string) or in ``data-url`` / ``data-href``;
    else "". An id that only a script turns into an address gives no record (principle (d))."""
    if nav := navigated(link):
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
        url = without_fragment(urljoin(base, href.strip()))
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
            url = without_fragment(urljoin(base, href))
            if url in seen:
                continue
            seen.add(url)
            title = link_title(link[0]) or None
            found = LIST_DATE_RE.search(" ".join(row.xpath("//text()").getall()))
            entries.append(ListingEntry(url=url, title=title, date_raw=found[0] if found else None))
    return entries
