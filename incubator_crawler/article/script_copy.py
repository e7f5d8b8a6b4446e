"""Markup a page's own inline script copies from one element into another, applied to the tree.

The Beijing district portals' shared CMS (bjshy.gov.cn, bjdx.gov.cn) print a visible position bar
``网站首页 > 详情页`` and, lower, the item's own trail in an element their stylesheet hides; an
inline script then runs ``$(".position").html($("#pos_hide").html())`` (or ``$('.position')
.html($('.rels').html())``), so a reader sees the item's trail in the bar. LABELLING.md (check106):
a slot a script fills is read as shown. Only a copy written as one statement from a simple
selector to a simple selector, both of which the page holds, is applied; a hidden element that
no script copies stays as the walk reads it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml.cssselect import CSSSelector

# a simple selector: ``#id``, ``.class``, ``tag``, ``tag.class``, ``tag#id``
_SEL = r"[A-Za-z]*[#.]?[A-Za-z][\w-]*"
_JQ = r"(?:\$|jQuery)\(\s*(?P<q{n}>['\"])(?P<{name}>{sel})(?P=q{n})\s*\)"
_DOM = (
    r"document\.(?:querySelector\(\s*(?P<q{n}>['\"])(?P<{name}>{sel})(?P=q{n})\s*\)"
    r"|getElementById\(\s*(?P<i{n}>['\"])(?P<{name}_id>[\w-]+)(?P=i{n})\s*\))"
)

# ``$(".position").html($("#pos_hide").html())``: jQuery's copy of one element's markup
_JQUERY_COPY_RE = re.compile(
    _JQ.format(n=1, name="to", sel=_SEL)
    + r"\s*\.html\(\s*"
    + _JQ.format(n=2, name="src", sel=_SEL)
    + r"\s*\.html\(\s*\)\s*\)"
)
# ``document.querySelector(".position").innerHTML = document.getElementById("pos_hide").innerHTML``
_DOM_COPY_RE = re.compile(
    _DOM.format(n=1, name="to", sel=_SEL)
    + r"\s*\.innerHTML\s*=\s*"
    + _DOM.format(n=2, name="src", sel=_SEL)
    + r"\s*\.innerHTML(?!\s*[+\w.(])"
)
_BLOCK_COMMENT_RE = re.compile(r"/\*.*?\*/", re.DOTALL)

# Each copy regex's middle, searched first: it opens with a literal (``.html(``, ``.innerHTML``)
# that re finds by a fast substring scan, where the copy regexes open with ``$(`` / ``jQuery(`` /
# ``document.`` and are tried at every ``$`` of a long jQuery script (perf26: most inline scripts
# with ``innerHTML`` or ``.html(`` copy nothing). A script with no middle holds no copy.
_GATES = (
    (re.compile(r"\.html\(\s*(?:\$|jQuery)\("), _JQUERY_COPY_RE),
    (re.compile(r"\.innerHTML\s*=\s*document\."), _DOM_COPY_RE),
)

#: A copied element's text longer than this is no bar's (a text template the script fills):
#: moving a whole text around is left alone.
MAX_COPIED_CHARS = 300


def script_copies(code: str) -> list[tuple[str, str]]:
    """(target selector, source selector) of each markup copy an inline script makes, in order;
    a copy on a line commented out (``//$(...).html(...)``) or in a ``/* */`` block is none."""
    code = _BLOCK_COMMENT_RE.sub("", code) if "/*" in code else code
    found: list[tuple[str, str]] = []
    for gate, rx in _GATES:
        if gate.search(code) is None:
            continue
        for m in rx.finditer(code):
            line_start = code.rfind("\n", 0, m.start()) + 1
            if "//" in code[line_start : m.start()]:
                continue
            groups = m.groupdict()
            found.append(
                (groups["to"] or f"#{groups['to_id']}", groups["src"] or f"#{groups['src_id']}")
            )
    return found


def _text_len(el: Any) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def apply_copy(root: Any, to: str, src: str) -> bool:
    """Put a copy of the markup inside the first element ``src`` selects into every element
    ``to`` selects (not the source itself, nor an element around it or inside it), as the
    script does; True when a copy was made."""
    try:
        sources = CSSSelector(src)(root)
        targets = CSSSelector(to)(root)
    except Exception:  # a selector cssselect does not read: nothing is copied
        return False
    if not sources or not targets:
        return False
    source = sources[0]
    if _text_len(source) > MAX_COPIED_CHARS or not _text_len(source):
        return False
    made = False
    for target in targets:
        if target is source or any(a is source for a in target.iterancestors()):
            continue
        if any(a is target for a in source.iterancestors()):
            continue
        for child in list(target):
            target.remove(child)
        target.text = source.text
        for child in source:
            target.append(copy.deepcopy(child))
        made = True
    return made


def apply_script_copies(root: Any, code: str) -> None:
    """Apply to the tree each markup copy the inline script ``code`` makes."""
    for to, src in script_copies(code):
        apply_copy(root, to, src)
