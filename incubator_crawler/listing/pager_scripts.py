"""A pager link run by a script the page prints: the address it opens, read from the served HTML.

Hand-written government and school pagers link each number and 下一页 as ``javascript:goPage(3)``
and print the function beside them: ``function goPage(n){ location.href = 'list_' + n + '.html'; }``.
A reader's click on 下一页 lands on ``list_3.html``; the page holds both the number (the call's
argument) and the address's pattern (the function's one assignment to ``location``), so we read
it as the click would. A function that computes more (``'index_' + (n - 1)``, an ``if`` per page,
a form it posts) gives nothing: null beats a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A call with one page number: ``javascript:goPage(3)``, ``turnPage('3');`` (an href or onclick).
_CALL_RE = re.compile(
    r"""\s*(?:javascript:\s*)?([A-Za-z_$][\w$]*)\(\s*(['"]?)(\d{1,4})\2\s*\)\s*;?\s*(?:return\s+false;?\s*)?"""
)
#: A function of one argument whose body holds no block (``{ … }`` inside would be a branch).
_FUNCTION_RE = r"function\s+{name}\s*\(\s*(\w+)\s*\)\s*\{{([^{{}}]*)\}}"
#: The body's one navigation: ``location.href = 'list_' + n + '.html'``, ``window.location =
#: "?page=" + n`` (the argument bare, between two literals or after one).
_BUILT_RE = r"""location(?:\.href)?\s*=\s*(['"])([^'"\s]*)\1\s*\+\s*{arg}\s*(?:\+\s*(['"])([^'"\s]*)\3\s*)?(?:;|$)"""


def called_address(link, scripts: Callable[[], str]) -> str:
    """The address ``link`` opens by calling, with a page number, a function the page prints
    that sends the browser to an address built from that number; else "". ``scripts`` gives the
    page's script text (read only when the link is such a call)."""
    for name in ("href", "onclick"):
        call = _CALL_RE.fullmatch(link.attrib.get(name, ""))
        if call and (address := _built(call[1], call[3], scripts())):
            return address
    return ""


def _built(name: str, number: str, scripts: str) -> str:
    """The address the printed function ``name`` sends the browser to when called with
    ``number``, else "" (no such function, or one that computes more than a join)."""
    function = re.search(_FUNCTION_RE.format(name=re.escape(name)), scripts)
    if function is None:
        return ""
    arg, body = function[1], function[2].strip()
    if body.count("location") != 1:
        return ""
    built = re.search(_BUILT_RE.format(arg=re.escape(arg)), body)
    if built is None:
        return ""
    return built[2] + number + (built[4] or "")


#: layui's pager call: ``laypage.render({…})`` (layui 2) or ``laypage({…})`` (laypage 1), its
#: options object up to the jump callback's end (one level of braces inside: the callback's body
#: and an ``if (!first) { … }`` in it).
_LAYPAGE_RE = re.compile(
    r"laypage(?:\.render)?\s*\(\s*\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}\s*\)"
)
#: One option given as a number or a variable's name: ``curr: 3``, ``count: total``.
_OPTION_RE = r"(?<![\w$.]){name}\s*:\s*(['\"]?)([\w$]+)\1"
#: The jump callback: ``jump: function (obj, first) { … }``, its first argument's name.
_JUMP_RE = re.compile(r"jump\s*:\s*function\s*\(\s*([A-Za-z_$][\w$]*)")
#: A number the page prints for a variable: ``var curr = 3;``, ``let count = "125"``.
_VAR_RE = r"(?:var|let|const)\s+{name}\s*=\s*(['\"]?)(\d+)\1"
#: laypage's rows per page when the call names none (layui's documented default).
_LAYPAGE_LIMIT = 10


def laypage_next(scripts: str) -> str:
    """The next page's address a layui pager opens, read from the ``laypage`` call the page
    prints: its current page (``curr``), its last (``pages``, or ``count`` rows over ``limit``
    a page) and its jump callback's one navigation built from the page number (``location.href
    = '/news/list_' + obj.curr + '.html'``). "" on the last page, when a value is no number the
    page names, or when the callback computes more than a join (null beats a guess)."""
    for call in _LAYPAGE_RE.finditer(scripts):
        options = call[1]
        jump = _JUMP_RE.search(options)
        current = _option("curr", options, scripts)
        if jump is None or current is None:
            continue
        pages = _option("pages", options, scripts)
        if pages is None:
            count = _option("count", options, scripts)
            if count is None:
                continue
            limit = _option("limit", options, scripts) or _LAYPAGE_LIMIT
            pages = -(-count // limit)
        body = options[jump.end() :]
        if current >= pages or body.count("location") != 1:
            continue
        built = re.search(_BUILT_RE.format(arg=re.escape(jump[1]) + r"\.curr"), body)
        if built is not None:
            return built[2] + str(current + 1) + (built[4] or "")
    return ""


def _option(name: str, options: str, scripts: str) -> int | None:
    """A laypage option's whole number, written in the call or in a ``var`` the page prints."""
    found = re.search(_OPTION_RE.format(name=name), options)
    if found is None:
        return None
    value = found[2]
    if not value.isdigit():
        named = re.search(_VAR_RE.format(name=re.escape(value)), scripts)
        if named is None:
            return None
        value = named[2]
    return int(value) or None
