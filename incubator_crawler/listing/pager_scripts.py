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
