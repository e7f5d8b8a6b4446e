"""Cap tag nesting before parsing, so a page of thousands of unclosed tags keeps its body.

libxml2 stops parsing at 256 nested elements (2048 with ``huge_tree``, which costs a
second per page in the meta-line search on thousands of nested blocks) and silently drops
everything after that point. Old government pages with hundreds of unclosed ``<font>`` tags
hit that limit, so a page that still trips it is re-parsed after :func:`flatten_nesting`.
"""

from __future__ import annotations

import re

#: Deeper opening tags are dropped (with their closing tags). Real pages nest a few dozen
#: deep; every level of a pathological page costs the meta-line search a block to judge.
MAX_DEPTH = 120
# possessive quantifiers: without them "<aaaa…" with no ">" after it backtracks
# quadratically (36 s on a 160 KB page in the fuzz)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*+)[^>]*+>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_PARAGRAPHS = frozenset("p li dd dt h1 h2 h3 h4 h5 h6 tr td th blockquote pre".split())
PARAGRAPH_ROOM = 60
#: libxml2's message when it gives up on depth (the rest of the document is lost).
DEPTH_ERROR = "Excessive depth"


def too_deep(parser) -> bool:
    """True when the last parse with ``parser`` stopped at libxml2's nesting limit."""
    return any(DEPTH_ERROR in entry.message for entry in parser.error_log)


def flatten_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with every tag opened deeper than ``max_depth`` (and its closing tag) removed."""
    stack: list[str] = []
    dropped: dict[str, int] = {}
    out: list[str] = []
    pos = 0
    for m in _TAG_RE.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        keep = True
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            elif name in stack:
                # close the innermost open element of that name (and what it left open)
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
        elif name not in _VOID and not m.group(0).endswith("/>"):
            # paragraph-level tags get some room past the limit, so the body keeps its paragraphs
            limit = max_depth + PARAGRAPH_ROOM if name in _PARAGRAPHS else max_depth
            if len(stack) >= limit:
                dropped[name] = dropped.get(name, 0) + 1
                keep = False
            else:
                stack.append(name)
        if not keep:
            out.append(html[pos : m.start()])
            pos = m.end()
    out.append(html[pos:])
    return "".join(out)
